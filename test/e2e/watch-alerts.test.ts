import {appendFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {demoZone} from '../../source/commands/demo.js';
import {useRobots} from '../helpers/robot-server.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

warnIfSkipped();

function line(secondsAgo: number, conv: string, text: string): string {
	return `${JSON.stringify({ts: new Date(Date.now() - secondsAgo * 1000).toISOString(), conv, from: 'buyer', buyer: `pdd_${conv}`, text})}\n`;
}

const bells = async (file: string) => (await readFile(file, 'latin1').catch(() => '')).split('\u0007').length - 1;

describe.skipIf(!hasTmux)('alerts in watch: the bell and --notify, in a real pty (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();
	const robot = useRobots();

	/** Starts watch once the pane's raw output is being captured, so that no bell is missed. */
	async function watchCaptured(dir: string, flags: string) {
		const raw = path.join(dir, 'pane.raw');
		const tmux = openTmux(140, 30);
		tmux.start(`sh -c "read go && exec node cli.js watch --tz ${demoZone(Date.now())} --db '${path.join(dir, 'db.json')}' ${flags} '${dir}'"`);
		tmux.tmux('pipe-pane', '-t', 'e2e', '-o', `cat >> '${raw}'`);
		tmux.keys('go', 'Enter');
		return {tmux, raw};
	}

	it('rings when a conversation is at risk, and again when another goes at risk while watching', async () => {
		const dir = await tempDir();
		const log = path.join(dir, 'xiaomei.jsonl');
		await writeFile(log, line(200, 'r1', '在吗'));
		const {tmux, raw} = await watchCaptured(dir, '');
		await tmux.waitFor(screen => screen.includes(' r1 ') && screen.includes('预警 会话 r1'), 'the board with the alert in the header', 30_000);
		await eventually(async () => (await bells(raw)) === 1, 'the first bell', 15_000);
		await appendFile(log, line(185, 'r2', '发什么快递'));
		await tmux.waitFor(screen => screen.includes('预警 会话 r2'), 'the second alert', 30_000);
		await eventually(async () => (await bells(raw)) === 2, 'the second bell', 15_000);
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
		expect(await bells(raw)).toBe(2);
	}, 90_000);

	it('--no-bell shows the alert in the header but never rings', async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, 'xiaomei.jsonl'), line(200, 'r1', '在吗'));
		const {tmux, raw} = await watchCaptured(dir, '--no-bell');
		await tmux.waitFor(screen => screen.includes('预警 会话 r1'), 'the alert in the header', 30_000);
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
		expect(await bells(raw)).toBe(0);
	}, 90_000);

	it('watch --notify sends from the TUI, and a robot that keeps failing is named in the header while the board goes on', async () => {
		const dir = await tempDir();
		const log = path.join(dir, 'xiaomei.jsonl');
		await writeFile(log, line(10, 'q1', '我要打12315投诉你们'));
		const {server, url} = await robot(() => ({status: 500, body: 'down'}));
		const {tmux} = await watchCaptured(dir, `--no-bell --notify webhook:${url}/hook`);
		await tmux.waitFor(screen => /!! webhook\(webhook:127\.0\.0\.1:\d+\) 发送失败×1/.test(screen), 'the failing robot in the header', 30_000);
		expect(server.received[0]!.body['events']).toMatchObject([{kind: 'complaint', conv: 'q1'}]);
		await appendFile(log, line(0, 'live2', '有发票吗'));
		await tmux.waitFor(screen => screen.includes(' live2 '), 'a new line on the board while the robot fails', 30_000);
		tmux.keys('q');
		const {screen, code} = await tmux.waitForExit();
		expect(code).toBe(0);
		expect(screen).toMatch(/1 条提醒未能发出/);
	}, 90_000);
});
