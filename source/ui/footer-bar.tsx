import {Box, Text} from 'ink';
import React from 'react';
import type {Catalog} from '../i18n/catalog.js';
import {displayWidth, truncateToWidth} from '../text/display-width.js';
import {bindingLabel, footerBindings, type View} from './keymap.js';

/** Key hints for the current view, generated from the key bindings. */
export function FooterBar({view, text, width, note}: {view: View; text: Catalog; width: number; note?: string}) {
	const hints = footerBindings(view)
		.map(binding => `${bindingLabel(binding, binding.action === 'quit' ? 1 : 2)} ${text.keys[binding.action]}`)
		.join('  ');
	// The key hints come first; a note (the demo's folder) only where it fits — the help shows it too.
	const line = note && displayWidth(`${hints}  ${note}`) <= width ? `${hints}  ${note}` : hints;
	return (
		<Box height={1}>
			<Text dimColor wrap="truncate">
				{truncateToWidth(line, width)}
			</Text>
		</Box>
	);
}
