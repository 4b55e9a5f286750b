import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {beforeAll, describe, expect, it} from 'vitest';
import {PgStore} from '../../source/store/pg-store.js';
import {hasPostgres, usePgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {eventually} from '../helpers/temp-dir.js';
import {FIXTURE_DIR, FIXTURE_NOW} from '../helpers/fixture.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

warnIfNoPostgres();

/** A writer appending until killed, with what it has printed so far. */
function startWriter(url: string, writer: string): {child: ChildProcessWithoutNullStreams; lines: () => string[]; story: () => string} {
	const child = spawn(process.execPath, ['test/helpers/pg-writer.mjs', url, writer, '0'], {cwd: ROOT});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += chunk));
	child.stderr.on('data', chunk => (stderr += chunk));
	// Only whole lines: a line cut off by the kill was never seen as acknowledged.
	const lines = () => stdout.split('\n').slice(0, -1);
	// What a failed wait shows: the writer's last lines, its exit, and anything it said on stderr.
	const story = () => `${writer}: exit ${child.exitCode ?? child.signalCode ?? 'running'}, last ${JSON.stringify(lines().slice(-3))}, stderr ${JSON.stringify(stderr.slice(-500))}`;
	return {child, lines, story};
}

describe.skipIf(!hasPostgres)('the PostgreSQL store when the server crashes', () => {
	const pgCluster = usePgCluster('crash');
	beforeAll(assertBuilt);

	it('keeps every acknowledged record through an immediate stop, says the server is down (exit 2, password masked), and writes again after', async () => {
		const cluster = pgCluster.cluster();
		const url = await cluster.createDatabase('crash');
		const writers = ['w1', 'w2', 'w3'].map(name => startWriter(url, name));
		const acked = () =>
			writers.flatMap(w =>
				w
					.lines()
					.filter(line => line.startsWith('ok '))
					.map(line => line.split(' ')[1]!),
			);
		const failed = () => writers.flatMap(w => w.lines().filter(line => line.startsWith('fail ')));
		try {
			await eventually(() => acked().length >= 60, '60 acknowledged appends', 60_000);
			// Mid-write: the writers are appending as fast as they can when the server dies.
			cluster.stop('immediate');
			await eventually(() => writers.every(w => w.lines().some(line => line.startsWith('fail '))), 'every writer to see a failed append', 60_000).catch((error: Error) => {
				throw new Error(`${error.message}\n${writers.map(w => w.story()).join('\n')}`);
			});
			expect(failed().join('\n')).toMatch(/cannot reach the records database postgres:\/\/postgres@127\.0\.0\.1:\d+\/crash/);

			const down = spawnSync(process.execPath, [CLI, 'note', '8842', '催发货', '--lang', 'en', '--db', cluster.url('crash', 's3cret')], {cwd: ROOT, encoding: 'utf8'});
			expect(down.status).toBe(2);
			expect(down.stderr).toContain(`cannot reach the records database postgres://postgres:***@127.0.0.1:${cluster.port}/crash`);
			expect(down.stderr).not.toContain('s3cret');
			expect(down.stdout).toBe('');
			const downZh = spawnSync(process.execPath, [CLI, 'note', '8842', '催发货', '--db', url], {cwd: ROOT, encoding: 'utf8'});
			expect(downZh).toMatchObject({status: 2, stderr: expect.stringContaining(`无法连接记录数据库 ${url}`)});

			const board = spawnSync(process.execPath, [CLI, 'watch', '--once', '--now', FIXTURE_NOW, '--lang', 'en', '--db', url, FIXTURE_DIR], {cwd: ROOT, encoding: 'utf8'});
			expect(board).toMatchObject({status: 2, stdout: '', stderr: expect.stringContaining(`records database ${url}`)});

			const ackedWhileUp = acked().length;
			await cluster.start();
			await eventually(() => acked().length > ackedWhileUp + 30, 'the writers to write again after the restart', 60_000);
		} finally {
			for (const w of writers) w.child.kill('SIGKILL');
		}
		await Promise.all(writers.map(w => new Promise(resolve => (w.child.exitCode === null ? w.child.once('close', resolve) : resolve(undefined)))));
		const store = new PgStore(url);
		try {
			const kept = new Set((await store.read()).notes.map(n => n.id));
			const lost = acked().filter(id => !kept.has(id));
			expect(lost).toEqual([]);
			expect(kept.size).toBeGreaterThanOrEqual(acked().length);
		} finally {
			await store.close();
		}
	}, 240_000);
});
