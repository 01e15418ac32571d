// protected-characteristic: words about who the candidate is (age, sex, family, race, origin, religion,
// health, orientation, genes) and the pretexts that stand in for them ("culture fit"). Feedback that
// mentions one can be read as the reason for the decision, whatever the interviewer meant.
//
// Interview feedback is full of technical words that are also words about people: a node's children, a
// parent class, the young generation of a garbage collector, an old API, a native module, a foreign key, an
// accent colour, a health check, a blind index, a master branch. So the words that are mostly technical
// are flagged only in a person's context ("her children", "an older engineer", "native speaker"), and the
// rest are not flagged beside technical vocabulary. docs/linter.md lists what is and is not flagged.
import type { LintDocument } from "./document.js";
import {
  findTerms,
  notFollowedBy,
  notPrecededBy,
  oneOf,
  POSSESSIVE,
  phrase,
  saidOfSomeone,
  type Term,
} from "./patterns.js";
import type { LintFinding } from "./types.js";

type Category =
  | "age"
  | "sex"
  | "pregnancy"
  | "family"
  | "race"
  | "origin"
  | "religion"
  | "health"
  | "orientation"
  | "genetic"
  | "appearance"
  | "pretext";

const messages: Record<Category, string> = {
  age: "Age is a protected characteristic: a mention of it, or of a stand-in for it, can be read as the reason for the decision.",
  sex: "Sex and gender are protected characteristics: mentioning them can be read as the reason for the decision.",
  pregnancy: "Pregnancy and parental leave are protected: mentioning them can be read as the reason for the decision.",
  family:
    "Family and marital status are protected in many places and have nothing to do with the interview, so a mention reads as a reason for the decision.",
  race: "Race, colour and ethnicity are protected characteristics: mentioning them can be read as the reason for the decision.",
  origin:
    "National origin, and the language someone grew up with, are protected: a mention can be read as the reason for the decision.",
  religion: "Religion is a protected characteristic and has nothing to do with the interview.",
  health:
    "Disability and health are protected and private: mentioning them can be read as the reason for the decision.",
  orientation:
    "Sexual orientation and gender identity are protected characteristics and have nothing to do with the interview.",
  genetic:
    "Genetic information, family medical history included, is protected and has nothing to do with the interview.",
  appearance:
    "Appearance is not part of the interview, and remarks on it are often read as standing in for sex, race, religion or age.",
  pretext:
    "'Culture fit' and phrases like it name no behaviour, and are a common stand-in for a protected characteristic.",
};

const leaveItOut =
  "Leave it out and describe what they did in the interview, e.g. 'You asked whether the input fits in memory before choosing an approach'.";

const suggestions: Record<Category, string> = {
  age: "Describe the work instead, e.g. 'You had not used a heap before, so the priority-queue step took most of the time'.",
  sex: leaveItOut,
  pregnancy: leaveItOut,
  family: leaveItOut,
  race: leaveItOut,
  origin:
    "If communication mattered, describe a moment of it, e.g. 'I asked you to restate the complexity twice; writing it down as you go would help'.",
  religion: leaveItOut,
  health:
    "Leave it out; if something affected the work, describe the work, e.g. 'You finished the first layer at 25 minutes; the strongest performers take about 12'.",
  orientation: leaveItOut,
  genetic: leaveItOut,
  appearance: leaveItOut,
  pretext:
    "Name the behaviour you saw and why the team needs it, e.g. 'You did not ask about requirements before designing, and our design reviews depend on that'.",
};

interface Entry {
  source: string;
  ambiguous?: boolean | RegExp;
  caseSensitive?: boolean;
  suggestion?: string;
}

const e = (source: string, options: Omit<Entry, "source"> = {}): Entry => ({ source, ...options });

/**
 * "His children", "her health": never technical. "Their children" and "your child" can be a node's or a
 * process's, so those are read like any ambiguous word.
 */
/** An adjective said of the candidate; said of "they", it is not flagged beside technical vocabulary. */
const saidOf = (words: string): Entry[] => {
  const readings = saidOfSomeone(words);
  return [e(readings.person), e(readings.they, { ambiguous: true })];
};

