import {Box, Text} from 'ink';
import React from 'react';
import {AHEAD_MARK, BUYER_SIGNAL_MARK, STATUS_SYMBOL} from '../board/row-cells.js';
import {ROW_STATUSES} from '../board/row-status.js';
import type {Catalog} from '../i18n/catalog.js';
import {displayWidth, fitToWidth, truncateToWidth} from '../text/display-width.js';
import {BINDINGS, bindingLabel} from './keymap.js';
import {STATUS_COLOR} from './theme.js';

/** Every key binding and the status symbols, from the same table as the footer; two columns when tall. */
export function HelpOverlay({text, height, width, note}: {text: Catalog; height: number; width: number; note?: string}) {
	const keyWidth = Math.max(...BINDINGS.map(binding => displayWidth(bindingLabel(binding, Infinity)))) + 2;
	const entries = BINDINGS.map(binding => `${fitToWidth(bindingLabel(binding, Infinity), keyWidth)}${text.keys[binding.action]}`);
	// Title, legend title, legend and the closing line; the notes under the legend only where they fit.
	const room = height - (note ? 5 : 4);
	const columns = entries.length > room ? 2 : 1;
	const perColumn = Math.ceil(entries.length / columns);
	const notes = [`  ${BUYER_SIGNAL_MARK} ${text.help.signals}`, `  ${AHEAD_MARK}${text.board.ahead}: ${text.help.ahead}`, `  ${text.help.mouse}`].slice(0, Math.max(0, room - perColumn));
	const columnWidth = Math.floor((width - 2) / columns);
	const lines = Array.from({length: perColumn}, (_, row) => Array.from({length: columns}, (_, column) => fitToWidth(entries[column * perColumn + row] ?? '', columnWidth)).join(''));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{text.help.title}</Text>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate">
					{truncateToWidth(`  ${line}`.trimEnd(), width)}
				</Text>
			))}
			<Text bold>{text.help.legend}</Text>
			<Text wrap="truncate">
				{ROW_STATUSES.map(status => (
					<Text key={status} color={STATUS_COLOR[status]}>
						{'  '}[{STATUS_SYMBOL[status]}] {text.status[status]}
					</Text>
				))}
				{`  *N ${text.column.flags}  Y G B P R S D E: ${text.keys.mark}`}
			</Text>
			{notes.map(line => (
				<Text key={line} wrap="truncate">
					{truncateToWidth(line, width)}
				</Text>
			))}
			{note ? <Text wrap="truncate">{truncateToWidth(note, width)}</Text> : null}
			<Text dimColor>{text.help.close}</Text>
		</Box>
	);
}
