import {describe, expect, it} from 'vitest';
import {keyNames} from '../../source/ui/keymap.js';
import {foldInput, INITIAL_UI_STATE, PINNED_TO_END, reduceUi, type ScreenContext, NO_KEY} from '../../source/ui/ui-state.js';

const screen: ScreenContext = {
	rowKeys: ['a', 'b', 'c', 'd', 'e'],
	selectedIndex: 0,
	pageSize: 2,
	maxConversationTop: 10,
	agentCount: 0,
	agents: [],
	ownerOf: () => '',
	marksOf: () => new Set(),
	flaggedOf: () => [],
};
const noKey = NO_KEY;

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

	it('closes the help on any key, q included', () => {
		const help = reduceUi(INITIAL_UI_STATE, 'help', screen);
		expect(help.overlay).toBe('help');
		expect(reduceUi(help, 'dismiss', screen).overlay).toBeUndefined();
		const closed = reduceUi(help, 'down', screen);
		expect([closed.overlay, closed.selectedKey]).toEqual([undefined, undefined]);
		expect(reduceUi(help, 'quit', screen)).toMatchObject({overlay: undefined, quit: false});
	});

	it('splits a burst of keys that arrived in one chunk', () => {
		expect(keyNames('jj\r', noKey)).toEqual(['j', 'j', 'return']);
		expect(keyNames('', {...noKey, upArrow: true})).toEqual(['up']);
		expect(keyNames('c', {...noKey, ctrl: true})).toEqual(['ctrl+c']);
	});
});

describe('quitting, overlays and the unsaved note', () => {
	it('reads Esc and q arriving in one chunk (Alt+q) as Esc, then q: the help closes and the program quits', () => {
		expect(keyNames('q', {...noKey, meta: true})).toEqual(['escape', 'q']);
		const help = reduceUi(INITIAL_UI_STATE, 'help', screen);
		expect(foldInput(help, 'q', {...noKey, meta: true}, screen)).toMatchObject({overlay: undefined, quit: true});
	});

	const ctrlC = {...noKey, ctrl: true};
	it('q closes the help instead of quitting; q on the board quits', () => {
		const help = reduceUi(INITIAL_UI_STATE, 'help', screen);
		expect(help.overlay).toBe('help');
		const closed = foldInput(help, 'q', noKey, screen);
		expect(closed.overlay).toBeUndefined();
		expect(closed.quit).toBe(false);
		expect(foldInput(closed, 'q', noKey, screen).quit).toBe(true);
		expect(foldInput(closed, 'q', noKey, screen).interrupted).toBeUndefined();
	});

	it('Ctrl-C quits as an interrupt, from anywhere', () => {
		expect(foldInput(reduceUi(INITIAL_UI_STATE, 'help', screen), 'c', ctrlC, screen)).toMatchObject({quit: true, interrupted: true});
	});

	it('Ctrl-C over a note being written asks first; a second drops it, another key goes back to it', () => {
		const writing = {...INITIAL_UI_STATE, modal: {kind: 'note' as const, key: 'a', text: '买家很急'}};
		const asked = foldInput(writing, 'c', ctrlC, screen);
		expect(asked.quit).toBe(false);
		expect(asked.modal).toMatchObject({kind: 'note', text: '买家很急', confirmQuit: true});
		expect(foldInput(asked, 'c', ctrlC, screen)).toMatchObject({quit: true, interrupted: true});
		expect(foldInput(asked, '!', noKey, screen).modal).toMatchObject({text: '买家很急!', confirmQuit: false});
		// An empty note has nothing to lose.
		expect(foldInput({...writing, modal: {...writing.modal, text: ''}}, 'c', ctrlC, screen).quit).toBe(true);
	});
});

describe('next and previous violation in a conversation (e / E, as lnav)', () => {
	it('scrolls to each message with violations in turn, a line of context above, and back', () => {
		const inConversation = {...INITIAL_UI_STATE, view: 'conversation' as const, selectedKey: 'a', conversationTop: 0};
		const flagged = {...screen, maxConversationTop: 40, flaggedLines: [5, 12, 30]};
		const first = foldInput(inConversation, 'e', noKey, flagged);
		expect(first.conversationTop).toBe(4);
		const second = foldInput(first, 'e', noKey, flagged);
		expect(second.conversationTop).toBe(11);
		expect(foldInput(second, 'E', noKey, flagged).conversationTop).toBe(4);
		expect(foldInput(first, 'E', noKey, flagged)).toBe(first);
		expect(foldInput(foldInput(second, 'e', noKey, flagged), 'e', noKey, flagged).conversationTop).toBe(29);
	});
});
