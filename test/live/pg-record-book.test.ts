import pg from 'pg';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PgFeed} from '../../source/live/pg-feed.js';
import {RecordBook} from '../../source/live/record-book.js';
import {conversationKey} from '../../source/model/message.js';
import {DatabaseError} from '../../source/store/database-error.js';
import {PgStore} from '../../source/store/pg-store.js';
import {hasPostgres, PgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {eventually} from '../helpers/temp-dir.js';
import {Zone} from '../../source/time/zone.js';

warnIfNoPostgres();

const c1 = {conv: 'c1', platform: 'pinduoduo' as const, shop: 'flagship'};
const key = conversationKey(c1);
const actor = (by: string) => () => ({by, tz: new Zone('Asia/Shanghai'), now: Date.parse('2026-11-22T14:00:00+08:00')});
const note = (id: string) => ({id, ...c1, by: 'script', at: '2026-11-22T14:00:00+08:00', text: id});

describe.skipIf(!hasPostgres)('the records book on PostgreSQL: live across processes', () => {
	let cluster: PgCluster;
	let databases = 0;
	const books: RecordBook[] = [];
	const openBook = async (url: string, by: string) => {
		const book = new RecordBook(url, actor(by));
		books.push(book);
		await book.start();
		return book;
	};
	beforeAll(async () => {
		cluster = await PgCluster.create();
	}, 120_000);
	afterEach(async () => {
		await Promise.all(books.splice(0).map(book => book.stop()));
	});
	afterAll(async () => cluster?.destroy());

	it("shows another supervisor's mark within 3 s, by notification", async () => {
		const url = await cluster.createDatabase(`live_${(databases += 1)}`);
		const [a, b] = [await openBook(url, 'a'), await openBook(url, 'b')];
		const started = Date.now();
		await a.setMark(c1, 'red', true);
		await eventually(() => b.of(key)?.marks.has('red') ?? false, "b to see a's mark", 3000);
		expect(Date.now() - started).toBeLessThan(3000);
		await b.note(c1, '已联系买家');
		await eventually(() => a.of(key)?.notes.some(n => n.text === '已联系买家') ?? false, "a to see b's note", 3000);
	});

	it('polls when notifications are lost, and places a late commit of a lower seq where it belongs', async () => {
		const url = await cluster.createDatabase(`live_${(databases += 1)}`);
		const book = await openBook(url, 'a');
		const client = new pg.Client({connectionString: url});
		await client.connect();
		try {
			await client.query('ALTER TABLE kefu_records DISABLE TRIGGER kefu_records_notify');
			const store = new PgStore(url);
			await store.append('notes', note('silent'));
			await eventually(() => book.of(key)?.notes.some(n => n.id === 'silent') ?? false, 'the silent note by polling', 6000);
			// The late one takes its seq first and commits after a later one is shown.
			await client.query('BEGIN');
			await client.query("INSERT INTO kefu_records (id, kind, platform, shop, conv, actor, record) VALUES ('late', 'notes', 'pinduoduo', 'flagship', 'c1', 'script', $1)", [
				JSON.stringify(note('late')),
			]);
			await store.append('notes', note('early'));
			await eventually(() => book.of(key)?.notes.some(n => n.id === 'early') ?? false, 'the note committed first', 6000);
			await client.query('COMMIT');
			await store.close();
			await eventually(() => book.of(key)?.notes.some(n => n.id === 'late') ?? false, 'the note committed late', 20_000);
			expect(book.of(key)!.notes.map(n => n.id)).toEqual(['silent', 'late', 'early']);
		} finally {
			await client.end();
		}
	}, 60_000);

	it('re-reads from the seq seen 10 s before, so a commit that comes late is not skipped (the clock injected)', async () => {
		const url = await cluster.createDatabase(`live_${(databases += 1)}`);
		let now = 0;
		const store = new PgStore(url);
		const feed = new PgFeed(new PgStore(url), () => now);
		const floors: number[] = [];
		const readSince = feed.store.readSince.bind(feed.store);
		feed.store.readSince = seq => (floors.push(seq), readSince(seq));
		const client = new pg.Client({connectionString: url});
		await client.connect();
		try {
			for (const id of ['n1', 'n2', 'n3']) await store.append('notes', note(id));
			await feed.read();
			now = 11_000;
			await store.append('notes', note('n4'));
			await client.query('BEGIN');
			await client.query("INSERT INTO kefu_records (id, kind, platform, shop, conv, actor, record) VALUES ('late', 'notes', 'pinduoduo', 'flagship', 'c1', 'script', $1)", [
				JSON.stringify(note('late')),
			]);
			await store.append('notes', note('early'));
			expect((await feed.read()).records.notes.map(n => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'early']);
			await client.query('COMMIT');
			now = 12_000;
			const {records, changed} = await feed.read();
			expect(changed).toBe(true);
			expect(records.notes.map(n => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'late', 'early']);
			// Only the first read was of everything; the later ones from the highest seq seen at 0 s.
			expect(floors).toEqual([0, 3, 3]);
			expect((await feed.read()).changed).toBe(false);
		} finally {
			await client.end();
			await store.close();
			await feed.stop();
		}
	});

	it('keeps what it shows while the server is down, refuses actions saying so, and catches up after the restart', async () => {
		const url = await cluster.createDatabase(`live_${(databases += 1)}`);
		const [a, b] = [await openBook(url, 'a'), await openBook(url, 'b')];
		await a.setMark(c1, 'spam', true);
		await eventually(() => b.isSpam(c1), 'the mark before the stop', 3000);
		cluster.stop('immediate');
		await eventually(() => b.problem instanceof DatabaseError, 'b to say the records are not live', 10_000);
		expect(b.error).toContain(`records not live: cannot reach the records database ${url}`);
		expect(b.isSpam(c1)).toBe(true);
		await expect(b.setMark(c1, 'red', true)).rejects.toThrow('not live');
		await cluster.start();
		const store = new PgStore(url);
		try {
			await store.append('notes', note('after the restart'));
		} finally {
			await store.close();
		}
		await eventually(() => (b.of(key)?.notes.some(n => n.id === 'after the restart') ?? false) && b.problem === undefined, 'b to reconnect and show the new note', 15_000);
		expect(b.isSpam(c1)).toBe(true);
		expect(b.of(key)!.marks.has('red')).toBe(false);
		await b.setMark(c1, 'red', true);
		await eventually(() => a.of(key)?.marks.has('red') ?? false, "a to see b's mark after the restart", 10_000);
	}, 90_000);
});
