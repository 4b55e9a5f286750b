import {catalog, type Catalog} from '../i18n/catalog.js';
import {conversationKey} from '../model/message.js';
import {foldRecords} from '../store/conversation-records.js';
import {appendRecord, readRecords} from '../store/record-store.js';
import {maskUrl} from '../store/database-url.js';
import {recordBase} from '../store/new-record.js';
import {MARKS, type AssignmentRecord, type Mark, type MarkRecord, type NoteRecord, type RecordBase} from '../store/records.js';
import type {CommonOptions} from './common-options.js';
import {UsageError} from './usage-error.js';
import {inertText} from '../text/inert-text.js';
import {withUsageErrors} from './store-errors.js';

export interface RecordFlags {
	db: string;
	shop?: string;
}

/** `assign`, `mark`, `unmark`, `note`, `history`: the supervisor records from scripts (contract §3, §4). */
export async function recordCommand(command: 'assign' | 'mark' | 'unmark' | 'note' | 'history', args: readonly string[], flags: RecordFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const [conv, value, ...rest] = args;
	if (!conv) throw new UsageError(text.records.needConv(command));
	const conversation = {conv, platform: options.platform, shop: flags.shop ?? ''};
	if (command === 'history') return printHistory(flags.db, conversationKey(conversation), text);
	if (!value) throw new UsageError(text.records.needValue(command));
	const base = recordBase(conversation, {by: options.by, tz: options.tz, now: options.clock()});
	await withUsageErrors(text, async () => {
		if (command === 'assign') await appendRecord(flags.db, 'assignments', {...base, to: value});
		else if (command === 'note') await appendRecord(flags.db, 'notes', {...base, text: [value, ...rest].join(' ')});
		else await appendRecord(flags.db, 'marks', {...base, mark: checkMark(value, text), op: command === 'mark' ? 'set' : 'clear'});
	});
	process.stdout.write(`${inertText(text.records.done(command, conv, maskUrl(flags.db)))}\n`);
	return 0;
}

function checkMark(value: string, text: Catalog): Mark {
	if (!(MARKS as readonly string[]).includes(value)) throw new UsageError(text.records.badMark(value, MARKS.join(' ')));
	return value as Mark;
}

async function printHistory(file: string, key: string, text: Catalog): Promise<number> {
	const records = await withUsageErrors(text, () => readRecords(file));
	const state = foldRecords(records).get(key);
	const lines = (state?.history ?? []).map(record => inertText(`${record.at}  ${record.by}  ${describeRecord(record, text)}`));
	process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : `${text.records.noHistory}\n`);
	return 0;
}

/** One record in words: `转接 → ahao`, `标记 red`, `备注 …`. */
export function describeRecord(record: RecordBase, text: Catalog): string {
	const undo = record.undoes ? `${text.records.undo} ` : '';
	if ('to' in record) return `${undo}${text.records.assigned} → ${(record as AssignmentRecord).to}`;
	if ('mark' in record) {
		const mark = record as MarkRecord;
		return `${undo}${mark.op === 'set' ? text.records.marked : text.records.unmarked} ${mark.mark}`;
	}
	return `${undo}${text.records.noted} ${(record as NoteRecord).text}`;
}
