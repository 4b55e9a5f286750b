import type {Key} from 'ink';
import {actionFor, keyNames, type Action, type View} from './keymap.js';
import {nextView, type BoardFilter} from '../board/board-filter.js';
import {modalKeysOf, reduceModal, type Effect, type Modal, type ModalContext, type ModalResult} from './modal-state.js';
import {moveIndex} from './navigation.js';
import type {MouseEvent} from './mouse.js';
import {DEFAULT_AGENT_SORT, type AgentSort} from './agent-panel.js';

/** A panel drawn over the body until any key is pressed. */
export type Overlay = 'help' | 'badLines' | 'hours';

/** Where the user is: the view, an overlay, the selected conversation and the scroll of an open one. */
export interface UiState {
	view: View;
	overlay?: Overlay;
	selectedKey?: string;
	/** First line shown of the open conversation; `PINNED_TO_END` follows new messages. */
	conversationTop: number;
	/** The agent under the cursor in the agent panel, by its place in the panel's order. */
	agentsTop: number;
	/** The agent panel's order. */
	agentsSort: AgentSort;
	/** Which rows the board lists: view (f, v), search (/), agent (o). */
	filter: BoardFilter;
	/** An open dialog: transfer, mark, note. */
	modal?: Modal;
	/** Writes asked for and not yet carried out. */
	outbox: Effect[];
	quit: boolean;
	/** Quit by Ctrl-C: the program exits 130, as an interrupted command does. */
	interrupted?: boolean;
}

export const PINNED_TO_END = Number.MAX_SAFE_INTEGER;

/** Lines shown above a violation's message when jumping to it. */
const CONTEXT_LINES = 1;

export const INITIAL_UI_STATE: UiState = {view: 'board', conversationTop: PINNED_TO_END, agentsTop: 0, agentsSort: DEFAULT_AGENT_SORT, filter: {view: 'all'}, outbox: [], quit: false};

/** What the reducer needs to know of the screen as it is drawn now. */
export interface ScreenContext extends ModalContext {
	rowKeys: readonly string[];
	selectedIndex: number;
	pageSize: number;
	/** Largest first line of the open conversation that still fills the screen. */
	maxConversationTop: number;
	/** How many agents the agent panel lists. */
	agentCount: number;
	/** The columns the agent panel can be sorted by, in the order `s` goes through them. */
	agentSortKeys?: readonly string[];
	/** The agent panel's agents in its order (Enter filters the board to one). */
	agentNames?: readonly string[];
	/** The open conversation's lines where a message with violations starts. */
	flaggedLines?: readonly number[];
	/** The board's first row on screen: its index in `rowKeys`, and the terminal row (1-based) it is drawn on, for clicks. */
	boardTop?: number;
	boardFirstRow?: number;
	/** The agent panel's lines on screen from `agentsFirstRow` (1-based) down: each line's agent, by index. */
	agentLines?: readonly number[];
	agentsFirstRow?: number;
}

/** Applies what a dialog key produced: the dialog's next state, a write to carry out, a filter. */
export function applyModalResult(state: UiState, result: ModalResult, screen: ScreenContext): UiState {
	const next = {...state, modal: result.modal, filter: result.filter ? {...state.filter, ...result.filter} : state.filter};
	return result.effect ? withEffect(next, result.effect, screen) : next;
}

/** Whether a write sends its row down to the set-aside section. */
function setsAside(effect: Effect): boolean {
	if (effect.kind === 'mark') return effect.on && (effect.mark === 'spam' || effect.mark === 'resolved');
	return effect.kind === 'snooze' && effect.until !== 'clear';
}

/**
 * Queues a write. One that sets the row aside leaves the cursor where it was, on the row that
 * takes its place, so the urgent page stays in view rather than following the row down.
 */
function withEffect(state: UiState, effect: Effect, screen: ScreenContext): UiState {
	const queued = {...state, outbox: [...state.outbox, effect]};
	if (state.view !== 'board' || !('key' in effect) || !setsAside(effect)) return queued;
	const index = screen.rowKeys.indexOf(effect.key);
	const neighbour = index === -1 ? undefined : (screen.rowKeys[index + 1] ?? screen.rowKeys[index - 1]);
	return neighbour === undefined ? queued : {...queued, selectedKey: neighbour};
}

