import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {appendFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {freePort, listening} from '../helpers/free-port.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const RSYSLOGD = ['/usr/sbin/rsyslogd', '/sbin/rsyslogd'].find(file => spawnSync(file, ['-v']).status === 0);
if (!RSYSLOGD) {
	const banner = '#'.repeat(78);
	console.warn(`\n${banner}\n# SKIPPED: the rsyslog recipe (docs/rsyslog/) needs rsyslogd, which is not installed here.\n# apt-get install rsyslog to run it; .ci/run always does.\n${banner}\n`);
}

const DOCS = path.join(ROOT, 'docs', 'rsyslog');
const line = (clock: string, from: string, text: string) => JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv: '8842', from, buyer: 'pdd_77', shop: 'flagship', text});
// One conversation moved from xiaomei on shop server A to ahao on shop server B.
const SERVER_A = [line('10:00:00', 'buyer', '发票怎么开?"公司抬头"'), line('10:01:00', 'agent', '亲,帮您转给售后同事')];
const SERVER_B = [line('10:04:00', 'agent', '亲,可以开的'), line('10:10:00', 'buyer', '好的'), line('10:20:00', 'agent', `已开好 ${'长'.repeat(4000)}`)];

/** One rsyslogd of our own: its config, pid file and work folder in `dir`, nothing of the system's. */
class Rsyslogd {
	private child: ChildProcess | undefined;

	constructor(
		readonly dir: string,
		private readonly conf: string,
	) {}

	static async make(dir: string, recipe: string, replace: [string, string][], hostname: string): Promise<Rsyslogd> {
		await mkdir(path.join(dir, 'work'), {recursive: true});
		let text = await readFile(path.join(DOCS, recipe), 'utf8');
		for (const [from, to] of replace) {
			expect(text).toContain(from);
			text = text.replaceAll(from, to);
		}
		await writeFile(path.join(dir, recipe), text);
		// What /etc/rsyslog.conf says on a real server; here the test's own folder and name.
		const main = path.join(dir, 'rsyslog.conf');
		await writeFile(main, `global(workDirectory="${dir}/work" maxMessageSize="64k" localHostname="${hostname}")\ninclude(file="${dir}/${recipe}")\n`);
		const check = spawnSync(RSYSLOGD!, ['-N1', '-f', main], {encoding: 'utf8'});
		expect(check.status, check.stderr).toBe(0);
		return new Rsyslogd(dir, main);
	}

	start(): void {
		this.child = spawn(RSYSLOGD!, ['-n', '-f', this.conf, '-i', path.join(this.dir, 'rsyslogd.pid')], {stdio: 'ignore'});
	}

	async stop(): Promise<void> {
		const child = this.child;
		this.child = undefined;
		if (!child || child.exitCode !== null) return;
		await new Promise(resolve => {
			child.once('exit', resolve);
			child.kill('SIGTERM');
		});
	}
}

const linesOf = async (file: string) => (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe.skipIf(!RSYSLOGD)('the rsyslog recipe of docs/rsyslog: two shop servers into one folder', () => {
	const tempDir = useTempDirs();
	const running: Rsyslogd[] = [];
	beforeAll(assertBuilt);
	afterEach(async () => {
		await Promise.all(running.splice(0).map(daemon => daemon.stop()));
	});

	it('ships every line untouched into host/agent files, out of order across servers, and report reads them by ts', async () => {
		const root = await tempDir();
		const port = String(await freePort());
		const out = path.join(root, 'collector', 'logs');
		const collector = await Rsyslogd.make(
			path.join(root, 'collector'),
			'kefu-collect.conf',
			[
				['/srv/kefu/logs/', `${out}/`],
				['port="10514"', `port="${port}"`],
			],
			'collector',
		);
		const ship = (name: string) =>
			Rsyslogd.make(
				path.join(root, name),
				'kefu-ship.conf',
				[
					['/var/log/kefu/', `${root}/${name}/logs/`],
					['collector.example', '127.0.0.1'],
					['port="10514"', `port="${port}"`],
				],
				name,
			);
		const [a, b] = [await ship('shop-a'), await ship('shop-b')];
		for (const name of ['shop-a', 'shop-b']) await mkdir(path.join(root, name, 'logs'));
		running.push(collector, a, b);
		collector.start();
		await eventually(() => listening(Number(port)), 'the collector to listen', 20_000);
		a.start();
		b.start();

		// Server B's later lines first, then server A's earlier ones.
		await appendFile(path.join(root, 'shop-b', 'logs', 'ahao.jsonl'), SERVER_B.map(l => `${l}\n`).join(''));
		await eventually(async () => (await linesOf(path.join(out, 'shop-b', 'ahao.jsonl'))).length === 3, "server B's lines at the collector", 30_000);
		await appendFile(path.join(root, 'shop-a', 'logs', 'xiaomei-2026-11-22.jsonl'), SERVER_A.map(l => `${l}\n`).join(''));
		await eventually(async () => (await linesOf(path.join(out, 'shop-a', 'xiaomei-2026-11-22.jsonl'))).length === 2, "server A's lines at the collector", 30_000);
		expect(await linesOf(path.join(out, 'shop-b', 'ahao.jsonl'))).toEqual(SERVER_B);
		expect(await linesOf(path.join(out, 'shop-a', 'xiaomei-2026-11-22.jsonl'))).toEqual(SERVER_A);

		// The collector away for a while: server A keeps the line and sends it once it is back.
		await collector.stop();
		const later = line('10:25:00', 'buyer', '谢谢');
		await appendFile(path.join(root, 'shop-a', 'logs', 'xiaomei-2026-11-22.jsonl'), `${later}\n`);
		collector.start();
		await eventually(async () => (await linesOf(path.join(out, 'shop-a', 'xiaomei-2026-11-22.jsonl'))).includes(later), 'the line written while the collector was away', 60_000);

		const report = (...paths: string[]) => {
			const run = spawnSync(process.execPath, [CLI, 'report', '--json', '--now', '2026-11-22T10:30:00+08:00', '--db', path.join(root, 'db.json'), ...paths], {cwd: ROOT, encoding: 'utf8'});
			expect(run.status, run.stderr).toBe(0);
			return JSON.parse(run.stdout);
		};
		const collected = report(out);
		expect(collected).toEqual(report(path.join(root, 'shop-a', 'logs'), path.join(root, 'shop-b', 'logs')));
		expect(collected.shops[0]).toMatchObject({shop: 'flagship', consultations: 1});
		// 10:10 → 10:20 is over five minutes; 10:25 still waits 5 minutes at 10:30, in time.
		expect(collected.shops[0].clocks['reply-5m']).toMatchObject({consultations: 1, breached: 1});
		expect(collected.agents.map((agent: {agent: string}) => agent.agent).sort()).toEqual(['ahao', 'xiaomei']);
	}, 180_000);
});
