import {stat} from 'node:fs/promises';
import {MissingPathError} from '../ingest/log-files.js';
import {RecordBook} from '../live/record-book.js';
import {WatchSession} from '../live/watch-session.js';
import {loadRulePacks} from '../rules/load-rule-packs.js';
import {RulePackError} from '../rules/rule-pack.js';
import type {Catalog} from '../i18n/catalog.js';
import type {CommonOptions} from './common-options.js';
import {UsageError} from './usage-error.js';
import type {Platform} from '../model/message.js';
import {withShopTargets} from '../report/report-directory.js';

/**
 * Commands that show the board or count the day need a message's words only for checking it as
 * it is read and for the latest line of each conversation: older ones are let go after an hour.
 */
export const KEEP_TEXTS_MS = 60 * 60_000;

/**
 * A session over `paths` with the rule packs loaded; a bad pack is a UsageError (exit 2). A path
 * that cannot be read is said by the reader as it reads, so a one-shot command still prints what
 * the others hold (see sayUnreadable).
 */
export async function openSession(paths: readonly string[], options: CommonOptions & {poll?: boolean; db?: string; keepTextsMs?: number; staleMs?: number}): Promise<WatchSession> {
	const packs = await loadRulePacks(options.rulesDir).catch(rethrowAsUsage);
	const records = options.db ? new RecordBook(options.db, () => ({by: options.by, tz: options.tz, now: options.clock()})) : undefined;
	const {tz, platform: defaultPlatform, shopPlatforms, agentAliases, poll, encoding, keepTextsMs, clock, frozen, staleMs, shops, shopNames} = options;
	// A shop's own targets over its pack's clocks, field by field, as the report takes them.
	const shopClocks = shops && ((platform: Platform, shop: string) => withShopTargets(packs.get(platform)?.clocks ?? [], shops[shop]?.targets));
	const shopName = shopNames && ((shop: string) => shopNames.get(shop));
	return new WatchSession({paths, tz, defaultPlatform, shopPlatforms, agentAliases, packs, poll, encoding, records, keepTextsMs, clock, frozen, staleMs, shopClocks, shopName});
}

/**
 * Checked before the live screen opens, so a typo is a one-line error, not an empty board. A pipe,
 * device or socket named as a path is refused: following one never ends, and its open, blocked in
 * a worker thread until a writer comes, would keep the program from quitting.
 */
export async function requirePaths(paths: readonly string[], text: Catalog): Promise<void> {
	for (const given of paths) {
		const info = await stat(given).catch(() => {
			throw new UsageError(text.cli.missingPath(given));
		});
		if (!info.isFile() && !info.isDirectory()) throw new UsageError(text.cli.notFollowable(given));
	}
}

export async function startSession(session: WatchSession, follow: boolean): Promise<void> {
	await session.start({follow}).catch(rethrowAsUsage);
}

function rethrowAsUsage(error: unknown): never {
	if (error instanceof RulePackError || error instanceof MissingPathError) throw new UsageError(error.message);
	throw error;
}
