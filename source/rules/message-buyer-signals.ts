import type {ChatMessage} from '../model/message.js';
import type {BuyerFinding} from './buyer-rules.js';
import type {RulePacks} from './load-rule-packs.js';

declare module '../model/message.js' {
	interface ChatMessage {
		/**
		 * A buyer line's signals, set only on the rare line that has some. It is marked checked as
		 * a shop line is, with its packs on `checked` (message-violations.ts leaves buyer lines'
		 * slot alone), so the signals are those of `checked`'s packs.
		 */
		signals?: readonly BuyerFinding[];
	}
}

const NONE: readonly BuyerFinding[] = Object.freeze([]);

/** The buyer signals of one line (contract §7): only buyer lines have any. */
export function buyerFindingsOf(message: ChatMessage, packs: RulePacks): readonly BuyerFinding[] {
	if (message.from !== 'buyer') return NONE;
	if (message.checked === packs) return message.signals ?? NONE;
	if (message.text === undefined) return NONE;
	const found = packs.get(message.platform)?.buyerRules.find(message.text) ?? NONE;
	// Set only where there is something, or something to take back: most lines never get the field.
	if (found.length > 0 || message.signals) message.signals = found.length > 0 ? found : undefined;
	message.checked = packs;
	return found;
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
