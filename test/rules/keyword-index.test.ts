import {describe, expect, it} from 'vitest';
import {KeywordIndex} from '../../source/rules/keyword-index.js';
import {RequiredWords} from '../../source/rules/required-words.js';

/** Two rules: one of three patterns (微信 / 支付宝 / 等…再发), one of a single pattern (拉黑). */
const RULES = [{patterns: [/加我微信/, /支付宝转/, /等.{0,4}再发/]}, {patterns: [/拉黑你/]}];
const index = () => new KeywordIndex(RULES, new RequiredWords(undefined));
const never = () => false;

describe('which rules and patterns a text can match', () => {
	it('names the rules whose words the text holds, and of those rules only the patterns it can match', () => {
		const keywords = index();
		expect(keywords.candidates('可以加我微信吗', never)).toEqual([0]);
		expect(keywords.patternsOf(0)).toEqual([0]);
	});

	it('answers for the last scan only: a pattern possible in one text is not in the next', () => {
		const keywords = index();
		keywords.candidates('加我微信', never);
		expect(keywords.candidates('再这样就拉黑你', never)).toEqual([1]);
		expect([keywords.patternsOf(0), keywords.patternsOf(1)]).toEqual([undefined, [0]]);
		expect(keywords.candidates('好的亲', never)).toEqual([]);
		expect(keywords.patternsOf(1)).toBeUndefined();
	});

	it('leaves out a pattern whose second words the text lacks, though it holds the first', () => {
		const keywords = index();
		// 等…再发 needs 再发 (what the scan looks for) and 等: 再发 alone cannot match it.
		expect(keywords.candidates('明天再发', never)).toEqual([]);
		expect(keywords.candidates('等两天再发', never)).toEqual([0]);
		expect(keywords.patternsOf(0)).toEqual([2]);
	});
});
