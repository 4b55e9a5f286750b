import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Platform} from '../../source/model/message.js';
import {framePatterns} from '../../source/rules/compile-rules.js';
import {findViolations} from '../../source/rules/find-violations.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {useTempDirs} from '../helpers/temp-dir.js';

// Frames (issue 14): a rule's words as an action, its object and who it is for, within a few
// characters of one another in one clause. Each family below is a kind of phrasing from the seeds
// and contract §3, written several ways, not sentences from a labelled set.

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

const categories = (platform: Platform, text: string) => [...new Set(findViolations(text, platform, packs).map(v => v.rule.category))];

describe('frames in a pack', () => {
	const tempDir = useTempDirs();
	const rule = (frames: unknown) => ({
		id: 'shop.frame',
		category: 'payment-channel',
		severity: 'warn',
		penalty: {note: 'shop policy'},
		description: {zh: '转给我', en: 'pay me'},
		suggestion: '请在平台付款',
		source: 'shop policy',
		frames,
	});
	const packWith = async (frames: unknown) => {
		const dir = await tempDir();
		const file = path.join(dir, 'shop.json');
		await writeFile(file, JSON.stringify({platform: 'jd', disable: ['common.payment.transfer'], aliases: {'pay-me': '转给我|打给我'}, rules: [rule(frames)]}));
		return {dir, file};
	};

	it('joins the parts in order, at most `within` characters apart, never across a clause mark or a negation', async () => {
		const {dir} = await packWith([{parts: ['(余款|尾款)', '{pay-me}'], within: 4}]);
		const loaded = await loadRulePacks(dir);
		const matches = (text: string) => findViolations(text, 'jd', loaded).map(v => v.match);
		expect(matches('余款转给我就行')).toEqual(['余款转给我']);
		expect(matches('余款您直接转给我')).toEqual(['余款您直接转给我']);
		expect(matches('余款麻烦您今天之内转给我')).toEqual([]);
		expect(matches('余款付了吗,转给我')).toEqual([]);
		expect(matches('余款不用转给我')).toEqual([]);
		expect(matches('转给我余款')).toEqual([]);
	});

	it('takes every order of the parts with anyOrder', () => {
		expect(framePatterns({parts: ['a', 'b'], within: 2, anyOrder: true})).toHaveLength(2);
		expect(framePatterns({parts: ['a', 'b', 'c'], anyOrder: true})).toHaveLength(6);
		expect(framePatterns({parts: ['a', 'b']})).toHaveLength(1);
	});

	it.each([
		[{parts: ['a']}, '$.rules[0].frames'],
		[{parts: ['a', 'b'], within: -1}, '$.rules[0].frames'],
		[{parts: ['a', 'b', 'c', 'd'], anyOrder: true}, '$.rules[0].frames'],
		[{parts: ['a', '(']}, '$.rules[0].frames[0].parts[1]'],
		[{parts: ['{nosuch}', 'b']}, '$.rules[0].frames[0].parts[0]'],
	])('refuses a bad frame with its path: %j', async (frame, entry) => {
		const {dir, file} = await packWith([frame]);
		await expect(loadRulePacks(dir)).rejects.toThrow(`${file}: ${entry}:`);
	});
});

