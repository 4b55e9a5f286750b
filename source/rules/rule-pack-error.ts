/** A pack that breaks the schema: names the file and the JSON path of the bad entry. */
export class RulePackError extends Error {
	constructor(
		readonly file: string,
		readonly entry: string,
		problem: string,
	) {
		super(`${file}: ${entry}: ${problem}`);
	}
}
