// A separate writer process for the store tests: appends COUNT notes (or loops forever with
// COUNT=0) to the records file, as a second supervisor's TUI or a script would.
import {appendRecord} from '../../dist/store/record-store.js';

const [file, writer, countText] = process.argv.slice(2);
const count = Number(countText);
for (let i = 0; count === 0 || i < count; i += 1) {
	await appendRecord(file, 'notes', {
		id: `${writer}-${i}`,
		conv: `c${i % 7}`,
		platform: 'pinduoduo',
		shop: '',
		by: writer,
		at: new Date().toISOString(),
		text: `第${i}条 note from ${writer} ${'长'.repeat(200)}`,
	});
	if (count === 0 && i === 0) process.stdout.write('writing\n');
}
