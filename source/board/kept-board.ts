import type {ChangedConversations} from '../model/changed-conversations.js';
import type {Conversation} from '../model/conversation.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {buildBoard, type AheadLines, type BoardRow} from './triage.js';
import {idlePosition} from './urgency.js';
import type {Zone} from '../time/zone.js';

export interface KeptBoardSource {
	all(): Iterable<Conversation>;
	/** The latest message time of all: a board at an earlier `now` still has lines to come into view. */
	readonly latestTs: number;
	/** A list of the conversations that gain lines, for the kept board alone to take from. */
	watchChanges(): ChangedConversations;
}

export interface KeptBoardOptions {
	packs: RulePacks;
	tz: Zone;
	recordsOf: (key: string) => ConversationRecords | undefined;
	ahead: AheadLines;
	staleMs?: number;
}

/** The board between redraws: the idle rows in order, and who is waiting (evaluated at each redraw). */
interface Kept {
	recordsChanges: number;
	now: number;
	idle: BoardRow[];
	waiting: Conversation[];
}

/**
 * The board kept from one redraw to the next. Until a line is read or a record written, idle
 * conversations stay idle and the others (waiting, lost, set aside…) stay out of idle whatever
 * the time, so the next seconds only re-evaluate the waiting ones and append the idle rows,
 * already in order. A new line re-evaluates only its conversation; a record written, or a
 * `now` gone back, builds the board afresh. (The plain version — `buildBoard` over every
 * conversation at each redraw — is what the randomised test compares it with.)
 */
export class KeptBoard {
	private kept: Kept | undefined;
	/** Watched from the first board on: before it there is nothing kept to bring up to date (and `report` never asks). */
	private changes: ChangedConversations | undefined;

	constructor(
		private readonly book: KeptBoardSource,
		private readonly options: KeptBoardOptions,
	) {}

	/** The board at `now`, the records as they are after `recordsChanges` changes. */
	rows(now: number, recordsChanges: number): BoardRow[] {
		const changed = (this.changes ??= this.book.watchChanges()).take();
		let kept = this.kept;
		if (!kept || kept.recordsChanges !== recordsChanges || now < kept.now) {
			const rows = this.build(this.book.all(), now);
			kept = {recordsChanges, now, idle: rows.filter(row => row.status === 'idle'), waiting: rows.filter(row => row.status !== 'idle').map(row => row.conversation)};
		} else if (changed.size > 0) {
			// Placed as they stand at `now` (a snooze run out makes a row idle): valid from `now` on.
			kept = {...kept, now: Math.max(kept.now, now), ...withChanged(kept, changed, this.build(changed, now))};
		}
		const live = this.build(kept.waiting, now);
		// A snooze that ran out on a quiet conversation: it is idle from now on, in its place among the idle.
		if (live.at(-1)?.status === 'idle') {
			const back = live.filter(row => row.status === 'idle');
			// Idle from `now` on, not before it: an earlier `now` builds afresh.
			kept = {...kept, now, ...withChanged(kept, new Set(back.map(row => row.conversation)), back)};
		}
		// Hidden lines stamped after `now` come into view as time passes, even in conversations
		// that have no row yet: such a board is not kept. Lines shown already change nothing.
		this.kept = this.options.ahead === 'hide' && this.book.latestTs > now ? undefined : kept;
		return live.at(-1)?.status === 'idle' ? [...live.filter(row => row.status !== 'idle'), ...kept.idle] : [...live, ...kept.idle];
	}

	private build(conversations: Iterable<Conversation>, now: number): BoardRow[] {
		const {packs, tz, recordsOf, ahead, staleMs} = this.options;
		return buildBoard(conversations, packs, tz, now, recordsOf, {staleMs, ahead});
	}
}

/** The kept board with the changed conversations' new rows in place of their old ones. */
function withChanged(kept: Kept, changed: ReadonlySet<Conversation>, rows: BoardRow[]): Pick<Kept, 'idle' | 'waiting'> {
	const idle = kept.idle.filter(row => !changed.has(row.conversation));
	for (const row of rows.filter(r => r.status === 'idle')) idle.splice(idlePosition(idle, row), 0, row);
	const waiting = [...kept.waiting.filter(conversation => !changed.has(conversation)), ...rows.filter(r => r.status !== 'idle').map(r => r.conversation)];
	return {idle, waiting};
}
