import {spawn, type ChildProcess} from 'node:child_process';
import {createHmac} from 'node:crypto';
import {appendFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {demoZone} from '../../source/commands/demo.js';
import {OK_ERRCODE, useRobots, type Received} from '../helpers/robot-server.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI, ROOT} from '../helpers/tmux.js';

const SECRET = 'SECe2e-secret';

/** A log line stamped `secondsAgo` before now. */
function line(secondsAgo: number, conv: string, from: string, text: string): string {
	return `${JSON.stringify({ts: new Date(Date.now() - secondsAgo * 1000).toISOString(), conv, from, buyer: `pdd_${conv}`, shop: 'flagship', text})}\n`;
}

interface Running {
	child: ChildProcess;
	stdout: string[];
	stderr: string[];
	exited: Promise<number | null>;
}

function startAlert(args: string[]): Running {
	const child = spawn(process.execPath, [CLI, 'alert', ...args], {
		cwd: ROOT,
		env: {...process.env, KEFU_DINGTALK_SECRET: SECRET, KEFU_ALERT_BATCH_MS: '3000', KEFU_ALERT_GATHER_MS: '500', KEFU_ALERT_BACKOFF_MS: '500'},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const running: Running = {child, stdout: [], stderr: [], exited: new Promise(resolve => child.on('exit', code => resolve(code)))};
	child.stdout!.on('data', (chunk: Buffer) => running.stdout.push(chunk.toString('utf8')));
	child.stderr!.on('data', (chunk: Buffer) => running.stderr.push(chunk.toString('utf8')));
	return running;
}

const webhookEvents = (received: readonly Received[]) => received.flatMap(r => r.body['events'] as {kind: string; conv: string}[]);
const dingtalkText = (received: readonly Received[]) => received.map(r => (r.body['markdown'] as {text: string}).text).join('\n');

describe('kefu-watch alert: headless, end to end (built cli.js)', () => {
	beforeAll(assertBuilt);
	const robot = useRobots();
	const tempDir = useTempDirs();

	it('posts a breach, an error violation and a complaint to a webhook and a signed DingTalk in a handful of messages, each once, also after a restart', async () => {
		const dir = await tempDir();
		const log = path.join(dir, 'xiaomei.jsonl');
		// A buyer who has waited 4:55 goes over during the run; the others are news at once.
		await writeFile(
			log,
			[
				line(295, 'b1', 'buyer', '在吗'),
				line(20, 'v1', 'buyer', '有优惠吗'),
				line(10, 'v1', 'agent', '加我薇信 kefu888 给你优惠'),
				line(5, 'q1', 'buyer', '我要打12315投诉你们'),
				line(4, 'n1', 'buyer', '不会投诉的,放心'),
			].join(''),
		);
		const webhook = await robot(() => ({status: 200, body: '{}'}));
		const dingtalk = await robot(OK_ERRCODE);
		const args = [
			dir,
			'--tz',
			demoZone(Date.now()).name,
			'--db',
			path.join(dir, 'db.json'),
			'--notify',
			`webhook:${webhook.url}/hook`,
			'--notify',
			`dingtalk:${dingtalk.url}/robot/send?access_token=tok`,
		];
		const first = startAlert(args);
		const kinds = () => new Set(webhookEvents(webhook.server.received).map(e => `${e.kind}:${e.conv}`));
		await eventually(() => ['breach:b1', 'violation:v1', 'complaint:q1'].every(k => kinds().has(k)), `the three events (stderr: ${first.stderr.join('')})`, 45_000);
		await eventually(() => ['会话 b1', '会话 v1', '会话 q1'].every(k => dingtalkText(dingtalk.server.received).includes(k)), 'the DingTalk messages', 30_000);

		const events = webhookEvents(webhook.server.received).map(e => `${e.kind}:${e.conv}`);
		expect(events.sort()).toEqual(['breach:b1', 'complaint:q1', 'violation:v1']);
		expect(webhook.server.received.length).toBeLessThanOrEqual(3);
		expect(dingtalk.server.received.length).toBeLessThanOrEqual(3);
		for (const request of dingtalk.server.received) {
			const timestamp = request.query.get('timestamp')!;
			expect(request.query.get('sign')).toBe(createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64'));
		}
		expect(dingtalkText(dingtalk.server.received)).not.toContain('会话 n1');
		await eventually(() => first.stdout.join('').includes('已发送'), 'the send logged on stdout');

		first.child.kill('SIGTERM');
		expect(await first.exited).toBe(0);
		expect(await readFile(path.join(dir, 'db.json.alerts.json'), 'utf8')).toContain('complaint|');

		const before = {webhook: webhook.server.received.length, dingtalk: dingtalk.server.received.length};
		const second = startAlert(args);
		await eventually(() => second.stdout.join('').includes('正在跟踪'), 'the second run to follow the logs', 30_000);
		await appendFile(log, line(0, 'q2', 'buyer', '再不回就差评了'));
		await eventually(() => webhookEvents(webhook.server.received).some(e => e.conv === 'q2'), 'the new complaint after the restart', 30_000);
		await eventually(() => dingtalkText(dingtalk.server.received.slice(before.dingtalk)).includes('会话 q2'), 'the new complaint on DingTalk', 30_000);
		const after = webhookEvents(webhook.server.received.slice(before.webhook)).map(e => `${e.kind}:${e.conv}`);
		expect(after).toEqual(['complaint:q2']);
		expect(dingtalkText(dingtalk.server.received.slice(before.dingtalk))).not.toMatch(/会话 (b1|v1|q1)/);
		second.child.kill('SIGTERM');
		expect(await second.exited).toBe(0);
	}, 120_000);
});
