import {catalog} from '../i18n/catalog.js';
import {countDay} from '../report/day-count.js';
import {reportDocument} from '../report/report-document.js';
import {tallyBuyerSignals} from '../report/buyer-signal-tally.js';
import {readRecordStates} from '../store/record-states.js';
import {calendarDate, localDate} from '../time/zone.js';
import type {CommonOptions} from './common-options.js';
import {KEEP_TEXTS_MS, openSession, startSession} from './load-board.js';
import {reportBadLines, sayUnreadable} from './report-bad-lines.js';
import {UsageError} from './usage-error.js';
import {inertLines} from '../text/inert-text.js';
import {withUsageErrors} from './store-errors.js';

export interface ReportFlags {
	json: boolean;
	date?: string;
	db: string;
	/** The table's width: narrower than the wide table, it turns to one line per clock. Default the terminal's. */
	width?: number;
}

/** `report`: one day's reply-clock figures per shop and per agent, as a table or JSON. */
export async function reportCommand(paths: readonly string[], flags: ReportFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const now = options.clock();
	const date = flags.date ?? localDate(now, options.tz);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(text.cli.badDate(date));
	if (!calendarDate(date)) throw new UsageError(text.cli.noSuchDate(date));
	if (flags.width !== undefined && (!Number.isInteger(flags.width) || flags.width < 35)) throw new UsageError(text.cli.badWidth(flags.width));
	const states = await withUsageErrors(text, () => readRecordStates(flags.db));
	const session = await openSession(paths.length > 0 ? paths : ['.'], {...options, keepTextsMs: KEEP_TEXTS_MS});
	await startSession(session, false);
	const {packs} = session.options;
	const day = countDay(session.book.all(), {date, tz: options.tz, now, packs, clocksFor: p => session.clocksFor(p), recordsOf: key => states.get(key)});
	const report = reportDocument({
		figures: day.figures,
		date,
		tz: options.tz,
		now,
		clocksFor: p => session.clocksFor(p),
		badLines: session.badLines.length,
		spamExcluded: day.spam,
		violations: day.violations,
		buyerSignals: tallyBuyerSignals(session.book.all(), packs, {date, tz: options.tz, now, skip: conversation => states.get(conversation.key)?.marks.has('spam') === true}),
	});
	if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	else {
		const {renderReportText} = await import('../report/report-text.js');
		const width = flags.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? Infinity;
		process.stdout.write(inertLines(renderReportText(report, text, id => session.clockLabel(id, options.lang), width)));
	}
	reportBadLines(session.badLines, text);
	return sayUnreadable(session.badLines, text) ? 2 : 0;
}
