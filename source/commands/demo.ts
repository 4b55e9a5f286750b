import {mkdir, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {startLiveAgents, writeBacklog} from '../demo/simulator.js';
import {catalog} from '../i18n/catalog.js';
import {wallTime, Zone} from '../time/zone.js';
import type {CommonOptions} from './common-options.js';
import {KEEP_TEXTS_MS, openSession} from './load-board.js';
import {printOnce, runLive, staleMs} from './watch.js';
import {UsageError} from './usage-error.js';
import {inertText} from '../text/inert-text.js';

export interface DemoFlags {
	dir?: string;
	/** `--db` when given; otherwise the demo keeps its records beside its logs. */
	db?: string;
	once: boolean;
	width?: number;
	stale?: number;
	tzGiven: boolean;
}

/** Simulated agents write live logs into a folder, and the board watches it. */
export async function demoCommand(flags: DemoFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	if (!flags.once && !(process.stdin.isTTY && process.stdout.isTTY)) throw new UsageError(text.cli.needsTty);
	const dir = flags.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-demo-')));
	await mkdir(dir, {recursive: true});
	const tz = flags.tzGiven ? options.tz : demoZone(options.clock());
	const demoOptions = {...options, tz};
	await writeBacklog({dir, tz, now: options.clock});
	const session = await openSession([dir], {...demoOptions, db: flags.db ?? path.join(dir, 'db.json'), keepTextsMs: KEEP_TEXTS_MS, staleMs: staleMs(flags.stale, text)});
	if (flags.once) return printOnce(session, flags, demoOptions);
	const agents = startLiveAgents({dir, tz, now: options.clock});
	try {
		return await runLive(session, demoOptions, text.cli.demoDir(dir));
	} finally {
		agents.stop();
		process.stderr.write(`${inertText(text.cli.demoDir(dir))}\n`);
	}
}

/**
 * The shop's reply rules only count 08:00–23:00. At night in China the demo would show no
 * deadlines at all, so it then runs its shop in a zone where it is now mid-afternoon.
 */
export function demoZone(now: number): Zone {
	const preferred = new Zone('Asia/Shanghai');
	const isDaytime = (tz: Zone) => {
		const {hour} = wallTime(now, tz);
		return hour >= 11 && hour < 21;
	};
	if (isDaytime(preferred)) return preferred;
	for (let offset = -12; offset <= 14; offset += 1) {
		// POSIX-style names invert the sign: Etc/GMT-8 is UTC+8.
		const zone = new Zone(offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`);
		if (wallTime(now, zone).hour === 15) return zone;
	}
	return preferred;
}
