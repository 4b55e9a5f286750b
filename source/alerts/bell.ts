import type {RiskEvent} from './alert-event.js';

/** At most one bell this often (contract §6). */
export const BELL_GAP_MS = 5000;

/**
 * Rings once per conversation, clock and wait, when it enters at risk or breached; a second
 * one within the gap is rung when the gap has passed, so no conversation goes unheard.
 */
export class Bell {
	private readonly rung = new Set<string>();
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
		this.rung.add(id);
		const wait = this.lastRing + this.gapMs - this.clock();
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
