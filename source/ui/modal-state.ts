import type {NameMatch} from './pinyin-matcher.js';
import type {BoardFilter} from '../board/board-filter.js';
import {complete, runCommand} from './command-line.js';
import {MARKS, VERDICTS, type Mark, type SnoozeLength, type Verdict} from '../store/records.js';

/** What `s` offers, in order: ten minutes, half an hour, until the buyer writes, and ending a snooze. */
export const SNOOZE_CHOICES: readonly SnoozeLength[] = [{minutes: 10}, {minutes: 30}, 'buyer', 'clear'];

/** A dialog over the body that takes every key until it closes. */
export type Modal =
	| {kind: 'assign'; key: string; query: string; index: number; notice?: 'owner'}
	| {kind: 'confirmAssign'; key: string; to: string; newAgent?: boolean}
	| {kind: 'mark'; key: string; index: number; pending?: Partial<Record<Mark, boolean>>}
	| {kind: 'note'; key: string; text: string; confirmQuit?: boolean}
	/** `previous`: the search before the prompt opened, which Esc puts back. */
	| {kind: 'search'; key: string; text: string; previous?: string}
	| {kind: 'review'; key: string; index: number}
	| {kind: 'agentFilter'; key: string; query: string; index: number; moved?: boolean}
	| {kind: 'snooze'; key: string; index: number}
	| {kind: 'command'; key: string; text: string; error?: 'verb' | 'argument'};

/** What the user asked to be written; the App carries it out against the records file. */
export type Effect =
	| {kind: 'assign'; key: string; to: string}
	| {kind: 'mark'; key: string; mark: Mark; on: boolean}
	| {kind: 'note'; key: string; text: string; confirmQuit?: boolean}
	| {kind: 'snooze'; key: string; until: SnoozeLength}
	| {kind: 'undo'}
	| {kind: 'review'; key: string; file: string; line: number; rule: string; verdict: Verdict; previous: Verdict};

/** A key as a dialog sees it: a control key by name, or text typed (an IME may commit several characters at once). */
export type ModalKey = {name: 'return' | 'escape' | 'up' | 'down' | 'backspace' | 'tab'} | {text: string};

/** A rule flagged in a message of the open conversation, with the verdict it has now. */
export interface FlaggedItem {
	file: string;
	line: number;
	rule: string;
	verdict: Verdict;
	/** What to show: the category and the words. */
	label: string;
}

export interface ModalContext {
	agents: readonly string[];
	/** How a typed name finds an agent: by pinyin too, once it is loaded. */
	nameMatches?: NameMatch;
	/** Who has the conversation now: no transfer to them. */
	ownerOf: (key: string) => string;
	/** The shops on the board, for `:shop`. */
	shops?: readonly string[];
	/** The configuration's teams, for `:team`. */
	teams?: readonly string[];
	marksOf: (key: string) => ReadonlySet<Mark>;
	/** The flagged rules of a conversation, in message order. */
	flaggedOf: (key: string) => readonly FlaggedItem[];
}

export interface ModalResult {
	modal?: Modal;
	effect?: Effect;
	/** Filters to apply to the board (a key present with undefined clears it). */
	filter?: Partial<BoardFilter>;
}

const containsTyped: NameMatch = (name, query) => name.toLowerCase().includes(query.toLowerCase());

/** Agents whose name answers what was typed (as typed, or by pinyin with `matches`), those starting with it first. */
export function matchingAgents(agents: readonly string[], query: string, matches: NameMatch = containsTyped): string[] {
	const q = query.toLowerCase();
	const hits = agents.filter(agent => matches(agent, query));
	return [...hits.filter(a => a.toLowerCase().startsWith(q)), ...hits.filter(a => !a.toLowerCase().startsWith(q))];
}

/** One key applied to an open dialog; pure. */
export function reduceModal(modal: Modal, key: ModalKey, context: ModalContext): ModalResult {
	if ('name' in key && key.name === 'escape') return modal.kind === 'search' ? {filter: {search: modal.previous}} : {};
	switch (modal.kind) {
		case 'assign':
			return assignKey(modal, key, context);
		case 'confirmAssign':
			return 'name' in key && key.name === 'return' ? {effect: {kind: 'assign', key: modal.key, to: modal.to}} : {modal};
		case 'mark':
			return markKey(modal, key, context);
		case 'note':
			return noteKey(modal, key);
		case 'search':
			return searchKey(modal, key);
		case 'review':
			return reviewKey(modal, key, context);
		case 'agentFilter':
			return agentFilterKey(modal, key, context);
		case 'snooze':
			return snoozeKey(modal, key);
		case 'command':
			return commandKey(modal, key, context);
	}
}

