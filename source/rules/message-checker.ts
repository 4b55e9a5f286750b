import {Worker} from 'node:worker_threads';
import type {ChatMessage, Platform} from '../model/message.js';
import type {Violation} from './find-violations.js';
import {isChecked} from './find-violations.js';
import type {RulePacks} from './load-rule-packs.js';
import {rememberViolations, violationsOf} from './message-violations.js';
import type {ViolationRule} from './violation-rule.js';

/**
 * Checks each message against the rules, then hands it on — in the order given, and only once
 * checked, so that whatever holds it (the conversation book) never sees an unchecked message.
 */
export interface MessageChecker {
	check(message: ChatMessage): void;
	/** Resolves once every message given so far has been handed on. */
	settled(): Promise<void>;
	close(): Promise<void>;
}

export interface CheckRequest {
	batch: number;
	texts: string[];
	platforms: Platform[];
}

export interface CheckResponse {
	batch: number;
	/** [index in the batch's texts, rule id, start, end, match]. */
	found: [number, string, number, number, string][];
}

/** Checks on the calling thread, at once: for tests and small inputs. */
export class InlineChecker implements MessageChecker {
	constructor(
		private readonly packs: RulePacks,
		private readonly handOn: (message: ChatMessage) => void,
	) {}

	check(message: ChatMessage): void {
		violationsOf(message, this.packs);
		this.handOn(message);
	}

	async settled(): Promise<void> {}

	async close(): Promise<void> {}
}

const BATCH = 1000;
const WORKER = new URL('./check-worker.js', import.meta.url);

/** Messages checked here before a thread is worth starting: a small shop's logs never need one. */
const INLINE_FIRST = 20_000;

/**
 * Checks in a worker thread, a batch at a time, so that a big backlog is read on one core and
 * matched on the other; the first messages are checked here while it would still be starting.
 * Should the worker fail, checking goes on inline: nothing is lost.
 */
export class WorkerChecker implements MessageChecker {
	private worker: Worker | undefined;
	/** Until the worker is started: how many more to check here; then 0 for good. */
	private inlineLeft: number;
	private batch: ChatMessage[] = [];
	private flushing: NodeJS.Immediate | undefined;
	/** Each batch sent: all its messages, in order, and those whose texts went (agent and bot lines). */
	private readonly inFlight = new Map<number, {messages: ChatMessage[]; checked: ChatMessage[]}>();
	private nextBatch = 0;
	private idle: (() => void)[] = [];
	private readonly rules: Map<string, ViolationRule>;
	private readonly inline: InlineChecker;

	constructor(
		private readonly packs: RulePacks,
		private readonly rulesDir: string | undefined,
		private readonly handOn: (message: ChatMessage) => void,
		private readonly onBatch: () => void = () => undefined,
		inlineFirst = INLINE_FIRST,
	) {
		this.inline = new InlineChecker(packs, handOn);
		this.rules = new Map([...packs.values()].flatMap(pack => pack.violationRules.map(rule => [`${pack.platform}\u0000${rule.id}`, rule] as const)));
		this.inlineLeft = inlineFirst;
		if (inlineFirst === 0) this.startWorker();
	}

	check(message: ChatMessage): void {
		if (this.inlineLeft > 0) {
			this.inlineLeft -= 1;
			if (this.inlineLeft === 0) this.startWorker();
			return this.inline.check(message);
		}
		if (!this.worker) return this.inline.check(message);
		this.batch.push(message);
		if (this.batch.length >= BATCH) this.flush();
		else this.flushing ??= setImmediate(() => this.flush());
	}

	private startWorker(): void {
		const worker = new Worker(WORKER, {workerData: {rulesDir: this.rulesDir}});
		worker.on('message', (response: CheckResponse) => this.receive(response));
		worker.on('error', () => this.fallBack());
		worker.on('exit', () => this.fallBack());
		// Idle, the matcher must not keep a finished command alive; busy, it must (see flush).
		worker.unref();
		this.worker = worker;
	}

	settled(): Promise<void> {
		this.flush();
		if (this.inFlight.size === 0) return Promise.resolve();
		return new Promise(resolve => this.idle.push(resolve));
	}

	async close(): Promise<void> {
		const worker = this.worker;
		this.worker = undefined;
		await worker?.terminate();
	}

	private flush(): void {
		clearImmediate(this.flushing);
		this.flushing = undefined;
		if (this.batch.length === 0) return;
		const messages = this.batch;
		this.batch = [];
		if (!this.worker) return messages.forEach(message => this.inline.check(message));
		const checked = messages.filter(message => isChecked(message.from) && message.text !== undefined);
		const batch = this.nextBatch++;
		this.inFlight.set(batch, {messages, checked});
		this.worker.ref();
		this.worker.postMessage({batch, texts: checked.map(m => m.text!), platforms: checked.map(m => m.platform)} satisfies CheckRequest);
	}

	private receive({batch, found}: CheckResponse): void {
		const sent = this.inFlight.get(batch);
		if (!sent) return;
		this.inFlight.delete(batch);
		const {messages, checked} = sent;
		const byIndex: Violation[][] = checked.map(() => []);
		for (const [index, ruleId, start, end, match] of found) {
			byIndex[index]!.push({rule: this.rules.get(`${checked[index]!.platform}\u0000${ruleId}`)!, start, end, match});
		}
		checked.forEach((message, index) => rememberViolations(message, this.packs, byIndex[index]!));
		messages.forEach(message => this.handOn(message));
		this.onBatch();
		if (this.inFlight.size > 0) return;
		this.worker?.unref();
		this.idle.splice(0).forEach(resolve => resolve());
	}

	/** The worker is gone: what it still had, and all that comes, is checked here. */
	private fallBack(): void {
		if (!this.worker) return;
		this.worker = undefined;
		const pending = [...this.inFlight.keys()].sort((a, b) => a - b).flatMap(batch => this.inFlight.get(batch)!.messages);
		this.inFlight.clear();
		for (const message of [...pending, ...this.batch.splice(0)]) this.inline.check(message);
		this.idle.splice(0).forEach(resolve => resolve());
	}
}
