import {RulePackError} from './rule-pack-error.js';

/** A JSON object as parsed, before its fields are checked. */
export type Json = Record<string, unknown>;

/** Throws a RulePackError naming the pack's file and the JSON path of the bad entry. */
export type Fail = (entry: string, problem: string) => never;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function failIn(file: string): Fail {
	return (entry, problem) => {
		throw new RulePackError(file, entry, problem);
	};
}

/** Each entry of the list at `at` checked by `check`; an id seen before is refused at its entry's path. */
export function entriesWithIds<T extends {id: string}>(list: readonly unknown[], at: string, what: string, check: (entry: unknown, path: string) => T, fail: Fail): T[] {
	const ids = new Set<string>();
	return list.map((entry, index) => {
		const checked = check(entry, `${at}[${index}]`);
		if (ids.has(checked.id)) fail(`${at}[${index}].id`, `duplicate ${what} id "${checked.id}"`);
		ids.add(checked.id);
		return checked;
	});
}