const possessed = (nouns: string): Entry[] => [
  e(`(?:his|her|the candidate's|candidate's) ${nouns}`),
  e(`(?:their|your) ${nouns}`, { ambiguous: true }),
];

// People, as the noun after an adjective: "a young engineer", "older candidates".
const PERSON = oneOf(
  "m[ae]n",
  "wom[ae]n",
  "guys?",
  "girls?",
  "boys?",
  "lady",
  "ladies",
  "gentlem[ae]n",
  "persons?",
  "people",
  "folks?",
  "candidates?",
  "applicants?",
  "engineers?",
  "developers?",
  "devs?",
  "programmers?",
  "coders?",
  "hires?",
  "grads?",
  "graduates?",
  "students?",
  "workers?",
  "employees?",
  "professionals?",
  "individuals?",
  "interviewees?",
  "fellows?",
  "chaps?",
  "lads?",
  "dudes?",
  "staff",
  "talent",
);
const YOUNG_PERSON = oneOf(PERSON, "teams?", "blood", "crowd", "kids?", "colleagues?", "teammates?");
const BETWEEN = "(?:,? (?:and )?\\p{L}+){0,2}";

const age: Entry[] = [
  e(`young(?:er|est)?${BETWEEN} ${YOUNG_PERSON}`),
  e(
    `(?:old(?:er|est)?|elderly|aged|old-school|old school|old-fashioned|old fashioned|mature)(?:,? (?:and )?\\p{L}+)? ${PERSON}`,
  ),
  ...saidOf(
    `${oneOf("young(?:er)?", "old(?:er)?", "elderly", "youthful", "past (?:it|(?:his|her|their) prime)")}(?!-)|(?:about |around |roughly |maybe |probably |at least |over |under |nearly |almost |in (?:his|her|their) )?(?:[2-9]\\d)(?=\\s*(?:[.,;!?]|$|years\\b|or so\\b|ish\\b|-ish\\b))`,
  ),
  e(
    `(?:younger|older) than (?:the rest of |most of |all of |the other |most |many )?(?:the |our |his |her |their |your |my )?${oneOf("team", "us", "others", "everyone", "everybody", "peers", "colleagues", "teammates", "candidates", "people", "engineers", "developers", "interviewers", "me", "average", "(?:the )?others", "most")}`,
  ),
  e(
    `(?:too |a bit |a little )?(?:young|old) for (?:this|the|a|an|our|such a|that)(?: \\p{L}+){0,2} (?:role|position|job|team|level|company|startup|seniority|title)`,
  ),
  e(
    `(?:recent|fresh) (?:college |university |uni |school |bootcamp )?grad(?:uate)?s?|(?:fresh|straight|just) out of (?:college|school|university|uni|a bootcamp)|just graduated|fresh-faced|(?:young|fresh|new) blood`,
  ),
  e("over-?qualified", {
    suggestion:
      "Say which needs of the role their experience does or does not match, e.g. 'The role is mostly maintaining one service; you asked mostly about greenfield design'.",
  }),
  e("digital natives?"),
  e(
    "decades (?:of (?:\\p{L}+ )?experience|in (?:the )?(?:industry|field|business|trade))|(?:[2-9]\\d|twenty|thirty|forty|fifty)\\+? years (?:of (?:\\p{L}+ )?experience|in (?:the )?(?:industry|field|business|trade)|of (?:coding|programming))",
  ),
  e(
    `\\d{1,3}(?:-| )?(?:years?|yrs?)(?:-| )old${notFollowedBy(oneOf("codebases?", "code", "systems?", "services?", "librar(?:y|ies)", "projects?", "apis?", "versions?", "laptops?", "machines?", "frameworks?", "apps?", "applications?", "servers?", "databases?", "designs?", "architectures?", "repos?", "repositor(?:y|ies)", "stacks?", "dependenc(?:y|ies)", "releases?", "branch(?:es)?", "bugs?", "questions?", "posts?", "books?", "papers?", "products?", "companies", "company", "platforms?", "tools?", "languages?", "data", "records?", "files?", "backups?"))}`,
  ),
  e(
    `${notPrecededBy(oneOf("max", "maximum", "min", "minimum", "cache", "entry", "ttl", "record", "message"))}(?:aged |(?:at )?(?:the )?age (?:of )?)(?:1[6-9]|[2-9]\\d)(?!\\s*(?:ms|s|seconds?|minutes?|hours?|days?|weeks?|months?)(?![\\p{L}]))`,
  ),
  e(
    `(?:in|into|during) (?:his|her|their|your) (?:early |mid |late |mid-)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|(?:20|30|40|50|60|70)'?s)`,
  ),
  ...possessed("(?:age|generation|birthday|date of birth|birth year|year of birth)"),
  e(
    "(?:date|year|place) of birth|birth ?date|born in (?:\\d{4}|the (?:19)?\\d0'?s)|graduated in (?:19\\d\\d|the (?:19)?\\d0'?s)|class of 19\\d\\d",
  ),
  e("millennials?|(?:baby )?boomers?|gen(?:eration)? ?[xyz]|zoomers?|gen ?alpha"),
  e("(?:younger|older) generations?", { ambiguous: true }),
  e(
    "set in (?:his|her|their) ways|(?:close to|near|nearing|approaching|thinking about|planning for|plans for|ready for) retirement|(?:about|going|planning) to retire|retirees?|semi-retired",
  ),
  e("(?:grey|gray|white)(?:-| )hair(?:ed)?|balding"),
  e(
    "youthful|youngsters?|whippersnappers?|teenagers?|teens|adolescents?|juvenile|geezers?|old-timers?|over the hill|long in the tooth|senior citizens?|(?:not a|no) spring chicken|kid|kiddo|young (?:and|but) (?:hungry|dynamic|energetic|fresh|eager|vibrant|scrappy|green|inexperienced)",
  ),
];

