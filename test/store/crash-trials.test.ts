import {readdir, readFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {RecordFile} from '../../source/store/record-file.js';
import {parseRecords} from '../../source/store/records-document.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';
import {sortedRandom, WriterSwarm} from './writer-swarm.js';

// The suite runs one trial of each (16 s and 40 s at a load average of 30; the timeout is for
// a machine far busier); `KEFU_STORE_TRIALS=10` runs more by hand (docs/records.md).
const TRIALS = Number(process.env['KEFU_STORE_TRIALS'] ?? 1);
const WRITERS = 200;
const APPENDS_EACH = 2;
const KILLS = 40;

/** What a trial found: acknowledged ids missing from the file must be none. */
async function settle(swarm: WriterSwarm) {
	const records = parseRecords(await readFile(swarm.file, 'utf8'), swarm.file);
	const ids = records.notes.map(note => note.id);
	const inFile = new Set(ids);
	const lost = swarm.acknowledged.filter(id => !inFile.has(id));
	return {ids, lost, duplicates: ids.length - inFile.size};
}

/** Every reader sees a whole file: parsed while writers are being killed around it. */
function assertWhole(file: string): void {
	parseRecords(readFileSync(file, 'utf8'), file);
}

describe('the records file under crashes', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	for (let trial = 1; trial <= TRIALS; trial += 1) {
		it(`loses no acknowledged record when ${KILLS} of ${WRITERS} writers are killed with SIGKILL (trial ${trial})`, async () => {
			const file = path.join(await tempDir(), 'data', 'db.json');
			const random = seededRandom(1000 + trial);
			const swarm = new WriterSwarm(file);
			// Kills fall as acknowledgements come in (so mid-run whatever the machine's speed); every
			// other one hits the writer holding the lock, that is in the middle of its write.
			const at = sortedRandom(KILLS, 1, (WRITERS * APPENDS_EACH) / 2, random);
			let kills = 0;
			let holderKills = 0;
			let readsWhole = 0;
			swarm.onAck(total => {
				while (at.length > 0 && at[0]! <= total) {
					at.shift();
					const holder = kills % 2 === 0 ? swarm.kernelHolder() : undefined;
					const alive = swarm.alive().filter(writer => !writer.killed);
					const victim = holder ?? alive[Math.floor(random() * alive.length)];
					if (!victim) continue;
					if (holder) holderKills += 1;
					swarm.kill(victim);
					kills += 1;
					assertWhole(file);
					readsWhole += 1;
				}
			});
			await swarm.start(WRITERS, APPENDS_EACH, () => 120_000);
			const codes = await swarm.finished();
			const {ids, lost, duplicates} = await settle(swarm);
			console.log(
				`[store] kill trial ${trial}: ${WRITERS} writers x ${APPENDS_EACH}, ${kills} killed (${holderKills} holding the lock), ${swarm.acknowledged.length} acknowledged, ${ids.length} in file, lost ${lost.length} (${swarm.timing()})`,
			);
			expect(kills).toBe(KILLS);
			expect(readsWhole).toBe(KILLS);
			expect(lost).toEqual([]);
			expect(duplicates).toBe(0);
			// Every writer not killed finished all its appends.
			const survivors = swarm.writers.filter(writer => !writer.killed);
			expect(survivors.map(writer => codes[swarm.writers.indexOf(writer)])).toEqual(survivors.map(() => 0));
			expect(survivors.every(writer => writer.acked.length === APPENDS_EACH)).toBe(true);
			// The next append sweeps the temp files the killed writers left, and goes through.
			await new RecordFile(file).append('notes', {id: 'after', conv: 'c1', platform: 'pinduoduo', shop: '', by: 'lead', at: '2026-11-22T14:00:00+08:00', text: '之后'});
			expect((await readdir(path.dirname(file))).filter(name => name.endsWith('.tmp'))).toEqual([]);
			expect((await settle(swarm)).ids.at(-1)).toBe('after');
		}, 300_000);
	}
});
