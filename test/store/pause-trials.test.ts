import {spawn} from 'node:child_process';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {RecordFile} from '../../source/store/record-file.js';
import {parseRecords} from '../../source/store/records-document.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';
import {holdsLock, sortedRandom, WriterSwarm, type Writer} from './writer-swarm.js';

const WRITER = fileURLToPath(new URL('../helpers/append-writer.mjs', import.meta.url));
const TRIALS = Number(process.env['KEFU_STORE_TRIALS'] ?? 1);
const WRITERS = 200;
// One append each keeps the suite's trial short; KEFU_STORE_APPENDS=2 by hand makes every writer
// that waited through a pause write again after it.
const APPENDS_EACH = Number(process.env['KEFU_STORE_APPENDS'] ?? 1);
const PAUSES = 3;
// Half the writers give up after SHORT_WAIT_MS, the other half wait as long as it takes. Each
// pause outlasts both the short wait and proper-lockfile's 5 s stale time: with a takeover
// someone would write while the paused holder still thinks it holds the file.
const SHORT_WAIT_MS = 2000;
const LONG_WAIT_MS = 120_000;
const PAUSE_MS = 5500;

/** Leaves a lock file behind as a writer killed while holding it does. */
async function leaveStaleLock(file: string): Promise<number> {
	const holder = spawn(process.execPath, [WRITER, file, 'stale', '0', '1000', 'HOLD'], {stdio: ['ignore', 'pipe', 'inherit']});
	await new Promise<void>(resolve => holder.stdout!.once('data', () => resolve()));
	holder.kill('SIGKILL');
	await new Promise(resolve => holder.once('close', resolve));
	return holder.pid!;
}

/** Waits until the kernel has stopped the process (state T in /proc/PID/stat). */
async function waitStopped(writer: Writer): Promise<void> {
	await eventually(async () => / T /.test(await readFile(`/proc/${writer.child.pid}/stat`, 'utf8').catch(() => ' T ')), 'the writer to stop', 30_000);
}

const version = async (file: string) => {
	const info = await stat(file);
	return `${info.ino}:${info.size}:${info.mtimeMs}`;
};

describe('the records file over a stale lock, with writers paused', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	for (let trial = 1; trial <= TRIALS; trial += 1) {
		it(`loses no acknowledged record and lets no one take over a paused holder (trial ${trial})`, async () => {
			const file = path.join(await tempDir(), 'db.json');
			const random = seededRandom(2000 + trial);
			const stalePid = await leaveStaleLock(file);
			const swarm = new WriterSwarm(file);
			expect(await readFile(swarm.lockFile, 'utf8')).toContain(`pid ${stalePid}`);
			const at = sortedRandom(PAUSES, 10, 60, random);
			const pauses: Promise<void>[] = [];
			const heldThrough: string[] = [];
			let paused = 0;
			const pause = async (writer: Writer, asHolder: boolean) => {
				try {
					const before = asHolder ? await version(file) : '';
					await new Promise(resolve => setTimeout(resolve, PAUSE_MS));
					// The kernel still says it holds the lock: it kept it all along, and the file must not have
					// changed under it.
					if (asHolder) {
						expect(swarm.kernelHolder()).toBe(writer);
						expect(await version(file)).toBe(before);
						heldThrough.push(writer.name);
					}
				} finally {
					writer.child.kill('SIGCONT');
				}
			};
			/** Stops the writer holding the lock, as the kernel says; stopped, it cannot let go. */
			const stopHolder = async (): Promise<Writer | undefined> => {
				for (let attempt = 0; attempt < 200; attempt += 1) {
					const holder = swarm.kernelHolder();
					if (holder) {
						holder.child.kill('SIGSTOP');
						await waitStopped(holder);
						if (holdsLock(holder.child.pid!, (await stat(swarm.lockFile)).ino)) return holder;
						holder.child.kill('SIGCONT');
					}
					await new Promise(resolve => setTimeout(resolve, 5));
				}
				return undefined;
			};
			swarm.onAck(total => {
				while (at.length > 0 && at[0]! <= total) {
					at.shift();
					paused += 1;
					// The first pause hits the writer holding the lock, the others any writer.
					if (paused === 1) {
						pauses.push(stopHolder().then(holder => (holder ? pause(holder, true) : undefined)));
					} else {
						const alive = swarm.alive();
						const victim = alive[Math.floor(random() * alive.length)];
						if (victim) {
							victim.child.kill('SIGSTOP');
							pauses.push(pause(victim, false));
						}
					}
				}
			});
			const started = Date.now();
			await swarm.start(WRITERS, APPENDS_EACH, index => (index % 2 === 0 ? SHORT_WAIT_MS : LONG_WAIT_MS));
			const codes = await swarm.finished();
			await Promise.all(pauses);
			const records = parseRecords(await readFile(file, 'utf8'), file);
			const inFile = new Set(records.notes.map(note => note.id));
			const lost = swarm.acknowledged.filter(id => !inFile.has(id));
			const gaveUp = swarm.writers.filter((_, i) => codes[i] === 2);
			console.log(
				`[store] pause trial ${trial}: ${WRITERS} writers x ${APPENDS_EACH} over a stale lock, ${paused} paused ${PAUSE_MS} ms (${heldThrough.length} while holding the lock), ${gaveUp.length} gave up after ${SHORT_WAIT_MS} ms, ${swarm.acknowledged.length} acknowledged, lost ${lost.length}, ${((Date.now() - started) / 1000).toFixed(1)} s (${swarm.timing()})`,
			);
			expect(paused).toBe(PAUSES);
			expect(heldThrough).toHaveLength(1);
			expect(lost).toEqual([]);
			expect(inFile.size).toBe(records.notes.length);
			// Nothing written that was not acknowledged, but by those that gave up: none of theirs.
			expect(records.notes.length).toBe(swarm.acknowledged.length);
			// Every writer that waits as long as it takes got all its records in, paused or not.
			const patient = swarm.writers.filter((_, i) => i % 2 === 1);
			expect(patient.map(writer => writer.acked.length)).toEqual(patient.map(() => APPENDS_EACH));
			// One that gave up said so, naming the file and who held it; it exits 2 with one line.
			for (const writer of gaveUp) expect(writer.stderr).toMatch(/\.db\.json\.lock: locked by pid \d+ on .+ for \d+ s; nothing was written\n$/);
			expect(codes.every(code => code === 0 || code === 2)).toBe(true);
			expect(await new RecordFile(file).read()).toEqual(records);
		}, 300_000);
	}
});
