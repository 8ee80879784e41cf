/** What the package was built for, set by scripts/export-scorm.ts as VITE_LECTERN_LMS (JSON). */
export interface PackageConfig {
	/** The module's slug. */
	module: string;
	/** The preset whose quiz is graded, and its title as students see it. */
	preset: string;
	title: string;
	/** The pass mark in percent, when the teacher gave one. */
	pass?: number;
}

export function readPackageConfig(raw: string): PackageConfig | undefined {
	try {
		const value = JSON.parse(raw) as Partial<PackageConfig>;
		if (
			typeof value.module !== 'string' ||
			typeof value.preset !== 'string' ||
			typeof value.title !== 'string'
		)
			return undefined;
		const pass = typeof value.pass === 'number' ? value.pass : undefined;
		return { module: value.module, preset: value.preset, title: value.title, pass };
	} catch {
		return undefined;
	}
}
