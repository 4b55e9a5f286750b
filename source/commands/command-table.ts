import type {FlagName} from './flags.js';

export type CommandName = 'demo' | 'watch' | 'alert' | 'report' | 'check' | 'assign' | 'mark' | 'unmark' | 'note' | 'history' | 'rules' | 'db' | 'config';

export interface CommandSpec {
	name: CommandName;
	usage: string;
	summary: string;
	flags: readonly FlagName[];
	/** The issue that builds a command not built yet. */
	pendingIssue?: number;
}

const COMMON: readonly FlagName[] = ['tz', 'platform', 'rules', 'encoding', 'lang', 'config'];
const RECORDS: readonly FlagName[] = ['tz', 'platform', 'shop', 'db', 'logs', 'init', 'by', 'lang'];

/** The commands of contract §3, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
	{
		name: 'demo',
		usage: 'kefu-watch demo [--dir DIR]',
		summary: 'simulated agents write live logs into a folder; the board watches it',
		flags: ['dir', 'db', 'once', 'width', 'stale', 'now', 'by', ...COMMON],
	},
	{
		name: 'watch',
		usage: 'kefu-watch watch [PATH…]',
		summary: 'the live triage board over chat-log files and folders',
		flags: ['once', 'width', 'limit', 'view', 'stale', 'now', 'poll', 'db', 'by', 'bell', 'notify', 'notifyOn', ...COMMON],
	},
	{
		name: 'alert',
		usage: 'kefu-watch alert [PATH…] --notify TARGET…',
		summary: 'follows the logs without a terminal and sends alerts to group robots (for a service manager)',
		flags: ['notify', 'notifyOn', 'poll', 'db', ...COMMON],
	},
	{
		name: 'report',
		usage: 'kefu-watch report [PATH…] [--json|--csv|--chart] [--date D | --from D --to D | --days N] [--by team] [--team TEAM]',
		summary: 'reply-clock and violation figures per shop and agent for one day or a range of days',
		flags: ['json', 'csv', 'chart', 'date', 'from', 'to', 'days', 'by', 'team', 'width', 'now', 'db', ...COMMON],
	},
	{name: 'check', usage: 'kefu-watch check [PATH…] [--json]', summary: 'rule violations in agent and bot messages (exit 1 when one is an error)', flags: ['json', 'now', ...COMMON]},
	{name: 'assign', usage: 'kefu-watch assign CONV AGENT', summary: 'record a transfer of a conversation to another agent', flags: [...RECORDS, 'newAgent']},
	{name: 'mark', usage: 'kefu-watch mark CONV MARK', summary: 'set a mark (yellow green blue purple red spam resolved escalated)', flags: RECORDS},
	{name: 'unmark', usage: 'kefu-watch unmark CONV MARK', summary: 'clear a mark', flags: RECORDS},
	{name: 'note', usage: 'kefu-watch note CONV TEXT', summary: 'append a note to a conversation', flags: RECORDS},
	{name: 'rules', usage: 'kefu-watch rules review [--db FILE] [--json]', summary: 'per rule, how often its flags were confirmed or called false, with examples', flags: ['db', 'json', 'lang']},
	{name: 'history', usage: 'kefu-watch history CONV', summary: "a conversation's records: transfers, marks and notes, oldest first", flags: RECORDS},
	{
		name: 'db',
		usage: 'kefu-watch db import FILE --db URL | kefu-watch db export [--db DB]',
		summary: 'copy a records file into a database (each record once), or print every record as one lowdb document',
		flags: ['db', 'lang'],
	},
	{name: 'config', usage: 'kefu-watch config check [--config FILE]', summary: 'check the configuration file: exit 0 when valid, 2 naming the line and key', flags: ['config', 'lang']},
];

export function findCommand(name: string): CommandSpec | undefined {
	return COMMANDS.find(command => command.name === name);
}
