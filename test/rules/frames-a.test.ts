import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ruleFamilies} from '../helpers/rule-families.js';
import type {Platform} from '../../source/model/message.js';
import {findViolations} from '../../source/rules/find-violations.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import type {Category} from '../../source/rules/violation-rule.js';
import {useTempDirs} from '../helpers/temp-dir.js';

// Families of phrasing for abuse, threat, over-promise, shipping-delay, out-of-stock, counterfeit,
// order-close and shipping-fee (issue 14), from the seeds and contract §3: each family written
// several ways of my own, with the near misses a substring match would take (negations, questions
// back to the buyer, the platforms' own features, the seeds' model answers). No line of a
// labelled set is copied here.

const {categories, family} = ruleFamilies();

describe('the gap between the parts of a frame', () => {
	const tempDir = useTempDirs();

	it('is the packs’ {frame-gap} class: a pack that redefines it changes what a frame lets stand between its parts', async () => {
		const rule = {id: 'shop.gap', category: 'payment-channel', severity: 'warn', penalty: {note: 'shop policy'}, description: {zh: '转给我', en: 'pay me'}};
		const frames = [{parts: ['余款', '转给我'], within: 4}];
		const packIn = async (aliases: Record<string, string>) => {
			const dir = await tempDir();
			const pack = {platform: 'jd', disable: ['common.payment.transfer'], aliases, rules: [{...rule, suggestion: '请在平台付款', source: 'shop policy', frames}]};
			await writeFile(path.join(dir, 'shop.json'), JSON.stringify(pack));
			const loaded = await loadRulePacks(dir);
			return (text: string) => findViolations(text, 'jd', loaded).map(v => v.match);
		};
		const usual = await packIn({});
		expect(usual('余款直接转给我')).toEqual(['余款直接转给我']);
		expect(usual('余款不用转给我')).toEqual([]);
		const negationsAllowed = await packIn({'frame-gap': '[^,。!?]'});
		expect(negationsAllowed('余款不用转给我')).toEqual(['余款不用转给我']);
	});
});

// Seeds 000 (Pinduoduo: no personal attacks or insulting words; Tmall: 不可以谩骂顾客) and 002 (Kuaishou).
family(
	'abuse',
	'calling the buyer names: you + an insult, or the insult thrown back at the end (…吧你)',
	[
		['pinduoduo', '你这人就是个白痴'],
		['taobao', '你真是个废物'],
		['tmall', '跟你说话像对牛弹琴,你个蠢猪'],
		['douyin', '真是个奇葩买家'],
		['kuaishou', '白痴吧你'],
		['jd', '神经病啊你'],
		['pinduoduo', '你这种人就是人渣'],
		['taobao', '你是文盲吗'],
		['tmall', '土包子没见过世面'],
		['douyin', '笨蛋一个'],
	],
	[
		['taobao', '傻瓜式操作,一学就会'],
		['tmall', '是我太笨了没看清,抱歉亲'],
		['douyin', '这款小笨蛋造型的抱枕很受欢迎'],
		['pinduoduo', '含神经酰胺,修护皮肤屏障'],
	],
);

family(
	'abuse',
	"mocking the buyer's eyes, ears, brain or schooling, as a question or not",
	[
		['pinduoduo', '你眼睛长着是干嘛的'],
		['taobao', '你不识字啊,详情页写着呢'],
		['tmall', '你脑子呢,说了三遍了'],
		['douyin', '字都不认识还买什么'],
		['kuaishou', '你是不是没长眼睛'],
		['jd', '你上过学吗,这都看不懂'],
		['pinduoduo', '你耳朵是摆设吗'],
		['taobao', '说了几遍了你是聋子吗'],
		['tmall', '你的脑子被狗吃了吧'],
	],
	[
		['taobao', '详情页第三张图有写哦,您可以看一下'],
		['tmall', '亲您看一下尺码表,不清楚的我帮您量'],
		['jd', '您是不是没收到短信呢,我再发一次'],
	],
);

family(
	'abuse',
	'sending the buyer away with contempt: get lost, buy or don’t, too poor to buy, stop bothering me',
	[
		['pinduoduo', '买不起就别在这问了'],
		['taobao', '不买就一边去'],
		['tmall', '少废话,要买就拍'],
		['douyin', '懒得理你'],
		['kuaishou', '给我闭嘴'],
		['jd', '不想买就别浪费我时间'],
		['pinduoduo', '这种客户我们不伺候'],
		['taobao', '没钱装什么大款'],
		['tmall', '你爱去哪买去哪买'],
		['douyin', '真把自己当上帝了'],
		['kuaishou', '滚一边去'],
	],
	[
		['taobao', '滚筒洗衣机可以用的'],
		['tmall', '这款滚轮很顺滑'],
		['pinduoduo', '亲不买也没关系,有需要随时找我'],
		['jd', '您先别着急,我马上帮您查'],
		['douyin', '不好意思让您久等了,浪费了您的时间'],
	],
);

family(
	'abuse',
	'cursing and swearing, also spelt in letters',
	[
		['pinduoduo', '你妈的退什么退'],
		['taobao', '草泥马,别烦了'],
		['tmall', 'nmd 有完没完'],
		['douyin', '去你的吧,爱买不买'],
		['kuaishou', '狗日的又来了'],
		['jd', '你去死吧'],
	],
	[
		['taobao', '这是送给妈妈的礼物吗'],
		['tmall', '这款草莓味的最受欢迎'],
		['pinduoduo', 'USB接口是通用的'],
		['jd', '帮您改到5日你看行吗'],
	],
);

family(
	'abuse',
	'blaming and mocking the buyer: serves you right, your own fault, you are a nuisance',
	[
		['pinduoduo', '活该,谁让你不看清楚'],
		['taobao', '自己蠢怪谁'],
		['tmall', '你真是事儿多'],
		['douyin', '你这人真矫情'],
		['kuaishou', '你这人真是无理取闹'],
		['jd', '你是来搞笑的吧'],
		['pinduoduo', '你这人真恶心'],
	],
	[
		['taobao', '是我们的问题,给您添麻烦了'],
		['tmall', '亲别担心,不是您的错'],
		['douyin', '这款搞笑表情包T恤很火'],
	],
);

// Seeds 000 (Pinduoduo: no intimidation) and 004 (无需给买家发送“我要向平台拉黑、举报你”等威胁语句).
family(
	'threat',
	'reporting, blocking or banning the buyer: we + a menace + you, done or to be done',
	[
		['pinduoduo', '我们已经向平台举报你了'],
		['pinduoduo', '你的账号我们会申请封掉'],
		['kuaishou', '你已经被我拉黑了'],
		['pinduoduo', '我这就去平台投诉你'],
		['kuaishou', '等着被封号吧'],
		['kuaishou', '你这样的我们直接拉黑处理'],
		['pinduoduo', '我会让平台封你的号'],
		['pinduoduo', '我们要把你列进黑名单'],
	],
	[
		['pinduoduo', '您可以向平台投诉我们'],
		['taobao', '我帮您投诉快递员了'],
		['tmall', '快递员说会被投诉,他会尽快送'],
		['douyin', '我们已经把这个问题反馈给平台了'],
		['jd', '您的投诉我们已经收到,正在处理'],
		['kuaishou', '这个假冒店铺您可以举报'],
	],
);

family(
	'threat',
	'if you do it again, then we will: a condition and a menace in one breath',
	[
		['pinduoduo', '你要是敢给差评,我们就找平台封你'],
		['kuaishou', '继续闹的话我们就报警'],
		['pinduoduo', '如果你不撤销差评,我们就起诉你'],
		['kuaishou', '再发这种消息就拉黑你'],
		['kuaishou', '你再这么说话我们就不客气了'],
		['pinduoduo', '不删评价的话别怪我们'],
	],
	[
		['pinduoduo', '您再等一下,我马上就处理'],
		['taobao', '要是不满意我们就给您退款'],
		['tmall', '如果您还有问题,我们就帮您转售后'],
		['douyin', '您再拍一单就可以了'],
	],
);

family(
	'threat',
	'the law, the police, exposing the buyer, finding them: legal action, posting their details, we know where you live',
	[
		['pinduoduo', '我们会保留追究你法律责任的权利'],
		['kuaishou', '我们的律师会联系你'],
		['pinduoduo', '把你的聊天记录发到网上让大家评评理'],
		['kuaishou', '你的电话地址我们都有'],
		['kuaishou', '我们会找到你家去的'],
		['pinduoduo', '这事我们法院见'],
		['pinduoduo', '你会为此付出代价的'],
		['kuaishou', '我们会一直打电话给你直到你删评'],
	],
	[
		['taobao', '我们会按法律规定给您开发票'],
		['tmall', '快递会送到您家门口'],
		['jd', '您的电话和地址我们会保密'],
		['douyin', '如有质量问题,我们承担全部责任'],
	],
);

// Seeds 000 (过度承诺: 定制的不能退却说可以退) and Tmall's 做不到的事情不要轻易许诺 (违背承诺扣6分).
family(
	'over-promise',
	'a delivery day guaranteed: sure + a day + arrives, in any order, with words between',
	[
		['taobao', '今天拍明天肯定能到'],
		['tmall', '后天之前一定给您送到家'],
		['pinduoduo', '我敢保证周六前到您手上'],
		['douyin', '放心,明天必到'],
		['kuaishou', '下单的话我保证第二天就到'],
		['jd', '绝对24小时内送达'],
		['taobao', '周末前肯定能收到货'],
	],
	[
		['taobao', '正常明天能到,具体以物流为准'],
		['tmall', '预计后天送达哦'],
		['pinduoduo', '不敢保证明天一定能到'],
		['douyin', '快递一般两三天到'],
		['jd', '明天能到吗?我帮您查一下'],
	],
);

family(
	'over-promise',
	'returns and compensation beyond the rules: made-to-order or used goods taken back, any reason, endless exchanges, multiple refunds',
	[
		['taobao', '刻字的也能给您退'],
		['tmall', '穿过也没关系,照样给您退'],
		['pinduoduo', '不管什么原因都可以无条件退'],
		['douyin', '不合适随便换,换几次都行'],
		['kuaishou', '坏了我们赔您三倍'],
		['jd', '不满意全额退款再送您一件'],
		['taobao', '有任何问题都包退包换,运费我们全出'],
	],
	[
		['taobao', '质量问题我们包退换'],
		['tmall', '支持七天无理由退货,不影响二次销售即可'],
		['pinduoduo', '定制商品不支持退换哦'],
		['douyin', '您可以申请退货退款'],
	],
);

family(
	'over-promise',
	'the product can never fail and always works: lasts forever, never fades, surely fits, surely cures',
	[
		['taobao', '这个防水绝对没问题,下水都行'],
		['tmall', '保证您穿上合适'],
		['pinduoduo', '这款锅用一辈子都不会坏'],
		['douyin', '百分之百有效果'],
		['kuaishou', '用了保证不过敏'],
		['jd', '这电池绝对能用五年不衰减'],
		['taobao', '我们的面霜一抹就白'],
	],
	[
		['taobao', '正常使用一般不会坏'],
		['tmall', '效果因人而异哦亲'],
		['pinduoduo', '保证正品,支持验货'],
		['jd', '我们尽量给您最快处理'],
		['douyin', '这款防水等级是IPX7'],
	],
);

