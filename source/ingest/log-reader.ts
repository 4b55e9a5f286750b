import {createReadStream, fstatSync, statSync, type Stats} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {watch, type FSWatcher} from 'chokidar';
import type {BadLine, ChatMessage} from '../model/message.js';
import {BLOCKING, IN_BACKGROUND, NotRegularFileError} from './file-access.js';
import {FileCursor, ROTATED_IDLE_MS, type CursorPosition, type RawLine} from './file-cursor.js';
import {isLogFileName, listLogFiles, scanLogFiles, STDIN_PATH} from './log-files.js';
import type {LineReading} from './line-reading.js';
import {lineParser} from './parse-line.js';
import {unreadable} from './line-problem.js';

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

export interface ReaderOptions extends LineReading {
	/** Stat polling instead of filesystem events (network filesystems, some containers). */
	poll?: boolean;
	/** How long a file renamed or deleted away must stop growing before it is let go (ROTATED_IDLE_MS). */
	rotatedIdleMs?: number;
	/** The time that wait is measured by. */
	clock?: () => number;
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
 * looked at once a second in case an event was lost all the same; the folders are listed again
 * then too (chokidar loses a folder deleted and made again, and one that becomes readable).
 * A file renamed away gets no more events: it is read every FINISHING_MS until it is let go.
 */
const TRAILING_READ_MS = 30;
const SWEEP_MS = 1000;
const FINISHING_MS = 100;

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
	/** Folders deleted while watched: chokidar does not see into one made again unless told. */
	private readonly removedFolders = new Set<string>();
	/** Real paths of folders and files reached through links, watched besides the paths given. */
	private readonly linked = new Set<string>();
	private readonly missingPaths = new Set<string>();
	private roots: readonly string[] = [];
	private watcher: FSWatcher | undefined;
	private sweeper: NodeJS.Timeout | undefined;
	private finisher: NodeJS.Timeout | undefined;
	private scanning: Promise<void> | undefined;
	private scanAgain = false;
	private following = false;
	/** Set by `close`: a scan or a timer still under way opens nothing more. */
	private closed = false;

	constructor(
		private readonly sink: LogSink,
		private readonly options: ReaderOptions,
	) {}

