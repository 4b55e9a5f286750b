import {spawnSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FIXTURE_DIR, FIXTURE_NOW} from '../helpers/fixture.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {displayWidth} from '../../source/text/display-width.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

function report(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [CLI, 'report', ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, ...env}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const clock = (consultations: number, breached: number) => ({consultations, breached, rate: (consultations - breached) / consultations});

describe('report on the fixture shop at 14:00', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	// Worked out by hand from test/fixtures/shop: c1…c9 start clocks on the day (c10 wrote at
	// 07:30, c11 after --now); 5-minute breaches c1, c2, c8, c9; 60-minute breach c9. First
	// responses: c5 120 s, c6 60 s, c7 10 s, c8 60 s (the others still wait).
	it('gives the figures of contract §2 as JSON', () => {
		const {code, stdout} = report(['--json', '--date', '2026-11-22', '--now', FIXTURE_NOW, '--db', '/nonexistent/db.json', FIXTURE_DIR]);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(json).toMatchObject({date: '2026-11-22', tz: 'Asia/Shanghai', now: FIXTURE_NOW, badLines: 2, violations: {total: 0, byCategory: {}}});
		// Each shop's and agent's hours add up to its day (contract §8).
		for (const row of [...json.shops, ...json.agents]) {
			expect(row.byHour.map((hour: {hour: number}) => hour.hour)).toEqual([...Array(24).keys()]);
			expect(row.byHour.reduce((sum: number, hour: {consultations: number}) => sum + hour.consultations, 0)).toBe(row.consultations);
			for (const [id, figures] of Object.entries<{breached: number}>(row.clocks)) {
				expect(row.byHour.reduce((sum: number, hour: {breached: Record<string, number>}) => sum + (hour.breached[id] ?? 0), 0)).toBe(figures.breached);
			}
		}
		expect(json.shops.map(({byHour: _byHour, ...shop}: {byHour: unknown}) => shop)).toEqual([
			{
				platform: 'pinduoduo',
				shop: 'flagship',
				consultations: 9,
				clocks: {'reply-5m': clock(9, 4), 'reply-60m': clock(9, 1)},
				// Four first replies: ahao's 60 s, lingling's 120 s and xiaomei's two averaging 35 s.
				avgFirstResponseSeconds: 62.5,
				firstResponses: 4,
				alerts: [{clock: 'reply-5m', kind: 'below-target', rate: 5 / 9, threshold: 0.8}],
				buyerSignals: {total: 0, byCategory: {}},
			},
		]);
		// Per agent: consultations, 5- and 60-minute breaches, average first response (seconds) and how many.
		const agents: [string, number, number, number, number, number][] = [
			['ahao', 4, 3, 1, 60, 1],
			['lingling', 2, 0, 0, 120, 1],
			['xiaomei', 4, 1, 0, 35, 2],
		];
		expect(json.agents.map(({byHour: _byHour, ...agent}: {byHour: unknown}) => agent)).toEqual(
			agents.map(([agent, consultations, breached5, breached60, avgFirstResponseSeconds, firstResponses]) => ({
				agent,
				consultations,
				clocks: {'reply-5m': clock(consultations, breached5), 'reply-60m': clock(consultations, breached60)},
				avgFirstResponseSeconds,
				firstResponses,
				violations: 0,
				buyerSignals: {total: 0, byCategory: {}},
			})),
		);
	});

	it('gives identical figures whatever the process time zone', () => {
		const args = ['--json', '--now', FIXTURE_NOW, FIXTURE_DIR];
		expect(report(args, {TZ: 'UTC'}).stdout).toBe(report(args, {TZ: 'Asia/Shanghai'}).stdout);
		expect(report(args, {TZ: 'America/Los_Angeles'}).stdout).toBe(report(args, {TZ: 'Asia/Shanghai'}).stdout);
	});

	it('leaves out conversations marked spam in the db, the last mark winning', async () => {
		const db = path.join(await tempDir(), 'db.json');
		const mark = (conv: string, op: string) => ({conv, platform: 'pinduoduo', shop: 'flagship', mark: 'spam', op, by: 'lead', at: '2026-11-22T13:00:00+08:00'});
		await writeFile(db, JSON.stringify({assignments: [], marks: [mark('c9', 'set'), mark('c2', 'set'), mark('c2', 'clear')], notes: []}));
		const json = JSON.parse(report(['--json', '--now', FIXTURE_NOW, '--db', db, FIXTURE_DIR]).stdout);
		expect(json.shops[0].clocks).toEqual({'reply-5m': clock(8, 3), 'reply-60m': clock(8, 0)});
		expect(json.spamExcluded).toBe(1);
	});

	it('refuses a corrupt db with its path, exit 2', async () => {
		const db = path.join(await tempDir(), 'db.json');
		await writeFile(db, '{"marks": [');
		const {code, stderr} = report(['--json', '--now', FIXTURE_NOW, '--lang', 'en', '--db', db, FIXTURE_DIR]);
		expect(code).toBe(2);
		expect(stderr).toContain(`${db}: not valid JSON`);
	});

	it('prints a readable table by default, with rates under target flagged', () => {
		const {stdout} = report(['--now', FIXTURE_NOW, '--lang', 'en', FIXTURE_DIR]);
		expect(stdout).toMatch(/PDD·flagship +9 +4 +55\.6% +1 +88\.9% +1:02/);
		expect(stdout).toMatch(/^xiaomei +4 +1 +75\.0% /m);
		expect(stdout).toContain('! PDD·flagship: 5m rate 55.6% is under the 80.0% target');
	});

	it('fits --width 80 with one line per clock when the wide table would not', () => {
		const {stdout, code} = report(['--now', FIXTURE_NOW, '--width', '80', FIXTURE_DIR]);
		expect(code).toBe(0);
		for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(stdout).toMatch(/^店铺 +时限 +咨询 +超时 +回复率 +平均首响$/m);
		expect(stdout).toMatch(/^拼多多·flagship +5分钟 +9 +4 +55\.6% +1:02$/m);
		expect(stdout).toMatch(/^ +60分钟 +1 +88\.9%$/m);
		// Wide enough, the table stays one line per shop.
		expect(report(['--now', FIXTURE_NOW, '--width', '200', FIXTURE_DIR]).stdout).toMatch(/拼多多·flagship +9 +4 +55\.6% +1 +88\.9% +1:02/);
		expect(report(['--width', '20', FIXTURE_DIR]).code).toBe(2);
	});

	it('has no consultations on a day without logs, and says so', () => {
		const json = JSON.parse(report(['--json', '--date', '2026-11-20', '--now', FIXTURE_NOW, FIXTURE_DIR]).stdout);
		expect(json.shops).toEqual([]);
		expect(json.agents.map(({byHour: _byHour, ...agent}: {byHour: unknown}) => agent)).toEqual([]);
	});

	it('rejects a malformed --date with exit 2', () => {
		const {code, stderr} = report(['--date', '22/11/2026', FIXTURE_DIR]);
		expect(code).toBe(2);
		expect(stderr).toContain('--date 22/11/2026');
	});
});
