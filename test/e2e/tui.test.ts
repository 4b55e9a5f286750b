import {execFileSync} from 'node:child_process';
import {appendFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {catalog} from '../../source/i18n/catalog.js';
import {bindingLabel, BINDINGS, footerBindings} from '../../source/ui/keymap.js';

const zh = catalog('zh');
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
		expect(tmux.display('#{mouse_sgr_flag}#{mouse_standard_flag}')).toBe('11');
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
		expect(tmux.display('#{mouse_any_flag}#{mouse_sgr_flag}#{mouse_standard_flag}')).toBe('000');
	});

	it('selects a row with a click and opens it with a second, scrolls with the wheel, and turns the mouse off on Ctrl-C', async () => {
		const tmux = openTmux(100, 30);
		tmux.start(WATCH);
		await tmux.waitFor(boardReady, 'the board');
		// As the terminal reports them (SGR 1006): button;column;row, M for a press.
		const mouse = (sequence: string) => tmux.keys('-H', ...[...Buffer.from(`\u001B[<${sequence}M`)].map(byte => byte.toString(16)));
		const selected = (screen: string) => screen.split('\n').find(line => line.startsWith('> ')) ?? '';
		// c3 is on row 4 (two header lines, the titles), c2 on 5, c8 on 6.
		mouse('0;12;6');
		await tmux.waitFor(screen => selected(screen).includes(' c8 '), 'c8 selected by a click');
		mouse('65;12;10');
		await tmux.waitFor(screen => selected(screen).includes(' c5 '), 'the wheel three rows down, on c5');
		mouse('64;12;10');
		await tmux.waitFor(screen => selected(screen).includes(' c8 '), 'the wheel back up');
		mouse('0;12;6');
		await tmux.waitFor(screen => screen.includes('会话 c8') && !screen.includes('最后消息'), 'c8 opened by a second click');
		tmux.keys('C-c');
		expect((await tmux.waitForExit()).code).toBe(130);
		expect(tmux.display('#{mouse_any_flag}#{mouse_sgr_flag}#{mouse_standard_flag}')).toBe('000');
	});

	it('quits on Ctrl-C with exit code 130 and restores the terminal', async () => {
		const tmux = openTmux(100, 30);
		tmux.start(WATCH);
		await tmux.waitFor(boardReady, 'the board');
		tmux.keys('C-c');
		const {code, modes} = await tmux.waitForExit();
		expect(code).toBe(130);
		expect(modes).toEqual(['icanon', 'echo']);
		expect(tmux.display('#{alternate_on}')).toBe('0');
	});

	it('suspends on Ctrl-Z to the shell, giving the terminal back, and comes back whole with fg', async () => {
		const tmux = openTmux(100, 30);
		// Job control needs an interactive shell: it is the shell that stops and resumes the job.
		tmux.start("env PS1='READY$ ' bash --norc --noprofile -i");
		await tmux.waitFor(s => s.includes('READY$'), 'the shell prompt');
		tmux.keys('-l', WATCH);
		tmux.keys('Enter');
		await tmux.waitFor(boardReady, 'the board');
		tmux.keys('C-z');
		const stopped = await tmux.waitFor(s => /Stopped/.test(s) && tmux.display('#{alternate_on}') === '0', 'the job stopped and the shell back');
		expect(stopped).not.toContain('最后消息');
		// The shell gets no mouse codes while the board is stopped; the board takes the mouse back.
		expect(tmux.display('#{mouse_any_flag}')).toBe('0');
		tmux.keys('-l', 'fg');
		tmux.keys('Enter');
		await tmux.waitFor(screen => boardReady(screen) && tmux.display('#{alternate_on}') === '1', 'the board back on the alternate screen');
		expect(tmux.display('#{mouse_sgr_flag}')).toBe('1');
		tmux.keys('j');
		await tmux.waitFor(screen => /^> !! c2 /m.test(screen), 'keys read again');
		tmux.keys('q');
		await tmux.waitFor(s => (s.match(/READY\$/g) ?? []).length >= 2 && tmux.display('#{alternate_on}') === '0', 'back at the prompt');
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
		expect(tmux.display('#{mouse_any_flag}#{mouse_sgr_flag}#{mouse_standard_flag}')).toBe('000');
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

describe.skipIf(!hasTmux)('a busy three-platform morning at 80×24 and narrower (tmux)', () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	async function morning(): Promise<string> {
		const dir = await tempDir();
		const line = (clock: string, conv: string, from: string, platform: string, shop: string, text: string) =>
			`${JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv, from, platform, shop, buyer: `b${conv}`, text})}\n`;
		let pdd = '';
		let dy = '';
		let tb = '';
		for (let i = 0; i < 12; i += 1) {
			const minute = String(10 + i).padStart(2, '0');
			pdd += line(`09:${minute}:00`, `p${i}`, 'buyer', 'pinduoduo', '旗舰店', '在吗');
			// A third of the replies come after six minutes (with p-wait: 9 of 13, 69.2 %, against the 80 % target).
			pdd += line(`09:${i % 3 === 0 ? String(16 + i).padStart(2, '0') : minute}:30`, `p${i}`, 'agent', 'pinduoduo', '旗舰店', i < 3 ? '亲,加我微信吧' : '在的亲');
			tb += line(`09:${minute}:00`, `t${i}`, 'buyer', 'taobao', '淘宝店', '有货吗');
			tb += line(`09:${minute}:20`, `t${i}`, 'agent', 'taobao', '淘宝店', '有的');
		}
		dy += line('10:58:00', 'd1', 'buyer', 'douyin', '抖店', '在吗');
		dy += line('10:58:05', 'd1', 'bot', 'douyin', '抖店', '您好,机器人为您服务');
		pdd += line('10:57:00', 'p-wait', 'buyer', 'pinduoduo', '旗舰店', '能便宜点吗');
		await writeFile(path.join(dir, 'xiaomei.jsonl'), pdd);
		await writeFile(path.join(dir, 'dy1.jsonl'), dy);
		await writeFile(path.join(dir, 'ahao.jsonl'), tb);
		return dir;
	}

	it('shows a 5-minute rate against its target on line 2, clocks under their own titles, and r m n / in the footer', async () => {
		const dir = await morning();
		const tmux = openTmux(80, 24);
		tmux.start(`node cli.js watch --now 2026-11-22T11:00:00+08:00 '${dir}'`, {NO_COLOR: '1'});
		// Today's figures follow the read once a second: wait for them to have counted the whole morning.
		const screen = await tmux.waitFor(s => s.includes(' d1 ') && s.includes('q 退出') && s.includes('69.2%'), 'the board at 80×24');
		const lines = screen.split('\n');
		expect(lines[1]).toMatch(/^! 拼多多·旗舰店 5分钟 69\.2%\/80\.0%/);
		for (const hint of ['r 转接', 'm 标记', 'n 备注', '/ 搜索']) expect(lines.find(l => l.includes('q 退出'))).toContain(hint);
		// Douyin's 3-minute human clock has a column of its own: not under 5分钟.
		const titles = lines.find(l => l.includes('会话') && l.includes('5分钟'))!;
		expect(titles).toContain('3分钟人工');
		const d1 = lines.find(l => l.includes(' d1 '))!;
		const column = (text: string, title: string) => displayWidth(text.slice(0, text.indexOf(title) + title.length));
		expect(column(d1, '1:00')).toBe(column(titles, '3分钟人工'));
		for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
		// The footer's hints and the help are the one key table: every binding is in the help at 80×24.
		const footer = lines.find(l => l.includes('q 退出'))!;
		for (const binding of footerBindings('board').filter(b => footer.includes(zh.keys[b.action])))
			expect(footer).toContain(`${bindingLabel(binding, binding.action === 'quit' ? 1 : 2)} ${zh.keys[binding.action]}`);
		tmux.keys('?');
		const help = await tmux.waitFor(s => s.includes(zh.help.title) && s.includes(zh.help.close), 'the help at 80×24');
		for (const binding of BINDINGS) expect(help, binding.action).toContain(zh.keys[binding.action].slice(0, 4));
		for (const l of help.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
		tmux.keys('q');
		await tmux.waitFor(s => !s.includes(zh.help.title) && s.includes(' d1 '), 'q closing the help, not the program');
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
	});

	it('holds at 40 and 35 columns with no line wrapped and the header on top', async () => {
		const dir = await morning();
		const tmux = openTmux(40, 24);
		tmux.start(`node cli.js watch --now 2026-11-22T11:00:00+08:00 '${dir}'`, {NO_COLOR: '1'});
		for (const width of [40, 35]) {
			tmux.resize(width, 24);
			// Right after the resize tmux shows the old frame rewrapped; the redraw must put the header back on top.
			const fits = (s: string) => s.split('\n').every(l => displayWidth(l) <= width) && /预警|超时/.test(s.split('\n')[0]!) && s.includes('q 退出');
			const screen = await tmux.waitFor(s => s.includes(' d1 ') && s.includes('69.2%') && fits(s), `the board at ${width} columns`);
			const lines = screen.split('\n');
			expect(lines[1]).toMatch(/5分钟/);
			expect(lines.filter(l => l.includes(' p-wait ')).length).toBe(1);
		}
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
