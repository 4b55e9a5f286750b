import {originalSpan, type NormalizedText} from './normalize.js';
import type {Span} from './detectors.js';
import type {ViolationRule} from './violation-rule.js';
import type {WordSegmenter} from './word-edges.js';

/** One text being matched against one pack: its words are cut at most once, and only if a match needs it. */
export class MatchContext {
	private boundaries: Uint8Array | undefined;

	constructor(
		readonly normalized: NormalizedText,
		readonly ownFeatures: readonly RegExp[],
		private readonly segmenter: WordSegmenter,
		/** What negates words in their clause: the shop's list, or the buyer rules' own (a buyer's `要是…就投诉` is a threat). */
		readonly negation: RegExp = NEGATION,
	) {}

	/** Whether [start, end) of the original text begins or ends inside a Chinese word (`妈的` in `妈妈的`). */
	splitsWord(start: number, end: number): boolean {
		const text = this.normalized.original;
		const pairs = this.segmenter.pairs();
		const atStart = pairs.joins(text, start);
		const atEnd = pairs.joins(text, end);
		if (!atStart && !atEnd) return false;
		const starts = (this.boundaries ??= this.segmenter.boundaries(text));
		if (atStart && starts[start] !== 1) return true;
		if (!atEnd || starts[end] === 1) return false;
		// A match may end one character into a word (`晚几天发` of 发货: its pattern stops at the
		// shortest alternative), unless that leaves a single character before it: `他妈` of 他/妈妈
		// is a word and the first half of the next one, not the word the rule means.
		let wordStart = end - 1;
		while (wordStart > start && starts[wordStart] !== 1) wordStart -= 1;
		return wordStart < end - 1 || wordStart - start < 2;
	}
}

/**
 * Whether the words a pattern matched stand as words of the message: not the inside of a Latin
 * word (`USB` holds no `SB`), not part of one of the platform's own features (JD's 添加至微信
 * invoice button), for rules that say so not the inside of a Chinese word (`妈的` in 妈妈的), and not asked (`这款没货吗`) or negated
 * (`不一定明天能到`) or only supposed (`要是没货`) within their clause.
 */
export function matchCounts(context: MatchContext, start: number, end: number, rule: Pick<ViolationRule, 'notIn' | 'wholeWords'>): boolean {
	const {notIn} = rule;
	const {normalized} = context;
	if (insideFeature(normalized.text, start, end, context.ownFeatures)) return false;
	const span = originalSpan(normalized, start, end);
	const text = normalized.original;
	if (splitsLatinWord(text, span.start, span.end) || (rule.wholeWords && context.splitsWord(span.start, span.end))) return false;
	if (notIn.length === 0) return true;
	const clause = clauseAround(text, span.start, span.end);
	if (notIn.includes('question') && asked(text, clause, span)) return false;
	// Up to two characters into the match: `一定明天能到` is negated by the 不 of `不一定`.
	const before = text.slice(clause.start, Math.min(span.end - 1, span.start + 2));
	if (notIn.includes('negation') && context.negation.test(before)) return false;
	if (notIn.includes('denial') && DENIAL.test(before)) return false;
	return true;
}

const LATIN = /[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]/;

function splitsLatinWord(text: string, start: number, end: number): boolean {
	const at = (i: number) => (i >= 0 && i < text.length ? text[i]! : '');
	return (LATIN.test(at(start)) && LATIN.test(at(start - 1))) || (LATIN.test(at(end - 1)) && LATIN.test(at(end)));
}

function insideFeature(text: string, start: number, end: number, features: readonly RegExp[]): boolean {
	for (const feature of features) {
		feature.lastIndex = 0;
		for (let match = feature.exec(text); match; match = feature.exec(text)) {
			if (match.index <= start && end <= match.index + match[0].length) return true;
			if (match[0] === '') feature.lastIndex += 1;
		}
	}
	return false;
}

