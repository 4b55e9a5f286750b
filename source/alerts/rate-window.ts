/** At most `max` sends in any `perMs`: a robot's own limit (WeCom and DingTalk: 20 a minute). */
export interface RateLimit {
	max: number;
	perMs: number;
}

/** The robots' documented limits; a plain webhook has none of its own. */
export const ROBOT_LIMITS = {
	dingtalk: [{max: 20, perMs: 60_000}],
	wecom: [{max: 20, perMs: 60_000}],
	feishu: [
		{max: 100, perMs: 60_000},
		{max: 5, perMs: 1000},
	],
	webhook: [],
} as const satisfies Record<string, readonly RateLimit[]>;

/** The times of recent sends to one target, against its limits. */
export class RateWindow {
	private readonly sent: number[] = [];

	constructor(private readonly limits: readonly RateLimit[]) {}

	/** The earliest time at or after `now` when one more send keeps within every limit. */
	allowedAt(now: number): number {
		let at = now;
		for (const {max, perMs} of this.limits) {
			const recent = this.sent.filter(t => t > now - perMs);
			if (recent.length >= max) at = Math.max(at, recent[recent.length - max]! + perMs);
		}
		return at;
	}

	record(at: number): void {
		this.sent.push(at);
		const longest = Math.max(0, ...this.limits.map(limit => limit.perMs));
		while (this.sent.length > 0 && this.sent[0]! <= at - longest) this.sent.shift();
	}
}
