import {daysInMonth, epochFromWallTime, type Zone} from '../time/zone.js';
import type {LineProblem, TimestampFault} from './line-problem.js';

// ISO 8601 date-time, `T` or a space between date and time, optional fraction, optional offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Earliest and latest epoch milliseconds accepted as a chat timestamp (years 2000–2100). */
const MIN_EPOCH_MS = 946_684_800_000;
const MAX_EPOCH_MS = 4_102_444_800_000;

export type TimestampResult = {ok: true; epochMs: number} | {ok: false; problem: LineProblem};

/**
 * Reads the contract's three timestamp forms: ISO with offset, ISO without offset
 * (local time in `tz`), and epoch milliseconds as a number.
 */
export function parseTimestamp(value: unknown, tz: Zone): TimestampResult {
	const epochMs = epochOf(value, tz);
	return typeof epochMs === 'number' ? {ok: true, epochMs} : {ok: false, problem: epochMs};
}

/**
 * `parseTimestamp` for every line of a log: the epoch milliseconds, or why the value is not a
 * timestamp. A number rather than an object when it is one: a big backlog asks this 300,000 times.
 * `recent`, the file's last timestamp, lets a line in the same hour skip the full parse.
 */
export function epochOf(value: unknown, tz: Zone, recent?: RecentStamp): number | LineProblem {
	if (typeof value === 'number') return checkedEpoch(value);
	if (typeof value !== 'string') return badTs('type', String(value));
	const known = recent?.epochIfSameHead(value, tz);
	if (known !== undefined) return known;
	const parsed = parseIso(value, tz);
	if (typeof parsed === 'number') recent?.remember(value, tz, parsed);
	return parsed;
}

function parseIso(value: string, tz: Zone): number | LineProblem {
	const match = ISO.exec(value.trim());
	if (!match) return badTs('not-iso', value);
	const [, y, mo, d, h, mi, s, fraction, offset] = match;
	const wall = {year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: Number(s ?? 0)};
	if (!isPlausibleWallTime(wall)) return badTs('not-real', value);
	const millisecond = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
	if (offset === undefined) return checkedEpoch(epochFromWallTime(wall, tz, millisecond));
	const offsetMs = offsetMsOf(offset);
	if (offsetMs === undefined) return badTs('offset', value);
	return checkedEpoch(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millisecond) - offsetMs);
}

// Where the fields sit in `YYYY-MM-DDThh:mm:ss…`: the quick path reads them by position.
const MINUTE_COLON = 13;
const MINUTES = 14;
const SECOND_COLON = 16;
const SECONDS = 17;
const AFTER_SECONDS = 19;

/**
 * The hour (or minute) of the last timestamp read. A log's lines come in time order, many an
 * hour, so most lines differ from the one before only in their minutes and seconds: those skip
 * the full parse. With an offset written the time is that hour's start plus minutes and seconds;
 * a local time is only trusted within its minute, as a zone may change its offset within an hour.
 * One per file being read (`lineParser`). The plain version, the ISO expression and `Date.UTC`
 * for every line, was the biggest part of reading a big backlog after JSON.parse.
 */
export class RecentStamp {
	/** The remembered timestamp, whose first `headLength` characters and offset a line must repeat. */
	private value = '';
	/** `YYYY-MM-DDThh:` (14) with an offset, `YYYY-MM-DDThh:mm:` (17) without. */
	private headLength = 0;
	private tz: Zone | undefined;
	private headStartMs = 0;

	/** Epoch ms of `value` when it is the remembered hour or minute with other seconds, else undefined. */
	epochIfSameHead(value: string, tz: Zone): number | undefined {
		const remembered = this.value;
		if (value.length !== remembered.length || tz !== this.tz) return undefined;
		if (!sameUnits(value, remembered, 0, this.headLength) || !sameUnits(value, remembered, AFTER_SECONDS, value.length)) return undefined;
		const seconds = twoDigits(value, SECONDS);
		if (seconds > 59) return undefined;
		if (this.headLength === SECONDS) return this.headStartMs + seconds * 1000;
		const minutes = twoDigits(value, MINUTES);
		return minutes <= 59 && value.charCodeAt(SECOND_COLON) === 58 ? this.headStartMs + minutes * 60_000 + seconds * 1000 : undefined;
	}

	remember(value: string, tz: Zone, epochMs: number): void {
		if (!hasPlainSeconds(value)) return;
		const hasOffset = value.length > AFTER_SECONDS;
		this.value = value;
		this.headLength = hasOffset ? MINUTES : SECONDS;
		this.tz = tz;
		this.headStartMs = epochMs - twoDigits(value, SECONDS) * 1000 - (hasOffset ? twoDigits(value, MINUTES) * 60_000 : 0);
	}
}

/** Whether `a` and `b` hold the same units in [from, to): quicker than startsWith and endsWith on strings JSON.parse just made. */
function sameUnits(a: string, b: string, from: number, to: number): boolean {
	for (let at = from; at < to; at += 1) if (a.charCodeAt(at) !== b.charCodeAt(at)) return false;
	return true;
}

/** Two ASCII digits at `at` as a number; anything else gives a number over 99. */
function twoDigits(value: string, at: number): number {
	const tens = value.charCodeAt(at) - 48;
	const ones = value.charCodeAt(at + 1) - 48;
	return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 100;
}

/** `YYYY-MM-DDThh:mm:ss` then nothing, `Z` or an offset: no fraction, no space, no leap second. */
function hasPlainSeconds(value: string): boolean {
	if (value.length < AFTER_SECONDS || value.charCodeAt(MINUTE_COLON) !== 58 || value.charCodeAt(SECOND_COLON) !== 58) return false;
	if (twoDigits(value, MINUTES) > 99 || twoDigits(value, SECONDS) > 99) return false;
	const next = value.charCodeAt(AFTER_SECONDS);
	return Number.isNaN(next) || next === 43 || next === 45 || next === 90 || next === 122;
}

function checkedEpoch(epochMs: number): number | LineProblem {
	if (!Number.isFinite(epochMs) || epochMs < MIN_EPOCH_MS || epochMs > MAX_EPOCH_MS) return badTs('range', String(epochMs));
	return Math.floor(epochMs);
}

/**
 * `Z`, `+08`, `+0800` or `+08:00` in milliseconds east of UTC; undefined past ±14:00 (Kiribati's
 * +14 is the furthest any zone goes) or with minutes over 59. Only a full parse asks: a line on the
 * quick path repeats an offset already read.
 */
function offsetMsOf(offset: string): number | undefined {
	if (offset === 'Z' || offset === 'z') return 0;
	const hours = twoDigits(offset, 1);
	const minutes = offset.length > 3 ? twoDigits(offset, offset.length - 2) : 0;
	if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
	return (offset.charCodeAt(0) === 45 ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

function isPlausibleWallTime(w: {year: number; month: number; day: number; hour: number; minute: number; second: number}): boolean {
	if (w.month < 1 || w.month > 12 || w.hour > 23 || w.minute > 59 || w.second > 60) return false;
	return w.day >= 1 && w.day <= daysInMonth(w.year, w.month);
}

function badTs(why: TimestampFault, value: string): LineProblem {
	return {code: 'bad-ts', why, value};
}
