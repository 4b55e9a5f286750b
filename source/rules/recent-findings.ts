/**
 * Texts kept per generation; a text seen in either of the last two is not matched again. A big
 * shop's day has tens of thousands of different texts (order numbers, amounts): with smaller
 * generations the texts moved from the older one to the newer one all day long.
 */
export const GENERATION = 50_000;

/**
 * What recent texts were found to break, forgetting the least recently seen (in two generations,
 * not exactly). One per pack (and one for the buyer rules), made and dropped with it: the same words always break the same
 * rules of one pack, and a shop's lines repeat (quick replies, the bot's greetings, templates).
 */
export class RecentFindings<Finding> {
	private current = new Map<string, readonly Finding[]>();
	private previous = new Map<string, readonly Finding[]>();

	get(text: string): readonly Finding[] | undefined {
		const found = this.current.get(text);
		if (found !== undefined) return found;
		const older = this.previous.get(text);
		return older === undefined ? undefined : this.remember(text, older);
	}

	remember(text: string, found: readonly Finding[]): readonly Finding[] {
		if (this.current.size >= GENERATION) {
			this.previous = this.current;
			this.current = new Map();
		}
		this.current.set(text, found);
		return found;
	}
}
