import {useEffect, useState} from 'react';

/**
 * The current instant from the injected clock, refreshed every `intervalMs` — and at once when
 * `refreshOn` changes: a line that has just arrived is stamped after the last tick, and would
 * otherwise wait up to a second to come into view.
 */
export function useNow(clock: () => number, refreshOn?: unknown, intervalMs = 1000): number {
	const [state, setState] = useState(() => ({now: clock(), refreshOn}));
	useEffect(() => {
		const timer = setInterval(() => setState(previous => ({...previous, now: clock()})), intervalMs);
		return () => clearInterval(timer);
	}, [clock, intervalMs]);
	if (state.refreshOn !== refreshOn) {
		// Derived from a changed input during render, as React documents, rather than one render late.
		const next = {now: Math.max(state.now, clock()), refreshOn};
		setState(next);
		return next.now;
	}
	return state.now;
}
