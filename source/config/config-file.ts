import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {catalog, type Catalog} from '../i18n/catalog.js';
import {CONFIG_FILE_NAME, ConfigError, type KefuConfig} from './config-types.js';

export {CONFIG_FILE_NAME, ConfigError, type AgentConfig, type KefuConfig, type ShopConfig} from './config-types.js';

/**
 * The configuration for this run: `given` (from `--config`, which must exist) or
 * `kefu-watch.yaml` in `cwd` when there is one; undefined when neither.
 */
export async function loadConfig(given: string | undefined, cwd: string, text: Catalog = catalog('en')): Promise<KefuConfig | undefined> {
	const file = path.resolve(cwd, given ?? CONFIG_FILE_NAME);
	let source: string;
	try {
		source = await readFile(file, 'utf8');
	} catch (error) {
		if (given === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new ConfigError(given ?? file, 0, '', text.config.problems.unreadable((error as Error).message));
	}
	// The YAML parser is loaded only when there is a file: most runs have none.
	const {parseConfig} = await import('./parse-config.js');
	return parseConfig(source, given ?? CONFIG_FILE_NAME, path.dirname(file), text.config.problems);
}
