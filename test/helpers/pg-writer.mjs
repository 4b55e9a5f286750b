// A separate writer process for the PostgreSQL tests: appends COUNT notes (COUNT=0: until
// killed) through one store, printing `ok ID` once each append is acknowledged and `fail ID`
// when it is not, as a supervisor's TUI or script would see it.
import {PgStore} from '../../dist/store/pg-store.js';

const [url, writer, countText] = process.argv.slice(2);
const count = Number(countText);
const store = new PgStore(url);
for (let i = 0; count === 0 || i < count; i += 1) {
	const id = `${writer}-${i}`;
	try {
		await store.append('notes', {id, conv: `c${i % 7}`, platform: 'pinduoduo', shop: '', by: writer, at: new Date().toISOString(), text: `第${i}条 note from ${writer}`});
		process.stdout.write(`ok ${id}\n`);
	} catch (error) {
		process.stdout.write(`fail ${id} ${error.message}\n`);
		if (count !== 0) process.exitCode = 1;
	}
}
await store.close();
