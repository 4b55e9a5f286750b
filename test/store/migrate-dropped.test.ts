import net from 'node:net';
import pg from 'pg';
import {afterEach, describe, expect, it} from 'vitest';
import {migrateThrough} from '../../source/store/migrations.js';

// A stand-in server that completes the startup (AuthenticationOk, ReadyForQuery) and then
// drops the connection at the first query: the server dying while a migration holds a client.
const STARTED = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]);

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const close of closers) await close();
	closers = [];
});

async function droppingServer(): Promise<number> {
	const server = net.createServer(socket => {
		let started = false;
		socket.on('error', () => undefined);
		socket.on('data', () => {
			if (started) socket.destroy();
			else socket.write(STARTED, () => (started = true));
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	closers.push(() => new Promise(resolve => server.close(() => resolve())));
	return (server.address() as net.AddressInfo).port;
}

describe('a migration whose server goes away', () => {
	it("fails with the dropped connection, and the client's error event crashes nothing", async () => {
		const port = await droppingServer();
		const pool = new pg.Pool({host: '127.0.0.1', port, user: 'kefu', database: 'kefu', max: 1});
		pool.on('error', () => undefined);
		closers.push(() => pool.end().catch(() => undefined));
		await expect(migrateThrough(pool, `postgres://kefu@127.0.0.1:${port}/kefu`)).rejects.toThrow(/connection/i);
	});
});
