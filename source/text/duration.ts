/** `3:12`, `1:02:03`: minutes and seconds, hours when needed. */
export function formatDuration(ms: number): string {
	const total = Math.floor(Math.abs(ms) / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * A countdown: time left as `3:12`, or time over the limit as `+1:05`. Time left is rounded
 * up to the second, so `0:00` is shown only at the limit itself, never while a second remains.
 */
export function formatCountdown(leftMs: number): string {
	if (leftMs >= 0) return formatDuration(Math.ceil(leftMs / 1000) * 1000);
	return `+${formatDuration(-leftMs)}`;
}
