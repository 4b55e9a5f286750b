import {useEffect, useState} from 'react';

/** The current instant from the injected clock, refreshed every `intervalMs`. */
export function useNow(clock: () => number, intervalMs = 1000): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		const timer = setInterval(() => setNow(clock()), intervalMs);
		return () => clearInterval(timer);
	}, [clock, intervalMs]);
	return now;
}
