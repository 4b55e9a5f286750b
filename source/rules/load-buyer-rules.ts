import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {validateBuyerPack, type BuyerPackFile, type BuyerRule, type BuyerRuleEntry} from './buyer-rule.js';
import {BuyerRules} from './buyer-rules.js';
import {compile} from './compile-rules.js';
import {RulePackError} from './rule-pack.js';
import type {PackTools} from './pack-tools.js';

/**
 * The buyer packs: `buyer/*.json` of the built-in rules folder, then of the user's `--rules`
 * folder when it has one (a rule of the same id replaces the built-in one). Kept apart from the
 * shop's packs, so that a buyer rule never flags the shop and the shop's packs stay as they are.
 */
export async function loadBuyerRules(tools: PackTools, builtinDir: string, userDirs: readonly string[] = []): Promise<BuyerRules> {
	const rules = new Map<string, {entry: BuyerRuleEntry; pack: BuyerPackFile; at: string}>();
	const aliases: Record<string, string> = {};
	// The built-in folder must have its buyer/ packs; a user's rules folder may have none.
	const dirs: [string, boolean][] = [[builtinDir, false], ...userDirs.map((dir): [string, boolean] => [dir, true])];
	for (const [dir, optional] of dirs) {
		for (const pack of await readBuyerDir(path.join(dir, 'buyer'), optional)) {
			Object.assign(aliases, pack.aliases);
			pack.rules.forEach((entry, index) => rules.set(entry.id, {entry, pack, at: `$.buyerRules[${index}]`}));
		}
	}
	return new BuyerRules(
		[...rules.values()].map(({entry, pack, at}) => compileBuyerRule(entry, aliases, pack.file, at)),
		tools,
	);
}

function compileBuyerRule(entry: BuyerRuleEntry, aliases: Record<string, string>, file: string, at: string): BuyerRule {
	const where = {id: entry.id, file, at};
	return {
		id: entry.id,
		category: entry.category,
		description: entry.description,
		source: entry.source,
		patterns: compile(entry.patterns, aliases, where, 'patterns', 'gu'),
		exceptions: compile(entry.exceptions ?? [], aliases, where, 'exceptions', 'u'),
		notIn: entry.notIn ?? [],
		wholeWords: entry.wholeWords ?? false,
	};
}

async function readBuyerDir(dir: string, optional: boolean): Promise<BuyerPackFile[]> {
	const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
		if (optional && error.code === 'ENOENT') return [];
		throw new RulePackError(dir, '$', `cannot read the buyer rules folder: ${error.message}`);
	});
	const packs: BuyerPackFile[] = [];
	for (const name of names.filter(n => n.endsWith('.json')).sort()) {
		const file = path.join(dir, name);
		const text = await readFile(file, 'utf8');
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (error) {
			throw new RulePackError(file, '$', `not valid JSON: ${(error as Error).message}`);
		}
		packs.push(validateBuyerPack(raw, file));
	}
	return packs;
}
