import {watch, type FSWatcher} from 'chokidar';
import type {BadLine, ChatMessage, Platform} from '../model/message.js';
import {agentFromPath} from './agent-from-path.js';
import {FileCursor} from './file-cursor.js';
import {isLogFileName, listLogFiles} from './log-files.js';
import {parseLogLine} from './parse-line.js';

export interface LogSink {
	message(message: ChatMessage): void;
	badLine(bad: BadLine): void;
	/** Called after each batch of lines from one file, so listeners can redraw once per batch. */
	flushed?(): void;
}

export interface ReaderOptions {
	tz: string;
	defaultPlatform: Platform;
	/** Stat polling instead of filesystem events (network filesystems, some containers). */
	poll?: boolean;
}

/**
 * chokidar drops a file's change events that come within 5 ms of the previous one, so a quick
 * second write (the rest of a half-written line, a truncate then write) would wait for the next
 * event. Each event is therefore followed by one more read shortly after, and every file is
 * looked at once a second in case an event was lost all the same.
 */
const TRAILING_READ_MS = 30;
const SWEEP_MS = 1000;

/**
 * Reads chat-log files into a sink: everything they hold now, then (in `follow`) whatever is
 * appended, with new files in watched folders picked up as they appear.
 */
export class LogReader {
	private readonly cursors = new Map<string, FileCursor>();
	private readonly busy = new Map<string, Promise<void>>();
	private readonly again = new Set<string>();
	private readonly trailing = new Map<string, NodeJS.Timeout>();
	private watcher: FSWatcher | undefined;
	private sweeper: NodeJS.Timeout | undefined;

	constructor(
		private readonly sink: LogSink,
		private readonly options: ReaderOptions,
	) {}

	/** Reads the current content of every log file under `paths`. */
	async readAll(paths: readonly string[]): Promise<void> {
		for (const file of await listLogFiles(paths)) await this.pump(file);
	}

	/** Reads what the files hold, then keeps following them until `close`. */
	async follow(paths: readonly string[]): Promise<void> {
		await this.readAll(paths);
		this.watcher = watch([...paths], {
			ignoreInitial: true,
			usePolling: this.options.poll ?? false,
			interval: 250,
			ignored: (file, stats) => stats?.isFile() === true && !isLogFileName(file) && !paths.includes(file),
		});
		const onChange = (file: string) => this.onEvent(file);
		this.watcher.on('add', onChange).on('change', onChange).on('unlink', file => this.cursors.delete(file));
		await new Promise<void>(resolve => this.watcher!.once('ready', () => resolve()));
		this.sweeper = setInterval(() => {
			for (const file of this.cursors.keys()) void this.pump(file);
		}, SWEEP_MS);
		// Lines appended between the first read and the watcher becoming ready would wait for
		// the next change event; read once more so none are held back.
		await Promise.all([...this.cursors.keys()].map(file => this.pump(file)));
	}

	async close(): Promise<void> {
		clearInterval(this.sweeper);
		for (const timer of this.trailing.values()) clearTimeout(timer);
		this.trailing.clear();
		await this.watcher?.close();
		this.watcher = undefined;
		await Promise.all(this.busy.values());
	}

	private onEvent(file: string): void {
		void this.pump(file);
		clearTimeout(this.trailing.get(file));
		this.trailing.set(
			file,
			setTimeout(() => {
				this.trailing.delete(file);
				void this.pump(file);
			}, TRAILING_READ_MS),
		);
	}

	/** Reads new lines of one file; a read already under way is followed by exactly one more. */
	private pump(file: string): Promise<void> {
		const running = this.busy.get(file);
		if (running) {
			this.again.add(file);
			return running;
		}
		const run = this.readFile(file).finally(() => {
			this.busy.delete(file);
			if (this.again.delete(file)) void this.pump(file);
		});
		this.busy.set(file, run);
		return run;
	}

	private async readFile(file: string): Promise<void> {
		let cursor = this.cursors.get(file);
		if (!cursor) {
			cursor = new FileCursor(file);
			this.cursors.set(file, cursor);
		}
		const fileAgent = agentFromPath(file);
		try {
			await cursor.readNew(({text, line}) => {
				const parsed = parseLogLine(text, {file, line, fileAgent, defaultPlatform: this.options.defaultPlatform, tz: this.options.tz});
				if (parsed.ok) this.sink.message(parsed.message);
				else this.sink.badLine(parsed.bad);
			});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// A file deleted between the event and the read is simply gone; anything else is reported.
			if (code === 'ENOENT') this.cursors.delete(file);
			else this.sink.badLine({file, line: 0, error: `cannot read: ${(error as Error).message}`});
		}
		this.sink.flushed?.();
	}
}
