import {RecordFileError} from './record-file-error.js';
import {RECORD_KINDS, type Records} from './records.js';

export {RECORD_KINDS} from './records.js';

/**
 * Parses the text of a records file (a lowdb document, contract §4). Anything that is not an
 * object of record arrays is refused with its JSON path — `null`, an array, a number, a string,
 * `"notes": 3`, `"notes": [1]` — so that no caller goes on to write over it.
 */
export function parseRecords(text: string, file: string): Records {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new RecordFileError(file, {kind: 'notJson', detail: (error as Error).message});
	}
	if (!isObject(data)) throw new RecordFileError(file, {kind: 'notRecords', at: '$', expected: 'document'});
	for (const kind of RECORD_KINDS) {
		const list = data[kind];
		// An older file may lack a kind added since; it starts empty.
		if (list === undefined) data[kind] = [];
		else if (!Array.isArray(list)) throw new RecordFileError(file, {kind: 'notRecords', at: `$.${kind}`, expected: 'array'});
		else {
			const bad = list.findIndex(entry => !isObject(entry));
			if (bad >= 0) throw new RecordFileError(file, {kind: 'notRecords', at: `$.${kind}[${bad}]`, expected: 'record'});
		}
	}
	return data as unknown as Records;
}

/** The file's text as lowdb's JSONFile writes it, so lowdb and people read it alike. */
export function formatRecords(records: Records): string {
	return JSON.stringify(records, null, 2);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
