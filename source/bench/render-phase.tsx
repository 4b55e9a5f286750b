import {render} from 'ink-testing-library';
import React from 'react';
import {WatchSession} from '../live/watch-session.js';
import {loadRulePacks} from '../rules/load-rule-packs.js';
import {App} from '../ui/app.js';

/**
 * The key-press figure of `npm run bench`: a board of N conversations in the real App (through
 * ink-testing-library's stdout), and the time from pressing `j` until the new frame is written.
 */
export async function measureKeyPress(conversations: number): Promise<{medianMs: number; worstMs: number}> {
	const now = Date.parse('2026-11-22T15:00:00+08:00');
	const session = new WatchSession({paths: [], tz: 'Asia/Shanghai', defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	for (let i = 0; i < conversations; i += 1) {
		const base = {conv: `c${i}`, platform: 'pinduoduo' as const, shop: 'flagship', agent: `agent${i % 50}`, file: 'bench.jsonl', line: i, offset: 0};
		session.book.add({...base, ts: now - (i % 7200) * 1000 - 60_000, from: 'buyer', text: '在吗,这个什么时候发货'});
		if (i % 3 === 0) session.book.add({...base, ts: now - (i % 7200) * 1000, from: 'agent', text: '亲,今天就发'});
	}
	const app = render(<App source={session} clock={() => now} tz="Asia/Shanghai" lang="zh" />);
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
