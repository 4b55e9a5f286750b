import type {Catalog} from '../i18n/catalog.js';
import type {Category} from '../rules/violation-rule.js';
import {formatRate} from '../text/table.js';
import {shopName} from '../i18n/shop-name.js';
import {clockIdsOf, figureTable} from './figure-tables.js';
import type {ReportDocument} from './report-document.js';
import {exposureText} from './violation-tally.js';
import {busyHourLines} from './busy-hours.js';
import type {TeamFigures} from './report-directory.js';

/** `--by team`: each team's sums, as the agents' table. */
export function teamTable(teams: readonly TeamFigures[], clockIds: readonly string[], clockLabel: (id: string) => string, text: Catalog, width: number): string[] {
	const rows = teams.map(team => ({name: team.team || text.periods.noTeam, lead: [String(team.consultations)], clocks: team.clocks, averageSeconds: null, trail: [String(team.violations)]}));
	return figureTable({title: text.periods.team, lead: [text.report.consultations], trail: [text.report.violations]}, rows, clockIds, clockLabel, text, width);
}

/** The report as a readable table: shops, then agents, then what needs attention. */
export function renderReportText(report: ReportDocument, text: Catalog, clockLabel: (id: string) => string, width = Infinity): string {
	const t = text.report;
	const clockIds = clockIdsOf([...report.shops, ...report.agents]);
	const lines = [t.title(report.date, report.tz, report.now), ''];
	if (report.shops.length === 0) lines.push(t.none);
	else {
		const shops = report.shops.map(shop => ({name: shopName(shop, text), lead: [String(shop.consultations)], clocks: shop.clocks, averageSeconds: shop.avgFirstResponseSeconds}));
		const agents = report.agents.map(agent => ({
			name: agent.name ?? agent.agent,
			lead: [String(agent.consultations)],
			clocks: agent.clocks,
			averageSeconds: agent.avgFirstResponseSeconds,
			trail: [String(agent.violations)],
		}));
		lines.push(...figureTable({title: t.shops, lead: [t.consultations]}, shops, clockIds, clockLabel, text, width));
		lines.push(
			'',
			...busyHourLines(
				report.shops.map(shop => ({name: shopName(shop, text), byHour: shop.byHour})),
				clockIds,
				clockLabel,
				text,
			),
		);
		lines.push('', ...figureTable({title: t.agents, lead: [t.consultations], trail: [t.violations]}, agents, clockIds, clockLabel, text, width));
		if (report.teams) lines.push('', ...teamTable(report.teams, clockIds, clockLabel, text, width));
	}
	const alerts = report.shops.flatMap(shop =>
		shop.alerts.map(alert =>
			alert.kind === 'fine-risk'
				? t.fineRisk(shopName(shop, text), clockLabel(alert.clock), formatRate(alert.rate), formatRate(alert.threshold), alert.yuan ?? 0)
				: t.belowTarget(shopName(shop, text), clockLabel(alert.clock), formatRate(alert.rate), formatRate(alert.threshold)),
		),
	);
	if (alerts.length > 0) lines.push('', ...alerts);
	if (report.violations.total > 0) {
		const byCategory = Object.entries(report.violations.byCategory).map(([category, count]) => `${text.category[category as Category]} ${count}`);
		const costs = report.violations.exposure.map(platform => `${text.platform[platform.platform]} ${exposureText(platform, text)}`);
		lines.push('', t.violationSummary(report.violations.total, byCategory.join(', '), costs.join(', ')));
	}
	if (report.spamExcluded > 0) lines.push('', t.spamExcluded(report.spamExcluded));
	if (report.badLines > 0) lines.push('', t.badLines(report.badLines));
	return `${lines.join('\n')}\n`;
}
