import {loadRulePacks} from './load-rule-packs.js';
import {PRECOMPUTED, writePrecomputed} from './required-words.js';

/** Run by `npm run build`: the required words of every built-in pattern, worked out once. */
const packs = await loadRulePacks();
writePrecomputed(
	PRECOMPUTED,
	[...packs.values()].flatMap(pack => pack.violationRules.flatMap(rule => rule.patterns.map(pattern => pattern.source))),
);
