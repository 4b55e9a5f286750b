import {mkdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {Low, type Adapter} from 'lowdb';
import {removeLeftTempFiles, replaceFile} from './atomic-write.js';
import {withFileLock} from './file-lock.js';
import {fileProblem, RecordFileError} from './record-file-error.js';
import {formatRecords, parseRecords} from './records-document.js';
import type {RecordStore} from './store.js';
import {emptyRecords, type RecordKind, type Records} from './records.js';

/** How long an append waits for another writer before saying who holds the file. */
const LOCK_WAIT_MS = 30_000;

export interface RecordFileOptions {
	lockWaitMs?: number;
}

/**
 * The records as one lowdb JSON file (contract §4), shared by several supervisors' TUIs and
 * scripts on one host: each append holds a kernel lock across read-modify-write and replaces
 * the file atomically (docs/records.md).
 */
export class RecordFile implements RecordStore {
	readonly file: string;
	readonly lockFile: string;

	constructor(
		file: string,
		private readonly options: RecordFileOptions = {},
	) {
		this.file = file;
		// Beside the db, never removed: a lock on a file that is renamed over would guard nothing.
		this.lockFile = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
	}

	/** A missing file is empty; one that cannot be read or is not a records document is an error, never "empty". */
	async read(): Promise<Records> {
		return (await new DurableJsonFile(this.file).read()) ?? emptyRecords();
	}

	/** Appends one record under the lock, reading the file fresh first. */
	async append<K extends RecordKind>(kind: K, record: Records[K][number]): Promise<void> {
		const dir = path.dirname(path.resolve(this.file));
		await mkdir(dir, {recursive: true}).catch((error: unknown) => {
			throw fileProblem(dir, error);
		});
		await withFileLock(this.lockFile, this.options.lockWaitMs ?? LOCK_WAIT_MS, async () => {
			const mode = await writableMode(this.file);
			const db = new Low<Records>(new DurableJsonFile(this.file, mode), emptyRecords());
			await db.read();
			(db.data[kind] as Records[K][number][]).push(record);
			await removeLeftTempFiles(this.file);
			await db.write();
		});
	}
}

/** The file's permission bits, or undefined when there is no file yet; a read-only mode is refused. */
async function writableMode(file: string): Promise<number | undefined> {
	const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return undefined;
		throw fileProblem(file, error);
	});
	if (!info) return undefined;
	// Root may write anything; the mode is what the owner said.
	if ((info.mode & 0o222) === 0) throw new RecordFileError(file, {kind: 'readOnly'});
	return info.mode & 0o7777;
}

/**
 * lowdb's adapter for the records file. lowdb's own JSONFile reads `null` as "no file" (so the
 * next write replaced it) and writes through steno's shared temp name without fsync.
 */
class DurableJsonFile implements Adapter<Records> {
	constructor(
		private readonly file: string,
		private readonly mode?: number,
	) {}

	async read(): Promise<Records | null> {
		const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return undefined;
			throw fileProblem(this.file, error);
		});
		return text === undefined ? null : parseRecords(text, this.file);
	}

	async write(records: Records): Promise<void> {
		await replaceFile(this.file, formatRecords(records), this.mode).catch((error: unknown) => {
			throw fileProblem(this.file, error);
		});
	}
}
