import {execFileSync} from 'node:child_process';
import {closeSync, constants, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, writeFileSync} from 'node:fs';
import {appendFile, mkdir, open, rename, rm, symlink, writeFile} from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {setTimeout as pause} from 'node:timers/promises';
import {beforeAll, describe, expect, it} from 'vitest';
import {LogReader} from '../../source/ingest/log-reader.js';
import {WatchSession} from '../../source/live/watch-session.js';
import type {BadLine, ChatMessage} from '../../source/model/message.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {Zone} from '../../source/time/zone.js';

// Lines in vs lines shown: every line written has a conversation of its own, so the book holding
// each conversation once, with one message, is every line shown exactly once.
const line = (conv: string) => `${JSON.stringify({ts: '2026-11-22T10:00:00+08:00', conv, from: 'buyer', text: '在吗'})}\n`;
const lines = (prefix: string, count: number) => Array.from({length: count}, (_, i) => line(`${prefix}${i}`)).join('');
/** This machine is loaded: conditions are polled for a long time rather than waited for by the clock. */
const PATIENCE_MS = 15_000;

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

/** A following session whose idle time for rotated files passes only when the test moves its clock. */
async function follow(paths: string[], idleMs = 5_000) {
	let now = Date.parse('2026-11-22T10:00:00+08:00');
	const session = new WatchSession({paths, tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', packs, rotatedIdleMs: idleMs, clock: () => now});
	await session.start({follow: true});
	const messages = () => [...session.book.all()].flatMap(conversation => conversation.messages);
	return {
		session,
		/** How many lines reached the book, and whether each did once. */
		shown: () => messages().length,
		convs: () => new Set(messages().map(m => m.conv)),
		passIdleTime: () => {
			now += idleMs + 1;
		},
	};
}

/** How many times this process holds `file` open: the test's writer once, the reader once while it reads it. */
function timesOpen(file: string): number {
	return openFiles().filter(held => held === file).length;
}

/** The files this process holds open, by the path each is at now (`… (deleted)` once deleted). */
function openFiles(): string[] {
	const held: string[] = [];
	for (const fd of readdirSync('/proc/self/fd')) {
		try {
			held.push(readlinkSync(`/proc/self/fd/${fd}`));
		} catch {
			// Closed while listed.
		}
	}
	return held;
}

function expectEachOnce(convs: Set<string>, shown: number, prefixes: Record<string, number>): void {
	const written = Object.entries(prefixes).flatMap(([prefix, count]) => Array.from({length: count}, (_, i) => `${prefix}${i}`));
	expect({shown, missing: written.filter(conv => !convs.has(conv)).length}).toEqual({shown: written.length, missing: 0});
}

describe('a followed file rotated away while its writer still writes to it', () => {
	const tempDir = useTempDirs();

	it('is read to its end under logrotate’s x.jsonl.1, the new x.jsonl too, and let go once idle', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		const writer = await open(file, 'a');
		await writer.write(lines('before', 20));
		const {session, shown, convs, passIdleTime} = await follow([dir]);
		try {
			await eventually(() => shown() === 20, 'the first lines', PATIENCE_MS);
			await rename(file, `${file}.1`);
			await writeFile(file, ''); // logrotate's `create`
			// The writer has not been told yet: it goes on with the file it has open.
			for (let i = 0; i < 50; i += 1) await writer.write(line(`old-fd${i}`));
			const reopened = await open(file, 'a');
			await reopened.write(lines('new-file', 30));
			await eventually(() => shown() >= 100, 'all 100 lines', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {before: 20, 'old-fd': 50, 'new-file': 30});
			expect(timesOpen(`${file}.1`)).toBe(2);
			// Lines the writer adds while the old file is idle but not yet let go still count.
			await writer.write(line('late0'));
			await eventually(() => convs().has('late0'), 'a late line to the rotated file', PATIENCE_MS);
			passIdleTime();
			await eventually(() => timesOpen(`${file}.1`) === 1, 'the idle rotated file to be let go', PATIENCE_MS);
			await reopened.write(line('after0'));
			await eventually(() => convs().has('after0'), 'a line to the new file afterwards', PATIENCE_MS);
			expectEachOnce(convs(), shown(), {before: 20, 'old-fd': 50, 'new-file': 30, late: 1, after: 1});
			await reopened.close();
		} finally {
			await writer.close();
			await session.stop();
		}
	});

	it('is kept, whatever its new name, until a new file appears at the old one, however long it was idle', async () => {
		const dir = await tempDir();
		const elsewhere = await tempDir();
		const file = path.join(dir, 'ahao.log');
		const moved = path.join(elsewhere, 'ahao.log.old');
		const writer = await open(file, 'a');
		await writer.write(lines('before', 10));
		const {session, shown, convs, passIdleTime} = await follow([dir]);
		try {
			await eventually(() => shown() === 10, 'the first lines', PATIENCE_MS);
			await rename(file, moved); // logrotate's `nocreate`, into another folder
			await writer.write(lines('moved', 10));
			await eventually(() => shown() === 20, 'the lines written after the rename', PATIENCE_MS).catch(() => undefined);
			passIdleTime();
			// Idle long enough, but no new file yet: the writer may not have been told; keep reading.
			await writer.write(lines('idle', 10));
			await eventually(() => shown() === 30, 'lines after the idle time', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {before: 10, moved: 10, idle: 10});
			expect(timesOpen(moved)).toBe(2);
			await writeFile(file, lines('new', 5)); // the writer reopens by name
			passIdleTime();
			await eventually(() => timesOpen(moved) === 1, 'the moved file to be let go', PATIENCE_MS);
			await eventually(() => shown() === 35, 'the new file', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {before: 10, moved: 10, idle: 10, new: 5});
		} finally {
			await writer.close();
			await session.stop();
		}
	});

	it('loses no line in a rename storm (a rename every 10 ms while the writer writes)', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'lingling.jsonl');
		// Round and round: away under logrotate's names, and back under the followed one.
		const names = [`${file}.1`, `${file}.2`, file, path.join(dir, 'lingling-2026-11-22.jsonl'), file];
		const writer = await open(file, 'a');
		const {session, shown, convs} = await follow([dir]);
		let at = file;
		let renames = 0;
		const storm = setInterval(() => {
			const to = names[renames % names.length]!;
			renames += 1;
			if (to === at) return;
			try {
				renameSync(at, to);
				at = to;
			} catch {
				// Never happens: one renamer, and it waits for each rename.
			}
		}, 10);
		try {
			const total = 1500;
			for (let i = 0; i < total; i += 1) {
				await writer.write(line(`storm${i}`));
				if (i % 10 === 9) await pause(3); // the writer's own pace: 1500 lines take ~0.5–1 s
			}
			clearInterval(storm);
			await eventually(() => shown() >= total, `all ${total} lines`, PATIENCE_MS).catch(() => undefined);
			expect(renames).toBeGreaterThan(20);
			expectEachOnce(convs(), shown(), {storm: total});
		} finally {
			clearInterval(storm);
			await writer.close();
			await session.stop();
		}
	}, 60_000);
});

