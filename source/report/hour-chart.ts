import type {Catalog} from '../i18n/catalog.js';
import type {HourFigures} from '../model/daily-figures.js';
import {truncateToWidth} from '../text/display-width.js';

/** Eighths of a cell, from empty to full: bars are shapes, readable without colour. */
const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

export interface HourChartOptions {
	clockIds: readonly string[];
	clockLabel: (id: string) => string;
	text: Catalog;
	width: number;
	/** Lines the chart may take, its labels and hour axis included. */
	height: number;
}

/**
 * A day's hours as vertical bars: consultations, then each clock's breaches, over one hour axis.
 * 24 columns of 3 cells fit 80 columns; a narrower screen gets 2 or 1 cell an hour.
 */
export function renderHourChart(byHour: readonly HourFigures[], options: HourChartOptions): string[] {
	const {clockIds, clockLabel, text, width, height} = options;
	const t = text.periods;
	const series = [{title: (max: number) => t.chartConsultations(max), values: byHour.map(hour => hour.consultations)}].concat(
		clockIds.map(id => ({title: (max: number) => t.chartBreached(clockLabel(id), max), values: byHour.map(hour => hour.breached[id] ?? 0)})),
	);
	const room = Math.max(series.length * 2, height - series.length - 1);
	const firstRows = Math.max(2, Math.ceil(room / 2));
	const otherRows = series.length > 1 ? Math.max(1, Math.floor((room - firstRows) / (series.length - 1))) : 0;
	const labelWidth = Math.max(1, ...series.map(one => String(Math.max(...one.values, 0)).length));
	const cell = [3, 2, 1].find(size => labelWidth + 2 + 24 * size <= width) ?? 1;
	const lines: string[] = [];
	series.forEach((one, index) => {
		const max = Math.max(...one.values, 0);
		lines.push(truncateToWidth(one.title(max), width));
		lines.push(...bars(one.values, max, index === 0 ? firstRows : otherRows, cell, labelWidth));
	});
	const axis = Array.from({length: 24}, (_, hour) => (cell === 1 ? String(hour % 10) : String(hour).padStart(2).padEnd(cell)));
	lines.push(`${' '.repeat(labelWidth)} └${axis.join('')}`.trimEnd());
	return lines;
}

/** `rows` lines of bars, tallest value `max` filling them; any value above 0 shows at least an eighth. */
function bars(values: readonly number[], max: number, rows: number, cell: number, labelWidth: number): string[] {
	const eighths = values.map(value => (value === 0 || max === 0 ? 0 : Math.max(1, Math.round((value / max) * rows * 8))));
	const barWidth = cell === 1 ? 1 : cell - 1;
	return Array.from({length: rows}, (_, index) => {
		const row = rows - 1 - index;
		const label = index === 0 ? String(max) : row === 0 ? '0' : '';
		const cells = eighths.map(filled => EIGHTHS[Math.min(8, Math.max(0, filled - row * 8))]!.repeat(barWidth).padEnd(cell));
		return `${label.padStart(labelWidth)} │${cells.join('')}`.trimEnd();
	});
}

/** A sparkline of a day: one cell per hour, a blank for an empty hour. */
export function sparkline(values: readonly number[]): string {
	const max = Math.max(...values, 0);
	return values.map(value => (value === 0 || max === 0 ? ' ' : EIGHTHS[Math.max(1, Math.round((value / max) * 8))]!)).join('');
}
