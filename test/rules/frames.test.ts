import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {PLATFORMS, type Platform} from '../../source/model/message.js';
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

type Case = [platform: Platform, text: string, category: string];

/** A table's cases, several to a line: `platform: text | text …`, or `platform category: …` where the table mixes categories. */
function cases(table: string, category: string | undefined): Case[] {
	return table.split('\n').flatMap(line => {
		const match = /^\s*(\S+)(?: (\S+))?: (.*)$/.exec(line);
		if (!match) return [];
		const [, platform = '', own, texts = ''] = match;
		const of = own ?? category;
		if (!PLATFORMS.includes(platform as Platform) || !of) throw new Error(`not a case line: ${line}`);
		return texts.split(' | ').map((text): Case => [platform as Platform, text, of]);
	});
}

/** A family of phrasings: the texts its rules must flag (in `category`, or each line's own) and the near misses they must leave alone. */
function family(name: string, category: string | undefined, flagged: string, alone: string): void {
	describe(name, () => {
		it.each(cases(flagged, category))('flags on %s: %s (%s)', (platform, text, of) => expect(categories(platform, text)).toContain(of));
		it.each(cases(alone, category))('leaves alone on %s: %s (%s)', (platform, text, of) => expect(categories(platform, text)).not.toContain(of));
	});
}

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
family(
	'shipping-delay: agreeing to ship later: a delay verb and shipping, a later day and then shipping, waiting for the buyer, words between',
	'shipping-delay',
	`
	taobao: 估计发货要延迟个两三天 | 发货可能会推迟一两天哈 | 这边要晚三天左右才能给您发出 | 我们这批货得延后一周发 | 仓库那边说要推后几天再寄
	taobao: 亲这单要拖两天再发可以吗 | 给您顺延到下周二发货哦 | 发货时间会往后推一点 | 这个链接发货时间有延迟的哦亲 | 下周一统一给您寄出 | 15号以后才能安排出库
	taobao: 要过几天才能发出去 | 等过完节我们再给您发 | 大概下个礼拜才能发走 | 三天后再给您发货可以吗亲 | 工厂放假,年后才开始发货 | 好的亲,给您备注晚几天再发
	taobao: 没问题,等您回来我们再发货 | 可以的,您什么时候要我们就什么时候给您寄 | 您不着急的话我们先压几天再发 | 那就按您说的,推到周末再给您发
	taobao: 现在发不了,要等厂家那边出货才行
	pinduoduo: 好的帮您改成下周二再发 | 给您定在月底发货哈 | 那就安排到节后发出
`,
	`
	taobao: 今天下午就给您发货 | 48小时内一定发出哦 | 不会延迟发货的请放心 | 我们不能延迟发货哦亲 | 快递路上可能会慢一两天,请耐心等待 | 物流显示已经发出了
	taobao: 您拍下后我们当天就发 | 明天一早给您安排发出 | 亲,延迟发货是会被投诉的,所以我们都按时发 | 预售款按页面时间发货 | 发货后大概三天能到
	taobao: 等您付款后马上给您发 | 上午拍的下午发,下午拍的明天发 | 已经给您催仓库尽快发了
	pinduoduo: 帮您改成顺丰发 | 今天改好地址明天发
`,
);

