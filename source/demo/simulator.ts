import {appendFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Platform} from '../model/message.js';
import {formatIsoInZone, type Zone} from '../time/zone.js';
import {GREETING, OPENERS, SCENARIOS, type Scenario, type Turn} from './scenarios.js';
import {seededRandom} from './seeded-random.js';

export interface DemoOptions {
	/** Folder the agents' log files are written into. */
	dir: string;
	/** Zone the timestamps are written in (with its offset). */
	tz: Zone;
	now: () => number;
	seed?: number;
	/** Live mode: how often the simulated agents act. */
	tickMs?: number;
}

export const DEMO_AGENTS = ['xiaomei', 'ahao', 'lingling', 'dawei', 'tingting'] as const;
type Agent = (typeof DEMO_AGENTS)[number];

const CLOSING = '好的亲,还有其他问题随时找我哦~';

interface LogLine {
	ts: number;
	agent: string;
	conv: string;
	from: Turn['from'] | 'system';
	text: string;
	scenario: Scenario;
}

/**
 * How the backlog stands at `now`: scenario, agent, and either how long the buyer has been
 * waiting (`pending`, seconds) or how long ago the finished conversation ended (`endedAgo`).
 * Chosen so the board shows breached, warning, waiting and idle rows from the first second.
 */
const BACKLOG: readonly {scenario: number; agent: Agent; turns?: number; pending?: number; endedAgo?: number; transferTo?: Agent}[] = [
	{scenario: 13, agent: 'dawei', turns: 1, pending: 70 * 60},
	{scenario: 14, agent: 'tingting', turns: 3, pending: 50 * 60},
	{scenario: 3, agent: 'ahao', turns: 1, pending: 25 * 60},
	{scenario: 2, agent: 'xiaomei', turns: 3, pending: 8 * 60},
	{scenario: 12, agent: 'lingling', turns: 3, pending: 260},
	{scenario: 0, agent: 'tingting', turns: 3, pending: 220},
	{scenario: 4, agent: 'xiaomei', turns: 1, pending: 90},
	{scenario: 8, agent: 'dawei', turns: 1, pending: 40},
	{scenario: 1, agent: 'xiaomei', endedAgo: 3 * 60},
	{scenario: 5, agent: 'ahao', endedAgo: 12 * 60},
	{scenario: 6, agent: 'ahao', endedAgo: 20 * 60},
	{scenario: 9, agent: 'lingling', endedAgo: 7 * 60},
	{scenario: 10, agent: 'lingling', endedAgo: 30 * 60},
	{scenario: 11, agent: 'dawei', endedAgo: 6 * 60},
	{scenario: 15, agent: 'tingting', endedAgo: 15 * 60},
	{scenario: 16, agent: 'ahao', endedAgo: 40 * 60},
	{scenario: 17, agent: 'lingling', endedAgo: 9 * 60},
	{scenario: 18, agent: 'tingting', endedAgo: 4 * 60},
	{scenario: 19, agent: 'dawei', endedAgo: 18 * 60},
	{scenario: 7, agent: 'xiaomei', endedAgo: 28 * 60, transferTo: 'ahao'},
];

/** Writes the history that leads up to `now`: what the agents' files hold when the demo opens. */
export async function writeBacklog(options: DemoOptions): Promise<string[]> {
	const rand = seededRandom(options.seed ?? 7);
	const now = options.now();
	const lines = BACKLOG.flatMap((entry, index) => backlogLines(entry, String(8801 + index), now, rand));
	lines.sort((x, y) => x.ts - y.ts);
	await mkdir(options.dir, {recursive: true});
	const files = new Map<string, string[]>();
	lines.forEach((line, index) => {
		const file = agentFile(options.dir, line.agent);
		files.set(file, [...(files.get(file) ?? []), formatLine(line, options.tz, index + 1)]);
	});
	for (const [file, content] of files) await appendFile(file, content.join(''));
	return [...files.keys()].sort();
}

function backlogLines(entry: (typeof BACKLOG)[number], conv: string, now: number, rand: () => number): LogLine[] {
	const scenario = SCENARIOS[entry.scenario]!;
	const turns = entry.turns === undefined ? withClosing(scenario.turns) : scenario.turns.slice(0, entry.turns);
	const times = entry.pending === undefined ? timesEndingAt(turns, now - entry.endedAgo! * 1000, rand) : timesPendingSince(turns, now - entry.pending * 1000, rand);
	const lines = turns.map((turn, i): LogLine => ({ts: times[i]!, agent: entry.agent, conv, from: turn.from, text: turn.text, scenario}));
	return entry.transferTo ? transfer(lines, entry.transferTo) : lines;
}

/** Scripts that end on the buyer's word get the agent's closing line, so they end answered. */
function withClosing(turns: readonly Turn[]): Turn[] {
	return turns.at(-1)?.from === 'buyer' ? [...turns, {from: 'agent', text: CLOSING}] : [...turns];
}

/** The trailing buyer run starts at `runStart` (then a message a minute); earlier turns precede it. */
function timesPendingSince(turns: readonly Turn[], runStart: number, rand: () => number): number[] {
	let runFrom = turns.length;
	while (runFrom > 0 && turns[runFrom - 1]!.from === 'buyer') runFrom -= 1;
	const times = turns.map((_, i) => (i >= runFrom ? runStart + (i - runFrom) * 60_000 : 0));
	for (let i = runFrom - 1; i >= 0; i -= 1) times[i] = (times[i + 1] ?? runStart) - gapMs(rand);
	return times;
}

