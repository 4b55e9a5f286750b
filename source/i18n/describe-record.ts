import type {AssignmentRecord, MarkRecord, NoteRecord, RecordBase, ReviewRecord, SnoozeRecord} from '../store/records.js';
import {localClock, type Zone} from '../time/zone.js';
import type {Catalog} from './catalog.js';

/** One record in words, for `history` and the TUI: `转接 → ahao`, `标记 红旗`, `撤销转接 xiaomei → ahao`. */
export function describeRecord(record: RecordBase, text: Catalog, tz: Zone, history: readonly RecordBase[] = []): string {
	if (!record.undoes) return describeAction(record, text, tz);
	// An undo says what it took back, found by id among the conversation's records.
	const undone = history.find(other => other.id === record.undoes);
	if (!undone) return text.records.undoOf(describeAction(record, text, tz));
	if (isAssignment(record) && isAssignment(undone)) return text.records.undoOf(`${text.records.assigned} ${undone.to} → ${record.to}`);
	return text.records.undoOf(describeAction(undone, text, tz));
}

function describeAction(record: RecordBase, text: Catalog, tz: Zone): string {
	const {records} = text;
	if ('verdict' in record) {
		const review = record as ReviewRecord;
		return `${records.reviewed} ${review.rule} (${review.file}:${review.line}) ${text.verdict[review.verdict]}`;
	}
	if (isAssignment(record)) return records.assignedTo(record.to);
	if ('mark' in record) {
		const mark = record as MarkRecord;
		return `${mark.op === 'set' ? records.marked : records.unmarked} ${text.markName[mark.mark]}`;
	}
	if ('text' in record) return `${records.noted} ${(record as NoteRecord).text}`;
	const snooze = record as SnoozeRecord;
	if (snooze.op === 'clear') return records.unsnoozed;
	return `${records.snoozed} ${snooze.until === undefined ? text.modal.snoozeChoice.buyer : records.until(localClock(Date.parse(snooze.until), tz).slice(0, 5))}`;
}

function isAssignment(record: RecordBase): record is AssignmentRecord {
	return 'to' in record;
}
