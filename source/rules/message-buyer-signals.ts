import type {ChatMessage} from '../model/message.js';
import type {BuyerFinding} from './buyer-rules.js';
import type {RulePacks} from './load-rule-packs.js';

// A buyer line's findings are kept on the message as a shop line's are (message-violations.ts,
// which leaves buyer lines' `checked` alone): checked once, before its words may be let go.
interface CheckedBuyerLine {
	packs: RulePacks;
	found: readonly BuyerFinding[];
}

const NONE: readonly BuyerFinding[] = Object.freeze([]);
const nothingFound = new WeakMap<RulePacks, CheckedBuyerLine>();

/** The buyer signals of one line (contract §7): only buyer lines have any. */
export function buyerFindingsOf(message: ChatMessage, packs: RulePacks): readonly BuyerFinding[] {
	if (message.from !== 'buyer') return NONE;
	const checked = message.checked as CheckedBuyerLine | undefined;
	if (checked?.packs === packs) return checked.found;
	if (message.text === undefined) return NONE;
	const found = packs.get(message.platform)?.buyerRules.find(message.text) ?? NONE;
	message.checked = found.length > 0 ? {packs, found} : nothingFoundWith(packs);
	return found;
}

function nothingFoundWith(packs: RulePacks): CheckedBuyerLine {
	let checked = nothingFound.get(packs);
	if (!checked) nothingFound.set(packs, (checked = {packs, found: NONE}));
	return checked;
}

/** One buyer line's finding, with the line. */
export interface MessageBuyerSignal {
	message: ChatMessage;
	finding: BuyerFinding;
}

/** The index of the first line after the last `agent` or `bot` reply (0 when there is none). */
export function afterLastReply(messages: readonly ChatMessage[]): number {
	let first = messages.length;
	while (first > 0 && messages[first - 1]!.from !== 'agent' && messages[first - 1]!.from !== 'bot') first -= 1;
	return first;
}

const NO_SIGNALS: readonly MessageBuyerSignal[] = Object.freeze([]);

/** The buyer signals since the last reply, oldest first: what marks a board row and raises a `complaint`. */
export function signalsSinceLastReply(messages: readonly ChatMessage[], packs: RulePacks): readonly MessageBuyerSignal[] {
	let found: MessageBuyerSignal[] | undefined;
	for (let index = afterLastReply(messages); index < messages.length; index += 1) {
		for (const finding of buyerFindingsOf(messages[index]!, packs)) (found ??= []).push({message: messages[index]!, finding});
	}
	return found ?? NO_SIGNALS;
}
