import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';

const made: string[] = [];
afterEach(async () => {
	await Promise.all(made.splice(0).map(dir => rm(dir, {recursive: true, force: true})));
});

async function rulesFolder(pack: object): Promise<{dir: string; file: string}> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'kefu-watch-rules-'));
	made.push(dir);
	const file = path.join(dir, 'shop.json');
	await writeFile(file, JSON.stringify(pack));
	return {dir, file};
}

describe('a --rules clock over a built-in one, field by field', () => {
	it('changes only the fields it names and keeps the rest, the target and the fine among them', async () => {
		const builtIn = (await loadRulePacks()).get('pinduoduo')!.clocks;
		const {dir} = await rulesFolder({
			platform: 'pinduoduo',
			clocks: [
				{id: 'reply-5m', target: 0.9},
				{id: 'reply-60m', limitSeconds: 1800},
			],
		});
		const [five, sixty] = (await loadRulePacks(dir)).get('pinduoduo')!.clocks;
		expect(five).toEqual({...builtIn[0], target: 0.9});
		expect(sixty).toEqual({...builtIn[1], limitSeconds: 1800});
		expect(sixty!.fine).toBeDefined();
	});

	it('keeps the target when a whole clock is given without one', async () => {
		const builtIn = (await loadRulePacks()).get('pinduoduo')!.clocks[0]!;
		const {dir} = await rulesFolder({platform: 'pinduoduo', clocks: [{id: 'reply-5m', limitSeconds: 240, window: {from: '09:00', to: '22:00'}, stoppedBy: ['agent'], source: 'shop policy'}]});
		const clock = (await loadRulePacks(dir)).get('pinduoduo')!.clocks[0]!;
		expect(clock).toMatchObject({limitSeconds: 240, stoppedBy: ['agent'], source: 'shop policy', target: builtIn.target, warnSeconds: builtIn.warnSeconds});
	});

	it('refuses a partial clock that changes no earlier one, and a merge that makes no sense, naming the entry', async () => {
		const lone = await rulesFolder({platform: 'pinduoduo', clocks: [{id: 'reply-2m', limitSeconds: 120}]});
		await expect(loadRulePacks(lone.dir)).rejects.toThrow(`${lone.file}: $.clocks[0].window: is needed`);
		const warn = await rulesFolder({platform: 'pinduoduo', clocks: [{id: 'reply-5m', limitSeconds: 60}]});
		await expect(loadRulePacks(warn.dir)).rejects.toThrow(`${warn.file}: $.clocks[0].warnSeconds: must be less than limitSeconds`);
		const bad = await rulesFolder({platform: 'pinduoduo', clocks: [{id: 'reply-5m', target: 2}]});
		await expect(loadRulePacks(bad.dir)).rejects.toThrow(`${bad.file}: $.clocks[0].target:`);
	});
});
