import {appendFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {demoZone} from '../../source/commands/demo.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

warnIfSkipped();

describe.skipIf(!hasTmux)('a line stamped ahead of the clock, in the live board (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('is shown as soon as it is written, its time marked on the row and in the conversation', async () => {
		const dir = await tempDir();
		const line = (conv: string, ts: number, text: string) => `${JSON.stringify({ts, conv, from: 'buyer', buyer: `pdd_${conv}`, text})}\n`;
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, line('now1', Date.now(), '在吗'));
		const tmux = openTmux(100, 30);
		// A zone where it is mid-afternoon now: at night the conversation's lines are tagged 不计时.
		tmux.start(`node cli.js watch --tz ${demoZone(Date.now())} --db '${path.join(dir, 'db.json')}' '${dir}'`);
		await tmux.waitFor(screen => screen.includes(' now1 '), 'the first conversation');
		// An agent PC ten minutes fast.
		await appendFile(file, line('fast1', Date.now() + 10 * 60_000, '有人吗'));
		const board = await tmux.waitFor(screen => screen.includes(' fast1 '), 'the line stamped ahead');
		expect(board).toMatch(/fast1 .*\^时间超前 买家:有人吗/);
		expect(board).not.toMatch(/now1 .*\^时间超前/);
		// now1 has waited longer: it comes first, fast1 (which has waited nothing yet) next.
		expect(board.indexOf(' now1 ')).toBeLessThan(board.indexOf(' fast1 '));
		tmux.keys('g');
		tmux.keys('j');
		tmux.keys('Enter');
		await tmux.waitFor(screen => /\d\d:\d\d:\d\d \^时间超前 pdd_fast1: 有人吗/.test(screen), 'the conversation with its time marked');
		tmux.keys('Escape');
		await tmux.waitFor(screen => screen.includes(' fast1 '), 'the board again');
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
	});
});
