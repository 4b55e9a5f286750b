/**
 * Wall-clock arithmetic in a named IANA time zone, independent of the process's own TZ.
 * Every reply window and local date in kefu-watch goes through here, so a server running
 * in UTC gives the same figures as one running in Asia/Shanghai.
 */

export interface WallTime {
	year: number;
	month: number; // 1-12
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
	let formatter = formatters.get(tz);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone: tz,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(tz, formatter);
	}
	return formatter;
}

/** True when the runtime knows the zone name (e.g. `Asia/Shanghai`, `UTC`). */
export function isValidTimeZone(tz: string): boolean {
	try {
		formatterFor(tz);
		return true;
	} catch {
		return false;
	}
}

// Zone offsets change at most a few times a year, so one lookup per zone and UTC hour
// is enough; this keeps Intl out of the per-message hot path.
const offsetCache = new Map<string, Map<number, number>>();
const HOUR_MS = 3_600_000;
const lastLookup = {hour: Number.NaN, tz: '', offset: 0};

function offsetFromIntl(epochMs: number, tz: string): number {
	const parts = formatterFor(tz).formatToParts(new Date(epochMs));
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find(p => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** Milliseconds to add to a UTC instant to get the wall clock in `tz`. */
export function zoneOffsetMs(epochMs: number, tz: string): number {
	const hour = Math.floor(epochMs / HOUR_MS);
	// Messages come in time order, so the hour asked for is nearly always the one asked before.
	if (hour === lastLookup.hour && tz === lastLookup.tz) return lastLookup.offset;
	let hours = offsetCache.get(tz);
	if (!hours) offsetCache.set(tz, (hours = new Map()));
	const known = hours.get(hour);
	if (known !== undefined) return keepLastLookup(hour, tz, known);
	const offset = offsetFromIntl(hour * HOUR_MS, tz);
	// Offsets in use today are whole minutes, so a transition never falls mid-hour except for a
	// handful of historic zones: such an hour is not kept, and the instant itself is asked.
	if (offsetFromIntl(hour * HOUR_MS + HOUR_MS - 1000, tz) !== offset) return offsetFromIntl(epochMs, tz);
	hours.set(hour, offset);
	return keepLastLookup(hour, tz, offset);
}

function keepLastLookup(hour: number, tz: string, offset: number): number {
	lastLookup.hour = hour;
	lastLookup.tz = tz;
	lastLookup.offset = offset;
	return offset;
}

export function wallTime(epochMs: number, tz: string): WallTime {
	const shifted = new Date(epochMs + zoneOffsetMs(epochMs, tz));
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		second: shifted.getUTCSeconds(),
	};
}

/** The instant at which the wall clock in `tz` shows the given time (earlier one on a DST overlap). */
export function epochFromWallTime(wall: WallTime, tz: string, millisecond = 0): number {
	const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisecond);
	let guess = naive - zoneOffsetMs(naive, tz);
	guess = naive - zoneOffsetMs(guess, tz);
	return guess;
}

/** Seconds since local midnight in `tz`, 0..86399. */
export function secondOfDay(epochMs: number, tz: string): number {
	const local = epochMs + zoneOffsetMs(epochMs, tz);
	const dayMs = 86_400_000;
	return Math.floor((((local % dayMs) + dayMs) % dayMs) / 1000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` in `tz`. */
export function localDate(epochMs: number, tz: string): string {
	const w = wallTime(epochMs, tz);
	return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `HH:MM:SS` in `tz`. */
export function localClock(epochMs: number, tz: string): string {
	const w = wallTime(epochMs, tz);
	return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2026-11-22T10:21:33+08:00`. */
export function formatIsoInZone(epochMs: number, tz: string): string {
	const offsetMin = Math.round(zoneOffsetMs(epochMs, tz) / 60_000);
	const sign = offsetMin < 0 ? '-' : '+';
	const abs = Math.abs(offsetMin);
	return `${localDate(epochMs, tz)}T${localClock(epochMs, tz)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Parses `HH:MM` or `HH:MM:SS` into seconds of the day; undefined when malformed. */
export function parseClockTime(text: string): number | undefined {
	const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
	if (!match) return undefined;
	const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
	if (h > 24 || m > 59 || s > 59 || (h === 24 && (m > 0 || s > 0))) return undefined;
	return h * 3600 + m * 60 + s;
}

/** How many days `month` (1-12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` as a day that exists on the calendar; undefined for `2026-11-31` or a malformed one. */
export function calendarDate(text: string): {year: number; month: number; day: number} | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? {year, month, day} : undefined;
}

/** The instants [start, end) of local day `date` (`YYYY-MM-DD`) in `tz`, for cheap "is it that day" tests. */
export function dayRange(date: string, tz: string): {start: number; end: number} {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(year, month - 1, day + 1));
	return {
		start: epochFromWallTime({year, month, day, hour: 0, minute: 0, second: 0}, tz),
		end: epochFromWallTime({year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0}, tz),
	};
}
