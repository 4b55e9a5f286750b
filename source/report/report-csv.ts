import {stringify} from 'csv-stringify/sync';
import type {Catalog} from '../i18n/catalog.js';
import {shopName} from '../i18n/shop-name.js';
import type {ClockFigures} from '../model/daily-figures.js';
import type {ReportDocument} from './report-document.js';

/** How an agent is grouped in the CSV: the team of `report --by team`, when a configuration names one. */
export type TeamOf = (agent: string) => string | undefined;

const COLUMNS = ['date', 'kind', 'platform', 'shop', 'name', 'team', 'clock', 'consultations', 'breached', 'rate'] as const;

/**
 * `report --csv` (contract §8): one row per day, shop or agent, and clock, a header row in the
 * user's language, UTF-8 with a byte-order mark so that Excel reads the Chinese names as written.
 */
export function reportCsv(days: readonly ReportDocument[], text: Catalog, teamOf: TeamOf = () => undefined): string {
	const t = text.periods;
	const rows: (string | number)[][] = [COLUMNS.map(column => t.csvHeader[column])];
	const clockRows = (clocks: Record<string, ClockFigures>, lead: (string | number)[]) =>
		Object.entries(clocks).map(([id, clock]) => [...lead, id, clock.consultations, clock.breached, clock.rate ?? '']);
	for (const day of days) {
		for (const shop of day.shops) rows.push(...clockRows(shop.clocks, [day.date, t.csvKind.shop, shop.platform, shop.shop, shopName(shop, text), '']));
		for (const agent of day.agents) rows.push(...clockRows(agent.clocks, [day.date, t.csvKind.agent, '', '', agent.name ?? agent.agent, teamOf(agent.agent) ?? '']));
		for (const team of day.teams ?? []) rows.push(...clockRows(team.clocks, [day.date, t.csvKind.team, '', '', team.team || t.noTeam, team.team]));
	}
	return stringify(rows, {bom: true, record_delimiter: 'windows'});
}
