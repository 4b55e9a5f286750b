import {emptyHours, type ClockFigures, type HourFigures} from '../model/daily-figures.js';
import {addClocks, addHours} from './figure-sums.js';
import type {Platform} from '../model/message.js';
import type {ReportDocument} from './report-document.js';
import {teamsOf, type TeamFigures} from './report-directory.js';
import {addFirstReplies, NO_FIRST_REPLIES, type FirstReplies} from './first-replies.js';

/** A tally by category, as the one-day document carries violations (and buyer signals, where a day has them). */
export interface CategoryTally {
	total: number;
	byCategory: Record<string, number>;
}

export interface ShopTotal extends FirstReplies {
	platform: Platform;
	shop: string;
	name?: string;
	consultations: number;
	clocks: Record<string, ClockFigures>;
	byHour: HourFigures[];
	/** Per clock, this period's rate minus the previous period's; null when either has no consultation. */
	change: Record<string, number | null>;
}

export interface AgentTotal extends FirstReplies {
	agent: string;
	name?: string;
	team?: string;
	consultations: number;
	clocks: Record<string, ClockFigures>;
	violations: number;
	byHour: HourFigures[];
	change: Record<string, number | null>;
}

export interface PeriodTotal {
	shops: ShopTotal[];
	agents: AgentTotal[];
	violations: CategoryTally;
	buyerSignals: CategoryTally;
	/** `--by team`. */
	teams?: TeamFigures[];
}

/** `report --from D --to D` (contract §8): each day's one-day document, their sum, and the period before for comparison. */
export interface RangeDocument {
	from: string;
	to: string;
	tz: string;
	now: string;
	days: ReportDocument[];
	total: PeriodTotal;
	/** The same number of days just before `from`: what `change` compares against. */
	previous: {from: string; to: string} & PeriodTotal;
	badLines: number;
}

/** Every date from `from` to `to`, inclusive (YYYY-MM-DD, calendar arithmetic: no zone involved). */
export function datesBetween(from: string, to: string): string[] {
	const dates: string[] = [];
	for (let day = utcDay(from); day <= utcDay(to); day += 86_400_000) dates.push(new Date(day).toISOString().slice(0, 10));
	return dates;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
	return new Date(utcDay(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function utcDay(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

/** The range document from its days and those of the period before, already counted. */
export function rangeDocument(days: readonly ReportDocument[], previousDays: readonly ReportDocument[], meta: {from: string; to: string; tz: string; now: string; badLines: number}): RangeDocument {
	const previous = periodTotal(previousDays);
	const total = periodTotal(days);
	const previousShops = new Map(previous.shops.map(shop => [`${shop.platform}\u0000${shop.shop}`, shop.clocks]));
	const previousAgents = new Map(previous.agents.map(agent => [agent.agent, agent.clocks]));
	for (const shop of total.shops) shop.change = changeOf(shop.clocks, previousShops.get(`${shop.platform}\u0000${shop.shop}`));
	for (const agent of total.agents) agent.change = changeOf(agent.clocks, previousAgents.get(agent.agent));
	return {
		from: meta.from,
		to: meta.to,
		tz: meta.tz,
		now: meta.now,
		days: [...days],
		total,
		previous: {from: previousDays[0]?.date ?? meta.from, to: previousDays.at(-1)?.date ?? meta.from, ...previous},
		badLines: meta.badLines,
	};
}

/** Shops, agents and tallies summed over days; each rate worked out again from the sums. */
export function periodTotal(days: readonly ReportDocument[]): PeriodTotal {
	const shops = new Map<string, ShopTotal>();
	const agents = new Map<string, AgentTotal>();
	const violations: CategoryTally = {total: 0, byCategory: {}};
	const buyerSignals: CategoryTally = {total: 0, byCategory: {}};
	for (const day of days) {
		for (const shop of day.shops) {
			const key = `${shop.platform}\u0000${shop.shop}`;
			let sum = shops.get(key);
			if (!sum)
				shops.set(
					key,
					(sum = {platform: shop.platform, shop: shop.shop, ...(shop.name ? {name: shop.name} : {}), consultations: 0, ...NO_FIRST_REPLIES, clocks: {}, byHour: emptyHours([]), change: {}}),
				);
			sum.consultations += shop.consultations;
			Object.assign(sum, addFirstReplies(sum, shop));
			addClocks(sum.clocks, shop.clocks);
			addHours(sum.byHour, shop.byHour);
		}
		for (const agent of day.agents) {
			let sum = agents.get(agent.agent);
			if (!sum)
				agents.set(
					agent.agent,
					(sum = {
						agent: agent.agent,
						...(agent.name ? {name: agent.name} : {}),
						...(agent.team ? {team: agent.team} : {}),
						consultations: 0,
						...NO_FIRST_REPLIES,
						clocks: {},
						violations: 0,
						byHour: emptyHours([]),
						change: {},
					}),
				);
			sum.consultations += agent.consultations;
			Object.assign(sum, addFirstReplies(sum, agent));
			sum.violations += agent.violations;
			addClocks(sum.clocks, agent.clocks);
			addHours(sum.byHour, agent.byHour);
		}
		addTally(violations, day.violations);
		// Buyer signals (contract §7) are summed where the day's document carries them.
		const signals = (day as {buyerSignals?: CategoryTally}).buyerSignals;
		if (signals) addTally(buyerSignals, signals);
	}
	const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value);
	const total: PeriodTotal = {shops: byKey(shops), agents: byKey(agents), violations: sortedTally(violations), buyerSignals: sortedTally(buyerSignals)};
	if (days.some(day => day.teams)) total.teams = teamsOf(total.agents, agent => agents.get(agent)?.team);
	return total;
}

function addTally(sum: CategoryTally, day: {total: number; byCategory: Partial<Record<string, number>>}): void {
	sum.total += day.total;
	for (const [category, count] of Object.entries(day.byCategory)) sum.byCategory[category] = (sum.byCategory[category] ?? 0) + (count ?? 0);
}

function sortedTally(tally: CategoryTally): CategoryTally {
	return {total: tally.total, byCategory: Object.fromEntries(Object.entries(tally.byCategory).sort(([a], [b]) => a.localeCompare(b)))};
}

function changeOf(now: Record<string, ClockFigures>, before: Record<string, ClockFigures> | undefined): Record<string, number | null> {
	const change: Record<string, number | null> = {};
	for (const [id, clock] of Object.entries(now)) {
		const earlier = before?.[id]?.rate ?? null;
		change[id] = clock.rate === null || earlier === null ? null : clock.rate - earlier;
	}
	return change;
}
