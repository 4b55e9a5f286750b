import {createHmac} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {AlertEvent} from '../../source/alerts/alert-event.js';
import {parseTarget, type NotifyTarget} from '../../source/alerts/notify-target.js';
import {RateWindow} from '../../source/alerts/rate-window.js';
import {SentLog} from '../../source/alerts/sent-log.js';
import {TargetSender, type SendReport, type SenderTiming} from '../../source/alerts/target-sender.js';
import {catalog, type Lang} from '../../source/i18n/catalog.js';
import {OK_ERRCODE, OK_FEISHU, useRobots, type Received} from '../helpers/robot-server.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {at, TZ} from '../helpers/messages.js';

const FAST: SenderTiming = {batchMs: 300, gatherMs: 50, backoff: {firstMs: 200, maxMs: 1000}, timeoutMs: 5000};
const DINGTALK_SECRET = 'SECtest0123456789abcdef';
const FEISHU_SECRET = 'feishu-test-secret';

let serial = 0;
function breach(conv: string, overrides: Partial<AlertEvent> = {}): AlertEvent {
	serial += 1;
	return {id: `breach|${conv}|${serial}`, kind: 'breach', platform: 'pinduoduo', shop: '旗舰店', conv, agent: 'xiaomei', at: at('10:05:01'), waitedMs: 301_000, clock: 'reply-5m', ...overrides};
}

const LABELS: Record<Lang, Record<string, string>> = {zh: {'reply-5m': '5分钟', 'reply-60m': '60分钟'}, en: {'reply-5m': '5m', 'reply-60m': '60m'}};

