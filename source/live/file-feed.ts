import {stat} from 'node:fs/promises';
import {watch, type FSWatcher} from 'chokidar';
import {RecordFile} from '../store/record-file.js';
import type {FeedRead, RecordFeed} from './record-feed.js';

const POLL_MS = 1000;

/** The records file followed by filesystem events, with a cheap stat in case events are lost. */
export class FileFeed implements RecordFeed {
	private watcher: FSWatcher | undefined;
	private poller: NodeJS.Timeout | undefined;
	private version = '';
	private readonly store: RecordFile;

	constructor(readonly file: string) {
		this.store = new RecordFile(file);
	}

	async read(): Promise<FeedRead> {
		this.version = await this.fileVersion();
		return {records: await this.store.read(), changed: true};
	}

	async follow(changed: () => void): Promise<void> {
		// No folder is made just for watching: the first write makes it, and the stat below
		// notices a file that appears where events cannot be had.
		this.watcher = watch(this.file, {ignoreInitial: true});
		this.watcher.on('add', changed).on('change', changed);
		// Events can be lost (network filesystems, a rename over the file); a cheap stat makes
		// sure another supervisor's change shows within two seconds all the same.
		this.poller = setInterval(() => {
			void this.fileVersion().then(version => {
				if (version !== this.version) changed();
			});
		}, POLL_MS);
	}

	refusal(): undefined {
		return undefined;
	}

	async stop(): Promise<void> {
		clearInterval(this.poller);
		await this.watcher?.close();
	}

	private async fileVersion(): Promise<string> {
		const info = await stat(this.file).catch(() => undefined);
		return info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none';
	}
}
