import fs from 'node:fs';
import {promisify} from 'node:util';

/**
 * The calls a file cursor makes, by file descriptor. In the background (libuv's threads) while
 * a screen must keep answering; blocking for a command that reads once and has nothing else to
 * do meanwhile: there a call in the background only adds a round trip through the event loop.
 */
export interface FileAccess {
	open(path: string): Promise<number>;
	/** The open file's inode and size. */
	describe(fd: number): Promise<{ino: number; size: number}>;
	/** The inode of the file now at `path`; undefined when nothing is there. */
	inodeAt(path: string): Promise<number | undefined>;
	read(fd: number, buffer: Buffer, length: number, position: number): Promise<number>;
	close(fd: number): Promise<void>;
}

const openInBackground = promisify(fs.open);
const fstatInBackground = promisify(fs.fstat);
const statInBackground = promisify(fs.stat);
const readInBackground = promisify(fs.read);
const closeInBackground = promisify(fs.close);

export const IN_BACKGROUND: FileAccess = {
	open: path => openInBackground(path, 'r'),
	describe: fd => fstatInBackground(fd),
	inodeAt: path => statInBackground(path).then(({ino}) => ino, () => undefined),
	read: async (fd, buffer, length, position) => (await readInBackground(fd, buffer, 0, length, position)).bytesRead,
	close: fd => closeInBackground(fd),
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
};
