import type {Platform, Sender} from '../model/message.js';
import type {RowStatus} from '../board/triage.js';
import type {Category, Severity} from '../rules/violation-rule.js';

/** Flags of each severity, as the header and report count them. */
type SeverityCounts = Record<Severity, number>;
import type {Mark, Verdict} from '../store/records.js';
import {alertsEn, alertsZh} from './alert-texts.js';
import type {BoardView} from '../board/board-filter.js';
import type {RecordProblem} from '../store/record-file-error.js';
import type {DatabaseProblem} from '../store/database-error.js';

/** Every word kefu-watch shows a person, in Chinese (default) and English. */
const zh = {
	appName: 'kefu-watch 客服监控',
	alerts: alertsZh,
	status: {breached: '超时', warning: '预警', waiting: '等待', idle: '空闲'} satisfies Record<RowStatus, string>,
	sender: {buyer: '买家', agent: '客服', bot: '机器人', system: '系统'} satisfies Record<Sender, string>,
	platform: {pinduoduo: '拼多多', taobao: '淘宝', tmall: '天猫', douyin: '抖音', kuaishou: '快手', jd: '京东'} satisfies Record<Platform, string>,
	header: {
		agents: '在线客服',
		badLines: '坏行',
		conversations: '会话',
		loading: '读取中…',
		searchingLogs: '正在日志中查找较早的消息…',
		files: '文件',
		noConsultations: '今日(08:00–23:00)暂无计入的咨询',
		pathGone: (paths: string) => `已不存在,等它重新出现: ${paths}`,
		fineRisk: (yuan: number) => `罚款风险 ${yuan}元`,

		exposure: (counts: SeverityCounts, yuan: number, points: number) =>
			[counts.error > 0 ? `严重${counts.error}` : '', counts.warn > 0 ? `警告${counts.warn}` : '', counts.info > 0 ? `提示${counts.info}` : '', yuan > 0 ? `最高罚¥${yuan}/次` : points > 0 ? `最高扣${points}分/次` : ''].filter(Boolean).join(' '),
	},
	column: {status: '状态', conv: '会话', where: '平台·店铺', owner: '客服', buyer: '买家', flags: '违规', lastMessage: '最后消息'},
	board: {
		empty: '还没有会话。正在等待日志写入…',
		notCounted: '不计时',
		noClock: '-',
		ahead: '时间超前',
	},
	category: {
		'off-platform-contact': '站外联系',
		'external-link': '站外链接',
		'competitor-platform': '提及其他平台',
		'payment-channel': '站外支付',
		'payment-method-refusal': '拒绝付款方式',
		'invoice-refusal': '拒开发票',
		'out-of-stock': '说无货',
		abuse: '辱骂',
		threat: '威胁买家',
		counterfeit: '假货用语',
		'privacy-leak': '泄露信息',
		'order-close': '关闭订单',
		'shipping-fee': '加收运费',
		'over-promise': '过度承诺',
		'shipping-delay': '延迟发货',
		'review-bribe': '好评返现',
	} satisfies Record<Category, string>,
	conversation: {
		title: '会话',
		suggestion: '建议:',
		owner: '接待客服',
		buyer: '买家',
		messages: '条消息',
		notCounted: '(08:00–23:00 之外,不计入回复率)',
		waiting: '买家已等待',
		textGone: '(原文未能从日志读回:文件已轮转或改写)',
	},
	report: {
		title: (date: string, tz: string, now: string) => `客服回复报表 ${date}(${tz}),统计截至 ${now}`,
		shops: '店铺',
		agents: '客服',
		consultations: '咨询',
		breached: '超时',
		rate: '回复率',
		firstResponse: '平均首响',
		violations: '违规',
		none: '当天没有计入的咨询。',
		belowTarget: (where: string, clock: string, rate: string, target: string) => `! ${where}:${clock} 回复率 ${rate},低于目标 ${target}`,
		fineRisk: (where: string, clock: string, rate: string, threshold: string, yuan: number) =>
			`!! ${where}:${clock} 回复率 ${rate} 低于 ${threshold} 且咨询超过规定人数,有罚款 ${yuan} 元风险`,
		badLines: (count: number) => `坏行 ${count}(已跳过)`,
		spamExcluded: (count: number) => `已排除垃圾咨询 ${count} 个`,
		violationSummary: (total: number, byCategory: string, costs: string) => `!! 违规 ${total} 处:${byCategory}${costs ? `。处罚风险:${costs}` : ''}`,
	},
	agentPanel: {
		waitingNow: '等待中',
	},
	rulesReview: {
		usage: '用法:kefu-watch rules review [--db 文件]',
		none: (db: string) => `${db} 里还没有对违规的复核(看板上按 a 复核)。`,
		header: (db: string) => `各规则的复核结果(${db}),误报多的在前:`,
		rule: (rule: string, confirmed: number, falsePositive: number) => `${rule}  确认 ${confirmed}  误报 ${falsePositive}  误报率 ${Math.round((100 * falsePositive) / Math.max(1, confirmed + falsePositive))}%`,
		falseMark: '✗ 误报',
		confirmedMark: '✓ 确认',
		lineGone: '(日志里已没有这一行)',
	},
	records: {
		needConv: (command: string) => `${command}:请给出会话号(CONV)。`,
		needValue: (command: string) => `${command}:缺少参数,见 kefu-watch ${command} --help。`,
		badMark: (value: string, marks: string) => `没有这个标记:${value}。可用:${marks}`,
		done: (command: string, conv: string, file: string) => `已记录 ${command} ${conv} → ${file}`,
		noHistory: '这个会话还没有记录。',
		assigned: '转接',
		marked: '标记',
		unmarked: '取消标记',
		noted: '备注',
		undo: '撤销:',
	},
	recordFile: {
		describe: (file: string, problem: RecordProblem): string => {
			const where = {document: '应为由记录数组组成的 JSON 对象', array: '应为记录数组', record: '应为一条记录(JSON 对象)'};
			switch (problem.kind) {
				case 'notJson': return `${file}:不是有效的 JSON(${problem.detail});文件保持原样,没有写入`;
				case 'notRecords': return `${file}:${problem.at} ${where[problem.expected]},这不是记录文件;文件保持原样,没有写入`;
				case 'readOnly': return `${file}:文件权限为只读,没有写入(要写入请先 chmod u+w)`;
				case 'noSpace': return `${file}:磁盘空间已满(ENOSPC),没有写入;原文件未改动`;
				case 'noAccess': return `${file}:没有访问权限(${problem.code}),没有写入`;
				case 'readOnlyFs': return `${file}:所在文件系统为只读(EROFS),没有写入`;
				case 'locked': return `${file}:记录文件正被 ${problem.holder} 锁定,已等待 ${Math.round(problem.waitedMs / 1000)} 秒,没有写入`;
				case 'io': return `${file}:读写失败(${problem.code} ${problem.detail}),没有写入`;
			}
		},
	},
	database: {
		describe: (db: string, problem: DatabaseProblem): string => {
			switch (problem.kind) {
				case 'unreachable': return `无法连接记录数据库 ${db}(${problem.detail}),没有写入`;
				case 'failed': return `记录数据库 ${db} 出错(${problem.detail}),没有写入`;
				case 'schemaNewer': return `记录数据库 ${db} 的结构版本为 ${problem.found},比本程序(${problem.known})新:请升级 kefu-watch,没有写入`;
				case 'notLive': return `记录不是实时的:连不上记录数据库 ${db},正在重连;重新连上后再操作`;
			}
		},
		imported: (added: number, total: number, db: string) => `已导入 ${added} 条新记录(文件共 ${total} 条,其余已在)→ ${db}`,
		needSubcommand: '用法:kefu-watch db import FILE --db URL,或 kefu-watch db export --db URL',
		needFile: 'db import:请给出要导入的记录文件(FILE)。',
	},
	check: {
		summary: (total: number, errors: number) => (total === 0 ? '没有发现违规。\n' : `共 ${total} 处违规,其中 ${errors} 处为 error。\n`),
	},
	verdict: {open: '待审核', confirmed: '已确认', 'false-positive': '误报'} satisfies Record<Verdict, string>,
	views: {all: '全部', waiting: '等待中', breached: '已超时', violations: '只看违规', flagged: '已插旗', spam: '垃圾咨询'} satisfies Record<BoardView, string>,
	modal: {
		reviewTitle: (conv: string) => `审核会话 ${conv} 的违规(↑↓ 选择,Enter 切换:待审核 → 已确认 → 误报,Esc 关闭):`,
		searchTitle: '搜索会话号、买家、客服或消息内容(Enter 应用,留空清除;在看板按 Esc 清除筛选):',
		agentFilterTitle: '只看这位客服的会话(输入名字筛选,Enter 应用,留空清除):',
		assignTitle: (conv: string) => `转接会话 ${conv} 给(输入名字筛选,↑↓ 选择,Enter 确定,Esc 取消):`,
		confirmAssign: (conv: string, to: string) => `确认把会话 ${conv} 转接给 ${to}?Enter 确认,Esc 取消。买家的等待时间照常计算。`,
		markTitle: (conv: string) => `标记会话 ${conv}(↑↓ 选择,Enter 设置/取消,Esc 关闭):`,
		noteTitle: (conv: string) => `给会话 ${conv} 写备注(Enter 保存,Esc 取消):`,
		noAgents: '(日志里还没有客服;输入名字后按 Enter)',
	},
	markMeaning: {
		yellow: '黄旗:售前',
		green: '绿旗:售后、查件',
		blue: '蓝旗:退款',
		purple: '紫旗:仓库',
		red: '红旗:异常',
		spam: '垃圾咨询(不计入回复率)',
		resolved: '已解决',
		escalated: '已上报',
	} satisfies Record<Mark, string>,
	flash: {
		assigned: (conv: string, to: string) => `已把 ${conv} 转接给 ${to}`,
		marked: (conv: string, mark: string, on: boolean) => `${conv}:${on ? '已标记' : '已取消'} ${mark}`,
		noted: (conv: string) => `已给 ${conv} 添加备注`,
		reviewed: (conv: string, verdict: string) => `${conv}:违规标为「${verdict}」`,
		undone: '已撤销上一步',
		nothingToUndo: '没有可以撤销的操作',
		failed: (why: string) => `没有写入:${why}`,
		noDb: '没有记录文件(--db),无法写入',
	},
	badLines: {
		title: '无法读取的日志行(已跳过)',
		none: '没有坏行。',
	},
	help: {
		title: '快捷键',
		close: '按任意键关闭',
		legend: '状态符号',
		ahead: '消息时间晚于现在(发送端时钟偏快):照样显示,等待从所记时间起算',
	},
	keys: {
		up: '上移',
		down: '下移',
		top: '到顶部',
		bottom: '到底部',
		open: '打开会话',
		back: '返回',
		help: '帮助',
		quit: '退出',
		pageUp: '上一页',
		pageDown: '下一页',
		badLines: '坏行列表',
		agents: '客服面板',
		violationsOnly: '只看违规',
		assign: '转接',
		mark: '标记',
		note: '备注',
		spam: '垃圾咨询',
		undo: '撤销',
		cycleView: '切换视图',
		search: '搜索',
		agentFilter: '按客服筛选',
		review: '审核违规',
		clearFilters: '清除搜索和客服筛选',
	},
	cli: {
		needsTty: 'watch 需要一个终端(TTY)。非交互环境请使用 `watch --once`、`report` 或 `check`。',
		notYet: (command: string, issue: number) => `${command}:尚未实现(见 issue #${issue})。`,
		unknownCommand: (command: string) => `未知命令:${command}。运行 kefu-watch --help 查看全部命令。`,
		badTz: (tz: string) => `--tz ${tz}:不是有效的时区(例如 Asia/Shanghai)。`,
		badNow: (value: string) => `--now ${value}:不是真实存在的 ISO 8601 时间(日期要在日历上存在,时差在 -14:00 到 +14:00 之间)。`,
		badPlatform: (value: string, known: string) => `--platform ${value}:可选 ${known}。`,
		badWidth: (value: number) => `--width ${value}:请给出不小于 40 的整数。`,
		badDate: (value: string) => `--date ${value}:请用 YYYY-MM-DD 格式的日期。`,
		noSuchDate: (value: string) => `--date ${value}:日历上没有这一天。`,
		badLines: (count: number) => `跳过 ${count} 行无法读取的日志:`,
		unreadable: (count: number, paths: string) => `有 ${count} 个路径无法读取:${paths}。以上结果不完整(退出码 2)。`,
		stdinNotLive: '实时看板不能读取标准输入(-):标准输入是键盘。请用 `watch --once -`、`report -` 或 `check -`。',
		notFollowable: (path: string) => `${path}:不是普通文件或文件夹(管道、设备、套接字),实时看板无法跟踪。请写入文件后再看,或用 watch --once、report、check 读到结尾。`,
		dbUnreadable: (why: string) => `记录文件无法读取,看板未输出:${why}`,
		demoDir: (dir: string) => `演示日志写入:${dir}`,
	},
};

