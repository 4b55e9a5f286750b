import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {readLabelledCases, type LabelledCase} from '../../source/accuracy/labelled-cases.js';
import {formatScore, precision, recall, scoreLabelled, type LabelledScore} from '../../source/accuracy/score-labelled.js';
import {DETECTORS} from '../../source/rules/detectors.js';
import {matchPack} from '../../source/rules/find-violations.js';
import {TextNormalizer} from '../../source/rules/normalize.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {CATEGORIES, DETECTORS as DETECTOR_NAMES, type Category} from '../../source/rules/violation-rule.js';

const normalizer = new TextNormalizer();
const normalizeForMatching = (text: string) => normalizer.normalize(text);

const DIR = fileURLToPath(new URL('../fixtures/violations', import.meta.url));
/** Written for this project by someone who did not write the packs (shared/corpora/README.md). */
const DEV = fileURLToPath(new URL('../../../shared/corpora/labelled-dev.py', import.meta.url));

const corpus: LabelledCase[] = readdirSync(DIR)
	.filter(name => name.endsWith('.jsonl'))
	.flatMap(name => readLabelledCases(path.join(DIR, name)));
let packs: RulePacks;
let fixtures: LabelledScore;

beforeAll(async () => {
	packs = await loadRulePacks();
	fixtures = scoreLabelled(corpus, packs);
});

const misses = (score: LabelledScore, category?: Category) =>
	score.wrong
		.filter(({item, flagged}) => !category || item.categories.includes(category) !== flagged.includes(category))
		.map(({item, flagged}) => `${item.where} [${item.platform}] ${item.text} expected ${JSON.stringify(item.categories)} got ${JSON.stringify(flagged)}`)
		.join('\n');

describe('accuracy on the labelled corpus written alongside the packs', () => {
	it('has at least 200 agent messages covering every category', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(200);
		for (const category of CATEGORIES) expect(corpus.filter(s => s.categories.includes(category)).length, category).toBeGreaterThanOrEqual(5);
	});

	it('finds the rule-breaking messages with precision ≥ 0.95 and recall ≥ 0.90 overall', () => {
		expect(precision(fixtures.overall), misses(fixtures)).toBeGreaterThanOrEqual(0.95);
		expect(recall(fixtures.overall), misses(fixtures)).toBeGreaterThanOrEqual(0.9);
	});

	it.each(CATEGORIES.map(c => [c]))('%s: precision ≥ 0.85 and recall ≥ 0.8', category => {
		const s = fixtures.byCategory.get(category)!;
		expect(precision(s), misses(fixtures, category)).toBeGreaterThanOrEqual(0.85);
		expect(recall(s), misses(fixtures, category)).toBeGreaterThanOrEqual(0.8);
	});

	it('flags at most 1% of ordinary, compliant replies', () => {
		const {flagged, of} = fixtures.compliantFlagged;
		expect(flagged / of, misses(fixtures)).toBeLessThanOrEqual(0.01);
	});
});

/** Precision, recall and the right-category rate of `score`, each at or above its floor (the misses shown when not). */
function expectAtLeast(score: ReturnType<typeof scoreLabelled>, floor: {precision: number; recall: number; rightCategory: number}, shown = misses(score)): void {
	expect(precision(score.overall), shown).toBeGreaterThanOrEqual(floor.precision);
	expect(recall(score.overall), shown).toBeGreaterThanOrEqual(floor.recall);
	expect(score.rightCategory.right / score.rightCategory.of, shown).toBeGreaterThanOrEqual(floor.rightCategory);
}

// The independently written set: its figures are reported, and held as a floor so they only rise.
describe.skipIf(!existsSync(DEV))('accuracy on the independently written development set', () => {
	it('keeps precision, recall and the right category at or above what was last measured', () => {
		const score = scoreLabelled(readLabelledCases(DEV), packs);
		console.log(formatScore('labelled-dev.py', score, false));
		expectAtLeast(score, DEV_FLOOR);
	});
});

/** Last measured on labelled-dev.py (README "Accuracy"): 0.99 / 0.99 / 0.99; raise it when the packs improve. */
const DEV_FLOOR = {precision: 0.97, recall: 0.97, rightCategory: 0.97};

