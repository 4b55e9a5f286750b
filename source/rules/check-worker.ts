import {parentPort, workerData} from 'node:worker_threads';
import {findViolations} from './find-violations.js';
import {loadRulePacks} from './load-rule-packs.js';
import type {CheckRequest, CheckResponse} from './message-checker.js';

/** The matcher on the second core: texts in, findings (by rule id) out. */
const packs = await loadRulePacks((workerData as {rulesDir?: string}).rulesDir);

parentPort!.on('message', ({batch, texts, platforms}: CheckRequest) => {
	const found: CheckResponse['found'] = [];
	texts.forEach((text, index) => {
		for (const v of findViolations(text, platforms[index]!, packs)) found.push([index, v.rule.id, v.start, v.end, v.match]);
	});
	parentPort!.postMessage({batch, found} satisfies CheckResponse);
});
