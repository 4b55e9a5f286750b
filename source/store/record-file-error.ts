import {catalog, type Catalog} from '../i18n/catalog.js';
import type {RecordProblem} from './store-problems.js';

export type {RecordProblem} from './store-problems.js';

/** The records file could not be read or written: reported with its path in one line, and never written over. */
export class RecordFileError extends Error {
	constructor(
		readonly file: string,
		readonly problem: RecordProblem,
	) {
		super(catalog('en').recordFile.describe(file, problem));
	}

	/** The one-line message in the user's language. */
	describe(text: Catalog): string {
		return text.recordFile.describe(this.file, this.problem);
	}
}

/** A failed system call as a problem of `file`: the common ones named, any other with its code. */
export function fileProblem(file: string, error: unknown): RecordFileError {
	if (error instanceof RecordFileError) return error;
	const {code = 'EIO', message = String(error)} = error as NodeJS.ErrnoException;
	if (code === 'ENOSPC' || code === 'EDQUOT') return new RecordFileError(file, {kind: 'noSpace'});
	if (code === 'EACCES' || code === 'EPERM') return new RecordFileError(file, {kind: 'noAccess', code});
	if (code === 'EROFS') return new RecordFileError(file, {kind: 'readOnlyFs'});
	// Node's message repeats the call and the path; the code and the first clause say it all.
	return new RecordFileError(file, {kind: 'io', code, detail: message.replace(/^[A-Z]+: /, '').split(',')[0] ?? code});
}