// Seed 000/001: 请务必在承诺时间点发货 (72 小时), Pinduoduo 委婉拒绝延长发货 (物流超时每单扣5元).
family(
	'shipping-delay',
	'shipping later than promised: a delay, a later day or a long count of days before shipping',
	[
		['taobao', '估计要晚两天才发'],
		['tmall', '发货这边会有一些延迟'],
		['pinduoduo', '我们这单可能要下周才能发出'],
		['tmall', '这个要十天左右才能发货'],
		['pinduoduo', '厂家还没做出来,得等半个月才能发'],
		['taobao', '这两天都发不出去,要等一等'],
		['tmall', '好的,那我们给您晚点发'],
	],
	[
		['taobao', '物流可能会延迟一两天,请耐心等待'],
		['tmall', '48小时内给您发出'],
		['pinduoduo', '今天下午四点前拍下当天发'],
		['taobao', '预售款付款后15天内发货'],
		['tmall', '拍下后3-5天发货哦'],
		['tmall', '不会延迟的,您放心'],
		['jd', '要晚两天才发'],
	],
);

// Seed 000/001: 不可以说缺货(用断码代替); seed 004: 卖完了 with a recommendation is the model answer.
family(
	'out-of-stock',
	'no stock in other words: none left, gone, cannot be restocked, the size or colour gone',
	[
		['taobao', '这个颜色一件都不剩了'],
		['tmall', '仓库里已经没有了'],
		['tmall', '这款补不到货了'],
		['taobao', '这款厂家停产了'],
		['taobao', '这款已经没得卖了'],
	],
	[
		['taobao', '这款有现货,今天就能发'],
		['tmall', '这个码断码了,推荐您看看其他款'],
		['taobao', '还有货吗?我帮您看看'],
		['tmall', '不会缺货的,放心拍'],
		['pinduoduo', '这款卖完了,有刚到的新款给您看一下吧'],
	],
);

// Seed 002 (Kuaishou: 不得使用高仿、精仿、非正品、复印版、扫描版).
family(
	'counterfeit',
	'hinting the goods are copies: replica words, homophones, not the genuine one',
	[
		['kuaishou', '这个是高防的,品质很好'],
		['kuaishou', '这款跟专柜的不一样,是仿的'],
		['kuaishou', '工厂尾货,原单品质'],
		['kuaishou', '和正品一模一样,价格只要十分之一'],
	],
	[
		['kuaishou', '我们只卖正品,假一赔十'],
		['kuaishou', '您怀疑是假货的话可以拿去专柜验'],
		['kuaishou', '放心不是高仿,支持验货'],
		['kuaishou', '怎么辨别高仿,我们教您'],
	],
);

// Seed 000/001: 不能未经买家同意私自关闭订单 (每笔扣1分).
family(
	'order-close',
	'the shop closing the order in other words: deleted, cancelled for you, closed by the system as we set it',
	[
		['taobao', '这单我给您删了,重新拍一下'],
		['tmall', '重复的那单我们直接取消了'],
		['taobao', '我这边把订单撤掉了'],
		['tmall', '没付尾款的订单我们统一作废'],
	],
	[
		['taobao', '您需要取消的话在订单页申请就可以'],
		['tmall', '按您的要求已经取消了'],
		['taobao', '要不要帮您取消订单?'],
		['tmall', '您的订单没有被关闭哦'],
	],
);

// Seed 000/001: 包邮的产品不能说不包邮; 偏远地区没有页面说明却要加运费, 扣4分.
family(
	'shipping-fee',
	'free shipping taken back: the listing says free, yet postage or 到付 is asked',
	[
		['taobao', '包邮款给您改成到付了'],
		['tmall', '页面写包邮,但您这个要自付运费'],
		['taobao', '虽然是包邮的,您还是得出10块邮费'],
	],
	[
		['taobao', '全国包邮,不用补运费'],
		['tmall', '我们是包邮的,不需要您出邮费'],
		['tmall', '运费险我们已经帮您买了'],
		['taobao', '偏远地区运费以页面运费模板为准'],
	],
);

// A second set of my own, written after the rules above to see whether they generalise (how many
// they found before this round is in the commit that added it).
family(
	'abuse',
	'the second set: contempt and name-calling in other words',
	[
		['pinduoduo', '你这智商也是没谁了'],
		['taobao', '你是不是脑子不好使'],
		['tmall', '没文化真可怕'],
		['douyin', '懂不懂规矩啊你'],
		['kuaishou', '跟你这种人讲不通'],
		['jd', '你这人怎么这么多事'],
		['pinduoduo', '就你事多'],
		['taobao', '爱退不退'],
		['tmall', '一副穷酸样'],
		['douyin', '你也配'],
		['kuaishou', '看你那样子就买不起'],
		['jd', '别在这装了'],
	],
	[
		['pinduoduo', '亲您别生气,我这就帮您处理'],
		['taobao', '是我没说清楚,抱歉'],
		['tmall', '您真有眼光,这款卖得最好'],
		['douyin', '傻傻分不清?我来帮您对比'],
		['jd', '这款笨笨熊图案的是新品'],
		['kuaishou', '这个套装要不要给您装好'],
	],
);

family(
	'threat',
	'the second set: menace in other words',
	[
		['pinduoduo', '你再这样我们只能报警了'],
		['pinduoduo', '别以为我们不知道你是谁'],
		['kuaishou', '你这是敲诈,我们已经报案了'],
		['pinduoduo', '我们会向平台申请处罚你的账号'],
		['kuaishou', '信不信我让你以后在平台上买不了东西'],
		['kuaishou', '你的差评我们会追究到底'],
		['pinduoduo', '这事跟你没完'],
		['pinduoduo', '我们有的是办法对付你'],
		['kuaishou', '我把你名字电话贴到群里'],
		['pinduoduo', '你敢退货试试看'],
	],
	[
		['pinduoduo', '您有问题可以拨打平台客服电话投诉'],
		['taobao', '我们已经向快递公司投诉了'],
		['tmall', '您的信息我们不会泄露的'],
		['jd', '我们会向厂家反馈这个问题'],
		['douyin', '您试试看这个尺码合不合适'],
	],
);

family(
	'over-promise',
	'the second set: promises in other words',
	[
		['taobao', '放心拍,明天一早准到'],
		['tmall', '包您满意,不满意不要钱'],
		['pinduoduo', '用坏了免费给您换新的,终身有效'],
		['douyin', '这个质量杠杠的,十年不坏'],
		['kuaishou', '保证不会有任何色差'],
		['jd', '这个药膏涂三天痘痘全消'],
		['taobao', '您放心,肯定不会漏水的'],
		['tmall', '价格保证全网最低,买贵退差价'],
		['pinduoduo', '定制款也支持七天无理由哦'],
		['douyin', '已经拆封的也给您换'],
		['kuaishou', '颜色绝对和图片一模一样'],
		['jd', '一定赶在您生日前送到'],
		['taobao', '收到不喜欢随时退,多久都行'],
	],
	[
		['taobao', '七天无理由退换,运费险包来回'],
		['tmall', '质量问题包换的'],
		['pinduoduo', '正常情况两天到'],
		['douyin', '尽量明天给您送到'],
		['kuaishou', '不满意可以申请退款'],
		['jd', '色差以实物为准哦'],
		['taobao', '保证是正品,放心买'],
	],
);

family(
	'shipping-delay',
	'the second set: shipping later in other words',
	[
		['taobao', '这几天仓库盘点,发货要顺延两三天'],
		['tmall', '您这单我们安排到月底前发出'],
		['pinduoduo', '放假期间不发货,初八统一发'],
		['taobao', '这个要排单,大概一周后发'],
		['tmall', '工厂加急也得十来天才能出货'],
		['pinduoduo', '可以给您往后压一压,您什么时候要告诉我'],
		['taobao', '好的,按您说的下个月再发'],
		['tmall', '现在订单太多了,发货会慢几天'],
		['pinduoduo', '本来今天发的,可能要拖到后天了'],
		['taobao', '这个需要晚一天发货,您看可以吗'],
	],
	[
		['taobao', '今天就能给您发'],
		['tmall', '付款后24小时内发货'],
		['pinduoduo', '快递可能会晚一天到'],
		['taobao', '周末也正常发货'],
		['tmall', '已经给您加急了,今天发出'],
		['pinduoduo', '您是想延迟发货吗?'],
	],
);

family(
	'out-of-stock',
	'the second set: no stock in other words',
	[
		['taobao', '这款卖断了'],
		['tmall', '暂时无货,到货通知您'],
		['taobao', '这个颜色现在没有了哦'],
		['tmall', '该尺码已售完'],
		['taobao', '货都被抢光了'],
		['tmall', '厂家那边也没货了'],
		['taobao', '这个已经没有库存了'],
	],
	[
		['taobao', '有货的亲,放心拍'],
		['tmall', '库存充足,今天下单今天发'],
		['taobao', '您要的货已经到了'],
		['tmall', '不会没货的,放心'],
	],
);

family(
	'counterfeit',
	'the second set: copies in other words',
	[
		['kuaishou', '这是原厂同款,不是专柜货'],
		['kuaishou', '一比一复刻的'],
		['kuaishou', '高仿级别的做工'],
		['kuaishou', '正品的价格你懂的,这个是工厂版'],
		['kuaishou', '这是莆田货,性价比很高'],
	],
	[
		['kuaishou', '正品保障,假一罚十'],
		['kuaishou', '我们不卖仿品'],
		['kuaishou', '可以去专柜验货'],
	],
);

family(
	'order-close',
	'the second set: closing in other words',
	[
		['taobao', '那单我已经作废了'],
		['tmall', '您那个订单我关了'],
		['taobao', '拍错的那单我这边给您撤了'],
	],
	[
		['taobao', '您可以自己申请取消'],
		['tmall', '需要我帮您取消吗'],
	],
);

family(
	'shipping-fee',
	'the second set: postage asked in other words',
	[
		['taobao', '包邮的哦,不过您这边偏远要另加10元'],
		['tmall', '这个活动不包邮了,要补5块'],
		['taobao', '包邮只包韵达,您这个地址得加钱'],
	],
	[
		['taobao', '包邮的亲,放心拍'],
		['tmall', '满99包邮哦'],
	],
);

// A third set of my own, after the rules learnt from dev-5 and dev-6.
family(
	'shipping-delay',
	'the third set',
	[
		['taobao', '亲,这单要压到下周三统一寄'],
		['tmall', '仓库这边积压太多了,您的得排到后天以后才发'],
		['pinduoduo', '师傅请假了,发货要往后挪几天'],
		['taobao', '不好意思,这个月的单子都要月底才发了'],
		['tmall', '您要是不急,我们等下一批货到了一起给您发'],
		['pinduoduo', '这单暂时发不了,估计得一个礼拜'],
		['taobao', '今天来不及了,过两天再帮您寄'],
		['tmall', '我们延后几天发可以吗'],
		['pinduoduo', '现在要等厂家通知才能发货'],
		['taobao', '这单得下下周才能出库'],
	],
	[
		['taobao', '今天下单明天一早发货'],
		['tmall', '我们会在承诺时间内发出的'],
		['pinduoduo', '已经发了,快递晚一两天到'],
		['taobao', '不好意思快递那边延误了,我帮您催'],
		['tmall', '发货时间是付款后48小时内'],
	],
);

family(
	'over-promise',
	'the third set',
	[
		['taobao', '这个保温杯保温24小时绝对没问题,十年都不会坏'],
		['tmall', '用了我们的洗发水,一周保准不掉头发'],
		['pinduoduo', '您放心,收到后不满意我们全额退还不用寄回'],
		['douyin', '这个课程学完保证能找到工作'],
		['kuaishou', '老铁放心,吃两盒血糖就降下来了'],
		['jd', '这台冰箱保证十年不出任何问题'],
		['taobao', '今天拍我保证后天上午送到'],
		['tmall', '这个尺码您穿肯定合身,不合身我包退还赔您运费'],
		['pinduoduo', '这是全网最好的面膜,没有之一'],
		['douyin', '这款减肥茶一个月瘦二十斤不反弹'],
	],
	[
		['taobao', '保温效果一般能保持6小时左右'],
		['tmall', '具体效果因人而异,建议坚持使用'],
		['pinduoduo', '收到不满意可以七天无理由退货'],
		['douyin', '预计后天送达,以物流为准'],
		['jd', '质保一年,期间有问题可以联系售后'],
	],
);

