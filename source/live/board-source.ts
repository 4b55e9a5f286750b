import type {WatchSession} from './watch-session.js';

/** What the UI needs from the core: the board at an instant, and a signal when it changed. */
export type BoardSource = Pick<
	WatchSession,
	| 'on'
	| 'off'
	| 'board'
	| 'today'
	| 'violationsOf'
	| 'buyerSignalsOf'
	| 'records'
	| 'loadProgress'
	| 'clockLabel'
	| 'clocksFor'
	| 'badLines'
	| 'book'
	| 'boardClocks'
	| 'isLoaded'
	| 'missingPaths'
	| 'restoreTexts'
	| 'conversationsSaying'
>;
