import {loadRulePacks} from './load-rule-packs.js';
import {PRECOMPUTED, writePrecomputed} from './required-words.js';
import {WORD_PAIRS_FILE, WordPairs} from './word-edges.js';

/** Run by `npm run build`: the required words of every built-in pattern, worked out once. */
const packs = await loadRulePacks();
writePrecomputed(
	PRECOMPUTED,
	[...packs.values()].flatMap(pack => [...pack.violationRules, ...pack.buyerRules.rules].flatMap(rule => rule.patterns.map(pattern => pattern.source))),
);
WordPairs.write(WORD_PAIRS_FILE);
