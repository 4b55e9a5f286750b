import meow from 'meow';
import {findCommand} from './commands/command-table.js';
import {resolveCommonOptions} from './commands/common-options.js';
import {FLAGS, meowFlags} from './commands/flags.js';
import {commandHelp, programHelp} from './commands/help-text.js';
import {UsageError} from './commands/usage-error.js';
import {catalog} from './i18n/catalog.js';
import chalk from 'chalk';
import {inertLines} from './text/inert-text.js';
import {agentAliasesOf, applyConfig, shopNamesOf, shopPlatformsOf, teamsOf} from './config/apply-config.js';
import {loadConfig} from './config/config-file.js';
import {rethrowAsUsage as rethrowConfigError} from './commands/config-command.js';

// NO_COLOR (https://no-color.org): no colour at all, whatever the terminal supports.
if (process.env['NO_COLOR']) chalk.level = 0;

async function main(argv: readonly string[]): Promise<number> {
	const cli = meow({
		importMeta: import.meta,
		argv: [...argv],
		flags: meowFlags(),
		autoHelp: false,
		autoVersion: false,
		// meow's own message for an unknown flag is English only: ours is checked below, in the user's language.
		allowUnknownFlags: true,
	});
	const lang = cli.flags.lang === 'en' ? 'en' : 'zh';
	const unknown = unknownFlag(argv);
	if (unknown) throw new UsageError(catalog(lang).cli.unknownFlag(unknown));
	const [commandName = 'demo', ...args] = cli.input;
	if (cli.flags.version) {
		process.stdout.write(`${cli.pkg.version}\n`);
		return 0;
	}
	const command = findCommand(commandName);
	if (!command) {
		if (cli.flags.help) return printed(programHelp(catalog(lang)));
		throw new UsageError(catalog('zh').cli.unknownCommand(commandName) + '\n' + catalog('en').cli.unknownCommand(commandName));
	}
	if (cli.flags.help) return printed(cli.input.length === 0 ? programHelp(catalog(lang)) : commandHelp(command, catalog(lang)));
	const given = (flag: string) => argv.some(arg => arg === flag || arg.startsWith(`${flag}=`));
	// kefu-watch.yaml (or --config) says what flags would; a flag typed wins. A bad file stops every command.
	const config = await loadConfig(cli.flags.config, process.cwd(), catalog(lang)).catch(rethrowConfigError);
	const flags = applyConfig(cli.flags, config, given, process.env);
	const options = {
		...resolveCommonOptions(flags),
		shopPlatforms: shopPlatformsOf(config),
		agentAliases: agentAliasesOf(config),
		teams: teamsOf(config),
		shopNames: shopNamesOf(config),
		shops: config?.shops,
	};
	const text = catalog(options.lang);
	// `--db` wins; KEFU_DB points every command of a shell at one shared database (not the
	// demo's: simulated records stay beside the simulated logs unless --db says otherwise).
	const {db} = flags;
	// The log folders of the file stand for the paths of a command that reads logs and was given none.
	const paths = args.length > 0 ? args : (config?.logs ?? []);
	// Each command loads only its own modules: `report` need not wait for the TUI's (docs/performance.md).
	switch (command.name) {
		case 'demo':
			return (await import('./commands/demo.js')).demoCommand(
				{dir: cli.flags.dir, db: given('--db') ? cli.flags.db : undefined, once: cli.flags.once, width: cli.flags.width, stale: flags.stale, tzGiven: given('--tz')},
				options,
			);
		case 'watch':
			return (await import('./commands/watch.js')).watchCommand(
				paths,
				{
					once: cli.flags.once,
					width: cli.flags.width,
					limit: cli.flags.limit,
					view: cli.flags.view,
					stale: flags.stale,
					poll: cli.flags.poll,
					db,
					bell: flags.bell,
					notify: flags.notify ?? [],
					notifyOn: cli.flags.notifyOn,
				},
				options,
			);
		case 'alert':
			return (await import('./commands/alert.js')).alertCommand(paths, {poll: cli.flags.poll, db, notify: flags.notify ?? [], notifyOn: cli.flags.notifyOn}, options);
		case 'check':
			return (await import('./commands/check.js')).checkCommand(paths, {json: cli.flags.json}, options);
		case 'assign':
		case 'mark':
		case 'unmark':
		case 'note':
		case 'history':
			return (await import('./commands/record-commands.js')).recordCommand(
				command.name,
				args,
				{db, shop: cli.flags.shop, logs: cli.flags.logs, newAgent: cli.flags.newAgent, init: cli.flags.init},
				options,
			);
		case 'rules':
			return (await import('./commands/rules-review.js')).rulesCommand(args, {db, json: cli.flags.json}, options);
		case 'report':
			return (await import('./commands/report.js')).reportCommand(
				paths,
				{
					json: cli.flags.json,
					csv: cli.flags.csv,
					chart: cli.flags.chart,
					date: cli.flags.date,
					from: cli.flags.from,
					to: cli.flags.to,
					days: cli.flags.days,
					groupBy: command.name === 'report' && given('--by') ? cli.flags.by : undefined,
					team: cli.flags.team,
					db,
					width: cli.flags.width,
					config,
				},
				options,
			);
		case 'config':
			return (await import('./commands/config-command.js')).configCommand(args, {config: cli.flags.config}, text);
		case 'db':
			return (await import('./commands/db-command.js')).dbCommand(args, {db}, options);
		default:
			process.stderr.write(`${text.cli.notYet(`kefu-watch ${command.name}`, command.pendingIssue ?? 0)}\n`);
			return 2;
	}
}

/** The first `--flag` (or `-f`) on the command line that is none of ours, as typed. */
function unknownFlag(argv: readonly string[]): string | undefined {
	const known = new Set(Object.keys(FLAGS));
	for (const arg of argv) {
		if (arg === '--') break;
		const match = /^--?([A-Za-z][\w-]*)/.exec(arg);
		if (!match) continue;
		const name = match[1]!.replace(/^no-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
		if (!known.has(name)) return arg.split('=')[0];
	}
	return undefined;
}

function printed(text: string): number {
	process.stdout.write(`${text}\n`);
	return 0;
}

/**
 * Watchers and timers of a finished command must not keep the process alive, but into a pipe
 * Node writes what the pipe cannot take yet later: exiting at once cut `check --json | jq` off
 * at 64 KB. The empty writes call back once everything before them is out.
 */
function exitWhenWritten(code: number): void {
	process.exitCode = code;
	let waiting = 2;
	const written = () => {
		waiting -= 1;
		if (waiting === 0) process.exit(code);
	};
	process.stdout.write('', written);
	process.stderr.write('', written);
}

main(process.argv.slice(2)).then(exitWhenWritten, (error: unknown) => {
	const message = error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
	// Errors quote paths and values from outside: they reach the terminal only through the gate.
	process.stderr.write(`kefu-watch: ${inertLines(message)}\n`);
	exitWhenWritten(error instanceof UsageError ? 2 : 1);
});