describe('a rename storm with a new file each time (logrotate `create` every 10 ms)', () => {
	const tempDir = useTempDirs();

	it('loses no line, the writer reopening by name a moment after each rotation', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'tingting.jsonl');
		let writer = await open(file, 'a');
		const {session, shown, convs} = await follow([dir]);
		let rotations = 0;
		let stale: typeof writer | undefined;
		try {
			const total = 1500;
			let rotatedAt = Date.now();
			for (let i = 0; i < total; i += 1) {
				await writer.write(line(`storm${i}`));
				if (i % 10 === 9) await pause(2);
				if (Date.now() - rotatedAt >= 10) {
					rotations += 1;
					rotatedAt = Date.now();
					renameSync(file, `${file}.${rotations}`);
					writeFileSync(file, '');
					// The writer is told later: a few more lines go to the old file first.
					stale = writer;
					writer = await open(file, 'a');
					for (let j = 0; j < 3 && i + 1 < total; j += 1) await stale.write(line(`storm${++i}`));
					await stale.close();
				}
			}
			await eventually(() => shown() >= total, `all ${total} lines`, PATIENCE_MS).catch(() => undefined);
			expect(rotations).toBeGreaterThan(20);
			expectEachOnce(convs(), shown(), {storm: total});
		} finally {
			await writer.close();
			await session.stop();
		}
	}, 60_000);
});

