import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const NOW = '2026-11-22T12:00:00+08:00';

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args, '--now', NOW], {cwd: ROOT, encoding: 'utf8'});
	return {code: result.status, json: JSON.parse(result.stdout) as Record<string, unknown>};
}

const line = (conv: string, from: string, time: string, text: string, extra: object = {}) =>
	JSON.stringify({ts: `2026-11-22T${time}+08:00`, conv, from, platform: 'pinduoduo', shop: '小美旗舰店', text, ...extra});

describe('buyer signals in check --json and report --json (contract §7)', () => {
	beforeAll(assertBuilt);
	const tempDir = useTempDirs();

	async function logs() {
		const dir = await tempDir();
		const xiaomei = [
			line('c1', 'buyer', '10:00:00', '在吗,什么时候发货'),
			line('c1', 'agent', '10:00:30', '亲,今天发货哦'),
			line('c1', 'buyer', '10:05:00', '再不发货我就打12315投诉你们'),
			line('c2', 'buyer', '10:10:00', '不会给差评的,放心'),
			line('c3', 'buyer', '10:20:00', '垃圾客服,差评'),
		];
		const ahao = [line('c9', 'buyer', '11:00:00', '你是不是傻', {shop: '阿豪小店', platform: 'jd'}), line('c9', 'agent', '11:00:20', '亲,加我薇信', {shop: '阿豪小店', platform: 'jd'})];
		await writeFile(path.join(dir, 'xiaomei.jsonl'), `${xiaomei.join('\n')}\n`);
		await writeFile(path.join(dir, 'ahao.jsonl'), `${ahao.join('\n')}\n`);
		return dir;
	}

	it("check --json lists buyer lines' signals in buyerSignals, apart from the shop's violations, negations left out", async () => {
		const dir = await logs();
		const {json} = run('check', '--json', dir);
		const signals = json['buyerSignals'] as {
			file: string;
			line: number;
			conv: string;
			shop: string;
			agent: string;
			ts: string;
			category: string;
			rule: string;
			match: string;
			from: string;
			source: string;
		}[];
		expect(signals.map(s => [s.conv, s.category, s.match])).toEqual([
			['c9', 'buyer-abuse', '你是不是傻'],
			['c1', 'complaint', '12315'],
			['c3', 'buyer-abuse', '垃圾客服'],
			['c3', 'bad-review', '差评'],
		]);
		expect(signals[1]).toMatchObject({
			file: path.join(dir, 'xiaomei.jsonl'),
			line: 3,
			shop: '小美旗舰店',
			agent: 'xiaomei',
			from: 'buyer',
			ts: '2026-11-22T10:05:00+08:00',
			rule: 'buyer.complaint.authority',
		});
		expect(signals[1]!.source).toMatch(/^00\d_/);
		const violations = json['violations'] as {from: string; conv: string}[];
		expect(violations.every(v => v.from !== 'buyer')).toBe(true);
		expect(violations.map(v => v.conv)).toEqual(['c9']);
	});

	it('report --json counts them by category in all, per shop and per agent', async () => {
		const dir = await logs();
		const {json} = run('report', '--json', dir);
		expect(json['buyerSignals']).toEqual({total: 4, byCategory: {complaint: 1, 'buyer-abuse': 2, 'bad-review': 1}});
		const shops = json['shops'] as {shop: string; buyerSignals: unknown}[];
		expect(shops.find(s => s.shop === '小美旗舰店')!.buyerSignals).toEqual({total: 3, byCategory: {complaint: 1, 'buyer-abuse': 1, 'bad-review': 1}});
		expect(shops.find(s => s.shop === '阿豪小店')!.buyerSignals).toEqual({total: 1, byCategory: {'buyer-abuse': 1}});
		const agents = json['agents'] as {agent: string; buyerSignals: unknown}[];
		expect(agents.find(a => a.agent === 'ahao')!.buyerSignals).toEqual({total: 1, byCategory: {'buyer-abuse': 1}});
	});
});
