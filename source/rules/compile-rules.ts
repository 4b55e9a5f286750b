import {RulePackError} from './rule-pack.js';
import type {RuleEntry, ViolationRule} from './violation-rule.js';

/** `{wechat}` in a pattern stands for the alias's alternatives. */
function expandAliases(pattern: string, aliases: Record<string, string>, entry: RuleEntry, at: string): string {
	return pattern.replace(/\{([a-z][a-z0-9-]*)\}/g, (_whole, name: string) => {
		const alternatives = aliases[name];
		if (alternatives === undefined) throw new RulePackError(entry.file, at, `unknown alias {${name}}`);
		return `(?:${alternatives})`;
	});
}

export function compile(patterns: readonly string[], aliases: Record<string, string>, entry: RuleEntry, field: string, flags: string): RegExp[] {
	return patterns.map((pattern, index) => {
		const at = `${entry.at}.${field}[${index}]`;
		try {
			return new RegExp(expandAliases(pattern, aliases, entry, at), flags);
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
		patterns: compile(entry.patterns ?? [], aliases, entry, 'patterns', 'gu'),
		// Global too: a clause-scoped exception is looked for at each place it matches.
		exceptions: compile(entry.exceptions ?? [], aliases, entry, 'exceptions', 'gu'),
		notIn: entry.notIn ?? [],
		wholeWords: entry.wholeWords ?? false,
		...(entry.detector ? {detector: entry.detector} : {}),
		...(entry.exceptionScope ? {exceptionScope: entry.exceptionScope} : {}),
	};
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
