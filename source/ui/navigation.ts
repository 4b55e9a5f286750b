import type {Action} from './keymap.js';

/** The index a movement action leads to in a list of `count` items, `page` items per screen. */
export function moveIndex(index: number, action: Action, count: number, page: number): number {
	const last = Math.max(0, count - 1);
	const step: Partial<Record<Action, number>> = {up: -1, down: 1, pageUp: -page, pageDown: page};
	if (action === 'top') return 0;
	if (action === 'bottom') return last;
	const delta = step[action];
	return delta === undefined ? index : Math.min(last, Math.max(0, index + delta));
}

/** The first visible index that keeps `selected` on a screen of `height` items. */
export function keepVisible(top: number, selected: number, height: number, count: number): number {
	const maxTop = Math.max(0, count - height);
	let next = Math.min(top, maxTop);
	if (selected < next) next = selected;
	if (selected >= next + height) next = selected - height + 1;
	return Math.max(0, next);
}
