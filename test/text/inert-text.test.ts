import {describe, expect, it} from 'vitest';
import {displayWidth, fitToWidth, truncateToWidth, wrapToWidth} from '../../source/text/display-width.js';
import {inertLines, inertText, keptUnits, withoutControls} from '../../source/text/inert-text.js';

/** Anything a terminal acts on rather than draws (C0 but LF, DEL, C1, bidi controls). */
const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('the terminal gate', () => {
	it('gives clean text back as the very same string', () => {
		for (const clean of ['', '有发票吗', 'hello world', '加我 ✨ 😀 ok', '①②③ ｑｑ']) expect(inertText(clean)).toBe(clean);
		const long = '亲，您好'.repeat(1000);
		expect(inertText(long)).toBe(long);
		expect(inertLines('a\nb\n')).toBe('a\nb\n');
	});

	it('shows every C0 control and DEL as its control picture, one cell each', () => {
		for (let code = 0; code < 0x20; code += 1) {
			if (code === 9 || code === 10 || code === 13) continue;
			const shown = inertText(`a${String.fromCharCode(code)}b`);
			expect(shown).toBe(`a${String.fromCharCode(0x2400 + code)}b`);
			expect(displayWidth(shown)).toBe(3);
		}
		expect(inertText('a\u007Fb')).toBe('a␡b');
	});

	it('breaks every escape sequence of the attack: what follows ESC is plain text', () => {
		expect(inertText('\u001B]0;pwned\u0007')).toBe('␛]0;pwned␇');
		expect(inertText('\u001B]52;c;ZWNobyBwd25lZA==\u0007')).toBe('␛]52;c;ZWNobyBwd25lZA==␇');
		expect(inertText('\u001B[2J\u001B[H\u001B[10;5Hx')).toBe('␛[2J␛[H␛[10;5Hx');
		expect(inertText('\u001B]0;t\u001B\\')).toBe('␛]0;t␛\\');
	});

	it('shows C1 controls and bidi overrides and isolates as escapes', () => {
		for (let code = 0x80; code <= 0x9f; code += 1) expect(inertText(String.fromCharCode(code))).toBe(`\\x${code.toString(16)}`);
		for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
			expect(inertText(`a${String.fromCharCode(code)}b`)).toBe(`a\\u${code.toString(16)}b`);
		}
	});

	it('folds CR, LF, tabs and line separators, a run to one space', () => {
		expect(inertText('a\r\nb\tc\rd\u2028e\n\n\tf')).toBe('a b c d e f');
		expect(inertLines('one\r\ntwo\u001B\nthree')).toBe('one \ntwo␛\nthree');
	});

	it('is idempotent, and nothing raw is left', () => {
		let all = '';
		for (let code = 0; code < 0xa0; code += 1) all += String.fromCharCode(code);
		all += '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
		const once = inertText(all);
		expect(once).not.toMatch(RAW);
		expect(once).not.toContain('\n');
		expect(inertText(once)).toBe(once);
	});

	it('measures and cuts what is drawn: widths after the gate', () => {
		const hostile = '加我\u001B]0;t\u0007微信';
		expect(displayWidth(hostile)).toBe(displayWidth('加我␛]0;t␇微信'));
		expect(displayWidth(hostile)).toBe(14);
		const cut = truncateToWidth(hostile, 8);
		expect(cut).toBe('加我␛]0…');
		expect(displayWidth(cut)).toBe(8);
		const fitted = fitToWidth('\u009B2J\u202E', 12);
		expect(fitted).toBe('\\x9b2J\\u202e');
		expect(fitToWidth('\u001B[2J', 6)).toBe('␛[2J  ');
		expect(wrapToWidth('第一行\u001B[2J\n第二行\r末', 8)).toEqual(['第一行␛[', '2J', '第二行 ', '末']);
		for (const line of wrapToWidth('\u001B]52;c;aGVsbG8=\u0007'.repeat(5), 10)) {
			expect(line).not.toMatch(RAW);
			expect(displayWidth(line)).toBeLessThanOrEqual(10);
		}
	});
});

describe('the words a chat client would show (for the rules)', () => {
	it('takes controls and escape parameters out, keeps payload text, gives clean text back as it is', () => {
		const clean = '加我微信 ok\n好的';
		expect(withoutControls(clean)).toBe(clean);
		expect(withoutControls('加我微\u001B[0m信')).toBe('加我微信');
		expect(withoutControls('加\u009B31m我\u007F微\u202E信')).toBe('加我微信');
		expect(withoutControls('\u001B]0;加我微信\u0007')).toBe('加我微信');
		expect(withoutControls('\u001B]52;c;aGk=\u0007x')).toBe('aGk=x');
		expect(withoutControls('a\u001B(Bb\u001B\\c\u001B')).toBe('abc');
	});

	it('says where each kept unit was', () => {
		const text = 'a\u001B[31mb\u0000c';
		const kept = keptUnits(text);
		expect(kept).toEqual([0, 6, 8]);
		expect(kept.map(index => text[index]).join('')).toBe(withoutControls(text));
		expect(keptUnits('abc')).toEqual([0, 1, 2]);
	});
});
