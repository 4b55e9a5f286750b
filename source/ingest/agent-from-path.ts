import path from 'node:path';

/**
 * The agent a log file belongs to: its name without extension and without a rotation
 * suffix, so `xiaomei.jsonl`, `xiaomei-2026-11-22.jsonl`, `xiaomei.jsonl.1` and
 * `xiaomei.1.log` all belong to `xiaomei`.
 */
export function agentFromPath(filePath: string): string {
	let name = path.basename(filePath);
	name = name.replace(/\.\d+$/, ''); // logrotate's `.N` after the extension
	name = name.replace(/\.(jsonl|log|json|txt)$/i, '');
	name = name.replace(/\.\d+$/, ''); // `.N` before the extension
	name = name.replace(/-\d{4}-\d{2}-\d{2}$/, '');
	return name;
}
