import {beforeAll, describe, expect, it} from 'vitest';
import {ConversationBook} from '../../source/model/conversation-book.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {addToConversationViolations, conversationViolations, violationsOf} from '../../source/rules/message-violations.js';
import {message} from '../helpers/messages.js';

let packs: RulePacks;
beforeAll(async () => {
	packs = await loadRulePacks();
});

/** Adds as the watch session does: checked, put in the book, the conversation's violations kept current. */
function addAll(book: ConversationBook, messages: ChatMessage[]) {
	for (const m of messages) {
		violationsOf(m, packs);
		addToConversationViolations(book.add(m), m, packs);
	}
	return book.get('pinduoduo\u0000flagship\u0000c1')!;
}

/** What working the conversation's violations out afresh gives: rule ids with their message's line. */
function afresh(messages: readonly ChatMessage[]) {
	return messages.flatMap(m => violationsOf(m, packs).map(v => `${m.line}:${v.rule.id}`));
}

const said = (found: ReturnType<typeof conversationViolations>) => found.map(({message: m, violation}) => `${m.line}:${violation.rule.id}`);

describe("a conversation's violations kept as messages arrive", () => {
	it('are those of its messages, in order, without going through them again', () => {
		const book = new ConversationBook();
		const conversation = addAll(book, [message('buyer', '10:00:00'), message('agent', '10:01:00', {text: '加我微信聊'}), message('agent', '10:02:00', {text: '好的亲'})]);
		const kept = conversation.violations;
		expect(said(conversationViolations(conversation, packs))).toEqual(afresh(conversation.messages));
		expect(said(conversationViolations(conversation, packs))).toHaveLength(1);
		expect(conversation.violations).toBe(kept);
	});

	it('leave the list given out before unchanged when a new violation arrives', () => {
		const book = new ConversationBook();
		const conversation = addAll(book, [message('agent', '10:01:00', {text: '加我微信聊'})]);
		const before = conversationViolations(conversation, packs);
		addAll(book, [message('agent', '10:05:00', {text: '淘宝上更便宜'})]);
		expect(said(before)).toHaveLength(1);
		expect(said(conversationViolations(conversation, packs))).toEqual(afresh(conversation.messages));
		expect(said(conversationViolations(conversation, packs))).toHaveLength(2);
	});

	it('are worked out afresh when a message lands before others', () => {
		const book = new ConversationBook();
		const conversation = addAll(book, [message('agent', '10:05:00', {text: '好的亲'}), message('agent', '10:01:00', {text: '加我微信聊'})]);
		expect(conversation.violations).toBeUndefined();
		expect(said(conversationViolations(conversation, packs))).toEqual(afresh(conversation.messages));
	});
});
