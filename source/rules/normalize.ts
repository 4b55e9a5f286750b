import {Converter} from 'opencc-js/t2cn';
import {keptUnits, withoutControls} from '../text/inert-text.js';
import {TRADITIONAL_CHARACTERS} from './traditional-characters.js';

/**
 * Text as the matcher sees it, with the way back to the original: agents disguise what they
 * write (traditional characters, full-width or Chinese-numeral digits, dots and spaces between
 * characters, emoji), so rules match this normalised form and report spans of the original.
 */
export interface NormalizedText {
	text: string;
	/** For each UTF-16 unit of `text`, the index in the original text it came from. */
	readonly origin: ArrayLike<number>;
	original: string;
}

// Characters that carry no meaning between the characters of a disguised word or number.
const NOISE = /[\s.·•\-_*~|/\\—–'"`^+=#]|[\u200B-\u200D\u2060\uFEFF\uFE0E\uFE0F]|\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;

// prettier-ignore
const CHINESE_DIGITS: Record<string, string> = {
	零: '0', 〇: '0', 洞: '0', 一: '1', 壹: '1', 幺: '1', 么: '1', 二: '2', 贰: '2', 两: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
	五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8', 九: '9', 玖: '9', 勾: '9',
};

/** Written-out digits count as a number only in a run this long: `三四天` stays words. */
const MIN_NUMERAL_RUN = 7;

/**
 * Normalises texts for the packs loaded together, which own it: it keeps what it has worked out
 * about each UTF-16 unit, opencc's converter, and a buffer the size of the longest text so far.
 */
export class TextNormalizer {
	// What each UTF-16 unit becomes, worked out the first time the unit is met: 0 not yet known,
	// DROP for noise, COMPLEX for surrogates and the few that become two units, else the unit + 1.
	private readonly unitMap = new Int32Array(0x10000);
	private units = new Uint16Array(256);
	// Built on first use (the first text with a traditional character): most shops write
	// simplified characters, and never pay for reading opencc's dictionaries.
	private converter: ((text: string) => string) | undefined;

	normalize(original: string): NormalizedText {
		// First the controls and escape parameters out, so that none can split a word (`加我微\x1b[0m信`).
		const shown = withoutControls(original);
		const source = hasTraditional(shown) ? this.simplify(shown) : shown;
		return new Normalized(this, this.mapUnits(source), original, source);
	}

	/**
	 * One pass over the text through the unit map, then written-out numbers turned to digits.
	 * Gives back `source` itself when nothing changed, as for most messages; fills `origin` if given.
	 */
	mapUnits(source: string, origin?: number[]): string {
		if (this.units.length < source.length * 2) this.units = new Uint16Array(source.length * 2);
		const {units, unitMap} = this;
		let length = 0;
		let changed = false;
		for (let index = 0; index < source.length; index += 1) {
			const code = source.charCodeAt(index);
			let mapped = unitMap[code]!;
			if (mapped === 0) mapped = unitMap[code] = mappedUnit(code);
			if (mapped === DROP) {
				changed = true;
				continue;
			}
			if (mapped === COMPLEX) {
				const char = String.fromCodePoint(source.codePointAt(index)!);
				const replaced = mapChar(char);
				// One origin per UTF-16 unit, so spans of the joined text map back exactly.
				for (let unit = 0; unit < replaced.length; unit += 1) {
					units[length++] = replaced.charCodeAt(unit);
					origin?.push(index);
				}
				changed ||= replaced !== char;
				index += char.length - 1;
				continue;
			}
			units[length++] = mapped - 1;
			origin?.push(index);
			changed ||= mapped - 1 !== code;
		}
		changed = convertNumeralRuns(units, length) || changed;
		return changed ? unitsToString(units, length) : source;
	}

	/** Traditional → simplified, keeping one character per character so spans still map back. */
	private simplify(text: string): string {
		const toSimplified = (this.converter ??= Converter({from: 't', to: 'cn'}));
		const whole = toSimplified(text);
		if (whole.length === text.length) return whole;
		return [...text]
			.map(char => {
				const converted = toSimplified(char);
				return converted.length === char.length ? converted : char;
			})
			.join('');
	}
}

/** The original text's [start, end) for a span of the normalised text. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): {start: number; end: number} {
	const from = normalized.origin[start] ?? normalized.original.length;
	const last = normalized.origin[Math.max(start, end - 1)] ?? from;
	const lastChar = String.fromCodePoint(normalized.original.codePointAt(last) ?? 32);
	return {start: from, end: Math.min(normalized.original.length, last + lastChar.length)};
}

/** The way back to the original is only needed for the rare text that breaks a rule, so it is worked out then. */
class Normalized implements NormalizedText {
	private originUnits: number[] | undefined;

	constructor(
		private readonly normalizer: TextNormalizer,
		readonly text: string,
		readonly original: string,
		private readonly source: string,
	) {}

	get origin(): ArrayLike<number> {
		if (!this.originUnits) {
			this.originUnits = [];
			this.normalizer.mapUnits(this.source, this.originUnits);
			// Taking controls out is the only step that changes the length: map through it too.
			if (this.source.length !== this.original.length) {
				const kept = keptUnits(this.original);
				this.originUnits = this.originUnits.map(index => kept[index]!);
			}
		}
		return this.originUnits;
	}
}

const DROP = -1;
const COMPLEX = -2;
/** 1 for each UTF-16 unit that is a character opencc would change. */
const traditional = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_CHARACTERS.length; i += 1) traditional[TRADITIONAL_CHARACTERS.charCodeAt(i)] = 1;

