import {PLATFORMS, type Platform} from '../model/message.js';
import {validFrames} from './validate-frames.js';
import {
	CATEGORIES,
	DETECTORS,
	EXCEPTION_SCOPES,
	SCOPES,
	SEVERITIES,
	type Category,
	type DetectorName,
	type ExceptionScope,
	type Penalty,
	type RuleEntry,
	type Scope,
	type Severity,
} from './violation-rule.js';
import {isObject, type Fail} from './json-shape.js';

/**
 * Checks one `rules[]` entry. A full entry needs every field; an override (`partial`) needs only
 * its id, and whatever else it gives must be well-formed.
 */
export function validateRuleEntry(raw: unknown, file: string, at: string, fail: Fail, partial: boolean): RuleEntry {
	if (!isObject(raw)) return fail(at, 'a rule must be an object');
	const id = raw['id'];
	if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(id)) return fail(`${at}.id`, 'must be a lowercase id like "pdd.contact.wechat"');
	const entry: RuleEntry = {id, file, at};
	const need = (field: string) => (partial ? undefined : fail(`${at}.${field}`, 'is required'));
	const field = <T>(name: string, check: (value: unknown) => T | undefined, problem: string): T | undefined =>
		raw[name] === undefined ? need(name) : (check(raw[name]) ?? fail(`${at}.${name}`, problem));

	entry.category = field('category', v => oneOf<Category>(v, CATEGORIES), `must be one of ${CATEGORIES.join(', ')}`);
	entry.severity = field('severity', v => oneOf<Severity>(v, SEVERITIES), 'must be error, warn or info');
	entry.penalty = field('penalty', penalty, 'must be {"note": "…", "points"?: N, "fineYuan"?: N}');
	entry.description = field('description', bilingual, 'must be {"zh": "…", "en": "…"}');
	entry.suggestion = field('suggestion', text, 'must be a suggested compliant reply');
	entry.source = field('source', text, 'must name the seed document the rule comes from');
	entry.exceptions = raw['exceptions'] === undefined ? undefined : (strings(raw['exceptions']) ?? fail(`${at}.exceptions`, 'must be a list of patterns'));
	if (raw['exceptionScope'] !== undefined) entry.exceptionScope = oneOf<ExceptionScope>(raw['exceptionScope'], EXCEPTION_SCOPES) ?? fail(`${at}.exceptionScope`, 'must be message or clause');
	if (raw['detector'] !== undefined) entry.detector = oneOf<DetectorName>(raw['detector'], DETECTORS) ?? fail(`${at}.detector`, `must be one of ${DETECTORS.join(', ')}`);
	if (raw['patterns'] !== undefined) entry.patterns = strings(raw['patterns']) ?? fail(`${at}.patterns`, 'must be a list of patterns');
	if (raw['frames'] !== undefined)
		entry.frames = validFrames(raw['frames']) ?? fail(`${at}.frames`, 'must be a list of {"parts": ["…", "…"], "within"?: N, "anyOrder"?: true} (2–3 parts with anyOrder)');
	if (raw['platforms'] !== undefined) entry.platforms = listOf<Platform>(raw['platforms'], PLATFORMS) ?? fail(`${at}.platforms`, `must be a non-empty list of ${PLATFORMS.join(', ')}`);
	if (raw['notIn'] !== undefined) entry.notIn = listOf<Scope>(raw['notIn'], SCOPES) ?? fail(`${at}.notIn`, `must be a list of ${SCOPES.join(', ')}`);
	if (raw['wholeWords'] !== undefined) entry.wholeWords = typeof raw['wholeWords'] === 'boolean' ? raw['wholeWords'] : fail(`${at}.wholeWords`, 'must be true or false');
	if (!partial && !entry.detector && !entry.patterns?.length && !entry.frames?.length) fail(`${at}.patterns`, 'a rule needs patterns, frames or a detector');
	for (const key of Object.keys(entry)) if (entry[key as keyof RuleEntry] === undefined) delete entry[key as keyof RuleEntry];
	return entry;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly string[]): T | undefined {
	return typeof value === 'string' && allowed.includes(value) ? (value as T) : undefined;
}

export function listOf<T extends string>(value: unknown, allowed: readonly string[]): T[] | undefined {
	return Array.isArray(value) && value.length > 0 && value.every(v => oneOf(v, allowed) !== undefined) ? (value as T[]) : undefined;
}

export function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function strings(value: unknown): string[] | undefined {
	return Array.isArray(value) && value.every(v => typeof v === 'string' && v !== '') ? (value as string[]) : undefined;
}

export function bilingual(value: unknown): {zh: string; en: string} | undefined {
	return isObject(value) && text(value['zh']) && text(value['en']) ? {zh: value['zh'] as string, en: value['en'] as string} : undefined;
}

function penalty(value: unknown): Penalty | undefined {
	if (!isObject(value) || !text(value['note'])) return undefined;
	const count = (v: unknown) => v === undefined || (typeof v === 'number' && v >= 0);
	if (!count(value['points']) || !count(value['fineYuan'])) return undefined;
	return {
		note: value['note'] as string,
		...(value['points'] === undefined ? {} : {points: value['points'] as number}),
		...(value['fineYuan'] === undefined ? {} : {fineYuan: value['fineYuan'] as number}),
	};
}
