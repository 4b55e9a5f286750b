import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {chmod, mkdir, open, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const NOW = ['--now', '2026-11-22T12:00:00+08:00'];
const buyer = JSON.stringify({ts: '2026-11-22T10:01:00+08:00', conv: 'k1', from: 'buyer', text: '在吗'});
const offPlatform = JSON.stringify({ts: '2026-11-22T10:02:00+08:00', conv: 'k1', from: 'agent', text: '亲,加我微信给您优惠'});
/** Two lines, the last one (an error-severity violation) without its newline. */
const UNFINISHED = `${buyer}\n${offPlatform}`;

// Root reads every file whatever its mode: the permission cases run the command as `nobody`.
const asRoot = process.getuid?.() === 0;
const NOBODY = asRoot ? {uid: 65534, gid: 65534} : {};

interface Ran {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

function run(args: readonly string[], options: {input?: string; asNobody?: boolean} = {}): Ran {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', input: options.input ?? '', env: {...process.env, NO_COLOR: '1'}, ...(options.asNobody ? NOBODY : {})});
	return {code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr};
}

/** Starts the command and collects what it says; `ended` resolves when it exits. */
function start(args: readonly string[]): {child: ChildProcess; ended: Promise<Ran>} {
	const child = spawn(process.execPath, [CLI, ...args], {cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const ended = new Promise<Ran>(resolve => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})));
	return {child, ended};
}

/** Whether one of the process's threads sleeps in the kernel in a function matching `where` (Linux's /proc). */
async function sleepsIn(pid: number, where: RegExp): Promise<boolean> {
	const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
	const channels = await Promise.all(tasks.map(task => readFile(`/proc/${pid}/task/${task}/wchan`, 'utf8').catch(() => '')));
	return channels.some(channel => where.test(channel));
}

/** Resolves with how the command ended, or fails after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms)));
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('one-shot reads give the whole answer or say why not (built cli.js)', () => {
	beforeAll(assertBuilt);
	const tempDir = useTempDirs();

	it('check and report read a last line that has no newline', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, UNFINISHED);
		const checked = run(['check', '--json', ...NOW, file]);
		expect(JSON.parse(checked.stdout).violations.map((v: {line: number; match: string}) => [v.line, v.match])).toEqual([[2, '加我微信']]);
		expect(checked.code).toBe(1);
		const reported = JSON.parse(run(['report', '--json', '--date', '2026-11-22', ...NOW, '--db', path.join(dir, 'db.json'), file]).stdout);
		expect(reported.violations.total).toBe(1);
		// The reply at 10:02 is read too: one consultation answered in time.
		expect(reported.shops[0].clocks['reply-5m']).toEqual({consultations: 1, breached: 0, rate: 1});
	});

	it('reads a pipe given as /dev/stdin, and `-` as standard input, to the end', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, UNFINISHED);
		for (const given of ['/dev/stdin', '-']) {
			// Node hands a child a socket for its input; a shell's `|` is a pipe.
			const fromSocket = run(['check', '--json', ...NOW, given], {input: UNFINISHED});
			const fromPipe = spawnSync('sh', ['-c', `cat "$1" | "$2" "$3" check --json ${NOW.join(' ')} "$4"`, 'sh', file, process.execPath, CLI, given], {cwd: ROOT, encoding: 'utf8'});
			for (const {status, stdout} of [{...fromSocket, status: fromSocket.code}, fromPipe]) {
				expect(
					JSON.parse(stdout).violations.map((v: {file: string; line: number}) => [v.file, v.line]),
					given,
				).toEqual([[given, 2]]);
				expect(status).toBe(1);
			}
		}
		const reported = run(['report', '--json', '--date', '2026-11-22', ...NOW, '--db', '/nonexistent/db.json', '-'], {input: `${UNFINISHED}\n`});
		expect(JSON.parse(reported.stdout).violations.total).toBe(1);
		expect(reported.code).toBe(0);
	});

	it('refuses `-` for the live board, whose standard input is the keyboard', () => {
		const {code, stderr} = run(['watch', '-']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/--once/);
	});

	it('reads a FIFO given as a path to its end, whenever its writer comes', async () => {
		const dir = await tempDir();
		const fifo = path.join(dir, 'xiaomei.jsonl');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const {child, ended} = start(['check', '--json', ...NOW, fifo]);
		// Opening for writing waits for the reader: the command has opened the FIFO.
		const writer = await open(fifo, 'w');
		await writer.write(`${buyer}\n`);
		await writer.write(offPlatform);
		await writer.close();
		const result = await within(ended, 30_000, 'check on a FIFO');
		expect(JSON.parse(result.stdout).violations.map((v: {line: number}) => v.line)).toEqual([2]);
		expect(result.code).toBe(1);
		expect(child.exitCode).toBe(1);
	});

	it.each(['SIGTERM', 'SIGINT'] as const)(
		'ends promptly on %s while a FIFO has no writer yet, or one that writes nothing',
		async signal => {
			const dir = await tempDir();
			const fifo = path.join(dir, 'xiaomei.jsonl');
			expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
			const waiting = start(['check', ...NOW, fifo]);
			// Asleep in the kernel waiting for a writer to open the FIFO.
			await eventually(() => sleepsIn(waiting.child.pid!, /^wait_for_partner$/), 'the command to wait for a writer', 20_000);
			waiting.child.kill(signal);
			const ended = await within(waiting.ended, 10_000, `check after ${signal}`);
			expect(ended.code === 0).toBe(false);

			const reading = start(['check', ...NOW, fifo]);
			const writer = await open(fifo, 'w');
			await writer.write(`${buyer}\n`);
			await eventually(() => sleepsIn(reading.child.pid!, /^(anon_)?pipe_read$/), 'the command to wait for more', 20_000);
			reading.child.kill(signal);
			const stopped = await within(reading.ended, 10_000, `check after ${signal} while reading`);
			expect(stopped.code === 0).toBe(false);
			await writer.close();
		},
		60_000,
	);

	it('exits 2 naming a path that is missing, after printing what the others hold', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, `${UNFINISHED}\n`);
		const missing = path.join(dir, 'gone.jsonl');
		for (const command of [['check'], ['report', '--date', '2026-11-22', '--db', path.join(dir, 'db.json')], ['watch', '--once', '--width', '100', '--db', path.join(dir, 'db.json')]]) {
			const {code, stdout, stderr} = run([...command, ...NOW, file, missing]);
			expect(code, command[0]).toBe(2);
			expect(stdout, command[0]).toMatch(command[0] === 'check' ? /加我微信/ : /k1|xiaomei/);
			expect(stderr, command[0]).toContain(`${missing}: 无法读取:不存在(ENOENT)`);
			expect(stderr, command[0]).toMatch(new RegExp(`有 1 个路径无法读取:${missing}`));
		}
		const english = run(['check', '--lang', 'en', ...NOW, file, missing]);
		expect(english.stderr).toContain(`1 path(s) could not be read: ${missing}`);
		expect(english.stderr).toContain(`${missing}: cannot read: ENOENT`);
	});

	it('exits 2 naming a file or a folder it may not read, after printing the rest', async () => {
		const dir = await tempDir();
		await chmod(dir, 0o755);
		await writeFile(path.join(dir, 'xiaomei.jsonl'), `${UNFINISHED}\n`, {mode: 0o644});
		const shut = path.join(dir, 'ahao.jsonl');
		await writeFile(shut, `${offPlatform}\n`, {mode: 0o600});
		const secret = path.join(dir, 'secret');
		await mkdir(secret, {mode: 0o700});
		await writeFile(path.join(secret, 'lin.jsonl'), `${offPlatform}\n`);
		if (!asRoot) {
			await chmod(shut, 0o000);
			await chmod(secret, 0o000);
		}
		const db = path.join(dir, 'db.json');
		for (const command of [['check'], ['report', '--date', '2026-11-22', '--db', db], ['watch', '--once', '--width', '100', '--db', db]]) {
			const {code, stdout, stderr} = run([...command, '--lang', 'en', ...NOW, dir], {asNobody: true});
			expect(code, `${command[0]}: ${stderr}`).toBe(2);
			expect(stdout.length, command[0]).toBeGreaterThan(0);
			expect(stderr, command[0]).toMatch(/2 path\(s\) could not be read: /);
			expect(stderr, command[0]).toContain(shut);
			expect(stderr, command[0]).toContain(secret);
		}
		// What could be read is all there: xiaomei's violation, not the others'.
		const checked = run(['check', '--json', ...NOW, dir], {asNobody: true});
		expect(JSON.parse(checked.stdout).violations.map((v: {file: string}) => path.basename(v.file))).toEqual(['xiaomei.jsonl']);
	});

	it('watch --once exits 2 naming a db that is not JSON, or that it may not read', async () => {
		const dir = await tempDir();
		await chmod(dir, 0o755);
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, `${UNFINISHED}\n`, {mode: 0o644});
		const broken = path.join(dir, 'broken.json');
		await writeFile(broken, '{"marks": [', {mode: 0o644});
		const notJson = run(['watch', '--once', ...NOW, '--db', broken, file]);
		expect(notJson.code).toBe(2);
		expect(notJson.stderr).toContain(broken);
		expect(notJson.stderr).toMatch(/记录文件无法读取/);
		expect(await readFile(broken, 'utf8')).toBe('{"marks": [');
		const shut = path.join(dir, 'shut.json');
		await writeFile(shut, '{"assignments": [], "marks": [], "notes": []}', {mode: 0o644});
		await chmod(shut, 0o000);
		const unreadable = run(['watch', '--once', '--lang', 'en', ...NOW, '--db', shut, file], {asNobody: true});
		expect(unreadable.code).toBe(2);
		expect(unreadable.stderr).toContain(shut);
		expect(unreadable.stderr).toMatch(/records file cannot be read/);
	});

	it('reports an offset no zone has in a log line as a bad line with file and line', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, `${buyer}\n${JSON.stringify({ts: '2026-11-22T10:03:00+25:00', conv: 'k1', from: 'agent', text: '好的'})}\n`);
		const {stdout} = run(['check', '--json', ...NOW, file]);
		expect(JSON.parse(stdout).badLines).toEqual([{file, line: 2, error: expect.stringMatching(/offset no zone has/), code: 'bad-ts'}]);
		const {stderr} = run(['check', ...NOW, file]);
		expect(stderr).toContain(`${file}:2: ts "2026-11-22T10:03:00+25:00" 的时差不存在`);
		expect(run(['check', '--lang', 'en', ...NOW, file]).stderr).toContain(`${file}:2: ts "2026-11-22T10:03:00+25:00" has an offset no zone has`);
	});
});

describe('lines stamped ahead of the real clock (an agent PC running fast)', () => {
	beforeAll(assertBuilt);
	const tempDir = useTempDirs();

	it('are on the board, their time marked, and checked; a frozen --now before them still leaves them out', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		const ahead = Date.now() + 10 * 60_000;
		await writeFile(
			file,
			[
				JSON.stringify({ts: ahead, conv: 'fast1', from: 'buyer', text: '在吗'}),
				JSON.stringify({ts: ahead + 1000, conv: 'fast2', from: 'buyer', text: '有人吗'}),
				JSON.stringify({ts: ahead + 2000, conv: 'fast2', from: 'agent', text: '亲,加我微信给您优惠'}),
			].join('\n') + '\n',
		);
		const db = ['--db', path.join(dir, 'db.json')];
		const board = run(['watch', '--once', '--width', '100', ...db, file]);
		expect(board.code).toBe(0);
		expect(board.stdout).toMatch(/^~ {2}fast1 .*\^时间超前 买家:在吗$/m);
		expect(board.stdout).toMatch(/^ {3}fast2 .*\^时间超前 客服:亲,加我微信/m);
		expect(run(['watch', '--once', '--width', '100', '--lang', 'en', ...db, file]).stdout).toMatch(/^~ {2}fast1 .*\^ahead buyer: 在吗$/m);
		const checked = run(['check', '--json', file]);
		expect(JSON.parse(checked.stdout).violations.map((v: {conv: string}) => v.conv)).toEqual(['fast2']);
		expect(checked.code).toBe(1);
		const frozen = new Date(Date.now() - 60_000).toISOString();
		expect(run(['watch', '--once', '--width', '100', '--now', frozen, ...db, file]).stdout).not.toMatch(/fast/);
		expect(run(['check', '--json', '--now', frozen, file]).code).toBe(0);
	});
});
