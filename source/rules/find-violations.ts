import type {Platform, Sender} from '../model/message.js';
import {DETECTORS, type Span} from './detectors.js';
import {excepted, firstPatternSpan, MatchContext} from './match-scope.js';
import type {RulePacks} from './load-rule-packs.js';
import type {RulePack} from './rule-pack.js';
import type {ViolationRule} from './violation-rule.js';
import type {Violation} from './violation.js';

export type {Violation} from './violation.js';

/** Only what the shop's side writes is checked: buyers are never flagged. */
export function isChecked(from: Sender): boolean {
	return from === 'agent' || from === 'bot';
}

/**
 * Every rule of the platform's pack that `text` breaks, at most once per rule (see `matchPack`),
 * remembered by the pack for the next time the same words come (`RecentFindings`).
 */
export function findViolations(text: string, platform: Platform, packs: RulePacks): readonly Violation[] {
	const pack = packs.get(platform);
	if (!pack || text.trim() === '') return NONE;
	const {findings} = pack;
	return findings.get(text) ?? findings.remember(text, matchPack(text, pack));
}

/**
 * The rules of one pack that `text` breaks, matched afresh. Where two rules of one category flag
 * overlapping or adjacent words (oneAct), one finding is kept: the one quoting more of them (`加我薇信` over `薇信`),
 * else the first, which is the platform's own rule.
 */
export function matchPack(text: string, pack: RulePack): readonly Violation[] {
	const normalized = pack.normalizer.normalize(text);
	const context = new MatchContext(normalized, pack.ownFeatures, pack.segmenter);
	const candidates = pack.keywords.candidates(normalized.text, detector => DETECTORS[detector].looksAt(normalized));
	const found: Violation[] = [];
	for (const index of candidates) {
		const rule = pack.violationRules[index]!;
		const span = firstSpan(rule, index, context, pack);
		if (!span || excepted(rule, normalized, span)) continue;
		const violation = {rule, start: span.start, end: span.end, match: text.slice(span.start, span.end)};
		const rival = found.findIndex(v => v.rule.category === rule.category && oneAct(text, v, span));
		if (rival === -1) found.push(violation);
		else if (span.end - span.start > found[rival]!.end - found[rival]!.start) found[rival] = violation;
	}
	// Shared by every message with these words: nobody may change it.
	return found.length === 0 ? NONE : Object.freeze(found.sort((a, b) => a.start - b.start));
}

/** Spans fewer than this many characters apart, with no sentence's end between, quote one act (`打我电话` + its number). */
const ONE_ACT_GAP = 2;
const SENTENCE_END = /[。!?！？\n]/;

/** Whether two findings of one category are the same act: overlapping, or at most one character apart within one sentence. */
function oneAct(text: string, a: Span, b: Span): boolean {
	if (a.start >= b.end + ONE_ACT_GAP || b.start >= a.end + ONE_ACT_GAP) return false;
	return !SENTENCE_END.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

/** No violations: shared by every text that breaks no rule. */
export const NONE: readonly Violation[] = Object.freeze([]);

/** The first words of the text that break the rule and stand as words of their own (`matchCounts`). */
function firstSpan(rule: ViolationRule, index: number, context: MatchContext, pack: RulePack): Span | undefined {
	const {normalized} = context;
	if (rule.detector) return DETECTORS[rule.detector].find(normalized, {ownDomains: pack.ownDomains})[0];
	// Only the patterns whose words the text holds: the others cannot match.
	return firstPatternSpan(rule, context, pack.keywords.patternsOf(index));
}
