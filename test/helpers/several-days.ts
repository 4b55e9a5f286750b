import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {seededRandom} from '../../source/demo/seeded-random.js';

export const DAYS = ['2026-11-20', '2026-11-21', '2026-11-22'];
export const DAYS_NOW = '2026-11-22T23:59:00+08:00';
const AGENTS = ['xiaomei', 'ahao', 'lingling', '王芳'];
const SHOPS = ['flagship', '旗舰二店'];

/**
 * Three days of chat logs of four agents in two shops, written so that a file's name says
 * nothing of its days: each agent's file holds every day, and one file named for another date
 * (`ahao-2026-11-01.jsonl`) holds lines of 11-21. Replies come fast, late (over 5 minutes), very
 * late (over an hour) or never; some buyers write outside 08:00–23:00, some conversations cross
 * midnight, a few are transferred to another agent, and some agents' replies break a rule.
 */
export async function writeSeveralDays(dir: string, seed = 7): Promise<void> {
	await mkdir(dir, {recursive: true});
	const rand = seededRandom(seed);
	const files = new Map<string, string[]>();
	const write = (file: string, line: object) => {
		const lines = files.get(file) ?? [];
		lines.push(JSON.stringify(line));
		files.set(file, lines);
	};
	let conv = 0;
	for (const day of DAYS) {
		const midnight = Date.parse(`${day}T00:00:00+08:00`);
		for (let index = 0; index < 90; index += 1) {
			conv += 1;
			const agent = AGENTS[Math.floor(rand() * AGENTS.length)]!;
			const shop = SHOPS[Math.floor(rand() * SHOPS.length)]!;
			// Mostly in the day's busy hours, some at night, some right before midnight.
			const minute = rand() < 0.1 ? Math.floor(rand() * 7 * 60) : rand() < 0.05 ? 23 * 60 + 50 : 8 * 60 + Math.floor(rand() * 15 * 60);
			let ts = midnight + minute * 60_000 + Math.floor(rand() * 60_000);
			const file = agent === 'ahao' && day === '2026-11-21' ? 'ahao-2026-11-01.jsonl' : `${agent}.jsonl`;
			const base = {conv: `k${conv}`, buyer: `b${conv}`, shop, platform: 'pinduoduo'};
			for (let turn = 0; turn < 1 + Math.floor(rand() * 3); turn += 1) {
				write(file, {...base, ts: iso(ts), from: 'buyer', agent, text: '在吗,什么时候发货'});
				const roll = rand();
				if (roll < 0.08) break;
				const wait = roll < 0.2 ? 6 * 60_000 + rand() * 60_000 : roll < 0.25 ? 65 * 60_000 : 20_000 + rand() * 60_000;
				ts += Math.floor(wait);
				// One in twelve replies comes from another agent (a transfer), in that agent's file.
				const replier = rand() < 0.08 ? AGENTS[(AGENTS.indexOf(agent) + 1) % AGENTS.length]! : agent;
				const text = rand() < 0.05 ? '加我微信 abc123 私聊' : '亲,今天就发货';
				write(replier === agent ? file : `${replier}.jsonl`, {...base, ts: iso(ts), from: 'agent', agent: replier, text});
				ts += 60_000 + Math.floor(rand() * 30 * 60_000);
			}
		}
	}
	await Promise.all([...files].map(([file, lines]) => writeFile(path.join(dir, file), `${lines.join('\n')}\n`)));
}

function iso(epochMs: number): string {
	return new Date(epochMs + 8 * 3_600_000)
		.toISOString()
		.replace('Z', '+08:00')
		.replace(/\.\d{3}/, '');
}
