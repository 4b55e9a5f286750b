import {describe, expect, it} from 'vitest';
import {hostileShop, NOW, SHOWN} from '../helpers/hostile-shop.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {hasTmux, useTmux, warnIfSkipped, type TmuxSession} from '../helpers/tmux.js';

warnIfSkipped();

/** Generous: the machine running the suite is shared and loaded. */
const WAIT_MS = 30_000;

/** The terminal's state a payload would change: its title and tmux's paste buffers. */
function terminalState(tmux: TmuxSession) {
	return {title: tmux.display('#{pane_title}'), buffers: tmux.tmux('list-buffers')};
}

describe.skipIf(!hasTmux)("no buyer writes to the supervisor's terminal (built cli.js in tmux)", () => {
	const openTmux = useTmux();
	const tempDir = useTempDirs();

	it('board, conversation, notes, agent panel and bad lines show the payload as markers; title and clipboard untouched', async () => {
		const {logs, db} = await hostileShop(await tempDir());
		const tmux = openTmux(200, 40);
		// The program waits until tmux takes clipboard writes from it (as the run did), so a
		// payload that got through would leave a paste buffer.
		tmux.start(`sh -c "tmux wait-for kefu-go && exec node cli.js watch --now ${NOW} --db '${db}' '${logs}'"`);
		tmux.tmux('set-option', '-s', 'set-clipboard', 'on');
		const before = terminalState(tmux);
		expect(before.buffers).toBe('');
		tmux.tmux('wait-for', '-S', 'kefu-go');

		// Today's figures (the shop's rates, in the second header line) follow within a second.
		const board = await tmux.waitFor(screen => screen.includes('c␛]0;PWN') && screen.includes(`·s${SHOWN.title}`), 'the board with the hostile row and shop', WAIT_MS);
		expect(board).toContain('会话'); // the column titles are still there: nothing cleared or overwrote them
		expect(board).toMatch(/买家:还在吗␛\]0;PWNED␇␛\]52;c;ZWNobyBwd25lZA==␇␛\[2J␛\[H␛\[3;1H OVER\\x9b2J\\x9d0;C1␇\\u202eЯTL␡␀/);

		tmux.keys('Enter');
		const conversation = await tmux.waitFor(screen => screen.includes('加我微'), 'the conversation', WAIT_MS);
		for (const shown of Object.values(SHOWN)) expect(conversation).toContain(shown);
		expect(conversation).toContain('【加我微␛[0m信】');
		expect(conversation).toMatch(/note␛\]0;PWNED␇/); // the note and who wrote it, at the top
		expect(conversation).toMatch(/by␛\]0;PWNED␇/);
		expect(conversation).toContain(`转接给 to${SHOWN.title}`); // the transfer

		// One key at a time: ESC and a key in one write would read as Alt and the key.
		const backOnBoard = () => tmux.waitFor(screen => screen.includes('最后消息'), 'the board again', WAIT_MS);
		tmux.keys('Escape');
		await backOnBoard();
		tmux.keys('Tab');
		await tmux.waitFor(screen => /a␛\]0;PWN/.test(screen), 'the agent panel', WAIT_MS);
		tmux.keys('Escape');
		await backOnBoard();
		tmux.keys('b');
		const bad = await tmux.waitFor(screen => screen.includes('未知平台'), 'the bad lines, in Chinese', WAIT_MS);
		expect(bad).toContain(`未知平台 "p${SHOWN.title}`);
		expect(bad).toContain('agent␛]0;PWNED␇');
		tmux.keys('Escape');
		await backOnBoard();
		tmux.keys('n');
		await tmux.waitFor(screen => screen.includes(`c${SHOWN.title}${SHOWN.clipboard}${SHOWN.screen}`), 'the note dialog naming the conversation', WAIT_MS);

		expect(terminalState(tmux)).toEqual(before);
		tmux.keys('Escape');
		await backOnBoard();
		tmux.keys('q');
		expect((await tmux.waitForExit()).code).toBe(0);
		expect(terminalState(tmux)).toEqual(before);
	}, 180_000);
});
