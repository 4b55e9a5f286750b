import {insertByTime, type Conversation} from './conversation.js';
import {conversationKey, type ChatMessage} from './message.js';

/** Every conversation seen so far, merged across files by (platform, shop, conv). */
export class ConversationBook {
	private readonly conversations = new Map<string, Conversation>();
	private readonly agentNames = new Set<string>();

	add(message: ChatMessage): Conversation {
		const key = conversationKey(message);
		let conversation = this.conversations.get(key);
		if (!conversation) {
			conversation = {key, platform: message.platform, shop: message.shop, conv: message.conv, messages: []};
			this.conversations.set(key, conversation);
		}
		insertByTime(conversation.messages, message);
		this.agentNames.add(message.agent);
		return conversation;
	}

	get(key: string): Conversation | undefined {
		return this.conversations.get(key);
	}

	all(): IterableIterator<Conversation> {
		return this.conversations.values();
	}

	get size(): number {
		return this.conversations.size;
	}

	/** Every agent named by a line or a file name, in the order first seen. */
	agents(): string[] {
		return [...this.agentNames];
	}
}
