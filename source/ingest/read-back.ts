import {closeSync, openSync, readdirSync, readSync} from 'node:fs';
import path from 'node:path';
import type {ChatMessage} from '../model/message.js';
import {decodeLine, lineText, type Encoding} from './decode-line.js';
import {MAX_LINE_BYTES} from './file-cursor.js';
import type {LineReading} from './line-reading.js';
import {lineParser} from './parse-line.js';
import {agentFromPath} from './agent-from-path.js';

export interface ReadBackOptions extends LineReading {
	encoding: Encoding;
}

/**
 * Reads the words of messages that were let go back from their log lines. A line is taken only
 * when it is still the same message (time, conversation, sender). A file rotated since keeps its
 * lines at the same byte offsets under its new name (`xiaomei.jsonl.1`, `xiaomei-2026-11-22.jsonl`),
 * so the agent's other files in that folder are tried too; a file rewritten since leaves the
 * message without words rather than with someone else's. Says how many came back.
 */
export function readBackTexts(messages: readonly ChatMessage[], options: ReadBackOptions): number {
	let restored = 0;
	const missing = (file: string) => messages.filter(message => message.file === file && message.text === undefined);
	for (const file of new Set(messages.filter(message => message.text === undefined).map(message => message.file))) {
		restored += readBackFrom(file, missing(file), options);
		// The folder is listed only when the file at that name no longer holds them all.
		for (const rotated of missing(file).length > 0 ? rotatedNames(file) : []) {
			const wanted = missing(file);
			if (wanted.length === 0) break;
			restored += readBackFrom(rotated, wanted, options);
		}
	}
	return restored;
}

/** The other files of the same agent in the same folder: where a rotated file may be now. */
function rotatedNames(file: string): string[] {
	const agent = agentFromPath(file);
	try {
		return readdirSync(path.dirname(file))
			.filter(name => name !== path.basename(file) && agentFromPath(name) === agent)
			.map(name => path.join(path.dirname(file), name));
	} catch {
		return [];
	}
}

function readBackFrom(file: string, wanted: readonly ChatMessage[], options: ReadBackOptions): number {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return 0;
	}
	try {
		return wanted.filter(message => readBackOne(fd, message, options)).length;
	} finally {
		closeSync(fd);
	}
}

function readBackOne(fd: number, message: ChatMessage, options: ReadBackOptions): boolean {
	const bytes = lineAt(fd, message.offset);
	if (!bytes) return false;
	const decoded = decodeLine(bytes, options.encoding);
	if ('problem' in decoded) return false;
	const parsed = lineParser(message.file, options)(lineText(decoded.text, message.line === 1), message.line, message.offset);
	if (!parsed.ok) return false;
	const again = parsed.message;
	if (again.ts !== message.ts || again.conv !== message.conv || again.from !== message.from) return false;
	message.text = again.text;
	return true;
}

/** The bytes of the line starting at `offset`, up to its newline; undefined past the end or over the limit. */
function lineAt(fd: number, offset: number): Buffer | undefined {
	let buffer = Buffer.allocUnsafe(4096);
	let filled = 0;
	for (;;) {
		const read = readSync(fd, buffer, filled, buffer.length - filled, offset + filled);
		const newline = buffer.subarray(0, filled + read).indexOf(0x0a, filled);
		filled += read;
		if (newline !== -1) return buffer.subarray(0, newline);
		if (read === 0) return filled > 0 ? buffer.subarray(0, filled) : undefined;
		if (buffer.length >= MAX_LINE_BYTES) return undefined;
		buffer = Buffer.concat([buffer.subarray(0, filled), Buffer.allocUnsafe(buffer.length)]);
	}
}
