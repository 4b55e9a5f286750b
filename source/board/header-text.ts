import type {Catalog} from '../i18n/catalog.js';
import {localClock, localDate} from '../time/zone.js';
import {STATUS_SYMBOL} from './row-cells.js';
import type {BoardCounts} from './triage.js';

export interface HeaderPart {
	text: string;
	tone?: 'breached' | 'warning' | 'waiting' | 'muted' | 'title';
}

/** The header's pieces in order; the TUI colours them by tone, plain text joins them. */
export function headerParts(counts: BoardCounts, now: number, tz: string, text: Catalog, badLines: number): HeaderPart[] {
	const parts: HeaderPart[] = [
		{text: text.appName, tone: 'title'},
		{text: `${localDate(now, tz)} ${localClock(now, tz)} ${tz}`},
		{text: `${STATUS_SYMBOL.breached.trim()} ${text.status.breached} ${counts.breached}`, tone: 'breached'},
		{text: `${STATUS_SYMBOL.warning.trim()} ${text.status.warning} ${counts.warning}`, tone: 'warning'},
		{text: `${STATUS_SYMBOL.waiting.trim()} ${text.status.waiting} ${counts.waiting}`, tone: 'waiting'},
		{text: `${text.header.agents} ${counts.agents}`},
	];
	if (badLines > 0) parts.push({text: `${text.header.badLines} ${badLines}`, tone: 'muted'});
	return parts;
}
