import {describe, expect, it} from 'vitest';
import {ruleFamilies} from '../helpers/rule-families.js';
import type {Platform} from '../../source/model/message.js';

// Families of phrasing for engineer B's categories (issue 14): each family is written several ways,
// with words between, other verbs and objects, and near misses that must be left alone. None of
// these lines comes from a labelled set.

const {categories, findings, family} = ruleFamilies();

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

family(
	'off-platform-contact',
	'talking on another app (on WeChat, DingTalk, Feishu), e-mail asked or given, a bare Q or masked 微, asking for the buyer’s number, call me',
	[
		['taobao', '有啥事咱们微信上细聊吧'],
		['tmall', '这边消息不方便,我们QQ上沟通'],
		['pinduoduo', '回头vx上说'],
		['taobao', '量大的话加我们经理钉钉详谈'],
		['kuaishou', '老铁加我飞书吧'],
		['tmall', '您的邮箱是多少,我把合同发过去'],
		['kuaishou', '图纸发我邮箱就行'],
		['pinduoduo', '加个Q吧'],
		['taobao', '加我q详细说'],
		['pinduoduo', '加一下我的威芯,发图方便'],
		['tmall', '你把你的薇❤发我,我拉你进群'],
		['kuaishou', '你的薇号是多少呀'],
		['taobao', '可以加我 微 哦'],
		['pinduoduo', 'vx搜一下 shop_abc88 就能找到我'],
		['tmall', '方便的话给我个电话,我打给您'],
		['taobao', '有事直接打我手机'],
	],
	[
		['taobao', '有问题直接在旺旺上聊就行'],
		['tmall', '我们不加微信的,有事这里说'],
		['jd', '电子发票会发到您的邮箱'],
		['taobao', '亲,电子发票开好后会发送到您预留的邮箱'],
		['jd', '申请成功后系统会发您邮箱的'],
		['taobao', 'V领的款式也有哦'],
		['tmall', '这个Q版的公仔很可爱'],
		['taobao', '我们聊一下尺码吧'],
		['kuaishou', '您在快手上联系我就行'],
	],
);

family(
	'payment-channel',
	'the shop’s staff as recipient, not ordering on the platform, face to face, asking for the buyer’s account, paying by a code sent',
	[
		['jd', '安装费您当面给师傅现金就行,订单里不用付'],
		['taobao', '押金三百先转到我们库管那边'],
		['kuaishou', '差价您汇到我们会计名下就行'],
		['tmall', '尾款直接交给送货司机'],
		['douyin', '这单不走小店下单,直接和我们业务员签合同打款'],
		['kuaishou', '别在小店拍了,来我们店里付现金'],
		['taobao', '不用在淘宝上拍了,钱当面给我就行'],
		['pinduoduo', '咱们线下走账吧,给你底价'],
		['taobao', '您的支付宝账号是多少,我们私下退给您'],
		['douyin', '您给我个收款账户,差的部分我补给您'],
		['tmall', '请回复您的银行卡号和开户行,赔付款给您转过去'],
		['jd', '留一下您的账户,补偿我们直接转过去'],
		['douyin', '扫下面这个二维码付款也一样'],
		['kuaishou', '付款码发你了,扫一下付就行'],
		['pinduoduo', '补差链接不用拍了,直接V我就行'],
	],
	[
		['taobao', '收款码什么的我们是不会发给您的,要是有人发给您请千万不要扫'],
		['douyin', '退款是原路退的,不用提供卡号哦'],
		['kuaishou', '所有付款都在快手小店里完成,有人让你私下转账千万别信'],
		['tmall', '本店不会以任何理由要求您转账或扫码付款,请认准官方订单支付'],
		['jd', '企业采购可以走京东企业购,对公转账在企业购里面就能操作'],
		['taobao', '安装师傅上门不收任何费用'],
		['jd', '货到付款的话现金给快递员就行'],
	],
);

family(
	'review-bribe',
	'a review or photos, then a reward claimed from the shop (领/拿/抽/报销/送您一双), or a reward given, then a review changed or deleted',
	[
		['taobao', '晒单满三十字的可以找客服领一份小赠品'],
		['tmall', '五星好评加图,联系我领两块钱'],
		['douyin', '图评的宝宝私信客服领小礼物'],
		['taobao', '送您一个小礼品,麻烦帮忙把评价改一下'],
		['pinduoduo', '给您补一张券,中评能帮忙删一下吗'],
		['kuaishou', '追评改成好评的话运费我们给您报销'],
		['taobao', '好评截图发客服,参与抽免单'],
		['tmall', '给个满分评价,送您一双袜子'],
		['kuaishou', '好评送你一包纸巾'],
		['douyin', '差评改了的话我返您十块'],
		['pinduoduo', '写二十字评价加三张图,我们小额打款给您3元'],
		['taobao', '评价写满意,下次找我拿无门槛券'],
		['jd', '晒单带视频的,我们私下返您五元'],
		['douyin', '好评后联系客服,免费再送一件'],
		['taobao', '中评方便改一下吗?改好了给您返8块'],
		['tmall', '评价满二十字可以领取价值20元的小样'],
	],
	[
		['taobao', '收到货满意的话给个好评哦'],
		['tmall', '好评返现是违规的,我们不做'],
		['taobao', '您的差评我们会认真改进'],
		['jd', '晒单可以获得京豆哦'],
		['taobao', '给您补发一个新的,有问题随时找我'],
		['pinduoduo', '差价我们小额打款给您'],
		['tmall', '领券下单更优惠哦'],
		['taobao', '评价是您的权利,我们不会干涉'],
		['douyin', '赠品已经随包裹寄出了'],
		['kuaishou', '评价里说的问题我们已经反馈给仓库了'],
		['douyin', '差评赶紧删掉,否则我们天天打给你'],
	],
);

family(
	'external-link',
	'a QR code in a picture, avatar or screen, long-press to identify, scan and go in to order, the shop’s own site or mall to buy, a profile link, a spelt-out domain',
	[
		['taobao', '二维码在图片里,长按识别一下就能进'],
		['douyin', '主页头像上有码,扫了就能加'],
		['kuaishou', '扫一下屏幕上的码去小程序拍'],
		['tmall', '扫这个小程序码下单能便宜'],
		['taobao', '这张群码扫完进去就能领福利'],
		['douyin', '去我们网站下单有会员价'],
		['kuaishou', '进我们自己的商城买更划算'],
		['taobao', '我们自己还有个小程序,搜店名就出来了'],
		['douyin', '点我主页简介里的链接就能买'],
		['kuaishou', '点了链接跳出去下单,价格低一些'],
		['pinduoduo', '网址我私信发您了'],
		['jd', '安装视频在 anzhuang点cn/v2 上能看'],
	],
	[
		['taobao', '扫一下包装上的防伪码就能验证真伪'],
		['jd', '取件码在短信里'],
		['taobao', '您的码数是多少'],
		['douyin', '商品在我的橱窗里,直接点就能买'],
		['tmall', '我们的尺码表在详情页'],
		['kuaishou', '小黄车里的链接直接拍就可以'],
		['taobao', '这是我们店铺的链接,您点开拍就行'],
		['jd', '驱动可以去我们官网下载'],
		['kuaishou', '付款直接在订单页付就行,别扫来路不明的码'],
	],
);

