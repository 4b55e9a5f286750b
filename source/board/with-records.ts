import type {RulePacks} from '../rules/load-rule-packs.js';
import type {ChatMessage} from '../model/message.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import type {AssignmentRecord} from '../store/records.js';
import {countViolations} from './snapshot.js';
import type {BoardRow, SetAside} from './board-row.js';

/**
 * A transfer shows its new owner until an agent writes in the conversation again; a spam
 * conversation counts for nothing, so it waits on no clock and stays set aside; a snooze or
 * `resolved` sets the row aside until the buyer writes again (or the snooze runs out). None of
 * this changes the day's figures, only where the row stands.
 */
export function withRecords(row: BoardRow | undefined, records: ConversationRecords | undefined, packs: RulePacks, now: number): BoardRow | undefined {
	if (!row || !records) return row;
	if (row.violations.total > 0 && records.reviews.size > 0) row = {...row, violations: countViolations(row.conversation.messages, packs, records, row.lastActivity)};
	const moved = transferInForce(records, row.conversation.messages, row.owner);
	const withOwner = {...row, owner: moved?.to ?? row.owner, movedBy: moved, records};
	if (records.marks.has('spam')) return {...withOwner, status: 'setAside', setAside: {why: 'spam'}, clocks: row.clocks.map(c => ({clock: c.clock})), waitingSince: undefined};
	const aside = setAsideBy(records, row.lastBuyerAt ?? -Infinity, now);
	return aside ? {...withOwner, status: 'setAside', setAside: aside} : withOwner;
}

/** The transfer that names the owner now: one recorded since the last reply, that did not put the conversation back with `logOwner`. */
export function transferInForce(records: ConversationRecords, messages: readonly ChatMessage[], logOwner: string): AssignmentRecord | undefined {
	const {assignment} = records;
	const lastReply = messages.findLast(m => m.from === 'agent' || m.from === 'bot')?.ts ?? 0;
	// An undone transfer that put the conversation back with the agent of the logs moved nothing.
	const backHome = assignment?.undoes !== undefined && assignment.to === logOwner;
	return assignment && !backHome && Date.parse(assignment.at) >= lastReply ? assignment : undefined;
}

/** A snooze or `resolved` recorded after the buyer's last line, and a snooze not yet run out. */
export function setAsideBy(records: ConversationRecords, lastBuyerAt: number, now: number): SetAside | undefined {
	const {snooze} = records;
	if (snooze && Date.parse(snooze.at) >= lastBuyerAt) {
		const until = snooze.until === undefined ? undefined : Date.parse(snooze.until);
		if (until === undefined || now < until) return {why: 'snooze', until};
	}
	const resolved = records.markRecords.get('resolved');
	if (resolved && Date.parse(resolved.at) >= lastBuyerAt) return {why: 'resolved'};
	return undefined;
}