// Waiting for stock before shipping is left to out-of-stock, as the reviews of real text judge it (test/fixtures/real).
describe('shipping-delay: agreeing to ship later: a delay verb and shipping, a later day and then shipping, waiting for the buyer, words between', () => {
	it.each([
		['taobao', '估计发货要延迟个两三天'],
		['taobao', '发货可能会推迟一两天哈'],
		['taobao', '这边要晚三天左右才能给您发出'],
		['taobao', '我们这批货得延后一周发'],
		['taobao', '仓库那边说要推后几天再寄'],
		['taobao', '亲这单要拖两天再发可以吗'],
		['taobao', '给您顺延到下周二发货哦'],
		['taobao', '发货时间会往后推一点'],
		['taobao', '这个链接发货时间有延迟的哦亲'],
		['taobao', '下周一统一给您寄出'],
		['taobao', '15号以后才能安排出库'],
		['taobao', '要过几天才能发出去'],
		['taobao', '等过完节我们再给您发'],
		['taobao', '大概下个礼拜才能发走'],
		['taobao', '三天后再给您发货可以吗亲'],
		['taobao', '工厂放假,年后才开始发货'],
		['taobao', '好的亲,给您备注晚几天再发'],
		['taobao', '没问题,等您回来我们再发货'],
		['taobao', '可以的,您什么时候要我们就什么时候给您寄'],
		['taobao', '您不着急的话我们先压几天再发'],
		['taobao', '那就按您说的,推到周末再给您发'],
		['taobao', '现在发不了,要等厂家那边出货才行'],
		['pinduoduo', '好的帮您改成下周二再发'],
		['pinduoduo', '给您定在月底发货哈'],
		['pinduoduo', '那就安排到节后发出'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('shipping-delay');
	});

	it.each([
		['taobao', '今天下午就给您发货'],
		['taobao', '48小时内一定发出哦'],
		['taobao', '不会延迟发货的请放心'],
		['taobao', '我们不能延迟发货哦亲'],
		['taobao', '快递路上可能会慢一两天,请耐心等待'],
		['taobao', '物流显示已经发出了'],
		['taobao', '您拍下后我们当天就发'],
		['taobao', '明天一早给您安排发出'],
		['taobao', '亲,延迟发货是会被投诉的,所以我们都按时发'],
		['taobao', '预售款按页面时间发货'],
		['taobao', '发货后大概三天能到'],
		['taobao', '等您付款后马上给您发'],
		['taobao', '上午拍的下午发,下午拍的明天发'],
		['taobao', '已经给您催仓库尽快发了'],
		['pinduoduo', '帮您改成顺丰发'],
		['pinduoduo', '今天改好地址明天发'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('shipping-delay');
	});
});

describe('payment-channel: paying outside the platform: a transfer verb, the money and a private recipient (me, the boss, a private or company account, the courier, a red packet)', () => {
	it.each([
		['pinduoduo', '剩下的钱您直接转我就行'],
		['pinduoduo', '差价您微信转给我吧'],
		['pinduoduo', '您把定金打到我卡上'],
		['pinduoduo', '余款我们直接转到您的账户里'],
		['pinduoduo', '把您的收款账号给我,退款给您转过去'],
		['pinduoduo', '不用拍了,直接付给我们老板就行'],
		['pinduoduo', '线下打款的话可以给您便宜点'],
		['pinduoduo', '走我们公司对公账户就可以了'],
		['pinduoduo', '钱给到送货师傅手上就行'],
		['pinduoduo', '我支付宝发您,您那边转一下'],
		['pinduoduo', '付款的话联系我私下转就好'],
		['pinduoduo', '您把运费补给我个人就行'],
		['pinduoduo', '给我发个红包就当补运费了'],
		['pinduoduo', '退款我用支付宝退给您'],
		['pinduoduo', '差的那部分您转账给我吧'],
		['pinduoduo', '这单不走平台,您直接汇款过来'],
		['pinduoduo', '提供一下您的银行卡号,我们把赔偿打给您'],
		['pinduoduo', '补偿金我们私下转您'],
		['pinduoduo', '先转50定金给我,我给您留货'],
		['taobao', '钱转过来我马上发货'],
		['taobao', '尾款直接打给我就行'],
		['taobao', '用支付宝直接付给我们'],
		['taobao', '先付一半给我,剩下的到货再说'],
		['taobao', '您转200元给我们老板'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('payment-channel');
	});

	it.each([
		['pinduoduo', '退款会原路退回到您的付款账户'],
		['pinduoduo', '请在平台下单付款哦'],
		['pinduoduo', '差价我们给您小额打款'],
		['pinduoduo', '不要私下转账哦亲,谨防诈骗'],
		['pinduoduo', '付款后系统会自动扣款'],
		['pinduoduo', '您可以用平台支持的任何方式付款'],
		['pinduoduo', '运费险会自动理赔到您账户'],
		['pinduoduo', '我们不会让您线下转账的'],
		['pinduoduo', '请勿相信任何私下收款的要求'],
		['pinduoduo', '您的退款已经原路退回了'],
		['taobao', '退款已经打过来了吗'],
		['taobao', '钱已经原路退回了'],
		['taobao', '请用支付宝在平台付款'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('payment-channel');
	});
});

describe('invoice-refusal: refusing an invoice: invoice and a can-not verb with words between, either order, receipt only, invoice costing extra', () => {
	it.each([
		['tmall', '发票这块我们暂时开不了哦'],
		['tmall', '亲这个价格是不含票的'],
		['tmall', '要开票的话得另外加6个点'],
		['tmall', '开发票需要您承担快递费哦'],
		['tmall', '发票另算的亲'],
		['tmall', '我们只能给您开个收据'],
		['tmall', '票的话给不了,可以给您写个收据'],
		['tmall', '这个是活动价,活动价不开发票的'],
		['tmall', '财务休假了,发票要下个月才能开'],
		['tmall', '抬头只能开个人的'],
		['tmall', '只能开办公用品的票'],
		['tmall', '开专票要加税点'],
		['tmall', '带票价格不一样的亲'],
		['tmall', '本店不提供发票,望谅解'],
		['tmall', '我们是小店,没有开票资质'],
		['tmall', '开票的话价格要加百分之十'],
		['tmall', '发票我们这边没办法提供'],
		['tmall', '要票的话运费得您自己出'],
		['tmall', '这个价开不了票'],
		['tmall', '给不了发票哦亲'],
		['tmall', '普票可以,专票不行'],
		['tmall', '个人抬头开不了'],
		['tmall', '开发票的话就没有优惠了'],
		['tmall', '要票的话不参加活动'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('invoice-refusal');
	});

	it.each([
		['tmall', '有发票的亲,请把抬头发我'],
		['tmall', '发票随货寄出'],
		['tmall', '可以开电子发票哦'],
		['tmall', '发票税号需要您提供一下'],
		['tmall', '发票已经给您开好了,明天寄出'],
		['tmall', '开票不需要额外费用'],
		['tmall', '发票邮费我们承担'],
		['tmall', '您需要开发票吗?'],
		['tmall', '纳税人识别号填一下就行'],
		['tmall', '增值税专用发票也可以开'],
		['tmall', '开票是免费的亲'],
		['tmall', '需要发票的话下单时备注一下抬头'],
		['tmall', '专票也可以开的'],
		['tmall', '个人抬头也可以'],
		['tmall', '开票不影响优惠哦'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('invoice-refusal');
	});
});

describe('privacy-leak: giving the details of another person: another person and their address, number or order, sent, read out or screenshotted', () => {
	it.each([
		['taobao', '您朋友的收货地址是北京市朝阳区望京街8号'],
		['taobao', '他留的电话是139开头的那个'],
		['taobao', '那位买家寄到了杭州西湖区'],
		['taobao', '您同事拍的那单我把物流截图发您'],
		['taobao', '之前那个号下的订单信息我发给您看一下'],
		['taobao', '您老公那单收件人写的是张伟'],
		['taobao', '我把她的地址和电话都告诉您'],
		['taobao', '另一个账号的订单我念给您听:收货人李梅'],
		['taobao', '您说的那位顾客住在南京鼓楼区'],
		['taobao', '别人帮您拍的那单,收货电话是13812345678'],
		['taobao', '旧号的订单详情给您截个图'],
		['taobao', '刚才那位买家的快递单号是这个'],
		['taobao', '您女朋友买了什么我可以告诉您'],
		['taobao', '那个订单的收件信息我发您确认下'],
		['taobao', '您朋友下单留的是这个号码'],
		['taobao', '他拍的时候填的地址是苏州的'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('privacy-leak');
	});

	it.each([
		['taobao', '请用下单的账号联系我们核对信息'],
		['taobao', '非本人订单我们不能透露信息哦'],
		['taobao', '麻烦您把收货地址复制给我核对一下'],
		['taobao', '您的订单已经寄到您填的地址了'],
		['taobao', '收货人可以写您朋友的名字'],
		['taobao', '需要您用拍下的旺旺来咨询'],
		['taobao', '为保护隐私,别人的订单信息我们不能告诉您'],
		['taobao', '您核对一下您自己的收货电话'],
		['taobao', '您下单留的电话是多少呢'],
		['taobao', '请核对您自己填的地址'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('privacy-leak');
	});
});

describe('over-promise: promising what cannot be kept: a guaranteed day, lowest on the whole net, never failing however used, instant effects, lifetime exchange, returns after use', () => {
	it.each([
		['taobao', '放心,保准后天能送到您手上'],
		['taobao', '百分百明天就能收到'],
		['taobao', '我们这个用十年都不会坏'],
		['taobao', '这个颜色绝对不会掉'],
		['taobao', '全网就我们家最便宜'],
		['taobao', '吃一个月肯定能瘦十斤'],
		['taobao', '保证三天内到货'],
		['taobao', '一定能在周五前送到'],
		['taobao', '这款衣服怎么洗都不会变形的,我保证'],
		['taobao', '用了马上就能见效'],
		['taobao', '终身包换,坏了随时找我'],
		['taobao', '拆开用过了也能给您退'],
		['taobao', '定制的也可以七天无理由退'],
		['taobao', '肯定赶得上您周末用'],
		['taobao', '绝对不会过敏的亲'],
		['taobao', '这个价格全平台找不到更低的'],
		['taobao', '包您今天下午就收到'],
		['taobao', '一周之内肯定瘦'],
		['taobao', '三个疗程根治'],
		['taobao', '坚持一个月就能长高'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('over-promise');
	});

	it.each([
		['taobao', '一般两三天到,具体以物流为准'],
		['taobao', '不能保证明天到哦亲'],
		['taobao', '正常使用不会轻易掉色'],
		['taobao', '具体效果因人而异'],
		['taobao', '我们尽量帮您催快递'],
		['taobao', '定制商品不支持七天无理由退货哦'],
		['taobao', '这个已经是最低价了亲'],
		['taobao', '预计周五前能到,具体看快递'],
		['taobao', '保证是正品,放心购买'],
		['taobao', '百分百正品'],
		['taobao', '一般一个月左右能看到效果'],
		['taobao', '三天就能见效吗'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('over-promise');
	});
});

describe('review-bribe: an offer made on a condition is still made, one denied is not (scope `denial`)', () => {
	it.each([
		['taobao', '如果给五星好评返您5元'],
		['pinduoduo', '要是您删了差评我们给您补偿20'],
		['tmall', '您要是愿意追评带图,我们送您一张无门槛券'],
		['douyin', '假如您改成五星,我们给您补偿一些'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('review-bribe');
	});

	it.each([
		['taobao', '我们不会用好评换返现'],
		['taobao', '不能为了好评返现哦'],
		['pinduoduo', '满意的话给个好评就好,谢谢亲'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('review-bribe');
	});
});

describe('privacy-leak: the asker is not the ordering account (seed 000: 别人帮我买的, 旺旺不用了, 重新注册了一个 — 都不行)', () => {
	it.each([
		['taobao', '您新注册的号查不到,原来那单地址写的是杭州市滨江区'],
		['tmall', '旺旺丢了没关系,我把订单信息报给您'],
		['taobao', '不是您账号下的单,不过收件人李女士,我跟您说一下'],
		['tmall', '那个订单的收货人是一位姓刘的先生'],
		['taobao', '您室友的快递寄到了学校北门'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('privacy-leak');
	});

	it.each([
		['taobao', '不是下单的账号我们不能透露订单信息哦'],
		['tmall', '麻烦您用拍下的旺旺来联系我们核对'],
		['taobao', '您把地址发我,我给您改一下'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('privacy-leak');
	});
});

describe('denied in so many words: no threat, no payment off the platform, no contact', () => {
	it.each([
		['pinduoduo', '放心,我们不会随便拉黑您的'],
		['pinduoduo', '私下转账不安全,请在平台上拍'],
		['douyin', '私人联系方式不方便给,您在这里说就行'],
		['douyin', '在后台给您处理,不用加好友'],
	] as [Platform, string][])('%s: %s', (platform, text) => {
		expect(categories(platform, text)).toEqual([]);
	});
});

describe('more families: a retracted free shipping, closing in other words, contacts asked sideways, threats, cards refused', () => {
	it.each([
		['taobao', '详情页写的是包邮,可是您这里还得补8块运费', 'shipping-fee'],
		['tmall', '您那边地址偏,我们要另收15元运费', 'shipping-fee'],
		['taobao', '我先帮您把这单取消掉,您再拍一次', 'order-close'],
		['tmall', '没付款的单子我们都统一关闭', 'order-close'],
		['pinduoduo', '您的V是多少呀', 'off-platform-contact'],
		['taobao', '我微信就是手机号,直接搜', 'off-platform-contact'],
		['jd', '留个邮箱给我吧,资料发过去', 'off-platform-contact'],
		['pinduoduo', '当心我把你的订单截图发到网上', 'threat'],
		['kuaishou', '再闹我们就走法律途径', 'threat'],
		['tmall', '分期这个我们店没开通哦', 'payment-method-refusal'],
		['tmall', '只支持储蓄卡付款', 'payment-method-refusal'],
	] as [Platform, string, string][])('flags on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).toContain(category);
	});

	it.each([
		['taobao', '满两件包邮哦,单件运费8元', 'shipping-fee'],
		['taobao', '您这边麻烦取消下退款申请', 'order-close'],
		['taobao', '您的订单还在,没有关闭哦', 'order-close'],
		['jd', '电子发票会发您邮箱的', 'off-platform-contact'],
		['jd', '改好了我会短信告知您', 'threat'],
		['tmall', '信用卡和花呗都可以用的', 'payment-method-refusal'],
	] as [Platform, string, string][])('leaves alone on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).not.toContain(category);
	});
});

// A second set of my own phrasings, written after the frames above to see whether they generalise
// (they found 70 % of these before this round of classes).
describe('the weak categories in other words', () => {
	it.each([
		['taobao', '亲这个要等到下礼拜三才能给您寄', 'shipping-delay'],
		['taobao', '不好意思哈,仓库爆单了,您的要往后排两天', 'shipping-delay'],
		['taobao', '您这单我们备注延后一周发货', 'shipping-delay'],
		['taobao', '可以给您晚发,您说个日子', 'shipping-delay'],
		['taobao', '这批货要月中才能出', 'shipping-delay'],
		['taobao', '您不急的话我们就压到周末一起发', 'shipping-delay'],
		['taobao', '发货日期顺延到25号', 'shipping-delay'],
		['taobao', '预计要推迟三到五天才能安排', 'shipping-delay'],
		['taobao', '最快也得下周四才能寄走', 'shipping-delay'],
		['taobao', '亲,我们这边发货要延期几天,实在抱歉', 'shipping-delay'],
		['taobao', '这个要晚个一周左右才能出库', 'shipping-delay'],
		['taobao', '等您那边方便了我们再寄', 'shipping-delay'],
		['taobao', '可以的亲,延迟几天发没问题', 'shipping-delay'],
		['pinduoduo', '定金您走支付宝给我就行', 'payment-channel'],
		['pinduoduo', '剩余的款项打到我们公司账上', 'payment-channel'],
		['pinduoduo', '我们可以线下交易,更便宜', 'payment-channel'],
		['pinduoduo', '邮费差价您转给我吧', 'payment-channel'],
		['pinduoduo', '钱直接给我们业务员就好', 'payment-channel'],
		['pinduoduo', '余款私下结清就行', 'payment-channel'],
		['pinduoduo', '赔偿款我们通过支付宝打给您', 'payment-channel'],
		['tmall', '这个价格开不出发票的', 'invoice-refusal'],
		['tmall', '票我们这边出不了哦', 'invoice-refusal'],
		['tmall', '发票的话要加五个点', 'invoice-refusal'],
		['tmall', '开票需要您承担税费', 'invoice-refusal'],
		['tmall', '我们这个没有发票,只有收据', 'invoice-refusal'],
		['tmall', '发票可以开,但要另外付邮费', 'invoice-refusal'],
		['tmall', '这边只能开日用品', 'invoice-refusal'],
		['tmall', '发票不能写您公司的名字', 'invoice-refusal'],
		['tmall', '活动商品一律不开票', 'invoice-refusal'],
		['tmall', '发票要等三个月后统一开', 'invoice-refusal'],
		['taobao', '您姐姐那单寄到南京玄武区了', 'privacy-leak'],
		['taobao', '他留的手机尾号是8866', 'privacy-leak'],
		['taobao', '您同事的收货地址我发您看下', 'privacy-leak'],
		['taobao', '那个号下的单,收件人是李先生', 'privacy-leak'],
		['taobao', '您朋友上次买的寄到公司去了', 'privacy-leak'],
		['taobao', '给您看下您表妹的订单截图', 'privacy-leak'],
		['taobao', '那位顾客住在滨江区的', 'privacy-leak'],
		['taobao', '绝对不会起球的,放心穿', 'over-promise'],
		['taobao', '我们这款永远不掉色', 'over-promise'],
		['taobao', '保证后天中午前到', 'over-promise'],
		['taobao', '这个面霜一周就能让您白一个度', 'over-promise'],
		['taobao', '全网最低,没有比我们更便宜的', 'over-promise'],
		['taobao', '质量没得说,用个十年八年没问题', 'over-promise'],
		['taobao', '这个吃了保证不长胖', 'over-promise'],
		['taobao', '穿一百次都不会变形', 'over-promise'],
		['taobao', '明天下午之前肯定送到', 'over-promise'],
	] as [Platform, string, string][])('flags on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).toContain(category);
	});

	it.each([
		['taobao', '今天拍明天就能发', 'shipping-delay'],
		['taobao', '下周一开始恢复正常发货', 'shipping-delay'],
		['taobao', '我们不会延后发货的', 'shipping-delay'],
		['taobao', '已经发出了,物流可能会延迟更新', 'shipping-delay'],
		['taobao', '快递这两天可能会慢一点到', 'shipping-delay'],
		['taobao', '您放心,48小时内肯定发', 'shipping-delay'],
		['taobao', '预售商品按约定时间发货', 'shipping-delay'],
		['pinduoduo', '请在拼多多上下单付款', 'payment-channel'],
		['pinduoduo', '差价会通过平台小额打款给您', 'payment-channel'],
		['pinduoduo', '退款将原路退回', 'payment-channel'],
		['pinduoduo', '付款方式以平台为准', 'payment-channel'],
		['pinduoduo', '我们不接受私下转账', 'payment-channel'],
		['tmall', '可以开发票,您把抬头发我', 'invoice-refusal'],
		['tmall', '发票和货一起寄给您', 'invoice-refusal'],
		['tmall', '电子发票会发到您邮箱', 'invoice-refusal'],
		['tmall', '开票不收任何费用', 'invoice-refusal'],
		['tmall', '发票是免费开的', 'invoice-refusal'],
		['taobao', '为了保护隐私,别人的订单信息不方便告诉您', 'privacy-leak'],
		['taobao', '您自己的订单可以在订单详情看', 'privacy-leak'],
		['taobao', '请用下单的账号来问我', 'privacy-leak'],
		['taobao', '收件人填您朋友的名字就行', 'privacy-leak'],
		['taobao', '一般两到三天送达', 'over-promise'],
		['taobao', '效果因人而异哦', 'over-promise'],
		['taobao', '正常穿着不易起球', 'over-promise'],
		['taobao', '我们尽量明天发出', 'over-promise'],
		['taobao', '价格已经很实惠了', 'over-promise'],
	] as [Platform, string, string][])('leaves alone on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).not.toContain(category);
	});
});

// A third set of my own, in chattier voices (亲亲, 宝, long lines): 0.84 of it found before this round.
describe('the weak categories in chattier voices', () => {
	it.each([
		['pinduoduo', '亲亲您好呀,这款现在订单比较多,可能要延迟两天左右发货哈', 'shipping-delay'],
		['pinduoduo', '好滴亲,给您备注好了,下周统一发哈', 'shipping-delay'],
		['pinduoduo', '宝,这边工厂放假,得等初八以后才能发', 'shipping-delay'],
		['pinduoduo', '您这个订单我们这边延后处理,大概三天后发', 'shipping-delay'],
		['pinduoduo', '嗯嗯可以的,那我们晚两天再给您寄出去', 'shipping-delay'],
		['pinduoduo', '发货的话要往后推几天哦亲', 'shipping-delay'],
		['pinduoduo', '不好意思亲,这个颜色在调货,要推迟到下周才能发出', 'shipping-delay'],
		['pinduoduo', '您要是不着急,我们等下一批货一起给您发', 'shipping-delay'],
		['pinduoduo', '亲 拍下后我们会延迟发货的 请耐心等待', 'shipping-delay'],
		['pinduoduo', '已经跟仓库说了,您的单子晚点发,没问题的', 'shipping-delay'],
		['taobao', '亲,这个差价您直接支付宝转我哈,我这边马上改', 'payment-channel'],
		['taobao', '那个运费您微信发我就行', 'payment-channel'],
		['taobao', '剩下两百您打到我的卡上吧', 'payment-channel'],
		['taobao', '我们老板说可以走对公转账', 'payment-channel'],
		['taobao', '下次您直接找我买,转账给我就行,不用在淘宝拍', 'payment-channel'],
		['taobao', '定金私下给我就好', 'payment-channel'],
		['taobao', '亲,货款可以直接汇到我们工厂账户', 'payment-channel'],
		['taobao', '您把钱给快递小哥就行了', 'payment-channel'],
		['jd', '亲,这个商品暂时不支持开发票呢', 'invoice-refusal'],
		['jd', '发票我们开不了,可以给您开个收据', 'invoice-refusal'],
		['jd', '要专票的话得加钱', 'invoice-refusal'],
		['jd', '发票的邮费要您自己出哦', 'invoice-refusal'],
		['jd', '开票的话价格要重新算', 'invoice-refusal'],
		['jd', '目前开票系统维护中,开不了票', 'invoice-refusal'],
		['jd', '这个是特价,没有发票的哦亲', 'invoice-refusal'],
		['tmall', '您说的那个订单是您婆婆下的,地址是北京朝阳的', 'privacy-leak'],
		['tmall', '之前那个旧号的收货地址是杭州的', 'privacy-leak'],
		['tmall', '您女儿那单物流信息我给您发一下', 'privacy-leak'],
		['tmall', '她填的电话是135开头的', 'privacy-leak'],
		['tmall', '您老公拍的那两件已经寄到他单位了', 'privacy-leak'],
		['tmall', '亲放心,这款百分之百不会褪色的', 'over-promise'],
		['tmall', '这个锅我保证用十年都不粘', 'over-promise'],
		['tmall', '今天下单明天一定到您手上', 'over-promise'],
		['tmall', '我们是全网最便宜的,找到更便宜的我退差价', 'over-promise'],
		['tmall', '这款面膜敷一次就能白', 'over-promise'],
		['tmall', '这个增高鞋垫穿了肯定长高', 'over-promise'],
		['tmall', '保证三天之内送到', 'over-promise'],
		['tmall', '这个药吃了就不会复发了', 'over-promise'],
	] as [Platform, string, string][])('flags on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).toContain(category);
	});

	it.each([
		['pinduoduo', '亲亲,付款后48小时内发货哦', 'shipping-delay'],
		['pinduoduo', '物流那边有延迟,不是我们发货慢', 'shipping-delay'],
		['pinduoduo', '好的,今天就安排发出', 'shipping-delay'],
		['pinduoduo', '这款现货,下单当天发', 'shipping-delay'],
		['pinduoduo', '您要改地址的话趁还没发货赶紧改', 'shipping-delay'],
		['taobao', '差价我们这边给您补个小额的,平台会到账', 'payment-channel'],
		['taobao', '支付宝付款是可以的哦,在淘宝下单时选就行', 'payment-channel'],
		['taobao', '退款已经原路返回了', 'payment-channel'],
		['taobao', '请通过淘宝付款,其他方式都不安全', 'payment-channel'],
		['jd', '发票会在确认收货后开具', 'invoice-refusal'],
		['jd', '您可以在订单详情里申请电子发票', 'invoice-refusal'],
		['jd', '发票已开,请注意查收', 'invoice-refusal'],
		['jd', '专票需要您提供税号和地址', 'invoice-refusal'],
		['tmall', '亲,不是您账号下的订单我们没法查哦', 'privacy-leak'],
		['tmall', '请让下单人联系我们', 'privacy-leak'],
		['tmall', '您的收货地址显示是杭州的,对吗', 'privacy-leak'],
		['tmall', '一般情况下两三天能到', 'over-promise'],
		['tmall', '具体效果因人而异', 'over-promise'],
		['tmall', '正常使用不会褪色', 'over-promise'],
		['tmall', '我们的价格已经很优惠了', 'over-promise'],
	] as [Platform, string, string][])('leaves alone on %s: %s (%s)', (platform, text, category) => {
		expect(categories(platform, text)).not.toContain(category);
	});
});

describe('asking the buyer, and sending them to another shop of ours', () => {
	it.each([
		['taobao', '您是想改到下周再发吗?', []],
		['taobao', '晚几天再给您发可以吗', ['shipping-delay']],
		['pinduoduo', '我们官网也有这款,您到那边买还送赠品', ['external-link']],
		['tmall', '这款在我们另一家店有货,您去那里拍吧', ['external-link']],
	] as [Platform, string, string[]][])('%s: %s', (platform, text, expected) => {
		expect(categories(platform, text)).toEqual(expected);
	});
});

// A fourth set of my own, over-promises only (the weakest category on the held-out sets): 0.47 found before this round.
describe('over-promise in other words', () => {
	it.each([
		['taobao', '放心吧亲,这个质量绝对杠杠的,用到报废都不会坏'],
		['taobao', '我敢保证这是全网性价比最高的'],
		['taobao', '这个祛斑霜坚持用两周,斑肯定全没了'],
		['taobao', '亲这个一定不会缩水的,随便洗'],
		['taobao', '百分百不掉色,掉色您找我'],
		['taobao', '后天之前绝对能收到,我给您打包票'],
		['taobao', '这款电池用三年都不带衰减的'],
		['taobao', '保证治好您的失眠'],
		['taobao', '这个减肥茶喝一个月瘦二十斤没问题'],
		['taobao', '我们家的东西永远不会坏'],
		['taobao', '定制款也支持七天无理由退换的亲'],
		['taobao', '亲您放心,今天下单明早就到'],
		['taobao', '这个防晒霜涂了绝对不会晒黑'],
		['taobao', '这个价格全淘宝找不到第二家'],
	] as [Platform, string][])('flags on %s: %s', (platform, text) => {
		expect(categories(platform, text)).toContain('over-promise');
	});

	it.each([
		['taobao', '质量是有保证的,有问题随时联系我们'],
		['taobao', '一般3-5天到,偏远地区会慢一点'],
		['taobao', '坚持使用效果会更好哦'],
		['taobao', '我们不敢保证一定不掉色,建议单独手洗'],
		['taobao', '具体到货时间以物流为准'],
		['taobao', '七天无理由退换需要商品不影响二次销售'],
		['taobao', '这个是正品,您放心'],
	] as [Platform, string][])('leaves alone on %s: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('over-promise');
	});
});
