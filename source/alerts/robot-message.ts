import type {Lang} from '../i18n/catalog.js';
import type {AlertEvent} from './alert-event.js';
import {eventLine, eventSentence, webhookEvent, type TextContext} from './alert-text.js';
import type {NotifyTarget, TargetKind} from './notify-target.js';
import {feishuSign, signedDingtalkUrl} from './robot-signing.js';

export interface RobotRequest {
	url: string;
	body: string;
}

export interface MessageContext extends TextContext {
	lang: Lang;
	/** Epoch ms, for the signature's timestamp. */
	now: number;
}

/**
 * The most of a message each robot takes, in UTF-8 bytes: WeCom's markdown content is at most
 * 4096 (developer.work.weixin.qq.com 91770), Feishu's body 20 KB; DingTalk's markdown is kept
 * as short as WeCom's. Events that do not fit wait for the next message.
 */
const MAX_BYTES: Record<TargetKind, number> = {dingtalk: 4000, wecom: 4000, feishu: 18_000, webhook: 1_000_000};
const MAX_EVENTS = 50;

/** How many of `events` (taken in order) fit into one message for `target`; at least one. */
export function eventsThatFit(target: NotifyTarget, events: readonly AlertEvent[], context: MessageContext): number {
	let count = Math.min(events.length, MAX_EVENTS);
	while (count > 1 && measured(target.kind, events.slice(0, count), context) > MAX_BYTES[target.kind]) count -= 1;
	return count;
}

function measured(kind: TargetKind, events: readonly AlertEvent[], context: MessageContext): number {
	const content = kind === 'dingtalk' || kind === 'wecom' ? markdown(kind, events, context) : JSON.stringify(body(kind, events, context));
	return Buffer.byteLength(content);
}

/** The request for one message to `target`, in the robot's own format, signed when it has a secret. */
export function robotRequest(target: NotifyTarget, events: readonly AlertEvent[], context: MessageContext): RobotRequest {
	const payload = body(target.kind, events, context);
	if (target.kind === 'feishu' && target.secret) {
		const timestamp = Math.floor(context.now / 1000);
		Object.assign(payload, {timestamp: String(timestamp), sign: feishuSign(target.secret, timestamp)});
	}
	const url = target.kind === 'dingtalk' && target.secret ? signedDingtalkUrl(target.url, target.secret, context.now) : target.url;
	return {url, body: JSON.stringify(payload)};
}

function body(kind: TargetKind, events: readonly AlertEvent[], context: MessageContext): Record<string, unknown> {
	const title = context.text.alerts.title(events.length);
	switch (kind) {
		case 'dingtalk':
			return {msgtype: 'markdown', markdown: {title, text: markdown(kind, events, context)}, at: {atMobiles: [], isAtAll: false}};
		case 'wecom':
			return {msgtype: 'markdown', markdown: {content: markdown(kind, events, context)}};
		case 'feishu': {
			const lines = events.map(event => {
				const line = eventLine(event, context);
				return [{tag: 'text', text: `[${line.time}] 【${line.kind}】${eventSentence(line, context.lang)}`}];
			});
			return {msg_type: 'post', content: {post: {[context.lang === 'zh' ? 'zh_cn' : 'en_us']: {title, content: lines}}}};
		}
		case 'webhook':
			return {events: events.map(event => webhookEvent(event, context, context.lang))};
	}
}

/** DingTalk and WeCom markdown: a heading, then one line per event with its kind in bold (WeCom: in colour). */
function markdown(kind: 'dingtalk' | 'wecom', events: readonly AlertEvent[], context: MessageContext): string {
	const lines = events.map(event => {
		const line = eventLine(event, context);
		const tone = event.kind === 'fine-risk' || event.kind === 'breach' ? 'warning' : 'comment';
		const label = kind === 'wecom' ? `<font color="${tone}">**${line.kind}**</font>` : `**${line.kind}**`;
		return `- ${line.time} ${label} ${eventSentence(line, context.lang)}`;
	});
	return [`### ${context.text.alerts.title(events.length)}`, '', ...lines].join('\n');
}
