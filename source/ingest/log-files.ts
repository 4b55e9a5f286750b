import type {Dirent} from 'node:fs';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';

/** Files inside a watched folder that are chat logs. */
export function isLogFileName(filePath: string): boolean {
	return /\.(jsonl|log)$/i.test(filePath);
}

/** `-` on the command line: standard input, read to its end. */
export const STDIN_PATH = '-';

export class MissingPathError extends Error {
	constructor(readonly missingPath: string) {
		super(`${missingPath}: no such file or directory`);
	}
}

/** What a scan of the folders tells besides the files it found. */
export interface ScanReport {
	/** A folder that cannot be listed: left out, the rest are still found. */
	unlistable?(folder: string, error: Error): void;
	/** A folder listed: one that could not be listed before can be now. */
	listed?(folder: string): void;
	/** A folder or file reached through a symbolic link, by its real path. */
	linked?(realPath: string): void;
	/** A path given that is not there: left out instead of failing the scan. */
	missing?(given: string): void;
}

/**
 * The log files named by command-line paths: a file is taken as it is, a folder is searched
 * recursively for `*.jsonl` and `*.log`. Sorted, so every run reads in the same order. A path
 * that does not exist or a folder that cannot be listed is passed to `unlistable` and left out;
 * the rest are still found.
 */
export async function listLogFiles(paths: readonly string[], unlistable: (folder: string, error: Error) => void = () => undefined): Promise<string[]> {
	return scanLogFiles(paths, {unlistable});
}

/**
 * As listLogFiles, saying more. Only regular files are taken from folders (never a FIFO, socket
 * or device: opening one can block for ever). A symbolic link is followed once, by its real path,
 * after every folder reached without links was listed: a file reached both ways keeps its own
 * name, and a link loop costs one `realpath`.
 */
export async function scanLogFiles(paths: readonly string[], report: ScanReport = {}): Promise<string[]> {
	const found = new Set<string>();
	const scan: Scan = {seen: new Set(), links: [], files: found, report};
	for (const given of paths) {
		if (given === STDIN_PATH) {
			found.add(given);
			continue;
		}
		const info = await stat(given).catch((error: Error) => {
			if (report.missing) report.missing(given);
			else if (report.unlistable) report.unlistable(given, error);
			else throw new MissingPathError(given);
			return undefined;
		});
		if (!info) continue;
		if (info.isDirectory()) await walkGiven(given, scan);
		else found.add(given);
	}
	for (let link = scan.links.shift(); link !== undefined; link = scan.links.shift()) await followLink(link, scan);
	return [...found].sort();
}

interface Scan {
	/** Real paths of the folders listed and the files taken. */
	seen: Set<string>;
	/** Links met, followed once the folders reached without them are all listed. */
	links: string[];
	files: Set<string>;
	report: ScanReport;
}

/** A folder given is listed by its name, or by its real path when the name is itself a link (as a link met inside is). */
async function walkGiven(given: string, scan: Scan): Promise<void> {
	const real = await realpath(given).catch(() => path.resolve(given));
	if (scan.seen.has(real)) return;
	if ((await lstat(given).catch(() => undefined))?.isSymbolicLink() !== true) return walk(given, real, scan);
	scan.report.linked?.(real);
	await walk(real, real, scan);
}

async function walk(folder: string, real: string, scan: Scan): Promise<void> {
	scan.seen.add(real);
	let entries: Dirent[];
	try {
		entries = await readdir(folder, {withFileTypes: true});
	} catch (error) {
		scan.report.unlistable?.(folder, error as Error);
		return;
	}
	scan.report.listed?.(folder);
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		const fullReal = path.join(real, entry.name);
		if (entry.isSymbolicLink()) scan.links.push(full);
		else if (entry.isDirectory()) {
			if (!scan.seen.has(fullReal)) await walk(full, fullReal, scan);
		} else if (entry.isFile() && isLogFileName(entry.name) && !scan.seen.has(fullReal)) {
			scan.seen.add(fullReal);
			scan.files.add(full);
		}
	}
}

async function followLink(link: string, scan: Scan): Promise<void> {
	// A dangling link, or a loop the system itself refuses (ELOOP): nothing to follow.
	const real = await realpath(link).catch(() => undefined);
	if (real === undefined || scan.seen.has(real)) return;
	const info = await stat(real).catch(() => undefined);
	if (info?.isDirectory()) {
		scan.report.linked?.(real);
		await walk(real, real, scan);
	} else if (info?.isFile() && isLogFileName(link)) {
		scan.seen.add(real);
		scan.report.linked?.(real);
		scan.files.add(real);
	}
}
