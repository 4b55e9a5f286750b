import {Box, Text} from 'ink';
import React from 'react';
import type {Catalog} from '../i18n/catalog.js';
import type {BadLine} from '../model/message.js';
import {badLineText} from '../i18n/bad-line-text.js';
import {truncateToWidth} from '../text/display-width.js';

/** The lines that were skipped, newest last, as `file:line: reason`. */
export function BadLinesOverlay({badLines, text, height, width}: {badLines: readonly BadLine[]; text: Catalog; height: number; width: number}) {
	const shown = badLines.slice(-Math.max(1, height - 2));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold>
				{text.badLines.title} ({badLines.length})
			</Text>
			{badLines.length === 0 ? <Text>{text.badLines.none}</Text> : null}
			{shown.map((bad, index) => (
				<Text key={index} wrap="truncate">
					{truncateToWidth(badLineText(bad, text), width)}
				</Text>
			))}
			<Text dimColor>{text.help.close}</Text>
		</Box>
	);
}
