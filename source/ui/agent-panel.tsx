import {Box, Text} from 'ink';
import React from 'react';
import {isActionable, type BoardRow} from '../board/triage.js';
import type {Catalog} from '../i18n/catalog.js';
import type {TodayFigures} from '../report/day-count.js';
import {clockIdsOf, figureTable, type FigureRow} from '../report/figure-tables.js';
import {truncateToWidth} from '../text/display-width.js';

export interface AgentPanelProps {
	lines: readonly string[];
	top: number;
	height: number;
	width: number;
}

/** Per agent: buyers waiting now, and today's breaches, rates and first-reply time. */
export function AgentPanel({lines, top, height, width}: AgentPanelProps) {
	const [header, ...body] = lines;
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{truncateToWidth(header ?? '', width)}
			</Text>
			{body.slice(top, top + height - 1).map((line, index) => (
				<Text key={top + index} wrap="truncate">
					{truncateToWidth(line, width)}
				</Text>
			))}
		</Box>
	);
}

/** The panel's table: every agent who has figures today or a buyer waiting now. */
export function agentPanelLines(today: TodayFigures, rows: readonly BoardRow[], clockLabel: (id: string) => string, text: Catalog, width = Infinity): string[] {
	const waiting = new Map<string, number>();
	for (const row of rows) if (isActionable(row.status)) waiting.set(row.owner, (waiting.get(row.owner) ?? 0) + 1);
	const figures = new Map(today.agents.map(agent => [agent.agent, agent]));
	const names = [...new Set([...figures.keys(), ...waiting.keys()])].sort();
	const tableRows: FigureRow[] = names.map(name => {
		const day = figures.get(name);
		return {
			name,
			lead: [String(waiting.get(name) ?? 0), String(day?.consultations ?? 0)],
			clocks: day?.clocks ?? {},
			averageSeconds: day?.firstResponse.averageSeconds ?? null,
		};
	});
	return figureTable({title: text.report.agents, lead: [text.agentPanel.waitingNow, text.report.consultations]}, tableRows, clockIdsOf(today.agents), clockLabel, text, width);
}
