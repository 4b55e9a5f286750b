import {conversationClockStarts} from './conversation-clocks.js';
import type {Conversation} from './conversation.js';
import type {ClockDefinition} from './reply-clock.js';

/** What one conversation adds to a day's figures, for one of its platform's clocks. */
export interface ClockShare {
	clockId: string;
	breached: boolean;
	/** Each agent with a clock start that day, and whether one of theirs was breached. */
	agents: [agent: string, breached: boolean][];
}

/** What one conversation adds to the figures of one day (contract §2). */
export interface ConversationDay {
	/** Only the clocks it has a start of that day. */
	clocks: ClockShare[];
	/** The first clock's first start of the day, when answered: who answered and how fast. */
	firstResponse?: {agent: string; seconds: number};
	/** Until this instant nothing here can change unless a message arrives: a pending wait going over its limit. */
	validUntil: number;
	/** Its latest message's time: a later one than `now` enters the figures as time passes. */
	latestTs: number;
	/** Its (platform, shop), the group it counts in. */
	shopKey: string;
}

/** A share with what it was worked out for; one shape for all, as a million are kept. */
class Kept {
	constructor(
		readonly share: ConversationDay,
		readonly count: number,
		readonly date: string,
		readonly tz: string,
		readonly clockList: readonly ClockDefinition[],
		readonly from: number,
	) {}
}

// The live header recounts the day whenever a line arrives; each conversation's share is kept
// until it gains a message or a pending wait of its goes over its limit, so a recount is a sum.
const kept = new WeakMap<Conversation, Kept>();

export function conversationDay(
	conversation: Conversation,
	clocks: readonly ClockDefinition[],
	query: {date: string; tz: string; now: number; day: {start: number; end: number}},
): ConversationDay {
	const {messages} = conversation;
	const known = kept.get(conversation);
	if (
		known &&
		known.count === messages.length &&
		known.share.latestTs <= query.now &&
		known.date === query.date &&
		known.tz === query.tz &&
		known.clockList === clocks &&
		query.now >= known.from &&
		query.now < known.share.validUntil
	) {
		return known.share;
	}
	const share = shareOf(conversation, clocks, query);
	if (share.latestTs <= query.now) kept.set(conversation, new Kept(share, messages.length, query.date, query.tz, clocks, query.now));
	return share;
}

function shareOf(conversation: Conversation, clocks: readonly ClockDefinition[], query: {tz: string; now: number; day: {start: number; end: number}}): ConversationDay {
	const share: ConversationDay = {
		clocks: [],
		firstResponse: undefined,
		validUntil: Infinity,
		latestTs: conversation.messages.at(-1)?.ts ?? 0,
		shopKey: `${conversation.platform}\u0000${conversation.shop}`,
	};
	clocks.forEach((clock, index) => {
		const starts = conversationClockStarts(conversation, clock, query.tz, query.now, query.day);
		if (starts.length === 0) return;
		const pending = starts.at(-1)!;
		if (pending.repliedAt === undefined && pending.status !== 'breached') share.validUntil = Math.min(share.validUntil, pending.at + clock.limitSeconds * 1000 + 1);
		const agents = new Map<string, boolean>();
		for (const start of starts) agents.set(start.message.agent, (agents.get(start.message.agent) ?? false) || start.status === 'breached');
		share.clocks.push({clockId: clock.id, breached: starts.some(start => start.status === 'breached'), agents: [...agents]});
		const first = starts[0]!;
		if (index === 0 && first.repliedAt !== undefined) share.firstResponse = {agent: first.message.agent, seconds: first.waitMs / 1000};
	});
	return share;
}
