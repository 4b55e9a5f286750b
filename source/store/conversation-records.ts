import {conversationKey} from '../model/message.js';
import {reviewKey, type AssignmentRecord, type Mark, type MarkRecord, type NoteRecord, type RecordBase, type Records, type SnoozeRecord, type Verdict} from './records.js';

/** What the records say of one conversation now. */
export interface ConversationRecords {
	/** The latest transfer, if any. */
	assignment?: AssignmentRecord;
	marks: Set<Mark>;
	/** The record that set each mark now set: who and when. */
	markRecords: Map<Mark, MarkRecord>;
	/** The snooze in force, if the latest one was not cleared (it may have run out: see `until`). */
	snooze?: SnoozeRecord;
	/** Notes in order, without those taken back. */
	notes: NoteRecord[];
	/** The latest verdict on each flagged message, by `reviewKey`. */
	reviews: Map<string, Verdict>;
	/** Every record of the conversation, oldest first, for its history. */
	history: RecordBase[];
}

/**
 * Folds the append-only records into each conversation's state. Records are applied in file
 * order, which is the order they were written; an undo is itself a record.
 */
export function foldRecords(records: Records): Map<string, ConversationRecords> {
	const states = new Map<string, ConversationRecords>();
	const stateOf = (record: RecordBase) => {
		const key = conversationKey(record);
		let state = states.get(key);
		if (!state) {
			state = {marks: new Set(), markRecords: new Map(), notes: [], reviews: new Map(), history: []};
			states.set(key, state);
		}
		state.history.push(record);
		return state;
	};
	for (const assignment of records.assignments) stateOf(assignment).assignment = assignment;
	for (const mark of records.marks) {
		const state = stateOf(mark);
		if (mark.op === 'set') {
			state.marks.add(mark.mark);
			state.markRecords.set(mark.mark, mark);
		} else {
			state.marks.delete(mark.mark);
			state.markRecords.delete(mark.mark);
		}
	}
	for (const note of records.notes) {
		const state = stateOf(note);
		if (note.undoes) state.notes = state.notes.filter(n => n.id !== note.undoes);
		else state.notes.push(note);
	}
	for (const snooze of records.snoozes) {
		const state = stateOf(snooze);
		state.snooze = snooze.op === 'set' ? snooze : undefined;
	}
	for (const review of records.reviews) stateOf(review).reviews.set(reviewKey(review), review.verdict);
	for (const state of states.values()) state.history.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
	return states;
}
