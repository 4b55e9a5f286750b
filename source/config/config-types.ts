import type {Lang} from '../i18n/catalog.js';
import type {Platform} from '../model/message.js';

/** The file looked for in the working folder when no `--config` is given. */
export const CONFIG_FILE_NAME = 'kefu-watch.yaml';

export interface ShopConfig {
	/** What the reports call the shop instead of its name in the logs. */
	name?: string;
	/** The platform of the shop's lines that name none. */
	platform?: Platform;
	/** Per clock id, the daily rate this shop must reach, over the pack's. */
	targets: Record<string, number>;
}

export interface AgentConfig {
	name?: string;
	team?: string;
	/** Log file names (as the agent default takes them: no extension, no rotation suffix) that are this agent's. */
	files: string[];
}

/** `kefu-watch.yaml`: what flags would say, once for every command; flags given win. Paths are resolved against the file's folder. */
export interface KefuConfig {
	file: string;
	logs?: string[];
	db?: string;
	tz?: string;
	platform?: Platform;
	lang?: Lang;
	stale?: number;
	bell?: boolean;
	notify?: string[];
	rules?: string[];
	shops: Record<string, ShopConfig>;
	agents: Record<string, AgentConfig>;
	teams: string[];
}

/** A configuration file that cannot be used: the message names the file, the line and the key. */
export class ConfigError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly key: string,
		readonly problem: string,
	) {
		super(`${file}:${line}: ${key ? `${key}: ` : ''}${problem}`);
		this.name = 'ConfigError';
	}
}
