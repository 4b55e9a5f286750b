import {messagesUntil, type Conversation} from './conversation.js';
import {clockStarts, clockStatus, type ClockDefinition, type ClockStart} from './reply-clock.js';

interface CachedStarts {
	count: number;
	tz: string;
	starts: ClockStart[];
}

// Starts whose reply has come never change again; only a pending last start moves with the
// time. The board and today's figures are redrawn every second, so the starts are worked out
// once per new message and only the pending wait is brought up to `now`.
const cache = new WeakMap<Conversation, Map<ClockDefinition, CachedStarts>>();

/** `clockStarts` of a conversation at `now`, cached until the conversation gains a message. */
export function conversationClockStarts(conversation: Conversation, clock: ClockDefinition, tz: string, now: number): ClockStart[] {
	const {messages} = conversation;
	const latest = messages.at(-1);
	if (!latest) return [];
	// A frozen `now` before the latest message sees only the past; that view is not cached.
	if (latest.ts > now) return clockStarts(messagesUntil(conversation, now), clock, tz, now);
	let perClock = cache.get(conversation);
	if (!perClock) {
		perClock = new Map();
		cache.set(conversation, perClock);
	}
	let entry = perClock.get(clock);
	if (!entry || entry.count !== messages.length || entry.tz !== tz) {
		entry = {count: messages.length, tz, starts: clockStarts(messages, clock, tz, latest.ts)};
		perClock.set(clock, entry);
	}
	const last = entry.starts.at(-1);
	if (!last || last.repliedAt !== undefined) return entry.starts;
	const waitMs = now - last.at;
	return [...entry.starts.slice(0, -1), {...last, waitMs, status: clockStatus(clock, waitMs, true)}];
}