describe('a copy of a followed file (logrotate `copytruncate`)', () => {
	const tempDir = useTempDirs();

	it('is not read again when the file is later made anew at its name', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'dawei.jsonl');
		await writeFile(file, lines('before', 10));
		const {session, shown, convs} = await follow([dir]);
		try {
			await eventually(() => shown() === 10, 'the first lines', PATIENCE_MS);
			execFileSync('cp', [file, `${file}.1`]);
			await writeFile(file, lines('truncated', 5)); // truncated in place, then written
			await eventually(() => shown() === 15, 'the lines after the truncation', PATIENCE_MS).catch(() => undefined);
			// The scenario: the file is written to, and so seen at its name, a moment after the copy
			// (within a clock tick of it, file times cannot tell which came first).
			await pause(50);
			await appendFile(file, lines('later', 5));
			await eventually(() => shown() === 20, 'the line after the copy', PATIENCE_MS).catch(() => undefined);
			await rm(file);
			await writeFile(file, lines('anew', 5));
			await eventually(() => shown() >= 25, 'the file made anew', PATIENCE_MS).catch(() => undefined);
			// Were the copy taken for a rotated file missed, its ten lines would come again.
			await pause(1_100);
			expectEachOnce(convs(), shown(), {before: 10, truncated: 5, later: 5, anew: 5});
		} finally {
			await session.stop();
		}
	});
});

describe('a watched folder deleted and made again', () => {
	const tempDir = useTempDirs();

	it('is said to be gone while it is, then followed again, files, sub-folders and appends', async () => {
		const parent = await tempDir();
		const dir = path.join(parent, 'logs');
		await mkdir(dir);
		await writeFile(path.join(dir, 'xiaomei.jsonl'), lines('first', 10));
		const {session, shown, convs} = await follow([dir]);
		try {
			await eventually(() => shown() === 10, 'the first lines', PATIENCE_MS);
			expect(session.missingPaths).toEqual([]);
			await rm(dir, {recursive: true});
			await eventually(() => session.missingPaths.includes(dir), 'the folder said to be gone', PATIENCE_MS);
			await mkdir(path.join(dir, 'night'), {recursive: true});
			await writeFile(path.join(dir, 'xiaomei.jsonl'), lines('again', 10));
			await writeFile(path.join(dir, 'night', 'ahao.jsonl'), lines('night', 10));
			await eventually(() => shown() === 30, 'the files in the folder made again', PATIENCE_MS).catch(() => undefined);
			expect(session.missingPaths).toEqual([]);
			await appendFile(path.join(dir, 'xiaomei.jsonl'), lines('append', 10));
			await appendFile(path.join(dir, 'night', 'ahao.jsonl'), lines('nightappend', 10));
			await writeFile(path.join(dir, 'dawei.log'), lines('newfile', 10));
			await eventually(() => shown() === 60, 'appends and a new file afterwards', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {first: 10, again: 10, night: 10, append: 10, nightappend: 10, newfile: 10});
		} finally {
			await session.stop();
		}
	});

	it('follows a sub-folder deleted and made again too', async () => {
		const dir = await tempDir();
		await mkdir(path.join(dir, 'team'));
		await writeFile(path.join(dir, 'team', 'a.jsonl'), lines('first', 5));
		const {session, shown, convs} = await follow([dir]);
		try {
			await eventually(() => shown() === 5, 'the first lines', PATIENCE_MS);
			await rm(path.join(dir, 'team'), {recursive: true});
			// The scenario: a moment between each step (chokidar, not following links, does not see
			// into a folder made again unless told).
			await pause(300);
			await mkdir(path.join(dir, 'team'));
			await pause(300);
			await writeFile(path.join(dir, 'team', 'b.jsonl'), lines('again', 5));
			await eventually(() => shown() === 10, 'the new file in the sub-folder', PATIENCE_MS).catch(() => undefined);
			await appendFile(path.join(dir, 'team', 'b.jsonl'), lines('append', 5));
			await eventually(() => shown() === 15, 'its appends', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {first: 5, again: 5, append: 5});
		} finally {
			await session.stop();
		}
	});
});

