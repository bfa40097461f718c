import { LISTS } from '../../../../model/gazetteer.generated.js';
import { ODBL_LISTS } from '../../../../model/gazetteer-odbl.generated.js';
import { MODEL } from '../../../../model/ner-weights.generated.js';
import { loadTagger, type Tagger } from './model.js';

let tagger: Tagger | undefined;

/**
 * The tagger that ships: built from the bundled weights and name lists the first time names are
 * looked for (unpacking the table and the lists takes a fraction of a second), then kept for the
 * life of the page or process. Everything after that is synchronous.
 */
export function shippedTagger(): Tagger {
  tagger ??= loadTagger(MODEL, LISTS, ODBL_LISTS);
  return tagger;
}
