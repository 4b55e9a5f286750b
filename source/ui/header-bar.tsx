import {Box, Text} from 'ink';
import React from 'react';
import type {HeaderPart} from '../board/header-text.js';
import {displayWidth} from '../text/display-width.js';
import {TONE_COLOR} from './theme.js';

/** One line of header parts, dropping trailing parts that do not fit. */
export function HeaderBar({parts, width}: {parts: readonly HeaderPart[]; width: number}) {
	const shown: HeaderPart[] = [];
	let used = 0;
	for (const part of parts) {
		const cells = displayWidth(part.text) + (shown.length > 0 ? 2 : 0);
		if (used + cells > width) break;
		shown.push(part);
		used += cells;
	}
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
