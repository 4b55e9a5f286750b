import type {ChatMessage, Platform} from './message.js';

/** All messages of one (platform, shop, conv), from every file, ordered by `ts`. */
export interface Conversation {
	key: string;
	platform: Platform;
	shop: string;
	conv: string;
	messages: ChatMessage[];
	// What is worked out from the messages and kept until they change is declared, typed, where it
	// is worked out: `day` (conversation-day.ts), `violations` (rules/message-violations.ts) and
	// `snapshot` (board/snapshot.ts). On the object itself: WeakMaps of every conversation were
	// slower (docs/performance.md).
}

/** Inserts keeping `ts` order; a message with the same `ts` goes after those already there. */
export function insertByTime(messages: ChatMessage[], message: ChatMessage): void {
	let index = messages.length;
	// Lines almost always arrive in order, so search from the end.
	while (index > 0 && messages[index - 1]!.ts > message.ts) index -= 1;
	if (index === messages.length) messages.push(message);
	else messages.splice(index, 0, message);
}

/** Messages that clocks and the board look at: `system` lines are ignored (contract §1). */
export function isConversational(message: ChatMessage): boolean {
	return message.from !== 'system';
}

/** Messages at or before `now`: a frozen `--now` must not see the future. */
export function messagesUntil(conversation: Conversation, now: number): ChatMessage[] {
	const {messages} = conversation;
	let end = messages.length;
	while (end > 0 && messages[end - 1]!.ts > now) end -= 1;
	return end === messages.length ? messages : messages.slice(0, end);
}

/** The latest message that is not a `system` line (the latest of all when there is none). */
export function lastConversational(messages: readonly ChatMessage[]): ChatMessage | undefined {
	for (let i = messages.length - 1; i >= 0; i -= 1) if (isConversational(messages[i]!)) return messages[i];
	return messages.at(-1);
}

/** The agent who holds the conversation: the agent of its latest non-system message. */
export function ownerAgent(messages: readonly ChatMessage[]): string | undefined {
	for (let i = messages.length - 1; i >= 0; i -= 1) {
		if (isConversational(messages[i]!)) return messages[i]!.agent;
	}
	return messages.at(-1)?.agent;
}

/** The buyer account, from the latest message that names one. */
export function buyerAccount(messages: readonly ChatMessage[]): string | undefined {
	for (let i = messages.length - 1; i >= 0; i -= 1) {
		const buyer = messages[i]!.buyer;
		if (buyer) return buyer;
	}
	return undefined;
}
