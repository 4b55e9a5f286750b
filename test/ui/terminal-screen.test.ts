import {afterEach, describe, expect, it, vi} from 'vitest';
import {enterFullScreen} from '../../source/ui/terminal-screen.js';

function fakeTerminal() {
	const written: string[] = [];
	const rawModes: boolean[] = [];
	const stdout = {write: (text: string) => written.push(text), emit: () => true} as unknown as NodeJS.WriteStream;
	const stdin = {isTTY: true, setRawMode: (on: boolean) => rawModes.push(on)} as unknown as NodeJS.ReadStream;
	return {stdout, stdin, written, rawModes};
}

describe('the alternate screen and its way back', () => {
	afterEach(() => vi.restoreAllMocks());

	it('switches to the alternate screen and restores the terminal once, however often asked', () => {
		const terminal = fakeTerminal();
		const guard = enterFullScreen(terminal.stdout, terminal.stdin);
		expect(terminal.written.join('')).toContain('\u001B[?1049h');
		guard.restore();
		guard.restore();
		expect(terminal.written.filter(text => text.includes('\u001B[?1049l'))).toHaveLength(1);
		expect(terminal.written.join('')).toContain('\u001B[?25h');
		expect(terminal.rawModes).toEqual([false]);
	});

	it('turns SGR mouse reporting on with the screen and off on the way back, and around a suspend', () => {
		const terminal = fakeTerminal();
		const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
		const guard = enterFullScreen(terminal.stdout, terminal.stdin);
		expect(terminal.written.join('')).toBe('\u001B[?1049h\u001B[H\u001B[?1000h\u001B[?1006h');
		const redraw = vi.fn(() => terminal.written.push('the frame'));
		guard.suspend(redraw);
		expect(terminal.written.at(-1)).toMatch(/^\u001B\[\?1006l\u001B\[\?1000l/);
		expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTSTP');
		expect(redraw).not.toHaveBeenCalled();
		process.emit('SIGCONT');
		// Back on the alternate screen with the mouse, and only then the frame drawn again.
		expect(terminal.written.slice(-2)).toEqual([expect.stringContaining('\u001B[?1000h\u001B[?1006h'), 'the frame']);
		guard.restore();
		expect(terminal.written.at(-1)).toMatch(/^\u001B\[\?1006l\u001B\[\?1000l.*\u001B\[\?1049l$/);
	});

	it('restores the terminal on a crash before reporting it, and exits non-zero', () => {
		const terminal = fakeTerminal();
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
		const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		const before = process.listeners('uncaughtException').length;
		enterFullScreen(terminal.stdout, terminal.stdin, 'kefu-watch 意外出错,已恢复终端:');
		const onCrash = process.listeners('uncaughtException').at(-1)!;
		onCrash(new Error('boom'), 'uncaughtException');
		expect(terminal.written.at(-1)).toContain('\u001B[?1049l');
		expect(terminal.written.at(-1)).toContain('\u001B[?1000l');
		expect(terminal.rawModes).toEqual([false]);
		expect(stderr.mock.calls.map(call => String(call[0])).join('')).toMatch(/^kefu-watch 意外出错,已恢复终端: Error: boom/);
		expect(exit).toHaveBeenCalledWith(70);
		// Restoring took its own handlers away again.
		expect(process.listeners('uncaughtException')).toHaveLength(before);
	});
});
