import {spawn, type ChildProcess} from 'node:child_process';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {RecordFile} from '../../source/store/record-file.js';

// KEFU_STORE_WRITER points the trials at another writer (such as the store before issue 13, to
// see that they catch its losses); by default the real store as built.
const WRITER = process.env['KEFU_STORE_WRITER'] ?? fileURLToPath(new URL('../helpers/append-writer.mjs', import.meta.url));

/** One writer process and what it acknowledged (ids printed after their append resolved). */
export interface Writer {
	name: string;
	child: ChildProcess;
	acked: string[];
	stderr: string;
	killed: boolean;
	exited: Promise<number | null>;
}

/**
 * Many writer processes appending to one records file through the real store (built dist),
 * with hooks to kill or pause them as the acknowledgements come in.
 */
export class WriterSwarm {
	readonly writers: Writer[] = [];
	readonly lockFile: string;
	private acks = 0;
	/** When each acknowledgement came, ms since start(). */
	readonly ackTimes: number[] = [];
	private startedAt = 0;
	private readonly listeners: ((total: number) => void)[] = [];

	constructor(readonly file: string) {
		this.lockFile = new RecordFile(file).lockFile;
	}

	/** Starts the writers, letting the acknowledgements of the first in between (spawning is slow on a busy machine). */
	async start(count: number, appendsEach: number, lockWaitMs: (index: number) => number): Promise<void> {
		this.startedAt = Date.now();
		for (let i = 0; i < count; i += 1) {
			this.writers.push(this.spawnWriter(`w${i}`, appendsEach, lockWaitMs(i)));
			await new Promise(resolve => setImmediate(resolve));
		}
	}

	/** Called with the running total after every acknowledgement. */
	onAck(listener: (total: number) => void): void {
		this.listeners.push(listener);
	}

	get acknowledged(): string[] {
		return this.writers.flatMap(writer => writer.acked);
	}

	/** Where the time went: the first and last acknowledgement and the longest gap between two, in s. */
	timing(): string {
		const times = this.ackTimes;
		let gap = 0;
		for (let i = 1; i < times.length; i += 1) gap = Math.max(gap, times[i]! - times[i - 1]!);
		const s = (ms: number) => (ms / 1000).toFixed(1);
		return `first ack ${s(times[0] ?? 0)} s, last ${s(times.at(-1) ?? 0)} s, longest gap ${s(gap)} s`;
	}

	alive(): Writer[] {
		return this.writers.filter(writer => writer.child.exitCode === null && writer.child.signalCode === null);
	}

	/** The writer holding the lock, as the kernel says (Linux: the lock shows in the fdinfo of the file that holds it). */
	kernelHolder(): Writer | undefined {
		let inode: number;
		try {
			inode = statSync(this.lockFile).ino;
		} catch {
			return undefined;
		}
		return this.alive().find(writer => holdsLock(writer.child.pid!, inode));
	}

	kill(writer: Writer): void {
		writer.killed = true;
		writer.child.kill('SIGKILL');
	}

	async finished(): Promise<(number | null)[]> {
		return Promise.all(this.writers.map(writer => writer.exited));
	}

	private spawnWriter(name: string, appendsEach: number, lockWaitMs: number): Writer {
		const child = spawn(process.execPath, [WRITER, this.file, name, String(appendsEach), String(lockWaitMs)], {stdio: ['ignore', 'pipe', 'pipe']});
		const writer: Writer = {name, child, acked: [], stderr: '', killed: false, exited: new Promise(resolve => child.once('close', code => resolve(code)))};
		let pending = '';
		child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
			const lines = (pending + chunk).split('\n');
			pending = lines.pop() ?? '';
			for (const id of lines) {
				writer.acked.push(id);
				this.acks += 1;
				this.ackTimes.push(Date.now() - this.startedAt);
				for (const listener of this.listeners) listener(this.acks);
			}
		});
		child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (writer.stderr += chunk));
		return writer;
	}
}

/** Whether process `pid` holds an OFD write lock on the file with inode `inode` (granted, not waiting). */
export function holdsLock(pid: number, inode: number): boolean {
	let fds: string[];
	try {
		fds = readdirSync(`/proc/${pid}/fdinfo`);
	} catch {
		return false;
	}
	const held = new RegExp(`^lock:\\s+\\d+: OFDLCK\\s+ADVISORY\\s+WRITE .*:${inode} `, 'm');
	return fds.some(fd => held.test(readText(`/proc/${pid}/fdinfo/${fd}`)));
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

/** Random integers in [low, high], sorted, from a seeded generator so a failing trial can be told. */
export function sortedRandom(count: number, low: number, high: number, random: () => number): number[] {
	return Array.from({length: count}, () => low + Math.floor(random() * (high - low + 1))).sort((a, b) => a - b);
}
