import type {Platform} from '../model/message.js';
import type {MessageViolation} from '../rules/message-violations.js';
import type {Category} from '../rules/violation-rule.js';

/** What a day's violations may cost a shop, per platform, as the rule packs state it. */
export interface PlatformExposure {
	platform: Platform;
	violations: number;
	points: number;
	fineYuan: number;
}

export interface ViolationTally {
	total: number;
	byCategory: Partial<Record<Category, number>>;
	byAgent: Record<string, number>;
	exposure: PlatformExposure[];
}

/** Counts violations by category, agent and platform, summing the penalties they carry. */
export function tallyViolations(found: Iterable<MessageViolation>): ViolationTally {
	const tally: ViolationTally = {total: 0, byCategory: {}, byAgent: {}, exposure: []};
	const exposure = new Map<Platform, PlatformExposure>();
	for (const {message, violation} of found) {
		tally.total += 1;
		const {category, penalty} = violation.rule;
		tally.byCategory[category] = (tally.byCategory[category] ?? 0) + 1;
		tally.byAgent[message.agent] = (tally.byAgent[message.agent] ?? 0) + 1;
		let platform = exposure.get(message.platform);
		if (!platform) {
			platform = {platform: message.platform, violations: 0, points: 0, fineYuan: 0};
			exposure.set(message.platform, platform);
		}
		platform.violations += 1;
		platform.points += penalty.points ?? 0;
		platform.fineYuan += penalty.fineYuan ?? 0;
	}
	tally.exposure = [...exposure.values()].sort((a, b) => b.fineYuan - a.fineYuan || b.points - a.points);
	// Keys in a fixed order, not the order first met: the same day reads the same however it was read.
	tally.byCategory = Object.fromEntries(Object.entries(tally.byCategory).sort(([a], [b]) => a.localeCompare(b)));
	tally.byAgent = Object.fromEntries(Object.entries(tally.byAgent).sort(([a], [b]) => a.localeCompare(b)));
	return tally;
}
