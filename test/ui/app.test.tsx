import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ChatMessage} from '../../source/model/message.js';
import {displayWidth} from '../../source/text/display-width.js';
import {at, message} from '../helpers/messages.js';
import {renderApp as renderAppOver, testSession} from '../helpers/session.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const NOW = at('14:00:00');
const ESC = '\u001B';
const DOWN = '\u001B[B';

const sessionWith = (messages: ChatMessage[]) => testSession({}, messages);

const shop = [
	message('buyer', '13:50:00', {conv: 'late', buyer: 'pdd_1', text: '我的快递到哪了'}),
	message('buyer', '13:56:00', {conv: 'soon', buyer: 'pdd_2', agent: 'ahao', text: '这件衣服起球吗'}),
	message('buyer', '12:00:00', {conv: 'done', buyer: 'pdd_3', agent: 'lingling', text: '谢谢'}),
	message('agent', '12:01:00', {conv: 'done', agent: 'lingling', text: '不客气亲,祝您生活愉快,有问题随时联系我们哦,我们一直都在'.repeat(3)}),
];

async function renderApp(messages = shop, lang: 'zh' | 'en' = 'zh') {
	return renderAppOver(await sessionWith(messages), {clock: () => NOW, lang});
}

const selectedLine = (screen: string) => screen.split('\n').find(line => line.startsWith('> ')) ?? '';

