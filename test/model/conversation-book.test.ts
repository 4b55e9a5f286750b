import {describe, expect, it} from 'vitest';
import {ConversationBook} from '../../source/model/conversation-book.js';
import {message} from '../helpers/messages.js';

describe('the conversation book', () => {
	it('keeps conversations of one id apart by platform and shop, however their lines interleave', () => {
		const book = new ConversationBook();
		const lines = [
			message('buyer', '10:00:00', {conv: '8842'}),
			message('buyer', '10:00:01', {conv: '8842', shop: 'outlet'}),
			message('agent', '10:00:02', {conv: '8842', agent: 'ajie'}),
			message('buyer', '10:00:03', {conv: '8842', platform: 'taobao'}),
			message('agent', '10:00:04', {conv: '8842', shop: 'outlet', agent: 'ajie'}),
			message('buyer', '10:00:05', {conv: '9001'}),
			message('agent', '10:00:06', {conv: '8842', platform: 'taobao', agent: 'xiaomei'}),
		];
		for (const line of lines) book.add(line);
		const texts = (key: string) => book.get(key)?.messages.map(m => m.text);
		expect(book.size).toBe(4);
		expect(texts('pinduoduo\u0000flagship\u00008842')).toEqual(['buyer at 10:00:00', 'agent at 10:00:02']);
		expect(texts('pinduoduo\u0000outlet\u00008842')).toEqual(['buyer at 10:00:01', 'agent at 10:00:04']);
		expect(texts('taobao\u0000flagship\u00008842')).toEqual(['buyer at 10:00:03', 'agent at 10:00:06']);
		expect(texts('pinduoduo\u0000flagship\u00009001')).toEqual(['buyer at 10:00:05']);
		expect(book.agents()).toEqual(['xiaomei', 'ajie']);
	});

	it('puts a late line in its place by time, after lines of the same second already there', () => {
		const book = new ConversationBook();
		for (const line of [message('buyer', '10:00:00'), message('agent', '10:00:05'), message('buyer', '10:00:02', {text: 'late'}), message('bot', '10:00:02')]) book.add(line);
		expect(book.get('pinduoduo\u0000flagship\u0000c1')!.messages.map(m => m.text)).toEqual(['buyer at 10:00:00', 'late', 'bot at 10:00:02', 'agent at 10:00:05']);
	});
});
