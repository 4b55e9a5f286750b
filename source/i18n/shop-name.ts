import type {Platform} from '../model/message.js';
import type {Catalog} from './catalog.js';

/** `拼多多·旗舰店`, or the platform alone when the shop has no name; `name` is what a configuration calls it. */
export function shopName(shop: {platform: Platform; shop: string; name?: string}, text: Catalog): string {
	const name = shop.name ?? shop.shop;
	return name ? `${text.platform[shop.platform]}·${name}` : text.platform[shop.platform];
}

/** A conversation's shop as the screen shows it: by the configuration's name where it gives one. */
export function shopNameIn(conversation: {platform: Platform; shop: string}, text: Catalog, shopNames: ReadonlyMap<string, string> | undefined): string {
	return shopName({platform: conversation.platform, shop: conversation.shop, name: shopNames?.get(conversation.shop)}, text);
}
