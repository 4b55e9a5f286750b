import {EventEmitter} from 'node:events';
import {conversationKey, type Platform} from '../model/message.js';
import {foldRecords, type ConversationRecords} from '../store/conversation-records.js';
import {PgStore} from '../store/pg-store.js';
import {openRecordStore, type RecordStore} from '../store/record-store.js';
import {recordBase, type Actor} from '../store/new-record.js';
import type {AssignmentRecord, Mark, MarkRecord, NoteRecord, RecordKind, Records, ReviewRecord, SnoozeLength, SnoozeRecord, Verdict} from '../store/records.js';
import {formatIsoInZone} from '../time/zone.js';
import {FileFeed} from './file-feed.js';
import {PgFeed} from './pg-feed.js';
import type {RecordFeed} from './record-feed.js';

export interface ConversationRef {
	conv: string;
	platform: Platform;
	shop: string;
}

type Written =
	| {kind: 'assignments'; record: AssignmentRecord; previousOwner: string}
	| {kind: 'marks'; record: MarkRecord}
	| {kind: 'notes'; record: NoteRecord}
	| {kind: 'reviews'; record: ReviewRecord; previousVerdict: Verdict}
	| {kind: 'snoozes'; record: SnoozeRecord; previous?: SnoozeRecord};

/**
 * The supervisor records as the TUI sees them: read from the db (a file or a database),
 * reloaded when another supervisor or a script writes it, and appended to by this user's
 * actions (with undo).
 */
export class RecordBook extends EventEmitter<{change: []}> {
	private states = new Map<string, ConversationRecords>();
	private readonly written: Written[] = [];
	/** This user's writes, one after another: an undo waits for the action it takes back. */
	private writing: Promise<unknown> = Promise.resolve();
	private readonly store: RecordStore;
	private readonly feed: RecordFeed;
	/** Why the records could not be read, shown to the user; the last good records stay in use. */
	problem: Error | undefined;

	constructor(
		readonly file: string,
		private readonly actor: () => Actor,
	) {
		super();
		const store = openRecordStore(file);
		this.store = store;
		this.feed = store instanceof PgStore ? new PgFeed(store) : new FileFeed(file);
	}

	/** The problem in English, for logs and tests; the screen describes `problem` in its language. */
	get error(): string | undefined {
		return this.problem?.message;
	}

	/** Reads the records once, for a one-shot board. */
	async load(): Promise<void> {
		await this.reload();
	}

	/** Reads the records and keeps following the store. */
	async start(): Promise<void> {
		await this.reload();
		await this.feed.follow(() => void this.reload());
	}

	async stop(): Promise<void> {
		await this.feed.stop();
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
	undo(): Promise<Written | undefined> {
		return this.inTurn(() => this.undoLast());
	}

	private async undoLast(): Promise<Written | undefined> {
		const last = this.written.pop();
		if (!last) return undefined;
		const base = {...recordBase(last.record, this.actor()), undoes: last.record.id};
		try {
			if (last.kind === 'assignments') await this.append('assignments', {...base, to: last.previousOwner});
			else if (last.kind === 'marks') await this.append('marks', {...base, mark: last.record.mark, op: last.record.op === 'set' ? 'clear' : 'set'});
			else if (last.kind === 'reviews') {
				const {file, line, rule} = last.record;
				await this.append('reviews', {...base, file, line, rule, verdict: last.previousVerdict});
			} else if (last.kind === 'snoozes') {
				// Back to the snooze that was in force before, or to none.
				const {previous} = last;
				await this.append('snoozes', previous ? {...base, op: 'set', ...(previous.until === undefined ? {} : {until: previous.until})} : {...base, op: 'clear'});
			} else await this.append('notes', {...base, text: ''});
		} catch (error) {
			// Not undone: it stays the last action, to undo once the records can be written.
			this.written.push(last);
			throw error;
		}
		await this.reload();
		return last;
	}

	private write(entry: Written): Promise<void> {
		return this.inTurn(() => this.writeNow(entry));
	}

	/** Runs `work` once this user's earlier writes are done, whether they worked or not. */
	private inTurn<T>(work: () => Promise<T>): Promise<T> {
		const turn = this.writing.catch(() => undefined).then(work);
		this.writing = turn;
		return turn;
	}

	private async writeNow(entry: Written): Promise<void> {
		await this.append(entry.kind, entry.record as never);
		this.written.push(entry);
		await this.reload();
	}

	/** Refused at once while the records are known not to be live, rather than pretending. */
	private async append<K extends RecordKind>(kind: K, record: Records[K][number]): Promise<void> {
		const refusal = this.feed.refusal();
		if (refusal) throw refusal;
		await this.store.append(kind, record);
	}

	private async reload(): Promise<void> {
		const hadProblem = this.problem !== undefined;
		try {
			const {records, changed} = await this.feed.read();
			this.problem = undefined;
			if (!changed && !hadProblem) return;
			this.states = foldRecords(records);
		} catch (error) {
			const same = this.problem?.message === (error as Error).message;
			this.problem = error as Error;
			if (same) return;
		}
		this.emit('change');
	}
}
