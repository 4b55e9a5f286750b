import {Box, Text} from 'ink';
import React from 'react';
import {isActionable, type BoardRow} from '../board/triage.js';
import type {Catalog} from '../i18n/catalog.js';
import type {TodayFigures} from '../report/day-count.js';
import {clockIdsOf, figureTable, type FigureRow} from '../report/figure-tables.js';
import {displayWidth, fitToWidth, truncateToWidth} from '../text/display-width.js';
import {sparkline} from '../report/hour-chart.js';
import {keepVisible} from './navigation.js';

/**
 * How the agent panel is sorted: by a column, each worst first unless reversed (most waiting,
 * lowest rate, slowest first reply…); `worst` by default: the lowest rate on the first clock, then the most waiting.
 */
export interface AgentSort {
	/** `worst`, `name`, `waiting`, `consultations`, `firstResponse`, `violations`, `breached:<clock>` or `rate:<clock>`. */
	by: string;
	reversed: boolean;
}

export const DEFAULT_AGENT_SORT: AgentSort = {by: 'worst', reversed: false};

/** The columns `s` goes through, in the panel's order from left to right, worst first at the start. */
export function agentSortKeys(clockIds: readonly string[]): string[] {
	return ['worst', 'name', 'waiting', 'consultations', ...clockIds.flatMap(id => [`breached:${id}`, `rate:${id}`]), 'firstResponse', 'violations'];
}

/** The name of a sort column, as the table's header has it. */
export function agentSortLabel(by: string, text: Catalog, clockLabel: (id: string) => string): string {
	const [kind = '', clock = ''] = by.split(':');
	if (kind === 'breached') return `${clockLabel(clock)} ${text.report.breached}`;
	if (kind === 'rate') return `${clockLabel(clock)} ${text.report.rate}`;
	const labels: Record<string, string> = {
		worst: text.agentPanel.worst,
		name: text.report.agents,
		waiting: text.agentPanel.waitingNow,
		consultations: text.report.consultations,
		firstResponse: text.report.firstResponse,
		violations: text.report.violations,
	};
	return labels[kind] ?? kind;
}

/** The panel's table: its header line, then each agent's line or lines (one per clock when narrow). */
export interface AgentTable {
	header: string;
	agents: {name: string; lines: string[]}[];
	/** The columns it can be sorted by, for `s`. */
	sortKeys: readonly string[];
	/** The sort in force, said in words: `5分钟 回复率`. */
	sortLabel: string;
}

export const EMPTY_AGENT_TABLE: AgentTable = {header: '', agents: [], sortKeys: [], sortLabel: ''};

export interface AgentPanelProps {
	table: AgentTable;
	selected: number;
	sort: AgentSort;
	height: number;
	width: number;
	text: Catalog;
}

/** Terminal lines above the panel's first agent line: the App's two header lines, the sort line, the column titles. */
export const AGENT_PANEL_FIRST_ROW = 5;

/** The panel's agent lines on screen, each with its agent's index: what it draws, and where a click lands. */
export function visibleAgentLines(table: AgentTable, selected: number, height: number): {line: string; index: number}[] {
	const lines = table.agents.flatMap((agent, index) => agent.lines.map(line => ({line, index})));
	const first = lines.findIndex(line => line.index === selected);
	const room = Math.max(1, height - 2);
	const top = keepVisible(0, Math.max(0, first), room, lines.length);
	return lines.slice(top, top + room);
}

/** Per agent: buyers waiting now, and today's breaches, rates and first-reply time; a cursor on one agent. */
export function AgentPanel({table, selected, sort, height, width, text}: AgentPanelProps) {
	const visible = visibleAgentLines(table, selected, height);
	return (
		<Box flexDirection="column" height={height}>
			<Text dimColor wrap="truncate">
				{truncateToWidth(text.agentPanel.sortedBy(table.sortLabel, sort.reversed), width)}
			</Text>
			<Text bold wrap="truncate">
				{truncateToWidth(`  ${table.header}`, width)}
			</Text>
			{visible.map(({line, index}, offset) => (
				<Text key={offset} wrap="truncate" inverse={index === selected}>
					{truncateToWidth(`${index === selected ? '> ' : '  '}${line}`, width)}
				</Text>
			))}
		</Box>
	);
}

