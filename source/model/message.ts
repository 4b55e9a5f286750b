import type {LineProblem} from '../ingest/line-problem.js';

/** One chat line, as read from an agent's log (contract §1), with where it came from. */

export const SENDERS = ['buyer', 'agent', 'bot', 'system'] as const;
export type Sender = (typeof SENDERS)[number];

export const PLATFORMS = ['pinduoduo', 'taobao', 'tmall', 'douyin', 'kuaishou', 'jd'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface ChatMessage {
	/** Epoch milliseconds. */
	ts: number;
	conv: string;
	from: Sender;
	/**
	 * The words; a big backlog keeps them only for what the board shows (see conversation-book.ts),
	 * and the rest are read back from `file` at `offset` when a conversation is opened.
	 */
	text?: string;
	agent: string;
	buyer?: string;
	platform: Platform;
	shop: string;
	file: string;
	/** 1-based line number in `file`. */
	line: number;
	/** Byte offset of the line in `file`. */
	offset: number;
	// `checked`, what the rule packs found in it, is declared where it is worked out (rules/message-violations.ts).
}

/** A line that could not be read as a message: skipped, counted and reported. */
export interface BadLine {
	file: string;
	/** 1-based; 0 when the whole file or folder could not be read. */
	line: number;
	problem: LineProblem;
}

/** Conversations are unique by (platform, shop, conv). */
export function conversationKey(m: Pick<ChatMessage, 'platform' | 'shop' | 'conv'>): string {
	return `${m.platform}\u0000${m.shop}\u0000${m.conv}`;
}

/** Whether a message's words hold `query`, given in lower case: how a search matches words, held or read again. */
export function wordsHold(message: Pick<ChatMessage, 'text'>, query: string): boolean {
	return message.text?.toLowerCase().includes(query) === true;
}
