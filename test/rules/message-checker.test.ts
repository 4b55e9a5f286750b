import {describe, expect, it} from 'vitest';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {violationsOf} from '../../source/rules/message-violations.js';
import {assertBuilt} from '../helpers/tmux.js';
import {message} from '../helpers/messages.js';

// The worker runs built code (a thread cannot load TypeScript), so the checker is taken from dist/.
async function builtChecker() {
	assertBuilt();
	const built = await import('../../dist/rules/message-checker.js' as string);
	const violations = await import('../../dist/rules/message-violations.js' as string);
	const packs = await import('../../dist/rules/load-rule-packs.js' as string);
	const WorkerChecker = built.WorkerChecker as typeof import('../../source/rules/message-checker.js').WorkerChecker;
	const loaded = await (packs.loadRulePacks as typeof loadRulePacks)();
	const handed: ChatMessage[] = [];
	// Nothing checked here first: every message goes through the thread.
	const checker = new WorkerChecker(
		loaded,
		undefined,
		message => {
			handed.push(message);
		},
		undefined,
		0,
	);
	return {checker, handed, checkedOf: violations.violationsOf as typeof violationsOf, packs: loaded};
}

const day = (i: number): ChatMessage[] => [
	message('buyer', '10:00:00', {conv: `c${i}`, text: '有发票吗'}),
	message('agent', '10:00:30', {conv: `c${i}`, text: i % 3 === 0 ? '亲,加我薇信 kefu2026 给您优惠' : '亲,可以开发票的'}),
	message('system', '10:01:00', {conv: `c${i}`, text: '会话已转接'}),
];

describe('checking in a worker thread', () => {
	it('hands every message on in the order given, each already checked, with what checking here finds', async () => {
		const {checker, handed, checkedOf, packs} = await builtChecker();
		const messages = Array.from({length: 1500}, (_, i) => day(i)).flat();
		for (const m of messages) checker.check(m);
		await checker.settled();
		expect(handed).toEqual(messages);
		const found = (m: ChatMessage) => checkedOf(m, packs).map(v => `${v.rule.id}:${v.match}`);
		const expected = (m: ChatMessage) => violationsOf({...m, checked: undefined}, packs as never).map(v => `${v.rule.id}:${v.match}`);
		for (const m of messages) expect(found(m), m.text).toEqual(expected(m));
		expect(messages.filter(m => found(m).length > 0)).toHaveLength(500);
		await checker.close();
	});

	it('goes on checking here when the worker is gone, losing nothing', async () => {
		const {checker, handed, checkedOf, packs} = await builtChecker();
		const messages = Array.from({length: 600}, (_, i) => day(i)).flat();
		for (const m of messages.slice(0, 900)) checker.check(m);
		await (checker as unknown as {worker: {terminate(): Promise<number>}}).worker.terminate();
		for (const m of messages.slice(900)) checker.check(m);
		await checker.settled();
		expect(handed).toEqual(messages);
		expect(messages.filter(m => checkedOf(m, packs).length > 0)).toHaveLength(200);
	});
});
