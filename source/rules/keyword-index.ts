import type {RequiredWords} from './required-words.js';
import type {DetectorName, ViolationRule} from './violation-rule.js';

interface TrieNode {
	next: Map<number, TrieNode>;
	/** Patterns (numbered across the pack, see `patternId`) needing the word that ends here. */
	patterns: number[];
	/** Second words (numbered, see `secondWords`) that end here. */
	seconds: number[];
}

// A pack's trie has some 30,000 nodes, most of them with no children, patterns or second words:
// those share these empty ones (never added to), replaced by a node's own when it first gets something.
const NO_CHILDREN = new Map<number, TrieNode>();
const NO_IDS: number[] = [];
const newNode = (): TrieNode => ({next: NO_CHILDREN, patterns: NO_IDS, seconds: NO_IDS});

/**
 * Which of a pack's rules can match a text, from one scan for the words their patterns cannot
 * match without. A pattern too loose to tell is always tried; a number or link detector when
 * the text has something it looks at.
 */
export class KeywordIndex {
	private readonly root = newNode();
	/** UTF-16 units some word starts with: most characters of a text start none. */
	private readonly firstUnits = new Uint8Array(0x10000);
	private readonly always: number[] = [];
	private readonly detectors: {rule: number; detector: DetectorName}[] = [];
	private readonly marks: Uint8Array;
	/** The first pattern id of each rule: its patterns are numbered on from there. */
	private readonly firstPattern: number[] = [];
	/** Patterns too loose to tell, and those of rules always tried: every text may match them. */
	private readonly loosePatterns: number[] = [];
	/** Per pattern (by id), its rule. */
	private readonly ruleOf: Int32Array;
	/** Per pattern, the scan that last met it: a stamp, not a fresh array per text. */
	private readonly patternScan: Uint32Array;
	private scan = 0;
	/** The patterns the last scan met, by id. */
	private readonly hits: number[] = [];
	/**
	 * Per pattern, a second set of words it cannot match without (`moreRequiredWords`), by number,
	 * checked only on the patterns the scan meets. The same scan finds them: a pattern has a dozen,
	 * and asking the text for each (`includes`) was as slow as the scan.
	 */
	private readonly patternAlso: (readonly number[] | undefined)[] = [];
	private readonly secondWords = new Map<string, number>();
	/** Per second word, the scan that last met it. */
	private readonly secondScan: Uint32Array;
	/** Per rule, the patterns of it (by place in the rule) the last scan left possible; only for the rules it named. */
	private readonly possible: (number[] | undefined)[] = [];
	private readonly named: number[] = [];

	constructor(rules: readonly Pick<ViolationRule, 'patterns' | 'detector'>[], required: RequiredWords) {
		this.marks = new Uint8Array(rules.length);
		let next = 0;
		for (const rule of rules) {
			this.firstPattern.push(next);
			next += rule.patterns.length;
		}
		this.patternScan = new Uint32Array(next);
		this.ruleOf = new Int32Array(next);
		this.firstPattern.forEach((first, rule) => this.ruleOf.fill(rule, first, first + rules[rule]!.patterns.length));
		rules.forEach((rule, index) => {
			if (rule.detector) return this.detectors.push({rule: index, detector: rule.detector});
			const needs = rule.patterns.map(pattern => required.of(pattern.source));
			rule.patterns.forEach((pattern, at) => (this.patternAlso[this.patternId(index, at)] = needs[at] ? this.addSeconds(required.alsoOf(pattern.source)) : undefined));
			needs.forEach((words, at) => (words ? words.forEach(word => this.add(word, this.patternId(index, at))) : this.loosePatterns.push(this.patternId(index, at))));
			if (needs.some(words => !words) || needs.length === 0) this.always.push(index);
		});
		this.secondScan = new Uint32Array(this.secondWords.size);
	}

	/** A rule's pattern, numbered across the pack. */
	private patternId(rule: number, pattern: number): number {
		return this.firstPattern[rule]! + pattern;
	}

	/**
	 * The patterns of a rule named by the last scan (`candidates`) that may match its text, by
	 * their place in the rule: a rule of many patterns is a candidate for a few of them. Undefined
	 * for a rule the scan did not name by a pattern (a detector's), whose patterns are all tried.
	 */
	patternsOf(rule: number): readonly number[] | undefined {
		return this.possible[rule];
	}

