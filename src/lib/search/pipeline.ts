import lunr from 'lunr';
import { normaliseWord } from '../text/normalise-word';

/** Registered under a fixed name so an index built at build time loads in the browser. */
export const normaliser = ((token: lunr.Token) => {
	const word = normaliseWord(token.toString());
	return word ? token.update(() => word) : undefined;
}) as lunr.PipelineFunction;
lunr.Pipeline.registerFunction(normaliser, 'lecternNormalise');

export { lunr };
