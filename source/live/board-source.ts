import type {WatchSession} from './watch-session.js';

/** What the UI needs from the core: a view per data version, the reading side's state, and a signal when it changed. */
export type BoardSource = Pick<
	WatchSession,
	| 'on'
	| 'off'
	| 'snapshot'
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
	| 'searchWords'
	| 'wordsFound'
>;
