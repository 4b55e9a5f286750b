import {Box, Text} from 'ink';
import React from 'react';
import {fitHeaderParts, type HeaderPart} from '../board/header-text.js';
import {TONE_COLOR} from './theme.js';

/** One line of header parts; on a narrow terminal the least needed give way. */
export function HeaderBar({parts, width}: {parts: readonly HeaderPart[]; width: number}) {
	const shown = fitHeaderParts(parts, width);
	return (
		<Box height={1}>
			<Text wrap="truncate">
				{shown.map((part, index) => (
					<Text key={index} color={part.tone ? TONE_COLOR[part.tone] : undefined} bold={part.tone === 'title' || part.tone === 'breached'}>
						{index > 0 ? '  ' : ''}
						{part.text}
					</Text>
				))}
			</Text>
		</Box>
	);
}