const sex: Entry[] = [
  e(
    `(?:fe)?males?${notFollowedBy(oneOf("connectors?", "plugs?", "jacks?", "headers?", "pins?", "ports?", "sockets?", "ends?", "adapters?", "threads?", "fittings?", "couplings?", "to", "terminals?", "leads?"))}`,
  ),
  e("wom[ae]n|ladies|lady|girls?|gals?|feminine|masculine|manly|womanly|girly|boyish|ladylike|effeminate|tomboy"),
  e(
    `(?:a|the|this|that|as a|for a|like a) (?:young |old |older |nice |good )?man${notFollowedBy(oneOf("pages?", "in the middle", "in-the-middle", "hours?", "months?", "days?", "years?"))}|men|boys?|gentlem[ae]n`,
  ),
  e("genders?|gendered|sex|sexes|sexist|sexism", { ambiguous: true }),
];

const pregnancy: Entry[] = [
  e(
    "pregnan(?:t|cy|cies)|expecting (?:a baby|a child|twins)|maternity|paternity|parental leave|baby (?:on the way|bump|due)|breastfeeding|nursing (?:mother|mom|mum)",
  ),
];

const NOT_FIGURATIVE = notFollowedBy(
  `to (?:(?:the|this|that|one|his|her|their|its|an?) )?${oneOf("idea", "approach", "solution", "design", "framework", "language", "tool", "pattern", "first", "initial", "original", "plan", "stack", "library", "technology", "way")}`,
);
const CHILDREN = oneOf(
  "kids?",
  "children",
  "child",
  "sons?",
  "daughters?",
  "bab(?:y|ies)",
  "newborns?",
  "toddlers?",
  "grandchild(?:ren)?",
  "grandkids?",
  "step(?:son|daughter|child|children)s?",
  "twins",
);
const family: Entry[] = [
  e(
    `(?:married|unmarried|marriage|marital|divorced?|divorcing|widow(?:ed|er|ers)|spouses?|wife|wives|husbands?|fianc[eé]e?s?|boyfriends?|girlfriends?|newlyweds?|wedding|maiden name|childless|kids)${NOT_FIGURATIVE}`,
  ),
  e(
    `(?:his|her|their|your|has|have|had|having|with|got|raising|raises|raise) (?:(?:a|an|two|three|four|five|six|\\d+|young|small|little|several|many|no|new|newborn|twin|grown-up|grown|teenage) )*${CHILDREN}`,
    { ambiguous: true },
  ),
  e(
    `a (?:mom|mum|mother|dad|father)|(?:new|young|working|single|stay-at-home|busy|first-time|expectant|soccer|proud|full-time) (?:mom|mum|mother|dad|father|parent)s?|(?:mom|mum|mother|dad|father|parent)s? of (?:a |an |two |three |four |\\d+ |young |small |little )*${CHILDREN}`,
    { ambiguous: true },
  ),
  e(
    "motherhood|fatherhood|parenthood|parenting|child ?care|day ?care|nannies|nanny|babysit(?:ter|ters|ting)?|school run|(?:pick|picking|picks|drop|dropping) (?:up|off) (?:the|his|her|their) (?:kids|children)",
  ),
  ...possessed(
    `(?:famil(?:y|ies)|wife|husband|spouse|${CHILDREN}|mom|mum|mother|dad|father|parents?|siblings?|brothers?|sisters?|relatives|in-laws|marriage|divorce|fianc[eé]e?)`,
  ),
  e(
    `family (?:commitments?|obligations?|responsibilities|plans|situation|life|reasons|issues|circumstances|m[ae]n|wom[ae]n|status|emergenc(?:y|ies)|leave|duties|matters|priorities|demands|ties)|start(?:s|ed|ing)? a family|family(?:-| )oriented|(?:has|have|with|got) a (?:young |big |large |growing |new )?family`,
  ),
  e(
    "(?:single|unattached) (?:mom|mum|mother|dad|father|wom[ae]n|m[ae]n|guy|girl)|(?:he|she)(?:'s| is| was) single|(?:engaged to be married|just got engaged|recently engaged|getting engaged|engagement ring)",
  ),
  e("(?:trying|plans?|planning|wants?|hoping) (?:to have|to start|for) (?:a )?(?:baby|babies|kids|children|family)"),
];

