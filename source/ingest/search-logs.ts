import {conversationKey, wordsHold} from '../model/message.js';
import type {Encoding} from './decode-line.js';
import {FileCursor} from './file-cursor.js';
import {listLogFiles} from './log-files.js';
import type {LineReading} from './line-reading.js';
import {lineParser} from './parse-line.js';

export interface SearchOptions extends LineReading {
	encoding: Encoding;
}

/**
 * The keys of the conversations whose words contain `query`, ignoring case, read from the logs
 * under `paths` themselves: a big backlog keeps only recent words in memory. Read in the
 * background a chunk at a time, so a screen keeps answering; only lines holding the query are
 * parsed. A file that cannot be read now is left out (the reader reports it); `stillWanted`
 * is asked between files.
 */
export async function conversationsSaying(paths: readonly string[], query: string, options: SearchOptions, stillWanted: () => boolean = () => true): Promise<Set<string>> {
	const wanted = query.toLowerCase();
	// Chinese has no case: then each line is searched as it is, not copied in lower case first.
	const caseless = wanted === query.toUpperCase();
	const holds = caseless ? (line: string) => line.includes(wanted) : (line: string) => line.toLowerCase().includes(wanted);
	const keys = new Set<string>();
	for (const file of await listLogFiles(paths).catch(() => [])) {
		// A search given up for another stops at the next file.
		if (!stillWanted()) break;
		const cursor = new FileCursor(file, options.encoding);
		const parse = lineParser(file, options);
		await cursor
			.readNew(raw => {
				if ('problem' in raw || !holds(raw.text)) return;
				const parsed = parse(raw.text, raw.line, raw.offset);
				if (parsed.ok && wordsHold(parsed.message, wanted)) keys.add(conversationKey(parsed.message));
			})
			.catch(() => undefined);
		await cursor.close();
	}
	return keys;
}
