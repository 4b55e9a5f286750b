import type {Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import type {ClockDefinition, ClockStatus} from '../model/reply-clock.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import type {AssignmentRecord} from '../store/records.js';
import type {MessageBuyerSignal} from '../rules/message-buyer-signals.js';
import type {RowStatus} from './row-status.js';

/** Why a row is set aside, and until when (absent: until the buyer writes again). */
export interface SetAside {
	why: 'snooze' | 'resolved' | 'spam';
	until?: number;
}

export interface BoardOptions {
	/** `--stale`: how long without a buyer line makes a conversation over every clock lost; default the pack's. */
	staleMs?: number;
	/** Lines stamped after `now`: hidden for a frozen `--now`, shown (marked) under a live clock. */
	ahead?: AheadLines;
}

export interface PendingClock {
	clock: ClockDefinition;
	waitMs: number;
	/** Negative once the limit has passed. */
	leftMs: number;
	status: ClockStatus;
}

export interface BoardRow {
	key: string;
	conversation: Conversation;
	status: RowStatus;
	owner: string;
	buyer?: string;
	/** The platform's clocks, each with its pending wait, if the buyer is waiting on it. */
	clocks: {clock: ClockDefinition; pending?: PendingClock}[];
	/** Since when the buyer has been waiting (first message of the unanswered run), if at all. */
	waitingSince?: number;
	/** When the buyer last wrote, if ever. */
	lastBuyerAt?: number;
	/** Set when a snooze, `resolved` or `spam` set the row aside. */
	setAside?: SetAside;
	lastMessage?: ChatMessage;
	lastActivity: number;
	/** Rule violations in the agents' and bots' messages, by severity. */
	violations: ViolationCount;
	/** The buyer's signals since the last reply (complaint, bad review, abuse: contract §7). */
	buyerSignals: readonly MessageBuyerSignal[];
	/** What supervisors recorded: transfer, marks, notes. */
	records?: ConversationRecords;
	/** Set when the owner shown comes from a supervisor's transfer. */
	movedBy?: AssignmentRecord;
}

/** The supervisor records of a conversation, by key. */
export type RecordsOf = (key: string) => ConversationRecords | undefined;

export interface ViolationCount {
	total: number;
	errors: number;
}

/**
 * Lines stamped after `now`: `hide` them for a frozen `--now` (the board as it stood then, before
 * they were written); `show` them under a live clock, where they can only come from a sender
 * whose clock runs fast — they have been written, so they are on the board, marked.
 */
export type AheadLines = 'hide' | 'show';
