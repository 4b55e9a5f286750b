import {execFileSync} from 'node:child_process';
import {appendFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {FIXTURE_DIR} from '../helpers/fixture.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

const WATCH = `node cli.js watch --now 2026-11-22T14:00:00+08:00 '${FIXTURE_DIR}'`;
const boardReady = (screen: string) => screen.includes('超时 3') && screen.includes(' c6 ');

warnIfSkipped();

describe.skipIf(!hasTmux)('the built cli.js in a real terminal (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('shows the board in contract order, opens help with ?, quits with q and restores the terminal', async () => {
		const tmux = openTmux(100, 30);
		tmux.start(WATCH);
		const board = await tmux.waitFor(boardReady, 'the board');
		expect(tmux.display('#{alternate_on}')).toBe('1');
		const order = ['c3', 'c2', 'c8', 'c1', 'c4', 'c5', 'c10', 'c9', 'c7', 'c6'].map(conv => board.indexOf(` ${conv} `));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(board).toMatch(/c1 .*\+5:00 +50:00/);

		tmux.keys('?');
		await tmux.waitFor(screen => screen.includes('快捷键') && screen.includes('Ctrl-C'), 'the help overlay');
		tmux.keys('Escape');
		await tmux.waitFor(screen => !screen.includes('快捷键'), 'the help to close');

		tmux.keys('q');
		const {screen, code, modes} = await tmux.waitForExit();
		expect(code).toBe(0);
		expect(screen).not.toContain('超时 3');
		expect(modes).toEqual(['icanon', 'echo']);
		expect(tmux.display('#{alternate_on}')).toBe('0');
		expect(tmux.display('#{cursor_flag}')).toBe('1');
	});

	it('quits on Ctrl-C and restores the terminal', async () => {
		const tmux = openTmux(100, 30);
		tmux.start(WATCH);
		await tmux.waitFor(boardReady, 'the board');
		tmux.keys('C-c');
		const {code, modes} = await tmux.waitForExit();
		expect(code).toBe(0);
		expect(modes).toEqual(['icanon', 'echo']);
		expect(tmux.display('#{alternate_on}')).toBe('0');
	});

	it('restores the terminal when killed by a signal', async () => {
		const tmux = openTmux(100, 30);
		tmux.start(WATCH);
		await tmux.waitFor(boardReady, 'the board');
		// The pane's shell runs kefu-watch as its only child; signal it alone.
		const child = execFileSync('pgrep', ['-P', tmux.display('#{pane_pid}')], {encoding: 'utf8'}).trim();
		process.kill(Number(child), 'SIGTERM');
		const {screen, code, modes} = await tmux.waitForExit();
		expect(code).toBe(143);
		expect(screen).not.toContain('超时 3');
		expect(modes).toEqual(['icanon', 'echo']);
		expect(tmux.display('#{alternate_on}')).toBe('0');
	});

	it('shows a line appended to a followed file, and a new agent file, while running', async () => {
		const dir = await tempDir();
		const line = (conv: string, from: string, text: string) => `${JSON.stringify({ts: new Date().toISOString(), conv, from, buyer: `pdd_${conv}`, text})}\n`;
		await writeFile(path.join(dir, 'xiaomei.jsonl'), line('live1', 'buyer', '在吗'));
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js watch --tz UTC '${dir}'`);
		await tmux.waitFor(screen => screen.includes(' live1 '), 'the first conversation');
		await appendFile(path.join(dir, 'xiaomei.jsonl'), line('live2', 'buyer', '有发票吗'));
		await tmux.waitFor(screen => screen.includes(' live2 ') && screen.includes('有发票吗'), 'the appended line');
		await writeFile(path.join(dir, 'ahao.jsonl'), line('live3', 'buyer', '发什么快递'));
		await tmux.waitFor(screen => /live3 .*ahao/.test(screen), 'the new agent file');
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
	});

	it('fits 80×24, follows a resize, opens a conversation and honours NO_COLOR', async () => {
		const tmux = openTmux(120, 30);
		tmux.start(WATCH, {NO_COLOR: '1'});
		await tmux.waitFor(boardReady, 'the board at 120 columns');
		tmux.resize(80, 24);
		const small = await tmux.waitFor(screen => boardReady(screen) && screen.split('\n').length <= 25 && screen.includes('q 退出'), 'the board at 80×24');
		for (const line of small.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		const colours = tmux.tmux('capture-pane', '-p', '-e', '-t', 'e2e');
		expect(colours).not.toMatch(/\u001B\[(3\d|9\d|4\d)(;\d+)*m/);
		expect(small).toMatch(/^> ! +c3 /m);
		tmux.keys('j', 'Enter');
		const conversation = await tmux.waitFor(screen => screen.includes('会话 c2') && screen.includes('13:40:00 pdd_102: 快递三天没动了'), 'the conversation c2');
		// Nothing of the board may be left behind when the frame changes.
		expect(conversation.split('\n').filter(line => /!! 超时 \d/.test(line))).toHaveLength(1);
		expect(conversation).not.toContain('最后消息');
		tmux.keys('Escape');
		await tmux.waitFor(screen => /^> !! c2 /m.test(screen), 'back on the board with c2 selected');
	});
});

describe.skipIf(!hasTmux)('the demo in a real terminal (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('opens at 100×30 on at least five conversations with countdowns, urgent ones first', async () => {
		const dir = await tempDir();
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js demo --dir '${dir}'`);
		const screen = await tmux.waitFor(s => (s.match(/^[> ] (!!|! |~ ) .*\d+:\d\d/gm) ?? []).length >= 5, 'five rows with countdowns');
		const rows = screen.split('\n').filter(line => /^[> ] (!!|! |~ |x |- |  ) \d/.test(line));
		// At risk first, then breached (contract §5).
		expect(rows[0]).toMatch(/^> (!!|! ) /);
		expect(screen.split('\n').filter(line => /!! 超时 \d/.test(line))).toHaveLength(1);
		expect(screen).toMatch(/\+\d+:\d\d/);
		tmux.keys('?');
		await tmux.waitFor(s => s.includes('快捷键') && s.includes(dir), 'the help naming the demo folder');
		tmux.keys('Escape', 'q');
		const exit = await tmux.waitForExit();
		expect(exit.code).toBe(0);
		expect(exit.screen).toContain(dir);
	});
});

