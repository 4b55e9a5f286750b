import {beforeAll, describe, expect, it} from 'vitest';
import type {Platform} from '../../source/model/message.js';
import {findViolations} from '../../source/rules/find-violations.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import type {Category} from '../../source/rules/violation-rule.js';

// Families of phrasing for engineer B's categories (issue 14): each family is written several ways,
// with words between, other verbs and objects, and near misses that must be left alone. None of
// these lines comes from a labelled set.

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

const categories = (platform: Platform, text: string) => [...new Set(findViolations(text, platform, packs).map(v => v.rule.category))];

/** One family: lines that must be flagged for `category`, and near misses that must not be. */
function family(category: Category, name: string, flags: [Platform, string][], leaves: [Platform, string][]): void {
	describe(`${category}: ${name}`, () => {
		it.each(flags)('flags on %s: %s', (platform, text) => {
			expect(categories(platform, text)).toContain(category);
		});
		if (leaves.length > 0)
			it.each(leaves)('leaves alone on %s: %s', (platform, text) => {
				expect(categories(platform, text)).not.toContain(category);
			});
	});
}

family(
	'payment-channel',
	'"V me" an amount, a private ledger, bank apps, paying me an amount, the money handed to me',
	[
		['pinduoduo', '剩下的v我50就行'],
		['douyin', '运费您V我一下,马上给您发'],
		['taobao', '您走私账的话能便宜不少'],
		['kuaishou', '货款打到私户上就行'],
		['jd', '您用网银汇一下就行,账号我发您'],
		['douyin', '您银行转账到这个户名就行'],
		['douyin', '您先付我两百定金,我这就给您排单'],
		['jd', '您这边给我转一百块押金'],
		['taobao', '先转50元给我们,我给您留货'],
		['douyin', '您把钱直接给我,比在平台上便宜'],
		['tmall', '链接不用拍,钱发给我就行'],
		['kuaishou', '剩下的尾款交给我们就可以'],
		['taobao', '补差价扫我的码'],
		['taobao', '您提供一下账户,我们把多收的运费退给您'],
		['tmall', '给个卡号,差价给您打过去'],
		['jd', '当面付也可以,到店付现金'],
	],
	[
		['taobao', '您那边银行转账失败的话,可以在平台上换张卡付'],
		['jd', '货到付款您把现金给快递员就行'],
		['jd', '到付的运费您直接给快递员就行'],
		['tmall', '有问题可以直接打我们客服热线'],
		['taobao', '款式给我看一下,我帮您对比'],
		['taobao', '退款我们已经同意了,钱会退回您的账户'],
		['pinduoduo', '差价我们会通过小额打款退给您'],
		['tmall', '您拍下后在线支付就可以了'],
		['taobao', '钱是平台直接退给您的,不经过我们'],
		['taobao', '请在平台下单付款,资金由平台担保'],
	],
);
