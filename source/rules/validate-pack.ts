import {PLATFORMS, type Platform, type Sender} from '../model/message.js';
import type {ClockDefinition, FineCondition} from '../model/reply-clock.js';
import {parseClockTime} from '../time/zone.js';
import {entriesWithIds, failIn, isObject, type Fail} from './json-shape.js';
import type {ClockEntry, PackFile} from './rule-pack.js';
import {validateRuleEntry} from './validate-rule.js';

/** Checks a parsed pack against the schema; throws a RulePackError naming the bad entry. */
export function validatePack(raw: unknown, file: string): PackFile {
	const fail = failIn(file);
	if (!isObject(raw)) return fail('$', 'a rule pack must be a JSON object');
	const platform = raw['platform'];
	if (typeof platform !== 'string' || !(['common', ...PLATFORMS] as string[]).includes(platform)) {
		return fail('$.platform', `must be common or one of ${PLATFORMS.join(', ')}`);
	}
	const clocks = raw['clocks'] ?? [];
	if (!Array.isArray(clocks)) return fail('$.clocks', 'must be an array');
	const checked = entriesWithIds(clocks, '$.clocks', 'clock', (clock, at) => validateClock(clock, at, fail), fail);
	const rulesRaw = raw['rules'] ?? [];
	if (!Array.isArray(rulesRaw)) return fail('$.rules', 'must be an array');
	const rules = entriesWithIds(
		rulesRaw,
		'$.rules',
		'rule',
		(rule, at) => {
			const id = isObject(rule) ? rule['id'] : undefined;
			// In a platform pack, an entry naming a common rule overrides it and may be partial.
			const partial = platform !== 'common' && typeof id === 'string' && id.startsWith('common.');
			return validateRuleEntry(rule, file, at, fail, partial);
		},
		fail,
	);
	return {
		platform: platform as Platform | 'common',
		name: bilingual(raw['name'], platform),
		clocks: checked,
		rules,
		aliases: stringMap(raw['aliases'], '$.aliases', fail),
		ownDomains: stringList(raw['ownDomains'], '$.ownDomains', fail),
		ownFeatures: stringList(raw['ownFeatures'], '$.ownFeatures', fail),
		disable: stringList(raw['disable'], '$.disable', fail),
		...staleMinutes(raw['staleMinutes'], fail),
		file,
	};
}

function staleMinutes(value: unknown, fail: Fail): {staleMinutes?: number} {
	if (value === undefined) return {};
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return fail('$.staleMinutes', 'must be a positive number of minutes');
	return {staleMinutes: value};
}

function stringMap(value: unknown, at: string, fail: Fail): Record<string, string> {
	if (value === undefined) return {};
	if (!isObject(value) || !Object.values(value).every(v => typeof v === 'string' && v !== '')) return fail(at, 'must map names to patterns');
	return value as Record<string, string>;
}

function stringList(value: unknown, at: string, fail: Fail): string[] {
	if (value === undefined) return [];
	if (!Array.isArray(value) || !value.every(v => typeof v === 'string' && v !== '')) return fail(at, 'must be a list of strings');
	return value as string[];
}

/** The fields a clock entry names, each checked; whether they add up to a whole clock is seen when packs are merged (`completeClock`). */
function validateClock(raw: unknown, at: string, fail: Fail): ClockEntry {
	if (!isObject(raw)) return fail(at, 'a clock must be an object');
	const id = raw['id'];
	if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(id)) return fail(`${at}.id`, 'must be a lowercase id like "reply-5m"');
	const entry: ClockEntry = {id, at};
	const given = (key: string) => raw[key] !== undefined;
	if (given('limitSeconds')) entry.limitSeconds = positive(raw['limitSeconds']) ?? fail(`${at}.limitSeconds`, 'must be a positive number of seconds');
	if (given('warnSeconds')) entry.warnSeconds = nonNegative(raw['warnSeconds']) ?? fail(`${at}.warnSeconds`, 'must be zero or more seconds');
	if (given('window')) {
		const window = isObject(raw['window']) ? raw['window'] : fail(`${at}.window`, 'must be {"from": "HH:MM", "to": "HH:MM"}');
		const fromSecond = parseClockTime(String(window['from'])) ?? fail(`${at}.window.from`, 'must be a time like "08:00"');
		const toSecond = parseClockTime(String(window['to'])) ?? fail(`${at}.window.to`, 'must be a time like "23:00"');
		if (toSecond <= fromSecond) fail(`${at}.window`, '"to" must be later than "from"');
		entry.window = {fromSecond, toSecond};
	}
	if (given('stoppedBy')) {
		const stoppedBy = raw['stoppedBy'];
		if (!Array.isArray(stoppedBy) || stoppedBy.length === 0 || !stoppedBy.every(s => s === 'agent' || s === 'bot')) {
			return fail(`${at}.stoppedBy`, 'must be a non-empty list of "agent" and "bot"');
		}
		entry.stoppedBy = stoppedBy as Sender[];
	}
	if (given('source')) entry.source = typeof raw['source'] === 'string' && raw['source'] !== '' ? raw['source'] : fail(`${at}.source`, 'must name the document the rule comes from');
	if (given('target')) entry.target = fraction(raw['target']) ?? fail(`${at}.target`, 'must be a rate between 0 and 1');
	if (given('fine')) entry.fine = validateFine(raw['fine'], `${at}.fine`, fail);
	if (given('label')) entry.label = bilingual(raw['label'], id);
	return entry;
}

/**
 * A clock entry over the clock of the same id before it (field by field), or on its own: the
 * whole must be a clock, named at the entry when it is not.
 */
export function completeClock(entry: ClockEntry, earlier: ClockDefinition | undefined, file: string): ClockDefinition {
	const failHere = failIn(file);
	const fail = (key: string, problem: string): never => failHere(`${entry.at}${key}`, problem);
	const {at: _at, ...fields} = entry;
	const merged = {warnSeconds: 0, label: {zh: entry.id, en: entry.id}, ...earlier, ...fields};
	const missing = (['limitSeconds', 'window', 'stoppedBy', 'source'] as const).find(key => merged[key] === undefined);
	if (missing) fail(`.${missing}`, `is needed: no earlier pack defines clock "${entry.id}" for this entry to change`);
	const clock = merged as ClockDefinition;
	if (clock.warnSeconds >= clock.limitSeconds) fail('.warnSeconds', 'must be less than limitSeconds');
	return clock;
}

function validateFine(raw: unknown, at: string, fail: Fail): FineCondition {
	if (!isObject(raw)) return fail(at, 'must be {"minConsultations": N, "rateBelow": 0..1, "yuan": N}');
	return {
		minConsultations: nonNegative(raw['minConsultations']) ?? fail(`${at}.minConsultations`, 'must be zero or more'),
		rateBelow: fraction(raw['rateBelow']) ?? fail(`${at}.rateBelow`, 'must be a rate between 0 and 1'),
		yuan: positive(raw['yuan']) ?? fail(`${at}.yuan`, 'must be a positive amount'),
	};
}

function fraction(value: unknown): number | undefined {
	return typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined;
}

function positive(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function nonNegative(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function bilingual(value: unknown, fallback: string): {zh: string; en: string} {
	if (typeof value === 'string') return {zh: value, en: value};
	if (isObject(value)) {
		const zh = typeof value['zh'] === 'string' ? value['zh'] : fallback;
		const en = typeof value['en'] === 'string' ? value['en'] : zh;
		return {zh, en};
	}
	return {zh: fallback, en: fallback};
}
