import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {WatchSession} from '../../source/live/watch-session.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {displayWidth} from '../../source/text/display-width.js';
import {App} from '../../source/ui/app.js';
import {at, message, TZ} from '../helpers/messages.js';
import {eventually} from '../helpers/temp-dir.js';

const NOW = at('14:00:00');

/** Three conversations at 09:xx (one answered late), one at 11:xx, one at 13:xx (another shop). */
const day: ChatMessage[] = [
	...['a', 'b', 'c'].flatMap((conv, index) => [message('buyer', `09:0${index}:00`, {conv}), message('agent', index === 0 ? '09:10:00' : `09:0${index}:30`, {conv})]),
	message('buyer', '11:30:00', {conv: 'd', agent: 'ahao'}),
	message('agent', '11:31:00', {conv: 'd', agent: 'ahao'}),
	message('buyer', '13:00:00', {conv: 'e', shop: 'second'}),
	message('agent', '13:01:00', {conv: 'e', shop: 'second'}),
];

let unmounts: (() => void)[] = [];
afterEach(() => {
	for (const unmount of unmounts) unmount();
	unmounts = [];
});

async function renderAt(columns: number) {
	const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	for (const m of day) session.book.add(m);
	const app = render(<App source={session} clock={() => NOW} tz={TZ} lang="zh" />);
	unmounts.push(app.unmount);
	Object.defineProperty(app.stdout, 'columns', {value: columns});
	app.stdout.emit('resize');
	const frame = () => app.lastFrame() ?? '';
	return {app, frame};
}

describe('the hourly chart on h', () => {
	it("draws today's hours for the selected row's shop at 80×24, and closes on any key", async () => {
		const {app, frame} = await renderAt(80);
		await eventually(() => frame().includes(' a '), 'the board');
		// Latest activity first: e (the other shop), then d.
		app.stdin.write('j');
		await eventually(() => /^> .* d /m.test(frame()), 'd selected');
		app.stdin.write('h');
		await eventually(() => frame().includes('今天每小时'), 'the hourly chart', 15_000);
		const screen = frame();
		const lines = screen.split('\n');
		expect(lines.length).toBeLessThanOrEqual(23);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(screen).toContain('拼多多·flagship 今天每小时');
		// The hour axis; the tallest consultation bar stands over 09, a lower one over 11.
		const axis = lines.find(line => line.includes('└'))!;
		const column = (hour: number) => axis.indexOf('└') + 1 + hour * 3;
		const consultationsTop = lines[lines.findIndex(line => line.startsWith('咨询')) + 1]!;
		expect(consultationsTop.slice(0, axis.indexOf('└')).trim()).toBe('3');
		expect(consultationsTop[column(9)]).toBe('█');
		expect(consultationsTop[column(11)]).not.toBe('█');
		const bars = lines.slice(
			lines.findIndex(line => line.startsWith('咨询')) + 1,
			lines.findIndex(line => line.startsWith('5分钟 超时')),
		);
		expect(bars.some(line => line[column(11)] !== ' ' && line[column(11)] !== undefined)).toBe(true);
		// 13:00 is the other shop's: nothing here.
		expect(bars.every(line => (line[column(13)] ?? ' ') === ' ')).toBe(true);
		// The one late reply breached the 5-minute clock at 09.
		const breachTitle = lines.findIndex(line => line.includes('5分钟 超时'));
		expect(lines[breachTitle]).toContain('最高 1');
		expect(lines[breachTitle + 1]![column(9)]).toBe('█');
		app.stdin.write('x');
		await eventually(() => !frame().includes('今天每小时'), 'the chart to close', 15_000);
	});

	it('draws a sparkline of the day on each agent row when the panel has room', async () => {
		const {app, frame} = await renderAt(130);
		await eventually(() => frame().includes(' a '), 'the board');
		app.stdin.write('\t');
		await eventually(() => frame().includes('今日每小时'), 'the agent panel with sparklines', 15_000);
		const xiaomei = frame()
			.split('\n')
			.find(line => line.includes('xiaomei'))!;

		// Hours 9 and 13 (two shops, one agent): the 09 cell full, the 13 cell lower, the rest blank.
		const spark = xiaomei.trimEnd().slice(-5);
		expect(spark[0]).toBe('█');
		expect(spark.at(-1)).not.toBe(' ');
		expect(spark.slice(1, -1).trim()).toBe('');
	});
});
