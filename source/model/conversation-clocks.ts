import {messagesUntil, type Conversation} from './conversation.js';
import {startIndexes, startsFromIndexes, type ClockDefinition, type ClockStart} from './reply-clock.js';

/**
 * `clockStarts` of a conversation at `now` (a frozen `now` before its latest message sees only
 * the past), optionally only those that began in `range`. Worked out afresh each time: kept for
 * every conversation, the starts of a million messages were most of the memory.
 */
export function conversationClockStarts(
	conversation: Conversation,
	clock: ClockDefinition,
	tz: string,
	now: number,
	range?: {start: number; end: number},
): ClockStart[] {
	const messages = messagesUntil(conversation, now);
	return startsFromIndexes(messages, startIndexes(messages, clock, tz), clock, now, range);
}
