import {useEffect, useState} from 'react';
import type {BoardSource} from '../live/board-source.js';

/**
 * While a big backlog loads, the source says 'change' after every file; redrawing the whole
 * board each time would starve the keyboard. Changes are passed on at most this often — the
 * first at once, so a single new line still shows without delay.
 */
const MIN_INTERVAL_MS = 100;

/**
 * A number that changes whenever the source has read new lines, to recompute what depends on
 * it — at most once per `intervalMs`.
 */
export function useSourceVersion(source: BoardSource, intervalMs = MIN_INTERVAL_MS): number {
	const [version, setVersion] = useState(0);
	useEffect(() => {
		let last = 0;
		let timer: NodeJS.Timeout | undefined;
		const bump = () => {
			last = Date.now();
			timer = undefined;
			setVersion(v => v + 1);
		};
		const onChange = () => {
			const wait = last + intervalMs - Date.now();
			if (wait <= 0) bump();
			else timer ??= setTimeout(bump, wait);
		};
		source.on('change', onChange);
		return () => {
			clearTimeout(timer);
			source.off('change', onChange);
		};
	}, [source, intervalMs]);
	return version;
}