/** The agents a conversation can go to: those in the logs matching what was typed, but its owner. */
export function transferChoices(agents: readonly string[], query: string, owner: string, matches?: NameMatch): string[] {
	return matchingAgents(agents, query, matches).filter(agent => agent !== owner);
}

function assignKey(modal: Extract<Modal, {kind: 'assign'}>, key: ModalKey, context: ModalContext): ModalResult {
	const owner = context.ownerOf(modal.key);
	const choices = transferChoices(context.agents, modal.query, owner, context.nameMatches);
	if ('text' in key) return {modal: {...modal, query: modal.query + key.text, index: 0, notice: undefined}};
	if (key.name === 'backspace') return {modal: {...modal, query: dropLast(modal.query), index: 0, notice: undefined}};
	if (key.name === 'up' || key.name === 'down') return {modal: {...modal, index: step(modal.index, key.name, choices.length)}};
	if (key.name !== 'return') return {modal};
	const picked = choices[modal.index];
	if (picked) return {modal: {kind: 'confirmAssign', key: modal.key, to: picked}};
	const typed = modal.query.trim();
	if (!typed) return {modal};
	if (typed === owner) return {modal: {...modal, notice: 'owner'}};
	// A name the logs have never seen (a typo, or someone new): only once confirmed as new.
	return {modal: {kind: 'confirmAssign', key: modal.key, to: typed, newAgent: true}};
}

/** Whether a mark is on as the menu shows it: what this menu set or cleared, else the records. */
export function markShownOn(modal: Extract<Modal, {kind: 'mark'}>, mark: Mark, marks: ReadonlySet<Mark>): boolean {
	return modal.pending?.[mark] ?? marks.has(mark);
}

/** The menu stays open: Enter or space sets or clears the chosen mark, Esc closes. */
function markKey(modal: Extract<Modal, {kind: 'mark'}>, key: ModalKey, context: ModalContext): ModalResult {
	const toggle = (index: number): ModalResult => {
		const mark = MARKS[index]!;
		const on = !markShownOn(modal, mark, context.marksOf(modal.key));
		return {modal: {...modal, index, pending: {...modal.pending, [mark]: on}}, effect: {kind: 'mark', key: modal.key, mark, on}};
	};
	if ('text' in key) {
		if (key.text === ' ') return toggle(modal.index);
		// A mark's first letter (or its number) jumps to it.
		const index = /^[1-8]$/.test(key.text) ? Number(key.text) - 1 : MARKS.findIndex(mark => mark.startsWith(key.text.toLowerCase()));
		return {modal: index >= 0 ? {...modal, index} : modal};
	}
	if (key.name === 'up' || key.name === 'down') return {modal: {...modal, index: step(modal.index, key.name, MARKS.length)}};
	if (key.name === 'return') return toggle(modal.index);
	return {modal};
}

function commandKey(modal: Extract<Modal, {kind: 'command'}>, key: ModalKey, context: ModalContext): ModalResult {
	const words = {agents: context.agents, shops: context.shops ?? [], teams: context.teams, nameMatches: context.nameMatches};
	if ('text' in key) return {modal: {...modal, text: modal.text + key.text, error: undefined}};
	if (key.name === 'backspace') return {modal: {...modal, text: dropLast(modal.text), error: undefined}};
	if (key.name === 'tab') return {modal: {...modal, text: complete(modal.text, words), error: undefined}};
	if (key.name !== 'return') return {modal};
	const result = runCommand(modal.text, words);
	return 'error' in result ? {modal: {...modal, error: result.error}} : {filter: result.filter};
}

function snoozeKey(modal: Extract<Modal, {kind: 'snooze'}>, key: ModalKey): ModalResult {
	if ('text' in key) {
		const index = /^[1-4]$/.test(key.text) ? Number(key.text) - 1 : -1;
		return {modal: index >= 0 ? {...modal, index} : modal};
	}
	if (key.name === 'up' || key.name === 'down') return {modal: {...modal, index: step(modal.index, key.name, SNOOZE_CHOICES.length)}};
	if (key.name === 'return') return {effect: {kind: 'snooze', key: modal.key, until: SNOOZE_CHOICES[modal.index]!}};
	return {modal};
}

