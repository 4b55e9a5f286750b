import type {Conversation} from '../model/conversation.js';
import {dayFigures, type DayFigures} from '../model/daily-figures.js';
import {tallyViolations, type ViolationTally} from '../model/exposure.js';
import {conversationKey, type Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {violationsOnDay} from '../rules/message-violations.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {countsAgainst} from '../store/verdicts.js';

export interface DayCountQuery {
	date: string;
	tz: string;
	now: number;
	packs: RulePacks;
	clocksFor: (platform: Platform) => readonly ClockDefinition[];
	/** The supervisor records of a conversation, by key: spam marks and reviewed flags count here. */
	recordsOf: (key: string) => ConversationRecords | undefined;
}

/**
 * One day's reply figures and the violations that still count (not in spam conversations, not
 * judged false): what `report` prints and the live header shows.
 */
export function countDay(conversations: Iterable<Conversation>, query: DayCountQuery): {figures: DayFigures; violations: ViolationTally; spam: number} {
	const isSpam = (conversation: Conversation) => query.recordsOf(conversation.key)?.marks.has('spam') ?? false;
	const counted = [...conversations];
	const figures = dayFigures(counted, {...query, isSpam});
	const found = violationsOnDay(
		counted.filter(conversation => !isSpam(conversation)),
		query.packs,
		query.date,
		query.tz,
		query.now,
	).filter(({message, violation}) => countsAgainst(query.recordsOf(conversationKey(message)), message, violation.rule.id));
	return {figures, violations: tallyViolations(found), spam: counted.filter(isSpam).length};
}
