import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {startsFromIndexes, type ClockDefinition, type ClockStatus} from '../model/reply-clock.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import type {AssignmentRecord} from '../store/records.js';
import {keepIdleRow, snapshotAt} from './snapshot.js';
import {sortByUrgency} from './urgency.js';
import {withRecords} from './with-records.js';

/** Where a conversation stands now, most urgent first. */
export type RowStatus = 'breached' | 'warning' | 'waiting' | 'idle';

export interface PendingClock {
	clock: ClockDefinition;
	waitMs: number;
	/** Negative once the limit has passed. */
	leftMs: number;
	status: ClockStatus;
}

export interface BoardRow {
	key: string;
	conversation: Conversation;
	status: RowStatus;
	owner: string;
	buyer?: string;
	/** The platform's clocks, each with its pending wait, if the buyer is waiting on it. */
	clocks: {clock: ClockDefinition; pending?: PendingClock}[];
	/** Since when the buyer has been waiting (first message of the unanswered run), if at all. */
	waitingSince?: number;
	lastMessage?: ChatMessage;
	lastActivity: number;
	/** Rule violations in the agents' and bots' messages, by severity. */
	violations: ViolationCount;
	/** What supervisors recorded: transfer, marks, notes. */
	records?: ConversationRecords;
	/** Set when the owner shown comes from a supervisor's transfer. */
	movedBy?: AssignmentRecord;
}

/** The supervisor records of a conversation, by key. */
export type RecordsOf = (key: string) => ConversationRecords | undefined;

export interface ViolationCount {
	total: number;
	errors: number;
}

/**
 * Lines stamped after `now`: `hide` them for a frozen `--now` (the board as it stood then, before
 * they were written); `show` them under a live clock, where they can only come from a sender
 * whose clock runs fast — they have been written, so they are on the board, marked.
 */
export type AheadLines = 'hide' | 'show';

/** Builds the triage board at `now`, in the order of the contract: most urgent first. */
export function buildBoard(
	conversations: Iterable<Conversation>,
	packs: RulePacks,
	tz: string,
	now: number,
	recordsOf: RecordsOf = () => undefined,
	ahead: AheadLines = 'hide',
): BoardRow[] {
	const rows: BoardRow[] = [];
	for (const conversation of conversations) {
		const row = withRecords(evaluateConversation(conversation, packs, tz, now, ahead), recordsOf(conversation.key), packs);
		if (row) rows.push(row);
	}
	return sortByUrgency(rows);
}

export function evaluateConversation(conversation: Conversation, packs: RulePacks, tz: string, now: number, ahead: AheadLines = 'hide'): BoardRow | undefined {
	const clocks = packs.get(conversation.platform)?.clocks ?? [];
	const snapshot = snapshotAt(conversation, packs, tz, now, ahead);
	if (!snapshot) return undefined;
	// Nobody waiting now means nobody waiting later either, until a message arrives (a new snapshot).
	if (snapshot.idleRow) return snapshot.idleRow;
	const pending = clocks.map((clock, index) => pendingOf(clock, conversation.messages, snapshot.lastStarts.slice(index * 2, index * 2 + 2), now));
	// A conversation nobody waits in looks the same every second: its row is kept with the snapshot.
	const idle = snapshot.waitingSince === undefined && pending.every(p => !p);
	const row: BoardRow = {
		key: conversation.key,
		conversation,
		status: rowStatus(pending, snapshot.waitingSince),
		owner: snapshot.owner,
		buyer: snapshot.buyer,
		clocks: idle ? idleClocks(clocks) : clocks.map((clock, index) => ({clock, pending: pending[index]})),
		waitingSince: snapshot.waitingSince,
		lastMessage: snapshot.lastMessage,
		lastActivity: snapshot.lastActivity,
		violations: snapshot.violations,
	};
	if (idle) keepIdleRow(snapshot, row);
	return row;
}

// Idle rows, most of a big board, share one list of their clocks with nothing pending.
const idleClockLists = new WeakMap<readonly ClockDefinition[], BoardRow['clocks']>();

function idleClocks(clocks: readonly ClockDefinition[]): BoardRow['clocks'] {
	let list = idleClockLists.get(clocks);
	if (!list) {
		list = clocks.map(clock => ({clock}));
		idleClockLists.set(clocks, list);
	}
	return list;
}

function pendingOf(clock: ClockDefinition, messages: readonly ChatMessage[], lastStart: number[], now: number): PendingClock | undefined {
	if (lastStart[0] === -1 || lastStart[1] !== -1) return undefined;
	const last = startsFromIndexes(messages, lastStart, clock, now)[0]!;
	return {clock, waitMs: last.waitMs, leftMs: clock.limitSeconds * 1000 - last.waitMs, status: last.status};
}

function rowStatus(pending: (PendingClock | undefined)[], waitingSince: number | undefined): RowStatus {
	if (pending.some(p => p?.status === 'breached')) return 'breached';
	if (pending.some(p => p?.status === 'warning')) return 'warning';
	return waitingSince === undefined ? 'idle' : 'waiting';
}

