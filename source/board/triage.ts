import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {startsFromIndexes, type ClockDefinition} from '../model/reply-clock.js';
import {DEFAULT_STALE_MINUTES, type RulePacks} from '../rules/load-rule-packs.js';
import type {BoardOptions, BoardRow, PendingClock, RecordsOf} from './board-row.js';
import {keepIdleRow, snapshotAt} from './snapshot.js';
import {sortByUrgency} from './urgency.js';
import {withRecords} from './with-records.js';
import type {RowStatus} from './row-status.js';
import type {Zone} from '../time/zone.js';

export {isActionable, ROW_STATUSES, type RowStatus} from './row-status.js';

export type {AheadLines, BoardOptions, BoardRow, PendingClock, RecordsOf, SetAside, ViolationCount} from './board-row.js';

/** Builds the triage board at `now`, in the order of the contract: most urgent first. */
export function buildBoard(conversations: Iterable<Conversation>, packs: RulePacks, tz: Zone, now: number, recordsOf: RecordsOf = () => undefined, options: BoardOptions = {}): BoardRow[] {
	const rows: BoardRow[] = [];
	for (const conversation of conversations) {
		const row = withRecords(evaluateConversation(conversation, packs, tz, now, options), recordsOf(conversation.key), packs, now);
		if (row) rows.push(row);
	}
	return sortByUrgency(rows);
}

export function evaluateConversation(conversation: Conversation, packs: RulePacks, tz: Zone, now: number, options: BoardOptions = {}): BoardRow | undefined {
	const pack = packs.get(conversation.platform);
	const clocks = pack?.clocks ?? [];
	const snapshot = snapshotAt(conversation, packs, tz, now, options.ahead ?? 'hide');
	if (!snapshot) return undefined;
	// Nobody waiting now means nobody waiting later either, until a message arrives (a new snapshot).
	if (snapshot.idleRow) return snapshot.idleRow;
	const pending = clocks.map((clock, index) => pendingOf(clock, conversation.messages, snapshot.lastStarts.slice(index * 2, index * 2 + 2), now));
	// A conversation nobody waits in looks the same every second: its row is kept with the snapshot.
	const idle = snapshot.waitingSince === undefined && pending.every(p => !p);
	const row: BoardRow = {
		key: conversation.key,
		conversation,
		status: rowStatus(pending, snapshot, now - (options.staleMs ?? (pack?.staleMinutes ?? DEFAULT_STALE_MINUTES) * 60_000)),
		owner: snapshot.owner,
		buyer: snapshot.buyer,
		clocks: idle ? (pack?.idleClocks ?? []) : clocks.map((clock, index) => ({clock, pending: pending[index]})),
		waitingSince: snapshot.waitingSince,
		lastBuyerAt: snapshot.lastBuyerAt,
		lastMessage: snapshot.lastMessage,
		lastActivity: snapshot.lastActivity,
		violations: snapshot.violations,
		buyerSignals: snapshot.buyerSignals,
	};
	if (idle) keepIdleRow(snapshot, row);
	return row;
}

function pendingOf(clock: ClockDefinition, messages: readonly ChatMessage[], lastStart: number[], now: number): PendingClock | undefined {
	if (lastStart[0] === -1 || lastStart[1] !== -1) return undefined;
	const last = startsFromIndexes(messages, lastStart, clock, now)[0]!;
	return {clock, waitMs: last.waitMs, leftMs: clock.limitSeconds * 1000 - last.waitMs, status: last.status};
}

/**
 * Contract §5. A clock still running alongside one that is over keeps the row breached even past
 * `--stale`: something can still be saved, so it is not lost.
 */
function rowStatus(pending: (PendingClock | undefined)[], snapshot: {waitingSince?: number; lastBuyerAt?: number}, staleBefore: number): RowStatus {
	const running = pending.filter((p): p is PendingClock => p !== undefined);
	if (running.length === 0) return snapshot.waitingSince === undefined ? 'idle' : 'notCounted';
	if (running.some(p => p.status === 'warning')) return 'warning';
	const over = running.filter(p => p.status === 'breached').length;
	if (over === 0) return 'waiting';
	const stale = (snapshot.lastBuyerAt ?? 0) < staleBefore;
	return over === running.length && stale ? 'lost' : 'breached';
}
