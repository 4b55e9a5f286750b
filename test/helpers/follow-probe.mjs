// Follows a folder with the built LogReader and says, one JSON line each, what it reads and
// what it cannot: run as another user by the unreadable-file test.
import {LogReader} from '../../dist/ingest/log-reader.js';
import {badLineJson} from '../../dist/i18n/bad-line-text.js';

const reader = new LogReader(
	{
		message: message => console.log(JSON.stringify({message: message.conv})),
		badLine: bad => console.log(JSON.stringify({bad: badLineJson(bad).error, file: bad.file, line: bad.line})),
	},
	{tz: 'Asia/Shanghai', defaultPlatform: 'pinduoduo'},
);
await reader.follow([process.argv[2]]);
console.log(JSON.stringify({following: true}));
process.on('SIGTERM', () => reader.close().then(() => process.exit(0)));
