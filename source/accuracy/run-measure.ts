import path from 'node:path';
import {loadRulePacks} from '../rules/load-rule-packs.js';
import {LabelledFileError, readLabelledCases} from './labelled-cases.js';
import {formatRealRuns, runRealCorpora} from './real-flags.js';
import {formatScore, scoreLabelled} from './score-labelled.js';

/**
 * `npm run measure -- FILE… [--cases] [--real DIR [--reviewed FILE]] [--rules DIR]`: per-category
 * precision and recall and the right-category rate of the packs on any labelled JSONL file
 * ({"platform","from","text","categories"}) or the shared `labelled-dev.py`; with --real, the
 * flagged rate of the public corpora in DIR per corpus and platform.
 */
async function main(args: string[]): Promise<number> {
	const value = (flag: string) => {
		const at = args.indexOf(flag);
		if (at === -1) return undefined;
		const [, given] = args.splice(at, 2);
		if (given === undefined) throw new LabelledFileError(`${flag} needs a value`);
		return given;
	};
	const cases = args.includes('--cases');
	const real = value('--real');
	const reviewedFile = value('--reviewed');
	const rules = value('--rules');
	const files = args.filter(arg => arg !== '--cases');
	if (files.length === 0 && !real) {
		process.stderr.write('usage: npm run measure -- FILE… [--cases] [--real DIR [--reviewed FILE]] [--rules DIR]\n');
		return 2;
	}
	const packs = await loadRulePacks(rules);
	for (const file of files) process.stdout.write(`${formatScore(path.basename(file), scoreLabelled(readLabelledCases(file), packs), cases)}\n\n`);
	if (real) process.stdout.write(`${formatRealRuns(runRealCorpora(real, packs, reviewedFile ? readLabelledCases(reviewedFile) : []), cases)}\n`);
	return 0;
}

main(process.argv.slice(2)).then(
	code => (process.exitCode = code),
	(error: Error) => {
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 2;
	},
);