family(
	'invoice-refusal',
	'a wrong category (开成劳保用品), left out of invoicing, a fee or postage on the buyer, tax points, put off until later, company title only, a receipt instead, homophones',
	[
		['jd', '发票我们统一只开明细为办公用品的'],
		['taobao', '可以给您开成劳保用品,报销一样用'],
		['tmall', '发票类目只能开成耗材'],
		['tmall', '活动款不参与开票哦'],
		['taobao', '纸质发票要另收8元工本费'],
		['tmall', '电子发票得等确认收货一个月后再说'],
		['pinduoduo', '发票只开公司抬头的,个人抬头开不了'],
		['taobao', '发漂可以开,不过邮寄要您自己出运费'],
		['tmall', '发票可以寄,运费到付哦'],
		['taobao', '发漂这个月额度没了,下单别备注要票'],
		['jd', '能开,但是要加5个点的税点'],
		['taobao', '税点需要您自己补'],
		['tmall', '至于fa票嘛,暂时是不提供的'],
		['taobao', '我们给您出具的是收货凭证,发票就不另外开了'],
	],
	[
		['taobao', '发票是免费开的,不收税点,也不用您出邮费'],
		['tmall', '发票可以开的,您把抬头发我'],
		['jd', '电子发票确认收货后自动发到您邮箱'],
		['taobao', '发票会随货一起寄出,不用额外付运费'],
		['tmall', '个人抬头和公司抬头都可以开'],
		['jd', '发票按商品实际名称开具,开不了别的品名'],
		['jd', '发票不开具其他品名的,按明细开'],
		['pinduoduo', '发票额度紧张的话先给您开收据,发票下月初补寄,不会不给您开的'],
		['douyin', '发票开不了'],
	],
);

family(
	'privacy-leak',
	'someone not the buyer, then an order’s details read, listed, sent or checked for them; details checked with a third person; another buyer named; a phone’s last digits',
	[
		['taobao', '不是您本人的账号也没事,我把订单信息读给您听'],
		['tmall', '您同事那单的收货电话我报给您'],
		['taobao', '昨天有位女士说是您家人,我把您的地址电话跟她核对过了'],
		['tmall', '您朋友那单用的是他爸爸的手机号,尾号是2365'],
		['taobao', '帮同事查的话,我把他们的收货地址都列给您'],
		['tmall', '买家是您亲戚的话,我把她下单的明细截图发您'],
		['taobao', '新注册的号也没关系,我直接把订单地址和联系方式发您核对'],
		['tmall', '虽然不是您拍的,我也可以帮您把地址电话念一遍'],
		['taobao', '另一位顾客的地址也在这个小区,她叫王*芳'],
		['tmall', '号丢了没关系,我把订单详情连地址一起给您核对'],
		['taobao', '这是那位买家的电话,您直接找她'],
	],
	[
		['taobao', '为了保护隐私,麻烦您用下单的账号联系我们'],
		['tmall', '您把订单号发我,我帮您查物流'],
		['taobao', '您的收货地址是北京朝阳区对吗'],
		['tmall', '不是本人账号的话,订单信息不能透露哦'],
		['taobao', '请您核对一下收货地址和电话'],
		['tmall', '您的手机尾号是8866吗'],
		['taobao', '您联系一下快递,把收货信息告诉他然后说要转寄'],
	],
);

// Douyin's seed (000 电商客服雷区(3)) forbids leading buyers to order through third-party shops and
// unofficial links; it does not forbid naming another marketplace, as Pinduoduo's does. The examiners' convention
// (dev-9 README) files the act under external-link: competitor-platform is Pinduoduo's alone.
family(
	'external-link',
	'on Douyin, steering the buyer to order, search or pay on another marketplace, not naming one',
	[
		['douyin', '去淘宝拍更便宜'],
		['douyin', '您到我们京东旗舰店下单吧'],
		['douyin', '淘宝搜我们店名就能找到'],
		['douyin', '拼多多上买能便宜十块'],
		['douyin', '我把天猫店的链接发您'],
		['douyin', '来我们拼夕夕店铺领券'],
		['douyin', '我们京东店上新了,有空去逛逛'],
		['douyin', '拼多多店铺名字叫小林百货'],
		['douyin', '同款在京东上更便宜'],
	],
	[
		['douyin', '老铁这款淘宝店也有卖,价格一样'],
		['douyin', '我们天猫旗舰店也是这个价哦'],
		['douyin', '京东快递明天到'],
		['douyin', '您是在淘宝买的吗'],
		['douyin', '不知道其他平台的情况呢,我们是正品保证'],
		['douyin', '您说的淘宝那家不是我们的店'],
	],
);

family(
	'payment-method-refusal',
	'on Tmall, instalments or credit cards refused in other words: 做不了/不给分期, 算了, 请勿使用, orders paid by card cancelled, the xyk abbreviation',
	[
		['tmall', 'xyk付不了哦,换储蓄卡吧'],
		['tmall', '这个价做不了分期'],
		['tmall', '分期就算了吧亲'],
		['tmall', '请勿使用花呗付款'],
		['tmall', '信用卡付的单我们会直接关掉'],
		['tmall', '小件就不给分期了'],
	],
	[
		['tmall', '花呗分期可以用的'],
		['tmall', '信用卡支付没问题的亲'],
		['tmall', '支持花呗分期,免息三期'],
		['tmall', '信用卡付款失败的话换张卡试试'],
		['taobao', '分期就算了吧亲'],
		['tmall', '不用担心,信用卡也可以用'],
	],
);

family(
	'off-platform-contact',
	'a plus sign for 加 dropped by the normaliser (➕V详聊), do you have WeChat, my number sent, leave me yours, 搜索公众号',
	[
		['pinduoduo', '➕V详聊'],
		['taobao', '亲➕V了解一下'],
		['tmall', '可以➕我薇信'],
		['tmall', '方便留个联系方式吗'],
		['kuaishou', '你有V吗'],
		['tmall', '手机号发您了,您加一下'],
		['tmall', '您把微信号留一下,我们售后加您'],
		['pinduoduo', '搜索公众号“小美家居”领优惠'],
		['douyin', '麻烦留一下您的手机号码'],
	],
	[
		['taobao', '我们不方便加微信,请您在这里留言'],
		['tmall', '您的手机号是订单上留的那个吗'],
		['pinduoduo', '亲亲有问题直接在拼多多聊天就可以'],
		['taobao', '订单号是1234567890123'],
		// JD calls its buyers back itself: asking for their number there is its own service.
		['jd', '麻烦您留下您的联系方式,专员会给您回电'],
		['jd', '您留一下手机号码,站点会联系您'],
	],
);

