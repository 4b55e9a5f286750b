import {Box, Text} from 'ink';
import React from 'react';
import type {BoardRow} from '../board/triage.js';
import type {Catalog, Lang} from '../i18n/catalog.js';
import {shopNameIn} from '../i18n/shop-name.js';
import {truncateToWidth} from '../text/display-width.js';
import {formatCountdown} from '../text/duration.js';
import {HIGHLIGHT_OPEN, type ConversationLine} from './conversation-lines.js';
import {STATUS_COLOR} from './theme.js';

export interface ConversationViewProps {
	row: BoardRow | undefined;
	lines: readonly ConversationLine[];
	/** Index of the first line shown. */
	top: number;
	height: number;
	width: number;
	text: Catalog;
	lang: Lang;
	/** What the configuration calls each shop. */
	shopNames?: ReadonlyMap<string, string>;
}

const SENDER_COLOR = {buyer: 'cyan', agent: 'green', bot: 'magenta', system: 'gray'} as const;

/** Every message of one conversation, newest at the bottom, scrolled to `top`. */
export function ConversationView({row, lines, top, height, width, text, lang, shopNames}: ConversationViewProps) {
	const visible = lines.slice(top, top + height - 1);
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate" color={row ? STATUS_COLOR[row.status] : undefined}>
				{truncateToWidth(row ? titleOf(row, text, lang, shopNames) : text.conversation.title, width)}
			</Text>
			{visible.map((line, index) => (
				<ConversationLineView key={top + index} line={line} width={width} />
			))}
		</Box>
	);
}

function ConversationLineView({line, width}: {line: ConversationLine; width: number}) {
	const shown = truncateToWidth(line.text, width);
	if (line.kind === 'record') {
		return (
			<Text wrap="truncate" color="yellow">
				{shown}
			</Text>
		);
	}
	if (line.kind === 'signal') {
		return (
			<Text wrap="truncate" color="magenta" bold>
				{shown}
			</Text>
		);
	}
	if (line.kind === 'violation') {
		return (
			<Text wrap="truncate" color={line.dismissed ? 'gray' : line.severity === 'error' ? 'red' : 'yellow'} dimColor={line.dismissed}>
				{shown}
			</Text>
		);
	}
	// The words that broke a rule stand in brackets; colour only adds to them.
	const pieces = shown.split(/(【[^】]*】?)/);
	return (
		<Text wrap="truncate" color={line.from ? SENDER_COLOR[line.from] : 'gray'} dimColor={line.from === 'system'}>
			{pieces.map((piece, index) =>
				piece.startsWith(HIGHLIGHT_OPEN) ? (
					<Text key={index} color="red" bold underline>
						{piece}
					</Text>
				) : (
					piece
				),
			)}
		</Text>
	);
}

function titleOf(row: BoardRow, text: Catalog, lang: Lang, shopNames: ReadonlyMap<string, string> | undefined): string {
	const {conversation} = row;
	const clocks = row.clocks.filter(c => c.pending).map(c => `${c.clock.label[lang]} ${formatCountdown(c.pending!.leftMs)}`);
	return [
		`${text.conversation.title} ${conversation.conv}`,
		shopNameIn(conversation, text, shopNames),
		`${text.conversation.owner} ${row.owner}`,
		row.buyer ? `${text.conversation.buyer} ${row.buyer}` : '',
		`[${text.status[row.status]}]`,
		...clocks,
	]
		.filter(Boolean)
		.join('  ');
}
