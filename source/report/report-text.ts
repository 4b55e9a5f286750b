import type {Catalog} from '../i18n/catalog.js';
import type {ClockFigures} from '../model/daily-figures.js';
import {formatDuration} from '../text/duration.js';
import {formatRate, renderTable, type Align} from '../text/table.js';
import type {ReportDocument} from './report-document.js';

/** The report as a readable table: shops, then agents, then what needs attention. */
export function renderReportText(report: ReportDocument, text: Catalog, clockLabel: (id: string) => string): string {
	const t = text.report;
	const clockIds = [...new Set([...report.shops, ...report.agents].flatMap(row => Object.keys(row.clocks)))];
	const clockHeader = clockIds.flatMap(id => [`${clockLabel(id)} ${t.breached}`, `${clockLabel(id)} ${t.rate}`]);
	const clockCells = (clocks: Record<string, ClockFigures>) => clockIds.flatMap(id => [String(clocks[id]?.breached ?? '-'), formatRate(clocks[id]?.rate ?? null)]);
	const seconds = (value: number | null) => (value === null ? '-' : formatDuration(value * 1000));
	const numbers: Align[] = ['left', 'right', ...clockHeader.map((): Align => 'right'), 'right', 'right'];
	const where = (shop: ReportDocument['shops'][number]) => (shop.shop ? `${text.platform[shop.platform]}·${shop.shop}` : text.platform[shop.platform]);

	const lines = [t.title(report.date, report.tz, report.now), ''];
	if (report.shops.length === 0) lines.push(t.none);
	else {
		lines.push(`${t.shops}`);
		lines.push(...renderTable([t.shops, t.consultations, ...clockHeader, t.firstResponse], report.shops.map(shop => [where(shop), String(shop.consultations), ...clockCells(shop.clocks), seconds(shop.avgFirstResponseSeconds)]), numbers));
		lines.push('', `${t.agents}`);
		lines.push(
			...renderTable(
				[t.agents, t.consultations, ...clockHeader, t.firstResponse, t.violations],
				report.agents.map(agent => [agent.agent, String(agent.consultations), ...clockCells(agent.clocks), seconds(agent.avgFirstResponseSeconds), String(agent.violations)]),
				numbers,
			),
		);
	}
	const alerts = report.shops.flatMap(shop =>
		shop.alerts.map(alert =>
			alert.kind === 'fine-risk'
				? t.fineRisk(where(shop), clockLabel(alert.clock), formatRate(alert.rate), formatRate(alert.threshold), alert.yuan ?? 0)
				: t.belowTarget(where(shop), clockLabel(alert.clock), formatRate(alert.rate), formatRate(alert.threshold)),
		),
	);
	if (alerts.length > 0) lines.push('', ...alerts);
	if (report.spamExcluded > 0) lines.push('', t.spamExcluded(report.spamExcluded));
	if (report.badLines > 0) lines.push('', t.badLines(report.badLines));
	return `${lines.join('\n')}\n`;
}
