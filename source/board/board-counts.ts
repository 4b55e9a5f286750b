import type {BoardRow} from './triage.js';

import type {RowStatus} from './row-status.js';

/** Rows per section (idle ones are not counted), and the agents active. */
export type BoardCounts = Record<Exclude<RowStatus, 'idle'>, number> & {agents: number};

/**
 * Header figures; an agent is active when they replied as a person within the last half hour.
 * `rows` are in board order: idle rows come last, latest activity first, so the count stops at
 * the first idle row quiet for longer than that (on a big board, nearly all of them).
 */
export function countBoard(rows: readonly BoardRow[], now: number, activeWithinMs = 30 * 60_000): BoardCounts {
	const counts: BoardCounts = {warning: 0, breached: 0, waiting: 0, notCounted: 0, lost: 0, setAside: 0, agents: 0};
	const active = new Set<string>();
	for (const row of rows) {
		if (row.status !== 'idle') counts[row.status] += 1;
		else if (now - row.lastActivity > activeWithinMs) break;
		const {messages} = row.conversation;
		for (let i = messages.length - 1; i >= 0 && now - messages[i]!.ts <= activeWithinMs; i -= 1) {
			const message = messages[i]!;
			if (message.from === 'agent' && message.ts <= now) active.add(message.agent);
		}
	}
	counts.agents = active.size;
	return counts;
}
