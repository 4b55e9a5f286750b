import {EventEmitter} from 'node:events';
import {messagesUntil, ownerAgent, type Conversation} from '../model/conversation.js';
import type {ChatMessage} from '../model/message.js';
import {startIndexes, type ClockDefinition} from '../model/reply-clock.js';
import type {TodayFigures} from '../report/day-count.js';
import type {RulePacks} from '../rules/load-rule-packs.js';
import {conversationViolations} from '../rules/message-violations.js';
import {localDate, type Zone} from '../time/zone.js';
import type {AlertEvent, RiskEvent} from './alert-event.js';
import {afterLastReply, type BuyerSignalsOf} from './buyer-signals.js';
import {DeadlineHeap} from './deadline-heap.js';
import {setAsideBy, transferInForce} from '../board/with-records.js';
import type {ConversationRecords} from '../store/conversation-records.js';

export interface EngineOptions {
	packs: RulePacks;
	tz: Zone;
	buyerSignals: BuyerSignalsOf;
	isSpam?: (key: string) => boolean;
	/** The supervisors' records of a conversation: a transfer names its owner, a snooze or `resolved` holds its breach back. */
	recordsOf?: (key: string) => ConversationRecords | undefined;
	/** Today's shops with their rate alerts at `now` (the session's own figures, kept by it). */
	shopsToday?: (now: number) => TodayFigures['shops'];
	/** Older than this when found (a backlog read at start), a thing is history, not an alert: the board's `--stale`. */
	maxAgeMs?: number;
	/** How often the day's rates are looked at (default once a minute: counting a big day takes most of a second). */
	ratesEveryMs?: number;
}

/** A rate under target says little over fewer consultations than this (the first breach of the morning is 0 %). */
export const MIN_CONSULTATIONS_FOR_TARGET = 20;
const DEFAULT_MAX_AGE_MS = 30 * 60_000;

/** A clock start's next moment: entering at risk, or going over. */
interface Due {
	conversation: Conversation;
	clock: ClockDefinition;
	startTs: number;
	status: RiskEvent['status'];
	at: number;
}

/**
 * Finds what to alert on, incrementally: conversations that gained lines are looked at on the
 * next `tick`, and the moments their clocks enter at risk or go over wait in a heap — no tick
 * goes over the whole book. Says 'risk' for the bell and 'alert' for the robots, each once.
 */
export class AlertEngine extends EventEmitter<{alert: [AlertEvent]; risk: [RiskEvent]}> {
	private changed = new Set<Conversation>();
	private readonly heap = new DeadlineHeap<Due>();
	/** The pending clock start of each conversation and clock, by `key\0clock`: what a heap entry must still match. */
	private readonly pending = new Map<string, number>();
	/** The ids of the events said, with when: forgotten after a while, as the sent log forgets (a service runs for months). */
	private readonly emitted = new Map<string, number>();
	private forgottenAt = -Infinity;
	private readonly maxAgeMs: number;
	private readonly longestLimitMs: number;
	private ratesLookedAt = -Infinity;

	constructor(private readonly options: EngineOptions) {
		super();
		this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
		const limits = [...options.packs.values()].flatMap(pack => pack.clocks.map(clock => clock.limitSeconds * 1000));
		this.longestLimitMs = Math.max(0, ...limits);
	}

	/** A line was read into `conversation`: the per-line hot path, so it only takes note. */
	noteMessage(_message: ChatMessage, conversation: Conversation): void {
		this.changed.add(conversation);
	}

	tick(now: number): void {
		const changed = this.changed;
		this.changed = new Set();
		for (const conversation of changed) this.review(conversation, now);
		for (const due of this.heap.popDue(now)) this.fire(due, now);
		if (now - this.ratesLookedAt >= (this.options.ratesEveryMs ?? 60_000)) {
			this.ratesLookedAt = now;
			this.lookAtRates(now);
		}
		this.forgetOld(now);
	}

	private review(conversation: Conversation, now: number): void {
		const messages = messagesUntil(conversation, now);
		const last = messages.at(-1);
		const fresh = now - this.maxAgeMs;
		// Nothing in a conversation silent since before the longest clock could have gone over is news.
		if (!last || this.options.isSpam?.(conversation.key) || last.ts < fresh - this.longestLimitMs) {
			for (const clock of this.clocksOf(conversation)) this.pending.delete(slot(conversation, clock));
			return;
		}
		this.trackClocks(conversation, messages);
		this.findViolations(conversation, fresh);
		this.findSignals(conversation, messages, fresh, now);
	}

	private clocksOf(conversation: Conversation): readonly ClockDefinition[] {
		return this.options.packs.get(conversation.platform)?.clocks ?? [];
	}

	private trackClocks(conversation: Conversation, messages: readonly ChatMessage[]): void {
		for (const clock of this.clocksOf(conversation)) {
			const pairs = startIndexes(messages, clock, this.options.tz);
			const key = slot(conversation, clock);
			if (pairs.length === 0 || pairs.at(-1) !== -1) {
				this.pending.delete(key);
				continue;
			}
			const startTs = messages[pairs.at(-2)!]!.ts;
			if (this.pending.get(key) === startTs) continue;
			this.pending.set(key, startTs);
			const warnAt = startTs + (clock.limitSeconds - clock.warnSeconds) * 1000;
			// Over once the wait is more than the limit: a reply at the limit itself is in time.
			const overAt = startTs + clock.limitSeconds * 1000 + 1;
			this.heap.push(warnAt, {conversation, clock, startTs, status: 'warning', at: warnAt});
			this.heap.push(overAt, {conversation, clock, startTs, status: 'breached', at: overAt});
		}
	}

