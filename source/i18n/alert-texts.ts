import type {AlertKind} from '../alerts/alert-event.js';
import type {BuyerCategory} from '../alerts/buyer-signals.js';
import type {TargetKind} from '../alerts/notify-target.js';

/** A wait in whole hours, minutes and seconds (zero-padded), for `5分01秒` / `5m01s`. */
function waitParts(ms: number): {hours: number; minutes: string; seconds: string} {
	const total = Math.max(0, Math.floor(ms / 1000));
	return {hours: Math.floor(total / 3600), minutes: String(Math.floor((total % 3600) / 60)).padStart(2, '0'), seconds: String(total % 60).padStart(2, '0')};
}

function waitedZh(ms: number): string {
	const {hours, minutes, seconds} = waitParts(ms);
	return hours > 0 ? `${hours}小时${minutes}分` : `${Number(minutes)}分${seconds}秒`;
}

function waitedEn(ms: number): string {
	const {hours, minutes, seconds} = waitParts(ms);
	return hours > 0 ? `${hours}h${minutes}m` : `${Number(minutes)}m${seconds}s`;
}

/** The words of alerts: robot messages, the header, and the `alert` command's log. */
export const alertsZh = {
	kind: {breach: '超时', 'fine-risk': '罚款风险', violation: '违规', complaint: '投诉预警'} satisfies Record<AlertKind, string>,
	buyerCategory: {complaint: '投诉', 'bad-review': '差评', 'buyer-abuse': '辱骂'} satisfies Record<BuyerCategory, string>,
	target: {dingtalk: '钉钉', wecom: '企业微信', feishu: '飞书', webhook: 'webhook'} satisfies Record<TargetKind, string>,
	title: (count: number) => `kefu-watch 客服提醒(${count}条)`,
	conv: (conv: string) => `会话 ${conv}`,
	agent: (agent: string) => `客服 ${agent}`,
	breach: (clock: string) => `${clock}回复超时`,
	violation: (category: string, match: string) => `${category}「${match}」`,
	complaint: (category: string, words: string) => `买家${category}:「${words}」`,
	belowTarget: (clock: string, rate: string, target: string) => `${clock}回复率 ${rate},低于目标 ${target}`,
	fineRisk: (clock: string, rate: string, threshold: string, yuan: number) => `${clock}回复率 ${rate},低于 ${threshold} 且咨询超过规定人数,有罚款 ${yuan} 元风险`,
	waited: (ms: number) => `买家已等 ${waitedZh(ms)}`,
	atRisk: (conv: string, clock: string, left: string) => `预警 会话 ${conv} ${clock} 剩 ${left}`,
	overNow: (conv: string, clock: string, over: string) => `超时 会话 ${conv} ${clock} 已超 ${over}`,
	failing: (target: string, attempts: number) => `${target} 发送失败×${attempts}`,
	sent: (target: string, events: number) => `已发送 ${events} 条提醒到 ${target}`,
	sendFailed: (target: string, why: string, retrySeconds: number) => `${target} 发送失败:${why},${retrySeconds} 秒后重试`,
	badTarget: (value: string) => `--notify ${value}:请写 dingtalk:URL、wecom:URL、feishu:URL 或 webhook:URL(http 或 https)。`,
	badKinds: (value: string, known: string) => `--notify-on ${value}:可选 ${known}。`,
	needTargets: 'alert 需要至少一个 --notify 目标(dingtalk:URL、wecom:URL、feishu:URL、webhook:URL)。',
	following: (paths: string, targets: string) => `kefu-watch alert:正在跟踪 ${paths},提醒发往 ${targets}`,
	stopping: (queued: number) => `kefu-watch alert:停止${queued > 0 ? `,${queued} 条提醒未能发出` : ''}`,
	unsigned: (target: string, variable: string) => `${target}:未设置 ${variable},消息不签名`,
};

export type AlertTexts = typeof alertsZh;

export const alertsEn: AlertTexts = {
	kind: {breach: 'Breach', 'fine-risk': 'Fine risk', violation: 'Violation', complaint: 'Complaint'},
	buyerCategory: {complaint: 'complaint', 'bad-review': 'bad review', 'buyer-abuse': 'abuse'},
	target: {dingtalk: 'DingTalk', wecom: 'WeCom', feishu: 'Feishu', webhook: 'webhook'},
	title: (count: number) => `kefu-watch alerts (${count})`,
	conv: (conv: string) => `conversation ${conv}`,
	agent: (agent: string) => `agent ${agent}`,
	breach: (clock: string) => `${clock} reply deadline missed`,
	violation: (category: string, match: string) => `${category} "${match}"`,
	complaint: (category: string, words: string) => `buyer ${category}: "${words}"`,
	belowTarget: (clock: string, rate: string, target: string) => `${clock} reply rate ${rate}, under the target ${target}`,
	fineRisk: (clock: string, rate: string, threshold: string, yuan: number) => `${clock} reply rate ${rate}, under ${threshold} with more consultations than the rule's minimum: fine risk ${yuan} yuan`,
	waited: (ms: number) => `buyer waited ${waitedEn(ms)}`,
	atRisk: (conv: string, clock: string, left: string) => `at risk: ${conv} ${clock} ${left} left`,
	overNow: (conv: string, clock: string, over: string) => `breached: ${conv} ${clock} over by ${over}`,
	failing: (target: string, attempts: number) => `${target} send failed ×${attempts}`,
	sent: (target: string, events: number) => `Sent ${events} alert(s) to ${target}`,
	sendFailed: (target: string, why: string, retrySeconds: number) => `${target} send failed: ${why}; retrying in ${retrySeconds} s`,
	badTarget: (value: string) => `--notify ${value}: use dingtalk:URL, wecom:URL, feishu:URL or webhook:URL (http or https).`,
	badKinds: (value: string, known: string) => `--notify-on ${value}: use ${known}.`,
	needTargets: 'alert needs at least one --notify target (dingtalk:URL, wecom:URL, feishu:URL, webhook:URL).',
	following: (paths: string, targets: string) => `kefu-watch alert: following ${paths}, alerts go to ${targets}`,
	stopping: (queued: number) => `kefu-watch alert: stopping${queued > 0 ? `; ${queued} alert(s) could not be sent` : ''}`,
	unsigned: (target: string, variable: string) => `${target}: ${variable} is not set, messages are not signed`,
};
