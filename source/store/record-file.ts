import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {Low} from 'lowdb';
import {JSONFile} from 'lowdb/node';
import lockfile from 'proper-lockfile';
import {RecordFileError} from './record-file-error.js';
import {emptyRecords, RECORD_KINDS, type RecordKind, type Records} from './records.js';

// Several supervisors' TUIs and scripts write one file. Each append holds a lock across
// read-modify-write, so no one's record is lost, and lowdb writes through a temp file and a
// rename, so a crash mid-write leaves the old file whole.
const LOCK_OPTIONS = {retries: {retries: 300, minTimeout: 5, maxTimeout: 40, randomize: true}, stale: 5000, realpath: false};

/** Reads the records; a missing file is empty, a file that cannot be parsed is an error, never "empty". */
export async function readRecords(file: string): Promise<Records> {
	const db = new Low<Records>(new JSONFile<Records>(file), emptyRecords());
	try {
		await db.read();
	} catch (error) {
		throw new RecordFileError(file, `not valid JSON (${(error as Error).message}); it is left as it is`);
	}
	return checkShape(db.data, file);
}

/** Appends one record under the cross-process lock, reading the file fresh first. */
export async function appendRecord<K extends RecordKind>(file: string, kind: K, record: Records[K][number]): Promise<void> {
	await mkdir(path.dirname(path.resolve(file)), {recursive: true});
	let release: (() => Promise<void>) | undefined;
	try {
		release = await lockfile.lock(file, LOCK_OPTIONS);
	} catch (error) {
		throw new RecordFileError(file, `cannot lock for writing: ${(error as Error).message}`);
	}
	try {
		const db = new Low<Records>(new JSONFile<Records>(file), emptyRecords());
		try {
			await db.read();
		} catch (error) {
			throw new RecordFileError(file, `not valid JSON (${(error as Error).message}); nothing was written`);
		}
		db.data = checkShape(db.data, file);
		(db.data[kind] as Records[K][number][]).push(record);
		await db.write();
	} finally {
		await release();
	}
}

/** Missing arrays are filled in (an older file); arrays of the wrong type are an error. */
function checkShape(data: unknown, file: string): Records {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new RecordFileError(file, 'must be a JSON object of record arrays');
	const records = data as Partial<Records> & Record<string, unknown>;
	for (const kind of RECORD_KINDS) {
		if (records[kind] === undefined) records[kind] = [];
		else if (!Array.isArray(records[kind])) throw new RecordFileError(file, `"${kind}" must be an array`);
	}
	return records as Records;
}
