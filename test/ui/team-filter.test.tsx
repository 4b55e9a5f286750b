import {describe, expect, it} from 'vitest';
import {filterRows} from '../../source/board/board-filter.js';
import {completions, runCommand} from '../../source/ui/command-line.js';
import {at, message} from '../helpers/messages.js';
import {renderApp, testSession} from '../helpers/session.js';

const NOW = at('14:00:00');
const shop = [
	message('buyer', '13:56:00', {conv: 'mei', agent: 'xiaomei', text: '在吗'}),
	message('buyer', '13:57:00', {conv: 'hao', agent: 'ahao', text: '发货了吗'}),
	message('buyer', '13:58:00', {conv: 'pc2', agent: 'mei-pc2', text: '能便宜点吗'}),
];
// As kefu-watch.yaml gives them: xiaomei (and her other computer's file) in 售前, ahao in 售后.
const teams = new Map([
	['xiaomei', '售前'],
	['mei-pc2', '售前'],
	['ahao', '售后'],
]);

describe('the team filter (kefu-watch.yaml teams)', () => {
	it('keeps the rows of the team’s agents, and none when no team is known', async () => {
		const session = await testSession({}, shop);
		const rows = session.board(NOW);
		const convs = (kept: readonly {conversation: {conv: string}}[]) => kept.map(row => row.conversation.conv).sort();
		expect(convs(filterRows(rows, {view: 'all', team: '售前'}, undefined, agent => teams.get(agent)))).toEqual(['mei', 'pc2']);
		expect(convs(filterRows(rows, {view: 'all', team: '售后'}, undefined, agent => teams.get(agent)))).toEqual(['hao']);
		expect(filterRows(rows, {view: 'all', team: '售前'})).toEqual([]);
	});

	it('completes and runs :team with the configured teams only', () => {
		const words = {agents: ['ahao', 'xiaomei'], shops: [], teams: ['售前', '售后']};
		expect(completions('team ', words)).toEqual(['team 售前', 'team 售后']);
		expect(runCommand('team 售前', words)).toEqual({filter: {team: '售前'}});
		expect(runCommand('team 夜班', words)).toEqual({error: 'argument'});
		expect(runCommand('team', words)).toEqual({filter: {team: undefined}});
	});

	it(':team on the board shows the team’s conversations and says so in the header; Esc clears it', async () => {
		const {press} = renderApp(await testSession({}, shop), {clock: () => NOW, teams});
		await press(':team 售前\r', s => s.includes('[组:售前]') && s.includes(' mei ') && s.includes(' pc2 ') && !s.includes(' hao '), 'the team’s rows');
		await press('\u001B', s => !s.includes('[组:售前]') && s.includes(' hao '), 'the whole board again');
	});
});
