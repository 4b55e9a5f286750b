import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Platform} from '../../source/model/message.js';
import {DETECTORS} from '../../source/rules/detectors.js';
import {findViolations} from '../../source/rules/find-violations.js';
import {normalizeForMatching} from '../../source/rules/normalize.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {CATEGORIES, DETECTORS as DETECTOR_NAMES, type Category} from '../../source/rules/violation-rule.js';

/** Labelled agent messages: what each should be flagged for, worked out by a person. */
interface Sample {
	platform: Platform;
	text: string;
	expect: Category[];
	where: string;
}

const DIR = fileURLToPath(new URL('../fixtures/violations', import.meta.url));

function readCorpus(): Sample[] {
	return readdirSync(DIR)
		.filter(name => name.endsWith('.jsonl'))
		.flatMap(name =>
			readFileSync(path.join(DIR, name), 'utf8')
				.split('\n')
				.map((line, index) => ({line, where: `${name}:${index + 1}`}))
				.filter(({line}) => line.trim() !== '')
				.map(({line, where}) => ({...(JSON.parse(line) as Omit<Sample, 'where'>), where})),
		);
}

interface Score {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
}

const corpus = readCorpus();
let packs: RulePacks;
let found: Map<Sample, Set<Category>>;

beforeAll(async () => {
	packs = await loadRulePacks();
	found = new Map(corpus.map(sample => [sample, new Set(findViolations(sample.text, sample.platform, packs).map(v => v.rule.category))]));
});

function score(category?: Category): Score {
	const result = {truePositives: 0, falsePositives: 0, falseNegatives: 0};
	for (const sample of corpus) {
		for (const c of category ? [category] : CATEGORIES) {
			const expected = sample.expect.includes(c);
			const flagged = found.get(sample)!.has(c);
			if (expected && flagged) result.truePositives += 1;
			else if (flagged) result.falsePositives += 1;
			else if (expected) result.falseNegatives += 1;
		}
	}
	return result;
}

const precision = (s: Score) => s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
const recall = (s: Score) => s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);

/** Names the samples a figure misses, so a failing run says what to look at. */
function misses(category?: Category): string[] {
	return corpus.flatMap(sample => {
		const categories = category ? [category] : CATEGORIES;
		const wrong = categories.filter(c => sample.expect.includes(c) !== found.get(sample)!.has(c));
		return wrong.length > 0 ? [`${sample.where} [${sample.platform}] ${sample.text} expected ${JSON.stringify(sample.expect)} got ${JSON.stringify([...found.get(sample)!])}`] : [];
	});
}

describe('accuracy on the labelled corpus', () => {
	it('has at least 200 agent messages covering every category', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(200);
		for (const category of CATEGORIES) expect(corpus.filter(s => s.expect.includes(category)).length, category).toBeGreaterThanOrEqual(5);
	});

	it('finds the rule-breaking messages with precision ≥ 0.95 and recall ≥ 0.90 overall', () => {
		const overall = score();
		expect(precision(overall), misses().join('\n')).toBeGreaterThanOrEqual(0.95);
		expect(recall(overall), misses().join('\n')).toBeGreaterThanOrEqual(0.9);
	});

	it.each(CATEGORIES.map(c => [c]))('%s: precision ≥ 0.85 and recall ≥ 0.8', category => {
		const s = score(category);
		expect(precision(s), misses(category).join('\n')).toBeGreaterThanOrEqual(0.85);
		expect(recall(s), misses(category).join('\n')).toBeGreaterThanOrEqual(0.8);
	});

	it('flags at most 1% of ordinary, compliant replies', () => {
		const compliant = corpus.filter(sample => sample.expect.length === 0);
		const flagged = compliant.filter(sample => found.get(sample)!.size > 0);
		expect(flagged.length / compliant.length, flagged.map(s => `${s.where} ${s.text} → ${[...found.get(s)!].join(',')}`).join('\n')).toBeLessThanOrEqual(0.01);
	});
});

describe('the keyword prefilter', () => {
	it('never changes a finding: every sample gives what trying every rule gives', () => {
		for (const sample of corpus) {
			const pack = packs.get(sample.platform)!;
			const everyRule = {candidates: () => pack.violationRules.map((_rule, index) => index)} as unknown as typeof pack.keywords;
			const unfiltered = new Map([...packs].map(([platform, p]) => [platform, platform === sample.platform ? {...p, keywords: everyRule} : p]));
			const describe = (violations: ReturnType<typeof findViolations>) => violations.map(v => `${v.rule.id}@${v.start}-${v.end}`);
			expect(describe(findViolations(sample.text, sample.platform, packs)), sample.where).toEqual(describe(findViolations(sample.text, sample.platform, unfiltered)));
		}
	});
});

describe('the detectors\' cues', () => {
	it('hold wherever a detector finds something: a cue only ever spares a text with nothing to find', () => {
		let findings = 0;
		for (const sample of corpus) {
			const normalized = normalizeForMatching(sample.text);
			for (const name of DETECTOR_NAMES) {
				if (DETECTORS[name].find(normalized, {ownDomains: []}).length === 0) continue;
				findings += 1;
				expect(DETECTORS[name].looksAt(normalized), `${sample.where} ${name}`).toBe(true);
			}
		}
		expect(findings).toBeGreaterThan(20);
	});
});
