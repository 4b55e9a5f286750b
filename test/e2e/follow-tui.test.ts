import {execFileSync} from 'node:child_process';
import {appendFile, mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

const line = (conv: string) => `${JSON.stringify({ts: new Date().toISOString(), conv, from: 'buyer', buyer: `pdd_${conv}`, text: '在吗'})}\n`;

warnIfSkipped();

describe.skipIf(!hasTmux)('following in a real terminal (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('goes on showing lines with four FIFOs in the folder, and q quits at once', async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, 'xiaomei.jsonl'), line('fifo1'));
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js watch --tz UTC '${dir}'`);
		await tmux.waitFor(screen => screen.includes(' fifo1 '), 'the first conversation', 30_000);
		for (const name of ['a.jsonl', 'b.log', 'c.jsonl', 'd.log']) execFileSync('mkfifo', [path.join(dir, name)]);
		await appendFile(path.join(dir, 'xiaomei.jsonl'), line('fifo2'));
		await writeFile(path.join(dir, 'ahao.jsonl'), line('fifo3'));
		await tmux.waitFor(screen => screen.includes(' fifo2 ') && screen.includes(' fifo3 '), 'lines after the FIFOs appeared', 30_000);
		tmux.keys('q');
		const started = Date.now();
		expect((await tmux.waitForExit()).code).toBe(0);
		expect(Date.now() - started).toBeLessThan(5_000);
	}, 90_000);

	it('says in the header that the watched folder is gone, and follows it again when it is back', async () => {
		const parent = await tempDir();
		const dir = path.join(parent, 'logs');
		await mkdir(dir);
		await writeFile(path.join(dir, 'xiaomei.jsonl'), line('back1'));
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js watch --tz UTC --lang en '${dir}'`);
		await tmux.waitFor(screen => screen.includes(' back1 '), 'the first conversation', 30_000);
		await rm(dir, {recursive: true});
		await tmux.waitFor(screen => screen.includes('gone, waiting for it to come back:'), 'the header to say the folder is gone', 30_000);
		await mkdir(dir);
		await writeFile(path.join(dir, 'ahao.jsonl'), line('back2'));
		await tmux.waitFor(screen => screen.includes(' back2 ') && !screen.includes('waiting for it to come back'), 'the folder followed again', 30_000);
		await appendFile(path.join(dir, 'ahao.jsonl'), line('back3'));
		await tmux.waitFor(screen => screen.includes(' back3 '), 'a line appended afterwards', 30_000);
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
	}, 120_000);

	it('refuses a FIFO named as a path at once, rather than hanging on it and on q', async () => {
		const dir = await tempDir();
		const fifo = path.join(dir, 'agent.fifo');
		execFileSync('mkfifo', [fifo]);
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js watch --tz UTC --lang en '${fifo}'`);
		const {code, screen} = await tmux.waitForExit();
		expect(code).toBe(2);
		expect(screen).toContain('not a regular file or folder');
	}, 60_000);
});
