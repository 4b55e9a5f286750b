import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {dayRange, type Zone} from '../time/zone.js';
import {findViolations, isChecked, NONE, type Violation} from './find-violations.js';
import type {RulePacks} from './load-rule-packs.js';

/** What checking a message against a set of packs found, when it found something. */
interface Found {
	packs: RulePacks;
	found: readonly Violation[];
}

declare module '../model/message.js' {
	interface ChatMessage {
		/**
		 * What checking it against the rule packs found: the packs themselves when nothing (nearly
		 * every message, so they share no object of their own), else the findings with their packs.
		 * Kept on the message: a message's words never change, and a WeakMap of a million messages
		 * was slower and bigger.
		 */
		checked?: RulePacks | Found;
	}
}

/** The violations in one message; buyer and system lines have none. */
export function violationsOf(message: ChatMessage, packs: RulePacks): readonly Violation[] {
	if (!isChecked(message.from)) return NONE;
	const {checked} = message;
	if (checked === packs) return NONE;
	if (checked !== undefined && 'found' in checked && checked.packs === packs) return checked.found;
	// The session checks each message as it is read, before its words may be let go.
	if (message.text === undefined) return NONE;
	const found = findViolations(message.text, message.platform, packs);
	message.checked = found.length > 0 ? {packs, found} : packs;
	return found;
}

export interface MessageViolation {
	message: ChatMessage;
	violation: Violation;
}

const NO_MESSAGE_VIOLATIONS: MessageViolation[] = [];
/** What a conversation's violations were worked out from, kept on it (`Conversation.violations`). */
interface KeptViolations {
	count: number;
	packs: RulePacks;
	found: MessageViolation[];
}

declare module '../model/conversation.js' {
	interface Conversation {
		/** Its violations, in message order, until it gains a message (`conversationViolations`). */
		violations?: KeptViolations;
	}
}

/** Every violation in a conversation, in message order; worked out again only when it gains messages. */
export function conversationViolations(conversation: Conversation, packs: RulePacks): MessageViolation[] {
	const cached = conversation.violations;
	if (cached && cached.count === conversation.messages.length && cached.packs === packs) return cached.found;
	const found: MessageViolation[] = [];
	// Counted loops: this runs over every message of the day while the code is still cold, when
	// each step of a for-of iterator is an object.
	const {messages} = conversation;
	for (let index = 0; index < messages.length; index += 1) {
		const violations = violationsOf(messages[index]!, packs);
		for (let v = 0; v < violations.length; v += 1) found.push({message: messages[index]!, violation: violations[v]!});
	}
	// Nearly every conversation has none: they share one empty list rather than keep one each.
	const kept = found.length > 0 ? found : NO_MESSAGE_VIOLATIONS;
	conversation.violations = {count: conversation.messages.length, packs, found: kept} satisfies KeptViolations;
	return kept;
}

/** The violations written on local day `date` in `tz`, up to `now`, across conversations. */
export function violationsOnDay(conversations: Iterable<Conversation>, packs: RulePacks, date: string, tz: Zone, now: number): MessageViolation[] {
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
