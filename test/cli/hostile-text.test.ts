import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {AGENT_TEXT, ARG_PAYLOAD, BY, CONV, hostileShop, NOTE, NOW, PAYLOAD, rawIn, runCli, SHOP, SHOWN} from '../helpers/hostile-shop.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt} from '../helpers/tmux.js';

/** Each test runs the built cli.js several times, on a shared and loaded machine. */
const SLOW_MS = 120_000;

/** Nothing raw in what the command wrote, on either stream. */
function expectInert(result: {stdout: string; stderr: string}): void {
	expect(rawIn(result.stdout), 'stdout').toBeUndefined();
	expect(rawIn(result.stderr), 'stderr').toBeUndefined();
}

describe('no control character from input reaches a text output (built cli.js)', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	it(
		'watch --once: every field shown with visible markers, every line within --width',
		async () => {
			const {logs, db} = await hostileShop(await tempDir());
			const result = runCli('watch', '--once', '--now', NOW, '--width', '100', '--db', db, logs);
			expect(result.code).toBe(0);
			expectInert(result);
			expect(result.stdout).toContain('c␛]0;PWN'); // the conversation, cut to its column
			expect(result.stdout).toContain(`·s${SHOWN.title}${SHOWN.clipboard}${SHOWN.screen}`); // the shop in today's line, as the header shows it
			expect(result.stdout).toMatch(/买家:还在吗␛\]0;/);
			for (const line of result.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
			// The bad lines on stderr: the unknown platform quoted, the raw line quoted by the parser.
			expect(result.stderr).toContain(`未知平台 "p${SHOWN.title}`);
			// In English the parser's own message, quoting the raw line, is given as well: inert too.
			const english = runCli('watch', '--once', '--lang', 'en', '--now', NOW, '--width', '100', '--db', db, logs);
			expectInert(english);
			expect(english.stderr).toContain(`unknown platform "p${SHOWN.title}`);
			expect(english.stderr).toContain(SHOWN.c1.replace('␇', ''));
			expect(english.stderr).toContain('agent␛]0;PWNED␇');
		},
		SLOW_MS,
	);

	it(
		'report (text): shop and agent names and the bad lines inert; --json keeps them exact',
		async () => {
			const {logs, db} = await hostileShop(await tempDir());
			const result = runCli('report', '--now', NOW, '--db', db, logs);
			expect(result.code).toBe(0);
			expectInert(result);
			expect(result.stdout).toContain(`s${SHOWN.title}`);
			expect(result.stdout).toContain(`a${SHOWN.title}`);
			const json = JSON.parse(runCli('report', '--json', '--now', NOW, '--db', db, logs).stdout) as {shops: {shop: string}[]; agents: {agent: string}[]};
			expect(json.shops.map(shop => shop.shop)).toEqual([SHOP]);
			expect(json.agents.map(agent => agent.agent)).toEqual([`a${PAYLOAD}`]);
		},
		SLOW_MS,
	);

	it(
		'check (text): the keyword split by an escape is found, its quote and the text inert; --json keeps the text exact',
		async () => {
			const {logs} = await hostileShop(await tempDir());
			const text = runCli('check', '--now', NOW, logs);
			expect(text.code).toBe(1);
			expectInert(text);
			expect(text.stdout).toContain('off-platform-contact');
			expect(text.stdout).toContain('「加我微␛[0m信');
			expect(text.stdout).toContain('agent␛]0;PWNED␇');
			const json = runCli('check', '--json', '--now', NOW, logs);
			const document = JSON.parse(json.stdout) as {violations: {text: string; match: string; conv: string; shop: string}[]; badLines: {error: string}[]};
			const contact = document.violations.find(v => v.match.startsWith('加我微'))!;
			expect(contact.text).toBe(AGENT_TEXT);
			expect(contact.match).toBe('加我微\u001B[0m信');
			expect(contact.conv).toBe(CONV);
			expect(contact.shop).toBe(SHOP);
			expect(document.badLines.some(bad => bad.error.includes(`p${PAYLOAD}`))).toBe(true);
		},
		SLOW_MS,
	);

	it(
		'assign, mark, unmark, note: the confirmations inert; history shows conversation, --by and note inert',
		async () => {
			const dir = await tempDir();
			const db = path.join(dir, 'db.json');
			const common = ['--db', db, '--shop', SHOP, '--by', BY, '--now', NOW];
			for (const args of [
				['assign', CONV, `to${ARG_PAYLOAD}`],
				['mark', CONV, 'red'],
				['unmark', CONV, 'red'],
				['note', CONV, NOTE],
			]) {
				const result = runCli(...args, ...common);
				expect(result.code, args[0]).toBe(0);
				expectInert(result);
				expect(result.stdout).toContain(`c${SHOWN.title}${SHOWN.clipboard}`);
			}
			const history = runCli('history', CONV, ...common, '--lang', 'en');
			expect(history.code).toBe(0);
			expectInert(history);
			const lines = history.stdout.trimEnd().split('\n');
			expect(lines).toHaveLength(4);
			for (const line of lines) expect(line).toContain(`by${SHOWN.title}`);
			expect(lines[0]).toContain(`transfer to to${SHOWN.title}`);
			expect(lines[3]).toContain(`note${SHOWN.title}${SHOWN.clipboard}${SHOWN.screen}${SHOWN.c1}${SHOWN.bidi}`);
		},
		SLOW_MS,
	);

	it(
		'rules review: the flagged line it quotes as an example is inert',
		async () => {
			const dir = await tempDir();
			const {file} = await hostileShop(dir);
			const db = path.join(dir, 'reviews.json');
			const review = {id: 'r1', conv: CONV, platform: 'pinduoduo', shop: SHOP, by: BY, at: NOW, file, line: 2, rule: `rule${ARG_PAYLOAD}`, verdict: 'false-positive'};
			await writeFile(db, JSON.stringify({assignments: [], marks: [], notes: [], reviews: [review]}));
			const result = runCli('rules', 'review', '--db', db, '--lang', 'en');
			expect(result.code).toBe(0);
			expectInert(result);
			expect(result.stdout).toContain(`${SHOWN.title}${SHOWN.clipboard}`);
		},
		SLOW_MS,
	);

	it(
		'error messages quoting a path or a value are inert',
		async () => {
			const dir = await tempDir();
			const corrupt = path.join(dir, `db${ARG_PAYLOAD.replaceAll('/', '_')}.json`);
			await writeFile(corrupt, '{not a records document');
			const cases = [
				['watch', '--once', path.join(dir, `missing${ARG_PAYLOAD}`)],
				['report', '--db', corrupt, dir],
				['history', 'c1', '--db', corrupt],
				['mark', CONV, `bad${ARG_PAYLOAD}`, '--db', path.join(dir, 'db.json')],
				['check', '--tz', `Mars/${ARG_PAYLOAD}`, dir],
				['check', '--now', `later${ARG_PAYLOAD}`, dir],
			];
			for (const args of cases) {
				const result = runCli(...args);
				expect(result.code, args.join(' ')).toBe(2);
				expectInert(result);
				expect(result.stderr, args.join(' ')).toContain(SHOWN.title);
			}
		},
		SLOW_MS,
	);
});
