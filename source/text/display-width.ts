import stringWidth from 'string-width';
import {inertText} from './inert-text.js';

/**
 * Terminal cell arithmetic for mixed Chinese and Latin text: a CJK character takes two
 * cells, so lengths and cuts are measured by display width, never by string length. Every
 * string cut here goes through the terminal gate first (inert-text.ts), and is measured after it.
 */

const segmenter = new Intl.Segmenter();

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The cells `text` takes once made inert, as it is drawn: the gate first, then the count. */
export function displayWidth(text: string): number {
	return cellsOf(inertText(text));
}

/** The cells of text already made inert. */
function cellsOf(text: string): number {
	// Most cells of a board are ids, names and times: plain ASCII, one cell a character.
	if (PRINTABLE_ASCII.test(text)) return text.length;
	// Then Chinese with ASCII: counted by hand; anything else (emoji, combining marks…) by string-width.
	let cells = 0;
	for (let i = 0; i < text.length; i += 1) {
		const width = simpleWidth(text.charCodeAt(i));
		if (width === undefined) return stringWidth(text);
		cells += width;
	}
	return cells;
}

/** The cells of a character whose width is certain on its own; undefined for the rest. */
function simpleWidth(code: number): number | undefined {
	if (code >= 0x20 && code < 0x7f) return 1;
	// Latin-1 (the · of 拼多多·旗舰店) but the soft hyphen; curly quotes, dashes, …, →: one cell, as string-width says.
	if ((code >= 0xa1 && code <= 0xff && code !== 0xad) || (code >= 0x2010 && code <= 0x2027) || code === 0x2192) return 1;
	if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x3029) || (code >= 0x3030 && code <= 0x303e) || (code >= 0xff01 && code <= 0xff60)) return 2;
	return undefined;
}

/**
 * One grapheme's cells. A lone ASCII or common CJK character (ideographs, CJK and full-width
 * punctuation) is known without string-width, which is costly per call: a board of ten
 * thousand rows measures each last message, and cuts it grapheme by grapheme.
 */
function graphemeWidth(segment: string): number {
	return (segment.length === 1 ? simpleWidth(segment.charCodeAt(0)) : undefined) ?? stringWidth(segment);
}

/** Made inert, then cut to at most `width` cells, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	const inert = inertText(text);
	const quick = quickCut(inert, width);
	if (quick !== undefined) return quick;
	if (cellsOf(inert) <= width) return inert;
	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(inert)) {
		const cells = graphemeWidth(segment);
		if (used + cells > width - 1) break;
		result += segment;
		used += cells;
	}
	return `${result}…`;
}

/**
 * The cut of text whose characters all have a certain width (ASCII, common CJK), by hand and
 * only as far as the cut: a board's last messages are long. Undefined at the first other
 * character met, which the grapheme segmenter must see.
 */
function quickCut(text: string, width: number): string | undefined {
	let used = 0;
	let cutAt = -1;
	for (let i = 0; i < text.length; i += 1) {
		const cells = simpleWidth(text.charCodeAt(i));
		if (cells === undefined) return undefined;
		if (cutAt === -1 && used + cells > width - 1) cutAt = i;
		used += cells;
		if (used > width) return `${text.slice(0, cutAt)}…`;
	}
	return text;
}

/** Cuts or pads `text` to exactly `width` cells. */
export function fitToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const cut = truncateToWidth(text, width);
	const padding = ' '.repeat(Math.max(0, width - displayWidth(cut)));
	return align === 'left' ? cut + padding : padding + cut;
}

/** Breaks `text` into lines of at most `width` cells, at any grapheme (Chinese has no spaces), at its line breaks, each made inert. */
export function wrapToWidth(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		let line = '';
		let used = 0;
		for (const {segment} of segmenter.segment(inertText(paragraph))) {
			const cells = graphemeWidth(segment);
			if (used + cells > width && line !== '') {
				lines.push(line);
				line = '';
				used = 0;
			}
			line += segment;
			used += cells;
		}
		lines.push(line);
	}
	return lines;
}
