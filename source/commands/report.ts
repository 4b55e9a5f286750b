import {catalog, type Catalog} from '../i18n/catalog.js';
import type {Platform} from '../model/message.js';
import {shopName} from '../i18n/shop-name.js';
import {countDay} from '../report/day-count.js';
import {clockIdsOf} from '../report/figure-tables.js';
import {reportDocument, type ReportDocument} from '../report/report-document.js';
import {reportPeriod} from '../report/report-period.js';
import {rangeDocument, type RangeDocument} from '../report/report-range.js';
import {tallyBuyerSignals} from '../report/buyer-signal-tally.js';
import {readRecordStates} from '../store/record-states.js';
import {formatIsoInZone, localDate} from '../time/zone.js';
import type {CommonOptions} from './common-options.js';
import {KEEP_TEXTS_MS, openSession, startSession} from './load-board.js';
import {reportBadLines, sayUnreadable} from './report-bad-lines.js';
import {UsageError} from './usage-error.js';
import {inertLines} from '../text/inert-text.js';
import {withUsageErrors} from './store-errors.js';
import type {KefuConfig} from '../config/config-file.js';
import {ReportDirectory} from '../report/report-directory.js';
import type {TeamOf} from '../report/report-csv.js';

export interface ReportFlags {
	json: boolean;
	csv?: boolean;
	chart?: boolean;
	date?: string;
	from?: string;
	to?: string;
	days?: number;
	db: string;
	/** The table's width: narrower than the wide table, it turns to one line per clock. Default the terminal's. */
	width?: number;
	/** `--by team`: agents summed by their team too. */
	groupBy?: string;
	/** `--team`: only that team's agents (and its row of `--by team`). */
	team?: string;
	config?: KefuConfig;
}

/**
 * `report`: reply-clock figures per shop and per agent for one day, or for a range of days with
 * the period before it (contract §8), as a table, JSON, CSV or hourly bars. The logs are read
 * once; each day is counted from what they hold, whatever their files are called.
 */
export async function reportCommand(paths: readonly string[], flags: ReportFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const now = options.clock();
	const period = reportPeriod(flags, localDate(now, options.tz), text, message => new UsageError(message));
	if (flags.width !== undefined && (!Number.isInteger(flags.width) || flags.width < 35)) throw new UsageError(text.cli.badWidth(flags.width));
	if (flags.csv && flags.json) throw new UsageError(text.periods.csvAndJson);
	if (flags.groupBy !== undefined && flags.groupBy !== 'team') throw new UsageError(text.periods.badGroup(flags.groupBy));
	const directory = new ReportDirectory(flags.config);
	const byTeam = flags.groupBy === 'team';
	const teams = flags.config?.teams ?? [];
	if (flags.team !== undefined && !teams.includes(flags.team)) throw new UsageError(text.periods.badTeam(flags.team, teams.join(', ')));
	const states = await withUsageErrors(text, () => readRecordStates(flags.db));
	const session = await openSession(paths.length > 0 ? paths : ['.'], {...options, keepTextsMs: KEEP_TEXTS_MS});
	await startSession(session, false);
	const {packs} = session.options;
	const clocksFor = session.clocksFor.bind(session);
	const dayDocument = (date: string): ReportDocument => {
		const day = countDay(session.book.all(), {date, tz: options.tz, now, packs, clocksFor, recordsOf: key => states.get(key)});
		const shopClocks = (platform: Platform, shop: string) => directory.shopClocks(clocksFor(platform), shop);
		const buyerSignals = tallyBuyerSignals(session.book.all(), packs, {date, tz: options.tz, now, skip: conversation => states.get(conversation.key)?.marks.has('spam') === true});
		const report = reportDocument({
			figures: day.figures,
			date,
			tz: options.tz,
			now,
			clocksFor,
			shopClocks,
			badLines: session.badLines.length,
			spamExcluded: day.spam,
			violations: day.violations,
			buyerSignals,
		});
		return directory.apply(report, byTeam, flags.team);
	};
	const clockLabel = (id: string) => session.clockLabel(id, options.lang);
	const width = flags.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? Infinity;
	const outputFlags = {...flags, teamOf: (agent: string) => directory.teamOf(agent)};
	const output =
		period.kind === 'day'
			? await dayOutput(dayDocument(period.date), outputFlags, text, clockLabel, width)
			: await rangeOutput(
					rangeDocument(period.dates.map(dayDocument), period.previous.map(dayDocument), {
						from: period.dates[0]!,
						to: period.dates.at(-1)!,
						tz: options.tz.name,
						now: formatIsoInZone(now, options.tz),
						badLines: session.badLines.length,
					}),
					outputFlags,
					text,
					clockLabel,
					width,
				);
	process.stdout.write(output);
	reportBadLines(session.badLines, text);
	return sayUnreadable(session.badLines, text) ? 2 : 0;
}

async function dayOutput(report: ReportDocument, flags: ReportFlags & {teamOf: TeamOf}, text: Catalog, clockLabel: (id: string) => string, width: number): Promise<string> {
	if (flags.json) return `${JSON.stringify(report, null, 2)}\n`;
	if (flags.csv) return (await import('../report/report-csv.js')).reportCsv([report], text, flags.teamOf);
	if (flags.chart) return chartOutput(report.shops, report.date, report.date, text, clockLabel, width);
	const {renderReportText} = await import('../report/report-text.js');
	return inertLines(renderReportText(report, text, clockLabel, width));
}

async function rangeOutput(range: RangeDocument, flags: ReportFlags & {teamOf: TeamOf}, text: Catalog, clockLabel: (id: string) => string, width: number): Promise<string> {
	if (flags.json) return `${JSON.stringify(range, null, 2)}\n`;
	if (flags.csv) return (await import('../report/report-csv.js')).reportCsv(range.days, text, flags.teamOf);
	if (flags.chart) return chartOutput(range.total.shops, range.from, range.to, text, clockLabel, width);
	const {renderRangeText} = await import('../report/range-text.js');
	return inertLines(renderRangeText(range, text, clockLabel, width));
}

/** `report --chart`: each shop's hours as bars, 80 columns at most. */
async function chartOutput(
	shops: ReportDocument['shops'] | RangeDocument['total']['shops'],
	from: string,
	to: string,
	text: Catalog,
	clockLabel: (id: string) => string,
	width: number,
): Promise<string> {
	const {renderHourChart} = await import('../report/hour-chart.js');
	if (shops.length === 0) return `${text.periods.chartNone}\n`;
	const clockIds = clockIdsOf(shops);
	const lines = shops.flatMap(shop => [
		text.periods.chartTitle(shopName(shop, text), from, to),
		...renderHourChart(shop.byHour, {clockIds, clockLabel, text, width: Math.min(80, width), height: 8 + 5 * clockIds.length}),
		'',
	]);
	return inertLines(`${lines.join('\n')}`);
}
