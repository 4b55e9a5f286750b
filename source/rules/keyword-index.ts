import type {RequiredWords} from './required-words.js';
import type {DetectorName, ViolationRule} from './violation-rule.js';

interface TrieNode {
	next: Map<number, TrieNode>;
	/** Rules needing the word that ends here. */
	rules: number[];
	/** Patterns (numbered across the pack, see `patternId`) needing it. */
	patterns: number[];
}

const newNode = (): TrieNode => ({next: new Map(), rules: [], patterns: []});

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
	/**
	 * Per pattern, the scan that last found it possible (`mayMatch`). Stamped rather than a fresh
	 * array per text, which cold matching spent much of its time allocating (docs/performance.md).
	 */
	private readonly patternScan: Uint32Array;
	private scan = 0;

	constructor(rules: readonly Pick<ViolationRule, 'patterns' | 'detector'>[], required: RequiredWords) {
		this.marks = new Uint8Array(rules.length);
		let next = 0;
		for (const rule of rules) {
			this.firstPattern.push(next);
			next += rule.patterns.length;
		}
		this.patternScan = new Uint32Array(next);
		rules.forEach((rule, index) => {
			if (rule.detector) return this.detectors.push({rule: index, detector: rule.detector});
			const needs = rule.patterns.map(pattern => required.of(pattern.source));
			needs.forEach((words, at) => (words ? words.forEach(word => this.add(word, index, this.patternId(index, at))) : this.loosePatterns.push(this.patternId(index, at))));
			if (needs.some(words => !words) || needs.length === 0) this.always.push(index);
		});
	}

	/** A rule's pattern, numbered across the pack. */
	private patternId(rule: number, pattern: number): number {
		return this.firstPattern[rule]! + pattern;
	}

	/**
	 * Whether the rule's pattern (by its place in the rule) may match the text of the last scan
	 * (`candidates`): a rule of many patterns is a candidate for one of them.
	 */
	mayMatch(rule: number, pattern: number): boolean {
		return this.patternScan[this.patternId(rule, pattern)] === this.scan;
	}

	/**
	 * Indexes of the rules that may match `text`, in rule order; `looksAt` says which detectors
	 * have something to look at. Which of their patterns may match is then told by `mayMatch`,
	 * until the next scan.
	 */
	candidates(text: string, looksAt: (detector: DetectorName) => boolean): number[] {
		const scan = this.nextScan();
		const {marks, patternScan} = this;
		for (const id of this.loosePatterns) patternScan[id] = scan;
		let any = false;
		for (const {rule, detector} of this.detectors) {
			if (!looksAt(detector)) continue;
			marks[rule] = 1;
			any = true;
		}
		for (let start = 0; start < text.length; start += 1) {
			if (this.firstUnits[text.charCodeAt(start)] === 0) continue;
			let node: TrieNode | undefined = this.root;
			for (let i = start; i < text.length && node; i += 1) {
				node = node.next.get(text.charCodeAt(i));
				if (!node) break;
				for (const rule of node.rules) marks[rule] = 1;
				for (const id of node.patterns) patternScan[id] = scan;
				any ||= node.rules.length > 0;
			}
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

	/** A new stamp for a scan; after four billion of them the stamps start again from nothing. */
	private nextScan(): number {
		if (this.scan === 0xffff_ffff) {
			this.patternScan.fill(0);
			this.scan = 0;
		}
		return (this.scan += 1);
	}

	private add(word: string, rule: number, pattern: number): void {
		this.firstUnits[word.charCodeAt(0)] = 1;
		let node = this.root;
		for (let i = 0; i < word.length; i += 1) {
			const unit = word.charCodeAt(i);
			let child = node.next.get(unit);
			if (!child) {
				child = newNode();
				node.next.set(unit, child);
			}
			node = child;
		}
		if (!node.rules.includes(rule)) node.rules.push(rule);
		if (!node.patterns.includes(pattern)) node.patterns.push(pattern);
	}
}
