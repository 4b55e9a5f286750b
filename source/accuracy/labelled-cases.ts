import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {PLATFORMS, SENDERS, type Platform, type Sender} from '../model/message.js';
import {CATEGORIES, type Category} from '../rules/violation-rule.js';

/** One labelled message: what a person said it violates (nothing, for a compliant one). */
export interface LabelledCase {
	platform: Platform;
	from: Sender;
	text: string;
	categories: Category[];
	/** Why it was labelled so, where the labeller said. */
	reason?: string;
	/** file:line, for messages that name the case. */
	where: string;
}

/** A labelled file that cannot be read as labelled cases: names the file and line. */
export class LabelledFileError extends Error {}

/**
 * Reads labelled cases: a JSONL file of {"platform","from","text","categories":[…]} (any other
 * keys are kept out of the way), or the shared development set's `labelled-dev.py`, run as its
 * own docstring says.
 */
export function readLabelledCases(file: string): LabelledCase[] {
	if (file.endsWith('.py')) return casesOfScript(file);
	return readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((line, index) => (line.trim() === '' ? [] : [parseCase(line, `${file}:${index + 1}`)]));
}

function parseCase(line: string, where: string): LabelledCase {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		throw new LabelledFileError(`${where}: not valid JSON: ${(error as Error).message}`);
	}
	if (typeof value !== 'object' || value === null) throw new LabelledFileError(`${where}: not a JSON object`);
	const entry = value as Record<string, unknown>;
	const platform = entry['platform'];
	if (!PLATFORMS.includes(platform as Platform)) throw new LabelledFileError(`${where}: platform: must be one of ${PLATFORMS.join(', ')}`);
	const from = entry['from'] ?? 'agent';
	if (!SENDERS.includes(from as Sender)) throw new LabelledFileError(`${where}: from: must be one of ${SENDERS.join(', ')}`);
	if (typeof entry['text'] !== 'string') throw new LabelledFileError(`${where}: text: must be a string`);
	const categories = entry['categories'];
	if (!Array.isArray(categories)) throw new LabelledFileError(`${where}: categories: must be an array`);
	categories.forEach((category, index) => {
		if (!CATEGORIES.includes(category as Category)) throw new LabelledFileError(`${where}: categories[${index}]: unknown category ${JSON.stringify(category)}`);
	});
	const reason = typeof entry['reason'] === 'string' ? entry['reason'] : undefined;
	return {platform: platform as Platform, from: from as Sender, text: entry['text'], categories: categories as Category[], ...(reason ? {reason} : {}), where};
}

/** The shared script writes a chat log and prints the labels, one list per log line. */
function casesOfScript(file: string): LabelledCase[] {
	const out = `${process.env['TMPDIR'] ?? '/tmp'}/kefu-watch-labelled-${process.pid}.jsonl`;
	const labels = JSON.parse(execFileSync('python3', [file, out], {encoding: 'utf8'})) as string[][];
	const lines = readFileSync(out, 'utf8')
		.split('\n')
		.filter(line => line.trim() !== '');
	if (lines.length !== labels.length) throw new LabelledFileError(`${file}: wrote ${lines.length} log lines but ${labels.length} labels`);
	return lines.map((line, index) => {
		const message = JSON.parse(line) as {platform: string; from: string; text: string};
		return parseCase(JSON.stringify({platform: message.platform, from: message.from, text: message.text, categories: labels[index]}), `${file}#${index + 1}`);
	});
}
