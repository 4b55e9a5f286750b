import {catalog, type Catalog} from '../i18n/catalog.js';
import {conversationKey} from '../model/message.js';
import {foldRecords} from '../store/conversation-records.js';
import {appendRecord, readRecords} from '../store/record-file.js';
import {RecordFileError} from '../store/record-file-error.js';
import {recordBase} from '../store/new-record.js';
import {MARKS, type Mark} from '../store/records.js';
import {describeRecord} from '../i18n/describe-record.js';
import type {CommonOptions} from './common-options.js';
import {UsageError} from './usage-error.js';

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
	if (command === 'history') return printHistory(flags.db, conversationKey(conversation), text, options.tz);
	if (!value) throw new UsageError(text.records.needValue(command));
	const base = recordBase(conversation, {by: options.by, tz: options.tz, now: options.clock()});
	await withUsageErrors(async () => {
		if (command === 'assign') await appendRecord(flags.db, 'assignments', {...base, to: value});
		else if (command === 'note') await appendRecord(flags.db, 'notes', {...base, text: [value, ...rest].join(' ')});
		else await appendRecord(flags.db, 'marks', {...base, mark: checkMark(value, text), op: command === 'mark' ? 'set' : 'clear'});
	});
	process.stdout.write(`${text.records.done(command, conv, flags.db)}\n`);
	return 0;
}

function checkMark(value: string, text: Catalog): Mark {
	if (!(MARKS as readonly string[]).includes(value)) throw new UsageError(text.records.badMark(value, MARKS.join(' ')));
	return value as Mark;
}

async function printHistory(file: string, key: string, text: Catalog, tz: string): Promise<number> {
	const records = await withUsageErrors(() => readRecords(file));
	const history = foldRecords(records).get(key)?.history ?? [];
	const lines = history.map(record => `${record.at}  ${record.by}  ${describeRecord(record, text, tz, history)}`);
	process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : `${text.records.noHistory}\n`);
	return 0;
}

async function withUsageErrors<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof RecordFileError) throw new UsageError(error.message);
		throw error;
	}
}
