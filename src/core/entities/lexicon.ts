/**
 * Word lists the annotation rules share. Kept in one place so that a rule's reach is visible and
 * its tests can name what it covers.
 */

/** A word as the lists here hold it: lower case, no periods ("Sen." is "sen"). */
export const bare = (w: string): string => w.toLowerCase().replace(/\./g, '');

/** Days, months and seasons: never a person or a place, even capitalised ("Tuesday", "Tuesday's vote"). */
export const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'spring', 'summer', 'autumn', 'winter',
]);

/**
 * Continents and the world's regions, which no list of countries or cities holds: "West Africa" is
 * no person West, whatever given and family names its words are.
 */
export const WORLD_REGIONS = /\b(?:(?:North|South|East|West|Central|Eastern|Western|Northern|Southern|Southeast|South-East|Northeast|North-East|Sub-Saharan|Latin)\s+)?(?:Africa|Asia|Europe|America|Americas)\b|\b(?:Middle|Far|Near)\s+East\b|\b(?:Scandinavia|Balkans|Caribbean|Oceania|Antarctica|Arctic|Antarctic|Mediterranean|Sahel|Caucasus|Maghreb)\b/gu;

/** Faiths and their followers, written capitalised: a group of people, never one person, place or organisation. */
export const FAITHS = new Set(['catholic', 'catholics', 'protestant', 'protestants', 'christian', 'christians', 'muslim', 'muslims', 'moslem', 'moslems',
  'jew', 'jews', 'jewish', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'orthodox', 'evangelical', 'evangelicals', 'sunni', 'sunnis',
  'shia', 'shiite', 'shiites', 'alawite', 'alawites', 'druze', 'copt', 'copts', 'coptic', 'yazidi', 'yazidis', 'salafi', 'salafist', 'salafists',
  'wahhabi', 'mormon', 'mormons', 'anglican', 'anglicans', 'methodist', 'methodists', 'baptist', 'baptists', 'lutheran', 'lutherans',
  'presbyterian', 'presbyterians', 'quaker', 'quakers', 'amish', 'hasidic', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism',
  'catholicism', 'protestantism']);

/** Wars, ages and eras: times, like the months, never a person, place or organisation ("in the Middle Ages", "after World War II"). */
export const ERAS = /\b(?:(?:First|Second) World War|World War (?:I|II|One|Two|1|2)|(?:Cold|Civil|Great|Vietnam|Korean|Gulf|Iraq) War|Middle Ages|Dark Ages|(?:Stone|Bronze|Iron|Ice|Gilded|Space) Age|Holocaust|Great Depression|Renaissance|Reformation|Enlightenment|Industrial Revolution)\b/gu;

/** "a police official in Liège said": a name after a preposition is where or whose, and the speaker is the noun before it. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|of|near|for|to|on)\s+$/;
export const afterPreposition = (text: string, at: number): boolean => PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 8), at));

/** Titles and roles written before a name ("President Vladimir Putin", "spokesman John Kirby"). */
/**
 * Words written only before a person's name ("Mr Panvalkar", "Queen Rania"): whatever the tagger
 * made of the name after one, it is a person. Ranks and offices are left out: "General Motors",
 * "Lord's", "St Louis".
 */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'sir', 'dame', 'madame', 'mme', 'monsieur', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope']);

export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance', 'secretary', 'state', 'general',
  'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh',
  'gen', 'general', 'lt', 'col', 'colonel', 'major', 'captain', 'capt', 'sgt', 'admiral', 'commander', 'chief', 'officer',
  'judge', 'justice', 'mayor', 'sheriff', 'governor', 'gov', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'ambassador', 'envoy', 'director', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'leader', 'speaker', 'deputy',
  'attorney', 'lawyer', 'coach', 'manager', 'analyst', 'economist', 'adviser', 'advisor', 'aide', 'official', 'minister',
  'us', 'u.s', 'uk', 'french', 'russian', 'british', 'german', 'american', 'syrian', 'turkish', 'chinese', 'iranian', 'israeli',
  'former', 'acting', 'interim', 'new', 'top', 'senior', 'then', 'opposition', 'department', 'white', 'house', 'press',
]);

