import {Box} from 'ink';
import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {catalog} from '../../source/i18n/catalog.js';
import {displayWidth} from '../../source/text/display-width.js';
import {HelpOverlay} from '../../source/ui/help-overlay.js';
import {BINDINGS} from '../../source/ui/keymap.js';

const text = catalog('zh');
// In a box as wide as the screen, as the App draws it.
const help = (height: number, width = 80) =>
	render(
		<Box width={width}>
			<HelpOverlay text={text} height={height} width={width} />
		</Box>,
	).lastFrame() ?? '';

describe('the help', () => {
	it('lists every binding of the key table within the body of an 80×24 screen, the legend under them', () => {
		const screen = help(20);
		for (const binding of BINDINGS) expect(screen, binding.action).toContain(text.keys[binding.action].slice(0, 4));
		expect(screen.split('\n').length).toBeLessThanOrEqual(20);
		expect(screen).toContain(text.help.legend);
		expect(screen).toContain(text.help.close);
		for (const line of screen.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('says how the mouse works where there is room', () => {
		expect(help(26)).toContain('鼠标(终端支持时):单击选中一行');
	});
});
