/** An average first reply with what it averages, so that days, shops and agents can be added up. */
export interface FirstReplies {
	avgFirstResponseSeconds: number | null;
	/** How many conversations had a first reply: the average's weight. */
	firstResponses: number;
}

/** The average over both, weighted by their first replies. */
export function addFirstReplies(a: FirstReplies, b: FirstReplies): FirstReplies {
	const firstResponses = a.firstResponses + b.firstResponses;
	const seconds = (a.avgFirstResponseSeconds ?? 0) * a.firstResponses + (b.avgFirstResponseSeconds ?? 0) * b.firstResponses;
	return {avgFirstResponseSeconds: firstResponses === 0 ? null : seconds / firstResponses, firstResponses};
}

export const NO_FIRST_REPLIES: FirstReplies = Object.freeze({avgFirstResponseSeconds: null, firstResponses: 0});