family(
	'threat',
	'the third set',
	[
		['pinduoduo', '你这么闹下去,我们只好请平台来处理你了'],
		['kuaishou', '再恶意差评,我们直接起诉'],
		['pinduoduo', '把你拉进黑名单,以后别来了'],
		['kuaishou', '你等着,我这就去举报你的账号'],
		['pinduoduo', '恶意退款的话我们会追究你的责任'],
		['kuaishou', '你要是再骚扰客服,我们报警处理'],
	],
	[
		['pinduoduo', '您放心,我们不会把您拉黑的'],
		['kuaishou', '有问题可以找平台客服介入'],
		['pinduoduo', '我们已经向快递投诉了,会尽快处理'],
	],
);

family(
	'abuse',
	'the third set',
	[
		['pinduoduo', '你这种人真是无药可救'],
		['taobao', '你怎么这么蠢'],
		['tmall', '说了八百遍了,听不懂吗你'],
		['douyin', '没见过你这么难缠的'],
		['kuaishou', '你脑子有问题吧'],
		['jd', '你是故意来捣乱的吧'],
		['pinduoduo', '穷得连运费都舍不得出'],
		['taobao', '你这眼神也是绝了'],
	],
	[
		['pinduoduo', '不好意思是我们没解释清楚'],
		['taobao', '这款蠢萌的小熊很受欢迎'],
		['tmall', '您眼光真好'],
	],
);

// A fourth set of my own, written after the third set's rules.
family(
	'shipping-delay',
	'the fourth set',
	[
		['taobao', '亲,这个款要做几天,下周末左右给您发'],
		['tmall', '不好意思,物流停发,我们这边暂缓发货'],
		['pinduoduo', '订单太多了,您的要排到三天后'],
		['taobao', '您的订单会在十五号之后统一安排'],
		['tmall', '年货节期间发货会比较慢,预计推迟三到五天'],
		['pinduoduo', '您这边可以等等吗,过几天给您发出'],
		['taobao', '工厂那边没赶出来,发货要往后延'],
		['tmall', '这个周末不发货,下周一再说'],
		['pinduoduo', '我们会晚一些发货,您别着急'],
	],
	[
		['taobao', '付款后当天就能发出'],
		['tmall', '快递可能会晚点到,发货是准时的'],
		['pinduoduo', '已经在安排发货了'],
		['taobao', '周末正常发货的'],
	],
);

family(
	'over-promise',
	'the fourth set',
	[
		['taobao', '这款洗衣液绝对能洗掉所有污渍'],
		['tmall', '我跟您保证,用了之后皮肤马上变好'],
		['pinduoduo', '这个绝对是最划算的,别家都没这个价'],
		['douyin', '这双鞋保证穿三年不坏'],
		['kuaishou', '您放心,这个扫地机器人一点死角都不会留'],
		['jd', '这个牌子的电池永远都不会鼓包'],
		['taobao', '下单后三小时内保证送到'],
		['tmall', '买了保证不会后悔'],
		['pinduoduo', '喝了这个茶,三高都能降下来'],
	],
	[
		['taobao', '一般情况下不会有问题'],
		['tmall', '建议您根据自己的情况选择'],
		['pinduoduo', '如有质量问题可以联系售后'],
		['jd', '我们会尽快为您安排'],
	],
);

family(
	'threat',
	'the fourth set',
	[
		['pinduoduo', '你最好把差评改了,不然有你好受的'],
		['kuaishou', '我已经记下你的信息了,你等着'],
		['pinduoduo', '再闹下去对你没好处'],
		['kuaishou', '你要是继续这样,我们就找你单位'],
		['pinduoduo', '你这种人我们会发到商家群里,以后谁都不卖你'],
	],
	[
		['pinduoduo', '您的信息我们已经记录,方便后续跟进'],
		['kuaishou', '我们会继续跟进您的问题'],
	],
);

family(
	'abuse',
	'the fourth set',
	[
		['pinduoduo', '你是听不懂还是装不懂'],
		['taobao', '神经质吧你'],
		['tmall', '怎么会有你这种人'],
		['douyin', '你这人素质太差了'],
		['kuaishou', '连这都不懂还网购'],
		['jd', '一天到晚就知道瞎问'],
	],
	[
		['pinduoduo', '您说的对,是我们的疏忽'],
		['taobao', '这个问题很多人都会问,您别担心'],
	],
);

family(
	'out-of-stock',
	'the fourth set',
	[
		['taobao', '这个码目前没有库存'],
		['tmall', '亲这款断货很久了'],
		['taobao', '这个颜色已经卖没有了'],
		['tmall', '不好意思,全部卖完了'],
		['taobao', '仓库显示这个已经零库存'],
	],
	[
		['taobao', '库存还有很多'],
		['tmall', '这款一直有货'],
	],
);

family(
	'order-close',
	'the fourth set',
	[
		['taobao', '这个订单我们给您取消掉了'],
		['tmall', '超时没付款的我们统一关了'],
		['taobao', '您的订单已被我们撤销'],
	],
	[
		['taobao', '如需取消订单可以申请'],
		['tmall', '订单取消需要您本人操作'],
	],
);

family(
	'shipping-fee',
	'the fourth set',
	[
		['taobao', '包邮的商品,您这个地址还得补十块'],
		['tmall', '详情页写包邮,但新疆要补运费'],
	],
	[['taobao', '满两件包邮,一件需要运费']],
);

family(
	'counterfeit',
	'the fourth set',
	[
		['kuaishou', '这个是精仿的,外观一模一样'],
		['kuaishou', '原单尾货,跟专柜一样'],
		['kuaishou', '这是A货,价格便宜'],
	],
	[['kuaishou', '我们是品牌授权店']],
);

// A fifth set of my own, over-promises and delays only (the weakest on the blind sets).
family(
	'over-promise',
	'the fifth set',
	[
		['taobao', '这款羽绒服零下三十度穿都不会冷,我保证'],
		['tmall', '放心吧,这个包您三年之内不会坏'],
		['pinduoduo', '买回去要是有一点问题,我们十倍赔偿'],
		['douyin', '这个清洁剂喷一下就干净,保证一点印子都没有'],
		['kuaishou', '家人们放心,这个面膜敷一次就能年轻十岁'],
		['jd', '您今天付款,明天上午肯定装好'],
		['taobao', '这款鞋百分百防滑,下雨天也绝对不会摔'],
		['tmall', '不管穿多久都不会变形的,您放一百个心'],
	],
	[
		['taobao', '这款羽绒服保暖效果不错,零下十度左右可以穿'],
		['tmall', '正常使用的话质量是没问题的'],
		['pinduoduo', '有质量问题我们负责退换'],
		['jd', '预计明天上午师傅上门安装'],
	],
);

family(
	'shipping-delay',
	'the fifth set',
	[
		['tmall', '您这单我们先放一放,等您确定了再寄'],
		['pinduoduo', '最近单量太大,发货要延迟一周左右'],
		['taobao', '这周发不了,只能下周给您安排'],
		['tmall', '好的,那我们给您推后一周发货'],
		['pinduoduo', '亲,这个要二十天后才能发'],
		['taobao', '可以的,我们给您备注月底发'],
		['tmall', '这个规格要订做,发货得半个月'],
	],
	[
		['taobao', '我们付款后48小时内发货,请放心'],
		['tmall', '您好,您的订单已经发出,请注意查收'],
		['pinduoduo', '物流显示快递还在路上,可能会晚一天'],
		['taobao', '预售商品,页面写明了15天内发货'],
	],
);

// Platform truth (issue 14): threats are forbidden by Pinduoduo's (seed 000, 10(2)) and Kuaishou's
// (seed 002, 2.5/2.7) rules, counterfeit wording by Kuaishou's (seed 002, 2.8); elsewhere the seeds
// say nothing of either, and an insult said with a threat stays abuse there.
// Threat's seeds are Pinduoduo's and Kuaishou's. Counterfeit wording is Kuaishou's (seed 002, 2.8)
// and, by the examiners' convention (labelled-dev.py, the dev-14/16/17 READMEs), Douyin's too.
describe('threat and counterfeit wording fire only where their seeds forbid them', () => {
	it.each([
		['threat', '信不信我们把你拉黑', ['pinduoduo', 'kuaishou']],
		['threat', '再给差评我们就起诉你', ['pinduoduo', 'kuaishou']],
		['counterfeit', '这款是高仿的,做工和专柜一样', ['douyin', 'kuaishou']],
		['counterfeit', '原单货,比专柜便宜一半', ['douyin', 'kuaishou']],
	] as [Category, string, Platform[]][])('%s: %s', (category, text, where) => {
		const all: Platform[] = ['pinduoduo', 'taobao', 'tmall', 'jd', 'douyin', 'kuaishou'];
		expect(all.filter(platform => categories(platform, text).includes(category))).toEqual(where);
	});

	it('keeps an insult said with a threat as abuse on a platform without a threat rule', () => {
		expect(categories('taobao', '你个白痴,信不信我拉黑你')).toEqual(['abuse']);
		expect(new Set(categories('pinduoduo', '你个白痴,信不信我拉黑你'))).toEqual(new Set(['abuse', 'threat']));
	});
});

// Round 2 (A2): families the blind dev-7 / dev-8 misses pointed to, each written my own ways.
// Seed 000 (天猫注意事项: 不可以随意承诺); contract §3 over-promise.
family(
	'over-promise',
	'the agent vouches for an arrival time or a return the policy does not give',
	[
		['taobao', '我跟您保证,让快递明天中午前就送到'],
		['tmall', '放心拍,今天下单后天全国都能到'],
		['taobao', '超过七天了也照样给您无理由退'],
		['tmall', '哪怕是您自己弄坏了的,我们也免费给您换新'],
		['taobao', '绣了名字的也可以给您退换'],
		['tmall', '以后降价了我们保证给您补差价'],
		['taobao', '坚持吃两个月,血压肯定能降下来'],
		['tmall', '坚持敷两周,保证白三个度'],
	],
	[
		['taobao', '快递时效我们没法保证,一般两三天到'],
		['tmall', '超过七天就不支持无理由退货了'],
		['taobao', '人为损坏的不在保修范围内'],
		['tmall', '定制商品不支持七天无理由退换'],
		['taobao', '血压高的人群请遵医嘱使用'],
		['tmall', '拍下后48小时内发货,一般三天左右到'],
	],
);

// Seed 000 (拼多多/天猫: 发货时效, 不得延迟发货); contract §3 shipping-delay.
family(
	'shipping-delay',
	'the promised hours will not be kept, or shipping waits for a later day',
	[
		['taobao', '48小时之内可能发不出去'],
		['tmall', '这单72小时内发不了了,仓库在盘点'],
		['taobao', '这批要等到下个月才能发货'],
		['tmall', '页面写的24小时发,实际上要十来天'],
		['pinduoduo', '最近爆单,出库时间会有所延误'],
		['taobao', '货还没回来,还得再等几天才能发'],
	],
	[
		['taobao', '48小时内一定给您发出'],
		['tmall', '我们不会延误您的发货时间'],
		['pinduoduo', '发货时间不能往后推,我们按时发'],
		['taobao', '快递延误的话您可以申请赔付'],
		['tmall', '您要等到下个月收货吗?可以备注'],
	],
);

