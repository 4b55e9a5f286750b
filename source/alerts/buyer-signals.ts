import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import type {BuyerCategory} from '../rules/buyer-rule.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {afterLastReply, buyerFindingsOf} from '../rules/message-buyer-signals.js';

export {BUYER_CATEGORIES, type BuyerCategory} from '../rules/buyer-rule.js';
export {afterLastReply} from '../rules/message-buyer-signals.js';

/** One buyer line matching one buyer rule, with the words that matched. */
export interface BuyerSignal {
	message: ChatMessage;
	rule: string;
	category: BuyerCategory;
	match: string;
}

/** A conversation's buyer signals since its last reply (`agent` or `bot` line), oldest first. */
export type BuyerSignalsOf = (conversation: Conversation) => readonly BuyerSignal[];

/** The signals of one buyer line: what a `BuyerSignalsOf` is built from. */
export type BuyerLineRules = (message: ChatMessage) => readonly BuyerSignal[];

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

/** The signals of one buyer line by the packs' buyer rules (rules/buyer/). */
export function packLineSignals(packs: RulePacks): BuyerLineRules {
	return message => buyerFindingsOf(message, packs).map(finding => ({message, rule: finding.rule.id, category: finding.category, match: finding.match}));
}

/** The packs' buyer signals since a conversation's last reply: what the alerts and the board's marker use. */
export function packBuyerSignals(packs: RulePacks): BuyerSignalsOf {
	return sinceLastReply(packLineSignals(packs));
}
