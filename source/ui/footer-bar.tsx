import {Box, Text} from 'ink';
import React from 'react';
import type {Catalog} from '../i18n/catalog.js';
import {displayWidth, truncateToWidth} from '../text/display-width.js';
import {bindingLabel, footerBindings, type View} from './keymap.js';
import {NO_LOAD, type AgentLoad} from '../board/agent-load.js';

/** `?` and `q` always show (last); the other hints, most wanted first, as far as the width allows. */
function fitHints(hints: {action: string; text: string}[], width: number): string {
	const essential = (hint: {action: string}) => hint.action === 'help' || hint.action === 'quit';
	let budget = width - hints.filter(essential).reduce((sum, hint) => sum + displayWidth(hint.text) + 2, 0);
	const kept = hints.filter(hint => {
		if (essential(hint)) return true;
		budget -= displayWidth(hint.text) + 2;
		return budget >= 0;
	});
	return [...kept.filter(hint => !essential(hint)), ...kept.filter(essential)].map(hint => hint.text).join('  ');
}

/** Key hints for the current view, generated from the key bindings. */
export function FooterBar({view, text, width, note, flash}: {view: View; text: Catalog; width: number; note?: string; flash?: string}) {
	// The result of the user's last action is shown in the footer's place, where the eye is.
	if (flash) {
		return (
			<Box height={1}>
				<Text color="green" wrap="truncate">
					{truncateToWidth(`>> ${flash}`, width)}
				</Text>
			</Box>
		);
	}
	const hints = fitHints(
		footerBindings(view).map(binding => ({action: binding.action, text: `${bindingLabel(binding, binding.action === 'quit' ? 1 : 2)} ${text.keys[binding.action]}`})),
		width,
	);
	// The key hints come first; a note (the demo's folder) only where it fits — the help shows it too.
	const line = note && displayWidth(`${hints}  ${note}`) <= width ? `${hints}  ${note}` : hints;
	return (
		<Box height={1}>
			<Text dimColor wrap="truncate">
				{truncateToWidth(line, width)}
			</Text>
		</Box>
	);
}

/** `/起球_  3 个会话符合 (Enter 保留, Esc 恢复)`: the live search, typed where the key hints were. */
export function SearchPrompt({query, matches, searching, text, width}: {query: string; matches: number; searching: boolean; text: Catalog; width: number}) {
	return (
		<Box height={1}>
			<Text wrap="truncate">{truncateToWidth(`/${query}_  ${text.modal.searchMatches(matches, searching)}`, width)}</Text>
		</Box>
	);
}

/** `agent ahao` → `ahao(等待 2)`; other completions as they are. */
function withWaiting(choice: string, loads: ReadonlyMap<string, AgentLoad> | undefined, catalog: Catalog): string {
	if (!loads || !choice.startsWith('agent ')) return choice;
	const agent = choice.slice('agent '.length);
	return `${agent}${catalog.modal.agentWaiting((loads.get(agent) ?? NO_LOAD).waiting)}`;
}

/** `:agent ah_  → ahao  lingling`: the command line, its completions, or why it cannot run. */
export function CommandPrompt({
	text,
	error,
	choices,
	catalog,
	width,
	loads,
}: {
	text: string;
	error?: 'verb' | 'argument';
	choices: readonly string[];
	catalog: Catalog;
	width: number;
	/** Agents' load: `:agent` completions say how many buyers wait on each. */
	loads?: ReadonlyMap<string, AgentLoad>;
}) {
	const hint = error
		? catalog.modal.commandError[error]
		: choices.length > 0
			? `→ ${choices
					.slice(0, 8)
					.map(choice => withWaiting(choice.trim(), loads, catalog))
					.join('  ')}`
			: catalog.modal.commandHelp;
	return (
		<Box height={1}>
			<Text wrap="truncate" color={error ? 'yellow' : undefined}>
				{truncateToWidth(`:${text}_  ${hint}`, width)}
			</Text>
		</Box>
	);
}
