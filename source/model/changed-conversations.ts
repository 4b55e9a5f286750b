import type {Conversation} from './conversation.js';

/**
 * The conversations that gained a message since its owner last took them. The book keeps one
 * per reader that asked (`ConversationBook.watchChanges`), so taking them changes nothing in
 * the book and no reader takes another's.
 */
export class ChangedConversations {
	private changed = new Set<Conversation>();
	private last: Conversation | undefined;

	add(conversation: Conversation): void {
		// Lines come in runs of one conversation: it is in the set already.
		if (conversation !== this.last) this.changed.add((this.last = conversation));
	}

	/** The conversations changed since the last take, and a fresh start. */
	take(): ReadonlySet<Conversation> {
		const changed = this.changed;
		this.changed = new Set();
		this.last = undefined;
		return changed;
	}
}
