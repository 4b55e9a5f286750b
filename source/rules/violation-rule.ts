import type {Platform} from '../model/message.js';

/** The categories of contract §3, exactly. */
export const CATEGORIES = [
	'off-platform-contact',
	'external-link',
	'competitor-platform',
	'payment-channel',
	'payment-method-refusal',
	'invoice-refusal',
	'out-of-stock',
	'abuse',
	'threat',
	'counterfeit',
	'privacy-leak',
	'order-close',
	'shipping-fee',
	'over-promise',
	'shipping-delay',
	'review-bribe',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Where a rule's words do not count: inside a question (`这款没货吗`) or after a negation of the
 * same clause (`不一定明天能到`). Rules whose words are the violation even when asked, such as
 * insults, leave it out. `denial` is a negation but not a condition: an offer made on a condition
 * is still made (`如果给好评就返您5元`).
 */
export const SCOPES = ['question', 'negation', 'denial'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * How far a rule's exceptions reach: anywhere in the message (the default: `卖完了,给您推荐别的款`
 * excuses the whole reply), or only the clause of the match (`先别付款,我发您收款码`: the refusal
 * of one thing does not excuse the next).
 */
export const EXCEPTION_SCOPES = ['message', 'clause'] as const;
export type ExceptionScope = (typeof EXCEPTION_SCOPES)[number];

export const SEVERITIES = ['error', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Number and contact detectors written in code: judgment a regular expression cannot make. */
export const DETECTORS = ['mobile', 'landline', 'qq-number', 'bank-card', 'email', 'url'] as const;
export type DetectorName = (typeof DETECTORS)[number];

export interface Penalty {
	/** Points deducted, where the seed says so. */
	points?: number;
	/** Fine in yuan, where the seed says so. */
	fineYuan?: number;
	/** The penalty as the seed states it, in Chinese. */
	note: string;
}

/**
 * A rule's words as a frame: its parts (usually word classes such as `{pay}`, `{to-shop}`) in
 * this order, each within `within` characters of the one before and in the same clause (no mark
 * or sentence-final particle between them), or in any order with `anyOrder`. `转给我` and
 * `余款转给我` and `转一下剩下的钱给我们老板` are one frame, not three sentences.
 */
export interface Frame {
	parts: string[];
	/** Characters allowed between two parts; 4 when absent. */
	within?: number;
	/** Every order of the parts (at most three): `余款转给您` and `转余款给您`. */
	anyOrder?: boolean;
}

/** A rule as written in a pack; in a platform pack, an entry with a common rule's id overrides it field by field. */
export interface RuleEntry {
	id: string;
	category?: Category;
	severity?: Severity;
	penalty?: Penalty;
	description?: {zh: string; en: string};
	suggestion?: string;
	source?: string;
	patterns?: string[];
	/** Compiled into patterns after `patterns` (see Frame). */
	frames?: Frame[];
	exceptions?: string[];
	exceptionScope?: ExceptionScope;
	detector?: DetectorName;
	/** The platforms whose seeds support the rule; every platform when absent. */
	platforms?: Platform[];
	notIn?: Scope[];
	/** Its Chinese matches must be whole words, checked by segmenting the text (`妈的` is not in `妈妈的`). */
	wholeWords?: boolean;
	/** Where the entry stands, for error messages: file and JSON path. */
	file: string;
	at: string;
}

/** A rule ready to match: every field present, patterns compiled with the aliases expanded. */
export interface ViolationRule {
	id: string;
	category: Category;
	severity: Severity;
	penalty: Penalty;
	description: {zh: string; en: string};
	suggestion: string;
	source: string;
	patterns: RegExp[];
	exceptions: RegExp[];
	/** `message` when absent. */
	exceptionScope?: ExceptionScope;
	detector?: DetectorName;
	notIn: readonly Scope[];
	wholeWords: boolean;
}
