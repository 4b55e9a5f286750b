import {spawnSync} from 'node:child_process';
import {beforeAll, describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {FIXTURE_DIR, FIXTURE_NOW} from '../helpers/fixture.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

/** Runs the built cli.js as a script would: no TTY, output captured. */
function run(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, input: ''});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('the command line (built cli.js)', () => {
	beforeAll(assertBuilt);

	it('watch --once prints the board in the contract order and exits 0', () => {
		const {code, stdout, stderr} = run('watch', '--once', '--now', FIXTURE_NOW, '--width', '100', FIXTURE_DIR);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		const convs = lines
			.slice(lines.findIndex(line => line.includes('会话')) + 1)
			.map(line => /^(!!|! |~ |x |- | {2}) (\S+)/.exec(line)?.[2])
			.filter(Boolean);
		expect(convs).toEqual(['c3', 'c2', 'c8', 'c1', 'c4', 'c5', 'c10', 'c9', 'c7', 'c6']);
		expect(stdout).toContain('!! 超时 3');
		expect(stdout).toMatch(/^x {2}c9 /m);
		expect(stdout).toMatch(/^!! c1 .*\+5:00 +50:00 /m);
		expect(stderr).toMatch(/ahao-2026-11-22\.jsonl:6: 缺少必填字段 "conv"/);
		expect(stderr).toMatch(/xiaomei\.jsonl:6: 不是有效的 JSON/);
		// Nothing of JSON.parse's English reaches the Chinese output.
		expect(stderr).not.toMatch(/Unexpected|missing|valid/);
	});

	it('watch --once --stale: a longer --stale keeps a breached conversation up; a bad one is exit 2', () => {
		const {stdout} = run('watch', '--once', '--now', FIXTURE_NOW, '--width', '100', '--stale', '100', FIXTURE_DIR);
		// c9's buyer wrote 90 minutes ago: lost under the default 30, breached under 100.
		expect(stdout).toMatch(/^!! c9 /m);
		expect(stdout).toContain('!! 超时 4');
		const bad = run('watch', '--once', '--stale', '0', FIXTURE_DIR);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--stale 0');
	});

	it('watch --once --limit N --view V lists one view, N rows at most, and says how many more', () => {
		const {code, stdout} = run('watch', '--once', '--now', FIXTURE_NOW, '--width', '100', '--view', 'waiting', '--limit', '3', FIXTURE_DIR);
		expect(code).toBe(0);
		const rows = stdout.split('\n').filter(line => /^(!!|! |~ |x |- | {2}) c\d/.test(line));
		expect(rows.map(line => line.split(/\s+/)[1])).toEqual(['c3', 'c2', 'c8']);
		// The waiting view holds c3, c2, c8, c1, c4, c5, c10: four more than listed; the counts stay the board's.
		expect(stdout).toContain('另有 4 个会话未列出');
		expect(stdout).toContain('!! 超时 3');
		expect(run('watch', '--once', '--view', 'nosuch', FIXTURE_DIR)).toMatchObject({code: 2, stderr: expect.stringContaining('--view nosuch')});
		expect(run('watch', '--once', '--limit', '0', FIXTURE_DIR).code).toBe(2);
	});

	it('watch --once keeps every line within --width, in English with --lang en', () => {
		const {stdout} = run('watch', '--once', '--now', FIXTURE_NOW, '--width', '60', '--lang', 'en', FIXTURE_DIR);
		expect(stdout).toContain('breached 3');
		for (const line of stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
	});

	it('gives the same board with the zone as a flag, whatever the process TZ', () => {
		const args = ['watch', '--once', '--now', FIXTURE_NOW, '--width', '100', FIXTURE_DIR];
		const shanghai = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, TZ: 'Asia/Shanghai'}});
		const utc = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, TZ: 'UTC'}});
		expect(utc.stdout).toBe(shanghai.stdout);
	});

	it('watch without a terminal exits 2 and says what to use instead', () => {
		const {code, stderr} = run('watch', FIXTURE_DIR);
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/--once.*report.*check/);
	});

	it('--help lists every command of the contract with its flags', () => {
		const {code, stdout} = run('--help');
		expect(code).toBe(0);
		for (const command of ['demo', 'watch', 'report', 'check', 'assign', 'mark', 'unmark', 'note', 'history']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
		for (const flag of ['--tz', '--platform', '--shop', '--rules', '--db', '--by', '--now', '--date', '--lang', '--once', '--json', '--dir']) {
			expect(stdout).toContain(flag);
		}
	});

	it('--help speaks Chinese by default and English with --lang en; an unknown flag is refused in the same language', () => {
		const zh = run('--help').stdout;
		expect(zh).toContain('店铺时钟和回复时段所用的时区');
		expect(zh).toContain('命令');
		expect(zh).not.toContain('issue #5');
		expect(zh).not.toMatch(/time zone of the shop clock/);
		expect(run('--help', '--lang', 'en').stdout).toContain('time zone of the shop clock');
		expect(run('assign', '--help').stdout).toContain('转接给日志里还没有出现过的客服');
		const unknown = run('watch', '--once', '--colour', FIXTURE_DIR);
		expect(unknown).toMatchObject({code: 2, stderr: 'kefu-watch: 未知参数:--colour。运行 kefu-watch --help 查看全部参数。\n'});
		expect(run('watch', '--once', '--colour', '--lang', 'en', FIXTURE_DIR).stderr).toContain('Unknown flag: --colour');
		// Flags written with dashes are ours too.
		expect(run('assign', 'c1', 'x', '--new-agent', '--db', '/nonexistent/db.json').stderr).not.toContain('--new-agent');
	});

	it.each(['demo', 'watch', 'report', 'check', 'assign', 'mark', 'unmark', 'note', 'history'])('%s --help shows its usage', command => {
		const {code, stdout} = run(command, '--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(new RegExp(`^kefu-watch ${command}`));
		expect(stdout).toContain('--help');
	});

	it.each([
		[['watch', '--once', '--tz', 'Mars/Olympus'], /--tz Mars\/Olympus/],
		[['watch', '--once', '--now', 'teatime'], /--now teatime/],
		[['watch', '--once', '--now', '2026-02-30T10:00:00+08:00'], /--now 2026-02-30T10:00:00\+08:00/],
		[['watch', '--once', '--now', '2026-11-22T10:00:00+25:00'], /--now 2026-11-22T10:00:00\+25:00/],
		[['report', '--date', '2026-11-31'], /--date 2026-11-31:日历上没有这一天/],
		[['report', '--date', '2026-11-31', '--lang', 'en'], /--date 2026-11-31: there is no such day/],
		[['report', '--date', '2026-13-01'], /--date 2026-13-01/],
		[['watch', '--once', 'no/such/folder'], /no\/such\/folder: 无法读取:不存在\(ENOENT\)/],
		[['watch', '--once', '--lang', 'en', 'no/such/folder'], /no\/such\/folder: cannot read: .*no such file/],
		[['watch', '--once', '--encoding', 'utf16'], /--encoding utf16:可选 auto、utf8、gbk/],
		[['frobnicate'], /frobnicate/],
		[['watch', '--bogus'], /bogus/],
	])('usage errors exit 2 with a message: %j', (args, message) => {
		const {code, stderr} = run(...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});
});
