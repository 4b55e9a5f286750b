import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach} from 'vitest';

/** One request a stand-in robot received. */
export interface Received {
	path: string;
	query: URLSearchParams;
	body: Record<string, unknown>;
	raw: string;
	/** Date.now() when it arrived. */
	at: number;
}

/** What the stand-in answers to the n-th request (0-based). */
export type Responder = (n: number, request: Received) => {status: number; body: string};

export const OK_ERRCODE: Responder = () => ({status: 200, body: JSON.stringify({errcode: 0, errmsg: 'ok'})});
export const OK_FEISHU: Responder = () => ({status: 200, body: JSON.stringify({code: 0, msg: 'success', data: {}})});

/** A robot standing in on 127.0.0.1, recording every request. */
export class RobotServer {
	readonly received: Received[] = [];
	private server: Server | undefined;

	constructor(public respond: Responder = OK_ERRCODE) {}

	async start(): Promise<string> {
		this.server = createServer((request, response) => {
			void readBody(request).then(raw => {
				const url = new URL(request.url ?? '/', 'http://127.0.0.1');
				let body: Record<string, unknown> = {};
				try {
					body = JSON.parse(raw) as Record<string, unknown>;
				} catch {
					// Recorded raw; the test says what it expected.
				}
				const received = {path: url.pathname, query: url.searchParams, body, raw, at: Date.now()};
				const n = this.received.length;
				this.received.push(received);
				const answer = this.respond(n, received);
				response.writeHead(answer.status, {'content-type': 'application/json'});
				response.end(answer.body);
			});
		});
		await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		await new Promise(resolve => this.server?.close(resolve));
	}
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

/** For a describe block: every stand-in started is stopped after its test. */
export function useRobots(): (respond?: Responder) => Promise<{server: RobotServer; url: string}> {
	const servers: RobotServer[] = [];
	afterEach(async () => {
		await Promise.all(servers.splice(0).map(server => server.stop()));
	});
	return async respond => {
		const server = new RobotServer(respond);
		servers.push(server);
		return {server, url: await server.start()};
	};
}
