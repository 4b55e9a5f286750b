import {ROW_STATUSES, type RowStatus} from './row-status.js';
import type {BoardRow} from './board-row.js';

const STATUS_RANK = Object.fromEntries(ROW_STATUSES.map((status, rank) => [status, rank])) as Record<RowStatus, number>;

/** The longest pending wait on any clock; 0 when none. */
export function longestWait(row: BoardRow): number {
	return Math.max(0, ...row.clocks.map(c => c.pending?.waitMs ?? 0));
}

/** The least time left on any pending clock not yet over (on any, when all are); undefined when no clock runs. */
export function leastTimeLeft(row: BoardRow): number | undefined {
	const left = row.clocks.flatMap(c => (c.pending ? [c.pending.leftMs] : []));
	if (left.length === 0) return undefined;
	const notOver = left.filter(ms => ms >= 0);
	return Math.min(...(notOver.length > 0 ? notOver : left));
}

/**
 * The sections of contract §5 in order, and within them: at risk and waiting, least time left
 * first; breached, longest wait first; not counted, longest wait first; lost, latest buyer line
 * first; set aside, soonest back first; idle, latest activity first. Within each, a row whose
 * buyer threatens or insults since the last reply (contract §7) goes first.
 */
export function sortByUrgency(rows: BoardRow[]): BoardRow[] {
	// The keys are worked out once per row, not once per comparison: the board is sorted every second.
	const keyed = rows.map(row => ({row, rank: STATUS_RANK[row.status], signal: row.buyerSignals.length > 0 ? 0 : 1, urgency: urgency(row)}));
	keyed.sort((a, b) => a.rank - b.rank || a.signal - b.signal || a.urgency - b.urgency || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
	return keyed.map(entry => entry.row);
}

/** Rows set aside with no time to come back sort after those with one (spam last), latest activity first. */
const UNTIL_THE_BUYER_WRITES = 2e15;
const SPAM = 4e15;

/** Lower is more urgent, within a status. */
function urgency(row: BoardRow): number {
	switch (row.status) {
		case 'breached':
			return -longestWait(row);
		case 'notCounted':
			return row.waitingSince ?? 0;
		case 'lost':
			return -(row.lastBuyerAt ?? 0);
		case 'setAside':
			return row.setAside?.until ?? (row.setAside?.why === 'spam' ? SPAM : UNTIL_THE_BUYER_WRITES) - row.lastActivity;
		case 'idle':
			return -row.lastActivity;
		default:
			return leastTimeLeft(row) ?? 0;
	}
}

/** Where an idle row goes among idle rows in the order `sortByUrgency` gives them: latest activity first, then by key. */
export function idlePosition(idle: readonly BoardRow[], row: BoardRow): number {
	let low = 0;
	let high = idle.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		const other = idle[middle]!;
		const before = other.lastActivity > row.lastActivity || (other.lastActivity === row.lastActivity && other.key < row.key);
		if (before) low = middle + 1;
		else high = middle;
	}
	return low;
}
