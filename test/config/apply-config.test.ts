import {describe, expect, it} from 'vitest';
import {applyConfig} from '../../source/config/apply-config.js';
import type {KefuConfig} from '../../source/config/config-file.js';
import {parseConfig} from '../../source/config/parse-config.js';

const DEFAULTS = {tz: 'Asia/Shanghai', platform: 'pinduoduo', lang: 'zh', db: 'data/db.json', bell: true, rules: undefined, stale: undefined, notify: undefined};
const config: KefuConfig = parseConfig('tz: UTC\nplatform: jd\nlang: en\ndb: shared.json\nbell: false\nstale: 12\nnotify: webhook:http://127.0.0.1:9/x\nrules: [a, b]\n', 'k.yaml', '/srv/kefu');

describe('flags over the configuration file', () => {
	it('takes every setting of the file where no flag was typed, paths resolved against its folder', () => {
		expect(applyConfig(DEFAULTS, config, () => false, {})).toEqual({
			tz: 'UTC',
			platform: 'jd',
			lang: 'en',
			db: '/srv/kefu/shared.json',
			bell: false,
			stale: 12,
			notify: ['webhook:http://127.0.0.1:9/x'],
			rules: ['/srv/kefu/a', '/srv/kefu/b'],
		});
	});

	it('keeps what was typed, --no-bell and --db included, and puts $KEFU_DB before the file', () => {
		const typed = new Set(['--tz', '--no-bell', '--rules']);
		const flags = {...DEFAULTS, tz: 'Asia/Tokyo', bell: false, rules: 'mine'};
		expect(applyConfig(flags, config, flag => typed.has(flag), {})).toMatchObject({tz: 'Asia/Tokyo', bell: false, rules: 'mine', platform: 'jd'});
		expect(applyConfig({...DEFAULTS, bell: true}, config, flag => flag === '--bell', {}).bell).toBe(true);
		expect(applyConfig(DEFAULTS, config, () => false, {KEFU_DB: 'postgres://kefu@db/kefu'}).db).toBe('postgres://kefu@db/kefu');
		expect(applyConfig({...DEFAULTS, db: 'x.json'}, config, flag => flag === '--db', {KEFU_DB: 'postgres://kefu@db/kefu'}).db).toBe('x.json');
		expect(applyConfig(DEFAULTS, undefined, () => false, {})).toEqual(DEFAULTS);
	});
});
