import type {BoardClock} from '../board/columns.js';
import {KeptBoard} from '../board/kept-board.js';
import type {BoardRow} from '../board/triage.js';
import type {TodayFigures} from '../report/day-count.js';
import type {ChatMessage, Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {Violation} from '../rules/find-violations.js';
import {violationsOf} from '../rules/message-violations.js';
import {buyerFindingsOf} from '../rules/message-buyer-signals.js';
import type {BuyerFinding} from '../rules/buyer-rules.js';
import {KeptToday} from './kept-today.js';
import {LogSession, type SessionOptions} from './log-session.js';
import {SessionView} from './session-view.js';
import {WordSearch} from './word-search.js';

export type {SessionOptions} from './log-session.js';

/**
 * A session with its view side: the reading side (`LogSession`) plus what the screen asks of it
 * — the board, today's figures, the word search and the clocks' labels — each kept by an object
 * of its own, and a `SessionView` per data version for the UI to render from.
 */
export class WatchSession extends LogSession {
	private readonly keptBoard: KeptBoard;
	private readonly keptToday: KeptToday;
	private readonly wordSearch: WordSearch;
	private view: SessionView | undefined;
	/** Goes up when a word search has read the logs. */
	private wordSearchVersion = 0;

	constructor(options: SessionOptions) {
		super(options);
		const {packs, tz, records, frozen, staleMs} = options;
		const recordsOf = (key: string) => records?.of(key);
		this.keptBoard = new KeptBoard(this.book, {packs, tz, recordsOf, ahead: frozen ? 'hide' : 'show', staleMs});
		this.keptToday = new KeptToday({tz, packs, clocksFor: platform => this.clocksFor(platform), recordsOf, shopClocks: options.shopClocks, shopName: options.shopName});
		this.wordSearch = new WordSearch(options, () => {
			this.wordSearchVersion += 1;
			this.emit('change');
		});
	}

	/** What the screen renders from: the same object until a line is read, a record written or a search found. */
	snapshot(): SessionView {
		const version = `${this.dataVersion}:${this.wordSearchVersion}`;
		if (this.view?.version !== version) this.view = new SessionView(this, version);
		return this.view;
	}

	/** The board at `now` (see `KeptBoard`). */
	board(now: number): BoardRow[] {
		return this.keptBoard.rows(now, this.recordsChanges);
	}

	/** Today's reply figures in the shop's zone as they stand at `now`, with each shop's alerts. */
	today(now: number): TodayFigures {
		return this.keptToday.figures(this.book.all(), this.dataVersion, now);
	}

	/** Starts reading the logs for conversations saying `query` (the words let go included); 'change' follows. */
	searchWords(query: string): void {
		this.wordSearch.start(query);
	}

	/** The keys of the conversations saying `query`; undefined while the logs are still being read for it. */
	wordsFound(query: string): ReadonlySet<string> | undefined {
		return this.wordSearch.found(query);
	}

	violationsOf(message: ChatMessage): readonly Violation[] {
		return violationsOf(message, this.options.packs);
	}

	/** A buyer line's signals by the packs' buyer rules (contract §7). */
	buyerSignalsOf(message: ChatMessage): readonly BuyerFinding[] {
		return buyerFindingsOf(message, this.options.packs);
	}

	clocksFor(platform: Platform): readonly ClockDefinition[] {
		return this.options.packs.get(platform)?.clocks ?? [];
	}

	/** A clock's label by id, from the first pack that defines it. */
	clockLabel(id: string, lang: 'zh' | 'en'): string {
		for (const pack of this.options.packs.values()) {
			const clock = pack.clocks.find(c => c.id === id);
			if (clock) return clock.label[lang];
		}
		return id;
	}

	/**
	 * The board's clock columns: the default platform's clocks, then those of every other platform
	 * in the logs that the first do not cover (Douyin's 3-minute human clock is not Pinduoduo's 5).
	 */
	boardClocks(lang: 'zh' | 'en'): BoardClock[] {
		const clocks = new Map<string, BoardClock>();
		for (const platform of [this.options.defaultPlatform, ...this.book.platforms]) {
			this.clocksFor(platform).forEach((clock, index) => {
				const known = clocks.get(clock.id);
				if (!known) clocks.set(clock.id, {id: clock.id, label: clock.label[lang], primary: index === 0});
				else if (index === 0) known.primary = true;
			});
		}
		return [...clocks.values()];
	}
}
