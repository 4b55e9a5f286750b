import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {Low} from 'lowdb';
import {JSONFile} from 'lowdb/node';
import lockfile from 'proper-lockfile';

/** By target id, the ids of the events sent there and when (ISO). */
interface SentData {
	version: 1;
	sent: Record<string, Record<string, string>>;
}

/** What was sent is forgotten after this: events are about the live day. */
const KEEP_MS = 3 * 24 * 3600_000;
const LOCK_OPTIONS = {retries: {retries: 100, minTimeout: 5, maxTimeout: 50, randomize: true}, stale: 5000, realpath: false};

/** Where the sent log of a records db lives: beside it (`data/db.json.alerts.json`). */
export function sentLogFile(db: string): string {
	return /^postgres(ql)?:\/\//.test(db) ? path.join('data', 'alerts-sent.json') : `${db}.alerts.json`;
}

/**
 * Which events were sent to which target, so that a restart sends nothing twice. Written
 * atomically (lowdb writes a temp file and renames it) under a lock, merged with what another
 * process (a `watch --notify` beside an `alert`) wrote meanwhile.
 */
export class SentLog {
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
		await mkdir(path.dirname(path.resolve(this.file)), {recursive: true});
		const release = await lockfile.lock(this.file, LOCK_OPTIONS).catch(() => undefined);
		try {
			this.merge(await this.read());
			forgetOld(this.data, at);
			const db = new Low<SentData>(new JSONFile<SentData>(this.file), this.data);
			await db.write();
		} finally {
			await release?.();
		}
	}

	private merge(onDisk: SentData): void {
		for (const [id, sent] of Object.entries(onDisk.sent)) this.data.sent[id] = {...sent, ...this.data.sent[id]};
	}

	private async read(): Promise<SentData> {
		const db = new Low<SentData>(new JSONFile<SentData>(this.file), {version: 1, sent: {}});
		try {
			await db.read();
		} catch (error) {
			throw new Error(`${this.file}: not valid JSON (${(error as Error).message}); it is left as it is`);
		}
		const data = db.data;
		if (typeof data !== 'object' || data === null || typeof data.sent !== 'object' || data.sent === null) throw new Error(`${this.file}: "sent" must be an object; it is left as it is`);
		return data;
	}
}

function forgetOld(data: SentData, now: number): void {
	for (const events of Object.values(data.sent)) {
		for (const [id, at] of Object.entries(events)) if (now - Date.parse(at) > KEEP_MS) delete events[id];
	}
}
