import {describe, expect, it} from 'vitest';
import {fitHeaderParts, todayParts} from '../../source/board/header-text.js';
import {catalog} from '../../source/i18n/catalog.js';
import type {ChatMessage} from '../../source/model/message.js';
import {displayWidth} from '../../source/text/display-width.js';
import {at, message} from '../helpers/messages.js';
import {builtInPacks, testSession} from '../helpers/session.js';
import {REPLY_5M} from '../helpers/messages.js';

const NOW = at('11:00:00');
const text = catalog('zh');

/** A busy three-platform morning: Pinduoduo under its 5-minute target, Taobao and Douyin fine, and violations. */
async function morning(options: Parameters<typeof testSession>[0] = {}) {
	const session = await testSession(options);
	const lines: ChatMessage[] = [];
	for (let i = 0; i < 10; i += 1) {
		const minute = String(10 + i).padStart(2, '0');
		lines.push(message('buyer', `09:${minute}:00`, {conv: `p${i}`, shop: '旗舰店', text: '在吗'}));
		// Half of Pinduoduo's replies come after 6 minutes: 50 % against an 80 % target.
		lines.push(message('agent', `09:${i < 5 ? String(16 + i).padStart(2, '0') : minute}:30`, {conv: `p${i}`, shop: '旗舰店', text: i < 4 ? '亲,加我微信吧' : '在的亲'}));
		lines.push(message('buyer', `09:${minute}:00`, {conv: `t${i}`, platform: 'taobao', shop: '淘宝店', text: '在吗'}));
		lines.push(message('agent', `09:${minute}:30`, {conv: `t${i}`, platform: 'taobao', shop: '淘宝店', text: '在的'}));
		lines.push(message('buyer', `09:${minute}:00`, {conv: `d${i}`, platform: 'douyin', shop: '抖店', text: '在吗'}));
		lines.push(message('agent', `09:${minute}:40`, {conv: `d${i}`, platform: 'douyin', shop: '抖店', text: '在的'}));
	}
	for (const line of lines) session.book.add(line);
	return todayParts(session.today(NOW), id => session.clockLabel(id, 'zh'), text);
}

const builtIn = await builtInPacks();

describe('the second header line: rates first, worst first', () => {
	it('leads with the shop under its target, then the others, then the violations', async () => {
		const parts = await morning();
		expect(parts.map(part => part.text)).toEqual([
			'! 拼多多·旗舰店 5分钟 50.0%/80.0% 60分钟 100.0%',
			expect.stringMatching(/^(淘宝·淘宝店 5分钟|抖音·抖店 3分钟人工) 100\.0%$/),
			expect.stringMatching(/^(淘宝·淘宝店 5分钟|抖音·抖店 3分钟人工) 100\.0%$/),
			expect.stringMatching(/^\*4 违规/),
		]);
	});

	it('at 80 columns keeps a 5-minute rate against its target, dropping violations and detail first', async () => {
		const shown = fitHeaderParts(await morning(), 80).map(part => part.text);
		const line = shown.join('  ');
		expect(displayWidth(line)).toBeLessThanOrEqual(80);
		expect(line.startsWith('! 拼多多·旗舰店 5分钟 50.0%/80.0%')).toBe(true);
		expect(line).not.toContain('违规');
	});

	it('gives a rate its short form before dropping it', async () => {
		const parts = await morning();
		const [pdd, other] = parts;
		expect(pdd!.short).toBe('! 拼多多·旗舰店 5分钟 50.0%/80.0%');
		const width = displayWidth(pdd!.short!) + 2 + displayWidth(other!.text);
		expect(fitHeaderParts([pdd!, other!], width).map(part => part.text)).toEqual([pdd!.short, other!.text]);
	});

	it("names a shop as the configuration does and holds it to the shop's own target", async () => {
		const parts = await morning({
			shopName: shop => (shop === '淘宝店' ? '淘宝旗舰' : undefined),
			// 淘宝店's own 5-minute target is above its 100 %: it is flagged under target too.
			shopClocks: (platform, shop) => (shop === '淘宝店' ? [{...REPLY_5M, target: 1.01}] : (builtIn.get(platform)?.clocks ?? [])),
		});
		expect(parts.map(part => part.text)).toContain('! 淘宝·淘宝旗舰 5分钟 100.0%/101.0%');
		expect(parts.map(part => part.text).join(' ')).not.toContain('淘宝店');
	});
});
