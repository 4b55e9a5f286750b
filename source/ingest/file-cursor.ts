import {IN_BACKGROUND, type FileAccess} from './file-access.js';
import path from 'node:path';
import {decodeLine, lineText, utf8Text, type Encoding} from './decode-line.js';
import {isLogFileName} from './log-files.js';
import type {LineProblem} from './line-problem.js';

/** A line with where it starts in the file, in bytes: enough to read it again later. */
export type RawLine = {line: number; offset: number; text: string} | {line: number; problem: LineProblem};

export interface CursorPosition {
	offset: number;
	lineNumber: number;
}

/**
 * A chunk decodes into at most 64 K UTF-16 units, which keeps its text within V8's ordinary
 * objects (up to 128 KB): larger strings are placed apart, and decoding, splitting and parsing
 * them took longer (docs/performance.md).
 */
const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
/** A longer line is skipped as a bad line without being held in memory whole. */
export const MAX_LINE_BYTES = 64 * 1024;

/** Rotated files compressed afterwards: not text, and the same lines again. */
const COMPRESSED = /\.(gz|bz2|xz|zst|lz4|zip)$/i;

/** Files' times run up to a clock tick behind the system clock (ext4 takes a coarse one). */
const TIMESTAMP_GRAIN_MS = 20;

/** How long a file renamed away must have stopped growing before its writer is taken to be done. */
export const ROTATED_IDLE_MS = 10_000;

/** When a file renamed or deleted away is let go: `idleMs` without growth, by `clock`. */
export interface RotationWait {
	idleMs: number;
	clock: () => number;
}

/** A file renamed or deleted away, still read by its descriptor, and when it last grew. */
interface Rotated {
	file: FileCursor;
	grewAt: number;
}

/**
 * Follows one log file by name, as `tail -F` does: reads only complete lines past the last
 * position, keeps a trailing partial line until its newline arrives, and starts over when a file
 * is truncated in place. A file renamed away (whatever its new name) or deleted is kept open and
 * read to its end until its writer is done with it — idle for a while, and a new file at the
 * name unless it was deleted — while the new file of that name is read from its start.
 */
export class FileCursor {
	private fd: number | undefined;
	private ino: number | undefined;
	private offset = 0;
	private lineNumber = 0;
	private partial: Buffer[] = [];
	private partialBytes = 0;
	/** Where the line being held in `partial` starts in the file. */
	private partialOffset = 0;
	private skipping = false;
	private gbk = false;
	private readonly rotated: Rotated[] = [];
	/** When the last file opened at the name was made: a file made after it and gone unseen was rotated away. */
	private bornAt: number | undefined;
	/** When the file read was last seen at the name: a file made before then was never there after it. */
	private seenAt = 0;

	constructor(
		readonly path: string,
		private readonly encoding: Encoding = 'auto',
		/**
		 * Where an earlier cursor left this very file (same inode under another name), or `wait`
		 * while that cursor still reads it: after a rename, the old name's cursor finishes it first.
		 */
		private readonly resumeAt?: (ino: number, size: number) => CursorPosition | 'wait' | undefined,
		/** Told, before the file is let go, how far it was read: it may turn up under a new name. */
		private readonly onRetire?: (retired: {ino: number} & CursorPosition) => void,
		/** How the file is opened and read: blocking, or in the background (file-access.ts). */
		private readonly access: FileAccess = IN_BACKGROUND,
		private readonly rotation: RotationWait = {idleMs: ROTATED_IDLE_MS, clock: Date.now},
	) {}

	/** Whether this cursor reads the file `ino`, by its name or as one renamed away: one file is read by one cursor. */
	holds(ino: number): boolean {
		return (this.fd !== undefined && this.ino === ino) || this.rotated.some(({file}) => file.holds(ino));
	}

	/** Whether a file renamed or deleted away is still being read to its end. */
	get finishing(): boolean {
		return this.rotated.length > 0;
	}

