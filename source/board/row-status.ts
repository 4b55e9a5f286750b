/**
 * The board's sections of contract §5, top to bottom: at risk (`warning`), breached with the
 * buyer still there, waiting, not counted, lost, set aside, idle.
 */
export const ROW_STATUSES = ['warning', 'breached', 'waiting', 'notCounted', 'lost', 'setAside', 'idle'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** The sections where a buyer waits and a reply can still change something. */
export function isActionable(status: RowStatus): boolean {
	return status === 'warning' || status === 'breached' || status === 'waiting' || status === 'notCounted';
}
