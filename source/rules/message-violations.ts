import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {dayRange} from '../time/zone.js';
import {findViolations, isChecked, type Violation} from './find-violations.js';
import type {RulePacks} from './load-rule-packs.js';

// A message's words never change, so each is checked once however often the board redraws.
// Compliant messages, nearly all of them, share one empty list.
const caches = new WeakMap<RulePacks, WeakMap<ChatMessage, Violation[]>>();
const NONE: Violation[] = [];

/** The violations in one message; buyer and system lines have none. */
export function violationsOf(message: ChatMessage, packs: RulePacks): Violation[] {
	if (!isChecked(message.from)) return NONE;
	const cache = cacheOf(packs);
	let violations = cache.get(message);
	// The session checks each message as it is read, before its words may be let go.
	if (!violations && message.text === undefined) return NONE;
	if (!violations) {
		const found = findViolations(message.text!, message.platform, packs);
		violations = found.length > 0 ? found : NONE;
		cache.set(message, violations);
	}
	return violations;
}

/** Keeps what was found for a message elsewhere (a worker thread), as `violationsOf` would have. */
export function rememberViolations(message: ChatMessage, packs: RulePacks, found: Violation[]): void {
	cacheOf(packs).set(message, found.length > 0 ? found : NONE);
}

function cacheOf(packs: RulePacks): WeakMap<ChatMessage, Violation[]> {
	let cache = caches.get(packs);
	if (!cache) {
		cache = new WeakMap();
		caches.set(packs, cache);
	}
	return cache;
}

export interface MessageViolation {
	message: ChatMessage;
	violation: Violation;
}

const byConversation = new WeakMap<Conversation, {count: number; packs: RulePacks; found: MessageViolation[]}>();

/** Every violation in a conversation, in message order; worked out again only when it gains messages. */
export function conversationViolations(conversation: Conversation, packs: RulePacks): MessageViolation[] {
	const cached = byConversation.get(conversation);
	if (cached && cached.count === conversation.messages.length && cached.packs === packs) return cached.found;
	const found = conversation.messages.flatMap(message => violationsOf(message, packs).map(violation => ({message, violation})));
	byConversation.set(conversation, {count: conversation.messages.length, packs, found});
	return found;
}

/** The violations written on local day `date` in `tz`, up to `now`, across conversations. */
export function violationsOnDay(conversations: Iterable<Conversation>, packs: RulePacks, date: string, tz: string, now: number): MessageViolation[] {
	const found: MessageViolation[] = [];
	const day = dayRange(date, tz);
	for (const conversation of conversations) {
		for (const entry of conversationViolations(conversation, packs)) {
			const {ts} = entry.message;
			if (ts <= now && ts >= day.start && ts < day.end) found.push(entry);
		}
	}
	return found;
}