const COLOUR_PERSON = oneOf(
  PERSON,
  "kids?",
  "famil(?:y|ies)",
  "communit(?:y|ies)",
  "neighbou?rhoods?",
  "names?",
  "accents?",
  "hair",
  "skin",
);
const race: Entry[] = [
  e(`(?:black|white|brown|yellow) ${COLOUR_PERSON}`, { caseSensitive: false }),
  e(
    "asians?|hispanics?|latin[oax]s?|latine|caucasians?|african(?:-| )americans?|afro-\\p{L}+|arabs?|indigenous|aboriginal|native americans?|first nations|pacific islanders?|biracial|mixed(?:-| )race|ethnic(?:ity|ities|ally)?|racial(?:ly)?|racis[mt]|race (?:card|relations)|(?:person|people|candidates?|women|men) of colou?r|bipoc|minorit(?:y|ies) (?:candidates?|hires?|backgrounds?|groups?)|diversity (?:hires?|candidates?|picks?|quota)|skin (?:colou?r|tone)|complexion|colou?r of (?:his|her|their|your) skin|exotic (?:name|looks?|looking|features|accent|background)",
  ),
  ...possessed("(?:race|skin|complexion|colou?r|heritage|ancestry|roots|ethnicity)"),
  e(
    `(?:of (?:a |any |another |different |the same |mixed )?race|(?:colou?r|religion|ethnicity|gender|sex|age|origin|nationality)(?:,| or| and) race)${notFollowedBy(oneOf("conditions?", "detectors?", "free", "safety", "sanitizers?", "bugs?", "windows?"))}|race(?:,| or| and) (?:colou?r|religion|ethnicity|gender|sex|age|origin|nationality)`,
  ),
];

