import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {utf8Text} from '../../source/ingest/decode-line.js';

describe('many lines of UTF-8 read at once', () => {
	it.each([
		['ASCII alone', '{"ts":"2026-11-22T10:00:00+08:00","text":"hello"}\n{"a":1}'],
		['Chinese, accents, emoji and characters past the BMP', '亲,在的 café 😀 𠀀𪚥\r\n下一行'],
		['a BOM, kept for the first line to drop', '\uFEFF{"a":"中"}'],
		['control bytes, found later by the parser', '\u0000\u0001中'],
		['nothing', ''],
	])('gives the same text as a strict UTF-8 decoder: %s', (_name, text) => {
		const bytes = Buffer.from(text, 'utf8');
		expect(utf8Text(bytes)).toBe(new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes));
	});

	it('gives nothing for bytes that are not UTF-8, so that each line is read on its own', () => {
		expect(utf8Text(iconv.encode('{"text":"有货吗"}', 'gbk'))).toBeUndefined();
		expect(utf8Text(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toBeUndefined();
	});
});
