import type {Conversation} from '../model/conversation.js';
import {dayFigures, type AgentDay, type DayFigures, type ShopDay} from '../model/daily-figures.js';
import type {RateAlert} from '../model/rate-alerts.js';
import {tallyViolations, type ViolationTally} from './violation-tally.js';
import {conversationKey, type Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {violationsOnDay} from '../rules/message-violations.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {countsAgainst} from '../store/verdicts.js';
import type {Zone} from '../time/zone.js';

/** A day's figures with each shop's alerts: what the live header and agent panel show. */
export interface TodayFigures {
	/** Each shop with its alerts, its clocks as its targets make them (the configuration's over the pack's), and its display name if it has one. */
	shops: (ShopDay & {alerts: RateAlert[]; shopClocks: readonly ClockDefinition[]; name?: string})[];
	agents: AgentDay[];
	violations: ViolationTally;
}

export interface DayCountQuery {
	date: string;
	tz: Zone;
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
	const counted = [...conversations];
	// Asked once per conversation: the figures, the violations and the count all leave them out.
	const spam = new Set(counted.filter(conversation => query.recordsOf(conversation.key)?.marks.has('spam')));
	const figures = dayFigures(counted, {...query, isSpam: spam.size === 0 ? undefined : conversation => spam.has(conversation)});
	const found = violationsOnDay(spam.size === 0 ? counted : counted.filter(conversation => !spam.has(conversation)), query.packs, query.date, query.tz, query.now).filter(({message, violation}) =>
		countsAgainst(query.recordsOf(conversationKey(message)), message, violation.rule.id),
	);
	return {figures, violations: tallyViolations(found), spam: spam.size};
}
