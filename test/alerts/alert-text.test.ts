import {describe, expect, it} from 'vitest';
import type {AlertEvent} from '../../source/alerts/alert-event.js';
import {eventLine, eventSentence, plainWords} from '../../source/alerts/alert-text.js';
import {catalog} from '../../source/i18n/catalog.js';
import {at, TZ} from '../helpers/messages.js';

const context = (lang: 'zh' | 'en') => ({text: catalog(lang), clockLabel: (id: string) => (id === 'reply-60m' ? (lang === 'zh' ? '60分钟' : '60m') : id), tz: TZ});

describe('the words of an alert', () => {
	it('says a fine risk with the rate, the threshold and the fine, in Chinese and English', () => {
		const event: AlertEvent = {
			id: 'x',
			kind: 'fine-risk',
			platform: 'pinduoduo',
			shop: 'flagship',
			conv: '',
			agent: '',
			at: at('15:00:00'),
			clock: 'reply-60m',
			rate: {value: 0.45, threshold: 0.5, kind: 'fine-risk', yuan: 1000},
		};
		const zh = eventLine(event, context('zh'));
		expect(zh.kind).toBe('罚款风险');
		expect(zh.time).toBe('15:00:00');
		expect(eventSentence(zh, 'zh')).toBe('拼多多·flagship:60分钟回复率 45.0%,低于 50.0% 且咨询超过规定人数,有罚款 1000 元风险');
		expect(eventSentence(eventLine(event, context('en')), 'en')).toBe("PDD·flagship: 60m reply rate 45.0%, under 50.0% with more consultations than the rule's minimum: fine risk 1000 yuan");
	});

	it('keeps what a buyer or agent wrote from becoming markup or new lines in a robot message', () => {
		expect(plainWords('**全部**\n<font color="warning">x</font> [点我](http://a)')).toBe('＊＊全部＊＊ ＜font color="warning"＞x＜/font＞ ［点我］(http://a)');
		expect(plainWords('很长'.repeat(40), 10)).toBe(`${'很长'.repeat(5)}…`);
		const event: AlertEvent = {
			id: 'y',
			kind: 'complaint',
			platform: 'pinduoduo',
			shop: '',
			conv: '9\n# 9',
			agent: 'a*b',
			at: at('10:00:00'),
			category: 'complaint',
			rule: 'r',
			words: '我要投诉\n### 你们',
		};
		const sentence = eventSentence(eventLine(event, context('zh')), 'zh');
		expect(sentence).not.toMatch(/\n|\*|#/);
	});
});