family(
	'payment-channel',
	'an app as the way to me (转微信给我, 直接支付宝我), the rest by WeChat, into an account (汇至, 存入, 转入), an account holder named, my account sent, money sent over',
	[
		['tmall', '直接支付宝我就行'],
		['douyin', '拍这个1元的链接,剩下的微信转'],
		['pinduoduo', '剩下的二十走zfb'],
		['kuaishou', '收到货再给我钱也行'],
		['jd', '我给你个账号,你打款过来'],
		['taobao', '货款请汇至以下账户'],
		['tmall', '请将定金存入我们工行卡'],
		['douyin', '户名:李明,开户行:建设银行'],
		['kuaishou', '收款人写张强就行'],
		['jd', '转入对公账户后我们安排发货'],
		['taobao', '钱到账了我就发货,账号发您了'],
		['pinduoduo', '您用支付宝扫一下我就行'],
		['tmall', '补差价可以直接打我账上'],
		['jd', '您把银行卡号发一下,补偿直接打卡'],
		['kuaishou', '这个码扫了就能直接付款'],
	],
	[
		['taobao', '退款已经到账了吗亲'],
		['jd', '款项到账后系统会自动发货'],
		['tmall', '您的退款会转入原支付账户'],
		['taobao', '收款人写您自己的名字'],
		['jd', '专票请提供抬头、税号、开户行:和账号'],
	],
);

// Pinduoduo forbids the words themselves (seed 000 拼多多(6)): paying by WeChat is payment-channel, and the
// word is still a contact word there, as the shared labelled-dev.py labels 微信转你 (both); so is 微信支付 (dev-10's convention).
describe('payment-channel on Pinduoduo: WeChat as a way to pay is a payment word, and still the forbidden word', () => {
	it.each(['差价微信付给我就行', '运费wx转我', '您转微信给我'])('%s', text => {
		expect(new Set(categories('pinduoduo', text))).toEqual(new Set(['payment-channel', 'off-platform-contact']));
	});
	it('微信支付 is a payment word and still the forbidden word', () => {
		expect(new Set(categories('pinduoduo', '可以用微信支付吗亲'))).toEqual(new Set(['payment-channel', 'off-platform-contact']));
	});
	it.each(['加我微信', '有问题微信联系'])('%s stays a contact', text => {
		expect(categories('pinduoduo', text)).toContain('off-platform-contact');
	});
});

family(
	'off-platform-contact',
	'a contact shown in the profile or a picture, QQ groups, call or e-mail me, a private number given, a contact other than the platform’s, a WeChat card sent, searched on WeChat',
	[
		['taobao', '微信号见主页'],
		['tmall', '联系方式在图片里'],
		['pinduoduo', '进我们Q群领福利'],
		['kuaishou', '加我们的q群'],
		['tmall', '有事电话联系我'],
		['pinduoduo', '有事call我'],
		['taobao', '发个邮件给我,我把资料发你'],
		['tmall', '私人号码给您,有事直接打'],
		['taobao', '亲可以加我旺旺以外的联系方式'],
		['tmall', '您在微信上搜一下我们店名'],
		['kuaishou', '我把微信二维码发您'],
		['taobao', '加下我个人号'],
		['pinduoduo', '添加客服好友领取优惠券'],
	],
	[
		['taobao', '您可以在旺旺上联系我们'],
		['tmall', '有事可以电话联系快递员'],
		['taobao', '快递电话联系不上的话在这里留言'],
		['kuaishou', '关注我们的快手小店'],
	],
);

family(
	'review-bribe',
	'other rewards for a review: phone credit, points, gift cards, free shipping, a discount next time, a surprise',
	[
		['taobao', '给个五星,下次给您优惠'],
		['tmall', '好评满20字返话费'],
		['pinduoduo', '您给个好评,我给您申请个红包'],
		['taobao', '好评有惊喜哦亲'],
		['kuaishou', '写个好评我给你包邮'],
		['tmall', '好评返积分,可以抵现'],
		['jd', '追评晒图额外送京东E卡'],
		['taobao', '好评后我们会给您寄个小礼物'],
		['pinduoduo', '五星好评的话这单给您打八折'],
		['tmall', '改个好评,我们补偿您二十元'],
		['tmall', '店铺评分打满分的话返您3元'],
		['taobao', '删评后给您返现十块'],
		['pinduoduo', '改评以后联系我领红包'],
	],
	[
		['taobao', '下次购物给您优惠哦'],
		['tmall', '您的评价对我们很重要'],
		['douyin', '差评的问题我们已经处理了,给您退款了'],
		['jd', '评价晒单可获得京豆'],
		['taobao', '感谢您的好评,欢迎下次光临'],
		['taobao', '评分是系统算的,我们没法改'],
		['tmall', '您的评论我们看到了,会改进的'],
	],
);

family(
	'invoice-refusal',
	'a wrong amount (金额只能开, 开不了全额), one title only, the invoice refused outright (发票不行), tax-included prices dearer, another company issuing it',
	[
		['tmall', '发票金额只能开100'],
		['taobao', '发票只能开一半的金额'],
		['jd', '发票开不了全额哦'],
		['tmall', '发票金额最多开八百'],
		['pinduoduo', '只能开个人抬头的'],
		['taobao', '收据可以吗,发票不行'],
		['tmall', '含税价要贵一些'],
		['taobao', '发票金额只能按实付的八成开'],
		['taobao', '票是合作公司开的,抬头是另一家公司'],
	],
	[
		['tmall', '发票金额按实际付款金额开'],
		['taobao', '发票抬头个人和公司都可以'],
		['jd', '含税价就是页面价格,不另收'],
		['tmall', '您这单金额只有50元,满99包邮'],
	],
);

family(
	'external-link',
	'forms and documents off the platform, another shop system, a link opening the shop’s site, short links spelt out, a payment code to scan',
	[
		['taobao', '麻烦填一下这个问卷星表单'],
		['tmall', '售后登记用腾讯文档填一下就行'],
		['kuaishou', '我们有赞商城里更便宜'],
		['douyin', '去我们微店下单有赠品'],
		['taobao', '链接在评论区置顶,点进去就是我们官网'],
		['tmall', '短链接t点cn/AbCd点开就行'],
		['pinduoduo', '扫一下这个收款二维码补差价'],
		['douyin', '扫我发的码就能付'],
	],
	[
		['taobao', '填一下平台的售后申请单就行'],
		['tmall', '您把问题截图发我看看'],
		['jd', '您看下我发的商品链接'],
	],
);

