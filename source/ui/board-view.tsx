import {Box, Text} from 'ink';
import React from 'react';
import {cellFor, headerCells, layoutColumns} from '../board/columns.js';
import {rowCells, type RowLook} from '../board/row-cells.js';
import type {BoardRow} from '../board/triage.js';
import {fitToWidth, truncateToWidth} from '../text/display-width.js';
import {STATUS_COLOR} from './theme.js';

export interface BoardViewProps {
	rows: readonly BoardRow[];
	selectedIndex: number;
	top: number;
	height: number;
	width: number;
	look: RowLook;
	/** A view, search or agent filter is on: an empty list then means no match, not no conversations. */
	filtered?: boolean;
}

const MARKER_WIDTH = 2;

/** Column titles and the visible slice of the board; only rows on screen are rendered. */
export function BoardView({rows, selectedIndex, top, height, width, look, filtered = false}: BoardViewProps) {
	const {text, clocks} = look;
	const columns = layoutColumns(width - MARKER_WIDTH, clocks);
	const titles = headerCells(text, clocks);
	const visible = rows.slice(top, top + height - 1);
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{' '.repeat(MARKER_WIDTH)}
				{columns.map(column => fitToWidth(cellFor(titles, column.id), column.width, column.align)).join(' ')}
			</Text>
			{rows.length === 0 ? (
				<Text dimColor wrap="truncate">
					{truncateToWidth(filtered ? text.board.noMatch : text.board.empty, width)}
				</Text>
			) : null}
			{visible.map((row, offset) => {
				const selected = top + offset === selectedIndex;
				const cells = rowCells(row, look);
				const color = STATUS_COLOR[row.status];
				return (
					<Text key={row.key} wrap="truncate" inverse={selected}>
						{selected ? '> ' : '  '}
						{columns.map((column, index) => (
							<Text
								key={column.id}
								color={
									column.id === 'flags' ? (row.violations.errors > 0 || row.buyerSignals.length > 0 ? 'red' : 'yellow') : column.id === 'status' || column.id.startsWith('clock') ? color : undefined
								}
								bold={column.id === 'status' && row.status === 'breached'}
								dimColor={column.id === 'lastMessage' && !selected}
							>
								{index > 0 ? ' ' : ''}
								{fitToWidth(cellFor(cells, column.id), column.width, column.align)}
							</Text>
						))}
					</Text>
				);
			})}
		</Box>
	);
}
