import type {Catalog} from '../i18n/catalog.js';
import {describeStoreError} from '../store/record-store.js';
import {UsageError} from './usage-error.js';

/** A records file or database that cannot be read or written is said in one line, in the user's language (exit 2). */
export async function withUsageErrors<T>(text: Catalog, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		const said = describeStoreError(error, text);
		if (said !== undefined) throw new UsageError(said);
		throw error;
	}
}
