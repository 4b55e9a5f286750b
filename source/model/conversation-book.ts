import {insertByTime, type Conversation} from './conversation.js';
import {conversationKey, type ChatMessage} from './message.js';

/** Every conversation seen so far, merged across files by (platform, shop, conv). */
export class ConversationBook {
	private readonly conversations = new Map<string, Conversation>();
	private readonly agentNames = new Set<string>();
	/** One copy of each agent and buyer name, however many messages carry it. */
	private readonly names = new Map<string, string>();
	/** Goes up with every message added, so what is worked out from the book can be kept until it moves. */
	version = 0;

	add(message: ChatMessage): Conversation {
		const key = conversationKey(message);
		let conversation = this.conversations.get(key);
		if (!conversation) {
			conversation = {key, platform: message.platform, shop: message.shop, conv: message.conv, messages: []};
			this.conversations.set(key, conversation);
		}
		// JSON.parse gives every line its own copies of these strings; at a million messages the
		// copies are a good part of the memory, so the message shares its conversation's.
		message.conv = conversation.conv;
		message.shop = conversation.shop;
		message.agent = this.intern(message.agent);
		if (message.buyer) message.buyer = this.intern(message.buyer);
		insertByTime(conversation.messages, message);
		this.agentNames.add(message.agent);
		this.version += 1;
		return conversation;
	}

	private intern(name: string): string {
		const known = this.names.get(name);
		if (known !== undefined) return known;
		this.names.set(name, name);
		return name;
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
