import {createWriteStream} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {seededRandom} from '../dist/demo/seeded-random.js';
import {dayTexts} from './day-texts.js';
import {formatIsoInZone, type Zone} from '../dist/time/zone.js';

export interface DayOptions {
	dir: string;
	messages: number;
	files: number;
	tz: Zone;
	/** Local midnight of the day, epoch ms. */
	dayStart: number;
}

/** One reply in this many comes after 5–8 minutes (a busy agent), breaching the 5-minute clock. */
const LATE_REPLY_EVERY = 100;
/** One conversation in this many ends with the buyer's last line unanswered (a transfer line instead). */
const UNANSWERED_EVERY = 200;

/**
 * Writes a day of chat logs: `files` agents, conversations alternating buyer lines and replies
 * (a bot answers some first), most replies within seconds, some late, a few never.
 */
export async function generateDay(options: DayOptions): Promise<string[]> {
	await mkdir(options.dir, {recursive: true});
	const rand = seededRandom(42);
	const texts = dayTexts(rand);
	const perFile = Math.ceil(options.messages / options.files);
	const written: string[] = [];
	for (let f = 0; f < options.files; f += 1) {
		const file = path.join(options.dir, `agent${String(f).padStart(2, '0')}.jsonl`);
		const out = createWriteStream(file);
		let ts = options.dayStart + 8 * 3_600_000;
		let conv = 0;
		for (let i = 0; i < perFile; i += 1) {
			if (i % 8 === 0) conv += 1;
			// 10.5 hours of quick turns and the late replies' minutes: the day runs from 08:00 to about 22:00–23:30.
			ts += Math.floor(rand() * ((10.5 * 3_600_000) / perFile) * 2);
			const speaker = i % 2 === 0 ? 'buyer' : i % 8 === 1 && rand() < 0.3 ? 'bot' : 'agent';
			if (speaker === 'agent' && rand() < 1 / LATE_REPLY_EVERY) ts += 300_000 + Math.floor(rand() * 180_000);
			const unanswered = i % 8 === 7 && rand() < 1 / UNANSWERED_EVERY;
			const from = unanswered ? 'system' : speaker;
			const text = unanswered ? '会话已转接至售后' : texts[speaker]();
			const line = {ts: formatIsoInZone(ts, options.tz), conv: `${f}-${conv}`, from, buyer: `pdd_${f}_${conv}`, shop: 'flagship', text};
			if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
		}
		await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
		written.push(file);
	}
	return written;
}
