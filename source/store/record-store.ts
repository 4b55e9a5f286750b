import type {Catalog} from '../i18n/catalog.js';
import {DatabaseError} from './database-error.js';
import {isDatabaseUrl} from './database-url.js';
import {PgStore} from './pg-store.js';
import {RecordFile} from './record-file.js';
import {RecordFileError} from './record-file-error.js';
import type {RecordKind, Records} from './records.js';
import type {RecordStore} from './store.js';

export type {RecordStore} from './store.js';

export function openRecordStore(db: string): RecordStore {
	return isDatabaseUrl(db) ? new PgStore(db) : new RecordFile(db);
}

/** Every record in `db`; a missing file means none. */
export function readRecords(db: string): Promise<Records> {
	return once(db, store => store.read());
}

/** Appends one record to `db`; resolves only once it is durably written. */
export function appendRecord<K extends RecordKind>(db: string, kind: K, record: Records[K][number]): Promise<void> {
	return once(db, store => store.append(kind, record));
}

async function once<T>(db: string, work: (store: RecordStore) => Promise<T>): Promise<T> {
	const store = openRecordStore(db);
	try {
		return await work(store);
	} finally {
		await store.close?.();
	}
}

/** A store's own failure in one line of the user's language; undefined for any other error. */
export function describeStoreError(error: unknown, text: Catalog): string | undefined {
	if (error instanceof RecordFileError || error instanceof DatabaseError) return error.describe(text);
	return undefined;
}
