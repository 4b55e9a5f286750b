import type {Catalog, Lang} from '../i18n/catalog.js';
import {shopNameIn} from '../i18n/shop-name.js';
import {inertText} from '../text/inert-text.js';
import {formatCountdown} from '../text/duration.js';
import {localClock, type Zone} from '../time/zone.js';
import type {Mark} from '../store/records.js';
import type {BoardRow, RowStatus} from './triage.js';
import type {BoardClock, RowCells} from './columns.js';

/** A status is told by symbol as well as colour, so it survives NO_COLOR and colour blindness. */
export const STATUS_SYMBOL: Record<RowStatus, string> = {warning: '! ', breached: '!!', waiting: '~ ', notCounted: '~ ', lost: 'x ', setAside: '- ', idle: '  '};

export type {RowCells} from './columns.js';

/** Marks a row whose buyer complains, threatens a bad review or insults since the last reply; a symbol, so it reads without colour. */
export const BUYER_SIGNAL_MARK = '@';

/** Marks a violation count; a symbol, so it reads without colour. */
export const VIOLATION_MARK = '*';

/** One letter per supervisor mark, shown on the row. */
export const MARK_CODE: Record<Mark, string> = {yellow: 'Y', green: 'G', blue: 'B', purple: 'P', red: 'R', spam: 'S', resolved: 'D', escalated: 'E'};

/** Marks a time stamped after now (the sender's clock runs fast); a symbol, so it reads without colour. */
export const AHEAD_MARK = '^';

/** `^时间超前 ` / `^ahead `: before a line stamped after `now`. */
export function aheadLabel(ts: number, now: number, text: Catalog): string {
	return ts > now ? `${AHEAD_MARK}${text.board.ahead} ` : '';
}

/** What a board row's cells are drawn with. */
export interface RowLook {
	text: Catalog;
	lang: Lang;
	tz: Zone;
	clocks: readonly BoardClock[];
	/** What the rows are drawn at: a line stamped after it is marked. */
	now: number;
	/** What the configuration calls each shop, by the shop's name in the logs. */
	shopNames?: ReadonlyMap<string, string>;
}

/** The text of each cell of one board row at `now`, before any cutting to width or colouring. */
export function rowCells(row: BoardRow, {text, lang, tz, clocks, now, shopNames}: RowLook): RowCells {
	const {conversation} = row;
	// The first column holding one of the row's clocks says what no countdown can: not counted, set aside until.
	const first = clocks.findIndex(column => row.clocks.some(state => state.clock.id === column.id));
	const last = row.lastMessage;
	const speaker = last ? `${aheadLabel(last.ts, now, text)}${text.sender[last.from]}${lang === 'en' ? ': ' : ':'}` : '';
	return {
		status: STATUS_SYMBOL[row.status],
		conv: conversation.conv,
		where: shopNameIn(conversation, text, shopNames),
		// An arrow says a supervisor moved it here; the conversation view says who and when.
		owner: row.movedBy ? `→${row.owner}` : row.owner,
		buyer: row.buyer ?? '',
		clocks: clocks.map((column, index) => clockCell(row, column.id, index === first, text, tz)),
		flags: [
			row.buyerSignals.length > 0 ? BUYER_SIGNAL_MARK : '',
			row.violations.total > 0 ? `${VIOLATION_MARK}${row.violations.total}` : '',
			[...(row.records?.marks ?? [])].map(mark => MARK_CODE[mark]).join(''),
		]
			.filter(Boolean)
			.join(' '),
		lastMessage: last ? speaker + inertText(last.text ?? '') : '',
	};
}

/** A row's cell under the column of clock `id`: blank when the row's platform has no such clock. */
function clockCell(row: BoardRow, id: string, first: boolean, text: Catalog, tz: Zone): string {
	const state = row.clocks.find(c => c.clock.id === id);
	if (!state) return '';
	// A row set aside says, in its first clock's place, when it comes back.
	if (row.setAside && first) return row.setAside.until === undefined ? text.board.setAside[row.setAside.why] : text.board.backAt(localClock(row.setAside.until, tz).slice(0, 5));
	if (state.pending) return formatCountdown(state.pending.leftMs);
	// The buyer waits, but wrote outside the counted window: say why nothing is ticking.
	if (row.waitingSince !== undefined && first) return text.board.notCounted;
	return text.board.noClock;
}
