import {BOARD_VIEWS, filterRows, type BoardView} from '../board/board-filter.js';
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
	/** `--stale`, minutes. */
	stale?: number;
	/** `--once`: at most this many rows. */
	limit?: number;
	/** `--once`: one view of the board (`f` in the TUI). */
	view?: string;
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
	if (flags.once) {
		checkWidth(flags.width, text);
		checkOnceFlags(flags, text);
	}
	if (!flags.once) {
		// Standard input is the keyboard of the live board.
		if (targets.includes(STDIN_PATH)) throw new UsageError(text.cli.stdinNotLive);
		await requirePaths(targets, text);
	}
	const alertFlags = {notify: flags.notify ?? [], notifyOn: flags.notifyOn ?? ALERT_KINDS.join(','), db: flags.db};
	const alerts = parseAlertFlags(alertFlags, options);
	const session = await openSession(targets, {...options, poll: flags.poll, db: flags.db, keepTextsMs: KEEP_TEXTS_MS, staleMs: staleMs(flags.stale, text)});
	if (flags.once) return printOnce(session, flags, options);
	const ring = flags.bell === false ? undefined : () => process.stdout.write(BEL);
	// Without the bell the header still shows the newest alert.
	const runner = await startSessionAlerts(session, alerts, alertFlags, options, {ring});
	return runLive(session, options, undefined, runner);
}

const BEL = '\u0007';

/** `watch --once`: read everything, print the board, exit 0 — like `top -b -n 1`. */
export async function printOnce(session: WatchSession, flags: Pick<WatchFlags, 'width' | 'limit' | 'view'>, options: CommonOptions): Promise<number> {
	await startSession(session, false);
	const text = catalog(options.lang);
	// A board without its records would show spam and resolved conversations as if nobody had marked them.
	const problem = session.records?.problem;
	if (problem) throw new UsageError(text.cli.dbUnreadable(describeStoreError(problem, text) ?? problem.message));
	const now = options.clock();
	const width = checkWidth(flags.width, text);
	const {view, limit} = checkOnceFlags(flags, text);
	const board = session.board(now);
	// Counted on the whole board, as the TUI's header; listed in the view, up to the limit.
	const listed = filterRows(board, {view});
	process.stdout.write(
		inertLines(
			renderBoardText({
				rows: board,
				listed: listed.slice(0, limit),
				more: Math.max(0, listed.length - limit),
				now,
				tz: options.tz,
				lang: options.lang,
				text,
				width,
				clocks: session.boardClocks(options.lang),
				badLines: session.badLines.length,
				today: todayParts(session.today(now), id => session.clockLabel(id, options.lang), text),
				shopNames: options.shopNames,
			}),
		),
	);
	reportBadLines(session.badLines, text);
	return sayUnreadable(session.badLines, text) ? 2 : 0;
}

/** `--view` and `--limit` of `--once`, checked before anything is read. */
function checkOnceFlags(flags: Pick<WatchFlags, 'limit' | 'view'>, text: ReturnType<typeof catalog>): {view: BoardView; limit: number} {
	const view = flags.view ?? 'all';
	if (!(BOARD_VIEWS as readonly string[]).includes(view)) throw new UsageError(text.cli.badView(view, BOARD_VIEWS.join(', ')));
	const limit = flags.limit ?? Infinity;
	if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(text.cli.badLimit(String(flags.limit)));
	return {view: view as BoardView, limit};
}

/** `--stale MIN` in milliseconds; unset, each pack's own. */
export function staleMs(minutes: number | undefined, text: ReturnType<typeof catalog>): number | undefined {
	if (minutes === undefined) return undefined;
	if (!Number.isFinite(minutes) || minutes <= 0) throw new UsageError(text.cli.badStale(String(minutes)));
	return minutes * 60_000;
}

/** The narrowest board that holds: half an 80-column split, less the divider and a margin. */
const MIN_WIDTH = 35;

/** The `--once` width: the flag, else the terminal's, else 100; checked before anything is read. */
function checkWidth(given: number | undefined, text: ReturnType<typeof catalog>): number {
	const width = given ?? (process.stdout.columns || 100);
	if (!Number.isInteger(width) || width < MIN_WIDTH) throw new UsageError(text.cli.badWidth(width));
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
	const code = await runTui({source: session, clock: options.clock, tz: options.tz, lang: options.lang, note, alerts: alerts?.feed, teams: options.teams, shopNames: options.shopNames});
	await loading.catch(() => undefined);
	const unsent = (await alerts?.stop()) ?? 0;
	await session.stop();
	if (unsent > 0) process.stderr.write(`${catalog(options.lang).alerts.stopping(unsent)}\n`);
	reportBadLines(session.badLines, catalog(options.lang));
	return code;
}
