import {EventEmitter} from 'node:events';
import {buildBoard, type AheadLines, type BoardRow} from '../board/triage.js';
import type {BoardClock} from '../board/columns.js';
import {idlePosition} from '../board/urgency.js';
import {LogReader, type LoadProgress} from '../ingest/log-reader.js';
import {readBackTexts} from '../ingest/read-back.js';
import {conversationsSaying} from '../ingest/search-logs.js';
import {ConversationBook} from '../model/conversation-book.js';
import type {Conversation} from '../model/conversation.js';
import type {BadLine, ChatMessage, Platform} from '../model/message.js';
import type {Violation} from '../rules/find-violations.js';
import {violationsOf} from '../rules/message-violations.js';
import {buyerFindingsOf} from '../rules/message-buyer-signals.js';
import type {BuyerFinding} from '../rules/buyer-rules.js';
import {countDay, type TodayFigures} from '../report/day-count.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import {rateAlerts} from '../model/rate-alerts.js';
import {localDate} from '../time/zone.js';
import type {RecordBook} from './record-book.js';
import type {Encoding} from '../ingest/decode-line.js';
import type {RulePacks} from '../rules/load-rule-packs.js';

export interface SessionOptions {
	paths: readonly string[];
	tz: string;
	defaultPlatform: Platform;
	packs: RulePacks;
	poll?: boolean;
	encoding?: Encoding;
	/** The supervisor records (`--db`) this session reads, watches and writes. */
	records?: RecordBook;
	/**
	 * Keep the words of messages this long (by `clock`), then only each conversation's latest;
	 * the rest are read back from the logs when a conversation is opened. Unset: keep them all.
	 */
	keepTextsMs?: number;
	/** The session's time: the words' horizon, and how long a rotated file has been idle. */
	clock?: () => number;
	/** A frozen `--now`: the board shows the lines up to it. Otherwise lines stamped ahead are shown too. */
	frozen?: boolean;
	/** How long a log renamed or deleted away must be idle before it is let go (file-cursor.ts). */
	rotatedIdleMs?: number;
	/** `--stale`: how long without a buyer line before a conversation over every clock is lost; default each pack's. */
	staleMs?: number;
}

/** The board between redraws: the idle rows in order, and who is waiting (evaluated at each redraw). */
interface KeptBoard {
	recordsVersion: number;
	now: number;
	idle: BoardRow[];
	waiting: Conversation[];
}

/** The kept board with the changed conversations' new rows in place of their old ones. */
function withChanged(kept: KeptBoard, changed: ReadonlySet<Conversation>, rows: BoardRow[]): Pick<KeptBoard, 'idle' | 'waiting'> {
	const idle = kept.idle.filter(row => !changed.has(row.conversation));
	for (const row of rows.filter(r => r.status === 'idle')) idle.splice(idlePosition(idle, row), 0, row);
	const waiting = [...kept.waiting.filter(conversation => !changed.has(conversation)), ...rows.filter(r => r.status !== 'idle').map(r => r.conversation)];
	return {idle, waiting};
}

/** The last search of the words in the logs: the keys of the conversations saying them, once read. */
interface WordSearch {
	query: string;
	keys?: ReadonlySet<string>;
}

/** How often words that have aged past the horizon are let go while following. */
const FORGET_EVERY_MS = 5 * 60_000;

/**
 * The live core the UI subscribes to: reads and follows the logs into a conversation book,
 * collects bad lines, and says 'change' after each batch. Knows nothing of the terminal.
 */
export class WatchSession extends EventEmitter<{change: []}> {
	readonly book: ConversationBook;
	readonly badLines: BadLine[] = [];
	private readonly reader: LogReader;
	private loaded = false;
	/** Bumped whenever the records change. */
	private recordsVersion = 0;
	private forgetTimer: NodeJS.Timeout | undefined;
	private wordSearch: WordSearch | undefined;
	private readonly observers: ((message: ChatMessage, conversation: Conversation) => void)[] = [];

	/** Changes whenever a line is read or a record written: what the caches below are kept by. */
	private get dataVersion(): string {
		return `${this.book.version}:${this.recordsVersion}`;
	}

	private boardCache: KeptBoard | undefined;
	private todayCache: {version: string; now: number; stableUntil: number; figures: TodayFigures} | undefined;
	/** How far the first read has got, for the progress bar. */
	loadProgress: LoadProgress | undefined;

	constructor(readonly options: SessionOptions) {
		super();
		const {keepTextsMs, clock = Date.now} = options;
		this.book = new ConversationBook(keepTextsMs === undefined ? undefined : {keepMs: keepTextsMs, clock});
		// Checked as it is read, rather than all at once when the first board is drawn (a big
		// backlog then loads with the screen still answering), and before the book may let go
		// of its words.
		this.reader = new LogReader(
			{
				message: message => {
					violationsOf(message, options.packs);
					buyerFindingsOf(message, options.packs);
					const conversation = this.book.add(message);
					for (const observer of this.observers) observer(message, conversation);
				},
				badLine: bad => this.badLines.push(bad),
				flushed: () => this.emit('change'),
				progress: progress => {
					this.loadProgress = progress;
				},
			},
			{tz: options.tz, defaultPlatform: options.defaultPlatform, poll: options.poll, encoding: options.encoding, rotatedIdleMs: options.rotatedIdleMs, clock},
		);
		options.records?.on('change', () => {
			this.recordsVersion += 1;
			this.emit('change');
		});
	}

	/** Calls `observer` with every line read, once it is in the book (the alerts follow lines so). */
	observeMessages(observer: (message: ChatMessage, conversation: Conversation) => void): void {
		this.observers.push(observer);
	}

