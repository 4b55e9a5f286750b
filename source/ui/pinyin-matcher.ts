/** Whether an agent's name answers what was typed: the name itself, or its pinyin (`xm`, `xiaomei` → 小美). */
export type NameMatch = (name: string, query: string) => boolean;

type PinyinMatch = (text: string, pinyin: string) => number[] | null;

const HAS_HAN = /\p{Script=Han}/u;

/**
 * Matches Chinese names by pinyin initials or full pinyin, through pinyin-pro. The library is
 * slow to load (docs/performance.md), so it is loaded when a picker first opens, not at start;
 * until then names match as typed. Owned by the App, one per screen.
 */
export class PinyinMatcher {
	private pinyin: PinyinMatch | undefined;
	private loading: Promise<void> | undefined;

	/** Starts loading pinyin-pro; resolves once names can be matched by pinyin. */
	load(): Promise<void> {
		this.loading ??= import('pinyin-pro').then(module => {
			this.pinyin = module.match as PinyinMatch;
		});
		return this.loading;
	}

	get ready(): boolean {
		return this.pinyin !== undefined;
	}

	readonly matches: NameMatch = (name, query) => {
		const q = query.toLowerCase();
		if (name.toLowerCase().includes(q)) return true;
		if (!this.pinyin || !HAS_HAN.test(name) || !/^[a-z]+$/.test(q)) return false;
		return this.pinyin(name, q) !== null;
	};
}
