import {appendFile, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import iconv from 'iconv-lite';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FileCursor, type RawLine} from '../../source/ingest/file-cursor.js';
import {LogReader} from '../../source/ingest/log-reader.js';
import {badLineJson} from '../../source/i18n/bad-line-text.js';
import type {BadLine, ChatMessage} from '../../source/model/message.js';
import {eventually, useTempDirs} from '../helpers/temp-dir.js';
import {Zone} from '../../source/time/zone.js';

const line = (conv: string, text: string) => `${JSON.stringify({ts: '2026-11-22T10:00:00+08:00', conv, from: 'buyer', text})}\n`;

function collector(poll = false) {
	const messages: ChatMessage[] = [];
	const bad: BadLine[] = [];
	const reader = new LogReader({message: m => messages.push(m), badLine: b => bad.push(b)}, {tz: new Zone('Asia/Shanghai'), defaultPlatform: 'pinduoduo', poll});
	return {messages, bad, reader, convs: () => messages.map(m => m.conv)};
}

describe('FileCursor', () => {
	const tempDir = useTempDirs();

	it('returns only complete lines and keeps the partial tail for the next read', async () => {
		const file = path.join(await tempDir(), 'a.jsonl');
		const cursor = new FileCursor(file);
		const seen: string[] = [];
		await writeFile(file, '\uFEFFfirst\r\nsec');
		const see = (raw: RawLine) => seen.push('text' in raw ? `${raw.line}:${raw.text}` : `${raw.line}!${raw.problem.code}`);
		await cursor.readNew(see);
		expect(seen).toEqual(['1:first']);
		await appendFile(file, 'ond\n\nthird\n');
		await cursor.readNew(see);
		expect(seen).toEqual(['1:first', '2:second', '4:third']);
		await cursor.close();
	});
});

describe('reading a file many chunks long', () => {
	const tempDir = useTempDirs();

	it('gives every line with its byte offset, whether the reads block (a one-shot command) or not (following)', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		// Lines of varying length in three-byte characters: chunk edges fall inside characters and lines.
		const lines = Array.from({length: 4000}, (_, i) => line(`c${i}`, `第${i}条${'好'.repeat(i % 37)}`));
		await writeFile(file, lines.join(''));
		const once = collector();
		await once.reader.readAll([dir]);
		await once.reader.release();
		const followed = collector();
		await followed.reader.follow([dir]);
		await followed.reader.close();
		const seen = (messages: ChatMessage[]) => messages.map(m => [m.line, m.offset, m.text]);
		expect(once.messages).toHaveLength(4000);
		expect(seen(once.messages)).toEqual(seen(followed.messages));
		const bytes = Buffer.from(lines.join(''));
		for (const m of [once.messages[0]!, once.messages[1234]!, once.messages[3999]!]) {
			expect(bytes.subarray(m.offset).toString().split('\n')[0]).toBe(lines[m.line - 1]!.trimEnd());
		}
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

	it('finishes a file renamed away, then reads the new file of that name from its start', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(file, line('a', 'old'));
		const {reader, messages, convs} = collector();
		await reader.follow([dir]);
		await appendFile(file, line('b', 'written just before the rotation'));
		await rename(file, `${file}.1`);
		await writeFile(file, line('c', 'new file'));
		await eventually(() => messages.length === 3, 'the old file finished and the new one read');
		expect(convs()).toEqual(['a', 'b', 'c']);
		expect(messages[2]).toMatchObject({line: 1, file});
		await reader.close();
	});

	it('does not read a file again when rotation renames it to a name it also follows', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'ahao.jsonl');
		await writeFile(file, line('a', 'one') + line('b', 'two'));
		const {reader, convs, bad} = collector();
		await reader.follow([dir]);
		await rename(file, path.join(dir, 'ahao-2026-11-22.jsonl'));
		await writeFile(file, line('c', 'three'));
		await appendFile(path.join(dir, 'ahao-2026-11-22.jsonl'), line('late', 'a late write to the rotated file'));
		await eventually(() => convs().includes('c') && convs().includes('late'), 'the new file and the late write');
		// Both files read past everything written so far: a read from the start again would come before these.
		await appendFile(file, line('end-new', 'x'));
		await appendFile(path.join(dir, 'ahao-2026-11-22.jsonl'), line('end-old', 'x'));
		await eventually(() => convs().includes('end-new') && convs().includes('end-old'), 'both files read to their ends');
		expect(convs().sort()).toEqual(['a', 'b', 'c', 'end-new', 'end-old', 'late']);
		expect(bad).toEqual([]);
		await reader.close();
	});

	it('lets a deleted file go, and reads it anew when it comes back', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'gone.jsonl');
		await writeFile(file, line('a', 'x'));
		const {reader, messages} = collector();
		await reader.follow([dir]);
		await rm(file);
		// Given the watcher time to see the deletion first (the other order, a quick re-create, is the rotation tests').
		await new Promise(resolve => setTimeout(resolve, 100));
		await writeFile(file, line('b', 'back'));
		await eventually(() => messages.length === 2, 'the recreated file');
		expect(messages[1]).toMatchObject({conv: 'b', line: 1});
		await reader.close();
	});

	it.each([
		['a GBK file', () => iconv.encode(line('gbk', '有发票吗?我要开公司抬头'), 'gbk'), [] as string[]],
		[
			'a 200 KB line',
			() => Buffer.from(`{"ts":"2026-11-22T10:00:00+08:00","conv":"big","from":"buyer","text":"${'长'.repeat(70_000)}"}\n`),
			[expect.stringMatching(/^line longer than 64 KB \(\d+ bytes\), skipped$/)],
		],
		['garbage bytes', () => Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x88, 0x0a]), ['not text: the bytes are neither UTF-8 nor GBK']],
		['NUL padding left by a crashed client', () => Buffer.from(`${'\u0000'.repeat(40)}\n`), ['not text: control bytes in the line']],
		['a raw control byte in the words', () => Buffer.from(line('ctl', 'a\u0007b').replace('\\u0007', '\u0007')), ['not text: control bytes in the line']],
		['BOM and CRLF', () => Buffer.from(`\uFEFF${line('bom', '你好').replace('\n', '\r\n')}`), []],
	] as [string, () => Buffer, unknown[]][])('reads past %s to the next good line', async (_name, content, errors) => {
		const dir = await tempDir();
		const file = path.join(dir, 'client.log');
		await writeFile(file, '');
		const {reader, messages, bad} = collector();
		await reader.follow([dir]);
		await appendFile(file, content());
		await appendFile(file, line('next', '下一行'));
		await eventually(() => messages.some(m => m.conv === 'next'), 'the good line after it');
		expect(bad.map(b => badLineJson(b).error)).toEqual(errors);
		if (_name === 'a GBK file') expect(messages[0]?.text).toBe('有发票吗?我要开公司抬头');
		if (_name === 'BOM and CRLF') expect(messages[0]).toMatchObject({conv: 'bom', text: '你好'});
		expect(messages.at(-1)).toMatchObject({conv: 'next', text: '下一行'});
		await reader.close();
	});

	it('follows by polling with --poll, where filesystem events cannot be had', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'nfs.jsonl');
		await writeFile(file, line('a', 'x'));
		const {reader, messages} = collector(true);
		await reader.follow([dir]);
		await appendFile(file, line('b', 'polled'));
		await writeFile(path.join(dir, 'new.log'), line('c', 'new file, polled'));
		await eventually(() => messages.length === 3, 'both lines, by polling');
		expect(messages.map(m => m.conv).sort()).toEqual(['a', 'b', 'c']);
		await reader.close();
	});
});
