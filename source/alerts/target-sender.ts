import type {AlertEvent} from './alert-event.js';
import type {NotifyTarget} from './notify-target.js';
import {RateWindow, ROBOT_LIMITS, type RateLimit} from './rate-window.js';
import {eventsThatFit, robotRequest, type MessageContext, type RobotRequest} from './robot-message.js';
import {replyProblem} from './robot-reply.js';
import type {SentRecord} from './sent-log.js';

/** How sends are spaced; injectable so that tests need not wait ten seconds. */
export interface SenderTiming {
	/** At most one message per target this often (contract §6: 10 s). */
	batchMs: number;
	/** After a first event, how long to wait for the ones that come with it. */
	gatherMs: number;
	/** After a failure, wait this long, doubling with each further failure up to `maxMs`. */
	backoff: {firstMs: number; maxMs: number};
	/** A robot that has not answered by then has failed. */
	timeoutMs: number;
}

export const DEFAULT_TIMING: SenderTiming = {batchMs: 10_000, gatherMs: 1000, backoff: {firstMs: 5000, maxMs: 5 * 60_000}, timeoutMs: 10_000};

/** How one send went, for the header and stderr. */
export interface SendReport {
	target: NotifyTarget;
	/** Events the message carried. */
	events: number;
	/** When it was sent (epoch ms). */
	sentAt: number;
	problem?: string;
	/** Failures in a row, counting this one; 0 after a success. */
	failures: number;
	retryInMs?: number;
	/** Events still waiting for this target. */
	queued: number;
}

export interface SenderDeps {
	sentLog: SentRecord;
	context: (now: number) => MessageContext;
	timing: SenderTiming;
	now: () => number;
	report: (report: SendReport) => void;
	fetch?: typeof fetch;
	/** The robot's rate limits; default its documented ones (rate-window.ts). */
	limits?: readonly RateLimit[];
}

/**
 * The queue of one target: events are gathered into messages, at most one every `batchMs` and
 * within the robot's own limits, retried with backoff until the robot takes them, then written
 * to the sent log. Everything runs on timers and promises: reading and drawing never wait for it.
 */
export class TargetSender {
	private queue: AlertEvent[] = [];
	private timer: NodeJS.Timeout | undefined;
	private inFlight: Promise<void> | undefined;
	private lastSend = -Infinity;
	private failures = 0;
	private retryAt = -Infinity;
	private closed = false;
	private readonly window: RateWindow;

	constructor(
		readonly target: NotifyTarget,
		private readonly deps: SenderDeps,
	) {
		this.window = new RateWindow(deps.limits ?? ROBOT_LIMITS[target.kind]);
	}

	get queued(): number {
		return this.queue.length;
	}

	enqueue(event: AlertEvent): void {
		if (this.closed || this.deps.sentLog.has(this.target.id, event.id) || this.queue.some(e => e.id === event.id)) return;
		this.queue.push(event);
		this.schedule();
	}

	/** Stops the timers; one last message goes out for what is queued if the limits allow. Returns what is left unsent. */
	async close(): Promise<number> {
		this.closed = true;
		clearTimeout(this.timer);
		this.timer = undefined;
		await this.inFlight;
		const now = this.deps.now();
		if (this.queue.length > 0 && now >= this.retryAt && this.window.allowedAt(now) <= now) await this.send();
		return this.queue.length;
	}

	private schedule(): void {
		if (this.timer || this.inFlight || this.queue.length === 0 || this.closed) return;
		const {timing, now: clock} = this.deps;
		const now = clock();
		const at = Math.max(now + timing.gatherMs, this.lastSend + timing.batchMs, this.retryAt, this.window.allowedAt(now));
		this.timer = setTimeout(() => {
			this.timer = undefined;
			this.inFlight = this.send().finally(() => {
				this.inFlight = undefined;
				this.schedule();
			});
		}, at - now);
	}

	/** A send that failed: retried with backoff, and said. */
	private failed(batch: readonly AlertEvent[], problem: string, now: number): void {
		const {deps, target} = this;
		this.failures += 1;
		const delay = Math.min(deps.timing.backoff.maxMs, deps.timing.backoff.firstMs * 2 ** (this.failures - 1));
		this.retryAt = now + delay;
		deps.report({target, events: batch.length, sentAt: now, problem, failures: this.failures, retryInMs: Math.max(delay, deps.timing.batchMs), queued: this.queue.length});
	}

	private async send(): Promise<void> {
		const {deps, target} = this;
		await deps.sentLog.refresh();
		this.queue = this.queue.filter(event => !deps.sentLog.has(target.id, event.id));
		if (this.queue.length === 0) return;
		const now = deps.now();
		const context = deps.context(now);
		let batch = this.queue.slice(0, eventsThatFit(target, this.queue, context));
		// Where other machines send from the same sent log, only what this one claimed goes; the
		// rest stays queued until it is seen sent (or its claim goes stale and this one takes it).
		const claimed = await claimOf(deps.sentLog, target.id, batch);
		if (typeof claimed === 'string') return this.failed(batch, claimed, now);
		if (claimed) batch = batch.filter(event => claimed.has(event.id));
		this.lastSend = now;
		if (batch.length === 0) return;
		this.window.record(now);
		const problem = await post(robotRequest(target, batch, context), target, deps);
		if (problem) {
			await deps.sentLog
				.release?.(
					target.id,
					batch.map(event => event.id),
				)
				.catch(() => undefined);
			return this.failed(batch, problem, now);
		}
		this.failures = 0;
		this.retryAt = -Infinity;
		const sent = new Set(batch);
		this.queue = this.queue.filter(event => !sent.has(event));
		// Taken by the robot but not written down: said, and not sent again by this process.
		const unwritten = await deps.sentLog
			.markSent(
				target.id,
				batch.map(event => event.id),
				now,
			)
			.then(
				() => undefined,
				(error: unknown) => (error as Error).message,
			);
		deps.report({target, events: batch.length, sentAt: now, problem: unwritten, failures: 0, queued: this.queue.length});
	}
}

/** The events of `batch` this process may send (all, for a log without claims), or why the log could not say. */
async function claimOf(log: SentRecord, target: string, batch: readonly AlertEvent[]): Promise<ReadonlySet<string> | string | undefined> {
	try {
		return await log.claim?.(
			target,
			batch.map(event => event.id),
		);
	} catch (error) {
		return (error as Error).message;
	}
}

async function post(request: RobotRequest, target: NotifyTarget, deps: SenderDeps): Promise<string | undefined> {
	const send = deps.fetch ?? fetch;
	try {
		const response = await send(request.url, {
			method: 'POST',
			headers: {'content-type': 'application/json; charset=utf-8'},
			body: request.body,
			signal: AbortSignal.timeout(deps.timing.timeoutMs),
		});
		return replyProblem(target.kind, response.status, await response.text());
	} catch (error) {
		const cause = (error as {cause?: {code?: string}}).cause?.code;
		return cause ?? (error as Error).message;
	}
}
