import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {WatchSession} from '../../source/live/watch-session.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {displayWidth} from '../../source/text/display-width.js';
import {App} from '../../source/ui/app.js';
import {at, message, TZ} from '../helpers/messages.js';
import {eventually} from '../helpers/temp-dir.js';

const NOW = at('14:00:00');
const ESC = '\u001B';
const DOWN = '\u001B[B';

async function sessionWith(messages: ChatMessage[]) {
	const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	for (const m of messages) session.book.add(m);
	return session;
}

const shop = [
	message('buyer', '13:50:00', {conv: 'late', buyer: 'pdd_1', text: '我的快递到哪了'}),
	message('buyer', '13:56:00', {conv: 'soon', buyer: 'pdd_2', agent: 'ahao', text: '这件衣服起球吗'}),
	message('buyer', '12:00:00', {conv: 'done', buyer: 'pdd_3', agent: 'lingling', text: '谢谢'}),
	message('agent', '12:01:00', {conv: 'done', agent: 'lingling', text: '不客气亲,祝您生活愉快,有问题随时联系我们哦,我们一直都在'.repeat(3)}),
];

let unmounts: (() => void)[] = [];
afterEach(() => {
	for (const unmount of unmounts) unmount();
	unmounts = [];
});

async function renderApp(messages = shop, lang: 'zh' | 'en' = 'zh') {
	const session = await sessionWith(messages);
	const app = render(<App source={session} clock={() => NOW} tz={TZ} lang={lang} />);
	unmounts.push(app.unmount);
	const frame = () => app.lastFrame() ?? '';
	const press = async (keys: string, until: (screen: string) => boolean, what: string) => {
		app.stdin.write(keys);
		// A loaded machine (several engineers' suites at once) can take seconds to draw a frame.
		await eventually(() => until(frame()), what, 15_000);
	};
	return {app, session, frame, press};
}

const selectedLine = (screen: string) => screen.split('\n').find(line => line.startsWith('> ')) ?? '';

describe('the board', () => {
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
		session.badLines.push({file: 'logs/xiaomei.jsonl', line: 17, error: 'not valid JSON'});
		session.emit('change');
		await press('', s => s.includes('坏行 1'), 'the bad-line count in the header');
		await press('b', s => s.includes('logs/xiaomei.jsonl:17: not valid JSON'), 'the bad-lines overlay');
		await press('j', s => s.includes('最后消息'), 'the board again');
		expect(selectedLine(frame())).toContain(' soon ');
	});

	it("shows today's rates against their targets under the header", async () => {
		const {frame} = await renderApp([...shop, message('buyer', '09:00:00', {conv: 'fast'}), message('agent', '09:01:00', {conv: 'fast'})]);
		// late (13:50) is over 5 minutes; soon, done and fast are in time: 3 of 4.
		expect(frame().split('\n')[1]).toBe('! 拼多多·flagship 5分钟 75.0%/80.0% 60分钟 100.0%');
	});

	it("opens the agent panel with Tab: waiting now, today's breaches, rates and first reply", async () => {
		const {press} = await renderApp();
		await press('\t', s => s.includes('等待中'), 'the agent panel');
		await press('', s => /^[> ] lingling +0 +1 +0 +100\.0% +0 +100\.0% +1:00/m.test(s) && /^[> ] xiaomei +1 +1 +1 +0\.0% +0 +100\.0% +-$/m.test(s), 'per-agent figures');
		await press('\t', s => s.includes('最后消息'), 'Tab back to the board');
	});

	it("the agent panel has a cursor, worst first; s sorts, Enter shows that agent's conversations", async () => {
		const {press, frame} = await renderApp();
		// xiaomei's 5-minute rate is 0 %: worst, first, under the cursor.
		await press('\t', s => /^> xiaomei /m.test(s) && s.includes('排序:最差优先'), 'the panel, worst first');
		const order = (s: string) =>
			s
				.split('\n')
				.filter(line => /^[> ] (ahao|lingling|xiaomei) /.test(line))
				.map(line => line.slice(2).split(' ')[0]);
		expect(order(frame())[0]).toBe('xiaomei');
		await press('s', s => s.includes('排序:等待最多'), 'sorted by who has most waiting');
		await press('ss', s => s.includes('排序:按名字') && order(s).join(',') === 'ahao,lingling,xiaomei', 'by name');
		await press('j', s => /^> lingling /m.test(s), 'the cursor down');
		await press('\r', s => s.includes('[客服:lingling]') && s.includes(' done ') && !s.includes(' late '), 'the board filtered to lingling');
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

	it('says no conversation matches a filter, rather than that none has been read yet', async () => {
		const {press} = await renderApp();
		await press('/', s => s.includes('Esc 恢复'), 'the search prompt');
		await press('没有这个词\r', s => s.includes('没有符合当前筛选的会话'), 'the no-match line');
		await press('\u001B', s => s.includes(' late ') && !s.includes('没有符合当前筛选的会话'), 'the board again');
	});

	it('finds a conversation by words no longer held in memory, reading its log again', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-search-'));
		unmounts.push(() => void rm(dir, {recursive: true, force: true}));
		const said = (clock: string, conv: string, from: string, words: string) => `${JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv, from, text: words})}\n`;
		await writeFile(path.join(dir, 'xiaomei.jsonl'), said('09:00:00', 'w1', 'agent', '加我微信聊') + said('09:00:30', 'w1', 'buyer', '好') + said('09:02:00', 'w2', 'buyer', '有货吗'));
		const session = new WatchSession({paths: [dir], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks(), keepTextsMs: 3_600_000, clock: () => NOW});
		await session.start({follow: false});
		expect(session.book.get('pinduoduo\u0000\u0000w1')!.messages[0]!.text).toBeUndefined();
		const app = render(<App source={session} clock={() => NOW} tz={TZ} lang="zh" />);
		unmounts.push(app.unmount);
		const frame = () => app.lastFrame() ?? '';
		app.stdin.write('/');
		await eventually(() => frame().includes('Esc 恢复'), 'the search prompt');
		app.stdin.write('微信\r');
		await eventually(() => frame().includes('[/微信]') && frame().includes(' w1 ') && !frame().includes(' w2 '), 'the conversation whose old words match');
		expect(frame()).not.toContain('正在日志中查找');
	});

	it('says when a search is still reading the logs for older words', async () => {
		const {session, press} = await renderApp();
		session.conversationsSaying = () => undefined;
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
