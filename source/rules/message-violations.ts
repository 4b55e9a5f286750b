import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {dayRange} from '../time/zone.js';
import {findViolations, isChecked, NONE, type Violation} from './find-violations.js';
import type {RulePacks} from './load-rule-packs.js';

// A message's words never change, so each is checked once however often the board redraws.
// The finding is kept on the message itself (a WeakMap of a million messages was slower and
// bigger); compliant messages, nearly all of them, share one finding per set of packs.
interface Checked {
	packs: RulePacks;
	found: readonly Violation[];
}

const nothingFound = new WeakMap<RulePacks, Checked>();

/** The violations in one message; buyer and system lines have none. */
export function violationsOf(message: ChatMessage, packs: RulePacks): readonly Violation[] {
	if (!isChecked(message.from)) return NONE;
	const checked = message.checked as Checked | undefined;
	if (checked?.packs === packs) return checked.found;
	// The session checks each message as it is read, before its words may be let go.
	if (message.text === undefined) return NONE;
	const found = findViolations(message.text, message.platform, packs);
	message.checked = found.length > 0 ? {packs, found} : nothingFoundWith(packs);
	return found;
}

/** The last one asked for: one set of packs serves a whole session, asked for once a line. */
let lastNothingFound: Checked | undefined;

function nothingFoundWith(packs: RulePacks): Checked {
	if (lastNothingFound?.packs === packs) return lastNothingFound;
	let checked = nothingFound.get(packs);
	if (!checked) nothingFound.set(packs, (checked = {packs, found: NONE}));
	lastNothingFound = checked;
	return checked;
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

/** Every violation in a conversation, in message order; worked out again only when it gains messages. */
export function conversationViolations(conversation: Conversation, packs: RulePacks): MessageViolation[] {
	const cached = conversation.violations as KeptViolations | undefined;
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
