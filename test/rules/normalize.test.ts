import {describe, expect, it} from 'vitest';
import {originalSpan, TextNormalizer} from '../../source/rules/normalize.js';

const normalizer = new TextNormalizer();
const normalizeForMatching = (text: string) => normalizer.normalize(text);

describe('normalising for matching', () => {
	it.each([
		['加我薇信 kefu_2026', '加我薇信kefu2026'],
		['１３８ １２３４ ５６７８', '13812345678'],
		['幺三八一二三四五六七八', '13812345678'],
		['①③⑧-1234-5678', '13812345678'],
		['微.信', '微信'],
		['聯繫方式：V信', '联系方式:v信'],
		['加\u200B我\u200Dq q', '加我qq'],
		['🙂加😀我😀Q🙂Q', '加我qq'],
		['沒貨了，不開發票', '没货了,不开发票'],
		['两三天发货', '两三天发货'],
		['一二三号楼', '一二三号楼'],
	])('%s → %s', (original, normalised) => {
		expect(normalizeForMatching(original).text).toBe(normalised);
	});

	it('maps spans back across characters outside the basic plane', () => {
		const normalized = normalizeForMatching('𠀀 加我 微信');
		const start = normalized.text.indexOf('加我微信');
		const span = originalSpan(normalized, start, start + 4);
		expect(normalized.original.slice(span.start, span.end)).toBe('加我 微信');
	});

	it('maps a span of the normalised text back to the original words', () => {
		const normalized = normalizeForMatching('亲,加 我 薇.信 哦');
		const start = normalized.text.indexOf('加我薇信');
		const span = originalSpan(normalized, start, start + 4);
		expect(normalized.original.slice(span.start, span.end)).toBe('加 我 薇.信');
	});
});
