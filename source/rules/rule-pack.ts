import type {BuyerRules} from './buyer-rules.js';
import type {KeywordIndex} from './keyword-index.js';
import type {RecentFindings} from './recent-findings.js';
import type {Violation} from './violation.js';
import type {WordSegmenter} from './word-edges.js';
import type {TextNormalizer} from './normalize.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {Platform} from '../model/message.js';
import type {RuleEntry, ViolationRule} from './violation-rule.js';

/**
 * A clock as a pack file gives it: only the fields it names, each checked. Over a clock of the
 * same id from an earlier pack it replaces those fields and keeps the others (a target, a fine).
 */
export type ClockEntry = Partial<ClockDefinition> & {id: string; at: string};

/** One pack file as read and checked; `common` packs apply to every platform. */
export interface PackFile {
	platform: Platform | 'common';
	name: {zh: string; en: string};
	clocks: ClockEntry[];
	rules: RuleEntry[];
	/** Named alternatives usable in patterns as `{name}`, e.g. every way to write WeChat. */
	aliases: Record<string, string>;
	/** The platform's own sites: links to them are not external. */
	ownDomains: string[];
	/** Patterns for the platform's own features (its invoice buttons, couriers, payment tools): words inside them break no rule. */
	ownFeatures: string[];
	/** Rule ids switched off for this platform. */
	disable: string[];
	/** After how many minutes without a buyer line a conversation over every clock is lost (contract §5). */
	staleMinutes?: number;
	file: string;
}

/** What one platform's packs give the core once loaded, merged and compiled. */
export interface RulePack {
	platform: Platform;
	name: {zh: string; en: string};
	clocks: ClockDefinition[];
	/** The clocks with nothing pending: the one list that idle rows, most of a big board, share. */
	idleClocks: {clock: ClockDefinition}[];
	violationRules: ViolationRule[];
	/** Which rules can match a text at all: most messages contain none of the words rules need. */
	keywords: KeywordIndex;
	ownDomains: string[];
	ownFeatures: RegExp[];
	/** Cuts texts into words where a match might split one; shared by the packs loaded together. */
	segmenter: WordSegmenter;
	/** Brings disguised text to the form rules match; shared by the packs loaded together. */
	normalizer: TextNormalizer;
	/** Minutes without a buyer line after which a conversation over every clock is lost; `--stale` overrides. */
	staleMinutes: number;
	/** The file the pack was read from (the last one, when a user pack overrides). */
	file: string;
	/** What recent texts were found to break under this pack. */
	readonly findings: RecentFindings<Violation>;
	/** The buyer rules (contract §7, `rules/buyer/`): one set for every platform, matched on buyer lines only. */
	buyerRules: BuyerRules;
}

export {RulePackError} from './rule-pack-error.js';
