import {spawn} from 'node:child_process';
import pg from 'pg';
import {beforeAll, describe, expect, it} from 'vitest';
import {MIGRATIONS, SCHEMA_VERSION} from '../../source/store/migrations.js';
import {PgStore} from '../../source/store/pg-store.js';
import {openRecordStore} from '../../source/store/record-store.js';
import {RecordFile} from '../../source/store/record-file.js';
import {hasPostgres, usePgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {assertBuilt, ROOT} from '../helpers/tmux.js';

warnIfNoPostgres();

const note = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	conv: '8842',
	platform: 'pinduoduo' as const,
	shop: 'flagship',
	by: 'lead',
	at: '2026-11-22T14:00:00+08:00',
	text: `备注 ${id}`,
	...extra,
});

/** Runs the writer helper to its end; resolves with what it printed. */
function runWriter(url: string, writer: string, count: number): Promise<{code: number | null; stdout: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['test/helpers/pg-writer.mjs', url, writer, String(count)], {cwd: ROOT});
		let stdout = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.on('error', reject).on('close', code => resolve({code, stdout}));
	});
}

describe.skipIf(!hasPostgres)('the PostgreSQL record store on a private server', () => {
	const {freshDatabase} = usePgCluster('records');
	beforeAll(assertBuilt);

	it('is chosen by a postgres:// URL, the file otherwise', () => {
		expect(openRecordStore('postgres://kefu@db.example/records')).toBeInstanceOf(PgStore);
		expect(openRecordStore('postgresql://kefu@db.example/records')).toBeInstanceOf(PgStore);
		expect(openRecordStore('data/db.json')).toBeInstanceOf(RecordFile);
	});

	it('keeps ids, unknown keys and the order of appending, each kind in its own array', async () => {
		const store = new PgStore(await freshDatabase());
		try {
			await store.append('notes', note('n1', {mood: '急', nested: {a: [1, 2]}}));
			await store.append('marks', {...note('m1'), mark: 'spam', op: 'set'});
			await store.append('notes', note('n2'));
			await store.append('notes', note('n1', {text: 'the same id again'}));
			const records = await store.read();
			expect(records.notes).toEqual([note('n1', {mood: '急', nested: {a: [1, 2]}}), note('n2')]);
			expect(records.marks).toEqual([{...note('m1'), mark: 'spam', op: 'set'}]);
			expect(records.assignments).toEqual([]);
			expect(records.reviews).toEqual([]);
		} finally {
			await store.close();
		}
	});

	it('keeps 100 notes from 12 processes racing to migrate a fresh database, each once', async () => {
		const url = await freshDatabase();
		const counts: number[] = Array.from({length: 12}, (_, i) => (i < 4 ? 9 : 8));
		expect(counts.reduce((a, b) => a + b)).toBe(100);
		const runs = await Promise.all(counts.map((count, i) => runWriter(url, `w${i}`, count)));
		for (const run of runs) expect(run).toMatchObject({code: 0});
		const acknowledged = runs.flatMap(run =>
			run.stdout
				.split('\n')
				.filter(line => line.startsWith('ok '))
				.map(line => line.slice(3)),
		);
		expect(acknowledged).toHaveLength(100);
		const store = new PgStore(url);
		try {
			const ids = (await store.read()).notes.map(n => n.id);
			expect(ids).toHaveLength(100);
			expect(new Set(ids)).toEqual(new Set(acknowledged));
		} finally {
			await store.close();
		}
		const client = new pg.Client({connectionString: url});
		await client.connect();
		try {
			const {rows} = await client.query('SELECT version FROM kefu_migrations ORDER BY version');
			expect(rows.map(row => row.version)).toEqual(MIGRATIONS.map(m => m.version));
		} finally {
			await client.end();
		}
	}, 120_000);

	it('refuses to write to a schema newer than it knows, saying so', async () => {
		const url = await freshDatabase();
		const store = new PgStore(url);
		await store.append('notes', note('n1'));
		await store.close();
		const client = new pg.Client({connectionString: url});
		await client.connect();
		await client.query("INSERT INTO kefu_migrations (version, name) VALUES ($1, 'from the future')", [SCHEMA_VERSION + 1]);
		await client.end();
		const later = new PgStore(url);
		try {
			await expect(later.append('notes', note('n2'))).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1}, newer than this program's (${SCHEMA_VERSION})`);
		} finally {
			await later.close();
		}
	});
});