describe.skipIf(!hasTmux)('supervisor actions in a real terminal (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('transfers with r, notes in Chinese with n, and the records file has both', async () => {
		const dir = await tempDir();
		const db = path.join(dir, 'db.json');
		const tmux = openTmux(100, 30);
		tmux.start(`node cli.js watch --now 2026-11-22T14:00:00+08:00 --db '${db}' --by lead '${FIXTURE_DIR}'`);
		await tmux.waitFor(boardReady, 'the board');
		tmux.keys('j', 'j', 'j');
		await tmux.waitFor(s => /^> !! c1 /m.test(s), 'c1 selected');
		tmux.keys('r');
		await tmux.waitFor(s => s.includes('转接会话 c1'), 'the agent picker');
		tmux.keys('-l', 'ling');
		await tmux.waitFor(s => s.includes('> lingling'), 'type-ahead');
		tmux.keys('Enter');
		await tmux.waitFor(s => s.includes('确认把会话 c1 转接给 lingling'), 'the confirmation');
		tmux.keys('Enter');
		await tmux.waitFor(s => /c1 .*→lingling/.test(s), 'the new owner on the row');
		tmux.keys('n');
		await tmux.waitFor(s => s.includes('给会话 c1 写备注'), 'the note input');
		tmux.keys('-l', '买家很急');
		await tmux.waitFor(s => s.includes('> 买家很急_'), 'Chinese in the input');
		tmux.keys('Enter');
		await tmux.waitFor(s => s.includes('已给 c1 添加备注'), 'the note saved');
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
		const records = JSON.parse(await readFile(db, 'utf8'));
		expect(records.assignments).toEqual([expect.objectContaining({conv: 'c1', shop: 'flagship', to: 'lingling', by: 'lead'})]);
		expect(records.notes).toEqual([expect.objectContaining({conv: 'c1', text: '买家很急', by: 'lead'})]);
	});
});
