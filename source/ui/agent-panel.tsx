import {Box, Text} from 'ink';
import React from 'react';
import {isActionable, type BoardRow} from '../board/triage.js';
import type {Catalog} from '../i18n/catalog.js';
import type {TodayFigures} from '../report/day-count.js';
import {clockIdsOf, figureTable, type FigureRow} from '../report/figure-tables.js';
import {displayWidth, fitToWidth, truncateToWidth} from '../text/display-width.js';
import {sparkline} from '../report/hour-chart.js';
import {keepVisible} from './navigation.js';

/** How the agent panel is sorted; `worst` first by default: the lowest rate on the first clock, then the most waiting. */
export const AGENT_SORTS = ['worst', 'waiting', 'consultations', 'name'] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];

/** The panel's table: its header line, then each agent's line or lines (one per clock when narrow). */
export interface AgentTable {
	header: string;
	agents: {name: string; lines: string[]}[];
}

export interface AgentPanelProps {
	table: AgentTable;
	selected: number;
	sort: AgentSort;
	height: number;
	width: number;
	text: Catalog;
}

/** Per agent: buyers waiting now, and today's breaches, rates and first-reply time; a cursor on one agent. */
export function AgentPanel({table, selected, sort, height, width, text}: AgentPanelProps) {
	const lines = table.agents.flatMap((agent, index) => agent.lines.map(line => ({line, index})));
	const first = lines.findIndex(line => line.index === selected);
	const room = Math.max(1, height - 2);
	const top = keepVisible(0, Math.max(0, first), room, lines.length);
	return (
		<Box flexDirection="column" height={height}>
			<Text dimColor wrap="truncate">
				{truncateToWidth(text.agentPanel.sortedBy(text.agentPanel.sorts[sort]), width)}
			</Text>
			<Text bold wrap="truncate">
				{truncateToWidth(`  ${table.header}`, width)}
			</Text>
			{lines.slice(top, top + room).map(({line, index}, offset) => (
				<Text key={top + offset} wrap="truncate" inverse={index === selected}>
					{truncateToWidth(`${index === selected ? '> ' : '  '}${line}`, width)}
				</Text>
			))}
		</Box>
	);
}

/** The panel's table: every agent who has figures today or a buyer waiting now, in `sort` order. */
export function agentPanelTable(today: TodayFigures, rows: readonly BoardRow[], clockLabel: (id: string) => string, text: Catalog, width = Infinity, sort: AgentSort = 'worst'): AgentTable {
	const waiting = new Map<string, number>();
	for (const row of rows) if (isActionable(row.status)) waiting.set(row.owner, (waiting.get(row.owner) ?? 0) + 1);
	const figures = new Map(today.agents.map(agent => [agent.agent, agent]));
	const clockIds = clockIdsOf(today.agents);
	const names = [...new Set([...figures.keys(), ...waiting.keys()])].sort();
	const firstRate = (name: string) => figures.get(name)?.clocks[clockIds[0] ?? '']?.rate ?? Infinity;
	const by: Record<AgentSort, (a: string, b: string) => number> = {
		worst: (a, b) => firstRate(a) - firstRate(b) || (waiting.get(b) ?? 0) - (waiting.get(a) ?? 0),
		waiting: (a, b) => (waiting.get(b) ?? 0) - (waiting.get(a) ?? 0),
		consultations: (a, b) => (figures.get(b)?.consultations ?? 0) - (figures.get(a)?.consultations ?? 0),
		name: () => 0,
	};
	names.sort((a, b) => by[sort](a, b) || (a < b ? -1 : a > b ? 1 : 0));
	const tableRows: FigureRow[] = names.map(name => {
		const day = figures.get(name);
		return {
			name,
			lead: [String(waiting.get(name) ?? 0), String(day?.consultations ?? 0)],
			clocks: day?.clocks ?? {},
			averageSeconds: day?.firstResponse.averageSeconds ?? null,
		};
	});
	const [header = '', ...body] = figureTable({title: text.report.agents, lead: [text.agentPanel.waitingNow, text.report.consultations]}, tableRows, clockIds, clockLabel, text, width - 2);
	// A narrow table gives an agent one line per clock: the lines after the first start blank.
	const agents: AgentTable['agents'] = [];
	for (const line of body) {
		if (line.startsWith(' ') && agents.length > 0) agents.at(-1)!.lines.push(line);
		else agents.push({name: names[agents.length]!, lines: [line]});
	}
	return withSparklines({header, agents}, figures, text, width - 2);
}

/** Each agent's first line gets a sparkline of their day's consultations by hour, when the panel has room for it. */
function withSparklines(table: AgentTable, figures: ReadonlyMap<string, {byHour: readonly {consultations: number}[]}>, text: Catalog, width: number): AgentTable {
	const tableWidth = Math.max(displayWidth(table.header), ...table.agents.flatMap(agent => agent.lines.map(line => displayWidth(line))));
	if (tableWidth + 2 + 24 > width) return table;
	const pad = (line: string) => `${fitToWidth(line, tableWidth)}  `;
	return {
		header: `${pad(table.header)}${text.agentPanel.hours}`,
		agents: table.agents.map(agent => {
			const hours = figures.get(agent.name)?.byHour.map(hour => hour.consultations) ?? [];
			const [first = '', ...rest] = agent.lines;
			return {name: agent.name, lines: [`${pad(first)}${sparkline(hours)}`.trimEnd(), ...rest]};
		}),
	};
}
