import type {NormalizedText} from './normalize.js';
import {originalSpan} from './normalize.js';
import type {DetectorName} from './violation-rule.js';

/** A span of the original text. */
export interface Span {
	start: number;
	end: number;
}

export interface DetectorContext {
	/** The platform's own sites, whose links are not external. */
	ownDomains: readonly string[];
}

// Words before a number that say it is an order, a parcel, a price, an amount, a courier's or the buyer's own number, not the shop's contact.
const NOT_A_CONTACT =
	/(订单|单号|编号|订单号|运单|快递|物流|包裹|sf|yt|zto|sto|yd|ems|jd|顺丰|中通|圆通|申通|韵达|邮政|极兔|德邦|百世|京东物流|型号|货号|款号|批号|价格|价|¥|￥|元|金额|退款|尺码|规格|\d{4}年|(快递员|快递小哥|快递师傅|配送员|骑手|派送员|送货员|司机|网点|驿站)(的)?(电话|手机号?|号码|联系方式)?(是|为|:|:)?|(您|你)的?(收货|收件|预留|下单)?(手机号?|电话|号码)(码)?(是|为|:|:)?|(收货|收件|留的|预留的)(人)?的?(手机号?|电话|号码)(是|为|:|:)?)$/;
// Words a little before a number that say it is someone else's: the recipient's, the buyer's (a privacy matter, not the shop's contact).
const SOMEONE_ELSES = /(收件人|收货人|下单人|那位顾客|顾客的|买家的|他的|她的)[^。!?\n]{0,10}$/;
const CONTACT_CUE = /(电话|手机|号码|打|拨|联系|座机|热线|tel|call|加我)$/;
const QQ_CUE = /(qq|扣扣|蔻蔻|寇寇|抠抠|koukou|企鹅|球球|丘丘|q号|qq号|扣我|(?<![a-z0-9])q我|(?<![a-z])q(?=:))(号|号码)?(聊|加一下|加下)?(是|:)?$/;
const BANK_CUE = /(卡号|银行卡?|账号|账户|转账|汇款|打款|转到|打到|转给)(是|:|到|为)?$/;
/** A card number said to be one, with a transfer asked for, needs no Luhn check: written-out numbers are often made up. */
const CARD_NUMBER_CUE = /(?<!会员|积分|购物|礼品|加油|油|储值|优惠)(银行卡号?|卡号)(是|:|为)?$/;
const TRANSFER_VERB = /转|打|汇|付/;

interface DigitRun {
	start: number;
	end: number;
	digits: string;
}

/** A text's runs of digits and the longest one's length. */
interface DigitRuns {
	runs: DigitRun[];
	longest: number;
}

declare module './normalize.js' {
	interface NormalizedText {
		/** Its runs of digits, found once for the four detectors that look at them (`runsOf`). */
		digitRuns?: DigitRuns;
	}
}

/** A dash or a white-space character: what a written landline has between its two parts. */
const WRITTEN_APART = /[-\s]/;

/** Something like a link: an at-sign, a scheme, `www.` or a dot before letters. */
const LINK_CUES = /@|https?:|www\.|\.[a-z]{2,5}\b/i;

/** Maximal runs of ASCII digits in the normalised text. */
function digitRuns(normalized: NormalizedText): DigitRun[] {
	return runsOf(normalized).runs;
}

/** The runs of a text and the longest run's length, found in one pass and kept on the text for the next detector. */
function runsOf(normalized: NormalizedText): DigitRuns {
	return (normalized.digitRuns ??= findRuns(normalized.text));
}

function findRuns(text: string): DigitRuns {
	const runs: DigitRun[] = [];
	let longest = 0;
	for (let start = 0; start < text.length; start += 1) {
		if (!isDigit(text.charCodeAt(start))) continue;
		let end = start + 1;
		while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
		runs.push({start, end, digits: text.slice(start, end)});
		longest = Math.max(longest, end - start);
		start = end;
	}
	return {runs, longest};
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function before(text: string, index: number, length = 8): string {
	return text.slice(Math.max(0, index - length), index);
}

function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i += 1) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** Mainland mobile numbers: 11 digits from 13–19 (or +86 before), whole or split by a few words, not after an order or parcel word. */
function mobile(normalized: NormalizedText): Span[] {
	const runs = digitRuns(normalized);
	const whole = runs.filter(run => /^(86)?1[3-9]\d{9}$/.test(run.digits));
	return [...whole, ...splitMobiles(runs, normalized.text)]
		.filter(run => !NOT_A_CONTACT.test(before(normalized.text, run.start)) && !SOMEONE_ELSES.test(before(normalized.text, run.start, 14)))
		.map(run => originalSpan(normalized, run.start, run.end));
}

