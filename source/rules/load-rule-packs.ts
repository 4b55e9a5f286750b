import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Platform} from '../model/message.js';
import {RulePackError, type RulePack} from './rule-pack.js';
import {validatePack} from './validate-pack.js';

/** The packs shipped with kefu-watch (`rules/` at the package root). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

export type RulePacks = ReadonlyMap<Platform, RulePack>;

/**
 * Loads the built-in packs, then the user's `--rules` folder on top: a user pack for a platform
 * replaces clocks of the same id and adds new ones. Any bad pack stops loading with its path.
 */
export async function loadRulePacks(userDir?: string): Promise<RulePacks> {
	const packs = new Map<Platform, RulePack>();
	for (const dir of userDir ? [BUILTIN_RULES_DIR, userDir] : [BUILTIN_RULES_DIR]) {
		for (const pack of await readPackDir(dir)) {
			const base = packs.get(pack.platform);
			packs.set(pack.platform, base ? overlay(base, pack) : pack);
		}
	}
	return packs;
}

async function readPackDir(dir: string): Promise<RulePack[]> {
	const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
		throw new RulePackError(dir, '$', `cannot read the rules folder: ${error.message}`);
	});
	const packs: RulePack[] = [];
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

function overlay(base: RulePack, override: RulePack): RulePack {
	const clocks = new Map(base.clocks.map(clock => [clock.id, clock]));
	for (const clock of override.clocks) clocks.set(clock.id, clock);
	return {...base, clocks: [...clocks.values()], file: override.file};
}
