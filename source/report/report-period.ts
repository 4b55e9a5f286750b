import type {Catalog} from '../i18n/catalog.js';
import {calendarDate} from '../time/zone.js';
import {addDays, datesBetween} from './report-range.js';

/** Which days a report covers: one (`--date`, contract §3) or a range (§8) with the period before it. */
export type ReportPeriod = {kind: 'day'; date: string} | {kind: 'range'; dates: string[]; previous: string[]};

export interface PeriodFlags {
	date?: string;
	from?: string;
	to?: string;
	days?: number;
}

const MAX_DAYS = 366;

/** The period the flags ask for, `today` being the local date of `now`; a bad combination or date throws `fail(message)`. */
export function reportPeriod(flags: PeriodFlags, today: string, text: Catalog, fail: (message: string) => Error): ReportPeriod {
	const t = text.periods;
	const ranged = flags.from !== undefined || flags.to !== undefined;
	if ((flags.date !== undefined && (ranged || flags.days !== undefined)) || (ranged && flags.days !== undefined)) throw fail(t.mixedRange);
	if (flags.days !== undefined) {
		if (!Number.isInteger(flags.days) || flags.days < 1 || flags.days > MAX_DAYS) throw fail(t.badDays(flags.days));
		return range(addDays(today, 1 - flags.days), today);
	}
	if (!ranged) {
		const date = flags.date ?? today;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw fail(text.cli.badDate(date));
		if (!calendarDate(date)) throw fail(text.cli.noSuchDate(date));
		return {kind: 'day', date};
	}
	if (flags.from === undefined || flags.to === undefined) throw fail(t.halfRange);
	for (const [flag, value] of [
		['--from', flags.from],
		['--to', flags.to],
	] as const)
		if (!calendarDate(value)) throw fail(t.badDateFlag(flag, value));
	if (flags.from > flags.to) throw fail(t.badRange(flags.from, flags.to));
	const dates = datesBetween(flags.from, flags.to);
	if (dates.length > MAX_DAYS) throw fail(t.tooLong(dates.length));
	return range(flags.from, flags.to);
}

function range(from: string, to: string): ReportPeriod {
	const dates = datesBetween(from, to);
	return {kind: 'range', dates, previous: datesBetween(addDays(from, -dates.length), addDays(from, -1))};
}
