import type {Catalog} from '../i18n/catalog.js';
import type {BadLine} from '../model/message.js';
import {badLineText} from '../i18n/bad-line-text.js';
import {inertText} from '../text/inert-text.js';

const SHOWN = 20;

/** Lists skipped lines on stderr as `file:line: reason`, the first 20 and a count of the rest. */
export function reportBadLines(badLines: readonly BadLine[], text: Catalog, stderr: NodeJS.WritableStream = process.stderr): void {
	if (badLines.length === 0) return;
	const lines = [text.cli.badLines(badLines.length), ...badLines.slice(0, SHOWN).map(bad => `  ${inertText(badLineText(bad, text))}`)];
	if (badLines.length > SHOWN) lines.push(`  … +${badLines.length - SHOWN}`);
	stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Names on stderr, after everything else, what could not be read at all — a path that does not
 * exist, a file or folder without permission — so a one-shot command's answer is not taken for
 * whole. True when there was any: the command then exits 2.
 */
export function sayUnreadable(badLines: readonly BadLine[], text: Catalog, stderr: NodeJS.WritableStream = process.stderr): boolean {
	const paths = badLines.filter(bad => bad.line === 0).map(bad => inertText(bad.file));
	if (paths.length === 0) return false;
	const named = paths.slice(0, SHOWN).join(', ') + (paths.length > SHOWN ? ` … +${paths.length - SHOWN}` : '');
	stderr.write(`${text.cli.unreadable(paths.length, named)}\n`);
	return true;
}
