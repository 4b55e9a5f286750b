import {beforeAll, describe, expect, it} from 'vitest';
import {matchPack} from '../../source/rules/find-violations.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import type {Platform} from '../../source/model/message.js';
import {withoutControls} from '../../source/text/inert-text.js';

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

// Matched afresh (not through the memo), so each case is the matcher's own answer.
const found = (platform: Platform, text: string) => matchPack(text, packs.get(platform)!).map(v => ({category: v.rule.category, match: v.match, start: v.start, end: v.end}));

describe('a keyword split by a control or an escape sequence', () => {
	it.each([
		['pinduoduo', '亲,加我微\u001B[0m信 给您私下再优惠', 'off-platform-contact'],
		['pinduoduo', '加我微\u001B]0;\u0007信', 'off-platform-contact'],
		['taobao', '我电话 138\u0000 1234\u202E 5678,直接打', 'off-platform-contact'],
		['jd', '扣\u009B1m扣 12345678 找我', 'off-platform-contact'],
		['tmall', '特價商品不開發\u007F票', 'invoice-refusal'],
		['kuaishou', '这款是精\u001B[31;1m仿的', 'counterfeit'],
	] as [Platform, string, string][])('%s: %j', (platform, hostile, category) => {
		const plain = withoutControls(hostile);
		expect(plain).not.toBe(hostile);
		const expected = found(platform, plain);
		expect(expected.map(v => v.category)).toContain(category);
		const got = found(platform, hostile);
		expect(got.map(v => v.category)).toEqual(expected.map(v => v.category));
		got.forEach((violation, index) => {
			// `match` quotes the original span, controls and all, and the span is where it says.
			expect(hostile.slice(violation.start, violation.end)).toBe(violation.match);
			expect(withoutControls(violation.match)).toBe(expected[index]!.match);
		});
		expect(got.find(v => v.category === category)!.match).toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/);
	});
});
