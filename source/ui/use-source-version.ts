import {useEffect, useState} from 'react';
import type {BoardSource} from '../live/board-source.js';

/** A number that changes whenever the source has read new lines, to recompute what depends on it. */
export function useSourceVersion(source: BoardSource): number {
	const [version, setVersion] = useState(0);
	useEffect(() => {
		const onChange = () => setVersion(v => v + 1);
		source.on('change', onChange);
		return () => {
			source.off('change', onChange);
		};
	}, [source]);
	return version;
}
