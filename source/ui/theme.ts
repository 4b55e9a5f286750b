import type {RowStatus} from '../board/triage.js';

/** Colours by meaning; every one of them is paired with a symbol or word on screen. */
export const STATUS_COLOR: Record<RowStatus, string | undefined> = {
	warning: 'yellow',
	breached: 'red',
	waiting: 'cyan',
	notCounted: 'cyan',
	lost: 'gray',
	setAside: 'gray',
	idle: undefined,
};

export const TONE_COLOR = {
	breached: 'red',
	warning: 'yellow',
	waiting: 'cyan',
	muted: 'gray',
	title: 'green',
} as const;
