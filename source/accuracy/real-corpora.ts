import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import type {Platform} from '../model/message.js';

/** One shop-side line of a public corpus, as the shop wrote it. */
export interface RealLine {
	corpus: string;
	text: string;
}

/** A public corpus and the platforms its lines are checked as (corpora/README.md). */
export interface RealCorpus {
	name: string;
	file: string;
	platforms: Platform[];
	/** The shop-side text of a row, or undefined for a buyer's row. */
	shopText: (columns: string[]) => string | undefined;
}

export const REAL_CORPORA: readonly RealCorpus[] = [
	{name: 'jddc', file: 'jddc2019-chat_0.1per.txt.gz', platforms: ['jd'], shopText: columns => (columns[2] === '1' ? columns.at(-1) : undefined)},
	{name: 'ecd', file: 'ecd.txt.gz', platforms: ['taobao', 'tmall'], shopText: columns => unsegmented(columns.at(-1) ?? '')},
	{name: 'ecd_train', file: 'ecd_train.txt.gz', platforms: ['taobao', 'tmall'], shopText: columns => unsegmented(columns.at(-1) ?? '')},
];

/** ECD is segmented with spaces: they go, except between two Latin letters or digits. */
export function unsegmented(text: string): string {
	return text.trim().replace(/ +/g, (spaces, offset: number, whole: string) => {
		const before = whole[offset - 1] ?? '';
		const after = whole[offset + spaces.length] ?? '';
		return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
	});
}

/** The shop-side lines of one corpus, in order; empty lines left out. */
export function readRealCorpus(corpus: RealCorpus, dir: string): RealLine[] {
	const text = gunzipSync(readFileSync(path.join(dir, corpus.file))).toString('utf8');
	const lines: RealLine[] = [];
	for (const row of text.split('\n')) {
		const shop = corpus.shopText(row.split('\t'));
		if (shop !== undefined && shop.trim() !== '') lines.push({corpus: corpus.name, text: shop});
	}
	return lines;
}
