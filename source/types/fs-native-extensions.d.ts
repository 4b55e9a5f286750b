// fs-native-extensions ships no types; these are the calls the records lock uses (OFD locks on Linux).
declare module 'fs-native-extensions' {
	export function tryLock(fd: number, offset?: number, length?: number, options?: {shared?: boolean}): boolean;
	export function waitForLock(fd: number, offset?: number, length?: number, options?: {shared?: boolean}): Promise<void>;
	export function unlock(fd: number, offset?: number, length?: number): void;
}
