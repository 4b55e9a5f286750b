import {describe, expect, it} from 'vitest';
import {at, message} from '../helpers/messages.js';
import {testSession} from '../helpers/session.js';

describe("today's figures, kept while they cannot change", () => {
	it('recounts the moment a pending wait goes over its limit, and when a message arrives', async () => {
		const session = await testSession();
		session.book.add(message('buyer', '10:00:00', {conv: 'a'}));
		const breached = (clock: string) => session.today(at(clock)).shops[0]?.clocks['reply-5m']?.breached;
		expect(breached('10:04:00')).toBe(0);
		expect(breached('10:05:00')).toBe(0);
		expect(breached('10:05:01')).toBe(1);
		session.book.add(message('buyer', '10:06:00', {conv: 'b'}));
		expect(session.today(at('10:06:30')).shops[0]?.consultations).toBe(2);
		expect(breached('10:11:00')).toBe(1);
		expect(breached('10:11:01')).toBe(2);
		// Going back in time (a frozen --now earlier than the last call) is never served from the cache.
		expect(breached('10:04:00')).toBe(0);
	});
});
