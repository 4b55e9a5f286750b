import type {BoardRow} from './triage.js';
import {isActionable} from './row-status.js';

/** What an agent has on hand now: conversations owned and not idle, and of those where a buyer waits. */
export interface AgentLoad {
	open: number;
	waiting: number;
}

export const NO_LOAD: AgentLoad = {open: 0, waiting: 0};

/** Each owner's load on the board as it is now: what a supervisor weighs before a transfer. */
export function agentLoads(rows: readonly BoardRow[]): ReadonlyMap<string, AgentLoad> {
	const loads = new Map<string, AgentLoad>();
	for (const row of rows) {
		if (row.status === 'idle') continue;
		const load = loads.get(row.owner) ?? {open: 0, waiting: 0};
		load.open += 1;
		if (isActionable(row.status)) load.waiting += 1;
		loads.set(row.owner, load);
	}
	return loads;
}