/**
 * The development sets, each written by an engineer who had not seen the packs (its README says
 * how), and studied after it was first measured. The figures are held as floors so they only
 * rise; `history` is what README "Accuracy" records (precision / recall / right category).
 */
interface MeasuredSet {
	/** Its folder under test/fixtures. */
	name: string;
	floor: {precision: number; recall: number; rightCategory: number};
	history: string;
	/** How many cases it has at least (a set cut short would measure less). */
	atLeast?: number;
	/** Only its shop file is read, and on failure only its figures are shown, never its lines. */
	heldOut?: true;
}

const DEV_SETS: MeasuredSet[] = [
	{
		name: 'dev-2',
		atLeast: 390,
		floor: {precision: 0.97, recall: 0.97, rightCategory: 0.97},
		history: '0.94 / 0.96 / 0.94 at the commit that set it, 0.97 / 0.98 / 0.97 after the third evening round',
	},
	{name: 'dev-3', atLeast: 600, floor: {precision: 0.98, recall: 0.97, rightCategory: 0.98}, history: '0.93 / 0.70 / 0.95 on arrival, 0.99 / 0.98 / 0.99 now'},
	{name: 'dev-4', atLeast: 450, floor: {precision: 0.99, recall: 0.97, rightCategory: 0.99}, history: '0.93 / 0.71 / 0.97 on arrival, 0.99 / 0.98 / 0.99 now'},
	{
		name: 'dev-5',
		atLeast: 430,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.99},
		history: '0.94 / 0.69 / 0.98 on arrival, 0.99 / 0.99 / 0.99 after its misses were studied',
	},
	{name: 'dev-6', atLeast: 440, floor: {precision: 0.99, recall: 0.98, rightCategory: 0.99}, history: '0.92 / 0.66 / 0.97 on arrival, 1.00 / 0.99 / 1.00 after'},
	{
		name: 'dev-7',
		atLeast: 445,
		floor: {precision: 0.98, recall: 0.97, rightCategory: 0.98},
		history: '0.92 / 0.67 / 0.96 on arrival, 0.93 / 0.76 before its misses were read, 0.98 / 0.98 / 0.99 after',
	},
	{
		name: 'dev-8',
		atLeast: 430,
		floor: {precision: 0.99, recall: 0.96, rightCategory: 0.98},
		history: '0.95 / 0.77 / 0.98 on arrival, 0.97 / 0.84 before its misses were read, 0.99 / 0.97 / 0.99 after',
	},
	// Written in the shape and with the conventions of the examiners' labelled-dev.py (their READMEs say how).
	{
		name: 'dev-9',
		atLeast: 330,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98},
		history: '0.97 / 0.91 / 0.97 on arrival, 0.99 / 0.99 / 0.99 after its misses were read, 1.00 / 0.99 / 0.99 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-10',
		atLeast: 345,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98},
		history: '0.97 / 0.85 / 0.95 on arrival, 0.99 / 0.99 / 0.99 after, 1.00 / 0.99 / 0.99 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-11',
		atLeast: 340,
		floor: {precision: 0.99, recall: 0.99, rightCategory: 0.99},
		history: '0.97 / 0.88 / 0.97 on arrival, 0.99 / 0.99 / 0.99 after, 1.00 / 1.00 / 1.00 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-12',
		atLeast: 420,
		floor: {precision: 0.99, recall: 0.99, rightCategory: 0.99},
		history:
			'0.96 / 0.91 / 0.95 on arrival, 0.97 / 0.92 / 0.96 after a round that did not read it, 0.99 / 0.99 / 0.99 after its misses were read, 1.00 / 1.00 / 1.00 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-13',
		atLeast: 355,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98},
		history: '0.97 / 0.86 / 0.97 on arrival, 0.99 / 0.99 / 0.99 after its misses were read, 1.00 / 0.99 / 0.99 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-14',
		atLeast: 370,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98},
		history: '0.97 / 0.83 / 0.95 on arrival, 0.98 / 0.86 / 0.96 after a round that did not read it, 1.00 / 0.99 / 0.99 after its misses were read',
	},
	{
		name: 'dev-15',
		atLeast: 350,
		floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98},
		history: '0.95 / 0.83 / 0.98 on arrival, 0.98 / 0.99 / 0.99 after its misses were read, 0.99 / 0.99 / 0.99 after ks.competitor.platform was dropped',
	},
	{
		name: 'dev-16',
		atLeast: 300,
		floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98},
		history: '0.98 / 0.87 / 0.98 on arrival, 0.99 / 0.90 / 0.98 after a round that did not read it, 1.00 / 0.99 / 0.99 after its misses were read',
	},
	{name: 'dev-17', atLeast: 355, floor: {precision: 0.99, recall: 0.98, rightCategory: 0.99}, history: '0.98 / 0.83 / 0.96 on arrival, 1.00 / 0.99 / 1.00 after its misses were read'},
	{name: 'dev-18', atLeast: 415, floor: {precision: 0.99, recall: 0.99, rightCategory: 0.99}, history: '0.96 / 0.85 / 0.98 on arrival, 1.00 / 1.00 / 1.00 after its misses were read'},
	{
		name: 'dev-19',
		atLeast: 335,
		floor: {precision: 0.98, recall: 0.98, rightCategory: 0.97},
		history: '0.98 / 0.91 / 0.98 on arrival, 0.99 / 0.92 / 0.98 after a round that did not read it, 0.99 / 0.99 / 0.98 after its misses were read',
	},
	{name: 'dev-20', atLeast: 345, floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98}, history: '0.99 / 0.89 / 0.99 on arrival, 0.99 / 0.99 / 0.99 after its misses were read'},
	{name: 'dev-21', atLeast: 345, floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98}, history: '0.99 / 0.92 / 0.98 on arrival, 0.99 / 0.99 / 0.99 after its misses were read'},
	{name: 'dev-22', atLeast: 340, floor: {precision: 0.97, recall: 0.97, rightCategory: 0.97}, history: '0.95 / 0.85 / 0.96 on arrival, 0.98 / 0.98 / 0.98 after its misses were read'},
	{name: 'dev-23', atLeast: 345, floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98}, history: '0.99 / 0.91 / 0.99 on arrival, 0.99 / 0.99 / 0.99 after its misses were read'},
	{name: 'dev-24', atLeast: 335, floor: {precision: 0.99, recall: 0.98, rightCategory: 0.98}, history: '1.00 / 0.91 / 0.99 on arrival, 1.00 / 0.99 / 0.99 after its misses were read'},
	{name: 'dev-25', atLeast: 345, floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98}, history: '0.98 / 0.88 / 0.97 on arrival, 0.99 / 0.99 / 1.00 after its misses were read'},
	{name: 'dev-26', atLeast: 340, floor: {precision: 0.98, recall: 0.98, rightCategory: 0.98}, history: '0.99 / 0.94 / 0.98 on arrival, 0.99 / 0.99 / 0.99 after its misses were read'},
];

