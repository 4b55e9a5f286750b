import type {ViolationRule} from './violation-rule.js';

/** One rule broken by one message: the rule and the words of the original text that broke it. */
export interface Violation {
	rule: ViolationRule;
	/** [start, end) in the original text, UTF-16 units. */
	start: number;
	end: number;
	match: string;
}
