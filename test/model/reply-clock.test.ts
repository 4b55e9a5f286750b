import {describe, expect, it} from 'vitest';
import {parseLogLine} from '../../source/ingest/parse-line.js';
import {clockStarts, clockStatus, startsAlike} from '../../source/model/reply-clock.js';
import {at, HUMAN_3M, message, REPLY_5M, REPLY_60M, TZ} from '../helpers/messages.js';

describe('clock starts (contract §2)', () => {
	it.each([
		['ISO with offset', (clock: string) => `2026-11-22T${clock}+08:00`],
		['ISO in UTC', (clock: string) => new Date(at(clock)).toISOString()],
		['ISO without offset, read in --tz', (clock: string) => `2026-11-22 ${clock}`],
		['epoch milliseconds', (clock: string) => at(clock)],
	])('gives the same starts whatever the timestamp form: %s', (_name, form) => {
		const context = {file: 'x.jsonl', line: 1, offset: 0, fileAgent: 'xiaomei', defaultPlatform: 'pinduoduo' as const, tz: TZ};
		const lines = [
			['buyer', '07:59:59'],
			['buyer', '08:00:00'],
			['agent', '08:05:01'],
			['buyer', '22:59:59'],
		].map(([from, clock]) => parseLogLine(JSON.stringify({ts: form(clock!), conv: 'c', from, text: 'x'}), context));
		const messages = lines.flatMap(parsed => (parsed.ok ? [parsed.message] : []));
		expect(messages).toHaveLength(4);
		expect(clockStarts(messages, REPLY_5M, TZ, at('23:30:00')).map(s => [s.at, s.status])).toEqual([
			[at('08:00:00'), 'breached'],
			[at('22:59:59'), 'breached'],
		]);
	});

	it('starts at the first buyer message of a run and stops at the first reply', () => {
		const messages = [message('buyer', '10:00:00'), message('buyer', '10:02:00'), message('agent', '10:04:00'), message('buyer', '10:10:00')];
		const starts = clockStarts(messages, REPLY_5M, TZ, at('10:11:00'));
		expect(starts.map(s => [s.at, s.repliedAt, s.waitMs, s.status])).toEqual([
			[at('10:00:00'), at('10:04:00'), 240_000, 'ok'],
			[at('10:10:00'), undefined, 60_000, 'ok'],
		]);
	});

	it.each([
		['a reply at exactly the limit is in time', '10:05:00', 'ok'],
		['a reply one second over the limit breaches', '10:05:01', 'breached'],
	])('%s', (_name, replyAt, status) => {
		const starts = clockStarts([message('buyer', '10:00:00'), message('agent', replyAt)], REPLY_5M, TZ, at('12:00:00'));
		expect(starts[0]?.status).toBe(status);
	});

	it.each([
		['07:59:59', 'buyer before the window starts no clock', 0],
		['08:00:00', 'buyer at 08:00:00 starts a clock', 1],
		['22:59:59', 'buyer at 22:59:59 starts a clock', 1],
		['23:00:00', 'buyer at 23:00:00 starts no clock', 0],
	])('%s: %s', (clock, _name, count) => {
		const starts = clockStarts([message('buyer', clock)], REPLY_5M, TZ, at('23:59:00'));
		expect(starts).toHaveLength(count);
	});

	it('starts a run begun before 08:00 at its first in-window message', () => {
		const messages = [message('buyer', '07:58:00'), message('buyer', '08:01:00'), message('agent', '08:07:00')];
		const [start] = clockStarts(messages, REPLY_5M, TZ, at('09:00:00'));
		expect(start).toMatchObject({at: at('08:01:00'), waitMs: 360_000, status: 'breached'});
	});

	it('counts the real wait of a start at 22:59:59, past the window end', () => {
		const [start] = clockStarts([message('buyer', '22:59:59'), message('agent', '23:06:00')], REPLY_5M, TZ, at('23:30:00'));
		expect(start?.status).toBe('breached');
	});

	it('lets a bot reply stop the 5-minute clock but not a human-only clock', () => {
		const messages = [message('buyer', '10:00:00'), message('bot', '10:00:05'), message('agent', '10:04:00')];
		expect(clockStarts(messages, REPLY_5M, TZ, at('11:00:00'))[0]?.waitMs).toBe(5_000);
		const human = clockStarts(messages, HUMAN_3M, TZ, at('11:00:00'));
		expect(human.map(s => [s.waitMs, s.status])).toEqual([[240_000, 'breached']]);
	});

	it('ignores system lines: they neither reply nor start', () => {
		const messages = [message('buyer', '10:00:00'), message('system', '10:01:00'), message('agent', '10:06:00')];
		expect(clockStarts(messages, REPLY_5M, TZ, at('11:00:00'))[0]?.waitMs).toBe(360_000);
		expect(clockStarts([message('system', '10:00:00')], REPLY_5M, TZ, at('11:00:00'))).toEqual([]);
	});

	it('measures a pending wait up to now, with warning only while pending', () => {
		const messages = [message('buyer', '10:00:00')];
		expect(clockStarts(messages, REPLY_5M, TZ, at('10:02:59'))[0]?.status).toBe('ok');
		expect(clockStarts(messages, REPLY_5M, TZ, at('10:03:00'))[0]?.status).toBe('warning');
		expect(clockStarts(messages, REPLY_5M, TZ, at('10:05:00'))[0]?.status).toBe('warning');
		expect(clockStarts(messages, REPLY_5M, TZ, at('10:05:01'))[0]?.status).toBe('breached');
		expect(clockStatus(REPLY_5M, 250_000, false)).toBe('ok');
	});

	it('keeps the 60-minute clock independent of the 5-minute one', () => {
		const messages = [message('buyer', '10:00:00'), message('agent', '10:50:00')];
		expect(clockStarts(messages, REPLY_5M, TZ, at('12:00:00'))[0]?.status).toBe('breached');
		expect(clockStarts(messages, REPLY_60M, TZ, at('12:00:00'))[0]?.status).toBe('ok');
	});
});

describe('clocks that start alike', () => {
	it('share their starts only with the same counted window and the same replies', () => {
		expect(startsAlike(REPLY_5M, REPLY_60M)).toBe(true);
		expect(startsAlike(REPLY_5M, HUMAN_3M)).toBe(false);
		expect(startsAlike(REPLY_5M, {...REPLY_60M, window: {...REPLY_60M.window, fromSecond: 9 * 3600}})).toBe(false);
		expect(startsAlike(REPLY_5M, {...REPLY_60M, stoppedBy: ['bot', 'agent']})).toBe(true);
	});
});
