import {describe, expect, it} from 'vitest';
import {AlertEngine} from '../../source/alerts/alert-engine.js';
import type {AlertEvent, RiskEvent} from '../../source/alerts/alert-event.js';
import {packBuyerSignals} from '../../source/alerts/buyer-signals.js';
import {WatchSession} from '../../source/live/watch-session.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {at, message, TZ} from '../helpers/messages.js';

async function setUp(options: {isSpam?: (key: string) => boolean} = {}) {
	const packs = await loadRulePacks();
	const book = new ConversationBook();
	const engine = new AlertEngine({packs, tz: TZ, buyerSignals: packBuyerSignals(packs), isSpam: options.isSpam});
	const alerts: AlertEvent[] = [];
	const risks: RiskEvent[] = [];
	engine.on('alert', event => alerts.push(event));
	engine.on('risk', risk => risks.push(risk));
	const add = (m: ChatMessage) => engine.noteMessage(m, book.add(m));
	return {engine, alerts, risks, add};
}

describe('alert events, found as lines arrive and as time passes', () => {
	it('says at risk when the warning starts and breach once the 5-minute clock is over, once each', async () => {
		const {engine, alerts, risks, add} = await setUp();
		add(message('buyer', '10:00:00', {conv: '8805', text: '在吗'}));
		engine.tick(at('10:00:01'));
		expect(risks).toEqual([]);
		engine.tick(at('10:02:59'));
		expect(risks).toEqual([]);
		engine.tick(at('10:03:00'));
		expect(risks.map(r => `${r.conv}:${r.clock}:${r.status}`)).toEqual(['8805:reply-5m:warning']);
		// A reply at the limit itself is in time (contract §2): over only after it.
		engine.tick(at('10:05:00'));
		expect(alerts).toEqual([]);
		engine.tick(at('10:05:01'));
		engine.tick(at('10:05:02'));
		expect(alerts.map(a => `${a.kind}:${a.conv}:${a.clock}:${a.agent}`)).toEqual(['breach:8805:reply-5m:xiaomei']);
		expect(alerts[0]!.waitedMs).toBe(301_000);
		expect(risks.filter(r => r.status === 'breached')).toHaveLength(1);
	});

	it('forgets a clock once the agent replies, and alerts again for a later wait', async () => {
		const {engine, alerts, risks, add} = await setUp();
		add(message('buyer', '10:00:00', {conv: 'c1'}));
		engine.tick(at('10:01:00'));
		add(message('agent', '10:02:00', {conv: 'c1'}));
		engine.tick(at('10:02:01'));
		engine.tick(at('10:30:00'));
		expect(risks).toEqual([]);
		expect(alerts).toEqual([]);
		add(message('buyer', '11:00:00', {conv: 'c1'}));
		engine.tick(at('11:00:01'));
		engine.tick(at('11:06:00'));
		expect(alerts.map(a => a.id)).toEqual([`breach|pinduoduo\u0000flagship\u0000c1|reply-5m|${at('11:00:00')}`]);
	});

	it('leaves out what a backlog holds from long ago, and spam conversations', async () => {
		const spam = 'pinduoduo\u0000flagship\u0000junk';
		const {engine, alerts, risks, add} = await setUp({isSpam: key => key === spam});
		add(message('buyer', '08:10:00', {conv: 'old', text: '我要投诉'}));
		add(message('agent', '08:11:00', {conv: 'old2', text: '加我微信 abc123'}));
		add(message('buyer', '11:59:00', {conv: 'junk', text: '我要投诉你们'}));
		engine.tick(at('12:10:00'));
		expect(alerts.map(a => a.conv)).toEqual([]);
		expect(risks.map(r => r.conv)).toEqual([]);
	});

	it('sends an error violation and a buyer complaint once per conversation and rule or category, and not a negated one', async () => {
		const {engine, alerts, add} = await setUp();
		add(message('buyer', '10:00:00', {conv: 'v1', text: '有优惠吗'}));
		add(message('agent', '10:00:30', {conv: 'v1', text: '加我薇信 kefu888 给你优惠'}));
		add(message('buyer', '10:01:00', {conv: 'q1', text: '不会给差评的,放心'}));
		add(message('buyer', '10:01:10', {conv: 'q2', text: '再不回就差评了'}));
		add(message('buyer', '10:01:20', {conv: 'q3', text: '我要打12315投诉你们'}));
		engine.tick(at('10:01:30'));
		add(message('agent', '10:01:40', {conv: 'v1', text: '加我薇信 kefu888'}));
		add(message('buyer', '10:01:50', {conv: 'q3', text: '投诉!'}));
		engine.tick(at('10:02:00'));
		const found = alerts.map(a => `${a.kind}:${a.conv}:${a.category}`);
		expect(found).toContain('complaint:q2:bad-review');
		expect(found).toContain('complaint:q3:complaint');
		expect(found.filter(f => f.startsWith('violation:v1'))).toEqual(['violation:v1:off-platform-contact']);
		expect(found.filter(f => f.startsWith('complaint:q3'))).toHaveLength(1);
		expect(found.some(f => f.includes(':q1:'))).toBe(false);
		const complaint = alerts.find(a => a.conv === 'q3')!;
		expect(complaint.words).toBe('我要打12315投诉你们');
		expect(complaint.waitedMs).toBe(10_000);
	});

	it('says fine-risk when a shop with over 100 consultations answers under half within 60 minutes', async () => {
		const packs = await loadRulePacks();
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs});
		const engine = new AlertEngine({packs, tz: TZ, buyerSignals: packBuyerSignals(packs), shopsToday: now => session.today(now).shops, ratesEveryMs: 0});
		const alerts: AlertEvent[] = [];
		engine.on('alert', event => alerts.push(event));
		for (let i = 0; i < 101; i += 1) session.book.add(message('buyer', '09:00:00', {conv: `f${i}`}));
		// Every 5-minute clock is over by 09:30, no 60-minute one yet.
		engine.tick(at('09:30:00'));
		const risks = () => alerts.filter(a => a.kind === 'fine-risk').map(a => `${a.clock}:${a.rate?.kind}`);
		expect(risks()).toEqual(['reply-5m:below-target']);
		engine.tick(at('10:00:02'));
		engine.tick(at('10:00:03'));
		expect(risks().sort()).toEqual(['reply-5m:below-target', 'reply-60m:fine-risk']);
	});
});