function noteKey(modal: Extract<Modal, {kind: 'note'}>, key: ModalKey): ModalResult {
	if ('text' in key) return {modal: {...modal, text: modal.text + key.text}};
	if (key.name === 'backspace') return {modal: {...modal, text: dropLast(modal.text)}};
	if (key.name === 'return') return modal.text.trim() ? {effect: {kind: 'note', key: modal.key, text: modal.text.trim()}} : {modal};
	return {modal};
}

/** Enter moves a flag on: open → confirmed → false positive → open. */
function reviewKey(modal: Extract<Modal, {kind: 'review'}>, key: ModalKey, context: ModalContext): ModalResult {
	const items = context.flaggedOf(modal.key);
	if ('text' in key) return {modal};
	if (key.name === 'up' || key.name === 'down') return {modal: {...modal, index: step(modal.index, key.name, items.length)}};
	const item = items[modal.index];
	if (key.name === 'return' && item) {
		const verdict = VERDICTS[(VERDICTS.indexOf(item.verdict) + 1) % VERDICTS.length]!;
		return {modal, effect: {kind: 'review', key: modal.key, file: item.file, line: item.line, rule: item.rule, verdict, previous: item.verdict}};
	}
	return {modal};
}

/** The board filters as the words are typed; Enter keeps the search, Esc puts the previous one back. */
function searchKey(modal: Extract<Modal, {kind: 'search'}>, key: ModalKey): ModalResult {
	const typed = (text: string): ModalResult => ({modal: {...modal, text}, filter: {search: text.trim() || undefined}});
	if ('text' in key) return typed(modal.text + key.text);
	if (key.name === 'backspace') return typed(dropLast(modal.text));
	if (key.name === 'return') return {filter: {search: modal.text.trim() || undefined}};
	return {modal};
}

function agentFilterKey(modal: Extract<Modal, {kind: 'agentFilter'}>, key: ModalKey, context: ModalContext): ModalResult {
	const choices = matchingAgents(context.agents, modal.query, context.nameMatches);
	if ('text' in key) return {modal: {...modal, query: modal.query + key.text, index: 0}};
	if (key.name === 'backspace') return {modal: {...modal, query: dropLast(modal.query), index: 0}};
	if (key.name === 'up' || key.name === 'down') return {modal: {...modal, index: step(modal.index, key.name, choices.length), moved: true}};
	if (key.name !== 'return') return {modal};
	// Enter on nothing typed and nothing chosen clears the filter; a choice by arrows counts as chosen.
	if (!modal.query.trim() && !modal.moved) return {filter: {agent: undefined}};
	return {filter: {agent: choices[modal.index] ?? modal.query.trim()}};
}

function step(index: number, direction: 'up' | 'down', count: number): number {
	if (count === 0) return 0;
	return (index + (direction === 'up' ? count - 1 : 1)) % count;
}

/** Removes the last character as the user sees it (one Chinese character, one emoji). */
function dropLast(text: string): string {
	const graphemes = [...new Intl.Segmenter().segment(text)];
	return graphemes
		.slice(0, -1)
		.map(g => g.segment)
		.join('');
}

/**
 * The key presses of one input event as a dialog takes them. Text typed or committed by an IME
 * arrives whole; over SSH it may arrive with the Enter that followed it (`好的\r`), which is
 * then a text and a return.
 */
export function modalKeysOf(
	input: string,
	key: {return: boolean; escape: boolean; upArrow: boolean; downArrow: boolean; backspace: boolean; delete: boolean; tab: boolean; ctrl: boolean; meta: boolean},
): ModalKey[] {
	if (key.return) return [{name: 'return'}];
	if (key.escape) return [{name: 'escape'}];
	if (key.upArrow) return [{name: 'up'}];
	if (key.downArrow) return [{name: 'down'}];
	if (key.backspace || key.delete) return [{name: 'backspace'}];
	if (key.tab) return [{name: 'tab'}];
	if (key.ctrl || !input) return [];
	return input.split(/(\r\n?|\n|\u007F|\t)/).flatMap((piece): ModalKey[] => {
		if (piece === '') return [];
		if (piece === '\u007F') return [{name: 'backspace'}];
		if (piece === '\t') return [{name: 'tab'}];
		return /^[\r\n]/.test(piece) ? [{name: 'return'}] : [{text: piece}];
	});
}
