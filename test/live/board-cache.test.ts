import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBoard} from '../../source/board/triage.js';
import {RecordBook} from '../../source/live/record-book.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import {MARKS} from '../../source/store/records.js';
import {WatchSession} from '../../source/live/watch-session.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {at, message, TZ} from '../helpers/messages.js';
import {testSession} from '../helpers/session.js';

describe('the board, re-evaluating only waiting conversations between reads', () => {
	it('gives the same board as a full build, second after second and after new lines', async () => {
		const session = await testSession();
		const fresh = async (now: number) => {
			const other = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: session.options.packs});
			for (const conversation of session.book.all()) for (const m of conversation.messages) other.book.add({...m});
			return other.board(now).map(row => `${row.conversation.conv}:${row.status}:${row.clocks[0]?.pending?.leftMs ?? '-'}`);
		};
		const shown = (now: number) => session.board(now).map(row => `${row.conversation.conv}:${row.status}:${row.clocks[0]?.pending?.leftMs ?? '-'}`);
		session.book.add(message('buyer', '10:00:00', {conv: 'wait'}));
		session.book.add(message('buyer', '09:00:00', {conv: 'done'}));
		session.book.add(message('agent', '09:01:00', {conv: 'done'}));
		for (const clock of ['10:01:00', '10:03:30', '10:05:01']) expect(shown(at(clock))).toEqual(await fresh(at(clock)));
		expect(shown(at('10:05:01'))[0]).toBe('wait:breached:-1000');
		session.book.add(message('agent', '10:06:00', {conv: 'wait'}));
		session.book.add(message('buyer', '10:06:10', {conv: 'done'}));
		expect(shown(at('10:07:00'))).toEqual(await fresh(at('10:07:00')));
		expect(shown(at('10:07:00'))).toEqual(['done:waiting:250000', 'wait:idle:-']);
	});

	it('under a frozen now, shows a line stamped after it once a later now gets there', async () => {
		const session = await testSession({frozen: true});
		session.book.add(message('buyer', '10:00:00', {conv: 'old'}));
		session.book.add(message('agent', '10:00:30', {conv: 'old'}));
		session.book.add(message('buyer', '10:00:01', {conv: 'ahead'}));
		expect(session.board(at('10:00:00')).map(row => row.conversation.conv)).toEqual(['old']);
		expect(session.board(at('10:00:40')).map(row => row.conversation.conv)).toEqual(['ahead', 'old']);
	});

	it('under a live clock, shows a buyer line stamped ahead at once: its clock waits from its stamp', async () => {
		const session = await testSession();
		session.book.add(message('buyer', '10:00:00', {conv: 'old'}));
		session.book.add(message('agent', '10:00:30', {conv: 'old'}));
		// An agent PC ten minutes fast: its buyer line reads 10:10 at our 10:00:40.
		session.book.add(message('buyer', '10:10:00', {conv: 'ahead'}));
		const shown = (clock: string) => session.board(at(clock)).map(row => `${row.conversation.conv}:${row.status}:${row.clocks[0]?.pending?.leftMs ?? '-'}`);
		expect(shown('10:00:40')).toEqual(['ahead:waiting:300000', 'old:idle:-']);
		expect(shown('10:05:00')).toEqual(['ahead:waiting:300000', 'old:idle:-']);
		expect(shown('10:13:30')).toEqual(['ahead:warning:90000', 'old:idle:-']);
		expect(shown('10:15:01')).toEqual(['ahead:breached:-1000', 'old:idle:-']);
	});
});

