import {useLayoutEffect, useMemo, useState} from 'react';
import type {BoardRow} from '../board/triage.js';
import type {Catalog, Lang} from '../i18n/catalog.js';
import type {BoardSource} from '../live/board-source.js';
import type {ChatMessage} from '../model/message.js';
import {isInCountedWindow} from '../model/reply-clock.js';
import {conversationLines, type ConversationLine} from './conversation-lines.js';
import type {Zone} from '../time/zone.js';

interface LinesAt {
	tz: Zone;
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
	// Words let go are read back from the logs (file I/O) after the render, which is then drawn
	// again with them; layout effects run before Ink writes the frame out.
	const [restored, setRestored] = useState(0);
	useLayoutEffect(() => {
		if (conversation && source.restoreTexts(conversation) > 0) setRestored(count => count + 1);
	}, [conversation, messageCount, source]);
	return useMemo(() => {
		if (!conversation || messageCount === 0) return [];
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
		// `restored` is not read: it says the messages' words changed in place.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [conversation, records, messageCount, drawnAt, restored, source, tz, text, lang, width]);
}

/** How many of the messages (in `ts` order) are stamped after `now`: counted from the end. */
function countAhead(messages: readonly ChatMessage[], now: number): number {
	let count = 0;
	while (count < messages.length && messages[messages.length - 1 - count]!.ts > now) count += 1;
	return count;
}
