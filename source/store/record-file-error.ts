/** The records file could not be read or parsed: reported with its path, and never written over. */
export class RecordFileError extends Error {
	constructor(
		readonly file: string,
		problem: string,
	) {
		super(`${file}: ${problem}`);
	}
}
