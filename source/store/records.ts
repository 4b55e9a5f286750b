import type {Platform} from '../model/message.js';

/** The marks of contract §4: the back office's flag colours, and three states. */
export const MARKS = ['yellow', 'green', 'blue', 'purple', 'red', 'spam', 'resolved', 'escalated'] as const;
export type Mark = (typeof MARKS)[number];

/** What every record says: which conversation, who acted and when. */
export interface RecordBase {
	id: string;
	conv: string;
	platform: Platform;
	shop: string;
	by: string;
	/** ISO 8601 with the shop zone's offset. */
	at: string;
	/** Set on a record appended to take back an earlier one (undo): nothing is ever deleted. */
	undoes?: string;
}

export interface AssignmentRecord extends RecordBase {
	to: string;
}

export interface MarkRecord extends RecordBase {
	mark: Mark;
	op: 'set' | 'clear';
}

export interface NoteRecord extends RecordBase {
	text: string;
}

export const VERDICTS = ['open', 'confirmed', 'false-positive'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A supervisor's verdict on one flagged message: the rule was broken, or the flag was wrong. */
export interface ReviewRecord extends RecordBase {
	file: string;
	line: number;
	rule: string;
	verdict: Verdict;
}

/** The supervisor records file (`--db`): top-level arrays, only ever appended to. */
export interface Records {
	assignments: AssignmentRecord[];
	marks: MarkRecord[];
	notes: NoteRecord[];
	/** Beyond contract §4: verdicts on violations. */
	reviews: ReviewRecord[];
}

/** Which flagged words a review is about: the line of the log and the rule. */
export function reviewKey(review: {file: string; line: number; rule: string}): string {
	return `${review.file}:${review.line}:${review.rule}`;
}

export type RecordKind = keyof Records;

export function emptyRecords(): Records {
	return {assignments: [], marks: [], notes: [], reviews: []};
}
