import type {Lang} from '../i18n/catalog.js';
import {catalog} from '../i18n/catalog.js';
import type {WatchSession} from '../live/watch-session.js';
import type {AlertKind} from './alert-event.js';
import {AlertEngine} from './alert-engine.js';
import {AlertFeed} from './alert-feed.js';
import {Bell} from './bell.js';
import {packBuyerSignals} from './buyer-signals.js';
import type {NotifyTarget} from './notify-target.js';
import {Notifier} from './notifier.js';
import {openSentLog, SentLog, type SentRecord} from './sent-log.js';
import {DEFAULT_TIMING, type SendReport, type SenderTiming} from './target-sender.js';
import type {Zone} from '../time/zone.js';

export interface AlertSetup {
	targets: readonly NotifyTarget[];
	kinds: ReadonlySet<AlertKind>;
	/** Rings the terminal bell; undefined: no bell. */
	ring?: () => void;
	lang: Lang;
	tz: Zone;
	/** The records db (`--db`): what was sent is kept in it (PostgreSQL) or beside it (sent-log.ts). */
	db: string;
	/** The real clock: `--now` freezes nothing here, alerts are about the live day. */
	clock: () => number;
	timing?: Partial<SenderTiming>;
	/** Each send's outcome, for stderr (the `alert` command) — the feed has it too. */
	onReport?: (report: SendReport) => void;
	fetch?: typeof fetch;
	tickMs?: number;
}

/** The alerts of one session: engine, bell, robots and the header's feed, ticking until stopped. */
export interface AlertRunner {
	feed: AlertFeed;
	engine: AlertEngine;
	/** Stops ticking and sending; resolves with the number of events left unsent. */
	stop(): Promise<number>;
}

/** Wires alerts into `session`; call before the session starts, so the backlog is seen too. */
export async function startAlerts(session: WatchSession, setup: AlertSetup): Promise<AlertRunner> {
	const {packs, tz} = session.options;
	const text = catalog(setup.lang);
	const clockLabel = (id: string) => session.clockLabel(id, setup.lang);
	const sentLog: SentRecord = setup.targets.length > 0 ? await openSentLog(setup.db) : SentLog.none();
	const engine = new AlertEngine({
		packs,
		tz,
		buyerSignals: packBuyerSignals(packs),
		isSpam: key => session.records?.of(key)?.marks.has('spam') ?? false,
		recordsOf: key => session.records?.of(key),
		shopsToday: now => session.today(now).shops,
	});
	const feed = new AlertFeed({text, clockLabel, tz, lang: setup.lang}, setup.clock);
	const timing = {...DEFAULT_TIMING, ...setup.timing};
	const notifier = new Notifier(setup.targets, setup.kinds, {
		sentLog,
		timing,
		now: setup.clock,
		fetch: setup.fetch,
		context: now => ({text, clockLabel, tz, lang: setup.lang, now}),
		report: report => {
			feed.onReport(report);
			setup.onReport?.(report);
		},
	});
	const bell = setup.ring ? new Bell(setup.ring, setup.clock) : undefined;
	engine.on('alert', event => {
		feed.onAlert(event);
		notifier.submit(event);
	});
	engine.on('risk', risk => {
		bell?.onRisk(risk);
		feed.onRisk(risk);
	});
	session.observeMessages((message, conversation) => engine.noteMessage(message, conversation));
	// New lines are looked at as soon as a batch is read; the passing time once a second.
	let soon: NodeJS.Immediate | undefined;
	const tick = () => {
		soon = undefined;
		engine.tick(setup.clock());
	};
	const onChange = () => {
		soon ??= setImmediate(tick);
	};
	session.on('change', onChange);
	const timer = setInterval(tick, setup.tickMs ?? 1000);
	return {
		feed,
		engine,
		async stop() {
			clearInterval(timer);
			if (soon) clearImmediate(soon);
			session.off('change', onChange);
			bell?.stop();
			const left = await notifier.close();
			await sentLog.close?.();
			return left;
		},
	};
}
