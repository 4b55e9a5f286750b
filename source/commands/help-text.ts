import {COMMANDS, type CommandSpec} from './command-table.js';
import {FLAGS} from './flags.js';

const TITLE = 'kefu-watch — reply deadlines and rule violations across your agents\' live chat logs';

/** `kefu-watch --help`: every command with its flags. */
export function programHelp(): string {
	const commands = COMMANDS.map(c => `  ${c.name.padEnd(8)} ${c.summary}${c.pendingIssue ? ` (not built yet: issue #${c.pendingIssue})` : ''}`);
	const perCommand = COMMANDS.map(c => `  ${c.usage}\n${c.flags.map(flag => `      ${FLAGS[flag].help}`).join('\n')}`);
	return [
		TITLE,
		'',
		'Usage',
		'  $ kefu-watch                 opens the demo (same as kefu-watch demo)',
		'  $ kefu-watch COMMAND [options]',
		'',
		'Commands',
		...commands,
		'',
		'Commands and their flags',
		...perCommand,
		'',
		'Every command takes --help. Exit codes: 0 ok, 1 error-severity violations (check), 2 usage or read error.',
	].join('\n');
}

/** `kefu-watch COMMAND --help`. */
export function commandHelp(command: CommandSpec): string {
	return [
		`${command.usage}`,
		'',
		`  ${command.summary}${command.pendingIssue ? ` (not built yet: issue #${command.pendingIssue})` : ''}`,
		'',
		'Options',
		...[...command.flags, 'help' as const].map(flag => `  ${FLAGS[flag].help}`),
	].join('\n');
}