const LANGUAGE = oneOf(
  "english",
  "french",
  "german",
  "spanish",
  "portuguese",
  "italian",
  "dutch",
  "russian",
  "ukrainian",
  "chinese",
  "mandarin",
  "cantonese",
  "japanese",
  "korean",
  "hindi",
  "urdu",
  "bengali",
  "arabic",
  "turkish",
  "persian",
  "farsi",
  "vietnamese",
  "tagalog",
  "swahili",
  "hebrew",
  "greek",
);
const PROGRAMMING_LANGUAGE = phrase(
  oneOf(
    "python",
    "java",
    "javascript",
    "typescript",
    "go",
    "golang",
    "rust",
    "c",
    "c\\+\\+",
    "c#",
    "ruby",
    "kotlin",
    "swift",
    "scala",
    "haskell",
    "elixir",
    "php",
    "perl",
    "sql",
    "basic",
    "programming",
    "coding",
    "code",
    "codebase",
    "stack",
    "project",
    "repo",
    "service",
    "backend",
    "frontend",
  ),
);
const NATIONALITY = oneOf(
  "American",
  "British",
  "English",
  "Scottish",
  "Irish",
  "Welsh",
  "Canadian",
  "Mexican",
  "Brazilian",
  "Argentinian",
  "Argentine",
  "Colombian",
  "Venezuelan",
  "Peruvian",
  "Chilean",
  "Cuban",
  "Indian",
  "Pakistani",
  "Bangladeshi",
  "Sri Lankan",
  "Nepali",
  "Chinese",
  "Japanese",
  "Korean",
  "Vietnamese",
  "Filipino",
  "Thai",
  "Indonesian",
  "Malaysian",
  "Nigerian",
  "Kenyan",
  "Ghanaian",
  "Ethiopian",
  "Egyptian",
  "Moroccan",
  "Algerian",
  "Tunisian",
  "South African",
  "African",
  "Russian",
  "Ukrainian",
  "Polish",
  "Romanian",
  "Bulgarian",
  "Serbian",
  "Croatian",
  "Hungarian",
  "Czech",
  "Slovak",
  "German",
  "French",
  "Italian",
  "Spanish",
  "Portuguese",
  "Greek",
  "Turkish",
  "Iranian",
  "Persian",
  "Iraqi",
  "Syrian",
  "Lebanese",
  "Israeli",
  "Palestinian",
  "Saudi",
  "Emirati",
  "Dutch",
  "Belgian",
  "Swiss",
  "Austrian",
  "Swedish",
  "Norwegian",
  "Danish",
  "Finnish",
  "Australian",
  "European",
  "Eastern European",
  "Latin American",
  "Middle Eastern",
  "South Asian",
  "East Asian",
  "Southeast Asian",
  "Asian",
  "Scandinavian",
  "Slavic",
);
const ORIGIN_NOUN = oneOf(
  PERSON,
  "accents?",
  "names?",
  "backgrounds?",
  "origins?",
  "descent",
  "heritage",
  "ancestry",
  "nationals?",
  "citizens?",
  "immigrants?",
  "teams?",
  "famil(?:y|ies)",
  "parents",
  "speakers?",
  "culture",
  "upbringing",
  "education",
  "degrees?",
  "universit(?:y|ies)",
  "kids?",
  "family",
  "way of (?:thinking|speaking|talking)",
  "mentality",
);
const origin: Entry[] = [
  e(
    `accents?${notFollowedBy(oneOf("colou?rs?", "marks?", "characters?", "letters?", "keys?", "borders?", "shades?", "palettes?", "variants?", "tones?", "hues?", "lines?", "bars?", "fills?", "backgrounds?", "buttons?", "styles?", "brand", "tokens?", "glyphs?", "signs?", "on", "lighting", "lights?", "walls?", "pieces?", "fonts?"))}${notPrecededBy(oneOf("css", "ui", "theme", "brand", "primary", "secondary", "tertiary", "design", "acute", "grave", "circumflex", "diacritic", "an? (?:green|blue|red|orange|yellow|purple|pink|teal|gold|grey|gray|bright|dark|light)", "the (?:green|blue|red|orange|yellow|purple|pink|teal|gold|grey|gray|bright|dark|light)", "green", "blue", "red", "orange", "purple", "pink", "teal", "gold"))}`,
  ),
  e(`(?:heavily|strongly|thickly|noticeably|slightly) accented|accented ${LANGUAGE}`),
  e(
    `non-?native|native(?:-| )(?:speakers?${notFollowedBy(oneOf("apis?", "modules?", "librar(?:y|ies)", "drivers?"))}|${LANGUAGE}|languages?|tongue|born|country|land|accent)|(?:a |an )?native of|natives|mother tongue|${LANGUAGE} as a (?:second|foreign) language|esl`,
  ),
  e("(?:first|native|second|main) language", { ambiguous: PROGRAMMING_LANGUAGE }),
  ...possessed(
    `(?:${LANGUAGE}${notFollowedBy(oneOf("comments?", "docs?", "documentation", "descriptions?", "names?", "naming", "text", "translations?", "version", "strings?", "copy", "messages?", "summary", "summaries", "variable names", "identifiers?", "commit messages?", "README"))}|accent|pronunciation|grammar|nationality|citizenship|visa|immigration status|country|country of origin|home country|homeland|native country|heritage|ancestry|descent|origins?|passport)`,
  ),
  e(
    `(?:broken|poor|bad|limited|weak|heavy|thick|halting|imperfect|basic|rough|shaky|accented|fluent|perfect|flawless) ${LANGUAGE}|${LANGUAGE} (?:skills|proficiency|level|fluency|is not (?:his|her|their|your) (?:first|native))|fluent in ${LANGUAGE}|language barrier|lost in translation`,
  ),
  e(
    `foreign(?:ers?)?${notFollowedBy(oneOf("keys?", "key", "functions?", "function interfaces?", "tables?", "data", "data wrappers?", "objects?", "fields?", "constraints?", "references?", "interfaces?", "librar(?:y|ies)", "modules?", "memory", "pointers?", "calls?", "types?", "servers?", "schemas?", "exchange", "currenc(?:y|ies)", "code", "language interfaces?", "columns?", "ids?", "rows?", "records?", "wrappers?", "threads?", "process(?:es)?", "systems?", "hosts?", "domains?", "content", "scripts?", "frames?", "iframes?", "markets?", "policy", "affairs", "relations", "apis?", "services?", "transactions?", "events?"))}`,
  ),
  e(
    "immigrants?|immigrated|immigration|emigrated|expats?|refugees?|asylum|green card|work permit|visa (?:status|sponsorship|holder|issues?)|(?:needs|need|needing|requires?|requiring) (?:visa )?sponsorship|citizenship|citizens? of|(?:not|isn't|wasn't) an? (?:\\p{L}+ )?citizen|nationality|nationalities|national origin|country of origin|home country|place of birth|born (?:in|and raised)|originally from|(?:comes?|came) from (?:abroad|overseas|another country)|where (?:he|she|they|you)(?:'s|'re| is| are| was| were)? (?:originally )?(?:from|grew up)|where (?:is|was|are|were) (?:he|she|they|you) (?:originally )?from",
  ),
  e(`${NATIONALITY} ${ORIGIN_NOUN}`, { caseSensitive: true }),
  e(
    `(?:[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Tt]he candidate)(?:'re|'s| is| are| was| were| seems| seemed| looks| looked| sounds| sounded)(?: (?:a|an|very|quite|clearly|obviously|probably|maybe|half|part))? ${NATIONALITY}${notFollowedBy(oneOf("characters", "text", "texts", "strings", "words", "letters", "numbers", "numerals", "digits", "dates", "locales?", "keyboards?", "layouts?", "fonts?", "translations?", "versions?", "docs", "documentation", "files", "names", "sites?", "websites?", "apps?", "users", "servers?", "data"))}`,
    { caseSensitive: true },
  ),
  e("(?:of|from) (?:\\p{L}+ )?(?:descent|heritage|ancestry|extraction)"),
];

