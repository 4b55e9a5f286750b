import {inertText} from '../text/inert-text.js';
import type {SendReport} from '../alerts/target-sender.js';
import {catalog} from '../i18n/catalog.js';
import {formatIsoInZone} from '../time/zone.js';
import type {CommonOptions} from './common-options.js';
import {parseAlertFlags, startSessionAlerts, type AlertFlags} from './alert-options.js';
import {openSession, startSession} from './load-board.js';
import {reportBadLines} from './report-bad-lines.js';
import {UsageError} from './usage-error.js';

export interface AlertCommandFlags extends AlertFlags {
	poll: boolean;
}

/**
 * `kefu-watch alert [PATH…] --notify TARGET…`: follows the logs like `watch`, without a terminal,
 * and sends the events to group robots until SIGTERM or SIGINT (a service manager's stop).
 */
export async function alertCommand(paths: readonly string[], flags: AlertCommandFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const parsed = parseAlertFlags(flags, options);
	if (parsed.targets.length === 0) throw new UsageError(text.alerts.needTargets);
	const targets = paths.length > 0 ? paths : ['.'];
	// Only each conversation's latest words are needed once a line has been checked.
	const session = await openSession(targets, {...options, poll: flags.poll, db: flags.db, keepTextsMs: 60 * 60_000});
	// A robot's reply and the paths are outside text: through the gate like every other output.
	const log = (line: string, stream: NodeJS.WritableStream) => stream.write(`${formatIsoInZone(Date.now(), options.tz)} ${inertText(line)}\n`);
	const onReport = (report: SendReport) => {
		const name = `${text.alerts.target[report.target.kind]}(${report.target.label})`;
		if (report.failures > 0) log(text.alerts.sendFailed(name, report.problem ?? '', Math.round((report.retryInMs ?? 0) / 1000)), process.stderr);
		else if (report.problem) log(`${name}: ${report.problem}`, process.stderr);
		else log(text.alerts.sent(name, report.events), process.stdout);
	};
	for (const target of parsed.targets) {
		if ((target.kind === 'dingtalk' || target.kind === 'feishu') && !target.secret)
			log(text.alerts.unsigned(target.label, target.kind === 'dingtalk' ? 'KEFU_DINGTALK_SECRET' : 'KEFU_FEISHU_SECRET'), process.stderr);
	}
	const runner = await startSessionAlerts(session, parsed, flags, options, {onReport});
	const stopped = new Promise<void>(resolve => {
		for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, () => resolve());
	});
	await startSession(session, true);
	log(text.alerts.following(targets.join(' '), parsed.targets.map(t => t.label).join(' ')), process.stdout);
	await stopped;
	const unsent = await runner.stop();
	await session.stop();
	log(text.alerts.stopping(unsent), unsent > 0 ? process.stderr : process.stdout);
	reportBadLines(session.badLines, text);
	return 0;
}
