import {createHash} from 'node:crypto';
import {catalog} from '../i18n/catalog.js';
import {maskUrl} from '../store/database-url.js';
import {PgStore} from '../store/pg-store.js';
import {RecordFile} from '../store/record-file.js';
import {formatRecords, RECORD_KINDS} from '../store/records-document.js';
import {openRecordStore, type RecordStore} from '../store/record-store.js';
import type {RecordBase, RecordKind, Records} from '../store/records.js';
import type {CommonOptions} from './common-options.js';
import {withUsageErrors} from './store-errors.js';
import {UsageError} from './usage-error.js';

/** Records copied per INSERT when importing into PostgreSQL. */
const BATCH = 500;

/** `db import FILE` (idempotent by id) and `db export` (the lowdb document, from either store). */
export async function dbCommand(args: readonly string[], flags: {db: string}, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const [sub, file] = args;
	if (sub !== 'import' && sub !== 'export') throw new UsageError(text.database.needSubcommand);
	if (sub === 'import' && !file) throw new UsageError(text.database.needFile);
	const store = openRecordStore(flags.db);
	try {
		if (sub === 'export') {
			const records = await withUsageErrors(text, () => store.read());
			process.stdout.write(`${formatRecords(records)}\n`);
			return 0;
		}
		const source = await withUsageErrors(text, () => new RecordFile(file!).read());
		const entries = withIds(source);
		const added = await withUsageErrors(text, () => copyInto(store, entries));
		process.stdout.write(`${text.database.imported(added, entries.length, maskUrl(flags.db))}\n`);
		return 0;
	} finally {
		await store.close?.();
	}
}

interface Entry {
	kind: RecordKind;
	record: RecordBase;
}

/** Every record of the file in order; one without an id gets one made from its content, the same each run. */
function withIds(records: Records): Entry[] {
	// A kind this version does not know (an array of records) is copied too; other keys are not records.
	const extra = Object.keys(records).filter(kind => !RECORD_KINDS.includes(kind as RecordKind) && isRecordList((records as unknown as Record<string, unknown>)[kind]));
	return ([...RECORD_KINDS, ...extra] as RecordKind[]).flatMap(kind =>
		(records[kind] as RecordBase[]).map(record => {
			if (typeof record.id === 'string' && record.id !== '') return {kind, record};
			const id = `import-${createHash('sha256')
				.update(`${kind}\n${JSON.stringify(record)}`)
				.digest('hex')
				.slice(0, 32)}`;
			return {kind, record: {...record, id}};
		}),
	);
}

function isRecordList(value: unknown): value is RecordBase[] {
	return Array.isArray(value) && value.every(entry => typeof entry === 'object' && entry !== null && !Array.isArray(entry));
}

/** Appends what the store lacks by id; returns how many were new. */
async function copyInto(store: RecordStore, entries: readonly Entry[]): Promise<number> {
	if (store instanceof PgStore) {
		let added = 0;
		for (let start = 0; start < entries.length; start += BATCH) added += await store.insert(entries.slice(start, start + BATCH));
		return added;
	}
	const held = await store.read();
	const ids = new Set(Object.values(held).flatMap((list: RecordBase[]) => list.map(record => record.id)));
	let added = 0;
	for (const {kind, record} of entries) {
		if (ids.has(record.id)) continue;
		ids.add(record.id);
		await store.append(kind, record as never);
		added += 1;
	}
	return added;
}