/** Marks and spaces end a clause, and so do sentence-final particles (ECD and chat lines often have no marks at all). */
const BREAK = /[,，。.!！?？;；~～…\s、]/;
const PARTICLE = /[哦呢吧啊哈呀嘛啦噢哟吗]/;
/** A clause also starts at a conjunction: `…不确定,但是…` does not negate what follows `但是`; 如果 is a condition, and scopes over its clause. */
const CONJUNCTION = /(但是|不过|可是|所以|而且|然后|另外)$/;
/** A question word before or on the words asks about them; a question particle asks about what comes just before it. */
/** Calling the buyer starts a sentence, in lines that have no marks: `…没货明后天到新货亲还有一单没物流吗`. */
const VOCATIVE = /^(亲(?![自手切爱戚人密近身属])|客官)/;
const QUESTION_WORD = /是否|有没有|是不是|能不能|可不可以|要不要|会不会/;
const QUESTION_END = /[吗?？]/;
/** How far a final 吗 reaches back: `这款是没货了吗`, not `没货等过几天再给您发货可以吗`. */
const PARTICLE_REACH = 3;

function asked(text: string, clause: {start: number; end: number}, span: {start: number; end: number}): boolean {
	if (QUESTION_WORD.test(text.slice(clause.start, span.end))) return true;
	return QUESTION_END.test(text.slice(span.end, Math.min(clause.end, span.end + PARTICLE_REACH + 1)));
}
/** Words that deny what follows them in their clause. */
const DENIAL = /不一定|不确定|不能保证|无法保证|没法保证|不敢保证|保证不了|不会|并不|并没|不存在|不用担心|不怕|不可能|从不|绝不|没有说|不是说|不需要|无需/;
/** Negations, and conditions (`要是没货就…`): either way the words are not asserted. */
const NEGATION = new RegExp(`${DENIAL.source}|要是|如果|万一|假如|若是`);

/** The clause holding [start, end) of the original text, with the mark or particle that ends it. */
export function clauseAround(text: string, start: number, end: number): {start: number; end: number} {
	let from = start;
	while (from > 0 && !BREAK.test(text[from - 1]!) && !PARTICLE.test(text[from - 1]!) && !CONJUNCTION.test(text.slice(Math.max(0, from - 2), from))) from -= 1;
	let to = end;
	while (to < text.length && !BREAK.test(text[to]!) && !PARTICLE.test(text[to]!) && !VOCATIVE.test(text.slice(to, to + 2))) to += 1;
	return {start: from, end: Math.min(text.length, to + 1)};
}

/**
 * The first match of the rule's patterns that counts (`matchCounts`), as a span of the original
 * text; given `only` (places in the rule, in order), only those patterns are tried: the others cannot match.
 */
export function firstPatternSpan(rule: Pick<ViolationRule, 'patterns' | 'notIn' | 'wholeWords'>, context: MatchContext, only?: readonly number[]): Span | undefined {
	const {normalized} = context;
	const count = only ? only.length : rule.patterns.length;
	for (let tried = 0; tried < count; tried += 1) {
		const pattern = rule.patterns[only ? only[tried]! : tried]!;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(normalized.text); match; match = pattern.exec(normalized.text)) {
			const end = match.index + match[0].length;
			if (match[0] === '') pattern.lastIndex += 1;
			else if (matchCounts(context, match.index, end, rule)) return originalSpan(normalized, match.index, end);
		}
	}
	return undefined;
}

/** Marks that end a clause for an exception's reach; spaces do not (`138 1234 5678`). */
const CLAUSE_BREAK = /[,，。!！?？;；~～\n]/;

/** Whether one of the rule's exceptions excuses the words at `span` of the original text (see ExceptionScope). */
export function excepted(rule: Pick<ViolationRule, 'exceptions' | 'exceptionScope'>, normalized: NormalizedText, span: Span): boolean {
	for (const exception of rule.exceptions) {
		exception.lastIndex = 0;
		if (rule.exceptionScope !== 'clause') {
			if (exception.test(normalized.text)) return true;
			continue;
		}
		for (let match = exception.exec(normalized.text); match; match = exception.exec(normalized.text)) {
			if (match[0] === '') exception.lastIndex += 1;
			else if (sameClause(normalized.original, span, originalSpan(normalized, match.index, match.index + match[0].length))) return true;
		}
	}
	return false;
}

function sameClause(text: string, a: Span, b: Span): boolean {
	const from = Math.min(a.end, b.end);
	const to = Math.max(a.start, b.start);
	return to <= from || !CLAUSE_BREAK.test(text.slice(from, to));
}
