import {appendFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FileCursor} from '../../source/ingest/file-cursor.js';
import {LogReader} from '../../source/ingest/log-reader.js';
import type {BadLine, ChatMessage} from '../../source/model/message.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';

const line = (conv: string, text: string) => `${JSON.stringify({ts: '2026-11-22T10:00:00+08:00', conv, from: 'buyer', text})}\n`;

function collector() {
	const messages: ChatMessage[] = [];
	const bad: BadLine[] = [];
	const reader = new LogReader({message: m => messages.push(m), badLine: b => bad.push(b)}, {tz: 'Asia/Shanghai', defaultPlatform: 'pinduoduo'});
	return {messages, bad, reader, convs: () => messages.map(m => m.conv)};
}

describe('FileCursor', () => {
	const tempDir = useTempDirs();

	it('returns only complete lines and keeps the partial tail for the next read', async () => {
		const file = path.join(await tempDir(), 'a.jsonl');
		const cursor = new FileCursor(file);
		const seen: string[] = [];
		await writeFile(file, '\uFEFFfirst\r\nsec');
		await cursor.readNew(({text, line}) => seen.push(`${line}:${text}`));
		expect(seen).toEqual(['1:first']);
		await appendFile(file, 'ond\n\nthird\n');
		await cursor.readNew(({text, line}) => seen.push(`${line}:${text}`));
		expect(seen).toEqual(['1:first', '2:second', '4:third']);
	});
});

describe('following log files live', () => {
	const tempDir = useTempDirs();

	it('reads existing content, then lines appended later, with their line numbers', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, line('a', '在吗') + line('b', '有货吗'));
		const {reader, messages, convs} = collector();
		await reader.follow([dir]);
		expect(convs()).toEqual(['a', 'b']);
		await appendFile(file, line('c', '发什么快递'));
		await eventually(() => messages.length === 3, 'the appended line');
		expect(messages[2]).toMatchObject({conv: 'c', line: 3, agent: 'xiaomei'});
		await reader.close();
	});

	it('holds a partial line until its newline arrives', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'ahao.jsonl');
		await writeFile(file, '');
		const {reader, messages, bad, convs} = collector();
		await reader.follow([dir]);
		const whole = line('split', '半行写入');
		await appendFile(file, whole.slice(0, 25));
		await appendFile(file, whole.slice(25));
		await eventually(() => messages.length === 1, 'the completed line');
		expect(convs()).toEqual(['split']);
		expect(bad).toEqual([]);
		await reader.close();
	});

	it('follows a new file in a new sub-folder from its first line', async () => {
		const dir = await tempDir();
		const {reader, messages} = collector();
		await reader.follow([dir]);
		await mkdir(path.join(dir, 'team-b', 'night'), {recursive: true});
		await writeFile(path.join(dir, 'team-b', 'night', 'lingling.log'), line('n1', '你好') + line('n2', '退款'));
		await eventually(() => messages.length === 2, 'the new file');
		expect(messages.map(m => [m.agent, m.line])).toEqual([
			['lingling', 1],
			['lingling', 2],
		]);
		await reader.close();
	});

	it('skips a bad line, reports file and line, and reads the next good one', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'dawei.jsonl');
		await writeFile(file, line('a', 'ok'));
		const {reader, messages, bad} = collector();
		await reader.follow([dir]);
		await appendFile(file, '{"oops"\n' + line('b', 'after the bad one'));
		await eventually(() => messages.length === 2, 'the good line after the bad one');
		expect(bad).toEqual([expect.objectContaining({file, line: 2})]);
		await reader.close();
	});

	it('reads a file truncated in place again from its start', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'tingting.jsonl');
		await writeFile(file, line('old1', 'x') + line('old2', 'y'));
		const {reader, messages, convs} = collector();
		await reader.follow([dir]);
		await writeFile(file, line('new', 'z'));
		await eventually(() => messages.length === 3, 'the line after truncation');
		expect(convs()).toEqual(['old1', 'old2', 'new']);
		expect(messages[2]?.line).toBe(1);
		await reader.close();
	});

	it('ignores files in watched folders that are not logs', async () => {
		const dir = await tempDir();
		const {reader, messages} = collector();
		await reader.follow([dir]);
		await writeFile(path.join(dir, 'readme.txt'), line('nope', 'not a log'));
		await writeFile(path.join(dir, 'real.jsonl'), line('yes', 'a log'));
		await eventually(() => messages.length >= 1, 'the .jsonl file');
		expect(messages.map(m => m.conv)).toEqual(['yes']);
		await reader.close();
	});
});
