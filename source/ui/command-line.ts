import {BOARD_VIEWS, BOARD_SORTS, type BoardFilter} from '../board/board-filter.js';
import type {NameMatch} from './pinyin-matcher.js';

/** The `:` command line, as k9s has it: `:agent ahao`, `:team 售前`, `:shop 旗舰店`, `:view breached`, `:sort wait`. */
export const COMMAND_VERBS = ['agent', 'team', 'shop', 'view', 'sort'] as const;
export type CommandVerb = (typeof COMMAND_VERBS)[number];

export interface CommandWords {
	agents: readonly string[];
	shops: readonly string[];
	/** The configuration's teams. */
	teams?: readonly string[];
	nameMatches?: NameMatch;
}

/** What can follow a verb, those matching `prefix` (agents by pinyin too). */
function argumentsOf(verb: CommandVerb, prefix: string, words: CommandWords): string[] {
	const all: readonly string[] = verb === 'agent' ? words.agents : verb === 'team' ? (words.teams ?? []) : verb === 'shop' ? words.shops : verb === 'view' ? BOARD_VIEWS : BOARD_SORTS;
	const match = verb === 'agent' && words.nameMatches ? words.nameMatches : (name: string, typed: string) => name.toLowerCase().startsWith(typed.toLowerCase());
	return all.filter(word => prefix === '' || match(word, prefix));
}

/** The completions of what is typed: verbs while the first word is being typed, then its arguments. */
export function completions(text: string, words: CommandWords): string[] {
	const [verb = '', ...rest] = text.trimStart().split(/\s+/);
	// `team` only where the configuration has teams.
	if (rest.length === 0) return COMMAND_VERBS.filter(candidate => candidate.startsWith(verb) && (candidate !== 'team' || (words.teams?.length ?? 0) > 0)).map(candidate => `${candidate} `);
	if (!(COMMAND_VERBS as readonly string[]).includes(verb)) return [];
	return argumentsOf(verb as CommandVerb, rest.join(' '), words).map(word => `${verb} ${word}`);
}

/** Tab: the only completion, or what all of them share. */
export function complete(text: string, words: CommandWords): string {
	const found = completions(text, words);
	if (found.length === 0) return text;
	if (found.length === 1) return found[0]!;
	let shared = found[0]!;
	for (const other of found) while (!other.startsWith(shared)) shared = shared.slice(0, -1);
	return shared.length > text.length ? shared : text;
}

/** The filter a command asks for, or why it cannot be run. */
export function runCommand(text: string, words: CommandWords): {filter: Partial<BoardFilter>} | {error: 'verb' | 'argument'} {
	const [verb = '', ...rest] = text.trim().split(/\s+/);
	const argument = rest.join(' ');
	if (!(COMMAND_VERBS as readonly string[]).includes(verb)) return {error: 'verb'};
	// An empty argument clears that part of the filter.
	if (!argument) return {filter: verb === 'view' ? {view: 'all'} : verb === 'sort' ? {sort: undefined} : {[verb]: undefined}};
	const exact = argumentsOf(verb as CommandVerb, '', words).find(word => word === argument);
	const found = exact ?? (argumentsOf(verb as CommandVerb, argument, words).length === 1 ? argumentsOf(verb as CommandVerb, argument, words)[0] : undefined);
	if (found === undefined) return {error: 'argument'};
	if (verb === 'view') return {filter: {view: found as BoardFilter['view']}};
	if (verb === 'sort') return {filter: {sort: found as BoardFilter['sort']}};
	return {filter: {[verb]: found}};
}
