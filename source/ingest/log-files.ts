import {readdir, stat} from 'node:fs/promises';
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

/**
 * The log files named by command-line paths: a file is taken as it is, a folder is searched
 * recursively for `*.jsonl` and `*.log`. Sorted, so every run reads in the same order. A path
 * that does not exist or a folder that cannot be listed is passed to `unlistable` and left out;
 * the rest are still found.
 */
export async function listLogFiles(paths: readonly string[], unlistable: (folder: string, error: Error) => void = () => undefined): Promise<string[]> {
	const found = new Set<string>();
	for (const given of paths) {
		if (given === STDIN_PATH) {
			found.add(given);
			continue;
		}
		const info = await stat(given).catch((error: Error) => {
			unlistable(given, error);
			return undefined;
		});
		if (!info) continue;
		if (info.isDirectory()) for (const file of await walk(given, unlistable)) found.add(file);
		else found.add(given);
	}
	return [...found].sort();
}

async function walk(folder: string, unlistable: (folder: string, error: Error) => void): Promise<string[]> {
	const entries = await readdir(folder, {withFileTypes: true}).catch((error: Error) => {
		unlistable(folder, error);
		return [];
	});
	const files: string[] = [];
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) files.push(...(await walk(full, unlistable)));
		else if (entry.isFile() && isLogFileName(entry.name)) files.push(full);
	}
	return files;
}
