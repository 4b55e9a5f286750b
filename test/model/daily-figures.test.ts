import {describe, expect, it} from 'vitest';
import {ConversationBook} from '../../source/model/conversation-book.js';
import {dayFigures} from '../../source/model/daily-figures.js';
import type {ChatMessage} from '../../source/model/message.js';
import {rateAlerts} from '../../source/model/rate-alerts.js';
import {at, HUMAN_3M, message, REPLY_5M, REPLY_60M, TZ} from '../helpers/messages.js';

const DAY = '2026-11-22';

function figures(messages: ChatMessage[], now = at('23:59:59'), clocks = [REPLY_5M, REPLY_60M], isSpam?: (c: {conv: string}) => boolean) {
	const book = new ConversationBook();
	for (const m of messages) book.add(m);
	return dayFigures(book.all(), {date: DAY, tz: TZ, now, clocksFor: () => clocks, isSpam});
}

const onDay = (day: string, clock: string) => Date.parse(`${day}T${clock}+08:00`);

describe('daily figures (contract §2)', () => {
	it('counts a consultation once per conversation, breached if any of its starts that day is', () => {
		const result = figures([
			message('buyer', '09:00:00', {conv: 'a'}),
			message('agent', '09:01:00', {conv: 'a'}),
			message('buyer', '10:00:00', {conv: 'a'}),
			message('agent', '10:06:00', {conv: 'a'}),
			message('buyer', '11:00:00', {conv: 'b'}),
			message('bot', '11:00:03', {conv: 'b'}),
		]);
		expect(result.shops[0]).toMatchObject({consultations: 2, clocks: {'reply-5m': {consultations: 2, breached: 1, rate: 0.5}, 'reply-60m': {consultations: 2, breached: 0, rate: 1}}});
	});

	it('puts a start in the day of its local date, including runs begun the evening before', () => {
		const result = figures([
			{...message('buyer', '22:50:00', {conv: 'late'}), ts: onDay('2026-11-21', '22:50:00')},
			message('agent', '08:05:00', {conv: 'late'}),
			{...message('buyer', '23:30:00', {conv: 'night'}), ts: onDay('2026-11-21', '23:30:00')},
			message('buyer', '08:10:00', {conv: 'night'}),
			message('agent', '08:12:00', {conv: 'night'}),
		]);
		expect(result.shops[0]).toMatchObject({consultations: 1, clocks: {'reply-5m': {consultations: 1, breached: 0}}});
		const dayBefore = dayFigures(
			(() => {
				const book = new ConversationBook();
				book.add({...message('buyer', '22:50:00', {conv: 'late'}), ts: onDay('2026-11-21', '22:50:00')});
				book.add(message('agent', '08:05:00', {conv: 'late'}));
				return book.all();
			})(),
			{date: '2026-11-21', tz: TZ, now: at('23:59:59'), clocksFor: () => [REPLY_5M]},
		);
		expect(dayBefore.shops[0]?.clocks['reply-5m']).toEqual({consultations: 1, breached: 1, rate: 0});
	});

	it('gives no figures, rate null, when nothing in the window started a clock', () => {
		const result = figures([message('buyer', '07:59:59', {conv: 'early'}), message('buyer', '23:00:00', {conv: 'late'})]);
		expect(result.shops).toEqual([]);
	});

	it('counts a transferred conversation for each agent whose start it has, and once for the shop', () => {
		const result = figures([
			message('buyer', '10:00:00', {conv: 't', agent: 'xiaomei'}),
			message('agent', '10:01:00', {conv: 't', agent: 'xiaomei'}),
			message('system', '10:01:05', {conv: 't', agent: 'xiaomei'}),
			message('buyer', '10:30:00', {conv: 't', agent: 'ahao'}),
			message('agent', '10:40:00', {conv: 't', agent: 'ahao'}),
		]);
		expect(result.shops[0]?.consultations).toBe(1);
		expect(result.agents.map(a => [a.agent, a.consultations, a.clocks['reply-5m']?.breached])).toEqual([
			['ahao', 1, 1],
			['xiaomei', 1, 0],
		]);
		expect(result.shops[0]?.firstResponse).toEqual({averageSeconds: 60, replied: 1});
	});

	it('counts pending waits at now: breached only once over the limit', () => {
		const pending = [message('buyer', '10:00:00', {conv: 'p'})];
		expect(figures(pending, at('10:05:00')).shops[0]?.clocks['reply-5m']?.breached).toBe(0);
		expect(figures(pending, at('10:05:01')).shops[0]?.clocks['reply-5m']?.breached).toBe(1);
	});

	it('lets only a person stop a human-only clock', () => {
		const result = figures([message('buyer', '10:00:00', {conv: 'd'}), message('bot', '10:00:02', {conv: 'd'}), message('agent', '10:04:00', {conv: 'd'})], at('12:00:00'), [REPLY_5M, HUMAN_3M]);
		expect(result.shops[0]?.clocks).toEqual({'reply-5m': {consultations: 1, breached: 0, rate: 1}, 'human-3m': {consultations: 1, breached: 1, rate: 0}});
	});

	it('leaves spam conversations out of every count', () => {
		const result = figures(
			[message('buyer', '10:00:00', {conv: 'junk'}), message('buyer', '10:00:00', {conv: 'real'}), message('agent', '10:01:00', {conv: 'real'})],
			at('12:00:00'),
			[REPLY_5M],
			c => c.conv === 'junk',
		);
		expect(result.shops[0]?.clocks['reply-5m']).toEqual({consultations: 1, breached: 0, rate: 1});
	});

	it('places lines out of order across files by ts', () => {
		const ordered = figures([message('buyer', '10:00:00'), message('agent', '10:03:00')], at('12:00:00'));
		const shuffled = figures([message('agent', '10:03:00', {file: 'b.jsonl'}), message('buyer', '10:00:00', {file: 'a.jsonl'})], at('12:00:00'));
		expect(shuffled).toEqual(ordered);
	});
});