family(
	'privacy-leak',
	'for someone not the buyer: what was bought, how often, where it went, the courier and tracking number, an address changed',
	[
		['taobao', '帮您查了,您朋友拍的是两件黑色的'],
		['tmall', '别人帮您买的那单已经签收了,签收人是李先生'],
		['taobao', '您说的那个旧号,订单是寄到杭州的'],
		['tmall', '给您查到了,您说的那个号上个月买过三次'],
		['taobao', '您老婆的订单地址改到公司了'],
		['tmall', '您朋友那单物流显示已经送到她单位了'],
		['taobao', '您同事那单发的中通,单号YT12345678'],
	],
	[
		['taobao', '您拍的是两件黑色的,对吗'],
		['tmall', '您的订单已经签收了'],
		['taobao', '地址改到公司了,请您核对'],
		['tmall', '请用下单的账号来咨询,我们才能查'],
		['taobao', '您的包裹发的中通,单号YT12345678'],
	],
);

family(
	'off-platform-contact',
	'a bare 微 or V with an id, the same number as my phone, searched for on WeChat, a contact card sent',
	[
		['pinduoduo', '可以加个微吗'],
		['pinduoduo', '亲 后台回复慢 V一下 abc888'],
		['kuaishou', '有问题直接私我 VX 同号'],
		['taobao', 'WX搜索店名就能加到我'],
		['pinduoduo', '发您一个名片,加一下'],
		['kuaishou', '加我企鵝號 五六七八九零一二'],
	],
	[
		['taobao', '这款是微胖版型'],
		['tmall', '运费您V我一下就行,我改价'],
	],
);

// Round B2 (dev-7 / dev-8 misses read as families; none of these lines is from a labelled set).

family(
	'privacy-leak',
	'for someone said not to be the buyer: the details read, copied or sent over, relatives and alt accounts',
	[
		['taobao', '既然是帮您表姐拍的,那我把订单里的电话读给您听'],
		['tmall', '以前那个号不用了也没事,订单信息我报给您'],
		['taobao', '帮人代收是吧,我把收货地址和电话复制给您'],
		['tmall', '换了号的话,我把原订单的收货信息截图发到您这边'],
		['taobao', '你舍友的包裹对吧,我把她留的号码发你'],
	],
	[
		['taobao', '帮家里人买的话,地址请您在订单里自己改一下'],
		['tmall', '您老公的电话我们不能告诉您,请他本人来问'],
		['taobao', '以前那个号不用了的话,请用下单的账号来联系我们'],
		['tmall', '您朋友想要的话,我把链接发您'],
		['taobao', '我把您的收货地址发给快递小哥了'],
	],
);

family(
	'privacy-leak',
	"someone else's order, its details stated: the consignee named, where it goes, the tail digits",
	[
		['tmall', '您姐姐的单子也能查 收货人李娜 在杭州'],
		['taobao', '小号问也行 那单寄到朝阳区望京'],
		['tmall', '您妈妈拍的那个 地址写的她公司'],
		['taobao', '您同事的订单 收件人尾号5821'],
	],
	[
		['tmall', '您姐姐的单子,收货人要改的话请她本人联系我们'],
		['taobao', '您朋友的单子寄到了吗'],
		['tmall', '收件人是您本人吗'],
		['taobao', '您的订单寄到朝阳区了,明天派送'],
	],
);

family(
	'review-bribe',
	'platform points, coupons and extra goods for a review; money after a deletion; pinyin cash-back',
	[
		['jd', '晒个图评价一下,我给您申请100京豆'],
		['jd', '五星好评的话,我们送您一张5元东券'],
		['pinduoduo', '好评带图的话,下回买我多送您两双'],
		['kuaishou', '好评加关注 赠纸巾一包'],
		['taobao', '中评能删掉吗?删了我给您转15块'],
		['kuaishou', '差评撤掉的话,运费我们出,另外再补您二十'],
		['douyin', '追评带图的,下单直接立减八块'],
		['tmall', 'hp返xian 加我领'],
		['tmall', '领3元红包,好评截图发客服就行'],
	],
	[
		['pinduoduo', '返现换好评这种事我们不做,平台是禁止的'],
		['tmall', '好评返现的活动已经停了,现在没有了'],
		['jd', '京豆是京东自己发的,评价后系统会给'],
		['taobao', '差评删掉了吗?没删也没关系的'],
		['kuaishou', '收到货有问题先找我,我给您补发一件'],
	],
);

family(
	'payment-channel',
	'the difference or balance paid outside: V me, a red packet or password packet, my own account, cash to the courier',
	[
		['pinduoduo', '剩下的差价你V我就行'],
		['taobao', '余款走微信口令红包就可以'],
		['douyin', '运费我给您发个支付宝红包'],
		['jd', '这笔差价我私人先垫,过两天转账给您'],
		['jd', '货到了您把现金交给师傅就行,订单我先取消'],
		['tmall', '走线下的话每单能省三十'],
		['tmall', '您在外面付也行,钱到我这里就发'],
	],
	[
		['pinduoduo', '差价在订单里补就行,不用私下转'],
		['jd', '货到付款的话,现金或者扫码都可以交给快递员'],
		['kuaishou', '退款会原路退回您的账户'],
		['tmall', '线下门店也有卖,您可以去看看'],
	],
);

family(
	'off-platform-contact',
	'disguised spellings of the apps: tone-marked pinyin, look-alike characters, circled digits',
	[
		['douyin', '想要优惠的加我 wēi xìn 聊'],
		['taobao', '以后直接加我嶶信 abc888'],
		['douyin', '店长扣号:⑦⑦⑧⑧⑨⑨⑥'],
		['taobao', '关注下我们的工仲号领券'],
		['douyin', '关注公粽号有售后群'],
	],
	[
		['taobao', '这款是微胖版型,宽松一点'],
		['douyin', '店铺关注一下有优惠券'],
	],
);

family(
	'off-platform-contact',
	'asking the buyer for an id or address outside the platform, in other words',
	[
		['taobao', '方便留一下您的vx吗?我发实拍图'],
		['tmall', '把您的V发我下,拉您进群'],
		['douyin', '私信说不清 留个vx号'],
		['tmall', '给个邮箱吧,说明书发过去'],
	],
	[['tmall', '说明书在详情页最下面,您往下翻就能看到']],
);

family(
	'invoice-refusal',
	'put off by the amount, a tax surcharge, staff away, another company on the invoice, pinyin 发p',
	[
		['jd', '这单金额太低了,没必要开发票,给您写个收据吧'],
		['taobao', '这个价开不了票的'],
		['jd', '要发票的话另外加6%'],
		['tmall', '开票的话要另付税点'],
		['pinduoduo', '发p没有哦'],
		['taobao', '会计请假了,这几天开不了'],
		['tmall', '发票是我们合作公司的名义开的,抬头不是本店'],
	],
	[
		['jd', '发票随货寄出,金额和实付一致'],
		['tmall', '税点不用您出,正常开'],
		['taobao', '会计请假了,发票下周一给您开出来'],
		['pinduoduo', '发个p图给您看看效果'],
	],
);

