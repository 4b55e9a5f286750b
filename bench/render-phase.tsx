import {appendFile} from 'node:fs/promises';
import {render} from 'ink-testing-library';
import React from 'react';
import {filterParts} from '../dist/board/header-text.js';
import {KEEP_TEXTS_MS} from '../dist/commands/load-board.js';
import {catalog} from '../dist/i18n/catalog.js';
import {agentFromPath} from '../dist/ingest/agent-from-path.js';
import {listLogFiles} from '../dist/ingest/log-files.js';
import {WatchSession} from '../dist/live/watch-session.js';
import {loadRulePacks} from '../dist/rules/load-rule-packs.js';
import {App} from '../dist/ui/app.js';
import {Zone} from '../dist/time/zone.js';

/**
 * The key-press figure of `npm run bench`: a board of N conversations in the real App (through
 * ink-testing-library's stdout), and the time from pressing `j` until the new frame is written.
 */
export async function measureKeyPress(conversations: number): Promise<{medianMs: number; worstMs: number}> {
	const now = Date.parse('2026-11-22T15:00:00+08:00');
	const session = new WatchSession({paths: [], tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	for (let i = 0; i < conversations; i += 1) {
		const base = {conv: `c${i}`, platform: 'pinduoduo' as const, shop: 'flagship', agent: `agent${i % 50}`, file: 'bench.jsonl', line: i, offset: 0};
		session.book.add({...base, ts: now - (i % 7200) * 1000 - 60_000, from: 'buyer', text: '在吗,这个什么时候发货'});
		if (i % 3 === 0) session.book.add({...base, ts: now - (i % 7200) * 1000, from: 'agent', text: '亲,今天就发'});
	}
	const app = render(<App source={session} clock={() => now} tz={new Zone('Asia/Shanghai')} lang="zh" />);
	await new Promise(resolve => setTimeout(resolve, 200));
	const times: number[] = [];
	for (let press = 0; press < 20; press += 1) {
		const before = app.frames.length;
		const started = performance.now();
		app.stdin.write('j');
		while (app.frames.length === before) await new Promise(resolve => setImmediate(resolve));
		times.push(performance.now() - started);
	}
	app.unmount();
	times.sort((a, b) => a - b);
	return {medianMs: times[10]!, worstMs: times.at(-1)!};
}

/**
 * Append to screen: the real App over a session following the bench day as `watch` does; a
 * line is appended to a log and the time until a frame shows its conversation is measured. The
 * board is filtered to that log's agent (`o`), as a supervisor would: the day's unanswered
 * conversations, breached, fill the first page of the whole board.
 */
export async function measureAppendToScreen(dir: string, appends = 20): Promise<{medianMs: number; worstMs: number}> {
	const session = new WatchSession({paths: [dir], tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs: await loadRulePacks(), keepTextsMs: KEEP_TEXTS_MS});
	await session.start({follow: true});
	const app = render(<App source={session} clock={Date.now} tz={new Zone('Asia/Shanghai')} lang="zh" />);
	const [file] = await listLogFiles([dir]);
	const times: number[] = [];
	try {
		await shown(app, '', 10_000);
		const agent = agentFromPath(file!);
		const text = catalog('zh');
		app.stdin.write('o');
		await shown(app, text.modal.agentFilterTitle.slice(0, 6), 10_000);
		app.stdin.write(`${agent}\r`);
		await shown(app, filterParts({view: 'all', agent}, text)[0]!.text, 10_000);
		for (let i = 0; i < appends; i += 1) {
			const conv = `screen-${i}`;
			const started = performance.now();
			await appendFile(file!, `${JSON.stringify({ts: Date.now(), conv, from: 'buyer', buyer: conv, text: '在吗,还没发货吗'})}\n`);
			await shown(app, conv, 10_000);
			times.push(performance.now() - started);
			// Answered, so that the next one waits alone at the top of the board.
			await appendFile(file!, `${JSON.stringify({ts: Date.now(), conv, from: 'agent', text: '在的亲'})}\n`);
			await new Promise(resolve => setTimeout(resolve, 150));
		}
	} finally {
		app.unmount();
		await session.stop();
	}
	times.sort((a, b) => a - b);
	return {medianMs: times[Math.floor(times.length / 2)]!, worstMs: times.at(-1)!};
}

async function shown(app: ReturnType<typeof render>, text: string, timeoutMs: number): Promise<void> {
	const deadline = performance.now() + timeoutMs;
	while (!(app.lastFrame() ?? '').includes(text) || app.lastFrame() === '') {
		if (performance.now() > deadline) throw new Error(`"${text}" not on screen after ${timeoutMs} ms`);
		await new Promise(resolve => setTimeout(resolve, 2));
	}
}
