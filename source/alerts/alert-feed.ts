import {EventEmitter} from 'node:events';
import type {HeaderPart} from '../board/header-text.js';
import type {Catalog} from '../i18n/catalog.js';
import {formatDuration} from '../text/duration.js';
import type {AlertEvent, RiskEvent} from './alert-event.js';
import {eventLine, type TextContext} from './alert-text.js';
import {truncateToWidth} from '../text/display-width.js';
import type {SendReport} from './target-sender.js';

/** At most this many cells of the header go to the newest alert: an 80-column header keeps its counts. */
const HEADER_CELLS = 44;

/** How long the header shows the newest alert: long enough to see why the bell rang. */
export const NEWEST_SHOWN_MS = 8000;

/**
 * What the TUI header says about alerts: the newest one for a few seconds, and every target
 * whose sends are failing until one goes through. Says 'change' when either changes.
 */
export class AlertFeed extends EventEmitter<{change: []}> {
	private newest: {text: string; tone: 'breached' | 'warning'; at: number} | undefined;
	private readonly failing = new Map<string, {label: string; failures: number}>();

	constructor(
		private readonly context: TextContext & {lang: 'zh' | 'en'},
		private readonly clock: () => number,
	) {
		super();
	}

	onAlert(event: AlertEvent): void {
		// The header has room for the gist: the robots get the whole sentence.
		const line = eventLine(event, this.context);
		this.show(`${line.kind} ${line.conv ?? line.where} ${line.what}`, event.kind === 'breach' || event.kind === 'fine-risk' ? 'breached' : 'warning');
	}

	onRisk(risk: RiskEvent): void {
		const a = this.context.text.alerts;
		const clock = this.context.clockLabel(risk.clock);
		if (risk.status === 'warning') this.show(a.atRisk(risk.conv, clock, formatDuration(Math.max(0, risk.leftMs))), 'warning');
		else this.show(a.overNow(risk.conv, clock, formatDuration(-risk.leftMs)), 'breached');
	}

	onReport(report: SendReport): void {
		const name = `${this.context.text.alerts.target[report.target.kind]}(${report.target.label})`;
		if (report.failures > 0) this.failing.set(report.target.id, {label: name, failures: report.failures});
		else if (!this.failing.delete(report.target.id)) return;
		this.emit('change');
	}

	/** The header's alert parts: failing targets always, the newest alert while it is new (by the real clock: `--now` freezes only the board). */
	parts(text: Catalog): HeaderPart[] {
		const now = this.clock();
		const parts: HeaderPart[] = [...this.failing.values()].map(({label, failures}) => ({text: `!! ${text.alerts.failing(label, failures)}`, tone: 'breached', dropOrder: -1}));
		if (this.newest && now - this.newest.at < NEWEST_SHOWN_MS) parts.push({text: `${this.newest.tone === 'breached' ? '!!' : '!'} ${this.newest.text}`, tone: this.newest.tone, dropOrder: 0});
		return parts;
	}

	private show(text: string, tone: 'breached' | 'warning'): void {
		this.newest = {text: truncateToWidth(text, HEADER_CELLS), tone, at: this.clock()};
		this.emit('change');
	}
}