export type Catalog = typeof zh;

const en: Catalog = {
	appName: 'kefu-watch',
	alerts: alertsEn,
	status: {breached: 'breached', warning: 'warning', waiting: 'waiting', idle: 'idle'},
	sender: {buyer: 'buyer', agent: 'agent', bot: 'bot', system: 'system'},
	platform: {pinduoduo: 'PDD', taobao: 'Taobao', tmall: 'Tmall', douyin: 'Douyin', kuaishou: 'Kuaishou', jd: 'JD'},
	header: {
		agents: 'agents active',
		badLines: 'bad lines',
		conversations: 'conversations',
		loading: 'loading…',
		searchingLogs: 'searching the logs for older messages…',
		files: 'files',
		noConsultations: 'No counted consultations today (08:00–23:00)',
		pathGone: (paths: string) => `gone, waiting for it to come back: ${paths}`,
		fineRisk: (yuan: number) => `${yuan} yuan fine risk`,

		exposure: (counts: SeverityCounts, yuan: number, points: number) =>
			[counts.error > 0 ? `${counts.error} serious` : '', counts.warn > 0 ? `${counts.warn} warn` : '', counts.info > 0 ? `${counts.info} info` : '', yuan > 0 ? `up to ¥${yuan}/case` : points > 0 ? `up to ${points} points/case` : ''].filter(Boolean).join(' '),
	},
	column: {status: 'St', conv: 'Conv', where: 'Platform·shop', owner: 'Agent', buyer: 'Buyer', flags: 'Viol', lastMessage: 'Last message'},
	board: {
		empty: 'No conversations yet. Waiting for log lines…',
		notCounted: 'not counted',
		noClock: '-',
		ahead: 'ahead',
	},
	category: {
		'off-platform-contact': 'off-platform contact',
		'external-link': 'external link',
		'competitor-platform': 'competitor named',
		'payment-channel': 'off-platform payment',
		'payment-method-refusal': 'payment method refused',
		'invoice-refusal': 'invoice refused',
		'out-of-stock': 'out of stock',
		abuse: 'abuse',
		threat: 'threat',
		counterfeit: 'counterfeit wording',
		'privacy-leak': 'privacy leak',
		'order-close': 'order closed',
		'shipping-fee': 'extra postage',
		'over-promise': 'over-promise',
		'shipping-delay': 'late shipping',
		'review-bribe': 'review bribe',
	},
	conversation: {
		title: 'Conversation',
		suggestion: 'suggest: ',
		owner: 'agent',
		buyer: 'buyer',
		messages: 'messages',
		notCounted: '(outside 08:00–23:00: not counted)',
		waiting: 'buyer waiting',
		textGone: '(the words could not be read back: the log was rotated or rewritten)',
	},
	report: {
		title: (date: string, tz: string, now: string) => `Reply report ${date} (${tz}), as of ${now}`,
		shops: 'Shops',
		agents: 'Agents',
		consultations: 'consult.',
		breached: 'breached',
		rate: 'rate',
		firstResponse: 'avg first reply',
		violations: 'violations',
		none: 'No counted consultations that day.',
		belowTarget: (where: string, clock: string, rate: string, target: string) => `! ${where}: ${clock} rate ${rate} is under the ${target} target`,
		fineRisk: (where: string, clock: string, rate: string, threshold: string, yuan: number) =>
			`!! ${where}: ${clock} rate ${rate} is under ${threshold} with more consultations than the limit: ${yuan} yuan fine risk`,
		badLines: (count: number) => `${count} bad line(s) skipped`,
		spamExcluded: (count: number) => `${count} spam consultation(s) left out`,
		violationSummary: (total: number, byCategory: string, costs: string) => `!! ${total} violation(s): ${byCategory}${costs ? `. Exposure: ${costs}` : ''}`,
	},
	agentPanel: {
		waitingNow: 'waiting',
	},
	rulesReview: {
		usage: 'usage: kefu-watch rules review [--db FILE]',
		none: (db: string) => `No verdicts on flags in ${db} yet (press a on the board to review one).`,
		header: (db: string) => `Verdicts per rule (${db}), the most often false first:`,
		rule: (rule: string, confirmed: number, falsePositive: number) => `${rule}  confirmed ${confirmed}  false ${falsePositive}  ${Math.round((100 * falsePositive) / Math.max(1, confirmed + falsePositive))}% false`,
		falseMark: '✗ false',
		confirmedMark: '✓ confirmed',
		lineGone: '(the line is no longer in the log)',
	},
	records: {
		needConv: (command: string) => `${command}: name the conversation (CONV).`,
		needValue: (command: string) => `${command}: an argument is missing; see kefu-watch ${command} --help.`,
		badMark: (value: string, marks: string) => `No such mark: ${value}. Marks: ${marks}`,
		done: (command: string, conv: string, file: string) => `Recorded ${command} ${conv} in ${file}`,
		noHistory: 'No records for this conversation yet.',
		assigned: 'transfer',
		marked: 'mark',
		unmarked: 'unmark',
		noted: 'note',
		undo: 'undo:',
	},
	recordFile: {
		describe: (file: string, problem: RecordProblem): string => {
			const where = {document: 'must be a JSON object of record arrays', array: 'must be an array of records', record: 'must be a record (a JSON object)'};
			switch (problem.kind) {
				case 'notJson': return `${file}: not valid JSON (${problem.detail}); it is left as it is, nothing was written`;
				case 'notRecords': return `${file}: ${problem.at} ${where[problem.expected]}: not a records file; it is left as it is, nothing was written`;
				case 'readOnly': return `${file}: the file's mode is read-only; nothing was written (chmod u+w to allow writing)`;
				case 'noSpace': return `${file}: no space left on the device (ENOSPC); nothing was written, the file is as it was`;
				case 'noAccess': return `${file}: permission denied (${problem.code}); nothing was written`;
				case 'readOnlyFs': return `${file}: the file system is read-only (EROFS); nothing was written`;
				case 'locked': return `${file}: locked by ${problem.holder} for ${Math.round(problem.waitedMs / 1000)} s; nothing was written`;
				case 'io': return `${file}: cannot read or write (${problem.code} ${problem.detail}); nothing was written`;
			}
		},
	},
	database: {
		describe: (db: string, problem: DatabaseProblem): string => {
			switch (problem.kind) {
				case 'unreachable': return `cannot reach the records database ${db} (${problem.detail}); nothing was written`;
				case 'failed': return `the records database ${db} failed (${problem.detail}); nothing was written`;
				case 'schemaNewer': return `the records database ${db} has schema version ${problem.found}, newer than this program's (${problem.known}): upgrade kefu-watch; nothing was written`;
				case 'notLive': return `records not live: cannot reach the records database ${db}, reconnecting; try again once it is back`;
			}
		},
		imported: (added: number, total: number, db: string) => `imported ${added} new record(s) (${total} in the file, the rest were there) → ${db}`,
		needSubcommand: 'usage: kefu-watch db import FILE --db URL, or kefu-watch db export --db URL',
		needFile: 'db import: name the records file to import (FILE).',
	},
	check: {
		summary: (total: number, errors: number) => (total === 0 ? 'No violations found.\n' : `${total} violation(s), ${errors} of them errors.\n`),
	},
	verdict: {open: 'open', confirmed: 'confirmed', 'false-positive': 'false positive'},
	views: {all: 'all', waiting: 'waiting', breached: 'breached', violations: 'violations only', flagged: 'flagged', spam: 'spam'},
	modal: {
		reviewTitle: (conv: string) => `Review the flags of ${conv} (↑↓ choose, Enter: open → confirmed → false positive, Esc close):`,
		searchTitle: 'Search conversation, buyer, agent or message text (Enter applies, empty clears; Esc on the board clears filters):',
		agentFilterTitle: 'Only this agent\'s conversations (type to filter, Enter applies, empty clears):',
		assignTitle: (conv: string) => `Transfer ${conv} to (type to filter, ↑↓ choose, Enter pick, Esc cancel):`,
		confirmAssign: (conv: string, to: string) => `Transfer ${conv} to ${to}? Enter confirms, Esc cancels. The buyer's wait keeps counting.`,
		markTitle: (conv: string) => `Mark ${conv} (↑↓ choose, Enter set/clear, Esc close):`,
		noteTitle: (conv: string) => `Note on ${conv} (Enter saves, Esc cancels):`,
		noAgents: '(no agents in the logs yet; type a name and press Enter)',
	},
	markMeaning: {
		yellow: 'yellow: pre-sale',
		green: 'green: after-sale, parcel tracking',
		blue: 'blue: refund',
		purple: 'purple: warehouse',
		red: 'red: exception',
		spam: 'spam (left out of reply rates)',
		resolved: 'resolved',
		escalated: 'escalated',
	},
	flash: {
		assigned: (conv: string, to: string) => `Transferred ${conv} to ${to}`,
		marked: (conv: string, mark: string, on: boolean) => `${conv}: ${on ? 'marked' : 'unmarked'} ${mark}`,
		noted: (conv: string) => `Note added to ${conv}`,
		reviewed: (conv: string, verdict: string) => `${conv}: flag set to "${verdict}"`,
		undone: 'Undid the last action',
		nothingToUndo: 'Nothing to undo',
		failed: (why: string) => `Not written: ${why}`,
		noDb: 'No records file (--db): nothing can be written',
	},
	badLines: {
		title: 'Unreadable log lines (skipped)',
		none: 'No bad lines.',
	},
	help: {
		title: 'Keys',
		close: 'Press any key to close',
		legend: 'Status symbols',
		ahead: 'stamped after now (the sender\'s clock runs fast): shown all the same, its wait counts from its stamp',
	},
	keys: {
		up: 'up',
		down: 'down',
		top: 'top',
		bottom: 'bottom',
		open: 'open',
		back: 'back',
		help: 'help',
		quit: 'quit',
		pageUp: 'page up',
		pageDown: 'page down',
		badLines: 'bad lines',
		agents: 'agents',
		violationsOnly: 'violations only',
		assign: 'transfer',
		mark: 'mark',
		note: 'note',
		spam: 'spam on/off',
		undo: 'undo',
		cycleView: 'next view',
		search: 'search',
		agentFilter: 'filter by agent',
		review: 'review flags',
		clearFilters: 'clear search and agent filter',
	},
	cli: {
		needsTty: 'watch needs a terminal (TTY). Without one, use `watch --once`, `report` or `check`.',
		notYet: (command: string, issue: number) => `${command}: not built yet (see issue #${issue}).`,
		unknownCommand: (command: string) => `Unknown command: ${command}. Run kefu-watch --help for the list.`,
		badTz: (tz: string) => `--tz ${tz}: not a time zone (for example Asia/Shanghai).`,
		badNow: (value: string) => `--now ${value}: not a real ISO 8601 time (the day must exist on the calendar, the offset lie between -14:00 and +14:00).`,
		badPlatform: (value: string, known: string) => `--platform ${value}: use one of ${known}.`,
		badWidth: (value: number) => `--width ${value}: use a whole number of at least 40.`,
		badDate: (value: string) => `--date ${value}: use a date as YYYY-MM-DD.`,
		noSuchDate: (value: string) => `--date ${value}: there is no such day on the calendar.`,
		badLines: (count: number) => `Skipped ${count} unreadable log line(s):`,
		unreadable: (count: number, paths: string) => `${count} path(s) could not be read: ${paths}. The results above are incomplete (exit 2).`,
		stdinNotLive: 'The live board cannot read standard input (-): it is the keyboard. Use `watch --once -`, `report -` or `check -`.',
		notFollowable: (path: string) => `${path}: not a regular file or folder (a pipe, device or socket); the live board cannot follow it. Write it to a file, or read it to its end with watch --once, report or check.`,
		dbUnreadable: (why: string) => `The records file cannot be read; no board printed: ${why}`,
		demoDir: (dir: string) => `Demo logs are written to ${dir}`,
	},
};

export type Lang = 'zh' | 'en';

export function catalog(lang: Lang): Catalog {
	return lang === 'en' ? en : zh;
}
