import {execFileSync} from 'node:child_process';
import {mkdtemp, open, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateDay} from './generate-day.js';
import {epochFromWallTime, Zone} from '../dist/time/zone.js';

/**
 * `npm run bench`: generates a day of logs, then measures, each phase in a process of its own
 * (so each peak memory is its own): the floor — reading every line and JSON.parse — against
 * `report` over the same files, the matcher alone, live latency, a key press on a big board,
 * and what a million messages hold in memory. Shared machines are noisy: floor and report run
 * RUNS times each, interleaved, and the medians are compared.
 */
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 300_000);
const FILES = Number(process.env['BENCH_FILES'] ?? 50);
const BIG = Number(process.env['BENCH_BIG_MESSAGES'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const TZ = new Zone('Asia/Shanghai');
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
	distinct?: number;
	latencyMs?: number[];
	rows?: number;
}

function runPhase(phase: string, dir: string): PhaseResult {
	const output = execFileSync(process.execPath, [PHASE, phase, dir], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	return JSON.parse(output.trim().split('\n').at(-1)!) as PhaseResult;
}

function median<T>(items: T[], by: (item: T) => number): T {
	return [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)]!;
}

const row = (label: string, r: PhaseResult) =>
	`${label.padEnd(30)} ${r.seconds.toFixed(2).padStart(7)} s ${Math.round(r.messages / r.seconds)
		.toLocaleString('en')
		.padStart(10)} msg/s ${r.maxRssMb.toFixed(0).padStart(6)} MB peak`;

async function generate(dir: string, messages: number): Promise<void> {
	const dayStart = epochFromWallTime({year: 2026, month: 11, day: 22, hour: 0, minute: 0, second: 0}, TZ);
	const started = performance.now();
	const files = await generateDay({dir, messages, files: FILES, tz: TZ, dayStart});
	console.log(`generated ${messages.toLocaleString('en')} messages in ${FILES} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	// Written to disk now, so that the kernel's write-back does not share the cores with what is measured.
	for (const file of files) {
		const handle = await open(file, 'r+');
		await handle.sync();
		await handle.close();
	}
}

function floorAgainstReport(dir: string): PhaseResult {
	const floors: PhaseResult[] = [];
	const reports: PhaseResult[] = [];
	for (let run = 0; run < RUNS; run += 1) {
		floors.push(runPhase('floor', dir));
		reports.push(runPhase('report', dir));
	}
	const floor = median(floors, r => r.seconds);
	const report = median(reports, r => r.seconds);
	console.log(row('floor: read + JSON.parse', floor));
	console.log(row('kefu-watch report --json', report));
	const spread = (rs: PhaseResult[]) => rs.map(r => r.seconds.toFixed(2)).join(' / ');
	console.log(`ratio report / floor: ${(report.seconds / floor.seconds).toFixed(2)}× (medians of ${RUNS} interleaved runs: floor ${spread(floors)} s, report ${spread(reports)} s)`);
	return runPhase('load', dir);
}

async function main(): Promise<void> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-bench-'));
	try {
		await generate(dir, MESSAGES);
		const load = floorAgainstReport(dir);
		const matcher = runPhase('matcher', dir);
		console.log(row(`matcher (${matcher.violations} found)`, matcher));
		console.log(`  of the ${matcher.messages.toLocaleString('en')} texts matched, ${matcher.distinct!.toLocaleString('en')} are different (the commands match each of those once)`);
		const live = runPhase('latency', dir);
		const sorted = [...live.latencyMs!].sort((a, b) => a - b);
		console.log(`live: append → in the session, median ${sorted[10]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms (20 appends, following ${FILES} files)`);
		// The TUI runs React's production build (commands/watch.ts); measured the same way here.
		process.env['NODE_ENV'] ??= 'production';
		const {measureKeyPress, measureAppendToScreen} = await import('./render-phase.js');
		const keys = await measureKeyPress(5000);
		console.log(`key press → new frame with 5,000 conversations: median ${keys.medianMs.toFixed(1)} ms, worst ${keys.worstMs.toFixed(1)} ms`);
		const screen = await measureAppendToScreen(dir);
		console.log(
			`live: append → on screen (the App following the day, ${load.rows} conversations, filtered to the log's agent): median ${screen.medianMs.toFixed(1)} ms, worst ${screen.worstMs.toFixed(1)} ms (20 appends)`,
		);
		console.log(
			`board over ${load.rows} conversations: first build ${load.boardMs?.toFixed(1)} ms, next second's redraw ${load.tickMs?.toFixed(1)} ms, today's figures for the header ${load.todayMs?.toFixed(1)} ms when counted in full`,
		);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
	if (BIG <= 0) return;
	const big = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-bench-big-'));
	try {
		await generate(big, BIG);
		const held = runPhase('load', big);
		console.log(
			`${BIG.toLocaleString('en')} messages as watch holds them (board and header built): ${held.maxRssMb.toFixed(0)} MB peak, loaded in ${held.seconds.toFixed(1)} s, board ${held.boardMs?.toFixed(0)} ms`,
		);
	} finally {
		await rm(big, {recursive: true, force: true});
	}
}

await main();
