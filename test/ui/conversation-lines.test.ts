import {describe, expect, it} from 'vitest';
import {conversationLines} from '../../source/ui/conversation-lines.js';
import {catalog} from '../../source/i18n/catalog.js';
import type {Conversation} from '../../source/model/conversation.js';
import {at, message, TZ} from '../helpers/messages.js';

const conversation = (messages: Conversation['messages']): Conversation => ({key: 'k', platform: 'pinduoduo', shop: 'flagship', conv: 'c1', messages});

describe('a conversation on screen', () => {
	it.each(['zh', 'en'] as const)('marks the time of a message stamped after now (%s), and only that one', lang => {
		const text = catalog(lang);
		const lines = conversationLines(conversation([message('buyer', '10:00:00', {text: '在吗'}), message('buyer', '10:12:00', {text: '有人吗'})]), {
			tz: TZ,
			text,
			lang,
			width: 80,
			now: at('10:05:00'),
			isCounted: () => true,
			violationsOf: () => [],
		});
		const messages = lines.filter(line => line.kind === 'message').map(line => line.text);
		expect(messages[0]).toMatch(/^10:00:00 (买家|buyer): 在吗$/);
		expect(messages[1]).toBe(`10:12:00 ^${text.board.ahead} ${text.sender.buyer}: 有人吗`);
	});
});
