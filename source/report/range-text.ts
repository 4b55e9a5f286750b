import type {Catalog} from '../i18n/catalog.js';
import {shopName} from '../i18n/shop-name.js';
import type {ClockFigures} from '../model/daily-figures.js';
import {formatRate, renderTable, type Align} from '../text/table.js';
import {busyHourLines} from './busy-hours.js';
import {teamTable} from './report-text.js';
import {clockIdsOf, figureTable} from './figure-tables.js';
import type {RangeDocument} from './report-range.js';

/** A row of the side-by-side table: a name and its figures of each day, of the period and of the one before. */
interface DaysRow {
	name: string;
	days: (Record<string, ClockFigures> | undefined)[];
	total: Record<string, ClockFigures>;
	previous: Record<string, ClockFigures> | undefined;
	change: Record<string, number | null>;
}

/** The range as text: per clock, each shop's and agent's rate day by day with the change; then the totals and the busy hours. */
export function renderRangeText(range: RangeDocument, text: Catalog, clockLabel: (id: string) => string, width = Infinity): string {
	const t = text.periods;
	const lines = [t.title(range.from, range.to, range.tz, range.now), ''];
	const clockIds = clockIdsOf([...range.total.shops, ...range.total.agents]);
	if (range.total.shops.length === 0) return `${[...lines, text.report.none].join('\n')}\n`;
	const shopKey = (shop: {platform: string; shop: string}) => `${shop.platform}\u0000${shop.shop}`;
	const previousShops = new Map(range.previous.shops.map(shop => [shopKey(shop), shop.clocks]));
	const previousAgents = new Map(range.previous.agents.map(agent => [agent.agent, agent.clocks]));
	const shops: DaysRow[] = range.total.shops.map(shop => ({
		name: shopName(shop, text),
		days: range.days.map(day => day.shops.find(one => shopKey(one) === shopKey(shop))?.clocks),
		total: shop.clocks,
		previous: previousShops.get(shopKey(shop)),
		change: shop.change,
	}));
	const agents: DaysRow[] = range.total.agents.map(agent => ({
		name: agent.name ?? agent.agent,
		days: range.days.map(day => day.agents.find(one => one.agent === agent.agent)?.clocks),
		total: agent.clocks,
		previous: previousAgents.get(agent.agent),
		change: agent.change,
	}));
	const previous = t.previous(range.previous.from.slice(5), range.previous.to.slice(5));
	for (const id of clockIds) {
		const header = [t.rateByDay(clockLabel(id)), ...range.days.map(day => day.date.slice(5)), t.total, previous, t.change];
		const align: Align[] = header.map((_, index): Align => (index === 0 ? 'left' : 'right'));
		const cells = (row: DaysRow) => [
			row.name,
			...row.days.map(day => formatRate(day?.[id]?.rate ?? null)),
			formatRate(row.total[id]?.rate ?? null),
			formatRate(row.previous?.[id]?.rate ?? null),
			formatChange(row.change[id] ?? null),
		];
		lines.push(...renderTable(header, [...shops.map(cells), ['', ...header.slice(1).map(() => '')], ...agents.map(cells)], align), '');
	}
	const totalShops = range.total.shops.map(shop => ({name: shopName(shop, text), lead: [String(shop.consultations)], clocks: shop.clocks, averageSeconds: shop.avgFirstResponseSeconds}));
	const totalAgents = range.total.agents.map(agent => ({
		name: agent.name ?? agent.agent,
		lead: [String(agent.consultations)],
		clocks: agent.clocks,
		averageSeconds: agent.avgFirstResponseSeconds,
		trail: [String(agent.violations)],
	}));
	lines.push(t.totals, ...figureTable({title: text.report.shops, lead: [text.report.consultations]}, totalShops, clockIds, clockLabel, text, width));
	lines.push('', ...figureTable({title: text.report.agents, lead: [text.report.consultations], trail: [text.report.violations]}, totalAgents, clockIds, clockLabel, text, width));
	if (range.total.teams) lines.push('', ...teamTable(range.total.teams, clockIds, clockLabel, text, width));
	lines.push(
		'',
		...busyHourLines(
			range.total.shops.map(shop => ({name: shopName(shop, text), byHour: shop.byHour})),
			clockIds,
			clockLabel,
			text,
		),
	);
	if (range.badLines > 0) lines.push('', text.report.badLines(range.badLines));
	return `${lines.join('\n')}\n`;
}

/** `+1.2` / `-0.4` rate points, or `-` when there is nothing to compare. */
function formatChange(change: number | null): string {
	if (change === null) return '-';
	const points = (change * 100).toFixed(1);
	return change >= 0 ? `+${points}` : points;
}