	/**
	 * Indexes of the rules that may match `text`, in rule order; `looksAt` says which detectors
	 * have something to look at. Which patterns of each may match is then told by `patternsOf`,
	 * until the next scan.
	 */
	candidates(text: string, looksAt: (detector: DetectorName) => boolean): number[] {
		const scan = this.nextScan();
		const {patternScan, secondScan, hits} = this;
		hits.length = 0;
		for (const id of this.loosePatterns) {
			patternScan[id] = scan;
			hits.push(id);
		}
		for (let start = 0; start < text.length; start += 1) {
			if (this.firstUnits[text.charCodeAt(start)] === 0) continue;
			let node: TrieNode | undefined = this.root;
			for (let i = start; i < text.length && node; i += 1) {
				node = node.next.get(text.charCodeAt(i));
				if (!node) break;
				for (const id of node.patterns) {
					if (patternScan[id] === scan) continue;
					patternScan[id] = scan;
					hits.push(id);
				}
				for (const id of node.seconds) secondScan[id] = scan;
			}
		}
		return this.rulesOf(ascending(hits), text, looksAt);
	}

	/** The rules of the patterns met (in id order) whose second words the text has too, and the detectors' with something to look at. */
	private rulesOf(hits: readonly number[], text: string, looksAt: (detector: DetectorName) => boolean): number[] {
		const {marks, possible, named} = this;
		for (const rule of named) possible[rule] = undefined;
		named.length = 0;
		let any = false;
		for (const id of hits) {
			const also = this.patternAlso[id];
			if (also !== undefined && !this.metAny(also)) continue;
			const rule = this.ruleOf[id]!;
			let patterns = possible[rule];
			if (!patterns) {
				patterns = possible[rule] = [];
				named.push(rule);
			}
			patterns.push(id - this.firstPattern[rule]!);
			marks[rule] = 1;
			any = true;
		}
		for (const {rule, detector} of this.detectors) {
			if (!looksAt(detector)) continue;
			marks[rule] = 1;
			any = true;
		}
		if (!any) return this.always;
		for (const rule of this.always) marks[rule] = 1;
		const found: number[] = [];
		for (let rule = 0; rule < marks.length; rule += 1) {
			if (marks[rule] === 1) found.push(rule);
			marks[rule] = 0;
		}
		return found;
	}

	/** Whether the last scan met any of these second words. */
	private metAny(seconds: readonly number[]): boolean {
		const scan = this.scan;
		for (let i = 0; i < seconds.length; i += 1) if (this.secondScan[seconds[i]!] === scan) return true;
		return false;
	}

	/** A new stamp for a scan; after four billion of them the stamps start again from nothing. */
	private nextScan(): number {
		if (this.scan === 0xffff_ffff) {
			this.patternScan.fill(0);
			this.scan = 0;
		}
		return (this.scan += 1);
	}

	private add(word: string, pattern: number): void {
		const node = this.nodeOf(word);
		if (node.patterns === NO_IDS) node.patterns = [];
		if (!node.patterns.includes(pattern)) node.patterns.push(pattern);
	}

	/** Numbers a pattern's second words, putting each new one in the trie. */
	private addSeconds(words: readonly string[] | undefined): number[] | undefined {
		return words?.map(word => {
			let id = this.secondWords.get(word);
			if (id === undefined) {
				this.secondWords.set(word, (id = this.secondWords.size));
				const node = this.nodeOf(word);
				if (node.seconds === NO_IDS) node.seconds = [];
				node.seconds.push(id);
			}
			return id;
		});
	}

	/** The trie's node for a word, made as needed. */
	private nodeOf(word: string): TrieNode {
		this.firstUnits[word.charCodeAt(0)] = 1;
		let node = this.root;
		for (let i = 0; i < word.length; i += 1) {
			const unit = word.charCodeAt(i);
			let child = node.next.get(unit);
			if (!child) {
				child = newNode();
				if (node.next === NO_CHILDREN) node.next = new Map();
				node.next.set(unit, child);
			}
			node = child;
		}
		return node;
	}
}

/**
 * Sorts a scan's few hits (seven on average) in place: an insertion sort, as `sort((a, b) => a - b)`
 * calls back into JavaScript for every comparison, which cost as much as the scan on cold code.
 */
function ascending(numbers: number[]): number[] {
	for (let i = 1; i < numbers.length; i += 1) {
		const value = numbers[i]!;
		let j = i - 1;
		for (; j >= 0 && numbers[j]! > value; j -= 1) numbers[j + 1] = numbers[j]!;
		numbers[j + 1] = value;
	}
	return numbers;
}
