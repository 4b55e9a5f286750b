import {FIXTURE_DIR} from '../helpers/fixture.js';
import {describe, expect, it} from 'vitest';
import {countBoard} from '../../source/board/board-counts.js';
import {buildBoard} from '../../source/board/triage.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import {WatchSession} from '../../source/live/watch-session.js';
import {loadRulePacks} from '../../source/rules/load-rule-packs.js';
import {at, message, TZ} from '../helpers/messages.js';

const FIXTURE = FIXTURE_DIR;
const NOW = at('14:00:00');

async function fixtureSession(tz = TZ) {
	// The board at a frozen 14:00, as `--now` gives it: c11, written at 14:30, is not there yet.
	const session = new WatchSession({paths: [FIXTURE], tz, defaultPlatform: 'pinduoduo', packs: await loadRulePacks(), frozen: true});
	await session.start({follow: false});
	return session;
}

describe('the triage board on the fixture shop', () => {
	it('orders the sections of contract §5: at risk, breached, waiting, not counted, lost, idle', async () => {
		const rows = (await fixtureSession()).board(NOW);
		expect(rows.map(row => `${row.conversation.conv}:${row.status}`)).toEqual([
			'c3:warning',
			'c2:breached',
			'c8:breached',
			'c1:breached',
			'c4:waiting',
			'c5:waiting',
			'c10:notCounted',
			// 12:30, ninety minutes ago: over both clocks and the buyer quiet for longer than --stale.
			'c9:lost',
			'c7:idle',
			'c6:idle',
		]);
	});

	it('reads the same board whatever the process time zone, since --tz decides', async () => {
		const rows = (await fixtureSession()).board(NOW);
		const c3 = rows.find(row => row.conversation.conv === 'c3')!;
		expect(c3.clocks.map(c => c.pending?.leftMs)).toEqual([40_000, 3_340_000]);
		const c10 = rows.find(row => row.conversation.conv === 'c10')!;
		expect(c10.clocks.every(c => c.pending === undefined)).toBe(true);
		expect(c10.waitingSince).toBe(at('07:30:00'));
	});

	it('merges a transferred conversation across files and gives it to the latest agent', async () => {
		const c8 = (await fixtureSession()).board(NOW).find(row => row.conversation.conv === 'c8')!;
		expect(c8.owner).toBe('ahao');
		expect(c8.conversation.messages.map(m => m.agent)).toEqual(['xiaomei', 'xiaomei', 'xiaomei', 'ahao']);
	});

	it('skips and counts bad lines with file and line, reading on after them', async () => {
		const session = await fixtureSession();
		expect(session.badLines.map(bad => `${bad.file.slice(FIXTURE.length + 1)}:${bad.line}`)).toEqual(['ahao-2026-11-22.jsonl:6', 'xiaomei.jsonl:6']);
		expect(session.board(NOW).some(row => row.conversation.conv === 'c7')).toBe(true);
	});

	it('shows nothing written after a frozen now', async () => {
		const rows = (await fixtureSession()).board(NOW);
		expect(rows.some(row => row.conversation.conv === 'c11')).toBe(false);
	});

	it('counts breached, warning, waiting and the agents who replied in the last half hour', async () => {
		const rows = (await fixtureSession()).board(NOW);
		expect(countBoard(rows, NOW)).toEqual({warning: 1, breached: 3, waiting: 2, notCounted: 1, lost: 1, setAside: 0, agents: 0});
		// xiaomei replied at 13:21 and ahao at 13:01; the bot's 13:30 reply is nobody's shift.
		expect(countBoard(rows, NOW, 60 * 60_000).agents).toBe(2);
		expect(countBoard(rows, NOW, 50 * 60_000).agents).toBe(1);
	});

	it('places lines that arrive out of order by ts', () => {
		const book = new ConversationBook();
		book.add(message('agent', '10:04:00'));
		book.add(message('buyer', '10:00:00'));
		const [row] = buildBoard(book.all(), new Map(), TZ, at('10:10:00'));
		expect(row?.conversation.messages.map(m => m.from)).toEqual(['buyer', 'agent']);
		expect(row?.status).toBe('idle');
	});
});
