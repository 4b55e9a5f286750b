import {existsSync, readFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {BUYER_CATEGORIES, type BuyerCategory} from '../../source/alerts/buyer-signals.js';
import {complaintWords} from '../../source/alerts/complaint-words.js';
import {message} from '../helpers/messages.js';

const LABELLED = fileURLToPath(new URL('../fixtures/buyer-signals/labelled.jsonl', import.meta.url));
const JDDC = fileURLToPath(new URL('../../../shared/corpora/jddc2019-chat_0.1per.txt.gz', import.meta.url));

const categoriesOf = (text: string) => complaintWords(message('buyer', '10:00:00', {text})).map(signal => signal.category);

describe('the minimal buyer-rule pass (until the packs carry buyer rules)', () => {
	it('finds complaints and bad-review threats in a set labelled before the rules were written, negations left alone', () => {
		const rows = readFileSync(LABELLED, 'utf8')
			.trim()
			.split('\n')
			.map(line => JSON.parse(line) as {text: string; categories: BuyerCategory[]});
		const score = Object.fromEntries(BUYER_CATEGORIES.map(c => [c, {tp: 0, fp: 0, fn: 0}]));
		const misses: string[] = [];
		for (const {text, categories} of rows) {
			const found = categoriesOf(text);
			for (const category of BUYER_CATEGORIES) {
				const want = categories.includes(category);
				const got = found.includes(category);
				if (want && got) score[category]!.tp += 1;
				else if (got) {
					score[category]!.fp += 1;
					misses.push(`false ${category}: ${text}`);
				} else if (want) {
					score[category]!.fn += 1;
					misses.push(`missed ${category}: ${text}`);
				}
			}
		}
		const figures = Object.entries(score).map(([c, {tp, fp, fn}]) => `${c} P=${(tp / (tp + fp || 1)).toFixed(2)} R=${(tp / (tp + fn || 1)).toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})`);
		console.log(`buyer signals on ${rows.length} labelled lines:\n  ${figures.join('\n  ')}\n  ${misses.join('\n  ')}`);
		for (const category of ['complaint', 'bad-review'] as const) {
			const {tp, fp, fn} = score[category]!;
			expect(tp / (tp + fp), `${category} precision`).toBeGreaterThanOrEqual(0.85);
			expect(tp / (tp + fn), `${category} recall`).toBeGreaterThanOrEqual(0.85);
		}
		expect(categoriesOf('不会投诉的,放心')).toEqual([]);
		expect(categoriesOf('我要打12315投诉你们')).toEqual(['complaint']);
	});

	it.skipIf(!existsSync(JDDC))('flags almost none of the real JD buyer lines, which are nearly all ordinary questions', () => {
		const lines = gunzipSync(readFileSync(JDDC))
			.toString('utf8')
			.split('\n')
			.map(row => row.split('\t'))
			.filter(cols => cols[2] === '0')
			.map(cols => cols.at(-1)!);
		const flagged = lines.filter(text => categoriesOf(text).length > 0);
		console.log(`buyer signals in ${lines.length} real JDDC buyer lines: ${flagged.length}\n  ${flagged.join('\n  ')}`);
		expect(lines.length).toBeGreaterThan(5000);
		expect(flagged.length).toBeLessThanOrEqual(3);
	});
});
