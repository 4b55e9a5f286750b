import {describe, expect, it} from 'vitest';
import {KeywordIndex} from '../../source/rules/keyword-index.js';
import {RequiredWords} from '../../source/rules/required-words.js';

/** Two rules: one of two patterns (微信 / 支付宝), one of a single pattern (拉黑). */
const RULES = [{patterns: [/加我微信/, /支付宝转/]}, {patterns: [/拉黑你/]}];
const index = () => new KeywordIndex(RULES, new RequiredWords(undefined));
const never = () => false;

describe('which rules and patterns a text can match', () => {
	it('names the rules whose words the text holds, and of those rules only the patterns it can match', () => {
		const keywords = index();
		expect(keywords.candidates('可以加我微信吗', never)).toEqual([0]);
		expect([keywords.mayMatch(0, 0), keywords.mayMatch(0, 1)]).toEqual([true, false]);
	});

	it('answers for the last scan only: a pattern possible in one text is not in the next', () => {
		const keywords = index();
		keywords.candidates('加我微信', never);
		expect(keywords.candidates('再这样就拉黑你', never)).toEqual([1]);
		expect([keywords.mayMatch(0, 0), keywords.mayMatch(1, 0)]).toEqual([false, true]);
		keywords.candidates('好的亲', never);
		expect(keywords.mayMatch(1, 0)).toBe(false);
	});
});
