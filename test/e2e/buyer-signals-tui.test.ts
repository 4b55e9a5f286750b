import {appendFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

warnIfSkipped();

const line = (conv: string, from: string, ts: number, text: string) => `${JSON.stringify({ts, conv, from, platform: 'pinduoduo', text})}\n`;
const rowOf = (screen: string, conv: string) => screen.split('\n').find(row => row.includes(` ${conv} `)) ?? '';

describe.skipIf(!hasTmux)('a buyer signal on the live board (tmux, 80x24, NO_COLOR)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('marks a row with @ when its buyer threatens, puts it first, and clears the mark once the agent replies', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		const now = Date.now();
		// `older` has waited longer: first in its section (waiting or, at night, not counted) until `newer` complains.
		await writeFile(file, line('older', 'buyer', now - 40_000, '这件有L码吗') + line('newer', 'buyer', now - 20_000, '在吗'));
		const tmux = openTmux(80, 24);
		tmux.start(`node cli.js watch '${dir}'`, {NO_COLOR: '1'});
		const before = await tmux.waitFor(s => s.includes(' older ') && s.includes(' newer '), 'the two rows', 20_000);
		expect(before.indexOf(' older ')).toBeLessThan(before.indexOf(' newer '));
		expect(rowOf(before, 'newer')).not.toContain('@');

		await appendFile(file, line('newer', 'buyer', Date.now(), '我要打12315投诉你们'));
		const marked = await tmux.waitFor(s => rowOf(s, 'newer').includes('@'), 'the @ on the complaining row', 20_000);
		expect(marked.indexOf(' newer ')).toBeLessThan(marked.indexOf(' older '));

		await appendFile(file, line('newer', 'agent', Date.now(), '亲,非常抱歉,马上为您处理'));
		await tmux.waitFor(s => s.includes(' newer ') && !rowOf(s, 'newer').includes('@'), 'the mark gone after the reply', 20_000);
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
	});
});
