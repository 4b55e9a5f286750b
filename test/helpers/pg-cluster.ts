import {execFileSync, spawnSync} from 'node:child_process';
import {chownSync, existsSync, readdirSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {afterAll, beforeAll} from 'vitest';
import {freePort} from './free-port.js';

/** The PostgreSQL server binaries: Debian's newest /usr/lib/postgresql/N/bin, else pg_ctl on PATH. */
function findBinDir(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter(v => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions[0]) return path.join(root, versions[0], 'bin');
	}
	const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], {encoding: 'utf8'});
	return which.status === 0 ? path.dirname(which.stdout.trim()) : undefined;
}

const BIN = findBinDir();
const AS_ROOT = process.getuid?.() === 0;
/** initdb refuses to run as root: the cluster then belongs to the `postgres` user. */
const POSTGRES_USER = AS_ROOT ? spawnSync('id', ['-u', 'postgres'], {encoding: 'utf8'}) : undefined;
export const hasPostgres = BIN !== undefined && (!AS_ROOT || POSTGRES_USER?.status === 0);

/** Says loudly, once per file, why the PostgreSQL tests did not run. */
export function warnIfNoPostgres(): void {
	if (hasPostgres) return;
	const banner = '#'.repeat(78);
	const why = BIN ? 'runs as root but there is no `postgres` user' : 'PostgreSQL (initdb, pg_ctl) is not installed';
	console.warn(`\n${banner}\n# SKIPPED: PostgreSQL tests: ${why}.\n# apt-get install postgresql to run them; .ci/run always does.\n${banner}\n`);
}

/** A private PostgreSQL cluster in a temp folder on a free loopback port, trusting local logins. */
export class PgCluster {
	private constructor(
		readonly dir: string,
		readonly port: number,
	) {}

	static async create(): Promise<PgCluster> {
		if (!BIN) throw new Error('PostgreSQL is not installed');
		const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-pg-'));
		if (AS_ROOT) {
			const uid = Number(POSTGRES_USER!.stdout.trim());
			chownSync(dir, uid, uid);
		}
		const cluster = new PgCluster(dir, await freePort());
		cluster.run('initdb', '-D', cluster.data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions');
		await cluster.start();
		return cluster;
	}

	get data(): string {
		return path.join(this.dir, 'data');
	}

	/** The URL of database `name` (password given to show it is masked; trust ignores it). */
	url(name: string, password?: string): string {
		return `postgres://postgres${password ? `:${password}` : ''}@127.0.0.1:${this.port}/${name}`;
	}

	async createDatabase(name: string): Promise<string> {
		const client = new pg.Client({connectionString: this.url('postgres')});
		await client.connect();
		try {
			await client.query(`CREATE DATABASE "${name}"`);
		} finally {
			await client.end();
		}
		return this.url(name);
	}

	/** Starts the server and waits until it takes connections. */
	async start(): Promise<void> {
		// Small: several test files run a cluster each at once.
		const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=16MB`;
		this.run('pg_ctl', '-D', this.data, '-l', path.join(this.dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start');
	}

	/** `immediate` is a crash: no checkpoint, the WAL alone brings the data back at the next start. */
	stop(mode: 'fast' | 'immediate' = 'fast'): void {
		this.run('pg_ctl', '-D', this.data, '-m', mode, '-w', '-t', '60', 'stop');
	}

	async destroy(): Promise<void> {
		try {
			this.stop('immediate');
		} catch {
			// Already stopped.
		}
		await rm(this.dir, {recursive: true, force: true});
	}

	private run(tool: string, ...args: string[]): void {
		const command = path.join(BIN!, tool);
		const [file, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
		execFileSync(file, argv, {stdio: ['ignore', 'ignore', 'pipe'], cwd: this.dir});
	}
}

/**
 * For a describe block: one private cluster for its tests, made before them and destroyed after;
 * `freshDatabase()` gives each test a database of its own, named `<prefix>_N`.
 */
export function usePgCluster(prefix: string): {cluster: () => PgCluster; freshDatabase: () => Promise<string>} {
	let cluster: PgCluster | undefined;
	let databases = 0;
	beforeAll(async () => {
		cluster = await PgCluster.create();
	}, 120_000);
	afterAll(async () => cluster?.destroy());
	const made = (): PgCluster => {
		if (!cluster) throw new Error('the PostgreSQL cluster was not started');
		return cluster;
	};
	return {cluster: made, freshDatabase: () => made().createDatabase(`${prefix}_${(databases += 1)}`)};
}
