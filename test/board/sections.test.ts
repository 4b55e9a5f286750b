import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/triage.js';
import {renderBoardText} from '../../source/board/board-text.js';
import {catalog} from '../../source/i18n/catalog.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {foldRecords} from '../../source/store/conversation-records.js';
import {emptyRecords, type Records} from '../../source/store/records.js';
import {formatIsoInZone, localDate} from '../../source/time/zone.js';
import {countDay} from '../../source/report/day-count.js';
import {at, message, TZ} from '../helpers/messages.js';

const NOW = at('14:00:00');
const packs = await loadRulePacks();

function board(messages: ChatMessage[], records: Partial<Records> = {}, now = NOW, staleMs?: number) {
	const book = new ConversationBook();
	for (const m of messages) book.add(m);
	const states = foldRecords({...emptyRecords(), ...records});
	return buildBoard(book.all(), packs, TZ, now, key => states.get(key), {staleMs});
}

const describeRows = (rows: ReturnType<typeof board>) => rows.map(row => `${row.conversation.conv}:${row.status}`);
const ref = (conv: string, platform: ChatMessage['platform'] = 'pinduoduo') => ({id: `${conv}-${Math.random()}`, conv, platform, shop: 'flagship', by: 'lead'});
const iso = (clock: string) => formatIsoInZone(at(clock), TZ);

describe('the board order of contract §5', () => {
	const day = [
		// Four minutes from the 60-minute fine: at risk, first.
		message('buyer', '13:04:00', {conv: 'fine-soon'}),
		// Taobao's one clock is over, the buyer wrote again 10 minutes ago: breached, buyer still there.
		message('buyer', '13:40:00', {conv: 'breached', platform: 'taobao'}),
		message('buyer', '13:50:00', {conv: 'breached', platform: 'taobao'}),
		// Over 5 minutes, but the 60-minute clock still runs: something can be saved, never lost.
		message('buyer', '13:20:00', {conv: 'pdd-60m'}),
		// Douyin answered only by the bot at 08:14: over the human clock, buyer gone since.
		message('buyer', '08:13:00', {conv: 'dy-bot', platform: 'douyin', agent: 'dy1'}),
		message('bot', '08:14:00', {conv: 'dy-bot', platform: 'douyin', agent: 'dy1'}),
		message('buyer', '13:59:00', {conv: 'waiting'}),
		message('buyer', '07:30:00', {conv: 'early', buyer: 'b-early'}),
		message('buyer', '12:00:00', {conv: 'done'}),
		message('agent', '12:01:00', {conv: 'done'}),
	];

	it('puts at risk, breached, waiting, not counted, lost and idle in that order', () => {
		// 'early' was answered by nobody since 07:30 but started no clock: not counted, not lost.
		expect(describeRows(board(day))).toEqual(['fine-soon:warning', 'pdd-60m:breached', 'breached:breached', 'waiting:waiting', 'early:notCounted', 'dy-bot:lost', 'done:idle']);
	});

	it('keeps a breached conversation whose buyer wrote within --stale, and sinks it once past', () => {
		expect(describeRows(board(day, {}, NOW, 5 * 60_000))).toEqual(['fine-soon:warning', 'pdd-60m:breached', 'waiting:waiting', 'early:notCounted', 'breached:lost', 'dy-bot:lost', 'done:idle']);
		// 'fine-soon' is past --stale but still within its 60-minute clock: at risk, never lost.
		expect(board(day, {}, NOW, 5 * 60_000)[0]!.status).toBe('warning');
	});

	it('orders lost rows by latest buyer message first', () => {
		const rows = board([...day, message('buyer', '09:00:00', {conv: 'lost-later'})]);
		expect(describeRows(rows).filter(r => r.endsWith(':lost'))).toEqual(['lost-later:lost', 'dy-bot:lost']);
	});

	it('takes --stale from the pack when the flag is not given', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'stale-pack-'));
		await writeFile(`${dir}/pdd.json`, JSON.stringify({platform: 'taobao', staleMinutes: 5}));
		try {
			const own = await loadRulePacks(dir);
			const book = new ConversationBook();
			for (const m of day) book.add(m);
			expect(buildBoard(book.all(), own, TZ, NOW).find(row => row.conversation.conv === 'breached')?.status).toBe('lost');
			expect(buildBoard(book.all(), own, TZ, NOW, () => undefined, {staleMs: 60 * 60_000}).find(row => row.conversation.conv === 'breached')?.status).toBe('breached');
		} finally {
			await rm(dir, {recursive: true, force: true});
		}
	});
});