/** True when no process holds the FIFO open for reading: opening it to write without blocking then fails. */
function unreadFifo(fifo: string): boolean {
	try {
		closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENXIO';
	}
}

describe('FIFOs, sockets and devices in a watched folder', () => {
	const tempDir = useTempDirs();
	const asRoot = process.getuid?.() === 0;

	it('are never opened, there at the start or made later, and neither stop following nor closing', async () => {
		const dir = await tempDir();
		const fifos = ['a.jsonl', 'b.log', 'c.jsonl', 'd.log'].map(name => path.join(dir, name));
		for (const fifo of fifos) execFileSync('mkfifo', [fifo]);
		const socket = net.createServer().listen(path.join(dir, 'sock.jsonl'));
		await new Promise(resolve => socket.once('listening', resolve));
		if (asRoot)
			execFileSync('mknod', [path.join(dir, 'zero.log'), 'c', '1', '5']); // /dev/zero: endless NULs if read
		else console.warn('SKIPPED part: not root, so no device node is made in the watched folder (mknod needs root)');
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, lines('start', 10));
		const {session, shown, convs} = await follow([dir]);
		try {
			await eventually(() => shown() === 10, 'the regular file', PATIENCE_MS);
			const later = ['e.jsonl', 'f.log', 'g.jsonl', 'h.log'].map(name => path.join(dir, name));
			for (const fifo of later) execFileSync('mkfifo', [fifo]);
			await writeFile(path.join(dir, 'ahao.jsonl'), lines('newfile', 10));
			await appendFile(file, lines('append', 10));
			// Four FIFOs opened would hold all four of libuv's threads: nothing more would be read.
			await eventually(() => shown() === 30, 'lines after the FIFOs appeared', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {start: 10, newfile: 10, append: 10});
			expect([...fifos, ...later].filter(fifo => !unreadFifo(fifo))).toEqual([]);
			expect(session.badLines).toEqual([]);
		} finally {
			const started = Date.now();
			await session.stop();
			expect(Date.now() - started).toBeLessThan(5_000);
			socket.close();
		}
	});
});

