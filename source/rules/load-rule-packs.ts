import {RecentFindings} from './recent-findings.js';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {PLATFORMS, type Platform} from '../model/message.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import {KeywordIndex} from './keyword-index.js';
import type {BuyerRules} from './buyer-rules.js';
import {loadBuyerRules} from './load-buyer-rules.js';
import {RequiredWords} from './required-words.js';
import {TextNormalizer} from './normalize.js';
import type {PackTools} from './pack-tools.js';
import {WordSegmenter} from './word-edges.js';
import {compileFeatures, compileRule, overrideRule} from './compile-rules.js';
import {RulePackError, type PackFile, type RulePack} from './rule-pack.js';
import {completeClock, validatePack} from './validate-pack.js';
import type {RuleEntry, ViolationRule} from './violation-rule.js';

/** The packs shipped with kefu-watch (`rules/` at the package root). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Contract §5: a conversation over every clock with no buyer line for half an hour is lost. */
export const DEFAULT_STALE_MINUTES = 30;

export type RulePacks = ReadonlyMap<Platform, RulePack>;

/** What the packs of one platform (or the common packs) add up to before compiling. */
interface Merged {
	name?: {zh: string; en: string};
	clocks: Map<string, ClockDefinition>;
	rules: Map<string, RuleEntry>;
	aliases: Record<string, string>;
	ownDomains: Set<string>;
	ownFeatures: Set<string>;
	disable: Set<string>;
	staleMinutes?: number;
	file?: string;
}

/**
 * Loads the built-in packs, then the user's `--rules` folder on top: a later pack replaces
 * clocks and rules of the same id (a platform pack may override a common rule field by field,
 * or disable it), and adds new ones. Any bad pack stops loading with its path and entry.
 */
export async function loadRulePacks(userDir?: string | readonly string[]): Promise<RulePacks> {
	const merged = new Map<Platform | 'common', Merged>();
	const userDirs = userDir === undefined ? [] : typeof userDir === 'string' ? [userDir] : userDir;
	for (const dir of [BUILTIN_RULES_DIR, ...userDirs]) {
		for (const pack of await readPackDir(dir)) mergeInto(merged, pack);
	}
	const common = merged.get('common') ?? emptyMerged();
	const packs = new Map<Platform, RulePack>();
	const required = new RequiredWords();
	const tools: PackTools = {required, segmenter: new WordSegmenter(() => packWords(packs, required)), normalizer: new TextNormalizer()};
	const buyerRules = await loadBuyerRules(tools, BUILTIN_RULES_DIR, userDirs);
	for (const platform of PLATFORMS) {
		const own = merged.get(platform);
		if (!own && !merged.has('common')) continue;
		packs.set(platform, buildPack(platform, own ?? emptyMerged(), common, tools, buyerRules));
	}
	// The built-in patterns compile (the tests say so); a user's may not, and must stop loading here.
	if (userDirs.length > 0) for (const pack of packs.values()) void pack.violationRules;
	return packs;
}

function emptyMerged(): Merged {
	return {clocks: new Map(), rules: new Map(), aliases: {}, ownDomains: new Set(), ownFeatures: new Set(), disable: new Set()};
}

function mergeInto(merged: Map<Platform | 'common', Merged>, pack: PackFile): void {
	let target = merged.get(pack.platform);
	if (!target) {
		target = emptyMerged();
		merged.set(pack.platform, target);
	}
	target.name ??= pack.name;
	target.file = pack.file;
	for (const clock of pack.clocks) target.clocks.set(clock.id, completeClock(clock, target.clocks.get(clock.id), pack.file));
	for (const rule of pack.rules) {
		const earlier = target.rules.get(rule.id);
		target.rules.set(rule.id, earlier ? overrideRule(earlier, rule) : rule);
	}
	Object.assign(target.aliases, pack.aliases);
	for (const domain of pack.ownDomains) target.ownDomains.add(domain);
	for (const feature of pack.ownFeatures) target.ownFeatures.add(feature);
	for (const id of pack.disable) target.disable.add(id);
	if (pack.staleMinutes !== undefined) target.staleMinutes = pack.staleMinutes;
}

function buildPack(platform: Platform, own: Merged, common: Merged, {segmenter, required, normalizer}: PackTools, buyerRules: BuyerRules): RulePack {
	const aliases = {...common.aliases, ...own.aliases};
	const entries = new Map(common.rules);
	for (const [id, rule] of own.rules) {
		const base = entries.get(id);
		if (id.startsWith('common.') && !base) throw new RulePackError(rule.file, `${rule.at}.id`, `overrides "${id}", but no common rule has that id`);
		entries.set(id, base ? overrideRule(base, rule) : rule);
	}
	// A common rule applies where its seeds say (`platforms`), and wherever a platform's own pack overrides it.
	const applies = (rule: RuleEntry) => !own.disable.has(rule.id) && (rule.platforms === undefined || rule.platforms.includes(platform) || own.rules.has(rule.id));
	// A platform's own rules first: where two rules flag the same words, the specific one speaks.
	const compile = () =>
		[...entries.values()]
			.filter(applies)
			.map(rule => compileRule(rule, aliases))
			.sort((a, b) => Number(a.id.startsWith('common.')) - Number(b.id.startsWith('common.')));
	// Compiled and indexed when first matched with: a shop's logs are of one or two platforms, and a
	// command that never matches (an empty folder, `records`) never pays for it.
	let violationRules: ViolationRule[] | undefined;
	let keywords: KeywordIndex | undefined;
	const clocks = [...own.clocks.values()];
	return {
		platform,
		name: own.name ?? {zh: platform, en: platform},
		clocks,
		idleClocks: clocks.map(clock => ({clock})),
		get violationRules() {
			return (violationRules ??= compile());
		},
		get keywords() {
			return (keywords ??= new KeywordIndex(this.violationRules, required));
		},
		ownDomains: [...own.ownDomains],
		segmenter,
		normalizer,
		ownFeatures: compileFeatures([...common.ownFeatures, ...own.ownFeatures], aliases, own.file ?? common.file ?? ''),
		staleMinutes: own.staleMinutes ?? common.staleMinutes ?? DEFAULT_STALE_MINUTES,
		file: own.file ?? common.file ?? '',
		findings: new RecentFindings(),
		buyerRules,
	};
}

/** The words the packs' patterns are made of (their required words), for the segmenter's dictionary. */
function packWords(packs: ReadonlyMap<Platform, RulePack>, required: RequiredWords): string[] {
	const words = new Set<string>();
	for (const pack of packs.values()) for (const rule of pack.violationRules) for (const pattern of rule.patterns) for (const word of required.of(pattern.source) ?? []) words.add(word);
	return [...words];
}

async function readPackDir(dir: string): Promise<PackFile[]> {
	const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
		throw new RulePackError(dir, '$', `cannot read the rules folder: ${error.message}`);
	});
	const packs: PackFile[] = [];
	for (const name of names.filter(n => n.endsWith('.json')).sort()) {
		const file = path.join(dir, name);
		packs.push(validatePack(parseJsonFile(await readFile(file, 'utf8'), file), file));
	}
	return packs;
}

function parseJsonFile(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new RulePackError(file, '$', `not valid JSON: ${(error as Error).message}`);
	}
}
