/**
 * Why a line (or a whole file) could not be read, as a code and its parameters: the screen and
 * stderr say it in the chosen language, `--json` in a stable English form beside the code.
 */
export type LineProblem =
	| {code: 'not-json'; detail: string; at: JsonFault}
	| {code: 'not-object'}
	| {code: 'missing-field'; field: 'ts' | 'conv' | 'text'}
	| {code: 'bad-sender'}
	| {code: 'unknown-platform'; value: string}
	| {code: 'bad-ts'; why: TimestampFault; value: string}
	| {code: 'not-text'}
	| {code: 'control-bytes'}
	| {code: 'too-long'; bytes: number; limitKb: number}
	| {code: 'unreadable'; errno: string; detail: string};

/** What is wrong with a `ts`: not a string or number, not ISO 8601, no such date, an offset no zone has, out of 2000–2100. */
export type TimestampFault = 'type' | 'not-iso' | 'not-real' | 'offset' | 'range';

export type LineProblemCode = LineProblem['code'];

/** Where JSON.parse gave up, out of its English message: the line ends too soon, a column, or neither said. */
export type JsonFault = {end: true} | {column: number} | {unsaid: true};

export function notJson(error: Error): LineProblem {
	const position = /position (\d+)/.exec(error.message);
	const at = /end of JSON input|Unterminated/.test(error.message) ? {end: true as const} : position ? {column: Number(position[1]) + 1} : {unsaid: true as const};
	return {code: 'not-json', detail: error.message, at};
}

/** A file or folder that could not be read, by the system's error code (`EACCES`, `ENOENT`, `ENOTREGULAR`…). */
export function unreadable(error: Error): LineProblem {
	return {code: 'unreadable', errno: (error as NodeJS.ErrnoException).code ?? '', detail: error.message};
}