// Held out: written blind from the seeds (test/fixtures/labelled*/README.md) and never tuned to.
// Only their figures are printed, never their lines, so that nobody tunes a rule to one of them.
// Issue 14 asks 0.95 / 0.90 / 0.90 of a blind set; `history` is README "Accuracy"'s record.
const HELD_OUT: MeasuredSet[] = [
	{
		name: 'labelled',
		heldOut: true,
		floor: {precision: 0.95, recall: 0.89, rightCategory: 0.96},
		history:
			'0.95 / 0.80 before the frames, 0.96 / 0.83 / 0.97 after, 0.96 / 0.89 / 0.97 after the four rounds of 2026-12-01 evening, 0.96 / 0.90 / 0.97 after the fifth, 0.96 / 0.90 / 0.97 after the round of the night of 2026-12-02',
	},
	{
		name: 'labelled-2',
		heldOut: true,
		floor: {precision: 0.96, recall: 0.9, rightCategory: 0.95},
		history:
			"0.95 / 0.82 before the frames, 0.96 / 0.84 / 0.95 after, 0.97 / 0.88 / 0.95 after the evening's rounds, 0.97 / 0.89 / 0.96 after the last, 0.97 / 0.91 / 0.96 after the round of the night of 2026-12-02",
	},
	{
		name: 'labelled-4',
		heldOut: true,
		floor: {precision: 0.95, recall: 0.91, rightCategory: 0.99},
		history:
			"0.94 / 0.86 / 0.97 on arrival, in the examiners' shape; 0.95 / 0.87 / 0.98 after the round that followed, 0.95 / 0.91 / 0.99 after the next, 0.96 / 0.91 / 0.99 after ks.competitor.platform was dropped, 0.96 / 0.92 / 1.00 after the round of the night of 2026-12-02",
	},
	{
		name: 'labelled-3',
		heldOut: true,
		floor: {precision: 0.93, recall: 0.88, rightCategory: 0.96},
		history:
			"0.92 / 0.77 / 0.96 on arrival, 0.94 / 0.85 / 0.96 after the evening's rounds, 0.95 / 0.88 / 0.97 after the last, 0.95 / 0.89 / 0.96 after the next, 0.94 / 0.88 / 0.96 after ks.competitor.platform was dropped (relabelled lines it does not catch), 0.94 / 0.89 / 0.96 after the round of the night of 2026-12-02",
	},
	{
		name: 'labelled-6',
		heldOut: true,
		atLeast: 370,
		floor: {precision: 0.95, recall: 0.89, rightCategory: 0.96},
		history: "0.96 / 0.89 / 0.97 on arrival, in the examiners' shape; 0.96 / 0.90 / 0.97 after the round that followed",
	},
	{
		name: 'labelled-7',
		heldOut: true,
		atLeast: 354,
		floor: {precision: 0.96, recall: 0.9, rightCategory: 0.97},
		history: "0.97 / 0.89 / 0.98 on arrival, in the examiners' shape; 0.97 / 0.91 / 0.98 after the 2026-12-02 afternoon",
	},
	{
		name: 'labelled-8',
		heldOut: true,
		atLeast: 355,
		floor: {precision: 0.96, recall: 0.85, rightCategory: 0.97},
		history: "0.97 / 0.86 / 0.98 on arrival, in the examiners' shape",
	},
	{
		name: 'labelled-5',
		heldOut: true,
		floor: {precision: 0.96, recall: 0.92, rightCategory: 0.96},
		history:
			"0.96 / 0.90 / 0.96 on arrival, in the examiners' shape; 0.96 / 0.92 / 0.95 after the round that followed, 0.97 / 0.92 / 0.96 after ks.competitor.platform was dropped, 0.97 / 0.93 / 0.97 after the round of the night of 2026-12-02",
	},
];
function casesOf({name, heldOut}: MeasuredSet): LabelledCase[] {
	const dir = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
	const files = heldOut ? ['blind-shop.jsonl'] : readdirSync(dir).filter(file => file.endsWith('.jsonl'));
	return files.flatMap(file => readLabelledCases(path.join(dir, file)));
}

