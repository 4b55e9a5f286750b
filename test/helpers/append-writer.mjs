// One writer process of the store's crash and pause trials: appends COUNT notes through the
// real store and prints each record's id only after its append has resolved (acknowledged).
// With HOLD it takes the records lock, says "holding" and keeps it until killed.
import {RecordFile} from '../../dist/store/record-file.js';
import {withFileLock} from '../../dist/store/file-lock.js';

const [file, name, countText, waitText, mode] = process.argv.slice(2);
const store = new RecordFile(file, {lockWaitMs: Number(waitText)});
if (mode === 'HOLD') {
	await withFileLock(store.lockFile, Number(waitText), async () => {
		// Held until killed: a timer keeps the process from exiting. Nothing can settle the wait, so
		// under --expose-gc the collector runs first: the lock must outlive it.
		const forever = new Promise(() => setInterval(() => {}, 60_000));
		setTimeout(() => {
			globalThis.gc?.();
			process.stdout.write('holding\n');
		}, 0);
		await forever;
	});
}
for (let i = 0; i < Number(countText); i += 1) {
	const id = `${name}-${i}`;
	try {
		await store.append('notes', {id, conv: `c${i % 7}`, platform: 'pinduoduo', shop: '', by: name, at: new Date().toISOString(), text: `第${i}条 ${name}`});
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		// At once: a wait that was given up must not keep the process alive.
		process.exit(2);
	}
	// Synchronous on a pipe (Linux), so an id is out before any later kill.
	process.stdout.write(`${id}\n`);
}
process.exit(0);
