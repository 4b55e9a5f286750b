import {dayRange, type Zone} from '../time/zone.js';
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

/** One local hour of a day: consultations by the hour of their first clock start, breaches per clock by the hour of the first breached start. */
export interface HourFigures {
	hour: number;
	consultations: number;
	breached: Record<string, number>;
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
	/** 24 entries, hour 0 to 23; they add up to `consultations` and to each clock's `breached`. */
	byHour: HourFigures[];
}

export interface AgentDay {
	agent: string;
	consultations: number;
	clocks: Record<string, ClockFigures>;
	firstResponse: FirstResponse;
	/** As a shop's; a conversation shared by several agents counts at each one's own first start. */
	byHour: HourFigures[];
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
	tz: Zone;
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
	clocks: Map<string, {consultations: number; breached: number; byHour: number[]}>;
	responses: number[];
	hours: number[];
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
		countClocks(shop, clocks, conversation, share.clockBits, share.startHour, share.breachHours);
		if (typeof share.agents === 'string') countClocks(tallyOf(agents, share.agents), clocks, conversation, share.clockBits, share.startHour, share.breachHours);
		else for (const own of share.agents) countClocks(tallyOf(agents, own.agent), clocks, conversation, own.clockBits, own.hour, undefined);
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

/**
 * Counts one conversation in a tally, for each clock it has a start of that day, in the hour of
 * its first start (its breaches in the hour of each clock's first breached start, when known).
 */
function countClocks(tally: Tally, clocks: readonly ClockDefinition[], conversation: Conversation, clockBits: number, hour: number, breachHours: readonly number[] | undefined): void {
	for (let index = 0; index < clocks.length; index += 1) {
		if (!(clockBits & STARTED(index))) continue;
		const breachHour = clockBits & BREACHED(index) ? (breachHours?.[index] ?? hour) : -1;
		count(tally, clocks[index]!.id, conversation, hour, breachHour);
	}
}

/** Counts one conversation's starts of one clock; called at most once per tally, clock and conversation. */
function count(tally: Tally, clockId: string, conversation: Conversation, hour: number, breachHour: number): void {
	if (tally.lastConversation !== conversation) {
		tally.lastConversation = conversation;
		tally.conversations += 1;
		tally.hours[hour]! += 1;
	}
	let clock = tally.clocks.get(clockId);
	if (!clock) {
		clock = {consultations: 0, breached: 0, byHour: new Array<number>(24).fill(0)};
		tally.clocks.set(clockId, clock);
	}
	clock.consultations += 1;
	if (breachHour >= 0) {
		clock.breached += 1;
		clock.byHour[breachHour]! += 1;
	}
}

function summarise(tally: Tally): {consultations: number; clocks: Record<string, ClockFigures>; firstResponse: FirstResponse; byHour: HourFigures[]} {
	const clocks: Record<string, ClockFigures> = {};
	for (const [id, {consultations, breached}] of tally.clocks) clocks[id] = clockFigures(consultations, breached);
	const total = tally.responses.reduce((sum, seconds) => sum + seconds, 0);
	const replied = tally.responses.length;
	const byHour = tally.hours.map((consultations, hour) => {
		const breached: Record<string, number> = {};
		for (const [id, clock] of tally.clocks) breached[id] = clock.byHour[hour]!;
		return {hour, consultations, breached};
	});
	return {consultations: tally.conversations, clocks, firstResponse: {averageSeconds: replied > 0 ? total / replied : null, replied}, byHour};
}

/** A day's 24 hours with nothing in them, each clock of `clockIds` at 0. */
export function emptyHours(clockIds: readonly string[]): HourFigures[] {
	return Array.from({length: 24}, (_, hour) => ({hour, consultations: 0, breached: Object.fromEntries(clockIds.map(id => [id, 0]))}));
}

export function clockFigures(consultations: number, breached: number): ClockFigures {
	return {consultations, breached, rate: consultations > 0 ? (consultations - breached) / consultations : null};
}

function newTally(): Tally {
	return {conversations: 0, clocks: new Map(), responses: [], hours: new Array<number>(24).fill(0)};
}

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
	let tally = tallies.get(key);
	if (!tally) {
		tally = newTally();
		tallies.set(key, tally);
	}
	return tally;
}
