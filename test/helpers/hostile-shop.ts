import {spawnSync} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {CLI, ROOT} from './tmux.js';

/**
 * What an adversarial buyer (or agent, or file name) carries, from issue 13: the window title
 * (OSC 0), the clipboard (OSC 52: `echo pwned`), clearing the screen, cursor moves and CR to
 * overwrite rows, C1 CSI and OSC, a bidi override, DEL. NUL only where it can travel (JSON
 * strings; a command-line argument cannot hold one).
 */
export const ARG_PAYLOAD = '\u001B]0;PWNED\u0007\u001B]52;c;ZWNobyBwd25lZA==\u0007\u001B[2J\u001B[H\u001B[3;1H\rOVER\u009B2J\u009D0;C1\u0007\u202EЯTL\u007F';
export const PAYLOAD = `${ARG_PAYLOAD}\u0000`;

/** Anything a terminal acts on rather than draws; LF, which ends lines, is the one left out. */
export const RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** How the gate shows the payload: each control visible where it was. */
export const SHOWN = {
	title: '␛]0;PWNED␇',
	clipboard: '␛]52;c;ZWNobyBwd25lZA==␇',
	screen: '␛[2J␛[H␛[3;1H OVER',
	c1: '\\x9b2J\\x9d0;C1␇',
	bidi: '\\u202eЯTL␡',
};

export const NOW = '2026-11-22T14:00:00+08:00';
export const CONV = `c${ARG_PAYLOAD}`;
export const SHOP = `s${ARG_PAYLOAD}`;
export const BY = `by${ARG_PAYLOAD}`;
export const NOTE = `note${ARG_PAYLOAD}`;
/** A keyword split by an escape, for the rules; the payload after it. */
export const AGENT_TEXT = `亲,加我微\u001B[0m信${PAYLOAD}`;

function line(fields: Record<string, unknown>): string {
	return `${JSON.stringify({platform: 'pinduoduo', shop: SHOP, ...fields})}\n`;
}

export function runCli(...args: string[]): {code: number | null; stdout: string; stderr: string} {
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, input: ''});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/**
 * A shop whose every field carries the payload: a log file named with it, conversation, buyer,
 * agent, shop and text; a bad line quoting it (an unknown platform) and a raw one (C1, bidi, DEL
 * bytes in a line that is not JSON); records whose conversation, note and `--by` carry it.
 * Returns the logs folder and the records file.
 */
export async function hostileShop(dir: string): Promise<{logs: string; db: string; file: string}> {
	const logs = path.join(dir, 'logs');
	const db = path.join(dir, 'db.json');
	const file = path.join(logs, `agent${ARG_PAYLOAD.replaceAll('/', '_')}.jsonl`);
	await mkdir(logs, {recursive: true});
	const common = {conv: CONV, buyer: `b${PAYLOAD}`, agent: `a${PAYLOAD}`};
	await writeFile(
		file,
		[
			line({...common, ts: '2026-11-22T13:50:00+08:00', from: 'buyer', text: `在吗${PAYLOAD}`}),
			line({...common, ts: '2026-11-22T13:51:00+08:00', from: 'agent', text: AGENT_TEXT}),
			line({...common, ts: '2026-11-22T13:57:00+08:00', from: 'buyer', text: `还在吗${PAYLOAD}`}),
			line({ts: '2026-11-22T13:58:00+08:00', conv: 'c2', from: 'buyer', platform: `p${PAYLOAD}`, text: 'x'}),
			// Raw C0 bytes make a line "not text" unquoted; JSON.parse's error quotes the rest.
			`oops${ARG_PAYLOAD.replace(/[\u0000-\u001F]/g, '')}\n`,
		].join(''),
	);
	const records = ['--db', db, '--shop', SHOP, '--by', BY, '--now', NOW];
	for (const args of [
		['assign', CONV, `to${ARG_PAYLOAD}`],
		['mark', CONV, 'red'],
		['note', CONV, NOTE],
	]) {
		const result = runCli(...args, ...records);
		if (result.code !== 0) throw new Error(`${args[0]} failed: ${result.stderr}`);
	}
	return {logs, db, file};
}

/** Fails with the first raw control found, shown escaped, and where. */
export function rawIn(output: string): string | undefined {
	const found = RAW.exec(output);
	if (!found) return undefined;
	return `${JSON.stringify(found[0])} at ${found.index}: ${JSON.stringify(output.slice(Math.max(0, found.index - 30), found.index + 30))}`;
}