const religion: Entry[] = [
  e(
    `religio(?:n|ns)|religious${notFollowedBy(oneOf("about", "adherence", "devotion", "zeal", "wars?", "debates?", "fervou?r", "following", "arguments?", "attachment"))}|christians|muslims?|islam(?:ic)?|jewish|jews?|judaism|hindus?|hinduism|buddhis[mt]s?|sikhs?|sikhism|catholics?|catholicism|protestants?|mormons?|evangelicals|atheists?|atheism|mosques?|synagogues?|temples?|prayers?|ramadan|sabbath|shabbat|halal|hijabs?|headscarf|headscarves|turbans?|yarmulke|kippah|burqa|niqab|rosary|quran|koran|torah|pastor|priest|rabbi|imam|devout(?:ly)?|churchgoer|churchgoing`,
  ),
  e(
    "(?:a|an|is|as a|being|devout|practi[cs]ing|born-again|devoutly) christian|christian (?:values|faith|beliefs|church|background|candidate|m[ae]n|wom[ae]n|school|college|upbringing|community|group|family)",
  ),
  e(
    `church(?:es)?${notFollowedBy(oneOf("encodings?", "numerals?", "rosser", "turing", "'s (?:thesis|theorem|encoding|numerals)"))}${notPrecededBy("alonzo")}`,
  ),
  e(`${POSSESSIVE} (?:faith|god)`),
];

