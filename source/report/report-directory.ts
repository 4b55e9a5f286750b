import type {KefuConfig} from '../config/config-file.js';
import type {ClockFigures} from '../model/daily-figures.js';
import {addClocks} from './figure-sums.js';
import type {ClockDefinition} from '../model/reply-clock.js';
import type {ReportDocument, TeamFigures} from './report-document.js';

export type {TeamFigures} from './report-document.js';

/**
 * Who is who, from the configuration: display names, teams, and each shop's own targets (an
 * agent's other file names are theirs as the lines are read: LineReading.agentAliases).
 * Without a configuration everyone is as the logs name them.
 */
export class ReportDirectory {
	constructor(private readonly config: KefuConfig | undefined) {}

	teamOf(agent: string): string | undefined {
		return this.config?.agents[agent]?.team;
	}

	/** The platform's clocks with this shop's own targets over the pack's. */
	shopClocks(clocks: readonly ClockDefinition[], shop: string): readonly ClockDefinition[] {
		return withShopTargets(clocks, this.config?.shops[shop]?.targets);
	}

	/** The day's document with display names and teams added; with `team`, that team's agents only. */
	apply(report: ReportDocument, byTeam: boolean, team?: string): ReportDocument {
		const applied = this.named(report, byTeam);
		if (team === undefined) return applied;
		return {...applied, agents: applied.agents.filter(agent => agent.team === team), ...(applied.teams ? {teams: applied.teams.filter(figures => figures.team === team)} : {})};
	}

	private named(report: ReportDocument, byTeam: boolean): ReportDocument {
		if (!this.config) return byTeam ? {...report, teams: teamsOf(report.agents, () => undefined)} : report;
		const shops = report.shops.map(shop => {
			const name = this.config!.shops[shop.shop]?.name;
			return name === undefined ? shop : {...shop, name};
		});
		const agents = report.agents.map(agent => {
			const entry = this.config!.agents[agent.agent];
			return {...agent, ...(entry?.name === undefined ? {} : {name: entry.name}), ...(entry?.team === undefined ? {} : {team: entry.team})};
		});
		return {...report, shops, agents, ...(byTeam ? {teams: teamsOf(agents, agent => this.teamOf(agent))} : {})};
	}
}

/** Agents summed by team; those with none under the empty team name, last. */
export function teamsOf(
	agents: readonly {agent: string; consultations: number; clocks: Record<string, ClockFigures>; violations: number}[],
	teamOf: (agent: string) => string | undefined,
): TeamFigures[] {
	const teams = new Map<string, TeamFigures>();
	for (const agent of agents) {
		const team = teamOf(agent.agent) ?? '';
		let sum = teams.get(team);
		if (!sum) teams.set(team, (sum = {team, agents: [], consultations: 0, clocks: {}, violations: 0}));
		sum.agents.push(agent.agent);
		sum.consultations += agent.consultations;
		sum.violations += agent.violations;
		addClocks(sum.clocks, agent.clocks);
	}
	return [...teams.values()].sort((a, b) => Number(a.team === '') - Number(b.team === '') || a.team.localeCompare(b.team));
}

/** A platform's clocks with a shop's own targets over theirs, where it has some. */
export function withShopTargets(clocks: readonly ClockDefinition[], targets: Readonly<Record<string, number>> | undefined): readonly ClockDefinition[] {
	if (!targets || Object.keys(targets).length === 0) return clocks;
	return clocks.map(clock => (targets[clock.id] === undefined ? clock : {...clock, target: targets[clock.id]}));
}
