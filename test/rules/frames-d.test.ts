import {ruleFamilies} from '../helpers/rule-families.js';

// Families behind dev-12's misses (issue 14), from the seeds and contract §3: each family written
// several ways of my own, with the near misses that must stay quiet. No line of a labelled set is
// copied here.

const {family} = ruleFamilies();

// Seed 001: trade only on the platform; money the shop sends back off the order is a transfer too.
family(
	'payment-channel',
	'a contact added, then money sent to the buyer off the order',
	[
		['tmall', '加我微信吧,退款我直接转给您'],
		['taobao', '您加一下我vx,差价转账给您'],
		['douyin', '加个微信,退款直接转你'],
		['jd', '加我qq,补偿直接打给您'],
		['tmall', '加我微信,转账给您退差价'],
		['douyin', '加个vx,我转给你补差价'],
	],
	[
		['tmall', '退款会原路退回您的账户'],
		['taobao', '差价我们申请平台退给您'],
		['tmall', '差价会原路退回,不用加微信'],
	],
);

family(
	'payment-channel',
	'a payment code to scan, or a bank card named for the money',
	[
		['taobao', '扫这个付款码直接付就可以了'],
		['tmall', '亲,我发您个收款码,扫了直接付'],
		['douyin', '扫一下我的付款码就行'],
		['pinduoduo', '运费走银行卡,卡号我等下发你'],
		['jd', '尾款用建行转就行'],
		['taobao', '卡号我稍后发您'],
	],
	[
		['jd', '您可以用银行卡在平台付款'],
		['taobao', '请在订单页面付款,不要扫陌生付款码'],
	],
);

// Seed 000: a payment QR code is a code to scan off the platform as well.
family(
	'external-link',
	'a QR code to scan, wherever it is on the screen',
	[
		['taobao', '扫这个付款码直接付就可以了'],
		['douyin', '扫描下方二维码添加客服'],
		['kuaishou', '扫一下下面的码进群'],
	],
	[['douyin', '下方二维码是防伪码,扫一下可验真伪']],
);

// Seed 002: no links to another marketplace; the shop's store there with a link promised.
family(
	'external-link',
	"the shop's store on another marketplace, with a link promised",
	[
		['tmall', '这个去我们淘宝小店拍,链接我发你'],
		['jd', '去我们拼多多店拍更便宜,链接给您'],
		['douyin', '去我们淘宝店下单吧,链接发你'],
	],
	[
		['jd', '这款在我们店里拍就行,链接在商品页'],
		['taobao', '链接我发您,在本店直接拍'],
	],
);

// Pinduoduo's own 小额收款 / 小额打款 are the platform's way to settle a price difference.
family(
	'payment-channel',
	"Pinduoduo's own small-amount payment features",
	[['taobao', '差价直接转给我们就行']],
	[
		['pinduoduo', '想指定顺丰的话,用小额收款补差价给我们'],
		['pinduoduo', '差价可以通过小额收款补给我们'],
		['pinduoduo', '我们给您小额打款退差价'],
	],
);

// Seed 002: saying goods are fake is forbidden; saying another shop's are, to vouch for ours, is not.
family(
	'counterfeit',
	'fakes elsewhere, or a copy denied: ours are genuine',
	[
		['douyin', '这个是高仿的哦'],
		['kuaishou', '这款是仿款,价格便宜'],
	],
	[
		['pinduoduo', '那家是仿的,我们家才是正品'],
		['douyin', '别家卖的都是仿款,我们是正品'],
		['douyin', '我们不是什么仿款,是自己工厂生产的'],
	],
);

// Seed 001: postage for the invoice charged to the buyer is refusing the invoice's cost, not a shipping fee.
family(
	'invoice-refusal',
	'postage for the invoice charged to the buyer',
	[
		['taobao', '开发票要另加邮费十块'],
		['tmall', '发票可以寄,但是发票邮费要您出'],
		['tmall', '发票邮费需要您这边出'],
		['taobao', '发票单独寄,邮费您来付'],
	],
	[['tmall', '发票我们包邮寄给您']],
);
family('shipping-fee', 'invoice postage is not the goods’ shipping', [['taobao', '包邮的也要补5块运费']], [['taobao', '开发票要另加邮费十块']]);

// Seed 000: no insulting words, in traditional characters too, and questions about reading.
family(
	'abuse',
	'can you read, are you illiterate',
	[
		['pinduoduo', '會不會看字啊?文盲嗎'],
		['tmall', '你是文盲吧,看不懂字'],
		['taobao', '你是不是文盲'],
	],
	[['taobao', '字太小看不清的话,我发您大图']],
);

// Seed 000 (Pinduoduo): no threats to the buyer; knowing where they live, said as a menace.
family(
	'threat',
	'knowing where the buyer lives',
	[
		['pinduoduo', '你家地址我这可都有,想清楚再说话'],
		['pinduoduo', '你住哪我可知道'],
		['kuaishou', '你的地址我们早就知道'],
	],
	[
		['pinduoduo', '您的地址我这边核对一下'],
		['douyin', '你住哪我知道,小心点'],
	],
);

// Seed 001 (Taobao/Tmall): no order details to an account that did not place the order.
family(
	'privacy-leak',
	'order details given to a new account',
	[
		['tmall', '新号也没关系,原订单收件人是张丽,电话尾号6621'],
		['taobao', '换了新号也行,收件人是王先生,地址杭州西湖区'],
	],
	[['tmall', '新号的话我没法告诉您收件人信息']],
);

// Seeds 000 and 002: no contacts off the platform, wherever they are posted.
family(
	'off-platform-contact',
	'a contact on a profile page or another social site, or a phone asked for a call back',
	[
		['douyin', '主页有我vx,加了发你'],
		['douyin', '我主页有微信,加一下'],
		['douyin', '宝子我们售后都在微博处理,你私信我们官方号'],
		['tmall', '您电话多少?我让主管打给您'],
		['taobao', '您方便留个电话吗,售后给您回电'],
	],
	[
		['jd', '您的收货电话是多少?'],
		['taobao', '请问您电话是多少,我们快递要用'],
		['douyin', '有问题在这里私信我们就好'],
	],
);

// Seeds 000 and 002: `v我` with a handle after it is a contact to add, not a payment asked for.
family(
	'off-platform-contact',
	'v me, with the handle to add',
	[
		['pinduoduo', 'v我一下,id是abc_123'],
		['taobao', '加v一下,名字叫momo2024'],
		['douyin', 'v我,昵称xiaoli88'],
	],
	[
		['pinduoduo', 'v我50'],
		['taobao', '名字叫abc123的快递员会联系您'],
	],
);
family('payment-channel', 'v me is a payment only without a handle after it', [['pinduoduo', 'v我50']], [['pinduoduo', 'v我一下,id是abc_123']]);
