import {messagesUntil, type Conversation} from './conversation.js';
import {startIndexes, visitStarts, type ClockDefinition, type StartVisitor} from './reply-clock.js';

/**
 * Visits the clock starts of a conversation at `now` (a frozen `now` before its latest message
 * sees only the past), optionally only those that began in `range`. Worked out afresh each time:
 * kept for every conversation, the starts of a million messages were most of the memory.
 */
export function visitConversationStarts(
	conversation: Conversation,
	clock: ClockDefinition,
	tz: string,
	now: number,
	range: {start: number; end: number} | undefined,
	visit: StartVisitor,
): void {
	const messages = messagesUntil(conversation, now);
	visitStarts(messages, startIndexes(messages, clock, tz), clock, now, range, visit);
}
