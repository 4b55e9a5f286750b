import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {FIXTURE_DIR} from '../helpers/fixture.js';
import {hasPostgres, PgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {CLI, hasTmux, ROOT, useTmux, warnIfSkipped, type TmuxSession} from '../helpers/tmux.js';

warnIfSkipped();
warnIfNoPostgres();

const NOW = '2026-11-22T14:00:00+08:00';
// c9 is lost (contract §5: breached on every clock, the buyer silent past --stale): below the breached.
const boardReady = (screen: string) => screen.includes('超时 3') && screen.includes('已流失 1') && screen.includes(' c6 ');
const row = (screen: string, conv: string) => screen.split('\n').find(line => line.includes(` ${conv} `)) ?? '';

describe.skipIf(!hasTmux || !hasPostgres)('two TUIs on one PostgreSQL database (tmux)', () => {
	const openTmux = useTmux();
	let cluster: PgCluster;
	beforeAll(async () => {
		cluster = await PgCluster.create();
	}, 120_000);
	afterAll(async () => cluster?.destroy());

	const watch = (url: string, by: string): TmuxSession => {
		const tmux = openTmux(160, 30);
		tmux.start(`node cli.js watch --now ${NOW} --db '${url}' --by ${by} '${FIXTURE_DIR}'`);
		return tmux;
	};
	const command = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8'});

	it("each shows the other's mark and a command's transfer within 3 s, and says when the records are not live", async () => {
		const url = await cluster.createDatabase('tui');
		const [a, b] = [watch(url, 'lead-a'), watch(url, 'lead-b')];
		await a.waitFor(boardReady, 'board a');
		await b.waitFor(boardReady, 'board b');
		expect(row(b.screen(), 'c9')).not.toMatch(/ R /);

		// c9 sinks to the lost section, the eighth row: the cursor goes there first, on both boards.
		for (let i = 0; i < 7; i += 1) a.keys('j');
		for (let i = 0; i < 7; i += 1) b.keys('j');
		await a.waitFor(s => /^> .* c9 /m.test(s), 'the cursor on c9 in a');
		await b.waitFor(s => /^> .* c9 /m.test(s), 'the cursor on c9 in b');
		a.keys('m');
		await a.waitFor(s => s.includes('标记会话 c9'), 'the mark menu in a');
		// The mark menu stays open for more marks (i-board): Esc closes it.
		a.keys('r', 'Enter');
		a.keys('Escape');
		await a.waitFor(s => / R /.test(row(s, 'c9')), 'the red mark in a');
		const marked = Date.now();
		await b.waitFor(s => / R /.test(row(s, 'c9')), "a's mark in b", 3000);
		expect(Date.now() - marked).toBeLessThan(3000);

		expect(command('assign', 'c9', 'lingling', '--shop', 'flagship', '--db', url).status).toBe(0);
		const assigned = Date.now();
		await a.waitFor(s => /c9 .*→lingling/.test(s), 'the transfer in a', 3000);
		await b.waitFor(s => /c9 .*→lingling/.test(s), 'the transfer in b', 3000);
		expect(Date.now() - assigned).toBeLessThan(3000);

		cluster.stop('immediate');
		await b.waitFor(s => s.includes(`记录不是实时的:连不上记录数据库 ${url}`), 'b to say the records are not live', 15_000);
		b.keys('m');
		await b.waitFor(s => s.includes('标记会话 c9'), 'the mark menu in b');
		b.keys('g', 'Enter');
		await b.waitFor(s => s.includes('没有写入:记录不是实时的'), 'the refusal in b', 10_000);
		b.keys('Escape');
		// What it showed stays: the mark and the transfer.
		await b.waitFor(s => /→lingling .* R /.test(row(s, 'c9')), 'the mark and the transfer still in b');

		await cluster.start();
		expect(command('note', 'c9', '已恢复', '--shop', 'flagship', '--db', url).status).toBe(0);
		await b.waitFor(s => !s.includes('记录不是实时的'), 'b to be live again', 15_000);
		a.keys('q');
		b.keys('q');
		expect((await a.waitForExit()).code).toBe(0);
		expect((await b.waitForExit()).code).toBe(0);
		const exported = JSON.parse(command('db', 'export', '--db', url).stdout);
		expect(exported.marks).toEqual([expect.objectContaining({conv: 'c9', mark: 'red', op: 'set', by: 'lead-a'})]);
		expect(exported.notes).toEqual([expect.objectContaining({conv: 'c9', text: '已恢复'})]);
	}, 120_000);
});
