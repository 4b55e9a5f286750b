import type {Platform, Sender} from '../model/message.js';
import {DETECTORS, type Span} from './detectors.js';
import {excepted, MatchContext, matchCounts} from './match-scope.js';
import {normalizeForMatching, originalSpan} from './normalize.js';
import type {RulePacks} from './load-rule-packs.js';
import type {RulePack} from './rule-pack.js';
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
 * Every rule of the platform's pack that `text` breaks, at most once per rule (see `matchPack`).
 * The same words always break the same rules, and a shop's lines repeat — quick replies, the
 * bot's greetings, templates — so what recent texts were found to break is remembered.
 */
export function findViolations(text: string, platform: Platform, packs: RulePacks): readonly Violation[] {
	const pack = packs.get(platform);
	if (!pack || text.trim() === '') return NONE;
	const memo = findingsOf(pack);
	return memo.get(text) ?? memo.remember(text, matchPack(text, pack));
}

/**
 * The rules of one pack that `text` breaks, matched afresh. Where two rules of one category flag
 * overlapping words, one finding is kept: the one quoting more of them (`加我薇信` over `薇信`),
 * else the first, which is the platform's own rule.
 */
export function matchPack(text: string, pack: RulePack): readonly Violation[] {
	const normalized = normalizeForMatching(text);
	const context = new MatchContext(normalized, pack.ownFeatures, pack.segmenter);
	const patterns = new Uint8Array(pack.keywords.patternCount);
	const candidates = pack.keywords.candidates(normalized.text, detector => DETECTORS[detector].looksAt(normalized), patterns);
	const found: Violation[] = [];
	for (const index of candidates) {
		const rule = pack.violationRules[index]!;
		const span = firstSpan(rule, index, context, pack, patterns);
		if (!span || excepted(rule, normalized, span)) continue;
		const violation = {rule, start: span.start, end: span.end, match: text.slice(span.start, span.end)};
		const rival = found.findIndex(v => v.rule.category === rule.category && v.start < span.end && span.start < v.end);
		if (rival === -1) found.push(violation);
		else if (span.end - span.start > found[rival]!.end - found[rival]!.start) found[rival] = violation;
	}
	// Shared by every message with these words: nobody may change it.
	return found.length === 0 ? NONE : Object.freeze(found.sort((a, b) => a.start - b.start));
}

/** No violations: shared by every text that breaks no rule. */
export const NONE: readonly Violation[] = Object.freeze([]);

/**
 * Texts kept per generation; a text seen in either of the last two is not matched again. A big
 * shop's day has tens of thousands of different texts (order numbers, amounts): with smaller
 * generations the texts moved from the older one to the newer one all day long.
 */
export const GENERATION = 50_000;

/** What recent texts broke, forgetting the least recently seen (in two generations, not exactly). */
class RecentFindings {
	private current = new Map<string, readonly Violation[]>();
	private previous = new Map<string, readonly Violation[]>();

	get(text: string): readonly Violation[] | undefined {
		const found = this.current.get(text);
		if (found !== undefined) return found;
		const older = this.previous.get(text);
		return older === undefined ? undefined : this.remember(text, older);
	}

	remember(text: string, found: readonly Violation[]): readonly Violation[] {
		if (this.current.size >= GENERATION) {
			this.previous = this.current;
			this.current = new Map();
		}
		this.current.set(text, found);
		return found;
	}
}

const recentFindings = new WeakMap<RulePack, RecentFindings>();
/** A shop's lines nearly all come under one platform: its memo is at hand without a WeakMap lookup a line. */
let lastMemo: {pack: RulePack; memo: RecentFindings} | undefined;

function findingsOf(pack: RulePack): RecentFindings {
	if (lastMemo?.pack === pack) return lastMemo.memo;
	let memo = recentFindings.get(pack);
	if (!memo) recentFindings.set(pack, (memo = new RecentFindings()));
	lastMemo = {pack, memo};
	return memo;
}

/** The first words of the text that break the rule and stand as words of their own (`matchCounts`). */
function firstSpan(rule: ViolationRule, index: number, context: MatchContext, pack: RulePack, patterns: Uint8Array): Span | undefined {
	const {normalized} = context;
	if (rule.detector) return DETECTORS[rule.detector].find(normalized, {ownDomains: pack.ownDomains})[0];
	// Only the patterns whose words the text holds: the others cannot match.
	const first = pack.keywords.patternId?.(index, 0);
	for (const [at, pattern] of rule.patterns.entries()) {
		if (first !== undefined && patterns[first + at] !== 1) continue;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(normalized.text); match; match = pattern.exec(normalized.text)) {
			const end = match.index + match[0].length;
			if (match[0] === '') pattern.lastIndex += 1;
			else if (matchCounts(context, match.index, end, rule)) return originalSpan(normalized, match.index, end);
		}
	}
	return undefined;
}
