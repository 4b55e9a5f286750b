import {EventEmitter} from 'node:events';
import {stat} from 'node:fs/promises';
import {watch, type FSWatcher} from 'chokidar';
import {conversationKey, type Platform} from '../model/message.js';
import {foldRecords, type ConversationRecords} from '../store/conversation-records.js';
import {appendRecord, readRecords} from '../store/record-file.js';
import {recordBase, type Actor} from '../store/new-record.js';
import type {AssignmentRecord, Mark, MarkRecord, NoteRecord, Records, ReviewRecord, SnoozeLength, SnoozeRecord, Verdict} from '../store/records.js';
import {formatIsoInZone} from '../time/zone.js';

export interface ConversationRef {
	conv: string;
	platform: Platform;
	shop: string;
}

const POLL_MS = 1000;

type Written =
	| {kind: 'assignments'; record: AssignmentRecord; previousOwner: string}
	| {kind: 'marks'; record: MarkRecord}
	| {kind: 'notes'; record: NoteRecord}
	| {kind: 'reviews'; record: ReviewRecord; previousVerdict: Verdict}
	| {kind: 'snoozes'; record: SnoozeRecord; previous?: SnoozeRecord};

/**
 * The supervisor records as the TUI sees them: read from the db file, reloaded when another
 * supervisor or a script writes it, and appended to by this user's actions (with undo).
 */
export class RecordBook extends EventEmitter<{change: []}> {
	private states = new Map<string, ConversationRecords>();
	private readonly written: Written[] = [];
	private watcher: FSWatcher | undefined;
	private poller: NodeJS.Timeout | undefined;
	private version = '';
	/** Why the file could not be read, shown to the user; the last good records stay in use. */
	error: string | undefined;

	constructor(
		readonly file: string,
		private readonly actor: () => Actor,
	) {
		super();
	}

	/** Reads the records once, for a one-shot board. */
	async load(): Promise<void> {
		await this.reload();
	}

	/** Reads the records and keeps following the file. */
	async start(): Promise<void> {
		// No folder is made just for watching: the first write makes it, and the stat below
		// notices a file that appears where events cannot be had.
		await this.reload();
		this.watcher = watch(this.file, {ignoreInitial: true});
		this.watcher.on('add', () => void this.reload()).on('change', () => void this.reload());
		// Events can be lost (network filesystems, a rename over the file); a cheap stat makes
		// sure another supervisor's change shows within two seconds all the same.
		this.poller = setInterval(() => void this.reloadIfChanged(), POLL_MS);
	}

	async stop(): Promise<void> {
		clearInterval(this.poller);
		await this.watcher?.close();
	}

	of(key: string): ConversationRecords | undefined {
		return this.states.get(key);
	}

	all(): ReadonlyMap<string, ConversationRecords> {
		return this.states;
	}

	isSpam(conversation: ConversationRef): boolean {
		return this.states.get(conversationKey(conversation))?.marks.has('spam') ?? false;
	}

	async assign(conversation: ConversationRef, to: string, previousOwner: string): Promise<void> {
		const record = {...recordBase(conversation, this.actor()), to};
		await this.write({kind: 'assignments', record, previousOwner});
	}

	async setMark(conversation: ConversationRef, mark: Mark, on: boolean): Promise<void> {
		await this.write({kind: 'marks', record: {...recordBase(conversation, this.actor()), mark, op: on ? 'set' : 'clear'}});
	}

	/** Sets a conversation aside for `minutes` from now, or until the buyer writes; `clear` ends a snooze. */
	async snooze(conversation: ConversationRef, until: SnoozeLength): Promise<void> {
		const actor = this.actor();
		const base = recordBase(conversation, actor);
		const record: SnoozeRecord =
			until === 'clear' ? {...base, op: 'clear'} : until === 'buyer' ? {...base, op: 'set'} : {...base, op: 'set', until: formatIsoInZone(actor.now + until.minutes * 60_000, actor.tz)};
		await this.write({kind: 'snoozes', record, previous: this.states.get(conversationKey(conversation))?.snooze});
	}

	async note(conversation: ConversationRef, text: string): Promise<void> {
		await this.write({kind: 'notes', record: {...recordBase(conversation, this.actor()), text}});
	}

	/** Records a verdict on one flagged rule of one message. */
	async review(conversation: ConversationRef, flagged: {file: string; line: number; rule: string}, verdict: Verdict, previousVerdict: Verdict): Promise<void> {
		await this.write({kind: 'reviews', record: {...recordBase(conversation, this.actor()), ...flagged, verdict}, previousVerdict});
	}

	/** Takes back this user's last action by appending its reverse; returns what was undone. */
	async undo(): Promise<Written | undefined> {
		const last = this.written.pop();
		if (!last) return undefined;
		const base = {...recordBase(last.record, this.actor()), undoes: last.record.id};
		if (last.kind === 'assignments') await appendRecord(this.file, 'assignments', {...base, to: last.previousOwner});
		else if (last.kind === 'marks') await appendRecord(this.file, 'marks', {...base, mark: last.record.mark, op: last.record.op === 'set' ? 'clear' : 'set'});
		else if (last.kind === 'reviews') {
			const {file, line, rule} = last.record;
			await appendRecord(this.file, 'reviews', {...base, file, line, rule, verdict: last.previousVerdict});
		}
		else if (last.kind === 'snoozes') {
			// Back to the snooze that was in force before, or to none.
			const {previous} = last;
			await appendRecord(this.file, 'snoozes', previous ? {...base, op: 'set', ...(previous.until === undefined ? {} : {until: previous.until})} : {...base, op: 'clear'});
		}
		else await appendRecord(this.file, 'notes', {...base, text: ''});
		await this.reload();
		return last;
	}

	private async write(entry: Written): Promise<void> {
		await appendRecord(this.file, entry.kind, entry.record as never);
		this.written.push(entry);
		await this.reload();
	}

	private async reloadIfChanged(): Promise<void> {
		const info = await stat(this.file).catch(() => undefined);
		const version = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none';
		if (version !== this.version) await this.reload();
	}

	private async reload(): Promise<void> {
		const info = await stat(this.file).catch(() => undefined);
		this.version = info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none';
		try {
			const records: Records = await readRecords(this.file);
			this.states = foldRecords(records);
			this.error = undefined;
		} catch (error) {
			this.error = (error as Error).message;
		}
		this.emit('change');
	}
}
