import type {Conversation} from '../model/conversation.js';
import type {BuyerCategory} from '../rules/buyer-rule.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {buyerFindingsOf} from '../rules/message-buyer-signals.js';
import {dayRange, type Zone} from '../time/zone.js';

/** A count of buyer signals (contract §7: `{"total", "byCategory"}`). */
export interface BuyerSignalCount {
	total: number;
	byCategory: Partial<Record<BuyerCategory, number>>;
}

/** A day's buyer signals, in all, per shop (by `platform\0shop`) and per agent whose log holds the line. */
export interface BuyerSignalTally extends BuyerSignalCount {
	byShop: Map<string, BuyerSignalCount>;
	byAgent: Map<string, BuyerSignalCount>;
}

export const shopSlot = (platform: string, shop: string) => `${platform}\u0000${shop}`;

export function noBuyerSignals(): BuyerSignalCount {
	return {total: 0, byCategory: {}};
}

function add(count: BuyerSignalCount, category: BuyerCategory): void {
	count.total += 1;
	count.byCategory[category] = (count.byCategory[category] ?? 0) + 1;
}

/** The buyer signals written on local day `date` in `tz`, up to `now`, leaving out conversations `skip` says (spam). */
export function tallyBuyerSignals(
	conversations: Iterable<Conversation>,
	packs: RulePacks,
	query: {date: string; tz: Zone; now: number; skip?: (conversation: Conversation) => boolean},
): BuyerSignalTally {
	const tally: BuyerSignalTally = {...noBuyerSignals(), byShop: new Map(), byAgent: new Map()};
	const day = dayRange(query.date, query.tz);
	for (const conversation of conversations) {
		if (query.skip?.(conversation)) continue;
		for (const message of conversation.messages) {
			if (message.from !== 'buyer' || message.ts > query.now || message.ts < day.start || message.ts >= day.end) continue;
			for (const {category} of buyerFindingsOf(message, packs)) {
				add(tally, category);
				const shop = shopSlot(message.platform, message.shop);
				if (!tally.byShop.has(shop)) tally.byShop.set(shop, noBuyerSignals());
				add(tally.byShop.get(shop)!, category);
				if (!tally.byAgent.has(message.agent)) tally.byAgent.set(message.agent, noBuyerSignals());
				add(tally.byAgent.get(message.agent)!, category);
			}
		}
	}
	return tally;
}
