import type {Platform} from '../model/message.js';
import type {KefuConfig} from './config-file.js';

/** The flags a configuration file can set, as meow gives them. */
export interface ConfigurableFlags {
	tz: string;
	platform: string;
	lang: string;
	rules?: string | readonly string[];
	db: string;
	stale?: number;
	bell: boolean;
	notify?: string[];
}

/**
 * The flags with the file's values where the command line gave none: a flag typed always wins,
 * and `--db` falls back to $KEFU_DB before the file (one shell pointed at one database).
 */
export function applyConfig<F extends ConfigurableFlags>(flags: F, config: KefuConfig | undefined, given: (flag: string) => boolean, env: NodeJS.ProcessEnv): F & {db: string} {
	const db = given('--db') ? flags.db : env['KEFU_DB'] || config?.db || flags.db;
	if (!config) return {...flags, db};
	const pick = <T>(flag: string, mine: T, theirs: T | undefined): T => (given(flag) || theirs === undefined ? mine : theirs);
	return {
		...flags,
		db,
		tz: pick('--tz', flags.tz, config.tz),
		platform: pick('--platform', flags.platform, config.platform),
		lang: pick('--lang', flags.lang, config.lang),
		rules: pick('--rules', flags.rules, config.rules),
		stale: pick('--stale', flags.stale, config.stale),
		bell: given('--bell') || given('--no-bell') || config.bell === undefined ? flags.bell : config.bell,
		notify: pick('--notify', flags.notify, config.notify),
	};
}

/** The shops the file gives a platform of their own: their lines that name none are of it. */
export function shopPlatformsOf(config: KefuConfig | undefined): ReadonlyMap<string, Platform> | undefined {
	const shops = Object.entries(config?.shops ?? {}).flatMap(([shop, {platform}]) => (platform ? [[shop, platform] as const] : []));
	return shops.length > 0 ? new Map(shops) : undefined;
}

/** Each shop's display name, by the shop's name in the logs. */
export function shopNamesOf(config: KefuConfig | undefined): ReadonlyMap<string, string> | undefined {
	const names = Object.entries(config?.shops ?? {}).flatMap(([shop, {name}]) => (name === undefined ? [] : [[shop, name] as const]));
	return names.length > 0 ? new Map(names) : undefined;
}

/** The agent each of the configuration's other file names stands for. */
export function agentAliasesOf(config: KefuConfig | undefined): ReadonlyMap<string, string> | undefined {
	const aliases = Object.entries(config?.agents ?? {}).flatMap(([agent, {files}]) => files.map(file => [file, agent] as const));
	return aliases.length > 0 ? new Map(aliases) : undefined;
}

/** Each agent's team (their other file names are theirs as the lines are read). */
export function teamsOf(config: KefuConfig | undefined): ReadonlyMap<string, string> | undefined {
	const teams = Object.entries(config?.agents ?? {}).flatMap(([agent, {team}]) => (team ? [[agent, team] as const] : []));
	return teams.length > 0 ? new Map(teams) : undefined;
}
