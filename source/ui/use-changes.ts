import type {EventEmitter} from 'node:events';
import {useEffect, useState} from 'react';

/** Renders again whenever `emitter` says 'change' (nothing when there is none). */
export function useChanges(emitter: EventEmitter<{change: []}> | undefined): number {
	const [count, setCount] = useState(0);
	useEffect(() => {
		if (!emitter) return;
		const onChange = () => setCount(n => n + 1);
		emitter.on('change', onChange);
		return () => {
			emitter.off('change', onChange);
		};
	}, [emitter]);
	return count;
}
