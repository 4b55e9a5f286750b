import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {AlertEvent} from '../../source/alerts/alert-event.js';
import {parseTarget} from '../../source/alerts/notify-target.js';
import {openSentLog, type SentRecord} from '../../source/alerts/sent-log.js';
import {TargetSender, type SendReport, type SenderTiming} from '../../source/alerts/target-sender.js';
import {catalog} from '../../source/i18n/catalog.js';
import {at, TZ} from '../helpers/messages.js';
import {hasPostgres, usePgCluster, warnIfNoPostgres} from '../helpers/pg-cluster.js';
import {OK_ERRCODE, useRobots} from '../helpers/robot-server.js';
import {eventually} from '../helpers/temp-dir.js';
import {ROOT} from '../helpers/tmux.js';

warnIfNoPostgres();

const FAST: SenderTiming = {batchMs: 300, gatherMs: 50, backoff: {firstMs: 200, maxMs: 1000}, timeoutMs: 5000};

const breach = (conv: string): AlertEvent => ({
	id: `breach|${conv}|reply-5m|1`,
	kind: 'breach',
	platform: 'pinduoduo',
	shop: '旗舰店',
	conv,
	agent: 'xiaomei',
	at: at('10:05:01'),
	waitedMs: 301_000,
	clock: 'reply-5m',
});

describe.skipIf(!hasPostgres)('the sent log in a PostgreSQL records database', () => {
	const {freshDatabase} = usePgCluster('sentlog');
	const robot = useRobots();

	function sender(url: string, sentLog: SentRecord, reports: SendReport[]) {
		return new TargetSender(parseTarget(`webhook:${url}/hook`, {})!, {
			sentLog,
			timing: FAST,
			now: Date.now,
			context: now => ({text: catalog('zh'), clockLabel: id => id, tz: TZ, lang: 'zh', now}),
			report: report => reports.push(report),
		});
	}

	const sentConvs = (received: {body: Record<string, unknown>}[]) => received.flatMap(request => (request.body['events'] as {conv: string}[]).map(event => event.conv)).sort();

	it('sends each event once between two machines sharing the database, and nothing again after a restart', async () => {
		const db = await freshDatabase();
		const {server, url} = await robot(OK_ERRCODE);
		const [first, second] = [await openSentLog(db), await openSentLog(db)];
		const reports: SendReport[] = [];
		const machines = [sender(url, first, reports), sender(url, second, reports)];
		// Both machines see the same breaches at the same moment, as two `alert` services would.
		for (const conv of ['8801', '8802', '8803']) for (const machine of machines) machine.enqueue(breach(conv));
		await eventually(() => sentConvs(server.received).length >= 3, 'the three breaches sent', 20_000);
		// Give the other machine its batch windows: it must not send them too.
		await eventually(() => reports.filter(r => !r.problem).length >= 1 && machines.every(m => m.queued === 0), 'both queues empty', 20_000);
		expect(sentConvs(server.received)).toEqual(['8801', '8802', '8803']);
		await Promise.all(machines.map(machine => machine.close()));
		await Promise.all([first, second].map(log => log.close?.()));

		const restarted = await openSentLog(db);
		expect(restarted.has(parseTarget(`webhook:${url}/hook`, {})!.id, breach('8801').id)).toBe(true);
		const again = sender(url, restarted, reports);
		again.enqueue(breach('8801'));
		again.enqueue(breach('8804'));
		await eventually(() => sentConvs(server.received).includes('8804'), 'the new breach sent', 20_000);
		expect(sentConvs(server.received)).toEqual(['8801', '8802', '8803', '8804']);
		await again.close();
		await restarted.close?.();
		// Nothing was written beside the working folder: the log is the database's.
		expect(existsSync(path.join(ROOT, 'data', 'alerts-sent.json'))).toBe(false);
	}, 60_000);

	it('gives a claim back when the robot fails, so the event is sent on a later try', async () => {
		const db = await freshDatabase();
		const {server, url} = await robot(n => (n === 0 ? {status: 500, body: 'down'} : {status: 200, body: JSON.stringify({errcode: 0})}));
		const log = await openSentLog(db);
		const reports: SendReport[] = [];
		const one = sender(url, log, reports);
		one.enqueue(breach('8901'));
		await eventually(() => reports.some(r => !r.problem), 'the retry to go through', 20_000);
		expect(reports[0]!.problem).toBeTruthy();
		expect(sentConvs(server.received)).toEqual(['8901', '8901']);
		await one.close();
		await log.close?.();
	}, 60_000);
});
