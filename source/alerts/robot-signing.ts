import {createHmac} from 'node:crypto';

/**
 * DingTalk 加签: HMAC-SHA256 keyed by the secret over `timestamp\nsecret`, base64; the
 * timestamp is epoch milliseconds; both go in the query (open.dingtalk.com custom robot guide).
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
	return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export function signedDingtalkUrl(url: string, secret: string, timestampMs: number): string {
	const signed = new URL(url);
	signed.searchParams.set('timestamp', String(timestampMs));
	signed.searchParams.set('sign', dingtalkSign(secret, timestampMs));
	return signed.toString();
}

/**
 * Feishu 签名校验: HMAC-SHA256 keyed by `timestamp\nsecret` over nothing, base64; the timestamp
 * is epoch seconds; both go in the body (open.feishu.cn custom bot guide). Unlike DingTalk.
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
	return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
