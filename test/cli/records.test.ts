import {spawnSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';
import {FIXTURE_DIR} from '../helpers/fixture.js';

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('assign, mark, unmark, note, history', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	it("append records with who and when, in the contract's arrays, and history lists them", async () => {
		const db = path.join(await tempDir(), 'sub', 'db.json');
		const common = ['--db', db, '--shop', 'flagship', '--by', 'lead', '--now', '2026-11-22T14:00:00+08:00'];
		// The folder is new: only --init makes it.
		expect(run('assign', '8842', 'ahao', ...common, '--init').code).toBe(0);
		expect(run('mark', '8842', 'red', ...common).code).toBe(0);
		expect(run('unmark', '8842', 'red', ...common).code).toBe(0);
		expect(run('note', '8842', '买家要求 周五前到货', ...common).code).toBe(0);
		const records = JSON.parse(await readFile(db, 'utf8'));
		const who = {conv: '8842', platform: 'pinduoduo', shop: 'flagship', by: 'lead', at: '2026-11-22T14:00:00+08:00'};
		expect(records.assignments).toEqual([{...who, id: expect.any(String), to: 'ahao'}]);
		expect(records.marks).toEqual([
			{...who, id: expect.any(String), mark: 'red', op: 'set'},
			{...who, id: expect.any(String), mark: 'red', op: 'clear'},
		]);
		expect(records.notes).toEqual([{...who, id: expect.any(String), text: '买家要求 周五前到货'}]);
		const history = run('history', '8842', '--db', db, '--shop', 'flagship', '--lang', 'en');
		expect(history.stdout.trim().split('\n')).toEqual([
			'2026-11-22T14:00:00+08:00  lead  transfer to ahao',
			'2026-11-22T14:00:00+08:00  lead  mark red',
			'2026-11-22T14:00:00+08:00  lead  unmark red',
			'2026-11-22T14:00:00+08:00  lead  note 买家要求 周五前到货',
		]);
	});

	it('history shows reviews as reviews and undos as what they took back', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const base = {conv: '8801', platform: 'pinduoduo', shop: '旗舰店', by: 'lead'};
		const at = (clock: string) => `2026-11-22T${clock}+08:00`;
		await writeFile(
			db,
			JSON.stringify({
				assignments: [
					{...base, id: 'a1', at: at('10:00:00'), to: 'xiaomei'},
					{...base, id: 'a2', at: at('10:01:00'), to: 'ahao', undoes: 'a1'},
				],
				marks: [
					{...base, id: 'm1', at: at('10:02:00'), mark: 'red', op: 'set'},
					{...base, id: 'm2', at: at('10:03:00'), mark: 'red', op: 'clear', undoes: 'm1'},
				],
				notes: [],
				reviews: [{...base, id: 'r1', at: at('10:04:00'), file: 'logs/xiaomei.jsonl', line: 17, rule: 'pdd.contact.wechat', verdict: 'false-positive'}],
				snoozes: [{...base, id: 's1', at: at('10:05:00'), op: 'set', until: at('10:15:00')}],
			}),
		);
		const {stdout, code} = run('history', '8801', '--db', db, '--shop', '旗舰店');
		expect(code).toBe(0);
		expect(
			stdout
				.trim()
				.split('\n')
				.map(line => line.split('  ').slice(2).join('  ')),
		).toEqual(['转接给 xiaomei', '撤销转接 xiaomei → ahao', '标记 红旗', '撤销标记 红旗', '审核 pdd.contact.wechat (logs/xiaomei.jsonl:17) 误报', '暂缓 至 10:15']);
		expect(stdout).not.toContain('undefined');
	});

	it('checks the conversation, shop and agent against --logs, and says what it recorded', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const common = ['--db', db, '--shop', 'flagship', '--logs', FIXTURE_DIR];
		const refused = [run('assign', 'c1', 'nobody', ...common), run('assign', '99999', 'ahao', ...common), run('assign', 'c1', 'ahao', '--db', db, '--shop', '不存在', '--logs', FIXTURE_DIR)];
		expect(refused.map(r => r.code)).toEqual([2, 2, 2]);
		expect(refused[0]!.stderr).toContain('日志里没有客服 nobody');
		expect(refused[1]!.stderr).toContain('没有会话 99999');
		expect(refused[2]!.stderr).toContain('没有店铺 拼多多·不存在');
		// c1 is xiaomei's in the logs: a transfer to her changes nothing.
		expect(run('assign', 'c1', 'xiaomei', ...common)).toMatchObject({code: 2, stderr: expect.stringContaining('已经在 xiaomei 名下')});
		await expect(readFile(db, 'utf8')).rejects.toThrow();
		const done = run('assign', 'c1', 'ahao', ...common);
		expect(done).toMatchObject({code: 0, stdout: `已记录:c1 转接给 ahao(flagship)→ ${db}\n`});
		// Now ahao's by the records, with or without the logs.
		expect(run('assign', 'c1', 'ahao', '--db', db, '--shop', 'flagship')).toMatchObject({code: 2, stderr: expect.stringContaining('已经在 ahao 名下')});
		expect(run('assign', 'c1', 'xiaomeii', ...common, '--new-agent').code).toBe(0);
		// history finds the conversation without --shop when one shop has records of it.
		expect(run('history', 'c1', '--db', db).stdout).toMatch(/转接给 ahao\n.*转接给 xiaomeii\n$/);
	});

	it('refuses extra arguments, an unmark of a mark never set, and a --db whose folder does not exist', async () => {
		const dir = await tempDir();
		const db = path.join(dir, 'db.json');
		expect(run('mark', '8842', 'red', 'blue', '--db', db)).toMatchObject({code: 2, stderr: expect.stringContaining('多余的参数「blue」')});
		expect(run('assign', '8842', 'ahao', 'extra', '--db', db).code).toBe(2);
		expect(run('unmark', '8842', 'red', '--db', db)).toMatchObject({code: 2, stderr: expect.stringContaining('没有设置「红旗」')});
		const nowhere = path.join(dir, 'nonexistent', 'dir', 'db.json');
		expect(run('note', '8842', '你好', '--db', nowhere)).toMatchObject({code: 2, stderr: expect.stringContaining('--init')});
		await expect(readFile(nowhere, 'utf8')).rejects.toThrow();
		expect(run('note', '8842', '你好', '--db', nowhere, '--init').code).toBe(0);
		await expect(readFile(db, 'utf8')).rejects.toThrow();
	});

	it('refuses an unknown mark and a missing argument with exit 2', async () => {
		const db = path.join(await tempDir(), 'db.json');
		expect(run('mark', '8842', 'pink', '--db', db)).toMatchObject({code: 2, stderr: expect.stringContaining('pink')});
		expect(run('note', '--db', db).code).toBe(2);
		expect(run('assign', '8842', '--db', db).code).toBe(2);
	});
});
