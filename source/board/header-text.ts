import type {Catalog} from '../i18n/catalog.js';
import type {BoardFilter} from './board-filter.js';
import {shopName} from '../i18n/shop-name.js';
import {exposureText, type ViolationTally} from '../report/violation-tally.js';
import type {TodayFigures} from '../report/day-count.js';
import {formatRate} from '../text/table.js';
import {displayWidth} from '../text/display-width.js';
import {inertText} from '../text/inert-text.js';
import {localClock, localDate, type Zone} from '../time/zone.js';
import {STATUS_SYMBOL, VIOLATION_MARK} from './row-cells.js';
import type {BoardCounts} from './board-counts.js';

export interface HeaderPart {
	text: string;
	/** The same with less detail, used before the part is dropped on a narrow terminal. */
	short?: string;
	tone?: 'breached' | 'warning' | 'waiting' | 'muted' | 'title';
	/** On a narrow terminal, parts with the highest number give way first (the later of equals); below 0, never. */
	dropOrder: number;
}

/** The header's pieces in order; the TUI colours them by tone, plain text joins them. */
export function headerParts(counts: BoardCounts, now: number, tz: Zone, text: Catalog, badLines: number): HeaderPart[] {
	const parts: HeaderPart[] = [
		{text: text.appName, tone: 'title', dropOrder: 6},
		{text: `${localDate(now, tz)} ${localClock(now, tz)} ${tz.name}`, dropOrder: 5},
		{text: `${STATUS_SYMBOL.warning.trim()} ${text.status.warning} ${counts.warning}`, tone: 'warning', dropOrder: 0},
		{text: `${STATUS_SYMBOL.breached.trim()} ${text.status.breached} ${counts.breached}`, tone: 'breached', dropOrder: 0},
		{text: `${STATUS_SYMBOL.waiting.trim()} ${text.status.waiting} ${counts.waiting + counts.notCounted}`, tone: 'waiting', dropOrder: 2},
		{text: `${STATUS_SYMBOL.lost.trim()} ${text.status.lost} ${counts.lost}`, tone: 'muted', dropOrder: 3},
		{text: `${text.header.agents} ${counts.agents}`, dropOrder: 4},
	];
	if (badLines > 0) parts.push({text: `${text.header.badLines} ${badLines}`, tone: 'muted', dropOrder: 3});
	return parts;
}

/**
 * The parts, made inert, that fit in `width` cells (two spaces apart), in their order: first the
 * least needed give up their detail (their short form), then they are dropped, least needed first.
 */
export function fitHeaderParts(parts: readonly HeaderPart[], width: number): HeaderPart[] {
	// A shop name or a records error is outside text: drawn only as the gate gives it back.
	const kept = parts.map(part => {
		const text = inertText(part.text);
		return text === part.text ? part : {...part, text};
	});
	const total = () => kept.reduce((sum, part, index) => sum + displayWidth(part.text) + (index > 0 ? 2 : 0), 0);
	const leastNeeded = (candidates: HeaderPart[]) => candidates.reduce((worst, part) => (part.dropOrder >= worst.dropOrder ? part : worst));
	while (total() > width) {
		const detailed = kept.filter(part => part.short !== undefined && part.dropOrder >= 0);
		if (detailed.length > 0) {
			const part = leastNeeded(detailed);
			kept[kept.indexOf(part)] = {...part, text: part.short!, short: undefined};
			continue;
		}
		const droppable = kept.filter(part => part.dropOrder >= 0);
		if (droppable.length === 0 || kept.length === 1) break;
		kept.splice(kept.indexOf(leastNeeded(droppable)), 1);
	}
	return kept;
}

/** The followed folders that are gone: until they are back, nothing written there is shown. */
export function missingParts(missing: readonly string[], text: Catalog): HeaderPart[] {
	return missing.length === 0 ? [] : [{text: `!! ${text.header.pathGone(missing.join(', '))}`, tone: 'breached', dropOrder: -1}];
}

