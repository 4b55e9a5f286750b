import {clockFigures, type ClockFigures, type HourFigures} from '../model/daily-figures.js';

/** Adds `more`'s clocks into `sum`, each rate worked out again from the sums. */
export function addClocks(sum: Record<string, ClockFigures>, more: Readonly<Record<string, ClockFigures>>): void {
	for (const [id, clock] of Object.entries(more)) {
		const known = sum[id];
		sum[id] = clockFigures((known?.consultations ?? 0) + clock.consultations, (known?.breached ?? 0) + clock.breached);
	}
}

/** Adds `more`'s 24 hours into `sum`'s. */
export function addHours(sum: HourFigures[], more: readonly HourFigures[]): void {
	for (const hour of more) {
		const into = sum[hour.hour]!;
		into.consultations += hour.consultations;
		for (const [id, breached] of Object.entries(hour.breached)) into.breached[id] = (into.breached[id] ?? 0) + breached;
	}
}
