import {execFileSync} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {epochFromWallTime} from '../time/zone.js';
import {generateDay} from './generate-day.js';
import {measureKeyPress} from './render-phase.js';

/**
 * `npm run bench`: generates a day of logs, then measures in separate processes (so each peak
 * memory is its own) the floor — reading every line and JSON.parse — and kefu-watch loading the
 * same files into conversations and building the board.
 */
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 300_000);
const FILES = Number(process.env['BENCH_FILES'] ?? 50);
const TZ = 'Asia/Shanghai';
const PHASE = fileURLToPath(new URL('./bench-phase.js', import.meta.url));

interface PhaseResult {
	phase: string;
	messages: number;
	seconds: number;
	maxRssMb: number;
	boardMs?: number;
	tickMs?: number;
	todayMs?: number;
	violations?: number;
	latencyMs?: number[];
	rows?: number;
}

function runPhase(phase: string, dir: string): PhaseResult {
	const output = execFileSync(process.execPath, [PHASE, phase, dir], {encoding: 'utf8'});
	return JSON.parse(output) as PhaseResult;
}

async function main(): Promise<void> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-bench-'));
	try {
		const dayStart = epochFromWallTime({year: 2026, month: 11, day: 22, hour: 0, minute: 0, second: 0}, TZ);
		const started = performance.now();
		await generateDay({dir, messages: MESSAGES, files: FILES, tz: TZ, dayStart});
		console.log(`generated ${MESSAGES.toLocaleString('en')} messages in ${FILES} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		const floor = runPhase('floor', dir);
		const load = runPhase('load', dir);
		const row = (r: PhaseResult) =>
			`${r.phase.padEnd(28)} ${r.seconds.toFixed(2).padStart(7)} s ${Math.round(r.messages / r.seconds).toLocaleString('en').padStart(12)} msg/s ${r.maxRssMb.toFixed(0).padStart(6)} MB peak`;
		console.log(row({...floor, phase: 'floor: read + JSON.parse'}));
		console.log(row({...load, phase: 'kefu-watch: load + check'}));
		console.log(`ratio load / floor: ${(load.seconds / floor.seconds).toFixed(2)}×`);
		const matcher = runPhase('matcher', dir);
		console.log(row({...matcher, phase: `matcher (${matcher.violations} found)`}));
		const live = runPhase('latency', dir);
		const sorted = [...live.latencyMs!].sort((a, b) => a - b);
		console.log(`live: append → in the session, median ${sorted[10]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms (20 appends, following ${FILES} files)`);
		const keys = await measureKeyPress(5000);
		console.log(`key press → new frame with 5,000 conversations: median ${keys.medianMs.toFixed(1)} ms, worst ${keys.worstMs.toFixed(1)} ms`);
		console.log(`board over ${load.rows} conversations: first build ${load.boardMs?.toFixed(1)} ms, next second's redraw ${load.tickMs?.toFixed(1)} ms, today's figures for the header ${load.todayMs?.toFixed(1)} ms when counted in full`);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
}

await main();
