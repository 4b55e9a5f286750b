import type {Platform} from '../model/message.js';

/** The kinds of contract §6, in the order messages list them. */
export const ALERT_KINDS = ['breach', 'fine-risk', 'violation', 'complaint'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** One thing a supervisor must hear about, detected once. */
export interface AlertEvent {
	/** What makes it the same event after a restart: kind, conversation and clock or rule (see alert-engine.ts). */
	id: string;
	kind: AlertKind;
	platform: Platform;
	shop: string;
	/** Empty for `fine-risk`, which is about a shop. */
	conv: string;
	agent: string;
	/** Epoch ms: when it happened (the clock went over, the line was written, the rate fell). */
	at: number;
	/** How long the buyer had been waiting then; undefined when nobody was waiting. */
	waitedMs?: number;
	clock?: string;
	rule?: string;
	category?: string;
	/** The words that gave it away: the violation's match, the buyer's line. */
	words?: string;
	/** For `fine-risk`: the rate, the threshold it fell under, which one, and the fine. */
	rate?: {value: number; threshold: number; kind: 'below-target' | 'fine-risk'; yuan?: number};
}

/** A conversation entering at risk or breached on one clock: what rings the bell. */
export interface RiskEvent {
	key: string;
	platform: Platform;
	shop: string;
	conv: string;
	agent: string;
	clock: string;
	/** `ts` of the clock start: one wait. */
	startTs: number;
	status: 'warning' | 'breached';
	at: number;
	/** Time left on the clock at `at` (negative once over). */
	leftMs: number;
}

/** `--notify-on breach,complaint`: the kinds asked for, each checked. */
export function parseKinds(value: string): {kinds: Set<AlertKind>} | {bad: string} {
	const kinds = new Set<AlertKind>();
	for (const part of value
		.split(',')
		.map(p => p.trim())
		.filter(Boolean)) {
		if (!(ALERT_KINDS as readonly string[]).includes(part)) return {bad: part};
		kinds.add(part as AlertKind);
	}
	return kinds.size === 0 ? {bad: value} : {kinds};
}
