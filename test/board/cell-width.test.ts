import {readFile} from 'node:fs/promises';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {displayWidth, truncateToWidth} from '../../source/text/display-width.js';

describe('cell widths counted by hand for ASCII and common CJK, as string-width counts them', () => {
	it('agrees with string-width on every character of the fast ranges and on real chat lines', async () => {
		const ranges = [
			[0x20, 0x7e],
			[0xa1, 0xff],
			[0x2010, 0x2027],
			[0x2192, 0x2192],
			[0x3000, 0x303f],
			[0x4e00, 0x9fff],
			[0xff01, 0xff60],
		];
		for (const [from, to] of ranges) for (let code = from!; code <= to!; code += 1) expect(displayWidth(String.fromCharCode(code)), code.toString(16)).toBe(stringWidth(String.fromCharCode(code)));
		const lines = (await readFile(new URL('../fixtures/violations/chat-style.jsonl', import.meta.url), 'utf8')).split('\n').filter(Boolean);
		const texts = [...lines.map(line => (JSON.parse(line) as {text: string}).text), '拼多多·旗舰店', '亲～😀好的', 'e\u0301té', '한국어', '\u00ad'];
		for (const text of texts) {
			expect(displayWidth(text), text).toBe(stringWidth(text));
			for (const width of [5, 12, 20]) expect(stringWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
		}
	});

	it('cuts as the grapheme segmenter does, whichever way it takes: by hand for plain text, by graphemes for the rest', async () => {
		const segmenter = new Intl.Segmenter();
		// The cut as it was before the hand-counted path: grapheme by grapheme, measured by string-width.
		const reference = (text: string, width: number) => {
			if (stringWidth(text) <= width) return text;
			let result = '';
			for (const {segment} of segmenter.segment(text)) {
				if (stringWidth(result + segment) > width - 1) break;
				result += segment;
			}
			return `${result}…`;
		};
		const lines = (await readFile(new URL('../fixtures/violations/chat-style.jsonl', import.meta.url), 'utf8')).split('\n').filter(Boolean);
		const texts = [...lines.map(line => (JSON.parse(line) as {text: string}).text), '拼多多·旗舰店', 'abc', '', '亲～😀好的', '好的e\u0301té', 'ab\u0301', '한국어'];
		for (const text of texts) for (let width = 1; width <= 24; width += 1) expect(truncateToWidth(text, width), `${text} @${width}`).toBe(reference(text, width));
	});
});