/** The most characters of words between the parts of a mobile split up (`138后面接63920017`, `136再加22345678`). */
const SPLIT_GAP = 4;

/** A prefix such as 138 and the other eight digits, in one run or two of four, with only a few non-digits between. */
function splitMobiles(runs: readonly DigitRun[], text: string): DigitRun[] {
	const found: DigitRun[] = [];
	const near = (a: DigitRun, b: DigitRun | undefined) => b !== undefined && b.start - a.end <= SPLIT_GAP && !/[元块钱%.]/.test(text.slice(a.end, b.start));
	runs.forEach((head, index) => {
		if (!/^1[3-9]\d$/.test(head.digits)) return;
		const next = runs[index + 1];
		const last = runs[index + 2];
		if (near(head, next) && next!.digits.length === 8) found.push({start: head.start, end: next!.end, digits: head.digits + next!.digits});
		else if (near(head, next) && next!.digits.length === 4 && near(next!, last) && last!.digits.length === 4)
			found.push({start: head.start, end: last!.end, digits: head.digits + next!.digits + last!.digits});
	});
	return found;
}

/** Landlines and 400/800 service lines: an area code and a number written apart (`0571-8888 6666`, `0 5 7 1 - …`), or digits after a phone word. */
function landline(normalized: NormalizedText): Span[] {
	return (
		digitRuns(normalized)
			.filter(run => /^(0[1-9]\d{8,10}|[48]00\d{7})$/.test(run.digits))
			.map(run => ({run, span: originalSpan(normalized, run.start, run.end)}))
			// Written apart or after a phone word, and not an order's, a parcel's or the buyer's own number.
			.filter(
				({run, span}) =>
					(CONTACT_CUE.test(before(normalized.text, run.start, 6)) || WRITTEN_APART.test(normalized.original.slice(span.start, span.end))) && !NOT_A_CONTACT.test(before(normalized.text, run.start)),
			)
			.map(({span}) => span)
	);
}

/** QQ numbers: 5–11 digits, but only right after a QQ cue; a bare number could be anything. */
function qqNumber(normalized: NormalizedText): Span[] {
	return digitRuns(normalized)
		.filter(run => run.digits.length >= 5 && run.digits.length <= 11 && QQ_CUE.test(before(normalized.text, run.start, 6)))
		.map(run => originalSpan(normalized, run.start, run.end));
}

/** Bank cards: 16–19 digits passing the Luhn check, after a card or transfer word (order numbers are long too). */
function bankCard(normalized: NormalizedText): Span[] {
	return digitRuns(normalized)
		.filter(run => run.digits.length >= 16 && run.digits.length <= 19 && (luhnValid(run.digits) ? BANK_CUE.test(before(normalized.text, run.start, 8)) : saidToBeACard(normalized.text, run)))
		.map(run => originalSpan(normalized, run.start, run.end));
}

function saidToBeACard(text: string, run: DigitRun): boolean {
	return CARD_NUMBER_CUE.test(before(text, run.start, 8)) && TRANSFER_VERB.test(text.slice(run.end, run.end + 8));
}

function email(normalized: NormalizedText): Span[] {
	return [...normalized.original.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)].map(m => ({start: m.index!, end: m.index! + m[0].length}));
}

/** A link written a letter at a time (`h t t p s : / /`, `w w w .`), so that no filter reads it as one. */
const SPACED_LINK = /h\s+t\s+t\s+p|w\s+w\s+w\s*\./i;

