/**
 * The one gate for text from outside (a log, a record, a file name, an error) on its way to a
 * terminal. A buyer's message is only drawn, never obeyed: anything a terminal would act on —
 * C0 controls, DEL, the ESC that starts a sequence (title, clipboard, cursor, clear), C1 controls,
 * bidi overrides and isolates — is shown as a visible marker instead:
 *
 *   C0 and DEL   → their Unicode control picture, one cell: ESC `␛`, BEL `␇`, NUL `␀`, DEL `␡`
 *   C1 (U+0080–U+009F) → `\x9b`     bidi (U+202A–U+202E, U+2066–U+2069) → `\u202e`
 *   CR, LF, tab, U+2028/U+2029 (a run of them) → one space
 *
 * What follows an ESC (`[2J`, `]0;title`) is left as the plain text it then is. Markers hold no
 * control, so the gate is idempotent and widths are measured on what it gives back.
 */

const FOLDED = '\t\n\r\u2028\u2029';
const ACTIVE = '\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069';

/** Anything the gate would change: clean text, nearly all of it, is one test and given back as it is. */
const UNSAFE = new RegExp(`[${FOLDED}${ACTIVE}]`);
const UNSAFE_ALL = new RegExp(`[${FOLDED}]+|[${ACTIVE}]`, 'g');
/** For text of several lines, where LF stays. */
const UNSAFE_IN_LINES = new RegExp(`[\t\r\u2028\u2029${ACTIVE}]`);

/** One line's worth of outside text, safe to draw; the same string when there was nothing to change. */
export function inertText(text: string): string {
	return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, marker) : text;
}

/** Text of several lines (a command's output, a stack trace): each line made inert, LF kept. */
export function inertLines(text: string): string {
	return UNSAFE_IN_LINES.test(text) ? text.split('\n').map(inertText).join('\n') : text;
}

function marker(found: string): string {
	const code = found.charCodeAt(0);
	if (FOLDED.includes(found[0]!)) return ' ';
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	if (code <= 0x9f) return `\\x${code.toString(16)}`;
	return `\\u${code.toString(16)}`;
}

/**
 * The words a chat client would show, for the rules: control characters and the parameters of
 * escape sequences taken out (`加我微\x1b[0m信` → `加我微信`), the payload of a title or clipboard
 * sequence kept as the text it is. CR, LF and tabs stay: the matcher treats them as spaces.
 */
export function withoutControls(text: string): string {
	return HIDING.test(text) ? text.replace(HIDING_ALL, '') : text;
}

/** For each UTF-16 unit `withoutControls(text)` keeps, its index in `text`. */
export function keptUnits(text: string): number[] {
	const kept: number[] = [];
	let from = 0;
	for (const found of text.matchAll(HIDING_ALL)) {
		for (let index = from; index < found.index; index += 1) kept.push(index);
		from = found.index + found[0].length;
	}
	for (let index = from; index < text.length; index += 1) kept.push(index);
	return kept;
}

const HIDING = new RegExp(`[${ACTIVE}]`);
const HIDING_ALL = new RegExp(
	[
		'(?:\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]?', // CSI: colours, cursor moves, clearing
		'(?:\u001B\\]|\u009D)\\d*;?(?:[a-z]*;)?', // OSC's number (and 52's clipboard name); its payload is text
		'\u001B[ -/]*[0-~]?', // every other ESC sequence, the string terminator among them
		`[${ACTIVE}]`,
	].join('|'),
	'g',
);
