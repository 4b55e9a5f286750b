import {execFileSync, spawnSync} from 'node:child_process';
import {chmod, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {RecordFile} from '../../source/store/record-file.js';
import {RecordFileError} from '../../source/store/record-file-error.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const note = {id: 'n1', conv: 'c1', platform: 'pinduoduo' as const, shop: '', by: 'lead', at: '2026-11-22T14:00:00+08:00', text: '买家很急'};

function cli(args: string[], options: {uid?: number; gid?: number} = {}) {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', ...options});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The command failed in one line naming `file`, with no stack trace, and exit 2. */
function expectOneLine(result: {code: number | null; stderr: string}, file: string, words: RegExp): void {
	expect(result.code).toBe(2);
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).toContain(file);
	expect(result.stderr).toMatch(words);
	expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** A small tmpfs of our own (needs root and mount rights); undefined, said loudly, when it cannot be had. */
function smallTmpfs(dir: string, kilobytes: number): boolean {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], {stdio: 'pipe'});
		return true;
	} catch (error) {
		console.warn(`[store] SKIPPED: cannot mount a tmpfs (${(error as Error).message.split('\n')[0]}); the ENOSPC/EROFS tests did not run`);
		return false;
	}
}

describe('the records file refuses what it must not write', () => {
	const tempDir = useTempDirs();
	const mounted: string[] = [];
	beforeAll(assertBuilt);
	afterEach(() => {
		for (const dir of mounted.splice(0)) execFileSync('umount', [dir]);
	});

	it('never writes a file whose mode is read-only, and says so naming it', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await new RecordFile(file).append('notes', note);
		const before = await readFile(file, 'utf8');
		await chmod(file, 0o444);
		const error = await new RecordFile(file).append('notes', {...note, id: 'n2'}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(RecordFileError);
		expect((error as RecordFileError).problem).toEqual({kind: 'readOnly'});
		expect(await readFile(file, 'utf8')).toBe(before);
		expectOneLine(cli(['note', 'c1', '再写', '--db', file]), file, /只读/);
		expectOneLine(cli(['note', 'c1', 'again', '--db', file, '--lang', 'en']), file, /read-only; nothing was written/);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	it('keeps the mode of the file it replaces', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await writeFile(file, '{"notes": []}');
		await chmod(file, 0o600);
		await new RecordFile(file).append('notes', note);
		expect((await import('node:fs')).statSync(file).mode & 0o777).toBe(0o600);
	});

	const notRecords: [string, string][] = [
		['null', '$'],
		['[]', '$'],
		['3', '$'],
		['"notes"', '$'],
		['{"notes": 3}', '$.notes'],
		['{"notes": {}}', '$.notes'],
		['{"notes": [{"id": "a"}, 1]}', '$.notes[1]'],
		['{"marks": [null]}', '$.marks[0]'],
		['{"reviews": [["x"]]}', '$.reviews[0]'],
	];
	for (const [text, at] of notRecords) {
		it(`refuses a db holding ${text} (at ${at}) and never writes over it`, async () => {
			const file = path.join(await tempDir(), 'db.json');
			await writeFile(file, text);
			const store = new RecordFile(file);
			await expect(store.read()).rejects.toMatchObject({problem: {kind: 'notRecords', at}});
			await expect(store.append('notes', note)).rejects.toMatchObject({problem: {kind: 'notRecords', at}});
			expect(await readFile(file, 'utf8')).toBe(text);
			expect((await readdir(path.dirname(file))).filter(name => name.endsWith('.tmp'))).toEqual([]);
		});
	}

	it('says a db holding null is not a records file, from the command, in one line (exit 2)', async () => {
		const file = path.join(await tempDir(), 'db.json');
		await writeFile(file, 'null');
		expectOneLine(cli(['note', 'c1', 'x', '--db', file, '--lang', 'en']), file, /\$ must be a JSON object of record arrays: not a records file/);
		expectOneLine(cli(['history', 'c1', '--db', file]), file, /不是记录文件/);
		expect(await readFile(file, 'utf8')).toBe('null');
	});

	it('names the path on EACCES (a supervisor without rights to the folder), in one line', async () => {
		const dir = await tempDir();
		await chmod(dir, 0o755);
		const file = path.join(dir, 'db.json');
		await writeFile(file, '{"notes": []}');
		await chmod(file, 0o666);
		if (process.getuid?.() !== 0 || cli(['--version'], {uid: 65534, gid: 65534}).code !== 0) {
			console.warn('[store] SKIPPED: cannot run the CLI as nobody (not root, or the checkout is not readable to others); the EACCES test did not run');
			return;
		}
		// As nobody, in a folder root owns: the lock file beside the db cannot be made.
		const result = cli(['note', 'c1', 'x', '--db', file, '--lang', 'en'], {uid: 65534, gid: 65534});
		expectOneLine(result, path.join(dir, '.db.json.lock'), /permission denied \(EACCES\); nothing was written/);
		expect(await readFile(file, 'utf8')).toBe('{"notes": []}');
	});

	it('says a full disk (ENOSPC) with the path in one line, and leaves the file and no temp file behind', async () => {
		const dir = path.join(await tempDir(), 'small');
		await mkdir(dir);
		if (!smallTmpfs(dir, 64)) return;
		mounted.push(dir);
		const file = path.join(dir, 'db.json');
		const store = new RecordFile(file);
		await store.append('notes', {...note, text: '长'.repeat(8000)});
		const before = await readFile(file, 'utf8');
		// Fill what is left, so that a second copy of the file cannot be written.
		await writeFile(path.join(dir, 'filler'), Buffer.alloc(64 * 1024)).catch(() => undefined);
		await expect(store.append('notes', {...note, id: 'n2'})).rejects.toMatchObject({problem: {kind: 'noSpace'}, file});
		expectOneLine(cli(['note', 'c1', 'x', '--db', file, '--lang', 'en']), file, /no space left on the device \(ENOSPC\); nothing was written/);
		expectOneLine(cli(['note', 'c1', 'x', '--db', file]), file, /磁盘空间已满/);
		expect(await readFile(file, 'utf8')).toBe(before);
		expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([]);
		// Room again: the next append goes through.
		await rm(path.join(dir, 'filler'));
		await store.append('notes', {...note, id: 'n3'});
		expect((await store.read()).notes.map(n => n.id)).toEqual(['n1', 'n3']);
	});

	it('says a read-only file system (EROFS) with the path in one line', async () => {
		const dir = path.join(await tempDir(), 'ro');
		await mkdir(dir);
		if (!smallTmpfs(dir, 64)) return;
		mounted.push(dir);
		const file = path.join(dir, 'db.json');
		await new RecordFile(file).append('notes', note);
		execFileSync('mount', ['-o', 'remount,ro', dir]);
		const result = cli(['note', 'c1', 'x', '--db', file, '--lang', 'en']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/the file system is read-only \(EROFS\); nothing was written/);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect((await new RecordFile(file).read()).notes).toHaveLength(1);
	});
});
