import type {Catalog, Lang} from '../i18n/catalog.js';
import {displayWidth, truncateToWidth} from '../text/display-width.js';
import {formatRowText, headerCells, layoutColumns, type BoardClock} from './columns.js';
import {fitHeaderParts, headerParts, type HeaderPart} from './header-text.js';
import {rowCells} from './row-cells.js';
import {countBoard} from './board-counts.js';
import type {BoardRow} from './triage.js';
import type {Zone} from '../time/zone.js';

export interface BoardTextOptions {
	/** The whole board, for the counts. */
	rows: readonly BoardRow[];
	/** The rows to list (a view, a limit); the whole board when not given. */
	listed?: readonly BoardRow[];
	/** How many rows of the view were left out by the limit. */
	more?: number;
	now: number;
	tz: Zone;
	lang: Lang;
	text: Catalog;
	width: number;
	/** The clock columns, each titled by the clock it holds. */
	clocks: readonly BoardClock[];
	badLines: number;
	/** Today's rates per shop, as the TUI's second header line shows them. */
	today: readonly HeaderPart[];
	shopNames?: ReadonlyMap<string, string>;
}

/** The triage board as plain text, for `watch --once`: same order and cells as the TUI. */
export function renderBoardText(options: BoardTextOptions): string {
	const {rows, now, tz, lang, text, width, clocks, badLines, today, shopNames} = options;
	const columns = layoutColumns(width, clocks);
	const parts = headerParts(countBoard(rows, now), now, tz, text, badLines).map(part => part.text);
	// Today's rates on one line as on screen: detail and the least needed give way, no rate is cut.
	const rates = fitHeaderParts(today, width)
		.map(part => part.text)
		.join('  ');
	const lines = [...wrapParts(parts, width), truncateToWidth(rates, width), formatRowText(headerCells(text, clocks), columns)];
	const listed = options.listed ?? rows;
	for (const row of listed) lines.push(formatRowText(rowCells(row, {text, lang, tz, clocks, now, shopNames}), columns));
	if (listed.length === 0) lines.push(rows.length === 0 ? text.board.empty : text.board.noMatch);
	if (options.more) lines.push(truncateToWidth(text.board.more(options.more), width));
	return `${lines.join('\n')}\n`;
}

/** Joins parts with two spaces, starting a new line rather than cutting a part. */
function wrapParts(parts: readonly string[], width: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const part of parts) {
		const joined = current ? `${current}  ${part}` : part;
		if (current && displayWidth(joined) > width) {
			lines.push(current);
			current = part;
		} else current = joined;
	}
	lines.push(truncateToWidth(current, width));
	return lines;
}
