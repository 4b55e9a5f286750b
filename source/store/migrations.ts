import type pg from 'pg';
import {DatabaseError} from './database-error.js';

/** One step of the records schema; applied once, in its own transaction, in version order. */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const RECORDS_CHANNEL = 'kefu_records';

/**
 * The schema, oldest first; a change to it is a new entry, never an edit of an applied one.
 * Each record is kept whole as jsonb (unknown keys survive); the columns beside it are for
 * lookups and order. `seq` is the order of appending, as the file's array order is.
 */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'records',
		sql: `
			CREATE TABLE kefu_records (
				seq bigserial PRIMARY KEY,
				id text NOT NULL UNIQUE,
				kind text NOT NULL,
				platform text NOT NULL,
				shop text NOT NULL,
				conv text NOT NULL,
				actor text NOT NULL,
				at timestamptz,
				record jsonb NOT NULL,
				written_at timestamptz NOT NULL DEFAULT now()
			);
			CREATE INDEX kefu_records_conversation ON kefu_records (platform, shop, conv);
			CREATE INDEX kefu_records_kind ON kefu_records (kind, seq);
			CREATE FUNCTION kefu_records_notify() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				PERFORM pg_notify('${RECORDS_CHANNEL}', '');
				RETURN NULL;
			END $$;
			CREATE TRIGGER kefu_records_notify AFTER INSERT ON kefu_records
				FOR EACH STATEMENT EXECUTE FUNCTION kefu_records_notify();
		`,
	},
	{
		version: 2,
		name: 'alerts sent',
		// What each robot was sent (alerts/pg-sent-log.ts): machines sharing the database send an event once.
		// A row is `claimed` while a send is under way; a claim older than a few minutes is a send that died.
		sql: `
			CREATE TABLE kefu_alerts_sent (
				target text NOT NULL,
				event text NOT NULL,
				state text NOT NULL CHECK (state IN ('claimed', 'sent')),
				at timestamptz NOT NULL DEFAULT now(),
				PRIMARY KEY (target, event)
			);
			CREATE INDEX kefu_alerts_sent_at ON kefu_alerts_sent (at);
		`,
	},
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** Held while migrating, so that two processes starting at once apply each step once. */
const MIGRATION_LOCK = 0x6b65_6675; // "kefu"

/**
 * Brings the schema up to SCHEMA_VERSION; returns the version found, which may be newer than
 * this program's (the caller refuses to write then).
 */
export async function migrate(client: pg.ClientBase): Promise<number> {
	const found = await appliedVersion(client).catch(() => undefined);
	if (found !== undefined && found >= SCHEMA_VERSION) return found;
	await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
	try {
		// The one table that must exist before versions can be read.
		await client.query('CREATE TABLE IF NOT EXISTS kefu_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
		const current = await appliedVersion(client);
		for (const migration of MIGRATIONS.filter(m => m.version > current)) {
			await client.query('BEGIN');
			try {
				await client.query(migration.sql);
				await client.query('INSERT INTO kefu_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			}
		}
		return Math.max(current, SCHEMA_VERSION);
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
	}
}

/**
 * Migrates through one client of `pool`, and refuses a schema newer than this program's. The
 * checked-out client is the pool's no more: its server dying mid-migration must fail the
 * migration (the query rejects), not crash the process with an 'error' nobody listens to.
 */
export async function migrateThrough(pool: pg.Pool, url: string): Promise<void> {
	const client = await pool.connect();
	const unheard = (): void => undefined;
	client.on('error', unheard);
	try {
		const found = await migrate(client);
		if (found > SCHEMA_VERSION) throw new DatabaseError(url, {kind: 'schemaNewer', found, known: SCHEMA_VERSION});
	} finally {
		client.off('error', unheard);
		client.release();
	}
}

async function appliedVersion(client: pg.ClientBase): Promise<number> {
	const {rows} = await client.query<{version: number | null}>('SELECT max(version) AS version FROM kefu_migrations');
	return rows[0]?.version ?? 0;
}
