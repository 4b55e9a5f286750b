/**
 * What the benchmark's buyers, agents and bots write: templates with slots filled at random,
 * so that like a real shop's log most texts are new, the agents' quick replies recur, order
 * numbers and amounts are everywhere, and about one agent message in thirty breaks a rule.
 */

export type Pick = <T>(items: readonly T[]) => T;

const PRODUCTS = ['羽绒服', '加绒卫衣', '牛仔裤', '雪地靴', '保温杯', '空气炸锅', '蓝牙耳机', '儿童棉袄', '床上四件套', '电热毯', '口红', '面霜', '猫粮', '坚果礼盒', '手机壳'];
const SIZES = ['S', 'M', 'L', 'XL', '2XL', '160', '165', '170', '37', '38', '39', '40'];
const COLOURS = ['黑色', '白色', '藏青', '卡其', '酒红', '米白', '灰色'];
const CITIES = ['新疆乌鲁木齐', '西藏拉萨', '杭州西湖区', '成都武侯区', '哈尔滨南岗区', '广州天河区', '上海浦东新区', '北京朝阳区'];

function slots(pick: Pick, random: () => number): Record<string, () => string> {
	const digits = (n: number) => Array.from({length: n}, () => Math.floor(random() * 10)).join('');
	return {
		product: () => pick(PRODUCTS),
		size: () => pick(SIZES),
		colour: () => pick(COLOURS),
		city: () => pick(CITIES),
		order: () => `2611${digits(14)}`,
		parcel: () => `YT${digits(13)}`,
		days: () => String(1 + Math.floor(random() * 6)),
		amount: () => String(5 + Math.floor(random() * 60)),
		hour: () => String(14 + Math.floor(random() * 4)),
		phone: () => `1${pick(['38', '39', '58', '86', '77'])}${digits(8)}`,
		qq: () => digits(9),
		wechat: () => `kf${digits(5)}`,
	};
}

const BUYER = [
	'在吗',
	'你好',
	'还在吗?',
	'?',
	'好的谢谢',
	'嗯嗯',
	'收到了',
	'亲,{product}还有货吗?',
	'{product}{size}码还有吗',
	'{colour}的{product}有现货吗',
	'什么时候发货啊',
	'我的订单{order}怎么还没发货',
	'快递到哪了,{days}天没动了',
	'单号{parcel}一直不更新',
	'能开发票吗,公司抬头要写全称',
	'衣服有点小,可以换大一码吗',
	'退款什么时候到账',
	'这款和{product}有什么区别',
	'质量怎么样,洗了会不会掉色',
	'有优惠券吗',
	'能便宜点吗,买两件',
	'收到货了,颜色和图片上不一样',
	'地址写错了,能改成{city}吗',
	'发什么快递?',
	'{city}包邮吗',
	'{product}是正品吗',
	'今天下单今天能发吗',
	'我身高{size}穿多大的',
	'赠品怎么没收到',
	'外包装破了,里面的{product}也有划痕',
	'申请了退货,你们收到没有',
	'我要投诉,客服一直不回',
	'{product}怎么用啊,说明书看不懂',
	'可以货到付款吗',
	'能用花呗分期吗',
	'可以用信用卡付吗',
	'买{days}件有折扣吗',
	'亲,帮我备注一下送{colour}的',
];

const AGENT = [
	'亲,在的,请问有什么可以帮您',
	'亲,在的哦',
	'好的亲',
	'不客气亲,祝您生活愉快',
	'亲,这边帮您查一下,请稍等',
	'收到,马上为您处理',
	'亲,{product}{size}码有现货的,今天{hour}点前下单当天发出',
	'亲,订单{order}已经安排发货了,请耐心等待哦',
	'已经帮您催快递了,预计{days}天内送达',
	'亲,单号{parcel}已在派送途中,请保持电话畅通',
	'可以开发票的亲,下单后在订单里申请电子发票,{days}个工作日内开具',
	'可以换的亲,运费险会帮您承担来回运费',
	'退款已经处理,1-3个工作日原路退回',
	'亲,{product}建议选大一码,平时穿{size}的可以拍大一码',
	'亲,这边给您申请了{amount}元无门槛优惠券,下单时可以直接用',
	'地址已经帮您改成{city}了,请放心',
	'默认发中通或韵达,{city}也是包邮的亲',
	'我们是品牌授权店铺,保证正品,支持专柜验货',
	'亲,麻烦核对一下订单号{order}是您的吗',
	'亲,非常抱歉给您带来不好的体验,我们这就为您补发',
	'亲,{product}的使用方法已经发到订单详情页了,您看一下',
	'亲,赠品是随机的,这边帮您补寄一份',
	'亲,您申请的退货我们已经收到,退款{amount}元已原路返回',
	'支持花呗分期和信用卡的亲,下单时选择就可以',
	'亲,拍两件在{amount}元基础上再打九五折',
	'亲,{colour}的更显气质,同款同价,您可以考虑一下',
	'亲,{product}今天下单最快明天发出,到{city}大概{days}天',
];

const BOT = [
	'您好,欢迎光临本店,智能客服为您服务,请问有什么可以帮您?',
	'亲,您的问题已收到,人工客服正在赶来,请稍候',
	'亲,本店默认发中通快递,付款后48小时内发货',
	'亲,现在是非工作时间,您的留言客服上班后会第一时间回复',
	'亲,下单后可在订单详情中申请电子发票哦',
];

const BREAKING = [
	'加我微信{wechat}给您优惠',
	'亲,这款没货了',
	'我们不开发票的亲',
	'你去淘宝买吧,那边便宜',
	'这是高仿的,和正品一样',
	'你有病吧,说了多少遍了',
	'再这样我就举报你',
	'直接转账到我支付宝吧,手机号{phone}',
	'打我电话{phone}',
	'有问题加qq{qq}联系我',
	'要发票得另外加6个点的税',
	'亲,私聊加个v,{wechat}',
	'偏远地区要补{amount}元邮费',
	'订单我先帮您关了哈',
];

export interface DayTexts {
	buyer: () => string;
	agent: () => string;
	bot: () => string;
}

export function dayTexts(random: () => number): DayTexts {
	const pick: Pick = items => items[Math.floor(random() * items.length)]!;
	const fill = slots(pick, random);
	const expand = (template: string) => template.replace(/\{(\w+)\}/g, (_whole, name: string) => fill[name]!());
	return {
		buyer: () => expand(pick(BUYER)),
		agent: () => expand(random() < 1 / 30 ? pick(BREAKING) : pick(AGENT)),
		bot: () => pick(BOT),
	};
}
