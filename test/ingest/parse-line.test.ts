import {describe, expect, it} from 'vitest';
import {agentFromPath} from '../../source/ingest/agent-from-path.js';
import {parseLogLine, type LineContext} from '../../source/ingest/parse-line.js';
import {badLineJson, badLineText} from '../../source/i18n/bad-line-text.js';
import {catalog} from '../../source/i18n/catalog.js';
import {Zone} from '../../source/time/zone.js';

const context: LineContext = {file: 'logs/xiaomei.jsonl', line: 7, offset: 0, fileAgent: 'xiaomei', defaultPlatform: 'pinduoduo', tz: new Zone('Asia/Shanghai')};
const line = (fields: Record<string, unknown>) => JSON.stringify({conv: '8842', from: 'buyer', text: '有发票吗', ...fields});
const expected = Date.parse('2026-11-22T02:21:33Z');

/** The epoch ms a line with this `ts` is read as in `tz`, or why it cannot be. */
const read = (ts: string, zone = 'Asia/Shanghai') => {
	const parsed = parseLogLine(line({ts}), {...context, tz: new Zone(zone)});
	return parsed.ok ? parsed.message.ts : badLineJson(parsed.bad).error;
};

describe('parseLogLine', () => {
	it("gives an agent's other names (the configuration's files) to the agent, named in the line or by the file", () => {
		const aliases = new Map([['mei-pc2', 'xiaomei']]);
		const agentOf = (fields: Record<string, unknown>, fileAgent: string) => {
			const parsed = parseLogLine(line({ts: expected, from: 'agent', ...fields}), {...context, fileAgent, agentAliases: aliases});
			return parsed.ok && parsed.message.agent;
		};
		expect(agentOf({}, 'mei-pc2')).toBe('xiaomei');
		expect(agentOf({agent: 'mei-pc2'}, 'shared')).toBe('xiaomei');
		expect(agentOf({agent: 'ahao'}, 'mei-pc2')).toBe('ahao');
		expect(agentOf({}, 'ahao')).toBe('ahao');
	});

	it.each([
		['ISO with offset', '2026-11-22T10:21:33+08:00'],
		['ISO with Z', '2026-11-22T02:21:33Z'],
		['ISO with compact offset', '2026-11-22T10:21:33+0800'],
		['ISO without offset, read in --tz', '2026-11-22T10:21:33'],
		['ISO with a space', '2026-11-22 10:21:33'],
		['ISO with milliseconds', '2026-11-22T10:21:33.000+08:00'],
		['epoch milliseconds', expected],
	])('reads a timestamp given as %s', (_name, ts) => {
		const parsed = parseLogLine(line({ts}), context);
		expect(parsed.ok && parsed.message.ts).toBe(expected);
	});

	it('reads each line of a minute exactly, whatever was read before it', () => {
		expect(read('2026-11-22T10:21:33+08:00')).toBe(Date.parse('2026-11-22T02:21:33Z'));
		expect(read('2026-11-22T10:21:59+08:00')).toBe(Date.parse('2026-11-22T02:21:59Z'));
		expect(read('2026-11-22T10:21:05+09:00')).toBe(Date.parse('2026-11-22T01:21:05Z'));
		expect(read('2026-11-22T10:21:05')).toBe(Date.parse('2026-11-22T02:21:05Z'));
		expect(read('2026-11-22T10:21:06', 'UTC')).toBe(Date.parse('2026-11-22T10:21:06Z'));
		expect(read('2026-11-22T10:21:07.250', 'UTC')).toBe(Date.parse('2026-11-22T10:21:07.250Z'));
		expect(read('2026-11-22T10:21:6x', 'UTC')).toMatch(/not ISO 8601/);
		expect(read('2026-11-22T10:21:60', 'UTC')).toBe(Date.parse('2026-11-22T10:22:00Z'));
	});

	it('reads each line of an hour exactly when the offset is written, and local times minute by minute', () => {
		expect(read('2026-11-22T10:05:00+08:00')).toBe(Date.parse('2026-11-22T02:05:00Z'));
		expect(read('2026-11-22T10:47:13+08:00')).toBe(Date.parse('2026-11-22T02:47:13Z'));
		expect(read('2026-11-22T10:59:59+08:00')).toBe(Date.parse('2026-11-22T02:59:59Z'));
		expect(read('2026-11-22T10:60:00+08:00')).toMatch(/not a real date and time/);
		expect(read('2026-11-22T10:6a:00+08:00')).toMatch(/not ISO 8601/);
		expect(read('2026-11-22T10:05x00+08:00')).toMatch(/not ISO 8601/);
		expect(read('2026-11-22T10:05:7x+08:00')).toMatch(/not ISO 8601/);
		expect(read('2026-11-22T10:05:07+08:30')).toBe(Date.parse('2026-11-22T01:35:07Z'));
		expect(read('2026-11-22T10:00:00Z')).toBe(Date.parse('2026-11-22T10:00:00Z'));
		expect(read('2026-11-22T10:31:00Z')).toBe(Date.parse('2026-11-22T10:31:00Z'));
		// New York springs forward at 02:00 local: 01:59 is EST, 03:00 EDT, one minute later.
		expect(read('2026-03-08T01:59:30', 'America/New_York')).toBe(Date.parse('2026-03-08T06:59:30Z'));
		expect(read('2026-03-08T03:00:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:30Z'));
		expect(read('2026-03-08T03:59:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:59:30Z'));
	});

	it('refuses an offset no zone has, also right after a line of the same minute', () => {
		expect(read('2026-11-22T10:21:33+08:00')).toBe(Date.parse('2026-11-22T02:21:33Z'));
		expect(read('2026-11-22T10:21:34+25:00')).toMatch(/offset no zone has/);
		expect(read('2026-11-22T10:21:35+2500')).toMatch(/offset no zone has/);
		expect(read('2026-11-22T10:21:36+25')).toMatch(/offset no zone has/);
		expect(read('2026-11-22T10:21:37+08:60')).toMatch(/offset no zone has/);
		expect(read('2026-11-22T10:21:38-14:30')).toMatch(/offset no zone has/);
		expect(read('2026-11-22T10:21:39+14:00')).toBe(Date.parse('2026-11-21T20:21:39Z'));
		expect(read('2026-11-22T10:21:40-12:00')).toBe(Date.parse('2026-11-22T22:21:40Z'));
		expect(read('2026-11-22T10:21:41+0545')).toBe(Date.parse('2026-11-22T04:36:41Z'));
		expect(read('2026-11-22T10:21:42-03')).toBe(Date.parse('2026-11-22T13:21:42Z'));
	});

	it('reads ISO without offset in the zone given, not the process zone', () => {
		const parsed = parseLogLine(line({ts: '2026-11-22T10:21:33'}), {...context, tz: new Zone('UTC')});
		expect(parsed.ok && parsed.message.ts).toBe(Date.parse('2026-11-22T10:21:33Z'));
	});

	it('takes the agent from the file name and the platform from the default when the line has none', () => {
		const parsed = parseLogLine(line({ts: expected}), context);
		expect(parsed.ok && parsed.message).toMatchObject({agent: 'xiaomei', platform: 'pinduoduo', shop: '', conv: '8842', file: 'logs/xiaomei.jsonl', line: 7});
	});

	it('prefers the agent, platform and shop the line names', () => {
		const parsed = parseLogLine(line({ts: expected, agent: 'ahao', platform: 'douyin', shop: 'flagship', buyer: 'dy_1'}), context);
		expect(parsed.ok && parsed.message).toMatchObject({agent: 'ahao', platform: 'douyin', shop: 'flagship', buyer: 'dy_1'});
	});

	it.each([
		['broken JSON', '{"ts": "2026-11-22T10:21:33+08:00", "conv"', /not valid JSON/],
		['a JSON array', '[1,2]', /not a JSON object/],
		['no ts', JSON.stringify({conv: '1', from: 'buyer', text: 'x'}), /missing required field "ts"/],
		['a bad ts', line({ts: 'yesterday'}), /not ISO 8601/],
		['an impossible date', line({ts: '2026-02-30T10:00:00+08:00'}), /not a real date/],
		['seconds instead of milliseconds', line({ts: 1_795_325_400}), /epoch milliseconds/],
		['no conv', JSON.stringify({ts: expected, from: 'buyer', text: 'x'}), /"conv"/],
		['an unknown sender', line({ts: expected, from: 'customer'}), /"from" must be one of/],
		['no text', JSON.stringify({ts: expected, conv: '1', from: 'buyer'}), /"text"/],
		['an unknown platform', line({ts: expected, platform: 'amazon'}), /unknown platform "amazon"/],
	])('reports %s as a bad line with file and line', (_name, text, error) => {
		const parsed = parseLogLine(text, context);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.bad).toMatchObject({file: 'logs/xiaomei.jsonl', line: 7});
			expect(badLineJson(parsed.bad).error).toMatch(error);
		}
	});
});