/** Applies one action; pure, so a burst of keys is folded through it one by one. */
export function reduceUi(state: UiState, action: Action | 'dismiss', screen: ScreenContext): UiState {
	// q closes an overlay (help, bad lines) like any key; only on the screens beneath does it quit.
	if (state.overlay) return {...state, overlay: undefined};
	if (action === 'quit') return {...state, quit: true};
	if (action === 'help' || action === 'badLines' || action === 'hours') return {...state, overlay: action};
	if (action === 'dismiss') return state;
	if (action === 'violationsOnly') return {...state, filter: {...state.filter, view: state.filter.view === 'violations' ? 'all' : 'violations'}};
	if (action === 'toggleSort') return {...state, filter: {...state.filter, sort: state.filter.sort === 'wait' ? undefined : 'wait'}};
	if (action === 'cycleView') return {...state, filter: {...state.filter, view: nextView(state.filter.view)}};
	if (action === 'search') return {...state, modal: {kind: 'search', key: '', text: state.filter.search ?? '', previous: state.filter.search}};
	if (action === 'command') return {...state, modal: {kind: 'command', key: '', text: ''}};
	if (action === 'agentFilter') return {...state, modal: {kind: 'agentFilter', key: '', query: '', index: 0}};
	if (action === 'clearFilters') return {...state, filter: {view: state.filter.view}};
	if (action === 'agents') return {...state, view: state.view === 'agents' ? 'board' : 'agents'};
	if (action === 'undo') return {...state, outbox: [...state.outbox, {kind: 'undo'}]};
	if (action === 'review') return state.selectedKey && screen.flaggedOf(state.selectedKey).length > 0 ? {...state, modal: {kind: 'review', key: state.selectedKey, index: 0}} : state;
	if (isRecordAction(action)) return recordAction(state, action, screen);
	if (state.view === 'agents') return agentsAction(state, action, screen);
	return state.view === 'board' ? boardAction(state, action, screen) : conversationAction(state, action, screen);
}

type RecordAction = 'assign' | 'mark' | 'note' | 'spam' | 'snooze';

function isRecordAction(action: Action): action is RecordAction {
	return action === 'assign' || action === 'mark' || action === 'note' || action === 'spam' || action === 'snooze';
}

/** r, m, n, x, s act on the selected row on the board, on the open conversation in its view. */
function recordAction(state: UiState, action: RecordAction, screen: ScreenContext): UiState {
	const key = state.view === 'conversation' ? state.selectedKey : screen.rowKeys[screen.selectedIndex];
	if (key === undefined || state.view === 'agents') return state;
	if (action === 'spam') return withEffect(state, {kind: 'mark', key, mark: 'spam', on: !screen.marksOf(key).has('spam')}, screen);
	const modal: Modal =
		action === 'assign'
			? {kind: 'assign', key, query: '', index: 0}
			: action === 'mark'
				? {kind: 'mark', key, index: 0}
				: action === 'snooze'
					? {kind: 'snooze', key, index: 0}
					: {kind: 'note', key, text: ''};
	return {...state, modal};
}

function boardAction(state: UiState, action: Action, screen: ScreenContext): UiState {
	const {rowKeys, selectedIndex, pageSize} = screen;
	if (action === 'open') {
		const key = rowKeys[selectedIndex];
		return key === undefined ? state : {...state, view: 'conversation', selectedKey: key, conversationTop: PINNED_TO_END};
	}
	const key = rowKeys[moveIndex(selectedIndex, action, rowKeys.length, pageSize)];
	return key === undefined ? state : {...state, selectedKey: key};
}

function conversationAction(state: UiState, action: Action, screen: ScreenContext): UiState {
	if (action === 'back') return {...state, view: 'board'};
	const {maxConversationTop, pageSize} = screen;
	const current = Math.min(state.conversationTop, maxConversationTop);
	if (action === 'nextViolation' || action === 'previousViolation') {
		// The message a line above the top, so the violation reads in its context.
		const flagged = screen.flaggedLines ?? [];
		const target = action === 'nextViolation' ? flagged.find(line => line > current + CONTEXT_LINES) : flagged.findLast(line => line < current + CONTEXT_LINES);
		return target === undefined ? state : {...state, conversationTop: Math.max(0, Math.min(maxConversationTop, target - CONTEXT_LINES))};
	}
	const next = moveIndex(current, action, maxConversationTop + 1, pageSize);
	// At the bottom, stay pinned there so new messages keep scrolling into view.
	return {...state, conversationTop: next >= maxConversationTop ? PINNED_TO_END : next};
}