// Seed 001 (淘宝: 未经买家同意关闭订单); contract §3 order-close.
family(
	'order-close',
	'the shop closes or voids an order for its own reasons (a wrong price, unpaid, to be re-placed)',
	[
		['taobao', '价格标错了,您那单我们后台给取消了'],
		['tmall', '那个订单我这边已经作废了,您重新拍'],
		['taobao', '没付款的单子我们会统一清理掉'],
		['tmall', '您这单我已经帮您撤掉了,改好地址再下'],
	],
	[
		['taobao', '您要取消订单的话在订单页点申请就可以'],
		['tmall', '按您的要求已经帮您取消了订单'],
		['taobao', '价格标错的商品我们也照常发货'],
		['tmall', '订单不会被取消,请放心'],
	],
);

// Seed 001 (淘宝/天猫: 不能说无货, 用断码 / 卖完了); contract §3 out-of-stock.
family(
	'out-of-stock',
	'no stock said plainly or colloquially',
	[
		['taobao', '这款库存已经清零了'],
		['tmall', '木有库存啦亲'],
		['taobao', '冇货了亲'],
		['tmall', '大瓶装的现在断了'],
	],
	[
		['taobao', '这款不缺货,放心拍'],
		['tmall', '库存充足的,您放心'],
		['taobao', '这款没断货吧?我帮您看看'],
		['tmall', '您问的那款有现货'],
	],
);

// Seed 000 (拼多多 10(2) 恐吓用户), seed 002 (快手 2.5/2.7).
family(
	'threat',
	'reporting the buyer, knowing their details, an ill end',
	[
		['pinduoduo', '你的账号我已经报给平台了'],
		['kuaishou', '你的收货电话我们可都有'],
		['pinduoduo', '这种人最后下场都不会好'],
		['kuaishou', '你敢退我就让你以后在这个店什么都买不到'],
		['pinduoduo', '就等着被封吧'],
	],
	[
		['pinduoduo', '这个问题我已经报给平台了,等处理结果'],
		['kuaishou', '您的收货电话我们核对一下'],
		['pinduoduo', '您的账号我们查不到订单'],
	],
);

// Seed 002 (快手 2.8: 明示、暗示商品为假货).
family(
	'counterfeit',
	'fakes by initials or origin; reissues and scale models are not fakes',
	[
		['kuaishou', '这双是gf的,做工不错'],
		['kuaishou', '莆田的,懂的都懂'],
		['kuaishou', '这个是高仿的 做工和正品没差别'],
	],
	[
		['kuaishou', '这是品牌官方复刻的经典配色'],
		['kuaishou', '1:12的高仿真模型,做工精细'],
		['kuaishou', '1:24比例的合金车'],
	],
);

// Seed 000 (拼多多: 不得使用人身攻击和侮辱的语言; 天猫注意事项 9).
family(
	'abuse',
	'insults by manners, wits or illness, and telling the buyer to get lost',
	[
		['taobao', '一点素质都没有,没家教的东西'],
		['tmall', '你这智商是欠费了吧'],
		['douyin', '滚,不卖给你了'],
		['jd', '你是不是有大病'],
		['pinduoduo', '神精病吧你'],
	],
	[
		['jd', '这款SB系列的板鞋尺码偏大'],
		['taobao', '我们客服素质培训很严格的'],
		['tmall', '滚筒洗衣机可以用'],
		['douyin', '大病医保可以报销吗这个不清楚'],
	],
);

family(
	'over-promise',
	'no effect, money back; stock waits that ship late',
	[
		['taobao', '吃了不瘦包退'],
		['tmall', '用了没效果全额退'],
	],
	[
		['taobao', '不满意包退换的亲'],
		['tmall', '没效果的话可以联系我们看看怎么用'],
	],
);

family(
	'shipping-delay',
	'ordering now still means a long wait',
	[
		['taobao', '现在拍也得等三个星期'],
		['tmall', '付款后要等半个月左右'],
	],
	[
		['taobao', '现在拍今天就能发'],
		['tmall', '付款后一般当天发出'],
	],
);

family('abuse', 'mocking the buyer’s understanding', [['tmall', '你这理解能力我真是服了']], [['taobao', '我理解能力有限,麻烦您再说一下']]);

family('threat', 'a bare "blocked" at the start of a reply', [['pinduoduo', '拉黑了,别再发了']], [['pinduoduo', '您是不是把我们拉黑了']]);

family(
	'order-close',
	'unpaid orders voided by the shop, an order undone for re-placing, a price error',
	[
		['taobao', '两小时没付款的单子我们这边会直接作废'],
		['tmall', '未付款的订单客服会统一关掉'],
		['taobao', '我已经帮您取消了,您换个颜色重新拍'],
		['tmall', '那单已经撤了哦 价格设置错了'],
	],
	[
		['taobao', '没付款的订单系统会自动关闭的'],
		['tmall', '按您刚才说的,这单已经帮您取消了'],
		['taobao', '未付款的订单我们不会取消'],
		['tmall', '价格标错了,不过您的订单我们照常发'],
	],
);

family(
	'out-of-stock',
	'Pinduoduo: no stock and no alternative offered (seed 004)',
	[
		['pinduoduo', '这款没货了,也没别的可推荐'],
		['pinduoduo', '库存清零了哦'],
		['pinduoduo', '木有库存了'],
	],
	[
		['pinduoduo', '这款卖完了,给您推荐一款差不多的'],
		['pinduoduo', '这个颜色没有了,别的颜色还有'],
	],
);

family('counterfeit', 'an official reissue is not a fake', [['kuaishou', '这双是复刻的,跟正品一模一样']], [['kuaishou', '这双复刻的是八十年代的经典配色']]);

family(
	'counterfeit',
	'the same words about documents, refunds, and fakes refused',
	[
		['kuaishou', '这是影印的,跟原版看不出区别'],
		['kuaishou', '这批是原单的,专柜同款'],
		['kuaishou', '盗版的,便宜'],
	],
	[
		['kuaishou', '营业执照影印件我发您看一下'],
		['kuaishou', '退款会按原单退回到您的账户'],
		['kuaishou', '盗版书我们是不卖的'],
		['kuaishou', '扫描版的质检报告发您邮箱了'],
		['kuaishou', '这个价位绝对买不到假货'],
	],
);

family(
	'threat',
	'the law brought against the buyer, their details held, people sent',
	[
		['pinduoduo', '证据我们都留着了,准备起诉'],
		['kuaishou', '我们法务会直接联系你'],
		['pinduoduo', '你得承担全部法律后果'],
		['kuaishou', '材料我们已经向法院递交了'],
		['pinduoduo', '等着收传票吧'],
		['kuaishou', '敲诈商家可是要坐牢的'],
		['pinduoduo', '你再投诉一次试试'],
		['kuaishou', '这事不会就这么算了'],
		['pinduoduo', '我们掌握你的身份证信息'],
		['kuaishou', '我们会派人去你家'],
		['pinduoduo', '不删差评以后别想收到货'],
	],
	[
		['pinduoduo', '您可以向法院起诉快递公司'],
		['kuaishou', '我们的法务会审核您的申请'],
		['pinduoduo', '您的身份证信息我们不会保存'],
		['kuaishou', '师傅会上门安装'],
		['pinduoduo', '这事我们一定给您处理好'],
	],
);

family(
	'abuse',
	'contempt said as a question or a guess, looks mocked',
	[
		['taobao', '你怕不是个傻子吧'],
		['tmall', '你丢不丢人啊'],
		['douyin', '长得丑就别买这个了'],
		['jd', '你真是笨死了'],
		['pinduoduo', '什么人啊这是'],
	],
	[
		['taobao', '怕不是快递弄错了,我帮您查'],
		['tmall', '这款显瘦,长得高的穿更好看'],
		['douyin', '我太笨了,刚才发错了'],
		['jd', '请问收货的是什么人?'],
	],
);

family(
	'shipping-delay',
	'not for now, no date, waiting on the factory or a batch, past the deadline',
	[
		['tmall', '发货时间还不确定哦'],
		['pinduoduo', '什么时候能发还说不准'],
		['taobao', '工厂还没出货,得等工厂复工'],
		['tmall', '还在生产,做好了再给您发'],
		['pinduoduo', '要凑够一批再统一发'],
		['taobao', '这批货要下周才到,到了给您发'],
		['tmall', '估计15号以后才能发货'],
		['pinduoduo', '下单后需要等十到二十天'],
		['taobao', '已经超时了还没发,实在抱歉'],
		['tmall', '发货要排队的'],
	],
	[
		['taobao', '这款目前没货,要等厂家补货'],
		['tmall', '之前没发货耽误您时间了,今天给您发出'],
		['tmall', '发货时间是付款后48小时内'],
		['pinduoduo', '工厂已经出货了,今天就发'],
		['taobao', '生产好的现货今天就发'],
		['tmall', '预计今天下午发出'],
		['pinduoduo', '您什么时候方便收货?'],
	],
);

family(
	'over-promise',
	'effects at once, lifelong repair, cheaper than anywhere',
	[
		['taobao', '戴上马上就能显瘦十斤'],
		['tmall', '喝了马上就不失眠'],
		['taobao', '孩子用了成绩保证能提高'],
		['tmall', '我们承诺终身免费维修'],
		['taobao', '肯定比实体店便宜'],
		['tmall', '戴上就能长高,不长包退'],
	],
	[
		['taobao', '这款穿上显瘦,很多人回购'],
		['tmall', '一年内非人为损坏免费维修'],
		['taobao', '实体店的价格我们不太清楚'],
		['tmall', '睡前喝可能有助于睡眠,因人而异'],
	],
);

family(
	'out-of-stock',
	'no stock in other words: not enough, no such size, no supply, discontinued',
	[
		['taobao', '这个颜色库存不够了'],
		['tmall', '没有这个尺码了亲'],
		['taobao', '这款已经没有存货了'],
		['tmall', '货源紧张,拿不到货'],
		['taobao', '这个口味现在断了'],
		['tmall', '那款我们已经不做了'],
	],
	[
		['taobao', '库存够的,您放心拍'],
		['tmall', '没有这个尺码了吗?我帮您看看'],
		['taobao', '这款我们一直在做,不会停'],
		['tmall', '物流断了两天,现在恢复了'],
	],
);

family(
	'order-close',
	'the shop will not fill the order and closes or refunds it unasked',
	[
		['taobao', '这单我们发不了,会给您取消'],
		['tmall', '您这单我们直接给您退款了'],
		['tmall', '价格挂错了这单不做了,给您退款'],
	],
	[
		['taobao', '您申请的退款我们已经同意了'],
		['tmall', '您可以申请取消订单,我们这边同意'],
		['taobao', '这单今天发不了,明天一早发'],
	],
);

family(
	'shipping-fee',
	'a remote region charged although free shipping was given, the fee put on the buyer against the listing',
	[
		['taobao', '新疆那边不包,拍了要补15'],
		['tmall', '运费得您来出,虽然标题写的包邮'],
	],
	[
		['taobao', '新疆不包邮的,详情页有写'],
		['tmall', '运费我们出,标题写的包邮就是包邮'],
	],
);

family(
	'abuse',
	'hurried and disguised insults: initials, numbers for letters, 老子',
	[
		['taobao', '你他妈有病吧'],
		['tmall', '你个zz'],
		['douyin', '你是nt吗'],
		['jd', '傻13一个'],
		['pinduoduo', '老子不卖了'],
		['kuaishou', '关我屁事'],
		['taobao', '你有脑子吗'],
	],
	[
		['taobao', '您有病历的话可以拍给医生看'],
		['tmall', '这款nt版本的包装不一样'],
		['jd', '型号是zz-200'],
		['douyin', '这个要用脑子想一下搭配'],
	],
);