/** Links and bare domains, except the platform's own; a link written letter by letter is read closed up. */
function url(normalized: NormalizedText, context: DetectorContext): Span[] {
	const links =
		/(https?:\/\/[^\s\u3000-\u303f\uff00-\uffef]+|www\.[a-z0-9-]+(\.[a-z0-9-]+)+[^\s\u3000-\u303f\uff00-\uffef]*|\b[a-z0-9-]+\.(com|cn|net|cc|top|shop|vip|me|io)(\/[^\s\u3000-\u303f\uff00-\uffef]*)?|\b[a-z0-9-]+\.(ly|gl|xyz)\/[a-z0-9_-]+)/gi;
	const mails = email(normalized);
	const {text, origin} = SPACED_LINK.test(normalized.original) ? closedUp(normalized.original) : {text: normalized.original, origin: undefined};
	return [...text.matchAll(links)]
		.map(m => ({link: m[0], start: origin ? origin[m.index!]! : m.index!, end: origin ? origin[m.index! + m[0].length - 1]! + 1 : m.index! + m[0].length}))
		.filter(({start}) => !mails.some(mail => mail.start <= start && start < mail.end))
		.filter(({link}) => !context.ownDomains.some(domain => hostOf(link).endsWith(domain)))
		.map(({start, end}) => ({start, end}));
}

/** The text without the white space between two ASCII characters, and where each of its characters was. */
function closedUp(original: string): {text: string; origin: number[]} {
	let text = '';
	const origin: number[] = [];
	const ascii = (index: number) => index >= 0 && index < original.length && original.charCodeAt(index) > 32 && original.charCodeAt(index) < 127;
	for (let i = 0; i < original.length; i += 1) {
		if (/\s/.test(original[i]!)) {
			let next = i;
			while (next < original.length && /\s/.test(original[next]!)) next += 1;
			if (ascii(i - 1) && ascii(next)) {
				i = next - 1;
				continue;
			}
		}
		text += original[i];
		origin.push(i);
	}
	return {text, origin};
}

function hostOf(link: string): string {
	return link
		.replace(/^https?:\/\//i, '')
		.split(/[/?#:]/)[0]!
		.toLowerCase();
}

export interface Detector {
	/** Whether the text has anything this detector looks at: most texts have nothing for any. */
	looksAt: (normalized: NormalizedText) => boolean;
	find: (normalized: NormalizedText, context: DetectorContext) => Span[];
}

const digitsInARow = (count: number, normalized: NormalizedText) => runsOf(normalized).longest >= count;

/** The cue anywhere in the text: a number can only follow it where the text holds it at all. */
const anywhere = (cue: RegExp) => new RegExp(cue.source.replace(/\$$/, ''), cue.flags);
const QQ_CUE_ANYWHERE = anywhere(QQ_CUE);
const BANK_CUE_ANYWHERE = anywhere(BANK_CUE);
const CONTACT_CUE_ANYWHERE = anywhere(CONTACT_CUE);

/** A mobile number is 11 digits, 13 with 86 before (order and parcel numbers are mostly longer), or split after a 1xx prefix. */
const hasMobileLength = (normalized: NormalizedText) =>
	runsOf(normalized).runs.some(run => run.end - run.start === 11 || run.end - run.start === 13 || (run.end - run.start === 3 && run.digits[0] === '1'));

// Each cue is the least a finding needs: a landline is ten digits once its dashes are gone, and
// written apart or after a phone word; a QQ or card number needs its cue word somewhere before
// it; a mobile, a run of a mobile's length.
export const DETECTORS: Record<DetectorName, Detector> = {
	mobile: {looksAt: hasMobileLength, find: mobile},
	landline: {looksAt: n => digitsInARow(10, n) && (WRITTEN_APART.test(n.original) || CONTACT_CUE_ANYWHERE.test(n.text)), find: landline},
	'qq-number': {looksAt: n => digitsInARow(5, n) && QQ_CUE_ANYWHERE.test(n.text), find: qqNumber},
	'bank-card': {looksAt: n => digitsInARow(16, n) && BANK_CUE_ANYWHERE.test(n.text), find: bankCard},
	email: {looksAt: normalized => normalized.original.includes('@'), find: email},
	url: {looksAt: normalized => LINK_CUES.test(normalized.original) || SPACED_LINK.test(normalized.original), find: url},
};
