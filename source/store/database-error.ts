import {catalog, type Catalog} from '../i18n/catalog.js';
import type {DatabaseProblem} from './store-problems.js';
import {maskUrl} from './database-url.js';

export type {DatabaseProblem} from './store-problems.js';

/** The records database failed: said with its URL (password masked) in one line. */
export class DatabaseError extends Error {
	readonly database: string;

	constructor(
		url: string,
		readonly problem: DatabaseProblem,
	) {
		const database = maskUrl(url);
		super(catalog('en').database.describe(database, problem));
		this.database = database;
	}

	describe(text: Catalog): string {
		return text.database.describe(this.database, this.problem);
	}
}

/**
 * A node-postgres error as a problem of the database at `url`. Socket errors, connection
 * timeouts and SQLSTATE classes 08 (connection) and 57 (shutdown, starting up) mean the server
 * cannot be reached; anything else it said is passed on in its own words.
 */
export function databaseProblem(url: string, error: unknown): DatabaseError {
	if (error instanceof DatabaseError) return error;
	const {code = '', message = String(error)} = (error ?? {}) as {code?: string; message?: string};
	const fromServer = /^[0-9A-Z]{5}$/.test(code);
	if (!fromServer || code.startsWith('08') || code.startsWith('57')) {
		return new DatabaseError(url, {kind: 'unreachable', detail: [code, message].filter(Boolean).join(' ')});
	}
	return new DatabaseError(url, {kind: 'failed', detail: `${code} ${message}`});
}
