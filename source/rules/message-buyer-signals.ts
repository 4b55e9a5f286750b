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
