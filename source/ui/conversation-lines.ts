import type {Catalog} from '../i18n/catalog.js';
import type {Conversation} from '../model/conversation.js';
import type {ChatMessage, Sender} from '../model/message.js';
import {displayWidth, truncateToWidth, wrapToWidth} from '../text/display-width.js';
import {localClock, localDate} from '../time/zone.js';

export interface ConversationLine {
	text: string;
	from?: Sender;
	/** The first line of a message carries its time and sender. */
	first: boolean;
}

/**
 * Every message as screen lines `width` cells wide: time, sender (and agent), then the text
 * wrapped under itself. A date line separates days. A buyer message outside every counted
 * window is marked, so a long wait at 23:30 is seen not to count.
 */
export function conversationLines(
	conversation: Conversation,
	tz: string,
	text: Catalog,
	width: number,
	isCounted: (message: ChatMessage) => boolean = () => true,
): ConversationLine[] {
	const lines: ConversationLine[] = [];
	let day = '';
	for (const message of conversation.messages) {
		const date = localDate(message.ts, tz);
		if (date !== day) {
			day = date;
			lines.push({text: `--- ${date} ---`, first: false});
		}
		const who = message.from === 'buyer' ? (message.buyer ?? text.sender.buyer) : `${text.sender[message.from]} ${message.agent}`;
		const uncounted = message.from === 'buyer' && !isCounted(message) ? ` [${text.board.notCounted}]` : '';
		const prefix = `${localClock(message.ts, tz)} ${who}${uncounted}: `;
		lines.push(...messageLines(prefix, message.text, width).map((line, index) => ({text: line, from: message.from, first: index === 0})));
	}
	return lines;
}

/** A message's lines: text wrapped beside its prefix, or under it when the prefix is too wide. */
function messageLines(prefix: string, body: string, width: number): string[] {
	const prefixWidth = displayWidth(prefix);
	if (prefixWidth <= width / 2) {
		const pieces = wrapToWidth(body, width - prefixWidth);
		return pieces.map((piece, index) => (index === 0 ? prefix : ' '.repeat(prefixWidth)) + piece);
	}
	return [truncateToWidth(prefix, width), ...wrapToWidth(body, Math.max(1, width - 2)).map(piece => `  ${piece}`)];
}