describe('group robots, against stand-ins on 127.0.0.1', () => {
	const robot = useRobots();
	const tempDir = useTempDirs();

	async function sender(target: NotifyTarget, options: {timing?: SenderTiming; lang?: Lang; log?: string; limits?: {max: number; perMs: number}[]} = {}) {
		const reports: SendReport[] = [];
		const sentLog = await SentLog.open(options.log ?? path.join(await tempDir(), 'db.json.alerts.json'));
		const lang = options.lang ?? 'zh';
		const instance = new TargetSender(target, {
			sentLog,
			timing: options.timing ?? FAST,
			now: Date.now,
			limits: options.limits,
			context: now => ({text: catalog(lang), clockLabel: id => LABELS[lang][id] ?? id, tz: TZ, lang, now}),
			report: report => reports.push(report),
		});
		return {sender: instance, reports, sentLog};
	}

	const target = (value: string, env: NodeJS.ProcessEnv = {}) => parseTarget(value, env)!;

	it('sends DingTalk markdown naming shop, conversation, agent, what happened and the wait, signed as DingTalk documents', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const {sender: s, reports} = await sender(target(`dingtalk:${url}/robot/send?access_token=tok`, {KEFU_DINGTALK_SECRET: DINGTALK_SECRET}));
		s.enqueue(breach('8805'));
		s.enqueue({...breach('8842'), kind: 'violation', clock: undefined, waitedMs: undefined, rule: 'pdd.contact.wechat', category: 'off-platform-contact', words: '加我薇信', agent: 'ahao'});
		await eventually(() => reports.length === 1, 'one message', 10_000);
		expect(server.received).toHaveLength(1);
		const [request] = server.received as [Received];
		expect(request.path).toBe('/robot/send');
		expect(request.query.get('access_token')).toBe('tok');
		const timestamp = request.query.get('timestamp')!;
		expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
		const expected = createHmac('sha256', DINGTALK_SECRET).update(`${timestamp}\n${DINGTALK_SECRET}`).digest('base64');
		expect(request.query.get('sign')).toBe(expected);
		expect(request.body['msgtype']).toBe('markdown');
		const markdown = request.body['markdown'] as {title: string; text: string};
		expect(markdown.title).toBe('kefu-watch 客服提醒(2条)');
		expect(markdown.text).toContain('**超时** 拼多多·旗舰店 会话 8805 客服 xiaomei:5分钟回复超时,买家已等 5分01秒');
		expect(markdown.text).toContain('**违规** 拼多多·旗舰店 会话 8842 客服 ahao:站外联系「加我薇信」');
		expect(reports[0]).toMatchObject({events: 2, failures: 0, queued: 0});
	});

	it('sends WeCom markdown and Feishu posts (signed, timestamp in seconds, key = timestamp\\nsecret); English with --lang en', async () => {
		const wecom = await robot(OK_ERRCODE);
		const w = await sender(target(`wecom:${wecom.url}/cgi-bin/webhook/send?key=k`));
		w.sender.enqueue(breach('8805'));
		await eventually(() => w.reports.length === 1, 'the WeCom message', 10_000);
		const content = (wecom.server.received[0]!.body['markdown'] as {content: string}).content;
		expect(wecom.server.received[0]!.body['msgtype']).toBe('markdown');
		expect(content).toContain('<font color="warning">**超时**</font> 拼多多·旗舰店 会话 8805 客服 xiaomei');
		expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);

		const feishu = await robot(OK_FEISHU);
		const f = await sender(target(`feishu:${feishu.url}/open-apis/bot/v2/hook/abc`, {KEFU_FEISHU_SECRET: FEISHU_SECRET}), {lang: 'en'});
		f.sender.enqueue(breach('8806', {agent: 'ahao', waitedMs: 3_700_000, clock: 'reply-60m'}));
		await eventually(() => f.reports.length === 1, 'the Feishu message', 10_000);
		const body = feishu.server.received[0]!.body as {msg_type: string; timestamp: string; sign: string; content: {post: Record<string, {title: string; content: {tag: string; text: string}[][]}>}};
		expect(body.msg_type).toBe('post');
		expect(typeof body.timestamp).toBe('string');
		expect(Math.abs(Number(body.timestamp) - Date.now() / 1000)).toBeLessThan(60);
		expect(body.sign).toBe(createHmac('sha256', `${body.timestamp}\n${FEISHU_SECRET}`).update('').digest('base64'));
		const post = body.content.post['en_us']!;
		expect(post.title).toBe('kefu-watch alerts (1)');
		expect(post.content[0]![0]!.text).toContain('PDD·旗舰店 conversation 8806 agent ahao: 60m reply deadline missed, buyer waited 1h01m');
	});

	it('posts a plain webhook {"events": [...]} with the contract fields', async () => {
		const {server, url} = await robot(() => ({status: 204, body: ''}));
		const {sender: s, reports} = await sender(target(`webhook:${url}/hook`));
		s.enqueue({...breach('q3'), kind: 'complaint', clock: undefined, rule: 'buyer.complaint.words', category: 'complaint', words: '我要打12315投诉你们', waitedMs: 10_000});
		await eventually(() => reports.length === 1, 'the webhook post', 10_000);
		const events = server.received[0]!.body['events'] as Record<string, unknown>[];
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			kind: 'complaint',
			platform: 'pinduoduo',
			shop: '旗舰店',
			conv: 'q3',
			agent: 'xiaomei',
			at: '2026-11-22T10:05:01+08:00',
			rule: 'buyer.complaint.words',
			category: 'complaint',
			waitedSeconds: 10,
		});
		expect(events[0]!['text']).toBe('投诉预警 拼多多·旗舰店 会话 q3 客服 xiaomei:买家投诉:「我要打12315投诉你们」,买家已等 0分10秒');
	});

	it('batches: what comes together goes as one message, and the next waits the batch interval', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const {sender: s, reports} = await sender(target(`dingtalk:${url}/robot/send?access_token=t`));
		for (let i = 0; i < 5; i += 1) s.enqueue(breach(`b${i}`));
		await eventually(() => reports.length === 1, 'the first message', 10_000);
		s.enqueue(breach('later1'));
		s.enqueue(breach('later2'));
		await eventually(() => reports.length === 2, 'the second message', 10_000);
		const texts = server.received.map(r => (r.body['markdown'] as {text: string}).text);
		expect(texts[0]!.match(/\*\*超时\*\*/g)).toHaveLength(5);
		expect(texts[1]!.match(/\*\*超时\*\*/g)).toHaveLength(2);
		expect(reports[1]!.sentAt - reports[0]!.sentAt).toBeGreaterThanOrEqual(FAST.batchMs - 1);
	});

	it('retries after an HTTP 500 with backoff, and reports the failure', async () => {
		const {server, url} = await robot(n => (n === 0 ? {status: 500, body: 'oops'} : {status: 200, body: JSON.stringify({errcode: 0, errmsg: 'ok'})}));
		const {sender: s, reports} = await sender(target(`wecom:${url}/send?key=k`));
		s.enqueue(breach('r1'));
		await eventually(() => reports.length === 2, 'the retry', 10_000);
		expect(reports[0]).toMatchObject({problem: 'HTTP 500', failures: 1, queued: 1});
		expect(reports[1]).toMatchObject({events: 1, failures: 0, queued: 0});
		expect(server.received[1]!.raw).toBe(server.received[0]!.raw);
		expect(reports[1]!.sentAt - reports[0]!.sentAt).toBeGreaterThanOrEqual(FAST.backoff.firstMs - 1);
	});

	it('takes errcode ≠ 0 (and Feishu code ≠ 0) as a failure, doubling the wait each time', async () => {
		const refusals = 3;
		const {server, url} = await robot(n => ({status: 200, body: JSON.stringify(n < refusals ? {errcode: 310000, errmsg: 'sign not match'} : {errcode: 0, errmsg: 'ok'})}));
		const timing = {...FAST, batchMs: 10};
		const {sender: s, reports} = await sender(target(`dingtalk:${url}/robot/send?access_token=t`), {timing});
		s.enqueue(breach('e1'));
		await eventually(() => reports.some(r => r.failures === 0), 'the send that went through', 15_000);
		expect(reports.map(r => r.problem ?? 'ok')).toEqual(['errcode 310000 sign not match', 'errcode 310000 sign not match', 'errcode 310000 sign not match', 'ok']);
		expect(server.received).toHaveLength(4);
		expect(reports.slice(0, 3).map(r => r.retryInMs)).toEqual([200, 400, 800]);
		const gaps = reports.slice(1).map((r, i) => r.sentAt - reports[i]!.sentAt);
		expect(gaps.map((gap, i) => gap >= [200, 400, 800][i]! - 1)).toEqual([true, true, true]);

		const feishu = await robot(n => ({status: 200, body: JSON.stringify(n === 0 ? {code: 19021, msg: 'sign match fail', data: {}} : {code: 0, msg: 'success', data: {}})}));
		const f = await sender(target(`feishu:${feishu.url}/hook/x`));
		f.sender.enqueue(breach('e2'));
		await eventually(() => f.reports.length === 2, 'the Feishu retry', 10_000);
		expect(f.reports[0]!.problem).toBe('code 19021 sign match fail');
		expect(f.reports[1]!.problem).toBeUndefined();
	});

	it('keeps within the robot rate limit, however short the batch interval', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const timing = {...FAST, batchMs: 0, gatherMs: 0};
		const {sender: s, reports} = await sender(target(`wecom:${url}/send?key=k`), {timing, limits: [{max: 2, perMs: 1000}]});
		for (let i = 0; i < 3; i += 1) {
			s.enqueue(breach(`l${i}`));
			await eventually(() => reports.length === i + 1, `message ${i + 1}`, 10_000);
		}
		expect(server.received).toHaveLength(3);
		expect(reports[2]!.sentAt - reports[0]!.sentAt).toBeGreaterThanOrEqual(999);
	});

	it('counts sends in a sliding minute: the 21st WeCom or DingTalk message waits until the first leaves it', () => {
		const window = new RateWindow([{max: 20, perMs: 60_000}]);
		for (let i = 0; i < 20; i += 1) window.record(1000 + i * 100);
		expect(window.allowedAt(3000)).toBe(61_000);
		expect(window.allowedAt(61_000)).toBe(61_000);
	});

	it('writes what was sent beside the records, so that a new process does not send it again', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const log = path.join(await tempDir(), 'db.json.alerts.json');
		const dingtalk = target(`dingtalk:${url}/robot/send?access_token=t`);
		const first = await sender(dingtalk, {log});
		const sent = breach('once');
		first.sender.enqueue(sent);
		await eventually(() => first.reports.length === 1, 'the first send', 10_000);
		expect(await readFile(log, 'utf8')).toContain(sent.id);
		expect(await readFile(log, 'utf8')).not.toContain('access_token');

		const second = await sender(dingtalk, {log});
		second.sender.enqueue(sent);
		second.sender.enqueue(breach('new'));
		await eventually(() => second.reports.length === 1, 'the second send', 10_000);
		const text = (server.received[1]!.body['markdown'] as {text: string}).text;
		expect(text).toContain('会话 new');
		expect(text).not.toContain('会话 once');
	});

	it('splits what does not fit into one WeCom markdown (4096 bytes) over the next messages, losing none', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const {sender: s, reports} = await sender(target(`wecom:${url}/send?key=k`), {timing: {...FAST, batchMs: 50}});
		for (let i = 0; i < 80; i += 1) s.enqueue({...breach(`long${i}`), kind: 'complaint', clock: undefined, category: 'complaint', rule: 'r', words: `我要投诉你们${'很长的话'.repeat(20)}`});
		await eventually(() => reports.reduce((sum, r) => sum + r.events, 0) === 80, 'all 80 events', 20_000);
		const contents = server.received.map(r => (r.body['markdown'] as {content: string}).content);
		expect(contents.length).toBeGreaterThan(1);
		for (const content of contents) expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
		const convs = contents.join('\n').match(/会话 long\d+/g)!;
		expect(new Set(convs).size).toBe(80);
		expect(convs).toHaveLength(80);
	});

	it('reports a robot that cannot be reached and keeps the events for the retry', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		await server.stop();
		const {sender: s, reports} = await sender(target(`webhook:${url}/hook`));
		s.enqueue(breach('down'));
		await eventually(() => reports.length >= 1, 'the failed send', 10_000);
		expect(reports[0]).toMatchObject({problem: 'ECONNREFUSED', failures: 1, queued: 1});
		expect(await s.close()).toBe(1);
	});

	it('does not send what another process sent meanwhile (a watch --notify beside an alert, one records db)', async () => {
		const {server, url} = await robot(OK_ERRCODE);
		const log = path.join(await tempDir(), 'db.json.alerts.json');
		const webhook = target(`webhook:${url}/hook`);
		// Both opened the log before either sent: only the other's write, read before sending, can stop the second.
		const first = await sender(webhook, {log});
		const second = await sender(webhook, {log});
		const shared = breach('both');
		first.sender.enqueue(shared);
		await eventually(() => first.reports.length === 1, 'the first process to send', 10_000);
		second.sender.enqueue(shared);
		second.sender.enqueue(breach('own'));
		await eventually(() => second.reports.length === 1, 'the second process to send', 10_000);
		const convs = server.received.flatMap(r => (r.body['events'] as {conv: string}[]).map(e => e.conv));
		expect(convs.sort()).toEqual(['both', 'own']);
	});
});