function hasTraditional(text: string): boolean {
	for (let i = 0; i < text.length; i += 1) if (traditional[text.charCodeAt(i)] === 1) return true;
	return false;
}

function mappedUnit(code: number): number {
	if (code >= 0xd800 && code <= 0xdfff) return COMPLEX;
	const mapped = mapChar(String.fromCharCode(code));
	if (mapped === '') return DROP;
	return mapped.length === 1 ? mapped.charCodeAt(0) + 1 : COMPLEX;
}

function unitsToString(buffer: Uint16Array, length: number): string {
	let text = '';
	for (let start = 0; start < length; start += 4096) {
		// apply, not spread: a spread walks the array with an iterator, an object a step while cold.
		text += String.fromCharCode.apply(null, buffer.subarray(start, Math.min(length, start + 4096)) as unknown as number[]);
	}
	return text;
}

const ASCII_NOISE = new Set([...' \t\r\n.-_*~|/\\\'"`^+=#']);

function mapChar(char: string): string {
	const code = char.codePointAt(0)!;
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

const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (let digit = 0; digit <= 9; digit += 1) DIGIT_OF[48 + digit] = digit;
const WRITTEN_DIGIT = new Map(Object.entries(CHINESE_DIGITS).map(([char, digit]) => [char.charCodeAt(0), Number(digit)]));
for (const [code, digit] of WRITTEN_DIGIT) DIGIT_OF[code] = digit;
/** The letter o written for a zero (`139oo2468135`): a digit only between digits, in a run of mostly real ones. */
const LETTER_O = 'o'.charCodeAt(0);
DIGIT_OF[LETTER_O] = 0;
const MIN_REAL_DIGITS = 5;

/** Runs of digits long enough to be a number, with written-out digits among them, become ASCII digits. */
function convertNumeralRuns(buffer: Uint16Array, length: number): boolean {
	let changed = false;
	let start = 0;
	while (start < length) {
		if (DIGIT_OF[buffer[start]!] === -1) {
			start += 1;
			continue;
		}
		const runEnd = numeralEnd(buffer, length, start);
		const [from, end] = withoutOuterOs(buffer, start, runEnd);
		const chainEnd = from < end ? spokenChainEnd(buffer, length, from, end) : runEnd;
		if (from < end && hasDisguisedDigit(buffer, from, chainEnd) && (end - from >= MIN_NUMERAL_RUN || chainEnd > end)) {
			for (let i = from; i < chainEnd; i += 1) if (DIGIT_OF[buffer[i]!] !== -1) buffer[i] = 48 + DIGIT_OF[buffer[i]!]!;
			changed = true;
		}
		start = Math.max(chainEnd, runEnd);
	}
	return changed;
}

function numeralEnd(buffer: Uint16Array, length: number, start: number): number {
	let end = start;
	while (end < length && DIGIT_OF[buffer[end]!] !== -1) end += 1;
	return end;
}

/** A run with a written-out digit, or with an o among at least five real digits. */
function hasDisguisedDigit(buffer: Uint16Array, start: number, end: number): boolean {
	let letters = 0;
	for (let i = start; i < end; i += 1) {
		if (WRITTEN_DIGIT.has(buffer[i]!)) return true;
		if (buffer[i] === LETTER_O) letters += 1;
	}
	return letters > 0 && end - start - letters >= MIN_REAL_DIGITS;
}

/** A run without the o's at its ends: an o is a zero only between digits (`photo1234567` keeps its o). */
function withoutOuterOs(buffer: Uint16Array, start: number, end: number): [number, number] {
	let from = start;
	let to = end;
	while (from < to && buffer[from] === LETTER_O) from += 1;
	while (to > from && buffer[to - 1] === LETTER_O) to -= 1;
	return [from, to];
}

/** A number read out in pauses (`一三七,五五八八,六二零三`): groups of 3–4 split by one comma, 11 digits in all. */
const PAUSE = new Set([...',，、'].map(char => char.charCodeAt(0)));
const SPOKEN_DIGITS = 11;

/** Where a chain of spoken groups from `start` ends, or `end` when the run is not one. */
function spokenChainEnd(buffer: Uint16Array, length: number, start: number, end: number): number {
	if (end - start < 3 || end - start > 4) return end;
	let digits = end - start;
	let last = end;
	while (digits < SPOKEN_DIGITS && last < length - 1 && PAUSE.has(buffer[last]!) && DIGIT_OF[buffer[last + 1]!] !== -1) {
		const next = numeralEnd(buffer, length, last + 1);
		if (next - last - 1 < 3 || next - last - 1 > 4) return end;
		digits += next - last - 1;
		last = next;
	}
	return digits === SPOKEN_DIGITS ? last : end;
}
