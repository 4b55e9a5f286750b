import {useMemo} from 'react';
import type {BoardRow} from '../board/triage.js';
import type {Catalog, Lang} from '../i18n/catalog.js';
import type {BoardSource} from '../live/board-source.js';
import type {ChatMessage} from '../model/message.js';
import {isInCountedWindow} from '../model/reply-clock.js';
import {conversationLines, type ConversationLine} from './conversation-lines.js';

interface LinesAt {
	tz: string;
	text: Catalog;
	lang: Lang;
	width: number;
	now: number;
}

/**
 * The open conversation's screen lines, worked out again only when it or its records change, or
 * when a line stamped ahead of the clock stops being ahead.
 */
export function useConversationLines(row: BoardRow | undefined, source: BoardSource, {tz, text, lang, width, now}: LinesAt): ConversationLine[] {
	const messageCount = row?.conversation.messages.length ?? 0;
	const ahead = row ? countAhead(row.conversation.messages, now) : 0;
	return useMemo(() => {
		if (!row) return [];
		source.restoreTexts(row.conversation);
		const clocks = source.clocksFor(row.conversation.platform);
		return conversationLines(row.conversation, {
			tz,
			text,
			lang,
			width,
			now,
			isCounted: message => clocks.some(clock => isInCountedWindow(message.ts, clock, tz)),
			violationsOf: message => source.violationsOf(message),
			buyerSignalsOf: message => source.buyerSignalsOf(message),
			records: row.records,
		});
	}, [row?.conversation, row?.records, messageCount, ahead, tz, text, width]);
}

/** How many of the messages (in `ts` order) are stamped after `now`: counted from the end. */
function countAhead(messages: readonly ChatMessage[], now: number): number {
	let count = 0;
	while (count < messages.length && messages[messages.length - 1 - count]!.ts > now) count += 1;
	return count;
}
