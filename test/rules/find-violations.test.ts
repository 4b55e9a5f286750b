import {beforeAll, describe, expect, it} from 'vitest';
import {findViolations} from '../../source/rules/find-violations.js';
import {GENERATION} from '../../source/rules/recent-findings.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import type {Platform} from '../../source/model/message.js';

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

const categories = (platform: Platform, text: string) => [...new Set(findViolations(text, platform, packs).map(v => v.rule.category))];

describe('finding violations', () => {
	it.each([
		['pinduoduo', '亲,加我薇信 kefu_2026 给您私下再优惠', ['off-platform-contact']],
		['taobao', '我电话 １３８ １２３４ ５６７８,直接打', ['off-platform-contact']],
		['jd', '扣扣 12345678 找我', ['off-platform-contact']],
		['tmall', '您把钱转到我的支付宝就行', ['payment-channel']],
		['kuaishou', '卡号 6222 0212 3456 7890 128 直接转账', ['payment-channel']],
		['kuaishou', '这款是精仿的,跟专柜一样', ['counterfeit']],
		['tmall', '特價商品不開發票', ['invoice-refusal']],
		['taobao', '偏远地区要另外补10元邮费', ['shipping-fee']],
		['pinduoduo', '你是不是傻', ['abuse']],
		['pinduoduo', '信不信我拉黑你', ['threat']],
		['tmall', '我们不支持信用卡付款', ['payment-method-refusal']],
	] as [Platform, string, string[]][])('%s: %s', (platform, text, expected) => {
		expect(categories(platform, text)).toEqual(expected);
	});

	it.each([
		['pinduoduo', '您的订单号 231122-456789012345 已发货'],
		['pinduoduo', '单号SF1402378896512,顺丰发出'],
		['pinduoduo', '中通快递 78312345678901,明天到'],
		['pinduoduo', '有发票的亲,请发抬头'],
		['pinduoduo', 'V领毛衣还有白色'],
		['pinduoduo', '滚筒洗衣机也可以用,傻瓜式操作'],
		['pinduoduo', '差价给您小额打款,或者发红包'],
		['tmall', '公司不允许上班开QQ,请旺旺联系'],
		['tmall', '建议您用支付宝付款哦'],
		['taobao', '价格是¥129.00,买2件更便宜'],
		['pinduoduo', '假一赔三,请放心'],
		['pinduoduo', '点这里领券 https://mobile.yangkeduo.com/coupon'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toEqual([]);
	});

	it('forbids the bare words on Pinduoduo that Tmall allows', () => {
		expect(categories('pinduoduo', '公司不允许上班开QQ,请在这里联系')).toEqual(['off-platform-contact']);
		expect(categories('pinduoduo', '建议您用支付宝付款哦')).toEqual(['payment-channel']);
		expect(categories('pinduoduo', '淘宝上那家是假的')).toContain('competitor-platform');
		expect(categories('tmall', '淘宝上也能买到')).toEqual([]);
	});

	it('quotes the original words, disguise included', () => {
		const [violation] = findViolations('亲,加 我 薇.信 哦', 'taobao', packs);
		expect(violation?.match).toBe('加 我 薇.信');
	});
});

describe('remembering what recent texts broke', () => {
	it('gives a repeated text the findings of its first time, which nobody can change', () => {
		const first = findViolations('加我微信kf20261给您优惠', 'pinduoduo', packs);
		const again = findViolations('加我微信kf20261给您优惠', 'pinduoduo', packs);
		expect(first.map(v => v.rule.category)).toEqual(['off-platform-contact']);
		expect(again).toBe(first);
		expect(Object.isFrozen(again)).toBe(true);
		// The same words on another platform are matched against that platform's pack.
		expect(findViolations('加我微信kf20261给您优惠', 'jd', packs)).not.toBe(first);
	});

	it('forgets texts not seen for a long while, and finds the same in them when they come back', () => {
		const text = '亲,这款没货了';
		const first = findViolations(text, 'taobao', packs);
		for (let i = 0; i <= 2 * GENERATION; i += 1) findViolations(`亲,订单${i}已发货`, 'taobao', packs);
		const later = findViolations(text, 'taobao', packs);
		expect(later).not.toBe(first);
		expect(later).toEqual(first);
		expect(later.map(v => v.rule.category)).toEqual(['out-of-stock']);
	});
});

describe('numbers a detector looks at', () => {
	it.each([
		['座机 0571 88886666 工作日都有人接', ['off-platform-contact']],
		['座机0571\u300088886666', ['off-platform-contact']],
		['有事打电话057188886666', ['off-platform-contact']],
		['亲,订单261106669094911034已发货,有事打13812345678', ['off-platform-contact']],
		['亲,订单261106669094911034已经安排发货了', []],
		['单号 0571-8888 是快递柜的取件码', []],
		['我买了3件,还差2件', []],
	] as [string, string[]][])('%s', (text, expected) => {
		expect(categories('jd', text)).toEqual(expected);
	});
});

// The false-flag families of issue 14, each by the mechanism that answers it, beside a true flag it must keep.
describe('words that only look like a violation', () => {
	it.each([
		['a Latin match inside a Latin word', 'jd', 'USB可以拔了 只是控制灯光的', [], 'jd', '你就是个SB', ['abuse']],
		['a Chinese match inside a word (segmented)', 'pinduoduo', '给妈妈的生日礼物选这款羊绒衫', [], 'pinduoduo', '妈的 烦死了', ['abuse']],
		['a frame whose gap crosses a clause', 'taobao', '请联系我们小二改价哦小号茶刀加一元', [], 'taobao', '加我小号聊', ['off-platform-contact']],
		['a word of another word (识别码)', 'jd', '纳税人识别码:[数字x]', [], 'jd', '扫一下我的二维码付款', ['external-link', 'payment-channel']],
		["the platform's own feature", 'jd', '点击“添加至微信卡包”下载发票', [], 'jd', '添加我微信 jd_kefu01', ['off-platform-contact']],
		['a negation of the same clause', 'taobao', '不一定明天能到货就可以发', [], 'taobao', '保证明天到', ['over-promise']],
		['a question', 'taobao', '这款没货吗', [], 'taobao', '这款没货了', ['out-of-stock']],
		['bargaining', 'taobao', '亲亲已经是最低价了哦', [], 'taobao', '全网最低价,买贵退差', ['over-promise']],
		['paying the order here', 'taobao', '您直接付款一下就可以了', [], 'taobao', '线下打款给我就行', ['payment-channel']],
		['a question about tax numbers', 'jd', '您的发票需要税号吗', [], 'jd', '发票要另外加6个点', ['invoice-refusal']],
		['a word and the first half of the next (他/妈妈)', 'taobao', '给孩子他妈妈买的吗', [], 'taobao', '你他妈的有病', ['abuse']],
		['goods named like a contact app', 'pinduoduo', '这个企鹅玩偶很可爱的', [], 'pinduoduo', '加我企鹅123456', ['off-platform-contact']],
		['a size, not a second account', 'taobao', '找一下小号的给您', [], 'taobao', '加我的小号吧', ['off-platform-contact']],
		['warning of fakes elsewhere', 'kuaishou', '市面上很多仿品,认准我们家', [], 'kuaishou', '这款是高仿的', ['counterfeit']],
		['a condition (如果) over its clause', 'kuaishou', '如果是假货,我们十倍赔偿', [], 'kuaishou', '这批是原单货', ['counterfeit']],
		['a number after a capacity', 'pinduoduo', '这款是2TB的移动硬盘', [], 'pinduoduo', 'PDD上没有,你去JD看看', ['competitor-platform']],
		["the brand's site for drivers", 'jd', '建议您去我们官网下载声卡驱动', [], 'taobao', '下载我们的APP购买有折扣', ['external-link']],
		['refusing to mislabel an invoice', 'jd', '现在发票不开具办公用品的哦', [], 'jd', '我们是小店,没办法开票', ['invoice-refusal']],
	] as [string, Platform, string, string[], Platform, string, string[]][])('%s', (_family, platform, text, expected, truePlatform, trueText, trueExpected) => {
		expect(categories(platform, text), text).toEqual(expected);
		expect(categories(truePlatform, trueText), trueText).toEqual(trueExpected);
	});

	it('lets a refusal excuse only its own clause where the rule says so (先别付款,我发您收款码)', () => {
		expect(categories('taobao', '拍下不用付款,加我转账给你优惠')).toEqual(['payment-channel']);
		expect(categories('taobao', '不要私下转账哦')).toEqual([]);
	});

	it.each([
		['taobao', '你是不是没长脑子', 'abuse'],
		['taobao', '没钱就别买啊', 'abuse'],
		['taobao', '发票暂时开不出来', 'invoice-refusal'],
		['taobao', '开票的话得加百分之十', 'invoice-refusal'],
		['taobao', '肯定能在周五前送到', 'over-promise'],
		['taobao', '穿一年都不会起球的,放心', 'over-promise'],
		['taobao', '百度网盘链接发你了,提取码1234', 'external-link'],
		['taobao', '补的邮费直接发红包给我', 'payment-channel'],
		['taobao', '您留个银行卡号,我们把赔偿打给您', 'payment-channel'],
		['taobao', '仓库爆单了,可能要一周后才发', 'shipping-delay'],
		['taobao', '不好意思,原定今天发的要推到明天了', 'shipping-delay'],
		['tmall', '预计15号左右才能发货哦', 'shipping-delay'],
		['pinduoduo', '我们已经把你加入黑名单了', 'threat'],
		['kuaishou', '你等着,我会让你后悔的', 'threat'],
		['taobao', '这单我们不发了,直接给您退款', 'order-close'],
		['taobao', '您同事的订单地址在朝阳区建国路88号', 'privacy-leak'],
		['taobao', '我的邮箱是abc艾特qq点com', 'off-platform-contact'],
		['douyin', '我们拼夕夕店铺更便宜', 'external-link'],
		['taobao', 'XL码已经没有了', 'out-of-stock'],
	] as [Platform, string, string][])('frames and word classes: %s %s', (platform, text, category) => {
		expect(categories(platform, text)).toContain(category);
	});

	it("passes a shop's own free-shipping terms, keeps a postage request at info, and a denied free shipping an error", () => {
		const found = (text: string) => findViolations(text, 'taobao', packs).map(v => [v.rule.category, v.rule.severity]);
		expect(found('偏远地区不包邮哦')).toEqual([]);
		expect(found('您那边要补5元运费')).toEqual([['shipping-fee', 'info']]);
		expect(found('我们是包邮的,不用补运费')).toEqual([]);
		expect(found('包邮的款到新疆也要补10元运费哦')).toContainEqual(['shipping-fee', 'error']);
	});
});
