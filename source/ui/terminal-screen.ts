import {inertLines} from '../text/inert-text.js';
import {DISABLE_MOUSE, ENABLE_MOUSE} from './mouse.js';

/**
 * Ink 6 has no alternate-screen option, so we switch screens ourselves and make sure every
 * way out (quit, Ctrl-C, a signal, a crash) gives the user back the terminal as it was: the
 * main screen, the cursor, cooked mode, and no mouse reporting (left on, every click in the shell
 * afterwards would type escape codes).
 */

const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

export interface ScreenGuard {
	restore(): void;
	/**
	 * Ctrl-C and Ctrl-Z reach us as keys in raw mode: give the terminal back, stop, and take it
	 * again on SIGCONT, then `redraw` the frame onto the screen that came back empty.
	 */
	suspend(redraw?: () => void): void;
}

/** `crashed` says, in the screen's language, what went wrong before the stack is printed. */
export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, crashed = 'kefu-watch crashed:'): ScreenGuard {
	stdout.write(ENTER_ALT_SCREEN + ENABLE_MOUSE);
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(DISABLE_MOUSE + SHOW_CURSOR + LEAVE_ALT_SCREEN);
		process.off('exit', restore);
		for (const signal of SIGNALS) process.off(signal, onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	};
	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.kill(process.pid, signal);
	};
	const onCrash = (error: unknown) => {
		restore();
		process.stderr.write(`${crashed} ${inertLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
		process.exit(70);
	};
	const suspend = (redraw?: () => void) => {
		if (restored) return;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(DISABLE_MOUSE + SHOW_CURSOR + LEAVE_ALT_SCREEN);
		process.once('SIGCONT', () => {
			if (restored) return;
			stdout.write(ENTER_ALT_SCREEN + ENABLE_MOUSE);
			if (stdin.isTTY) stdin.setRawMode(true);
			// The size may have changed while stopped; Ink lays the frame out again on a resize, but
			// writes nothing when the frame is the same as before: hence `redraw`.
			stdout.emit('resize');
			redraw?.();
		});
		process.kill(process.pid, 'SIGTSTP');
	};
	process.on('exit', restore);
	for (const signal of SIGNALS) process.once(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	return {restore, suspend};
}

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'];