/** Role nouns that later stand for the person who held them ("the spokesman", "the president"). */
export const ROLE_REFERENCES = ['spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'chancellor', 'governor', 'mayor', 'senator', 'secretary', 'ambassador', 'envoy', 'director', 'chairman', 'leader', 'king', 'queen', 'pope', 'prime minister', 'foreign minister', 'official'];

/** Head nouns that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'observatory', 'council', 'committee', 'agency', 'party', 'army', 'navy', 'bank', 'university', 'college',
  'organisation', 'organization', 'association', 'union', 'court', 'office', 'commission', 'institute', 'foundation', 'corporation',
  'company', 'police', 'service', 'services', 'forces', 'force', 'front', 'movement', 'coalition', 'parliament', 'senate', 'congress',
  'government', 'administration', 'authority', 'board', 'bureau', 'centre', 'center', 'federation', 'league', 'network', 'group',
  'inc', 'ltd', 'corp', 'llc', 'plc', 'co', 'fund', 'trust', 'society', 'church', 'guard', 'brigade', 'brigades', 'militia',
  'assembly', 'cabinet', 'kremlin', 'pentagon', 'nato', 'un', 'eu', 'fbi', 'cia', 'who', 'opec', 'reuters', 'afp',
]);

/** Government bodies often written in lower case ("the Russian ministry of defence"). */
export const LOWERCASE_BODIES = ['ministry', 'department', 'government', 'embassy'];
export const MINISTRY_DOMAINS = ['defence', 'defense', 'foreign affairs', 'foreign', 'interior', 'health', 'finance', 'justice', 'education', 'economy', 'trade', 'energy', 'transport', 'agriculture', 'environment', 'culture', 'information', 'emergency situations', 'emergencies', 'home affairs', 'labour', 'labor', 'state'];

/** Verbs of saying (any tense) that report what someone said, claimed or felt. */
const SPEECH_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'state', 'stated', 'states', 'add', 'added', 'adds', 'note', 'noted', 'notes',
  'insist', 'insisted', 'insists', 'condemn', 'condemned', 'condemns', 'denounce', 'denounced', 'denounces', 'deny', 'denied', 'denies',
  'warn', 'warned', 'warns', 'announce', 'announced', 'announces', 'claim', 'claimed', 'claims', 'argue', 'argued', 'argues',
  'explain', 'explained', 'explains', 'write', 'wrote', 'writes', 'ask', 'asked', 'asks', 'reply', 'replied', 'replies',
  'declare', 'declared', 'declares', 'urge', 'urged', 'urges', 'accuse', 'accused', 'accuses', 'confirm', 'confirmed', 'confirms',
  'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'suggest', 'suggested', 'suggests',
  'stress', 'stressed', 'stresses', 'emphasise', 'emphasised', 'emphasize', 'emphasized', 'comment', 'commented', 'comments',
  'respond', 'responded', 'responds', 'tweet', 'tweeted', 'tweets', 'report', 'reported', 'reports', 'predict', 'predicted',
  'believe', 'believed', 'believes', 'think', 'thought', 'thinks', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows',
  'criticise', 'criticised', 'criticize', 'criticized', 'praise', 'praised', 'praises', 'maintain', 'maintained', 'maintains',
  'assert', 'asserted', 'asserts', 'recall', 'recalled', 'recalls', 'estimate', 'estimated', 'estimates', 'conclude', 'concluded',
  'reiterate', 'reiterated', 'told', 'quipped', 'joked', 'pointed out', 'went on', 'continued', 'ruled out', 'called on', 'called for',
];
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_STEMS.sort((a, b) => b.length - a.length).map((v) => v.replace(' ', '\\s+')).join('|')})\\b`, 'gi');

/** Pronouns that can stand for a speaker in subject position. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const ORG_PRONOUNS = new Set(['it', 'they']);

/** Unnamed sources the conventions exclude from speakers. */
export const UNNAMED_SOURCES = /^(?:the\s+)?(?:officials?|analysts?|experts?|police|witnesses|residents|sources?|observers|critics|activists|diplomats|reports?|people|some|others|many|one|someone)$/i;

/**
 * "according to X" attributes the sentence to X. Only the cue: who X may be (a name the mentions
 * found, a role reference, him/her) is decided in speakers.ts, since "according to the plan",
 * "according to officials" and "sorted according to size" name no speaker.
 */
export const ACCORDING_TO = /\baccording\s+to\b/gi;

/**
 * What a speaker issues, or who speaks for it: "a statement from the ministry", "the Kremlin's
 * spokesman", "his remarks" make the issuer the speaker. Documents and data ("the report",
 * "figures from", "the ministry's website", "a CNN poll") are not in the list: what they hold is
 * not something their publisher said.
 */
export const SPEECH_NOUNS = [
  'statement', 'statements', 'announcement', 'communique', 'communiqué', 'press release', 'news release', 'release',
  'tweet', 'tweets', 'remarks', 'comments', 'testimony', 'interview', 'letter',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative',
];

/**
 * Last words of a name that is a document or data set, not its publisher ("FBI data", "U.S. Census
 * data", "F.A.A. records"): the name finder may take the whole phrase for an organisation.
 */
export const DOCUMENT_NOUNS = ['data', 'figures', 'records', 'report', 'reports', 'poll', 'polls', 'survey', 'filings', 'statistics', 'estimates', 'website', 'map', 'maps', 'documents', 'analysis', 'study', 'count', 'tally'];

/** Last words of an appositive that describes a source ("…, a British-based monitoring group"), besides titles and organisation heads. */
export const SOURCE_DESCRIPTIONS = [
  'monitor', 'outlet', 'newspaper', 'website', 'site', 'broadcaster', 'channel', 'daily', 'firm', 'tank',
  'strategist', 'consultant', 'pollster', 'expert', 'researcher', 'scholar', 'historian', 'activist',
];
