import {readFile} from 'node:fs/promises';
import {catalog} from '../i18n/catalog.js';
import {inertLines, inertText} from '../text/inert-text.js';
import {reviewsByRule} from '../report/rule-reviews.js';
import {readRecords} from '../store/record-store.js';
import {RecordFileError} from '../store/record-file-error.js';
import type {ReviewRecord} from '../store/records.js';
import type {CommonOptions} from './common-options.js';
import {UsageError} from './usage-error.js';

/** Examples shown per rule and verdict. */
const EXAMPLES = 3;

/**
 * `kefu-watch rules review [--db FILE]`: per rule, how often its flags were confirmed or called
 * false (the `a` verdicts in the records file), with the flagged lines as examples.
 */
export async function rulesCommand(args: readonly string[], flags: {db: string; json?: boolean}, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang).rulesReview;
	if (args[0] !== 'review') throw new UsageError(text.usage);
	let records;
	try {
		records = await readRecords(flags.db);
	} catch (error) {
		if (error instanceof RecordFileError) throw new UsageError(error.message);
		throw error;
	}
	const reviews = reviewsByRule(records);
	const lines = new LogLines();
	const example = async (review: ReviewRecord) => `${review.file}:${review.line}  ${(await lines.text(review.file, review.line)) ?? text.lineGone}`;
	if (flags.json) {
		const rules = [];
		for (const r of reviews) {
			const examples = async (list: ReviewRecord[]) => Promise.all(list.slice(0, EXAMPLES).map(async v => ({file: v.file, line: v.line, text: (await lines.text(v.file, v.line)) ?? null})));
			rules.push({
				rule: r.rule,
				confirmed: r.confirmed.length,
				falsePositive: r.falsePositive.length,
				confirmedExamples: await examples(r.confirmed),
				falsePositiveExamples: await examples(r.falsePositive),
			});
		}
		process.stdout.write(`${JSON.stringify({db: flags.db, rules})}\n`);
		return 0;
	}
	if (reviews.length === 0) {
		process.stdout.write(`${inertText(text.none(flags.db))}\n`);
		return 0;
	}
	const out: string[] = [text.header(flags.db)];
	for (const r of reviews) {
		out.push('', text.rule(r.rule, r.confirmed.length, r.falsePositive.length));
		for (const v of r.falsePositive.slice(0, EXAMPLES)) out.push(`  ${text.falseMark} ${await example(v)}`);
		for (const v of r.confirmed.slice(0, EXAMPLES)) out.push(`  ${text.confirmedMark} ${await example(v)}`);
	}
	// The examples are log lines: outside text, through the gate.
	process.stdout.write(`${inertLines(out.join('\n'))}\n`);
	return 0;
}

/** The text of logged lines, each file read once; undefined for a line no longer there. */
class LogLines {
	private readonly files = new Map<string, Promise<string[] | undefined>>();

	async text(file: string, line: number): Promise<string | undefined> {
		let lines = this.files.get(file);
		if (!lines)
			this.files.set(
				file,
				(lines = readFile(file, 'utf8').then(
					content => content.split('\n'),
					() => undefined,
				)),
			);
		const raw = (await lines)?.[line - 1];
		if (raw === undefined) return undefined;
		try {
			const parsed = JSON.parse(raw) as {text?: unknown};
			return typeof parsed.text === 'string' ? parsed.text : raw;
		} catch {
			return raw;
		}
	}
}
