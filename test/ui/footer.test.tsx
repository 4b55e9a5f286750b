import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {catalog} from '../../source/i18n/catalog.js';
import {displayWidth} from '../../source/text/display-width.js';
import {FooterBar} from '../../source/ui/footer-bar.js';
import {BINDINGS, bindingLabel, footerBindings} from '../../source/ui/keymap.js';

const text = catalog('zh');
const footer = (view: 'board' | 'conversation' | 'agents', width: number) => render(<FooterBar view={view} text={text} width={width} />).lastFrame() ?? '';

describe('the footer, generated from the key table by priority', () => {
	it('offers transfer, mark, note and search on the board at 80 columns, with help and quit', () => {
		const line = footer('board', 80);
		for (const hint of ['r 转接', 'm 标记', 'n 备注', '/ 搜索', '? 帮助', 'q 退出']) expect(line).toContain(hint);
		expect(displayWidth(line)).toBeLessThanOrEqual(80);
		// Most wanted first.
		expect(line.indexOf('r 转接')).toBeLessThan(line.indexOf('m 标记'));
		expect(line.indexOf('n 备注')).toBeLessThan(line.indexOf('/ 搜索'));
	});

	it('keeps the most wanted at 40 columns and drops the rest', () => {
		const line = footer('board', 40);
		expect(line).toContain('r 转接');
		expect(line).toContain('q 退出');
		expect(line).not.toContain('客服面板');
		expect(displayWidth(line)).toBeLessThanOrEqual(40);
	});

	it('shows the conversation view its own actions: back, transfer, mark, note, review', () => {
		const line = footer('conversation', 80);
		for (const hint of ['Esc 返回', 'r 转接', 'm 标记', 'n 备注', 'a 审核违规']) expect(line).toContain(hint);
	});

	it('draws the bindings in priority order, and none of the help-only ones', () => {
		const line = footer('board', 100);
		const shown = footerBindings('board')
			.map(binding => line.indexOf(`${bindingLabel(binding, binding.action === 'quit' ? 1 : 2)} ${text.keys[binding.action]}`))
			.filter(index => index >= 0);
		expect(shown.length).toBeGreaterThanOrEqual(8);
		// ? and q come last whatever their priority; the rest in the table's priority order.
		expect(shown.slice(2)).toEqual([...shown.slice(2)].sort((a, b) => a - b));
		const helpOnly = BINDINGS.filter(binding => binding.priority === undefined && binding.views.includes('board'));
		expect(helpOnly.length).toBeGreaterThan(0);
		for (const binding of helpOnly) expect(line).not.toContain(text.keys[binding.action]);
	});
});
