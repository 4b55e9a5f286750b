import {displayWidth, fitToWidth} from './display-width.js';

export type Align = 'left' | 'right';

/** A plain-text table: columns as wide as their widest cell (by display width), two spaces apart. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
	const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map(row => displayWidth(row[column] ?? ''))));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => fitToWidth(cell, widths[column]!, align[column] ?? 'left'))
			.join('  ')
			.trimEnd();
	return [line(header), ...rows.map(line)];
}

/** `92.5%`, or `-` when there is no rate. */
export function formatRate(rate: number | null): string {
	return rate === null ? '-' : `${(rate * 100).toFixed(1)}%`;
}
