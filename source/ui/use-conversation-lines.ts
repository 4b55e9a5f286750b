import {useMemo, useState} from 'react';
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
	const conversation = row?.conversation;
	const records = row?.records;
	const messageCount = conversation?.messages.length ?? 0;
	// Lines say which messages are stamped ahead of `now`: drawn again only when that count changes.
	const ahead = conversation ? countAhead(conversation.messages, now) : 0;
	const [drawnAt, setDrawnAt] = useState({ahead, now});
	if (drawnAt.ahead !== ahead) setDrawnAt({ahead, now});
	return useMemo(() => {
		if (!conversation || messageCount === 0) return [];
		source.restoreTexts(conversation);
		const clocks = source.clocksFor(conversation.platform);
		return conversationLines(conversation, {
			tz,
			text,
			lang,
			width,
			now: drawnAt.now,
			isCounted: message => clocks.some(clock => isInCountedWindow(message.ts, clock, tz)),
			violationsOf: message => source.violationsOf(message),
			buyerSignalsOf: message => source.buyerSignalsOf(message),
			records,
		});
	}, [conversation, records, messageCount, drawnAt, source, tz, text, lang, width]);
}

/** How many of the messages (in `ts` order) are stamped after `now`: counted from the end. */
function countAhead(messages: readonly ChatMessage[], now: number): number {
	let count = 0;
	while (count < messages.length && messages[messages.length - 1 - count]!.ts > now) count += 1;
	return count;
}
