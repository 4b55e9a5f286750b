import {randomUUID} from 'node:crypto';
import type {Platform} from '../model/message.js';
import {formatIsoInZone, type Zone} from '../time/zone.js';
import type {RecordBase} from './records.js';

export interface Actor {
	by: string;
	tz: Zone;
	now: number;
}

/** The fields every record carries: an id, the conversation, who and when. */
export function recordBase(conversation: {conv: string; platform: Platform; shop: string}, actor: Actor): RecordBase {
	return {id: randomUUID(), conv: conversation.conv, platform: conversation.platform, shop: conversation.shop, by: actor.by, at: formatIsoInZone(actor.now, actor.tz)};
}
