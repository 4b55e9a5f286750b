import type {Catalog} from '../i18n/catalog.js';
import {fitToWidth} from '../text/display-width.js';
import type {RowCells} from './row-cells.js';

export type ColumnId = 'status' | 'conv' | 'where' | 'owner' | 'buyer' | 'clock0' | 'clock1' | 'flags' | 'lastMessage';

export interface Column {
	id: ColumnId;
	width: number;
	align: 'left' | 'right';
}

const MIN_PREVIEW = 12;

/** Columns given up, in this order, when the terminal is too narrow for all of them. */
const DROP_ORDER: readonly ColumnId[] = ['buyer', 'where', 'clock1', 'owner'];

/**
 * Column widths for a board `width` cells wide: fixed columns first, the last message takes
 * what is left; on a narrow terminal the least needed columns go first.
 */
export function layoutColumns(width: number): Column[] {
	let columns: Column[] = [
		{id: 'status', width: 2, align: 'left'},
		{id: 'conv', width: 10, align: 'left'},
		{id: 'where', width: width >= 110 ? 16 : 12, align: 'left'},
		{id: 'owner', width: 9, align: 'left'},
		{id: 'buyer', width: 10, align: 'left'},
		{id: 'clock0', width: 8, align: 'right'},
		{id: 'clock1', width: 8, align: 'right'},
		{id: 'flags', width: 6, align: 'right'},
	];
	const used = (list: Column[]) => list.reduce((sum, c) => sum + c.width + 1, 0);
	for (const drop of DROP_ORDER) {
		// Keep a comfortable preview (a few words more than the minimum) before dropping.
		if (used(columns) + MIN_PREVIEW + 8 <= width) break;
		columns = columns.filter(c => c.id !== drop);
	}
	return [...columns, {id: 'lastMessage', width: Math.max(MIN_PREVIEW, width - used(columns)), align: 'left'}];
}

export function cellFor(cells: RowCells, id: ColumnId): string {
	if (id === 'clock0') return cells.clocks[0] ?? '';
	if (id === 'clock1') return cells.clocks[1] ?? '';
	return cells[id];
}

/** Column titles, with the reply clocks named after the default platform's clocks. */
export function headerCells(text: Catalog, clockLabels: readonly string[]): RowCells {
	return {
		status: '',
		conv: text.column.conv,
		where: text.column.where,
		owner: text.column.owner,
		buyer: text.column.buyer,
		clocks: [clockLabels[0] ?? '', clockLabels[1] ?? ''],
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
