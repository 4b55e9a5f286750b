import {RecordFile} from './record-file.js';
import type {RecordKind, Records} from './records.js';

/**
 * Where the supervisor records live (`--db`). Callers know only this: read every record, append
 * one. The lowdb file is the one kind today; a database behind the same two calls is chosen
 * here by the `--db` value (issue 19).
 */
export interface RecordStore {
	read(): Promise<Records>;
	append<K extends RecordKind>(kind: K, record: Records[K][number]): Promise<void>;
}

export function openRecordStore(db: string): RecordStore {
	return new RecordFile(db);
}

/** Every record in `db`; a missing file means none. */
export function readRecords(db: string): Promise<Records> {
	return openRecordStore(db).read();
}

/** Appends one record to `db`; resolves only once it is durably written. */
export function appendRecord<K extends RecordKind>(db: string, kind: K, record: Records[K][number]): Promise<void> {
	return openRecordStore(db).append(kind, record);
}
