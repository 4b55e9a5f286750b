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

const HOUR_MS = 3_600_000;

/**
 * A named IANA zone (`Asia/Shanghai`, `UTC`), made once where the zone is chosen (the command
 * line, the config) and handed down: it keeps its Intl formatter and the offsets it has looked up.
 * Prints and serialises as its name.
 */
export class Zone {
	private readonly formatter: Intl.DateTimeFormat;
	// Zone offsets change at most a few times a year, so one lookup per UTC hour is enough;
	// this keeps Intl out of the per-message hot path.
	private readonly offsets = new Map<number, number>();
	// Messages come in time order, so the hour asked for is nearly always the one asked before.
	private lastHour = Number.NaN;
	private lastOffset = 0;

	/** Throws a RangeError for a name the runtime does not know (see `isValidTimeZone`). */
	constructor(readonly name: string) {
		this.formatter = zoneFormatter(name);
	}

	/** Milliseconds to add to a UTC instant to get the wall clock here. */
	offsetMs(epochMs: number): number {
		const hour = Math.floor(epochMs / HOUR_MS);
		if (hour === this.lastHour) return this.lastOffset;
		let offset = this.offsets.get(hour);
		if (offset === undefined) {
			offset = this.offsetFromIntl(hour * HOUR_MS);
			// Offsets in use today are whole minutes, so a transition never falls mid-hour except for a
			// handful of historic zones: such an hour is not kept, and the instant itself is asked.
			if (this.offsetFromIntl(hour * HOUR_MS + HOUR_MS - 1000) !== offset) return this.offsetFromIntl(epochMs);
			this.offsets.set(hour, offset);
		}
		this.lastHour = hour;
		this.lastOffset = offset;
		return offset;
	}

	toString(): string {
		return this.name;
	}

	toJSON(): string {
		return this.name;
	}

	private offsetFromIntl(epochMs: number): number {
		const parts = this.formatter.formatToParts(new Date(epochMs));
		const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find(p => p.type === type)?.value);
		const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
		return asUtc - Math.floor(epochMs / 1000) * 1000;
	}
}

function zoneFormatter(name: string): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat('en-US', {
		timeZone: name,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric',
	});
}

/** True when the runtime knows the zone name (e.g. `Asia/Shanghai`, `UTC`). */
export function isValidTimeZone(name: string): boolean {
	try {
		zoneFormatter(name);
		return true;
	} catch {
		return false;
	}
}

/** Milliseconds to add to a UTC instant to get the wall clock in `tz`. */
export function zoneOffsetMs(epochMs: number, tz: Zone): number {
	return tz.offsetMs(epochMs);
}

export function wallTime(epochMs: number, tz: Zone): WallTime {
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
export function epochFromWallTime(wall: WallTime, tz: Zone, millisecond = 0): number {
	const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisecond);
	let guess = naive - zoneOffsetMs(naive, tz);
	guess = naive - zoneOffsetMs(guess, tz);
	return guess;
}

/** Seconds since local midnight in `tz`, 0..86399. */
export function secondOfDay(epochMs: number, tz: Zone): number {
	const local = epochMs + zoneOffsetMs(epochMs, tz);
	const dayMs = 86_400_000;
	return Math.floor((((local % dayMs) + dayMs) % dayMs) / 1000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` in `tz`. */
export function localDate(epochMs: number, tz: Zone): string {
	const w = wallTime(epochMs, tz);
	return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `HH:MM:SS` in `tz`. */
export function localClock(epochMs: number, tz: Zone): string {
	const w = wallTime(epochMs, tz);
	return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** ISO 8601 with the zone's offset, e.g. `2026-11-22T10:21:33+08:00`. */
export function formatIsoInZone(epochMs: number, tz: Zone): string {
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
export function dayRange(date: string, tz: Zone): {start: number; end: number} {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(year, month - 1, day + 1));
	return {
		start: epochFromWallTime({year, month, day, hour: 0, minute: 0, second: 0}, tz),
		end: epochFromWallTime({year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0}, tz),
	};
}