describe('setting rows aside: snooze and resolved', () => {
	const day = [message('buyer', '13:50:00', {conv: 'a'}), message('buyer', '13:56:00', {conv: 'b'}), message('buyer', '13:59:00', {conv: 'c'})];

	it('sets a snoozed row aside until the snooze runs out, soonest back first, and says when', () => {
		const snoozes = [
			{...ref('a'), at: iso('13:55:00'), op: 'set' as const, until: iso('14:25:00')},
			{...ref('b'), at: iso('13:57:00'), op: 'set' as const, until: iso('14:07:00')},
		];
		const rows = board(day, {snoozes});
		expect(describeRows(rows)).toEqual(['c:waiting', 'b:setAside', 'a:setAside']);
		const text = renderBoardText({
			rows,
			now: NOW,
			tz: TZ,
			lang: 'zh',
			text: catalog('zh'),
			width: 100,
			clocks: [
				{id: 'reply-5m', label: '5分钟', primary: true},
				{id: 'reply-60m', label: '60分钟', primary: false},
			],
			badLines: 0,
			today: [],
		});
		expect(text).toMatch(/^- +b .*至14:07/m);
		expect(text).toMatch(/^- +a .*至14:25/m);
		// At 14:08 b's ten minutes are over: it is back, breached, in its own section.
		expect(describeRows(board(day, {snoozes}, at('14:08:00')))).toEqual(['b:breached', 'c:breached', 'a:setAside']);
	});

	it('brings a snoozed or resolved row back when the buyer writes again', () => {
		const records = {
			snoozes: [{...ref('a'), at: iso('13:55:00'), op: 'set' as const}],
			marks: [{...ref('b'), at: iso('13:57:00'), mark: 'resolved' as const, op: 'set' as const}],
		};
		// Neither comes back at a set time: latest activity first.
		expect(describeRows(board(day, records))).toEqual(['c:waiting', 'b:setAside', 'a:setAside']);
		const again = [...day, message('buyer', '13:58:00', {conv: 'a'}), message('buyer', '13:58:30', {conv: 'b'})];
		expect(describeRows(board(again, records)).map(r => r.split(':')[1])).not.toContain('setAside');
	});

	it("leaves the day's figures alone: a snoozed, resolved or lost row still counts as breached (§2)", () => {
		const book = new ConversationBook();
		for (const m of day) book.add(m);
		const figuresWith = (records: Partial<Records>) => {
			const states = foldRecords({...emptyRecords(), ...records});
			const query = {date: localDate(NOW, TZ), tz: TZ, now: NOW, packs, clocksFor: (p: ChatMessage['platform']) => packs.get(p)?.clocks ?? [], recordsOf: (key: string) => states.get(key)};
			return countDay(book.all(), query).figures;
		};
		const before = figuresWith({});
		expect(before.shops.flatMap(shop => Object.values(shop.clocks)).some(clock => clock.breached > 0)).toBe(true);
		const setAside = {
			snoozes: [{...ref('a'), at: iso('13:55:00'), op: 'set' as const, until: iso('14:30:00')}],
			marks: [{...ref('b'), at: iso('13:57:00'), mark: 'resolved' as const, op: 'set' as const}],
		};
		expect(describeRows(board(day, setAside)).filter(row => row.endsWith(':setAside'))).toHaveLength(2);
		expect(figuresWith(setAside)).toEqual(before);
	});

	it('does not set aside a row resolved before the buyer last wrote', () => {
		const marks = [{...ref('a'), at: iso('13:40:00'), mark: 'resolved' as const, op: 'set' as const}];
		expect(board(day, {marks}).find(row => row.conversation.conv === 'a')?.status).toBe('breached');
	});

	it('keeps spam set aside whatever the buyer writes, after the rows that come back', () => {
		const records = {
			marks: [{...ref('a'), at: iso('13:00:00'), mark: 'spam' as const, op: 'set' as const}],
			snoozes: [{...ref('b'), at: iso('13:57:00'), op: 'set' as const, until: iso('14:30:00')}],
		};
		const rows = board(day, records);
		expect(describeRows(rows)).toEqual(['c:waiting', 'b:setAside', 'a:setAside']);
		expect(rows.map(row => row.setAside?.why)).toEqual([undefined, 'snooze', 'spam']);
	});

	it('a cleared snooze brings the row back at once', () => {
		const snoozes = [
			{...ref('a'), at: iso('13:55:00'), op: 'set' as const, until: iso('14:25:00')},
			{...ref('a'), at: iso('13:58:00'), op: 'clear' as const},
		];
		expect(board(day, {snoozes}).find(row => row.conversation.conv === 'a')?.status).toBe('breached');
	});
});
