import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/triage.js';
import {WatchSession} from '../../source/live/watch-session.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {App} from '../../source/ui/app.js';
import {at, message, TZ} from '../helpers/messages.js';
import {eventually} from '../helpers/temp-dir.js';

const NOW = at('14:00:00');

// Both waiting on the 5-minute clock (more than its 2-minute warning left): `calm` has less time left.
const shop = [
	message('buyer', '13:58:00', {conv: 'calm', buyer: 'pdd_1', text: '这件有L码吗'}),
	message('buyer', '13:58:20', {conv: 'angry', buyer: 'pdd_2', text: '在吗'}),
	message('buyer', '13:58:30', {conv: 'angry', buyer: 'pdd_2', text: '再不回就差评了'}),
	message('buyer', '13:58:40', {conv: 'kind', buyer: 'pdd_3', text: '不会给差评的,放心'}),
	message('buyer', '13:40:00', {conv: 'answered', buyer: 'pdd_4', text: '我要投诉你们'}),
	message('agent', '13:41:00', {conv: 'answered', text: '亲,非常抱歉,马上为您处理'}),
];

let unmounts: (() => void)[] = [];
afterEach(() => {
	for (const unmount of unmounts) unmount();
	unmounts = [];
});

async function renderApp(messages: ChatMessage[] = shop) {
	const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await loadRulePacks()});
	for (const m of messages) session.book.add(m);
	const app = render(<App source={session} clock={() => NOW} tz={TZ} lang="zh" />);
	unmounts.push(app.unmount);
	const frame = () => app.lastFrame() ?? '';
	const press = async (keys: string, until: (screen: string) => boolean, what: string) => {
		app.stdin.write(keys);
		await eventually(() => until(frame()), what, 15_000);
	};
	return {app, frame, press};
}

const rowOf = (screen: string, conv: string) => screen.split('\n').find(line => line.includes(` ${conv} `)) ?? '';

describe('buyer signals on the board (contract §5, §7)', () => {
	it('puts a row whose buyer threatens since the last reply first in its section, with an @ that needs no colour', async () => {
		const packs = await loadRulePacks();
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs});
		for (const m of shop) session.book.add(m);
		const rows = buildBoard(session.book.all(), packs, TZ, NOW);
		expect(rows.map(row => [row.conversation.conv, row.status, row.buyerSignals.map(s => s.finding.category)])).toEqual([
			['angry', 'waiting', ['bad-review']],
			['calm', 'waiting', []],
			['kind', 'waiting', []],
			['answered', 'idle', []],
		]);
		const {frame} = await renderApp();
		const screen = frame();
		expect(screen.indexOf(' angry ')).toBeLessThan(screen.indexOf(' calm '));
		expect(rowOf(screen, 'angry')).toContain('@');
		for (const conv of ['calm', 'kind', 'answered']) expect(rowOf(screen, conv), conv).not.toContain('@');
	});

	it('lists only signalled rows in :view signals, shows the words in the conversation, and explains @ in help', async () => {
		const {app, press} = await renderApp();
		await press(':view sig\t\r', s => s.includes('[买家投诉/差评/辱骂]') && s.includes(' angry ') && !s.includes(' calm ') && !s.includes(' kind '), 'the signals view');
		await press('\r', s => s.includes('会话 angry') && s.includes('@ 买家要差评「差评」'), 'the conversation with the signal under its line');
		await press('\u001B', s => s.includes(' angry ') && !s.includes('会话 angry'), 'back to the board');
		// At 24 rows the help is all keys; a taller terminal has room for the notes, the marker's first.
		Object.defineProperty(app.stdout, 'rows', {value: 40});
		app.stdout.emit('resize');
		await press('?', s => s.includes('@ 买家自上次回复后要投诉'), 'the help with the marker');
	});
});