	get records(): RecordBook | undefined {
		return this.options.records;
	}

	/** Reads what the files hold now; with `follow`, keeps reading what is appended. */
	async start({follow}: {follow: boolean}): Promise<void> {
		await (follow ? this.options.records?.start() : this.options.records?.load());
		if (follow) {
			await this.reader.follow(this.options.paths);
			if (this.options.keepTextsMs !== undefined) this.forgetTimer = setInterval(() => this.book.forgetOldWords(), FORGET_EVERY_MS).unref();
		} else {
			await this.reader.readAll(this.options.paths);
			await this.reader.release();
		}
		this.loaded = true;
		this.emit('change');
	}

	/** The paths being followed that are not there now (a folder deleted): followed again once back. */
	get missingPaths(): readonly string[] {
		return this.reader.missing;
	}

	get isLoaded(): boolean {
		return this.loaded;
	}

	/**
	 * The board at `now`. Until a line is read or a record written, idle conversations stay idle
	 * and the others (waiting, lost, set aside…) stay out of idle whatever the time, so the next seconds only re-evaluate the
	 * waiting ones and append the idle rows, already in order. A new line re-evaluates only its
	 * conversation; a record written, or a `now` gone back, builds the board afresh.
	 */
	board(now: number): BoardRow[] {
		const {records, packs, tz, staleMs} = this.options;
		const recordsOf = (key: string) => records?.of(key);
		const ahead: AheadLines = this.options.frozen ? 'hide' : 'show';
		const options = {staleMs, ahead};
		const changed = this.book.takeChanged();
		let cached = this.boardCache;
		if (!cached || cached.recordsVersion !== this.recordsVersion || now < cached.now) {
			const rows = buildBoard(this.book.all(), packs, tz, now, recordsOf, options);
			cached = {recordsVersion: this.recordsVersion, now, idle: rows.filter(row => row.status === 'idle'), waiting: rows.filter(row => row.status !== 'idle').map(row => row.conversation)};
		} else if (changed.size > 0) {
			// Placed as they stand at `now` (a snooze run out makes a row idle): valid from `now` on.
			cached = {...cached, now: Math.max(cached.now, now), ...withChanged(cached, changed, buildBoard(changed, packs, tz, now, recordsOf, options))};
		}
		const live = buildBoard(cached.waiting, packs, tz, now, recordsOf, options);
		// A snooze that ran out on a quiet conversation: it is idle from now on, in its place among the idle.
		if (live.at(-1)?.status === 'idle') {
			const back = live.filter(row => row.status === 'idle');
			// Idle from `now` on, not before it: an earlier `now` builds afresh.
			cached = {...cached, now, ...withChanged(cached, new Set(back.map(row => row.conversation)), back)};
		}
		// Hidden lines stamped after `now` come into view as time passes, even in conversations
		// that have no row yet: such a board is not kept. Lines shown already change nothing.
		this.boardCache = ahead === 'hide' && this.book.latestTs > now ? undefined : cached;
		return live.at(-1)?.status === 'idle' ? [...live.filter(row => row.status !== 'idle'), ...cached.idle] : [...live, ...cached.idle];
	}

	/** Today's reply figures in the shop's zone as they stand at `now`, with each shop's alerts. */
	today(now: number): TodayFigures {
		// Recounting the day every second is most of the live board's work; the figures are
		// reused while nothing was read or recorded and no pending wait can have gone over.
		const cached = this.todayCache;
		const version = this.dataVersion;
		if (cached && cached.version === version && now >= cached.now && now < cached.stableUntil) return cached.figures;
		const {figures, stableUntil} = this.countToday(now);
		this.todayCache = {version, now, stableUntil, figures};
		return figures;
	}

	private countToday(now: number): {figures: TodayFigures; stableUntil: number} {
		const {tz, packs, records} = this.options;
		const day = countDay(this.book.all(), {date: localDate(now, tz), tz, now, packs, clocksFor: p => this.clocksFor(p), recordsOf: key => records?.of(key)});
		return {
			figures: {
				shops: day.figures.shops.map(shop => ({...shop, alerts: rateAlerts(shop.clocks, this.clocksFor(shop.platform))})),
				agents: day.figures.agents,
				violations: day.violations,
			},
			stableUntil: day.figures.stableUntil,
		};
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

	/**
	 * The keys of the conversations whose words contain `query`, the words let go included; undefined
	 * while the logs are still being read for it ('change' follows). One search is kept: the last.
	 */
	conversationsSaying(query: string): ReadonlySet<string> | undefined {
		if (this.wordSearch?.query === query) return this.wordSearch.keys;
		const search: WordSearch = {query};
		this.wordSearch = search;
		const {paths, tz, defaultPlatform, encoding = 'auto'} = this.options;
		// Whatever goes wrong reading the logs again, the held words still match: never a crash.
		void conversationsSaying(paths, query, {tz, defaultPlatform, encoding}, () => this.wordSearch === search)
			.catch(() => new Set<string>())
			.then(keys => {
				search.keys = keys;
				if (this.wordSearch === search) this.emit('change');
			});
		return undefined;
	}

	/** Reads back the words of a conversation's messages that were let go, to show it whole. */
	restoreTexts(conversation: Conversation): void {
		const {tz, defaultPlatform, encoding = 'auto'} = this.options;
		readBackTexts(conversation.messages, {tz, defaultPlatform, encoding});
	}

	async stop(): Promise<void> {
		clearInterval(this.forgetTimer);
		await this.options.records?.stop();
		await this.reader.close();
	}
}