family(
	'payment-channel: paying outside the platform: a transfer verb, the money and a private recipient (me, the boss, a private or company account, the courier, a red packet)',
	'payment-channel',
	`
	pinduoduo: 剩下的钱您直接转我就行 | 差价您微信转给我吧 | 您把定金打到我卡上 | 余款我们直接转到您的账户里 | 把您的收款账号给我,退款给您转过去
	pinduoduo: 不用拍了,直接付给我们老板就行 | 线下打款的话可以给您便宜点 | 走我们公司对公账户就可以了 | 钱给到送货师傅手上就行 | 我支付宝发您,您那边转一下
	pinduoduo: 付款的话联系我私下转就好 | 您把运费补给我个人就行 | 给我发个红包就当补运费了 | 退款我用支付宝退给您 | 差的那部分您转账给我吧
	pinduoduo: 这单不走平台,您直接汇款过来 | 提供一下您的银行卡号,我们把赔偿打给您 | 补偿金我们私下转您 | 先转50定金给我,我给您留货
	taobao: 钱转过来我马上发货 | 尾款直接打给我就行 | 用支付宝直接付给我们 | 先付一半给我,剩下的到货再说 | 您转200元给我们老板
`,
	`
	pinduoduo: 退款会原路退回到您的付款账户 | 请在平台下单付款哦 | 差价我们给您小额打款 | 不要私下转账哦亲,谨防诈骗 | 付款后系统会自动扣款
	pinduoduo: 您可以用平台支持的任何方式付款 | 运费险会自动理赔到您账户 | 我们不会让您线下转账的 | 请勿相信任何私下收款的要求 | 您的退款已经原路退回了
	taobao: 退款已经打过来了吗 | 钱已经原路退回了 | 请用支付宝在平台付款
`,
);

family(
	'invoice-refusal: refusing an invoice: invoice and a can-not verb with words between, either order, receipt only, invoice costing extra',
	'invoice-refusal',
	`
	tmall: 发票这块我们暂时开不了哦 | 亲这个价格是不含票的 | 要开票的话得另外加6个点 | 开发票需要您承担快递费哦 | 发票另算的亲 | 我们只能给您开个收据
	tmall: 票的话给不了,可以给您写个收据 | 这个是活动价,活动价不开发票的 | 财务休假了,发票要下个月才能开 | 抬头只能开个人的 | 只能开办公用品的票 | 开专票要加税点
	tmall: 带票价格不一样的亲 | 本店不提供发票,望谅解 | 我们是小店,没有开票资质 | 开票的话价格要加百分之十 | 发票我们这边没办法提供 | 要票的话运费得您自己出
	tmall: 这个价开不了票 | 给不了发票哦亲 | 普票可以,专票不行 | 个人抬头开不了 | 开发票的话就没有优惠了 | 要票的话不参加活动
`,
	`
	tmall: 有发票的亲,请把抬头发我 | 发票随货寄出 | 可以开电子发票哦 | 发票税号需要您提供一下 | 发票已经给您开好了,明天寄出 | 开票不需要额外费用
	tmall: 发票邮费我们承担 | 您需要开发票吗? | 纳税人识别号填一下就行 | 增值税专用发票也可以开 | 开票是免费的亲 | 需要发票的话下单时备注一下抬头
	tmall: 专票也可以开的 | 个人抬头也可以 | 开票不影响优惠哦
`,
);

family(
	'privacy-leak: giving the details of another person: another person and their address, number or order, sent, read out or screenshotted',
	'privacy-leak',
	`
	taobao: 您朋友的收货地址是北京市朝阳区望京街8号 | 他留的电话是139开头的那个 | 那位买家寄到了杭州西湖区 | 您同事拍的那单我把物流截图发您
	taobao: 之前那个号下的订单信息我发给您看一下 | 您老公那单收件人写的是张伟 | 我把她的地址和电话都告诉您 | 另一个账号的订单我念给您听:收货人李梅
	taobao: 您说的那位顾客住在南京鼓楼区 | 别人帮您拍的那单,收货电话是13812345678 | 旧号的订单详情给您截个图 | 刚才那位买家的快递单号是这个
	taobao: 您女朋友买了什么我可以告诉您 | 那个订单的收件信息我发您确认下 | 您朋友下单留的是这个号码 | 他拍的时候填的地址是苏州的
`,
	`
	taobao: 请用下单的账号联系我们核对信息 | 非本人订单我们不能透露信息哦 | 麻烦您把收货地址复制给我核对一下 | 您的订单已经寄到您填的地址了
	taobao: 收货人可以写您朋友的名字 | 需要您用拍下的旺旺来咨询 | 为保护隐私,别人的订单信息我们不能告诉您 | 您核对一下您自己的收货电话 | 您下单留的电话是多少呢
	taobao: 请核对您自己填的地址
`,
);

