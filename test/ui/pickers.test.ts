import {describe, expect, it} from 'vitest';
import {reduceModal, type Modal, type ModalContext, type ModalKey} from '../../source/ui/modal-state.js';

const context: ModalContext = {agents: ['xiaomei', 'ahao', 'lingling'], ownerOf: () => 'xiaomei', marksOf: () => new Set(), flaggedOf: () => []};

/** Feeds keys to a dialog; returns the last result. */
function keys(modal: Modal, ...pressed: ModalKey[]) {
	let result = {modal} as ReturnType<typeof reduceModal>;
	for (const key of pressed) result = reduceModal(result.modal!, key, context);
	return result;
}
const DOWN: ModalKey = {name: 'down'};
const ENTER: ModalKey = {name: 'return'};

describe('the agent filter (o)', () => {
	const open: Modal = {kind: 'agentFilter', key: '', query: '', index: 0};
	it('picks an agent with the arrows and Enter, as the transfer picker does', () => {
		expect(keys(open, DOWN, ENTER).filter).toEqual({agent: 'ahao'});
		expect(keys(open, DOWN, DOWN, {name: 'up'}, ENTER).filter).toEqual({agent: 'ahao'});
	});
	it('clears the filter on Enter with nothing typed or chosen, and filters by what is typed', () => {
		expect(keys(open, ENTER).filter).toEqual({agent: undefined});
		expect(keys(open, {text: 'ling'}, ENTER).filter).toEqual({agent: 'lingling'});
	});
});

describe('the transfer picker (r)', () => {
	const open: Modal = {kind: 'assign', key: 'k', query: '', index: 0};
	it('does not offer the current owner, and refuses a transfer to them', () => {
		expect(keys(open, ENTER).modal).toEqual({kind: 'confirmAssign', key: 'k', to: 'ahao'});
		const typed = keys(open, {text: 'xiaomei'}, ENTER).modal;
		expect(typed).toMatchObject({kind: 'assign', notice: 'owner'});
		expect(keys(typed!, ENTER).effect).toBeUndefined();
	});
	it('takes a name the logs never saw only as a new agent, confirmed', () => {
		const confirm = keys(open, {text: 'xiaomeii'}, ENTER).modal;
		expect(confirm).toEqual({kind: 'confirmAssign', key: 'k', to: 'xiaomeii', newAgent: true});
		expect(keys(confirm!, {name: 'escape'}).effect).toBeUndefined();
		expect(keys(confirm!, ENTER).effect).toEqual({kind: 'assign', key: 'k', to: 'xiaomeii'});
	});
});

describe('the mark menu (m)', () => {
	it('stays open and sets several marks, each once, clearing one set a moment ago', () => {
		const open: Modal = {kind: 'mark', key: 'k', index: 0};
		const red = keys(open, {text: 'r'}, ENTER);
		expect(red.effect).toEqual({kind: 'mark', key: 'k', mark: 'red', on: true});
		expect(red.modal?.kind).toBe('mark');
		const yellow = keys(red.modal!, {text: 'y'}, {text: ' '});
		expect(yellow.effect).toEqual({kind: 'mark', key: 'k', mark: 'yellow', on: true});
		// Before the records file says so, the menu knows red is on: Enter again clears it.
		expect(keys(yellow.modal!, {text: 'r'}, ENTER).effect).toEqual({kind: 'mark', key: 'k', mark: 'red', on: false});
		expect(keys(yellow.modal!, {name: 'escape'}).modal).toBeUndefined();
	});
});

describe('agent pickers by pinyin (pinyin-pro, loaded when a picker opens)', () => {
	it('finds 小美 by xm and by xiaomei once loaded, and by the name as typed before', async () => {
		const {PinyinMatcher} = await import('../../source/ui/pinyin-matcher.js');
		const {matchingAgents} = await import('../../source/ui/modal-state.js');
		const agents = ['阿豪', '小美', 'lingling', '王小明'];
		const matcher = new PinyinMatcher();
		expect(matchingAgents(agents, 'xm', matcher.matches)).toEqual([]);
		expect(matchingAgents(agents, '小', matcher.matches)).toEqual(['小美', '王小明']);
		await matcher.load();
		expect(matchingAgents(agents, 'xm', matcher.matches)).toEqual(['小美', '王小明']);
		expect(matchingAgents(agents, 'xiaomei', matcher.matches)).toEqual(['小美']);
		expect(matchingAgents(agents, 'ah', matcher.matches)).toEqual(['阿豪']);
		expect(matchingAgents(agents, 'ling', matcher.matches)).toEqual(['lingling']);
		const open: Modal = {kind: 'assign', key: 'k', query: '', index: 0};
		expect(reduceModal(reduceModal(open, {text: 'xm'}, {...context, agents, nameMatches: matcher.matches}).modal!, {name: 'return'}, {...context, agents, nameMatches: matcher.matches}).modal).toEqual(
			{kind: 'confirmAssign', key: 'k', to: '小美'},
		);
	});
});
