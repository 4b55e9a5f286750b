import {appendFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {type WatchSession} from '../../source/live/watch-session.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {testSession} from '../helpers/session.js';

const NOW = Date.parse('2026-11-22T10:30:00+08:00');
const line = (clock: string, from: string, agent: string, text: string) => `${JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv: '8842', from, agent, buyer: 'pdd_77', shop: 'flagship', text})}\n`;

// One conversation moved from xiaomei (shop server A) to ahao (server B), as the collector lays
// the lines out (one folder per server, one file per agent).
const serverA = [line('10:00:00', 'buyer', 'xiaomei', '发票怎么开'), line('10:01:00', 'agent', 'xiaomei', '亲,帮您转给售后')];
const serverB = [line('10:04:00', 'agent', 'ahao', '亲,可以开的'), line('10:10:00', 'buyer', 'ahao', '好的,开公司抬头'), line('10:20:00', 'agent', 'ahao', '已开好')];

async function session(paths: string[]): Promise<WatchSession> {
	const s = await testSession({paths, clock: () => NOW});
	await s.start({follow: true});
	return s;
}

const boardOf = (s: WatchSession) => s.board(NOW).map(row => ({key: row.key, status: row.status, owner: row.owner, waitingSince: row.waitingSince, texts: row.conversation.messages.map(m => m.text)}));

describe('lines of one conversation arriving from two servers out of order', () => {
	const tempDir = useTempDirs();

	it('are ordered by ts: the board and the day are as if they had come in order', async () => {
		const dir = await tempDir();
		const [a, b] = [path.join(dir, 'shop-a'), path.join(dir, 'shop-b')];
		await mkdir(a);
		await mkdir(b);
		await writeFile(path.join(a, 'xiaomei.jsonl'), '');
		await writeFile(path.join(b, 'ahao.jsonl'), '');
		const live = await session([dir]);
		try {
			// Server B's lines, which are later, arrive first; server A's after them.
			for (const text of serverB) await appendFile(path.join(b, 'ahao.jsonl'), text);
			await eventually(() => live.book.get('pinduoduo\u0000flagship\u00008842')?.messages.length === 3, "server B's lines", 10_000);
			for (const text of serverA) await appendFile(path.join(a, 'xiaomei.jsonl'), text);
			await eventually(() => live.book.get('pinduoduo\u0000flagship\u00008842')?.messages.length === 5, "server A's late lines", 10_000);

			const inOrderDir = await tempDir();
			await writeFile(path.join(inOrderDir, 'all.jsonl'), [...serverA, ...serverB].join(''));
			const inOrder = await session([inOrderDir]);
			try {
				expect(boardOf(live)).toEqual(boardOf(inOrder));
				expect(boardOf(live)[0]!.texts).toEqual(['发票怎么开', '亲,帮您转给售后', '亲,可以开的', '好的,开公司抬头', '已开好']);
				// Nothing is pending: the last word is the agent's, whichever line came last.
				expect(boardOf(live)[0]!.status).toBe('idle');
				const day = live.today(NOW).shops[0]!;
				expect(day.clocks['reply-5m']).toMatchObject({consultations: 1, breached: 1});
				expect(day.clocks['reply-60m']).toMatchObject({consultations: 1, breached: 0});
				expect(live.today(NOW).shops).toEqual(inOrder.today(NOW).shops);
			} finally {
				await inOrder.stop();
			}
		} finally {
			await live.stop();
		}
	});
});
