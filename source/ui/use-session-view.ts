import {useEffect, useState} from 'react';
import type {BoardSource} from '../live/board-source.js';
import type {SessionView} from '../live/session-view.js';

/**
 * While a big backlog loads, the source says 'change' after every file; redrawing the whole
 * board each time would starve the keyboard. Changes are passed on at most this often — the
 * first at once, so a single new line still shows without delay.
 */
const MIN_INTERVAL_MS = 100;

/**
 * The session's current view, taken again whenever the source has changed — at most once per
 * `intervalMs`. What the UI works out from a view is kept as long as the view (`useMemo` on it).
 */
export function useSessionView(source: BoardSource, intervalMs = MIN_INTERVAL_MS): SessionView {
	const [view, setView] = useState(() => source.snapshot());
	useEffect(() => {
		let last = 0;
		let timer: NodeJS.Timeout | undefined;
		const take = () => {
			last = Date.now();
			timer = undefined;
			setView(source.snapshot());
		};
		const onChange = () => {
			const wait = last + intervalMs - Date.now();
			if (wait <= 0) take();
			else timer ??= setTimeout(take, wait);
		};
		source.on('change', onChange);
		// A change between the first render and this subscription would otherwise be missed.
		setView(source.snapshot());
		return () => {
			clearTimeout(timer);
			source.off('change', onChange);
		};
	}, [source, intervalMs]);
	return view;
}
