import {spawnSync} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {DAYS, DAYS_NOW, writeSeveralDays} from '../helpers/several-days.js';
import {useTempDirs} from '../helpers/temp-dir.js';
import {assertBuilt, CLI} from '../helpers/tmux.js';

function runIn(cwd: string, args: string[]) {
	const env = {...process.env};
	delete env['KEFU_DB'];
	const result = spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8', env});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const GOOD = `# the shop's settings
logs: logs
db: records/db.json
tz: Asia/Shanghai
lang: en
stale: 20
bell: false
shops:
  flagship:
    name: 旗舰店
    platform: pinduoduo
    targets:
      reply-5m: 0.99
agents:
  xiaomei:
    name: 小美
    team: 售前
    files: [mei-pc2]
  ahao:
    team: 售后
  王芳:
    team: 售前
teams: [售前, 售后]
`;

describe('kefu-watch.yaml (contract §8)', () => {
	const tempDir = useTempDirs();
	beforeAll(assertBuilt);

	/** A folder with the several days' logs, one more file of xiaomei's second computer, and `config` as kefu-watch.yaml. */
	async function shopFolder(config: string): Promise<string> {
		const dir = await tempDir();
		await writeSeveralDays(path.join(dir, 'logs'));
		// No agent field: the file name says whose it is, and the configuration says mei-pc2 is xiaomei.
		const lines = [
			{ts: `${DAYS[2]}T10:00:00+08:00`, conv: 'pc2-1', from: 'buyer', shop: 'flagship', text: '在吗'},
			{ts: `${DAYS[2]}T10:09:00+08:00`, conv: 'pc2-1', from: 'agent', shop: 'flagship', text: '在的'},
		];
		await writeFile(path.join(dir, 'logs', 'mei-pc2.jsonl'), lines.map(line => JSON.stringify(line)).join('\n') + '\n');
		await mkdir(path.join(dir, 'records'));
		await writeFile(path.join(dir, 'kefu-watch.yaml'), config);
		return dir;
	}

	it('config check passes a good file and says what it sets', async () => {
		const dir = await shopFolder(GOOD);
		const {code, stdout} = runIn(dir, ['config', 'check']);
		expect(code).toBe(0);
		expect(stdout).toContain('kefu-watch.yaml: valid (1 shop(s), 3 agent(s), 2 team(s))');
	});

	it('refuses a bad file naming its line and key, for config check and for every command', async () => {
		const bad = GOOD.replace('reply-5m: 0.99', 'reply-5m: 1.5');
		const dir = await shopFolder(bad);
		const check = runIn(dir, ['config', 'check']);
		expect(check.code).toBe(2);
		// In the language of the command line (Chinese by default), whatever the broken file says.
		expect(check.stderr).toContain('kefu-watch.yaml:13: shops.flagship.targets.reply-5m: 必须是 0 到 1 之间的比率');
		expect(runIn(dir, ['config', 'check', '--lang', 'en']).stderr).toContain('kefu-watch.yaml:13: shops.flagship.targets.reply-5m: must be a rate between 0 and 1');
		const report = runIn(dir, ['report', '--json']);
		expect(report.code).toBe(2);
		expect(report.stderr).toContain('kefu-watch.yaml:13:');
		expect(report.stdout).toBe('');
		const other = path.join(dir, 'other.yaml');
		await writeFile(other, 'agents:\n  xiaomei:\n    naem: 小美\n');
		expect(runIn(dir, ['config', 'check', '--config', other]).stderr).toContain(`${other}:3: agents.xiaomei.naem: 未知的键(可用:name, team, files)`);
		await writeFile(other, 'teams: [售前\nbell: yes please\n');
		expect(runIn(dir, ['config', 'check', '--config', other])).toMatchObject({code: 2, stderr: expect.stringMatching(/other\.yaml:\d+: 不是有效的 YAML/)});
		await writeFile(other, 'agents:\n  xiaomei:\n    team: 夜班\nteams: [售前]\n');
		expect(runIn(dir, ['config', 'check', '--config', other]).stderr).toContain('other.yaml:3: agents.xiaomei.team: 「夜班」不在 teams 里(售前)');
		expect(runIn(dir, ['config', 'check', '--config', path.join(dir, 'missing.yaml')]).code).toBe(2);
	});

	it('sets the log folders, zone, db, shop names and targets, and an agent’s other file names', async () => {
		const dir = await shopFolder(GOOD);
		const bare = JSON.parse(runIn(dir, ['report', '--json', '--config', '/dev/null', '--date', DAYS[2]!, '--now', DAYS_NOW, 'logs']).stdout);
		const configured = JSON.parse(runIn(dir, ['report', '--json', '--date', DAYS[2]!, '--now', DAYS_NOW]).stdout);
		expect(configured.tz).toBe('Asia/Shanghai');
		const flagship = configured.shops.find((shop: {shop: string}) => shop.shop === 'flagship');
		expect(flagship.name).toBe('旗舰店');
		expect(flagship.alerts).toContainEqual(expect.objectContaining({clock: 'reply-5m', kind: 'below-target', threshold: 0.99}));
		const agent = (report: {agents: {agent: string; consultations: number}[]}, name: string) => report.agents.find(one => one.agent === name);
		expect(agent(bare, 'mei-pc2')!.consultations).toBe(1);
		expect(agent(configured, 'mei-pc2')).toBeUndefined();
		expect(agent(configured, 'xiaomei')).toMatchObject({name: '小美', team: '售前', consultations: agent(bare, 'xiaomei')!.consultations + 1});
		// The other computer's hours are xiaomei's too: its one consultation started at 10:00.
		const hours = (report: {agents: {agent: string; byHour: {consultations: number}[]}[]}, name: string) => report.agents.find(one => one.agent === name)!.byHour.map(hour => hour.consultations);
		const tenOClock = hours(bare, 'xiaomei');
		tenOClock[10]! += 1;
		expect(hours(configured, 'xiaomei')).toEqual(tenOClock);
		// A flag typed wins over the file.
		expect(JSON.parse(runIn(dir, ['report', '--json', '--tz', 'UTC', '--date', DAYS[2]!, '--now', DAYS_NOW]).stdout).tz).toBe('UTC');
		// The file's db is where records are read: a corrupt one there is refused with its path.
		await writeFile(path.join(dir, 'records', 'db.json'), '{"marks": [');
		expect(runIn(dir, ['report', '--json']).stderr).toContain(path.join(dir, 'records', 'db.json'));
	});

	it("shows the board's rows under the shop's name from the file, and an agent's other file as theirs", async () => {
		const dir = await shopFolder(GOOD);
		const once = (args: string[]) => runIn(dir, ['watch', '--once', '--lang', 'en', '--width', '160', '--now', DAYS_NOW, ...args]).stdout.split('\n');
		const rowsOf = (lines: string[]) => lines.filter(line => / pc2-1 /.test(line));
		expect(rowsOf(once([]))).toEqual([expect.stringMatching(/PDD·旗舰店 +xiaomei /)]);
		expect(rowsOf(once(['--config', '/dev/null', 'logs']))).toEqual([expect.stringMatching(/PDD·flagship +mei-pc2 /)]);
	});

	it("gives a shop's lines that name no platform the shop's platform from the file", async () => {
		const dir = await shopFolder(GOOD.replace('      reply-5m: 0.99\n', '      reply-5m: 0.99\n  outlet:\n    platform: taobao\n'));
		const lines = [
			{ts: `${DAYS[2]}T10:00:00+08:00`, conv: 'o-1', from: 'buyer', shop: 'outlet', text: '在吗'},
			{ts: `${DAYS[2]}T10:01:00+08:00`, conv: 'o-1', from: 'agent', shop: 'outlet', text: '在的'},
			// A line that names its platform keeps it.
			{ts: `${DAYS[2]}T10:02:00+08:00`, conv: 'o-2', from: 'buyer', shop: 'outlet', platform: 'jd', text: '在吗'},
		];
		await writeFile(path.join(dir, 'logs', 'outlet.jsonl'), lines.map(line => JSON.stringify(line)).join('\n') + '\n');
		const report = JSON.parse(runIn(dir, ['report', '--json', '--date', DAYS[2]!, '--now', DAYS_NOW]).stdout);
		const outlet = report.shops.filter((shop: {shop: string}) => shop.shop === 'outlet').map((shop: {platform: string; consultations: number}) => [shop.platform, shop.consultations]);
		expect(outlet.sort()).toEqual([
			['jd', 1],
			['taobao', 1],
		]);
		// Without the file the same lines are the default platform's.
		const bare = JSON.parse(runIn(dir, ['report', '--json', '--config', '/dev/null', '--date', DAYS[2]!, '--now', DAYS_NOW, 'logs']).stdout);
		expect(
			bare.shops
				.filter((shop: {shop: string}) => shop.shop === 'outlet')
				.map((shop: {platform: string}) => shop.platform)
				.sort(),
		).toEqual(['jd', 'pinduoduo']);
	});

	it('groups agents by team with --by team, in JSON, text and CSV', async () => {
		const dir = await shopFolder(GOOD);
		const report = JSON.parse(runIn(dir, ['report', '--json', '--by', 'team', '--date', DAYS[1]!, '--now', DAYS_NOW]).stdout);
		const team = (name: string) => report.teams.find((one: {team: string}) => one.team === name);
		const sumOf = (names: string[]) => names.reduce((sum, name) => sum + report.agents.find((a: {agent: string}) => a.agent === name).consultations, 0);
		expect(team('售前')).toMatchObject({agents: ['xiaomei', '王芳'], consultations: sumOf(['xiaomei', '王芳'])});
		expect(team('售后')).toMatchObject({agents: ['ahao'], consultations: sumOf(['ahao'])});
		expect(team('')).toMatchObject({agents: ['lingling']});
		const text = runIn(dir, ['report', '--by', 'team', '--from', DAYS[0]!, '--to', DAYS[2]!, '--now', DAYS_NOW]).stdout;
		expect(text).toMatch(/^team +consult\./m);
		expect(text).toMatch(/^售前 +\d+/m);
		expect(text).toMatch(/^小美 /m);
		expect(text).toMatch(/^PDD·旗舰店 +\d/m);
		const csv = runIn(dir, ['report', '--csv', '--by', 'team', '--date', DAYS[1]!, '--now', DAYS_NOW]).stdout;
		expect(csv).toMatch(/\r\n2026-11-21,team,,,售前,售前,reply-5m,\d+,/);
		expect(csv).toMatch(/\r\n2026-11-21,agent,,,小美,售前,reply-5m,/);
		expect(runIn(dir, ['report', '--by', 'shop'])).toMatchObject({code: 2});
	});

	it('reports one team with --team, and refuses a team the file does not have', async () => {
		const dir = await shopFolder(GOOD);
		const all = JSON.parse(runIn(dir, ['report', '--json', '--date', DAYS[1]!, '--now', DAYS_NOW]).stdout);
		const presale = JSON.parse(runIn(dir, ['report', '--json', '--team', '售前', '--date', DAYS[1]!, '--now', DAYS_NOW]).stdout);
		const names = (report: {agents: {agent: string}[]}) => report.agents.map(agent => agent.agent).sort();
		expect(names(presale)).toEqual(['xiaomei', '王芳']);
		expect(names(all)).toEqual(expect.arrayContaining(['ahao', 'lingling', 'xiaomei', '王芳']));
		// The shops' figures are the shops', whoever answered.
		expect(presale.shops).toEqual(all.shops);
		expect(runIn(dir, ['report', '--team', '夜班'])).toMatchObject({code: 2, stderr: expect.stringContaining('夜班')});
	});
});
