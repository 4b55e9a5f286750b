import {catalog, type Catalog, type Lang} from '../i18n/catalog.js';
import type {BadLine, ChatMessage} from '../model/message.js';
import {badLineJson} from '../i18n/bad-line-text.js';
import {violationsOf} from '../rules/message-violations.js';
import {buyerFindingsOf} from '../rules/message-buyer-signals.js';
import type {BuyerFinding} from '../rules/buyer-rules.js';
import type {Violation} from '../rules/find-violations.js';
import {formatIsoInZone, type Zone} from '../time/zone.js';
import type {CommonOptions} from './common-options.js';
import {openSession, startSession} from './load-board.js';
import {reportBadLines, sayUnreadable} from './report-bad-lines.js';
import {inertLines} from '../text/inert-text.js';

export interface CheckFlags {
	json: boolean;
}

interface Finding {
	message: ChatMessage;
	violation: Violation;
}

interface SignalFinding {
	message: ChatMessage;
	signal: BuyerFinding;
}

/** `check`: every rule violation in agent and bot messages, linter style or JSON; exit 1 on an error. */
export async function checkCommand(paths: readonly string[], flags: CheckFlags, options: CommonOptions): Promise<number> {
	const text = catalog(options.lang);
	const session = await openSession(paths.length > 0 ? paths : ['.'], options);
	await startSession(session, false);
	const now = options.clock();
	const findings: Finding[] = [];
	const signals: SignalFinding[] = [];
	for (const conversation of session.book.all()) {
		for (const message of conversation.messages) {
			// A frozen --now sees what was written by then; under the real clock a line stamped
			// ahead was written all the same (a sender's clock running fast) and is checked.
			if (options.frozen && message.ts > now) continue;
			for (const violation of violationsOf(message, session.options.packs)) findings.push({message, violation});
			for (const signal of buyerFindingsOf(message, session.options.packs)) signals.push({message, signal});
		}
	}
	findings.sort((a, b) => a.message.file.localeCompare(b.message.file) || a.message.line - b.message.line || a.violation.start - b.violation.start);
	signals.sort((a, b) => a.message.file.localeCompare(b.message.file) || a.message.line - b.message.line || a.signal.start - b.signal.start);
	if (flags.json) process.stdout.write(`${JSON.stringify(checkDocument(findings, signals, session.badLines, options.tz), null, 2)}\n`);
	else {
		process.stdout.write(inertLines(findings.map(finding => lintLine(finding, text, options.lang)).join('')));
		process.stdout.write(text.check.summary(findings.length, findings.filter(f => f.violation.rule.severity === 'error').length));
		reportBadLines(session.badLines, text);
	}
	if (sayUnreadable(session.badLines, text)) return 2;
	return findings.some(finding => finding.violation.rule.severity === 'error') ? 1 : 0;
}

function lintLine({message, violation}: Finding, text: Catalog, lang: Lang): string {
	const {rule} = violation;
	return `${message.file}:${message.line} ${rule.severity} ${rule.category} — ${rule.description[lang]} 「${violation.match}」 (${rule.penalty.note}) → ${rule.suggestion}\n`;
}

/** Where a finding is and whose line it is, as both lists of the document give it. */
function lineFields(message: ChatMessage, tz: Zone) {
	const {file, line, conv, agent, from, platform, shop} = message;
	return {file, line, conv, ts: formatIsoInZone(message.ts, tz), agent, from, platform, shop};
}

function checkDocument(findings: readonly Finding[], signals: readonly SignalFinding[], badLines: readonly BadLine[], tz: Zone) {
	return {
		violations: findings.map(({message, violation}) => ({
			...lineFields(message, tz),
			rule: violation.rule.id,
			category: violation.rule.category,
			severity: violation.rule.severity,
			match: violation.match,
			start: violation.start,
			end: violation.end,
			text: message.text,
			description: violation.rule.description,
			penalty: violation.rule.penalty,
			suggestion: violation.rule.suggestion,
			source: violation.rule.source,
		})),
		// Contract §7: the buyer lines' signals, with the violations' fields a buyer rule has.
		buyerSignals: signals.map(({message, signal}) => ({
			...lineFields(message, tz),
			rule: signal.rule.id,
			category: signal.category,
			match: signal.match,
			start: signal.start,
			end: signal.end,
			text: message.text,
			description: signal.rule.description,
			source: signal.rule.source,
		})),
		badLines: badLines.map(badLineJson),
	};
}
