import type {AlertEvent, AlertKind} from './alert-event.js';
import type {NotifyTarget} from './notify-target.js';
import type {SentRecord} from './sent-log.js';
import {TargetSender, type SenderDeps} from './target-sender.js';

/** Hands each event of the kinds asked for to every target's queue. */
export class Notifier {
	private readonly senders: TargetSender[];

	constructor(
		targets: readonly NotifyTarget[],
		private readonly kinds: ReadonlySet<AlertKind>,
		deps: SenderDeps & {sentLog: SentRecord},
	) {
		this.senders = targets.map(target => new TargetSender(target, deps));
	}

	submit(event: AlertEvent): void {
		if (!this.kinds.has(event.kind)) return;
		for (const sender of this.senders) sender.enqueue(event);
	}

	/** Stops sending; resolves with the number of events that could not be sent. */
	async close(): Promise<number> {
		const left = await Promise.all(this.senders.map(sender => sender.close()));
		return left.reduce((sum, n) => sum + n, 0);
	}
}
