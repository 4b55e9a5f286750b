import type {Catalog, Lang} from '../i18n/catalog.js';
import {shopName} from '../i18n/shop-name.js';
import {singleLine} from '../text/display-width.js';
import {formatCountdown} from '../text/duration.js';
import {localClock} from '../time/zone.js';
import type {Mark} from '../store/records.js';
import type {BoardRow, RowStatus} from './triage.js';

/** A status is told by symbol as well as colour, so it survives NO_COLOR and colour blindness. */
export const STATUS_SYMBOL: Record<RowStatus, string> = {warning: '! ', breached: '!!', waiting: '~ ', notCounted: '~ ', lost: 'x ', setAside: '- ', idle: '  '};

/** How many reply clocks the board shows as columns (Pinduoduo's 5- and 60-minute rules). */
export const CLOCK_COLUMNS = 2;

export interface RowCells {
	status: string;
	conv: string;
	where: string;
	owner: string;
	buyer: string;
	clocks: string[];
	/** `*2`: how many rule violations the agents' messages carry. */
	flags: string;
	lastMessage: string;
}

/** Marks a violation count; a symbol, so it reads without colour. */
export const VIOLATION_MARK = '*';

/** One letter per supervisor mark, shown on the row. */
export const MARK_CODE: Record<Mark, string> = {yellow: 'Y', green: 'G', blue: 'B', purple: 'P', red: 'R', spam: 'S', resolved: 'D', escalated: 'E'};

/** The text of each cell of one board row, before any cutting to width or colouring. */
export function rowCells(row: BoardRow, text: Catalog, lang: Lang, tz: string): RowCells {
	const {conversation} = row;
	const clocks = Array.from({length: CLOCK_COLUMNS}, (_, index) => clockCell(row, index, text, tz));
	const last = row.lastMessage;
	const speaker = last ? `${text.sender[last.from]}${lang === 'en' ? ': ' : ':'}` : '';
	return {
		status: STATUS_SYMBOL[row.status],
		conv: conversation.conv,
		where: shopName(conversation, text),
		// An arrow says a supervisor moved it here; the conversation view says who and when.
		owner: row.movedBy ? `→${row.owner}` : row.owner,
		buyer: row.buyer ?? '',
		clocks,
		flags: [row.violations.total > 0 ? `${VIOLATION_MARK}${row.violations.total}` : '', [...(row.records?.marks ?? [])].map(mark => MARK_CODE[mark]).join('')].filter(Boolean).join(' '),
		lastMessage: last ? speaker + singleLine(last.text ?? '') : '',
	};
}

function clockCell(row: BoardRow, index: number, text: Catalog, tz: string): string {
	// A row set aside says, in its first clock's place, when it comes back.
	if (row.setAside && index === 0) return row.setAside.until === undefined ? text.board.setAside[row.setAside.why] : text.board.backAt(localClock(row.setAside.until, tz).slice(0, 5));
	const state = row.clocks[index];
	if (!state) return '';
	if (state.pending) return formatCountdown(state.pending.leftMs);
	// The buyer waits, but wrote outside the counted window: say why nothing is ticking.
	if (row.waitingSince !== undefined && index === 0) return text.board.notCounted;
	return text.board.noClock;
}
