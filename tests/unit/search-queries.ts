/** Queries over the real modules, shared by the search tests and the compact-index proof. */
import { createRandom } from '../../src/lib/quiz/random';

/** [query, expected top result under the module]: what people type, and what they should see first. */
export const QUERY_TABLE: [string, string][] = [
	['withdrawal timetable', 'term/timetable-for-withdrawal'],
	['sadr', 'term/moqtada-al-sadr'],
	['Moqtada', 'term/moqtada-al-sadr'],
	['2,500', 'p-7'],
	['2500', 'p-7'],
	['3,000', 'p-7'],
	['kadimi', 'term/mustafa-al-kadhimi'],
	['Kadhimi', 'term/mustafa-al-kadhimi'],
	['Al-Kadhimi', 'term/mustafa-al-kadhimi'],
	['Al Kadhimi', 'term/mustafa-al-kadhimi'],
	['KADHIMI', 'term/mustafa-al-kadhimi'],
	['kádhimi', 'term/mustafa-al-kadhimi'],
	['“Kadhimi”', 'term/mustafa-al-kadhimi'],
	['coaliton', 'term/us-led-coalition'],
	['troops', 'term/combat-troops'],
	['troop', 'term/combat-troops'],
	['Soleimani', 'term/qassim-soleimani'],
	['Muhandis', 'term/abu-mahdi-al-muhandis'],
	['Hashimi', 'term/hisham-al-hashimi'],
	['Fuad Hussein', 'term/fuad-hussein'],
	['Biden', 'term/joe-biden'],
	['placate', 'term/placate'],
	['polarising', 'term/polarising'],
	['polarizing', 'term/polarising'],
	['jockeying', 'term/jockeying'],
	['mettle', 'term/mettle'],
	['bloated', 'term/bloated'],
	['tarnished', 'term/tarnished'],
	['Fatah', 'term/fatah'],
	['UN monitoring mission', 'term/un-monitoring-mission'],
	['drone strike', 'term/drone-strike'],
	['hospital fires', 'term/hospital-fires'],
	['consensus candidate', 'term/consensus-candidate'],
	['train-and-advise', 'term/advise-and-assist-mission'],
	['Ameri', 'term/hadi-al-ameri'],
	['withdr', 'term/timetable-for-withdrawal']
];

/** Random strings of letters, digits, spaces and punctuation, the same on every run. */
export function fuzzQueries(count: number): string[] {
	const random = createRandom('fuzz');
	const alphabet =
		'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ' +
		'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’—–…éüñ';
	return Array.from({ length: count }, () => {
		const length = 1 + Math.floor(random() * 40);
		let query = '';
		for (let c = 0; c < length; c++) query += alphabet[Math.floor(random() * alphabet.length)];
		return query;
	});
}
