import {insertByTime, lastConversational, type Conversation} from './conversation.js';
import {conversationKey, type ChatMessage, type Platform} from './message.js';
import {ChangedConversations} from './changed-conversations.js';

/**
 * How long a message's words stay in memory. Past that only each conversation's latest message
 * keeps them (the board shows it); the others are read back from the log when it is opened.
 */
export interface TextHorizon {
	keepMs: number;
	clock: () => number;
}

/** V8 keeps one copy of each string of up to 10 characters that JSON.parse gives: those need no table. */
const SHARED_BY_JSON_PARSE = 10;

/** Every conversation seen so far, merged across files by (platform, shop, conv). */
export class ConversationBook {
	/** In the order first seen. */
	private readonly conversations: Conversation[] = [];
	/**
	 * Each conversation under its id (the same id in another shop or platform is another
	 * conversation, rarely): found without building the (platform, shop, conv) key.
	 */
	private readonly byConv = new Map<string, Conversation | Conversation[]>();
	/** By key, built only when first asked (the screen asks; counting the day never does). */
	private byKey: Map<string, Conversation> | undefined;
	private lastFound: Conversation | undefined;
	/** One copy of each agent's and buyer's name, however many messages carry it; agents in the order first seen. */
	private readonly agentNames = new Map<string, string>();
	private readonly buyerNames = new Map<string, string>();
	/** The platforms of the conversations, in the order first seen (the board's clock columns follow them). */
	readonly platforms = new Set<Platform>();
	/** Goes up with every message added, so what is worked out from the book can be kept until it moves. */
	version = 0;
	/** The latest message time of all: a board at an earlier `now` still has lines to come into view. */
	latestTs = -Infinity;
	/** The readers' lists of conversations that gained a message (`watchChanges`). */
	private readonly watchers: ChangedConversations[] = [];

	constructor(private readonly textHorizon?: TextHorizon) {}

	add(message: ChatMessage): Conversation {
		const conversation = this.conversationOf(message);
		// JSON.parse gives every line its own copies of these strings; at a million messages the
		// copies are a good part of the memory, so the message shares its conversation's.
		message.conv = conversation.conv;
		message.shop = conversation.shop;
		// Nearly always the same names as the conversation's last line: compared, not looked up.
		const previous = conversation.messages.at(-1);
		message.agent = previous?.agent === message.agent ? previous.agent : oneCopy(this.agentNames, message.agent);
		if (message.buyer && message.buyer.length > SHARED_BY_JSON_PARSE) message.buyer = previous?.buyer === message.buyer ? previous.buyer : oneCopy(this.buyerNames, message.buyer);
		const latestBefore = this.textHorizon && lastConversational(conversation.messages);
		insertByTime(conversation.messages, message);
		if (this.textHorizon) {
			const cutoff = this.textHorizon.clock() - this.textHorizon.keepMs;
			const latest = lastConversational(conversation.messages);
			if (latestBefore) letWordsGo(latestBefore, latest, cutoff);
			letWordsGo(message, latest, cutoff);
		}
		for (const watcher of this.watchers) watcher.add(conversation);
		this.latestTs = Math.max(this.latestTs, message.ts);
		this.version += 1;
		return conversation;
	}

	private conversationOf(message: ChatMessage): Conversation {
		// A log's lines come in runs of one conversation: the last one found is nearly always it.
		const last = this.lastFound;
		if (last && last.conv === message.conv && isOf(last, message)) return last;
		this.lastFound = this.conversationByKey(message);
		return this.lastFound;
	}

	private conversationByKey(message: ChatMessage): Conversation {
		const known = this.byConv.get(message.conv);
		const found = known === undefined ? undefined : Array.isArray(known) ? known.find(c => isOf(c, message)) : isOf(known, message) ? known : undefined;
		if (found) return found;
		const conversation: Conversation = {
			key: conversationKey(message),
			platform: message.platform,
			shop: message.shop,
			conv: message.conv,
			messages: [],
			day: undefined,
			violations: undefined,
			snapshot: undefined,
		};
		this.conversations.push(conversation);
		this.platforms.add(conversation.platform);
		this.byKey?.set(conversation.key, conversation);
		if (known === undefined) this.byConv.set(message.conv, conversation);
		else if (Array.isArray(known)) known.push(conversation);
		else this.byConv.set(message.conv, [known, conversation]);
		return conversation;
	}

	/** A list of the conversations that gain a message from now on, for one reader to take from. */
	watchChanges(): ChangedConversations {
		const watcher = new ChangedConversations();
		this.watchers.push(watcher);
		return watcher;
	}

	/** Lets go of the words of messages past the horizon, in every conversation. */
	forgetOldWords(): void {
		if (!this.textHorizon) return;
		const cutoff = this.textHorizon.clock() - this.textHorizon.keepMs;
		for (const {messages} of this.conversations) {
			const latest = lastConversational(messages);
			for (const message of messages) letWordsGo(message, latest, cutoff);
		}
	}

	get(key: string): Conversation | undefined {
		this.byKey ??= new Map(this.conversations.map(conversation => [conversation.key, conversation]));
		return this.byKey.get(key);
	}

	all(): IterableIterator<Conversation> {
		return this.conversations.values();
	}

	get size(): number {
		return this.conversations.length;
	}

	/** Every agent named by a line or a file name, in the order first seen. */
	agents(): string[] {
		return [...this.agentNames.keys()];
	}
}

/** Whether the message is of this conversation, given that its id is the conversation's. */
function isOf(conversation: Conversation, message: ChatMessage): boolean {
	return conversation.platform === message.platform && conversation.shop === message.shop;
}

function oneCopy(names: Map<string, string>, name: string): string {
	const known = names.get(name);
	if (known !== undefined) return known;
	names.set(name, name);
	return name;
}

/** Lets go of a message's words if it is past the horizon and not its conversation's latest. */
function letWordsGo(message: ChatMessage, latest: ChatMessage | undefined, cutoff: number): void {
	if (message !== latest && message.ts < cutoff) message.text = undefined;
}
