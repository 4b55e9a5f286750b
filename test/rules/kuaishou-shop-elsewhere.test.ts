import {describe, expect, it} from 'vitest';
import {ruleFamilies} from '../helpers/rule-families.js';
import type {PlatformTexts} from '../helpers/rule-families.js';

// Kuaishou's seed (002 2.3) forbids third-party information — links and shops off Kuaishou — not the
// name of another marketplace; the examiners (labelled-dev.py docstring) keep competitor-platform
// to Pinduoduo. Sending a Kuaishou buyer to a shop elsewhere is external-link. None of these lines
// comes from a labelled set.

const {categories, family} = ruleFamilies();

const merelyNamed: PlatformTexts = [
	['kuaishou', '京东上卖199,我们这只要129'],
	['kuaishou', '老铁这款淘宝店也有卖,价格一样'],
	['kuaishou', '您是在淘宝买的吗'],
	['kuaishou', '淘宝上的同款不是我们授权的'],
	['kuaishou', '别去拼多多买,那边都是假的'],
	['kuaishou', '我们天猫旗舰店也是这个价哦'],
	['kuaishou', '比JD便宜一半还多'],
	['kuaishou', '京东快递明天到'],
	['kuaishou', '不知道其他平台的情况呢,我们是正品保证'],
];

family(
	'external-link',
	'on Kuaishou, sending the buyer to a shop on another marketplace, with or without a link',
	[
		['kuaishou', '老铁 抖音上我们也开了店 搜店名就行'],
		['kuaishou', '去我们淘宝店拍更便宜'],
		['kuaishou', '京东搜我们店名就能找到'],
		['kuaishou', '您到我们拼多多店铺下单吧'],
		['kuaishou', '来我们京东旗舰店领券'],
		['kuaishou', '我把天猫店的链接发您'],
		['kuaishou', '抖音小店的链接私信发你了'],
		['kuaishou', '拼多多上买能便宜十块'],
	],
	merelyNamed,
);

describe('competitor-platform: Pinduoduo’s alone, never Kuaishou’s', () => {
	it.each(merelyNamed)('merely naming a marketplace flags nothing on %s: %s', (platform, text) => expect(categories(platform, text)).toEqual([]));
	it.each([['老铁 抖音上我们也开了店 搜店名就行'], ['去我们淘宝店拍更便宜'], ['京东上卖199,我们这只要129']])('is not raised on Kuaishou: %s', text =>
		expect(categories('kuaishou', text)).not.toContain('competitor-platform'),
	);
	it('still flags naming another marketplace on Pinduoduo', () => expect(categories('pinduoduo', '京东上卖199,我们这只要129')).toContain('competitor-platform'));
});
