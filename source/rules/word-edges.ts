import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

/** jieba's own dictionary, as the package ships it: one `word frequency tag` a line. */
function jiebaDictionary(): Buffer {
	return (require('@node-rs/jieba/dict') as {dict: Buffer}).dict;
}

/**
 * Every pair of adjacent Chinese characters found inside some word of jieba's dictionary, as
 * sorted (first << 16 | second) codes. A match whose edge splits no such pair cannot start or
 * end inside a word, so jieba, slow to load, is loaded only for the rare match where it might.
 */
/** Built by `npm run build` (precompute-required-words.ts); see WordPairs. */
export const WORD_PAIRS_FILE = new URL('./word-pairs.bin', import.meta.url);

export class WordPairs {
	private constructor(private readonly pairs: Uint32Array) {}

	/** Written by `npm run build`; worked out from the dictionary when absent (running from source). */
	static load(file: URL): WordPairs {
		try {
			const bytes = readFileSync(file);
			return new WordPairs(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
		} catch {
			return new WordPairs(pairsOf(jiebaDictionary()));
		}
	}

	static write(file: URL): void {
		writeFileSync(file, pairsOf(jiebaDictionary()));
	}

	/** Whether the characters at `index - 1` and `index` of `text` sit together in some word. */
	joins(text: string, index: number): boolean {
		if (index <= 0 || index >= text.length) return false;
		const key = ((text.charCodeAt(index - 1) << 16) | text.charCodeAt(index)) >>> 0;
		let low = 0;
		let high = this.pairs.length - 1;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			const value = this.pairs[middle]!;
			if (value === key) return true;
			if (value < key) low = middle + 1;
			else high = middle - 1;
		}
		return false;
	}
}

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

function pairsOf(dictionary: Buffer): Uint32Array {
	const found = new Set<number>();
	for (const line of dictionary.toString('utf8').split('\n')) {
		const word = line.slice(0, line.indexOf(' '));
		for (let i = 1; i < word.length; i += 1) {
			const first = word.charCodeAt(i - 1);
			const second = word.charCodeAt(i);
			if (isHan(first) && isHan(second)) found.add(((first << 16) | second) >>> 0);
		}
	}
	return Uint32Array.from(found).sort();
}

/** Word boundaries of texts, from jieba with a pack's own words added to its dictionary. */
export class WordSegmenter {
	private jieba: {cut(text: string, hmm?: boolean): string[]} | undefined;
	private wordPairs: WordPairs | undefined;

	constructor(private readonly ownWords: () => readonly string[]) {}

	/** Which character pairs the dictionary has inside a word: loaded when a match first asks. */
	pairs(): WordPairs {
		return (this.wordPairs ??= WordPairs.load(WORD_PAIRS_FILE));
	}

	/** 1 at each index of `text` where a word starts, and at text.length. */
	boundaries(text: string): Uint8Array {
		const starts = new Uint8Array(text.length + 1);
		let at = 0;
		for (const word of this.cutter().cut(text, false)) {
			starts[at] = 1;
			at += word.length;
		}
		starts[text.length] = 1;
		return starts;
	}

	private cutter() {
		if (!this.jieba) {
			const {Jieba} = require('@node-rs/jieba') as {Jieba: {withDict(dict: Buffer): {cut(text: string, hmm?: boolean): string[]; loadDict(dict: Buffer): void}}};
			const jieba = Jieba.withDict(jiebaDictionary());
			// The packs' words are words: 加我微信 is not 加/我/微/信. Common words still win over them (妈妈 in 妈妈的).
			const words = this.ownWords().filter(word => word.length >= 2);
			if (words.length > 0) jieba.loadDict(Buffer.from(words.map(word => `${word} 20 n`).join('\n')));
			this.jieba = jieba;
		}
		return this.jieba;
	}
}
