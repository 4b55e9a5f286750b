import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {readLabelledCases} from '../../source/accuracy/labelled-cases.js';
import {REAL_CORPORA} from '../../source/accuracy/real-corpora.js';
import {formatRealRuns, runRealCorpora, type RealRun} from '../../source/accuracy/real-flags.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';

/** Real shop replies nobody on the project wrote (shared/corpora/README.md). */
const CORPORA = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
/** Every real line the packs flagged, read by a person and labelled true (its categories) or false ([]), with why. */
const REVIEWED = fileURLToPath(new URL('../fixtures/real/reviewed.jsonl', import.meta.url));
const present = REAL_CORPORA.every(corpus => existsSync(`${CORPORA}${corpus.file}`));
if (!present) console.warn(`SKIPPED: the real corpora are not in ${CORPORA}`);

/** At most this share of a corpus's lines may be flagged without a review that says the flag is right. */
const UNREVIEWED_LIMIT = 0.003;

describe.skipIf(!present)('the packs on real shop text', () => {
	let runs: RealRun[];
	const reviewed = readLabelledCases(REVIEWED);

	beforeAll(async () => {
		runs = runRealCorpora(CORPORA, await loadRulePacks(), reviewed);
		console.log(formatRealRuns(runs, false));
	}, 120_000);

	it('checks every corpus as each of its platforms', () => {
		expect(runs.map(run => `${run.corpus}/${run.platform}`)).toEqual(['jddc/jd', 'ecd/taobao', 'ecd/tmall', 'ecd_train/taobao', 'ecd_train/tmall']);
		for (const run of runs) expect(run.lines, run.corpus).toBeGreaterThan(5000);
	});

	it.each(['jddc/jd', 'ecd/taobao', 'ecd/tmall', 'ecd_train/taobao', 'ecd_train/tmall'])('%s: at most 0.3 %% of lines flagged without a review saying the flag is right', name => {
		const run = runs.find(r => `${r.corpus}/${r.platform}` === name)!;
		const listed = run.unreviewed.map(flag => JSON.stringify({platform: run.platform, from: 'agent', text: flag.text, categories: flag.flagged})).join('\n');
		expect(run.unreviewed.length / run.lines, `unreviewed flags (add them to ${REVIEWED} with a reason, or fix the rule):\n${listed}`).toBeLessThanOrEqual(UNREVIEWED_LIMIT);
	});

	it('still flags at least 80 % of the real violations reviewed, per platform', () => {
		for (const platform of ['taobao', 'tmall', 'jd'] as const) {
			const truths = reviewed.filter(item => item.platform === platform && item.categories.length > 0);
			const missed = new Set(runs.filter(run => run.platform === platform).flatMap(run => run.missed));
			const found = truths.filter(item => !missed.has(item)).length;
			if (truths.length === 0) continue;
			expect(found / truths.length, [...missed].map(item => `${item.where} ${item.text} ${JSON.stringify(item.categories)}`).join('\n')).toBeGreaterThanOrEqual(0.8);
		}
	});
});
