import {formatIsoInZone, type Zone} from '../time/zone.js';
import {emptyHours, type AgentDay, type ClockFigures, type DayFigures, type HourFigures, type ShopDay} from '../model/daily-figures.js';
import type {Platform} from '../model/message.js';
import {rateAlerts, type RateAlert} from '../model/rate-alerts.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {PlatformExposure, ViolationTally} from './violation-tally.js';
import {noBuyerSignals, shopSlot, type BuyerSignalCount, type BuyerSignalTally} from './buyer-signal-tally.js';

function emptyAgentDay(agent: string): AgentDay {
	return {agent, consultations: 0, clocks: {}, firstResponse: {averageSeconds: null, replied: 0}, byHour: emptyHours([])};
}

/** A team's figures: the sums of its agents' (a conversation two of its agents shared counts for each). */
export interface TeamFigures {
	team: string;
	agents: string[];
	consultations: number;
	clocks: Record<string, ClockFigures>;
	violations: number;
}

/** `report --json` (contract §3), with the extra keys the contract welcomes. */
export interface ReportDocument {
	date: string;
	tz: string;
	now: string;
	shops: {
		platform: Platform;
		shop: string;
		/** What the configuration calls the shop. */
		name?: string;
		consultations: number;
		clocks: Record<string, ClockFigures>;
		avgFirstResponseSeconds: number | null;
		firstResponses: number;
		alerts: RateAlert[];
		/** Contract §8: 24 entries by the local hour of the clock start. */
		byHour: HourFigures[];
		buyerSignals: BuyerSignalCount;
	}[];
	agents: {
		agent: string;
		/** The configuration's display name and team. */
		name?: string;
		team?: string;
		consultations: number;
		clocks: Record<string, ClockFigures>;
		avgFirstResponseSeconds: number | null;
		firstResponses: number;
		violations: number;
		/** As a shop's: the hour of the agent's own first clock start. */
		byHour: HourFigures[];
		buyerSignals: BuyerSignalCount;
	}[];
	violations: {total: number; byCategory: Record<string, number>; exposure: PlatformExposure[]};
	/** `report --by team`: agents summed by their team. */
	teams?: TeamFigures[];
	/** Contract §7: the day's buyer signals by category, as each shop and agent has them too. */
	buyerSignals: BuyerSignalCount;
	badLines: number;
	spamExcluded: number;
}

export interface ReportInput {
	figures: DayFigures;
	date: string;
	tz: Zone;
	now: number;
	clocksFor: (platform: Platform) => readonly ClockDefinition[];
	badLines: number;
	spamExcluded: number;
	violations: ViolationTally;
	/** A shop's clocks where its own targets differ from the platform's (the configuration's). */
	shopClocks?: (platform: Platform, shop: string) => readonly ClockDefinition[];
	buyerSignals?: BuyerSignalTally;
}

export function reportDocument(input: ReportInput): ReportDocument {
	const {figures, date, tz, now, clocksFor, badLines, spamExcluded, violations} = input;
	const shopClocks = input.shopClocks ?? clocksFor;
	const signals = input.buyerSignals;
	// An agent with violations but no consultation that day still belongs in the report.
	const agents = [
		...figures.agents,
		...Object.keys(violations.byAgent)
			.filter(name => !figures.agents.some(a => a.agent === name))
			.map(emptyAgentDay),
	].sort((a, b) => a.agent.localeCompare(b.agent));
	return {
		date,
		tz: tz.name,
		now: formatIsoInZone(now, tz),
		shops: figures.shops.map((shop: ShopDay) => ({
			platform: shop.platform,
			shop: shop.shop,
			consultations: shop.consultations,
			clocks: shop.clocks,
			avgFirstResponseSeconds: shop.firstResponse.averageSeconds,
			firstResponses: shop.firstResponse.replied,
			alerts: rateAlerts(shop.clocks, shopClocks(shop.platform, shop.shop)),
			byHour: shop.byHour,
			buyerSignals: signals?.byShop.get(shopSlot(shop.platform, shop.shop)) ?? noBuyerSignals(),
		})),
		agents: agents.map((agent: AgentDay) => ({
			agent: agent.agent,
			consultations: agent.consultations,
			clocks: agent.clocks,
			avgFirstResponseSeconds: agent.firstResponse.averageSeconds,
			firstResponses: agent.firstResponse.replied,
			violations: violations.byAgent[agent.agent] ?? 0,
			byHour: agent.byHour,
			buyerSignals: signals?.byAgent.get(agent.agent) ?? noBuyerSignals(),
		})),
		violations: {total: violations.total, byCategory: violations.byCategory, exposure: violations.exposure},
		buyerSignals: signals ? {total: signals.total, byCategory: signals.byCategory} : noBuyerSignals(),
		badLines,
		spamExcluded,
	};
}
