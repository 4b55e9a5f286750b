import {constants} from 'node:fs';
import {open, readFile, stat, type FileHandle} from 'node:fs/promises';
import os from 'node:os';
import {waitForLock, unlock} from 'fs-native-extensions';
import {fileProblem, RecordFileError} from './record-file-error.js';

/**
 * An exclusive lock held by the kernel: an open-file-description lock (fcntl F_OFD_SETLKW) on
 * a lock file that is never removed. The kernel drops it when its holder exits however it
 * exits (kill -9 included), and never while the holder lives — a paused or swapping writer
 * keeps it, and those waiting wait — so there is no stale lock to take over and no takeover
 * to race. The holder's pid and host are written into the file only to name it when a wait
 * gives up.
 */
export async function withFileLock<T>(lockFile: string, waitMs: number, work: () => Promise<T>): Promise<T> {
	const handle = await acquire(lockFile, waitMs);
	held.add(handle);
	try {
		return await work();
	} finally {
		held.delete(handle);
		unlock(handle.fd);
		await handle.close();
	}
}

/**
 * The handles of the locks this process holds. Without it, a `work` whose promise nothing can
 * settle leaves its handle unreachable, and a collected FileHandle closes its fd — dropping the
 * kernel's lock under a holder that still runs.
 */
const held = new Set<FileHandle>();

async function acquire(lockFile: string, waitMs: number): Promise<FileHandle> {
	const started = Date.now();
	for (;;) {
		const handle = await open(lockFile, constants.O_RDWR | constants.O_CREAT, 0o666).catch((error: unknown) => {
			throw fileProblem(lockFile, error);
		});
		const locked = await lockWithin(handle, waitMs - (Date.now() - started)).catch(async (error: unknown) => {
			await handle.close();
			throw fileProblem(lockFile, error);
		});
		if (!locked) {
			const holder = (await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0];
			throw new RecordFileError(lockFile, {kind: 'locked', holder: holder || '?', waitedMs: Date.now() - started});
		}
		if (await claim(handle, lockFile)) return handle;
	}
}

/**
 * Makes sure the lock we were given guards the lock file's path — someone may have removed or
 * replaced the file while we waited — and names us in it; otherwise lets go, to start again.
 */
async function claim(handle: FileHandle, lockFile: string): Promise<boolean> {
	try {
		if (await isStillTheLockFile(handle, lockFile)) {
			// Written over, then cut to length: a reader never finds it empty.
			const {bytesWritten} = await handle.write(`pid ${process.pid} on ${os.hostname()}\n`, 0);
			await handle.truncate(bytesWritten);
			return true;
		}
	} catch (error) {
		unlock(handle.fd);
		await handle.close();
		throw fileProblem(lockFile, error);
	}
	unlock(handle.fd);
	await handle.close();
	return false;
}

/**
 * Waits up to `ms` for the lock. The kernel's wait cannot be cancelled: when it is given up,
 * the handle belongs to the wait, which releases the lock and closes the file if it comes.
 */
async function lockWithin(handle: FileHandle, ms: number): Promise<boolean> {
	const locked = waitWithRetry(handle).then(() => true);
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<false>(resolve => {
		timer = setTimeout(() => resolve(false), Math.max(0, ms));
	});
	const outcome = await Promise.race([locked, timeout]).finally(() => clearTimeout(timer));
	if (!outcome) {
		locked
			.then(
				() => {
					unlock(handle.fd);
					return handle.close();
				},
				() => handle.close(),
			)
			.catch(() => undefined);
	}
	return outcome;
}

async function waitWithRetry(handle: FileHandle): Promise<void> {
	for (;;) {
		try {
			return await waitForLock(handle.fd);
		} catch (error) {
			// A signal handler interrupted the wait (EINTR): wait again.
			if ((error as NodeJS.ErrnoException).code !== 'EINTR') throw error;
		}
	}
}

async function isStillTheLockFile(handle: FileHandle, lockFile: string): Promise<boolean> {
	const [held, named] = await Promise.all([handle.stat(), stat(lockFile).catch(() => undefined)]);
	return named !== undefined && named.ino === held.ino && named.dev === held.dev;
}
