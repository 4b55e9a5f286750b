import {spawn} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {foldRecords} from '../../source/store/conversation-records.js';
import {appendRecord, readRecords} from '../../source/store/record-store.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';

const WRITER = fileURLToPath(new URL('../helpers/write-records.mjs', import.meta.url));

function runWriter(file: string, name: string, count: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [WRITER, file, name, String(count)], {stdio: ['ignore', 'ignore', 'inherit']});
		child.on('error', reject);
		child.on('exit', code => resolve(code ?? -1));
	});
}

const base = {platform: 'pinduoduo' as const, shop: '', by: 'lead', at: '2026-11-22T14:00:00+08:00'};

describe('the records file', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	it('keeps every one of 100 notes written by 10 processes at once, and stays valid JSON', async () => {
		const file = path.join(await tempDir(), 'data', 'db.json');
		const codes = await Promise.all(Array.from({length: 10}, (_, i) => runWriter(file, `sup${i}`, 10)));
		expect(codes).toEqual(Array(10).fill(0));
		const records = JSON.parse(await readFile(file, 'utf8'));
		expect(records.notes).toHaveLength(100);
		expect(new Set(records.notes.map((note: {id: string}) => note.id)).size).toBe(100);
	}, 60_000);

	it('is readable after a writer is killed in the middle of writing, and takes the next write', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await appendRecord(file, 'marks', {...base, id: 'm1', conv: 'c1', mark: 'red', op: 'set'});
		const child = spawn(process.execPath, [WRITER, file, 'crasher', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
		await new Promise<void>(resolve => child.stdout!.once('data', () => resolve()));
		await new Promise(resolve => setTimeout(resolve, 150));
		child.kill('SIGKILL');
		await new Promise(resolve => child.once('exit', resolve));
		const records = await readRecords(file);
		expect(records.marks.map(m => m.id)).toEqual(['m1']);
		expect(records.notes.length).toBeGreaterThan(0);
		await appendRecord(file, 'notes', {...base, id: 'after', conv: 'c1', text: '崩溃之后'});
		expect((await readRecords(file)).notes.at(-1)?.id).toBe('after');
	}, 30_000);

	it('never writes over a file it cannot parse, and names it', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await writeFile(file, '{"notes": [ {"broken"');
		await expect(appendRecord(file, 'notes', {...base, id: 'n', conv: 'c1', text: 'x'})).rejects.toThrow(`${file}: not valid JSON`);
		await expect(readRecords(file)).rejects.toThrow(file);
		expect(await readFile(file, 'utf8')).toBe('{"notes": [ {"broken"');
	});

	it('folds transfers, marks set and cleared, notes and undone notes into each conversation', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await appendRecord(file, 'assignments', {...base, id: 'a1', conv: 'c1', to: 'ahao'});
		await appendRecord(file, 'assignments', {...base, id: 'a2', conv: 'c1', to: 'lingling', by: 'other'});
		await appendRecord(file, 'marks', {...base, id: 'm1', conv: 'c1', mark: 'spam', op: 'set'});
		await appendRecord(file, 'marks', {...base, id: 'm2', conv: 'c1', mark: 'red', op: 'set'});
		await appendRecord(file, 'marks', {...base, id: 'm3', conv: 'c1', mark: 'spam', op: 'clear', undoes: 'm1'});
		await appendRecord(file, 'notes', {...base, id: 'n1', conv: 'c1', text: '买家很急'});
		await appendRecord(file, 'notes', {...base, id: 'n2', conv: 'c1', text: '写错了'});
		await appendRecord(file, 'notes', {...base, id: 'n3', conv: 'c1', text: '', undoes: 'n2'});
		const state = foldRecords(await readRecords(file)).get('pinduoduo\u0000\u0000c1')!;
		expect(state.assignment).toMatchObject({to: 'lingling', by: 'other'});
		expect([...state.marks]).toEqual(['red']);
		expect(state.notes.map(n => n.text)).toEqual(['买家很急']);
		expect(state.history).toHaveLength(8);
	});
});
