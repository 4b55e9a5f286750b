import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DAYS, DAYS_NOW, writeSeveralDays} from '../helpers/several-days.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';
import {displayWidth} from '../../source/text/display-width.js';

interface Clock {
	consultations: number;
	breached: number;
	rate: number | null;
}
interface Day {
	date: string;
	shops: {
		platform: string;
		shop: string;
		consultations: number;
		avgFirstResponseSeconds: number | null;
		firstResponses: number;
		clocks: Record<string, Clock>;
		byHour: {hour: number; consultations: number; breached: Record<string, number>}[];
	}[];
	agents: {
		agent: string;
		consultations: number;
		avgFirstResponseSeconds: number | null;
		firstResponses: number;
		clocks: Record<string, Clock>;
		violations: number;
		byHour: {hour: number; consultations: number; breached: Record<string, number>}[];
	}[];
	violations: {total: number; byCategory: Record<string, number>};
}

function run(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [CLI, 'report', ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, ...env}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const sum = <T>(items: readonly T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);

/** The period's first replies are the days' added up, and their average is weighted by them. */
function expectFirstRepliesOf(total: {avgFirstResponseSeconds: number | null; firstResponses: number}, days: readonly {avgFirstResponseSeconds: number | null; firstResponses: number}[]) {
	const replies = sum(days, day => day.firstResponses);
	expect(total.firstResponses).toBe(replies);
	if (replies === 0) expect(total.avgFirstResponseSeconds).toBeNull();
	else expect(total.avgFirstResponseSeconds).toBeCloseTo(sum(days, day => (day.avgFirstResponseSeconds ?? 0) * day.firstResponses) / replies, 9);
}

describe('report over several days (contract §8)', () => {
	const tempDir = useTempDirs();
	let logs = '';
	const common = () => ['--now', DAYS_NOW, '--db', '/nonexistent/db.json', logs];
	beforeAll(async () => {
		assertBuilt();
		logs = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-days-'));
		await writeSeveralDays(logs);
	});
	afterAll(() => rm(logs, {recursive: true, force: true}));

	it('gives each day of the range exactly as report --date gives it, and totals that add up', () => {
		const range = JSON.parse(run(['--json', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()]).stdout);
		expect(range).toMatchObject({from: DAYS[0], to: DAYS[2], tz: 'Asia/Shanghai', now: DAYS_NOW});
		expect(range.days.map((day: Day) => day.date)).toEqual(DAYS);
		for (const [index, date] of DAYS.entries()) {
			const single = JSON.parse(run(['--json', '--date', date, ...common()]).stdout);
			expect(single.shops.length).toBeGreaterThan(0);
			expect(range.days[index]).toEqual(single);
		}
		const days: Day[] = range.days;
		for (const shop of range.total.shops) {
			const ofDays = days.flatMap(day => day.shops.filter(one => one.platform === shop.platform && one.shop === shop.shop));
			expect(shop.consultations).toBe(sum(ofDays, one => one.consultations));
			expectFirstRepliesOf(shop, ofDays);
			for (const [id, clock] of Object.entries<Clock>(shop.clocks)) {
				expect(clock.breached).toBe(sum(ofDays, one => one.clocks[id]?.breached ?? 0));
				expect(clock.consultations).toBe(sum(ofDays, one => one.clocks[id]?.consultations ?? 0));
				expect(clock.rate).toBeCloseTo((clock.consultations - clock.breached) / clock.consultations, 12);
			}
		}
		for (const agent of range.total.agents) {
			const ofDays = days.flatMap(day => day.agents.filter(one => one.agent === agent.agent));
			expect(agent.consultations).toBe(sum(ofDays, one => one.consultations));
			expect(agent.violations).toBe(sum(ofDays, one => one.violations));
			expectFirstRepliesOf(agent, ofDays);
			// Each hour of the period is that hour of its days added up.
			for (const hour of agent.byHour as Day['agents'][number]['byHour']) {
				expect(hour.consultations).toBe(sum(ofDays, one => one.byHour[hour.hour]!.consultations));
				for (const [id, breached] of Object.entries(hour.breached)) expect(breached).toBe(sum(ofDays, one => one.byHour[hour.hour]!.breached[id] ?? 0));
			}
			expect(sum(agent.byHour as Day['agents'][number]['byHour'], hour => hour.consultations)).toBe(agent.consultations);
		}
		expect(range.total.shops.some((shop: {firstResponses: number}) => shop.firstResponses > 1)).toBe(true);
		expect(range.total.agents.map((agent: {agent: string}) => agent.agent)).toContain('王芳');
		expect(range.total.violations.total).toBe(sum(days, day => day.violations.total));
		expect(range.total.violations.total).toBeGreaterThan(0);
	});

	it("finds a day's lines in a file named for another date", () => {
		const day = JSON.parse(run(['--json', '--date', '2026-11-21', ...common()]).stdout);
		expect(day.agents.find((agent: {agent: string}) => agent.agent === 'ahao')?.consultations).toBeGreaterThan(0);
	});

	it("adds each shop's hours up to its consultations and breaches, every day", () => {
		const range = JSON.parse(run(['--json', '--days', '3', ...common()]).stdout);
		expect(range.from).toBe(DAYS[0]);
		let breaches = 0;
		for (const day of range.days as Day[]) {
			for (const shop of day.shops) {
				expect(shop.byHour).toHaveLength(24);
				expect(sum(shop.byHour, hour => hour.consultations)).toBe(shop.consultations);
				for (const [id, clock] of Object.entries(shop.clocks)) expect(sum(shop.byHour, hour => hour.breached[id]!)).toBe(clock.breached);
				// Nobody's clock starts before 08:00 or from 23:00.
				expect(sum([...shop.byHour.slice(0, 8), shop.byHour[23]!], hour => hour.consultations)).toBe(0);
				breaches += shop.clocks['reply-5m']!.breached;
			}
		}
		expect(breaches).toBeGreaterThan(0);
	});

	it('compares with the period before: the change is the difference of the two rates', () => {
		const range = JSON.parse(run(['--json', '--from', DAYS[1]!, '--to', DAYS[2]!, ...common()]).stdout);
		expect(range.previous).toMatchObject({from: '2026-11-19', to: DAYS[0]});
		const before = JSON.parse(run(['--json', '--from', '2026-11-19', '--to', DAYS[0]!, ...common()]).stdout);
		for (const agent of range.total.agents) {
			const earlier = before.total.agents.find((one: {agent: string}) => one.agent === agent.agent);
			expect(agent.change['reply-5m']).toBeCloseTo(agent.clocks['reply-5m'].rate - earlier.clocks['reply-5m'].rate, 12);
		}
		const first = JSON.parse(run(['--json', '--from', DAYS[0]!, '--to', DAYS[0]!, ...common()]).stdout);
		expect(first.total.shops[0].change['reply-5m']).toBeNull();
	});

	it('prints the rates day by day side by side, and names the busiest hours', () => {
		const {stdout, code} = run(['--lang', 'en', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()]);
		expect(code).toBe(0);
		const range = JSON.parse(run(['--json', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()]).stdout);
		expect(stdout).toMatch(/^5m rate by day +11-20 +11-21 +11-22 +total +before 11-17~11-19 +change$/m);
		const xiaomei = range.days.map((day: Day) => day.agents.find(agent => agent.agent === 'xiaomei')!.clocks['reply-5m']!.rate!);
		expect(stdout).toMatch(new RegExp(`^xiaomei +${xiaomei.map((rate: number) => `${(rate * 100).toFixed(1)}%`).join(' +')} `, 'm'));
		const shop = range.total.shops[0];
		const busiest = [...shop.byHour].sort((a, b) => b.consultations - a.consultations || a.hour - b.hour)[0];
		expect(stdout).toContain(`busiest hours: ${String(busiest.hour).padStart(2, '0')}:00 ${busiest.consultations}`);
	});

	it('refuses a range that makes no sense, exit 2', () => {
		expect(run(['--from', DAYS[2]!, '--to', DAYS[0]!, '--lang', 'en', logs])).toMatchObject({code: 2, stderr: expect.stringContaining('is after --to')});
		expect(run(['--from', DAYS[0]!, '--lang', 'en', logs])).toMatchObject({code: 2, stderr: expect.stringContaining('--from and --to go together')});
		expect(run(['--date', DAYS[0]!, '--days', '3', '--lang', 'en', logs]).code).toBe(2);
		expect(run(['--from', '2026-02-30', '--to', DAYS[0]!, '--lang', 'en', logs])).toMatchObject({code: 2, stderr: expect.stringContaining('--from 2026-02-30')});
	});

	it('writes CSV with a BOM that a CSV parser reads back to the same figures', async () => {
		const result = spawnSync(process.execPath, [CLI, 'report', '--csv', '--lang', 'en', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()], {cwd: ROOT});
		expect(result.status).toBe(0);
		const bytes: Buffer = result.stdout;
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const file = path.join(await tempDir(), 'report.csv');
		await writeFile(file, bytes);
		const rows: Record<string, string>[] = parse(await readFile(file), {bom: true, columns: true});
		const range = JSON.parse(run(['--json', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()]).stdout);
		const expected = (range.days as Day[]).flatMap(day => [
			...day.shops.flatMap(shop => Object.entries(shop.clocks).map(([id, clock]) => ({date: day.date, kind: 'shop', shop: shop.shop, id, clock}))),
			...day.agents.flatMap(agent => Object.entries(agent.clocks).map(([id, clock]) => ({date: day.date, kind: 'agent', name: agent.agent, id, clock}))),
		]);
		expect(rows).toHaveLength(expected.length);
		expected.forEach((want, index) => {
			const row = rows[index]!;
			expect(row).toMatchObject({date: want.date, kind: want.kind, clock: want.id, consultations: String(want.clock.consultations), breached: String(want.clock.breached)});
			if ('shop' in want) expect(row['shop']).toBe(want.shop);
			else expect(row['name']).toBe(want.name);
			expect(Number(row['rate'])).toBe(want.clock.rate);
		});
		expect(rows.some(row => row['shop'] === '旗舰二店')).toBe(true);
		// The header follows --lang: Chinese by default.
		const zh = spawnSync(process.execPath, [CLI, 'report', '--csv', '--date', DAYS[0]!, ...common()], {cwd: ROOT, encoding: 'utf8'});
		expect(zh.stdout.split('\r\n')[0]).toBe('\uFEFF日期,类别,平台,店铺,名称,组,时限,咨询,超时,回复率');
	});

	it('draws the hours as block bars within 80 columns, without colour under NO_COLOR', () => {
		const {stdout, code} = run(['--chart', '--from', DAYS[0]!, '--to', DAYS[2]!, ...common()], {NO_COLOR: '1', FORCE_COLOR: '1'});
		expect(code).toBe(0);
		expect(stdout).not.toContain('\u001B[');
		for (const line of stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(stdout).toContain('█');
		expect(stdout).toMatch(/└ +0 +1 +2 .* 23$/m);
		expect(stdout).toContain('旗舰二店');
	});
});
