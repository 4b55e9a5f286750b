import {describe, expect, it} from 'vitest';
import {epochFromWallTime, formatIsoInZone, isValidTimeZone, localDate, parseClockTime, secondOfDay} from '../../source/time/zone.js';

describe('time zone arithmetic', () => {
	it('reads the local day and second in the shop zone, not the process zone', () => {
		const instant = Date.parse('2026-11-22T16:30:05Z'); // 00:30:05 on the 23rd in Shanghai
		expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-11-23');
		expect(localDate(instant, 'UTC')).toBe('2026-11-22');
		expect(secondOfDay(instant, 'Asia/Shanghai')).toBe(30 * 60 + 5);
	});

	it('turns a wall time back into the instant, across a DST change', () => {
		const wall = {year: 2026, month: 3, day: 29, hour: 12, minute: 0, second: 0};
		expect(epochFromWallTime(wall, 'Europe/Berlin')).toBe(Date.parse('2026-03-29T10:00:00Z'));
		expect(epochFromWallTime({...wall, day: 28}, 'Europe/Berlin')).toBe(Date.parse('2026-03-28T11:00:00Z'));
	});

	it('formats ISO with the zone offset', () => {
		expect(formatIsoInZone(Date.parse('2026-11-22T02:21:33Z'), 'Asia/Shanghai')).toBe('2026-11-22T10:21:33+08:00');
		expect(formatIsoInZone(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
	});

	it('validates zone names and clock times', () => {
		expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus')).toBe(false);
		expect(parseClockTime('08:00')).toBe(28_800);
		expect(parseClockTime('23:00:30')).toBe(82_830);
		expect(parseClockTime('25:00')).toBeUndefined();
		expect(parseClockTime('8am')).toBeUndefined();
	});
});
