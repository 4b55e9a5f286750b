import type {BoardClock} from '../board/columns.js';
import type {BoardRow} from '../board/triage.js';
import type {TodayFigures} from '../report/day-count.js';

/** What a view reads: the session's view side (`WatchSession`). */
export interface ViewSource {
	board(now: number): BoardRow[];
	today(now: number): TodayFigures;
	readonly book: {agents(): string[]};
	boardClocks(lang: 'zh' | 'en'): BoardClock[];
	wordsFound(query: string): ReadonlySet<string> | undefined;
}

/**
 * The session as it stands at one data version: what the UI renders from. A new one is made
 * whenever a line is read, a record written or a word search found, so the UI keeps what it
 * works out from a view for exactly as long as the view lasts. Its reads have no effects the
 * screen can see (the session keeps what they work out, to answer the next one sooner).
 */
export class SessionView {
	constructor(
		private readonly session: ViewSource,
		readonly version: string,
	) {}

	board(now: number): BoardRow[] {
		return this.session.board(now);
	}

	today(now: number): TodayFigures {
		return this.session.today(now);
	}

	agents(): string[] {
		return this.session.book.agents();
	}

	boardClocks(lang: 'zh' | 'en'): BoardClock[] {
		return this.session.boardClocks(lang);
	}

	wordsFound(query: string): ReadonlySet<string> | undefined {
		return this.session.wordsFound(query);
	}
}
