import {describe, expect, it} from 'vitest';
import {layoutColumns, type BoardClock} from '../../source/board/columns.js';

// A three-platform morning: Pinduoduo's 5 and 60 minutes, Douyin's 3-minute human clock.
const clocks: BoardClock[] = [
	{id: 'reply-5m', label: '5分钟', primary: true},
	{id: 'reply-60m', label: '60分钟', primary: false},
	{id: 'human-3m', label: '抖音3分钟', primary: true},
];
const ids = (width: number) => layoutColumns(width, clocks).map(column => column.id);
const used = (width: number) => layoutColumns(width, clocks).reduce((sum, column) => sum + column.width + 1, 0) - 1;

describe('board columns on a narrow terminal', () => {
	it('gives up the last message before the agent, and keeps every platform’s first clock', () => {
		// At 60 columns (58 after the cursor marker) the agent is still there, the last message gone.
		expect(ids(58)).toContain('owner');
		expect(ids(58)).not.toContain('lastMessage');
		for (let width = 33; width <= 200; width += 1) {
			const shown = ids(width);
			if (!shown.includes('owner')) expect(shown, `${width}`).not.toContain('lastMessage');
			expect(shown, `${width}`).toEqual(expect.arrayContaining(['status', 'conv', 'clock0', 'clock2']));
		}
	});

	it('never lays out wider than the terminal from 35 columns up', () => {
		for (let width = 33; width <= 200; width += 1) expect(used(width), `${width}`).toBeLessThanOrEqual(width);
	});

	it('drops the buyer and the shop first, the secondary clock next', () => {
		const order = ['buyer', 'where', 'clock1', 'lastMessage', 'flags', 'owner'];
		const dropped = (width: number) => order.filter(id => !ids(width).includes(id as never));
		for (let width = 200; width >= 33; width -= 1) {
			const gone = dropped(width);
			expect(order.slice(0, gone.length), `${width}`).toEqual(gone);
		}
	});
});
