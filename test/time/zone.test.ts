import {describe, expect, it} from 'vitest';
import {epochFromWallTime, formatIsoInZone, isValidTimeZone, localDate, parseClockTime, secondOfDay, Zone, zoneOffsetMs} from '../../source/time/zone.js';

describe('time zone arithmetic', () => {
	it('reads the local day and second in the shop zone, not the process zone', () => {
		const instant = Date.parse('2026-11-22T16:30:05Z'); // 00:30:05 on the 23rd in Shanghai
		expect(localDate(instant, new Zone('Asia/Shanghai'))).toBe('2026-11-23');
		expect(localDate(instant, new Zone('UTC'))).toBe('2026-11-22');
		expect(secondOfDay(instant, new Zone('Asia/Shanghai'))).toBe(30 * 60 + 5);
	});

	it('turns a wall time back into the instant, across a DST change', () => {
		const wall = {year: 2026, month: 3, day: 29, hour: 12, minute: 0, second: 0};
		expect(epochFromWallTime(wall, new Zone('Europe/Berlin'))).toBe(Date.parse('2026-03-29T10:00:00Z'));
		expect(epochFromWallTime({...wall, day: 28}, new Zone('Europe/Berlin'))).toBe(Date.parse('2026-03-28T11:00:00Z'));
	});

	it('formats ISO with the zone offset', () => {
		expect(formatIsoInZone(Date.parse('2026-11-22T02:21:33Z'), new Zone('Asia/Shanghai'))).toBe('2026-11-22T10:21:33+08:00');
		expect(formatIsoInZone(Date.parse('2026-07-01T12:00:00Z'), new Zone('America/New_York'))).toBe('2026-07-01T08:00:00-04:00');
	});

	it('is a value of its own per zone: answers in turn never cross, and it prints as its name', () => {
		const shanghai = new Zone('Asia/Shanghai');
		const newYork = new Zone('America/New_York');
		const instant = Date.parse('2026-07-01T12:00:00Z');
		// Asked in turn for the same hour, each answers for itself (no "last one asked" shared between them).
		expect([shanghai, newYork, shanghai, newYork].map(zone => zoneOffsetMs(instant, zone) / 3_600_000)).toEqual([8, -4, 8, -4]);
		expect(`${newYork}`).toBe('America/New_York');
		expect(JSON.stringify({tz: shanghai})).toBe('{"tz":"Asia/Shanghai"}');
		expect(() => new Zone('Mars/Olympus')).toThrow(RangeError);
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
