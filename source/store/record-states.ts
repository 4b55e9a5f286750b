import {foldRecords, type ConversationRecords} from './conversation-records.js';
import {readRecords} from './record-store.js';

/** Every conversation's records as they stand, by key; a missing file means none. */
export async function readRecordStates(file: string): Promise<Map<string, ConversationRecords>> {
	return foldRecords(await readRecords(file));
}
