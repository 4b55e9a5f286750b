import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/**
 * The words a pattern cannot match without: any text it matches contains at least one of them.
 * Worked out from the pattern's source, so that one quick scan for these words tells which
 * rules can match a message at all — most messages then meet no pattern (see keyword-index.ts).
 *
 * Only what the rule packs use is understood: literals, groups, alternation, quantifiers,
 * classes, escapes, anchors and lookarounds. Anything else is "could be any text", which only
 * makes the answer weaker (the rule is then always tried), never wrong.
 */
export function requiredWords(source: string): string[] | undefined {
	return wordSets(source)?.words;
}

/**
 * A second set of words every match also contains, taken from another part of the pattern than
 * `requiredWords`' (`等…再发`: 再发, then 等): a text lacking all of them need not be tried either.
 * The keyword scan looks only for the first set; this one is checked on the few texts it lets by.
 */
export function moreRequiredWords(source: string): string[] | undefined {
	return wordSets(source)?.also;
}

function wordSets(source: string): {words?: string[]; also?: string[]} | undefined {
	try {
		const parser = new PatternParser(source);
		const node = parser.alternation();
		if (!parser.atEnd()) return undefined;
		// A text with `私下联系` has `私下`: the longer word adds nothing to look for.
		return {words: shortest(wordsOf(node)), also: shortest(node.also)};
	} catch {
		return undefined;
	}
}

function shortest(words: string[] | undefined): string[] | undefined {
	return words?.filter(word => !words.some(other => other !== word && word.includes(other)));
}

/**
 * The built-in packs' answers, worked out by `npm run build` (precompute-required-words.ts):
 * reading them is quicker than working them out again at each start, as this parser runs too
 * few times to be optimised. Absent when running from source.
 */
export const PRECOMPUTED = new URL('./required-words.json', import.meta.url);

/**
 * The required words of the patterns of the packs loaded together, each pattern read once (every
 * platform's pack holds the common rules); the build's answers are taken first.
 */
export class RequiredWords {
	private readonly known = new Map<string, string[] | undefined>();
	private readonly knownAlso = new Map<string, string[] | undefined>();

	constructor(precomputed: URL | undefined = PRECOMPUTED) {
		if (precomputed) this.take(precomputed);
	}

	of(source: string): string[] | undefined {
		if (!this.known.has(source)) this.known.set(source, requiredWords(source));
		return this.known.get(source);
	}

	/** The pattern's second set (`moreRequiredWords`). */
	alsoOf(source: string): string[] | undefined {
		if (!this.knownAlso.has(source)) this.knownAlso.set(source, moreRequiredWords(source));
		return this.knownAlso.get(source);
	}

	/** Takes the answers written to `file`, if this version of the code wrote them. */
	private take(file: URL): void {
		let written: {version: string; words: Record<string, string[] | null>; also?: Record<string, string[] | null>};
		try {
			written = JSON.parse(readFileSync(file, 'utf8')) as typeof written;
		} catch {
			return;
		}
		if (written.version !== codeVersion()) return;
		for (const [source, words] of Object.entries(written.words)) this.known.set(source, words ?? undefined);
		for (const [source, words] of Object.entries(written.also ?? {})) this.knownAlso.set(source, words ?? undefined);
	}
}

/** What this very code answers (a hash of its file): answers written by another version of it are not taken. */
function codeVersion(): string {
	const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
	// FNV-1a: a cryptographic hash would cost more to load than the whole file takes to hash.
	let hash = 0x811c9dc5;
	for (let i = 0; i < code.length; i += 1) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193);
	return `${code.length}:${(hash >>> 0).toString(16)}`;
}

/** Writes the answers for `sources` to `file`, for the next start to read. */
export function writePrecomputed(file: URL, sources: Iterable<string>): void {
	const unique = [...new Set(sources)];
	const words = Object.fromEntries(unique.map(source => [source, requiredWords(source) ?? null]));
	const also = Object.fromEntries(unique.map(source => [source, moreRequiredWords(source) ?? null]));
	writeFileSync(file, JSON.stringify({version: codeVersion(), words, also}));
}

