import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {RecordBook} from '../../source/live/record-book.js';
import {appendRecord} from '../../source/store/record-store.js';
import {App} from '../../source/ui/app.js';
import {at, message, TZ} from '../helpers/messages.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {testSession} from '../helpers/session.js';

const NOW = at('14:00:00');
const ESC = '\u001B';
const shop = [
	message('buyer', '13:50:00', {conv: 'late', buyer: 'pdd_1', text: '我的快递到哪了'}),
	message('buyer', '13:56:00', {conv: 'soon', buyer: 'pdd_2', agent: 'ahao', text: '这件衣服起球吗'}),
	message('agent', '12:01:00', {conv: 'done', agent: 'lingling', text: '不客气'}),
	message('agent', '13:49:00', {conv: 'late', text: '亲,加我微信吧'}),
];

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('supervisor actions from the keyboard', () => {
	const tempDir = useTempDirs();

	async function setup() {
		const db = path.join(await tempDir(), 'db.json');
		const records = new RecordBook(db, () => ({by: 'lead', tz: TZ, now: NOW}));
		const session = await testSession({records});
		for (const m of shop) session.book.add(m);
		await records.start();
		const app = render(<App source={session} clock={() => NOW} tz={TZ} lang="zh" />);
		cleanups.push(app.unmount, () => records.stop());
		const frame = () => app.lastFrame() ?? '';
		const press = async (keys: string, until: (screen: string) => boolean, what: string) => {
			app.stdin.write(keys);
			// A loaded machine (several engineers' suites at once) can take seconds to draw a frame.
			await eventually(() => until(frame()), what, 15_000);
		};
		const file = async () => JSON.parse(await readFile(db, 'utf8'));
		// 'soon' is at risk, so first; 'late' is breached, the second row.
		await press('j', s => s.split('\n').some(line => line.startsWith('> ') && line.includes(' late ')), 'late selected');
		return {db, press, frame, file};
	}

	const selectedLine = (screen: string) => screen.split('\n').find(line => line.startsWith('> ')) ?? '';
	const row = (screen: string, conv: string) => screen.split('\n').find(line => line.includes(` ${conv} `)) ?? '';

	it('r: picks an agent by type-ahead, confirms, writes the transfer and shows the new owner at once', async () => {
		const {press, file, frame} = await setup();
		await press('r', s => s.includes('转接会话 late'), 'the agent picker');
		await press('lin', s => s.includes('> lin_') && s.includes('> lingling'), 'type-ahead');
		await press('\r', s => s.includes('确认把会话 late 转接给 lingling'), 'the confirmation');
		await press('\r', s => /late .* →lingling /.test(row(s, 'late')) && s.includes('已把 late 转接给 lingling'), 'the row with its new owner');
		expect((await file()).assignments).toEqual([expect.objectContaining({conv: 'late', platform: 'pinduoduo', shop: 'flagship', to: 'lingling', by: 'lead', at: '2026-11-22T14:00:00+08:00'})]);
		// The transfer does not reset the buyer's wait.
		expect(row(frame(), 'late')).toMatch(/\+5:00 +50:00/);
		// Undone, it says what it took back, and the row has its owner again.
		await press('u', s => s.includes('late:撤销转接 lingling → xiaomei') && /late .* xiaomei /.test(row(s, 'late')), 'the transfer undone');
	});

	it("r, o and :agent show each agent's load beside the name: conversations open, buyers waiting", async () => {
		const {press} = await setup();
		// xiaomei has late (breached), ahao soon (at risk), lingling only done (idle).
		await press('r', s => /> ahao +负责 1 · 等待 1/.test(s) && /  lingling +负责 0 · 等待 0/.test(s), 'the transfer picker with loads');
		await press(ESC, s => !s.includes('转接会话'), 'the picker closed');
		await press('o', s => /xiaomei +负责 1 · 等待 1/.test(s) && /lingling +负责 0 · 等待 0/.test(s), 'the agent filter with loads');
		await press(ESC, s => !s.includes('只看这位客服'), 'the filter closed');
		await press(':agent ', s => s.includes('ahao(等待 1)') && s.includes('lingling(等待 0)'), 'the command line completions with waiting counts');
	});

	it('m, n, x and u: mark, note, spam and undo, each written and shown at once', async () => {
		const {press, file} = await setup();
		await press('m', s => s.includes('标记会话 late'), 'the mark menu');
		await press('r\r', s => s.includes('[x] 5 红旗:异常 (lead 14:00:00)') && s.includes('late:已标记 红旗'), 'the red mark set, said in Chinese, the menu still open, with who and when');
		await press('y\r', s => s.includes('[x] 1 黄旗:售前'), 'a second mark from the same menu');
		await press(ESC, s => /late .* (YR|RY) 买家:/.test(row(s, 'late')), 'both marks on the row');
		await press('n', s => s.includes('给会话 late 写备注'), 'the note input');
		await press('买家很急', s => s.includes('> 买家很急_'), 'Chinese text in the input');
		await press('\r', s => s.includes('已给 late 添加备注'), 'the note saved');
		// Spam counts for nothing: the row is set aside, its clocks stop showing.
		await press('x', s => /^. - +late +.*垃圾 .* (YRS|RYS) 买家:/m.test(s), 'the spam mark, the row set aside');
		await press('u', s => s.includes('late:撤销标记 垃圾咨询') && /!! late .* (YR|RY) 买家:/.test(s), 'spam undone');
		const records = await file();
		expect(records.marks.map((m: {mark: string; op: string}) => `${m.mark}:${m.op}`)).toEqual(['red:set', 'yellow:set', 'spam:set', 'spam:clear']);
		expect(records.marks[3].undoes).toBe(records.marks[2].id);
		expect(records.notes).toEqual([expect.objectContaining({conv: 'late', text: '买家很急', by: 'lead'})]);
	});

	it('s: sets a row aside for ten minutes, says when it comes back, and leaves the cursor on the urgent page', async () => {
		const {press, file, frame} = await setup();
		await press('s', s => s.includes('暂缓会话 late'), 'the snooze menu');
		await press('\r', s => /^. - +late .*至14:10/m.test(s) && s.includes('已暂缓 late:14:10'), 'late set aside until 14:10');
		// The cursor stayed where it was: on the row that took late's place, not on late down below.
		expect(selectedLine(frame())).toContain(' done ');
		const [snooze] = (await file()).snoozes;
		expect(snooze).toMatchObject({conv: 'late', op: 'set', until: '2026-11-22T14:10:00+08:00', by: 'lead', at: '2026-11-22T14:00:00+08:00'});
		await press('u', s => /^. !! late /m.test(s), 'the snooze undone');
		expect((await file()).snoozes.at(-1)).toMatchObject({op: 'clear', undoes: snooze.id});
	});

	it('x keeps the cursor on the urgent page rather than following the row to the set-aside section', async () => {
		const {press, frame} = await setup();
		await press('k', s => / soon /.test(selectedLine(s)), 'soon selected');
		await press('x', s => /^. - +soon /m.test(s), 'soon set aside as spam');
		expect(selectedLine(frame())).toContain(' late ');
	});

	// Another process's writes are the e2e tests' (two TUIs on one file); here the other writer is a store of its own.
	it('shows a note another writer appends to the file within two seconds', async () => {
		const {db, press} = await setup();
		await press('\r', s => s.includes('会话 late'), 'the conversation late');
		await appendRecord(db, 'notes', {id: 'x1', conv: 'late', platform: 'pinduoduo', shop: 'flagship', by: 'other-lead', at: '2026-11-22T14:00:30+08:00', text: '我来跟进'});
		await press('', s => s.includes('[备注] other-lead 14:00:30: 我来跟进'), "the other supervisor's note");
	});

	it('a: reviews a flag; a false positive stays visible, dimmed, and leaves the count and the exposure', async () => {
		const {press, file} = await setup();
		await press('\r', s => s.includes('会话 late'), 'the conversation late');
		await press('a', s => s.includes('审核会话 late'), 'the review menu');
		await press('\r', s => s.includes('[已确认] 站外联系「加我微信」'), 'confirmed');
		await press('\r', s => s.includes('[误报] 站外联系「加我微信」'), 'false positive');
		await press('\u001B', s => s.includes('!! [误报] 站外联系「加我微信」'), 'the flag still shown in the conversation');
		await press('\u001B', s => s.includes('最后消息') && !/late .*\*1/.test(s) && !s.includes('*1 违规'), 'no badge and no exposure');
		expect((await file()).reviews.map((r: {verdict: string; rule: string; line: number}) => [r.verdict, r.rule])).toEqual([
			['confirmed', 'common.contact.add-me'],
			['false-positive', 'common.contact.add-me'],
		]);
	});

	it('names a records file that cannot be parsed in the header, and leaves it as it is', async () => {
		const {db, press} = await setup();
		await writeFile(db, '{"notes": [');
		await press('', s => s.includes(`!! ${db}:不是有效的 JSON`), 'the error in the header');
		await press('n', s => s.includes('写备注'), 'the note input');
		await press('x\r', s => s.includes('没有写入'), 'the refusal');
		expect(await readFile(db, 'utf8')).toBe('{"notes": [');
	});

	it('Esc closes a dialog without writing anything', async () => {
		const {press, db} = await setup();
		await press('n', s => s.includes('写备注'), 'the note input');
		await press('abc', s => s.includes('> abc_'), 'typed text');
		await press(ESC, s => s.includes('最后消息'), 'the board');
		await expect(readFile(db, 'utf8')).rejects.toThrow();
	});
});
