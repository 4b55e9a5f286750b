import type {ClockFigures} from './daily-figures.js';
import type {ClockDefinition} from './reply-clock.js';

/** A day's rate that the platform punishes: under the pack's target, or in fine territory. */
export interface RateAlert {
	clock: string;
	kind: 'below-target' | 'fine-risk';
	rate: number;
	/** The target for `below-target`, the fine's threshold rate for `fine-risk`. */
	threshold: number;
	yuan?: number;
}

export function rateAlerts(figures: Record<string, ClockFigures>, clocks: readonly ClockDefinition[]): RateAlert[] {
	const alerts: RateAlert[] = [];
	for (const clock of clocks) {
		const day = figures[clock.id];
		if (!day || day.rate === null) continue;
		if (clock.target !== undefined && day.rate < clock.target) {
			alerts.push({clock: clock.id, kind: 'below-target', rate: day.rate, threshold: clock.target});
		}
		const {fine} = clock;
		if (fine && day.consultations > fine.minConsultations && day.rate < fine.rateBelow) {
			alerts.push({clock: clock.id, kind: 'fine-risk', rate: day.rate, threshold: fine.rateBelow, yuan: fine.yuan});
		}
	}
	return alerts;
}
