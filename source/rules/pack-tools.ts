import type {TextNormalizer} from './normalize.js';
import type {RequiredWords} from './required-words.js';
import type {WordSegmenter} from './word-edges.js';

/**
 * What the shop packs and the buyer rules loaded together share, created with them and dropped
 * with them: jieba is loaded, each pattern read and each character's normal form worked out once.
 */
export interface PackTools {
	segmenter: WordSegmenter;
	required: RequiredWords;
	normalizer: TextNormalizer;
}
