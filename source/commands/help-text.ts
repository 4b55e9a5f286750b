import type {Catalog} from '../i18n/catalog.js';
import {COMMANDS, type CommandSpec} from './command-table.js';
import {FLAGS, type FlagName} from './flags.js';

/** `--tz ZONE         time zone…`: the flag as typed, from the table, and what it does in the user's language. */
function flagLine(flag: FlagName, text: Catalog): string {
	const syntax = FLAGS[flag].help.split(/\s{2,}/)[0]!;
	return `${syntax.padEnd(18)}${text.cliHelp.flags[flag]}`;
}

/** `kefu-watch --help`: every command with its flags. */
export function programHelp(text: Catalog): string {
	const help = text.cliHelp;
	const commands = COMMANDS.map(c => `  ${c.name.padEnd(8)} ${help.summary[c.name]}`);
	const perCommand = COMMANDS.map(c => `  ${c.usage}\n${c.flags.map(flag => `      ${flagLine(flag, text)}`).join('\n')}`);
	return [
		help.title,
		'',
		help.usage,
		`  $ kefu-watch                 ${help.demoLine}`,
		'  $ kefu-watch COMMAND [options]',
		'',
		help.commands,
		...commands,
		'',
		help.perCommand,
		...perCommand,
		'',
		help.exitCodes,
	].join('\n');
}

/** `kefu-watch COMMAND --help`. */
export function commandHelp(command: CommandSpec, text: Catalog): string {
	return [command.usage, '', `  ${text.cliHelp.summary[command.name]}`, '', text.cliHelp.options, ...[...command.flags, 'help' as const].map(flag => `  ${flagLine(flag, text)}`)].join('\n');
}