family(
	'payment-method-refusal',
	'instalments or credit refused in other verbs: 不走, 免谈, none of the terms, only debit cards, cards that will not go through',
	[
		['tmall', '我们只收全款,不走花呗'],
		['tmall', '分期免谈哈'],
		['tmall', '分三期分十二期都不行'],
		['tmall', '只接受储蓄卡,信用卡刷不了'],
	],
	[
		['tmall', '分三期分六期都可以,免息的'],
		['tmall', '花呗信用卡都能用'],
		['tmall', '全款和分期都行,您看哪个方便'],
	],
);

family(
	'external-link',
	'a link in the profile or pinned comment to jump out, a short link, a mini-program code tapped to buy',
	[
		['douyin', '点我主页的外链跳过去下单更便宜'],
		['douyin', '更多款看我置顶评论里的网址'],
		['douyin', '点链接跳转到我们独立站买'],
		['douyin', '说明在这 b23.tv/Qw12e'],
		['douyin', '点图里的小程序码进去就能买'],
	],
	[
		['douyin', '抖音商城下单就行,有运费险'],
		['douyin', '主页橱窗里有同款,直接在抖音拍'],
		['pinduoduo', '小程序码是给门店核销用的,您不用管'],
	],
);

describe('off-platform-contact: one act, one finding', () => {
	const contacts = (platform: Platform, text: string) => findings(platform, text).filter(v => v.rule.category === 'off-platform-contact');

	it.each([
		['taobao', '打我电话13813109624'],
		['pinduoduo', '有问题加qq454003511联系我'],
		['douyin', '加我微信 abc_8899'],
	] as [Platform, string][])('the cue and its number are one finding on %s: %s', (platform, text) => {
		expect(contacts(platform, text)).toHaveLength(1);
	});

	it.each([
		['taobao', '加我微信abc8899。有急事打我电话13813109624'],
		['pinduoduo', '加qq454003511!或者打我电话13813109624'],
	] as [Platform, string][])('two acts in two sentences stay two findings on %s: %s', (platform, text) => {
		expect(contacts(platform, text)).toHaveLength(2);
	});
});

family(
	'competitor-platform',
	"Pinduoduo's alone (Kuaishou's merely named marketplaces are relabelled, labelled-dev.py docstring): a marketplace named in any disguise, 咸鱼 for 闲鱼, 1688 the wholesale site",
	[
		['pinduoduo', '狗东上那家同款贵了三十'],
		['pinduoduo', '这款淘宝店也有卖'],
		['pinduoduo', '这种二手的去咸鱼淘一个就行'],
		['pinduoduo', '咸鱼里那些翻新机别买'],
		['pinduoduo', '我们是从1688拿货的,源头厂家'],
		['pinduoduo', '1688批发价都不止这个数'],
		['pinduoduo', '跟1688的出厂价差不多了'],
		['pinduoduo', '京东自营也是这个价'],
		['pinduoduo', '当当网上这本书卖得贵'],
		['pinduoduo', '您在快手看到的那款我们也有'],
	],
	[
		['kuaishou', '淘宝也有我们家的店'],
		['kuaishou', '东哥家的自营比我们贵'],
		['pinduoduo', '南京东路那边的门店已经关了,线上照常发货'],
		['pinduoduo', '北京东站附近的地址也能送'],
		['pinduoduo', '屏幕用的是京东方的面板,色彩很准'],
		['pinduoduo', '这款床垫活动价1688元,送两个枕头'],
		['pinduoduo', '到手价¥1688,分期也可以'],
		['pinduoduo', '订单号 201688734512 已经发出'],
		['pinduoduo', '咸鱼干是真空包装的,常温保存'],
		['pinduoduo', '这个牌子响当当的,放心用'],
		['pinduoduo', '快手菜用这口锅十分钟就好'],
		['pinduoduo', '买到就是赚到,物超所值'],
	],
);

family(
	'external-link',
	'Douyin: the buyer sent to a shop on another marketplace (naming one is not enough)',
	[
		['douyin', '这边没货了,去我们淘宝店拍吧'],
		['douyin', '天猫店铺名字叫小熊家,去搜一下'],
	],
	[['douyin', '淘宝上同款卖得贵多了']],
);

describe("competitor-platform is not raised on Douyin, Taobao or JD (seed 000 拼多多(3), the examiners' convention)", () => {
	it.each([
		['douyin', '拼多多那家是盗图的'],
		['taobao', '京东上同款要贵一百'],
		['jd', '天猫旗舰店也是这个价'],
	] as [Platform, string][])('naming a marketplace on %s is not competitor-platform: %s', (platform, text) => {
		expect(categories(platform, text)).not.toContain('competitor-platform');
	});
});

family(
	'payment-channel',
	'paying the agent personally: "how about" offers (要不…), the money sent over by a chat app, a card number to transfer to',
	[
		['tmall', '要不这样,这单您走线下打款,我再给您少点'],
		['taobao', '要不您直接私下转账给我,省得排队'],
		['taobao', '剩下的钱加我vx,转过来就行'],
		['jd', '运费加我微信转一下给我'],
		['douyin', '定金您加我QQ打过来'],
		['kuaishou', '卡号6222 1234 5678 9012 打这个就行'],
		['taobao', '钱转到我银行卡号6217 0001 2345 6789 上'],
		['tmall', '下单不方便的话 支付宝直接转我个人也行'],
	],
	[
		['jd', '您手机号发一下,我私下给您打过去说明一下'],
		['kuaishou', '老铁私下给你打个折,直播间拍就行'],
		['taobao', '要不您先在平台上拍下,我给您改价'],
		['tmall', '要不要开发票,您拍的时候备注一下'],
		['jd', '会员卡号 6222 1234 5678 9012 可以积分'],
		['taobao', '不走线下,所有款项都在平台内支付'],
	],
);

family(
	'privacy-leak',
	'order details sent to someone who is not the ordering account: a new account, not the one who ordered, a relative of the buyer',
	[
		['tmall', '您换了个新账号没关系,我把那单的收货地址发给您'],
		['taobao', '新号也行的,我把原来订单的收件信息发你'],
		['taobao', '不是你下的单也没事,我直接把收货电话报给你'],
		['tmall', '你是她朋友的话,我把快递单号和地址发你'],
		['taobao', '您是他同事啊,那我把订单信息截图给您'],
	],
	[
		['tmall', '您换了新号的话,麻烦用拍下的账号联系我们'],
		['taobao', '不是您拍的订单,我们不能透露收货信息哦'],
		['taobao', '我把物流单号发您,您可以自己查'],
		['tmall', '新号注册也可以下单,地址填好就行'],
	],
);