	/** Reads what was appended since the last call; `gone` once the file no longer exists by its name and nothing is left to finish. */
	async readNew(onLine: (line: RawLine) => void): Promise<{gone: boolean}> {
		if (this.rotated.length > 0) await this.finishRotated(onLine);
		if (this.fd === undefined) {
			const opened = await this.openByName().catch((error: NodeJS.ErrnoException) => {
				if (error.code === 'ENOENT' && this.rotated.length > 0) return false;
				throw error;
			});
			if (!opened) return {gone: false};
		}
		await this.drain(onLine);
		const looked = Date.now();
		const current = await this.access.inodeAt(this.path);
		if (current === this.ino) {
			this.seenAt = looked;
			return {gone: false};
		}
		// Renamed away or deleted: its writer may still be writing to it. Read on by the descriptor.
		this.rotated.push({file: this.detach(), grewAt: this.rotation.clock()});
		this.reset();
		// Files that came and went at the name meanwhile are looked for as the next one is opened.
		if (current === undefined) await this.adoptMissed();
		const opened = current !== undefined && (await this.openByName().catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error))));
		if (opened) await this.drain(onLine);
		return {gone: false};
	}

	async close(): Promise<void> {
		const {fd} = this;
		this.fd = undefined;
		const rotated = this.rotated.splice(0);
		if (fd !== undefined) await this.access.close(fd).catch(() => undefined);
		await Promise.all(rotated.map(({file}) => file.close()));
	}

	/**
	 * Reads the files renamed or deleted away; one whose writer is done (idle long enough, and a
	 * new file at the name unless it was deleted) is read once more, and let go.
	 */
	private async finishRotated(onLine: (line: RawLine) => void): Promise<void> {
		for (const rotated of [...this.rotated]) {
			const {file} = rotated;
			if (await file.drainGrew(onLine)) rotated.grewAt = this.rotation.clock();
			if (this.rotation.clock() - rotated.grewAt < this.rotation.idleMs) continue;
			const {nlink} = await this.access.describe(file.fd!);
			if (nlink > 0 && (await this.access.inodeAt(this.path)) === undefined) continue;
			await file.drain(onLine);
			file.flushPartial(onLine);
			// A deleted file's inode may be reused by the next new file: only a renamed one is remembered.
			if (nlink > 0) this.onRetire?.({ino: file.ino!, offset: file.offset, lineNumber: file.lineNumber});
			this.rotated.splice(this.rotated.indexOf(rotated), 1);
			await file.close();
		}
	}

	/**
	 * Files that were at the name after the one read and were rotated away before they could be
	 * opened (a rename every few ms): in the same folder, named after it (`x.jsonl.3`,
	 * `x.jsonl-20261122`; a name followed in its own right has its own cursor), made after the
	 * file read and before the one now at the name, held by no cursor. Read from their start, or
	 * from where they were read to under another name.
	 */
	private async adoptMissed(): Promise<void> {
		// Before the first file, or where the filesystem keeps no birth times: nothing to go by.
		if (this.bornAt === undefined || this.bornAt === 0) return;
		// Not a copy made while the file read was still at the name (logrotate's copytruncate).
		const since = Math.max(this.bornAt, this.seenAt - TIMESTAMP_GRAIN_MS);
		const neighbours = await this.access.neighbours(this.path);
		const until = neighbours.find(({path}) => path === this.path)?.birthtimeMs ?? Number.POSITIVE_INFINITY;
		const prefix = path.basename(this.path);
		for (const {path: candidate, ino, birthtimeMs} of neighbours) {
			const name = path.basename(candidate);
			if (name === prefix || !name.startsWith(prefix) || isLogFileName(name) || COMPRESSED.test(name)) continue;
			if (birthtimeMs <= since || birthtimeMs >= until || this.holds(ino)) continue;
			await this.adopt(candidate, ino);
		}
	}

	private async adopt(candidate: string, ino: number): Promise<void> {
		const fd = await this.access.open(candidate).catch(() => undefined);
		if (fd === undefined) return;
		const {size, ino: opened} = await this.access.describe(fd);
		const resumed = opened === ino ? this.resumeAt?.(ino, size) : 'wait';
		if (resumed === 'wait') return this.access.close(fd);
		const file = new FileCursor(this.path, this.encoding, undefined, undefined, this.access, this.rotation);
		file.fd = fd;
		file.ino = ino;
		if (resumed) ({offset: file.offset, lineNumber: file.lineNumber} = resumed);
		this.rotated.push({file, grewAt: this.rotation.clock()});
	}

	/** A cursor that goes on reading the open file by its descriptor, with its position and partial line. */
	private detach(): FileCursor {
		const file = new FileCursor(this.path, this.encoding, undefined, undefined, this.access, this.rotation);
		FileCursor.move(this, file);
		return file;
	}

	/** Moves the open file, where it was read to and the line being held, from one cursor to another. */
	private static move(from: FileCursor, to: FileCursor): void {
		to.fd = from.fd;
		to.ino = from.ino;
		to.offset = from.offset;
		to.lineNumber = from.lineNumber;
		to.partial = from.partial;
		to.partialBytes = from.partialBytes;
		to.partialOffset = from.partialOffset;
		to.skipping = from.skipping;
		to.gbk = from.gbk;
		from.fd = undefined;
	}

	/** Opens the file now at `path`; false while another cursor still reads it under its old name. */
	private async openByName(): Promise<boolean> {
		const opening = Date.now();
		const fd = await this.access.open(this.path);
		const {ino, size, birthtimeMs} = await this.access.describe(fd).catch(async (error: unknown) => {
			await this.access.close(fd).catch(() => undefined);
			throw error;
		});
		// Renamed away and back again: the file being finished is the one at the name once more.
		const back = this.rotated.find(({file}) => file.holds(ino));
		if (back) {
			await this.access.close(fd);
			this.rotated.splice(this.rotated.indexOf(back), 1);
			FileCursor.move(back.file, this);
			return true;
		}
		const resumed = this.resumeAt?.(ino, size);
		if (resumed === 'wait') {
			await this.access.close(fd);
			return false;
		}
		this.fd = fd;
		this.ino = ino;
		await this.adoptMissed();
		this.bornAt = birthtimeMs;
		this.seenAt = opening;
		if (resumed) ({offset: this.offset, lineNumber: this.lineNumber} = resumed);
		return true;
	}

	/** Drains, saying whether anything was read. */
	private async drainGrew(onLine: (line: RawLine) => void): Promise<boolean> {
		const before = this.offset;
		await this.drain(onLine);
		return this.offset !== before;
	}

	private async drain(onLine: (line: RawLine) => void): Promise<void> {
		const {fd, access} = this;
		const {size} = await access.describe(fd!);
		if (size < this.offset) this.reset(); // truncated in place (copytruncate)
		// Two buffers: in the background, the next chunk is read while this one is split and parsed.
		const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
		const readAt = (position: number, buffer: Buffer) => access.read(fd!, buffer, Math.min(CHUNK_BYTES, size - position), position).then(bytesRead => ({bytesRead, buffer}));
		let reading = this.offset < size ? readAt(this.offset, buffers[0]!) : undefined;
		for (let turn = 1; reading; turn += 1) {
			const {bytesRead, buffer} = await reading;
			if (bytesRead === 0) break;
			const next = this.offset + bytesRead;
			reading = next < size ? readAt(next, buffers[turn % 2]!) : undefined;
			this.consume(buffer.subarray(0, bytesRead), this.offset, onLine);
			this.offset = next;
		}
	}

	/** Splits a chunk read at `chunkOffset` of the file into lines. */
	private consume(chunk: Buffer, chunkOffset: number, onLine: (line: RawLine) => void): void {
		let start = 0;
		if (this.partialBytes > 0) {
			// The line the last chunk ended in first: then this chunk's own lines can go in one go.
			const newline = chunk.indexOf(NEWLINE);
			if (newline === -1) return this.keep(chunk, chunkOffset);
			this.keep(chunk.subarray(0, newline), chunkOffset);
			this.emitLine(onLine);
			start = newline + 1;
		}
		start += this.emitPlainLines(chunk.subarray(start), chunkOffset + start, onLine);
		let newline = chunk.indexOf(NEWLINE, start);
		while (newline !== -1) {
			// Lines that are not clean UTF-8 (GBK, garbage): one at a time, decoded where they lie.
			if (newline - start <= MAX_LINE_BYTES) this.emitBytes(chunk.subarray(start, newline), chunkOffset + start, onLine);
			else this.emitTooLong(newline - start, onLine);
			start = newline + 1;
			newline = chunk.indexOf(NEWLINE, start);
		}
		if (start < chunk.length) this.keep(chunk.subarray(start), chunkOffset + start);
	}

	/**
	 * The chunk's complete lines decoded in one go when all of them are valid UTF-8, as nearly
	 * always: one decode per chunk instead of per line. Anything else — GBK, bad bytes somewhere —
	 * is left to the line-by-line path. (Control bytes in valid UTF-8 are found by the parser: a
	 * JSON line cannot hold them.) Returns where it stopped.
	 */
	private emitPlainLines(chunk: Buffer, chunkOffset: number, onLine: (line: RawLine) => void): number {
		if (this.gbk || this.encoding === 'gbk') return 0;
		const end = chunk.lastIndexOf(NEWLINE);
		if (end <= 0) return 0;
		const text = utf8Text(chunk.subarray(0, end));
		if (text === undefined) return 0;
		let lineStart = 0;
		for (const line of text.split('\n')) {
			const newline = chunk.indexOf(NEWLINE, lineStart);
			if (newline - lineStart > MAX_LINE_BYTES) this.emitTooLong(newline - lineStart, onLine);
			else {
				this.lineNumber += 1;
				this.emitText(line, chunkOffset + lineStart, onLine);
			}
			lineStart = newline + 1;
		}
		return end + 1;
	}

	/** Holds bytes of the current line, but never more than MAX_LINE_BYTES of them. */
	private keep(piece: Buffer, offset: number): void {
		if (this.partialBytes === 0) this.partialOffset = offset;
		this.partialBytes += piece.length;
		if (this.partialBytes > MAX_LINE_BYTES) {
			this.skipping = true;
			this.partial = [];
			return;
		}
		// Copied: the read buffer is reused for the next chunk.
		if (piece.length > 0) this.partial.push(Buffer.from(piece));
	}

	private emitLine(onLine: (line: RawLine) => void): void {
		const length = this.partialBytes;
		const bytes = Buffer.concat(this.partial);
		const skipped = this.skipping;
		this.partial = [];
		this.partialBytes = 0;
		this.skipping = false;
		if (!skipped) return this.emitBytes(bytes, this.partialOffset, onLine);
		this.emitTooLong(length, onLine);
	}

	private emitTooLong(length: number, onLine: (line: RawLine) => void): void {
		this.lineNumber += 1;
		onLine({line: this.lineNumber, problem: {code: 'too-long', bytes: length, limitKb: MAX_LINE_BYTES / 1024}});
	}

	private emitBytes(bytes: Buffer, offset: number, onLine: (line: RawLine) => void): void {
		this.lineNumber += 1;
		const line = this.lineNumber;
		const decoded = decodeLine(bytes, this.encoding, this.gbk);
		if ('problem' in decoded) return onLine({line, problem: decoded.problem});
		this.gbk = decoded.encoding === 'gbk';
		this.emitText(decoded.text, offset, onLine);
	}

	/** A decoded line to the reader; blank lines are no lines. */
	private emitText(decoded: string, offset: number, onLine: (line: RawLine) => void): void {
		const text = lineText(decoded, this.lineNumber === 1);
		// A JSON line starts with its brace: only other lines are looked at for being blank.
		if (text.charCodeAt(0) === 0x7b || text.trim() !== '') onLine({line: this.lineNumber, offset, text});
	}

	/**
	 * A last line without its newline in a file that is finished (rotated away, or read once by a
	 * command that reads to the end) is still a line. While following, it waits for its newline.
	 */
	flushPartial(onLine: (line: RawLine) => void): void {
		if (this.partialBytes > 0) this.emitLine(onLine);
	}

	/** Reads a pipe, FIFO or standard input to its end, in the order it comes: nothing there can be read again. */
	async readStream(stream: AsyncIterable<Buffer>, onLine: (line: RawLine) => void): Promise<void> {
		for await (const chunk of stream) {
			this.consume(chunk, this.offset, onLine);
			this.offset += chunk.length;
		}
		this.flushPartial(onLine);
	}

	private reset(): void {
		this.offset = 0;
		this.lineNumber = 0;
		this.partial = [];
		this.partialBytes = 0;
		this.skipping = false;
	}
}
