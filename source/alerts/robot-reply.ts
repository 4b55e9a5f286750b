import type {TargetKind} from './notify-target.js';

/**
 * What went wrong with a send, from the robot's answer; undefined when it took the message.
 * DingTalk and WeCom answer `{"errcode":0}`, Feishu `{"code":0}` (older bots `StatusCode`),
 * each with HTTP 200 even when they refuse: the body decides.
 */
export function replyProblem(kind: TargetKind, status: number, body: string): string | undefined {
	if (status < 200 || status > 299) return `HTTP ${status}`;
	if (kind === 'webhook') return undefined;
	let reply: Record<string, unknown>;
	try {
		reply = JSON.parse(body) as Record<string, unknown>;
	} catch {
		return `HTTP ${status}, not JSON: ${body.slice(0, 80)}`;
	}
	if (kind === 'feishu') {
		const code = reply['code'] ?? reply['StatusCode'];
		return code === 0 ? undefined : `code ${String(code)} ${String(reply['msg'] ?? reply['StatusMessage'] ?? '')}`.trim();
	}
	return reply['errcode'] === 0 ? undefined : `errcode ${String(reply['errcode'])} ${String(reply['errmsg'] ?? '')}`.trim();
}
