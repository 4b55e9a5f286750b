import {describe, expect, it} from 'vitest';
import {complete, completions, runCommand} from '../../source/ui/command-line.js';

const words = {agents: ['ahao', 'lingling', 'xiaomei'], shops: ['旗舰店', '淘宝店']};

describe('the : command line', () => {
	it('completes the command, then its argument, with Tab', () => {
		expect(complete('ag', words)).toBe('agent ');
		expect(complete('agent li', words)).toBe('agent lingling');
		expect(complete('view b', words)).toBe('view breached');
		expect(complete('s', words)).toBe('s');
		expect(completions('s', words)).toEqual(['shop ', 'sort ']);
		expect(complete('shop 旗', words)).toBe('shop 旗舰店');
		expect(complete('sort w', words)).toBe('sort wait');
	});

	it('runs agent, shop, view and sort as filters, a unique prefix enough; says what is wrong', () => {
		expect(runCommand('agent ahao', words)).toEqual({filter: {agent: 'ahao'}});
		expect(runCommand('shop 旗舰店', words)).toEqual({filter: {shop: '旗舰店'}});
		expect(runCommand('view breach', words)).toEqual({filter: {view: 'breached'}});
		expect(runCommand('sort wait', words)).toEqual({filter: {sort: 'wait'}});
		expect(runCommand('agent', words)).toEqual({filter: {agent: undefined}});
		expect(runCommand('agent nobody', words)).toEqual({error: 'argument'});
		expect(runCommand('frobnicate', words)).toEqual({error: 'verb'});
	});
});
