import {dayRange} from '../time/zone.js';
import type {Conversation} from './conversation.js';
import {BREACHED, conversationDay, STARTED, type DayShareQuery} from './conversation-day.js';
import type {Platform} from './message.js';
import type {ClockDefinition} from './reply-clock.js';

/** One clock's figures for a day (contract §2). */
export interface ClockFigures {
	consultations: number;
	breached: number;
	/** (consultations − breached) / consultations; null when there were none. */
	rate: number | null;
}

export interface FirstResponse {
	/** Mean seconds from a consultation's first clock start of the day to the reply; null if none replied. */
	averageSeconds: number | null;
	replied: number;
}

export interface ShopDay {
	platform: Platform;
	shop: string;
	consultations: number;
	clocks: Record<string, ClockFigures>;
	firstResponse: FirstResponse;
}

export interface AgentDay {
	agent: string;
	consultations: number;
	clocks: Record<string, ClockFigures>;
	firstResponse: FirstResponse;
}

export interface DayFigures {
	shops: ShopDay[];
	agents: AgentDay[];
	/**
	 * Until this instant the figures cannot change unless a message or record arrives: the
	 * earliest moment a pending wait goes over its limit, or the day ends.
	 */
	stableUntil: number;
}

export interface DayQuery {
	date: string;
	tz: string;
	now: number;
	clocksFor: (platform: Platform) => readonly ClockDefinition[];
	/** Conversations marked spam are left out of every count. */
	isSpam?: (conversation: Conversation) => boolean;
}

/**
 * Tallies of one group (a shop or an agent) while the day is counted. Conversations are visited
 * one at a time, so remembering the last one counted is enough to count each once — the live
 * header recounts the whole day every second.
 */
interface Tally {
	conversations: number;
	lastConversation?: Conversation;
	clocks: Map<string, {consultations: number; breached: number}>;
	responses: number[];
}

/** Reply-clock figures per shop and per agent for one local day, as contract §2 defines them. */
export function dayFigures(conversations: Iterable<Conversation>, query: DayQuery): DayFigures {
	const shops = new ShopTallies();
	const agents = new Map<string, Tally>();
	const day = dayRange(query.date, query.tz);
	let stableUntil = day.end;
	// One key per platform's clocks for this count, shared by every share it works out.
	const keys = new Map<readonly ClockDefinition[], DayShareQuery>();
	// A shop's conversations are nearly all of one platform: its clocks are asked for when it changes.
	let platform: Platform | undefined;
	let clocks: readonly ClockDefinition[] = [];
	let dayQuery: DayShareQuery | undefined;
	for (const conversation of conversations) {
		if (query.isSpam?.(conversation)) continue;
		if (conversation.platform !== platform || !dayQuery) {
			clocks = query.clocksFor((platform = conversation.platform));
			dayQuery = keys.get(clocks);
			if (!dayQuery) keys.set(clocks, (dayQuery = {key: {date: query.date, tz: query.tz, clocks}, now: query.now, day}));
		}
		const share = conversationDay(conversation, dayQuery);
		// A message stamped after `now` would enter the figures as time passes: recount soon.
		if (share.latestTs > query.now) stableUntil = Math.min(stableUntil, query.now + 1000);
		if (share.clockBits === 0) continue;
		stableUntil = Math.min(stableUntil, share.validUntil);
		const shop = shops.of(conversation);
		countClocks(shop, clocks, conversation, share.clockBits);
		if (typeof share.agents === 'string') countClocks(tallyOf(agents, share.agents), clocks, conversation, share.clockBits);
		else for (const own of share.agents) countClocks(tallyOf(agents, own.agent), clocks, conversation, own.clockBits);
		if (share.firstResponseAgent !== undefined) {
			shop.responses.push(share.firstResponseSeconds);
			tallyOf(agents, share.firstResponseAgent).responses.push(share.firstResponseSeconds);
		}
	}
	return {
		shops: shops
			.all()
			.map(t => ({platform: t.platform, shop: t.shop, ...summarise(t)}))
			.sort((a, b) => `${a.platform}${a.shop}`.localeCompare(`${b.platform}${b.shop}`)),
		agents: [...agents.entries()].map(([agent, t]) => ({agent, ...summarise(t)})).sort((a, b) => a.agent.localeCompare(b.agent)),
		stableUntil,
	};
}

type ShopTally = Tally & {platform: Platform; shop: string};

/** The shops' tallies by platform and shop name, found without building a key string per conversation. */
class ShopTallies {
	private readonly byPlatform = new Map<Platform, Map<string, ShopTally>>();

	of(conversation: Conversation): ShopTally {
		let ofPlatform = this.byPlatform.get(conversation.platform);
		if (!ofPlatform) this.byPlatform.set(conversation.platform, (ofPlatform = new Map()));
		let tally = ofPlatform.get(conversation.shop);
		if (!tally) ofPlatform.set(conversation.shop, (tally = {...newTally(), platform: conversation.platform, shop: conversation.shop}));
		return tally;
	}

	all(): ShopTally[] {
		return [...this.byPlatform.values()].flatMap(shops => [...shops.values()]);
	}
}

/** Counts one conversation in a tally, for each clock it has a start of that day. */
function countClocks(tally: Tally, clocks: readonly ClockDefinition[], conversation: Conversation, clockBits: number): void {
	for (let index = 0; index < clocks.length; index += 1) {
		if (clockBits & STARTED(index)) count(tally, clocks[index]!.id, conversation, (clockBits & BREACHED(index)) !== 0);
	}
}

/** Counts one conversation's starts of one clock; called at most once per tally, clock and conversation. */
function count(tally: Tally, clockId: string, conversation: Conversation, breached: boolean): void {
	if (tally.lastConversation !== conversation) {
		tally.lastConversation = conversation;
		tally.conversations += 1;
	}
	let clock = tally.clocks.get(clockId);
	if (!clock) {
		clock = {consultations: 0, breached: 0};
		tally.clocks.set(clockId, clock);
	}
	clock.consultations += 1;
	if (breached) clock.breached += 1;
}

function summarise(tally: Tally): {consultations: number; clocks: Record<string, ClockFigures>; firstResponse: FirstResponse} {
	const clocks: Record<string, ClockFigures> = {};
	for (const [id, {consultations, breached}] of tally.clocks) clocks[id] = clockFigures(consultations, breached);
	const total = tally.responses.reduce((sum, seconds) => sum + seconds, 0);
	const replied = tally.responses.length;
	return {consultations: tally.conversations, clocks, firstResponse: {averageSeconds: replied > 0 ? total / replied : null, replied}};
}

export function clockFigures(consultations: number, breached: number): ClockFigures {
	return {consultations, breached, rate: consultations > 0 ? (consultations - breached) / consultations : null};
}

function newTally(): Tally {
	return {conversations: 0, clocks: new Map(), responses: []};
}

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
	let tally = tallies.get(key);
	if (!tally) {
		tally = newTally();
		tallies.set(key, tally);
	}
	return tally;
}