family(
	'payment-method-refusal',
	'on Tmall, instalments or cards refused in plain words: 别刷卡, 没有分期, 几期都不行, 只能全款',
	[
		['tmall', '大额的就别刷信用卡了,我们这边不收'],
		['tmall', '这个型号没有分期的哦'],
		['tmall', '12期24期都不行,抱歉'],
		['tmall', '分期没有哈,只能全款付'],
		['tmall', '只能一次性付清,不能分开付'],
	],
	[
		['tmall', '这款没有分期免息活动,正常分期可以用'],
		['tmall', '支持花呗分期,3期免息'],
		['tmall', '您信用卡额度不够的话可以换张卡'],
		['taobao', '这个型号没有分期的哦'],
	],
);

family(
	'invoice-refusal',
	'an invoice put off in soft words with a receipt offered instead, or written under another item',
	[
		['tmall', '发票这边不太方便开,给您开个收据行吗'],
		['taobao', '发票的话我们这边比较难弄,收据可以吗'],
		['jd', '发票只能开成配件,整机的开不了'],
		['jd', '开票只能写耗材,不能写打印机'],
	],
	[
		['tmall', '补开发票的邮费我们来承担,您放心'],
		['tmall', '发票和收据都可以给您,您看要哪个'],
		['jd', '发票开的是整机,品名和订单一致'],
	],
);

family(
	'review-bribe',
	'a counted reward for a good review (返您10个京豆), and a plain "no cash for reviews" left alone',
	[
		['jd', '晒图好评发我截图,送您20个京豆'],
		['taobao', '五星好评后找客服,返你100个淘金币'],
	],
	[
		['tmall', '我们好评不返现的,您如实评价就好'],
		['jd', '评价都是不送东西的,放心写真实感受'],
	],
);

family(
	'external-link',
	'short-link hosts outside the usual top-level domains',
	[
		['pinduoduo', '去这个网址下单 bit.ly/3Kx9q'],
		['douyin', '详情看 goo.gl/abc12'],
	],
	[['taobao', '型号是 A3.LY 款,颜色随机']],
);

// Round of 2026-12-02 (B4): the act behind each miss, written as its own family.

family(
	'external-link',
	'sending the buyer to a shop on another marketplace: go, search our name, buy there, its link or code sent',
	[
		['douyin', '去咱家京东店下单更快,地址发你'],
		['douyin', '到我们天猫旗舰店拍,那边送赠品'],
		['tmall', '淘宝C店那边便宜二十,链接私信给您'],
		['jd', '您去拼多多搜我们店名,有同款'],
		['taobao', '抖音上搜一下我们家店铺名字就能找到'],
		['pinduoduo', '天猫的链接我私信发您了'],
		['taobao', '我们抖店的链接发您了,那边有直播价'],
		['jd', '闲鱼上我挂了一件,链接给你'],
		['douyin', '在我快手小店买吧,链接马上发'],
		['jd', '这款去我淘宝店拍吧,那边有货'],
		['tmall', '去我们淘宝店下单,链接发您'],
	],
	[
		['douyin', '淘宝上那款不是我们家的,认准抖音小店'],
		['jd', '我们在天猫也有店,不过这边价格一样'],
		['douyin', '京东快递给您发的,单号在订单里'],
		['tmall', '天猫旗舰店的链接发您了,直接拍就行'],
		['jd', '去我们京东自营店下单就行,链接发您'],
		['jd', '去我们京东旗舰店下单,链接发您'],
		['tmall', '去我们天猫店下单,链接发您'],
		['kuaishou', '去我们快手小店拍,链接发你'],
		['taobao', '别去别的平台买,小心买到假货'],
		['jd', '这个在拼多多买不到正品的'],
		['tmall', '在京东买要等好几天,我们这直接发'],
		['tmall', '抖音搜我们店主号,晚上有直播'],
		['douyin', '您是在淘宝买的吗?那边的订单我们查不到'],
		['kuaishou', '快手小店的链接发您了,点进去拍'],
		['douyin', '您把淘宝那边的订单链接发我看看'],
		['jd', '天猫的链接发不了,您直接在这拍'],
	],
);

family(
	'competitor-platform',
	'naming a marketplace is not this category where the platform has no such rule (Douyin, JD)',
	[
		['pinduoduo', '这款淘宝上卖得更贵'],
		['pinduoduo', '狗东那边也有同款'],
	],
	[
		['douyin', '京东上也有卖,价格差不多'],
		['jd', '天猫那边是另一个经销商'],
	],
);

family(
	'external-link',
	'QR codes of every kind and wherever they are put: payment, mini-program, group, in a video, poster or avatar',
	[
		['kuaishou', '直播间置顶有个二维码,扫完进群领券'],
		['douyin', '收款码图片发你了,扫一下付就行'],
		['jd', '我发的小程序码您长按一下就能下单'],
		['pinduoduo', '二维码在我头像里,扫了加好友'],
	],
	[
		['douyin', '包装上的溯源码扫一下能查产地'],
		['taobao', '商品上的防伪码刮开扫一下查真伪'],
		['kuaishou', '我们不会让您扫任何二维码付款'],
		['jd', '快递单上的条形码不用管'],
	],
);

family(
	'payment-channel',
	'money to an account the agent names: a card or account number with "pay here", an account sent privately, a payment code',
	[
		['kuaishou', '卡号6228 4800 1234 567,钱打这张卡'],
		['douyin', '公司账户汇款也可以,账号私信发您'],
		['taobao', '对公账户转账的话,账户我单独发你'],
		['kuaishou', '收款码截图发你了,扫了付款就行'],
		['pinduoduo', '余款汇到这个账号上 6217 0033 2211 908'],
		['douyin', '我发的二维码您扫一下付尾款就行'],
		['taobao', '收款码就在我头像里,保存下来'],
		['jd', '差价您扫码付给我就行'],
	],
	[
		['taobao', '请不要私下转账,付款都在平台上'],
		['jd', '企业购可以对公转账,在京东下单页选'],
		['kuaishou', '订单号6228480012345678,您核对一下'],
		['douyin', '付款在抖音收银台里扫码就行,不用转账'],
	],
);

family(
	'invoice-refusal',
	'the invoice echoed as a question and refused, a misspelt 发漂 refused, the invoice talked out of for a receipt',
	[
		['taobao', '发票?我们这种小店开不出来的'],
		['tmall', '开票吗?这个价格给不了哦'],
		['jd', '生鲜开不了发漂的亲'],
		['pinduoduo', '这款提供不了发飘'],
		['jd', '发票就别要了,给您开张收据也能报销'],
		['taobao', '发票您就不要了吧,收据一样用'],
	],
	[
		['taobao', '发票?可以开的,下单后填抬头'],
		['tmall', '发票和收据都能给您,看您需要'],
		['jd', '发票您不要的话我们就不随货寄了'],
	],
);