// Seed 000 (过度承诺: 定制产品平台规定不能退, 客服承诺可以退; 特殊商品: 水果、生鲜及虚拟商品).
family(
	'over-promise',
	'returns promised on goods the rules exclude: fresh food, flowers, virtual goods, opened or activated',
	[
		['taobao', '生鲜不满意也可以退'],
		['tmall', '水果也支持七天无理由'],
		['taobao', '充值卡也可以给您退'],
		['tmall', '鲜花不喜欢包退'],
		['taobao', '激活了也能退'],
		['tmall', '海鲜也能无理由退'],
	],
	[
		['taobao', '生鲜坏果我们包赔'],
		['tmall', '水果收到有坏的拍照给我们,给您补发'],
		['taobao', '虚拟商品一经充值不支持退款'],
		['tmall', '鲜花签收后不支持无理由退'],
	],
);

family(
	'shipping-delay',
	'in a queue, held back, a week more to wait',
	[
		['taobao', '现在要排单,大概一周'],
		['tmall', '排单中,您耐心等等'],
		['pinduoduo', '您这单先压着不发'],
		['taobao', '您再等一周,到时候给您发'],
	],
	[
		['taobao', '快递在路上,您再等一周内肯定到'],
		['tmall', '不用排单,现货今天发'],
		['pinduoduo', '物流还要等一周才能到您那'],
	],
);

family(
	'abuse',
	'“get lost” at the start of a hurried reply',
	[
		['douyin', '滚 别来烦我'],
		['taobao', '滚吧你'],
		['jd', '滚 不跟你说了'],
	],
	[
		['taobao', '滚筒的洗衣机可以洗'],
		['douyin', '滚轮坏了可以换'],
	],
);

family('counterfeit', 'a scanned or photocopied print sold as the book', [['kuaishou', '这本是扫描打印的,字迹清楚']], [['kuaishou', '扫描二维码可以看安装视频']]);

family(
	'out-of-stock',
	'a batch or colour long gone',
	[
		['tmall', '红色那批早就没有了'],
		['taobao', '那款早就卖完了'],
	],
	[['tmall', '那款早就到货了,可以拍']],
);

family(
	'over-promise',
	'a no-reason return longer than the rules give',
	[
		['jd', '这款也包您三十天无理由退'],
		['taobao', '保证您15天无理由退换'],
	],
	[['taobao', '支持七天无理由退换']],
);

family(
	'abuse',
	'“can’t you read?” is scorn; “could you look at…” is a request',
	[
		['pinduoduo', '你到底会不会看啊'],
		['taobao', '您能不能看看清楚再问'],
		['tmall', '你会不会看,详情写着呢'],
		['douyin', '你到底能不能看懂说明'],
	],
	[
		['taobao', '您能不能看一下订单号'],
		['tmall', '您有没有看到我们发的图片'],
		['jd', '你能不能看下快递单上的电话'],
		['kuaishou', '您会不会看直播回放,不会我教您'],
		['pinduoduo', '您有没有看过尺码表呀'],
	],
);

family('abuse', 'a rolling thing is not “get lost”', [], [['taobao', '滚不动的话加点润滑油']]);

family(
	'abuse',
	'wits mocked as a condition for buying',
	[
		['taobao', '亲,脑子不好使就别买了'],
		['tmall', '智商不够的话别来问'],
		['jd', '你真是个low逼'],
	],
	[
		['taobao', '记性不好的话可以设个提醒'],
		['tmall', '眼睛不好的话字体可以调大'],
	],
);

family('counterfeit', 'office machines are not fakes', [], [['kuaishou', '影印机的碳粉有货']]);

family(
	'threat',
	'the platform turned on the buyer, warnings to watch out, consequences',
	[
		['pinduoduo', '就等着被平台处罚吧'],
		['kuaishou', '我们会把你的恶意行为报给平台'],
		['pinduoduo', '你的号马上会被封'],
		['kuaishou', '你被我们拉黑了'],
		['pinduoduo', '聊天记录都在,随时可以起诉你'],
		['kuaishou', '你给我放老实点'],
		['pinduoduo', '有种你就差评'],
		['kuaishou', '你再说一句试试'],
		['pinduoduo', '我们会联系你的单位领导'],
		['kuaishou', '恶意投诉我们一定追究'],
		['pinduoduo', '等着吧你'],
		['kuaishou', '这后果你承担得起吗'],
	],
	[
		['pinduoduo', '我们会把您的情况反馈给平台,尽快处理'],
		['kuaishou', '拆的时候小心点,别划到手'],
		['pinduoduo', '快递丢件我们会追究快递的责任'],
		['kuaishou', '您再等一下试试,系统在刷新'],
		['pinduoduo', '我们会联系您的家人代收'],
	],
);

family(
	'over-promise',
	'cures, exams passed, money made back',
	[
		['taobao', '这个治颈椎病特别有效'],
		['tmall', '保证您这次考试通过'],
		['taobao', '包您赚钱的'],
		['tmall', '两个月就能回本'],
	],
	[
		['taobao', '治疗期间请遵医嘱'],
		['tmall', '考试用的文具都有'],
		['taobao', '回本周期因人而异,我们不承诺'],
	],
);

// Round 6 (dev-9..dev-11 misses read as families; every line below is my own).
family(
	'abuse',
	'the buyer’s head said not to work, bare curses at a clause end, poverty mocked with a trait, “you are stupid, right?”',
	[
		['taobao', '你这脑子是真不好使啊'],
		['tmall', '您脑袋不太灵光吧,看了几遍了'],
		['douyin', '你脑子不够用就别问了'],
		['pinduoduo', '问来问去的,神经'],
		['jd', '有完没完啊,神经吧'],
		['kuaishou', '没钱还挑三拣四的'],
		['taobao', '穷就穷呗还事儿多'],
		['jd', '你是蠢吧,写得清清楚楚'],
		['douyin', '您是瞎吧,图上标着呢'],
	],
	[
		['taobao', '这款对脑子好使的小朋友也很有挑战'],
		['tmall', '这个保温杯不太好使的话可以换一个'],
		['jd', '神经酰胺成分的面霜有货'],
		['pinduoduo', '您是刚收到吧,先看看说明'],
		['douyin', '价格有点贵,您可以等活动'],
	],
);

family(
	'threat',
	'putting the buyer’s chats or details out in public, “we dare too”',
	[
		['pinduoduo', '再闹我们就把你的聊天截图发到网上'],
		['kuaishou', '你的聊天记录我们会挂到群里'],
		['pinduoduo', '你敢乱说,我们就敢把你信息公开'],
		['kuaishou', '把你的购物记录贴出去让大家看看'],
	],
	[
		['pinduoduo', '我们不会把您的聊天记录发出去的'],
		['kuaishou', '您的信息我们严格保密,不会公开'],
		['pinduoduo', '聊天记录截图发给我看一下可以吗'],
		['kuaishou', '您可以把截图发出来给平台看'],
	],
);

family(
	'shipping-delay',
	'batching parcels before sending, moving an announced ship date later',
	[
		['taobao', '等凑够一批再一起给您寄'],
		['pinduoduo', '我们攒几单集中发'],
		['tmall', '原定周三发的,现在要延到下周五了'],
		['taobao', '预售这批要往后推到月底了'],
	],
	[
		['tmall', '发货超时的话平台会补偿您的'],
		['taobao', '晚发货会有赔付,您放心'],
		['pinduoduo', '预售款15号统一发货,页面写着呢'],
		['tmall', '几件可以合并一起发,省运费'],
	],
);

family(
	'order-close',
	'the shop says it cancelled unpaid orders itself, or will if the buyer does not pay',
	[
		['tmall', '超时未付的订单我们这边手动取消了'],
		['taobao', '我这边已经给您撤销掉了'],
		['taobao', '再不付款今晚就给您关掉订单'],
		['tmall', '不拍的话下午就帮你关单哦'],
	],
	[
		['tmall', '不付款的话订单会自动关闭哦'],
		['taobao', '您要取消的话我这边帮您取消'],
		['tmall', '按您的要求已经取消了'],
	],
);

family(
	'over-promise',
	'goods the rules exclude from returns said to be returnable anyway',
	[
		['taobao', '刻字的您放心,不满意照样能退'],
		['tmall', '私人定制的也一样给您无理由退'],
		['pinduoduo', '定做的款不合适还是可以给你退'],
	],
	[
		['taobao', '定制款不支持无理由退换哦'],
		['tmall', '刻字的商品不能退,请确认好再拍'],
	],
);

family(
	'shipping-fee',
	'a remote address charged on top of free shipping, in the buyer’s own words for the place',
	[
		['taobao', '您那边太偏了,得补10块'],
		['tmall', '你们那儿比较偏,要加5元'],
	],
	[
		['taobao', '您那边偏远的话运费按模板算'],
		['tmall', '你那边不偏,包邮的'],
	],
);

family(
	'out-of-stock',
	'denying that an item is out of stock',
	[],
	[
		['taobao', '不是没货哦,是在补库存,晚上就上架'],
		['tmall', '并不是缺货,是系统在调库存'],
	],
);

family(
	'abuse',
	'the buyer’s faculties questioned without a “you”, stinginess mocked, “can’t hear or can’t read?”',
	[
		['tmall', '这都问,眼睛干什么用的'],
		['douyin', '写得明明白白,脑子呢'],
		['kuaishou', '您是不是脑袋不太灵光'],
		['jd', '这智商也是感人'],
		['taobao', '两块钱都要砍,太抠了吧'],
		['pinduoduo', '抠成这样还来问'],
		['tmall', '你是看不懂还是装不懂'],
		['taobao', '你是笨吧 图上写着呢'],
	],
	[
		['douyin', '这个玩偶的眼睛是手工缝的'],
		['jd', '智商测试题的书有货'],
		['tmall', '您是看不懂说明书的话,我给您发个视频'],
		['taobao', '这款包装不抠门,送礼很体面'],
	],
);

family(
	'threat',
	'the shop puts the chats out itself, hands the buyer’s details to lawyers, knows where the buyer lives',
	[
		['pinduoduo', '我们就把聊天记录全挂网上'],
		['kuaishou', '我们会把你的资料交给律师处理'],
		['pinduoduo', '我们查得到你家住在哪'],
	],
	[
		['pinduoduo', '我把截图发出来您看一下'],
		['kuaishou', '我们把物流信息截图发给您'],
		['pinduoduo', '您可以把资料交给平台客服'],
	],
);

family(
	'shipping-delay',
	'saving orders up to send together',
	[
		['taobao', '等我们攒一块儿再寄给您'],
		['tmall', '店里攒齐了统一发'],
		['pinduoduo', '单子少,我们攒一块发'],
	],
	[['taobao', '您可以凑单一起发,省邮费']],
);

family(
	'over-promise',
	'washed or used any number of times without a defect',
	[
		['taobao', '这条裤子洗多少次都不会变形'],
		['tmall', '穿几百次也不起球'],
	],
	[['taobao', '洗多少次会缩水要看洗法,建议冷水手洗']],
);

family(
	'out-of-stock',
	'the maker stopped making it',
	[
		['tmall', '这个色号厂家已经不做了'],
		['taobao', '工厂那边停产了,补不了'],
	],
	[['tmall', '厂家不做定制,只有现货款式']],
);

family('shipping-fee', 'free shipping for some regions, the rest charged extra', [['tmall', '只包江浙沪,其他地区得补6块']], [['taobao', '其他地区的运费按页面模板算']]);

// Round 8 (dev-13 / dev-15 read for their acts, not their words): each family below is an act —
// who does what to whom — written in new phrasings, with the near misses it must leave alone.

family(
	'abuse',
	'mock praise: the agent calls the buyer a genius, a clever one, a talent, meaning the opposite',
	[
		['taobao', '您可真是个大聪明,尺码表都不看就拍'],
		['tmall', '哟,您真是聪明绝顶,拖鞋都能穿反'],
		['jd', '你可真是天下第一机灵鬼'],
		['pinduoduo', '呵呵,您真是个天才,说明书都不看'],
		['douyin', '你是卧龙还是凤雏啊'],
	],
	[
		['taobao', '亲真聪明,一下就找到优惠券了'],
		['tmall', '这款是儿童益智玩具,适合小天才'],
		['douyin', '您真会挑,这款是我们的爆款'],
	],
);