describe('symbolic links in a watched folder', () => {
	const tempDir = useTempDirs();

	it('are followed once by their real path, and two nested loops cost nothing', async () => {
		const dir = await tempDir();
		const outside = await tempDir();
		await mkdir(path.join(dir, 'a', 'b'), {recursive: true});
		await symlink('..', path.join(dir, 'a', 'b', 'up')); // a/b/up → a
		await symlink('../a', path.join(dir, 'a', 'loop')); // a/loop → a
		await symlink('.', path.join(dir, 'self'));
		await writeFile(path.join(dir, 'a', 'xiaomei.jsonl'), lines('inside', 10));
		await symlink(path.join(dir, 'a', 'xiaomei.jsonl'), path.join(dir, 'again.jsonl')); // a second name for it
		await mkdir(path.join(outside, 'night'));
		await writeFile(path.join(outside, 'night', 'ahao.jsonl'), lines('linkeddir', 10));
		await writeFile(path.join(outside, 'dawei.jsonl'), lines('linkedfile', 10));
		await symlink(path.join(outside, 'night'), path.join(dir, 'night'));
		await symlink(path.join(outside, 'night'), path.join(dir, 'a', 'night-again'));
		await symlink(path.join(outside, 'dawei.jsonl'), path.join(dir, 'dawei.jsonl'));
		const rssBefore = process.memoryUsage().rss;
		const {session, shown, convs} = await follow([dir]);
		try {
			await eventually(() => shown() >= 30, 'the files, the linked ones too', PATIENCE_MS).catch(() => undefined);
			await appendFile(path.join(dir, 'a', 'xiaomei.jsonl'), lines('insideappend', 5));
			await appendFile(path.join(outside, 'night', 'ahao.jsonl'), lines('linkeddirappend', 5));
			await appendFile(path.join(outside, 'dawei.jsonl'), lines('linkedfileappend', 5));
			await writeFile(path.join(outside, 'night', 'lingling.jsonl'), lines('linkeddirnew', 5));
			await eventually(() => shown() >= 50, 'the appends, each once', PATIENCE_MS).catch(() => undefined);
			// Time for a loop to grow, were it followed (chokidar grew by ~40 MB a second): two sweeps of the folders.
			await pause(2_100);
			expectEachOnce(convs(), shown(), {inside: 10, linkeddir: 10, linkedfile: 10, insideappend: 5, linkeddirappend: 5, linkedfileappend: 5, linkeddirnew: 5});
			expect(session.badLines).toEqual([]);
			expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
		} finally {
			await session.stop();
		}
	}, 60_000);
});

describe('a folder given by a symbolic link', () => {
	const tempDir = useTempDirs();

	it('is followed by its real path: its files, appends and new files, each once', async () => {
		const real = await tempDir();
		const links = await tempDir();
		await writeFile(path.join(real, 'xiaomei.jsonl'), lines('first', 5));
		await symlink(real, path.join(links, 'logs'));
		const {session, shown, convs} = await follow([path.join(links, 'logs')]);
		try {
			await eventually(() => shown() === 5, 'the first lines', PATIENCE_MS);
			await appendFile(path.join(real, 'xiaomei.jsonl'), lines('append', 5));
			await writeFile(path.join(real, 'ahao.jsonl'), lines('newfile', 5));
			await eventually(() => shown() >= 15, 'the append and the new file', PATIENCE_MS).catch(() => undefined);
			expectEachOnce(convs(), shown(), {first: 5, append: 5, newfile: 5});
		} finally {
			await session.stop();
		}
	});
});

describe('files made while following starts', () => {
	const tempDir = useTempDirs();

	it('are read, made between the first list of the folder and the watcher being ready', async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, 'xiaomei.jsonl'), lines('before', 5));
		const messages: ChatMessage[] = [];
		const bad: BadLine[] = [];
		let made = 0;
		const reader = new LogReader(
			{
				message: m => messages.push(m),
				badLine: b => bad.push(b),
				// Told first right after the folder was listed, last before the watcher is waited for.
				progress: ({files, totalFiles}) => {
					if (files === 0) writeFileSync(path.join(dir, 'ahao.jsonl'), lines('listed', 5));
					if (files === totalFiles) {
						mkdirSync(path.join(dir, 'night'));
						writeFileSync(path.join(dir, 'night', 'lingling.log'), lines('loaded', 5));
					}
					made += 1;
				},
			},
			{tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo'},
		);
		await reader.follow([dir]);
		try {
			await eventually(() => messages.length >= 15, 'the files made during start-up', PATIENCE_MS).catch(() => undefined);
			expect(made).toBeGreaterThan(1);
			const convs = new Set(messages.map(m => m.conv));
			expectEachOnce(convs, messages.length, {before: 5, listed: 5, loaded: 5});
			expect(bad).toEqual([]);
		} finally {
			await reader.close();
		}
	});
});
