import type {BoardRow, RowStatus} from './triage.js';

const STATUS_RANK: Record<RowStatus, number> = {breached: 0, warning: 1, waiting: 2, idle: 3};

/** The longest pending wait on any clock; 0 when none. */
export function longestWait(row: BoardRow): number {
	return Math.max(0, ...row.clocks.map(c => c.pending?.waitMs ?? 0));
}

/** The least time left on any pending clock; undefined when no clock runs. */
export function leastTimeLeft(row: BoardRow): number | undefined {
	const left = row.clocks.flatMap(c => (c.pending ? [c.pending.leftMs] : []));
	return left.length > 0 ? Math.min(...left) : undefined;
}

/**
 * Breached first, longest wait first; then warning and waiting, least time left first
 * (a buyer waiting outside the counted window, with no clock running, after those that have
 * one, longest wait first); then idle, latest activity first.
 */
export function sortByUrgency(rows: BoardRow[]): BoardRow[] {
	// The keys are worked out once per row, not once per comparison: the board is sorted every second.
	const keyed = rows.map(row => ({row, rank: STATUS_RANK[row.status], urgency: urgency(row)}));
	keyed.sort((a, b) => a.rank - b.rank || a.urgency - b.urgency || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
	return keyed.map(entry => entry.row);
}

/** Buyers waiting outside the counted window sort after every running clock. */
const AFTER_RUNNING_CLOCKS = 1e15;

/** Lower is more urgent, within a status. */
function urgency(row: BoardRow): number {
	if (row.status === 'breached') return -longestWait(row);
	if (row.status === 'idle') return -row.lastActivity;
	return leastTimeLeft(row) ?? AFTER_RUNNING_CLOCKS + (row.waitingSince ?? 0);
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
