import type {Platform} from '../model/message.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import type {Category} from '../rules/violation-rule.js';
import type {LabelledCase} from './labelled-cases.js';
import {readRealCorpus, REAL_CORPORA, type RealCorpus} from './real-corpora.js';
import {flaggedCategories} from './score-labelled.js';

/** A flagged real line and what a person said of it, if anyone did. */
export interface RealFlag {
	text: string;
	flagged: Category[];
	/** The reviewed case for this text and platform, if it was reviewed. */
	reviewed?: LabelledCase;
}

export interface RealRun {
	corpus: string;
	platform: Platform;
	lines: number;
	flags: RealFlag[];
	/** Flags nobody reviewed, or flagged for other categories than the review says. */
	unreviewed: RealFlag[];
	/** Reviewed true violations the packs no longer flag for their categories. */
	missed: LabelledCase[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every(x => b.includes(x));

/**
 * Each corpus checked as each of its platforms. A reviewed case (a real line a person labelled,
 * true or false) makes its flag "reviewed" only when the packs flag exactly what it says.
 */
export function runRealCorpora(dir: string, packs: RulePacks, reviewed: readonly LabelledCase[], corpora: readonly RealCorpus[] = REAL_CORPORA): RealRun[] {
	const runs: RealRun[] = [];
	for (const corpus of corpora) {
		const lines = readRealCorpus(corpus, dir);
		for (const platform of corpus.platforms) {
			const review = new Map(reviewed.filter(c => c.platform === platform).map(c => [c.text, c]));
			const flags: RealFlag[] = [];
			const seen = new Set<string>();
			const missed: LabelledCase[] = [];
			for (const {text} of lines) {
				const flagged = [...flaggedCategories({platform, from: 'agent', text}, packs)];
				const item = review.get(text);
				if (item && !seen.has(text) && item.categories.some(c => !flagged.includes(c))) missed.push(item);
				seen.add(text);
				if (flagged.length > 0) flags.push({text, flagged, ...(item ? {reviewed: item} : {})});
			}
			const unreviewed = flags.filter(flag => !flag.reviewed || !sameSet(flag.reviewed.categories, flag.flagged));
			runs.push({corpus: corpus.name, platform, lines: lines.length, flags, unreviewed, missed});
		}
	}
	return runs;
}

export function formatRealRuns(runs: readonly RealRun[], withLines: boolean): string {
	const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(2)} %`;
	const out = [`${'corpus'.padEnd(10)} ${'platform'.padEnd(9)} ${'lines'.padStart(6)} ${'flagged'.padStart(8)} ${'rate'.padStart(7)} ${'unreviewed'.padStart(10)} ${'rate'.padStart(7)} missed`];
	for (const r of runs) {
		out.push(
			`${r.corpus.padEnd(10)} ${r.platform.padEnd(9)} ${String(r.lines).padStart(6)} ${String(r.flags.length).padStart(8)} ${pct(r.flags.length, r.lines).padStart(7)} ${String(r.unreviewed.length).padStart(10)} ${pct(r.unreviewed.length, r.lines).padStart(7)} ${r.missed.length}`,
		);
		if (withLines) {
			for (const flag of r.unreviewed) out.push(`  ? ${JSON.stringify({platform: r.platform, from: 'agent', text: flag.text, categories: flag.flagged})}`);
			for (const item of r.missed) out.push(`  missed ${item.where} ${item.text} ${JSON.stringify(item.categories)}`);
		}
	}
	return out.join('\n');
}
