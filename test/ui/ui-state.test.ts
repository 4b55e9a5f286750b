import {describe, expect, it} from 'vitest';
import {keyNames} from '../../source/ui/keymap.js';
import {INITIAL_UI_STATE, PINNED_TO_END, reduceUi, type ScreenContext} from '../../source/ui/ui-state.js';

const screen: ScreenContext = {
	rowKeys: ['a', 'b', 'c', 'd', 'e'],
	selectedIndex: 0,
	pageSize: 2,
	maxConversationTop: 10,
	agentCount: 0,
	agents: [],
	marksOf: () => new Set(),
	flaggedOf: () => [],
};
const noKey = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};

describe('the UI reducer', () => {
	it('pages through the board and clamps at its ends', () => {
		expect(reduceUi(INITIAL_UI_STATE, 'pageDown', screen).selectedKey).toBe('c');
		expect(reduceUi(INITIAL_UI_STATE, 'up', screen).selectedKey).toBe('a');
		expect(reduceUi(INITIAL_UI_STATE, 'bottom', screen).selectedKey).toBe('e');
	});

	it('opens the selected conversation pinned to its newest message, and scrolls it', () => {
		const open = reduceUi(INITIAL_UI_STATE, 'open', {...screen, selectedIndex: 3});
		expect(open).toMatchObject({view: 'conversation', selectedKey: 'd', conversationTop: PINNED_TO_END});
		const scrolled = reduceUi(open, 'up', screen);
		expect(scrolled.conversationTop).toBe(9);
		expect(reduceUi(scrolled, 'down', screen).conversationTop).toBe(PINNED_TO_END);
		expect(reduceUi(scrolled, 'top', screen).conversationTop).toBe(0);
		expect(reduceUi(scrolled, 'back', screen).view).toBe('board');
	});

	it('closes the help on any key, and quits from anywhere', () => {
		const help = reduceUi(INITIAL_UI_STATE, 'help', screen);
		expect(help.overlay).toBe('help');
		expect(reduceUi(help, 'dismiss', screen).overlay).toBeUndefined();
		const closed = reduceUi(help, 'down', screen);
		expect([closed.overlay, closed.selectedKey]).toEqual([undefined, undefined]);
		expect(reduceUi(help, 'quit', screen).quit).toBe(true);
	});

	it('splits a burst of keys that arrived in one chunk', () => {
		expect(keyNames('jj\r', noKey)).toEqual(['j', 'j', 'return']);
		expect(keyNames('', {...noKey, upArrow: true})).toEqual(['up']);
		expect(keyNames('c', {...noKey, ctrl: true})).toEqual(['ctrl+c']);
	});
});
