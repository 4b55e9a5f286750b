import stringWidth from 'string-width';

/**
 * Terminal cell arithmetic for mixed Chinese and Latin text: a CJK character takes two
 * cells, so lengths and cuts are measured by display width, never by string length.
 */

const segmenter = new Intl.Segmenter();

export function displayWidth(text: string): number {
	return stringWidth(text);
}

/** Collapses line breaks and tabs so a message fits one row. */
export function singleLine(text: string): string {
	return text.replace(/[\r\n\t]+/g, ' ');
}

/** Cuts `text` to at most `width` cells, ending with `…` when something was cut. */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const cells = displayWidth(segment);
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

/** Breaks `text` into lines of at most `width` cells, at any grapheme (Chinese has no spaces). */
export function wrapToWidth(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split(/\r?\n/)) {
		let line = '';
		let used = 0;
		for (const {segment} of segmenter.segment(paragraph.replace(/\t/g, ' '))) {
			const cells = displayWidth(segment);
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