/**
 * `exact`: every string the part can match, when they are few; `words`: what any match contains;
 * `also`: what any match contains besides, found in another place of it than `words`.
 */
interface Part {
	exact?: string[];
	words?: string[];
	also?: string[];
}

/** Past this many strings a part is no longer spelt out. */
const MAX_STRINGS = 64;
const ANY: Part = {};
const EMPTY: Part = {exact: ['']};

function wordsOf(part: Part): string[] | undefined {
	if (part.words) return part.words;
	return part.exact && !part.exact.includes('') ? part.exact : undefined;
}

/** The more telling set: longer shortest word first, then fewer words. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
	if (!a) return b;
	if (!b) return a;
	const shortest = (words: string[]) => Math.min(...words.map(word => word.length));
	const difference = shortest(a) - shortest(b);
	if (difference !== 0) return difference > 0 ? a : b;
	return a.length <= b.length ? a : b;
}

function unique(strings: string[]): string[] {
	return [...new Set(strings)];
}

function product(left: string[], right: string[]): string[] | undefined {
	if (left.length * right.length > MAX_STRINGS) return undefined;
	return unique(left.flatMap(a => right.map(b => a + b)));
}

/** A set of words a sequence's match holds, found in its parts from `from` up to `to`; `also` is that one part's own second set. */
interface Found {
	words: string[];
	from: number;
	to: number;
	also?: string[];
}

function sequence(parts: Part[]): Part {
	const found: Found[] = [];
	let run: string[] | undefined = [''];
	let runFrom = 0;
	let whole: string[] | undefined = [''];
	const take = (words: string[] | undefined, from: number, to: number, also?: string[]) => {
		if (words) found.push({words, from, to, also});
	};
	parts.forEach((part, at) => {
		take(wordsOf(part), at, at + 1, part.also);
		whole = whole && part.exact ? product(whole, part.exact) : undefined;
		const joined: string[] | undefined = run && part.exact ? product(run, part.exact) : undefined;
		if (joined) run = joined;
		else {
			take(wordsOf({exact: run}), runFrom, at);
			run = part.exact ?? [''];
			runFrom = at;
		}
	});
	take(wordsOf({exact: run}), runFrom, parts.length);
	const best = found.reduce<Found | undefined>((a, b) => (a && better(a.words, b.words) === a.words ? a : b), undefined);
	// The second set from parts apart from the first's, or the first part's own second set.
	const apart = found.filter(other => best && (other.to <= best.from || other.from >= best.to)).map(other => other.words);
	const also = [...apart, ...(best?.also ? [best.also] : [])].reduce<string[] | undefined>((a, b) => better(a, b), undefined);
	return {exact: whole, words: best?.words, also};
}

function alternatives(parts: Part[]): Part {
	if (parts.length === 1) return parts[0]!;
	const exact = parts.every(part => part.exact) ? unique(parts.flatMap(part => part.exact!)) : undefined;
	const words = parts.map(wordsOf);
	const also = parts.map(part => part.also);
	return {
		exact: exact && exact.length <= MAX_STRINGS ? exact : undefined,
		words: words.every(Boolean) ? unique(words.flatMap(w => w!)) : undefined,
		// A match goes through one branch, and holds a word of both of that branch's sets.
		also: words.every(Boolean) && also.every(Boolean) ? unique(also.flatMap(w => w!)) : undefined,
	};
}

function repeated(part: Part, min: number, max: number): Part {
	if (min === 1 && max === 1) return part;
	if (min === 0) return max === 1 && part.exact ? {exact: unique([...part.exact, ''])} : ANY;
	return {words: wordsOf(part), also: part.also};
}

class PatternParser {
	private index = 0;

	constructor(private readonly source: string) {}

	atEnd(): boolean {
		return this.index >= this.source.length;
	}

