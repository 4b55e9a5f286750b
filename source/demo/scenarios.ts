import type {Platform, Sender} from '../model/message.js';

/** One turn of a scripted conversation. */
export interface Turn {
	from: Exclude<Sender, 'system'>;
	text: string;
}

/** A realistic customer-service exchange; some agents' lines break platform rules on purpose. */
export interface Scenario {
	platform: Platform;
	shop: string;
	turns: readonly Turn[];
}

const b = (text: string): Turn => ({from: 'buyer', text});
const a = (text: string): Turn => ({from: 'agent', text});
const bot = (text: string): Turn => ({from: 'bot', text});

export const GREETING = '您好,欢迎光临本店~客服马上为您服务,请稍等哦';

export const SCENARIOS: readonly Scenario[] = [
	{
		platform: 'pinduoduo',
		shop: '旗舰店',
		turns: [b('这件羽绒服有黑色L码吗'), a('亲,黑色L码有现货的,今天下单今天发'), b('充绒量是多少'), a('白鸭绒,充绒量200克,零下十度左右都可以穿'), b('好的我拍了')],
	},
	{
		platform: 'pinduoduo',
		shop: '旗舰店',
		turns: [b('能开发票吗?公司报销要用'), a('可以的亲,请把抬头和税号发给我'), b('抬头:杭州某某科技有限公司,税号9133010MA2xxxx'), a('好的,发票会在发货后3天内发到您的邮箱')],
	},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('我要开发票'), a('亲,特价商品不开发票的哦'), b('为什么不能开?'), a('开票的话要另外加6个点的税')]},
	{
		platform: 'pinduoduo',
		shop: '旗舰店',
		turns: [b('快递到哪了,三天没动了'), a('亲,帮您查了,单号SF1402378896512,今天已经到您所在城市的转运中心了'), b('那什么时候能到'), a('预计明天送达,请保持电话畅通哦')],
	},
	{
		platform: 'pinduoduo',
		shop: '旗舰店',
		turns: [b('收到的毛衣起球了,要求退款'), a('非常抱歉给您带来不好的体验,麻烦拍一张照片给我看看'), b('[图片]'), a('已经为您申请退款,退货运费险会承担运费,款项1-3个工作日原路退回')],
	},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('你们家这个和淘宝上的一样吗,那边便宜十块'), a('亲,淘宝那家是仿的,我们京东也有店,比这里还便宜'), b('那我去看看')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('这个能再便宜点吗'), a('亲,加我薇信 kefu_2026 给您私下再优惠20'), b('好的我加一下')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('这款V领毛衣还有货吗'), a('V领毛衣米白色没货了,其他颜色有的'), b('那灰色吧'), a('好的亲,灰色M码给您备注好了')]},
	{
		platform: 'pinduoduo',
		shop: '旗舰店',
		turns: [b('我的订单号231122-456789012345,能改地址吗'), a('可以的亲,还没发货,请把新地址发给我'), b('浙江省杭州市西湖区文三路100号'), a('已经帮您改好了,价格还是¥129.00不变')],
	},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('东西坏了你们到底管不管'), a('你是不是傻,说明书上写了不能机洗'), b('你什么态度!我要投诉')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('这个包是正品吗'), a('亲,我们是高仿的,做工和专柜一模一样'), b('那算了')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('滚筒洗衣机能用这个洗衣液吗'), a('可以的亲,低泡配方,滚筒和波轮都能用'), b('傻瓜式操作吗,我妈用'), a('是的,倒进去按正常程序洗就行')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('在吗'), b('在吗在吗'), b('有人吗?'), a('在的亲,不好意思刚才咨询的人比较多,请问有什么可以帮您')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('能不能晚点发货,我下周才在家'), a('可以的亲,给您备注下周一发货'), b('谢谢')]},
	{platform: 'pinduoduo', shop: '旗舰店', turns: [b('加急能发顺丰吗'), a('亲,偏远地区顺丰要另外补10元邮费'), b('我在新疆,页面上写的包邮啊')]},
	{platform: 'taobao', shop: '家居专营店', turns: [b('这个床垫可以分期吗'), a('可以的亲,支持花呗分期,3期免息'), b('好的,那我下单了')]},
	{platform: 'taobao', shop: '家居专营店', turns: [b('能加个QQ详细聊吗'), a('亲,公司不允许上班开QQ,有问题直接旺旺联系我就好'), b('好吧')]},
	{platform: 'jd', shop: '数码自营', turns: [b('这款耳机支持降噪吗'), a('支持的,主动降噪最高40dB'), b('续航多久'), a('单次8小时,加充电盒30小时')]},
	{platform: 'douyin', shop: '直播间小店', turns: [b('直播间说的优惠券怎么领'), bot('亲,优惠券在商品详情页领取哦'), b('找不到啊'), a('亲,点击商品图片下方的"领券"按钮就可以了')]},
	{platform: 'kuaishou', shop: '源头工厂店', turns: [b('这个鞋子是不是真皮'), a('头层牛皮的亲,假一赔三'), b('尺码偏大吗'), a('正常码,平时穿多大拍多大')]},
];

/** Buyers who never got to the end of a script: a first message only. */
export const OPENERS: readonly string[] = ['在吗', '你好,请问发什么快递', '有优惠吗', '什么时候能发货', '这个尺码怎么选'];
