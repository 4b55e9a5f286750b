import type pg from 'pg';
import {databaseProblem} from './database-error.js';
import {migrateThrough} from './migrations.js';
import type {RecordStore} from './store.js';
import {emptyRecords, type RecordBase, type RecordKind, type Records} from './records.js';

/** A connection attempt gives up after this long: a dead server is said, not waited on. */
const CONNECT_TIMEOUT_MS = 5000;
/** A query the server does not answer in time fails rather than freezing a command. */
const QUERY_TIMEOUT_MS = 15_000;

/** One stored record with its place in the order of appending. */
export interface StoredRecord {
	seq: number;
	kind: RecordKind;
	record: RecordBase;
}

/** The connection settings every client of the records database uses. */
export function clientConfig(url: string): pg.ClientConfig {
	return {connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS, keepAlive: true, application_name: 'kefu-watch'};
}

/**
 * The records in PostgreSQL (`--db postgres://…`), for supervisors on several machines: the
 * same append-only records as the file, one row each; an append is a single INSERT, durable
 * once acknowledged. The schema is migrated on first use (migrations.ts).
 */
export class PgStore implements RecordStore {
	private pool: pg.Pool | undefined;
	private ready: Promise<void> | undefined;

	constructor(readonly url: string) {}

	async read(): Promise<Records> {
		return groupRecords(await this.readSince(0));
	}

	/** The records appended after `seq`, in order. */
	async readSince(seq: number): Promise<StoredRecord[]> {
		const {rows} = await this.query<{seq: string; kind: RecordKind; record: RecordBase}>('SELECT seq, kind, record FROM kefu_records WHERE seq > $1 ORDER BY seq', [seq]);
		return rows.map(row => ({seq: Number(row.seq), kind: row.kind, record: row.record}));
	}

	/** One INSERT; a record whose id is already there is not added twice (a retried append). */
	async append<K extends RecordKind>(kind: K, record: Records[K][number]): Promise<void> {
		await this.insert([{kind, record}]);
	}

	/** Adds the records whose ids are not there yet, in one transaction; returns how many were new. */
	async insert(records: readonly {kind: RecordKind; record: RecordBase}[]): Promise<number> {
		if (records.length === 0) return 0;
		const values: unknown[] = [];
		const rows = records.map(({kind, record}, index) => {
			values.push(record.id, kind, record.platform ?? '', record.shop ?? '', record.conv ?? '', record.by ?? '', instant(record.at), JSON.stringify(record));
			const first = index * 8;
			return `(${Array.from({length: 8}, (_, i) => `$${first + i + 1}`).join(', ')})`;
		});
		const result = await this.query(`INSERT INTO kefu_records (id, kind, platform, shop, conv, actor, at, record) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
		return result.rowCount ?? 0;
	}

	async close(): Promise<void> {
		await this.pool?.end().catch(() => undefined);
	}

	/** node-postgres is loaded at the first query: commands on a file store never pay for it. */
	private async connections(): Promise<pg.Pool> {
		if (!this.pool) {
			const {default: driver} = await import('pg');
			this.pool ??= new driver.Pool({...clientConfig(this.url), max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true});
			// An idle client whose server went away errs here; the next query says so instead.
			this.pool.on('error', () => undefined);
		}
		return this.pool;
	}

	private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<pg.QueryResult<R>> {
		try {
			await this.migrated();
			return await (await this.connections()).query<R>(sql, values);
		} catch (error) {
			throw databaseProblem(this.url, error);
		}
	}

	/** Migrates once per store; a failed attempt is tried again by the next call. */
	private migrated(): Promise<void> {
		this.ready ??= (async () => {
			await migrateThrough(await this.connections(), this.url);
		})().catch((error: unknown) => {
			this.ready = undefined;
			throw error;
		});
		return this.ready;
	}
}

/** Rows in the order they were appended, as the file's arrays; kinds this version does not know are kept too. */
export function groupRecords(rows: readonly StoredRecord[]): Records {
	const records = emptyRecords() as unknown as Record<string, RecordBase[]>;
	for (const row of rows) (records[row.kind] ??= []).push(row.record);
	return records as unknown as Records;
}

/** `at` as an instant for the indexed column; the record keeps its text as written. */
function instant(at: string | undefined): string | null {
	const ms = at === undefined ? Number.NaN : Date.parse(at);
	return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
