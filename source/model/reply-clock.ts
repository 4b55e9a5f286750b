import {secondOfDay} from '../time/zone.js';
import {isConversational} from './conversation.js';
import type {ChatMessage, Sender} from './message.js';

/** A reply deadline from a platform's rule pack (contract §2). */
export interface ClockDefinition {
	id: string;
	limitSeconds: number;
	/** Warning when a pending wait has this many seconds or fewer left. */
	warnSeconds: number;
	/** Counted window, seconds of the local day: buyer messages in [from, to) start clocks. */
	window: {fromSecond: number; toSecond: number};
	/** Senders whose message is a reply that stops the clock. */
	stoppedBy: readonly Sender[];
	label: {zh: string; en: string};
	/** The seed document the figures come from. */
	source: string;
	/** Daily rate the shop must reach, 0..1. */
	target?: number;
	/** The fine: more than `minConsultations` in a day and a rate under `rateBelow`. */
	fine?: FineCondition;
}

export interface FineCondition {
	minConsultations: number;
	rateBelow: number;
	yuan: number;
}

export type ClockStatus = 'ok' | 'warning' | 'breached';

/** One clock start: the first in-window buyer message of a run, and how its wait ended. */
export interface ClockStart {
	message: ChatMessage;
	at: number;
	/** `ts` of the reply that stopped it; undefined while pending. */
	repliedAt?: number;
	waitMs: number;
	status: ClockStatus;
}

export function isInCountedWindow(ts: number, clock: ClockDefinition, tz: string): boolean {
	const second = secondOfDay(ts, tz);
	return second >= clock.window.fromSecond && second < clock.window.toSecond;
}

export function clockStatus(clock: ClockDefinition, waitMs: number, pending: boolean): ClockStatus {
	const limitMs = clock.limitSeconds * 1000;
	if (waitMs > limitMs) return 'breached';
	if (pending && limitMs - waitMs <= clock.warnSeconds * 1000) return 'warning';
	return 'ok';
}

/**
 * Every clock start of one conversation for one clock, evaluated at `now`.
 * `messages` must be ordered by `ts` and hold nothing after `now`.
 */
export function clockStarts(messages: readonly ChatMessage[], clock: ClockDefinition, tz: string, now: number): ClockStart[] {
	const starts: ClockStart[] = [];
	let inRun = false;
	let start: ChatMessage | undefined;
	const close = (repliedAt: number | undefined) => {
		if (start) {
			const waitMs = (repliedAt ?? now) - start.ts;
			const pending = repliedAt === undefined;
			starts.push({message: start, at: start.ts, repliedAt, waitMs, status: clockStatus(clock, waitMs, pending)});
		}
		inRun = false;
		start = undefined;
	};
	for (const message of messages) {
		if (!isConversational(message)) continue;
		if (message.from === 'buyer') {
			inRun = true;
			if (!start && isInCountedWindow(message.ts, clock, tz)) start = message;
		} else if (inRun && clock.stoppedBy.includes(message.from)) {
			close(message.ts);
		}
	}
	close(undefined);
	return starts;
}
