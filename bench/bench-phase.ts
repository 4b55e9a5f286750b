import {createReadStream} from 'node:fs';
import {appendFile} from 'node:fs/promises';
import {createInterface} from 'node:readline';
import path from 'node:path';
import {listLogFiles} from '../dist/ingest/log-files.js';
import {resolveCommonOptions} from '../dist/commands/common-options.js';
import {reportCommand} from '../dist/commands/report.js';
import {WatchSession} from '../dist/live/watch-session.js';
import {loadRulePacks} from '../dist/rules/load-rule-packs.js';
import {matchPack} from '../dist/rules/find-violations.js';
import {KEEP_TEXTS_MS} from '../dist/commands/load-board.js';
import {Zone} from '../dist/time/zone.js';

/** One measured phase of `npm run bench`, run in its own process; prints one JSON line. */
const [phase, dir] = process.argv.slice(2) as [string, string];

/** Counts the day's lines that `keep` says yes to, reading them the plainest way Node offers. */
async function countLines(keep: (line: string) => boolean = () => true): Promise<number> {
	let count = 0;
	for (const file of await listLogFiles([dir])) {
		for await (const line of createInterface({input: createReadStream(file), crlfDelay: Infinity})) if (line && keep(line)) count += 1;
	}
	return count;
}

/** The floor: every line read and given to JSON.parse. */
const floor = () => countLines(line => Boolean(JSON.parse(line)));

/** The end of the bench day: when the board and the day's figures are looked at. */
const EVENING = Date.parse('2026-11-22T23:59:00+08:00');

/** Loads the day as `watch` does (words past an hour let go) and builds the board and the header's figures. */
async function load(): Promise<{messages: number; boardMs: number; tickMs: number; todayMs: number; rows: number}> {
	const packs = await loadRulePacks();
	const session = new WatchSession({paths: [dir], tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs, keepTextsMs: KEEP_TEXTS_MS, clock: () => EVENING});
	let messages = 0;
	session.on('change', () => undefined);
	const loadStarted = performance.now();
	await session.start({follow: false});
	phaseSeconds = (performance.now() - loadStarted) / 1000;
	for (const conversation of session.book.all()) messages += conversation.messages.length;
	const at = EVENING;
	const first = performance.now();
	const rows = session.board(at).length;
	const second = performance.now();
	session.board(at + 1000); // the next second's redraw, with nothing new read
	const third = performance.now();
	session.today(at); // the header's figures, counted in full; kept after that until something changes
	return {messages, boardMs: second - first, tickMs: third - second, todayMs: performance.now() - third, rows};
}

/** `kefu-watch report DIR --json` as the command runs it, its document counted rather than printed. */
async function report(): Promise<{messages: number; bytes: number}> {
	const options = resolveCommonOptions({tz: 'Asia/Shanghai', platform: 'pinduoduo', lang: 'zh', now: '2026-11-22T23:59:00+08:00', encoding: 'auto'});
	const write = process.stdout.write.bind(process.stdout);
	const reportStarted = performance.now();
	let bytes = 0;
	process.stdout.write = ((chunk: string | Uint8Array) => {
		bytes += chunk.length;
		return true;
	}) as typeof process.stdout.write;
	try {
		const code = await reportCommand([dir], {json: true, date: '2026-11-22', db: path.join(dir, 'no-records.json')}, options);
		if (code !== 0) throw new Error(`report exited ${code}`);
	} finally {
		process.stdout.write = write;
	}
	phaseSeconds = (performance.now() - reportStarted) / 1000;
	return {messages: await countLines(), bytes};
}

/**
 * The matcher alone: every agent and bot message of the day through every rule of its platform,
 * each matched afresh (the commands remember what repeated texts broke; this does not).
 */
async function matcher(): Promise<{messages: number; violations: number; distinct: number}> {
	const packs = await loadRulePacks();
	const session = new WatchSession({paths: [dir], tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs});
	await session.start({follow: false});
	const texts = [...session.book.all()].flatMap(c => c.messages.filter(m => m.from !== 'buyer'));
	const started = performance.now();
	let violations = 0;
	for (const message of texts) violations += matchPack(message.text ?? '', packs.get(message.platform)!).length;
	phaseSeconds = (performance.now() - started) / 1000;
	// How much remembering findings can save on this day: the commands match each text once.
	return {messages: texts.length, violations, distinct: new Set(texts.map(message => message.text)).size};
}

/** The phase's own time, where setting it up (loading for the matcher) must not count. */
let phaseSeconds: number | undefined;

/**
 * Live latency: the session follows the day's files; a line is appended to one of them and the
 * time until it is in the session's conversations is measured, 20 times.
 */
async function latency(): Promise<{messages: number; latencyMs: number[]}> {
	const session = new WatchSession({paths: [dir], tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	await session.start({follow: true});
	const [file] = await listLogFiles([dir]);
	const latencyMs: number[] = [];
	for (let i = 0; i < 20; i += 1) {
		const conv = `latency-${i}`;
		const arrived = new Promise<void>(resolve => {
			const check = () => {
				if ([...session.book.all()].length > 0 && session.book.get(`pinduoduo\u0000\u0000${conv}`)) {
					session.off('change', check);
					resolve();
				}
			};
			session.on('change', check);
		});
		const started = performance.now();
		await appendFile(file!, `${JSON.stringify({ts: Date.now(), conv, from: 'buyer', text: '在吗'})}\n`);
		await arrived;
		latencyMs.push(performance.now() - started);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	// Answered, so that the day's later phases do not find twenty buyers waiting.
	const replies = Array.from({length: 20}, (_, i) => JSON.stringify({ts: Date.now(), conv: `latency-${i}`, from: 'agent', text: '在的亲'}));
	await appendFile(file!, `${replies.join('\n')}\n`);
	await session.stop();
	return {messages: 20, latencyMs};
}
const started = performance.now();
const phases: Record<string, () => Promise<object & {messages: number}>> = {floor: async () => ({messages: await floor()}), report, matcher, latency, load};
const result = await phases[phase]!();
const seconds = phaseSeconds ?? (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({phase, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result})}\n`);
