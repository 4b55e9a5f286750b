import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {replaceFile} from '../store/atomic-write.js';
import {withFileLock} from '../store/file-lock.js';
import {isDatabaseUrl} from '../store/database-url.js';
import type {SentRecord} from './sent-record.js';

/** By target id, the ids of the events sent there and when (ISO). */
interface SentData {
	version: 1;
	sent: Record<string, Record<string, string>>;
}

/** What was sent is forgotten after this: events are about the live day. */
const KEEP_MS = 3 * 24 * 3600_000;
/** How long a send waits for another process's write of the log before it gives up saying so. */
const LOCK_WAIT_MS = 10_000;

/** Where the sent log of a lowdb records file lives: beside it (`data/db.json.alerts.json`). */
export function sentLogFile(db: string): string {
	return `${db}.alerts.json`;
}

export type {SentRecord} from './sent-record.js';

/** The sent log of records db `db`: a table when it is a PostgreSQL URL, else a file beside it. */
export async function openSentLog(db: string): Promise<SentRecord> {
	if (isDatabaseUrl(db)) {
		const {PgSentLog} = await import('./pg-sent-log.js');
		return PgSentLog.open(db);
	}
	return SentLog.open(sentLogFile(db));
}

/**
 * Which events were sent to which target, so that a restart sends nothing twice. Written
 * atomically under the kernel lock the records file uses (store/file-lock.ts, atomic-write.ts),
 * merged with what another process (a `watch --notify` beside an `alert`) wrote meanwhile.
 */
export class SentLog implements SentRecord {
	private data: SentData = {version: 1, sent: {}};

	private constructor(readonly file: string) {}

	/** Nothing to send to: nothing is read or written. */
	static none(): SentLog {
		return new SentLog('');
	}

	static async open(file: string): Promise<SentLog> {
		const log = new SentLog(file);
		log.data = await log.read();
		return log;
	}

	/** Takes in what another process (a `watch --notify` beside an `alert`) has sent meanwhile. */
	async refresh(): Promise<void> {
		if (!this.file) return;
		const onDisk = await this.read().catch(() => undefined);
		if (onDisk) this.merge(onDisk);
	}

	has(target: string, event: string): boolean {
		return this.data.sent[target]?.[event] !== undefined;
	}

	async markSent(target: string, events: readonly string[], at: number): Promise<void> {
		const iso = new Date(at).toISOString();
		const mine = (this.data.sent[target] ??= {});
		for (const event of events) mine[event] = iso;
		const file = path.resolve(this.file);
		await mkdir(path.dirname(file), {recursive: true});
		const lockFile = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
		await withFileLock(lockFile, LOCK_WAIT_MS, async () => {
			this.merge(await this.read());
			forgetOld(this.data, at);
			await replaceFile(file, JSON.stringify(this.data, null, 2), undefined);
		});
	}

	private merge(onDisk: SentData): void {
		for (const [id, sent] of Object.entries(onDisk.sent)) this.data.sent[id] = {...sent, ...this.data.sent[id]};
	}

	private async read(): Promise<SentData> {
		const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return undefined;
			throw new Error(`${this.file}: cannot be read (${error.code ?? error.message})`);
		});
		if (text === undefined) return {version: 1, sent: {}};
		let data: SentData;
		try {
			data = JSON.parse(text) as SentData;
		} catch (error) {
			throw new Error(`${this.file}: not valid JSON (${(error as Error).message}); it is left as it is`);
		}
		if (typeof data !== 'object' || data === null || typeof data.sent !== 'object' || data.sent === null) throw new Error(`${this.file}: "sent" must be an object; it is left as it is`);
		return data;
	}
}

function forgetOld(data: SentData, now: number): void {
	for (const events of Object.values(data.sent)) {
		for (const [id, at] of Object.entries(events)) if (now - Date.parse(at) > KEEP_MS) delete events[id];
	}
}
