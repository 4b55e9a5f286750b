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

/**
 * A conversation set aside by a supervisor (contract §5): until `until`, or, without it, until the
 * buyer writes again; a `clear` ends it early. The buyer writing again always ends it.
 */
export interface SnoozeRecord extends RecordBase {
	op: 'set' | 'clear';
	/** ISO 8601; absent: until the buyer writes. */
	until?: string;
}

/** How long `s` sets a row aside: some minutes, until the buyer writes, or no longer. */
export type SnoozeLength = {minutes: number} | 'buyer' | 'clear';

/** The supervisor records file (`--db`): top-level arrays, only ever appended to. */
export interface Records {
	assignments: AssignmentRecord[];
	marks: MarkRecord[];
	notes: NoteRecord[];
	/** Beyond contract §4: verdicts on violations. */
	reviews: ReviewRecord[];
	/** Beyond contract §4: rows set aside for a while (§5). */
	snoozes: SnoozeRecord[];
}

/** Which flagged words a review is about: the line of the log and the rule. */
export function reviewKey(review: {file: string; line: number; rule: string}): string {
	return `${review.file}:${review.line}:${review.rule}`;
}

export type RecordKind = keyof Records;

/** Every kind of record, in the order a file lists them. */
export const RECORD_KINDS: readonly RecordKind[] = ['assignments', 'marks', 'notes', 'reviews', 'snoozes'];

export function emptyRecords(): Records {
	return {assignments: [], marks: [], notes: [], reviews: [], snoozes: []};
}
