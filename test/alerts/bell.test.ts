import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {RiskEvent} from '../../source/alerts/alert-event.js';
import {Bell} from '../../source/alerts/bell.js';

const risk = (conv: string, clock = 'reply-5m', status: RiskEvent['status'] = 'warning', startTs = 1000): RiskEvent => ({
	key: `k${conv}`,
	platform: 'pinduoduo',
	shop: '',
	conv,
	agent: 'a',
	clock,
	startTs,
	status,
	at: 0,
	leftMs: 0,
});

describe('the bell', () => {
	beforeEach(() => vi.useFakeTimers({now: 0}));
	afterEach(() => vi.useRealTimers());

	it('rings once per conversation, clock and wait, and at most once in 5 s, the one held back rung after the gap', () => {
		let rings = 0;
		const bell = new Bell(() => (rings += 1), Date.now);
		bell.onRisk(risk('c1'));
		expect(rings).toBe(1);
		bell.onRisk(risk('c1', 'reply-5m', 'breached'));
		expect(rings).toBe(1);
		bell.onRisk(risk('c2'));
		bell.onRisk(risk('c3'));
		vi.advanceTimersByTime(4999);
		expect(rings).toBe(1);
		vi.advanceTimersByTime(1);
		expect(rings).toBe(2);
		vi.advanceTimersByTime(60_000);
		expect(rings).toBe(2);
		bell.onRisk(risk('c1', 'reply-60m'));
		bell.onRisk(risk('c1', 'reply-5m', 'warning', 9000));
		expect(rings).toBe(3);
		vi.advanceTimersByTime(5000);
		expect(rings).toBe(4);
		bell.stop();
	});
});
