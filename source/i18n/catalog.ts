import type {Platform, Sender} from '../model/message.js';
import type {RowStatus} from '../board/triage.js';

/** Every word kefu-watch shows a person, in Chinese (default) and English. */
const zh = {
	appName: 'kefu-watch 客服监控',
	status: {breached: '超时', warning: '预警', waiting: '等待', idle: '空闲'} satisfies Record<RowStatus, string>,
	sender: {buyer: '买家', agent: '客服', bot: '机器人', system: '系统'} satisfies Record<Sender, string>,
	platform: {pinduoduo: '拼多多', taobao: '淘宝', tmall: '天猫', douyin: '抖音', kuaishou: '快手', jd: '京东'} satisfies Record<Platform, string>,
	header: {
		agents: '在线客服',
		badLines: '坏行',
		conversations: '会话',
		loading: '读取中…',
		files: '文件',
		noConsultations: '今日(08:00–23:00)暂无计入的咨询',
		fineRisk: (yuan: number) => `罚款风险 ${yuan}元`,
	},
	column: {status: '状态', conv: '会话', where: '平台·店铺', owner: '客服', buyer: '买家', lastMessage: '最后消息'},
	board: {
		empty: '还没有会话。正在等待日志写入…',
		notCounted: '不计时',
		noClock: '-',
	},
	conversation: {
		title: '会话',
		owner: '接待客服',
		buyer: '买家',
		messages: '条消息',
		notCounted: '(08:00–23:00 之外,不计入回复率)',
		waiting: '买家已等待',
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
	},
	agentPanel: {
		waitingNow: '等待中',
	},
	badLines: {
		title: '无法读取的日志行(已跳过)',
		none: '没有坏行。',
	},
	help: {
		title: '快捷键',
		close: '按任意键关闭',
		legend: '状态符号',
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
	},
	cli: {
		needsTty: 'watch 需要一个终端(TTY)。非交互环境请使用 `watch --once`、`report` 或 `check`。',
		notYet: (command: string, issue: number) => `${command}:尚未实现(见 issue #${issue})。`,
		unknownCommand: (command: string) => `未知命令:${command}。运行 kefu-watch --help 查看全部命令。`,
		badTz: (tz: string) => `--tz ${tz}:不是有效的时区(例如 Asia/Shanghai)。`,
		badNow: (value: string) => `--now ${value}:不是 ISO 8601 时间。`,
		badPlatform: (value: string, known: string) => `--platform ${value}:可选 ${known}。`,
		badWidth: (value: number) => `--width ${value}:请给出不小于 40 的整数。`,
		badDate: (value: string) => `--date ${value}:请用 YYYY-MM-DD 格式的日期。`,
		badLines: (count: number) => `跳过 ${count} 行无法读取的日志:`,
		demoDir: (dir: string) => `演示日志写入:${dir}`,
	},
};

export type Catalog = typeof zh;

const en: Catalog = {
	appName: 'kefu-watch',
	status: {breached: 'breached', warning: 'warning', waiting: 'waiting', idle: 'idle'},
	sender: {buyer: 'buyer', agent: 'agent', bot: 'bot', system: 'system'},
	platform: {pinduoduo: 'PDD', taobao: 'Taobao', tmall: 'Tmall', douyin: 'Douyin', kuaishou: 'Kuaishou', jd: 'JD'},
	header: {
		agents: 'agents active',
		badLines: 'bad lines',
		conversations: 'conversations',
		loading: 'loading…',
		files: 'files',
		noConsultations: 'No counted consultations today (08:00–23:00)',
		fineRisk: (yuan: number) => `${yuan} yuan fine risk`,
	},
	column: {status: 'St', conv: 'Conv', where: 'Platform·shop', owner: 'Agent', buyer: 'Buyer', lastMessage: 'Last message'},
	board: {
		empty: 'No conversations yet. Waiting for log lines…',
		notCounted: 'not counted',
		noClock: '-',
	},
	conversation: {
		title: 'Conversation',
		owner: 'agent',
		buyer: 'buyer',
		messages: 'messages',
		notCounted: '(outside 08:00–23:00: not counted)',
		waiting: 'buyer waiting',
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
	},
	agentPanel: {
		waitingNow: 'waiting',
	},
	badLines: {
		title: 'Unreadable log lines (skipped)',
		none: 'No bad lines.',
	},
	help: {
		title: 'Keys',
		close: 'Press any key to close',
		legend: 'Status symbols',
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
	},
	cli: {
		needsTty: 'watch needs a terminal (TTY). Without one, use `watch --once`, `report` or `check`.',
		notYet: (command: string, issue: number) => `${command}: not built yet (see issue #${issue}).`,
		unknownCommand: (command: string) => `Unknown command: ${command}. Run kefu-watch --help for the list.`,
		badTz: (tz: string) => `--tz ${tz}: not a time zone (for example Asia/Shanghai).`,
		badNow: (value: string) => `--now ${value}: not an ISO 8601 time.`,
		badPlatform: (value: string, known: string) => `--platform ${value}: use one of ${known}.`,
		badWidth: (value: number) => `--width ${value}: use a whole number of at least 40.`,
		badDate: (value: string) => `--date ${value}: use a date as YYYY-MM-DD.`,
		badLines: (count: number) => `Skipped ${count} unreadable log line(s):`,
		demoDir: (dir: string) => `Demo logs are written to ${dir}`,
	},
};

export type Lang = 'zh' | 'en';

export function catalog(lang: Lang): Catalog {
	return lang === 'en' ? en : zh;
}