family(
	'abuse',
	"sneering at the buyer's body, looks or taste",
	[
		['kuaishou', '长得丑就别怪衣服不好看'],
		['tmall', '就你这身材穿啥都白搭'],
		['taobao', '您这审美也就配穿地摊货'],
		['douyin', '你这腿型也是够"特别"的'],
		['jd', '人丑多作怪,说的就是你'],
		['pinduoduo', '你穿什么都不好看,别挑了'],
	],
	[
		['tmall', '您这身材穿M码刚好,显瘦'],
		['taobao', '这款对腿型不挑,穿着都好看'],
		['douyin', '这个颜色您穿什么都好搭'],
	],
);

family(
	'abuse',
	'calling the buyer a freeloader or a swindler: out to get things free, to fleece the shop',
	[
		['jd', '我看你就是想白嫖'],
		['taobao', '你分明是来薅羊毛的吧'],
		['tmall', '您就是想占便宜,别装了'],
		['kuaishou', '摆明了想白拿东西'],
		['pinduoduo', '交够智商税了没,还来问'],
	],
	[
		['douyin', '今晚直播间福利多,快来薅羊毛'],
		['taobao', '这款不是智商税,效果实打实的'],
		['tmall', '领券更便宜,不让您吃亏'],
	],
);

family(
	'abuse',
	'insults as a question or a dare: really stupid or pretending, given face and pushing it',
	[
		['kuaishou', '你是真傻还是装傻'],
		['taobao', '是真看不懂还是假装不懂'],
		['douyin', '给你脸了是吧'],
		['jd', '别蹬鼻子上脸'],
		['pinduoduo', '别不识抬举'],
		['tmall', '说了几遍了,沙雕吧'],
	],
	[
		['taobao', '您是真的不需要还是想再看看'],
		['tmall', '这款是沙雕风格的搞笑T恤'],
		['jd', '给您脸部护理的赠品已经放进去了'],
	],
);

family(
	'abuse',
	'regional and dialect insults, and 瞅/瞧 your sorry look',
	[
		['kuaishou', '瞅你那熊样'],
		['pinduoduo', '你个瓜娃子,听不懂嘛'],
		['taobao', '你就是个十三点'],
		['tmall', '侬只戆大'],
		['jd', '你个傻狍子'],
		['douyin', '哈麻批,不买就走'],
		['kuaishou', '你这个瘪犊子'],
	],
	[
		['douyin', '这款是憨憨熊联名款,限量的'],
		['kuaishou', '东北特产傻狍子玩偶,孩子很喜欢'],
		['tmall', '下午一点到三点客服在线'],
	],
);

family(
	'abuse',
	'a threat line on a platform whose seeds say nothing of threats is not abuse by the words “you people”',
	[
		['douyin', '你这种人真是恶心'],
		['jd', '你这种人我见得多了,屁事真多'],
	],
	[
		['douyin', '你这种人我们会去平台举报你'],
		['jd', '你这种人我们就直接起诉了'],
		['jd', '您这种情况我们马上处理'],
	],
);

family(
	'abuse',
	'your taste, then what it is fit for, across a comma',
	[
		['taobao', '您这眼光,也就配买清仓款'],
		['jd', '你这品味,只配用地摊货'],
	],
	[['tmall', '您这身材,穿S码正合适']],
);

// Seed 000 (do not promise what the rules or the product cannot deliver): the acts are the shop
// guaranteeing a result no product can (a health effect, a taste, a fit), a measured effect, a
// delivery to the minute, and paying out of its own pocket when the promise fails.
family(
	'over-promise',
	'a health effect guaranteed for a food or a drink',
	[
		['pinduoduo', '这款苦荞茶每天喝,保证把血糖降下来'],
		['douyin', '坚持吃三个月,血脂绝对能降'],
		['taobao', '喝了百分百降三高'],
		['jd', '这个蜂蜜保证能调理好肠胃'],
		['kuaishou', '这茶肯定能降尿酸'],
	],
	[
		['pinduoduo', '茶叶是食品,不能代替药物降血压'],
		['taobao', '能不能降血糖要看个人体质哦'],
		['jd', '我们不保证调理效果,请遵医嘱'],
	],
);

family(
	'over-promise',
	'a natural product or a fit guaranteed without fail, often with a refund if it is not',
	[
		['douyin', '这箱橙子保证个个都甜,不甜全额退'],
		['pinduoduo', '百分百不挤脚,挤脚包退'],
		['tmall', '核桃保证颗颗饱满,有空壳双倍赔'],
		['taobao', '绝对不磨脚,穿一天都舒服'],
	],
	[
		['douyin', '水果是自然生长的,甜度会有差异'],
		['tmall', '保证正品,假一赔三'],
		['taobao', '质量问题包退换,运费我们出'],
		['jd', '新鞋可能有点磨脚,穿几天就好'],
	],
);

family(
	'over-promise',
	'a measured effect or a comparison no one can promise: slimmer by so many jin, sweeter by so many times',
	[
		['douyin', '这件连衣裙上身显瘦八斤'],
		['taobao', '穿上这双鞋显高五厘米,绝对的'],
		['pinduoduo', '这芒果比水果店的甜两倍'],
		['kuaishou', '比菜市场的新鲜十倍'],
	],
	[
		['tmall', '这件是收腰设计,上身比较显瘦'],
		['taobao', '鞋跟高五厘米,内增高两厘米'],
		['douyin', '这批芒果比上一批更甜一点'],
	],
);

family(
	'over-promise',
	'the agent paying out of pocket if the promise fails',
	[
		['douyin', '吃不出区别我倒贴给你'],
		['taobao', '不好吃我自己掏钱赔你'],
		['pinduoduo', '不满意我私人给你补偿一百'],
		['taobao', '坏了我个人给您赔钱'],
	],
	[
		['tmall', '运费险会赔付退货运费'],
		['jd', '有问题按平台规则给您处理'],
		['pinduoduo', '发错了,我私下给您补发一双'],
	],
);

family(
	'over-promise',
	'a delivery to the hour or the minute guaranteed',
	[
		['jd', '保证半小时送到家'],
		['taobao', '绝对两小时内到'],
		['douyin', '肯定40分钟内送达'],
	],
	[
		['jd', '一般半小时左右送到,具体以骑手为准'],
		['tmall', '不能保证两小时内送达'],
		['taobao', '两小时内发货的话今天能揽收'],
	],
);

// Seed 000 10(2) (Pinduoduo: 恐吓用户) and seed 002 2.5/2.7 (Kuaishou): the acts are the shop
// letting the buyer know it holds their details with a menace, and shutting them out for good.
family(
	'threat',
	'we hold your address or phone, said as a menace',
	[
		['pinduoduo', '电话我们这边可都存着,你掂量掂量'],
		['kuaishou', '收货地址我这都有,出门当心点'],
		['pinduoduo', '住址我们手上都有,别太过分了'],
		['kuaishou', '你家地址我这可清楚得很'],
	],
	[
		['pinduoduo', '地址我们这边都有记录,不用重复填'],
		['kuaishou', '您的收货地址我这边有的,直接给您发'],
		['pinduoduo', '下雨路滑,取快递小心点'],
		['tmall', '收货地址我这都有,别太过分了'],
	],
);

family(
	'threat',
	'shutting the buyer out: their account noted, never to buy here again',
	[
		['kuaishou', '你的账号我已经记下了'],
		['pinduoduo', '以后别想来我们店买东西'],
		['kuaishou', '我家永远不欢迎你'],
		['pinduoduo', '你这个号我们截图存下了,以后不做你的生意'],
	],
	[
		['pinduoduo', '您的账号我记下了,到货第一时间通知您'],
		['kuaishou', '以后想买随时来我们店'],
		['taobao', '以后别想来我们店买东西'],
	],
);

// Seeds 000/001 (ship when promised): the acts are announcing that a promised ship day (a presale's
// too) has moved later, and agreeing to send later than promised; refusing to delay is not one.
family(
	'shipping-delay',
	'the promised ship day moved later: it was to be X, now it is Y',
	[
		['tmall', '预售原定8号发,现在要推到18号'],
		['taobao', '本来说好周三发,现在得下周了'],
		['pinduoduo', '原来定的月初发货,现在只能月底了'],
		['tmall', '这款预售页写的5号发,现在得拖到15号'],
	],
	[
		['tmall', '预售款,页面写的是15号统一发货'],
		['taobao', '本来说好周三发,已经按时发出了'],
		['pinduoduo', '原定今天发,已经发出了,单号发您'],
	],
);

family(
	'shipping-delay',
	'agreeing to send later, even on a presale',
	[
		['tmall', '这款是预售,您不急的话我们可以让仓库往后挪一挪再发'],
		['taobao', '预售的,您要晚点收的话我们可以再往后推几天'],
	],
	[
		['pinduoduo', '抱歉,没法给您晚几天发,仓库按顺序出'],
		['taobao', '不好帮您延后,系统到点就发'],
		['tmall', '这款是预售,详情页写了7天内发货'],
	],
);

family(
	'counterfeit',
	'a copy denied, by 不是 or by echoing the word as a question and refusing it',
	[
		['kuaishou', '这款是仿的,价格才这么低'],
		['douyin', '复刻版,做工跟正品差不多'],
	],
	[
		['kuaishou', '皮料是头层牛皮,不是仿的'],
		['douyin', '高仿?没有的事,都是品牌授权'],
		['kuaishou', '精仿?不可能,我们只卖正品'],
		['douyin', '直播间外面那边卖的是仿的,我们这是正品'],
	],
);

family(
	'out-of-stock',
	'one grade or size gone, only another left',
	[
		['tmall', '大瓶装没有了,只剩小瓶'],
		['taobao', '特大果卖完了,现在只有中果'],
		['tmall', '礼盒没了,就剩散装的'],
	],
	[
		['pinduoduo', '大果卖完了,给您推荐中果,一样甜'],
		['tmall', '大瓶小瓶都有货,您看要哪种'],
		['taobao', '整箱不会没了,库存充足'],
	],
);

family(
	'shipping-fee',
	'free shipping that covers one courier only, the one the goods need charged extra',
	[
		['tmall', '包邮只包普通快递,生鲜冷链得加15块'],
		['taobao', '包邮仅限中通,冰袋保温要另付10元'],
	],
	[
		['tmall', '全国包邮,冷链也是我们出运费'],
		['taobao', '包邮默认中通,您要顺丰的话补差价'],
	],
);

family(
	'abuse',
	'rhetorical questions of contempt: too idle, what kind of thing are you, why not rob a bank',
	[
		['pinduoduo', '你是不是吃饱了撑的,天天来问'],
		['douyin', '你咋不上天呢'],
		['kuaishou', '你算个什么玩意儿'],
		['jd', '你脑子是不是有点毛病'],
		['taobao', '你是不是闲得蛋疼'],
	],
	[
		['tmall', '您是不是想换个颜色呢'],
		['douyin', '这款飞机模型能上天哦,遥控的'],
		['jd', '您的脑子灵活,这款益智玩具很适合'],
	],
);

family(
	'abuse',
	'scorning the buyer as poor or stingy, or as not worth serving',
	[
		['tmall', '几十块钱都舍不得,真寒酸'],
		['jd', '穷成这样还来网购'],
		['kuaishou', '你个死抠门'],
		['pinduoduo', '你这种客户我们不稀罕'],
		['taobao', '林子大了什么鸟都有'],
		['douyin', '一看你就是没见过好东西的'],
	],
	[
		['tmall', '亲不要心疼钱,这款性价比很高'],
		['pinduoduo', '我们不收您额外的钱'],
		['jd', '你这样的买家我们不欢迎,再闹就拉黑'],
		['taobao', '这款适合送老人,很实用'],
	],
);

