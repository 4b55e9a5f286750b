import type {ClockDefinition} from '../model/reply-clock.js';
import type {Platform} from '../model/message.js';

/** What one platform's pack gives the core once loaded and checked. */
export interface RulePack {
	platform: Platform;
	name: {zh: string; en: string};
	clocks: ClockDefinition[];
	/** The file the pack was read from (the last one, when a user pack overrides). */
	file: string;
}

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
