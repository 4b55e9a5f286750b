import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {catalog} from '../../source/i18n/catalog.js';
import {ModalPanel} from '../../source/ui/modal-panel.js';
import {TZ} from '../helpers/messages.js';

const agents = Array.from({length: 50}, (_, index) => `agent${index}`);
const panel = (query: string, list = agents) =>
	render(
		<ModalPanel modal={{kind: 'assign', key: 'k', query, index: 0}} conv="8801" agents={list} owner="agent0" marks={new Set()} tz={TZ} flagged={[]} text={catalog('zh')} height={20} width={80} />,
	).lastFrame() ?? '';

describe('the transfer picker', () => {
	it('says a typo matches none of the agents in the logs, not that there are none', () => {
		const typo = panel('xiaomeii');
		expect(typo).toContain('日志里没有名字含「xiaomeii」的客服');
		expect(typo).not.toContain('日志里还没有客服');
		expect(panel('', [])).toContain('日志里还没有客服');
	});

	it('does not offer the current owner', () => {
		const all = panel('agent');
		expect(all).toContain('agent1');
		expect(all).not.toMatch(/agent0\b/);
	});
});
