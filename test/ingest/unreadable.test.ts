import {spawn} from 'node:child_process';
import {appendFile, chmod, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';

const PROBE = fileURLToPath(new URL('../helpers/follow-probe.mjs', import.meta.url));
const line = (conv: string) => `${JSON.stringify({ts: '2026-11-22T10:00:00+08:00', conv, from: 'buyer', text: '在吗'})}\n`;

// Root reads every file whatever its mode, so as root the follower runs as `nobody`.
const asRoot = process.getuid?.() === 0;

/** The follow probe on `dir`, as `nobody` when root; what it says, one object per line. */
function startProbe(dir: string) {
	const probe = spawn(process.execPath, [PROBE, dir], asRoot ? {uid: 65534, gid: 65534} : {});
	const said: Record<string, unknown>[] = [];
	let buffered = '';
	let errors = '';
	probe.stderr.on('data', (chunk: Buffer) => {
		errors += chunk.toString();
	});
	probe.stdout.on('data', (chunk: Buffer) => {
		buffered += chunk.toString();
		const lines = buffered.split('\n');
		buffered = lines.pop()!;
		for (const text of lines) said.push(JSON.parse(text) as Record<string, unknown>);
	});
	const started = eventually(() => said.some(s => s['following']), 'the follower to start', 10_000).catch((error: Error) => {
		throw new Error(`${error.message}: ${errors}`);
	});
	return {probe, said, started};
}

describe('a log file that cannot be read', () => {
	const tempDir = useTempDirs();

	it('is reported once with its name, as is a folder that cannot be listed; the others are read, and it is read once it can be', async () => {
		assertBuilt();
		const dir = await tempDir();
		await chmod(dir, 0o755);
		const open = path.join(dir, 'xiaomei.jsonl');
		const shut = path.join(dir, 'ahao.jsonl');
		await writeFile(open, line('open-1'), {mode: 0o644});
		await writeFile(shut, line('shut-1'), {mode: 0o600});
		await chmod(shut, asRoot ? 0o600 : 0o000);
		const secret = path.join(dir, 'secret');
		await mkdir(secret, {mode: 0o700});
		await writeFile(path.join(secret, 'lin.jsonl'), line('secret-1'));
		if (!asRoot) await chmod(secret, 0o000);
		const {probe, said, started} = startProbe(dir);
		try {
			await started;
			expect(said.filter(s => s['message'])).toEqual([{message: 'open-1'}]);
			const reports = said.filter(s => s['bad']);
			expect(reports.map(r => r['file']).sort()).toEqual([shut, secret].sort());
			for (const report of reports) expect(report).toMatchObject({line: 0, bad: expect.stringMatching(/cannot read: .*(EACCES|permission denied)/)});
			await chmod(shut, 0o644);
			await eventually(() => said.some(s => s['message'] === 'shut-1'), 'the file to be read once readable', 5000);
			expect(said.filter(s => s['bad'])).toHaveLength(2);
		} finally {
			probe.kill('SIGTERM');
		}
	});

	it('is read, with the files of its folder, once the folder becomes readable, and the folder followed from then on', async () => {
		assertBuilt();
		const dir = await tempDir();
		await chmod(dir, 0o755);
		const shut = path.join(dir, 'night');
		await mkdir(shut, {mode: 0o755});
		await writeFile(path.join(shut, 'lin.jsonl'), line('night-1'), {mode: 0o644});
		await writeFile(path.join(dir, 'xiaomei.jsonl'), line('open-1'), {mode: 0o644});
		await chmod(shut, 0o000);
		const {probe, said, started} = startProbe(dir);
		try {
			await started;
			expect(said.filter(s => s['message'])).toEqual([{message: 'open-1'}]);
			expect(said.filter(s => s['bad']).map(s => s['file'])).toEqual([shut]);
			await chmod(shut, 0o755);
			await eventually(() => said.some(s => s['message'] === 'night-1'), 'the file in the folder become readable', 20_000);
			await writeFile(path.join(shut, 'ahao.jsonl'), line('night-2'), {mode: 0o644});
			await appendFile(path.join(shut, 'lin.jsonl'), line('night-3'));
			await eventually(() => said.some(s => s['message'] === 'night-2') && said.some(s => s['message'] === 'night-3'), 'a new file there and an append', 20_000);
			// Lines in, lines shown: each once.
			expect(
				said
					.filter(s => s['message'])
					.map(s => s['message'])
					.sort(),
			).toEqual(['night-1', 'night-2', 'night-3', 'open-1']);
		} finally {
			probe.kill('SIGTERM');
		}
	}, 60_000);
});
