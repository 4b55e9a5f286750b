import stringWidth from 'string-width';
import {inertText} from './inert-text.js';

/**
 * Terminal cell arithmetic for mixed Chinese and Latin text: a CJK character takes two
 * cells, so lengths and cuts are measured by display width, never by string length. Every
 * string cut here goes through the terminal gate first (inert-text.ts), and is measured after it.
 */

const segmenter = new Intl.Segmenter();

/** The cells `text` takes once made inert, as it is drawn. */
export function displayWidth(text: string): number {
	return stringWidth(inertText(text));
}

/** Made inert, then cut to at most `width` cells, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	const inert = inertText(text);
	if (stringWidth(inert) <= width) return inert;
	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(inert)) {
		const cells = stringWidth(segment);
		if (used + cells > width - 1) break;
		result += segment;
		used += cells;
	}
	return `${result}…`;
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
			const cells = stringWidth(segment);
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
