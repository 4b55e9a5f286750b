import {PLATFORMS, SENDERS, type Platform, type Sender} from '../model/message.js';
import type {LineProblem} from '../ingest/line-problem.js';
import type {RowStatus, SetAside} from '../board/triage.js';
import type {Category, Severity} from '../rules/violation-rule.js';

/** Flags of each severity, as the header and report count them. */
type SeverityCounts = Record<Severity, number>;
import type {Mark, Verdict} from '../store/records.js';
import {alertsEn, alertsZh} from './alert-texts.js';
import type {BoardView} from '../board/board-filter.js';
import type {BuyerCategory} from '../rules/buyer-rule.js';
import type {DatabaseProblem, RecordProblem} from '../store/store-problems.js';
import type {CommandName} from '../commands/command-table.js';
import type {FlagName} from '../commands/flags.js';

/** A file or folder that cannot be read, in Chinese, by the system's error code. */
const unreadableZh: Record<string, string> = {
	ENOENT: '不存在',
	EACCES: '没有权限',
	EPERM: '没有权限',
	EISDIR: '是文件夹',
	ENOTDIR: '路径中有一段不是文件夹',
	ELOOP: '符号链接循环',
	EMFILE: '打开的文件太多',
	ENFILE: '打开的文件太多',
	EIO: '磁盘读写错误',
	ENAMETOOLONG: '路径太长',
	ENOTREGULAR: '不是普通文件(管道、设备或套接字)',
	ENXIO: '设备不存在',
};

