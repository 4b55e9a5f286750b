import type {ChatMessage} from '../model/message.js';
import {sinceLastReply, type BuyerCategory, type BuyerLineRules, type BuyerSignal, type BuyerSignalsOf} from './buyer-signals.js';

/**
 * A minimal buyer-rule pass until the packs carry buyer rules (contract §7, built by i-rules on
 * the shop rules' matching): clear complaint and bad-review words, with negation in the clause.
 */
interface WordRule {
	rule: string;
	category: BuyerCategory;
	words: RegExp;
	/** Uses of the words that are no threat (`差评处`: where bad reviews are listed). */
	exceptions?: RegExp;
}

const RULES: readonly WordRule[] = [
	{rule: 'buyer.complaint.words', category: 'complaint', words: /投诉|举报|12315|工商局?|消协|消费者协会|市场监[管督]局?|平台介入|曝光|维权|起诉/g},
	{rule: 'buyer.bad-review.words', category: 'bad-review', words: /差评|[一1]星/g, exceptions: /^(?:处|区|率|记录)/},
];

/** Negators that bind to a word a few characters on (`不会给差评`, `没打算投诉`). */
const NEGATOR = /(?:不会|不想|不要|不打算|没打算|不准备|不是要|不是|不用|不必|不给|不去|没有|没想|不至于|不再|别)[^就才再否不然如果要是]{0,3}$/;
/** A bare 不 binds only to the word right after it (`不投诉了`, but not `不回就投诉`). */
const BARE_NOT = /不$/;
const CLAUSE_BREAK = /[,，。.!！?？;；~～\s]/;

/** The clause before `index`: back to the last punctuation. */
function clauseBefore(text: string, index: number): string {
	let start = index;
	while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start -= 1;
	return text.slice(start, index);
}

function isNegated(text: string, index: number): boolean {
	const before = clauseBefore(text, index);
	return NEGATOR.test(before) || BARE_NOT.test(before);
}

/** The buyer signals in one buyer line (none in other senders' lines). */
export const complaintWords: BuyerLineRules = (message: ChatMessage): readonly BuyerSignal[] => {
	const text = message.text;
	if (message.from !== 'buyer' || !text) return [];
	const found: BuyerSignal[] = [];
	for (const rule of RULES) {
		for (const match of text.matchAll(rule.words)) {
			const after = text.slice(match.index + match[0].length);
			if (rule.exceptions?.test(after) || isNegated(text, match.index)) continue;
			found.push({message, rule: rule.rule, category: rule.category, match: match[0]});
			break;
		}
	}
	return found;
};

/** The minimal pass as the alert engine consumes it. */
export const minimalBuyerSignals: BuyerSignalsOf = sinceLastReply(complaintWords);
