import {describe, expect, it} from 'vitest';
import {AlertFeed, NEWEST_SHOWN_MS} from '../../source/alerts/alert-feed.js';
import {parseTarget} from '../../source/alerts/notify-target.js';
import {catalog} from '../../source/i18n/catalog.js';
import {displayWidth} from '../../source/text/display-width.js';
import {at, TZ} from '../helpers/messages.js';

describe("the header's alert parts", () => {
	it('shows the newest alert for a few seconds, and a failing robot until a send goes through', () => {
		let now = at('10:00:00');
		const text = catalog('zh');
		const feed = new AlertFeed({text, clockLabel: id => (id === 'reply-5m' ? '5分钟' : id), tz: TZ, lang: 'zh'}, () => now);
		let changes = 0;
		feed.on('change', () => (changes += 1));
		feed.onRisk({key: 'k', platform: 'pinduoduo', shop: '', conv: '8805', agent: 'a', clock: 'reply-5m', startTs: 0, status: 'warning', at: now, leftMs: 119_500});
		expect(feed.parts(text).map(p => p.text)).toEqual(['! 预警 会话 8805 5分钟 剩 1:59']);
		now += NEWEST_SHOWN_MS;
		expect(feed.parts(text)).toEqual([]);

		const target = parseTarget('dingtalk:https://oapi.dingtalk.com/robot/send?access_token=secret-token', {})!;
		feed.onReport({target, events: 2, sentAt: now, problem: 'HTTP 500', failures: 2, retryInMs: 10_000, queued: 2});
		const failing = feed.parts(text).map(p => p.text);
		expect(failing).toEqual(['!! 钉钉(dingtalk:oapi.dingtalk.com) 发送失败×2']);
		expect(failing.join('')).not.toContain('secret-token');
		feed.onReport({target, events: 2, sentAt: now, failures: 0, queued: 0});
		expect(feed.parts(text)).toEqual([]);
		expect(changes).toBe(3);
	});

	it('gives a complaint the gist, cut to fit beside the counts of an 80-column header', () => {
		const text = catalog('zh');
		const feed = new AlertFeed({text, clockLabel: id => id, tz: TZ, lang: 'zh'}, () => at('10:00:00'));
		feed.onAlert({
			id: 'c',
			kind: 'complaint',
			platform: 'pinduoduo',
			shop: 'flagship',
			conv: '8806',
			agent: 'ahao',
			at: at('10:00:00'),
			category: 'complaint',
			rule: 'r',
			words: '你们再不处理我就打12315投诉你们,还要去工商局举报,曝光到网上让大家都看看',
		});
		const [part] = feed.parts(text);
		expect(part!.text.startsWith('! 投诉预警 会话 8806 买家投诉:「你们再不处理')).toBe(true);
		expect(displayWidth(part!.text)).toBeLessThanOrEqual(46);
	});
});
