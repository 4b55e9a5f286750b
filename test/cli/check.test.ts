import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const DIR = fileURLToPath(new URL('../fixtures/check', import.meta.url));

function check(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, 'check', ...args], {cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('check', () => {
	beforeAll(assertBuilt);
	const tempDir = useTempDirs();

	it('writes the whole JSON document into a pipe before it exits, however long', async () => {
		const dir = await tempDir();
		const lines = Array.from({length: 2000}, (_, i) => JSON.stringify({ts: 1_795_320_000_000 + i * 1000, conv: `c${i}`, from: 'agent', text: '亲,加我微信给您优惠'}));
		await writeFile(path.join(dir, 'xiaomei.jsonl'), `${lines.join('\n')}\n`);
		const {code, stdout} = check('--json', dir);
		expect(stdout.length).toBeGreaterThan(65_536);
		expect(JSON.parse(stdout).violations).toHaveLength(2000);
		expect(code).toBe(1);
	});

	it('lists violations of agent and bot lines as JSON, never a buyer or system line, and exits 1 on an error', () => {
		const {code, stdout} = check('--json', `${DIR}/xiaomei.jsonl`);
		expect(code).toBe(1);
		const json = JSON.parse(stdout);
		expect(json.violations.map((v: {line: number; rule: string; category: string; severity: string; match: string}) => [v.line, v.category, v.severity, v.match])).toEqual([
			[2, 'off-platform-contact', 'error', '加我薇信'],
			[4, 'invoice-refusal', 'warn', '不开发票'],
			[8, 'out-of-stock', 'warn', '没货'],
		]);
		expect(json.violations[0]).toMatchObject({
			file: `${DIR}/xiaomei.jsonl`,
			conv: 'k1',
			agent: 'xiaomei',
			platform: 'pinduoduo',
			shop: 'flagship',
			ts: '2026-11-22T10:01:00+08:00',
			text: '亲,加我薇信 kefu2026 给您优惠',
		});
		expect(json.violations[0].suggestion).toMatch(/亲/);
		expect(json.badLines).toEqual([{file: `${DIR}/xiaomei.jsonl`, line: 6, error: expect.stringMatching(/not valid JSON/), code: 'not-json'}]);
	});

	it('prints linter-style lines by default', () => {
		const {stdout} = check(`${DIR}/xiaomei.jsonl`);
		expect(stdout).toContain(`${DIR}/xiaomei.jsonl:2 error off-platform-contact — `);
		expect(stdout).toMatch(/「加我薇信」.*→ 亲,/);
	});

	it('exits 0 when only warnings are found, and 1 when the same words are an error on the platform', () => {
		// Out of stock with an alternative is Pinduoduo's own model answer (seed 004); Tmall's seeds say
		// to write 断码 instead, but fine only a shipment missed: a warning there.
		const pdd = check('--json', `${DIR}/clean`);
		expect(JSON.parse(pdd.stdout).violations).toEqual([]);
		expect(pdd.code).toBe(0);
		const tmall = check('--json', '--platform', 'tmall', `${DIR}/clean`);
		expect(JSON.parse(tmall.stdout).violations.map((v: {severity: string; category: string}) => [v.category, v.severity])).toEqual([['out-of-stock', 'warn']]);
		expect(tmall.code).toBe(0);
		// 加我薇信 costs a Pinduoduo shop 10万 (error); JD's seeds state no penalty for it (warn).
		const jd = check('--json', '--platform', 'jd', DIR + '/xiaomei.jsonl');
		expect(
			JSON.parse(jd.stdout)
				.violations.filter((v: {line: number}) => v.line === 2)
				.map((v: {severity: string}) => v.severity),
		).toEqual(['warn']);
		expect(jd.code).toBe(0);
		expect(check('--json', DIR + '/xiaomei.jsonl').code).toBe(1);
	});

	it('exits 2 on a path that does not exist', () => {
		expect(check('no/such/dir').code).toBe(2);
	});
});
