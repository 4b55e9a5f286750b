import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {moreRequiredWords, RequiredWords, requiredWords, writePrecomputed} from '../../source/rules/required-words.js';
import {useTempDirs} from '../helpers/temp-dir.js';

describe('the words a pattern cannot match without', () => {
	it.each([
		['淘宝|天猫|jd\\.com', ['淘宝', '天猫', 'jd.com']],
		['私(下|聊)(联系|沟通)?(?!交易)', ['私下', '私聊']],
		['(加|添加)(我)?.{0,6}?(微信|vx)', ['微信', 'vx']],
		['(傻[逼比]|煞笔)', ['傻逼', '傻比', '煞笔']],
		['(^|[,!])滚(吧)?([,!]|$)', ['滚']],
		['(?<![识区])别走平台', ['别走平台']],
		['(补|加)(\\d+)?(元|块)?(邮费|运费)', ['邮费', '运费']],
		['\\u5fae信', ['微信']],
	])('%s needs one of %j', (pattern, words) => {
		expect(requiredWords(pattern)?.sort()).toEqual([...words].sort());
	});

	it.each([['.{0,6}'], ['\\d{5}'], ['[a-z]+'], ['(微信)?'], ['a|.'], ['(unclosed']])('%s needs nothing that can be told', pattern => {
		expect(requiredWords(pattern)).toBeUndefined();
	});

	it('every word it gives is in every text the pattern matches', () => {
		const pattern = '(不|没有|无法)(开|开具)?(发票|票)|发票.{0,8}(加|另付)(\\d+)?(个)?(点|税)';
		const words = requiredWords(pattern)!;
		for (const text of ['不开发票', '没有票', '无法开具发票', '发票要加6个点', '发票另付税']) {
			expect(new RegExp(pattern, 'u').test(text), text).toBe(true);
			expect(
				words.some(word => text.includes(word)),
				text,
			).toBe(true);
		}
	});
});

describe('a second set of words, from another part of the pattern', () => {
	it.each([
		['等.{0,4}再发', ['再发'], ['等']],
		['(加|添加)(我)?.{0,6}?(微信|vx)', ['微信', 'vx'], ['加']],
		// Each branch has its own second set: together they are the alternation's.
		['(打|拨).{0,2}(电话|手机)|留.{0,3}电话给我', ['电话', '手机'], ['打', '拨', '留']],
		// Spelt out whole, a pattern has no other part to take a second set from.
		['(晚|拖)(几|两)?天(发|寄)', ['晚几天发', '晚几天寄', '晚两天发', '晚两天寄', '晚天发', '晚天寄', '拖几天发', '拖几天寄', '拖两天发', '拖两天寄', '拖天发', '拖天寄'], undefined],
		// A branch without one leaves the alternation without one.
		['等.{0,4}再发|稍后发', ['再发', '稍后发'], undefined],
	])('%s needs one of %j and one of %j', (pattern, words, also) => {
		expect(requiredWords(pattern)?.sort()).toEqual([...words].sort());
		expect(moreRequiredWords(pattern)?.sort()).toEqual(also && [...also].sort());
	});

	it('holds for every text the pattern matches', () => {
		const pattern = '(晚|压|拖)(几|两|一|三|\\d+)?(天|周)(再|才)?(给您)?(发|寄)';
		const also = moreRequiredWords(pattern)!;
		for (const text of ['晚两天发', '压一周再寄', '拖3天才给您发', '晚天发']) {
			expect(new RegExp(pattern, 'u').test(text), text).toBe(true);
			expect(
				also.some(word => text.includes(word)),
				text,
			).toBe(true);
		}
	});
});

describe('required words worked out at build time', () => {
	const tempDir = useTempDirs();

	it('are written for each pattern and read back by the same code, not by another version of it', async () => {
		const file = pathToFileURL(path.join(await tempDir(), 'required-words.json'));
		writePrecomputed(file, ['(加|添加)微信', '发票']);
		const written = JSON.parse(await readFile(file, 'utf8')) as {version: string; words: Record<string, string[] | null>};
		expect(written.words).toEqual({'(加|添加)微信': requiredWords('(加|添加)微信'), 发票: ['发票']});

		// Answers for patterns not worked out yet are taken from a file this code wrote…
		await writeFile(file, JSON.stringify({version: written.version, words: {'退(款|货)': ['taken from the file']}}));
		expect(new RequiredWords(file).of('退(款|货)')).toEqual(['taken from the file']);
		// …and not from one another version wrote.
		await writeFile(file, JSON.stringify({version: 'another', words: {'换(货|码)': ['stale']}}));
		expect(new RequiredWords(file).of('换(货|码)')).toEqual(['换货', '换码']);
		// Each set of packs has its own: one taken from a file does not leak into another.
		expect(new RequiredWords(undefined).of('退(款|货)')).toEqual(['退款', '退货']);
	});
});
