import {ownerAgent} from '../model/conversation.js';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {catalog, type Catalog} from '../i18n/catalog.js';
import {describeRecord} from '../i18n/describe-record.js';
import {shopName} from '../i18n/shop-name.js';
import {conversationKey, type Platform} from '../model/message.js';
import {foldRecords} from '../store/conversation-records.js';
import {appendRecord, readRecords} from '../store/record-store.js';
import {isDatabaseUrl, maskUrl} from '../store/database-url.js';
import {recordBase} from '../store/new-record.js';
import {MARKS, RECORD_KINDS, type AssignmentRecord, type Mark, type MarkRecord, type NoteRecord, type RecordBase, type Records} from '../store/records.js';
import type {CommonOptions} from './common-options.js';
import {openSession, startSession} from './load-board.js';
import {UsageError} from './usage-error.js';
import {inertText} from '../text/inert-text.js';
import {withUsageErrors} from './store-errors.js';

export interface RecordFlags {
	db: string;
	shop?: string;
	/** Where the logs are: the conversation, shop and agent are checked against them. */
	logs?: readonly string[];
	/** `assign` to an agent the logs have not seen. */
	newAgent?: boolean;
	/** Make the `--db` folder if it does not exist. */
	init?: boolean;
}

type RecordCommand = 'assign' | 'mark' | 'unmark' | 'note' | 'history';

/** How many arguments each command takes after its name: CONV and, but for history, one value. */
const ARGUMENTS: Record<RecordCommand, number> = {assign: 2, mark: 2, unmark: 2, note: 2, history: 1};

/** `assign`, `mark`, `unmark`, `note`, `history`: the supervisor records from scripts (contract §3, §4). */
export async function recordCommand(command: RecordCommand, args: readonly string[], flags: RecordFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const [conv, value] = args;
	if (!conv) throw new UsageError(text.records.needConv(command));
	if (command !== 'history' && !value) throw new UsageError(text.records.needValue(command));
	if (args.length > ARGUMENTS[command]) throw new UsageError(text.records.extraArguments(command, args.slice(ARGUMENTS[command]).join(' ')));
	if (command === 'history') return printHistory(flags, conv, options, text);
	const mark = command === 'mark' || command === 'unmark' ? checkMark(value!, text) : undefined;
	await checkDbFolder(flags, text);
	const logs = flags.logs && flags.logs.length > 0 ? await readLogs(flags.logs, options) : undefined;
	const conversation = {conv, platform: options.platform, shop: flags.shop ?? ''};
	if (logs) checkAgainstLogs(command, conversation, value!, flags, logs, text);
	const records = await withUsageErrors(text, () => readRecords(flags.db));
	const kept = foldRecords(records).get(conversationKey(conversation));
	if (command === 'unmark' && !kept?.marks.has(mark!)) throw new UsageError(text.records.markNotSet(conv, text.markName[mark!]));
	// The owner is the latest transfer's, else the logs' (when they were given): a transfer to them changes nothing.
	if (command === 'assign' && (kept?.assignment?.to ?? logs?.owners.get(conversationKey(conversation))) === value) throw new UsageError(text.records.alreadyOwner(conv, value!));
	const base = recordBase(conversation, {by: options.by, tz: options.tz, now: options.clock()});
	const written = await withUsageErrors(text, async (): Promise<RecordBase> => {
		if (command === 'assign') {
			const record: AssignmentRecord = {...base, to: value!};
			await appendRecord(flags.db, 'assignments', record);
			return record;
		}
		if (command === 'note') {
			const record: NoteRecord = {...base, text: value!};
			await appendRecord(flags.db, 'notes', record);
			return record;
		}
		const record: MarkRecord = {...base, mark: mark!, op: command === 'mark' ? 'set' : 'clear'};
		await appendRecord(flags.db, 'marks', record);
		return record;
	});
	const what = describeRecord(written, text, options.tz);
	// The db URL's password is never shown; names and texts from outside pass the gate.
	process.stdout.write(`${inertText(text.records.recorded(conv, what, conversation.shop || text.platform[conversation.platform], maskUrl(flags.db)))}\n`);
	return 0;
}

function checkMark(value: string, text: Catalog): Mark {
	if (!(MARKS as readonly string[]).includes(value)) throw new UsageError(text.records.badMark(value, MARKS.join(' ')));
	return value as Mark;
}

/** A `--db` in a folder that does not exist is a typo far more often than a new file: only `--init` makes it. */
async function checkDbFolder(flags: RecordFlags, text: Catalog): Promise<void> {
	// A database URL has no folder; its server says whether it exists.
	if (flags.init || isDatabaseUrl(flags.db)) return;
	const folder = path.dirname(path.resolve(flags.db));
	const info = await stat(folder).catch(() => undefined);
	if (!info?.isDirectory()) throw new UsageError(text.records.noDbFolder(flags.db, folder));
}

/** What the logs know: conversations by platform and shop with who holds each, and the agents. */
interface LogIndex {
	conversations: Set<string>;
	owners: Map<string, string | undefined>;
	shops: Set<string>;
	agents: Set<string>;
}

async function readLogs(paths: readonly string[], options: CommonOptions): Promise<LogIndex> {
	const session = await openSession(paths, options);
	await startSession(session, false);
	const index: LogIndex = {conversations: new Set(), owners: new Map(), shops: new Set(), agents: new Set(session.book.agents())};
	for (const conversation of session.book.all()) {
		index.conversations.add(conversation.key);
		index.owners.set(conversation.key, ownerAgent(conversation.messages));
		index.shops.add(shopKey(conversation.platform, conversation.shop));
	}
	return index;
}

const shopKey = (platform: Platform, shop: string) => `${platform}\u0000${shop}`;

function checkAgainstLogs(command: RecordCommand, conversation: {conv: string; platform: Platform; shop: string}, value: string, flags: RecordFlags, logs: LogIndex, text: Catalog): void {
	if (!logs.shops.has(shopKey(conversation.platform, conversation.shop))) throw new UsageError(text.records.unknownShop(shopName(conversation, text)));
	if (!logs.conversations.has(conversationKey(conversation))) throw new UsageError(text.records.unknownConv(conversation.conv, shopName(conversation, text)));
	if (command === 'assign' && !flags.newAgent && !logs.agents.has(value)) throw new UsageError(text.records.unknownAgent(value));
}

async function printHistory(flags: RecordFlags, conv: string, options: CommonOptions, text: Catalog): Promise<number> {
	const records = await withUsageErrors(text, () => readRecords(flags.db));
	const states = foldRecords(records);
	const key = flags.shop === undefined ? onlyShopWith(records, conv, options.platform, text) : conversationKey({conv, platform: options.platform, shop: flags.shop});
	const history = (key && states.get(key)?.history) || [];
	const lines = history.map(record => inertText(`${record.at}  ${record.by}  ${describeRecord(record, text, options.tz, history)}`));
	process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : `${text.records.noHistory}\n`);
	return 0;
}

/** Without `--shop`, the conversation of that id when only one shop of the platform has records of it. */
function onlyShopWith(records: Records, conv: string, platform: Platform, text: Catalog): string | undefined {
	const shops = new Set<string>();
	for (const kind of RECORD_KINDS) for (const record of records[kind]) if (record.conv === conv && record.platform === platform) shops.add(record.shop);
	if (shops.size > 1) throw new UsageError(text.records.whichShop(conv, [...shops].map(shop => shop || '""').join(', ')));
	const [shop] = shops;
	return shop === undefined ? undefined : conversationKey({conv, platform, shop});
}
