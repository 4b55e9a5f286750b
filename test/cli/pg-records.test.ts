import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FIXTURE_DIR, FIXTURE_NOW} from '../helpers/fixture.js';
import {hasPostgres, usePgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

warnIfNoPostgres();

function run(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, KEFU_DB: '', ...env}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const clock = (consultations: number, breached: number) => ({consultations, breached, rate: (consultations - breached) / consultations});

describe.skipIf(!hasPostgres)('record commands, report and db on a private PostgreSQL server', () => {
	const tempDir = useTempDirs();
	const {freshDatabase} = usePgCluster('cli');
	beforeAll(assertBuilt);

	it('appends with --db URL or KEFU_DB, and history reads them back', async () => {
		const url = await freshDatabase();
		const common = ['--shop', 'flagship', '--by', 'lead', '--now', FIXTURE_NOW, '--lang', 'en'];
		expect(run(['assign', '8842', 'ahao', '--db', url, ...common])).toMatchObject({code: 0, stdout: expect.stringContaining(url)});
		expect(run(['mark', '8842', 'red', ...common], {KEFU_DB: url}).code).toBe(0);
		expect(run(['note', '8842', '买家要求 周五前到货', ...common], {KEFU_DB: url}).code).toBe(0);
		const history = run(['history', '8842', '--shop', 'flagship', '--lang', 'en'], {KEFU_DB: url});
		expect(history.stdout.trim().split('\n')).toEqual([`${FIXTURE_NOW}  lead  transfer to ahao`, `${FIXTURE_NOW}  lead  mark red`, `${FIXTURE_NOW}  lead  note 买家要求 周五前到货`]);
		// --db wins over KEFU_DB: the file gets the note, the database does not.
		const file = path.join(await tempDir(), 'db.json');
		expect(run(['note', '8842', 'only in the file', '--db', file, ...common], {KEFU_DB: url}).code).toBe(0);
		expect(JSON.parse(run(['db', 'export'], {KEFU_DB: url}).stdout).notes).toHaveLength(1);
	});

	it('db import copies a file once however often it runs, and db export gives the same document back', async () => {
		const url = await freshDatabase();
		const file = path.join(await tempDir(), 'db.json');
		const base = {platform: 'pinduoduo', shop: 'flagship', by: 'lead', at: '2026-11-22T13:00:00+08:00'};
		const document = {
			assignments: [{id: 'a1', conv: 'c1', ...base, to: 'ahao'}],
			marks: [{id: 'm1', conv: 'c9', ...base, mark: 'spam', op: 'set'}],
			notes: [
				{id: 'n1', conv: 'c1', ...base, text: '催发货', source: 'phone'},
				{conv: 'c2', ...base, text: 'an old note without an id'},
			],
			reviews: [],
			// A kind added by a later version is copied as it is; a key that holds no records is not.
			snoozes: [{id: 's1', conv: 'c3', ...base, until: '2026-11-22T15:00:00+08:00'}],
			meta: {written: 'by hand'},
		};
		await writeFile(file, JSON.stringify(document));
		const first = run(['db', 'import', file, '--db', url, '--lang', 'en']);
		expect(first).toMatchObject({code: 0, stdout: expect.stringContaining('imported 5 new record(s) (5 in the file')});
		const second = run(['db', 'import', file, '--db', url, '--lang', 'en']);
		expect(second).toMatchObject({code: 0, stdout: expect.stringContaining('imported 0 new record(s) (5 in the file')});
		const exported = JSON.parse(run(['db', 'export', '--db', url]).stdout);
		expect(exported.assignments).toEqual(document.assignments);
		expect(exported.marks).toEqual(document.marks);
		expect(exported.notes).toEqual([document.notes[0], {...document.notes[1], id: expect.stringMatching(/^import-[0-9a-f]{32}$/)}]);
		expect(exported.snoozes).toEqual(document.snoozes);
		expect(exported.meta).toBeUndefined();
		// The export is itself a records file: exported from the file store it is the same.
		const copy = path.join(await tempDir(), 'copy.json');
		await writeFile(copy, JSON.stringify(exported));
		expect(JSON.parse(run(['db', 'export', '--db', copy]).stdout)).toEqual(exported);
		// And importing the export into a file copies nothing twice either.
		expect(run(['db', 'import', copy, '--db', copy, '--lang', 'en']).stdout).toContain('imported 0 new');
	});

	it('report leaves out a conversation marked spam in the database', async () => {
		const url = await freshDatabase();
		const before = JSON.parse(run(['report', '--json', '--now', FIXTURE_NOW, '--db', url, FIXTURE_DIR]).stdout);
		expect(before.shops[0].clocks).toEqual({'reply-5m': clock(9, 4), 'reply-60m': clock(9, 1)});
		expect(run(['mark', 'c9', 'spam', '--shop', 'flagship', '--db', url]).code).toBe(0);
		const after = JSON.parse(run(['report', '--json', '--now', FIXTURE_NOW, FIXTURE_DIR], {KEFU_DB: url}).stdout);
		expect(after.shops[0].clocks).toEqual({'reply-5m': clock(8, 3), 'reply-60m': clock(8, 0)});
		expect(after.spamExcluded).toBe(1);
	});

	it('db without import or export, or import without a file, is a usage error', async () => {
		const url = await freshDatabase();
		expect(run(['db', '--db', url, '--lang', 'en'])).toMatchObject({code: 2, stderr: expect.stringContaining('kefu-watch db import FILE')});
		expect(run(['db', 'import', '--db', url, '--lang', 'en'])).toMatchObject({code: 2, stderr: expect.stringContaining('name the records file')});
	});
});
