import type pg from 'pg';
import {databaseProblem, DatabaseError} from '../store/database-error.js';
import {RECORDS_CHANNEL} from '../store/migrations.js';
import {clientConfig, groupRecords, type PgStore, type StoredRecord} from '../store/pg-store.js';
import type {FeedRead, RecordFeed} from './record-feed.js';

/** Read again this often whatever the notifications say: one lost is late by this much at most. */
const POLL_MS = 2000;
/**
 * An append takes its `seq` before it commits, so a lower seq can become visible after a
 * higher one: rows are re-read from the highest seq seen this long ago (ids keep them once).
 */
const SETTLE_MS = 10_000;

/**
 * The records database followed with LISTEN on a dedicated connection (an INSERT trigger
 * notifies), polled every two seconds in case notifications are lost, reconnecting after the
 * server restarts. What was read stays shown while the server is away.
 */
export class PgFeed implements RecordFeed {
	private readonly rows: StoredRecord[] = [];
	private readonly ids = new Set<string>();
	/** The highest seq seen at each read, newest last, for the re-read floor. */
	private seen: {at: number; seq: number}[] = [];
	private running: Promise<unknown> = Promise.resolve();
	private next: Promise<FeedRead> | undefined;
	private listener: pg.Client | undefined;
	private connecting = false;
	private poller: NodeJS.Timeout | undefined;
	private changed: () => void = () => undefined;
	private stopped = false;
	private down: DatabaseError | undefined;

	constructor(
		readonly store: PgStore,
		private readonly clock: () => number = Date.now,
	) {}

	/** Reads what is new; overlapping calls share one query that starts after the one running. */
	read(): Promise<FeedRead> {
		this.next ??= this.running
			.catch(() => undefined)
			.then(() => {
				this.next = undefined;
				return this.readNew();
			});
		this.running = this.next;
		return this.next;
	}

	async follow(changed: () => void): Promise<void> {
		this.changed = changed;
		this.poller = setInterval(() => {
			if (!this.listener) void this.listen();
			changed();
		}, POLL_MS);
		await this.listen();
	}

	refusal(): DatabaseError | undefined {
		return this.down?.problem.kind === 'notLive' ? this.down : undefined;
	}

	async stop(): Promise<void> {
		this.stopped = true;
		clearInterval(this.poller);
		await this.listener?.end().catch(() => undefined);
		await this.store.close();
	}

	private async readNew(): Promise<FeedRead> {
		const now = this.clock();
		let rows: StoredRecord[];
		try {
			rows = await this.store.readSince(this.floor(now));
		} catch (error) {
			const problem = databaseProblem(this.store.url, error);
			// Followed, the records are "not live" until it reconnects; read once, the server is just away.
			this.down = problem.problem.kind === 'unreachable' && this.poller ? new DatabaseError(this.store.url, {kind: 'notLive'}) : problem;
			throw this.down;
		}
		this.down = undefined;
		const fresh = rows.filter(row => !this.ids.has(row.record.id));
		const last = this.rows.at(-1)?.seq ?? 0;
		for (const row of fresh) {
			this.ids.add(row.record.id);
			this.rows.push(row);
		}
		// A late commit below what was shown goes in its place: the order of appending decides.
		if (fresh.some(row => row.seq < last)) this.rows.sort((a, b) => a.seq - b.seq);
		this.seen.push({at: now, seq: this.rows.at(-1)?.seq ?? 0});
		return {records: groupRecords(this.rows), changed: fresh.length > 0};
	}

	/** The highest seq seen at a read at least SETTLE_MS ago; older marks are let go. */
	private floor(now: number): number {
		const settled = this.seen.findLastIndex(mark => mark.at <= now - SETTLE_MS);
		if (settled < 0) return 0;
		this.seen = this.seen.slice(settled);
		return this.seen[0]!.seq;
	}

	/** A dedicated connection that LISTENs; when it drops, the next poll makes a new one. */
	private async listen(): Promise<void> {
		if (this.stopped || this.listener || this.connecting) return;
		this.connecting = true;
		const {default: driver} = await import('pg');
		const client = new driver.Client(clientConfig(this.store.url));
		const lost = () => {
			if (this.listener === client) this.listener = undefined;
			void client.end().catch(() => undefined);
			// Read at once: the header says "not live" now rather than at the next poll.
			if (!this.stopped) this.changed();
		};
		client.on('error', lost).on('end', lost);
		client.on('notification', () => this.changed());
		try {
			await client.connect();
			await client.query(`LISTEN ${RECORDS_CHANNEL}`);
			if (this.stopped) await client.end();
			else {
				this.listener = client;
				// What was written while nobody listened.
				this.changed();
			}
		} catch {
			client.removeAllListeners('end');
			await client.end().catch(() => undefined);
		} finally {
			this.connecting = false;
		}
	}
}
