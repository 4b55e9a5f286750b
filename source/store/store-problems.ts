/** What can go wrong with the records, as data: the catalogue says it in words (i18n/catalog.ts). */

/** Why the records file could not be read or written; the words are the catalogue's. */
export type RecordProblem =
	| {kind: 'notJson'; detail: string}
	| {kind: 'notRecords'; at: string; expected: 'document' | 'array' | 'record'}
	| {kind: 'readOnly'}
	| {kind: 'noSpace'}
	| {kind: 'noAccess'; code: string}
	| {kind: 'readOnlyFs'}
	| {kind: 'locked'; holder: string; waitedMs: number}
	| {kind: 'io'; code: string; detail: string};

/** Why the records database could not be read or written; the words are the catalogue's. */
export type DatabaseProblem = {kind: 'unreachable'; detail: string} | {kind: 'failed'; detail: string} | {kind: 'schemaNewer'; found: number; known: number} | {kind: 'notLive'};