describe('rate alerts', () => {
	const pdd60 = {...REPLY_60M, fine: {minConsultations: 100, rateBelow: 0.5, yuan: 1000}};
	const pdd5 = {...REPLY_5M, target: 0.8};

	it.each([
		[101, 51, true],
		[100, 60, false],
		[101, 50, false],
		[200, 100, false],
	])('fine risk with %i consultations and %i breached: %s', (consultations, breached, risk) => {
		const rate = (consultations - breached) / consultations;
		const alerts = rateAlerts({'reply-60m': {consultations, breached, rate}}, [pdd60]);
		expect(alerts.some(a => a.kind === 'fine-risk')).toBe(risk);
	});

	it('flags a rate under the target, and not one at it', () => {
		expect(rateAlerts({'reply-5m': {consultations: 10, breached: 3, rate: 0.7}}, [pdd5])).toEqual([{clock: 'reply-5m', kind: 'below-target', rate: 0.7, threshold: 0.8}]);
		expect(rateAlerts({'reply-5m': {consultations: 10, breached: 2, rate: 0.8}}, [pdd5])).toEqual([]);
	});
});

describe('daily figures counted again and again on one book, as the live header does', () => {
	it('give at every instant and after every new line what a fresh count gives', () => {
		const live = new ConversationBook();
		const lines = [
			message('buyer', '10:00:00', {conv: 'a'}),
			message('buyer', '10:02:00', {conv: 'b', agent: 'ahao'}),
			message('agent', '10:03:00', {conv: 'b', agent: 'ahao'}),
			message('agent', '10:07:00', {conv: 'a'}),
			message('buyer', '10:08:00', {conv: 'a'}),
		];
		const clocks = [REPLY_5M, REPLY_60M];
		const count = (book: ConversationBook, now: number) => dayFigures(book.all(), {date: DAY, tz: TZ, now, clocksFor: () => clocks});
		const fresh = (upTo: number, now: number) => {
			const book = new ConversationBook();
			for (const m of lines.slice(0, upTo)) book.add({...m});
			return count(book, now);
		};
		let added = 0;
		for (const clock of ['10:01:00', '10:03:30', '10:05:00', '10:05:01', '10:06:00', '10:07:30', '10:13:00', '10:13:01', '11:08:01']) {
			const now = at(clock);
			while (added < lines.length && lines[added]!.ts <= now) live.add(lines[added++]!);
			expect(count(live, now), clock).toEqual(fresh(added, now));
		}
		expect(count(live, at('11:08:01')).shops[0]!.clocks).toEqual({
			'reply-5m': {consultations: 2, breached: 1, rate: 0.5},
			'reply-60m': {consultations: 2, breached: 1, rate: 0.5},
		});
	});
});
