import {foldRecords} from './conversation-records.js';
import {readRecords} from './record-file.js';

export {RecordFileError} from './record-file-error.js';

/** Keys of the conversations whose spam mark is set now; a missing file means none. */
export async function readSpamKeys(file: string): Promise<Set<string>> {
	const states = foldRecords(await readRecords(file));
	return new Set([...states].filter(([, state]) => state.marks.has('spam')).map(([key]) => key));
}
