import {useEffect, useLayoutEffect, useRef, useState} from 'react';
import type {Catalog} from '../i18n/catalog.js';
import {describeRecord} from '../i18n/describe-record.js';
import {conversationKey} from '../model/message.js';
import type {BoardSource} from '../live/board-source.js';
import {describeStoreError} from '../store/record-store.js';
import type {Effect} from './modal-state.js';
import type {UiState} from './ui-state.js';
import type {Zone} from '../time/zone.js';

const FLASH_MS = 4000;

/**
 * Carries out the writes the user asked for (transfer, mark, note, undo) against the records
 * file, and returns a one-line result to show at once.
 */
export function useRecordEffects(
	ui: UiState,
	setUi: (update: (state: UiState) => UiState) => void,
	source: BoardSource,
	text: Catalog,
	tz: Zone,
	ownerOf: (key: string) => string,
): string | undefined {
	const [flash, setFlash] = useState<string>();
	useEffect(() => {
		if (!flash) return;
		const timer = setTimeout(() => setFlash(undefined), FLASH_MS);
		return () => clearTimeout(timer);
	}, [flash]);
	// The writes run with what the screen showed when they were asked for, not with what it
	// showed when the effect first ran: read through a ref, so the outbox alone starts them.
	const context = useRef({source, text, tz, ownerOf});
	useLayoutEffect(() => {
		context.current = {source, text, tz, ownerOf};
	});
	const {outbox} = ui;
	useEffect(() => {
		if (outbox.length === 0) return;
		setUi(state => ({...state, outbox: state.outbox.slice(outbox.length)}));
		const {source, text, tz, ownerOf} = context.current;
		void (async () => {
			for (const effect of outbox) setFlash(await perform(effect, source, text, tz, ownerOf));
		})();
	}, [outbox, setUi]);
	return flash;
}

async function perform(effect: Effect, source: BoardSource, text: Catalog, tz: Zone, ownerOf: (key: string) => string): Promise<string> {
	const {records} = source;
	if (!records) return text.flash.noDb;
	try {
		if (effect.kind === 'undo') {
			const undone = await records.undo();
			if (!undone) return text.flash.nothingToUndo;
			const history = records.of(conversationKey(undone.record))?.history ?? [];
			const undo = history.findLast(record => record.undoes === undone.record.id);
			return undo ? text.flash.undid(undone.record.conv, describeRecord(undo, text, tz, history)) : text.flash.undone;
		}
		const conversation = source.book.get(effect.key);
		if (!conversation) return text.flash.failed(effect.key);
		const ref = {conv: conversation.conv, platform: conversation.platform, shop: conversation.shop};
		if (effect.kind === 'assign') {
			await records.assign(ref, effect.to, ownerOf(effect.key));
			return text.flash.assigned(ref.conv, effect.to);
		}
		if (effect.kind === 'review') {
			await records.review(ref, {file: effect.file, line: effect.line, rule: effect.rule}, effect.verdict, effect.previous);
			return text.flash.reviewed(ref.conv, text.verdict[effect.verdict]);
		}
		if (effect.kind === 'mark') {
			await records.setMark(ref, effect.mark, effect.on);
			return text.flash.marked(ref.conv, text.markName[effect.mark], effect.on);
		}
		if (effect.kind === 'snooze') {
			await records.snooze(ref, effect.until);
			const until = records.of(effect.key)?.snooze?.until;
			return effect.until === 'clear' ? text.flash.unsnoozed(ref.conv) : text.flash.snoozed(ref.conv, until === undefined ? text.modal.snoozeChoice.buyer : until.slice(11, 16));
		}
		await records.note(ref, effect.text);
		return text.flash.noted(ref.conv);
	} catch (error) {
		return text.flash.failed(describeStoreError(error, text) ?? (error as Error).message);
	}
}
