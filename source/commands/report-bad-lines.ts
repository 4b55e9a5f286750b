import type {Catalog} from '../i18n/catalog.js';
import {badLineText, type BadLine} from '../model/message.js';
import {inertText} from '../text/inert-text.js';

const SHOWN = 20;

/** Lists skipped lines on stderr as `file:line: reason`, the first 20 and a count of the rest. */
export function reportBadLines(badLines: readonly BadLine[], text: Catalog, stderr: NodeJS.WritableStream = process.stderr): void {
	if (badLines.length === 0) return;
	const lines = [text.cli.badLines(badLines.length), ...badLines.slice(0, SHOWN).map(bad => `  ${inertText(badLineText(bad))}`)];
	if (badLines.length > SHOWN) lines.push(`  … +${badLines.length - SHOWN}`);
	stderr.write(`${lines.join('\n')}\n`);
}
