import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';

/** The buyer-rule categories of contract §7. */
export const BUYER_CATEGORIES = ['complaint', 'bad-review', 'buyer-abuse'] as const;
export type BuyerCategory = (typeof BUYER_CATEGORIES)[number];

/** One buyer line matching one buyer rule, with the words that matched. */
export interface BuyerSignal {
	message: ChatMessage;
	rule: string;
	category: BuyerCategory;
	match: string;
}

/**
 * What the alert engine (and later the board's marker) asks of the buyer rules: a conversation's
 * buyer signals since its last reply (`agent` or `bot` line), oldest first. The packs' buyer
 * rules (i-rules, contract §7) replace the minimal pass in complaint-words.ts behind this type.
 */
export type BuyerSignalsOf = (conversation: Conversation) => readonly BuyerSignal[];

/** The signals of one buyer line: what a `BuyerSignalsOf` is built from. */
export type BuyerLineRules = (message: ChatMessage) => readonly BuyerSignal[];

/** The index of the first line after the last `agent` or `bot` reply (0 when there is none). */
export function afterLastReply(messages: readonly ChatMessage[]): number {
	let first = messages.length;
	while (first > 0 && messages[first - 1]!.from !== 'agent' && messages[first - 1]!.from !== 'bot') first -= 1;
	return first;
}

/** `BuyerSignalsOf` over per-line rules: the buyer lines after the last reply. */
export function sinceLastReply(rules: BuyerLineRules): BuyerSignalsOf {
	return conversation => {
		const {messages} = conversation;
		const first = afterLastReply(messages);
		const found: BuyerSignal[] = [];
		for (let index = first; index < messages.length; index += 1) {
			if (messages[index]!.from === 'buyer') found.push(...rules(messages[index]!));
		}
		return found;
	};
}