	private fire(due: Due, now: number): void {
		const {conversation, clock, startTs, status, at} = due;
		if (this.pending.get(slot(conversation, clock)) !== startTs || at < now - this.maxAgeMs) return;
		if (this.options.isSpam?.(conversation.key)) return;
		const records = this.options.recordsOf?.(conversation.key);
		const aside = records && setAsideBy(records, conversation.messages.findLast(m => m.from === 'buyer')?.ts ?? -Infinity, now);
		if (aside) {
			// Set aside, nothing rings; a snooze that runs out with the clock still over says so then.
			if (status === 'breached' && aside.until !== undefined) this.heap.push(aside.until, {...due, at: aside.until});
			return;
		}
		const agent = this.ownerOf(conversation, conversation.messages);
		const {key, platform, shop, conv} = conversation;
		this.emit('risk', {key, platform, shop, conv, agent, clock: clock.id, startTs, status, at, leftMs: clock.limitSeconds * 1000 - (now - startTs)});
		if (status !== 'breached') return;
		this.alert({id: `breach|${key}|${clock.id}|${startTs}`, kind: 'breach', platform, shop, conv, agent, at, waitedMs: now - startTs, clock: clock.id});
	}

	private findViolations(conversation: Conversation, fresh: number): void {
		const {key, platform, shop, conv} = conversation;
		for (const {message, violation} of conversationViolations(conversation, this.options.packs)) {
			if (violation.rule.severity !== 'error' || message.ts < fresh) continue;
			const {id: rule, category} = violation.rule;
			const day = localDate(message.ts, this.options.tz);
			this.alert({id: `violation|${key}|${rule}|${day}`, kind: 'violation', platform, shop, conv, agent: message.agent, at: message.ts, rule, category, words: violation.match});
		}
	}

	private findSignals(conversation: Conversation, messages: readonly ChatMessage[], fresh: number, now: number): void {
		const {key, platform, shop, conv} = conversation;
		const since = waitingSince(messages);
		for (const signal of this.options.buyerSignals(conversation)) {
			const {message, rule, category} = signal;
			if (message.ts < fresh || message.ts > now) continue;
			const day = localDate(message.ts, this.options.tz);
			const agent = this.ownerOf(conversation, messages) || message.agent;
			// Once per category: a buyer who says 12315 and then 投诉 makes one complaint, not two rules' worth.
			this.alert({
				id: `complaint|${key}|${category}|${day}`,
				kind: 'complaint',
				platform,
				shop,
				conv,
				agent,
				at: message.ts,
				waitedMs: since === undefined ? undefined : now - since,
				rule,
				category,
				words: message.text ?? signal.match,
			});
		}
	}

	/** Who has the conversation now: the agent of its latest lines, or whom a supervisor transferred it to since. */
	private ownerOf(conversation: Conversation, messages: readonly ChatMessage[]): string {
		const logOwner = ownerAgent(messages) ?? '';
		const records = this.options.recordsOf?.(conversation.key);
		return (records && transferInForce(records, messages, logOwner)?.to) ?? logOwner;
	}

	private lookAtRates(now: number): void {
		const day = localDate(now, this.options.tz);
		for (const shop of this.options.shopsToday?.(now) ?? []) {
			for (const alert of shop.alerts) {
				if (alert.kind === 'below-target' && (shop.clocks[alert.clock]?.consultations ?? 0) < MIN_CONSULTATIONS_FOR_TARGET) continue;
				this.alert({
					id: `fine-risk|${shop.platform}|${shop.shop}|${alert.clock}|${alert.kind}|${day}`,
					kind: 'fine-risk',
					platform: shop.platform,
					shop: shop.shop,
					conv: '',
					agent: '',
					at: now,
					clock: alert.clock,
					rate: {value: alert.rate, threshold: alert.threshold, kind: alert.kind, yuan: alert.yuan},
				});
			}
		}
	}

	private alert(event: AlertEvent): void {
		if (this.emitted.has(event.id)) return;
		this.emitted.set(event.id, event.at);
		this.emit('alert', event);
	}

	/** Lets go of events older than any that can still be found (two days), once an hour. */
	private forgetOld(now: number): void {
		if (now - this.forgottenAt < 3600_000) return;
		this.forgottenAt = now;
		for (const [id, at] of this.emitted) if (at < now - 2 * 24 * 3600_000) this.emitted.delete(id);
	}
}

function slot(conversation: Conversation, clock: ClockDefinition): string {
	return `${conversation.key}\u0000${clock.id}`;
}

/** The first buyer line after the last reply, if the buyer is waiting. */
function waitingSince(messages: readonly ChatMessage[]): number | undefined {
	return messages.slice(afterLastReply(messages)).find(message => message.from === 'buyer')?.ts;
}