/** The panel's table: every agent who has figures today or a buyer waiting now, in `sort` order, with today's violations. */
export function agentPanelTable(today: TodayFigures, rows: readonly BoardRow[], clockLabel: (id: string) => string, text: Catalog, width = Infinity, sort: AgentSort = DEFAULT_AGENT_SORT): AgentTable {
	const waiting = new Map<string, number>();
	for (const row of rows) if (isActionable(row.status)) waiting.set(row.owner, (waiting.get(row.owner) ?? 0) + 1);
	const figures = new Map(today.agents.map(agent => [agent.agent, agent]));
	const violations = today.violations.byAgent;
	const clockIds = clockIdsOf(today.agents);
	const names = [...new Set([...figures.keys(), ...waiting.keys(), ...Object.keys(violations)])];
	const sortKeys = agentSortKeys(clockIds);
	const by = sortKeys.includes(sort.by) ? sort.by : DEFAULT_AGENT_SORT.by;
	const badness = badnessOf(by, {waiting, figures, violations, firstClock: clockIds[0] ?? ''});
	const nameOrder = by === 'name' && sort.reversed ? -1 : 1;
	names.sort((a, b) => compareBadness(badness(a), badness(b), sort.reversed) || nameOrder * (a < b ? -1 : a > b ? 1 : 0));
	const tableRows: FigureRow[] = names.map(name => {
		const day = figures.get(name);
		return {
			name,
			lead: [String(waiting.get(name) ?? 0), String(day?.consultations ?? 0)],
			clocks: day?.clocks ?? {},
			averageSeconds: day?.firstResponse.averageSeconds ?? null,
			trail: [String(violations[name] ?? 0)],
		};
	});
	const table = {title: text.report.agents, lead: [text.agentPanel.waitingNow, text.report.consultations], trail: [text.report.violations]};
	const [header = '', ...body] = figureTable(table, tableRows, clockIds, clockLabel, text, width - 2);
	// A narrow table gives an agent one line per clock: the lines after the first start blank.
	const agents: AgentTable['agents'] = [];
	for (const line of body) {
		if (line.startsWith(' ') && agents.length > 0) agents.at(-1)!.lines.push(line);
		else agents.push({name: names[agents.length]!, lines: [line]});
	}
	return withSparklines({header, agents, sortKeys, sortLabel: agentSortLabel(by, text, clockLabel)}, figures, text, width - 2);
}

/** Each agent's first line gets a sparkline of their day's consultations by hour, when the panel has room for it. */
function withSparklines(table: AgentTable, figures: ReadonlyMap<string, {byHour: readonly {consultations: number}[]}>, text: Catalog, width: number): AgentTable {
	const tableWidth = Math.max(displayWidth(table.header), ...table.agents.flatMap(agent => agent.lines.map(line => displayWidth(line))));
	if (tableWidth + 2 + 24 > width) return table;
	const pad = (line: string) => `${fitToWidth(line, tableWidth)}  `;
	return {
		...table,
		header: `${pad(table.header)}${text.agentPanel.hours}`,
		agents: table.agents.map(agent => {
			const hours = figures.get(agent.name)?.byHour.map(hour => hour.consultations) ?? [];
			const [first = '', ...rest] = agent.lines;
			return {name: agent.name, lines: [`${pad(first)}${sparkline(hours)}`.trimEnd(), ...rest]};
		}),
	};
}

interface AgentFacts {
	waiting: ReadonlyMap<string, number>;
	figures: ReadonlyMap<string, TodayFigures['agents'][number]>;
	violations: Readonly<Record<string, number>>;
	firstClock: string;
}

/** How bad an agent is by one column, the worst the highest: a list compared in turn; undefined when it has no figure (listed last). */
function badnessOf(by: string, facts: AgentFacts): (name: string) => number[] | undefined {
	const {waiting, figures, violations} = facts;
	const [kind = '', clock = ''] = by.split(':');
	const rate = (name: string, id: string) => figures.get(name)?.clocks[id]?.rate ?? undefined;
	switch (kind) {
		case 'worst':
			return name => [-(rate(name, facts.firstClock) ?? Infinity), waiting.get(name) ?? 0];
		case 'name':
			return () => [0];
		case 'waiting':
			return name => [waiting.get(name) ?? 0];
		case 'consultations':
			return name => [figures.get(name)?.consultations ?? 0];
		case 'breached':
			return name => (figures.get(name)?.clocks[clock] ? [figures.get(name)!.clocks[clock]!.breached] : undefined);
		case 'rate':
			return name => (rate(name, clock) === undefined || rate(name, clock) === null ? undefined : [-rate(name, clock)!]);
		case 'firstResponse':
			return name => {
				const seconds = figures.get(name)?.firstResponse.averageSeconds;
				return seconds === null || seconds === undefined ? undefined : [seconds];
			};
		default:
			return name => [violations[name] ?? 0];
	}
}

/** Worst first (reversed: best first); an agent without the figure last either way. */
function compareBadness(a: number[] | undefined, b: number[] | undefined, reversed: boolean): number {
	if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
	for (let index = 0; index < a.length; index += 1) {
		const difference = (b[index] ?? 0) - (a[index] ?? 0);
		if (difference !== 0 && !Number.isNaN(difference)) return reversed ? -difference : difference;
	}
	return 0;
}
