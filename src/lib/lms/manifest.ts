/**
 * `imsmanifest.xml` for a SCORM 1.2 package (IMS Content Packaging 1.1.2 with ADL's extensions):
 * one organization with one item, launching one SCO that lists every file of the package.
 */
export interface ManifestOptions {
	/** The module's slug: the manifest's identifier is made from it. */
	slug: string;
	title: string;
	/** The launch page, relative to the package root. */
	launch: string;
	/** Every file in the package (not the manifest itself), relative to the root, with `/`. */
	files: string[];
	/** The pass mark in percent; without one the LMS records "completed" rather than passed/failed. */
	masteryScore?: number;
}

const escapeXml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/** A path as a URI reference: each segment percent-encoded, the slashes kept. */
const href = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

export function scormManifest(options: ManifestOptions): string {
	const id = `lectern-${options.slug}`;
	const title = escapeXml(options.title);
	const mastery =
		options.masteryScore === undefined
			? ''
			: `\n\t\t\t\t<adlcp:masteryscore>${options.masteryScore}</adlcp:masteryscore>`;
	const files = [...options.files]
		.sort()
		.map((file) => `\t\t\t<file href="${href(file)}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="${id}-organization">
		<organization identifier="${id}-organization">
			<title>${title}</title>
			<item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
				<title>${title}</title>${mastery}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${href(options.launch)}">
${files}
		</resource>
	</resources>
</manifest>
`;
}
