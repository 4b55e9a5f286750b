import {createHash} from 'node:crypto';

export const TARGET_KINDS = ['dingtalk', 'wecom', 'feishu', 'webhook'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where the signing secret of a robot comes from: the environment only, never the command line. */
export const SECRET_VARIABLES: Partial<Record<TargetKind, string>> = {dingtalk: 'KEFU_DINGTALK_SECRET', feishu: 'KEFU_FEISHU_SECRET'};

/** One `--notify` target. */
export interface NotifyTarget {
	kind: TargetKind;
	url: string;
	secret?: string;
	/** Stable across restarts without the URL itself (its token is a secret): what the sent log is kept by. */
	id: string;
	/** For people: the kind and host, never the token. */
	label: string;
}

/** `dingtalk:https://oapi.dingtalk.com/robot/send?access_token=…`; undefined when it is not one. */
export function parseTarget(value: string, env: NodeJS.ProcessEnv): NotifyTarget | undefined {
	const colon = value.indexOf(':');
	const kind = value.slice(0, colon) as TargetKind;
	if (colon < 0 || !TARGET_KINDS.includes(kind)) return undefined;
	const url = value.slice(colon + 1);
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
	const variable = SECRET_VARIABLES[kind];
	const secret = variable ? env[variable] || undefined : undefined;
	const id = `${kind}:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
	return {kind, url, secret, id, label: `${kind}:${parsed.host}`};
}
