import {RulePackError} from './rule-pack.js';
import type {Frame, RuleEntry, ViolationRule} from './violation-rule.js';

/** `{wechat}` in a pattern stands for the alias's alternatives; an alias may name others (`{to-shop}` holds `{alipay}`), a few deep. */
function expandAliases(pattern: string, aliases: Record<string, string>, entry: RuleEntry, at: string, depth = 0): string {
	return pattern.replace(/\{([a-z][a-z0-9-]*)\}/g, (_whole, name: string) => {
		const alternatives = aliases[name];
		if (alternatives === undefined) throw new RulePackError(entry.file, at, `unknown alias {${name}}`);
		if (depth >= MAX_ALIAS_DEPTH) throw new RulePackError(entry.file, at, `alias {${name}} names aliases more than ${MAX_ALIAS_DEPTH} deep`);
		return `(?:${expandAliases(alternatives, aliases, entry, at, depth + 1)})`;
	});
}

const MAX_ALIAS_DEPTH = 3;

/**
 * What only the `u` flag reads right: property classes, code-point escapes, characters beyond the
 * BMP. V8 matches a `u` pattern about half as fast, so a pattern without these is compiled without it.
 */
const NEEDS_UNICODE = /\\[pPu]\{|[\uD800-\uDFFF]/;

export function compile(patterns: readonly string[], aliases: Record<string, string>, entry: RuleEntry, field: string, flags: string): RegExp[] {
	return patterns.map((pattern, index) => {
		const at = `${entry.at}.${field}[${index}]`;
		try {
			const source = expandAliases(pattern, aliases, entry, at);
			return new RegExp(source, NEEDS_UNICODE.test(source) ? flags : flags.replace('u', ''));
		} catch (error) {
			if (error instanceof RulePackError) throw error;
			throw new RulePackError(entry.file, at, `not a valid pattern: ${(error as Error).message}`);
		}
	});
}

/** Turns a complete rule entry into a rule ready to match; an incomplete one names its gap. */
export function compileRule(entry: RuleEntry, aliases: Record<string, string>): ViolationRule {
	const missing = (['category', 'severity', 'penalty', 'description', 'suggestion', 'source'] as const).find(field => entry[field] === undefined);
	if (missing) throw new RulePackError(entry.file, `${entry.at}.${missing}`, 'is required');
	return {
		id: entry.id,
		category: entry.category!,
		severity: entry.severity!,
		penalty: entry.penalty!,
		description: entry.description!,
		suggestion: entry.suggestion!,
		source: entry.source!,
		// Patterns are global: a match that is only part of a word is passed over for the next one.
		patterns: [...compile(entry.patterns ?? [], aliases, entry, 'patterns', 'gu'), ...compileFrames(entry.frames ?? [], aliases, entry)],
		// Global too: a clause-scoped exception is looked for at each place it matches.
		exceptions: compile(entry.exceptions ?? [], aliases, entry, 'exceptions', 'gu'),
		notIn: entry.notIn ?? [],
		wholeWords: entry.wholeWords ?? false,
		...(entry.detector ? {detector: entry.detector} : {}),
		...(entry.exceptionScope ? {exceptionScope: entry.exceptionScope} : {}),
	};
}

/**
 * What may stand between two parts of a frame: the packs' `{frame-gap}` class (rules/common.json),
 * which is `{w}` less the negations that turn a frame round (`21号以后就没有发货了`).
 */
const FRAME_GAP = '{frame-gap}';

/** A frame's parts in each order it allows, joined by the shortest gap that fits. */
export function framePatterns(frame: Frame): string[] {
	// No gap at all when none is allowed: `{0,0}?` would match the same, but it breaks the literal
	// run the required-words reader looks for (required-words.ts), leaving it single characters.
	const within = frame.within ?? 4;
	const gap = within === 0 ? '' : `${FRAME_GAP}{0,${within}}?`;
	const orders = frame.anyOrder ? permutations(frame.parts) : [frame.parts];
	return orders.map(parts => parts.map(part => `(?:${part})`).join(gap));
}

function permutations(parts: readonly string[]): string[][] {
	if (parts.length <= 1) return [[...parts]];
	return parts.flatMap((part, index) => permutations([...parts.slice(0, index), ...parts.slice(index + 1)]).map(rest => [part, ...rest]));
}

function compileFrames(frames: readonly Frame[], aliases: Record<string, string>, entry: RuleEntry): RegExp[] {
	return frames.flatMap((frame, index) => {
		const at = {...entry, at: `${entry.at}.frames[${index}]`};
		// Each part alone first, so that a bad one is named by its own index.
		compile(frame.parts, aliases, at, 'parts', 'u');
		return compile(framePatterns(frame), aliases, at, 'orders', 'gu');
	});
}

/** A common rule with a platform's override laid over it, field by field. */
export function overrideRule(base: RuleEntry, override: RuleEntry): RuleEntry {
	const merged: RuleEntry = {...base};
	for (const [key, value] of Object.entries(override)) if (value !== undefined && key !== 'file' && key !== 'at') (merged as unknown as Record<string, unknown>)[key] = value;
	// Errors in what the override changed point at the override.
	return {...merged, file: override.file, at: override.at};
}

/** A pack's `ownFeatures`, ready to find in normalised text. */
export function compileFeatures(patterns: readonly string[], aliases: Record<string, string>, file: string): RegExp[] {
	return compile(patterns, aliases, {id: 'ownFeatures', file, at: '$'}, 'ownFeatures', 'gu');
}
