import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {withFileLock} from '../../source/store/file-lock.js';
import {RecordFile} from '../../source/store/record-file.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';

const WRITER = fileURLToPath(new URL('../helpers/append-writer.mjs', import.meta.url));
const note = {id: 'n1', conv: 'c1', platform: 'pinduoduo' as const, shop: '', by: 'lead', at: '2026-11-22T14:00:00+08:00', text: 'x'};

/** Holders still running: killed after each test, so that one failing leaves no process holding a lock. */
const holders: ReturnType<typeof spawn>[] = [];
afterEach(() => {
	for (const holder of holders.splice(0)) holder.kill('SIGKILL');
});

/** A process that takes the lock of `file` and keeps it until killed, through a garbage collection. */
async function holdLock(file: string) {
	const holder = spawn(process.execPath, ['--expose-gc', WRITER, file, 'holder', '0', '10000', 'HOLD'], {stdio: ['ignore', 'pipe', 'inherit']});
	holders.push(holder);
	await new Promise<void>(resolve => holder.stdout!.once('data', () => resolve()));
	return holder;
}

function writeOnce(file: string, name: string, waitMs: number): Promise<{code: number | null; stdout: string; stderr: string}> {
	const child = spawn(process.execPath, [WRITER, file, name, '1', String(waitMs)], {stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', chunk => (stdout += chunk));
	child.stderr!.on('data', chunk => (stderr += chunk));
	return new Promise(resolve => child.once('close', code => resolve({code, stdout, stderr})));
}

describe('the records lock', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	it('gives up after its wait naming the holder, and a wait given up lets go of the lock when it comes', async () => {
		const file = path.join(await tempDir(), 'db.json');
		const holder = await holdLock(file);
		const store = new RecordFile(file, {lockWaitMs: 300});
		await expect(store.append('notes', note)).rejects.toMatchObject({problem: {kind: 'locked', holder: expect.stringContaining(`pid ${holder.pid} on `)}, file: store.lockFile});
		holder.kill('SIGKILL');
		await new Promise(resolve => holder.once('close', resolve));
		// The abandoned wait in this process now gets the lock; it must not keep it.
		const next = await writeOnce(file, 'next', 60_000);
		expect(next).toMatchObject({code: 0, stdout: 'next-0\n'});
		expect((await store.read()).notes.map(n => n.id)).toEqual(['next-0']);
	});

	it('is free at once when its holder was killed: no stale time to wait out', async () => {
		const file = path.join(await tempDir(), 'db.json');
		const holder = await holdLock(file);
		holder.kill('SIGKILL');
		await new Promise(resolve => holder.once('close', resolve));
		// A wait far shorter than any stale timeout still gets it.
		await new RecordFile(file, {lockWaitMs: 1000}).append('notes', note);
		expect((await new RecordFile(file).read()).notes).toHaveLength(1);
	});

	it('keeps two appends of one process apart (a TUI writing twice at once)', async () => {
		const lockFile = path.join(await tempDir(), '.db.json.lock');
		const order: string[] = [];
		let release!: () => void;
		const first = withFileLock(lockFile, 5000, async () => {
			order.push('first in');
			await new Promise<void>(resolve => (release = resolve));
			order.push('first out');
		});
		while (order.length === 0) await new Promise(resolve => setTimeout(resolve, 5));
		const second = withFileLock(lockFile, 5000, async () => void order.push('second in'));
		// Nobody gets in while the first holds; the second is let in once the first is out.
		await expect(withFileLock(lockFile, 200, async () => void order.push('third in'))).rejects.toMatchObject({problem: {kind: 'locked'}});
		expect(order).toEqual(['first in']);
		release();
		await Promise.all([first, second]);
		expect(order).toEqual(['first in', 'first out', 'second in']);
	});
});
