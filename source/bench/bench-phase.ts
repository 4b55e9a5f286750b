import {createReadStream} from 'node:fs';
import {createInterface} from 'node:readline';
import {listLogFiles} from '../ingest/log-files.js';
import {WatchSession} from '../live/watch-session.js';
import {loadRulePacks} from '../rules/load-rule-packs.js';

/** One measured phase of `npm run bench`, run in its own process; prints one JSON line. */
const [phase, dir] = process.argv.slice(2) as [string, string];

async function floor(): Promise<number> {
	let count = 0;
	for (const file of await listLogFiles([dir])) {
		for await (const line of createInterface({input: createReadStream(file), crlfDelay: Infinity})) {
			if (line && JSON.parse(line)) count += 1;
		}
	}
	return count;
}

async function load(): Promise<{messages: number; boardMs: number; tickMs: number; rows: number}> {
	const session = new WatchSession({paths: [dir], tz: 'Asia/Shanghai', defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	let messages = 0;
	session.on('change', () => undefined);
	await session.start({follow: false});
	for (const conversation of session.book.all()) messages += conversation.messages.length;
	const at = Date.parse('2026-11-22T23:59:00+08:00');
	const first = performance.now();
	const rows = session.board(at).length;
	const second = performance.now();
	session.board(at + 1000); // the next second's redraw, with nothing new read
	return {messages, boardMs: second - first, tickMs: performance.now() - second, rows};
}

const started = performance.now();
const result = phase === 'floor' ? {messages: await floor()} : await load();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({phase, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result})}\n`);