describe('the board', () => {
	const tempDir = useTempDirs();

	it('shows the header counts, the columns and the rows most urgent first, with countdowns', async () => {
		const {frame} = await renderApp();
		const screen = frame();
		expect(screen).toContain('2026-11-22 14:00:00 Asia/Shanghai');
		expect(screen).toContain('!! 超时 1');
		expect(screen).toContain('! 预警 1');
		expect(screen).toMatch(/5分钟\s+60分钟/);
		// At risk first (contract §5), then breached, then idle.
		const order = ['soon', 'late', 'done'].map(conv => screen.indexOf(` ${conv} `));
		expect(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
		expect(selectedLine(screen)).toMatch(/^> ! +soon .*1:00\s+56:00/);
		expect(screen).toMatch(/!! late .*\+5:00\s+50:00/);
	});

	it('never draws a line wider than the terminal, cutting Chinese text by display width', async () => {
		const {frame} = await renderApp();
		for (const line of frame().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
		expect(frame()).toContain('…');
	});

	it('moves the selection with j/k, arrows, g and G', async () => {
		const {press} = await renderApp();
		await press('j', s => / late /.test(selectedLine(s)), 'j to select the second row');
		await press(DOWN, s => / done /.test(selectedLine(s)), '↓ to select the third row');
		await press('k', s => / late /.test(selectedLine(s)), 'k to go back up');
		await press('g', s => / soon /.test(selectedLine(s)), 'g to the top');
		await press('G', s => / done /.test(selectedLine(s)), 'G to the bottom');
	});

	it('opens the selected conversation with Enter and goes back with Esc', async () => {
		const {press} = await renderApp();
		await press('G', s => / done /.test(selectedLine(s)), 'select done');
		await press('\r', s => s.includes('会话 done'), 'the conversation view');
		await press('', s => /12:00:00 pdd_3: 谢谢/.test(s) && /12:01:00 客服 lingling: 不客气亲/.test(s), 'every message with time and sender');
		await press(ESC, s => s.includes('最后消息'), 'back on the board');
	});

	it('opens the help with ? listing every key, and closes it with any key', async () => {
		const {press} = await renderApp();
		await press('?', s => s.includes('快捷键'), 'the help');
		await press('', s => ['Enter', 'Esc', 'Ctrl-C', 'PgDn', '↑/k', 'G/End'].every(key => s.includes(key)) && s.includes('超时'), 'every key and the legend');
		await press('x', s => s.includes('最后消息'), 'the board again');
	});

	it('keeps the selection on the same conversation when a new one moves in above it', async () => {
		const {press, session, frame} = await renderApp();
		await press('j', s => / late /.test(selectedLine(s)), 'select late');
		// 13:10: over 5 minutes, 10 minutes from the 60-minute fine: at risk, above late.
		session.book.add(message('buyer', '13:10:00', {conv: 'older', buyer: 'pdd_9', text: '等了一个小时了'}));
		session.emit('change');
		await press('', s => s.includes(' older '), 'the new row');
		expect(frame().indexOf(' older ')).toBeLessThan(frame().indexOf(' late '));
		expect(selectedLine(frame())).toContain(' late ');
	});

	it('lists the skipped lines with file and line on b', async () => {
		const {press, session, frame} = await renderApp();
		session.badLines.push({file: 'logs/xiaomei.jsonl', line: 17, problem: {code: 'missing-field', field: 'ts'}});
		session.emit('change');
		await press('', s => s.includes('坏行 1'), 'the bad-line count in the header');
		await press('b', s => s.includes('logs/xiaomei.jsonl:17: 缺少必填字段 "ts"'), 'the bad-lines overlay');
		await press('j', s => s.includes('最后消息'), 'the board again');
		expect(selectedLine(frame())).toContain(' soon ');
	});

	it("shows today's rates against their targets under the header", async () => {
		const {frame} = await renderApp([...shop, message('buyer', '09:00:00', {conv: 'fast'}), message('agent', '09:01:00', {conv: 'fast'})]);
		// late (13:50) is over 5 minutes; soon, done and fast are in time: 3 of 4.
		expect(frame().split('\n')[1]).toBe('! 拼多多·flagship 5分钟 75.0%/80.0% 60分钟 100.0%');
	});

	it("opens the agent panel with Tab: waiting now, today's breaches, rates, first reply and violations", async () => {
		const {press} = await renderApp([...shop, message('agent', '13:51:00', {conv: 'soon', agent: 'ahao', text: '亲,加我薇信 kefu2026 给您优惠'})]);
		await press('\t', s => s.includes('等待中') && s.includes('违规'), 'the agent panel');
		await press(
			'',
			s =>
				/^[> ] lingling +0 +1 +0 +100\.0% +0 +100\.0% +1:00 +0$/m.test(s) && /^[> ] xiaomei +1 +1 +1 +0\.0% +0 +100\.0% +- +0$/m.test(s) && /^[> ] ahao +1 +1 +0 +100\.0% +0 +100\.0% +- +1$/m.test(s),
			'per-agent figures',
		);
		await press('\t', s => s.includes('最后消息'), 'Tab back to the board');
	});

	it("the agent panel has a cursor, worst first; s sorts by each column in turn, S reverses, Enter shows that agent's conversations", async () => {
		const risky = [
			...shop,
			message('agent', '13:51:00', {conv: 'soon', agent: 'ahao', text: '亲,加我薇信 kefu2026 给您优惠'}),
			message('agent', '13:52:00', {conv: 'soon', agent: 'ahao', text: '加我微信'}),
		];
		const {press, frame} = await renderApp(risky);
		const order = (s: string) =>
			s
				.split('\n')
				.filter(line => /^[> ] (ahao|lingling|xiaomei) /.test(line))
				.map(line => line.slice(2).split(' ')[0])
				.join(',');
		// xiaomei's 5-minute rate is 0 %: worst, first, under the cursor.
		await press('\t', s => /^> xiaomei /m.test(s) && s.includes('排序:最差优先'), 'the panel, worst first');
		await press('s', s => s.includes('排序:客服') && order(s) === 'ahao,lingling,xiaomei', 'by name');
		await press('S', s => s.includes('排序:客服(反向') && order(s) === 'xiaomei,lingling,ahao', 'by name, reversed');
		await press('s', s => /^排序:等待中$/m.test(s) && order(s) === 'ahao,xiaomei,lingling', 'most waiting first, then by name');
		// The columns in turn, up to the violations: ahao's two flags put him first.
		for (const column of ['咨询', '5分钟 超时', '5分钟 回复率', '60分钟 超时', '60分钟 回复率', '平均首响']) await press('s', s => s.includes(`排序:${column}`), column);
		expect(order(frame())).toMatch(/^lingling,/); // the only first reply: the others have none, last
		await press('s', s => s.includes('排序:违规') && order(s) === 'ahao,lingling,xiaomei', 'most violations first');
		await press('S', s => s.includes('排序:违规(反向') && order(s) === 'lingling,xiaomei,ahao', 'fewest violations first');
		await press('s', s => s.includes('排序:最差优先'), 'round to worst first again');
		await press('j', s => /^> (ahao|lingling) /m.test(s), 'the cursor down');
		const chosen = /^> (\S+) /m.exec(frame())![1]!;
		await press('\r', s => s.includes(`[客服:${chosen}]`) && !s.includes(' late '), 'the board filtered to that agent');
	});

	it('marks buyer messages outside the counted window in the conversation', async () => {
		const {press} = await renderApp([{...message('buyer', '23:30:00', {conv: 'night', buyer: 'owl', text: '还在吗'}), ts: Date.parse('2026-11-21T23:30:00+08:00')}]);
		await press('\r', s => s.includes('23:30:00 owl [不计时]: 还在吗'), 'the not-counted mark');
	});

	it('badges rows with violations, filters them with v, and shows each inline with its penalty and suggestion', async () => {
		const risky = [...shop, message('agent', '13:51:00', {conv: 'late', text: '亲,加我薇信 kefu2026 给您优惠'})];
		const {press, frame} = await renderApp(risky);
		expect(frame()).toMatch(/ late .* \*1 客服/);
		expect(frame().split('\n')[1]).toContain('*1 违规 拼多多 严重1 最高罚¥100000/次');
		await press('v', s => s.includes('[只看违规]') && !s.includes(' soon '), 'only the conversation with a violation');
		await press('\r', s => s.includes('会话 late'), 'the conversation');
		await press('', s => s.includes('客服 xiaomei: 亲,【加我薇信】 kefu2026 给您优惠') && /!! 站外联系「加我薇信」/.test(s) && s.includes('建议:'), 'the violation inline');
		await press('\u001B', s => s.includes('[只看违规]') && s.includes('最后消息'), 'back on the filtered board');
		await press('v', s => s.includes(' soon '), 'the whole board again');
	});

	it('cycles views with f, searches with /, filters by agent with o, and clears with Esc', async () => {
		const {press} = await renderApp();
		await press('f', s => s.includes('[等待中]') && s.includes(' late ') && !s.includes(' done '), 'the waiting view');
		await press('f', s => s.includes('[已超时]') && s.includes(' late ') && !s.includes(' soon '), 'the breached view');
		await press('fffff', s => !s.includes('[') || !/\[(等待中|已超时|只看违规|买家投诉\/差评\/辱骂|已插旗|垃圾咨询)\]/.test(s), 'back to all');
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('起球\r', s => s.includes('[/起球]') && s.includes(' soon ') && !s.includes(' late '), 'rows whose messages match');
		await press('\u001B', s => !s.includes('[/起球]') && s.includes(' late '), 'the search cleared');
		await press('o', s => s.includes('只看这位客服'), 'the agent filter');
		await press('ling\r', s => s.includes('[客服:lingling]') && s.includes(' done ') && !s.includes(' late '), "only lingling's rows");
	});

	it('filters as the search is typed, with a count of the matches; Esc puts the previous search back', async () => {
		const {press} = await renderApp();
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('起', s => s.includes('/起_  1 个会话符合') && s.includes(' soon ') && !s.includes(' late '), 'the board filtered at the first character');
		await press('\u007F', s => s.includes('/_  3 个会话符合') && s.includes(' late '), 'back to every row on backspace');
		await press('快递\r', s => s.includes('[/快递]') && s.includes(' late ') && !s.includes(' soon '), 'the search kept on Enter');
		await press('/', s => s.includes('/快递_'), 'the prompt again, with the search in force');
		await press('\u007F\u007F谢', s => s.includes('/谢_') && s.includes(' done ') && !s.includes(' late '), 'a new search typed');
		await press('\u001B', s => s.includes('[/快递]') && s.includes(' late ') && !s.includes(' done '), 'Esc: the previous search back');
	});

	it(': runs a command with completion: :agent ling<Tab>, :view, :sort wait', async () => {
		const {press} = await renderApp();
		await press(':', s => s.includes(':_  → agent  shop  view  sort'), 'the command line with its commands');
		await press('agent li\t', s => s.includes(':agent lingling_'), 'the agent completed');
		await press('\r', s => s.includes('[客服:lingling]') && s.includes(' done ') && !s.includes(' late '), 'the board filtered to lingling');
		await press(':agent\r', s => !s.includes('[客服:lingling]') && s.includes(' late '), 'the agent filter cleared');
		await press(':sort wait\r', s => s.includes('[按等待时长]'), 'sorted by wait');
		// late has waited since 13:50, soon since 13:56: late first now.
		await press('', s => s.indexOf(' late ') < s.indexOf(' soon '), 'the longest wait first');
		await press(':nosuch\r', s => s.includes('没有这个命令'), 'an unknown command named');
	});

	it('S toggles the board between urgency and longest wait first', async () => {
		const {press} = await renderApp();
		await press('', s => s.indexOf(' soon ') < s.indexOf(' late '), 'at risk first');
		await press('S', s => s.includes('[按等待时长]') && s.indexOf(' late ') < s.indexOf(' soon '), 'longest wait first');
		await press('S', s => !s.includes('[按等待时长]') && s.indexOf(' soon ') < s.indexOf(' late '), 'urgency again');
		await press('?', s => s.includes('切换排序:紧急程度 / 等待最久'), 'the key in the help');
	});

	it('says no conversation matches a filter, rather than that none has been read yet', async () => {
		const {press} = await renderApp();
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('没有这个词\r', s => s.includes('没有符合当前筛选的会话'), 'the no-match line');
		await press('\u001B', s => s.includes(' late ') && !s.includes('没有符合当前筛选的会话'), 'the board again');
	});

	it('finds a conversation by words no longer held in memory, reading its log again', async () => {
		const dir = await tempDir();
		const said = (clock: string, conv: string, from: string, words: string) => `${JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv, from, text: words})}\n`;
		await writeFile(path.join(dir, 'xiaomei.jsonl'), said('09:00:00', 'w1', 'agent', '加我微信聊') + said('09:00:30', 'w1', 'buyer', '好') + said('09:02:00', 'w2', 'buyer', '有货吗'));
		const session = await testSession({paths: [dir], keepTextsMs: 3_600_000, clock: () => NOW});
		await session.start({follow: false});
		expect(session.book.get('pinduoduo\u0000\u0000w1')!.messages[0]!.text).toBeUndefined();
		const {press, frame} = renderAppOver(session, {clock: () => NOW});
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('微信\r', s => s.includes('[/微信]') && s.includes(' w1 ') && !s.includes(' w2 '), 'the conversation whose old words match');
		expect(frame()).not.toContain('正在日志中查找');
	});

	it('says when a search is still reading the logs for older words', async () => {
		const {session, press} = await renderApp();
		// A search that never finishes reading the logs.
		session.searchWords = () => undefined;
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('起球\r', s => s.includes('[/起球]') && s.includes('正在日志中查找较早的消息') && s.includes(' soon '), 'the rows held, and the search going on');
	});

	it('shows how far the first read of a backlog has got', async () => {
		const {frame, session, press} = await renderApp();
		session.loadProgress = {files: 1, totalFiles: 2, bytes: 500, totalBytes: 1000};
		session.emit('change');
		await press('', s => s.includes('读取中… 1/2 [#####-----] 50%'), 'the progress bar');
		expect(frame()).toContain('!! 超时 1');
	});

	it('speaks English with --lang en', async () => {
		const {frame} = await renderApp(shop, 'en');
		expect(frame()).toContain('!! breached 1');
		expect(frame()).toContain('Last message');
		expect(frame()).toContain('Enter open');
	});
});

describe('the mouse, where the terminal reports it (SGR)', () => {
	const click = (row: number, column = 10) => `\u001B[<0;${column};${row}M`;
	const wheel = (down: boolean, row = 10) => `\u001B[<${down ? 65 : 64};10;${row}M`;
	const many = Array.from({length: 12}, (_, index) => message('buyer', `13:${String(40 + index).padStart(2, '0')}:00`, {conv: `w${index}`, buyer: `b${index}`}));

	it('a click selects the row under it, a second click opens it; a release or a right click does nothing', async () => {
		const {press, frame} = await renderApp();
		// Rows: soon (at risk) on terminal row 4, late (breached) on row 5, done on row 6.
		await press(click(5), s => selectedLine(s).includes(' late '), 'late selected by a click');
		await press('\u001B[<0;10;5m\u001B[<2;10;6M', s => selectedLine(s).includes(' late '), 'a release and a right click');
		expect(frame()).toContain('最后消息');
		// Nothing of the sequence reached the keys: no dialog, no filter, no view change.
		expect(frame()).not.toMatch(/标记会话|转接会话|\[/);
		await press(click(5), s => s.includes('会话 late') && !s.includes('最后消息'), 'late opened by a click on the selected row');
		await press(ESC, s => s.includes('最后消息'), 'the board again');
		await press(click(2), s => selectedLine(s).includes(' late '), 'a click on the header changes nothing');
	});

	it("in the agent panel a click puts the cursor on the agent under it, and a second click shows that agent's conversations", async () => {
		const {press, frame} = await renderApp();
		await press('\t', s => /^> xiaomei /m.test(s), 'the panel, worst first');
		const rowOf = (agent: string) =>
			frame()
				.split('\n')
				.findIndex(line => new RegExp(`^[> ] ${agent} `).test(line)) + 1;
		const lingling = rowOf('lingling');
		expect(lingling).toBeGreaterThan(4);
		await press(click(lingling), s => /^> lingling /m.test(s) && s.includes('等待中'), 'lingling under the cursor');
		await press(click(2), s => /^> lingling /m.test(s), 'a click on the header changes nothing');
		await press(click(rowOf('lingling')), s => s.includes('最后消息') && s.includes('lingling'), "lingling's conversations on the board");
	});

	it('the wheel moves the selection three rows a notch on the board', async () => {
		const {press} = await renderApp(many);
		await press('', s => selectedLine(s).includes(' w0 '), 'the longest wait first');
		await press(wheel(true), s => selectedLine(s).includes(' w3 '), 'three rows down');
		await press(wheel(true) + wheel(false), s => selectedLine(s).includes(' w3 '), 'down and up again');
		await press(wheel(false), s => selectedLine(s).includes(' w0 '), 'back on top');
	});
});
