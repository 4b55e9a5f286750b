import {createWriteStream} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {seededRandom} from '../demo/seeded-random.js';
import {formatIsoInZone} from '../time/zone.js';

export interface DayOptions {
	dir: string;
	messages: number;
	files: number;
	tz: string;
	/** Local midnight of the day, epoch ms. */
	dayStart: number;
}

const BUYER = ['在吗', '这个有货吗?', '什么时候发货', '快递到哪了,三天没动了', '能开发票吗,公司抬头', '衣服有点小,可以换大一码吗', '退款什么时候到账', '这款和那款有什么区别'];
const AGENT = ['亲,在的,请问有什么可以帮您', '有现货的亲,今天下单今天发', '已经帮您催快递了,请耐心等待', '可以开发票的,请提供抬头和税号', '可以换的亲,运费险会帮您承担', '退款已经处理,1-3个工作日到账', '加我微信 abc12345 给您优惠', '这款没货了,亲'];

/** Writes a day of chat logs: `files` agents, conversations alternating buyer and agent lines. */
export async function generateDay(options: DayOptions): Promise<string[]> {
	await mkdir(options.dir, {recursive: true});
	const rand = seededRandom(42);
	const perFile = Math.ceil(options.messages / options.files);
	const written: string[] = [];
	for (let f = 0; f < options.files; f += 1) {
		const file = path.join(options.dir, `agent${String(f).padStart(2, '0')}.jsonl`);
		const out = createWriteStream(file);
		let ts = options.dayStart + 8 * 3_600_000;
		let conv = 0;
		for (let i = 0; i < perFile; i += 1) {
			if (i % 8 === 0) conv += 1;
			ts += Math.floor(rand() * (15 * 3_600_000 / perFile) * 2);
			const fromBuyer = i % 2 === 0;
			const text = (fromBuyer ? BUYER : AGENT)[Math.floor(rand() * 8)]!;
			const line = {ts: formatIsoInZone(ts, options.tz), conv: `${f}-${conv}`, from: fromBuyer ? 'buyer' : 'agent', buyer: `pdd_${f}_${conv}`, shop: 'flagship', text};
			if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
		}
		await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
		written.push(file);
	}
	return written;
}