function agentsAction(state: UiState, action: Action, screen: ScreenContext): UiState {
	if (action === 'back') return {...state, view: 'board'};
	if (action === 'sortAgents') {
		const keys = screen.agentSortKeys ?? [DEFAULT_AGENT_SORT.by];
		const by = keys[(keys.indexOf(state.agentsSort.by) + 1) % keys.length]!;
		return {...state, agentsSort: {by, reversed: false}, agentsTop: 0};
	}
	if (action === 'reverseAgents') return {...state, agentsSort: {...state.agentsSort, reversed: !state.agentsSort.reversed}, agentsTop: 0};
	const current = Math.min(state.agentsTop, Math.max(0, screen.agentCount - 1));
	if (action === 'open') {
		const agent = screen.agentNames?.[current];
		return agent === undefined ? state : {...state, view: 'board', filter: {...state.filter, agent}};
	}
	return {...state, agentsTop: moveIndex(current, action, screen.agentCount, screen.pageSize)};
}

/**
 * A click or a turn of the wheel. The wheel moves as the arrow keys do, in every view; a click
 * on the board or the agent panel selects the row under it, and a click on the selected row
 * opens it (Enter's work). Dialogs and overlays are for the keyboard: the mouse leaves them alone.
 */
export function reduceMouse(state: UiState, event: MouseEvent, screen: ScreenContext): UiState {
	if (state.modal || state.overlay) return state;
	if (event.kind === 'wheel') {
		let next = state;
		for (let step = 0; step < Math.abs(event.lines); step += 1) next = reduceUi(next, event.lines < 0 ? 'up' : 'down', {...screen, selectedIndex: selectedIndexOf(next, screen.rowKeys)});
		return next;
	}
	if (state.view === 'agents') return clickAgent(state, event.row, screen);
	if (state.view !== 'board' || screen.boardFirstRow === undefined || event.row < screen.boardFirstRow) return state;
	const index = (screen.boardTop ?? 0) + event.row - screen.boardFirstRow;
	const key = screen.rowKeys[index];
	if (key === undefined) return state;
	return index === screen.selectedIndex ? reduceUi(state, 'open', screen) : {...state, selectedKey: key};
}

function clickAgent(state: UiState, row: number, screen: ScreenContext): UiState {
	const index = screen.agentsFirstRow === undefined ? undefined : screen.agentLines?.[row - screen.agentsFirstRow];
	if (index === undefined) return state;
	return index === Math.min(state.agentsTop, Math.max(0, screen.agentCount - 1)) ? reduceUi(state, 'open', screen) : {...state, agentsTop: index};
}

/** The selected row's index: the remembered conversation if still listed, else the first row. */
export function selectedIndexOf(state: UiState, rowKeys: readonly string[]): number {
	const found = state.selectedKey === undefined ? -1 : rowKeys.indexOf(state.selectedKey);
	return found === -1 ? 0 : found;
}

/** Ctrl-C quits at once (exit 130), except over a note being written: that asks first. */
function interrupt(state: UiState): UiState {
	const {modal} = state;
	if (modal?.kind === 'note' && modal.text.trim() && !modal.confirmQuit) return {...state, modal: {...modal, confirmQuit: true}};
	return {...state, quit: true, interrupted: true};
}

/**
 * One input event folded into the state: an open dialog takes its keys as text and control
 * keys; otherwise each key press (several may arrive in one chunk) is an action of the view.
 */
export function foldInput(state: UiState, input: string, key: Key, screen: ScreenContext): UiState {
	if (key.ctrl && input === 'c') return interrupt(state);
	if (state.modal) {
		// Any other key after the Ctrl-C warning goes back to writing the note.
		if (state.modal.kind === 'note' && state.modal.confirmQuit) state = {...state, modal: {...state.modal, confirmQuit: false}};
		let next = state;
		for (const modalKey of modalKeysOf(input, key)) {
			if (!next.modal) break;
			next = applyModalResult(next, reduceModal(next.modal, modalKey, screen), screen);
		}
		return next;
	}
	let next = state;
	const names = keyNames(input, key);
	for (const [index, name] of names.entries()) {
		next = reduceUi(next, actionFor(name, next.view) ?? 'dismiss', {...screen, selectedIndex: selectedIndexOf(next, screen.rowKeys)});
		// A key that opened a dialog: what came with it in the same chunk (`:agent ahao⏎`) is typed into it.
		const rest = names.slice(index + 1);
		if (next.modal && rest.length > 0) return foldInput(next, rest.map(piece => (piece === 'return' ? '\r' : piece === 'escape' ? '\u001B' : piece)).join(''), NO_KEY, screen);
	}
	return next;
}

/** A plain key: what Ink says of a typed character (and what tests type). */
export const NO_KEY = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
} as Key;
