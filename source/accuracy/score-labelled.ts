import {findViolations, isChecked} from '../rules/find-violations.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {CATEGORIES, type Category} from '../rules/violation-rule.js';
import type {LabelledCase} from './labelled-cases.js';

/** What the packs flag in one case: categories of `error` and `warn` findings (an `info` is no flag). */
export function flaggedCategories(item: {platform: LabelledCase['platform']; from: LabelledCase['from']; text: string}, packs: RulePacks): Set<Category> {
	if (!isChecked(item.from)) return new Set();
	return new Set(
		findViolations(item.text, item.platform, packs)
			.filter(v => v.rule.severity !== 'info')
			.map(v => v.rule.category),
	);
}

export interface CategoryScore {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
}

export interface LabelledScore {
	cases: number;
	overall: CategoryScore;
	byCategory: Map<Category, CategoryScore>;
	/** Of the violating cases flagged at all, those flagged for exactly their categories. */
	rightCategory: {right: number; of: number};
	/** Compliant cases flagged for anything. */
	compliantFlagged: {flagged: number; of: number};
	/** Every case whose flags differ from its labels. */
	wrong: {item: LabelledCase; flagged: Category[]}[];
}

export const precision = (s: CategoryScore) => s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
export const recall = (s: CategoryScore) => s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);

/** Precision and recall per category and overall (one decision per case and category). */
export function scoreLabelled(items: readonly LabelledCase[], packs: RulePacks): LabelledScore {
	const empty = (): CategoryScore => ({truePositives: 0, falsePositives: 0, falseNegatives: 0});
	const overall = empty();
	const byCategory = new Map(CATEGORIES.map(c => [c, empty()]));
	const rightCategory = {right: 0, of: 0};
	const compliantFlagged = {flagged: 0, of: 0};
	const wrong: LabelledScore['wrong'] = [];
	for (const item of items) {
		const flagged = flaggedCategories(item, packs);
		const expected = new Set(isChecked(item.from) ? item.categories : []);
		for (const category of CATEGORIES) {
			const s = byCategory.get(category)!;
			const key = expected.has(category) ? (flagged.has(category) ? 'truePositives' : 'falseNegatives') : flagged.has(category) ? 'falsePositives' : undefined;
			if (key) {
				s[key] += 1;
				overall[key] += 1;
			}
		}
		if (expected.size > 0 && flagged.size > 0) {
			rightCategory.of += 1;
			if (flagged.size === expected.size && [...flagged].every(c => expected.has(c))) rightCategory.right += 1;
		}
		if (expected.size === 0) {
			compliantFlagged.of += 1;
			if (flagged.size > 0) compliantFlagged.flagged += 1;
		}
		if (flagged.size !== expected.size || [...flagged].some(c => !expected.has(c))) wrong.push({item, flagged: [...flagged]});
	}
	return {cases: items.length, overall, byCategory, rightCategory, compliantFlagged, wrong};
}

/** The score as a table a person reads: per category, then overall, then what was wrong. */
export function formatScore(name: string, score: LabelledScore, withCases: boolean): string {
	const f = (n: number) => n.toFixed(2);
	const lines = [`${name}: ${score.cases} cases`, `${'category'.padEnd(24)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`];
	for (const [category, s] of score.byCategory) {
		if (s.truePositives + s.falsePositives + s.falseNegatives === 0) continue;
		lines.push(
			`${category.padEnd(24)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${f(precision(s)).padStart(9)}  ${f(recall(s)).padStart(6)}`,
		);
	}
	const o = score.overall;
	lines.push(
		`${'overall'.padEnd(24)} ${String(o.truePositives).padStart(4)} ${String(o.falsePositives).padStart(4)} ${String(o.falseNegatives).padStart(4)}  ${f(precision(o)).padStart(9)}  ${f(recall(o)).padStart(6)}`,
	);
	const {right, of} = score.rightCategory;
	lines.push(`right category: ${right}/${of} = ${f(right / Math.max(1, of))} (violations flagged for exactly their categories, of those flagged)`);
	lines.push(`compliant flagged: ${score.compliantFlagged.flagged}/${score.compliantFlagged.of}`);
	if (withCases) for (const {item, flagged} of score.wrong) lines.push(`  ${item.where} [${item.platform}] ${item.text}  expected ${JSON.stringify(item.categories)} got ${JSON.stringify(flagged)}`);
	return lines.join('\n');
}
