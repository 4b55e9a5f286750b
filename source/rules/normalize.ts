import {Converter} from 'opencc-js/t2cn';

/**
 * Text as the matcher sees it, with the way back to the original: agents disguise what they
 * write (traditional characters, full-width or Chinese-numeral digits, dots and spaces between
 * characters, emoji), so rules match this normalised form and report spans of the original.
 */
export interface NormalizedText {
	text: string;
	/** For each UTF-16 unit of `text`, the index in the original text it came from. */
	origin: number[];
	original: string;
}

const toSimplified = Converter({from: 't', to: 'cn'});

// Characters that carry no meaning between the characters of a disguised word or number.
const NOISE = /[\s.·•\-_*~|/\\—–'"`^+=#]|[\u200B-\u200D\u2060\uFEFF\uFE0E\uFE0F]|\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;

const CHINESE_DIGITS: Record<string, string> = {
	零: '0', 〇: '0', 洞: '0', 一: '1', 壹: '1', 幺: '1', 么: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
	五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8', 九: '9', 玖: '9', 勾: '9',
};

/** Written-out digits count as a number only in a run this long: `三四天` stays words. */
const MIN_NUMERAL_RUN = 7;

export function normalizeForMatching(original: string): NormalizedText {
	const simplified = simplify(original);
	const chars: string[] = [];
	const origin: number[] = [];
	let index = 0;
	while (index < simplified.length) {
		const code = simplified.charCodeAt(index);
		// Chinese characters and plain letters, nearly all of any message, pass straight through.
		if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
			chars.push(simplified[index]!);
			origin.push(index);
			index += 1;
			continue;
		}
		const char = String.fromCodePoint(simplified.codePointAt(index)!);
		const mapped = mapChar(char);
		// One origin per UTF-16 unit, so spans of the joined text map back exactly.
		for (let unit = 0; unit < mapped.length; unit += 1) origin.push(index);
		if (mapped !== '') chars.push(mapped);
		index += char.length;
	}
	convertNumeralRuns(chars);
	return {text: chars.join(''), origin, original};
}

/** The original text's [start, end) for a span of the normalised text. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): {start: number; end: number} {
	const from = normalized.origin[start] ?? normalized.original.length;
	const last = normalized.origin[Math.max(start, end - 1)] ?? from;
	const lastChar = String.fromCodePoint(normalized.original.codePointAt(last) ?? 32);
	return {start: from, end: Math.min(normalized.original.length, last + lastChar.length)};
}

/** Traditional → simplified, keeping one character per character so spans still map back. */
function simplify(text: string): string {
	const whole = toSimplified(text);
	if (whole.length === text.length) return whole;
	return [...text].map(char => {
		const converted = toSimplified(char);
		return converted.length === char.length ? converted : char;
	}).join('');
}

const ASCII_NOISE = new Set([...' \t\r\n.-_*~|/\\\'"`^+=#']);

function mapChar(char: string): string {
	const code = char.codePointAt(0)!;
	// Fast paths for what almost every message is made of: Chinese characters and ASCII.
	if (code >= 0x4e00 && code <= 0x9fff) return char;
	if (code < 0x80) return ASCII_NOISE.has(char) ? '' : code >= 65 && code <= 90 ? char.toLowerCase() : char;
	if (code >= 0xff01 && code <= 0xff5e) return mapChar(String.fromCodePoint(code - 0xfee0));
	if (code === 0x3000) return '';
	if (code >= 0x2460 && code <= 0x2468) return String(code - 0x2460 + 1); // ①–⑨
	if (code >= 0x2776 && code <= 0x277e) return String(code - 0x2776 + 1); // ❶–❾
	if (code >= 0x2780 && code <= 0x2788) return String(code - 0x2780 + 1); // ➀–➈
	if (NOISE.test(char)) return '';
	return char.toLowerCase();
}

function convertNumeralRuns(chars: string[]): void {
	let start = 0;
	while (start < chars.length) {
		if (!isDigitLike(chars[start]!)) {
			start += 1;
			continue;
		}
		let end = start;
		while (end < chars.length && isDigitLike(chars[end]!)) end += 1;
		const hasWritten = chars.slice(start, end).some(char => char in CHINESE_DIGITS);
		if (hasWritten && end - start >= MIN_NUMERAL_RUN) {
			for (let i = start; i < end; i += 1) chars[i] = CHINESE_DIGITS[chars[i]!] ?? chars[i]!;
		}
		start = end;
	}
}

function isDigitLike(char: string): boolean {
	return (char >= '0' && char <= '9') || char in CHINESE_DIGITS;
}
