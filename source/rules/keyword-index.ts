import {requiredWords} from './required-words.js';
import type {DetectorName, ViolationRule} from './violation-rule.js';

interface TrieNode {
	next: Map<number, TrieNode>;
	/** Rules needing the word that ends here. */
	rules: number[];
}

const newNode = (): TrieNode => ({next: new Map(), rules: []});

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

	constructor(rules: readonly Pick<ViolationRule, 'patterns' | 'detector'>[]) {
		this.marks = new Uint8Array(rules.length);
		rules.forEach((rule, index) => {
			if (rule.detector) return this.detectors.push({rule: index, detector: rule.detector});
			const words = wordsOfRule(rule);
			if (!words) return this.always.push(index);
			for (const word of words) this.add(word, index);
		});
	}

	/** Indexes of the rules that may match `text`, in rule order; `looksAt` says which detectors have something to look at. */
	candidates(text: string, looksAt: (detector: DetectorName) => boolean): number[] {
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

	private add(word: string, rule: number): void {
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
	}
}

/** A rule matches when any of its patterns does, so it needs any word any pattern needs. */
function wordsOfRule(rule: Pick<ViolationRule, 'patterns'>): string[] | undefined {
	const words: string[] = [];
	for (const pattern of rule.patterns) {
		const needed = requiredWords(pattern.source);
		if (!needed) return undefined;
		words.push(...needed);
	}
	return words.length > 0 ? words : undefined;
}
