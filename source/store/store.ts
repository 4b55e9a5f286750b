import type {RecordKind, Records} from './records.js';

/**
 * Where the supervisor records live (`--db`). Callers know only this: read every record, append
 * one. The lowdb file is the default; a `postgres://` URL is a database behind the same calls.
 */
export interface RecordStore {
	read(): Promise<Records>;
	append<K extends RecordKind>(kind: K, record: Records[K][number]): Promise<void>;
	/** Lets go of connections; a file holds none. */
	close?(): Promise<void>;
}
