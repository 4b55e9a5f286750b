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
	/** How many patterns the pack's rules have in all. */
	readonly patternCount: number;

	constructor(rules: readonly Pick<ViolationRule, 'patterns' | 'detector'>[], required: RequiredWords) {
		this.marks = new Uint8Array(rules.length);
		let next = 0;
		for (const rule of rules) {
			this.firstPattern.push(next);
			next += rule.patterns.length;
		}
		this.patternCount = next;
		rules.forEach((rule, index) => {
			if (rule.detector) return this.detectors.push({rule: index, detector: rule.detector});
			const needs = rule.patterns.map(pattern => required.of(pattern.source));
			needs.forEach((words, at) => (words ? words.forEach(word => this.add(word, index, this.patternId(index, at))) : this.loosePatterns.push(this.patternId(index, at))));
			if (needs.some(words => !words) || needs.length === 0) this.always.push(index);
		});
	}

	/** A rule's pattern, numbered across the pack. */
	patternId(rule: number, pattern: number): number {
		return this.firstPattern[rule]! + pattern;
	}

	/**
	 * Indexes of the rules that may match `text`, in rule order; `looksAt` says which detectors
	 * have something to look at. Given `patterns` (patternCount long, zeroed), it is set to 1 for
	 * each pattern that may match: a rule of many patterns is a candidate for one of them.
	 */
	candidates(text: string, looksAt: (detector: DetectorName) => boolean, patterns?: Uint8Array): number[] {
		if (patterns) for (const id of this.loosePatterns) patterns[id] = 1;
		const {marks} = this;
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
				if (patterns) for (const id of node.patterns) patterns[id] = 1;
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
