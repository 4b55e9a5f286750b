import type {RulePacks} from '../rules/load-rule-packs.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {countViolations} from './snapshot.js';
import type {BoardRow} from './triage.js';

/**
 * A transfer shows its new owner until an agent writes in the conversation again; a spam
 * conversation counts for nothing, so it waits on no clock.
 */
export function withRecords(row: BoardRow | undefined, records: ConversationRecords | undefined, packs: RulePacks): BoardRow | undefined {
	if (!row || !records) return row;
	if (row.violations.total > 0 && records.reviews.size > 0) row = {...row, violations: countViolations(row.conversation.messages, packs, records, row.lastActivity)};
	const {assignment} = records;
	const lastReply = row.conversation.messages.findLast(m => m.from === 'agent' || m.from === 'bot')?.ts ?? 0;
	const moved = assignment && Date.parse(assignment.at) >= lastReply ? assignment : undefined;
	const withOwner = {...row, owner: moved?.to ?? row.owner, movedBy: moved, records};
	if (!records.marks.has('spam')) return withOwner;
	return {...withOwner, status: 'idle', clocks: row.clocks.map(c => ({clock: c.clock})), waitingSince: undefined};
}
