import {open} from 'node:fs/promises';

export interface RawLine {
	text: string;
	/** 1-based line number in the file. */
	line: number;
}

const CHUNK_BYTES = 256 * 1024;
const NEWLINE = 0x0a;

/**
 * Where we are in one log file: reads only complete lines past the last position, keeps a
 * trailing partial line until its newline arrives, and starts over when the file shrank
 * (truncated in place).
 */
export class FileCursor {
	private offset = 0;
	private lineNumber = 0;
	private partial: Buffer = Buffer.alloc(0);

	constructor(readonly path: string) {}

	/** Reads what was appended since the last call; calls `onLine` for each complete line. */
	async readNew(onLine: (line: RawLine) => void): Promise<{bytes: number; truncated: boolean}> {
		const handle = await open(this.path, 'r');
		try {
			const {size} = await handle.stat();
			const truncated = size < this.offset;
			if (truncated) this.reset();
			let bytes = 0;
			const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
			while (this.offset < size) {
				const {bytesRead} = await handle.read(buffer, 0, Math.min(CHUNK_BYTES, size - this.offset), this.offset);
				if (bytesRead === 0) break;
				this.offset += bytesRead;
				bytes += bytesRead;
				this.consume(buffer.subarray(0, bytesRead), onLine);
			}
			return {bytes, truncated};
		} finally {
			await handle.close();
		}
	}

	private consume(chunk: Buffer, onLine: (line: RawLine) => void): void {
		let start = 0;
		let newline = chunk.indexOf(NEWLINE, start);
		while (newline !== -1) {
			const piece = chunk.subarray(start, newline);
			const bytes = this.partial.length > 0 ? Buffer.concat([this.partial, piece]) : piece;
			this.partial = Buffer.alloc(0);
			this.lineNumber += 1;
			let text = bytes.toString('utf8').replace(/\r$/, '');
			if (this.lineNumber === 1) text = text.replace(/^\uFEFF/, '');
			if (text.trim() !== '') onLine({text, line: this.lineNumber});
			start = newline + 1;
			newline = chunk.indexOf(NEWLINE, start);
		}
		if (start < chunk.length) this.partial = Buffer.concat([this.partial, chunk.subarray(start)]);
	}

	private reset(): void {
		this.offset = 0;
		this.lineNumber = 0;
		this.partial = Buffer.alloc(0);
	}
}
