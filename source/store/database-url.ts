/** A `--db` value naming a PostgreSQL database rather than a lowdb file. */
export function isDatabaseUrl(db: string): boolean {
	return /^postgres(ql)?:\/\//i.test(db);
}

/** The URL as it may be shown and logged: a password becomes `***`. */
export function maskUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (!parsed.password) return url;
		parsed.password = '***';
		return parsed.toString();
	} catch {
		// Not parseable: hide whatever sits between `user:` and `@`.
		return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
	}
}
