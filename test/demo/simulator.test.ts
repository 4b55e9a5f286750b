import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {demoZone} from '../../source/commands/demo.js';
import {startLiveAgents, writeBacklog} from '../../source/demo/simulator.js';
import {wallTime} from '../../source/time/zone.js';
import {at, TZ} from '../helpers/messages.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {testSession} from '../helpers/session.js';

const NOW = at('14:00:00');

async function boardOf(dir: string, now: number) {
	const session = await testSession({paths: [dir]});
	await session.start({follow: false});
	return {rows: session.board(now), session};
}

describe('the demo', () => {
	const tempDir = useTempDirs();

	it('writes a backlog that opens on breached, warning, waiting and idle conversations of five agents', async () => {
		const dir = await tempDir();
		const files = await writeBacklog({dir, tz: TZ, now: () => NOW});
		expect(files.map(file => file.slice(dir.length + 1))).toEqual(['ahao.jsonl', 'dawei.jsonl', 'lingling.jsonl', 'tingting.jsonl', 'xiaomei.jsonl']);
		const {rows, session} = await boardOf(dir, NOW);
		expect(session.badLines).toEqual([]);
		const count = (status: string) => rows.filter(row => row.status === status).length;
		expect(count('breached')).toBeGreaterThanOrEqual(2);
		expect(count('warning')).toBeGreaterThanOrEqual(2);
		expect(count('waiting')).toBeGreaterThanOrEqual(2);
		expect(count('idle')).toBeGreaterThanOrEqual(6);
		const over60 = rows.filter(row => row.clocks[1]?.pending && row.clocks[1].pending.leftMs < 15 * 60_000);
		expect(over60.length).toBeGreaterThanOrEqual(2);
		const transferred = rows.find(row => new Set(row.conversation.messages.map(m => m.agent)).size > 1);
		expect(transferred?.owner).toBe('ahao');
	});

	it('is the same demo every time for the same seed and instant', async () => {
		const [first, second] = [await tempDir(), await tempDir()];
		await writeBacklog({dir: first, tz: TZ, now: () => NOW});
		await writeBacklog({dir: second, tz: TZ, now: () => NOW});
		const read = (dir: string) => readFile(`${dir}/xiaomei.jsonl`, 'utf8').then(text => text.replace(/"agent":"\w+",/g, ''));
		expect(await read(first)).toBe(await read(second));
	});

	it('keeps writing new valid lines while live, and stops when told', async () => {
		const dir = await tempDir();
		await writeBacklog({dir, tz: TZ, now: () => Date.now()});
		const before = (await boardOf(dir, Date.now())).rows.length;
		const agents = startLiveAgents({dir, tz: TZ, now: () => Date.now(), tickMs: 20});
		await eventually(async () => (await boardOf(dir, Date.now())).rows.length >= before + 3, 'three new conversations');
		agents.stop();
		const {session} = await boardOf(dir, Date.now());
		expect(session.badLines).toEqual([]);
	});

	it('runs its shop in a zone where the reply window is open, when Shanghai is asleep', () => {
		const shanghaiNight = Date.parse('2026-11-22T02:30:00+08:00');
		const zone = demoZone(shanghaiNight);
		expect(zone.name).not.toBe('Asia/Shanghai');
		expect(wallTime(shanghaiNight, zone).hour).toBe(15);
		expect(demoZone(NOW).name).toBe('Asia/Shanghai');
	});
});
