import {randomBytes} from 'node:crypto';
import {open, readdir, rename, unlink} from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `file` with `text` so that a crash at any point leaves either the old file or the
 * new one, whole: a temp file named for this writer alone (pid + random — two writers sharing
 * one temp name once interleaved their bytes), written, fsync'ed, renamed over the file, and
 * the folder fsync'ed so that the rename itself survives a power cut. steno, lowdb's writer,
 * uses one temp name per file and never fsyncs, hence this. Keeps the file's mode.
 */
export async function replaceFile(file: string, text: string, mode: number | undefined): Promise<void> {
	const dir = path.dirname(file);
	const temp = path.join(dir, `${tempPrefix(file)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		const handle = await open(temp, 'wx', mode ?? 0o666);
		try {
			if (mode !== undefined) await handle.chmod(mode);
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temp, file);
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		throw error;
	}
	await syncFolder(dir);
}

/**
 * Removes temp files that writers killed mid-write left behind. Only the lock holder writes a
 * temp file, so while the lock is held every one of them is a dead writer's.
 */
export async function removeLeftTempFiles(file: string): Promise<void> {
	const prefix = tempPrefix(file);
	const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
	const left = names.filter(name => name.startsWith(prefix) && /^\d+\.[0-9a-f]+\.tmp$/.test(name.slice(prefix.length)));
	await Promise.all(left.map(name => unlink(path.join(path.dirname(file), name)).catch(() => undefined)));
}

function tempPrefix(file: string): string {
	return `.${path.basename(file)}.`;
}

async function syncFolder(dir: string): Promise<void> {
	const handle = await open(dir, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
