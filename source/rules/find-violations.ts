import type {Platform, Sender} from '../model/message.js';
import {DETECTORS, type Span} from './detectors.js';
import {normalizeForMatching, originalSpan, type NormalizedText} from './normalize.js';
import type {RulePacks} from './load-rule-packs.js';
import type {ViolationRule} from './violation-rule.js';

/** One rule broken by one message: the rule and the words of the original text that broke it. */
export interface Violation {
	rule: ViolationRule;
	/** [start, end) in the original text, UTF-16 units. */
	start: number;
	end: number;
	match: string;
}

/** Only what the shop's side writes is checked: buyers are never flagged. */
export function isChecked(from: Sender): boolean {
	return from === 'agent' || from === 'bot';
}

/**
 * Every rule of the platform's pack that `text` breaks, at most once per rule. Where two rules
 * of one category flag overlapping words, one finding is kept: the one quoting more of them
 * (`加我薇信` over `薇信`), else the first, which is the platform's own rule.
 */
export function findViolations(text: string, platform: Platform, packs: RulePacks): Violation[] {
	const pack = packs.get(platform);
	if (!pack || text.trim() === '') return [];
	const normalized = normalizeForMatching(text);
	const candidates = pack.keywords.candidates(normalized.text, detector => DETECTORS[detector].looksAt(normalized));
	const found: Violation[] = [];
	for (const index of candidates) {
		const rule = pack.violationRules[index]!;
		const span = firstSpan(rule, normalized, pack.ownDomains);
		if (!span || rule.exceptions.some(exception => exception.test(normalized.text))) continue;
		const violation = {rule, start: span.start, end: span.end, match: text.slice(span.start, span.end)};
		const rival = found.findIndex(v => v.rule.category === rule.category && v.start < span.end && span.start < v.end);
		if (rival === -1) found.push(violation);
		else if (span.end - span.start > found[rival]!.end - found[rival]!.start) found[rival] = violation;
	}
	return found.sort((a, b) => a.start - b.start);
}

function firstSpan(rule: ViolationRule, normalized: NormalizedText, ownDomains: readonly string[]): Span | undefined {
	if (rule.detector) return DETECTORS[rule.detector].find(normalized, {ownDomains})[0];
	for (const pattern of rule.patterns) {
		const match = pattern.exec(normalized.text);
		if (match && match[0] !== '') return originalSpan(normalized, match.index, match.index + match[0].length);
	}
	return undefined;
}
