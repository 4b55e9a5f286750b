import type {Catalog} from '../i18n/catalog.js';
import type {BoardSource} from '../live/board-source.js';
import {verdictOf} from '../store/verdicts.js';
import type {FlaggedItem} from './modal-state.js';

/** Every rule flagged in a conversation's messages, with the verdict it has now, for the review dialog. */
export function flaggedItems(source: BoardSource, key: string, text: Catalog): FlaggedItem[] {
	const records = source.records?.of(key);
	return (source.book.get(key)?.messages ?? []).flatMap(message =>
		source.violationsOf(message).map(violation => ({
			file: message.file,
			line: message.line,
			rule: violation.rule.id,
			verdict: verdictOf(records, message, violation.rule.id),
			label: `${text.category[violation.rule.category]}「${violation.match}」`,
		})),
	);
}
