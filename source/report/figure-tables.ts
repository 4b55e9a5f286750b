import type {Catalog} from '../i18n/catalog.js';
import type {ClockFigures} from '../model/daily-figures.js';
import {formatDuration} from '../text/duration.js';
import {formatRate, renderTable, type Align} from '../text/table.js';
import {displayWidth} from '../text/display-width.js';

/** A row of day figures as the tables show it: a name, then counts, per-clock figures, first reply. */
export interface FigureRow {
	name: string;
	/** Columns before the clocks, such as consultations or waiting now. */
	lead: string[];
	clocks: Record<string, ClockFigures>;
	averageSeconds: number | null;
	/** Columns after the first-reply time, such as violations. */
	trail?: string[];
}

export interface FigureTable {
	title: string;
	lead: string[];
	trail?: string[];
}

/** The clock ids present in any row, in order of first appearance. */
export function clockIdsOf(rows: readonly {clocks: Record<string, ClockFigures>}[]): string[] {
	return [...new Set(rows.flatMap(row => Object.keys(row.clocks)))];
}

/**
 * Shops, agents (report) and the agent panel (TUI) are all this one table. Wider than `width`
 * (two columns per clock soon are), it turns narrow: one line per clock, the clock named in a column.
 */
export function figureTable(table: FigureTable, rows: readonly FigureRow[], clockIds: readonly string[], clockLabel: (id: string) => string, text: Catalog, width = Infinity): string[] {
	const wide = wideTable(table, rows, clockIds, clockLabel, text);
	if (clockIds.length <= 1 || Math.max(...wide.map(line => displayWidth(line))) <= width) return wide;
	return narrowTable(table, rows, clockIds, clockLabel, text);
}

function narrowTable(table: FigureTable, rows: readonly FigureRow[], clockIds: readonly string[], clockLabel: (id: string) => string, text: Catalog): string[] {
	const t = text.report;
	const header = [table.title, t.clock, ...table.lead, t.breached, t.rate, t.firstResponse, ...(table.trail ?? [])];
	const align: Align[] = header.map((_, index): Align => (index <= 1 ? 'left' : 'right'));
	const cells = rows.flatMap(row => {
		const ids = clockIds.filter(id => row.clocks[id]);
		return (ids.length > 0 ? ids : [undefined]).map((id, index) => {
			// The row's own figures once, on its first clock's line.
			const once = (cells: readonly string[]) => (index === 0 ? cells : cells.map(() => ''));
			const figures = id === undefined ? undefined : row.clocks[id];
			return [
				index === 0 ? row.name : '',
				id === undefined ? '-' : clockLabel(id),
				...once(row.lead),
				String(figures?.breached ?? '-'),
				formatRate(figures?.rate ?? null),
				...once([row.averageSeconds === null ? '-' : formatDuration(row.averageSeconds * 1000)]),
				...once(row.trail ?? []),
			];
		});
	});
	return renderTable(header, cells, align);
}

function wideTable(table: FigureTable, rows: readonly FigureRow[], clockIds: readonly string[], clockLabel: (id: string) => string, text: Catalog): string[] {
	const t = text.report;
	const clockHeader = clockIds.flatMap(id => [`${clockLabel(id)} ${t.breached}`, `${clockLabel(id)} ${t.rate}`]);
	const header = [table.title, ...table.lead, ...clockHeader, t.firstResponse, ...(table.trail ?? [])];
	const align: Align[] = header.map((_, index): Align => (index === 0 ? 'left' : 'right'));
	const cells = rows.map(row => [
		row.name,
		...row.lead,
		...clockIds.flatMap(id => [String(row.clocks[id]?.breached ?? '-'), formatRate(row.clocks[id]?.rate ?? null)]),
		row.averageSeconds === null ? '-' : formatDuration(row.averageSeconds * 1000),
		...(row.trail ?? []),
	]);
	return renderTable(header, cells, align);
}
