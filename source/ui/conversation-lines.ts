import type {Catalog, Lang} from '../i18n/catalog.js';
import type {Conversation} from '../model/conversation.js';
import type {ChatMessage, Sender} from '../model/message.js';
import type {Violation} from '../rules/find-violations.js';
import type {Severity} from '../rules/violation-rule.js';
import type {ConversationRecords} from '../store/conversation-records.js';
import type {Verdict} from '../store/records.js';
import {describeRecord} from '../i18n/describe-record.js';
import {verdictOf} from '../store/verdicts.js';
import {displayWidth, truncateToWidth, wrapToWidth} from '../text/display-width.js';
import {localClock, localDate, type Zone} from '../time/zone.js';
import {aheadLabel, BUYER_SIGNAL_MARK} from '../board/row-cells.js';
import type {BuyerFinding} from '../rules/buyer-rules.js';

export interface ConversationLine {
	text: string;
	kind: 'date' | 'message' | 'violation' | 'signal' | 'record';
	from?: Sender;
	severity?: Severity;
	/** A flag judged false: still shown, dimmed. */
	dismissed?: boolean;
	/** The first line of a message with violations: where the next/previous violation keys go. */
	flagged?: boolean;
}

/** The lines the next/previous violation keys stop at, in order. */
export function flaggedLineIndexes(lines: readonly ConversationLine[]): number[] {
	return lines.flatMap((line, index) => (line.flagged ? [index] : []));
}

/** Around the words that broke a rule; brackets, so the span shows without colour too. */
export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';

export interface ConversationLineOptions {
	tz: Zone;
	text: Catalog;
	lang: Lang;
	width: number;
	/** A message stamped after it is marked (the sender's clock runs fast). */
	now: number;
	/** Whether a buyer message falls in a counted window; uncounted ones are marked. */
	isCounted: (message: ChatMessage) => boolean;
	violationsOf: (message: ChatMessage) => readonly Violation[];
	/** A buyer line's signals (contract §7): their words in brackets, a line under the message each. */
	buyerSignalsOf?: (message: ChatMessage) => readonly BuyerFinding[];
	/** What supervisors recorded: the transfer and the notes lead the conversation. */
	records?: ConversationRecords;
}

/**
 * Every message as screen lines `width` cells wide: time, sender (and agent), then the text
 * wrapped beside it, with the words that broke a rule in brackets and a line under the message
 * per violation (rule, penalty, suggested reply). A date line separates days; a buyer message
 * outside every counted window is marked, so a long wait at 23:30 is seen not to count.
 */
export function conversationLines(conversation: Conversation, options: ConversationLineOptions): ConversationLine[] {
	const {tz, text, width} = options;
	const lines: ConversationLine[] = recordLines(options);
	let day = '';
	for (const message of conversation.messages) {
		const date = localDate(message.ts, tz);
		if (date !== day) {
			day = date;
			lines.push({text: `--- ${date} ---`, kind: 'date'});
		}
		const who = message.from === 'buyer' ? (message.buyer ?? text.sender.buyer) : `${text.sender[message.from]} ${message.agent}`;
		const uncounted = message.from === 'buyer' && !options.isCounted(message) ? ` [${text.board.notCounted}]` : '';
		const prefix = `${localClock(message.ts, tz)} ${aheadLabel(message.ts, options.now, text)}${who}${uncounted}: `;
		const violations = options.violationsOf(message);
		const signals = options.buyerSignalsOf?.(message) ?? [];
		const first = lines.length;
		for (const line of messageLines(prefix, message.text === undefined ? text.conversation.textGone : highlight(message.text, [...violations, ...signals]), width))
			lines.push({text: line, kind: 'message', from: message.from});
		if (violations.length > 0 && lines[first]) lines[first] = {...lines[first]!, flagged: true};
		for (const violation of violations) {
			const verdict = verdictOf(options.records, message, violation.rule.id);
			for (const line of violationLines(violation, verdict, options)) lines.push({text: line, kind: 'violation', severity: violation.rule.severity, dismissed: verdict === 'false-positive'});
		}
		for (const signal of signals) for (const line of signalLines(signal, options)) lines.push({text: line, kind: 'signal'});
	}
	return lines;
}

function recordLines({records, text, tz, width}: ConversationLineOptions): ConversationLine[] {
	if (!records) return [];
	const when = (at: string) => localClock(Date.parse(at), tz);
	const lines: string[] = [];
	const {assignment} = records;
	// An undone transfer reads as what it was: the owner put back, not a new transfer.
	if (assignment) lines.push(`[${assignment.undoes ? describeRecord(assignment, text, tz, records.history) : text.records.assignedTo(assignment.to)}] (${assignment.by} ${when(assignment.at)})`);
	// Each mark with who set it and when.
	for (const [mark, record] of records.markRecords) lines.push(`[${text.records.marked}] ${text.markMeaning[mark]} (${record.by} ${when(record.at)})`);
	const {snooze} = records;
	if (snooze) lines.push(`[${describeRecord(snooze, text, tz)}] (${snooze.by} ${when(snooze.at)})`);
	for (const note of records.notes) lines.push(`[${text.records.noted}] ${note.by} ${when(note.at)}: ${note.text}`);
	return lines.flatMap(line => wrapToWidth(line, width).map(piece => ({text: piece, kind: 'record' as const})));
}

/** The text with each violating span in brackets (overlapping spans merged). */
function highlight(body: string, violations: readonly {start: number; end: number}[]): string {
	const spans = [...violations].sort((a, b) => a.start - b.start);
	let result = '';
	let at = 0;
	for (const span of spans) {
		if (span.start < at) continue;
		result += body.slice(at, span.start) + HIGHLIGHT_OPEN + body.slice(span.start, span.end) + HIGHLIGHT_CLOSE;
		at = span.end;
	}
	return result + body.slice(at);
}

function violationLines(violation: Violation, verdict: Verdict, {text, lang, width}: ConversationLineOptions): string[] {
	const {rule} = violation;
	const mark = rule.severity === 'error' ? '!!' : rule.severity === 'warn' ? '! ' : '- ';
	const reviewed = verdict === 'open' ? '' : `[${text.verdict[verdict]}] `;
	const line = `${mark} ${reviewed}${text.category[rule.category]}「${violation.match}」${rule.description[lang]} ${rule.penalty.note} → ${text.conversation.suggestion}${rule.suggestion}`;
	return wrapToWidth(line, Math.max(10, width - 4)).map((piece, index) => `${index === 0 ? '  ' : '    '}${piece}`);
}

/** `@ 买家要投诉「12315」…`: the words of a buyer signal and what the rule says of them. */
function signalLines(signal: BuyerFinding, {text, lang, width}: ConversationLineOptions): string[] {
	const line = `${BUYER_SIGNAL_MARK} ${text.buyerCategory[signal.category]}「${signal.match}」${signal.rule.description[lang]}`;
	return wrapToWidth(line, Math.max(10, width - 4)).map((piece, index) => `${index === 0 ? '  ' : '    '}${piece}`);
}

/** A message's lines: text wrapped beside its prefix, or under it when the prefix is too wide. */
function messageLines(prefix: string, body: string, width: number): string[] {
	const prefixWidth = displayWidth(prefix);
	if (prefixWidth <= width / 2) {
		const pieces = wrapToWidth(body, width - prefixWidth);
		return pieces.map((piece, index) => (index === 0 ? prefix : ' '.repeat(prefixWidth)) + piece);
	}
	return [truncateToWidth(prefix, width), ...wrapToWidth(body, Math.max(1, width - 2)).map(piece => `  ${piece}`)];
}
