import type {Catalog} from '../i18n/catalog.js';
import {displayWidth, fitToWidth} from '../text/display-width.js';

/** A row's cells as text, one per column. */
export interface RowCells {
	status: string;
	conv: string;
	where: string;
	owner: string;
	buyer: string;
	clocks: string[];
	/** `*2`: how many rule violations the agents' messages carry. */
	flags: string;
	lastMessage: string;
}

/** `clock0`, `clock1`…: one column per reply clock on the board (`BoardClock`), in its order. */
export type ColumnId = 'status' | 'conv' | 'where' | 'owner' | 'buyer' | `clock${number}` | 'flags' | 'lastMessage';

export interface Column {
	id: ColumnId;
	width: number;
	align: 'left' | 'right';
}

/** A clock column: which clock it holds, by id, and its title. */
export interface BoardClock {
	id: string;
	label: string;
	/** Some platform's first clock: kept at any width, or that platform's rows would show none. */
	primary: boolean;
}

const MIN_PREVIEW = 12;
const CLOCK_WIDTH = 8;
const MAX_CLOCK_WIDTH = 10;

/**
 * Columns given up, in this order, when the terminal is too narrow for all of them: the least
 * needed first; the last message before the agent, the first clock never.
 */
function dropOrder(clocks: readonly BoardClock[]): ColumnId[] {
	const secondary = clocks.flatMap((clock, index): ColumnId[] => (clock.primary ? [] : [`clock${index}`])).reverse();
	return ['buyer', 'where', ...secondary, 'lastMessage', 'flags', 'owner'];
}

/**
 * Column widths for a board `width` cells wide: fixed columns first, the last message takes
 * what is left; on a narrow terminal the least needed columns go first.
 */
export function layoutColumns(width: number, clocks: readonly BoardClock[] = []): Column[] {
	const clockColumns = clocks.map((clock, index): Column => ({id: `clock${index}`, width: Math.min(MAX_CLOCK_WIDTH, Math.max(CLOCK_WIDTH, displayWidth(clock.label))), align: 'right'}));
	let columns: Column[] = [
		{id: 'status', width: 2, align: 'left'},
		{id: 'conv', width: 10, align: 'left'},
		{id: 'where', width: width >= 110 ? 16 : 12, align: 'left'},
		{id: 'owner', width: 9, align: 'left'},
		{id: 'buyer', width: 10, align: 'left'},
		...clockColumns,
		{id: 'flags', width: 6, align: 'right'},
		{id: 'lastMessage', width: MIN_PREVIEW, align: 'left'},
	];
	const used = (list: Column[]) => list.reduce((sum, c) => sum + c.width + 1, 0) - 1;
	for (const drop of dropOrder(clocks)) {
		// Keep a preview a couple of words longer than the minimum before dropping.
		const slack = columns.some(c => c.id === 'lastMessage') ? 4 : 0;
		if (used(columns) + slack <= width) break;
		columns = columns.filter(c => c.id !== drop);
	}
	// Still too wide (a very narrow terminal): the conversation id gives way last.
	const conv = columns.find(c => c.id === 'conv');
	if (conv && used(columns) > width) conv.width = Math.max(4, conv.width - (used(columns) - width));
	const preview = columns.find(c => c.id === 'lastMessage');
	if (preview) preview.width = Math.max(MIN_PREVIEW, width - used(columns) + MIN_PREVIEW);
	return columns;
}

export function cellFor(cells: RowCells, id: ColumnId): string {
	if (id.startsWith('clock')) return cells.clocks[Number(id.slice(5))] ?? '';
	return cells[id as Exclude<ColumnId, `clock${number}`>];
}

/** Column titles, each clock column titled by the clock it holds. */
export function headerCells(text: Catalog, clocks: readonly BoardClock[]): RowCells {
	return {
		status: '',
		conv: text.column.conv,
		where: text.column.where,
		owner: text.column.owner,
		buyer: text.column.buyer,
		clocks: clocks.map(clock => clock.label),
		flags: text.column.flags,
		lastMessage: text.column.lastMessage,
	};
}

/** One row as plain text: every cell cut or padded to its column, one space between. */
export function formatRowText(cells: RowCells, columns: readonly Column[]): string {
	return columns
		.map(column => fitToWidth(cellFor(cells, column.id), column.width, column.align))
		.join(' ')
		.trimEnd();
}
