import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findViolations} from '../../source/rules/find-violations.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {useTempDirs} from '../helpers/temp-dir.js';

describe('rule packs', () => {
	const tempDir = useTempDirs();
	/** A --rules folder holding one file: its folder and the file's path. */
	const rulesFolder = async (name: string, content: unknown) => {
		const dir = await tempDir();
		const file = path.join(dir, name);
		await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
		return {dir, file};
	};

	it('ships a pack per platform, each clock citing its seed document', async () => {
		const packs = await loadRulePacks();
		expect([...packs.keys()].sort()).toEqual(['douyin', 'jd', 'kuaishou', 'pinduoduo', 'taobao', 'tmall']);
		for (const pack of packs.values()) {
			for (const clock of pack.clocks) expect(clock.source).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
			// A seed document, or for what the seeds do not name, the platform rule that forbids it.
			for (const rule of pack.violationRules) expect(rule.source, rule.id).toMatch(/^00\d_[0-9a-f]{16}\.txt$|规则/);
			expect(pack.violationRules.length).toBeGreaterThan(10);
		}
		// JD's seeds say nothing of stock, closing orders, postage or payment methods: JD gets none of them.
		const jd = new Set(packs.get('jd')!.violationRules.map(rule => rule.category));
		for (const category of ['out-of-stock', 'order-close', 'shipping-fee', 'payment-method-refusal', 'privacy-leak', 'shipping-delay']) expect(jd.has(category as never), category).toBe(false);
		const pdd = packs.get('pinduoduo')!.clocks;
		expect(pdd.map(c => [c.id, c.limitSeconds, c.warnSeconds, c.target ?? null, c.fine ?? null])).toEqual([
			['reply-5m', 300, 120, 0.8, null],
			['reply-60m', 3600, 900, null, {minConsultations: 100, rateBelow: 0.5, yuan: 1000}],
		]);
		expect(pdd[0]!.window).toEqual({fromSecond: 8 * 3600, toSecond: 23 * 3600});
		expect(packs.get('douyin')!.clocks[0]).toMatchObject({limitSeconds: 180, stoppedBy: ['agent']});
	});

	it('lets a --rules folder override a clock by id and add one', async () => {
		const {dir} = await rulesFolder('pdd-strict.json', {
			platform: 'pinduoduo',
			clocks: [
				{id: 'reply-5m', limitSeconds: 180, warnSeconds: 60, window: {from: '09:00', to: '22:00'}, stoppedBy: ['agent'], source: 'shop policy'},
				{id: 'reply-30s', limitSeconds: 30, window: {from: '08:00', to: '23:00'}, stoppedBy: ['agent', 'bot'], source: 'shop policy'},
			],
		});
		const clocks = (await loadRulePacks(dir)).get('pinduoduo')!.clocks;
		expect(clocks.map(c => [c.id, c.limitSeconds])).toEqual([
			['reply-5m', 180],
			['reply-60m', 3600],
			['reply-30s', 30],
		]);
	});

	it('quotes each platform its own penalty, and says error only where the seed states a penalty', async () => {
		const packs = await loadRulePacks();
		const names = {pinduoduo: '拼多多', taobao: '淘宝', tmall: '天猫', douyin: '抖音', kuaishou: '快手', jd: '京东'} as const;
		// Taobao's seeds teach the Taobao and Tmall rules together: each may name the other.
		const family = (platform: string) => (platform === 'taobao' || platform === 'tmall' ? ['taobao', 'tmall'] : [platform]);
		for (const [platform, pack] of packs) {
			for (const rule of pack.violationRules) {
				for (const [other, name] of Object.entries(names)) {
					if (!family(platform).includes(other)) expect(rule.penalty.note, `${platform} ${rule.id}`).not.toContain(`${name}:`);
				}
				if (rule.severity === 'error') expect(rule.penalty.note, `${platform} ${rule.id}`).not.toMatch(/未写明/);
			}
		}
		expect(
			packs
				.get('jd')!
				.violationRules.filter(rule => rule.severity === 'error')
				.map(rule => rule.id),
		).toEqual([]);
	});

	it('lets a --rules folder disable a rule, override a common one field by field, and add its own', async () => {
		const {dir} = await rulesFolder('shop.json', {
			platform: 'jd',
			disable: ['common.stock.out'],
			rules: [
				{id: 'common.shipping.delay', severity: 'error'},
				{
					id: 'shop.words.cheap',
					category: 'over-promise',
					severity: 'info',
					penalty: {note: 'shop policy'},
					description: {zh: '别说最便宜', en: 'do not say cheapest'},
					suggestion: '亲,价格很实惠哦',
					source: 'shop policy',
					patterns: ['最便宜'],
				},
			],
		});
		const packs = await loadRulePacks(dir);
		const found = (text: string) => findViolations(text, 'jd', packs).map(v => [v.rule.id, v.rule.severity]);
		expect(found('这款没货了')).toEqual([]);
		expect(found('给您推迟一周发货')).toEqual([['common.shipping.delay', 'error']]);
		expect(found('我们家最便宜')).toEqual([['shop.words.cheap', 'info']]);
		expect(findViolations('这款没货了', 'taobao', packs).map(v => v.rule.id)).toEqual(['common.stock.out']);
	});

	it.each([
		[
			{platform: 'jd', rules: [{id: 'x', category: 'gossip', severity: 'error', penalty: {note: 'n'}, description: {zh: 'z', en: 'e'}, suggestion: 's', source: 's', patterns: ['a']}]},
			'$.rules[0].category',
		],
		[
			{platform: 'jd', rules: [{id: 'x', category: 'abuse', severity: 'error', penalty: {note: 'n'}, description: {zh: 'z', en: 'e'}, suggestion: 's', source: 's', patterns: ['(']}]},
			'$.rules[0].patterns[0]',
		],
		[
			{platform: 'jd', rules: [{id: 'x', category: 'abuse', severity: 'error', penalty: {note: 'n'}, description: {zh: 'z', en: 'e'}, suggestion: 's', source: 's', patterns: ['{nosuch}']}]},
			'$.rules[0].patterns[0]',
		],
		[{platform: 'jd', rules: [{id: 'x', category: 'abuse', severity: 'error', penalty: {note: 'n'}, description: {zh: 'z', en: 'e'}, suggestion: 's', patterns: ['a']}]}, '$.rules[0].source'],
		[{platform: 'jd', rules: [{id: 'common.nosuch', severity: 'warn'}]}, '$.rules[0].id'],
		[{platform: 'amazon', clocks: []}, '$.platform'],
		[{platform: 'jd', clocks: [{id: 'x', limitSeconds: -5, window: {from: '08:00', to: '23:00'}, stoppedBy: ['agent'], source: 's'}]}, '$.clocks[0].limitSeconds'],
		[{platform: 'jd', clocks: [{id: 'x', limitSeconds: 60, window: {from: '23:00', to: '08:00'}, stoppedBy: ['agent'], source: 's'}]}, '$.clocks[0].window'],
		[{platform: 'jd', clocks: [{id: 'x', limitSeconds: 60, window: {from: '08:00', to: '23:00'}, stoppedBy: ['buyer'], source: 's'}]}, '$.clocks[0].stoppedBy'],
		[{platform: 'jd', clocks: [{id: 'x', limitSeconds: 60, window: {from: '08:00', to: '23:00'}, stoppedBy: ['agent']}]}, '$.clocks[0].source'],
		[
			{platform: 'jd', clocks: [{id: 'x', limitSeconds: 60, window: {from: '08:00', to: '23:00'}, stoppedBy: ['agent'], source: 's', fine: {minConsultations: 1, rateBelow: 2, yuan: 5}}]},
			'$.clocks[0].fine.rateBelow',
		],
	])('refuses a bad pack with its path and the bad entry: %j', async (pack, entry) => {
		const {dir, file} = await rulesFolder('bad.json', pack);
		await expect(loadRulePacks(dir)).rejects.toThrow(`${file}: ${entry}:`);
	});

	it('refuses a pack that is not JSON, naming the file', async () => {
		const {dir} = await rulesFolder('broken.json', '{"platform": ');
		await expect(loadRulePacks(dir)).rejects.toThrow(/broken\.json: \$: not valid JSON/);
	});
});