describe.each([...DEV_SETS, ...HELD_OUT])('accuracy on $name', set => {
	it('keeps precision, recall and the right category at or above what was last measured', () => {
		const cases = casesOf(set);
		const score = scoreLabelled(cases, packs);
		const figures = `${formatScore(set.name, score, false)}\nrecorded: ${set.history}`;
		console.log(figures);
		if (set.atLeast !== undefined) expect(cases.length).toBeGreaterThanOrEqual(set.atLeast);
		expectAtLeast(score, set.floor, set.heldOut ? figures : misses(score));
	});
});

describe('the keyword prefilter', () => {
	it('never changes a finding: every sample gives what trying every pattern of every rule gives', () => {
		let findings = 0;
		for (const sample of [...corpus, ...DEV_SETS.flatMap(casesOf)]) {
			const pack = packs.get(sample.platform)!;
			const everyPattern = {candidates: () => pack.violationRules.map((_rule, index) => index), patternsOf: () => undefined} as unknown as typeof pack.keywords;
			// matchPack, not findViolations: the pack's remembered findings would answer the second call.
			const describe = (violations: ReturnType<typeof matchPack>) => violations.map(v => `${v.rule.id}@${v.start}-${v.end}`);
			const filtered = describe(matchPack(sample.text, pack));
			expect(filtered, sample.where).toEqual(describe(matchPack(sample.text, {...pack, keywords: everyPattern})));
			findings += filtered.length;
		}
		expect(findings).toBeGreaterThan(2000);
	});
});

describe("the detectors' cues", () => {
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
