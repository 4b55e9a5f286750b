import type {RiskEvent} from './alert-event.js';

/** At most one bell this often (contract §6). */
export const BELL_GAP_MS = 5000;

/**
 * Rings once per conversation, clock and wait, when it enters at risk or breached; a second
 * one within the gap is rung when the gap has passed, so no conversation goes unheard.
 */
export class Bell {
	/** Waits rung for, with when; let go after a day (a wait is over long before). */
	private readonly rung = new Map<string, number>();
	private lastRing = -Infinity;
	private timer: NodeJS.Timeout | undefined;

	constructor(
		private readonly ring: () => void,
		private readonly clock: () => number,
		private readonly gapMs = BELL_GAP_MS,
	) {}

	onRisk(risk: RiskEvent): void {
		const id = `${risk.key}\u0000${risk.clock}\u0000${risk.startTs}`;
		if (this.rung.has(id)) return;
		const now = this.clock();
		if (this.rung.size >= 10_000) for (const [old, at] of this.rung) if (at < now - 24 * 3600_000) this.rung.delete(old);
		this.rung.set(id, now);
		const wait = this.lastRing + this.gapMs - now;
		if (wait <= 0) this.ringNow();
		else
			this.timer ??= setTimeout(() => {
				this.timer = undefined;
				this.ringNow();
			}, wait);
	}

	stop(): void {
		clearTimeout(this.timer);
	}

	private ringNow(): void {
		this.lastRing = this.clock();
		this.ring();
	}
}