const health: Entry[] = [
  e(
    "disabilit(?:y|ies)|disabled (?:persons?|people|candidates?|m[ae]n|wom[ae]n|applicants?|engineers?|developers?)|handicap(?:ped|s)?|wheelchairs?|wheelchair-bound|crippled?|amputee|prosthe(?:tic|sis)|crutches",
  ),
  e(
    `deaf(?:ness)?${notFollowedBy("ears?")}|hard of hearing|hearing aids?|(?:visual|hearing|cognitive|physical|speech|mental) impairments?|(?:visually|hearing) impaired|speech impediment|blindness`,
  ),
  e(
    `(?:partially|legally|colou?r|colou?r-) ?blind${notFollowedBy(oneOf("safe", "friendly", "palettes?", "modes?", "users?", "accessible", "simulation"))}|blind (?:m[ae]n|wom[ae]n|persons?|people|candidates?|engineers?|developers?|guy|girl)`,
  ),
  ...saidOf(
    `${oneOf("(?:partially |legally )?blind", "deaf", "disabled", "sick", "ill", "unwell", "under the weather", "hungover", "hung over", "autistic", "dyslexic", "depressed", "bipolar", "ocd", "adhd", "on the spectrum", "in a wheelchair")}(?!-)${notFollowedBy("to")}`,
  ),
  e(
    "autis(?:m|tic)|on the spectrum|asperger'?s?|adhd|dyslexi(?:a|c)|dyspraxi(?:a|c)|dyscalculia|ocd|bipolar|schizo(?:phrenic|phrenia)?|psycho(?:tic|sis)?|ptsd|tourette'?s?|neurodivergen(?:t|ce)|neurodiverse|neurotypical|mentally ill|mental (?:illness(?:es)?|health|disorders?|conditions?|breakdowns?)|depression|anxiety|panic attacks?|burn-?out|burned out|burnt out|speech impediment",
  ),
  e(
    `(?:has|had|with) a (?:stutter|stammer)|${POSSESSIVE} (?:stutter|stammer)|(?:stutter|stammer)(?:s|ed|ing)? (?:when|while) (?:speaking|talking|explaining|nervous|answering)`,
  ),
  e(
    "sick (?:leave|days?|notes?)|illness(?:es)?|chronic (?:pain|illness|conditions?|fatigue)|medical (?:conditions?|history|leave|issues?|problems?|reasons?|appointments?|treatment)|medications?|meds|therapy|therapist|surgery|cancer|chemo(?:therapy)?|diabet(?:es|ic)|asthma(?:tic)?|epilep(?:sy|tic)|seizures?|migraines?|heart (?:conditions?|attacks?|problems?)|hiv|overweight|obes(?:e|ity)|pregnancy complications",
  ),
  ...possessed(
    "(?:health|medical|diagnosis|disabilit(?:y|ies)|illness|weight|medications?|therapist|doctor|wheelchair|hearing|eyesight)",
  ),
  e("health (?:issues?|problems?|conditions?|reasons?|concerns?|history|scares?)", { ambiguous: true }),
];