family(
	'over-promise: promising what cannot be kept: a guaranteed day, lowest on the whole net, never failing however used, instant effects, lifetime exchange, returns after use',
	'over-promise',
	`
	taobao: 放心,保准后天能送到您手上 | 百分百明天就能收到 | 我们这个用十年都不会坏 | 这个颜色绝对不会掉 | 全网就我们家最便宜 | 吃一个月肯定能瘦十斤
	taobao: 保证三天内到货 | 一定能在周五前送到 | 这款衣服怎么洗都不会变形的,我保证 | 用了马上就能见效 | 终身包换,坏了随时找我 | 拆开用过了也能给您退
	taobao: 定制的也可以七天无理由退 | 肯定赶得上您周末用 | 绝对不会过敏的亲 | 这个价格全平台找不到更低的 | 包您今天下午就收到 | 一周之内肯定瘦 | 三个疗程根治
	taobao: 坚持一个月就能长高
`,
	`
	taobao: 一般两三天到,具体以物流为准 | 不能保证明天到哦亲 | 正常使用不会轻易掉色 | 具体效果因人而异 | 我们尽量帮您催快递 | 定制商品不支持七天无理由退货哦
	taobao: 这个已经是最低价了亲 | 预计周五前能到,具体看快递 | 保证是正品,放心购买 | 百分百正品 | 一般一个月左右能看到效果 | 三天就能见效吗
`,
);

family(
	'review-bribe: an offer made on a condition is still made, one denied is not (scope `denial`)',
	'review-bribe',
	`
	taobao: 如果给五星好评返您5元
	pinduoduo: 要是您删了差评我们给您补偿20
	tmall: 您要是愿意追评带图,我们送您一张无门槛券
	douyin: 假如您改成五星,我们给您补偿一些
`,
	`
	taobao: 我们不会用好评换返现 | 不能为了好评返现哦
	pinduoduo: 满意的话给个好评就好,谢谢亲
`,
);

family(
	'privacy-leak: the asker is not the ordering account (seed 000: 别人帮我买的, 旺旺不用了, 重新注册了一个 — 都不行)',
	'privacy-leak',
	`
	taobao: 您新注册的号查不到,原来那单地址写的是杭州市滨江区
	tmall: 旺旺丢了没关系,我把订单信息报给您
	taobao: 不是您账号下的单,不过收件人李女士,我跟您说一下
	tmall: 那个订单的收货人是一位姓刘的先生
	taobao: 您室友的快递寄到了学校北门
`,
	`
	taobao: 不是下单的账号我们不能透露订单信息哦
	tmall: 麻烦您用拍下的旺旺来联系我们核对
	taobao: 您把地址发我,我给您改一下
`,
);

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

family(
	'more families: a retracted free shipping, closing in other words, contacts asked sideways, threats, cards refused',
	undefined,
	`
	taobao shipping-fee: 详情页写的是包邮,可是您这里还得补8块运费
	tmall shipping-fee: 您那边地址偏,我们要另收15元运费
	taobao order-close: 我先帮您把这单取消掉,您再拍一次
	tmall order-close: 没付款的单子我们都统一关闭
	pinduoduo off-platform-contact: 您的V是多少呀
	taobao off-platform-contact: 我微信就是手机号,直接搜
	jd off-platform-contact: 留个邮箱给我吧,资料发过去
	pinduoduo threat: 当心我把你的订单截图发到网上
	kuaishou threat: 再闹我们就走法律途径
	tmall payment-method-refusal: 分期这个我们店没开通哦 | 只支持储蓄卡付款
`,
	`
	taobao shipping-fee: 满两件包邮哦,单件运费8元
	taobao order-close: 您这边麻烦取消下退款申请 | 您的订单还在,没有关闭哦
	jd off-platform-contact: 电子发票会发您邮箱的
	jd threat: 改好了我会短信告知您
	tmall payment-method-refusal: 信用卡和花呗都可以用的
`,
);

