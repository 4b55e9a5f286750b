import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {FIXTURE_DIR} from '../helpers/fixture.js';
import {hasTmux, useTmux, warnIfSkipped} from '../helpers/tmux.js';

warnIfSkipped();

describe.skipIf(!hasTmux)('the hourly chart in a real 80×24 terminal (tmux)', () => {
	const openTmux = useTmux();

	it('opens on h with the bars and hour axis within 80 columns, closes on a key, and quits clean', async () => {
		const tmux = openTmux(80, 24);
		tmux.start(`node cli.js watch --now 2026-11-22T14:00:00+08:00 '${FIXTURE_DIR}'`, {NO_COLOR: '1'});
		await tmux.waitFor(screen => screen.includes(' c6 '), 'the board');
		tmux.keys('h');
		const chart = await tmux.waitFor(screen => screen.includes('今天每小时') && screen.includes('└'), 'the hourly chart', 15_000);
		expect(chart).toContain('拼多多·flagship 今天每小时');
		expect(chart).toMatch(/└ 0  1  2 .* 22 23/);
		expect(chart).toContain('█');
		for (const line of chart.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
		tmux.keys('Escape');
		await tmux.waitFor(screen => !screen.includes('今天每小时') && screen.includes(' c6 '), 'the board again');
		tmux.keys('q');
		const {code, modes} = await tmux.waitForExit();
		expect(code).toBe(0);
		expect(modes).toEqual(['icanon', 'echo']);
	});
});