const orientation: Entry[] = [
  e(
    `gay|lesbians?|bisexual|homosexual(?:ity)?|heterosexual|queer|lgbt[qia]*\\+?|sexual orientation|sexuality|same-sex|transgender|trans (?:m[ae]n|wom[ae]n|persons?|people|candidates?|guy|girl)|transsexual|genderqueer|gender (?:identity|expression|fluid)|cisgender|cis (?:m[ae]n|wom[ae]n)|drag queen|${POSSESSIVE} (?:boyfriend|girlfriend|same-sex partner|pronouns|sexuality)`,
  ),
  e(
    `non-?binary${notFollowedBy(oneOf("trees?", "search(?:es)?", "files?", "data", "heaps?", "formats?", "operators?", "numbers?", "digits?", "encodings?", "representations?", "values?", "classification", "classifiers?", "outcomes?", "choices?", "options?", "variables?", "labels?", "decisions?", "logic"))}`,
  ),
];

const genetic: Entry[] = [
  e(
    `genetic(?:s|ally)?${notFollowedBy(oneOf("algorithms?", "programming", "operators?", "search", "optimi[sz]ation", "crossover", "mutations?", "approach"))}|(?:good|bad|his|her|their|in (?:his|her|their|the)) genes|dna (?:tests?|testing|results?)|hereditary|inherited (?:conditions?|diseases?|illness(?:es)?)|family (?:medical )?history|runs in (?:his|her|their|the) family`,
  ),
];

const appearance: Entry[] = [
  e("pretty (?:face|girl|woman)|handsome|well-dressed|badly dressed|dressed (?:too )?(?:casually|sloppily)"),
  ...possessed(
    "(?:appearance|looks|clothes|clothing|outfit|dress|hair|hairstyle|weight|height|tattoos|piercings|beard|makeup)",
  ),
  ...saidOf(
    `${oneOf("beautiful", "attractive", "unattractive", "ugly", "cute", "gorgeous", "hot", "sexy", "good-looking", "fat", "skinny", "overweight", "chubby", "scruffy")}|pretty(?=\\s*(?:[.,;!]|$|\\s+(?:and|but)\\b))`,
  ),
];

const FIT_GROUP = oneOf(
  "team",
  "culture",
  "company",
  "group",
  "environment",
  "org",
  "organi[sz]ation",
  "office",
  "crew",
  "us",
  "here",
);
const pretext: Entry[] = [
  e(
    `cultur(?:e|al)(?:-| )fit|(?:team|company|cultural|personality) fit|fit (?:with|for|in|into) (?:the |our |this |my )?(?:team|culture|company|group|crew)|(?:not|isn't|wasn't|wouldn't be|won't be|never|doesn't seem like|didn't seem like) (?:a )?(?:good |great |right |natural |strong )?fit (?:for|with|in) (?:the |our |this |my )?${FIT_GROUP}`,
  ),
  e(`fits? (?:in )?(?:with |into )?(?:our|the|this) (?:team |company |engineering )?culture`),
  e(
    `(?:wouldn't|would not|won't|will not|doesn't|does not|didn't|did not|don't think (?:he|she|they|you)(?:'d| would)) (?:really )?fit in(?=\\s*(?:[.!,;]|$|\\s+(?:here|with (?:us|the team|everyone)|well)))`,
  ),
  e(
    "beer test|airport test|(?:grab|have|get) a beer with|not our type|(?:be|feel like|seem like|become) one of us|our kind of (?:person|people|guy|engineer)|(?:bad|wrong|weird|off) vibes?|personality (?:clash|mismatch)|didn't (?:click|gel|mesh|jive) with|(?:the )?right (?:look|image)|gravitas|polish and presence|executive presence",
  ),
];

const categories: Record<Category, Entry[]> = {
  age,
  sex,
  pregnancy,
  family,
  race,
  origin,
  religion,
  health,
  orientation,
  genetic,
  appearance,
  pretext,
};

export const protectedTerms: Term[] = Object.entries(categories).flatMap(([category, entries]) =>
  entries.map((entry) => ({
    pattern: phrase(entry.source, { caseSensitive: entry.caseSensitive }),
    ambiguous: entry.ambiguous,
    message: messages[category as Category],
    suggestion: entry.suggestion ?? suggestions[category as Category],
  })),
);

export function protectedCharacteristic(doc: LintDocument): LintFinding[] {
  return findTerms(doc, protectedTerms).map((hit) => ({
    rule: "protected-characteristic",
    severity: "error",
    start: hit.start,
    end: hit.end,
    message: hit.term.message,
    suggestion: hit.term.suggestion,
  }));
}
