import {secondOfDay, type Zone} from '../time/zone.js';
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

export function isInCountedWindow(ts: number, clock: ClockDefinition, tz: Zone): boolean {
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
export function clockStarts(messages: readonly ChatMessage[], clock: ClockDefinition, tz: Zone, now: number): ClockStart[] {
	return startsFromIndexes(messages, startIndexes(messages, clock, tz), clock, now);
}

/**
 * The clock starts as pairs of message indexes, `[start, reply, start, reply, …]`, with −1 for
 * a reply still awaited: all that does not change with the time, in a few bytes a start.
 */
export function startIndexes(messages: readonly ChatMessage[], clock: ClockDefinition, tz: Zone): number[] {
	const pairs: number[] = [];
	let inRun = false;
	let start = -1;
	for (let index = 0; index < messages.length; index += 1) {
		const message = messages[index]!;
		if (!isConversational(message)) continue;
		if (message.from === 'buyer') {
			inRun = true;
			if (start === -1 && isInCountedWindow(message.ts, clock, tz)) start = index;
		} else if (inRun && clock.stoppedBy.includes(message.from)) {
			if (start !== -1) pairs.push(start, index);
			inRun = false;
			start = -1;
		}
	}
	if (start !== -1) pairs.push(start, -1);
	return pairs;
}

/** Whether two clocks start on the same messages: the same counted window and the same replies stop them. */
export function startsAlike(a: ClockDefinition, b: ClockDefinition): boolean {
	return (
		a.window.fromSecond === b.window.fromSecond && a.window.toSecond === b.window.toSecond && a.stoppedBy.length === b.stoppedBy.length && a.stoppedBy.every(sender => b.stoppedBy.includes(sender))
	);
}

/** The starts of `pairs` (from `startIndexes`) evaluated at `now`, optionally only those in [from, to). */
export function startsFromIndexes(messages: readonly ChatMessage[], pairs: readonly number[], clock: ClockDefinition, now: number, range?: {start: number; end: number}): ClockStart[] {
	const starts: ClockStart[] = [];
	visitStarts(messages, pairs, clock, now, range, (message, repliedAt, waitMs, status) => starts.push({message, at: message.ts, repliedAt, waitMs, status}));
	return starts;
}

/** What `visitStarts` hands over of each start: its message, the reply's time, the wait so far, its status. */
export type StartVisitor = (message: ChatMessage, repliedAt: number | undefined, waitMs: number, status: ClockStatus) => void;

/** `startsFromIndexes` one start at a time, without building a list: counting a day visits every start of every conversation. */
export function visitStarts(
	messages: readonly ChatMessage[],
	pairs: readonly number[],
	clock: ClockDefinition,
	now: number,
	range: {start: number; end: number} | undefined,
	visit: StartVisitor,
): void {
	for (let i = 0; i < pairs.length; i += 2) {
		const message = messages[pairs[i]!]!;
		if (range && (message.ts < range.start || message.ts >= range.end)) continue;
		const reply = pairs[i + 1]!;
		const repliedAt = reply === -1 ? undefined : messages[reply]!.ts;
		// A start stamped ahead of `now` (the sender's clock runs fast) has waited nothing yet.
		const waitMs = repliedAt === undefined ? Math.max(0, now - message.ts) : repliedAt - message.ts;
		visit(message, repliedAt, waitMs, clockStatus(clock, waitMs, repliedAt === undefined));
	}
}
