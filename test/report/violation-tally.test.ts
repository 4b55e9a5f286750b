import {describe, expect, it} from 'vitest';
import {catalog} from '../../source/i18n/catalog.js';
import {exposureText, tallyViolations} from '../../source/report/violation-tally.js';
import type {MessageViolation} from '../../source/rules/message-violations.js';
import type {ViolationRule} from '../../source/rules/violation-rule.js';
import {message} from '../helpers/messages.js';

const rule = (category: ViolationRule['category'], fineYuan: number): ViolationRule =>
	({
		id: category,
		category,
		severity: 'error',
		penalty: {fineYuan, note: ''},
		description: {zh: '', en: ''},
		suggestion: '',
		source: '',
		patterns: [],
		exceptions: [],
		notIn: [],
		wholeWords: false,
	}) as ViolationRule;

const found = (agent: string, category: ViolationRule['category'], fineYuan = 0): MessageViolation => ({
	message: message('agent', '10:00:00', {agent}),
	violation: {rule: rule(category, fineYuan), start: 0, end: 1, match: 'x'},
});

describe('tallying a day’s violations', () => {
	it('counts by category, agent and platform, with keys in the same order however they came', () => {
		const day = [found('xiaomei', 'out-of-stock', 5), found('ahao', 'abuse', 10), found('xiaomei', 'abuse', 10)];
		for (const order of [day, [...day].reverse()]) {
			const tally = tallyViolations(order);
			expect(Object.entries(tally.byCategory)).toEqual([
				['abuse', 2],
				['out-of-stock', 1],
			]);
			expect(Object.entries(tally.byAgent)).toEqual([
				['ahao', 1],
				['xiaomei', 2],
			]);
			// Counts by severity and the heaviest penalty once: never 5 + 10 + 10.
			expect(tally.exposure).toEqual([{platform: 'pinduoduo', violations: 3, bySeverity: {error: 3, warn: 0, info: 0}, worst: {rule: 'abuse', note: '', fineYuan: 10}}]);
		}
	});
});

describe('the exposure the header and report show', () => {
	it('says counts by severity and the heaviest penalty once, never a sum of maximum fines', () => {
		const day = [found('xiaomei', 'off-platform-contact', 100_000), found('ahao', 'off-platform-contact', 100_000), found('ahao', 'abuse', 100)];
		const [pdd] = tallyViolations(day).exposure;
		const shown = exposureText(pdd!, catalog('zh'));
		expect(shown).toBe('严重3 最高罚¥100000/次');
		expect(shown).not.toContain('200');
		expect(exposureText(pdd!, catalog('en'))).toBe('3 serious up to ¥100000/case');
	});
});
