import path from 'node:path';
import {isMap, isScalar, isSeq, type Document, type Node, type Pair} from 'yaml';
import {PLATFORMS, type Platform} from '../model/message.js';
import {TARGET_KINDS} from '../alerts/notify-target.js';
import {isValidTimeZone} from '../time/zone.js';
import {catalog, type Catalog} from '../i18n/catalog.js';
import {ConfigError, type AgentConfig, type KefuConfig, type ShopConfig} from './config-types.js';

/** The problems' words, in the language asked for. */
export type ConfigProblems = Catalog['config']['problems'];

interface Where {
	file: string;
	dir: string;
	lineOf: (offset: number) => number;
}

const TOP_KEYS = ['logs', 'db', 'tz', 'platform', 'lang', 'stale', 'bell', 'notify', 'rules', 'shops', 'agents', 'teams'] as const;

/** Checks the document key by key; the first problem throws a ConfigError at its line. */
export function validateConfig(document: Document, where: Where, problems: ConfigProblems = catalog('en').config.problems): KefuConfig {
	const check = new Checker(where, problems);
	const say = problems;
	const config: KefuConfig = {file: where.file, shops: {}, agents: {}, teams: []};
	const root = document.contents;
	if (root === null || (isScalar(root) && root.value === null)) return config;
	for (const [key, value] of check.entries(root as Node, '', TOP_KEYS)) {
		switch (key) {
			case 'logs':
			case 'rules':
				config[key] = check.strings(value, key).map(entry => path.resolve(where.dir, entry));
				break;
			case 'db':
				config.db = /^postgres(ql)?:\/\//.test(check.text(value, key)) ? check.text(value, key) : path.resolve(where.dir, check.text(value, key));
				break;
			case 'tz':
				config.tz = check.text(value, key, tz => (isValidTimeZone(tz) ? undefined : say.notZone));
				break;
			case 'platform':
				config.platform = check.platform(value, key);
				break;
			case 'lang':
				config.lang = check.text(value, key, lang => (lang === 'zh' || lang === 'en' ? undefined : say.lang)) as 'zh' | 'en';
				break;
			case 'stale':
				config.stale = check.number(value, key, minutes => (minutes > 0 ? undefined : say.stale));
				break;
			case 'bell':
				config.bell = check.boolean(value, key);
				break;
			case 'notify':
				config.notify = check.strings(value, key, target => (TARGET_KINDS.some(kind => target.startsWith(`${kind}:`)) ? undefined : say.notify(TARGET_KINDS.map(kind => `${kind}:URL`).join(', '))));
				break;
			case 'shops':
				config.shops = check.named(value, key, (node, at) => shopOf(check, node, at));
				break;
			case 'agents':
				config.agents = check.named(value, key, (node, at) => agentOf(check, node, at));
				break;
			case 'teams':
				config.teams = check.strings(value, key);
				break;
		}
	}
	for (const [name, agent] of Object.entries(config.agents)) {
		if (agent.team !== undefined && config.teams.length > 0 && !config.teams.includes(agent.team)) {
			check.fail(document.getIn(['agents', name, 'team'], true) as Node, `agents.${name}.team`, say.notATeam(agent.team, config.teams.join(', ')));
		}
	}
	return config;
}

function shopOf(check: Checker, node: Node, at: string): ShopConfig {
	const shop: ShopConfig = {targets: {}};
	for (const [key, value] of check.entries(node, at, ['name', 'platform', 'targets'])) {
		if (key === 'name') shop.name = check.text(value, `${at}.name`);
		else if (key === 'platform') shop.platform = check.platform(value, `${at}.platform`);
		else shop.targets = check.named(value, `${at}.targets`, (rate, where) => check.number(rate, where, n => (n >= 0 && n <= 1 ? undefined : check.say.rate)));
	}
	return shop;
}

function agentOf(check: Checker, node: Node, at: string): AgentConfig {
	const agent: AgentConfig = {files: []};
	for (const [key, value] of check.entries(node, at, ['name', 'team', 'files'])) {
		if (key === 'name') agent.name = check.text(value, `${at}.name`);
		else if (key === 'team') agent.team = check.text(value, `${at}.team`);
		else agent.files = check.strings(value, `${at}.files`);
	}
	return agent;
}

/** Reads typed values off YAML nodes, failing with the node's line and the key's dotted path. */
class Checker {
	constructor(
		private readonly where: Where,
		readonly say: ConfigProblems,
	) {}

	fail(node: Node | null | undefined, key: string, problem: string): never {
		const offset = node?.range?.[0];
		throw new ConfigError(this.where.file, offset === undefined ? 1 : this.where.lineOf(offset), key, problem);
	}

	/** A mapping's entries, every key one of `known`. */
	entries<K extends string>(node: Node, at: string, known: readonly K[]): [K, Node][] {
		if (!isMap(node)) return this.fail(node, at || '(top)', this.say.mapping(known.join(', ')));
		return node.items.map((pair: Pair) => {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			const where = at ? `${at}.${key}` : key;
			if (!(known as readonly string[]).includes(key)) this.fail(pair.key as Node, where, this.say.unknownKey(known.join(', ')));
			return [key as K, pair.value as Node];
		});
	}

	/** A mapping from names the user chooses (shops, agents, clock ids) to values read by `each`. */
	named<T>(node: Node, at: string, each: (value: Node, at: string) => T): Record<string, T> {
		if (!isMap(node)) return this.fail(node, at, this.say.names);
		const result: Record<string, T> = {};
		for (const pair of node.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : this.fail(pair.key as Node, at, this.say.plainName);
			result[key] = each(pair.value as Node, `${at}.${key}`);
		}
		return result;
	}

	text(node: Node, at: string, problem?: (value: string) => string | undefined): string {
		if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return this.fail(node, at, this.say.text);
		const wrong = problem?.(node.value);
		return wrong ? this.fail(node, at, wrong) : node.value;
	}

	number(node: Node, at: string, problem?: (value: number) => string | undefined): number {
		if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) return this.fail(node, at, this.say.number);
		const wrong = problem?.(node.value);
		return wrong ? this.fail(node, at, wrong) : node.value;
	}

	boolean(node: Node, at: string): boolean {
		if (!isScalar(node) || typeof node.value !== 'boolean') return this.fail(node, at, this.say.boolean);
		return node.value;
	}

	platform(node: Node, at: string): Platform {
		return this.text(node, at, value => ((PLATFORMS as readonly string[]).includes(value) ? undefined : this.say.oneOf(PLATFORMS.join(', ')))) as Platform;
	}

	/** One text or a list of them. */
	strings(node: Node, at: string, problem?: (value: string) => string | undefined): string[] {
		if (isScalar(node)) return [this.text(node, at, problem)];
		if (!isSeq(node)) return this.fail(node, at, this.say.texts);
		return node.items.map((item, index) => this.text(item as Node, `${at}[${index}]`, problem));
	}
}
