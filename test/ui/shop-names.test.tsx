import {describe, expect, it} from 'vitest';
import {at, message} from '../helpers/messages.js';
import {renderApp, testSession} from '../helpers/session.js';

const NOW = at('14:00:00');
const shop = [message('buyer', '13:58:00', {conv: 'c1', agent: 'xiaomei', text: '在吗'}), message('buyer', '13:59:00', {conv: 'c2', agent: 'ahao', shop: 'outlet', text: '发货了吗'})];
// As kefu-watch.yaml names them: flagship has a display name, outlet has none.
const shopNames = new Map([['flagship', '旗舰店']]);
const rowOf = (screen: string, conv: string) => screen.split('\n').find(line => line.includes(` ${conv} `)) ?? '';

describe("shops under the configuration's names (kefu-watch.yaml shops.*.name)", () => {
	it("shows a row's shop by its display name, and a shop without one as the logs name it", async () => {
		const {frame, press} = renderApp(await testSession({}, shop), {clock: () => NOW, shopNames});
		await press('', screen => rowOf(screen, 'c1') !== '' && rowOf(screen, 'c2') !== '', 'both rows');
		// The shop column is cut to its width by display width: the name's first characters show.
		expect(rowOf(frame(), 'c1')).toContain('拼多多·旗舰');
		expect(rowOf(frame(), 'c1')).not.toContain('·fla');
		expect(rowOf(frame(), 'c2')).toContain('拼多多·out');
	});

	it("titles an open conversation with the shop's display name", async () => {
		const {frame, press} = renderApp(await testSession({}, shop), {clock: () => NOW, shopNames});
		await press('', screen => rowOf(screen, 'c1') !== '', 'the board');
		// c2 waits less long, so c1 is first; Enter opens it.
		await press('\r', screen => screen.includes('在吗') && !screen.includes(' c2 '), 'the conversation');
		expect(
			frame()
				.split('\n')
				.find(line => line.includes(' c1 ')),
		).toContain('拼多多·旗舰店');
	});
});
