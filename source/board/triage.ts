import {buyerAccount, isConversational, lastConversational, messagesUntil, ownerAgent, type Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {startIndexes, startsFromIndexes, type ClockDefinition, type ClockStatus} from '../model/reply-clock.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {violationsOf} from '../rules/message-violations.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import type {AssignmentRecord} from '../store/records.js';
import {countsAgainst} from '../store/verdicts.js';

/** Where a conversation stands now, most urgent first. */
export type RowStatus = 'breached' | 'warning' | 'waiting' | 'idle';

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
	lastMessage?: ChatMessage;
	lastActivity: number;
	/** Rule violations in the agents' and bots' messages, by severity. */
	violations: ViolationCount;
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

const STATUS_RANK: Record<RowStatus, number> = {breached: 0, warning: 1, waiting: 2, idle: 3};

/** Builds the triage board at `now`, in the order of the contract: most urgent first. */
export function buildBoard(conversations: Iterable<Conversation>, packs: RulePacks, tz: string, now: number, recordsOf: RecordsOf = () => undefined): BoardRow[] {
	const rows: BoardRow[] = [];
	for (const conversation of conversations) {
		const row = withRecords(evaluateConversation(conversation, packs, tz, now), recordsOf(conversation.key), packs);
		if (row) rows.push(row);
	}
	return sortByUrgency(rows);
}

/**
 * A transfer shows its new owner until an agent writes in the conversation again; a spam
 * conversation counts for nothing, so it waits on no clock.
 */
function withRecords(row: BoardRow | undefined, records: ConversationRecords | undefined, packs: RulePacks): BoardRow | undefined {
	if (!row || !records) return row;
	if (row.violations.total > 0 && records.reviews.size > 0) row = {...row, violations: countViolations(row.conversation.messages, packs, records, row.lastActivity)};
	const {assignment} = records;
	const lastReply = row.conversation.messages.findLast(m => m.from === 'agent' || m.from === 'bot')?.ts ?? 0;
	const moved = assignment && Date.parse(assignment.at) >= lastReply ? assignment : undefined;
	const withOwner = {...row, owner: moved?.to ?? row.owner, movedBy: moved, records};
	if (!records.marks.has('spam')) return withOwner;
	return {...withOwner, status: 'idle', clocks: row.clocks.map(c => ({clock: c.clock})), waitingSince: undefined};
}

// Nearly every conversation has none: one shared count rather than one each (a million messages' board).
const NO_VIOLATIONS: ViolationCount = Object.freeze({total: 0, errors: 0});
const NO_STARTS: number[] = [];

/** Violations up to `until` that still count: not judged false by a supervisor. */
function countViolations(messages: readonly ChatMessage[], packs: RulePacks, records: ConversationRecords | undefined, until: number): ViolationCount {
	const counted = messages
		.filter(message => message.ts <= until)
		.flatMap(message => violationsOf(message, packs).filter(v => countsAgainst(records, message, v.rule.id)));
	if (counted.length === 0) return NO_VIOLATIONS;
	return {total: counted.length, errors: counted.filter(v => v.rule.severity === 'error').length};
}

/** What a conversation's row needs that does not change with the clock, only with new messages. */
interface ConversationSnapshot {
	count: number;
	packs: RulePacks;
	tz: string;
	waitingSince?: number;
	owner: string;
	buyer?: string;
	lastMessage?: ChatMessage;
	lastActivity: number;
	violations: ViolationCount;
	/** Per clock of the platform, the message indexes of its latest start and reply (−1: none yet). */
	lastStarts: number[];
	/** The row itself, once it is known that nobody waits (it does not change with the time). */
	idleRow?: BoardRow;
}

// Rebuilt only when a conversation gains messages: the board is redrawn every second.
const snapshots = new WeakMap<Conversation, ConversationSnapshot>();

export function evaluateConversation(conversation: Conversation, packs: RulePacks, tz: string, now: number): BoardRow | undefined {
	const clocks = packs.get(conversation.platform)?.clocks ?? [];
	const snapshot = snapshotAt(conversation, packs, tz, now);
	if (!snapshot) return undefined;
	// Nobody waiting now means nobody waiting later either, until a message arrives (a new snapshot).
	if (snapshot.idleRow) return snapshot.idleRow;
	const pending = clocks.map((clock, index) => pendingOf(clock, conversation.messages, snapshot.lastStarts.slice(index * 2, index * 2 + 2), now));
	// A conversation nobody waits in looks the same every second: its row is kept with the snapshot.
	const idle = snapshot.waitingSince === undefined && pending.every(p => !p);
	const row: BoardRow = {
		key: conversation.key,
		conversation,
		status: rowStatus(pending, snapshot.waitingSince),
		owner: snapshot.owner,
		buyer: snapshot.buyer,
		clocks: idle ? idleClocks(clocks) : clocks.map((clock, index) => ({clock, pending: pending[index]})),
		waitingSince: snapshot.waitingSince,
		lastMessage: snapshot.lastMessage,
		lastActivity: snapshot.lastActivity,
		violations: snapshot.violations,
	};
	if (idle) {
		snapshot.idleRow = row;
		// The row is all that is needed from now on.
		snapshot.lastStarts = NO_STARTS;
	}
	return row;
}

// Idle rows, most of a big board, share one list of their clocks with nothing pending.
const idleClockLists = new WeakMap<readonly ClockDefinition[], BoardRow['clocks']>();

function idleClocks(clocks: readonly ClockDefinition[]): BoardRow['clocks'] {
	let list = idleClockLists.get(clocks);
	if (!list) {
		list = clocks.map(clock => ({clock}));
		idleClockLists.set(clocks, list);
	}
	return list;
}

function snapshotAt(conversation: Conversation, packs: RulePacks, tz: string, now: number): ConversationSnapshot | undefined {
	const {messages} = conversation;
	// A frozen `now` before the latest message sees only the past; that view is not cached.
	if (messages.length > 0 && messages.at(-1)!.ts > now) return takeSnapshot(messagesUntil(conversation, now), packs, tz);
	const cached = snapshots.get(conversation);
	if (cached && cached.count === messages.length && cached.packs === packs && cached.tz === tz) return cached;
	const snapshot = takeSnapshot(messages, packs, tz);
	if (snapshot) snapshots.set(conversation, snapshot);
	return snapshot;
}

function takeSnapshot(messages: readonly ChatMessage[], packs: RulePacks, tz: string): ConversationSnapshot | undefined {
	const latest = messages.at(-1);
	if (!latest) return undefined;
	const clocks = packs.get(latest.platform)?.clocks ?? [];
	return {
		count: messages.length,
		packs,
		tz,
		violations: countViolations(messages, packs, undefined, latest.ts),
		waitingSince: unansweredSince(messages, clocks),
		owner: ownerAgent(messages) ?? '',
		buyer: buyerAccount(messages),
		lastMessage: lastConversational(messages),
		lastActivity: latest.ts,
		lastStarts: clocks.flatMap(clock => {
			const pairs = startIndexes(messages, clock, tz);
			return pairs.length > 0 ? pairs.slice(-2) : [-1, -1];
		}),
	};
}

function pendingOf(clock: ClockDefinition, messages: readonly ChatMessage[], lastStart: number[], now: number): PendingClock | undefined {
	if (lastStart[0] === -1 || lastStart[1] !== -1) return undefined;
	const last = startsFromIndexes(messages, lastStart, clock, now)[0]!;
	return {clock, waitMs: last.waitMs, leftMs: clock.limitSeconds * 1000 - last.waitMs, status: last.status};
}

/** First message of the trailing buyer run, whether or not it falls in a counted window. */
function unansweredSince(messages: readonly ChatMessage[], clocks: readonly ClockDefinition[]): number | undefined {
	const stops = (m: ChatMessage) => (clocks.length === 0 ? m.from === 'agent' || m.from === 'bot' : clocks.some(c => c.stoppedBy.includes(m.from)));
	let since: number | undefined;
	for (let i = messages.length - 1; i >= 0; i -= 1) {
		const message = messages[i]!;
		if (message.from === 'buyer') since = message.ts;
		else if (isConversational(message) && stops(message)) break;
	}
	return since;
}

function rowStatus(pending: (PendingClock | undefined)[], waitingSince: number | undefined): RowStatus {
	if (pending.some(p => p?.status === 'breached')) return 'breached';
	if (pending.some(p => p?.status === 'warning')) return 'warning';
	return waitingSince === undefined ? 'idle' : 'waiting';
}

/** The longest pending wait on any clock; 0 when none. */
export function longestWait(row: BoardRow): number {
	return Math.max(0, ...row.clocks.map(c => c.pending?.waitMs ?? 0));
}

/** The least time left on any pending clock; undefined when no clock runs. */
export function leastTimeLeft(row: BoardRow): number | undefined {
	const left = row.clocks.flatMap(c => (c.pending ? [c.pending.leftMs] : []));
	return left.length > 0 ? Math.min(...left) : undefined;
}

/**
 * Breached first, longest wait first; then warning and waiting, least time left first
 * (a buyer waiting outside the counted window, with no clock running, after those that have
 * one, longest wait first); then idle, latest activity first.
 */
export function sortByUrgency(rows: BoardRow[]): BoardRow[] {
	// The keys are worked out once per row, not once per comparison: the board is sorted every second.
	const keyed = rows.map(row => ({row, rank: STATUS_RANK[row.status], urgency: urgency(row)}));
	keyed.sort((a, b) => a.rank - b.rank || a.urgency - b.urgency || (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
	return keyed.map(entry => entry.row);
}

/** Buyers waiting outside the counted window sort after every running clock. */
const AFTER_RUNNING_CLOCKS = 1e15;

/** Lower is more urgent, within a status. */
function urgency(row: BoardRow): number {
	if (row.status === 'breached') return -longestWait(row);
	if (row.status === 'idle') return -row.lastActivity;
	return leastTimeLeft(row) ?? AFTER_RUNNING_CLOCKS + (row.waitingSince ?? 0);
}

export interface BoardCounts {
	breached: number;
	warning: number;
	waiting: number;
	agents: number;
}

/**
 * Header figures; an agent is active when they replied as a person within the last half hour.
 * `rows` are in board order: idle rows come last, latest activity first, so the count stops at
 * the first idle row quiet for longer than that (on a big board, nearly all of them).
 */
export function countBoard(rows: readonly BoardRow[], now: number, activeWithinMs = 30 * 60_000): BoardCounts {
	const counts = {breached: 0, warning: 0, waiting: 0, agents: 0};
	const active = new Set<string>();
	for (const row of rows) {
		if (row.status !== 'idle') counts[row.status] += 1;
		else if (now - row.lastActivity > activeWithinMs) break;
		const {messages} = row.conversation;
		for (let i = messages.length - 1; i >= 0 && now - messages[i]!.ts <= activeWithinMs; i -= 1) {
			const message = messages[i]!;
			if (message.from === 'agent' && message.ts <= now) active.add(message.agent);
		}
	}
	counts.agents = active.size;
	return counts;
}
