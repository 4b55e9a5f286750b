import {reviewKey, type Records, type ReviewRecord} from '../store/records.js';

/** What the supervisors said of one rule's flags: how often confirmed or called false, with examples. */
export interface RuleReview {
	rule: string;
	confirmed: ReviewRecord[];
	falsePositive: ReviewRecord[];
}

/**
 * Each rule's flags as the supervisors last judged them (a later verdict on the same flag
 * replaces an earlier one, as on the board; `open` takes a verdict back). Rules most often
 * called false first: those are the ones a shop should look at.
 */
export function reviewsByRule(records: Pick<Records, 'reviews'>): RuleReview[] {
	const latest = new Map<string, ReviewRecord>();
	for (const review of records.reviews) latest.set(reviewKey(review), review);
	const byRule = new Map<string, RuleReview>();
	for (const review of latest.values()) {
		if (review.verdict === 'open') continue;
		let entry = byRule.get(review.rule);
		if (!entry) byRule.set(review.rule, (entry = {rule: review.rule, confirmed: [], falsePositive: []}));
		(review.verdict === 'confirmed' ? entry.confirmed : entry.falsePositive).push(review);
	}
	const falseShare = (r: RuleReview) => r.falsePositive.length / (r.falsePositive.length + r.confirmed.length);
	return [...byRule.values()].sort((a, b) => falseShare(b) - falseShare(a) || b.falsePositive.length - a.falsePositive.length || a.rule.localeCompare(b.rule));
}
