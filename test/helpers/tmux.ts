import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll} from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = `${ROOT}cli.js`;

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Says loudly, once, why the terminal tests did not run. */
export function warnIfSkipped(): void {
	if (hasTmux) return;
	const banner = '#'.repeat(78);
	console.warn(`\n${banner}\n# SKIPPED: end-to-end terminal tests need tmux, which is not installed here.\n# Install it (apt-get install tmux) to run them; .ci/run always does.\n${banner}\n`);
}

export function assertBuilt(): void {
	if (!existsSync(`${ROOT}dist/cli.js`)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
}

/** One tmux server of our own, so tests never touch the user's sessions. */
export class TmuxSession {
	private readonly socket = `kefu-watch-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

	constructor(
		readonly width = 100,
		readonly height = 30,
	) {}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
	}

	/** Runs a shell command in a fresh pane; when it ends the pane shows how and stays open. */
	start(command: string, env: Record<string, string> = {}): void {
		const assignments = Object.entries({LANG: 'C.UTF-8', ...env}).map(([key, value]) => `${key}='${value}'`);
		const script = `cd '${ROOT}' && env ${assignments.join(' ')} ${command}; echo "EXITED:$?"; stty -a | tr ' ;' '\\n\\n' | grep -x -e '-\\?icanon' -e '-\\?echo'; sleep 600`;
		this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(this.width), '-y', String(this.height), script);
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', 'e2e');
	}

	keys(...keys: string[]): void {
		this.tmux('send-keys', '-t', 'e2e', ...keys);
	}

	display(format: string): string {
		return this.tmux('display-message', '-p', '-t', 'e2e', format).trim();
	}

	resize(width: number, height: number): void {
		this.tmux('resize-window', '-t', 'e2e', '-x', String(width), '-y', String(height));
	}

	/** Polls the screen until `check` holds; on timeout the error shows the last screen. */
	async waitFor(check: (screen: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let screen = '';
		while (Date.now() < deadline) {
			screen = this.screen();
			if (check(screen)) return screen;
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
	}

	/** Waits for the program to end and the pane to print its exit code and terminal modes. */
	async waitForExit(): Promise<{screen: string; code: number; modes: string[]}> {
		const screen = await this.waitFor(text => /EXITED:\d+/.test(text) && /^-?echo$/m.test(text), 'the program to exit');
		const code = Number(/EXITED:(\d+)/.exec(screen)![1]);
		const modes = screen.split('\n').filter(line => /^-?(icanon|echo)$/.test(line.trim()));
		return {screen, code, modes};
	}

	kill(): void {
		try {
			this.tmux('kill-server');
		} catch {
			// Already gone.
		}
	}
}

/** For a describe block: the built cli.js is checked once, and every session opened is killed after its test. */
export function useTmux(): (width?: number, height?: number) => TmuxSession {
	const sessions: TmuxSession[] = [];
	beforeAll(assertBuilt);
	afterEach(() => {
		for (const session of sessions.splice(0)) session.kill();
	});
	return (width = 100, height = 30) => {
		const session = new TmuxSession(width, height);
		sessions.push(session);
		return session;
	};
}
