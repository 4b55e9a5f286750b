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
