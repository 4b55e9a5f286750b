import type {Platform} from '../model/message.js';
import type {Encoding} from './decode-line.js';
import type {Zone} from '../time/zone.js';

/** How a log line becomes a message, wherever it is read: followed, searched or read back. */
export interface LineReading {
	tz: Zone;
	defaultPlatform: Platform;
	/** Shops of the configuration that have a platform of their own (lines naming none are of it). */
	shopPlatforms?: ReadonlyMap<string, Platform>;
	/** The configuration's agents by their other names (file names): a line under one is the agent's. */
	agentAliases?: ReadonlyMap<string, string>;
	/** `auto` (UTF-8, or GBK where a file is not UTF-8), or forced. */
	encoding?: Encoding;
}

/** Just the reading part of some wider options, to hand on. */
export function lineReadingOf({tz, defaultPlatform, shopPlatforms, agentAliases, encoding}: LineReading): LineReading {
	return {tz, defaultPlatform, shopPlatforms, agentAliases, encoding};
}
