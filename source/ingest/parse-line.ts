import {PLATFORMS, type BadLine, type ChatMessage, type Platform, type Sender} from '../model/message.js';
import {agentFromPath} from './agent-from-path.js';
import type {LineReading} from './line-reading.js';
import {controlBytesProblem} from './decode-line.js';
import {notJson, type LineProblem} from './line-problem.js';
import {epochOf, RecentStamp} from './parse-timestamp.js';

export interface LineContext extends Pick<LineReading, 'tz' | 'defaultPlatform' | 'shopPlatforms' | 'agentAliases'> {
	file: string;
	line: number;
	/** Byte offset of the line in `file`. */
	offset: number;
	/** Agent taken from the file name, used when the line names none. */
	fileAgent: string;
	/** The file's last timestamp read, when its lines are read in order (`lineParser`). */
	recent?: RecentStamp;
}

export type ParsedLine = {ok: true; message: ChatMessage} | {ok: false; bad: BadLine};

/**
 * Reads the lines of one file, given each line's number and byte offset. One context is moved
 * along from line to line: a new one per line was garbage by the million.
 */
export function lineParser(file: string, options: LineReading): (text: string, line: number, offset: number) => ParsedLine {
	const context: LineContext = {
		file,
		line: 0,
		offset: 0,
		fileAgent: agentFromPath(file),
		defaultPlatform: options.defaultPlatform,
		shopPlatforms: options.shopPlatforms,
		agentAliases: options.agentAliases,
		tz: options.tz,
		recent: new RecentStamp(),
	};
	return (text, line, offset) => {
		context.line = line;
		context.offset = offset;
		return parseLogLine(text, context);
	};
}

/** Reads one JSONL line into a message, or says precisely why it cannot be read. */
export function parseLogLine(text: string, context: LineContext): ParsedLine {
	let record: unknown;
	try {
		record = JSON.parse(text);
	} catch (error) {
		return failed(context, controlBytesProblem(text) ?? notJson(error as Error));
	}
	if (typeof record !== 'object' || record === null || Array.isArray(record)) return failed(context, {code: 'not-object'});
	const fields = record as Record<string, unknown>;

	if (fields['ts'] === undefined) return failed(context, {code: 'missing-field', field: 'ts'});
	const ts = epochOf(fields['ts'], context.tz, context.recent);
	if (typeof ts !== 'number') return failed(context, ts);
	const conv = idField(fields['conv']);
	if (conv === undefined) return failed(context, {code: 'missing-field', field: 'conv'});
	const from = fields['from'];
	if (!isSender(from)) return failed(context, {code: 'bad-sender'});
	if (typeof fields['text'] !== 'string') return failed(context, {code: 'missing-field', field: 'text'});
	const shop = optionalString(fields['shop']) ?? '';
	const platform = platformOf(fields['platform'], context.shopPlatforms?.get(shop) ?? context.defaultPlatform);
	if (platform === undefined) return failed(context, {code: 'unknown-platform', value: String(fields['platform'])});

	const message: ChatMessage = {
		ts,
		conv,
		from,
		text: fields['text'],
		agent: agentOf(optionalString(fields['agent']) || context.fileAgent, context.agentAliases),
		// Set here even when absent: a field added later costs every message a second block of memory.
		buyer: idField(fields['buyer']),
		platform,
		shop,
		file: context.file,
		line: context.line,
		offset: context.offset,
		checked: undefined,
	};
	return {ok: true, message};
}

function failed(context: LineContext, problem: LineProblem): ParsedLine {
	return {ok: false, bad: {file: context.file, line: context.line, problem}};
}

function idField(value: unknown): string | undefined {
	if (typeof value === 'string') return trimmed(value) || undefined;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' ? trimmed(value) : undefined;
}

/** Trimmed, without a new string for the nearly every value that has nothing to trim. */
function trimmed(value: string): string {
	const first = value.charCodeAt(0);
	const last = value.charCodeAt(value.length - 1);
	return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
}

const PLATFORM_NAMES: ReadonlySet<unknown> = new Set(PLATFORMS);

/** Compared one by one: the names JSON.parse gives are V8's single copies, so each test is one comparison. */
function isSender(value: unknown): value is Sender {
	return value === 'buyer' || value === 'agent' || value === 'bot' || value === 'system';
}

/** The line's platform, the default when it names none; undefined for an unknown one. */
function platformOf(value: unknown, defaultPlatform: Platform): Platform | undefined {
	if (value === undefined || value === null || value === defaultPlatform) return defaultPlatform;
	return PLATFORM_NAMES.has(value) ? (value as Platform) : undefined;
}

/** The agent a name in the logs stands for: the configuration's, where the name is one of its files. */
function agentOf(name: string, aliases: ReadonlyMap<string, string> | undefined): string {
	return aliases?.get(name) ?? name;
}
