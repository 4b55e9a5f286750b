import type {Key} from 'ink';

/** What a key does. The footer and the `?` help are generated from `BINDINGS`. */
export type Action =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'open'
	| 'back'
	| 'agents'
	| 'clearFilters'
	| 'review'
	| 'violationsOnly'
	| 'cycleView'
	| 'search'
	| 'command'
	| 'agentFilter'
	| 'assign'
	| 'mark'
	| 'note'
	| 'spam'
	| 'snooze'
	| 'undo'
	| 'sortAgents'
	| 'reverseAgents'
	| 'toggleSort'
	| 'nextViolation'
	| 'previousViolation'
	| 'badLines'
	| 'hours'
	| 'help'
	| 'quit';

export type View = 'board' | 'conversation' | 'agents';

export interface Binding {
	action: Action;
	/** Key names as `keyName` produces them. */
	keys: readonly string[];
	views: readonly View[];
	/**
	 * How much the footer wants it: the lowest first, as many as the width allows (`?` and `q`
	 * always); undefined: in the help only.
	 */
	priority?: number;
}

const ALL_VIEWS: readonly View[] = ['board', 'conversation', 'agents'];

export const BINDINGS: readonly Binding[] = [
	{action: 'up', keys: ['up', 'k'], views: ALL_VIEWS, priority: 20},
	{action: 'down', keys: ['down', 'j'], views: ALL_VIEWS, priority: 20},
	{action: 'pageUp', keys: ['pageup', 'ctrl+b'], views: ALL_VIEWS},
	{action: 'pageDown', keys: ['pagedown', 'ctrl+f'], views: ALL_VIEWS},
	{action: 'top', keys: ['g', 'home'], views: ALL_VIEWS},
	{action: 'bottom', keys: ['G', 'end'], views: ALL_VIEWS},
	{action: 'open', keys: ['return'], views: ['board', 'agents'], priority: 6},
	{action: 'sortAgents', keys: ['s'], views: ['agents'], priority: 3},
	{action: 'reverseAgents', keys: ['S'], views: ['agents'], priority: 4},
	{action: 'back', keys: ['escape'], views: ['conversation', 'agents'], priority: 1},
	{action: 'clearFilters', keys: ['escape'], views: ['board']},
	{action: 'agents', keys: ['tab'], views: ['board', 'agents'], priority: 9},
	{action: 'violationsOnly', keys: ['v'], views: ['board']},
	{action: 'toggleSort', keys: ['S'], views: ['board']},
	{action: 'cycleView', keys: ['f'], views: ['board'], priority: 10},
	{action: 'search', keys: ['/'], views: ['board'], priority: 4},
	{action: 'command', keys: [':'], views: ['board'], priority: 8},
	{action: 'agentFilter', keys: ['o'], views: ['board'], priority: 11},
	{action: 'assign', keys: ['r'], views: ['board', 'conversation'], priority: 1},
	{action: 'mark', keys: ['m'], views: ['board', 'conversation'], priority: 2},
	{action: 'note', keys: ['n'], views: ['board', 'conversation'], priority: 3},
	{action: 'snooze', keys: ['s'], views: ['board', 'conversation'], priority: 5},
	{action: 'spam', keys: ['x'], views: ['board', 'conversation'], priority: 12},
	{action: 'undo', keys: ['u'], views: ['board', 'conversation'], priority: 7},
	{action: 'review', keys: ['a'], views: ['conversation'], priority: 4},
	// lnav's keys for the next and previous error.
	{action: 'nextViolation', keys: ['e'], views: ['conversation'], priority: 5},
	{action: 'previousViolation', keys: ['E'], views: ['conversation'], priority: 6},
	{action: 'badLines', keys: ['b'], views: ALL_VIEWS},
	{action: 'hours', keys: ['h'], views: ['board', 'conversation'], priority: 13},
	{action: 'help', keys: ['?'], views: ALL_VIEWS, priority: 0},
	{action: 'quit', keys: ['q', 'ctrl+c'], views: ALL_VIEWS, priority: 0},
];

/**
 * The key presses in one input event. Over SSH several keys often arrive in one chunk
 * (`jj`, `j\r`), which Ink hands over as one string; each is a press of its own.
 */
export function keyNames(input: string, key: Key): string[] {
	// Esc and a key typed right after it arrive as one Alt+key: no binding uses Alt, so it is both.
	if (key.meta && !key.ctrl && !key.escape && [...input].length === 1) return ['escape', input];
	const plain = !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab;
	if (!plain || [...input].length <= 1) return [keyName(input, key)];
	return [...input].map(char => (char === '\r' || char === '\n' ? 'return' : char === '\u001B' ? 'escape' : char));
}

/** A stable name for a key press: `up`, `return`, `ctrl+c`, or the character typed. */
export function keyName(input: string, key: Key): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'return';
	if (key.escape) return 'escape';
	if (key.tab) return 'tab';
	if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
	return input;
}

const KEY_LABEL: Record<string, string> = {
	up: '↑',
	down: '↓',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
};

/** How a key is written for a person: `Enter`, `Ctrl-C`, `↑`, `j`. */
export function keyLabel(name: string): string {
	if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
	return KEY_LABEL[name] ?? name;
}

/** The footer shows the first two keys of a binding, `↑/k`; the help shows them all. */
export function bindingLabel(binding: Binding, keyCount = 2): string {
	return binding.keys.slice(0, keyCount).map(keyLabel).join('/');
}

export function actionFor(name: string, view: View): Action | undefined {
	return BINDINGS.find(binding => binding.views.includes(view) && binding.keys.includes(name))?.action;
}

/** The footer's bindings for a view, most wanted first. */
export function footerBindings(view: View): Binding[] {
	return BINDINGS.filter(binding => binding.priority !== undefined && binding.views.includes(view)).sort((a, b) => a.priority! - b.priority!);
}
