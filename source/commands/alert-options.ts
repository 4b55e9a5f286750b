import {ALERT_KINDS, parseKinds, type AlertKind} from '../alerts/alert-event.js';
import {startAlerts, type AlertRunner, type AlertSetup} from '../alerts/alert-runner.js';
import {parseTarget, type NotifyTarget} from '../alerts/notify-target.js';
import {DEFAULT_TIMING, type SendReport, type SenderTiming} from '../alerts/target-sender.js';
import {catalog} from '../i18n/catalog.js';
import type {WatchSession} from '../live/watch-session.js';
import type {CommonOptions} from './common-options.js';
import {UsageError} from './usage-error.js';

export interface AlertFlags {
	notify: readonly string[];
	notifyOn: string;
	db: string;
}

/** `--notify` and `--notify-on`, checked before anything is read; a bad one names itself. */
export function parseAlertFlags(flags: AlertFlags, options: CommonOptions, env: NodeJS.ProcessEnv = process.env): {targets: NotifyTarget[]; kinds: Set<AlertKind>} {
	const text = catalog(options.lang).alerts;
	const targets = flags.notify.map(value => {
		const target = parseTarget(value, env);
		if (!target) throw new UsageError(text.badTarget(value));
		return target;
	});
	const kinds = parseKinds(flags.notifyOn);
	if ('bad' in kinds) throw new UsageError(text.badKinds(kinds.bad, ALERT_KINDS.join(',')));
	return {targets, kinds: kinds.kinds};
}

/**
 * The batch interval and backoff, from the environment when set (`KEFU_ALERT_BATCH_MS`,
 * `KEFU_ALERT_GATHER_MS`, `KEFU_ALERT_BACKOFF_MS`): tests and a quiet shop need not wait 10 s.
 */
export function timingFromEnv(env: NodeJS.ProcessEnv = process.env): SenderTiming {
	const number = (name: string) => {
		const value = env[name];
		return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
	};
	const firstMs = number('KEFU_ALERT_BACKOFF_MS') ?? DEFAULT_TIMING.backoff.firstMs;
	return {
		...DEFAULT_TIMING,
		batchMs: number('KEFU_ALERT_BATCH_MS') ?? DEFAULT_TIMING.batchMs,
		gatherMs: number('KEFU_ALERT_GATHER_MS') ?? DEFAULT_TIMING.gatherMs,
		backoff: {firstMs, maxMs: Math.max(firstMs, DEFAULT_TIMING.backoff.maxMs)},
	};
}

/** Starts the alerts of a session: bell (when `ring` is given) and robots; call before the session starts. */
export function startSessionAlerts(
	session: WatchSession,
	parsed: {targets: NotifyTarget[]; kinds: Set<AlertKind>},
	flags: Pick<AlertFlags, 'db'>,
	options: CommonOptions,
	extra: {ring?: () => void; onReport?: (report: SendReport) => void} = {},
): Promise<AlertRunner> {
	const setup: AlertSetup = {
		...parsed,
		...extra,
		lang: options.lang,
		tz: options.tz,
		db: flags.db,
		// `--now` freezes the board, not the alerts: they are about the live day (contract §6).
		clock: Date.now,
		timing: timingFromEnv(),
	};
	// A sent log that cannot be read is left as it is, and said in one line (exit 2).
	return startAlerts(session, setup).catch((error: unknown) => {
		throw new UsageError((error as Error).message);
	});
}
