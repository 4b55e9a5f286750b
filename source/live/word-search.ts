import {conversationsSaying} from '../ingest/search-logs.js';
import {lineReadingOf, type LineReading} from '../ingest/line-reading.js';

export interface WordSearchOptions extends LineReading {
	paths: readonly string[];
}

/** The last search of the words in the logs: the keys of the conversations saying them, once read. */
interface Search {
	query: string;
	keys?: ReadonlySet<string>;
}

/**
 * Searches the logs for words that the session no longer holds (their lines' words were let go).
 * One search is kept: the last asked for; a new one gives up the old at its next file.
 */
export class WordSearch {
	private search: Search | undefined;

	constructor(
		private readonly options: WordSearchOptions,
		private readonly onFound: () => void,
	) {}

	/** Starts reading the logs for `query`, unless that is the search already kept. */
	start(query: string): void {
		if (this.search?.query === query) return;
		const search: Search = {query};
		this.search = search;
		const {paths, encoding = 'auto'} = this.options;
		// Whatever goes wrong reading the logs again, the held words still match: never a crash.
		void conversationsSaying(paths, query, {...lineReadingOf(this.options), encoding}, () => this.search === search)
			.catch(() => new Set<string>())
			.then(keys => {
				search.keys = keys;
				if (this.search === search) this.onFound();
			});
	}

	/** The keys of the conversations whose words contain `query`; undefined until its search has read the logs. */
	found(query: string): ReadonlySet<string> | undefined {
		return this.search?.query === query ? this.search.keys : undefined;
	}
}
