import type {Platform} from '../model/message.js';
import type {Catalog} from './catalog.js';

/** `拼多多·旗舰店`, or the platform alone when the shop has no name. */
export function shopName(shop: {platform: Platform; shop: string}, text: Catalog): string {
	return shop.shop ? `${text.platform[shop.platform]}·${shop.shop}` : text.platform[shop.platform];
}
