import type {BuyerCategory, BuyerRule} from './buyer-rule.js';
import {KeywordIndex} from './keyword-index.js';
import {RecentFindings} from './recent-findings.js';
import {firstPatternSpan, MatchContext} from './match-scope.js';
import type {PackTools} from './pack-tools.js';

/** One buyer rule matched by one buyer line: the words of the original text that matched. */
export interface BuyerFinding {
	rule: BuyerRule;
	category: BuyerCategory;
	/** [start, end) in the original text, UTF-16 units. */
	start: number;
	end: number;
	match: string;
}

/**
 * What takes a buyer's words back. Unlike the shop's list, a condition is no negation here
 * (`要是再不发货我就投诉` is a threat), nor is `别逼我` or `是不是…`; a bare 不 right before the
 * words is (`不投诉了`: the window reaches two characters into the match); one before a 就 is a
 * condition (`不给答复就投诉`).
 */
const BUYER_NEGATION =
	/(?:不会|不想|不打算|没打算|不准备|(?<!是)不是|不用|不必|不给|没给|不去|没有|没想|没说|没要|不至于|不再|从不|从来不|绝不|并不|并没|不怕|别怕|别担心|不用担心|别紧张|无需|不需要|(?<![要逼])不要(?!逼)|不(?=[投举差曝告起找打]))(?![^]*?(?:就|才|不然|否则|的话))/;

const NO_FINDINGS: readonly BuyerFinding[] = Object.freeze([]);

/** The buyer rules of the packs (contract §7), matched on buyer lines only, one finding per category at most. */
export class BuyerRules {
	private keywords: KeywordIndex | undefined;
	/** What recent buyer texts were found to say: a shop's buyers repeat themselves (`在吗`, `好的`). */
	private readonly findings = new RecentFindings<BuyerFinding>();

	/** `tools`: the shop packs' own (pack-tools.ts). */
	constructor(
		readonly rules: readonly BuyerRule[],
		private readonly tools: PackTools,
	) {}

	find(text: string): readonly BuyerFinding[] {
		if (text.trim() === '' || this.rules.length === 0) return NO_FINDINGS;
		return this.findings.get(text) ?? this.findings.remember(text, this.match(text));
	}

	private match(text: string): readonly BuyerFinding[] {
		const normalized = this.tools.normalizer.normalize(text);
		const candidates = (this.keywords ??= new KeywordIndex(this.rules, this.tools.required)).candidates(normalized.text, () => false);
		if (candidates.length === 0) return NO_FINDINGS;
		const context = new MatchContext(normalized, [], this.tools.segmenter, BUYER_NEGATION);
		const found: BuyerFinding[] = [];
		for (const index of candidates) {
			const rule = this.rules[index]!;
			if (found.some(finding => finding.category === rule.category)) continue;
			const span = firstPatternSpan(rule, context);
			if (!span || rule.exceptions.some(exception => exception.test(normalized.text))) continue;
			found.push({rule, category: rule.category, start: span.start, end: span.end, match: text.slice(span.start, span.end)});
		}
		return found.length === 0 ? NO_FINDINGS : Object.freeze(found.sort((a, b) => a.start - b.start));
	}
}