	/** The paths given that are not there now (a watched folder deleted): followed again when they come back. */
	get missing(): readonly string[] {
		return [...this.missingPaths];
	}

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
		this.roots = paths;
		// Watching from the start, and listing again once the watcher is ready: a file made while
		// the first read is under way has either an event or a place in the second list.
		const watcher = this.watch(paths);
		const ready = new Promise<void>(resolve => watcher.once('ready', () => resolve()));
		await this.readAll(paths).catch(async (error: unknown) => {
			await this.close();
			throw error;
		});
		await ready;
		await this.rescan();
		this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
		// Lines appended between the first read and the watcher becoming ready would wait for
		// the next change event; read once more so none are held back.
		await Promise.all([...this.cursors.keys()].map(file => this.pump(file)));
	}

	private watch(paths: readonly string[]): FSWatcher {
		// Links are not followed by chokidar (two nested loops grew it without bound): the scan
		// follows each once by its real path, and watches that.
		const watcher = watch([...paths], {
			ignoreInitial: true,
			followSymlinks: false,
			usePolling: this.options.poll ?? false,
			interval: 250,
			ignored: (file, stats) => stats !== undefined && !stats.isDirectory() && !stats.isSymbolicLink() && (!stats.isFile() || !this.isFollowedName(file)),
		});
		this.watcher = watcher;
		watcher.on('add', (file, stats) => this.onAdd(file, stats));
		// An unlinked name is read once more: the cursor finishes the old file and lets it go.
		watcher.on('change', file => this.onEvent(file)).on('unlink', file => this.onEvent(file));
		watcher.on('addDir', folder => this.onFolder('addDir', folder)).on('unlinkDir', folder => this.onFolder('unlinkDir', folder));
		// A file or folder the watcher may not look into: without this the error would end the
		// program. The once-a-second sweep still reads what can be read.
		watcher.on('error', error => this.cannotRead((error as NodeJS.ErrnoException).path ?? paths.join(', '), error as Error));
		return watcher;
	}

	private isFollowedName(file: string): boolean {
		return isLogFileName(file) || this.roots.includes(file) || this.linked.has(file);
	}

	/** A new name: a link is left to the scan (it follows the real path), a FIFO or device is never opened. */
	private onAdd(file: string, stats: Stats | undefined): void {
		if (stats?.isSymbolicLink()) return this.scheduleRescan();
		if (!stats || stats.isFile()) this.onEvent(file);
	}

	private onFolder(event: 'addDir' | 'unlinkDir', folder: string): void {
		const key = path.resolve(folder);
		if (event === 'unlinkDir') this.removedFolders.add(key);
		else if (this.removedFolders.delete(key)) this.watcher?.add(folder);
		this.scheduleRescan();
	}

	private sweep(): void {
		for (const file of this.cursors.keys()) void this.pump(file);
		this.scheduleRescan();
	}

	/** Lists the folders again; one running is followed by exactly one more. */
	private scheduleRescan(): void {
		if (this.scanning) this.scanAgain = true;
		else void this.rescan();
	}

	/**
	 * Lists the folders again and reads the files not yet followed: a folder made again or become
	 * readable, a file chokidar gave no event for. Says when a path given goes or comes back.
	 */
	private rescan(): Promise<void> {
		if (this.scanning) return this.scanning;
		const missing = new Set<string>();
		const run = scanLogFiles(this.roots, {
			unlistable: (folder, error) => this.cannotRead(folder, error),
			listed: folder => this.listedAgain(folder),
			linked: real => this.watchLinked(real),
			missing: given => missing.add(given),
		})
			.then(files => {
				this.noteMissing(missing);
				for (const file of files) if (!this.cursors.has(file)) void this.pump(file);
			})
			.catch(() => undefined)
			.finally(() => {
				this.scanning = undefined;
				if (this.scanAgain && !this.closed) {
					this.scanAgain = false;
					void this.rescan();
				}
			});
		this.scanning = run;
		return run;
	}

	private noteMissing(missing: ReadonlySet<string>): void {
		const changed = [...this.roots].filter(root => missing.has(root) !== this.missingPaths.has(root));
		for (const root of changed) {
			if (missing.has(root)) this.missingPaths.add(root);
			else {
				// chokidar does not see into a watched folder made again: watch it afresh.
				this.missingPaths.delete(root);
				this.watcher?.unwatch(root);
				this.watcher?.add(root);
			}
		}
		if (changed.length > 0) this.sink.flushed?.();
	}

	/** A folder that could not be listed was not watched either: from now on, it is. */
	private listedAgain(folder: string): void {
		if (this.unreadable.delete(folder)) this.watcher?.add(folder);
	}

	private watchLinked(real: string): void {
		if (this.linked.has(real)) return;
		this.linked.add(real);
		this.watcher?.add(real);
	}

	/** A file or folder that cannot be read, listed or watched: said once, until it can be read again. */
	private cannotRead(where: string, error: Error): void {
		if (this.unreadable.has(where)) return;
		this.unreadable.add(where);
		this.sink.badLine({file: where, line: 0, problem: unreadable(error)});
	}

	async close(): Promise<void> {
		this.closed = true;
		clearInterval(this.sweeper);
		clearInterval(this.finisher);
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
		if (this.closed) return Promise.resolve();
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
				{idleMs: this.options.rotatedIdleMs ?? ROTATED_IDLE_MS, clock: this.options.clock ?? Date.now},
			);
			this.cursors.set(file, cursor);
		}
		const onLine = this.lineReader(file);
		try {
			const {gone} = await cursor.readNew(onLine);
			// Read once and done: a last line without its newline is not waiting for one.
			if (!this.following) cursor.flushPartial(onLine);
			if (gone) this.cursors.delete(file);
			else if (cursor.finishing) this.finishSoon();
			this.unreadable.delete(file);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// A file deleted between the event and the read is simply gone; a FIFO or device in a
			// folder is left alone, unopened; anything else is reported once, and read again by
			// the sweep until it can be.
			if (code === 'ENOENT') this.forget(file);
			else if (error instanceof NotRegularFileError && !this.roots.includes(file)) this.forget(file);
			else this.cannotRead(file, error as Error);
		}
		this.sink.flushed?.();
	}

	/** Hands each line of `file` to the sink, as a message or a bad line. */
	private lineReader(file: string): (raw: RawLine) => void {
		const parse = lineParser(file, this.options);
		return raw => {
			if ('problem' in raw) return this.sink.badLine({file, line: raw.line, problem: raw.problem});
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

	/** Reads the files renamed away every FINISHING_MS, while there are any. */
	private finishSoon(): void {
		if (this.finisher) return;
		this.finisher = setInterval(() => {
			const finishing = [...this.cursors].filter(([, cursor]) => cursor.finishing);
			if (finishing.length === 0) {
				clearInterval(this.finisher);
				this.finisher = undefined;
			}
			for (const [file] of finishing) void this.pump(file);
		}, FINISHING_MS);
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
		for (const [name, cursor] of this.cursors) if (name !== file && cursor.holds(ino)) return 'wait';
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