family(
	'privacy-leak',
	'telling the asker a third person’s order details: whose order, then the name, phone tail or address',
	[
		['tmall', '你帮你姐问的?她那单收件电话尾号3321,寄人民路8号'],
		['taobao', '你同事那单我查了,收件人李*,手机138开头'],
		['tmall', '您朋友那个订单寄到光明小区了,电话尾号是6677'],
	],
	[
		['taobao', '收件人电话是您本人的吗?要改的话告诉我'],
		['tmall', '您朋友的订单需要他本人用下单账号来问哦'],
		['taobao', '你的那单收件人写的是你自己,对吧'],
	],
);

family(
	'review-bribe',
	'photos or a follow-up review paid in goods or cash next time, a claim by private message',
	[
		['tmall', '确认收货后晒四张图,私信我领现金红包'],
		['tmall', '追评带图的话,下次送您一罐新茶'],
		['taobao', '晒两张买家秀给个好评,下单再送一袋'],
		['douyin', '带图好评截图私信客服,返五元'],
	],
	[
		['taobao', '咱家不搞好评返现那套,东西好自然有人夸'],
		['tmall', '晒图的话记得把标签拍清楚哦'],
		['jd', '追评带图我们都会认真看的'],
	],
);

family(
	'external-link',
	'a shop of our own off every marketplace: 有赞 or 微店 shops, an official site found by a search engine',
	[
		['douyin', '进我们有赞店铺买吧,那边有会员价'],
		['jd', '去我家微店下单能便宜点'],
		['pinduoduo', '百度搜一下我们官网就能看到'],
		['tmall', '谷歌搜我们的品牌官网,有全系列'],
	],
	[
		['taobao', '百度上说的那些功效不靠谱'],
		['douyin', '点我头像进主页,橱窗里有链接'],
		['jd', '官网价格和京东自营一样'],
	],
);

// Round 9 (B5): acts missed by dev-14, dev-16 and dev-17, each written as its own family of new phrasings.

family(
	'external-link',
	'a shop of ours on another marketplace announced, or a name to search for there that is ours',
	[
		['taobao', '京东上我们也有家旗舰店,搜店名就能看到'],
		['tmall', '我们在拼多多也开了店,那边搜一下同名就有'],
		['jd', '抖音上还有我们的小店,搜一下就出来了'],
		['douyin', '淘宝搜“小鹿家居”就是我们家'],
		['tmall', '京东搜「暖暖母婴」那家就是我们开的'],
		['jd', '去唯品会搜‘甜橙优品’下单更划算'],
	],
	[
		['taobao', '京东上也有卖这款的,不过不是我们家'],
		['douyin', '去京东看看也是这个价'],
		['tmall', '拼多多上的店我们没有开过'],
		['jd', '淘宝上搜到的那些不是我们授权的'],
	],
);

family(
	'external-link',
	'another marketplace’s shop said to be better, then the buyer told to buy over there',
	[
		['jd', '淘宝店里活动多,您去那边下单'],
		['tmall', '唯品会上便宜一点,你到那边买吧'],
		['douyin', '京东旗舰店更划算,直接去那里拍'],
		['taobao', '拼多多那家店送得多,去那儿拍吧'],
	],
	[
		['douyin', '京东那边卖得贵,在这里拍就行'],
		['tmall', '别去淘宝那边买,这里是官方旗舰店'],
		['taobao', '京东的价格我们不清楚,您在这边拍就好'],
	],
);

family(
	'external-link',
	'a mini-program, app, account or mall of ours where the buyer searches or orders, without a link',
	[
		['pinduoduo', '微信小程序里搜“宝贝屋”下单有折扣'],
		['douyin', '在我们的app里搜一下这款,买还送积分'],
		['taobao', '有个会员小程序,进去下单能打九折'],
		['jd', '我们有个专属商城,在里面买更便宜'],
		['kuaishou', '小程序里搜“甜心母婴”就能下单'],
		['tmall', '我们还有个会员商城,在那里面下单返积分'],
	],
	[
		['douyin', '抖音商城搜店名就能找到我们'],
		['jd', '京东app里搜订单号就能看到物流'],
		['taobao', '小程序打不开的话重启一下淘宝试试'],
	],
);

family(
	'external-link',
	'a code the shop put in a group, a profile, a card or a picture, to be scanned',
	[
		['kuaishou', '收款码我放在主页了,扫了就行'],
		['douyin', '二维码我发群里了,扫一下就能进'],
		['jd', '扫一下我朋友圈封面的码领优惠'],
		['tmall', '扫一扫我个人名片上的二维码加好友'],
		['jd', '扫我这张二维码付款,比下单便宜'],
		['taobao', '付款码我贴在粉丝群了,家人们扫一下就好'],
	],
	[
		['tmall', '包装上的防伪码扫一下就能查真伪'],
		['douyin', '付款时扫码失败的话换个方式就行'],
		['kuaishou', '不要扫陌生人发的码'],
		['jd', '京东app扫一下商品条码就能比价'],
	],
);

family(
	'payment-channel',
	'the shop paying the buyer outside the platform: to the buyer’s card, WeChat or Alipay, from its own account',
	[
		['pinduoduo', '差价我直接v您'],
		['jd', '这个补偿我私下打到你卡上'],
		['taobao', '我先用自己的账户把钱转你'],
		['douyin', '您加我微信,运费我单独退给您'],
		['kuaishou', '退款别等了,我直接转钱到你银行卡'],
		['tmall', '赔偿的钱我微信上转您'],
		['jd', '我直接打钱到您账户里'],
		['kuaishou', '邮费我加你V返给你'],
	],
	[
		['taobao', '退款会原路退回您的支付账户'],
		['jd', '钱会在1-3个工作日退到您的卡里'],
		['pinduoduo', '差价我们会通过小额打款给您'],
		['tmall', '平台审核后会把钱退给您'],
		['douyin', '退款已经同意了,钱会退到您原支付账户'],
	],
);

family(
	'payment-channel',
	'an account of the shop’s sent privately, to be paid into',
	[
		['tmall', '公司账户我私信发您,汇完款就发货'],
		['kuaishou', '收款账号我一会私发你'],
		['douyin', '银行账户我发给您,转好截图'],
		['jd', '对公账号私信给你了,打过来就安排'],
	],
	[
		['taobao', '会员账号我们这边查不到呢'],
		['jd', '账号被盗的话请联系京东客服'],
		['tmall', '您的账号我帮您查一下订单'],
		['tmall', '下单账号发我一下,我帮您核对'],
	],
);

family(
	'payment-channel',
	'the platform or the order bypassed, then paying the shop directly or ordering over WeChat',
	[
		['douyin', '不走小店的话,直接转我就行'],
		['douyin', '不走小店的话直接转账给我,再便宜点'],
		['jd', '要是不下单的话直接打款给我,便宜二十'],
		['kuaishou', '不通过快手小店,转账给我更实惠'],
		['jd', '以后加我微信买就行,不用在京东下单'],
		['douyin', '直接在微信上跟我下单,便宜点'],
	],
	[
		['douyin', '我们不会让您不走小店私下转账的'],
		['jd', '微信支付也可以,在京东收银台选就行'],
		['jd', '不下单的话我们没法发货哦'],
		['pinduoduo', '运费差价您在对话框里发红包给我们就行'],
		['pinduoduo', '补的邮费直接在聊天窗口发个红包就好'],
	],
);