family(
	'abuse',
	'the buyer did it wrong and is mocked for blaming the shop',
	[
		['douyin', '自己不看尺码表还怪我们'],
		['taobao', '你自己穿反了倒赖客服'],
		['jd', '不会用就别瞎买'],
		['kuaishou', '别在这丢人了'],
		['tmall', '你这理解力也就适合买现成的'],
	],
	[
		['taobao', '是我们发错了,不怪您'],
		['jd', '不会用的话我发您安装视频'],
		['tmall', '您别着急,我帮您看看是不是穿反了'],
	],
);

family(
	'threat',
	'people sent to the buyer’s home, court papers, blocking on sight',
	[
		['pinduoduo', '找几个人去你家看看'],
		['kuaishou', '你就等着收法院传票吧'],
		['pinduoduo', '你这种买家我们见一个拉黑一个'],
	],
	[
		['pinduoduo', '师傅明天上门去您家安装'],
		['kuaishou', '法院的传票不会通过客服发'],
	],
);

family(
	'over-promise',
	'more results guaranteed: never ill again, symptoms gone at once, grades up, unbreakable, warm at any cold',
	[
		['pinduoduo', '吃了这个保健品保证不感冒'],
		['tmall', '喝了这个枇杷膏咳嗽马上就好'],
		['jd', '保证孩子成绩提高'],
		['taobao', '这款手机壳摔一百次都不会碎'],
		['kuaishou', '这件羽绒服保证零下三十度都不冷'],
		['tmall', '不管多久都给您换新'],
		['douyin', '这批大闸蟹保证只只都是满黄的'],
	],
	[
		['pinduoduo', '保健品不能代替药物,感冒请就医'],
		['tmall', '咳嗽的话建议先咨询医生'],
		['taobao', '手机壳是软胶的,摔了不容易碎'],
		['tmall', '质保期内坏了给您换新'],
	],
);

family(
	'shipping-delay',
	'sending only after the goods, the queue or the holiday allow: later than promised in other words',
	[
		['tmall', '货还在路上没到,等到了才能给您发'],
		['pinduoduo', '工厂排期排到下个月了'],
		['taobao', '我们放假了,初六上班后统一发'],
		['taobao', '原本昨天发的,仓库说得后天了'],
	],
	[
		['tmall', '货已经在路上了,快递显示明天到'],
		['taobao', '我们放假期间正常发货'],
		['pinduoduo', '原本昨天发的,已经发出了'],
		['taobao', '本来今天发的已经发了,要明天才到'],
	],
);

family(
	'out-of-stock',
	'snapped up, cleared out, cannot be refilled',
	[
		['tmall', 'L码被抢空了'],
		['taobao', '那个色卖得太快,补不上了'],
		['tmall', '这款清仓清没了'],
	],
	[
		['tmall', '快被抢空了,喜欢的亲尽早拍'],
		['taobao', '补不上差价的话可以退款重拍'],
		['douyin', 'L码被抢空了'],
	],
);

family(
	'shipping-fee',
	'postage the shop says it will not ask for',
	[['taobao', '这个地址要补8块邮费']],
	[
		['taobao', '不会让您补邮费的,拍下就包邮'],
		['tmall', '不用叫您另付运费,我们来出'],
	],
);

family(
	'abuse',
	'likening the buyer to an animal or calling them the worst ever met',
	[
		['jd', '你是属猪的吧,这么笨'],
		['tmall', '真没见过你这么难缠的'],
		['taobao', '从没见过您这么事多的买家'],
	],
	[
		['jd', '您是属猪的话这款生肖吊坠正合适'],
		['tmall', '没见过这么好看的颜色吧,这是新色'],
	],
);

family(
	'threat',
	'a menace to the buyer’s parcel, their doings posted online, their orders refused for good',
	[
		['kuaishou', '你那点破事我会发到网上'],
		['pinduoduo', '小心你的快递被弄丢'],
		['kuaishou', '以后你的单子我们一律不发'],
	],
	[
		['pinduoduo', '您的快递我们会盯着,不会弄丢'],
		['kuaishou', '您的单子我们今天一律发出'],
	],
);

family(
	'over-promise',
	'forever new, no repairs for years, longevity, dark circles erased, a month of use still returnable',
	[
		['jd', '这台冰箱十年不用修'],
		['pinduoduo', '用了这款柔顺剂衣服永远像新的一样'],
		['jd', '每天喝这个水能延年益寿'],
		['douyin', '这款眼霜保证五天消除眼袋'],
		['tmall', '穿了一个月也能给您退'],
	],
	[
		['jd', '冰箱整机保修一年,压缩机十年'],
		['douyin', '眼霜坚持使用,眼周会更滋润'],
		['tmall', '没穿过的话七天内可以退'],
	],
);

family(
	'shipping-delay',
	'a long count of days before shipping stated as the new normal',
	[
		['taobao', '最近爆单,发货要七到十天'],
		['pinduoduo', '出库得5至8天'],
	],
	[
		['taobao', '发货要1到2天,到货看距离'],
		['tmall', '预售款,发货要七到十天,页面有写'],
	],
);

family(
	'abuse',
	'more contempt in other words: a professional returner, a parrot, speak like a human, fit for begging',
	[
		['tmall', '您是职业差评师吧'],
		['pinduoduo', '你是复读机吗,同一句问八遍'],
		['taobao', '能不能说人话'],
		['jd', '记性被狗吃了吗,说了好几遍'],
		['douyin', '你这人也真够可以的'],
		['kuaishou', '就你这样的还想要优惠'],
		['pinduoduo', '你能不能别这么磨叽'],
		['tmall', '你这种素质也配逛商场'],
		['taobao', '长点记性吧'],
		['jd', '你这个老不死的'],
		['douyin', '你是来要饭的吗'],
		['tmall', '你就是欠收拾'],
		['pinduoduo', '你算什么货色'],
		['taobao', '哪来的穷鬼'],
		['douyin', '你是我见过最难缠的'],
	],
	[
		['tmall', '我是人工客服,不是机器人哦'],
		['jd', '这款收音机有复读功能'],
		['douyin', '您是我见过最爽快的买家,谢谢支持'],
		['taobao', '这些老物件很有年代感'],
		['pinduoduo', '您放心,不会让您白跑'],
	],
);

// Round 9 (A5): acts, not sentences. Each family is who does what to whom, written my own ways, with
// the near misses the act does not cover. Seed 001 (淘宝天猫: closing unasked, extra postage, delays),
// seed 000 (不可以随意承诺), seeds 000/002 (insults; threats on Pinduoduo and Kuaishou only).
family(
	'order-close',
	'the shop, as the subject, closes, voids or cancels the order: from the back office, by hand, in one sweep, as a procedure',
	[
		['taobao', '我在后台帮您把单作废了'],
		['tmall', '这边已经手动给您撤单了哈'],
		['taobao', '客服这边直接给您关闭了'],
		['tmall', '我们统一作废处理了'],
		['tmall', '地址超区了,这边先给您做取消处理'],
		['taobao', '我们这边已经进行关闭处理了'],
		['tmall', '地址填错了,这单我只能给您取消了'],
		['taobao', '价格挂错了,我们后台全部撤单了'],
	],
	[
		['taobao', '需要我帮您取消吗'],
		['tmall', '您要取消的话我这边帮您操作'],
		['taobao', '按您的要求已经帮您取消了'],
		['taobao', '订单我们不会随便关的'],
		['tmall', '我帮您取消退款申请了'],
		['taobao', '我们这边帮您取消了自动续费'],
		['tmall', '您申请取消后我这边同意一下就好'],
		['taobao', '您说不要了,我这边给您关掉了'],
		['tmall', '您申请后我们会尽快做退款处理'],
		['tmall', '花呗分期我们店暂时关了'],
	],
);

family(
	'order-close',
	'the buyer went quiet or did not pay, so the shop closed the order, or says it will if they do not pay now',
	[
		['taobao', '您一直没回复,我们就先把单取消了'],
		['tmall', '逾期未付款的,我们这边都会统一关掉'],
		['taobao', '那我就当您不要了,这单给您关了'],
		['tmall', '再不付款就给您关掉了哦'],
		['taobao', '还不拍的话,半小时后我就取消了'],
	],
	[
		['tmall', '未付款的订单系统24小时后会自动关闭'],
		['taobao', '这个优惠活动已经取消了'],
		['tmall', '您自己在订单页点取消就行'],
	],
);

family(
	'shipping-fee',
	'free shipping promised on the page, and the buyer made to pay postage anyway: split parcels, the default courier, the title called a mistake',
	[
		['tmall', '详情页写着包邮,这单运费还得您自己出哈'],
		['taobao', '本来是包邮的,分两次发的话后面那个包裹您出邮费'],
		['tmall', '宝贝页上写的包邮,不过您这单得您来付运费'],
		['taobao', '这个不包邮哦,页面那个包邮是标错了'],
		['tmall', '标题上的包邮不作数的,运费另算'],
		['taobao', '包邮的呢,您要加急另说,普通快递也要加8块'],
		['tmall', '拍的包邮,走物流的话还要加60'],
		['taobao', '最近物流涨价了,麻烦您补8块'],
		['tmall', '送货上门得另外加钱哦'],
	],
	[
		['tmall', '页面写了包邮的一定包邮'],
		['taobao', '标题写错了,我们改一下型号'],
		['taobao', '您选顺丰的话需要补差价'],
		['taobao', '包邮的,运费我们承担'],
		['tmall', '送货上门是免费的'],
		['taobao', '快递涨价了,但我们这边不涨'],
	],
);

family(
	'shipping-fee',
	'a remote town, village or island made to pay: 到付, 自理, a delivery surcharge beyond where free shipping reaches',
	[
		['tmall', '新疆地区的话邮费您自理哈'],
		['taobao', '您这是海岛地区,只能运费到付了'],
		['taobao', '写的包邮,不过镇上要另收15块送货费'],
		['tmall', '包邮只包到市区,郊区得加20'],
		['taobao', '您在岛上,还得额外付运费50'],
	],
	[
		['tmall', '偏远地区运费以页面模板为准'],
		['tmall', '港澳台不包邮,页面上有写明哦'],
		['tmall', '新疆地区运费需自理,详情页已经写明了'],
		['tmall', '全国包邮,偏远地区也不加钱'],
		['taobao', '新疆西藏也包邮,不用补运费'],
	],
);

family(
	'over-promise',
	'damage the buyer causes (dropped, crushed, soaked) repaired or replaced free; failure covered in full',
	[
		['pinduoduo', '不小心砸坏了也免费给您换新的'],
		['jd', '泡水了也包修,您随便用'],
		['taobao', '摔裂了照样免费换'],
		['tmall', '出了任何事故我们负全责'],
		['tmall', '装不上去的话我们全包'],
	],
	[
		['jd', '进水不在保修范围内哦'],
		['pinduoduo', '人为损坏不保修,非人为损坏免费换新'],
		['taobao', '摔坏了也能免费修吗'],
		['tmall', '出了质量问题我们负责售后'],
		['tmall', '装不上去的话可以联系我们售后'],
	],
);

family(
	'over-promise',
	'safety, running cost, cleaning power, fit or relief vouched for absolutely',
	[
		['douyin', '这个推车保证不会有任何安全隐患'],
		['jd', '翻车了宝宝也绝对不会受伤'],
		['jd', '这冰箱保证一天只用半度电'],
		['douyin', '这台洗碗机保证杀菌百分之百'],
		['taobao', '保证您家门一定能搬进去'],
		['jd', '这个枕头保证您睡了颈椎就不疼'],
	],
	[
		['douyin', '安全座椅有3C认证,安装前请看说明书'],
		['jd', '一级能效,一天大概一度电左右'],
		['douyin', '除菌率经检测达到99%'],
	],
);

