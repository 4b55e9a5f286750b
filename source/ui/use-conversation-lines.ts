import {useMemo} from 'react';
import type {BoardRow} from '../board/triage.js';
import type {Catalog, Lang} from '../i18n/catalog.js';
import type {BoardSource} from '../live/board-source.js';
import {isInCountedWindow} from '../model/reply-clock.js';
import {conversationLines, type ConversationLine} from './conversation-lines.js';

/** The open conversation's screen lines, worked out again only when it or its records change. */
export function useConversationLines(row: BoardRow | undefined, source: BoardSource, tz: string, text: Catalog, lang: Lang, width: number): ConversationLine[] {
	const messageCount = row?.conversation.messages.length ?? 0;
	return useMemo(() => {
		if (!row) return [];
		source.restoreTexts(row.conversation);
		const clocks = source.clocksFor(row.conversation.platform);
		return conversationLines(row.conversation, {
			tz,
			text,
			lang,
			width,
			isCounted: message => clocks.some(clock => isInCountedWindow(message.ts, clock, tz)),
			violationsOf: message => source.violationsOf(message),
			records: row.records,
		});
	}, [row?.conversation, row?.records, messageCount, tz, text, width]);
}
