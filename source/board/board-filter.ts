import {wordsHold} from '../model/message.js';
import {isActionable} from './row-status.js';
import type {BoardRow} from './triage.js';

/** The views `f` cycles through. */
export const BOARD_VIEWS = ['all', 'waiting', 'breached', 'violations', 'signals', 'flagged', 'spam'] as const;
export type BoardView = (typeof BOARD_VIEWS)[number];

/** Orders other than the board's own (urgency, contract §5): `wait`, the longest waiting buyer first. */
export const BOARD_SORTS = ['urgency', 'wait'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export interface BoardFilter {
	view: BoardView;
	/** Only this shop's conversations (the shop's name as the logs give it). */
	shop?: string;
	sort?: BoardSort;
	/** Matches conversation id, buyer, owner and any message text. */
	search?: string;
	/** Only this agent's conversations. */
	agent?: string;
	/** Only the conversations of this team's agents (the configuration's teams). */
	team?: string;
}

const FLAG_MARKS = new Set(['yellow', 'green', 'blue', 'purple', 'red', 'escalated']);

function inView(row: BoardRow, view: BoardView): boolean {
	const marks = row.records?.marks;
	switch (view) {
		case 'all':
			return true;
		case 'waiting':
			return isActionable(row.status);
		case 'breached':
			return row.status === 'breached' || row.status === 'lost';
		case 'violations':
			return row.violations.total > 0;
		case 'signals':
			return row.buyerSignals.length > 0;
		case 'flagged':
			return [...(marks ?? [])].some(mark => FLAG_MARKS.has(mark));
		case 'spam':
			return marks?.has('spam') ?? false;
	}
}

function matchesSearch(row: BoardRow, search: string, saying: ReadonlySet<string> | undefined): boolean {
	const q = search.toLowerCase();
	const {conversation} = row;
	return (
		conversation.conv.toLowerCase().includes(q) ||
		(row.buyer ?? '').toLowerCase().includes(q) ||
		row.owner.toLowerCase().includes(q) ||
		conversation.messages.some(message => wordsHold(message, q)) ||
		saying?.has(row.key) === true
	);
}

/**
 * The rows a view, a search and an agent or team filter leave, in board order (`teamOf` says an agent's team). `saying`: the keys of the
 * conversations whose logs hold the searched words, for the words no longer held in memory.
 */
export function filterRows(rows: readonly BoardRow[], filter: BoardFilter, saying?: ReadonlySet<string>, teamOf?: (agent: string) => string | undefined): readonly BoardRow[] {
	// The whole board, most of the time: no copy of tens of thousands of rows each second.
	if (filter.view === 'all' && !filter.search && !filter.agent && !filter.team && filter.shop === undefined && (filter.sort ?? 'urgency') === 'urgency') return rows;
	const kept = rows.filter(
		row =>
			inView(row, filter.view) &&
			(!filter.search || matchesSearch(row, filter.search, saying)) &&
			(!filter.agent || row.owner === filter.agent) &&
			(!filter.team || teamOf?.(row.owner) === filter.team) &&
			(filter.shop === undefined || row.conversation.shop === filter.shop),
	);
	// The longest waiting buyer first; nobody waiting after, in the board's order.
	if (filter.sort === 'wait')
		return kept
			.map((row, index) => ({row, index}))
			.sort((a, b) => (a.row.waitingSince ?? Infinity) - (b.row.waitingSince ?? Infinity) || a.index - b.index)
			.map(entry => entry.row);
	return kept;
}

export function nextView(view: BoardView): BoardView {
	return BOARD_VIEWS[(BOARD_VIEWS.indexOf(view) + 1) % BOARD_VIEWS.length]!;
}
