import type {BadLine} from '../model/message.js';
import {catalog, type Catalog} from './catalog.js';

/** `file:line: reason`, or `file: reason` for a whole file or folder, as the screen and stderr show it. */
export function badLineText(bad: BadLine, text: Catalog): string {
	const reason = text.badLines.describe(bad.problem);
	return bad.line > 0 ? `${bad.file}:${bad.line}: ${reason}` : `${bad.file}: ${reason}`;
}

/** A bad line as `--json` gives it (contract §4): its reason in a stable English form, and its code. */
export function badLineJson(bad: BadLine): {file: string; line: number; error: string; code: string} {
	return {file: bad.file, line: bad.line, error: catalog('en').badLines.describe(bad.problem), code: bad.problem.code};
}
