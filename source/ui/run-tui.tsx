import {render} from 'ink';
import React from 'react';
import type {Lang} from '../i18n/catalog.js';
import type {BoardSource} from '../live/board-source.js';
import {App} from './app.js';
import {enterFullScreen} from './terminal-screen.js';

export interface TuiOptions {
	source: BoardSource;
	clock: () => number;
	tz: string;
	lang: Lang;
	note?: string;
}

/** Runs the board full-screen until the user quits; the terminal is restored on every exit path. */
export async function runTui(options: TuiOptions): Promise<void> {
	const guard = enterFullScreen(process.stdout, process.stdin);
	try {
		const instance = render(<App {...options} />, {exitOnCtrlC: false, incrementalRendering: true, patchConsole: true});
		await instance.waitUntilExit();
	} finally {
		guard.restore();
	}
}
