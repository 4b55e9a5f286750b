import {messagesUntil, type Conversation} from './conversation.js';
import {startIndexes, startsAlike, visitStarts, type ClockDefinition} from './reply-clock.js';
import {secondOfDay, type Zone} from '../time/zone.js';

declare module './conversation.js' {
	interface Conversation {
		/** Its share of the day last counted, until it gains a message or a pending wait goes over. */
		day?: ConversationDay;
	}
}

/** Per clock of the platform (by its index), two bits: it has a start that day; one of them was breached. */
export const STARTED = (clockIndex: number) => 1 << (2 * clockIndex);
export const BREACHED = (clockIndex: number) => 2 << (2 * clockIndex);

export interface AgentShare {
	agent: string;
	clockBits: number;
	/** The local hour (0–23) of this agent's first clock start that day. */
	hour: number;
}

/** The local hour (0–23) of an instant in `tz`. */
export function localHour(ts: number, tz: Zone): number {
	return Math.floor(secondOfDay(ts, tz) / 3600);
}

/**
 * What one conversation adds to the figures of one day (contract §2), kept compact: the live
 * header recounts the day whenever a line arrives, from one of these per conversation. (The
 * plain version, a map of clock id to {started, breached} per conversation and agent, made
 * the recount allocate by the million; the clocks' flags are bits instead, `STARTED`/`BREACHED`.)
 * Made in one place (`shareOf`), so that every share has the same shape.
 */
export interface ConversationDay {
	/** Its latest message's time: a later one than `now` enters the figures as time passes. */
	readonly latestTs: number;
	/** Until this instant nothing here can change unless a message arrives: a pending wait going over its limit. */
	readonly validUntil: number;
	readonly clockBits: number;
	/** The agent of every start that day (nearly always one), else each agent with their own bits. */
	readonly agents: string | readonly AgentShare[];
	/** The first clock's first start of the day, when answered: who answered and how fast. */
	readonly firstResponseAgent: string | undefined;
	readonly firstResponseSeconds: number;
	/** The local hour of its first clock start that day (any clock): the hour it counts in. */
	readonly startHour: number;
	/** Per clock (by index), the hour of its first breached start that day; undefined when none was breached. */
	readonly breachHours: readonly number[] | undefined;
	/** What it was worked out for: this many messages, that day, from `now` = `from` on. */
	readonly count: number;
	readonly day: DayKey;
	readonly from: number;
}

/** One day in one zone with one platform's clocks: what a kept share was worked out for, one per count and platform. */
export interface DayKey {
	date: string;
	tz: Zone;
	clocks: readonly ClockDefinition[];
}

/** What a day is counted for: the day's key (one object for every share of one count), its range and `now`. */
export interface DayShareQuery {
	key: DayKey;
	now: number;
	day: {start: number; end: number};
}

/**
 * A conversation's share of a day, kept on it (`Conversation.day`) until it gains a message or a
 * pending wait of its goes over its limit, so that a recount is a sum.
 */
export function conversationDay(conversation: Conversation, query: DayShareQuery): ConversationDay {
	const known = conversation.day;
	const {key} = query;
	if (
		known &&
		known.count === conversation.messages.length &&
		known.latestTs <= query.now &&
		(known.day === key || (known.day.date === key.date && known.day.tz === key.tz && known.day.clocks === key.clocks)) &&
		query.now >= known.from &&
		query.now < known.validUntil
	) {
		return known;
	}
	const share = shareOf(conversation, query);
	if (share.latestTs <= query.now) conversation.day = share;
	return share;
}

function shareOf(conversation: Conversation, query: DayShareQuery): ConversationDay {
	const {clocks, tz} = query.key;
	let validUntil = Infinity;
	let clockBits = 0;
	const agents = new AgentBits();
	let firstResponse: {agent: string; seconds: number} | undefined;
	let firstStart = Infinity;
	let breachHours: number[] | undefined;
	// A frozen `now` before the latest message sees only the past. The starts are worked out
	// afresh each time: kept for every conversation, those of a million messages were most of the memory.
	const messages = messagesUntil(conversation, query.now);
	let pairs: readonly number[] = [];
	for (let index = 0; index < clocks.length; index += 1) {
		const clock = clocks[index]!;
		// A platform's 5- and 60-minute clocks start on the same messages: one pass serves both.
		if (index === 0 || !startsAlike(clocks[index - 1]!, clock)) pairs = startIndexes(messages, clock, tz);
		let first = true;
		let pendingSince: number | undefined;
		visitStarts(messages, pairs, clock, query.now, query.day, (message, repliedAt, waitMs, status) => {
			const bits = STARTED(index) | (status === 'breached' ? BREACHED(index) : 0);
			if (status === 'breached' && !(clockBits & BREACHED(index))) (breachHours ??= [])[index] = localHour(message.ts, tz);
			clockBits |= bits;
			if (message.ts < firstStart) firstStart = message.ts;
			agents.add(message.agent, bits, message.ts);
			if (index === 0 && first && repliedAt !== undefined) firstResponse = {agent: message.agent, seconds: waitMs / 1000};
			first = false;
			// Only the last start can still be waiting; until it goes over its limit nothing here changes.
			pendingSince = repliedAt === undefined && status !== 'breached' ? message.ts : undefined;
		});
		if (pendingSince !== undefined) validUntil = Math.min(validUntil, pendingSince + clock.limitSeconds * 1000 + 1);
	}
	return {
		latestTs: conversation.messages.at(-1)?.ts ?? 0,
		validUntil,
		clockBits,
		agents: agents.shares(tz),
		firstResponseAgent: firstResponse?.agent,
		firstResponseSeconds: firstResponse?.seconds ?? 0,
		startHour: firstStart === Infinity ? 0 : localHour(firstStart, tz),
		breachHours,
		count: conversation.messages.length,
		day: query.key,
		from: query.now,
	};
}

/** Each agent's clock bits in one conversation: nearly always one agent, kept without a map. */
class AgentBits {
	private sole: string | undefined;
	private soleBits = 0;
	private soleFirst = Infinity;
	private several: Map<string, {bits: number; first: number}> | undefined;

	add(agent: string, bits: number, ts: number): void {
		if (!this.several && (this.sole === undefined || this.sole === agent)) {
			this.sole = agent;
			this.soleBits |= bits;
			this.soleFirst = Math.min(this.soleFirst, ts);
			return;
		}
		this.several ??= new Map([[this.sole!, {bits: this.soleBits, first: this.soleFirst}]]);
		const known = this.several.get(agent);
		this.several.set(agent, known ? {bits: known.bits | bits, first: Math.min(known.first, ts)} : {bits, first: ts});
	}

	/** A sole agent's first start is the conversation's own: only several agents need an hour each. */
	shares(tz: Zone): string | AgentShare[] {
		if (this.several) return [...this.several].map(([agent, {bits, first}]) => ({agent, clockBits: bits, hour: localHour(first, tz)}));
		return this.sole ?? [];
	}
}
