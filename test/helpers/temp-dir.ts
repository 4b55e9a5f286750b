import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

/** A fresh folder per test, removed afterwards. */
export function useTempDirs(): () => Promise<string> {
	const made: string[] = [];
	afterEach(async () => {
		await Promise.all(made.splice(0).map(dir => rm(dir, {recursive: true, force: true})));
	});
	return async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-test-'));
		made.push(dir);
		return dir;
	};
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs` (generous: the suite runs on loaded 2-core machines). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}
