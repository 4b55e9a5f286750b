import type {ChatMessage} from '../model/message.js';
import type {ConversationRecords} from './conversation-records.js';
import {reviewKey, type Verdict} from './records.js';

/** The supervisor's verdict on a rule flagged in a message; `open` until someone reviews it. */
export function verdictOf(records: ConversationRecords | undefined, message: Pick<ChatMessage, 'file' | 'line'>, rule: string): Verdict {
	return records?.reviews.get(reviewKey({file: message.file, line: message.line, rule})) ?? 'open';
}

/** A flag judged false stays visible, dimmed, but no longer counts or costs anything. */
export function countsAgainst(records: ConversationRecords | undefined, message: Pick<ChatMessage, 'file' | 'line'>, rule: string): boolean {
	return verdictOf(records, message, rule) !== 'false-positive';
}
