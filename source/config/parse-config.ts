import {LineCounter, parseDocument} from 'yaml';
import {ConfigError, type KefuConfig} from './config-types.js';
import {validateConfig, type ConfigProblems} from './validate-config.js';
import {catalog} from '../i18n/catalog.js';

/** Parses and checks a configuration's text; `shown` is how errors name the file, `dir` what relative paths are relative to. */
export function parseConfig(source: string, shown: string, dir: string, problems: ConfigProblems = catalog('en').config.problems): KefuConfig {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, {lineCounter, uniqueKeys: true, prettyErrors: false});
	const [error] = document.errors;
	if (error) throw new ConfigError(shown, error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line, '', problems.notYaml(error.message.split('\n')[0]!));
	return validateConfig(document, {file: shown, dir, lineOf: offset => lineCounter.linePos(offset).line}, problems);
}