describe('agentFromPath', () => {
	it.each([
		['logs/xiaomei.jsonl', 'xiaomei'],
		['logs/xiaomei-2026-11-22.jsonl', 'xiaomei'],
		['logs/xiaomei.jsonl.1', 'xiaomei'],
		['logs/xiaomei.1.log', 'xiaomei'],
		['/var/log/kefu/a-hao.log', 'a-hao'],
		['logs/小美.jsonl', '小美'],
	])('%s belongs to %s', (file, agent) => {
		expect(agentFromPath(file)).toBe(agent);
	});
});

describe('a bad line as the screen and stderr show it', () => {
	it('names the file and line, or the file alone when the whole file could not be read', () => {
		const en = catalog('en');
		expect(badLineText({file: 'logs/a.jsonl', line: 3, problem: {code: 'not-object'}}, en)).toBe('logs/a.jsonl:3: not a JSON object');
		const denied = {code: 'unreadable', errno: 'EACCES', detail: "EACCES: permission denied, open 'logs/secret'"} as const;
		expect(badLineText({file: 'logs/secret', line: 0, problem: denied}, en)).toBe("logs/secret: cannot read: EACCES: permission denied, open 'logs/secret'");
	});

	it('says every reason in Chinese in the Chinese UI, and keeps a stable English form and a code for --json', () => {
		const zh = catalog('zh');
		const reasons = [
			['{"ts": 1', /^不是有效的 JSON/],
			['[1,2]', /^不是 JSON 对象$/],
			[JSON.stringify({conv: '1', from: 'buyer', text: 'x'}), /^缺少必填字段 "ts"$/],
			[line({ts: 'yesterday'}), /^ts "yesterday" 不是 ISO 8601 格式$/],
			[line({ts: '2026-02-30T10:00:00+08:00'}), /不是真实存在的日期时间/],
			[line({ts: '2026-11-22T10:00:00+25:00'}), /时差不存在/],
			[line({ts: 1_795_325_400}), /毫秒时间戳/],
			[line({ts: expected, from: 'customer'}), /^"from" 只能是 buyer、agent、bot、system$/],
			[line({ts: expected, platform: 'amazon'}), /^未知平台 "amazon"/],
		] as const;
		for (const [text, reason] of reasons) {
			const parsed = parseLogLine(text, context);
			if (parsed.ok) throw new Error(`${text} was read`);
			expect(zh.badLines.describe(parsed.bad.problem)).toMatch(reason);
			expect(badLineText(parsed.bad, zh)).toMatch(/^logs\/xiaomei.jsonl:7: /);
			expect(badLineText(parsed.bad, zh)).not.toMatch(/missing|must|not valid|unknown/);
		}
		const denied = {file: 'logs/secret', line: 0, problem: {code: 'unreadable', errno: 'EACCES', detail: 'EACCES: permission denied'}} as const;
		expect(badLineText(denied, zh)).toBe('logs/secret: 无法读取:没有权限(EACCES)');
		expect(badLineText({...denied, problem: {code: 'unreadable', errno: 'ENOTREGULAR', detail: 'x'}}, zh)).toBe('logs/secret: 无法读取:不是普通文件(管道、设备或套接字)(ENOTREGULAR)');
		expect(badLineText({file: 'a.log', line: 2, problem: {code: 'too-long', bytes: 200_000, limitKb: 64}}, zh)).toBe('a.log:2: 行超过 64 KB(200000 字节),已跳过');
		expect(badLineJson(denied)).toEqual({file: 'logs/secret', line: 0, error: 'cannot read: EACCES: permission denied', code: 'unreadable'});
	});
});
