/**
 * Mouse reporting, SGR form (xterm 1006): the terminal sends `ESC [ < button ; column ; row M`
 * for a press (`m` for a release). Ink's input parser hands such a sequence over whole, as one
 * input, without its ESC; it is taken out here before any key binding sees it.
 */

/** Button presses reported (1000) in SGR coordinates (1006); switched off in the reverse order. */
export const ENABLE_MOUSE = '\u001B[?1000h\u001B[?1006h';
export const DISABLE_MOUSE = '\u001B[?1006l\u001B[?1000l';

export type MouseEvent = {kind: 'click'; column: number; row: number} | {kind: 'wheel'; lines: number};

/** How many lines one notch of the wheel moves. */
export const WHEEL_LINES = 3;

const SGR_MOUSE = /^\u001B?\[<(\d+);(\d+);(\d+)([Mm])$/;

/**
 * The mouse event in one input, undefined when it is not one. A release, a drag, a right or
 * middle click is a mouse input all the same and is swallowed (`{kind: 'wheel', lines: 0}`).
 */
export function parseMouse(input: string): MouseEvent | undefined {
	// A key is one character or a named key: only inputs of six or more are looked at.
	const match = input.length >= 6 ? SGR_MOUSE.exec(input) : null;
	if (!match) return undefined;
	const button = Number(match[1]);
	const pressed = match[4] === 'M';
	// Bit 6 (64): the wheel, 64 up and 65 down; bit 5 (32): motion; bits 2–4: Shift, Alt, Ctrl.
	if (pressed && (button & 0b1100011) === 64) return {kind: 'wheel', lines: -WHEEL_LINES};
	if (pressed && (button & 0b1100011) === 65) return {kind: 'wheel', lines: WHEEL_LINES};
	if (pressed && (button & 0b1100011) === 0) return {kind: 'click', column: Number(match[2]), row: Number(match[3])};
	return {kind: 'wheel', lines: 0};
}
