import fs from 'node:fs';
import {lstat, readdir} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';

/**
 * The calls a file cursor makes, by file descriptor. In the background (libuv's threads) while
 * a screen must keep answering; blocking for a command that reads once and has nothing else to
 * do meanwhile: there a call in the background only adds a round trip through the event loop.
 */
export interface FileAccess {
	open(path: string): Promise<number>;
	/** The open file's inode, size, number of names (0 once deleted) and when it was made. */
	describe(fd: number): Promise<FileFacts>;
	/** The inode of the file now at `path`; undefined when nothing is there. */
	inodeAt(path: string): Promise<number | undefined>;
	read(fd: number, buffer: Buffer, length: number, position: number): Promise<number>;
	close(fd: number): Promise<void>;
	/** The regular files in the folder of `path`, it too: where a file rotated away may be. */
	neighbours(path: string): Promise<Neighbour[]>;
}

export interface FileFacts {
	ino: number;
	size: number;
	nlink: number;
	/** 0 where the filesystem does not keep it. */
	birthtimeMs: number;
}

export interface Neighbour {
	path: string;
	ino: number;
	birthtimeMs: number;
}

async function neighbours(file: string): Promise<Neighbour[]> {
	const folder = path.dirname(file);
	const names = await readdir(folder).catch(() => []);
	const found = await Promise.all(
		names.map(async name => {
			const info = await lstat(path.join(folder, name)).catch(() => undefined);
			return info?.isFile() ? {path: path.join(folder, name), ino: info.ino, birthtimeMs: info.birthtimeMs} : undefined;
		}),
	);
	return found.filter(neighbour => neighbour !== undefined);
}

/** Following meets a FIFO, socket or device where a log should be: it is never opened. */
export class NotRegularFileError extends Error {
	readonly code = 'ENOTREGULAR';
	constructor(readonly path: string) {
		super(`${path}: not a regular file`);
	}
}

const openInBackground = promisify(fs.open);
const fstatInBackground = promisify(fs.fstat);
const statInBackground = promisify(fs.stat);
const readInBackground = promisify(fs.read);
const closeInBackground = promisify(fs.close);

/**
 * Looked at before it is opened: opening a FIFO waits for a writer and holds one of libuv's four
 * threads meanwhile (four of them stopped all reading). Opened without blocking all the same, in
 * case it was replaced in between, and let go if it is not a regular file after all.
 */
async function openRegular(file: string): Promise<number> {
	if (!(await statInBackground(file)).isFile()) throw new NotRegularFileError(file);
	const fd = await openInBackground(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	if ((await fstatInBackground(fd).catch(() => undefined))?.isFile()) return fd;
	await closeInBackground(fd).catch(() => undefined);
	throw new NotRegularFileError(file);
}

export const IN_BACKGROUND: FileAccess = {
	open: openRegular,
	describe: fd => fstatInBackground(fd),
	inodeAt: path =>
		statInBackground(path).then(
			({ino}) => ino,
			() => undefined,
		),
	read: async (fd, buffer, length, position) => (await readInBackground(fd, buffer, 0, length, position)).bytesRead,
	close: fd => closeInBackground(fd),
	neighbours,
};

export const BLOCKING: FileAccess = {
	open: async path => fs.openSync(path, 'r'),
	describe: async fd => fs.fstatSync(fd),
	inodeAt: async path => {
		try {
			return fs.statSync(path).ino;
		} catch {
			return undefined;
		}
	},
	read: async (fd, buffer, length, position) => fs.readSync(fd, buffer, 0, length, position),
	close: async fd => fs.closeSync(fd),
	neighbours,
};