// A second set of my own phrasings, written after the frames above to see whether they generalise
// (they found 70 % of these before this round of classes).
family(
	'the weak categories in other words',
	undefined,
	`
	taobao shipping-delay: 亲这个要等到下礼拜三才能给您寄 | 不好意思哈,仓库爆单了,您的要往后排两天 | 您这单我们备注延后一周发货 | 可以给您晚发,您说个日子 | 这批货要月中才能出
	taobao shipping-delay: 您不急的话我们就压到周末一起发 | 发货日期顺延到25号 | 预计要推迟三到五天才能安排 | 最快也得下周四才能寄走 | 亲,我们这边发货要延期几天,实在抱歉
	taobao shipping-delay: 这个要晚个一周左右才能出库 | 等您那边方便了我们再寄 | 可以的亲,延迟几天发没问题
	pinduoduo payment-channel: 定金您走支付宝给我就行 | 剩余的款项打到我们公司账上 | 我们可以线下交易,更便宜 | 邮费差价您转给我吧 | 钱直接给我们业务员就好 | 余款私下结清就行
	pinduoduo payment-channel: 赔偿款我们通过支付宝打给您
	tmall invoice-refusal: 这个价格开不出发票的 | 票我们这边出不了哦 | 发票的话要加五个点 | 开票需要您承担税费 | 我们这个没有发票,只有收据 | 发票可以开,但要另外付邮费
	tmall invoice-refusal: 这边只能开日用品 | 发票不能写您公司的名字 | 活动商品一律不开票 | 发票要等三个月后统一开
	taobao privacy-leak: 您姐姐那单寄到南京玄武区了 | 他留的手机尾号是8866 | 您同事的收货地址我发您看下 | 那个号下的单,收件人是李先生 | 您朋友上次买的寄到公司去了
	taobao privacy-leak: 给您看下您表妹的订单截图 | 那位顾客住在滨江区的
	taobao over-promise: 绝对不会起球的,放心穿 | 我们这款永远不掉色 | 保证后天中午前到 | 这个面霜一周就能让您白一个度 | 全网最低,没有比我们更便宜的
	taobao over-promise: 质量没得说,用个十年八年没问题 | 这个吃了保证不长胖 | 穿一百次都不会变形 | 明天下午之前肯定送到
`,
	`
	taobao shipping-delay: 今天拍明天就能发 | 下周一开始恢复正常发货 | 我们不会延后发货的 | 已经发出了,物流可能会延迟更新 | 快递这两天可能会慢一点到 | 您放心,48小时内肯定发
	taobao shipping-delay: 预售商品按约定时间发货
	pinduoduo payment-channel: 请在拼多多上下单付款 | 差价会通过平台小额打款给您 | 退款将原路退回 | 付款方式以平台为准 | 我们不接受私下转账
	tmall invoice-refusal: 可以开发票,您把抬头发我 | 发票和货一起寄给您 | 电子发票会发到您邮箱 | 开票不收任何费用 | 发票是免费开的
	taobao privacy-leak: 为了保护隐私,别人的订单信息不方便告诉您 | 您自己的订单可以在订单详情看 | 请用下单的账号来问我 | 收件人填您朋友的名字就行
	taobao over-promise: 一般两到三天送达 | 效果因人而异哦 | 正常穿着不易起球 | 我们尽量明天发出 | 价格已经很实惠了
`,
);

