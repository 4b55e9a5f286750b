import {CONFIG_FILE_NAME, loadConfig} from '../config/config-file.js';
import type {Catalog} from '../i18n/catalog.js';
import {UsageError} from './usage-error.js';

/** `kefu-watch config check [--config FILE]`: 0 when the file is good (with what it sets), 2 with its line and key when not. */
export async function configCommand(args: readonly string[], flags: {config?: string}, text: Catalog): Promise<number> {
	if (args[0] !== 'check' || args.length > 1) throw new UsageError(text.config.usage);
	const config = await loadConfig(flags.config, process.cwd(), text).catch(rethrowAsUsage);
	if (!config) throw new UsageError(text.config.none(CONFIG_FILE_NAME));
	process.stdout.write(`${text.config.ok(config.file, Object.keys(config.shops).length, Object.keys(config.agents).length, config.teams.length)}\n`);
	return 0;
}

/** A configuration that cannot be used stops any command: exit 2 with its file, line and key. */
export function rethrowAsUsage(error: unknown): never {
	if (error instanceof Error && error.name === 'ConfigError') throw new UsageError(error.message);
	throw error;
}