family(
	'privacy-leak',
	'someone else’s order checked for the asker, then where it is or where it went',
	[
		['taobao', '帮你舍友查了,她那单后天到,寄宿舍楼下'],
		['tmall', '你婆婆那个号下的单我看了,已经放快递柜了'],
		['tmall', '您同事用他账号买的那单已经签收了'],
		['taobao', '换了账号也行,原订单的收货电话我发到这个号上'],
		['tmall', '你朋友那单我查了,明天送到他公司'],
	],
	[
		['taobao', '帮你查了,你的那单明天到'],
		['tmall', '您朋友的订单需要他本人用下单账号来查询哦'],
		['taobao', '换了新号的话,麻烦用原来的号联系我们查地址'],
		['tmall', '您那单已经签收在菜鸟驿站了'],
	],
);

family(
	'payment-method-refusal',
	'on Tmall, an instalment order sent back to be paid in full, the card channel said to be down, only other methods allowed',
	[
		['tmall', '用花呗分期拍的订单我们不发,请取消后重新全款付'],
		['tmall', '信用卡支付暂时维护中,只能用余额或借记卡'],
		['tmall', '分期的单子不接哦,麻烦改成一次付清'],
		['tmall', '信用卡通道关闭了,您换储蓄卡付吧'],
		['tmall', '只能用花呗或者储蓄卡付哦'],
	],
	[
		['tmall', '花呗和信用卡都能用,分期手续费我们店承担'],
		['tmall', '分期免息由店铺承担,放心拍'],
		['tmall', '信用卡、花呗、分期都支持'],
	],
);

family(
	'competitor-platform',
	'on Pinduoduo, marketplaces in spelt-out numbers and half-pinyin',
	[
		['pinduoduo', '一六八八上的拿货价都比这个高'],
		['pinduoduo', '桃bao同款要贵二十'],
		['pinduoduo', '陶bao上那家是仿的'],
		['pinduoduo', '幺六八八批发都没这个价'],
		['pinduoduo', '闲yu上的二手别买'],
	],
	[
		['pinduoduo', '这款1688元太贵了?我们有便宜的'],
		['pinduoduo', '订单号16880023您核对下'],
		['pinduoduo', '桃子味的还有货'],
	],
);

family(
	'invoice-refusal',
	'the invoice issued only under a category other than the goods',
	[
		['tmall', '开票的话这款只能开成日用百货'],
		['taobao', '发票只能开成五金用品哦'],
		['jd', '这款发票只能开成办公类的'],
		['pinduoduo', '开票只能开为食品类,可以吗'],
	],
	[
		['tmall', '发票可以开成明细'],
		['jd', '发票按商品实际名称开具'],
		['taobao', '发票只能开成电子发票,会发到您邮箱'],
	],
);

family(
	'payment-channel',
	'a payment code or account handed over or posted somewhere, paying by scanning a code of mine, a discount for bypassing the platform',
	[
		['kuaishou', '给您个账号,钱打进去就发货'],
		['douyin', '我把收款二维码发到您手机上'],
		['douyin', '补差价的话扫我朋友圈那个码'],
		['kuaishou', '收钱码我挂在主页了,家人们自己扫'],
		['jd', '不通过京东付款的话可以便宜50'],
		['douyin', '不走小店的话能便宜二十'],
	],
	[
		['jd', '不用优惠券的话会便宜吗'],
		['taobao', '不拍链接的话没法发货'],
		['tmall', '您不走运费险的话退货要自己出运费'],
		['douyin', '付款码是您手机支付宝里的,我们看不到'],
	],
);

family(
	'external-link',
	'a shop on another marketplace said to be ours, then searched or bought from',
	[
		['kuaishou', '唯品会那家店其实是我们的,去那边拍更划算'],
		['jd', '淘宝上那家旗舰店也是我家开的,搜一下就有'],
		['douyin', '拼多多的店也是我们家,那边更便宜'],
	],
	[
		['jd', '您说的那家淘宝店不是我们开的哦'],
		['kuaishou', '京东那家店是我们的经销商,价格我们管不了'],
	],
);

family(
	'privacy-leak',
	'what a third person paid for or bought, told to the one asking for them',
	[
		['taobao', '你妹妹那单付了1580,寄的是她学校'],
		['tmall', '帮别人问的对吧,她买的是两套四件套'],
		['taobao', '您是他同事吧,那位李女士下单的是一台洗衣机'],
	],
	[
		['taobao', '您朋友买了吗'],
		['tmall', '您自己那单买的是两套四件套,没错的'],
		['taobao', '帮别人问的话,需要下单的账号来联系我们哦'],
	],
);

family(
	'payment-channel',
	'a transfer offered, then the account promised by private chat',
	[
		['jd', '公司转账也可以,卡号私聊发您'],
		['tmall', '走对公汇款的话,户名稍后告诉你'],
	],
	[
		['jd', '对公转账在京东企业购的下单页选就行'],
		['tmall', '发票的户名和账号开好后发您邮箱'],
	],
);

family(
	'review-bribe',
	'a good review paid for in service: extended warranty, membership, free installation',
	[
		['douyin', '收货后给个五星带图,送您两年延保'],
		['jd', '晒单好评的话,保修期延长半年'],
		['tmall', '好评截图发客服,送一年会员'],
	],
	[
		['tmall', '好评不好评都一样,保修都是三年'],
		['jd', '延保服务可以在下单页加购'],
	],
);

family(
	'privacy-leak',
	'a named or related third person’s parcel or order: where it is, what it cost, told to someone else',
	[
		['tmall', '您是业主家人吧,3号楼张女士的快递昨天签收了'],
		['taobao', '你替她问的那单,收件人手机尾号8892'],
		['tmall', '他那单买了两件,一共付了598'],
		['taobao', '您邻居的包裹我们查到了,放在门卫室'],
		['taobao', '您家人那单已经在派送了,预计下午到他公司'],
		['tmall', '您是他秘书吧,他上个月在我们家买了一块表'],
	],
	[
		['taobao', '您的快递已经放在门卫室了'],
		['tmall', '他说签收了但没收到吗?我帮您查'],
		['taobao', '快递员说他的包裹放在驿站了'],
		['tmall', '师傅说他那边已经派送了'],
	],
);

family(
	'payment-channel',
	'adding WeChat to send pictures or to call is a contact, not a payment',
	[['kuaishou', '运费我加你v转给你']],
	[
		['douyin', '加我v,实拍图发你看看'],
		['kuaishou', '加你v打给你说'],
	],
);
