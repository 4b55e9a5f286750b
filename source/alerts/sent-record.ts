/**
 * What was sent to which robot, as the senders ask it. With a PostgreSQL `--db` it is a table
 * of that database (pg-sent-log.ts), which can also hand out claims so that two machines never
 * send the same event; with a lowdb file, a JSON file beside it.
 */
export interface SentRecord {
	has(target: string, event: string): boolean;
	/** Takes in what other processes have sent meanwhile. */
	refresh(): Promise<void>;
	markSent(target: string, events: readonly string[], at: number): Promise<void>;
	/** The events of `events` this process may send now (no other holds or sent them); absent: all. */
	claim?(target: string, events: readonly string[]): Promise<ReadonlySet<string>>;
	/** Gives claims back after a failed send, for whoever tries next. */
	release?(target: string, events: readonly string[]): Promise<void>;
	close?(): Promise<void>;
}