function timesEndingAt(turns: readonly Turn[], end: number, rand: () => number): number[] {
	const times: number[] = new Array(turns.length);
	times[turns.length - 1] = end;
	for (let i = turns.length - 2; i >= 0; i -= 1) times[i] = times[i + 1]! - gapMs(rand);
	return times;
}

/** A prompt reply: 30–100 seconds between turns. */
function gapMs(rand: () => number): number {
	return Math.round((30 + rand() * 70) * 1000);
}

/** After the second turn the conversation moves to another agent, whose file carries the rest. */
function transfer(lines: LogLine[], to: Agent): LogLine[] {
	const [first, second, ...rest] = lines;
	if (!first || !second) return lines;
	const notice: LogLine = {...second, ts: second.ts + 5000, from: 'system', text: `会话已转接给 ${to}`};
	return [first, second, notice, ...rest.map(line => ({...line, agent: to}))];
}

function agentFile(dir: string, agent: string): string {
	return path.join(dir, `${agent}.jsonl`);
}

const BUYER_PREFIX: Record<Platform, string> = {pinduoduo: 'pdd', taobao: 'tb', tmall: 'tm', douyin: 'dy', kuaishou: 'ks', jd: 'jd'};

/** One JSONL line as a chat client writes it; the agent field is left to the file name at times (every third line, by `lineNumber`). */
function formatLine(line: LogLine, tz: Zone, lineNumber: number): string {
	const record: Record<string, string> = {ts: formatIsoInZone(line.ts, tz), conv: line.conv, from: line.from};
	if (line.from === 'buyer') record['buyer'] = `${BUYER_PREFIX[line.scenario.platform]}_${line.conv}`;
	if (lineNumber % 3 === 0) record['agent'] = line.agent;
	Object.assign(record, {platform: line.scenario.platform, shop: line.scenario.shop, text: line.text});
	return `${JSON.stringify(record)}\n`;
}

interface LiveConversation {
	conv: string;
	agent: Agent;
	scenario: Scenario;
	turns: Turn[];
	next: number;
	nextAt: number;
	/** A slow agent lets the buyer wait long enough to reach warning or breach. */
	slow: boolean;
}

/** Agents and buyers keep writing: new conversations, follow-ups, replies — some slow. */
export function startLiveAgents(options: DemoOptions): {stop(): void} {
	const rand = seededRandom((options.seed ?? 7) + 1);
	const active: LiveConversation[] = [];
	let nextConv = 9001;
	let stopped = false;
	let written = 0;
	let writing = Promise.resolve();
	const write = (lines: LogLine[]) => {
		writing = writing.then(async () => {
			for (const line of lines) {
				if (stopped) return;
				await appendFile(agentFile(options.dir, line.agent), formatLine(line, options.tz, (written += 1))).catch(() => undefined);
			}
		});
	};
	const tick = () => {
		const now = options.now();
		if (active.length < 6 || (active.length < 12 && rand() < 0.2)) {
			const conversation = openConversation(String(nextConv++), now, rand);
			active.push(conversation);
			write(firstLines(conversation, now, rand));
		}
		for (const conversation of [...active]) {
			if (conversation.nextAt > now) continue;
			write([advance(conversation, now, rand)]);
			if (conversation.next >= conversation.turns.length) active.splice(active.indexOf(conversation), 1);
		}
	};
	const timer = setInterval(tick, options.tickMs ?? 1500);
	return {
		stop() {
			stopped = true;
			clearInterval(timer);
		},
	};
}

function openConversation(conv: string, now: number, rand: () => number): LiveConversation {
	const scenario =
		rand() < 0.15
			? {
					...SCENARIOS[0]!,
					turns: [
						{from: 'buyer' as const, text: OPENERS[Math.floor(rand() * OPENERS.length)]!},
						{from: 'agent' as const, text: '在的亲,请问有什么可以帮您'},
					],
				}
			: SCENARIOS[Math.floor(rand() * SCENARIOS.length)]!;
	const agent = DEMO_AGENTS[Math.floor(rand() * DEMO_AGENTS.length)]!;
	return {conv, agent, scenario, turns: withClosing(scenario.turns), next: 0, nextAt: now, slow: rand() < 0.3};
}

/** The buyer's first message, and on Pinduoduo sometimes the shop robot's greeting. */
function firstLines(conversation: LiveConversation, now: number, rand: () => number): LogLine[] {
	const lines = [advance(conversation, now, rand)];
	if (conversation.scenario.platform === 'pinduoduo' && rand() < 0.4) {
		lines.push({...lines[0]!, from: 'bot', text: GREETING, ts: now + 1000});
	}
	return lines;
}

/** Writes the next turn and decides when the one after it comes. */
function advance(conversation: LiveConversation, now: number, rand: () => number): LogLine {
	const turn = conversation.turns[conversation.next]!;
	conversation.next += 1;
	const following = conversation.turns[conversation.next];
	const seconds = following?.from === 'buyer' ? 20 + rand() * 50 : conversation.slow ? 200 + rand() * 220 : 15 + rand() * 75;
	conversation.nextAt = now + seconds * 1000;
	return {ts: now, agent: conversation.agent, conv: conversation.conv, from: turn.from, text: turn.text, scenario: conversation.scenario};
}
