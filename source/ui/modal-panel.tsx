import {Box, Text} from 'ink';
import React from 'react';
import type {Catalog} from '../i18n/catalog.js';
import {MARKS, type Mark, type MarkRecord} from '../store/records.js';
import {truncateToWidth} from '../text/display-width.js';
import {markShownOn, matchingAgents, SNOOZE_CHOICES, transferChoices, type FlaggedItem, type Modal} from './modal-state.js';
import {localClock, type Zone} from '../time/zone.js';
import type {NameMatch} from './pinyin-matcher.js';
import type {SnoozeLength} from '../store/records.js';
import {NO_LOAD, type AgentLoad} from '../board/agent-load.js';
import {displayWidth} from '../text/display-width.js';

export interface ModalPanelProps {
	modal: Modal;
	conv: string;
	agents: readonly string[];
	/** Who has the conversation now (not offered as a transfer). */
	owner: string;
	nameMatches?: NameMatch;
	/** Each agent's open and waiting conversations, shown beside the name in the pickers. */
	loads?: ReadonlyMap<string, AgentLoad>;
	marks: ReadonlySet<Mark>;
	/** Who set each mark and when. */
	markRecords?: ReadonlyMap<Mark, MarkRecord>;
	tz: Zone;
	flagged: readonly FlaggedItem[];
	text: Catalog;
	height: number;
	width: number;
}

/** The open dialog: the agent picker, the confirmation, the mark menu or the note input. */
export function ModalPanel({modal, conv, agents, owner, nameMatches, loads, marks, markRecords, tz, flagged, text, height, width}: ModalPanelProps) {
	const line = (value: string) => truncateToWidth(value, width);
	const choice = (label: string, chosen: boolean, key: string) => (
		<Text key={key} inverse={chosen} wrap="truncate">
			{line(`${chosen ? '> ' : '  '}${label}`)}
		</Text>
	);
	let body: React.ReactNode;
	if (modal.kind === 'assign') {
		const choices = transferChoices(agents, modal.query, owner, nameMatches).slice(0, Math.max(1, height - 4));
		const hint = modal.notice === 'owner' ? text.modal.alreadyOwner(owner) : agents.length === 0 ? text.modal.noAgents : choices.length === 0 ? text.modal.noMatchingAgent(modal.query) : undefined;
		body = (
			<>
				<Text bold>{line(text.modal.assignTitle(conv))}</Text>
				<Text>{line(`> ${modal.query}_`)}</Text>
				{hint ? (
					<Text color={modal.notice ? 'yellow' : undefined} dimColor={!modal.notice}>
						{line(hint)}
					</Text>
				) : null}
				{choices.map((agent, index) => choice(withLoad(agent, choices, loads, text), index === modal.index, agent))}
			</>
		);
	} else if (modal.kind === 'confirmAssign') {
		body = <Text bold>{line(modal.newAgent ? text.modal.confirmNewAgent(conv, modal.to) : text.modal.confirmAssign(conv, modal.to))}</Text>;
	} else if (modal.kind === 'mark') {
		body = (
			<>
				<Text bold>{line(text.modal.markTitle(conv))}</Text>
				{MARKS.map((mark, index) => {
					const by = markRecords?.get(mark);
					const on = markShownOn(modal, mark, marks);
					return choice(`[${on ? 'x' : ' '}] ${index + 1} ${text.markMeaning[mark]}${on && by ? ` (${by.by} ${localClock(Date.parse(by.at), tz)})` : ''}`, index === modal.index, mark);
				})}
			</>
		);
	} else if (modal.kind === 'snooze') {
		body = (
			<>
				<Text bold>{line(text.modal.snoozeTitle(conv))}</Text>
				{SNOOZE_CHOICES.map((choice_, index) => choice(`${index + 1} ${snoozeLabel(choice_, text)}`, index === modal.index, String(index)))}
			</>
		);
	} else if (modal.kind === 'review') {
		body = (
			<>
				<Text bold>{line(text.modal.reviewTitle(conv))}</Text>
				{flagged.map((item, index) => choice(`[${text.verdict[item.verdict]}] ${item.label}`, index === modal.index, `${item.line}:${item.rule}`))}
			</>
		);
	} else if (modal.kind === 'agentFilter') {
		const choices = matchingAgents(agents, modal.query, nameMatches).slice(0, Math.max(1, height - 3));
		body = (
			<>
				<Text bold>{line(text.modal.agentFilterTitle)}</Text>
				<Text>{line(`> ${modal.query}_`)}</Text>
				{choices.map((agent, index) => choice(withLoad(agent, choices, loads, text), index === modal.index, agent))}
			</>
		);
	} else if (modal.kind === 'note') {
		body = (
			<>
				<Text bold>{line(text.modal.noteTitle(conv))}</Text>
				<Text>{line(`> ${modal.text}_`)}</Text>
				{modal.confirmQuit ? <Text color="yellow">{line(text.modal.noteUnsaved)}</Text> : null}
			</>
		);
	}
	return (
		<Box flexDirection="column" height={height}>
			{body}
		</Box>
	);
}

/** `小美    负责 12 · 等待 3`: the name, padded to the longest one listed, then its load. */
function withLoad(agent: string, listed: readonly string[], loads: ReadonlyMap<string, AgentLoad> | undefined, text: Catalog): string {
	if (!loads) return agent;
	const width = Math.max(...listed.map(displayWidth));
	const load = loads.get(agent) ?? NO_LOAD;
	return `${agent}${' '.repeat(width - displayWidth(agent))}  ${text.modal.agentLoad(load.open, load.waiting)}`;
}

function snoozeLabel(length: SnoozeLength, text: Catalog): string {
	return typeof length === 'object' ? text.modal.snoozeMinutes(length.minutes) : text.modal.snoozeChoice[length];
}