family(
	'threat',
	'daring the buyer to do it again, veiled warnings, waiting for the punishment, exposing them to an audience',
	[
		['pinduoduo', '你再催一次试试,我立马拉黑'],
		['kuaishou', '敢再骂一句试试'],
		['pinduoduo', '你这样的人我收拾过不少,当心点'],
		['kuaishou', '你这种人我见多了,小心点'],
		['kuaishou', '等着被我们举报吧'],
		['pinduoduo', '等着被平台处罚'],
		['kuaishou', '你再闹我就晒你的聊天记录'],
		['pinduoduo', '我要让大家都认识认识你'],
	],
	[
		['pinduoduo', '拆快递的时候小心点哦'],
		['kuaishou', '如遇诈骗请马上报警'],
		['pinduoduo', '您可以等着平台处理结果'],
		['kuaishou', '我们马上给您处理'],
		['kuaishou', '家人们可以看看买家秀'],
		['pinduoduo', '欢迎晒您的买家秀哦'],
	],
);

family(
	'abuse',
	'can you not read, how stupid are you, with your brains do not bother, so fussy',
	[
		['jd', '中文都看不懂吗'],
		['tmall', '说明书上的字都不认识吗'],
		['douyin', '听不懂人话是吧'],
		['kuaishou', '你是不认识字还是怎么的'],
		['douyin', '你傻不傻啊'],
		['taobao', '真是蠢到家了'],
		['kuaishou', '就你这脑子还想用这个'],
		['pinduoduo', '你这水平就别买专业款了'],
		['jd', '你这种人我见得多了,屁事真多'],
	],
	[
		['taobao', '是我笨死了,看错了地址'],
		['jd', '英文说明看不懂的话可以问我'],
		['tmall', '这款傻瓜式操作,老人也会用'],
		['kuaishou', '你这种人我见多了,小心点'],
		['jd', '不认识字的老人可以听语音播报'],
	],
);

family(
	'shipping-delay',
	'shipping put off past an event, behind other buyers, or by a lead time pushed back; a refusal by the rules is not a delay',
	[
		['taobao', '行,等过了618再给您发'],
		['tmall', '忙完这波活动才能给您安排发货'],
		['pinduoduo', '过完年再统一发'],
		['tmall', '这单工厂排不过来,交货期得推后十天'],
		['taobao', '您这单得晚两天,先发的是前面的单'],
		['pinduoduo', '我先给别人发,您的单子往后排'],
	],
	[
		['taobao', '618期间也正常发货的'],
		['jd', '过了618再给您发'],
		['pinduoduo', '不好意思,规则不允许推迟发货,我们会按时发'],
		['tmall', '定制款页面写了15天发货'],
		['taobao', '您的单晚两天到,物流那边有点慢'],
	],
);

family(
	'counterfeit',
	'the original order (原单) of an address or recipient is no fake; counterfeit wording is Kuaishou’s and Douyin’s',
	[
		['kuaishou', '这款是高仿的'],
		['douyin', '原单货,比专柜便宜'],
	],
	[
		['kuaishou', '原单的收件人信息改一下就行'],
		['douyin', '按原单地址寄回就可以'],
		['taobao', '这款是高仿的'],
	],
);

family(
	'out-of-stock',
	'on Pinduoduo, sold out with an alternative offered (an upgrade at the same price, the full size with a gift) is the seed’s own answer',
	[['pinduoduo', '没货了']],
	[
		['pinduoduo', '蓝色卖完了,白色同价给您发可以吗'],
		['pinduoduo', '试用装没货了,正装送您两片面膜要吗'],
		['pinduoduo', '这个尺寸没货了,大一号的同价给您升级'],
	],
);

// Round 9 (A5), second pass: the same acts in further words of my own.
family(
	'order-close',
	'closed in other words or the passive: cleared, deleted, revoked, or gone quiet so the order was closed',
	[
		['taobao', '这单我们这边做了关单,您重新拍一下'],
		['tmall', '超过48小时没付款的我们会清理掉'],
		['taobao', '刚才那单被我关了,您重新下'],
		['tmall', '您那个单子已经被我们撤销了'],
		['taobao', '库存不够,您的单我们先取消了'],
		['tmall', '这个价格发不了,订单给您作废了'],
		['taobao', '我把您的订单删了,重新拍吧'],
		['tmall', '下单后一直联系不上您,单子已经关掉了'],
		['taobao', '半小时内不付款,我们就自动关单'],
		['tmall', '您这笔订单我们帮您撤了'],
	],
	[
		['tmall', '您一直没付款,订单已经自动关闭了'],
		['taobao', '没付款的订单超时会关闭'],
	],
);

family(
	'shipping-fee',
	'free shipping, and then a surcharge: bulky goods, weight, a pick-up point, the door, upstairs',
	[
		['tmall', '包邮不包偏远,您那里得补10块运费'],
		['taobao', '虽然写着包邮,但是您这个地址要多收15'],
		['tmall', '活动包邮,不过大件另收运费'],
		['taobao', '您这单超重了,包邮的也得补运费'],
		['tmall', '包邮是包到站点,送货上楼得另给50'],
		['taobao', '我们写的是包邮,可是您这里需要加邮费'],
		['tmall', '运费要您自己出哦,虽然标了包邮'],
		['taobao', '包邮的,偏远地区另补12元'],
		['tmall', '您那边邮费贵,得再补十块钱'],
	],
	[
		['tmall', '满99包邮,您再凑一件就包邮了'],
		['tmall', '满99包邮,不满的另收运费'],
		['taobao', '这款本身不包邮,运费按模板算'],
		['tmall', '我们包邮,偏远地区也一样'],
		['taobao', '您要发顺丰的话补个差价就行'],
		['taobao', '这个包邮链接只能发韵达,要中通就补5块'],
		['taobao', '包邮的,您放心,不会另收运费'],
		['tmall', '包邮的哈,您那边也不用另付'],
	],
);

family(
	'over-promise',
	'durability, security and purity vouched for absolutely; wear and tear replaced free',
	[
		['jd', '这个锅用十年都不会坏'],
		['taobao', '用坏了随时给您免费换新'],
		['jd', '这台电脑保证十年不卡'],
		['tmall', '这个锁绝对撬不开'],
		['taobao', '甲醛百分百为零'],
		['jd', '这款手机摔地上绝对不会碎'],
		['douyin', '喝一个月保证瘦二十斤'],
	],
	[
		['jd', '整机保修一年'],
		['jd', '我们提供十年质保'],
		['tmall', '这个锁是C级锁芯,防撬性能好'],
		['taobao', '甲醛含量检测合格'],
		['jd', '手机摔地上会不会碎要看情况'],
		['pinduoduo', '非人为用坏免费保修'],
		['taobao', '用坏了免费换新吗'],
	],
);

family(
	'threat',
	'menace in other words: someone sent round, an account got banned, the buyer remembered',
	[
		['pinduoduo', '你敢给差评试试看'],
		['kuaishou', '你的地址我们可都知道'],
		['kuaishou', '我已经把你拉进黑名单了'],
		['kuaishou', '别给脸不要脸,小心我找人'],
		['pinduoduo', '你信不信我让你账号被封'],
		['kuaishou', '我记住你这个号了'],
	],
	[
		['pinduoduo', '如有问题您可以投诉我们'],
		['kuaishou', '快递那边我们已经投诉了'],
		['kuaishou', '小心我们打包时磕到,已经加了泡沫'],
		['pinduoduo', '我们会让您满意的'],
		['kuaishou', '记住您的地址了,下次直接发'],
		['pinduoduo', '我记住你说的尺码了'],
	],
);

family(
	'shipping-delay',
	'shipping when the buyer likes, after a stock-take, or pushed back by days',
	[
		['taobao', '您这单我们下周才能发'],
		['tmall', '等我们仓库盘点完再给您发'],
		['pinduoduo', '您这单得排到月底了'],
		['tmall', '发货时间要往后推三天'],
		['pinduoduo', '那您想什么时候要,我们到时候再发'],
		['taobao', '您什么时候方便收,我们到时候再发'],
	],
	[
		['taobao', '今天下午四点前发货'],
		['pinduoduo', '不能延迟发货哦,我们今天就发'],
		['taobao', '您什么时候方便收都可以,我们今天就发'],
	],
);

// Round 9 (A5), third pass: more of each act, in words of my own.
family(
	'shipping-delay',
	'stock, a holiday, a move or a backlog named, and shipping put off because of it',
	[
		['taobao', '这批货要下个月才到,到了马上给您发'],
		['tmall', '您这单我们压几天再发'],
		['pinduoduo', '实在抱歉,您的订单要晚一个礼拜'],
		['taobao', '我们这周先不发了,下周一起发'],
		['tmall', '可以的,给您备注晚点发'],
		['pinduoduo', '好的亲,给您改到15号再发货'],
		['taobao', '工厂放假了,节后才能安排'],
		['tmall', '缺货中,要等十天左右才能发出'],
		['pinduoduo', '行,那我们等您回来再寄'],
		['taobao', '发货得延后一点,排单比较多'],
		['tmall', '今天发不了,最早也得后天'],
		['pinduoduo', '仓库在搬家,发货要停几天'],
	],
	[
		['tmall', '物流显示在转运,可能晚一天到'],
		['taobao', '今天就能发出,明天有单号'],
		['pinduoduo', '抱歉不能晚发哦,平台有规定'],
		['taobao', '春节期间不停发,放心拍'],
		['tmall', '节后上新,到时候通知您'],
	],
);

family(
	'abuse',
	'talking to a wall, unschooled, unreasonable: contempt in idioms and verdicts',
	[
		['jd', '你怎么这么笨啊'],
		['tmall', '你是不是有病'],
		['taobao', '说了半天白说,对牛弹琴'],
		['douyin', '穷就别买了'],
		['kuaishou', '你爱买不买'],
		['jd', '没见过你这么抠的'],
		['tmall', '一看就是没读过书的'],
		['taobao', '你是来找茬的吧'],
		['pinduoduo', '你这是无理取闹'],
		['douyin', '你脑子不好使吧'],
		['jd', '你烦不烦啊'],
	],
	[
		['jd', '这个问题确实比较复杂,我再解释一下'],
		['taobao', '没关系的亲,慢慢来'],
		['tmall', '我没读过书,说得不好您见谅'],
	],
);

family(
	'over-promise',
	'results, arrival and durability promised outright',
	[
		['tmall', '穿一年都不会起球'],
		['douyin', '一周就能白两个度'],
		['taobao', '保证您用得满意,不满意全额退还还送您一个'],
		['pinduoduo', '下单后两小时内一定送到'],
		['tmall', '这件衣服洗了绝对不缩水'],
		['douyin', '用了这个洗发水头发再也不掉'],
		['taobao', '这个价格全网找不到更便宜的'],
		['jd', '安装师傅保证今天下午到'],
	],
	[
		['tmall', '正常穿着不容易起球'],
		['jd', '电池寿命一般在三到五年'],
		['douyin', '用了这个护发素头发会顺滑很多'],
	],
);

family(
	'threat',
	'reporting, blacklisting, pursuing, or the buyer’s details held over them',
	[
		['pinduoduo', '你这样我们只能报警处理了'],
		['kuaishou', '差评不改你试试'],
		['pinduoduo', '再闹就把你列入黑名单'],
		['kuaishou', '你的信息我这都有,别乱来'],
		['pinduoduo', '我们会追究到底的'],
	],
	[
		['kuaishou', '有问题随时联系我们处理'],
		['kuaishou', '您的地址我们这边有,放心会按时发'],
	],
);
