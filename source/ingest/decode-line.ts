import buffer, {isAscii, isUtf8} from 'node:buffer';
import iconv from 'iconv-lite';
import type {LineProblem} from './line-problem.js';

export type Encoding = 'auto' | 'utf8' | 'gbk';

export type Decoded = {text: string; encoding: 'utf8' | 'gbk'} | {problem: LineProblem};

/**
 * One line's bytes as text. `auto` takes UTF-8 when the bytes are valid UTF-8 and GBK when they
 * are valid GBK (what many Chinese Windows clients write); anything else is not text.
 */
export function decodeLine(bytes: Buffer, encoding: Encoding, preferGbk = false): Decoded {
	if (encoding === 'utf8') return checked(bytes.toString('utf8'), 'utf8');
	if (encoding === 'gbk') return checked(iconv.decode(bytes, 'gbk'), 'gbk');
	const tryUtf8 = (): Decoded | undefined => {
		const text = utf8Text(bytes);
		return text === undefined ? undefined : checked(text, 'utf8');
	};
	const tryGbk = (): Decoded | undefined => {
		const text = iconv.decode(bytes, 'gbk');
		return text.includes('\uFFFD') ? undefined : checked(text, 'gbk');
	};
	const decoded = preferGbk ? (tryGbk() ?? tryUtf8()) : (tryUtf8() ?? tryGbk());
	return decoded ?? {problem: NOT_TEXT};
}

/**
 * Lines' bytes as text when all of them are valid UTF-8, else undefined; a BOM is kept (lineText
 * drops it). ICU's transcoder and a copy into a string read Chinese text several times quicker
 * than V8's own UTF-8 decoder (docs/performance.md); bytes that are all ASCII are read as
 * they are, a character a byte. (`transcode` is missing only from a Node built without ICU.)
 */
export function utf8Text(bytes: Buffer): string | undefined {
	if (isAscii(bytes)) return bytes.toString('latin1');
	if (!isUtf8(bytes)) return undefined;
	return typeof buffer.transcode === 'function' ? buffer.transcode(bytes, 'utf8', 'ucs2').toString('ucs2') : bytes.toString('utf8');
}

/** A decoded line as a line of the log: without its CR (CRLF files) and, on the first line, the BOM. */
export function lineText(decoded: string, firstLine: boolean): string {
	const text = decoded.charCodeAt(decoded.length - 1) === 13 ? decoded.slice(0, -1) : decoded;
	return firstLine && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL and other control bytes mean a crashed client wrote garbage, not a chat line. */
const NOT_TEXT: LineProblem = {code: 'not-text'};
const CONTROL_BYTES: LineProblem = {code: 'control-bytes'};
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * Why a line holding control bytes is not a chat line, if it holds any. A JSON line cannot hold
 * them raw, so text that will be parsed need only be looked at once it fails to parse.
 */
export function controlBytesProblem(text: string): LineProblem | undefined {
	return CONTROL_CHARACTERS.test(text) ? CONTROL_BYTES : undefined;
}

function checked(text: string, encoding: 'utf8' | 'gbk'): Decoded {
	const problem = controlBytesProblem(text);
	return problem ? {problem} : {text, encoding};
}
