import {isObject} from './json-shape.js';
import type {Frame} from './violation-rule.js';

/** The most characters a frame lets stand between two parts: past this it is no longer one phrase. */
const MAX_WITHIN = 20;

/** A rule's `frames` if well-formed (see Frame): each 2+ parts, at most 3 with anyOrder, `within` 0–20. */
export function validFrames(value: unknown): Frame[] | undefined {
	if (!Array.isArray(value) || value.length === 0) return undefined;
	const checked = value.map(validFrame);
	return checked.every(Boolean) ? (checked as Frame[]) : undefined;
}

function validFrame(value: unknown): Frame | undefined {
	if (!isObject(value)) return undefined;
	const {parts, within, anyOrder} = value;
	if (!Array.isArray(parts) || parts.length < 2 || !parts.every(part => typeof part === 'string' && part !== '')) return undefined;
	if (anyOrder !== undefined && typeof anyOrder !== 'boolean') return undefined;
	if (anyOrder === true && parts.length > 3) return undefined;
	if (within !== undefined && !(typeof within === 'number' && Number.isInteger(within) && within >= 0 && within <= MAX_WITHIN)) return undefined;
	return {parts: parts as string[], ...(within === undefined ? {} : {within}), ...(anyOrder ? {anyOrder} : {})};
}