/** What the board is filtered by, so a short list is never mistaken for a quiet shop. */
export function filterParts(filter: BoardFilter, text: Catalog): HeaderPart[] {
	const parts: HeaderPart[] = [];
	if (filter.view !== 'all') parts.push({text: `[${text.views[filter.view]}]`, tone: 'warning', dropOrder: 0});
	if (filter.search) parts.push({text: `[/${filter.search}]`, tone: 'warning', dropOrder: 0});
	if (filter.agent) parts.push({text: `[${text.column.owner}:${filter.agent}]`, tone: 'warning', dropOrder: 0});
	if (filter.team) parts.push({text: `[${text.column.team}:${filter.team}]`, tone: 'warning', dropOrder: 0});
	if (filter.shop !== undefined) parts.push({text: `[${text.column.where}:${filter.shop}]`, tone: 'warning', dropOrder: 0});
	if (filter.sort === 'wait') parts.push({text: `[${text.header.sortedByWait}]`, tone: 'warning', dropOrder: 0});
	return parts;
}

/**
 * Today's line: each shop's rates against its targets, worst first (in fine territory, then under
 * target, then nearest its target), then today's violations. On a narrow terminal the violations
 * go before any rate, and a rate loses its detail before it goes.
 */
export function todayParts(today: TodayFigures, clockLabel: (id: string) => string, text: Catalog): HeaderPart[] {
	const exposure = exposurePart(today.violations, text);
	const rates = rateParts(today.shops, clockLabel, text);
	return exposure ? [...rates, exposure] : rates;
}

function exposurePart(tally: ViolationTally, text: Catalog): HeaderPart | undefined {
	if (tally.total === 0) return undefined;
	// Counts by platform and severity (with the heaviest penalty, once); the short form keeps the total.
	const costs = tally.exposure.map(platform => `${text.platform[platform.platform]} ${exposureText(platform, text)}`);
	const count = `${VIOLATION_MARK}${tally.total} ${text.column.flags}`;
	return {text: `${count}${costs.length > 0 ? ` ${costs.join(' ')}` : ''}`, short: costs.length > 0 ? count : undefined, tone: 'breached', dropOrder: VIOLATIONS_DROP};
}

/** Rates keep their place longest: drop orders 0–2; the violations' part goes before them. */
const VIOLATIONS_DROP = 3;

interface ShopRate {
	shop: TodayShop;
	clocks: {label: string; rate: number | null; target?: number}[];
	/** How far the shop's worst clock is above its target (negative: under it). */
	margin: number;
	severity: number;
}

function rateParts(shops: readonly TodayShop[], clockLabel: (id: string) => string, text: Catalog): HeaderPart[] {
	if (shops.length === 0) return [{text: text.header.noConsultations, tone: 'muted', dropOrder: 0}];
	const rated = shops.map((shop): ShopRate => {
		const clocks = Object.entries(shop.clocks).map(([id, figures]) => ({label: clockLabel(id), rate: figures.rate, target: shop.shopClocks.find(clock => clock.id === id)?.target}));
		const margins = clocks.flatMap(clock => (clock.rate === null ? [] : [clock.rate - (clock.target ?? 0)]));
		const severity = shop.alerts.some(a => a.kind === 'fine-risk') ? 0 : shop.alerts.length > 0 ? 1 : 2;
		return {shop, clocks, margin: margins.length > 0 ? Math.min(...margins) : Infinity, severity};
	});
	// Worst first: those are what stays on a narrow screen.
	rated.sort((a, b) => a.severity - b.severity || a.margin - b.margin || b.shop.consultations - a.shop.consultations);
	return rated.map(({shop, clocks, severity}) => {
		const fine = shop.alerts.find(alert => alert.kind === 'fine-risk');
		const flag = severity === 0 ? `${STATUS_SYMBOL.breached.trim()} ` : severity === 1 ? `${STATUS_SYMBOL.warning.trim()} ` : '';
		const risk = fine ? ` ${text.header.fineRisk(fine.yuan ?? 0)}` : '';
		const rate = (clock: ShopRate['clocks'][number]) => `${clock.label} ${formatRate(clock.rate)}${clock.target === undefined ? '' : `/${formatRate(clock.target)}`}`;
		// The short form keeps the clock nearest (or furthest under) its target, and the fine.
		const worst = [...clocks].sort((a, b) => (a.rate ?? 1) - (a.target ?? 0) - ((b.rate ?? 1) - (b.target ?? 0)))[0];
		return {
			text: `${flag}${shopName(shop, text)} ${clocks.map(rate).join(' ')}${risk}`,
			short: worst && clocks.length > 1 ? `${flag}${shopName(shop, text)} ${rate(worst)}${fine ? ` ${text.header.fineRiskShort}` : ''}` : undefined,
			tone: fine ? 'breached' : severity === 1 ? 'warning' : undefined,
			dropOrder: severity,
		};
	});
}

type TodayShop = TodayFigures['shops'][number];
