import type {Catalog} from '../i18n/catalog.js';
import type {HourFigures} from '../model/daily-figures.js';

/** The `count` hours with the most of `value`, most first (earlier hour on a tie); empty hours never. */
export function topHours(byHour: readonly HourFigures[], value: (hour: HourFigures) => number, count = 3): {hour: number; count: number}[] {
	return byHour
		.map(hour => ({hour: hour.hour, count: value(hour)}))
		.filter(hour => hour.count > 0)
		.sort((a, b) => b.count - a.count || a.hour - b.hour)
		.slice(0, count);
}

/** Per shop, a line naming its busiest hours, then one per clock naming the hours with most breaches. */
export function busyHourLines(shops: readonly {name: string; byHour: readonly HourFigures[]}[], clockIds: readonly string[], clockLabel: (id: string) => string, text: Catalog): string[] {
	const t = text.periods;
	const said = (hours: {hour: number; count: number}[]) => hours.map(hour => t.hourCount(hour.hour, hour.count)).join(', ');
	return shops.flatMap(shop => {
		const busiest = topHours(shop.byHour, hour => hour.consultations);
		if (busiest.length === 0) return [];
		const breached = clockIds.map(id => ({id, hours: topHours(shop.byHour, hour => hour.breached[id] ?? 0)})).filter(clock => clock.hours.length > 0);
		return [t.busiest(shop.name, said(busiest)), ...breached.map(clock => t.mostBreached(shop.name, clockLabel(clock.id), said(clock.hours)))];
	});
}
