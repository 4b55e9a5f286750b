import {countDay, type TodayFigures} from '../report/day-count.js';
import type {Conversation} from '../model/conversation.js';
import type {Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import {rateAlerts} from '../model/rate-alerts.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {localDate, type Zone} from '../time/zone.js';

export interface KeptTodayOptions {
	tz: Zone;
	packs: RulePacks;
	clocksFor: (platform: Platform) => readonly ClockDefinition[];
	/** A shop's clocks with its own targets (the configuration's), and its display name. */
	shopClocks?: (platform: Platform, shop: string) => readonly ClockDefinition[];
	shopName?: (shop: string) => string | undefined;
	recordsOf: (key: string) => ConversationRecords | undefined;
}

/**
 * Today's reply figures, kept. Recounting the day every second is most of the live board's work;
 * the figures are reused while nothing was read or recorded and no pending wait can have gone over.
 */
export class KeptToday {
	private kept: {version: string; now: number; stableUntil: number; figures: TodayFigures} | undefined;

	constructor(private readonly options: KeptTodayOptions) {}

	/** The figures at `now` of `conversations` as they stand at data version `version`. */
	figures(conversations: Iterable<Conversation>, version: string, now: number): TodayFigures {
		const kept = this.kept;
		if (kept && kept.version === version && now >= kept.now && now < kept.stableUntil) return kept.figures;
		const {tz, packs, clocksFor, recordsOf, shopClocks = clocksFor, shopName} = this.options;
		const day = countDay(conversations, {date: localDate(now, tz), tz, now, packs, clocksFor, recordsOf});
		const figures: TodayFigures = {
			shops: day.figures.shops.map(shop => {
				const clocks = shopClocks(shop.platform, shop.shop);
				const name = shopName?.(shop.shop);
				return {...shop, alerts: rateAlerts(shop.clocks, clocks), shopClocks: clocks, ...(name === undefined ? {} : {name})};
			}),
			agents: day.figures.agents,
			violations: day.violations,
		};
		this.kept = {version, now, stableUntil: day.figures.stableUntil, figures};
		return figures;
	}
}
