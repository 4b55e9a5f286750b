import {buyerAccount, isConversational, lastConversational, messagesUntil, ownerAgent, type Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {startIndexes, type ClockDefinition} from '../model/reply-clock.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {violationsOf} from '../rules/message-violations.js';
import {signalsSinceLastReply, type MessageBuyerSignal} from '../rules/message-buyer-signals.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import {countsAgainst} from '../store/verdicts.js';
import type {AheadLines, BoardRow, ViolationCount} from './board-row.js';
import type {Zone} from '../time/zone.js';

declare module '../model/conversation.js' {
	interface Conversation {
		/** The board's snapshot of it, kept until it gains a message (`snapshotAt`). */
		snapshot?: ConversationSnapshot;
	}
}

/** What a conversation's row needs that does not change with the clock, only with new messages. */
export interface ConversationSnapshot {
	count: number;
	packs: RulePacks;
	tz: Zone;
	waitingSince?: number;
	/** When the buyer last wrote, if ever. */
	lastBuyerAt?: number;
	owner: string;
	buyer?: string;
	lastMessage?: ChatMessage;
	lastActivity: number;
	violations: ViolationCount;
	/** The buyer's signals since the last reply (contract §7): they mark the row and put it first in its section. */
	buyerSignals: readonly MessageBuyerSignal[];
	/** Per clock of the platform, the message indexes of its latest start and reply (−1: none yet). */
	lastStarts: number[];
	/** The row itself, once it is known that nobody waits (it does not change with the time). */
	idleRow?: BoardRow;
}

/**
 * A conversation's snapshot at `now`, kept on it (`Conversation.snapshot`) and rebuilt only when
 * it gains messages: the board is redrawn every second.
 */
export function snapshotAt(conversation: Conversation, packs: RulePacks, tz: Zone, now: number, ahead: AheadLines = 'hide'): ConversationSnapshot | undefined {
	const {messages} = conversation;
	// A frozen `now` before the latest message sees only the past; that view is not cached.
	if (ahead === 'hide' && messages.length > 0 && messages.at(-1)!.ts > now) return takeSnapshot(messagesUntil(conversation, now), packs, tz);
	const cached = conversation.snapshot;
	if (cached && cached.count === messages.length && cached.packs === packs && cached.tz === tz) return cached;
	const snapshot = takeSnapshot(messages, packs, tz);
	if (snapshot) conversation.snapshot = snapshot;
	return snapshot;
}

function takeSnapshot(messages: readonly ChatMessage[], packs: RulePacks, tz: Zone): ConversationSnapshot | undefined {
	const latest = messages.at(-1);
	if (!latest) return undefined;
	const clocks = packs.get(latest.platform)?.clocks ?? [];
	return {
		count: messages.length,
		packs,
		tz,
		violations: countViolations(messages, packs, undefined, latest.ts),
		buyerSignals: signalsSinceLastReply(messages, packs),
		waitingSince: unansweredSince(messages, clocks),
		lastBuyerAt: messages.findLast(message => message.from === 'buyer')?.ts,
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

/** Keeps a conversation's row once nobody waits in it: the row is all that is needed from now on. */
export function keepIdleRow(snapshot: ConversationSnapshot, row: BoardRow): void {
	snapshot.idleRow = row;
	snapshot.lastStarts = NO_STARTS;
}

// Nearly every conversation has none: one shared count rather than one each (a million messages' board).
const NO_VIOLATIONS: ViolationCount = Object.freeze({total: 0, errors: 0});
const NO_STARTS: number[] = [];

/** Violations up to `until` that still count: not judged false by a supervisor. */
export function countViolations(messages: readonly ChatMessage[], packs: RulePacks, records: ConversationRecords | undefined, until: number): ViolationCount {
	const counted = messages.filter(message => message.ts <= until).flatMap(message => violationsOf(message, packs).filter(v => countsAgainst(records, message, v.rule.id)));
	if (counted.length === 0) return NO_VIOLATIONS;
	return {total: counted.length, errors: counted.filter(v => v.rule.severity === 'error').length};
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
