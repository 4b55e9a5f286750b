/** Every command-line flag, with its help; commands list which of these they take. */
export const FLAGS = {
	tz: {type: 'string', default: 'Asia/Shanghai', help: '--tz ZONE         time zone of the shop clock and reply windows (default Asia/Shanghai)'},
	platform: {type: 'string', default: 'pinduoduo', help: '--platform NAME   platform of lines that name none: pinduoduo, taobao, tmall, douyin, kuaishou, jd'},
	shop: {type: 'string', help: '--shop NAME       shop of the conversation named'},
	rules: {type: 'string', help: '--rules DIR       extra or overriding rule packs (*.json)'},
	db: {type: 'string', default: 'data/db.json', help: '--db FILE|URL     supervisor records: a lowdb file, or postgres://user@host/db (default $KEFU_DB, else data/db.json)'},
	logs: {type: 'string', isMultiple: true, help: '--logs PATH       the chat logs: the conversation, shop and agent named are checked against them'},
	newAgent: {type: 'boolean', default: false, help: '--new-agent       assign to an agent the logs have not seen (with --logs)'},
	init: {type: 'boolean', default: false, help: '--init            create the --db folder if it does not exist'},
	by: {type: 'string', help: '--by NAME         who acts (default the login name); for report, --by team groups agents by team'},
	now: {type: 'string', help: '--now ISO         evaluate at this instant instead of the real time'},
	date: {type: 'string', help: '--date YYYY-MM-DD  the day to report (default today in --tz)'},
	from: {type: 'string', help: '--from YYYY-MM-DD  first day of a report range (with --to)'},
	to: {type: 'string', help: '--to YYYY-MM-DD   last day of a report range, inclusive'},
	days: {type: 'number', help: '--days N          a report over the N days ending today'},
	team: {type: 'string', help: "--team TEAM       report only that team's agents (the teams of kefu-watch.yaml)"},
	csv: {type: 'boolean', default: false, help: '--csv             the report as CSV for Excel (UTF-8 with BOM)'},
	chart: {type: 'boolean', default: false, help: '--chart           consultations and breaches per hour as bars'},
	config: {type: 'string', help: '--config FILE     the configuration file (default kefu-watch.yaml here)'},
	lang: {type: 'string', default: 'zh', help: '--lang zh|en      language of the board (default zh)'},
	once: {type: 'boolean', default: false, help: '--once            print the board once as plain text and exit'},
	width: {type: 'number', help: "--width N         width of --once output (default the terminal's, or 100)"},
	limit: {type: 'number', help: '--limit N         print at most N rows of the board (--once)'},
	view: {type: 'string', help: '--view V          only one view of the board (--once): all, waiting, breached, violations, flagged, spam'},
	stale: {type: 'number', help: "--stale MIN       minutes without a buyer line before a conversation over every clock sinks to lost (default the pack's, 30)"},
	json: {type: 'boolean', default: false, help: '--json            one JSON document on stdout'},
	dir: {type: 'string', help: '--dir DIR         where the simulated agents write (default a new temp folder)'},
	poll: {type: 'boolean', default: false, help: '--poll            poll files instead of filesystem events (network filesystems)'},
	encoding: {type: 'string', default: 'auto', help: '--encoding ENC    log encoding: auto (UTF-8, or GBK where a file is not UTF-8), utf8, gbk'},
	notify: {
		type: 'string',
		isMultiple: true,
		help: '--notify TARGET   send alerts to dingtalk:URL, wecom:URL, feishu:URL or webhook:URL (repeatable; secrets: KEFU_DINGTALK_SECRET, KEFU_FEISHU_SECRET)',
	},
	notifyOn: {type: 'string', default: 'breach,fine-risk,violation,complaint', help: '--notify-on KINDS  which alerts to send: breach,fine-risk,violation,complaint (default all)'},
	bell: {type: 'boolean', default: true, help: '--no-bell         no terminal bell when a conversation goes at risk or breached'},
	help: {type: 'boolean', default: false, help: '--help            this help'},
	version: {type: 'boolean', default: false, help: '--version         the version'},
} as const;

export type FlagName = keyof typeof FLAGS;

/** The flag specs as meow wants them (without our help texts). */
export function meowFlags() {
	return Object.fromEntries(
		Object.entries(FLAGS).map(([name, spec]) => {
			const {help: _help, ...rest} = spec;
			return [name, rest];
		}),
	) as {[K in FlagName]: Omit<(typeof FLAGS)[K], 'help'>};
}
