import {renderBoardText} from '../board/board-text.js';
import {todayParts} from '../board/header-text.js';
import {ALERT_KINDS} from '../alerts/alert-event.js';
import type {AlertRunner} from '../alerts/alert-runner.js';
import {catalog} from '../i18n/catalog.js';
import {parseAlertFlags, startSessionAlerts} from './alert-options.js';
import type {WatchSession} from '../live/watch-session.js';
import type {CommonOptions} from './common-options.js';
import {STDIN_PATH} from '../ingest/log-files.js';
import {KEEP_TEXTS_MS, openSession, requirePaths, startSession} from './load-board.js';
import {reportBadLines, sayUnreadable} from './report-bad-lines.js';
import {UsageError} from './usage-error.js';
import {inertLines} from '../text/inert-text.js';
import {describeStoreError} from '../store/record-store.js';

export interface WatchFlags {
	once: boolean;
	width?: number;
	poll: boolean;
	db: string;
	bell?: boolean;
	notify?: readonly string[];
	notifyOn?: string;
}

export async function watchCommand(paths: readonly string[], flags: WatchFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const targets = paths.length > 0 ? paths : ['.'];
	if (!flags.once && !(process.stdin.isTTY && process.stdout.isTTY)) throw new UsageError(text.cli.needsTty);
	if (flags.once) checkWidth(flags.width, text);
	if (!flags.once) {
		// Standard input is the keyboard of the live board.
		if (targets.includes(STDIN_PATH)) throw new UsageError(text.cli.stdinNotLive);
		await requirePaths(targets, text);
	}
	const alertFlags = {notify: flags.notify ?? [], notifyOn: flags.notifyOn ?? ALERT_KINDS.join(','), db: flags.db};
	const alerts = parseAlertFlags(alertFlags, options);
	const session = await openSession(targets, {...options, poll: flags.poll, db: flags.db, keepTextsMs: KEEP_TEXTS_MS});
	if (flags.once) return printOnce(session, flags, options);
	const ring = flags.bell === false ? undefined : () => process.stdout.write(BEL);
	// Without the bell the header still shows the newest alert.
	const runner = await startSessionAlerts(session, alerts, alertFlags, options, {ring});
	return runLive(session, options, undefined, runner);
}

const BEL = '\u0007';

/** `watch --once`: read everything, print the board, exit 0 — like `top -b -n 1`. */
export async function printOnce(session: WatchSession, flags: Pick<WatchFlags, 'width'>, options: CommonOptions): Promise<number> {
	await startSession(session, false);
	const text = catalog(options.lang);
	// A board without its records would show spam and resolved conversations as if nobody had marked them.
	const problem = session.records?.problem;
	if (problem) throw new UsageError(text.cli.dbUnreadable(describeStoreError(problem, text) ?? problem.message));
	const now = options.clock();
	const width = checkWidth(flags.width, text);
	process.stdout.write(
		inertLines(renderBoardText({
			rows: session.board(now),
			now,
			tz: options.tz,
			lang: options.lang,
			text,
			width,
			clockLabels: session.clockLabels(options.lang),
			badLines: session.badLines.length,
			today: todayParts(session.today(now), p => session.clocksFor(p), id => session.clockLabel(id, options.lang), text),
		})),
	);
	reportBadLines(session.badLines, text);
	return sayUnreadable(session.badLines, text) ? 2 : 0;
}

/** The `--once` width: the flag, else the terminal's, else 100; checked before anything is read. */
function checkWidth(given: number | undefined, text: ReturnType<typeof catalog>): number {
	const width = given ?? (process.stdout.columns || 100);
	if (!Number.isInteger(width) || width < 40) throw new UsageError(text.cli.badWidth(width));
	return width;
}

/** The live TUI: follows the files until the user quits. */
export async function runLive(session: WatchSession, options: CommonOptions, note?: string, alerts?: AlertRunner): Promise<number> {
	// Ink renders only a final frame when it believes it runs in CI; with a real TTY in hand,
	// the user wants the live screen whatever the environment says.
	delete process.env['CI'];
	delete process.env['CONTINUOUS_INTEGRATION'];
	// React picks its build when first loaded, here: the development build's checks made a
	// key press on a big board half again as slow.
	process.env['NODE_ENV'] ??= 'production';
	const {runTui} = await import('../ui/run-tui.js');
	const loading = startSession(session, true);
	await runTui({source: session, clock: options.clock, tz: options.tz, lang: options.lang, note, alerts: alerts?.feed});
	await loading.catch(() => undefined);
	const unsent = (await alerts?.stop()) ?? 0;
	await session.stop();
	if (unsent > 0) process.stderr.write(`${catalog(options.lang).alerts.stopping(unsent)}\n`);
	reportBadLines(session.badLines, catalog(options.lang));
	return 0;
}
