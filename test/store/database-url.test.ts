import {describe, expect, it} from 'vitest';
import {databaseProblem} from '../../source/store/database-error.js';
import {isDatabaseUrl, maskUrl} from '../../source/store/database-url.js';

describe('the --db value', () => {
	it('is a database for postgres:// and postgresql:// only, a file path otherwise', () => {
		expect(['postgres://kefu@db/kefu', 'postgresql://db/kefu', 'POSTGRES://db/kefu'].map(isDatabaseUrl)).toEqual([true, true, true]);
		expect(['data/db.json', 'postgres:/db', './postgres://x', 'C:\\db.json'].map(isDatabaseUrl)).toEqual([false, false, false, false]);
	});

	it('is shown with its password masked, and only its password', () => {
		expect(maskUrl('postgres://kefu:s3cr%40t@db.lan:5433/kefu?sslmode=require')).toBe('postgres://kefu:***@db.lan:5433/kefu?sslmode=require');
		expect(maskUrl('postgres://kefu@db.lan/kefu')).toBe('postgres://kefu@db.lan/kefu');
		expect(maskUrl('postgres://kefu:pa ss@[bad/kefu')).toBe('postgres://kefu:***@[bad/kefu');
	});

	it('names the database masked in every failure, unreachable or not', () => {
		const url = 'postgres://kefu:s3cret@db.lan/kefu';
		const refused = databaseProblem(url, Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), {code: 'ECONNREFUSED'}));
		expect(refused.problem.kind).toBe('unreachable');
		expect(refused.message).toBe('cannot reach the records database postgres://kefu:***@db.lan/kefu (ECONNREFUSED connect ECONNREFUSED 10.0.0.5:5432); nothing was written');
		const shutdown = databaseProblem(url, Object.assign(new Error('terminating connection due to administrator command'), {code: '57P01'}));
		expect(shutdown.problem.kind).toBe('unreachable');
		const denied = databaseProblem(url, Object.assign(new Error('permission denied for table kefu_records'), {code: '42501'}));
		expect(denied.problem).toEqual({kind: 'failed', detail: '42501 permission denied for table kefu_records'});
		expect(denied.message).not.toContain('s3cret');
	});
});
