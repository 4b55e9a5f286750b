import {readFile} from 'node:fs/promises';
import {conversationKey} from '../model/message.js';

/** The db could not be read or parsed: reported with its path, and never written over. */
export class RecordFileError extends Error {
	constructor(
		readonly file: string,
		problem: string,
	) {
		super(`${file}: ${problem}`);
	}
}

interface MarkRecord {
	conv: string;
	platform: string;
	shop: string;
	mark: string;
	op: 'set' | 'clear';
}

/**
 * Conversation keys currently marked spam in the supervisor records (contract §4). Records are
 * only appended, so the last `set` or `clear` of a conversation's spam mark in the file wins.
 * A missing file means no marks.
 */
export async function readSpamKeys(file: string): Promise<Set<string>> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
		throw new RecordFileError(file, `cannot read: ${(error as Error).message}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new RecordFileError(file, `not valid JSON: ${(error as Error).message}`);
	}
	const marks = (data as {marks?: unknown})?.marks ?? [];
	if (!Array.isArray(marks)) throw new RecordFileError(file, '"marks" must be an array');
	const latest = new Map<string, MarkRecord>();
	for (const mark of marks as MarkRecord[]) {
		if (mark?.mark !== 'spam') continue;
		const key = conversationKey({platform: mark.platform as never, shop: mark.shop ?? '', conv: String(mark.conv)});
		latest.set(key, mark);
	}
	return new Set([...latest].filter(([, mark]) => mark.op === 'set').map(([key]) => key));
}
