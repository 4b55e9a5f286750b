import {beforeAll, describe, expect, it} from 'vitest';
import type {Platform} from '../../source/model/message.js';
import {findViolations, type Violation} from '../../source/rules/find-violations.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import type {Category} from '../../source/rules/violation-rule.js';

/** Texts on their platforms, for a family's tables. */
export type PlatformTexts = [Platform, string][];

/**
 * The built-in packs for one test file of phrasing families (issue 14), loaded before its tests:
 * what a text breaks, and `family`, one table of texts a category must flag and one of near
 * misses it must leave alone.
 */
export function ruleFamilies() {
	let packs: RulePacks | undefined;
	beforeAll(async () => {
		packs = await loadRulePacks();
	});
	const findings = (platform: Platform, text: string): readonly Violation[] => findViolations(text, platform, packs!);
	const categories = (platform: Platform, text: string): Category[] => [...new Set(findings(platform, text).map(v => v.rule.category))];
	function family(category: Category, name: string, flagged: PlatformTexts, alone: PlatformTexts): void {
		describe(`${category}: ${name}`, () => {
			if (flagged.length > 0) it.each(flagged)('flags on %s: %s', (platform, text) => expect(categories(platform, text)).toContain(category));
			if (alone.length > 0) it.each(alone)('leaves alone on %s: %s', (platform, text) => expect(categories(platform, text)).not.toContain(category));
		});
	}
	return {findings, categories, family};
}
