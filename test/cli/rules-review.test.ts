import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const who = {conv: '8842', platform: 'pinduoduo', shop: '', by: 'lead', at: '2026-11-22T14:00:00+08:00'};

describe('rules review', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	it('counts per rule the flags confirmed and called false, the latest verdict of each, with the flagged lines', async () => {
		const dir = await tempDir();
		const log = path.join(dir, 'xiaomei.jsonl');
		const line = (text: string) => JSON.stringify({ts: '2026-11-22T10:00:00+08:00', conv: '8842', from: 'agent', agent: 'xiaomei', platform: 'pinduoduo', text});
		await writeFile(log, [line('加我薇信 kefu2026'), line('给妈妈的礼物'), line('亲加个vx吧'), line('好的')].join('\n') + '\n');
		const review = (id: string, lineNo: number, rule: string, verdict: string) => ({...who, id, file: log, line: lineNo, rule, verdict});
		const db = path.join(dir, 'db.json');
		await writeFile(
			db,
			JSON.stringify({
				assignments: [],
				marks: [],
				notes: [],
				reviews: [
					review('r1', 1, 'pdd.word.contact-app', 'confirmed'),
					review('r2', 3, 'pdd.word.contact-app', 'false-positive'),
					// The supervisor changed their mind: only the latest verdict counts.
					review('r3', 3, 'pdd.word.contact-app', 'confirmed'),
					review('r4', 2, 'common.abuse.insult', 'false-positive'),
					review('r5', 4, 'common.order.close', 'confirmed'),
					review('r6', 4, 'common.order.close', 'open'),
				],
			}),
		);
		const result = run('rules', 'review', '--db', db, '--lang', 'en');
		expect(result.code, result.stderr).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines[0]).toContain(`Verdicts per rule (${db})`);
		// Most often false first; a verdict taken back (open) counts for nothing.
		expect(lines.filter(l => !l.startsWith(' ') && l !== '' && l !== lines[0])).toEqual([
			'common.abuse.insult  confirmed 0  false 1  100% false',
			'pdd.word.contact-app  confirmed 2  false 0  0% false',
		]);
		expect(result.stdout).toContain(`  ✗ false ${log}:2  给妈妈的礼物`);
		expect(result.stdout).toContain(`  ✓ confirmed ${log}:1  加我薇信 kefu2026`);
		const json = JSON.parse(run('rules', 'review', '--db', db, '--json').stdout);
		expect(json.rules.map((r: {rule: string; confirmed: number; falsePositive: number}) => [r.rule, r.confirmed, r.falsePositive])).toEqual([
			['common.abuse.insult', 0, 1],
			['pdd.word.contact-app', 2, 0],
		]);
	});

	it('says when there is nothing to review, and refuses an unknown subcommand with exit 2', async () => {
		const db = path.join(await tempDir(), 'none.json');
		expect(run('rules', 'review', '--db', db, '--lang', 'en')).toMatchObject({code: 0, stdout: expect.stringContaining('No verdicts')});
		expect(run('rules', 'list', '--db', db)).toMatchObject({code: 2, stderr: expect.stringContaining('rules review')});
	});
});
