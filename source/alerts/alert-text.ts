import type {Catalog} from '../i18n/catalog.js';
import {shopName} from '../i18n/shop-name.js';
import type {Category} from '../rules/violation-rule.js';
import {formatRate} from '../text/table.js';
import {formatIsoInZone, localClock, type Zone} from '../time/zone.js';
import type {AlertEvent} from './alert-event.js';
import type {BuyerCategory} from './buyer-signals.js';

/** What a message needs besides the events: the words, the clocks' names, the shop's zone. */
export interface TextContext {
	text: Catalog;
	clockLabel: (id: string) => string;
	tz: Zone;
}

/** Words from the logs put into a robot's markdown: one line, no markup of their own, not too long. */
export function plainWords(words: string, max = 60): string {
	const flat = words.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[*_`#<>[\]|~]/g, ch => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The pieces of one event's line: kind, where, who, what happened, how long the buyer waited. */
export interface EventLine {
	kind: string;
	time: string;
	where: string;
	conv?: string;
	agent?: string;
	what: string;
	waited?: string;
}

export function eventLine(event: AlertEvent, {text, clockLabel, tz}: TextContext): EventLine {
	const a = text.alerts;
	const line: EventLine = {
		kind: a.kind[event.kind],
		time: localClock(event.at, tz),
		where: plainWords(shopName(event, text), 30),
		conv: event.conv ? a.conv(plainWords(event.conv, 30)) : undefined,
		agent: event.agent ? a.agent(plainWords(event.agent, 20)) : undefined,
		what: whatHappened(event, text, clockLabel),
		waited: event.waitedMs === undefined ? undefined : a.waited(event.waitedMs),
	};
	return line;
}

function whatHappened(event: AlertEvent, text: Catalog, clockLabel: (id: string) => string): string {
	const a = text.alerts;
	const clock = event.clock ? clockLabel(event.clock) : '';
	switch (event.kind) {
		case 'breach':
			return a.breach(clock);
		case 'violation':
			return a.violation(text.category[event.category as Category] ?? event.category ?? '', plainWords(event.words ?? '', 30));
		case 'complaint':
			return a.complaint(a.buyerCategory[event.category as BuyerCategory] ?? event.category ?? '', plainWords(event.words ?? ''));
		case 'fine-risk': {
			const rate = event.rate!;
			return rate.kind === 'fine-risk'
				? a.fineRisk(clock, formatRate(rate.value), formatRate(rate.threshold), rate.yuan ?? 0)
				: a.belowTarget(clock, formatRate(rate.value), formatRate(rate.threshold));
		}
	}
}

/** `[10:21] 超时 拼多多·旗舰店 会话 8805 客服 xiaomei:5分钟回复超时,买家已等 5分01秒` */
export function eventSentence(line: EventLine, lang: 'zh' | 'en'): string {
	const who = [line.where, line.conv, line.agent].filter(Boolean).join(' ');
	const tail = line.waited ? `${lang === 'zh' ? ',' : ', '}${line.waited}` : '';
	return `${who}${lang === 'zh' ? ':' : ': '}${line.what}${tail}`;
}

/** The webhook's EVENT of contract §6. */
export function webhookEvent(event: AlertEvent, context: TextContext, lang: 'zh' | 'en'): Record<string, unknown> {
	const line = eventLine(event, context);
	return {
		kind: event.kind,
		platform: event.platform,
		shop: event.shop,
		conv: event.conv,
		agent: event.agent,
		at: formatIsoInZone(event.at, context.tz),
		text: `${line.kind} ${eventSentence(line, lang)}`,
		...(event.clock === undefined ? {} : {clock: event.clock}),
		...(event.rule === undefined ? {} : {rule: event.rule}),
		...(event.category === undefined ? {} : {category: event.category}),
		...(event.waitedMs === undefined ? {} : {waitedSeconds: Math.floor(event.waitedMs / 1000)}),
		...(event.rate === undefined ? {} : {rate: event.rate.value, threshold: event.rate.threshold}),
	};
}
