import type {ChatMessage} from '../../source/model/message.js';
import type {ClockDefinition} from '../../source/model/reply-clock.js';
import {Zone} from '../../source/time/zone.js';

/** The shops' zone in the tests: one Zone, as a command makes one from --tz. */
export const TZ = new Zone('Asia/Shanghai');

/** Epoch ms of a Shanghai wall-clock time on 2026-11-22 (or another day). */
export function at(clock: string, day = '2026-11-22'): number {
	return Date.parse(`${day}T${clock}+08:00`);
}

let line = 0;

export function message(from: ChatMessage['from'], clock: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
	line += 1;
	return {
		ts: at(clock),
		conv: 'c1',
		from,
		text: `${from} at ${clock}`,
		agent: 'xiaomei',
		platform: 'pinduoduo',
		shop: 'flagship',
		file: 'test.jsonl',
		line,
		offset: 0,
		...overrides,
	};
}

export const REPLY_5M: ClockDefinition = {
	id: 'reply-5m',
	limitSeconds: 300,
	warnSeconds: 120,
	window: {fromSecond: 8 * 3600, toSecond: 23 * 3600},
	stoppedBy: ['agent', 'bot'],
	label: {zh: '5分钟', en: '5m'},
	source: 'test',
};

export const REPLY_60M: ClockDefinition = {...REPLY_5M, id: 'reply-60m', limitSeconds: 3600, warnSeconds: 900, label: {zh: '60分钟', en: '60m'}};

export const HUMAN_3M: ClockDefinition = {...REPLY_5M, id: 'human-3m', limitSeconds: 180, warnSeconds: 60, stoppedBy: ['agent']};
