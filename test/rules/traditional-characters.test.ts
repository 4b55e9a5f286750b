import {Converter} from 'opencc-js/t2cn';
import {describe, expect, it} from 'vitest';
import {TRADITIONAL_CHARACTERS} from '../../source/rules/traditional-characters.js';

describe('the list of traditional characters', () => {
	it('holds exactly the characters of U+3400–U+FAFF that opencc changes when given alone', () => {
		const toSimplified = Converter({from: 't', to: 'cn'});
		const changed: string[] = [];
		for (let code = 0x3400; code <= 0xfaff; code += 1) {
			const char = String.fromCharCode(code);
			if (toSimplified(char) !== char) changed.push(char);
		}
		// After an opencc update, regenerate source/rules/traditional-characters.ts from `changed`.
		expect([...TRADITIONAL_CHARACTERS]).toEqual(changed);
	});
});
