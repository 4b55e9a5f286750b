import {render} from 'ink-testing-library';
import React from 'react';
import {afterEach} from 'vitest';
import {WatchSession, type SessionOptions} from '../../source/live/watch-session.js';
import type {ChatMessage} from '../../source/model/message.js';
import {loadRulePacks, type RulePacks} from '../../source/rules/load-rule-packs.js';
import {App, type AppProps} from '../../source/ui/app.js';
import {TZ} from './messages.js';
import {eventually} from './temp-dir.js';

/** The built-in packs, loaded once per test file (they never change while it runs). */
let builtIn: Promise<RulePacks> | undefined;
export const builtInPacks = (): Promise<RulePacks> => (builtIn ??= loadRulePacks());

/** A session as the tests use it: no paths, the test zone, Pinduoduo by default, the built-in packs; anything overridden. */
export async function testSession(options: Partial<SessionOptions> = {}, messages: readonly ChatMessage[] = []): Promise<WatchSession> {
	const session = new WatchSession({paths: [], tz: TZ, defaultPlatform: 'pinduoduo', packs: await builtInPacks(), ...options});
	for (const message of messages) session.book.add(message);
	return session;
}

let unmounts: (() => void)[] = [];
afterEach(() => {
	for (const unmount of unmounts) unmount();
	unmounts = [];
});

/** The App over `session` in ink-testing-library, unmounted after the test; `press` types and waits for the screen. */
export function renderApp(session: WatchSession, props: Omit<AppProps, 'source' | 'tz' | 'lang'> & Partial<Pick<AppProps, 'tz' | 'lang'>>) {
	const app = render(<App source={session} tz={TZ} lang="zh" {...props} />);
	unmounts.push(app.unmount);
	const frame = () => app.lastFrame() ?? '';
	const press = async (keys: string, until: (screen: string) => boolean, what: string) => {
		app.stdin.write(keys);
		// A loaded machine (several suites at once) can take seconds to draw a frame.
		await eventually(() => until(frame()), what, 15_000);
	};
	return {app, session, frame, press};
}
