import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {fitHeaderParts} from '../../source/board/header-text.js';
import {displayWidth} from '../../source/text/display-width.js';
import {HeaderBar} from '../../source/ui/header-bar.js';

// A records error names its file: a file name is outside text too.
const error = '!! /tmp/db\u001B]0;PWNED\u0007\u001B]52;c;cHduZWQ=\u0007.json: not valid JSON';

describe('the header draws outside text only through the gate', () => {
	it('fits parts by the width they are drawn at, and draws the markers', () => {
		const parts = [
			{text: 'kefu-watch', dropOrder: 6},
			{text: error, tone: 'breached' as const, dropOrder: -1},
		];
		const fitted = fitHeaderParts(parts, 120);
		expect(fitted[1]!.text).toBe('!! /tmp/db␛]0;PWNED␇␛]52;c;cHduZWQ=␇.json: not valid JSON');
		expect(fitted[0]).toBe(parts[0]); // clean parts are the same objects
		// Too wide for both once made visible: the part that may give way does.
		expect(fitHeaderParts(parts, displayWidth(error) + 4).map(part => part.dropOrder)).toEqual([-1]);
		const {lastFrame} = render(<HeaderBar parts={parts} width={120} />);
		expect(lastFrame()).toContain('␛]0;PWNED␇␛]52;c;cHduZWQ=␇');
		expect(lastFrame()).not.toMatch(/\u001B\]|\u0007/);
	});
});
