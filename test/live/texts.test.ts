import {appendFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {conversationsSaying} from '../../source/ingest/search-logs.js';
import {type WatchSession} from '../../source/live/watch-session.js';
import {ConversationBook} from '../../source/model/conversation-book.js';
import {at, message, TZ} from '../helpers/messages.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {testSession} from '../helpers/session.js';

const line = (clock: string, conv: string, from: string, text: string) => `${JSON.stringify({ts: `2026-11-22T${clock}+08:00`, conv, from, text})}\n`;
const conversation = (session: WatchSession, conv: string) => session.book.get(`pinduoduo\u0000\u0000${conv}`)!;
const words = (session: WatchSession, conv: string) => conversation(session, conv).messages.map(m => m.text);

/** A session over `dir` read at noon, letting go of words older than an hour unless it keeps them all. */
async function loaded(dir: string, {keepAll = false} = {}): Promise<WatchSession> {
	const keepTextsMs = keepAll ? undefined : 3_600_000;
	const session = await testSession({paths: [dir], keepTextsMs, clock: () => at('12:00:00')});
	await session.start({follow: false});
	return session;
}

/** A log in a fresh folder holding k1: a buyer's question and the agent's answer. */
async function answeredLog(tempDir: () => Promise<string>): Promise<{dir: string; file: string}> {
	const dir = await tempDir();
	const file = path.join(dir, 'xiaomei.jsonl');
	await writeFile(file, line('09:00:00', 'k1', 'buyer', '有发票吗') + line('09:00:30', 'k1', 'agent', '有的亲'));
	return {dir, file};
}

describe('the words of old messages', () => {
	const tempDir = useTempDirs();

	it('are let go past the horizon except each conversation’s latest, and as time passes', () => {
		let now = at('12:00:00');
		const book = new ConversationBook({keepMs: 3_600_000, clock: () => now});
		book.add(message('buyer', '09:00:00', {conv: 'old'}));
		book.add(message('agent', '09:01:00', {conv: 'old'}));
		book.add(message('system', '09:02:00', {conv: 'old'}));
		book.add(message('buyer', '11:30:00', {conv: 'new'}));
		book.add(message('agent', '11:31:00', {conv: 'new'}));
		const texts = (conv: string) => book.get(`pinduoduo\u0000flagship\u0000${conv}`)!.messages.map(m => m.text);
		expect(texts('old')).toEqual([undefined, 'agent at 09:01:00', undefined]);
		expect(texts('new')).toEqual(['buyer at 11:30:00', 'agent at 11:31:00']);
		now = at('12:45:00');
		book.forgetOldWords();
		expect(texts('new')).toEqual([undefined, 'agent at 11:31:00']);
	});

	it('are read back from the log when a conversation is opened, still checked and flagged', async () => {
		const dir = await tempDir();
		const file = path.join(dir, 'xiaomei.jsonl');
		await writeFile(
			file,
			'\uFEFF' + line('09:00:00', 'k1', 'buyer', '有发票吗') + line('09:00:30', 'k1', 'agent', '亲,我们不开发票的').replace('\n', '\r\n') + line('09:01:00', 'k1', 'buyer', '好吧'),
		);
		await appendFile(file, iconv.encode(line('09:02:00', 'k2', 'buyer', '在吗'), 'gbk'));
		await appendFile(file, line('09:03:00', 'k2', 'agent', '在的亲'));
		const session = await loaded(dir);
		expect(words(session, 'k1')).toEqual([undefined, undefined, '好吧']);
		const refusal = conversation(session, 'k1').messages[1]!;
		expect(session.violationsOf(refusal).map(v => v.rule.category)).toEqual(['invoice-refusal']);
		session.restoreTexts(conversation(session, 'k1'));
		session.restoreTexts(conversation(session, 'k2'));
		expect(words(session, 'k1')).toEqual(['有发票吗', '亲,我们不开发票的', '好吧']);
		expect(words(session, 'k2')).toEqual(['在吗', '在的亲']);
	});

	it('are found in the rotated file when the log was renamed away and started afresh', async () => {
		const {dir, file} = await answeredLog(tempDir);
		const session = await loaded(dir);
		await rename(file, path.join(dir, 'xiaomei.jsonl.1'));
		await writeFile(file, line('10:00:00', 'k9', 'buyer', '别人的话'));
		session.restoreTexts(conversation(session, 'k1'));
		expect(words(session, 'k1')).toEqual(['有发票吗', '有的亲']);
	});

	it('stay gone when the line at that place is no longer the same message', async () => {
		const {dir, file} = await answeredLog(tempDir);
		const session = await loaded(dir);
		await writeFile(file, line('10:00:00', 'k9', 'buyer', '别人的话'));
		session.restoreTexts(conversation(session, 'k1'));
		expect(words(session, 'k1')).toEqual([undefined, '有的亲']);
	});

	it('are all kept when no horizon is set, as check needs them', async () => {
		const {dir} = await answeredLog(tempDir);
		const session = await loaded(dir, {keepAll: true});
		expect(words(session, 'k1')).toEqual(['有发票吗', '有的亲']);
	});
});

describe('searching words', () => {
	const tempDir = useTempDirs();

	/** Keys of the conversations the session finds saying `query`, once its logs are read for it. */
	async function saying(session: WatchSession, query: string): Promise<string[]> {
		session.searchWords(query);
		let keys = session.wordsFound(query);
		if (!keys) {
			await new Promise<void>(resolve => session.once('change', resolve));
			keys = session.wordsFound(query);
		}
		return [...keys!].map(key => key.split('\u0000')[2]!).sort();
	}

	it('finds conversations by words no longer held, in every log, ignoring case, GBK ones too', async () => {
		const dir = await tempDir();
		await writeFile(
			path.join(dir, 'xiaomei.jsonl'),
			line('09:00:00', 'w1', 'agent', '加我微信聊') + line('09:00:30', 'w1', 'buyer', '好') + line('09:01:00', 'w2', 'buyer', 'Is WeChat ok?') + line('09:02:00', 'w3', 'buyer', '有货吗'),
		);
		await writeFile(path.join(dir, 'ahao.log'), iconv.encode(line('09:03:00', 'w4', 'buyer', '你有微信吗') + line('09:04:00', 'w4', 'agent', '没有哦'), 'gbk'));
		await appendFile(path.join(dir, 'xiaomei.jsonl'), '{"ts":"2026-11-22T09:05:00+08:00","conv":"bad","text":"微信"}\n');
		const session = await loaded(dir);
		expect(words(session, 'w1')).toEqual([undefined, '好']);
		session.searchWords('微信');
		expect(session.wordsFound('微信')).toBeUndefined();
		expect(await saying(session, '微信')).toEqual(['w1', 'w4']);
		expect(await saying(session, 'wechat')).toEqual(['w2']);
		// Only the words count, not the line's other fields.
		expect(await saying(session, 'conv')).toEqual([]);
	});

	it('stops reading for a search given up for another', async () => {
		const {dir} = await answeredLog(tempDir);
		const options = {tz: TZ, defaultPlatform: 'pinduoduo' as const, encoding: 'auto' as const};
		expect([...(await conversationsSaying([dir], '发票', options))]).toHaveLength(1);
		expect([...(await conversationsSaying([dir], '发票', options, () => false))]).toEqual([]);
	});

	it('keeps the last search and forgets the one before', async () => {
		const {dir} = await answeredLog(tempDir);
		const session = await loaded(dir);
		expect(await saying(session, '发票')).toEqual(['k1']);
		expect(session.wordsFound('发票')).toBeDefined();
		expect(await saying(session, '快递')).toEqual([]);
		expect(session.wordsFound('发票')).toBeUndefined();
	});
});
