import {chmod, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {RecordBook} from '../../source/live/record-book.js';
import {App} from '../../source/ui/app.js';
import {at, message, TZ} from '../helpers/messages.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {testSession} from '../helpers/session.js';

const NOW = at('14:00:00');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('a record the TUI could not write', () => {
	const tempDir = useTempDirs();

	for (const lang of ['zh', 'en'] as const) {
		it(`says so in the flash, in ${lang}, and leaves a read-only db as it was`, async () => {
			const db = path.join(await tempDir(), 'db.json');
			await writeFile(db, '{"marks": []}');
			await chmod(db, 0o444);
			const records = new RecordBook(db, () => ({by: 'lead', tz: TZ, now: NOW}));
			const session = await testSession({records});
			session.book.add(message('buyer', '13:50:00', {conv: 'late', buyer: 'pdd_1', text: '我的快递到哪了'}));
			await records.start();
			const app = render(<App source={session} clock={() => NOW} tz={TZ} lang={lang} />);
			cleanups.push(app.unmount, () => records.stop());
			app.stdin.write('x');
			const said = lang === 'zh' ? /没有写入:.*文件权限为只读/ : /Not written: .*the file's mode is read-only/;
			await eventually(() => said.test(app.lastFrame() ?? ''), 'the flash saying the mark was not written');
			expect(app.lastFrame()).toContain(db);
			expect(await readFile(db, 'utf8')).toBe('{"marks": []}');
		});
	}
});
