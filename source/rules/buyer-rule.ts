import {entriesWithIds, failIn, isObject, type Fail} from './json-shape.js';
import {bilingual, listOf, oneOf, strings, text} from './validate-rule.js';
import {SCOPES, type Scope} from './violation-rule.js';

/** The buyer-rule categories of contract §7. */
export const BUYER_CATEGORIES = ['complaint', 'bad-review', 'buyer-abuse'] as const;
export type BuyerCategory = (typeof BUYER_CATEGORIES)[number];

/** A buyer rule as written in a buyer pack (`rules/buyer/*.json`, `buyerRules[]`). */
export interface BuyerRuleEntry {
	id: string;
	category: BuyerCategory;
	description: {zh: string; en: string};
	/** The seed document (and section) the rule rests on. */
	source: string;
	patterns: string[];
	exceptions?: string[];
	notIn?: Scope[];
	wholeWords?: boolean;
}

/** A buyer rule ready to match, on the shop rules' machinery (match-scope.ts). */
export interface BuyerRule {
	id: string;
	category: BuyerCategory;
	description: {zh: string; en: string};
	source: string;
	patterns: RegExp[];
	exceptions: RegExp[];
	notIn: readonly Scope[];
	wholeWords: boolean;
}

/** One buyer pack file as read and checked. */
export interface BuyerPackFile {
	aliases: Record<string, string>;
	rules: BuyerRuleEntry[];
	file: string;
}

/** Checks a parsed buyer pack; throws a RulePackError naming the file and the JSON path of the bad entry. */
export function validateBuyerPack(raw: unknown, file: string): BuyerPackFile {
	const fail = failIn(file);
	if (!isObject(raw)) return fail('$', 'a buyer rule pack must be a JSON object');
	const aliases = raw['aliases'] ?? {};
	if (!isObject(aliases) || !Object.values(aliases).every(v => typeof v === 'string' && v !== '')) return fail('$.aliases', 'must map names to patterns');
	const list = raw['buyerRules'];
	if (!Array.isArray(list)) return fail('$.buyerRules', 'must be an array of buyer rules');
	const rules = entriesWithIds(list, '$.buyerRules', 'rule', (entry, at) => validateBuyerRule(entry, at, fail), fail);
	return {aliases: aliases as Record<string, string>, rules, file};
}

function validateBuyerRule(raw: unknown, at: string, fail: Fail): BuyerRuleEntry {
	if (!isObject(raw)) return fail(at, 'a buyer rule must be an object');
	const id = raw['id'];
	if (typeof id !== 'string' || !/^buyer\.[a-z0-9][a-z0-9.-]*$/.test(id)) return fail(`${at}.id`, 'must be a lowercase id starting "buyer.", like "buyer.complaint.authority"');
	const need = <T>(name: string, value: T | undefined, problem: string): T => value ?? fail(`${at}.${name}`, raw[name] === undefined ? 'is required' : problem);
	const entry: BuyerRuleEntry = {
		id,
		category: need('category', oneOf<BuyerCategory>(raw['category'], BUYER_CATEGORIES), `must be one of ${BUYER_CATEGORIES.join(', ')}`),
		description: need('description', bilingual(raw['description']), 'must be {"zh": "…", "en": "…"}'),
		source: need('source', text(raw['source']), 'must name the seed document the rule comes from'),
		patterns: need('patterns', nonEmpty(strings(raw['patterns'])), 'must be a non-empty list of patterns'),
	};
	if (raw['exceptions'] !== undefined) entry.exceptions = strings(raw['exceptions']) ?? fail(`${at}.exceptions`, 'must be a list of patterns');
	if (raw['notIn'] !== undefined) entry.notIn = listOf<Scope>(raw['notIn'], SCOPES) ?? fail(`${at}.notIn`, `must be a list of ${SCOPES.join(', ')}`);
	if (raw['wholeWords'] !== undefined) entry.wholeWords = typeof raw['wholeWords'] === 'boolean' ? raw['wholeWords'] : fail(`${at}.wholeWords`, 'must be true or false');
	return entry;
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
	return list && list.length > 0 ? list : undefined;
}
