import {describe, expect, it} from 'vitest';
import {WatchSession} from '../../source/live/watch-session.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {at, message, TZ} from '../helpers/messages.js';

describe('the board, re-evaluating only waiting conversations between reads', () => {
	it('gives the same board as a full build, second after second and after new lines', async () => {
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
		const fresh = async (now: number) => {
			const other = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: session.options.packs});
			for (const conversation of session.book.all()) for (const m of conversation.messages) other.book.add({...m});
			return other.board(now).map(row => `${row.conversation.conv}:${row.status}:${row.clocks[0]?.pending?.leftMs ?? '-'}`);
		};
		const shown = (now: number) => session.board(now).map(row => `${row.conversation.conv}:${row.status}:${row.clocks[0]?.pending?.leftMs ?? '-'}`);
		session.book.add(message('buyer', '10:00:00', {conv: 'wait'}));
		session.book.add(message('buyer', '09:00:00', {conv: 'done'}));
		session.book.add(message('agent', '09:01:00', {conv: 'done'}));
		for (const clock of ['10:01:00', '10:03:30', '10:05:01']) expect(shown(at(clock))).toEqual(await fresh(at(clock)));
		expect(shown(at('10:05:01'))[0]).toBe('wait:breached:-1000');
		session.book.add(message('agent', '10:06:00', {conv: 'wait'}));
		session.book.add(message('buyer', '10:06:10', {conv: 'done'}));
		expect(shown(at('10:07:00'))).toEqual(await fresh(at('10:07:00')));
		expect(shown(at('10:07:00'))).toEqual(['done:waiting:250000', 'wait:idle:-']);
	});

	it('shows a line stamped a moment ahead of the board clock once the clock gets there', async () => {
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
		session.book.add(message('buyer', '10:00:00', {conv: 'old'}));
		session.book.add(message('agent', '10:00:30', {conv: 'old'}));
		session.book.add(message('buyer', '10:00:01', {conv: 'ahead'}));
		expect(session.board(at('10:00:00')).map(row => row.conversation.conv)).toEqual(['old']);
		expect(session.board(at('10:00:40')).map(row => row.conversation.conv)).toEqual(['ahead', 'old']);
	});
});
