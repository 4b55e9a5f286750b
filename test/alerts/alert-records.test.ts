import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {AlertEngine} from '../../source/alerts/alert-engine.js';
import type {AlertEvent, RiskEvent} from '../../source/alerts/alert-event.js';
import {packBuyerSignals} from '../../source/alerts/buyer-signals.js';
import {RecordBook} from '../../source/live/record-book.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {at, message, TZ} from '../helpers/messages.js';
import {useTempDirs} from '../helpers/temp-dir.js';

const ref = (conv: string) => ({conv, platform: 'pinduoduo' as const, shop: 'flagship'});

describe("alerts follow the supervisors' records (a real lowdb file)", () => {
	const tempDir = useTempDirs();
	const books: RecordBook[] = [];
	afterEach(async () => {
		await Promise.all(books.splice(0).map(book => book.stop()));
	});

	async function setUp() {
		let now = at('10:00:00');
		const records = new RecordBook(path.join(await tempDir(), 'db.json'), () => ({by: 'lead', tz: TZ, now}));
		books.push(records);
		await records.start();
		const packs = await loadRulePacks();
		const book = new ConversationBook();
		const engine = new AlertEngine({packs, tz: TZ, buyerSignals: packBuyerSignals(packs), recordsOf: key => records.of(key)});
		const alerts: AlertEvent[] = [];
		const risks: RiskEvent[] = [];
		engine.on('alert', event => alerts.push(event));
		engine.on('risk', risk => risks.push(risk));
		const add = (m: ChatMessage) => engine.noteMessage(m, book.add(m));
		const tick = (clock: string) => {
			now = at(clock);
			engine.tick(now);
		};
		return {records, alerts, risks, add, tick, setNow: (clock: string) => (now = at(clock))};
	}

	it('names the owner a transfer gave the conversation, not the agent of the log lines', async () => {
		const {records, alerts, add, tick, setNow} = await setUp();
		add(message('buyer', '10:00:00', {conv: 't1', agent: 'xiaomei', text: '在吗'}));
		tick('10:00:30');
		setNow('10:01:00');
		await records.assign(ref('t1'), 'ahao', 'xiaomei');
		add(message('buyer', '10:02:00', {conv: 't1', agent: 'xiaomei', text: '再不回我就投诉你们'}));
		tick('10:02:10');
		tick('10:05:01');
		expect(alerts.map(a => `${a.kind}:${a.agent}`).sort()).toEqual(['breach:ahao', 'complaint:ahao']);
	});

	it('holds back the bell and the breach of a conversation marked resolved or snoozed, until a snooze runs out', async () => {
		const {records, alerts, risks, add, tick, setNow} = await setUp();
		add(message('buyer', '10:00:00', {conv: 'r1', text: '好的'}));
		add(message('buyer', '10:00:00', {conv: 's1', text: '好的'}));
		add(message('buyer', '10:00:00', {conv: 'open', text: '在吗'}));
		tick('10:00:30');
		setNow('10:02:00');
		await records.setMark(ref('r1'), 'resolved', true);
		await records.snooze(ref('s1'), {minutes: 10});
		tick('10:05:01');
		expect(risks.map(r => `${r.conv}:${r.status}`)).toEqual(['open:warning', 'open:breached']);
		expect(alerts.filter(a => a.kind === 'breach').map(a => a.conv)).toEqual(['open']);
		tick('10:11:59');
		expect(alerts.filter(a => a.kind === 'breach').map(a => a.conv)).toEqual(['open']);
		// The snooze ran out at 10:12 with the 5-minute clock still over: it is a breach now, once.
		tick('10:12:01');
		tick('10:12:02');
		expect(alerts.filter(a => a.kind === 'breach').map(a => a.conv)).toEqual(['open', 's1']);
	});
});
