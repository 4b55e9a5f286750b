import {EventEmitter} from 'node:events';
import {LogReader, type LoadProgress} from '../ingest/log-reader.js';
import {readBackTexts} from '../ingest/read-back.js';
import {ConversationBook} from '../model/conversation-book.js';
import type {Conversation} from '../model/conversation.js';
import type {BadLine, ChatMessage, Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import {violationsOf} from '../rules/message-violations.js';
import {buyerFindingsOf} from '../rules/message-buyer-signals.js';
import type {RecordBook} from './record-book.js';
import {lineReadingOf, type LineReading} from '../ingest/line-reading.js';
import type {RulePacks} from '../rules/load-rule-packs.js';

export interface SessionOptions extends LineReading {
	paths: readonly string[];
	packs: RulePacks;
	poll?: boolean;
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
	/** The configuration's word on a shop: its clocks with its own targets, and its display name. */
	shopClocks?: (platform: Platform, shop: string) => readonly ClockDefinition[];
	shopName?: (shop: string) => string | undefined;
}

/** How often words that have aged past the horizon are let go while following. */
const FORGET_EVERY_MS = 5 * 60_000;

/**
 * The reading side of a session: reads and follows the logs into a conversation book, collects
 * bad lines, keeps the records in view, and says 'change' after each batch. Knows nothing of
 * the terminal, nor of the board (`WatchSession` adds that).
 */
export class LogSession extends EventEmitter<{change: []}> {
	readonly book: ConversationBook;
	readonly badLines: BadLine[] = [];
	/** How far the first read has got, for the progress bar. */
	loadProgress: LoadProgress | undefined;
	private readonly reader: LogReader;
	private loaded = false;
	/** Bumped whenever the records change. */
	private recordsVersion = 0;
	private forgetTimer: NodeJS.Timeout | undefined;
	private readonly observers: ((message: ChatMessage, conversation: Conversation) => void)[] = [];

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
			{...lineReadingOf(options), poll: options.poll, rotatedIdleMs: options.rotatedIdleMs, clock},
		);
		options.records?.on('change', () => {
			this.recordsVersion += 1;
			this.emit('change');
		});
	}

	/** Calls `observer` with every line read, once it is in the book (the alerts and the kept board follow lines so). */
	observeMessages(observer: (message: ChatMessage, conversation: Conversation) => void): void {
		this.observers.push(observer);
	}

	get records(): RecordBook | undefined {
		return this.options.records;
	}

	/** Changes whenever a line is read or a record written: what is worked out from the session is kept by it. */
	get dataVersion(): string {
		return `${this.book.version}:${this.recordsVersion}`;
	}

	/** Goes up whenever the records change (a board kept line by line is built afresh then). */
	get recordsChanges(): number {
		return this.recordsVersion;
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

	/** Reads back the words of a conversation's messages that were let go, to show it whole; how many it found. */
	restoreTexts(conversation: Conversation): number {
		return readBackTexts(conversation.messages, {...lineReadingOf(this.options), encoding: this.options.encoding ?? 'auto'});
	}

	async stop(): Promise<void> {
		clearInterval(this.forgetTimer);
		await this.options.records?.stop();
		await this.reader.close();
	}
}