/** Every word kefu-watch shows a person, in Chinese (default) and English. */
const zh = {
	appName: 'kefu-watch 客服监控',
	alerts: alertsZh,
	status: {warning: '预警', breached: '超时', waiting: '等待', notCounted: '不计时', lost: '已流失', setAside: '暂缓', idle: '空闲'} satisfies Record<RowStatus, string>,
	sender: {buyer: '买家', agent: '客服', bot: '机器人', system: '系统'} satisfies Record<Sender, string>,
	platform: {pinduoduo: '拼多多', taobao: '淘宝', tmall: '天猫', douyin: '抖音', kuaishou: '快手', jd: '京东'} satisfies Record<Platform, string>,
	header: {
		agents: '在线客服',
		badLines: '坏行',
		loading: '读取中…',
		searchingLogs: '正在日志中查找较早的消息…',
		noConsultations: '今日(08:00–23:00)暂无计入的咨询',
		pathGone: (paths: string) => `已不存在,等它重新出现: ${paths}`,
		fineRisk: (yuan: number) => `罚款风险 ${yuan}元`,
		fineRiskShort: '罚款风险',
		sortedByWait: '按等待时长',

		exposure: (counts: SeverityCounts, yuan: number, points: number) =>
			[
				counts.error > 0 ? `严重${counts.error}` : '',
				counts.warn > 0 ? `警告${counts.warn}` : '',
				counts.info > 0 ? `提示${counts.info}` : '',
				yuan > 0 ? `最高罚¥${yuan}/次` : points > 0 ? `最高扣${points}分/次` : '',
			]
				.filter(Boolean)
				.join(' '),
	},
	column: {status: '状态', conv: '会话', where: '平台·店铺', owner: '客服', team: '组', buyer: '买家', flags: '违规', lastMessage: '最后消息'},
	board: {
		empty: '还没有会话。正在等待日志写入…',
		noMatch: '没有符合当前筛选的会话(Esc 清除搜索和客服筛选,f 切换视图)',
		more: (count: number) => `…… 另有 ${count} 个会话未列出(--limit)`,
		notCounted: '不计时',
		noClock: '-',
		ahead: '时间超前',
		setAside: {snooze: '等买家', resolved: '已解决', spam: '垃圾'} satisfies Record<SetAside['why'], string>,
		backAt: (clock: string) => `至${clock}`,
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
	buyerCategory: {complaint: '买家要投诉', 'bad-review': '买家要差评', 'buyer-abuse': '买家辱骂'} satisfies Record<BuyerCategory, string>,
	conversation: {
		title: '会话',
		suggestion: '建议:',
		owner: '接待客服',
		buyer: '买家',
		textGone: '(原文未能从日志读回:文件已轮转或改写)',
		signalSince: '自上次回复以来',
	},
	report: {
		title: (date: string, tz: string, now: string) => `客服回复报表 ${date}(${tz}),统计截至 ${now}`,
		shops: '店铺',
		agents: '客服',
		consultations: '咨询',
		clock: '时限',
		breached: '超时',
		rate: '回复率',
		firstResponse: '平均首响',
		violations: '违规',
		none: '当天没有计入的咨询。',
		belowTarget: (where: string, clock: string, rate: string, target: string) => `! ${where}:${clock} 回复率 ${rate},低于目标 ${target}`,
		fineRisk: (where: string, clock: string, rate: string, threshold: string, yuan: number) => `!! ${where}:${clock} 回复率 ${rate} 低于 ${threshold} 且咨询超过规定人数,有罚款 ${yuan} 元风险`,
		badLines: (count: number) => `坏行 ${count}(已跳过)`,
		spamExcluded: (count: number) => `已排除垃圾咨询 ${count} 个`,
		violationSummary: (total: number, byCategory: string, costs: string) => `!! 违规 ${total} 处:${byCategory}${costs ? `。处罚风险:${costs}` : ''}`,
	},
	periods: {
		title: (from: string, to: string, tz: string, now: string) => `客服回复报表 ${from} 至 ${to}(${tz}),统计截至 ${now}`,
		rateByDay: (clock: string) => `${clock} 回复率,按天`,
		total: '合计',
		previous: (from: string, to: string) => `上期 ${from}~${to}`,
		change: '变化',
		totals: '期间合计',
		busiest: (where: string, hours: string) => `${where} 最忙时段:${hours}`,
		mostBreached: (where: string, clock: string, hours: string) => `${where} ${clock} 超时最多:${hours}`,
		hourCount: (hour: number, count: number) => `${hour}时 ${count}`,
		team: '组',
		noTeam: '(未分组)',
		csvHeader: {date: '日期', kind: '类别', platform: '平台', shop: '店铺', name: '名称', team: '组', clock: '时限', consultations: '咨询', breached: '超时', rate: '回复率'},
		csvKind: {shop: '店铺', agent: '客服', team: '组'},
		chartTitle: (where: string, from: string, to: string) => (from === to ? `${where} ${from} 每小时` : `${where} ${from} 至 ${to} 每小时`),
		chartConsultations: (max: number) => `咨询(每格最高 ${max})`,
		chartBreached: (clock: string, max: number) => `${clock} 超时(最高 ${max})`,
		chartNone: '没有计入的咨询。',
		hoursView: (where: string) => `${where} 今天每小时`,
		hoursNoShop: '没有选中的店铺:今天还没有计入的咨询。',
		badDateFlag: (flag: string, value: string) => `${flag} ${value}:请用日历上存在的 YYYY-MM-DD 日期。`,
		badRange: (from: string, to: string) => `--from ${from} 晚于 --to ${to}。`,
		tooLong: (days: number) => `日期范围 ${days} 天太长(最多 366 天)。`,
		badDays: (value: number) => `--days ${value}:请给出 1 到 366 的整数。`,
		mixedRange: '--date 只统计一天,不能和 --from/--to/--days 一起用;--days 也不能和 --from/--to 一起用。',
		halfRange: '--from 和 --to 要一起给出。',
		csvAndJson: '--csv 和 --json 只能选一个。',
		badGroup: (value: string) => `report --by ${value}:只能按 team 分组。`,
		badTeam: (team: string, teams: string) => `report --team ${team}:配置文件里没有这个组(有:${teams || '无'})。`,
	},
	agentPanel: {
		waitingNow: '等待中',
		hours: '今日每小时 0–23 时',
		worst: '最差优先',
		sortedBy: (column: string, reversed: boolean) => `排序:${column}${reversed ? '(反向:最好的在前)' : ''}`,
	},
	config: {
		problems: {
			unreadable: (detail: string) => `无法读取:${detail}`,
			notYaml: (detail: string) => `不是有效的 YAML:${detail}`,
			notZone: '不是时区(例如 Asia/Shanghai)',
			lang: '只能是 zh 或 en',
			stale: '必须是正的分钟数',
			notify: (kinds: string) => `必须是 ${kinds} 之一`,
			notATeam: (team: string, teams: string) => `「${team}」不在 teams 里(${teams})`,
			rate: '必须是 0 到 1 之间的比率',
			mapping: (keys: string) => `必须是映射,键为 ${keys}`,
			unknownKey: (keys: string) => `未知的键(可用:${keys})`,
			names: '必须是以名字为键的映射',
			plainName: '名字必须是纯文本',
			text: '必须是非空文本',
			number: '必须是数字',
			boolean: '必须是 true 或 false',
			oneOf: (values: string) => `必须是 ${values} 之一`,
			texts: '必须是文本或文本列表',
		},
		usage: '用法:kefu-watch config check [--config 文件]',
		none: (file: string) => `当前文件夹没有 ${file}(或用 --config 指定文件)。`,
		ok: (file: string, shops: number, agents: number, teams: number) => `${file}:正确(店铺 ${shops} 个,客服 ${agents} 位,组 ${teams} 个)`,
	},
	rulesReview: {
		usage: '用法:kefu-watch rules review [--db 文件]',
		none: (db: string) => `${db} 里还没有对违规的复核(看板上按 a 复核)。`,
		header: (db: string) => `各规则的复核结果(${db}),误报多的在前:`,
		rule: (rule: string, confirmed: number, falsePositive: number) =>
			`${rule}  确认 ${confirmed}  误报 ${falsePositive}  误报率 ${Math.round((100 * falsePositive) / Math.max(1, confirmed + falsePositive))}%`,
		falseMark: '✗ 误报',
		confirmedMark: '✓ 确认',
		lineGone: '(日志里已没有这一行)',
	},
	records: {
		needConv: (command: string) => `${command}:请给出会话号(CONV)。`,
		needValue: (command: string) => `${command}:缺少参数,见 kefu-watch ${command} --help。`,
		badMark: (value: string, marks: string) => `没有这个标记:${value}。可用:${marks}`,
		recorded: (conv: string, what: string, where: string, store: string) => `已记录:${conv} ${what}(${where})→ ${store}`,
		extraArguments: (command: string, extra: string) => `${command}:多余的参数「${extra}」。含空格的文字请加引号,见 kefu-watch ${command} --help。`,
		markNotSet: (conv: string, mark: string) => `会话 ${conv} 没有设置「${mark}」,没有可以取消的;没有写入任何记录。`,
		noDbFolder: (db: string, folder: string) => `--db ${db}:文件夹 ${folder} 不存在。确认路径无误后加 --init 新建;没有写入任何记录。`,
		unknownShop: (shop: string) => `日志里没有店铺 ${shop}(用 --shop 和 --platform 指定);没有写入任何记录。`,
		unknownConv: (conv: string, shop: string) => `日志里 ${shop} 没有会话 ${conv};没有写入任何记录。`,
		unknownAgent: (agent: string) => `日志里没有客服 ${agent}。确认是新客服请加 --new-agent;没有写入任何记录。`,
		alreadyOwner: (conv: string, agent: string) => `会话 ${conv} 已经在 ${agent} 名下,不用转接;没有写入任何记录。`,
		whichShop: (conv: string, shops: string) => `会话 ${conv} 在几个店铺都有记录:${shops}。请用 --shop 指定。`,
		noHistory: '这个会话还没有记录。',
		assigned: '转接',
		assignedTo: (to: string) => `转接给 ${to}`,
		marked: '标记',
		unmarked: '取消标记',
		noted: '备注',
		reviewed: '审核',
		snoozed: '暂缓',
		unsnoozed: '取消暂缓',
		until: (clock: string) => `至 ${clock}`,
		undoOf: (what: string) => `撤销${what}`,
	},
	recordFile: {
		describe: (file: string, problem: RecordProblem): string => {
			const where = {document: '应为由记录数组组成的 JSON 对象', array: '应为记录数组', record: '应为一条记录(JSON 对象)'};
			switch (problem.kind) {
				case 'notJson':
					return `${file}:不是有效的 JSON(${problem.detail});文件保持原样,没有写入`;
				case 'notRecords':
					return `${file}:${problem.at} ${where[problem.expected]},这不是记录文件;文件保持原样,没有写入`;
				case 'readOnly':
					return `${file}:文件权限为只读,没有写入(要写入请先 chmod u+w)`;
				case 'noSpace':
					return `${file}:磁盘空间已满(ENOSPC),没有写入;原文件未改动`;
				case 'noAccess':
					return `${file}:没有访问权限(${problem.code}),没有写入`;
				case 'readOnlyFs':
					return `${file}:所在文件系统为只读(EROFS),没有写入`;
				case 'locked':
					return `${file}:记录文件正被 ${problem.holder} 锁定,已等待 ${Math.round(problem.waitedMs / 1000)} 秒,没有写入`;
				case 'io':
					return `${file}:读写失败(${problem.code} ${problem.detail}),没有写入`;
			}
		},
	},
	database: {
		describe: (db: string, problem: DatabaseProblem): string => {
			switch (problem.kind) {
				case 'unreachable':
					return `无法连接记录数据库 ${db}(${problem.detail}),没有写入`;
				case 'failed':
					return `记录数据库 ${db} 出错(${problem.detail}),没有写入`;
				case 'schemaNewer':
					return `记录数据库 ${db} 的结构版本为 ${problem.found},比本程序(${problem.known})新:请升级 kefu-watch,没有写入`;
				case 'notLive':
					return `记录不是实时的:连不上记录数据库 ${db},正在重连;重新连上后再操作`;
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
	views: {all: '全部', waiting: '等待中', breached: '已超时', violations: '只看违规', signals: '买家投诉/差评/辱骂', flagged: '已插旗', spam: '垃圾咨询'} satisfies Record<BoardView, string>,
	modal: {
		reviewTitle: (conv: string) => `审核会话 ${conv} 的违规(↑↓ 选择,Enter 切换:待审核 → 已确认 → 误报,Esc 关闭):`,
		agentFilterTitle: '只看这位客服的会话(输入名字筛选,Enter 应用,留空清除):',
		assignTitle: (conv: string) => `转接会话 ${conv} 给(输入名字筛选,↑↓ 选择,Enter 确定,Esc 取消):`,
		confirmAssign: (conv: string, to: string) => `确认把会话 ${conv} 转接给 ${to}?Enter 确认,Esc 取消。买家的等待时间照常计算。`,
		markTitle: (conv: string) => `标记会话 ${conv}(↑↓ 选择,Enter 或空格 设置/取消,可选多个,Esc 关闭):`,
		noteTitle: (conv: string) => `给会话 ${conv} 写备注(Enter 保存,Esc 取消):`,
		noAgents: '(日志里还没有客服;输入名字后按 Enter)',
		noMatchingAgent: (query: string) => `日志里没有名字含「${query}」的客服;按 Enter 当作新客服转接(需再确认)`,
		alreadyOwner: (owner: string) => `会话已经在 ${owner} 名下,不用转接`,
		agentLoad: (open: number, waiting: number) => `负责 ${open} · 等待 ${waiting}`,
		agentWaiting: (waiting: number) => `(等待 ${waiting})`,
		confirmNewAgent: (conv: string, to: string) => `日志里没有客服 ${to}。确认把会话 ${conv} 转接给这位新客服?Enter 确认,Esc 取消。`,
		snoozeTitle: (conv: string) => `暂缓会话 ${conv}(不影响当天的回复率;买家再发消息即回到原处。↑↓ 选择,Enter 确定,Esc 取消):`,
		snoozeMinutes: (minutes: number) => `${minutes} 分钟`,
		commandHelp: 'agent 客服 · shop 店铺 · view 视图 · sort wait|urgency(Tab 补全,Enter 执行,Esc 取消)',
		commandError: {verb: '没有这个命令:可用 agent、shop、view、sort', argument: '没有这一项(Tab 看可选的)'},
		searchMatches: (count: number, searching: boolean) => `${count} 个会话符合${searching ? '(还在日志中查找较早的消息)' : ''}  Enter 保留  Esc 恢复`,
		noteUnsaved: '备注还没有保存。再按 Ctrl-C 放弃备注并退出;按其他键继续编辑。',
		snoozeChoice: {buyer: '直到买家再发消息', clear: '取消暂缓'},
	},
	markName: {yellow: '黄旗', green: '绿旗', blue: '蓝旗', purple: '紫旗', red: '红旗', spam: '垃圾咨询', resolved: '已解决', escalated: '已上报'} satisfies Record<Mark, string>,
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
		snoozed: (conv: string, until: string) => `已暂缓 ${conv}:${until}`,
		unsnoozed: (conv: string) => `已取消暂缓 ${conv}`,
		undone: '已撤销上一步',
		undid: (conv: string, what: string) => `${conv}:${what}`,
		nothingToUndo: '没有可以撤销的操作',
		failed: (why: string) => `没有写入:${why}`,
		noDb: '没有记录文件(--db),无法写入',
	},
	badLines: {
		title: '无法读取的日志行(已跳过)',
		none: '没有坏行。',
		describe: (problem: LineProblem): string => {
			switch (problem.code) {
				case 'not-json':
					return `不是有效的 JSON${'end' in problem.at ? '(行没有写完)' : 'column' in problem.at ? `(第 ${problem.at.column} 个字符处)` : ''}`;
				case 'not-object':
					return '不是 JSON 对象';
				case 'missing-field':
					return `缺少必填字段 "${problem.field}"${problem.field === 'conv' ? '(字符串或数字)' : problem.field === 'text' ? '(字符串)' : ''}`;
				case 'bad-sender':
					return `"from" 只能是 ${SENDERS.join('、')}`;
				case 'unknown-platform':
					return `未知平台 "${problem.value}"(可选 ${PLATFORMS.join('、')})`;
				case 'bad-ts':
					return {
						type: 'ts 应为 ISO 8601 字符串或毫秒时间戳',
						'not-iso': `ts "${problem.value}" 不是 ISO 8601 格式`,
						'not-real': `ts "${problem.value}" 不是真实存在的日期时间`,
						offset: `ts "${problem.value}" 的时差不存在(应在 -14:00 到 +14:00 之间)`,
						range: `ts ${problem.value} 不是 2000 到 2100 年之间的毫秒时间戳`,
					}[problem.why];
				case 'not-text':
					return '不是文本:既不是 UTF-8 也不是 GBK';
				case 'control-bytes':
					return '不是文本:行内有控制字符';
				case 'too-long':
					return `行超过 ${problem.limitKb} KB(${problem.bytes} 字节),已跳过`;
				case 'unreadable':
					return `无法读取:${unreadableZh[problem.errno] ?? '读取出错'}${problem.errno ? `(${problem.errno})` : `(${problem.detail})`}`;
			}
		},
	},
	help: {
		title: '快捷键',
		close: '按任意键关闭',
		legend: '状态符号',
		ahead: '消息时间晚于现在(发送端时钟偏快):照样显示,等待从所记时间起算',
		mouse: '鼠标(终端支持时):单击选中一行,再单击打开;滚轮上下移动',
		signals: '买家自上次回复后要投诉、给差评或辱骂客服:排在所在区段最前;只看这些按 f 或输入 :view signals',
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
		hours: '每小时图表',
		agents: '客服面板',
		violationsOnly: '只看违规',
		assign: '转接',
		mark: '标记',
		note: '备注',
		spam: '垃圾咨询',
		snooze: '暂缓',
		undo: '撤销',
		cycleView: '切换视图',
		search: '搜索',
		command: '命令行',
		agentFilter: '按客服筛选',
		review: '审核违规',
		nextViolation: '下一处违规',
		sortAgents: '换排序列',
		reverseAgents: '反向排序',
		toggleSort: '切换排序:紧急程度 / 等待最久',
		previousViolation: '上一处违规',
		clearFilters: '清除搜索和客服筛选',
	},
	cliHelp: {
		title: 'kefu-watch — 客服聊天日志的回复时限与违规监控',
		usage: '用法',
		demoLine: '打开演示(等同 kefu-watch demo)',
		commands: '命令',
		perCommand: '各命令及其参数',
		options: '参数',
		exitCodes: '每个命令都接受 --help。退出码:0 正常,1 有 error 级违规(check),2 用法或读取错误;Ctrl-C 退出为 130。',
		summary: {
			demo: '模拟客服向文件夹写实时日志,看板跟随显示',
			watch: '实时看板:读取并跟随聊天日志文件和文件夹',
			report: '一天或一段日期的回复时限与违规统计(按店铺、客服、组;表格、JSON、CSV 或每小时柱状图)',
			check: '检查客服和机器人消息中的违规(有 error 时退出码 1)',
			assign: '记录一次会话转接',
			mark: '设置标记(yellow green blue purple red spam resolved escalated)',
			unmark: '取消标记',
			note: '给会话追加一条备注',
			history: '会话的全部记录:转接、标记、备注、审核、暂缓,按时间先后',
			alert: '不开终端跟踪日志,把提醒发到群机器人(供服务管理器运行)',
			rules: '每条规则的标记被确认或判为误报的次数,附例句',
			db: '把记录文件导入数据库(每条一次),或把全部记录打印为一份 lowdb 文档',
			config: '检查配置文件 kefu-watch.yaml(或 --config 指定的文件):正确退出 0,有错退出 2 并指出行和键',
		} satisfies Record<CommandName, string>,
		flags: {
			tz: '店铺时钟和回复时段所用的时区(默认 Asia/Shanghai)',
			platform: '未写平台的日志行所属平台:pinduoduo, taobao, tmall, douyin, kuaishou, jd',
			shop: '所指会话的店铺',
			rules: '追加或覆盖的规则包(*.json)',
			db: '主管记录:lowdb 文件,或 postgres://user@host/db(默认 $KEFU_DB,否则 data/db.json)',
			logs: '聊天日志:核对所指的会话、店铺和客服确实存在',
			newAgent: '转接给日志里还没有出现过的客服(配合 --logs)',
			init: '--db 的文件夹不存在时新建',
			by: '操作人(默认登录名);report 用 --by team 按组汇总客服',
			now: '以这个时刻计算,而不是当前时间',
			date: '统计哪一天(默认 --tz 下的今天)',
			from: '统计区间的第一天(与 --to 一起用)',
			to: '统计区间的最后一天(含)',
			days: '统计到今天为止的 N 天',
			team: '只统计这个组的客服(kefu-watch.yaml 的 teams)',
			csv: '以 CSV 输出报表,供 Excel 打开(UTF-8 带 BOM)',
			chart: '以字符柱状图显示每小时的咨询和超时',
			config: '配置文件(默认当前文件夹的 kefu-watch.yaml)',
			lang: '界面语言(默认 zh)',
			once: '把看板以纯文本打印一次后退出',
			width: '输出宽度:--once 的看板、report 的表格(默认终端宽度)',
			limit: '最多打印看板的多少行(--once)',
			view: '只打印看板的一个视图(--once):all, waiting, breached, violations, signals, flagged, spam',
			stale: '超时会话的买家多少分钟没有新消息即视为已流失(默认规则包设定,30)',
			json: '在标准输出打印一份 JSON 文档',
			dir: '模拟客服写日志的文件夹(默认新建临时文件夹)',
			poll: '轮询文件而不是使用文件系统事件(网络文件系统)',
			encoding: '日志编码:auto(UTF-8,非 UTF-8 文件按 GBK)、utf8、gbk',
			notify: '把提醒发到 dingtalk:URL、wecom:URL、feishu:URL 或 webhook:URL(可重复;密钥:KEFU_DINGTALK_SECRET、KEFU_FEISHU_SECRET)',
			notifyOn: '发送哪些提醒:breach,fine-risk,violation,complaint(默认全部)',
			bell: '会话进入预警或超时时终端不响铃',
			help: '显示帮助',
			version: '显示版本',
		} satisfies Record<FlagName, string>,
	},
	cli: {
		unknownFlag: (flag: string) => `未知参数:${flag}。运行 kefu-watch --help 查看全部参数。`,
		badView: (value: string, views: string) => `--view ${value}:可选 ${views}。`,
		badLimit: (value: string) => `--limit ${value}:请给出大于 0 的整数。`,
		needsTty: 'watch 需要一个终端(TTY)。非交互环境请使用 `watch --once`、`report` 或 `check`。',
		notYet: (command: string, issue: number) => `${command}:尚未实现(见 issue #${issue})。`,
		unknownCommand: (command: string) => `未知命令:${command}。运行 kefu-watch --help 查看全部命令。`,
		badTz: (tz: string) => `--tz ${tz}:不是有效的时区(例如 Asia/Shanghai)。`,
		badNow: (value: string) => `--now ${value}:不是真实存在的 ISO 8601 时间(日期要在日历上存在,时差在 -14:00 到 +14:00 之间)。`,
		badPlatform: (value: string, known: string) => `--platform ${value}:可选 ${known}。`,
		badWidth: (value: number) => `--width ${value}:请给出不小于 35 的整数。`,
		badStale: (value: string) => `--stale ${value}:请给出大于 0 的分钟数。`,
		badEncoding: (value: string) => `--encoding ${value}:可选 auto、utf8、gbk。`,
		missingPath: (path: string) => `${path}:没有这个文件或文件夹。`,
		badDate: (value: string) => `--date ${value}:请用 YYYY-MM-DD 格式的日期。`,
		noSuchDate: (value: string) => `--date ${value}:日历上没有这一天。`,
		badLines: (count: number) => `跳过 ${count} 行无法读取的日志:`,
		unreadable: (count: number, paths: string) => `有 ${count} 个路径无法读取:${paths}。以上结果不完整(退出码 2)。`,
		stdinNotLive: '实时看板不能读取标准输入(-):标准输入是键盘。请用 `watch --once -`、`report -` 或 `check -`。',
		notFollowable: (path: string) => `${path}:不是普通文件或文件夹(管道、设备、套接字),实时看板无法跟踪。请写入文件后再看,或用 watch --once、report、check 读到结尾。`,
		dbUnreadable: (why: string) => `记录文件无法读取,看板未输出:${why}`,
		demoDir: (dir: string) => `演示日志写入:${dir}`,
		crashed: 'kefu-watch 意外出错,已恢复终端:',
	},
};

export type Catalog = typeof zh;

const en: Catalog = {
	appName: 'kefu-watch',
	alerts: alertsEn,
	status: {warning: 'at risk', breached: 'breached', waiting: 'waiting', notCounted: 'not counted', lost: 'lost', setAside: 'set aside', idle: 'idle'},
	sender: {buyer: 'buyer', agent: 'agent', bot: 'bot', system: 'system'},
	platform: {pinduoduo: 'PDD', taobao: 'Taobao', tmall: 'Tmall', douyin: 'Douyin', kuaishou: 'Kuaishou', jd: 'JD'},
	header: {
		agents: 'agents active',
		badLines: 'bad lines',
		loading: 'loading…',
		searchingLogs: 'searching the logs for older messages…',
		noConsultations: 'No counted consultations today (08:00–23:00)',
		pathGone: (paths: string) => `gone, waiting for it to come back: ${paths}`,
		fineRisk: (yuan: number) => `${yuan} yuan fine risk`,
		fineRiskShort: 'fine risk',
		sortedByWait: 'longest wait first',

		exposure: (counts: SeverityCounts, yuan: number, points: number) =>
			[
				counts.error > 0 ? `${counts.error} serious` : '',
				counts.warn > 0 ? `${counts.warn} warn` : '',
				counts.info > 0 ? `${counts.info} info` : '',
				yuan > 0 ? `up to ¥${yuan}/case` : points > 0 ? `up to ${points} points/case` : '',
			]
				.filter(Boolean)
				.join(' '),
	},
	column: {status: 'St', conv: 'Conv', where: 'Platform·shop', owner: 'Agent', team: 'Team', buyer: 'Buyer', flags: 'Viol', lastMessage: 'Last message'},
	board: {
		empty: 'No conversations yet. Waiting for log lines…',
		noMatch: 'No conversation matches this filter (Esc clears the search and agent filter, f changes the view)',
		more: (count: number) => `… ${count} more conversations not listed (--limit)`,
		notCounted: 'not counted',
		noClock: '-',
		ahead: 'ahead',
		setAside: {snooze: 'buyer', resolved: 'resolved', spam: 'spam'},
		backAt: (clock: string) => `til ${clock}`,
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
	buyerCategory: {complaint: 'buyer will complain', 'bad-review': 'buyer threatens a bad review', 'buyer-abuse': 'buyer abuse'},
	conversation: {
		title: 'Conversation',
		suggestion: 'suggest: ',
		owner: 'agent',
		buyer: 'buyer',
		textGone: '(the words could not be read back: the log was rotated or rewritten)',
		signalSince: 'since the last reply',
	},
	report: {
		title: (date: string, tz: string, now: string) => `Reply report ${date} (${tz}), as of ${now}`,
		shops: 'Shops',
		agents: 'Agents',
		consultations: 'consult.',
		clock: 'clock',
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
	periods: {
		title: (from: string, to: string, tz: string, now: string) => `Reply report ${from} to ${to} (${tz}), as of ${now}`,
		rateByDay: (clock: string) => `${clock} rate by day`,
		total: 'total',
		previous: (from: string, to: string) => `before ${from}~${to}`,
		change: 'change',
		totals: 'Period totals',
		busiest: (where: string, hours: string) => `${where} busiest hours: ${hours}`,
		mostBreached: (where: string, clock: string, hours: string) => `${where} ${clock} most breaches: ${hours}`,
		hourCount: (hour: number, count: number) => `${String(hour).padStart(2, '0')}:00 ${count}`,
		team: 'team',
		noTeam: '(no team)',
		csvHeader: {date: 'date', kind: 'kind', platform: 'platform', shop: 'shop', name: 'name', team: 'team', clock: 'clock', consultations: 'consultations', breached: 'breached', rate: 'rate'},
		csvKind: {shop: 'shop', agent: 'agent', team: 'team'},
		chartTitle: (where: string, from: string, to: string) => (from === to ? `${where} ${from} by hour` : `${where} ${from} to ${to} by hour`),
		chartConsultations: (max: number) => `consultations (top ${max})`,
		chartBreached: (clock: string, max: number) => `${clock} breached (top ${max})`,
		chartNone: 'No counted consultations.',
		hoursView: (where: string) => `${where} today by hour`,
		hoursNoShop: 'No shop selected: nothing counted today yet.',
		badDateFlag: (flag: string, value: string) => `${flag} ${value}: give a YYYY-MM-DD date that is on the calendar.`,
		badRange: (from: string, to: string) => `--from ${from} is after --to ${to}.`,
		tooLong: (days: number) => `A range of ${days} days is too long (366 at most).`,
		badDays: (value: number) => `--days ${value}: give a whole number from 1 to 366.`,
		mixedRange: '--date counts one day: it does not go with --from/--to/--days; nor does --days with --from/--to.',
		halfRange: '--from and --to go together.',
		csvAndJson: 'Choose one of --csv and --json.',
		badGroup: (value: string) => `report --by ${value}: only team is a grouping.`,
		badTeam: (team: string, teams: string) => `report --team ${team}: no such team in the configuration (teams: ${teams || 'none'}).`,
	},
	agentPanel: {
		waitingNow: 'waiting',
		hours: 'today by hour, 0–23',
		worst: 'worst first',
		sortedBy: (column: string, reversed: boolean) => `Sorted by ${column}${reversed ? ' (reversed: best first)' : ''}`,
	},
	config: {
		problems: {
			unreadable: (detail: string) => `cannot be read: ${detail}`,
			notYaml: (detail: string) => `not valid YAML: ${detail}`,
			notZone: 'is not a time zone (for example Asia/Shanghai)',
			lang: 'must be zh or en',
			stale: 'must be a positive number of minutes',
			notify: (kinds: string) => `must be ${kinds}`,
			notATeam: (team: string, teams: string) => `"${team}" is not one of teams (${teams})`,
			rate: 'must be a rate between 0 and 1',
			mapping: (keys: string) => `must be a mapping of ${keys}`,
			unknownKey: (keys: string) => `unknown key (known: ${keys})`,
			names: 'must be a mapping of names',
			plainName: 'names must be plain text',
			text: 'must be a non-empty text',
			number: 'must be a number',
			boolean: 'must be true or false',
			oneOf: (values: string) => `must be one of ${values}`,
			texts: 'must be a text or a list of texts',
		},
		usage: 'usage: kefu-watch config check [--config FILE]',
		none: (file: string) => `No ${file} in this folder (or name one with --config).`,
		ok: (file: string, shops: number, agents: number, teams: number) => `${file}: valid (${shops} shop(s), ${agents} agent(s), ${teams} team(s))`,
	},
	rulesReview: {
		usage: 'usage: kefu-watch rules review [--db FILE]',
		none: (db: string) => `No verdicts on flags in ${db} yet (press a on the board to review one).`,
		header: (db: string) => `Verdicts per rule (${db}), the most often false first:`,
		rule: (rule: string, confirmed: number, falsePositive: number) =>
			`${rule}  confirmed ${confirmed}  false ${falsePositive}  ${Math.round((100 * falsePositive) / Math.max(1, confirmed + falsePositive))}% false`,
		falseMark: '✗ false',
		confirmedMark: '✓ confirmed',
		lineGone: '(the line is no longer in the log)',
	},
	records: {
		needConv: (command: string) => `${command}: name the conversation (CONV).`,
		needValue: (command: string) => `${command}: an argument is missing; see kefu-watch ${command} --help.`,
		badMark: (value: string, marks: string) => `No such mark: ${value}. Marks: ${marks}`,
		recorded: (conv: string, what: string, where: string, store: string) => `Recorded: ${conv} ${what} (${where}) in ${store}`,
		extraArguments: (command: string, extra: string) => `${command}: extra arguments "${extra}". Quote text with spaces; see kefu-watch ${command} --help.`,
		markNotSet: (conv: string, mark: string) => `Conversation ${conv} has no "${mark}" mark to clear; nothing was written.`,
		noDbFolder: (db: string, folder: string) => `--db ${db}: the folder ${folder} does not exist. If the path is right, add --init to create it; nothing was written.`,
		unknownShop: (shop: string) => `No shop ${shop} in the logs (name it with --shop and --platform); nothing was written.`,
		unknownConv: (conv: string, shop: string) => `No conversation ${conv} of ${shop} in the logs; nothing was written.`,
		unknownAgent: (agent: string) => `No agent ${agent} in the logs. For a new agent add --new-agent; nothing was written.`,
		alreadyOwner: (conv: string, agent: string) => `Conversation ${conv} is already ${agent}'s: nothing to transfer, nothing was written.`,
		whichShop: (conv: string, shops: string) => `Conversation ${conv} has records in several shops: ${shops}. Name one with --shop.`,
		noHistory: 'No records for this conversation yet.',
		assigned: 'transfer',
		assignedTo: (to: string) => `transfer to ${to}`,
		marked: 'mark',
		unmarked: 'unmark',
		noted: 'note',
		reviewed: 'review',
		snoozed: 'set aside',
		unsnoozed: 'snooze ended',
		until: (clock: string) => `until ${clock}`,
		undoOf: (what: string) => `undo ${what}`,
	},
	recordFile: {
		describe: (file: string, problem: RecordProblem): string => {
			const where = {document: 'must be a JSON object of record arrays', array: 'must be an array of records', record: 'must be a record (a JSON object)'};
			switch (problem.kind) {
				case 'notJson':
					return `${file}: not valid JSON (${problem.detail}); it is left as it is, nothing was written`;
				case 'notRecords':
					return `${file}: ${problem.at} ${where[problem.expected]}: not a records file; it is left as it is, nothing was written`;
				case 'readOnly':
					return `${file}: the file's mode is read-only; nothing was written (chmod u+w to allow writing)`;
				case 'noSpace':
					return `${file}: no space left on the device (ENOSPC); nothing was written, the file is as it was`;
				case 'noAccess':
					return `${file}: permission denied (${problem.code}); nothing was written`;
				case 'readOnlyFs':
					return `${file}: the file system is read-only (EROFS); nothing was written`;
				case 'locked':
					return `${file}: locked by ${problem.holder} for ${Math.round(problem.waitedMs / 1000)} s; nothing was written`;
				case 'io':
					return `${file}: cannot read or write (${problem.code} ${problem.detail}); nothing was written`;
			}
		},
	},
	database: {
		describe: (db: string, problem: DatabaseProblem): string => {
			switch (problem.kind) {
				case 'unreachable':
					return `cannot reach the records database ${db} (${problem.detail}); nothing was written`;
				case 'failed':
					return `the records database ${db} failed (${problem.detail}); nothing was written`;
				case 'schemaNewer':
					return `the records database ${db} has schema version ${problem.found}, newer than this program's (${problem.known}): upgrade kefu-watch; nothing was written`;
				case 'notLive':
					return `records not live: cannot reach the records database ${db}, reconnecting; try again once it is back`;
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
	views: {all: 'all', waiting: 'waiting', breached: 'breached', violations: 'violations only', signals: 'buyer signals', flagged: 'flagged', spam: 'spam'},
	modal: {
		reviewTitle: (conv: string) => `Review the flags of ${conv} (↑↓ choose, Enter: open → confirmed → false positive, Esc close):`,
		agentFilterTitle: "Only this agent's conversations (type to filter, Enter applies, empty clears):",
		assignTitle: (conv: string) => `Transfer ${conv} to (type to filter, ↑↓ choose, Enter pick, Esc cancel):`,
		confirmAssign: (conv: string, to: string) => `Transfer ${conv} to ${to}? Enter confirms, Esc cancels. The buyer's wait keeps counting.`,
		markTitle: (conv: string) => `Mark ${conv} (↑↓ choose, Enter or space set/clear, several at once, Esc close):`,
		noteTitle: (conv: string) => `Note on ${conv} (Enter saves, Esc cancels):`,
		noAgents: '(no agents in the logs yet; type a name and press Enter)',
		noMatchingAgent: (query: string) => `No agent in the logs has "${query}" in their name; Enter transfers to a new agent (asks again)`,
		agentLoad: (open: number, waiting: number) => `${open} open · ${waiting} waiting`,
		agentWaiting: (waiting: number) => ` (${waiting} waiting)`,
		alreadyOwner: (owner: string) => `The conversation is already ${owner}'s: nothing to transfer`,
		confirmNewAgent: (conv: string, to: string) => `No agent ${to} in the logs. Transfer conversation ${conv} to this new agent? Enter to confirm, Esc to cancel.`,
		snoozeTitle: (conv: string) => `Set conversation ${conv} aside (today's rates do not change; it comes back when the buyer writes. ↑↓ choose, Enter set, Esc cancel):`,
		snoozeMinutes: (minutes: number) => `${minutes} minutes`,
		commandHelp: 'agent NAME · shop NAME · view VIEW · sort wait|urgency (Tab completes, Enter runs, Esc cancels)',
		commandError: {verb: 'No such command: agent, shop, view, sort', argument: 'No such item (Tab lists them)'},
		searchMatches: (count: number, searching: boolean) => `${count} conversations match${searching ? ' (still searching the logs for older words)' : ''}  Enter keeps  Esc restores`,
		noteUnsaved: 'The note is not saved. Ctrl-C again drops it and quits; any other key goes on writing.',
		snoozeChoice: {buyer: 'until the buyer writes', clear: 'end the snooze'},
	},
	markName: {yellow: 'yellow', green: 'green', blue: 'blue', purple: 'purple', red: 'red', spam: 'spam', resolved: 'resolved', escalated: 'escalated'},
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
		snoozed: (conv: string, until: string) => `Set ${conv} aside: ${until}`,
		unsnoozed: (conv: string) => `${conv} is back`,
		undone: 'Undid the last action',
		undid: (conv: string, what: string) => `${conv}: ${what}`,
		nothingToUndo: 'Nothing to undo',
		failed: (why: string) => `Not written: ${why}`,
		noDb: 'No records file (--db): nothing can be written',
	},
	badLines: {
		title: 'Unreadable log lines (skipped)',
		none: 'No bad lines.',
		describe: (problem: LineProblem): string => {
			switch (problem.code) {
				case 'not-json':
					return `not valid JSON: ${problem.detail}`;
				case 'not-object':
					return 'not a JSON object';
				case 'missing-field':
					return `missing required field "${problem.field}"${problem.field === 'conv' ? ' (a string or number)' : problem.field === 'text' ? ' (a string)' : ''}`;
				case 'bad-sender':
					return `"from" must be one of ${SENDERS.join(', ')}`;
				case 'unknown-platform':
					return `unknown platform "${problem.value}" (one of ${PLATFORMS.join(', ')})`;
				case 'bad-ts':
					return {
						type: 'ts must be an ISO 8601 string or epoch milliseconds',
						'not-iso': `ts "${problem.value}" is not ISO 8601`,
						'not-real': `ts "${problem.value}" is not a real date and time`,
						offset: `ts "${problem.value}" has an offset no zone has (between -14:00 and +14:00)`,
						range: `ts ${problem.value} is not epoch milliseconds between 2000 and 2100`,
					}[problem.why];
				case 'not-text':
					return 'not text: the bytes are neither UTF-8 nor GBK';
				case 'control-bytes':
					return 'not text: control bytes in the line';
				case 'too-long':
					return `line longer than ${problem.limitKb} KB (${problem.bytes} bytes), skipped`;
				case 'unreadable':
					return `cannot read: ${problem.detail}`;
			}
		},
	},
	help: {
		title: 'Keys',
		close: 'Press any key to close',
		legend: 'Status symbols',
		ahead: "stamped after now (the sender's clock runs fast): shown all the same, its wait counts from its stamp",
		mouse: 'Mouse (where the terminal reports it): a click selects a row, a second opens it; the wheel moves',
		signals: 'the buyer threatens to complain or review badly, or insults, since the last reply: first in its section; see only these with f or :view signals',
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
		hours: 'hourly chart',
		agents: 'agents',
		violationsOnly: 'violations only',
		assign: 'transfer',
		mark: 'mark',
		note: 'note',
		spam: 'spam on/off',
		snooze: 'set aside',
		undo: 'undo',
		cycleView: 'next view',
		command: 'command line',
		search: 'search',
		agentFilter: 'filter by agent',
		review: 'review flags',
		nextViolation: 'next violation',
		sortAgents: 'sort column',
		reverseAgents: 'reverse sort',
		toggleSort: 'sort: urgency / longest wait',
		previousViolation: 'previous violation',
		clearFilters: 'clear search and agent filter',
	},
	cliHelp: {
		title: "kefu-watch — reply deadlines and rule violations across your agents' live chat logs",
		usage: 'Usage',
		demoLine: 'opens the demo (same as kefu-watch demo)',
		commands: 'Commands',
		perCommand: 'Commands and their flags',
		options: 'Options',
		exitCodes: 'Every command takes --help. Exit codes: 0 ok, 1 error-severity violations (check), 2 usage or read error; 130 after Ctrl-C.',
		summary: {
			demo: 'simulated agents write live logs into a folder; the board watches it',
			watch: 'the live triage board over chat-log files and folders',
			report: 'reply-clock and violation figures per shop, agent and team for one day or a range (table, JSON, CSV or hourly bars)',
			check: 'rule violations in agent and bot messages (exit 1 when one is an error)',
			assign: 'record a transfer of a conversation to another agent',
			mark: 'set a mark (yellow green blue purple red spam resolved escalated)',
			unmark: 'clear a mark',
			note: 'append a note to a conversation',
			history: "a conversation's records: transfers, marks, notes, reviews and snoozes, oldest first",
			alert: 'follows the logs without a terminal and sends alerts to group robots (for a service manager)',
			rules: 'per rule, how often its flags were confirmed or called false, with examples',
			db: 'copy a records file into a database (each record once), or print every record as one lowdb document',
			config: 'check the configuration file kefu-watch.yaml (or --config FILE): exit 0 when valid, 2 with the line and key when not',
		},
		flags: {
			tz: 'time zone of the shop clock and reply windows (default Asia/Shanghai)',
			platform: 'platform of lines that name none: pinduoduo, taobao, tmall, douyin, kuaishou, jd',
			shop: 'shop of the conversation named',
			rules: 'extra or overriding rule packs (*.json)',
			db: 'supervisor records: a lowdb file, or postgres://user@host/db (default $KEFU_DB, else data/db.json)',
			logs: 'the chat logs: the conversation, shop and agent named are checked against them',
			newAgent: 'assign to an agent the logs have not seen (with --logs)',
			init: 'create the --db folder if it does not exist',
			by: 'who acts (default the login name); for report, --by team sums the agents by team',
			now: 'evaluate at this instant instead of the real time',
			date: 'the day to report (default today in --tz)',
			from: 'first day of a report range (with --to)',
			to: 'last day of a report range, inclusive',
			days: 'a report over the N days ending today',
			team: "report only that team's agents (the teams of kefu-watch.yaml)",
			csv: 'the report as CSV for Excel (UTF-8 with a BOM)',
			chart: 'consultations and breaches per hour as bars',
			config: 'the configuration file (default kefu-watch.yaml in this folder)',
			lang: 'language of the board (default zh)',
			once: 'print the board once as plain text and exit',
			width: "width of --once's board and report's table (default the terminal's)",
			limit: 'print at most N rows of the board (--once)',
			view: 'only one view of the board (--once): all, waiting, breached, violations, signals, flagged, spam',
			stale: "minutes without a buyer line before a breached conversation is lost (default the pack's, 30)",
			json: 'one JSON document on stdout',
			dir: 'where the simulated agents write (default a new temp folder)',
			poll: 'poll files instead of filesystem events (network filesystems)',
			encoding: 'log encoding: auto (UTF-8, or GBK where a file is not UTF-8), utf8, gbk',
			notify: 'send alerts to dingtalk:URL, wecom:URL, feishu:URL or webhook:URL (repeatable; secrets: KEFU_DINGTALK_SECRET, KEFU_FEISHU_SECRET)',
			notifyOn: 'which alerts to send: breach,fine-risk,violation,complaint (default all)',
			bell: 'no terminal bell when a conversation goes at risk or breached',
			help: 'this help',
			version: 'the version',
		},
	},
	cli: {
		unknownFlag: (flag: string) => `Unknown flag: ${flag}. Run kefu-watch --help for the list.`,
		badView: (value: string, views: string) => `--view ${value}: use one of ${views}.`,
		badLimit: (value: string) => `--limit ${value}: give a whole number above 0.`,
		needsTty: 'watch needs a terminal (TTY). Without one, use `watch --once`, `report` or `check`.',
		notYet: (command: string, issue: number) => `${command}: not built yet (see issue #${issue}).`,
		unknownCommand: (command: string) => `Unknown command: ${command}. Run kefu-watch --help for the list.`,
		badTz: (tz: string) => `--tz ${tz}: not a time zone (for example Asia/Shanghai).`,
		badNow: (value: string) => `--now ${value}: not a real ISO 8601 time (the day must exist on the calendar, the offset lie between -14:00 and +14:00).`,
		badPlatform: (value: string, known: string) => `--platform ${value}: use one of ${known}.`,
		badStale: (value: string) => `--stale ${value}: give a number of minutes above 0.`,
		badEncoding: (value: string) => `--encoding ${value}: use auto, utf8 or gbk.`,
		missingPath: (path: string) => `${path}: no such file or directory`,
		badWidth: (value: number) => `--width ${value}: use a whole number of at least 35.`,
		badDate: (value: string) => `--date ${value}: use a date as YYYY-MM-DD.`,
		noSuchDate: (value: string) => `--date ${value}: there is no such day on the calendar.`,
		badLines: (count: number) => `Skipped ${count} unreadable log line(s):`,
		unreadable: (count: number, paths: string) => `${count} path(s) could not be read: ${paths}. The results above are incomplete (exit 2).`,
		stdinNotLive: 'The live board cannot read standard input (-): it is the keyboard. Use `watch --once -`, `report -` or `check -`.',
		notFollowable: (path: string) =>
			`${path}: not a regular file or folder (a pipe, device or socket); the live board cannot follow it. Write it to a file, or read it to its end with watch --once, report or check.`,
		dbUnreadable: (why: string) => `The records file cannot be read; no board printed: ${why}`,
		demoDir: (dir: string) => `Demo logs are written to ${dir}`,
		crashed: 'kefu-watch crashed; the terminal was restored:',
	},
};

export type Lang = 'zh' | 'en';

export function catalog(lang: Lang): Catalog {
	return lang === 'en' ? en : zh;
}
