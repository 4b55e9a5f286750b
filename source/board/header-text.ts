import type {Catalog} from '../i18n/catalog.js';
import type {BoardFilter} from './board-filter.js';
import {shopName} from '../i18n/shop-name.js';
import type {Platform} from '../model/message.js';
import type {ViolationTally} from '../report/violation-tally.js';
import type {TodayFigures} from '../report/day-count.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import {formatRate} from '../text/table.js';
import {displayWidth} from '../text/display-width.js';
import {localClock, localDate} from '../time/zone.js';
import {STATUS_SYMBOL, VIOLATION_MARK} from './row-cells.js';
import type {BoardCounts} from './board-counts.js';

export interface HeaderPart {
	text: string;
	tone?: 'breached' | 'warning' | 'waiting' | 'muted' | 'title';
	/** On a narrow terminal, parts with the highest number give way first (the later of equals); below 0, never. */
	dropOrder: number;
}

/** The header's pieces in order; the TUI colours them by tone, plain text joins them. */
export function headerParts(counts: BoardCounts, now: number, tz: string, text: Catalog, badLines: number): HeaderPart[] {
	const parts: HeaderPart[] = [
		{text: text.appName, tone: 'title', dropOrder: 6},
		{text: `${localDate(now, tz)} ${localClock(now, tz)} ${tz}`, dropOrder: 5},
		{text: `${STATUS_SYMBOL.warning.trim()} ${text.status.warning} ${counts.warning}`, tone: 'warning', dropOrder: 0},
		{text: `${STATUS_SYMBOL.breached.trim()} ${text.status.breached} ${counts.breached}`, tone: 'breached', dropOrder: 0},
		{text: `${STATUS_SYMBOL.waiting.trim()} ${text.status.waiting} ${counts.waiting + counts.notCounted}`, tone: 'waiting', dropOrder: 2},
		{text: `${STATUS_SYMBOL.lost.trim()} ${text.status.lost} ${counts.lost}`, tone: 'muted', dropOrder: 3},
		{text: `${text.header.agents} ${counts.agents}`, dropOrder: 4},
	];
	if (badLines > 0) parts.push({text: `${text.header.badLines} ${badLines}`, tone: 'muted', dropOrder: 3});
	return parts;
}

/** The parts that fit in `width` cells (two spaces apart), in their order, least needed dropped first. */
export function fitHeaderParts(parts: readonly HeaderPart[], width: number): HeaderPart[] {
	const kept = [...parts];
	const total = () => kept.reduce((sum, part, index) => sum + displayWidth(part.text) + (index > 0 ? 2 : 0), 0);
	while (total() > width) {
		const droppable = kept.filter(part => part.dropOrder >= 0);
		if (droppable.length === 0 || kept.length === 1) break;
		const drop = droppable.reduce((worst, part) => (part.dropOrder >= worst.dropOrder ? part : worst));
		kept.splice(kept.indexOf(drop), 1);
	}
	return kept;
}

/** What the board is filtered by, so a short list is never mistaken for a quiet shop. */
export function filterParts(filter: BoardFilter, text: Catalog): HeaderPart[] {
	const parts: HeaderPart[] = [];
	if (filter.view !== 'all') parts.push({text: `[${text.views[filter.view]}]`, tone: 'warning', dropOrder: 0});
	if (filter.search) parts.push({text: `[/${filter.search}]`, tone: 'warning', dropOrder: 0});
	if (filter.agent) parts.push({text: `[${text.column.owner}:${filter.agent}]`, tone: 'warning', dropOrder: 0});
	return parts;
}

/**
 * Today's line: the exposure of today's violations (fines and points per platform), then each
 * shop's rate per clock against its target, flagged when under it or at fine risk.
 */
export function todayParts(
	today: TodayFigures,
	clocksFor: (platform: Platform) => readonly ClockDefinition[],
	clockLabel: (id: string) => string,
	text: Catalog,
): HeaderPart[] {
	const exposure = exposurePart(today.violations, text);
	const rates = rateParts(today.shops, clocksFor, clockLabel, text);
	return exposure ? [exposure, ...rates] : rates;
}

function exposurePart(tally: ViolationTally, text: Catalog): HeaderPart | undefined {
	if (tally.total === 0) return undefined;
	const costs = tally.exposure
		.filter(platform => platform.fineYuan > 0 || platform.points > 0)
		.map(platform => `${text.platform[platform.platform]} ${text.header.exposure(platform.fineYuan, platform.points)}`);
	return {text: `${VIOLATION_MARK}${tally.total} ${text.column.flags}${costs.length > 0 ? ` ${costs.join(' ')}` : ''}`, tone: 'breached', dropOrder: 0};
}

function rateParts(
	shops: readonly TodayShop[],
	clocksFor: (platform: Platform) => readonly ClockDefinition[],
	clockLabel: (id: string) => string,
	text: Catalog,
): HeaderPart[] {
	if (shops.length === 0) return [{text: text.header.noConsultations, tone: 'muted', dropOrder: 0}];
	// Shops in trouble first, then the busiest: on a narrow screen those are what stays.
	const severity = (shop: TodayShop) => (shop.alerts.some(a => a.kind === 'fine-risk') ? 0 : shop.alerts.length > 0 ? 1 : 2);
	const ordered = [...shops].sort((a, b) => severity(a) - severity(b) || b.consultations - a.consultations);
	return ordered.map(shop => {
		const clocks = Object.entries(shop.clocks).map(([id, figures]) => {
			const target = clocksFor(shop.platform).find(clock => clock.id === id)?.target;
			return `${clockLabel(id)} ${formatRate(figures.rate)}${target === undefined ? '' : `/${formatRate(target)}`}`;
		});
		const fine = shop.alerts.find(alert => alert.kind === 'fine-risk');
		const below = shop.alerts.some(alert => alert.kind === 'below-target');
		const flag = fine ? `${STATUS_SYMBOL.breached.trim()} ` : below ? `${STATUS_SYMBOL.warning.trim()} ` : '';
		const risk = fine ? ` ${text.header.fineRisk(fine.yuan ?? 0)}` : '';
		return {
			text: `${flag}${shopName(shop, text)} ${clocks.join(' ')}${risk}`,
			tone: fine ? 'breached' : below ? 'warning' : undefined,
			dropOrder: fine ? 0 : below ? 1 : 2,
		};
	});
}

type TodayShop = TodayFigures['shops'][number];