describe('the board kept up to date line by line', () => {
	it('matches a board built afresh after every line of a busy hour, whatever the order of events', async () => {
		const packs = await loadRulePacks();
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs});
		const random = seededRandom(7);
		const senders = ['buyer', 'buyer', 'agent', 'bot', 'system'] as const;
		const describeRows = (rows: ReturnType<WatchSession['board']>) => rows.map(row => `${row.key}:${row.status}:${row.clocks.map(c => c.pending?.leftMs ?? '-').join('/')}`);
		let now = at('10:00:00');
		for (let i = 0; i < 400; i += 1) {
			now += Math.floor(random() * 20_000);
			const conv = `c${Math.floor(random() * 40)}`;
			// Now and then a line comes a little late, stamped before the one read last.
			const ts = now - (random() < 0.1 ? Math.floor(random() * 60_000) : 0);
			session.book.add({...message(senders[Math.floor(random() * senders.length)]!, '10:00:00', {conv}), ts});
			if (random() < 0.5) continue;
			const fresh = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs});
			for (const conversation of session.book.all()) for (const m of conversation.messages) fresh.book.add({...m});
			const shownAt = now + Math.floor(random() * 400_000);
			expect(describeRows(session.board(shownAt)), `after line ${i}`).toEqual(describeRows(fresh.board(shownAt)));
		}
	});
});

describe('the board kept up to date with every section of contract §5', () => {
	it('matches a fresh build through snoozes, resolved and spam, --stale and three platforms', async () => {
		const packs = await loadRulePacks();
		const dir = await mkdtemp(path.join(os.tmpdir(), 'board-cache-'));
		// From before 08:00, so that some buyers wait outside the counted window (not counted).
		let now = at('07:40:00');
		const records = new RecordBook(path.join(dir, 'db.json'), () => ({by: 'lead', tz: TZ, now}));
		const staleMs = 10 * 60_000;
		const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs, records, staleMs});
		await records.load();
		const random = seededRandom(11);
		const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
		const senders = ['buyer', 'buyer', 'agent', 'bot', 'system'] as const;
		const platforms = ['pinduoduo', 'douyin', 'taobao'] as const;
		const describeRows = (rows: ReturnType<WatchSession['board']>) => rows.map(row => `${row.key}:${row.status}:${row.setAside?.why ?? ''}:${row.clocks.map(c => c.pending?.leftMs ?? '-').join('/')}`);
		const seen = new Set<string>();
		try {
			for (let i = 0; i < 300; i += 1) {
				now += Math.floor(random() * 30_000);
				const conv = `c${Math.floor(random() * 30)}`;
				const platform = pick(platforms);
				const ts = now - (random() < 0.1 ? Math.floor(random() * 60_000) : 0);
				session.book.add({...message(pick(senders), '10:00:00', {conv, platform}), ts});
				const act = random();
				const target = {conv: `c${Math.floor(random() * 30)}`, platform: pick(platforms), shop: 'flagship'};
				if (act < 0.06) await records.snooze(target, random() < 0.5 ? 'buyer' : {minutes: random() * 20});
				else if (act < 0.08) await records.snooze(target, 'clear');
				else if (act < 0.12) await records.setMark(target, 'resolved', random() < 0.7);
				else if (act < 0.14) await records.setMark(target, 'spam', random() < 0.5);
				else if (act < 0.16) await records.setMark(target, pick(MARKS.filter(m => m !== 'spam' && m !== 'resolved')), true);
				if (random() < 0.5) continue;
				const fresh = new ConversationBook();
				for (const conversation of session.book.all()) for (const m of conversation.messages) fresh.add({...m});
				const shownAt = now + Math.floor(random() * 1_200_000);
				const kept = session.board(shownAt);
				for (const row of kept) seen.add(row.status);
				expect(describeRows(kept), `after line ${i}`).toEqual(describeRows(buildBoard(fresh.all(), packs, TZ, shownAt, key => records.of(key), {staleMs})));
			}
		} finally {
			await records.stop();
			await rm(dir, {recursive: true, force: true});
		}
		// The walk went through every section, so each was compared at least once.
		expect([...seen].sort()).toEqual(['breached', 'idle', 'lost', 'notCounted', 'setAside', 'waiting', 'warning']);
	}, 60_000);
});
