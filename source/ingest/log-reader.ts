import {createReadStream, fstatSync, statSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {watch, type FSWatcher} from 'chokidar';
import type {BadLine, ChatMessage, Platform} from '../model/message.js';
import type {Encoding} from './decode-line.js';
import {BLOCKING, IN_BACKGROUND} from './file-access.js';
import {FileCursor, type CursorPosition, type RawLine} from './file-cursor.js';
import {isLogFileName, listLogFiles, STDIN_PATH} from './log-files.js';
import {lineParser} from './parse-line.js';

export interface LogSink {
	message(message: ChatMessage): void;
	badLine(bad: BadLine): void;
	/** Called after each batch of lines from one file, so listeners can redraw once per batch. */
	flushed?(): void;
	/** How far the first read of the existing content has got. */
	progress?(progress: LoadProgress): void;
}

export interface LoadProgress {
	files: number;
	totalFiles: number;
	bytes: number;
	totalBytes: number;
}

export interface ReaderOptions {
	tz: string;
	defaultPlatform: Platform;
	/** Stat polling instead of filesystem events (network filesystems, some containers). */
	poll?: boolean;
	/** `auto` (UTF-8, or GBK where a file is not UTF-8), or forced. */
	encoding?: Encoding;
}

/**
 * `-`, or a name of this process's standard input (`/dev/stdin`, `/proc/self/fd/0`): read from the
 * descriptor it has, which may be a socket that no name can open again.
 */
function isStandardInput(file: string): boolean {
	if (file === STDIN_PATH) return true;
	try {
		const named = statSync(file);
		const own = fstatSync(0);
		return named.dev === own.dev && named.ino === own.ino;
	} catch {
		return false;
	}
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
	private readonly retired = new Map<number, CursorPosition>();
	private readonly unreadable = new Set<string>();
	/** Pipes, FIFOs and standard input named on the command line: read to their end, never followed. */
	private readonly streams = new Set<string>();
	private watcher: FSWatcher | undefined;
	private sweeper: NodeJS.Timeout | undefined;
	private following = false;

	constructor(
		private readonly sink: LogSink,
		private readonly options: ReaderOptions,
	) {}

	/** Reads the current content of every log file under `paths`, saying how far it has got. */
	async readAll(paths: readonly string[]): Promise<void> {
		const files = await listLogFiles(paths, (folder, error) => this.cannotRead(folder, error));
		const infos = await Promise.all(files.map(file => (file === STDIN_PATH ? undefined : stat(file).catch(() => undefined))));
		const sizes = infos.map(info => info?.size ?? 0);
		const progress: LoadProgress = {files: 0, totalFiles: files.length, bytes: 0, totalBytes: sizes.reduce((sum, size) => sum + size, 0)};
		this.sink.progress?.(progress);
		for (const [index, file] of files.entries()) {
			// A pipe, FIFO or `-` named on the command line has no size and no end yet: read to its end.
			const info = infos[index];
			if (file === STDIN_PATH || (info !== undefined && !info.isFile())) await this.readStream(file);
			else await this.pump(file);
			progress.files += 1;
			progress.bytes += sizes[index]!;
			this.sink.progress?.({...progress});
		}
	}

	/** Reads what the files hold, then keeps following them until `close`. */
	async follow(paths: readonly string[]): Promise<void> {
		// The screen is drawn while the backlog loads: no read may hold up this thread.
		this.following = true;
		await this.readAll(paths);
		this.watcher = watch([...paths], {
			ignoreInitial: true,
			usePolling: this.options.poll ?? false,
			interval: 250,
			ignored: (file, stats) => stats?.isFile() === true && !isLogFileName(file) && !paths.includes(file),
		});
		const onChange = (file: string) => this.onEvent(file);
		// An unlinked name is read once more: the cursor finishes the old file and lets it go.
		this.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
		// A file or folder the watcher may not look into: without this the error would end the
		// program. The once-a-second sweep still reads what can be read.
		this.watcher.on('error', error => this.cannotRead((error as NodeJS.ErrnoException).path ?? paths.join(', '), error as Error));
		await new Promise<void>(resolve => this.watcher!.once('ready', () => resolve()));
		this.sweeper = setInterval(() => {
			for (const file of this.cursors.keys()) void this.pump(file);
		}, SWEEP_MS);
		// Lines appended between the first read and the watcher becoming ready would wait for
		// the next change event; read once more so none are held back.
		await Promise.all([...this.cursors.keys()].map(file => this.pump(file)));
	}

	/** A file or folder that cannot be read, listed or watched: said once, until it can be read again. */
	private cannotRead(where: string, error: Error): void {
		if (this.unreadable.has(where)) return;
		this.unreadable.add(where);
		this.sink.badLine({file: where, line: 0, error: `cannot read: ${error.message}`});
	}

	async close(): Promise<void> {
		clearInterval(this.sweeper);
		for (const timer of this.trailing.values()) clearTimeout(timer);
		this.trailing.clear();
		await this.watcher?.close();
		this.watcher = undefined;
		await this.release();
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
		// A stream was read to its end once; there is nothing there to follow.
		if (this.streams.has(file)) return Promise.resolve();
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
			// A rotated file that turns up under a new name (`a-2026-11-22.jsonl`) goes on from where it was read to.
			cursor = new FileCursor(
				file,
				this.options.encoding ?? 'auto',
				(ino, size) => this.takeOver(ino, size, file),
				retired => this.retired.set(retired.ino, retired),
				this.following ? IN_BACKGROUND : BLOCKING,
			);
			this.cursors.set(file, cursor);
		}
		const onLine = this.lineReader(file);
		try {
			const {gone} = await cursor.readNew(onLine);
			// Read once and done: a last line without its newline is not waiting for one.
			if (!this.following) cursor.flushPartial(onLine);
			if (gone) this.cursors.delete(file);
			this.unreadable.delete(file);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// A file deleted between the event and the read is simply gone; anything else is
			// reported once, and read again by the sweep until it can be.
			if (code === 'ENOENT') this.forget(file);
			else this.cannotRead(file, error as Error);
		}
		this.sink.flushed?.();
	}

	/** Hands each line of `file` to the sink, as a message or a bad line. */
	private lineReader(file: string): (raw: RawLine) => void {
		const parse = lineParser(file, this.options);
		return raw => {
			if ('error' in raw) return this.sink.badLine({file, line: raw.line, error: raw.error});
			const parsed = parse(raw.text, raw.line, raw.offset);
			if (parsed.ok) this.sink.message(parsed.message);
			else this.sink.badLine(parsed.bad);
		};
	}

	/**
	 * Reads a pipe, FIFO or standard input to its end. Opened in the background, never blocking
	 * this thread: a FIFO with no writer yet must not keep SIGTERM and Ctrl-C from ending the program.
	 */
	private async readStream(file: string): Promise<void> {
		this.streams.add(file);
		const cursor = new FileCursor(file, this.options.encoding ?? 'auto');
		try {
			await cursor.readStream(isStandardInput(file) ? process.stdin : createReadStream(file), this.lineReader(file));
		} catch (error) {
			this.cannotRead(file, error as Error);
		}
		this.sink.flushed?.();
	}

	/**
	 * Where a newly seen name's file was already read to (a file rotated away and finished), or
	 * `wait` while another cursor still reads it under its old name; the sweep comes back.
	 */
	private takeOver(ino: number, size: number, file: string): CursorPosition | 'wait' | undefined {
		const retired = this.retired.get(ino);
		this.retired.delete(ino);
		// Smaller than what was read of it: not the same file but a new one that got the inode.
		if (retired && size >= retired.offset) return retired;
		for (const [name, cursor] of this.cursors) if (name !== file && cursor.currentIno === ino) return 'wait';
		return undefined;
	}

	private forget(file: string): void {
		void this.cursors.get(file)?.close();
		this.cursors.delete(file);
	}

	/** Closes the files held open for following; a one-shot read needs them no more. */
	async release(): Promise<void> {
		await Promise.all(this.busy.values());
		await Promise.all([...this.cursors.values()].map(cursor => cursor.close()));
	}
}
