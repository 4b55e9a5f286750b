import type {Catalog} from '../i18n/catalog.js';
import type {Platform} from '../model/message.js';
import type {MessageViolation} from '../rules/message-violations.js';
import type {Category, Penalty, Severity} from '../rules/violation-rule.js';

/**
 * A day's violations on one platform as facts: how many of each severity, and the heaviest
 * penalty one of them carries as its seed states it (per case). Never a sum of maximum fines:
 * a sum of every message's maximum is a number nobody can act on.
 */
export interface PlatformExposure {
	platform: Platform;
	violations: number;
	bySeverity: Record<Severity, number>;
	/** The heaviest single penalty among them (fine first, then points), once. */
	worst?: {rule: string; note: string; fineYuan?: number; points?: number};
}

export interface ViolationTally {
	total: number;
	byCategory: Partial<Record<Category, number>>;
	byAgent: Record<string, number>;
	exposure: PlatformExposure[];
}

/** Counts violations by category, agent, platform and severity, with each platform's heaviest stated penalty. */
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
			platform = {platform: message.platform, violations: 0, bySeverity: {error: 0, warn: 0, info: 0}};
			exposure.set(message.platform, platform);
		}
		platform.violations += 1;
		platform.bySeverity[violation.rule.severity] += 1;
		if (weight(penalty) > 0 && weight(penalty) > weight(platform.worst ?? {})) {
			platform.worst = {rule: violation.rule.id, note: penalty.note, ...(penalty.fineYuan ? {fineYuan: penalty.fineYuan} : {}), ...(penalty.points ? {points: penalty.points} : {})};
		}
	}
	tally.exposure = [...exposure.values()].sort((a, b) => b.bySeverity.error - a.bySeverity.error || b.violations - a.violations || a.platform.localeCompare(b.platform));
	// Keys in a fixed order, not the order first met: the same day reads the same however it was read.
	tally.byCategory = Object.fromEntries(Object.entries(tally.byCategory).sort(([a], [b]) => a.localeCompare(b)));
	tally.byAgent = Object.fromEntries(Object.entries(tally.byAgent).sort(([a], [b]) => a.localeCompare(b)));
	return tally;
}

/** Fines outweigh points (a yuan per point would understate neither): only for picking the heaviest. */
function weight(penalty: Pick<Penalty, 'fineYuan' | 'points'>): number {
	return (penalty.fineYuan ?? 0) * 1000 + (penalty.points ?? 0);
}

/** One platform's flags by severity and its heaviest penalty per case, as the header and report say it. */
export function exposureText(platform: PlatformExposure, text: Catalog): string {
	return text.header.exposure(platform.bySeverity, platform.worst?.fineYuan ?? 0, platform.worst?.points ?? 0);
}
