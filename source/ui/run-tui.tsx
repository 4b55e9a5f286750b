import {render} from 'ink';
import React from 'react';
import {catalog} from '../i18n/catalog.js';
import {App, type AppProps} from './app.js';
import {enterFullScreen} from './terminal-screen.js';

/** What the App is given; how it quits and suspends is the full screen's to say. */
export type TuiOptions = Omit<AppProps, 'onQuit' | 'onSuspend'>;

/**
 * Runs the board full-screen until the user quits; the terminal is restored on every exit path.
 * Returns the exit code: 0 after q, 130 after Ctrl-C.
 */
export async function runTui(options: TuiOptions): Promise<number> {
	const guard = enterFullScreen(process.stdout, process.stdin, catalog(options.lang).cli.crashed);
	let code = 0;
	try {
		// incrementalRendering stays off: in Ink 6.8 it left stale lines behind on the alternate
		// screen (seen in tmux); the frame is kept one row short of the terminal instead.
		const instance = render(<App {...options} onQuit={quitCode => (code = quitCode)} onSuspend={redraw => guard.suspend(redraw)} />, {exitOnCtrlC: false, patchConsole: true});
		await instance.waitUntilExit();
	} finally {
		guard.restore();
	}
	return code;
}
