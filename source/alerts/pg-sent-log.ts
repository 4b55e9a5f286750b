import type pg from 'pg';
import {databaseProblem} from '../store/database-error.js';
import {migrateThrough} from '../store/migrations.js';
import {clientConfig} from '../store/pg-store.js';
import type {SentRecord} from './sent-record.js';

/** What was sent is forgotten after this, as the file's log forgets: events are about the live day. */
const KEEP = "interval '3 days'";
/** A claim this old is a send whose process died: another may take the event. */
const STALE_CLAIM = "interval '3 minutes'";

/**
 * The sent log in the records database (`kefu_alerts_sent`, migration 2): supervisors' machines
 * that share the database share it, and an event is claimed before it is sent, so two `alert`
 * services on two machines send it once between them.
 */
export class PgSentLog implements SentRecord {
	private sent = new Set<string>();

	private constructor(
		private readonly url: string,
		private readonly pool: pg.Pool,
	) {}

	static async open(url: string): Promise<PgSentLog> {
		const {default: driver} = await import('pg');
		const pool = new driver.Pool({...clientConfig(url), max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true});
		pool.on('error', () => undefined);
		const log = new PgSentLog(url, pool);
		try {
			await migrateThrough(pool, url);
			await log.load();
		} catch (error) {
			await pool.end().catch(() => undefined);
			throw databaseProblem(url, error);
		}
		return log;
	}

	has(target: string, event: string): boolean {
		return this.sent.has(slot(target, event));
	}

	/** Fails quietly (what was known stays known): the claim before a send is what keeps it once. */
	async refresh(): Promise<void> {
		await this.load().catch(() => undefined);
	}

	private async load(): Promise<void> {
		const {rows} = await this.query<{target: string; event: string}>(`SELECT target, event FROM kefu_alerts_sent WHERE state = 'sent' AND at > now() - ${KEEP}`, []);
		this.sent = new Set(rows.map(row => slot(row.target, row.event)));
	}

	async claim(target: string, events: readonly string[]): Promise<ReadonlySet<string>> {
		// Taken when nobody has it, or when its claim went stale with nobody sending it.
		const {rows} = await this.query<{event: string}>(
			`INSERT INTO kefu_alerts_sent (target, event, state) SELECT $1, unnest($2::text[]), 'claimed'
			 ON CONFLICT (target, event) DO UPDATE SET at = now()
			 WHERE kefu_alerts_sent.state = 'claimed' AND kefu_alerts_sent.at < now() - ${STALE_CLAIM}
			 RETURNING event`,
			[target, events],
		);
		return new Set(rows.map(row => row.event));
	}

	async release(target: string, events: readonly string[]): Promise<void> {
		await this.query(`DELETE FROM kefu_alerts_sent WHERE target = $1 AND event = ANY($2::text[]) AND state = 'claimed'`, [target, events]);
	}

	async markSent(target: string, events: readonly string[], at: number): Promise<void> {
		for (const event of events) this.sent.add(slot(target, event));
		await this.query(
			`INSERT INTO kefu_alerts_sent (target, event, state, at) SELECT $1, unnest($2::text[]), 'sent', $3
			 ON CONFLICT (target, event) DO UPDATE SET state = 'sent', at = excluded.at`,
			[target, events, new Date(at).toISOString()],
		);
		await this.query(`DELETE FROM kefu_alerts_sent WHERE at < now() - ${KEEP}`, []);
	}

	async close(): Promise<void> {
		await this.pool.end().catch(() => undefined);
	}

	private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<pg.QueryResult<R>> {
		try {
			return await this.pool.query<R>(sql, values);
		} catch (error) {
			throw databaseProblem(this.url, error);
		}
	}
}

function slot(target: string, event: string): string {
	return `${target}\u0000${event}`;
}
