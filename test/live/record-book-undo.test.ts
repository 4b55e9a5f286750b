import path from 'node:path';
import {readFile} from 'node:fs/promises';
import {afterEach, describe, expect, it} from 'vitest';
import {RecordBook} from '../../source/live/record-book.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {Zone} from '../../source/time/zone.js';

const c1 = {conv: 'c1', platform: 'pinduoduo' as const, shop: 'flagship'};

describe('undo in the records book', () => {
	const tempDir = useTempDirs();
	const books: RecordBook[] = [];
	afterEach(async () => {
		await Promise.all(books.splice(0).map(book => book.stop()));
	});

	it('takes back an action still being written, not the one before it', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const book = new RecordBook(db, () => ({by: 'lead', tz: new Zone('Asia/Shanghai'), now: Date.parse('2026-11-22T14:00:00+08:00')}));
		books.push(book);
		await book.start();
		await book.note(c1, '买家很急');
		// The undo is asked for while the mark is on its way to the file.
		const marking = book.setMark(c1, 'spam', true);
		const undone = await book.undo();
		await marking;
		expect(undone).toMatchObject({kind: 'marks', record: {mark: 'spam', op: 'set'}});
		const records = JSON.parse(await readFile(db, 'utf8'));
		expect(records.marks.map((m: {op: string}) => m.op)).toEqual(['set', 'clear']);
		expect(records.notes).toHaveLength(1);
		expect(book.isSpam(c1)).toBe(false);
	});
});
