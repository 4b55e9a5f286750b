import type {Records} from '../store/records.js';

/** What one read of the records gave: all of them, and whether anything changed since the last. */
export interface FeedRead {
	records: Records;
	changed: boolean;
}

/**
 * How a RecordBook keeps up with its store: the file is watched for changes, a database is
 * listened to. The feed reads; the book folds and tells the screen.
 */
export interface RecordFeed {
	/** Every record as the store holds it now; throws when it cannot be read. */
	read(): Promise<FeedRead>;
	/** Calls `changed` whenever the records may have changed, until stopped. */
	follow(changed: () => void): Promise<void>;
	/** Why a write should not even be tried now (the records are not live), if it should not. */
	refusal(): Error | undefined;
	stop(): Promise<void>;
}
