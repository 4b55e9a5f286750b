import type {KefuConfig} from '../config/config-types.js';
import os from 'node:os';
import {parseTimestamp} from '../ingest/parse-timestamp.js';
import {catalog, type Lang} from '../i18n/catalog.js';
import {PLATFORMS, type Platform} from '../model/message.js';
import {isValidTimeZone, Zone} from '../time/zone.js';
import {UsageError} from './usage-error.js';
import type {Encoding} from '../ingest/decode-line.js';

export interface RawFlags {
	tz: string;
	platform: string;
	lang: string;
	now?: string;
	by?: string;
	rules?: string | readonly string[];
	encoding: string;
}

export interface CommonOptions {
	tz: Zone;
	platform: Platform;
	lang: Lang;
	/** Frozen by `--now`, otherwise the real clock. */
	clock: () => number;
	frozen: boolean;
	by: string;
	/** `--rules`, or the configuration's rule folders, over the built-in packs in this order. */
	rulesDir?: string | readonly string[];
	encoding: Encoding;
	/** The configuration's shops that have a platform of their own. */
	shopPlatforms?: ReadonlyMap<string, Platform>;
	/** The agent each of the configuration's other file names stands for. */
	agentAliases?: ReadonlyMap<string, string>;
	/** Each agent's team, from the configuration. */
	teams?: ReadonlyMap<string, string>;
	/** Each shop's display name from the configuration, by its name in the logs. */
	shopNames?: ReadonlyMap<string, string>;
	/** The configuration's shops: display names and their own targets. */
	shops?: KefuConfig['shops'];
}

/** Checks the flags every command shares; a bad value is a UsageError that names the flag. */
export function resolveCommonOptions(flags: RawFlags): CommonOptions {
	// The language itself is the one message that cannot be said in the language asked for.
	if (flags.lang !== 'zh' && flags.lang !== 'en') throw new UsageError(`--lang ${flags.lang}: use zh or en.`);
	const lang: Lang = flags.lang;
	const text = catalog(lang);
	if (!isValidTimeZone(flags.tz)) throw new UsageError(text.cli.badTz(flags.tz));
	const tz = new Zone(flags.tz);
	if (!(PLATFORMS as readonly string[]).includes(flags.platform)) {
		throw new UsageError(text.cli.badPlatform(flags.platform, PLATFORMS.join(', ')));
	}
	if (!['auto', 'utf8', 'gbk'].includes(flags.encoding)) throw new UsageError(text.cli.badEncoding(flags.encoding));
	let clock = () => Date.now();
	if (flags.now !== undefined) {
		const raw = /^\d+$/.test(flags.now) ? Number(flags.now) : flags.now;
		const parsed = parseTimestamp(raw, tz);
		if (!parsed.ok) throw new UsageError(text.cli.badNow(flags.now));
		clock = () => parsed.epochMs;
	}
	return {
		tz,
		platform: flags.platform as Platform,
		lang,
		clock,
		frozen: flags.now !== undefined,
		by: flags.by ?? loginName(),
		rulesDir: flags.rules,
		encoding: flags.encoding as Encoding,
	};
}

function loginName(): string {
	try {
		return os.userInfo().username;
	} catch {
		return process.env['USER'] ?? 'unknown';
	}
}