	alternation(): Part {
		const parts = [this.sequence()];
		while (this.peek() === '|') {
			this.index += 1;
			parts.push(this.sequence());
		}
		return alternatives(parts);
	}

	private sequence(): Part {
		const parts: Part[] = [];
		while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') parts.push(this.quantified(this.atom()));
		return sequence(parts);
	}

	private atom(): Part {
		const char = this.next();
		if (char === '(') return this.group();
		if (char === '[') return this.characterClass();
		if (char === '\\') return this.escape();
		if (char === '.') return ANY;
		if (char === '^' || char === '$') return EMPTY;
		if ('*+?{'.includes(char)) throw new Error('quantifier without an atom');
		return {exact: [char]};
	}

	private group(): Part {
		const lookaround = /^\?(=|!|<=|<!)/.exec(this.source.slice(this.index));
		if (lookaround) this.index += lookaround[0].length;
		else if (this.source.startsWith('?:', this.index)) this.index += 2;
		else if (this.source.startsWith('?<', this.index)) this.index = this.source.indexOf('>', this.index) + 1;
		const inner = this.alternation();
		if (this.next() !== ')') throw new Error('unclosed group');
		// A lookaround matches no characters of its own.
		return lookaround ? EMPTY : inner;
	}

	private characterClass(): Part {
		const members: string[] = [];
		let known = this.peek() !== '^';
		while (this.peek() !== ']') {
			if (this.atEnd()) throw new Error('unclosed class');
			let char = this.next();
			if (char === '\\') {
				const escaped = this.escape();
				if (escaped.exact?.length !== 1) known = false;
				char = escaped.exact?.[0] ?? '';
			}
			if (this.peek() === '-' && this.source[this.index + 1] !== ']') {
				this.index += 1;
				const end = this.next();
				const to = end === '\\' ? (this.escape().exact?.[0] ?? '') : end;
				const first = char.codePointAt(0) ?? 0;
				const last = to.codePointAt(0) ?? 0;
				if (last - first > 8) known = false;
				for (let code = first; known && code <= last; code += 1) members.push(String.fromCodePoint(code));
			} else members.push(char);
		}
		this.index += 1;
		return known && members.length > 0 && members.length <= MAX_STRINGS ? {exact: unique(members)} : ANY;
	}

	private escape(): Part {
		const char = this.next();
		if ('dDwWsSpP'.includes(char) || /[1-9]/.test(char)) {
			if ((char === 'p' || char === 'P') && this.peek() === '{') this.index = this.source.indexOf('}', this.index) + 1;
			return ANY;
		}
		if (char === 'b' || char === 'B') return EMPTY;
		if (char === 'u' && this.peek() === '{') {
			const end = this.source.indexOf('}', this.index);
			const code = Number.parseInt(this.source.slice(this.index + 1, end), 16);
			this.index = end + 1;
			return {exact: [String.fromCodePoint(code)]};
		}
		if (char === 'u' || char === 'x') {
			const digits = char === 'u' ? 4 : 2;
			const code = Number.parseInt(this.source.slice(this.index, this.index + digits), 16);
			this.index += digits;
			return {exact: [String.fromCharCode(code)]};
		}
		const controls: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0'};
		return {exact: [controls[char] ?? char]};
	}

	private quantified(part: Part): Part {
		const quantifier = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.index));
		if (!quantifier) return part;
		this.index += quantifier[0].length;
		const [, symbol, min, comma, max] = quantifier;
		if (symbol === '?') return repeated(part, 0, 1);
		if (symbol === '*') return repeated(part, 0, Infinity);
		if (symbol === '+') return repeated(part, 1, Infinity);
		const from = Number(min);
		return repeated(part, from, comma === undefined ? from : max === '' ? Infinity : Number(max));
	}

	private peek(): string {
		return this.source[this.index] ?? '';
	}

	private next(): string {
		const code = this.source.codePointAt(this.index);
		if (code === undefined) throw new Error('unexpected end');
		const char = String.fromCodePoint(code);
		this.index += char.length;
		return char;
	}
}