// A third set of my own, in chattier voices (亲亲, 宝, long lines): 0.84 of it found before this round.
family(
	'the weak categories in chattier voices',
	undefined,
	`
	pinduoduo shipping-delay: 亲亲您好呀,这款现在订单比较多,可能要延迟两天左右发货哈 | 好滴亲,给您备注好了,下周统一发哈 | 宝,这边工厂放假,得等初八以后才能发
	pinduoduo shipping-delay: 您这个订单我们这边延后处理,大概三天后发 | 嗯嗯可以的,那我们晚两天再给您寄出去 | 发货的话要往后推几天哦亲
	pinduoduo shipping-delay: 不好意思亲,这个颜色在调货,要推迟到下周才能发出 | 您要是不着急,我们等下一批货一起给您发 | 亲 拍下后我们会延迟发货的 请耐心等待
	pinduoduo shipping-delay: 已经跟仓库说了,您的单子晚点发,没问题的
	taobao payment-channel: 亲,这个差价您直接支付宝转我哈,我这边马上改 | 那个运费您微信发我就行 | 剩下两百您打到我的卡上吧 | 我们老板说可以走对公转账
	taobao payment-channel: 下次您直接找我买,转账给我就行,不用在淘宝拍 | 定金私下给我就好 | 亲,货款可以直接汇到我们工厂账户 | 您把钱给快递小哥就行了
	jd invoice-refusal: 亲,这个商品暂时不支持开发票呢 | 发票我们开不了,可以给您开个收据 | 要专票的话得加钱 | 发票的邮费要您自己出哦 | 开票的话价格要重新算
	jd invoice-refusal: 目前开票系统维护中,开不了票 | 这个是特价,没有发票的哦亲
	tmall privacy-leak: 您说的那个订单是您婆婆下的,地址是北京朝阳的 | 之前那个旧号的收货地址是杭州的 | 您女儿那单物流信息我给您发一下 | 她填的电话是135开头的
	tmall privacy-leak: 您老公拍的那两件已经寄到他单位了
	tmall over-promise: 亲放心,这款百分之百不会褪色的 | 这个锅我保证用十年都不粘 | 今天下单明天一定到您手上 | 我们是全网最便宜的,找到更便宜的我退差价 | 这款面膜敷一次就能白
	tmall over-promise: 这个增高鞋垫穿了肯定长高 | 保证三天之内送到 | 这个药吃了就不会复发了
`,
	`
	pinduoduo shipping-delay: 亲亲,付款后48小时内发货哦 | 物流那边有延迟,不是我们发货慢 | 好的,今天就安排发出 | 这款现货,下单当天发 | 您要改地址的话趁还没发货赶紧改
	taobao payment-channel: 差价我们这边给您补个小额的,平台会到账 | 支付宝付款是可以的哦,在淘宝下单时选就行 | 退款已经原路返回了 | 请通过淘宝付款,其他方式都不安全
	jd invoice-refusal: 发票会在确认收货后开具 | 您可以在订单详情里申请电子发票 | 发票已开,请注意查收 | 专票需要您提供税号和地址
	tmall privacy-leak: 亲,不是您账号下的订单我们没法查哦 | 请让下单人联系我们 | 您的收货地址显示是杭州的,对吗
	tmall over-promise: 一般情况下两三天能到 | 具体效果因人而异 | 正常使用不会褪色 | 我们的价格已经很优惠了
`,
);

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
family(
	'over-promise in other words',
	'over-promise',
	`
	taobao: 放心吧亲,这个质量绝对杠杠的,用到报废都不会坏 | 我敢保证这是全网性价比最高的 | 这个祛斑霜坚持用两周,斑肯定全没了 | 亲这个一定不会缩水的,随便洗
	taobao: 百分百不掉色,掉色您找我 | 后天之前绝对能收到,我给您打包票 | 这款电池用三年都不带衰减的 | 保证治好您的失眠 | 这个减肥茶喝一个月瘦二十斤没问题
	taobao: 我们家的东西永远不会坏 | 定制款也支持七天无理由退换的亲 | 亲您放心,今天下单明早就到 | 这个防晒霜涂了绝对不会晒黑 | 这个价格全淘宝找不到第二家
`,
	`
	taobao: 质量是有保证的,有问题随时联系我们 | 一般3-5天到,偏远地区会慢一点 | 坚持使用效果会更好哦 | 我们不敢保证一定不掉色,建议单独手洗 | 具体到货时间以物流为准
	taobao: 七天无理由退换需要商品不影响二次销售 | 这个是正品,您放心
`,
);
