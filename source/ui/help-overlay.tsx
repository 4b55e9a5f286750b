import {Box, Text} from 'ink';
import React from 'react';
import {STATUS_SYMBOL} from '../board/row-cells.js';
import type {RowStatus} from '../board/triage.js';
import type {Catalog} from '../i18n/catalog.js';
import {fitToWidth} from '../text/display-width.js';
import {BINDINGS, bindingLabel} from './keymap.js';
import {STATUS_COLOR} from './theme.js';

const STATUSES: RowStatus[] = ['breached', 'warning', 'waiting', 'idle'];

/** Every key binding and the status symbols, from the same table as the footer. */
export function HelpOverlay({text, height, note}: {text: Catalog; height: number; note?: string}) {
	const keyWidth = Math.max(...BINDINGS.map(binding => bindingLabel(binding, Infinity).length)) + 2;
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>{text.help.title}</Text>
			{BINDINGS.map(binding => (
				<Text key={binding.action} wrap="truncate">
					{'  '}
					{fitToWidth(bindingLabel(binding, Infinity), keyWidth)}
					{text.keys[binding.action]}
				</Text>
			))}
			<Text bold>{text.help.legend}</Text>
			<Text wrap="truncate">
				{STATUSES.map(status => (
					<Text key={status} color={STATUS_COLOR[status]}>
						{'  '}[{STATUS_SYMBOL[status]}] {text.status[status]}
					</Text>
				))}
			</Text>
			{note ? <Text>{note}</Text> : null}
			<Text dimColor>{text.help.close}</Text>
		</Box>
	);
}
