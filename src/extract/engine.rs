//! One article, sentence by sentence: entity mentions, coreference and the
//! article-wide tables the relation rules (`relations.rs`) write into.
//!
//! Each sentence is tokenised, matched against the gazetteers, and turned
//! into a list of [`Mention`]s, each pointing at an [`EntityRecord`] of the
//! article. Mentions come from, in order of trust: title patterns ("Prime
//! Minister Fumio Kishida"), honorifics ("Mr. Kishida"), government bodies
//! with their country ("Chinese Foreign Ministry"), gazetteer names,
//! event patterns ("NATO summit", "Japan-US joint exercise"), capitalised
//! sequences with a telling head word ("... Conference", "... Agency") or a
//! speech verb after them, known surnames, and descriptions resolved to a
//! recent entity ("the Japanese leader", "the alliance", "the Northeast Asian
//! country", "his country", "He"). State carried between sentences is small:
//! the recency of each entity, the last person and the last pair of parties.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{EntityKind, Modality, RelationKind};

use super::dates::{FoundDate, find_dates, month_number};
use super::gazetteer::{Entry, GAZETTEER, OrgType, Target, is_given_name, world_place};
use super::text::{Token, TokenKind, fold_diacritics, norm_char, tokenize};
use aho_corasick::Anchored;
use aho_corasick::automaton::Automaton;

/// An entity of the article being read.
#[derive(Clone, Debug)]
pub struct EntityRecord {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub org_type: OrgType,
    pub aliases: BTreeSet<String>,
    /// Byte ranges in the article text.
    pub mentions: Vec<(usize, usize)>,
    /// Person: the country/organisation they serve. Place/body: its country.
    pub affiliation: Option<usize>,
    pub continent: String,
    /// Recency: a counter value of the last mention.
    pub last_seen: usize,
}

impl EntityRecord {
    /// Whether this is a treaty or agreement: typed so, or named with a
    /// treaty's head word ("Central European Free Trade Agreement").
    pub fn is_treaty(&self) -> bool {
        self.kind == EntityKind::Organization && (self.org_type == OrgType::Treaty || self.name.split(' ').any(|w| TREATY_HEADS.contains(&w)))
    }
}

/// How a mention takes part in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A full argument.
    Plain,
    /// A country/organisation qualifying a title or body ("Japanese" in
    /// "Japanese Prime Minister ..."): not an argument of other relations.
    Affiliation,
    /// A demonym used as an adjective ("North Korean nuclear issue").
    Demonym,
    /// A capital; stands for its government when it acts.
    Capital,
    /// A named thing inside a longer name ("NATO" in "NATO summit").
    Inner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub entity: usize,
    pub role: Role,
}

/// A relation found in the article, before ids are assigned.
#[derive(Clone, Debug)]
pub struct RelationRecord {
    pub subject: usize,
    pub object: usize,
    pub kind: RelationKind,
    pub label: Option<String>,
    pub negated: bool,
    pub modality: Modality,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    /// Byte ranges of the stating sentences.
    pub sentences: Vec<(usize, usize)>,
    pub confidence: f32,
}

/// One sentence being analysed: its tokens and lowered words.
pub struct SentenceView<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
    /// Each token lower-cased with typographic characters folded: most are
    /// already so, and borrow the text instead of a string of their own.
    lower: Vec<std::borrow::Cow<'a, str>>,
    /// Whether each token is a word with a capital first letter: asked of
    /// every token many times, so worked out once.
    capitalised: Vec<bool>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<FoundDate>,
    /// Token ranges of "the two sides"-like phrases.
    pub pair_phrases: Vec<(usize, usize)>,
    /// Delegations speaking in the sentence ("the representative of
    /// France", "China's delegate").
    pub delegations: Vec<Delegation>,
}

/// The pair a sentence opened with ("the two leaders", "both sides").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairSubject {
    Leaders,
    Sides,
}

/// A delegation phrase: where it starts and whom it speaks for (its country,
/// or the group it speaks on behalf of).
#[derive(Clone, Copy, Debug)]
pub struct Delegation {
    pub phrase_first: usize,
    pub speaks_for: usize,
}

/// For `read_sentence`'s lower-casing: 1 for an ASCII capital, 2 for a byte
/// of a non-ASCII character or '`'.
static LOWER_BYTE_FLAGS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 || b == b'`' as usize { 2 } else if b >= b'A' as usize && b <= b'Z' as usize { 1 } else { 0 };
        b += 1;
    }
    table
};

impl SentenceView<'_> {
    /// The token's text as written.
    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The token lower-cased with typographic characters folded.
    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |word| word)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    #[inline]
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.capitalised.get(i).copied().unwrap_or(false)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct(c))
    }

    /// Whether token `i` is written against the next one, with no space
    /// between ("Crans-Montana", "W." in "George W. Bush").
    pub fn touching(&self, i: usize) -> bool {
        self.tokens.get(i).zip(self.tokens.get(i + 1)).is_some_and(|(a, b)| a.end == b.start)
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The text from token `first` to token `last`, inclusive.
    pub fn span_text(&self, first: usize, last: usize) -> &str {
        let (Some(a), Some(b)) = (self.tokens.get(first), self.tokens.get(last)) else {
            return "";
        };
        self.text.get(a.start..b.end).unwrap_or("")
    }

    /// The mention covering token `i` as an argument, if any.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions
            .iter()
            .filter(|m| m.first <= i && i <= m.last && m.role != Role::Inner)
            .max_by_key(|m| m.last - m.first)
    }
}

/// The article being read: entities, relations and discourse state.
pub struct Article<'a> {
    pub text: &'a str,
    pub entities: Vec<EntityRecord>,
    by_id: FxHashMap<String, usize>,
    /// Gazetteer entries (other than events, which may be renamed after
    /// their place) to their entity, once [`Self::gazetteer_entity`] made it.
    by_entry: FxHashMap<usize, usize>,
    /// Surnames (diacritics folded) to the person they name.
    surnames: FxHashMap<String, usize>,
    /// Surnames (last words) of more than one person named in the article.
    shared_surnames: FxHashSet<String>,
    /// Every person of two or more words by surname (diacritics folded), in
    /// the order they were named: the namesakes [`Self::by_surname`] weighs.
    namesakes: FxHashMap<String, Vec<usize>>,
    /// Names of two to six words the article itself introduced for bodies,
    /// events and places ("Georgian Dream", "Kvali Holding"), to be found
    /// again where a gazetteer word inside them would win ("Georgian").
    introduced: FxHashMap<String, usize>,
    /// The leading letters and digits of every name ever put in
    /// `introduced` (never removed: a superset), so that a token that opens
    /// none is passed over with one look-up instead of five.
    introduced_heads: FxHashSet<String>,
    /// A bit for the first two bytes of every head in `introduced_heads`
    /// (the second 0 for a one-byte head): most tokens are passed over on
    /// their first two bytes, before the head is cut and hashed.
    introduced_head_pairs: Vec<u64>,
    /// Every organisation (ascending) under each space-separated word of
    /// its name: [`Self::body_by_head`] wants its head as a whole word, so
    /// it weighs these and not every entity. (Words of an old name stay: the
    /// full test is made again on each one.)
    organisations_by_word: FxHashMap<String, Vec<usize>>,
    /// Acronyms the article defines ("... in Lebanon (UNIFIL)"), to the
    /// entity they stand for from then on.
    acronyms: FxHashMap<String, usize>,
    /// Places written as a capital standing for its state.
    pub capitals: BTreeSet<usize>,
    pub relations: Vec<RelationRecord>,
    /// Candidate weak relations from sentences naming a few parties
    /// (`relations::co_mention_rule`): subject, object, kind and the
    /// sentence.
    co_mentions: Vec<(usize, usize, RelationKind, (usize, usize))>,
    /// The sentence [`Self::relate`] last recorded evidence from, and the
    /// relations (by index, ascending) that have it as evidence: what
    /// [`Self::stated_in`] answers without going over every relation.
    stated: ((usize, usize), Vec<usize>),
    relation_index: FxHashMap<(usize, usize, RelationKind, bool), usize>,
    pub last_pair: Option<(usize, usize)>,
    /// The first two people the text tells of meeting: a readout's
    /// principals, whom "The leaders" opening a sentence name.
    pub first_pair: Option<(usize, usize)>,
    /// Who carried out the act named last ("Israeli air strikes",
    /// "Ecuador's raid"), and the act's stem: whom "condemned the strikes"
    /// is aimed at.
    pub last_act_by: Option<(usize, &'static str)>,
    /// Whether the last sentence opened with a pair phrase ("The two
    /// leaders ..."), and whether that pair were leaders: what a following
    /// "They" stands for.
    pub pair_subject: Option<PairSubject>,
    /// A recurring event named with a year first ("The 2013 Commonwealth
    /// Heads of Government Meeting"): the instance the article is about,
    /// which later undated mentions of the series name.
    series_instance: FxHashMap<usize, usize>,
    /// The body the text said adopted a resolution ("The General Assembly
    /// today adopted ..."): what votes against and rejections of "the
    /// resolution" answer.
    pub adopting_body: Option<usize>,
    /// Whether the last sentence opened with a group of states ("The
    /// Ministers" of a statement of three): what a following "They" is.
    group_subject: bool,
    pub last_person: Option<usize>,
    /// The last office named without its holder ("led by the Secretary
    /// General") and its body, if written: what "held the post" is.
    pub open_office: Option<(String, Option<usize>)>,
    /// The person a recent sentence was about (its first person, near its
    /// start): what a sentence-initial "He"/"She" most often refers to.
    pub subject_person: Option<usize>,
    /// The state or organisation opening the last sentence that opened with
    /// one ("Ghana announced ..."): what a sentence-initial "It" acting
    /// ("It also condemned ...") refers to.
    pub subject_actor: Option<usize>,
    /// The country (or group) whose delegation a recent sentence's subject
    /// was ("The representative of France said ..."): what a following
    /// "She", "her country" or "his delegation" stands for.
    pub subject_delegation: Option<usize>,
    /// The latest list of three or more states named together ("Australia,
    /// the United Kingdom and the United States") of each size, the newest
    /// last: who "the three countries" are, and "All four states" after a
    /// list of three came in between.
    groups: Vec<Vec<usize>>,
    /// The states of the latest list of three or more office holders
    /// ("President Kais Saied of Tunisia, President Abdelmadjid Tebboune of
    /// Algeria and ..."), with the sentence (count) that listed them.
    leaders_group: Option<(Vec<usize>, usize)>,
    /// Groups a text counts and then names ("the three officers" and the
    /// people it lists), by their words.
    pub named_groups: Vec<(String, Vec<usize>)>,
    /// Groupings said to be made of another body's members ("a group of
    /// nine NATO member states"), with that body: whoever the grouping
    /// lists belongs to both.
    pub grouping_parents: Vec<(usize, usize)>,
    pub article_year: Option<i32>,
    /// The country of the dateline ("PUTRAJAYA, Feb 11 (Bernama) --"): a
    /// report leaves its own officials' state unwritten.
    pub dateline_country: Option<usize>,
    /// The country the last sentence opened with as its subject ("Ecuador,
    /// which ..., denied ..."): whom a following bare "Foreign Minister X"
    /// or "government spokesman Y" most likely serves.
    topic_country: Option<usize>,
    /// "In Buenos Aires, EAM held talks ...": the state of the place a
    /// sentence opened with, and the clock then; officials met there with
    /// no state written serve it.
    scene_country: Option<(usize, usize)>,
    sentences_read: usize,
    clock: usize,
    /// Buffers of the last sentence read, for the next one.
    spare: Spare<'a>,
}

/// A sentence's buffers kept between sentences ([`Article::recycle`]).
#[derive(Default)]
struct Spare<'a> {
    tokens: Vec<Token>,
    lower: Vec<std::borrow::Cow<'a, str>>,
    /// The lower-cased copies of words, emptied, to be filled again.
    strings: Vec<String>,
    mentions: Vec<Mention>,
    /// `find_mentions`' per-token flags (covered, in a match, dated) and
    /// match starts, emptied, to be filled again.
    flags: Vec<Vec<bool>>,
    starts: Vec<Option<usize>>,
    /// `gazetteer_matches`' candidates and the matches it chose, emptied.
    candidates: Vec<TokenMatch>,
    matches: Vec<TokenMatch>,
}

impl Spare<'_> {
    /// `n` times false, in a kept buffer when there is one.
    fn flags(&mut self, n: usize) -> Vec<bool> {
        let mut flags = self.flags.pop().unwrap_or_default();
        flags.clear();
        flags.resize(n, false);
        flags
    }
}

/// A council or assembly ("Security Council", "General Assembly"): a body
/// that votes on texts.
pub fn is_council_or_assembly(e: &EntityRecord) -> bool {
    e.kind == EntityKind::Organization && (e.name.ends_with("Council") || e.name.ends_with("Assembly"))
}

/// A grouping of states the gazetteer does not know, by its head word
/// ("South Asian Association for Regional Cooperation"): not a body of a
/// state.
fn is_unlisted_grouping(e: &EntityRecord) -> bool {
    const GROUPING_HEADS: &[&str] = &["Association", "Organization", "Organisation", "Community", "Union", "Cooperation", "Alliance", "League", "Group", "Initiative", "Forum", "Pact", "Partnership"];
    e.kind == EntityKind::Organization
        && matches!(e.org_type, OrgType::None | OrgType::Organization)
        && e.affiliation.is_none()
        && GROUPING_HEADS.iter().any(|h| e.name.ends_with(h))
        && GAZETTEER.entry_named(&e.name).is_none()
}

/// Evidence sentences kept per relation and article: enough to show, bounded
/// for huge inputs that repeat themselves.
pub const MAX_EVIDENCE_PER_RELATION: usize = 16;

/// How many mentions back a title with no affiliation in its sentence looks
/// for the one country (or organisation) the text is about.
const RECENT_AFFILIATION_WINDOW: usize = 40;

/// The label and confidence of a relation guessed from two parties named
/// together in a sentence (see `relations::co_mention_rule`).
pub const CO_MENTION_LABEL: &str = "co-mentioned";
pub const CO_MENTION_CONFIDENCE: f32 = 0.25;

/// Words after a capitalised run that show it names a person.
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "stressed", "noted", "wrote", "announced", "stated",
    "explained", "warned", "insisted", "argued", "affirmed", "urged", "confirmed", "tweeted",
    "posted", "met", "visited", "who",
];

/// Head words of event names.
const EVENT_HEADS: &[&str] = &[
    "Summit", "Conference", "Forum", "Dialogue", "Exercise", "Exercises", "Games", "War", "Talks", "Discussions", "Negotiations", "Consultations",
    "Meeting", "Meetings", "Ministerial", "Session", "Olympics", "Drills", "Convention",
    "Congress", "Symposium", "Expo", "Festival",
];

/// Head words of the names of treaties and agreements (organisations whose
/// members are their parties).
pub const TREATY_HEADS: &[&str] = &["Agreement", "Treaty", "Accord", "Accords", "Pact", "Declaration", "Protocol"];

/// Words that open a treaty's name before its remit ("Convention on the Law
/// of the Sea", "Protocol on ...") without ending one.
const TREATY_OPENERS: &[&str] = &["Convention", "Protocol"];

/// Nouns that describe a firm or an agency in apposition ("Belavia, the
/// Belarusian state airline").
const BODY_NOUNS: &[&str] = &[
    "airline", "carrier", "company", "firm", "bank", "lender", "manufacturer", "maker", "producer", "conglomerate", "insurer", "operator",
    "exporter", "refinery", "shipyard", "broadcaster", "agency", "contractor", "supplier", "developer",
    "wing", "league", "militia", "parliament", "legislature", "railway", "railways",
];

/// Head words of organisation names.
const ORG_HEADS: &[&str] = &[
    "Ministry", "Council", "Agency", "Organization", "Organisation", "Union", "Party", "Bank",
    "Fund", "Committee", "Commission", "Office", "Court", "Forces", "Force", "Army", "Navy",
    "Institute", "University", "Association", "Group", "Alliance", "Assembly", "Department",
    "Corporation", "Company", "News", "Guard", "Service", "Administration", "Authority",
    "Parliament", "Senate", "Secretariat", "Centre", "Center", "Foundation", "Federation",
    "Command", "Mission", "Embassy", "Board", "Cabinet", "Government", "Directorate", "Bureau",
    "Front", "Coalition", "Brigades", "Brigade", "Militia", "Times", "Post", "Herald", "Press",
    "Air", "Airlines", "Airways", "Holdings", "Industries", "Cartel", "Trust",
    "Shipping", "Petroleum", "Exchange", "Railways", "Aerospace", "Motors", "Technologies", "Inc",
    "Ltd", "Corp", "LLC", "Holding", "Investments", "Energy", "Logistics", "Initiative", "Triangle",
    "Agreement", "Treaty", "Accord", "Accords", "Pact", "Declaration", "Protocol",
    "Format", "Quartet", "Community", "League", "Movement", "Tribunal", "Programme", "Program",
    "Corps", "Police", "Conclave", "Organ", "Superintendency", "Inspectorate", "Commissariat", "Academy",
    "Mechanism", "System",
];

/// Head words of company names ("Iran Air", "Moscow Exchange").
const COMPANY_HEADS: &[&str] = &[
    "Air", "Airlines", "Airways", "Holdings", "Industries", "Shipping", "Petroleum", "Exchange",
    "Railways", "Aerospace", "Motors", "Technologies", "Inc", "Ltd", "Corp", "LLC", "Corporation",
    "Company", "Group", "Bank", "Holding", "Investments", "Energy", "Logistics", "Limited",
    "Shipbuilders", "Systems",
];

/// Head words of buildings, venues and geographic names ("State
/// Guesthouse", "Addu City"); "Centre" counts only after "Convention" and
/// the like. See also [`LANDMARK_HEADS`].
const PLACE_HEADS: &[&str] = &[
    "Guesthouse", "Hall", "Square", "Stadium", "Airport", "Castle", "Cathedral",
    "Reserve", "Park", "Bridge", "Island", "Islands", "Strait", "Sea", "River", "Valley", "Mountains",
    "City", "Province", "District", "Bay", "Peninsula", "Canal", "Lake", "Shoal", "Reef", "Atoll", "Heights", "Desert",
    "Base", "Delta", "Basin", "Plateau", "House", "Locks", "Dam", "Port", "Pass", "Gulf", "Coast", "Highlands",
];

/// Head words of landmarks ("Élysée Palace", "Jade Emperor Pagoda"):
/// places, and never the end of a person's name even after a title word
/// ("Emperor").
const LANDMARK_HEADS: &[&str] = &["Palace", "Pagoda", "Temple", "Mosque", "Shrine", "Monastery", "Mausoleum", "Museum", "Monument", "Residence", "Cemetery"];

pub fn is_place_head(word: &str) -> bool {
    head_class(word) & (PLACE_HEAD | LANDMARK_HEAD) != 0
}

/// Which of the head-word lists hold a word (bits below), answered by one
/// hash look-up instead of linear scans of the lists at the hot call sites.
const ORG_HEAD: u8 = 1;
const PLACE_HEAD: u8 = 2;
const LANDMARK_HEAD: u8 = 4;
const NON_PERSON_HEAD: u8 = 8;
const EVENT_HEAD: u8 = 16;
const COMPANY_HEAD: u8 = 32;
const NATURAL_PLACE_HEAD: u8 = 64;
static HEAD_CLASSES: std::sync::LazyLock<FxHashMap<&'static str, u8>> = std::sync::LazyLock::new(|| {
    let mut classes: FxHashMap<&'static str, u8> = FxHashMap::default();
    for (list, bit) in [(ORG_HEADS, ORG_HEAD), (PLACE_HEADS, PLACE_HEAD), (LANDMARK_HEADS, LANDMARK_HEAD), (NON_PERSON_HEADS, NON_PERSON_HEAD), (EVENT_HEADS, EVENT_HEAD), (COMPANY_HEADS, COMPANY_HEAD), (NATURAL_PLACE_HEADS, NATURAL_PLACE_HEAD)] {
        for &word in list {
            *classes.entry(word).or_default() |= bit;
        }
    }
    classes
});

fn head_class(word: &str) -> u8 {
    HEAD_CLASSES.get(word).copied().unwrap_or(0)
}

/// Capitalised words that do not start a name.
const NOT_NAMES: &[&str] = &[
    // Headline verbs ("Secretary-General Welcomes Signing of ...").
    "Welcomes", "Condemns", "Commends", "Congratulates", "Urges", "Meets", "Holds", "Signs", "Announces", "Rejects", "Warns", "Reaffirms",
    "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "As", "To", "By",
    "With", "From", "After", "Before", "During", "Since", "Under", "Over", "This", "That",
    "These", "Those", "It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our",
    "I", "You", "Mr", "Ms", "Mrs", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "According", "Meanwhile", "However", "Previously",
    "Regarding", "Finally", "Also", "Both", "When", "While", "If", "Although", "Earlier",
    "Later", "Last", "Next", "Speaking", "Asked", "Source", "Comment", "Read", "More", "Related",
    "There", "Here", "What", "Which", "Who", "Why", "How", "Such", "Some", "Many", "All",
    "Western", "Eastern", "Northern", "Southern", "Several", "Other", "Another", "New", "Joint",
    "Statement", "Photo", "Image", "Video", "Today", "Yesterday", "Tomorrow", "Now", "Then",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Thirteen", "Fourteen", "Fifteen", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds",
    "Thousands", "Dozens", "H.E.", "H.E", "Shri", "Smt", "Hon", "Honourable", "MP", "MEP",
    // UN headline words ("... by Recorded Vote of 121 in Favour").
    "Recorded", "Vote", "Votes", "Abstentions",
    // "the Moroccan Head of Government": a title, no body's name.
    "Head",
];

/// [`NOT_NAMES`] as a set: asked of most capitalised words, often twice.
static NOT_NAME_SET: std::sync::LazyLock<FxHashSet<&'static str>> = std::sync::LazyLock::new(|| NOT_NAMES.iter().copied().collect());

fn is_not_name(word: &str) -> bool {
    NOT_NAME_SET.contains(word)
}

/// Letters written after a name ("the Hon Tanya Plibersek MP"), no part of it.
const POST_NOMINALS: &[&str] = &["MP", "MEP"];

/// Lower-case words allowed inside a person's name ("bin", "de", "van").
pub(super) const NAME_PARTICLES: &[&str] = &["bin", "al", "de", "van", "von", "da", "del", "der", "le", "la", "el", "dos", "di"];

/// Lower-case words allowed inside an organisation or event name.
const NAME_CONNECTORS: &[&str] = &["of", "for", "and", "on", "the", "de"];

/// Descriptions resolved to the most recent organisation.
const ORG_DESCRIPTIONS: &[(&str, Option<OrgType>)] = &[
    ("alliance", Some(OrgType::Alliance)),
    // "the accords", "the treaty": the treaty named last.
    ("accords", Some(OrgType::Treaty)),
    ("accord", Some(OrgType::Treaty)),
    ("treaty", Some(OrgType::Treaty)),
    ("deal", Some(OrgType::Treaty)),
    ("deals", Some(OrgType::Treaty)),
    ("pact", Some(OrgType::Alliance)),
    ("bloc", None),
    ("organization", None),
    ("organisation", None),
    ("grouping", None),
    ("body", None),
    ("union", Some(OrgType::Bloc)),
    ("agency", None),
    ("group", None),
    // Bodies: only one the text named with that head word ("the assembly"
    // after "its Parliamentary Assembly").
    ("assembly", Some(OrgType::Body)),
    ("commission", Some(OrgType::Body)),
    ("secretariat", Some(OrgType::Body)),
    ("council", Some(OrgType::Body)),
    ("ministry", Some(OrgType::Body)),
    // "the Forum": the body named with that head word.
    ("forum", Some(OrgType::Body)),
    // "the league" (Arab League), "the initiative" (Three Seas Initiative).
    ("league", Some(OrgType::Body)),
    ("initiative", Some(OrgType::Body)),
    ("community", Some(OrgType::Body)),
    ("movement", Some(OrgType::Body)),
    // "the Treasury": the Treasury Department named before (see
    // [`FIRST_WORD_DESCRIPTIONS`]).
    ("treasury", Some(OrgType::Body)),
    ("mission", Some(OrgType::Body)),
    ("force", Some(OrgType::Body)),
    // "the mechanism", "that format", "the conclave": the grouping named
    // with that head word ("the Tripartite Cooperation Mechanism").
    ("mechanism", Some(OrgType::Body)),
    ("format", Some(OrgType::Body)),
    ("conclave", Some(OrgType::Body)),
    ("process", Some(OrgType::Body)),
];

/// Description nouns written capitalised that name a body by its first
/// word ("the Treasury" for the Treasury Department), named any time before.
const FIRST_WORD_DESCRIPTIONS: &[&str] = &["Treasury"];

/// Words that make "the ... country" a description of a country.
const COUNTRY_NOUNS: &[&str] = &["country", "nation", "state", "kingdom", "republic", "archipelago"];

/// "the two sides" and the like.
/// Nouns before "of" and a place's name ("the city of Kazan").
pub const SETTLEMENT_NOUNS: &[&str] = &["city", "town", "port", "village", "region", "province", "district", "county", "island", "enclave", "oblast"];

/// Words of a journey before "to" or "in" and where it ends: "will travel
/// to Bulboaca", "arrived in Xiamen".
const TRAVEL_WORDS: &[&str] = &["travel", "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flies", "visit", "visits", "trip", "arrived", "arrive", "arrives", "arriving", "headed", "heading", "journey"];

/// Nouns that a force written in lower case qualifies ("air force chief",
/// "navy corvettes"): no mention of the force itself.
const FORCE_QUALIFIED: &[&str] = &[
    "chief", "chiefs", "commander", "commanders", "head", "spokesman", "spokeswoman", "spokesperson", "officer", "officers", "official", "officials",
    "ship", "ships", "vessel", "vessels", "corvette", "corvettes", "frigate", "frigates", "minesweeper", "destroyer", "destroyers", "submarine",
    "submarines", "base", "bases", "jet", "jets", "aircraft", "helicopter", "helicopters", "drone", "drones", "personnel", "troops", "sailors",
    "soldiers", "unit", "units", "veteran", "veterans",
];

/// Common nouns a firm's or group's name may follow ("parent company
/// Gazprom Neft", "pipeline operator JANAF", "oil group MOL").
const FIRM_NOUNS: &[&str] = &[
    "company", "producer", "operator", "group", "firm", "giant", "lender", "carrier", "conglomerate", "refiner", "miner", "insurer", "airline",
    "manufacturer", "maker", "supplier", "exporter", "shipper", "trader", "contractor", "broadcaster", "newspaper", "daily", "outlet",
];

/// Role nouns in apposition after a person's name ("Naseer Ahmad Faiq,
/// chargé d'affaires of the Permanent Mission").
const APPOSITIVE_ROLES: &[&str] = &[
    "chargé", "charge", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary", "director", "chairman", "chairwoman",
    "deputy", "adviser", "advisor", "commander", "governor", "representative", "head", "chief",
];

/// Words naming which summit a summit in a city was ("the founding summit
/// in Lima").
const SUMMIT_ADJECTIVES: &[&str] = &["founding", "inaugural", "first", "extraordinary", "emergency", "special", "informal"];

/// Words naming a summit of a series by its kind ("the bloc's annual
/// summit").
const SUMMIT_KINDS: &[&str] = &["annual", "ordinary", "regular", "extraordinary", "emergency"];

/// A summit named by its kind alone ("annual summit"): one a later bare
/// "the summit" does not mean.
fn kind_only_summit(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(kind, rest)| rest == "summit" && SUMMIT_KINDS.contains(&kind))
}

/// Words before a place's name: "in Hohhot", "visited Szeged". ("To" is
/// not one: "spoke to Jackson".)
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "from", "via", "into", "across", "around", "toward", "towards", "through", "visited", "visiting", "visit", "visits", "between"];

/// Nouns after a place's name: "the Tavush province", "the Erenhot border
/// port".
const PLACE_NOUNS_AFTER: &[&str] = &[
    "province", "region", "district", "state", "states", "county", "prefecture", "oblast", "governorate", "islands", "island", "city", "port", "ports", "border",
    "municipality", "area",
];

/// Nouns of diplomatic offices ("consulates in Seattle and Boston").
const OFFICE_NOUNS: &[&str] = &["office", "offices", "embassy", "embassies", "consulate", "consulates", "mission", "missions"];

/// Nouns for people that are not titles: a capitalised name right after one
/// is a person ("dissident journalist Roman Protasevich").
const CALLING_NOUNS: &[&str] = &[
    "journalist", "journalists", "activist", "activists", "dissident", "dissidents", "blogger", "bloggers", "reporter", "reporters", "businessman", "businessmen",
    "businesswoman", "tycoon", "tycoons", "oligarch", "oligarchs", "lawmaker", "lawmakers", "politician", "politicians", "spy", "hacker", "diplomat", "diplomats",
    "compatriot", "economist", "academic", "historian", "scholar", "novelist", "writer", "banker", "financier", "magnate", "billionaire", "cleric", "warlord",
    "candidate", "candidates", "challenger", "negotiator", "negotiators", "commander", "militant", "rebel", "critic", "opponent", "scientist", "researcher",
];

/// Nouns for a person's relatives and aides, whose name may follow after a
/// comma ("her son, Laureano Ortega").
pub(super) const KIN_NOUNS: &[&str] = &[
    "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece", "father", "mother", "son-in-law", "brother-in-law", "aide", "adviser", "advisor", "successor",
    "predecessor", "deputy", "lawyer", "bodyguard", "confidant", "girlfriend", "boyfriend", "fiancee", "fiancée", "partner", "colleague",
];

/// Nouns of "the three countries"-like phrases.
const GROUP_NOUNS: &[&str] = &["countries", "members", "nations", "partners", "governments", "allies", "leaders", "states", "juntas", "regimes"];

/// Titles of heads of state or government: who "the two leaders" are.
pub const LEADER_TITLES: &[&str] = &["President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Crown Prince", "Premier", "leader", "General Secretary"];

/// Last words of a minister's remit ("Minister for Home Affairs").
const REMIT_ENDS: &[&str] = &[
    "affairs", "defence", "defense", "finance", "trade", "development", "security", "justice", "health", "education", "energy", "economy", "relations", "cooperation",
    "industry", "commerce", "agriculture", "fisheries", "tourism", "transport", "environment", "communications", "planning", "resources", "infrastructure", "labour", "investment",
    "policy", "operations", "rights", "disarmament", "peacebuilding", "assistance", "enlargement", "migration", "integration", "climate", "partnerships",
];

/// Counted groups of states, from three: "the three countries", "All nine".
const GROUP_SIZES: &[&str] = &["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

const PAIR_NOUNS: &[&str] = &["sides", "countries", "leaders", "nations", "parties", "governments", "ministers", "presidents", "premiers", "delegations", "allies", "neighbours", "neighbors", "heads"];

/// Words of descriptions naming a person by office ("the Japanese leader").
const PERSON_NOUNS: &[&str] = &[
    "leader", "president", "premier", "chancellor", "diplomat", "minister", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "secretary",
];

impl<'a> Article<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            entities: Vec::new(),
            by_id: FxHashMap::default(),
            by_entry: FxHashMap::default(),
            surnames: FxHashMap::default(),
            shared_surnames: FxHashSet::default(),
            namesakes: FxHashMap::default(),
            introduced: FxHashMap::default(),
            introduced_heads: FxHashSet::default(),
            introduced_head_pairs: vec![0; 1024],
            organisations_by_word: FxHashMap::default(),
            acronyms: FxHashMap::default(),
            capitals: BTreeSet::new(),
            relations: Vec::new(),
            co_mentions: Vec::new(),
            stated: ((0, 0), Vec::new()),
            relation_index: FxHashMap::default(),
            last_pair: None,
            first_pair: None,
            last_act_by: None,
            pair_subject: None,
            group_subject: false,
            series_instance: FxHashMap::default(),
            adopting_body: None,
            last_person: None,
            open_office: None,
            subject_person: None,
            subject_actor: None,
            subject_delegation: None,
            groups: Vec::new(),
            leaders_group: None,
            named_groups: Vec::new(),
            grouping_parents: Vec::new(),
            article_year: None,
            dateline_country: None,
            topic_country: None,
            scene_country: None,
            sentences_read: 0,
            clock: 0,
            spare: Spare::default(),
        }
    }

    /// The entity with this canonical name and kind, created on first use.
    pub fn entity(&mut self, name: &str, kind: EntityKind) -> usize {
        let id = slug(name);
        if let Some(&existing) = self.by_id.get(&id) {
            return existing;
        }
        let mut record = EntityRecord {
            id: id.clone(),
            name: name.to_owned(),
            kind,
            org_type: OrgType::None,
            aliases: BTreeSet::new(),
            mentions: Vec::new(),
            affiliation: None,
            continent: String::new(),
            last_seen: 0,
        };
        if let Some(entry) = GAZETTEER.entry_named(name)
            && entry.kind == kind
        {
            record.org_type = entry.org_type;
            record.continent = entry.continent.clone();
        }
        let index = self.entities.len();
        let words = name.split_whitespace().count();
        if kind != EntityKind::Person && (2..=6).contains(&words) && GAZETTEER.entry_named(name).is_none() && name.starts_with(char::is_uppercase) {
            self.introduced.insert(name.to_owned(), index);
            self.introduced_heads.insert(alphanumeric_head(name).to_owned());
            let head = alphanumeric_head(name).as_bytes();
            let pair = usize::from(head.first().copied().unwrap_or(0)) << 8 | usize::from(head.get(1).copied().unwrap_or(0));
            if let Some(bits) = self.introduced_head_pairs.get_mut(pair / 64) {
                *bits |= 1 << (pair % 64);
            }
        }
        self.entities.push(record);
        self.by_id.insert(id, index);
        if kind == EntityKind::Organization {
            self.index_organisation_words(index, name);
        }
        if kind == EntityKind::Person {
            // "Ferdinand Marcos Jr.", "Lloyd J. Austin III": the surname
            // before a generational suffix.
            let mut parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() >= 3 && parts.last().is_some_and(|p| matches!(p.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV")) {
                parts.pop();
            }
            if parts.len() >= 2
                && let Some(last) = parts.last()
            {
                let key = fold_diacritics(last).into_owned();
                if self.surnames.get(&key).is_some_and(|&other| other != index) {
                    self.shared_surnames.insert(key.clone());
                }
                self.namesakes.entry(key.clone()).or_default().push(index);
                self.surnames.entry(key).or_insert(index);
                // "Abdel Fattah al-Sisi" is also "Sisi".
                if let Some((particle, rest)) = last.split_once('-')
                    && matches!(particle.to_lowercase().as_str(), "al" | "el" | "ad" | "as" | "ash" | "at" | "az" | "ben" | "bin" | "ibn")
                    && rest.chars().next().is_some_and(char::is_uppercase)
                {
                    self.surnames.entry(fold_diacritics(rest).into_owned()).or_insert(index);
                }
                // Portuguese and Spanish names go by the word before their
                // particle ("Luiz Inacio Lula da Silva" is "Lula").
                if parts.len() >= 4
                    && let Some(particle) = parts.iter().skip(2).position(|p| matches!(*p, "da" | "de" | "do" | "dos" | "das"))
                    && let Some(before) = parts.get(particle + 1)
                {
                    self.surnames.entry(fold_diacritics(before).into_owned()).or_insert(index);
                }
                // Spanish names carry two surnames and go by the first
                // ("María Ángela Holguín Cuéllar" is "Ms. Holguín"; "Andrés
                // Manuel López Obrador" is "López Obrador" or "López").
                if parts.len() >= 3
                    && let Some(paternal) = parts.get(parts.len() - 2)
                    && paternal.chars().next().is_some_and(char::is_uppercase)
                    && !paternal.ends_with('.')
                    && !is_given_name(paternal)
                {
                    self.surnames.entry(fold_diacritics(paternal).into_owned()).or_insert(index);
                }
                // East Asian order ("Mao Ning", "Xi Jinping"): the family
                // name comes first and is also used alone.
                // ("Sjafrie Sjamsoeddin", "Paetongtarn Shinawatra": an
                // Indonesian or Thai name goes by its first word, one that
                // is no common given name.)
                if parts.len() == 2
                    && let Some(first) = parts.first()
                    && (first.chars().count() <= 4 || !is_given_name(first) && !first.ends_with('.'))
                {
                    self.surnames.entry(fold_diacritics(first).into_owned()).or_insert(index);
                }
            }
        }
        index
    }

    /// The country a demonym shared by two states means ("Congolese"): the
    /// gazetteer's first unless only the other is named in the article.
    fn demonym_country(&self, entry: usize) -> usize {
        let Some(country) = GAZETTEER.entry(entry) else { return entry };
        if country.demonym.is_none() || self.by_id.contains_key(&slug(&country.name)) {
            return entry;
        }
        GAZETTEER
            .entries
            .iter()
            .position(|other| other.kind == EntityKind::Country && other.demonym == country.demonym && other.name != country.name && self.by_id.contains_key(&slug(&other.name)))
            .unwrap_or(entry)
    }

    /// The entity for a gazetteer entry (by index), created on first use.
    fn gazetteer_entity(&mut self, entry: usize) -> Option<usize> {
        if let Some(&index) = self.by_entry.get(&entry) {
            return Some(index);
        }
        let key = entry;
        let entry = GAZETTEER.entry(key)?;
        let index = self.entity(&entry.name, entry.kind);
        if entry.kind != EntityKind::Event {
            self.by_entry.insert(key, index);
        }
        if let Some(country) = entry.country
            && let Some(country_entry) = GAZETTEER.entry(country)
        {
            // (A person's affiliation may be an organisation: Guterres and
            // the United Nations.)
            let country_index = self.entity(&country_entry.name, country_entry.kind);
            if let Some(record) = self.entities.get_mut(index)
                && record.affiliation.is_none()
            {
                record.affiliation = Some(country_index);
            }
        }
        Some(index)
    }

    /// Records a relation, merging with an earlier statement of it.
    #[allow(clippy::too_many_arguments)]
    pub fn relate(
        &mut self,
        view: &SentenceView<'_>,
        subject: usize,
        object: usize,
        kind: RelationKind,
        label: Option<String>,
        negated: bool,
        modality: Modality,
        date: Option<&FoundDate>,
        confidence: f32,
    ) {
        // (A ministry's spokesperson speaks for the state: "Chinese foreign
        // ministry spokesman Guo Jiakun" holds office in China.)
        // ("the U.S. State Department's senior adviser for Africa": an
        // adviser of a state's department serves the state too.)
        let object = if kind == RelationKind::HoldsOffice && label.as_deref().is_some_and(|l| l.starts_with("spokes") || l.ends_with("adviser")) {
            let is_country = |e: usize| self.entities.get(e).is_some_and(|e| e.kind == EntityKind::Country);
            self.relations
                .iter()
                .find(|r| r.kind == RelationKind::PartOf && r.subject == object && is_country(r.object))
                .map(|r| r.object)
                .or_else(|| self.entities.get(object).filter(|e| e.kind == EntityKind::Organization).and_then(|e| e.affiliation).filter(|&c| is_country(c)))
                .unwrap_or(object)
        } else {
            object
        };
        if subject == object {
            return;
        }
        let (a, b) = if kind.is_symmetric() && object < subject {
            (object, subject)
        } else {
            (subject, object)
        };
        let key = (a, b, kind, negated);
        let sentence = (view.start, view.end);
        if let Some(&existing) = self.relation_index.get(&key) {
            let mut stated = false;
            if let Some(record) = self.relations.get_mut(existing) {
                if record.sentences.len() < MAX_EVIDENCE_PER_RELATION && !record.sentences.contains(&sentence) {
                    record.sentences.push(sentence);
                }
                stated = record.sentences.contains(&sentence);
                if record.date.is_none()
                    && let Some(date) = date
                {
                    record.date = Some(date.written.clone());
                    record.date_iso = date.iso(self.article_year);
                }
                record.confidence = record.confidence.max(confidence);
                if record.label.is_none() {
                    record.label = label;
                }
            }
            if stated {
                self.note_stated(sentence, existing);
            }
            return;
        }
        self.note_stated(sentence, self.relations.len());
        self.relation_index.insert(key, self.relations.len());
        self.relations.push(RelationRecord {
            subject,
            object,
            kind,
            label,
            negated,
            modality,
            date: date.map(|d| d.written.clone()),
            date_iso: date.and_then(|d| d.iso(self.article_year)),
            sentences: vec![sentence],
            confidence,
        });
    }

    /// Looks for a full date with a year ("May 24, 2023") to date the article.
    pub fn infer_year(&mut self, view: &SentenceView<'_>) {
        if self.article_year.is_some() {
            return;
        }
        if let Some(date) = view
            .dates
            .iter()
            .find(|d| d.year.is_some() && d.month.is_some() && d.day.is_some())
        {
            self.article_year = date.year;
        }
    }

    /// Takes back the buffers of a sentence done with, for the next.
    pub fn recycle(&mut self, mut view: SentenceView<'a>) {
        view.tokens.clear();
        self.spare.tokens = view.tokens;
        for word in view.lower.drain(..) {
            if let std::borrow::Cow::Owned(owned) = word {
                self.spare.strings.push(owned);
            }
        }
        self.spare.lower = view.lower;
        self.spare.flags.push(view.capitalised);
        view.mentions.clear();
        self.spare.mentions = view.mentions;
    }

    /// Tokenises and finds the mentions of the sentence at `start..end`.
    pub fn read_sentence(&mut self, start: usize, end: usize) -> SentenceView<'a> {
        // (The buffers of the last sentence, handed back by `recycle`, are
        // filled again: no allocation per sentence once they are large
        // enough.)
        let mut tokens = std::mem::take(&mut self.spare.tokens);
        tokenize(self.text, start..end, &mut tokens);
        let mut lower = std::mem::take(&mut self.spare.lower);
        lower.clear();
        lower.reserve(tokens.len());
        let mut capitalised = self.spare.flags(0);
        for t in &tokens {
            let word = self.text.get(t.start..t.end).unwrap_or("");
            // (An ASCII first letter is answered from its byte.)
            capitalised.push(
                t.kind == TokenKind::Word
                    && match self.text.as_bytes().get(t.start) {
                        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
                        None => false,
                    },
            );
            // (Plain ASCII, the common case, is read byte by byte, in one
            // pass: of it only '`' has a typographic fold.)
            // (One table look-up per byte: bit 1 an ASCII capital, bit 2 a
            // byte that is not plain ASCII or is '`'.)
            let flags = word.as_bytes().iter().fold(0u8, |acc, &b| acc | LOWER_BYTE_FLAGS[usize::from(b)]);
            let ascii = flags & 2 == 0;
            let upper = flags & 1 != 0;
            if ascii && !upper || !ascii && word.chars().all(|c| norm_char(c) == c && !c.is_ascii_uppercase()) {
                lower.push(std::borrow::Cow::Borrowed(word));
            } else {
                let mut owned = self.spare.strings.pop().unwrap_or_default();
                owned.clear();
                if ascii {
                    owned.push_str(word);
                    owned.make_ascii_lowercase();
                } else {
                    owned.extend(word.chars().map(|c| norm_char(c).to_ascii_lowercase()));
                }
                lower.push(std::borrow::Cow::Owned(owned));
            }
        }
        let dates = find_dates(self.text, &tokens);
        let mut view = SentenceView {
            text: self.text,
            start,
            end,
            tokens,
            lower,
            capitalised,
            mentions: std::mem::take(&mut self.spare.mentions),
            dates,
            pair_phrases: Vec::new(),
            delegations: Vec::new(),
        };
        self.infer_year(&view);
        self.find_mentions(&mut view);
        view
    }

    fn find_mentions(&mut self, view: &mut SentenceView<'_>) {
        let matches = gazetteer_matches(view, &mut self.spare);
        let n = view.len();
        let mut covered = self.spare.flags(n);
        let mut mentions: Vec<Mention> = std::mem::take(&mut view.mentions);
        mentions.clear();
        let starts = MatchStarts::new(&matches, n, std::mem::take(&mut self.spare.starts));
        let date_tokens = DateTokens::new(view, self.spare.flags(n));

        // The dateline opens one of the first sentences: a city in capitals
        // (or a country) before a comma, a dash or the agency.
        if self.sentences_read < 4
            && self.dateline_country.is_none()
            && let Some(first) = matches.iter().find(|m| m.first == 0)
            && view.word(0).chars().filter(|c| c.is_alphabetic()).count() >= 3
            && view.word(0).chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
            && (view.is_punct(first.last + 1, ',') || view.is_punct(first.last + 1, '-') || view.is_punct(first.last + 1, '('))
        {
            self.dateline_country = match *first.target {
                Target::Name(e) => GAZETTEER.entry(e).and_then(|x| if x.kind == EntityKind::Country { Some(e) } else { x.country }),
                Target::Capital { country, .. } => Some(country),
                _ => None,
            }
            .and_then(|c| self.gazetteer_entity(c));
        }

        // A named body of one state written for another: "Congress of the
        // Philippines", "Senate of Colombia" is that state's own body.
        for m in &matches {
            let Target::Name(e) = *m.target else { continue };
            let Some(entry) = GAZETTEER.entry(e).filter(|x| x.org_type == OrgType::Government) else {
                continue;
            };
            // ("Peru's Congress", "the Peruvian Congress": the same, with
            // the state written before.)
            let state_before = self.state_written_before(view, &matches, m.first).filter(|(x, _)| matches!(*x.target, Target::Name(_) | Target::Demonym(_))).map(|(x, c)| (x.first, x.last, c));
            if entry.country.is_some()
                && let Some((first, state_last, state)) = state_before.filter(|&(_, _, c)| entry.country != Some(c))
                && let Some(body_name) = entry.name.split(' ').next_back().filter(|_| !entry.name.contains(' ')).map(str::to_owned)
                && let Some((body, country)) = self.government_body(state, &body_name, None)
            {
                mentions.push(Mention { first, last: m.last, entity: body, role: Role::Plain });
                mentions.push(Mention { first, last: state_last, entity: country, role: Role::Affiliation });
                for c in covered.iter_mut().take(m.last + 1).skip(first) {
                    *c = true;
                }
                self.relate(view, body, country, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
                continue;
            }
            if !view.is(m.last + 1, "of") {
                continue;
            }
            let at = m.last + 2 + usize::from(view.is(m.last + 2, "the"));
            let Some(state) = starts.get(&at).and_then(|&k| matches.get(k)).and_then(|x| country_of_target(x.target).map(|c| (x.first, x.last, c))) else {
                continue;
            };
            if entry.country == Some(state.2) || !matches!(starts.get(&at).and_then(|&k| matches.get(k)).map(|x| &x.target), Some(Target::Name(_))) {
                continue;
            }
            let name = view.span_text(m.first, state.1).to_owned();
            let body = self.entity(&name, EntityKind::Organization);
            let Some(country) = self.gazetteer_entity(state.2) else { continue };
            if let Some(record) = self.entities.get_mut(body) {
                record.affiliation = Some(country);
                record.org_type = OrgType::Government;
            }
            mentions.push(Mention { first: m.first, last: state.1, entity: body, role: Role::Plain });
            mentions.push(Mention { first: state.0, last: state.1, entity: country, role: Role::Affiliation });
            for c in covered.iter_mut().take(state.1 + 1).skip(m.first) {
                *c = true;
            }
            self.relate(view, body, country, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
        }

        // Government bodies with their country.
        for m in &matches {
            let Target::GenericBody { body } = &m.target else {
                continue;
            };
            // "Myanmar's air force chief", "a Japanese navy minesweeper": a
            // force written in lower case before a noun only qualifies it.
            if body.starts_with(char::is_lowercase) && view.is_any(m.last + 1, FORCE_QUALIFIED) {
                continue;
            }
            // ("The Congolese army": the Congo the text names.)
            let state_match = self.state_written_before(view, &matches, m.first);
            let country = state_match.map(|(x, c)| (x.first, c));
            let after_of = if view.is(m.last + 1, "of") {
                let skip = usize::from(view.is(m.last + 2, "the"));
                starts
                    .get(&(m.last + 2 + skip))
                    .and_then(|&i| matches.get(i))
                    .and_then(|x| country_of_target(x.target).map(|c| (x.last, c)))
            } else {
                None
            };
            // "the foreign ministry in Port Sudan": the ministry of the
            // state whose city is named, seated there.
            let seated_in = if country.is_none() && after_of.is_none() && m.first >= 1 && view.is(m.first - 1, "the") && view.is(m.last + 1, "in") {
                starts.get(&(m.last + 2)).and_then(|&k| matches.get(k)).and_then(|x| match *x.target {
                    Target::Capital { place, country } => Some((place, country)),
                    Target::Name(e) => GAZETTEER.entry(e).filter(|p| p.kind == EntityKind::Place).and_then(|p| p.country).map(|c| (e, c)),
                    _ => None,
                })
            } else {
                None
            };
            if let Some((place, state)) = seated_in {
                if let Some((body_index, country_index)) = self.government_body(state, body, None)
                    && let Some(place_index) = self.gazetteer_entity(place)
                {
                    mentions.push(Mention { first: m.first, last: m.last, entity: body_index, role: Role::Plain });
                    for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                        *c = true;
                    }
                    self.relate(view, body_index, country_index, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
                    self.relate(view, body_index, place_index, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
                }
                continue;
            }
            let (country_entry, first, last) = match (country, after_of) {
                (Some((first, c)), _) => (c, first, m.last),
                (None, Some((last, c))) => (c, m.first, last),
                _ => continue,
            };
            // "Indonesia's Ministry of Energy and Mineral Resources": a remit
            // written on past the generic name keeps the written name.
            let mut remit_end = m.last;
            // ("Sri Lanka's Ministry of Foreign Affairs and Nepal's Ministry
            // of Tourism": not a remit, another state's body.)
            // ("... and Viet Nam's Ministry": a state of two words.)
            if first < m.first && view.is(m.last + 1, "and") && view.is_capitalised(m.last + 2) && !covered.get(m.last + 2).copied().unwrap_or(true) {
                let mut end = m.last + 2;
                while view.is_capitalised(end + 1) && !covered.get(end + 1).copied().unwrap_or(true) {
                    end += 1;
                }
                if !(m.last + 2..=end + 1).any(|t| view.is_possessive(t)) {
                    remit_end = end;
                }
            }
            let written = (remit_end > m.last).then(|| view.span_text(m.first, remit_end).to_owned());
            let Some((body_index, country_index)) = self.government_body(country_entry, body, written.as_deref()) else {
                continue;
            };
            // "Ethiopia's Ministry of Finance": also known as the "Ministry
            // of Finance of Ethiopia" and the "Ethiopian Ministry of Finance".
            let surface = view.span_text(m.first, remit_end);
            if surface.starts_with("Ministry of ")
                && let Some(country) = GAZETTEER.entry(country_entry)
                && let Some(record) = self.entities.get_mut(body_index)
            {
                record.aliases.insert(surface.to_owned());
                record.aliases.insert(format!("{surface} of {}", country.name));
                record.aliases.insert(format!("{} {surface}", country.demonym.as_deref().unwrap_or(&country.name)));
            }
            let last = last.max(remit_end);
            mentions.push(Mention { first, last, entity: body_index, role: Role::Plain });
            let country_first = if first < m.first { first } else { m.last + 2 };
            let country_last = if first < m.first { state_match.map_or(first, |(x, _)| x.last) } else { last };
            mentions.push(Mention {
                first: country_first,
                last: country_last,
                entity: country_index,
                role: Role::Affiliation,
            });
            for c in covered.iter_mut().take(last + 1).skip(first) {
                *c = true;
            }
            self.relate(view, body_index, country_index, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
        }

        // Before titles, so that "Secretary-General of the International
        // Maritime Organization (IMO)" finds its organisation.
        self.find_acronym_definitions(view, &matches, &mut mentions, &mut covered);

        // Titles followed by a name: "Prime Minister Fumio Kishida".
        for m in &matches {
            let Target::Title { label, country: implied_country } = &m.target else {
                continue;
            };
            if covered.get(m.first).copied().unwrap_or(true) {
                continue;
            }
            // "accompanied by Deputy Prime Minister and Foreign Minister Prak
            // Sokhonn": the first of two offices joined before one name is
            // no name itself.
            if view.is(m.last + 1, "and")
                && view.is_capitalised(m.first)
                && matches.iter().any(|x| x.first == m.last + 2 && matches!(*x.target, Target::Title { .. }) && view.is_capitalised(x.last + 1))
            {
                for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                    *c = true;
                }
                continue;
            }
            // ("Kim Yo Jong, the North Korean leader's sister": the leader's
            // relative, who holds no such office.)
            if view.is_possessive(m.last + 1) && view.is_any(m.last + 2, KIN_NOUNS) {
                continue;
            }
            let title_is_lower = view.word(m.first).chars().next().is_some_and(char::is_lowercase);
            // The affiliation before the title: "Japanese", "NATO", "Japan's",
            // or a body found above ("Chinese Foreign Ministry").
            // Skip capitalised words of a longer title ("Indian External
            // Affairs Minister") that the list does not know.
            let mut title_first = m.first;
            while title_first > 0
                && title_first + 3 > m.first
                && view.is_capitalised(title_first - 1)
                && !view.is(title_first - 1, "its")
                && !is_not_name(view.word(title_first - 1))
                && !covered.get(title_first - 1).copied().unwrap_or(true)
                && !matches.iter().any(|x| x.last == title_first - 1)
            {
                title_first -= 1;
            }
            // "Egypt's intelligence chief, Hassan Rashad": a lower-case title
            // may have a word or two of remit between it and its state.
            if title_is_lower
                && title_first == m.first
                && let Some(p) = (m.first.saturating_sub(3)..m.first).rev().find(|&t| view.is_possessive(t))
                && (p + 1..m.first).all(|t| view.word(t).chars().all(char::is_lowercase) && !view.is_any(t, &["the", "a", "and", "of", "to", "in", "for"]))
            {
                title_first = p + 1;
            }
            // "EU foreign affairs spokesperson Anitta Hipper": remit words
            // between a named body or state and a lower-case title.
            if title_is_lower && title_first == m.first {
                let mut q = m.first;
                while q > 0 && m.first - q < 3 && view.is_any(q - 1, &["foreign", "affairs", "policy", "defence", "defense", "security", "deputy", "chief", "senior", "top", "trade", "principal"]) {
                    q -= 1;
                }
                if q < m.first && q >= 1 && (mentions.iter().any(|x| x.last == q - 1 && x.role == Role::Plain) || matches.iter().any(|x| x.last == q - 1 && self.affiliation_of_target(x.target).is_some())) {
                    title_first = q;
                }
            }
            let before = title_first.checked_sub(1);
            let possessive = before.is_some_and(|b| view.is_possessive(b));
            let affiliation_end = if possessive { before.and_then(|b| b.checked_sub(1)) } else { before };
            let mut affiliation = affiliation_end.and_then(|b| {
                mentions
                    .iter()
                    .find(|x| x.last == b && x.role == Role::Plain)
                    .map(|x| (x.first, x.entity, true))
                    .or_else(|| {
                        matches
                            .iter()
                            .find(|x| x.last == b)
                            .and_then(|x| self.affiliation_of_target(x.target).map(|e| (x.first, e, false)))
                    })
            });
            // "The representative of Barbados said her country's Prime
            // Minister, Mia Mottley,": the delegation's state.
            if affiliation.is_none()
                && possessive
                && let Some(b) = affiliation_end.filter(|&b| b >= 1 && view.is(b, "country") && view.is_any(b - 1, &["his", "her"]))
                && let Some(state) = (0..b.saturating_sub(3))
                    .rev()
                    .filter(|&t| view.is_any(t, &["representative", "delegate", "ambassador"]) && view.is(t + 1, "of"))
                    .find_map(|t| starts.get(&(t + 2 + usize::from(view.is(t + 2, "the")))).and_then(|&k| matches.get(k)))
                    .and_then(|x| self.affiliation_of_target(x.target))
            {
                affiliation = Some((b - 1, state, true));
            }
            // "the Treasury's under secretary": a body named before by its
            // first word (descriptions are read after titles).
            if affiliation.is_none()
                && possessive
                && let Some(b) = affiliation_end.filter(|&b| b >= 1 && view.is(b - 1, "the") && FIRST_WORD_DESCRIPTIONS.contains(&view.word(b)))
                && let Some(body) = self.recent_entity(|e| e.kind == EntityKind::Organization && e.name.strip_prefix(view.word(b)).is_some_and(|rest| rest.starts_with(' ')))
            {
                mentions.push(Mention { first: b - 1, last: b, entity: body, role: Role::Affiliation });
                for c in covered.iter_mut().take(b + 1).skip(b - 1) {
                    *c = true;
                }
                affiliation = Some((b - 1, body, true));
            }
            // "National Assembly President Jorge Rodriguez": a legislature's
            // or court's office, named with no state beside it.
            if affiliation.is_none()
                && !possessive
                && let Some(b) = m.first.checked_sub(1).filter(|&b| matches!(view.word(b), "Assembly" | "Parliament" | "Senate" | "Congress" | "Court" | "Council" | "Commission" | "Tribunal"))
                && let Some(first) = matches
                    .iter()
                    .find(|x| x.last == b && matches!(*x.target, Target::GenericBody { .. }))
                    .map(|x| x.first)
                    // (A name no gazetteer knows: "Constitutional Court".)
                    .or_else(|| (b.saturating_sub(3)..b).find(|&k| (k..=b).all(|t| view.is_capitalised(t) && !matches.iter().any(|y| y.first <= t && t <= y.last)) && !is_not_name(view.word(k))))
                && !first.checked_sub(1).is_some_and(|p| matches.iter().any(|y| y.last == p) || view.is_possessive(p) || view.is_capitalised(p))
            {
                let name = view.span_text(first, b).to_owned();
                affiliation = Some((first, self.entity(&name, EntityKind::Organization), false));
            }
            // "Assembly President Annalena Baerbock": a body the text named
            // before by its head word alone.
            if affiliation.is_none()
                && !possessive
                && let Some(b) = m.first.checked_sub(1).filter(|&b| matches!(view.word(b), "Assembly" | "Parliament" | "Council" | "Commission" | "Court"))
                && !(b >= 1 && (view.is_capitalised(b - 1) || view.is_possessive(b - 1)))
                && !covered.get(b).copied().unwrap_or(true)
                && let Some(body) = self.body_by_head(view.word(b))
            {
                affiliation = Some((b, body, false));
            }
            // "The Secretary-General's Special Envoy": the United Nations'.
            if affiliation.is_none()
                && let Some(b) = affiliation_end.filter(|_| possessive)
                && let Some(first) = if view.is(b, "secretary-general") { Some(b) } else { (b >= 2 && view.is(b, "general") && view.is(b - 2, "secretary")).then(|| b - 2) }
                && let Some(un) = GAZETTEER.index_named("United Nations").and_then(|e| self.gazetteer_entity(e))
            {
                affiliation = Some((first, un, false));
            }
            // "the group's leader, Gen. X", "the bloc's foreign policy chief":
            // the organisation the description fits, named before it in the
            // sentence, else the one of that sort the text names most (the
            // last named is too often another body).
            if affiliation.is_none()
                && title_is_lower
                && let Some(b) = affiliation_end.filter(|&b| possessive && b >= 1 && view.is(b - 1, "the"))
                && view.is_any(b, &["group", "movement", "militia", "organisation", "organization", "party", "alliance", "bloc", "force", "forces"])
                && let noun = view.lower(b)
                && let Some(org) = mentions
                    .iter()
                    .filter(|x| x.last < b && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| fits_group_noun(noun, e)))
                    .max_by_key(|x| x.last)
                    .map(|x| x.entity)
                    // (A name the text defined before, "the ELN", is not a
                    // mention yet: found by its words.)
                    .or_else(|| {
                        (0..b).rev().filter(|&t| view.is_capitalised(t)).find_map(|t| {
                            let word = view.word(t);
                            self.entities.iter().position(|e| e.last_seen > 0 && fits_group_noun(noun, e) && (e.name == word || e.aliases.contains(word)))
                        })
                    })
                    .or_else(|| {
                        self.entities
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| e.last_seen > 0 && fits_group_noun(noun, e))
                            .max_by_key(|(_, e)| (e.mentions.len(), e.last_seen))
                            .map(|(k, _)| k)
                    })
            {
                affiliation = Some((b - 1, org, true));
            }
            // "Its foreign minister, Bendito Freitas": the country named
            // last, in this sentence or before it (or the organisation, for
            // offices other than ministers').
            if affiliation.is_none()
                && title_is_lower
                && let Some(b) = before.filter(|&b| view.is(b, "its"))
            {
                let ministerial = contains_word_part(label, "minister") || label.contains("diplomat");
                // ("The Dominican Republic, which borders Haiti, sent its
                // foreign minister": not a state inside a closed relative
                // clause.)
                let in_relative_clause = |x: &TokenMatch| {
                    (0..x.first).rev().find(|&t| view.is_punct(t, ',')).is_some_and(|t| view.is_any(t + 1, &["which", "who", "whose"]) && (x.last + 1..b).any(|k| view.is_punct(k, ',')))
                };
                let in_sentence = matches
                    .iter()
                    .filter(|x| x.last < b && !in_relative_clause(x))
                    .filter_map(|x| country_of_target(x.target))
                    .next_back()
                    .and_then(|c| self.gazetteer_entity(c));
                // ("Eritrea, which fought a war with Ethiopia, did not send a
                // delegation. Its information minister ...": opening a
                // sentence, the last one's subject.)
                let fits = |e: usize| self.entities.get(e).is_some_and(|e| e.kind == EntityKind::Country || !ministerial && e.kind == EntityKind::Organization);
                let last_subject = self.subject_actor.filter(|&e| b == 0 && fits(e) && self.entities.get(e).is_some_and(|r| self.clock.saturating_sub(r.last_seen) < 8));
                affiliation = in_sentence
                    .or(last_subject)
                    .or_else(|| self.recent_entity(|e| e.kind == EntityKind::Country || !ministerial && e.kind == EntityKind::Organization))
                    .map(|e| (b, e, true));
            }
            // "Hungary, whose prime minister, Viktor Orban, ...": the state
            // or body before the relative pronoun.
            if affiliation.is_none()
                && let Some(b) = before.filter(|&b| b >= 2 && view.is(b, "whose") && view.is_punct(b - 1, ','))
                && let Some(e) = matches.iter().find(|x| x.last + 2 == b).and_then(|x| self.affiliation_of_target(x.target))
            {
                affiliation = Some((b, e, true));
            }
            // "handed the presidency to Saint Vincent and the Grenadines,
            // represented by Prime Minister Ralph Gonsalves", "Bosnia and
            // Herzegovina was represented at the Tirana meeting by Foreign
            // Minister Elmedin Konakovic": the state the office holder
            // stands for.
            if affiliation.is_none()
                && let Some(b) = before.filter(|&b| view.is(b, "by"))
                && let Some(represented) = (b.saturating_sub(8)..b).find(|&t| view.is(t, "represented") && t >= 2 && (view.is_any(t - 1, &["was", "is", "were", "are", "be"]) || t + 1 == b && view.is_punct(t - 1, ',')))
                && !(represented + 1..b).any(|t| view.is_punct(t, ','))
                && let Some(e) = matches.iter().find(|x| x.last + 2 == represented).and_then(|x| country_of_target(x.target)).and_then(|c| self.gazetteer_entity(c))
            {
                affiliation = Some((b, e, true));
            }
            // "Uganda, whose army ..., sent Defence Minister Jacob Oboth
            // Oboth to the talks": the state opening the sentence sent its
            // own minister.
            if affiliation.is_none()
                && let Some(b) = before.filter(|&b| view.is_any(b, &["sent", "sends", "dispatched"]))
                && let Some(e) = matches.iter().filter(|x| x.last < b).min_by_key(|x| x.first).filter(|x| x.first == 0 || x.first == 1 && view.is(0, "the")).and_then(|x| match *x.target {
                    Target::Name(c) if GAZETTEER.entry(c).is_some_and(|g| g.kind == EntityKind::Country) => Some(c),
                    Target::Capital { country, .. } => Some(country),
                    _ => None,
                }).and_then(|c| self.gazetteer_entity(c))
            {
                affiliation = Some((b, e, true));
            }
            // "Sheinbaum said her foreign minister, X": the state of the
            // person the pronoun names (this sentence's, else the last).
            // ("the efforts of Secretary-General X and of his Personal Envoy,
            // Y": an office named in capitals, with the holder after a comma,
            // is in the owner's body too.)
            if affiliation.is_none()
                && (title_is_lower || view.is_punct(m.last + 1, ','))
                && let Some(b) = before.filter(|&b| view.is_any(b, &["his", "her"]))
                && let Some(state) = mentions
                    .iter()
                    .filter(|x| x.last < b && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Person))
                    .max_by_key(|x| x.last)
                    .map(|x| x.entity)
                    .or(self.last_person)
                    .and_then(|p| self.entities.get(p))
                    .and_then(|p| p.affiliation)
                    .filter(|&state| self.entities.get(state).is_some_and(|e| e.kind == EntityKind::Country || !title_is_lower && e.kind == EntityKind::Organization))
            {
                affiliation = Some((b, state, true));
            }
            // The name after the title, possibly after "of COUNTRY".
            // "President-elect Donald Trump": the office to be taken, then
            // the name.
            let elect = view.is_punct(m.last + 1, '-') && view.is_any(m.last + 2, &["elect", "designate"]);
            let elected_label;
            let label = if elect {
                elected_label = format!("{label}-{}", view.lower(m.last + 2));
                &elected_label
            } else {
                label
            };
            let mut name_start = m.last + 1 + if elect { 2 } else { 0 };
            let affiliation_before = affiliation.is_some();
            if affiliation.is_none() && (view.is(name_start, "of") || view.is(name_start, "for") && title_is_lower) {
                let skip = usize::from(view.is(name_start + 1, "the"));
                // ("spokesman for the ruling State Administration Council".)
                let skip = skip + usize::from(skip == 1 && view.is_any(name_start + 2, &["ruling", "governing", "military", "interim", "transitional"]));
                // A body found above ("the Chinese Foreign Ministry") is
                // longer than the demonym it starts with.
                let body_there = mentions.iter().any(|x| x.first == name_start + 1 + skip && x.last > x.first && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Organization));
                if !body_there
                    && let Some(x) = starts.get(&(name_start + 1 + skip)).and_then(|&i| matches.get(i))
                    && let Some(e) = self.affiliation_of_target(x.target)
                {
                    // "the Secretary General of the Pacific Islands Forum
                    // Secretariat, Baron Waqa": an organ named with its
                    // body, then the holder after a comma.
                    let organ_end = x.last + 1;
                    let organ = matches!(view.word(organ_end), "Secretariat" | "Commission")
                        && view.is_punct(organ_end + 1, ',')
                        && self.entities.get(e).is_some_and(|r| r.kind == EntityKind::Organization)
                        && GAZETTEER.entry_named(view.span_text(x.first, organ_end)).is_none();
                    let organ_entity = if organ { self.entity(view.span_text(x.first, organ_end), EntityKind::Organization) } else { e };
                    if organ_entity != e {
                        // ("... at the Secretariat's headquarters": known by
                        // its head word later in this sentence.)
                        let clock = self.clock.max(1);
                        if let Some(record) = self.entities.get_mut(organ_entity) {
                            record.last_seen = record.last_seen.max(clock);
                        }
                        self.relate(view, organ_entity, e, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
                        affiliation = Some((x.first, organ_entity, true));
                        // (Named in full as before this rule: a party of the
                        // sentence, "the Secretariat" later.)
                        mentions.push(Mention { first: x.first, last: organ_end, entity: organ_entity, role: Role::Plain });
                        mentions.push(Mention { first: x.first, last: x.last, entity: e, role: Role::Inner });
                        name_start = organ_end + 1;
                    } else {
                        affiliation = Some((x.first, e, true));
                        mentions.push(Mention { first: x.first, last: x.last, entity: e, role: Role::Affiliation });
                        name_start = x.last + 1;
                    }
                } else if let Some(x) = starts.get(&(name_start + 1 + skip)).and_then(|&i| matches.get(i))
                    && let Target::Name(e) = *x.target
                    && GAZETTEER.entry(e).is_some_and(|p| p.kind == EntityKind::Place)
                    && !is_envoy_title(label)
                    && let Some(region) = self.gazetteer_entity(e)
                {
                    // "Zeljka Cvijanovic, president of Republika Srpska": an
                    // office of a region or city.
                    affiliation = Some((x.first, region, true));
                    mentions.push(Mention { first: x.first, last: x.last, entity: region, role: Role::Affiliation });
                    name_start = x.last + 1;
                } else if let Some(x) = mentions
                    .iter_mut()
                    .find(|x| x.first == name_start + 1 + skip && x.role == Role::Plain)
                    .filter(|x| self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Organization))
                {
                    // "the spokeswoman of the Russian Foreign Ministry"
                    affiliation = Some((x.first, x.entity, true));
                    x.role = Role::Affiliation;
                    name_start = x.last + 1;
                } else if let Some(x) = starts
                    .get(&(name_start + 1 + skip))
                    .and_then(|&i| matches.get(i))
                    // ("the President of the Chamber of Deputies, Arthur Lira".)
                    .filter(|x| view.is_capitalised(x.last + 1) || view.is_punct(x.last + 1, ',') && view.is_capitalised(x.last + 2))
                    && let Target::GenericBody { body } = &x.target
                    && let Some(state) = matches
                        .iter()
                        .find_map(|x| match *x.target {
                            Target::Capital { country, .. } => Some(country),
                            Target::Name(e) => GAZETTEER.entry(e).filter(|p| p.kind == EntityKind::Place).and_then(|p| p.country),
                            _ => None,
                        })
                        .or_else(|| self.recent_entity(|e| e.kind == EntityKind::Country).and_then(|e| self.entities.get(e)).and_then(|e| GAZETTEER.index_named(&e.name)))
                    && let Some((body, country)) = self.government_body(state, body, None)
                {
                    // "Chairman of the National Assembly Vuong Dinh Hue": the
                    // body of the state a place of the sentence lies in, else
                    // of the state last named.
                    self.relate(view, body, country, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
                    affiliation = Some((x.first, body, true));
                    mentions.push(Mention { first: x.first, last: x.last, entity: body, role: Role::Affiliation });
                    name_start = x.last + 1;
                }
            }
            // "Angola's Minister of External Relations, Téte António", "the
            // Minister of Foreign Affairs and International Cooperation,
            // Mulambo Haimbe": the rest of the office's remit, written out
            // with no state or body in it, then the name after a comma.
            let mut remit_end = None;
            // "The Minister of Foreign and European Affairs of the Slovak
            // Republic, Juraj Blanár", "the Deputy Prime Minister and
            // Minister of Foreign Affairs of Viet Nam, Bui Thanh Son": a
            // remit, then the state after "of", then the name.
            if affiliation.is_none()
                && view.is_any(name_start, &["of", "and"])
                && view.is_capitalised(name_start + 1)
                && let Some((of, x, e)) = (name_start + 2..name_start + 8)
                    .take_while(|&k| view.is_capitalised(k) || view.is_any(k, &["and", "of"]))
                    .filter(|&k| view.is(k, "of") && view.is_capitalised(k - 1))
                    .find_map(|k| {
                        let x = starts.get(&(k + 1 + usize::from(view.is(k + 1, "the")))).and_then(|&i| matches.get(i))?;
                        let e = self.affiliation_of_target(x.target)?;
                        (view.is_punct(x.last + 1, ',') && person_name_end(view, past_honorific(view, x.last + 2), &starts, &matches, &date_tokens).is_some()).then_some((k, x, e))
                    })
            {
                affiliation = Some((x.first, e, true));
                mentions.push(Mention { first: x.first, last: x.last, entity: e, role: Role::Affiliation });
                remit_end = Some(of - 1);
                name_start = x.last + 1;
            }
            // "Mr. Ayman Safadi" after a comma is the holder of a title
            // opening the phrase, not of one in apposition to a name before
            // it ("Dr. Badr Abdelatty, Minister of Foreign Affairs ... of
            // Egypt, Mr. Ayman Safadi, ...": a list of named ministers).
            let title_apposed = title_first >= 2 && view.is_punct(title_first - 1, ',') && view.is_capitalised(title_first - 2);
            let honorific = |t: usize| if title_apposed { t } else { past_honorific(view, t) };
            if remit_end.is_none() && view.is_any(name_start, &["of", "and"]) && view.is_capitalised(name_start + 1) {
                let mut t = name_start + 1;
                while t < name_start + 8 && (view.is_capitalised(t) || view.is_any(t, &["and", "of", "the"])) {
                    t += 1;
                }
                let names_someone = |t: usize| {
                    starts.get(&t).and_then(|&k| matches.get(k)).is_some_and(|x| match *x.target {
                        Target::Title { .. } | Target::GenericBody { .. } => false,
                        Target::Name(e) => GAZETTEER.entry(e).is_some_and(|e| e.kind != EntityKind::Person),
                        _ => true,
                    })
                };
                if t > name_start + 1
                    && view.is_capitalised(t - 1)
                    && view.is_punct(t, ',')
                    && !(name_start + 1..t).any(names_someone)
                    && person_name_end(view, honorific(t + 1), &starts, &matches, &date_tokens).is_some_and(|end| !view.is(end + 1, "and"))
                {
                    remit_end = Some(t - 1);
                    name_start = t;
                }
            }
            // (A one-word title takes its remit into the label: "Minister
            // of External Relations".)
            let remit_label;
            let label = match remit_end {
                Some(end) if !label.contains(' ') => {
                    remit_label = view.span_text(m.first, end).to_owned();
                    &remit_label
                }
                _ => label,
            };
            // "the Minister of Foreign Affairs, Foreign Trade and
            // Immigration of Belize, Francis Fonseca": more remits of the
            // office, and its state, between the title and the name.
            if view.is_punct(name_start, ',') {
                let mut t = name_start + 1;
                while t < name_start + 5 && view.is_capitalised(t) {
                    t += 1;
                }
                if t > name_start + 1 && view.is(t, "and") && view.is_capitalised(t + 1) {
                    let mut u = t + 1;
                    while u < t + 10 && (view.is_capitalised(u) || view.is_any(u, &["of", "the"])) {
                        u += 1;
                    }
                    let state = (t + 1..u).filter(|&k| view.is(k, "of")).find_map(|k| starts.get(&(k + 1 + usize::from(view.is(k + 1, "the")))).and_then(|&x| matches.get(x))).filter(|x| x.last + 1 == u);
                    // ("..., African Cooperation and Moroccan Expatriates,
                    // Mr. Nasser Bourita": a remit naming the state's people.)
                    let state = state.or_else(|| (name_start + 1..u).find_map(|k| starts.get(&k).and_then(|&x| matches.get(x))).filter(|x| matches!(*x.target, Target::Demonym(_)) && x.last < u));
                    let state = state.and_then(|x| self.affiliation_of_target(x.target).map(|e| (x.first, x.last, e)));
                    if view.is_punct(u, ',') && view.is_capitalised(u + 1) && person_name_end(view, honorific(u + 1), &starts, &matches, &date_tokens).is_some() {
                        if affiliation.is_none()
                            && let Some((first, last, e)) = state
                        {
                            affiliation = Some((first, e, true));
                            mentions.push(Mention { first, last, entity: e, role: Role::Affiliation });
                        }
                        name_start = u;
                        remit_end = Some(u - 1);
                    }
                }
            }
            // "The current Secretary-General, Golam Sarwar": a title opened
            // by "the" and an adjective or two, then the name.
            // ("The Council requested the Secretary-General, António
            // Guterres,": only the words after that "the" count.)
            let the_title = (title_first.saturating_sub(3)..title_first)
                .rev()
                .find(|&t| view.is(t, "the"))
                .is_some_and(|the| (the + 1..title_first).all(|t| view.word(t).chars().all(char::is_lowercase) || view.is_punct(t, ',')));
            if view.is_punct(name_start, ',') && affiliation.is_none() && the_title && !view.is_any(name_start + 1, &["who", "which", "the", "a"]) {
                name_start += 1;
            }
            // "The EU's Special Representative for the Sahel, João
            // Cravinho": a brief written out, then the name.
            let mut brief_named = false;
            // ("the Undersecretary for Latin America and the Caribbean,
            // Maximiliano Reyes,": the same with no state written, when a
            // name closed by a comma follows.)
            if view.is(name_start, "for") && (affiliation.is_some() || m.first >= 1 && view.is(m.first - 1, "the")) {
                let mut t = name_start + 1 + usize::from(view.is(name_start + 1, "the"));
                while t < name_start + 9 && (view.is_capitalised(t) || view.is_any(t, &["and", "of", "the"])) {
                    t += 1;
                }
                let named = affiliation.is_some() || person_name_end(view, t + 1, &starts, &matches, &date_tokens).is_some_and(|end| end > t + 1 && view.is_punct(end + 1, ','));
                if t > name_start + 1 && view.is_capitalised(t - 1) && view.is_punct(t, ',') && view.is_capitalised(t + 1) && named {
                    name_start = t;
                    brief_named = affiliation.is_none();
                }
            }
            // "Fiji's Minister for Home Affairs Pio Tikoduadua": a remit
            // ending in a ministry's word, then the name with no comma.
            if view.is(name_start, "for") && !brief_named {
                let mut t = name_start + 1;
                while t < name_start + 7 && (view.is_capitalised(t) || view.is_any(t, &["and", "of", "the"])) && !view.is_any(t, REMIT_ENDS) {
                    t += 1;
                }
                // ("for Foreign Affairs and Trade".)
                while view.is_any(t, REMIT_ENDS) && view.is(t + 1, "and") && view.is_any(t + 2, REMIT_ENDS) {
                    t += 2;
                }
                // ("for Foreign Affairs and Security Policy": a remit of two
                // such words.)
                while view.is_any(t + 1, REMIT_ENDS) && view.is_capitalised(t + 1) {
                    t += 1;
                }
                if t > name_start + 1 && view.is_any(t, REMIT_ENDS) && view.is_capitalised(t) && view.is_capitalised(t + 1) && !view.is_any(t + 1, &["and", "of"]) {
                    name_start = t + 1;
                }
            }
            // "the Special Envoy of the Secretary-General for Yemen, Hans
            // Grundberg": the brief of an office whose title places it.
            if affiliation.is_none()
                && view.is(name_start, "for")
                && let Some(office_of) = implied_country.and_then(|c| self.gazetteer_entity(c))
                && let Some(brief) = starts.get(&(name_start + 1)).and_then(|&k| matches.get(k))
                // ("... for Central Asia and Head of UNRCCA, Kaha Imnadze": a
                // second office after "and".)
                && let Some(comma) = if view.is_punct(brief.last + 1, ',') {
                    Some(brief.last + 1)
                } else if view.is(brief.last + 1, "and") && view.is_capitalised(brief.last + 2) {
                    (brief.last + 2..brief.last + 10).find(|&t| !(view.is_capitalised(t) || view.is_any(t, &["of", "the", "for"]) || view.is_punct(t, '-'))).filter(|&t| view.is_punct(t, ','))
                } else {
                    None
                }
            {
                name_start = comma;
                affiliation = Some((m.first, office_of, true));
            }
            // "its foreign minister, X", "the Prime Minister of the Republic
            // of Poland, Donald Tusk".
            // (A long title, "Kenya's Cabinet Secretary for Foreign Affairs,
            // Musalia Mudavadi", may take its name after a comma too.)
            // ("The United Nations Secretary-General, Antonio Guterres,": a
            // name closed by another comma.)
            // ("... and the United States Special Envoy, Steve Witkoff.": or
            // by the sentence's end.)
            // "the President of Sierra Leone and Chairman of the ECOWAS
            // Authority, Julius Maada Bio": a second office of a named body
            // between the first and the name.
            let mut second_office: Option<(String, usize, usize)> = None;
            if affiliation.is_some()
                && view.is(name_start, "and")
                && view.is_capitalised(name_start + 1)
                && let Some(comma) = (name_start + 2..(name_start + 12).min(view.len())).find(|&t| !(view.is_capitalised(t) || view.is_any(t, &["of", "the", "for"]) || view.is_punct(t, '-')))
                && view.is_punct(comma, ',')
                && let Some(of) = (name_start + 2..comma).find(|&t| view.is(t, "of"))
                && let Some(body) = matches.iter().find(|x| x.first > of && x.last < comma && (x.last + 1..comma).all(|t| view.is_capitalised(t)) && matches!(*x.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|g| g.kind == EntityKind::Organization)))
                && person_name_end(view, honorific(comma + 1), &starts, &matches, &date_tokens).is_some()
            {
                // ("the ECOWAS Authority": a body of the listed one, named
                // with it.)
                second_office = Some((view.span_text(name_start + 1, of - 1).to_owned(), body.first, comma - 1));
                name_start = comma;
            }
            // ("..., Mr. Nasser Bourita,": past an honorific.)
            let name_after_comma = honorific(name_start + 1);
            let closed_name = person_name_end(view, name_after_comma, &starts, &matches, &date_tokens).is_some_and(|end| view.is_punct(end + 1, ',') || view.is_punct(end + 1, '.') && end + 2 >= view.len());
            // ("Minister of Foreign Affairs, Foreign Employment and Tourism":
            // more remits of the office, listed, not a name.)
            let remit_list = {
                let mut t = name_start + 1;
                while view.is_capitalised(t) {
                    t += 1;
                }
                t > name_start + 1 && view.is(t, "and") && view.is_capitalised(t + 1)
            };
            if view.is_punct(name_start, ',') && (affiliation.is_some() || brief_named) && !remit_list && !(title_apposed && view.is_any(name_start + 1, &["mr", "ms", "mrs", "dr"])) && (brief_named || title_is_lower || !affiliation_before || m.last >= m.first + 3 || remit_end.is_some() || closed_name) {
                name_start += 1;
                // "its leader, General Brice Oligui Nguema": a rank before
                // the name.
                if let Some(rank) = starts.get(&name_start).and_then(|&k| matches.get(k)).filter(|x| matches!(*x.target, Target::Title { .. }))
                    && view.is_capitalised(rank.last + 1)
                {
                    name_start = rank.last + 1;
                }
            }
            // "Its first director was Magnús Jóhannesson": a copula between
            // an office and its holder.
            // ("its Executive Secretary since 2021 has been Elias Magosi":
            // over a date and a perfect.)
            let copula = {
                let mut t = name_start;
                while t < name_start + 4 && (view.is(t, "since") || date_tokens.contains(&t)) {
                    t += 1;
                }
                if view.is_any(t, &["has", "had"]) && view.is(t + 1, "been") { t + 1 } else { t }
            };
            if view.is_any(copula, &["was", "is", "been"])
                && (copula == name_start || !view.is(copula, "is") && !view.is(copula, "was"))
                && view.is_capitalised(copula + 1)
                && (title_first.saturating_sub(3)..title_first).any(|t| view.is_any(t, &["its", "the", "their"]))
            {
                name_start = copula + 1;
            }
            // "U.S. Ambassador to the United Nations Linda Thomas-Greenfield":
            // the post the envoy is sent to, between the title and the name.
            // ("China's ambassador in Wellington, Wang Xiaolong": where the
            // envoy serves.)
            if view.is_any(name_start, &["to", "in"])
                && is_envoy_title(label)
                && let Some(posted) = starts.get(&(name_start + 1)).or_else(|| starts.get(&(name_start + 2)).filter(|_| view.is(name_start + 1, "the"))).and_then(|&k| matches.get(k))
            {
                // ("Britain's ambassador to the United Nations, Barbara
                // Woodward": after a comma when the state is written.)
                if view.is_capitalised(posted.last + 1) {
                    name_start = posted.last + 1;
                } else if affiliation.is_some() && view.is_punct(posted.last + 1, ',') && view.is_capitalised(posted.last + 2) {
                    name_start = posted.last + 2;
                }
            }
            // "the Prime Minister of Tuvalu, the Hon Kausea Natano", "...,
            // Senator the Hon Penny Wong": the honorific before the name.
            if view.is(name_start, "senator") && view.is(name_start + 1, "the") && view.is_any(name_start + 2, &["hon", "honourable"]) {
                name_start += 1;
            }
            if view.is(name_start, "the") && view.is_any(name_start + 1, &["hon", "honourable"]) && view.is_capitalised(name_start + 2) {
                name_start += 2;
            }
            // ("the Rt Hon Christopher Luxon", "the Right Honourable X".)
            if view.is(name_start, "the") && view.is_any(name_start + 1, &["rt", "right"]) {
                let mut t = name_start + 2 + usize::from(view.is_punct(name_start + 2, '.'));
                if view.is_any(t, &["hon", "honourable"]) {
                    t += 1 + usize::from(view.is_punct(t + 1, '.'));
                    if view.is_capitalised(t) {
                        name_start = t;
                    }
                }
            }
            // "the President of the Republic of Fiji, His Excellency Ratu
            // Naiqama Lalabalavu": a style before the name.
            if view.is_any(name_start, &["his", "her"]) && view.is(name_start + 1, "excellency") && view.is_capitalised(name_start + 2) {
                name_start += 2;
            }
            // "External Affairs Minister Dr. S. Jaishankar": an honorific
            // between the title and the name.
            name_start = past_honorific(view, name_start);
            // "Prime Minister Datuk Seri Anwar Ibrahim", "Sir Keir Starmer":
            // honours written before the name.
            // ("UAE President Sheikh Mohamed bin Zayed": "Sheikh" before a
            // name of two words or more; "Sheikh Hasina" is a name.)
            while view.is_any(name_start, &["datuk", "seri", "sri", "tun", "sir", "dame"]) && view.is_capitalised(name_start) && view.is_capitalised(name_start + 1)
                || view.is(name_start, "tan") && view.is(name_start + 1, "sri")
                || view.is_any(name_start, &["sheikh", "sheikha", "shaikh"]) && view.is_capitalised(name_start) && view.is_capitalised(name_start + 1) && (view.is_capitalised(name_start + 2) || view.is_any(name_start + 2, &["bin", "bint", "al", "ibn"]))
            {
                name_start += 1;
            }
            let name_end = person_name_end(view, name_start, &starts, &matches, &date_tokens);
            // An appositive before the title: "Josep Borrell, the EU's
            // foreign policy chief", "Robert Wood, Deputy Representative of
            // the United States".
            let appositive = if name_end.is_none() {
                let lead = affiliation.filter(|_| !view.is(title_first, "of")).map_or(title_first, |(f, _, _)| f.min(title_first));
                // ("Barack Obama, the 44th president of the United States".)
                let lead = if lead > 0 && (view.is_any(lead - 1, &["former", "acting", "current", "then", "incoming", "outgoing", "interim", "new"]) || is_ordinal(view.lower(lead - 1))) { lead - 1 } else { lead };
                // ("Massad Boulos, the U.S. State Department's senior
                // adviser": the state written before the body.)
                let lead = matches.iter().find(|x| x.last + 1 == lead && x.first >= 1 && view.is(x.first - 1, "the") && country_of_target(x.target).is_some()).map_or(lead, |x| x.first);
                let lead = if lead > 0 && view.is_any(lead - 1, &["the", "a", "an", "its", "their"]) { lead - 1 } else { lead };
                // ("Ursula von der Leyen is the President of the European
                // Commission": the same, as a predicate.)
                let copula = |t: usize| view.is_any(t, &["is", "was", "became", "becomes", "remains", "remained"]);
                // ("His wife, Rosario Murillo, is Nicaragua's vice president":
                // the name closed by a comma before the copula.)
                let closed = |c: usize| if copula(c) && c >= 1 && view.is_punct(c - 1, ',') { c - 1 } else { c };
                lead.checked_sub(1).filter(|&comma| view.is_punct(comma, ',') || copula(comma)).map(closed).and_then(|comma| {
                    // "The EU's foreign policy chief, Kaja Kallas, a former
                    // Estonian prime minister,": a person found already.
                    let found = mentions
                        .iter()
                        .find(|x| x.last + 1 == comma && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Person))
                        .map(|x| (x.first, x.last));
                    found.or_else(|| appositive_name(view, comma, &covered, &matches, &self.surnames))
                })
            } else {
                None
            };
            if affiliation.is_none()
                && (name_end.is_some() || appositive.is_some())
                && let Some(country) = implied_country.and_then(|c| self.gazetteer_entity(c))
            {
                affiliation = Some((m.first, country, true));
            }
            let person = if let Some((first, last)) = appositive {
                let person = self.person_at(view, first, last, &matches);
                mentions.push(Mention { first, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(first) {
                    *c = true;
                }
                for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                    *c = true;
                }
                Some(person)
            } else if let Some(last) = name_end {
                // A monarch goes by title and one name ("Sultan Ibrahim",
                // "King Charles III"), not to be confused with a surname.
                let royal = matches!(label.as_str(), "King" | "Queen" | "Sultan" | "Emir" | "Crown Prince" | "Prince" | "Pope")
                    && m.last + 1 == name_start
                    && (last == name_start || last == name_start + 1 && view.word(last).chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
                let (first, name) = if royal { (m.first, view.span_text(m.first, last).to_owned()) } else { (name_start, view.span_text(name_start, last).to_owned()) };
                // "Secretary Blinken", "President Biden": a lone surname
                // after a title is the one known office holder who has it.
                let known_surname = (first == last && !self.surnames.contains_key(fold_diacritics(view.word(first)).as_ref()))
                    .then(|| GAZETTEER.person_by_surname(view.word(first)))
                    .flatten();
                let person = if royal {
                    self.entity(&name, EntityKind::Person)
                } else if let Some(entry) = known_surname
                    && let Some(known) = self.gazetteer_entity(entry)
                {
                    known
                } else {
                    self.person_at(view, first, last, &matches)
                };
                mentions.push(Mention { first, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(m.first) {
                    *c = true;
                }
                Some(person)
            } else if view.is(m.first.wrapping_sub(if affiliation.is_some_and(|(f, _, _)| f < m.first) { 2 } else { 1 }), "the")
                || affiliation.is_some_and(|_| possessive)
                // "Prime Minister thanked President Prabowo": a readout's
                // bare title opening a sentence.
                || m.first == 0 && affiliation.is_none() && view.word(m.last + 1).chars().next().is_some_and(char::is_lowercase)
            {
                // "the Japanese leader", "Japan's prime minister" without a
                // name: the latest person serving that affiliation.
                // "the President" alone: the last sentence's subject when
                // that office is theirs, else its latest holder.
                // An envoy is no minister: "Iran's ambassador" is one known
                // to hold that office, if any.
                let envoy = is_envoy_title(label);
                let person = match affiliation {
                    // ("the Paraguayan foreign minister" after Paraguay's
                    // president was named: the one holding that office.)
                    // ("the Cambodian leader": its head of state or
                    // government, not a minister named after him.)
                    Some((_, e, _)) if label == "leader" => self.recent_person_of(e, |k| LEADER_TITLES.iter().any(|l| self.holds_label(k, l))).or_else(|| self.recent_person_of(e, |_| true)),
                    Some((_, e, _)) => self.recent_person_of(e, |k| self.holds_label(k, label)).or_else(|| self.recent_person_of(e, |_| true).filter(|_| !envoy)),
                    None => self.subject_person.filter(|&p| self.holds_label(p, label)).or_else(|| self.recent_holder_of(label)),
                };
                let Some(person) = person else {
                    // "Day-to-day work is led by the Secretary General.": an
                    // office of a body named with no holder, what a
                    // following "has held the post" means.
                    if label.contains("Secretary") && label.contains("General") || label.starts_with("Director") || label.starts_with("Executive Secretary") || label.starts_with("Chair") {
                        self.open_office = Some((label.clone(), affiliation.map(|(_, organisation, _)| organisation)));
                    }
                    continue;
                };
                // "the President of Russia": the title, then its state; the
                // phrase opens with "the", not with the word before it.
                let opening = |at: usize| if at >= 1 && view.is_any(at - 1, &["the", "a", "an"]) { at - 1 } else { at };
                let (first, last) = match affiliation {
                    Some((f, _, _)) if f > m.last => (opening(m.first), name_start.saturating_sub(1).max(m.last)),
                    _ => (opening(affiliation.map_or(m.first, |(f, _, _)| f)), m.last),
                };
                mentions.push(Mention { first, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(first) {
                    *c = true;
                }
                // With the state written, the office is stated too — for the
                // person who already holds it, or one with no other office.
                let other_office = self.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == person && r.label.as_deref() != Some(label.as_str()));
                (affiliation.is_some() && !matches!(label.as_str(), "leader" | "head") && !other_office).then_some(person)
            } else if let Some(as_at) = (m.first.saturating_sub(2)..m.first).find(|&t| view.is(t, "as") && (t + 1 == m.first || view.is(t + 1, "the")))
                && affiliation.is_some_and(|(f, _, _)| f > m.last)
            {
                // "commended President Lourenço for his leadership as
                // Chairperson of SADC": the person named just before holds
                // the office (not "his counterpart", who is someone else).
                let counterpart = (as_at.saturating_sub(8)..as_at).any(|t| view.is_any(t, &["counterpart", "successor", "predecessor"]));
                mentions
                    .iter()
                    .filter(|x| x.last < as_at && x.last + 8 >= as_at && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Person))
                    .max_by_key(|x| x.last)
                    .map(|x| x.entity)
                    .filter(|_| !counterpart)
            } else if view.word(m.first).len() >= 2 && view.word(m.first).chars().all(|c| c.is_ascii_uppercase()) {
                // An abbreviated title standing for its holder ("EAM
                // co-chaired", "the PM said"): the person last named with
                // that office.
                if let Some(person) = self.recent_holder_of(label) {
                    mentions.push(Mention { first: m.first, last: m.last, entity: person, role: Role::Plain });
                    for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                        *c = true;
                    }
                }
                None
            } else {
                None
            };
            // "chief of staff to UN Secretary-General Antonio Guterres",
            // "adviser to Brazilian President Lula": the body or state of
            // the one served (an envoy "to" a state is posted there instead).
            if affiliation.is_none()
                && view.is(m.last + 1, "to")
                && !is_envoy_title(label)
                && let Some(x) = starts.get(&(m.last + 2 + usize::from(view.is(m.last + 2, "the")))).and_then(|&k| matches.get(k))
                && (matches!(*x.target, Target::Demonym(_)) || matches!(*x.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Organization)))
                && view.is_capitalised(x.last + 1)
                && let Some(served) = self.affiliation_of_target(x.target)
            {
                affiliation = Some((usize::MAX, served, true));
            }
            // A title with no affiliation written beside it ("President
            // Ferdinand R. Marcos Jr."): the person's known affiliation, else
            // the country (or, for offices of organisations, the
            // organisation) the sentence or the text just before is about.
            if affiliation.is_none()
                && let Some(person) = person
            {
                let known = self.entities.get(person).and_then(|e| e.affiliation);
                // A lone unknown surname is too thin to guess from context.
                let full_name = self.entities.get(person).is_some_and(|e| e.name.contains(' '));
                // ("spokesman for the ruling State Administration Council":
                // a body not yet known is named; no guess from context.)
                let names_body = view.is_any(m.last + 1, &["of", "for"]) && (m.last + 2..=m.last + 4).any(|t| view.is_capitalised(t));
                // ("Trump's senior adviser Jared Kushner": an adviser serves
                // a person; no state is guessed.)
                let names_body = names_body || label.contains("adviser");
                // "President Hichilema was accompanied by the Minister of
                // Foreign Affairs, Mulambo Haimbe": a companion serves the
                // state of the one accompanied.
                // ("He was accompanied by ...": the person the sentence
                // before was about.)
                let companion_of = (title_first.saturating_sub(3)..title_first)
                    .find(|&t| t >= 1 && view.is(t, "by") && view.lower(t - 1).starts_with("accompan"))
                    .and_then(|by| {
                        mentions
                            .iter()
                            .filter(|x| x.last + 1 < by && x.role == Role::Plain && self.entities.get(x.entity).is_some_and(|e| e.kind == EntityKind::Person))
                            .max_by_key(|x| x.last)
                            .map(|x| x.entity)
                            .or_else(|| if view.is_any(0, &["he", "she"]) { self.subject_person.or(self.last_person) } else { None })
                    })
                    .and_then(|x| self.entities.get(x))
                    .and_then(|x| x.affiliation)
                    .filter(|&state| self.entities.get(state).is_some_and(|e| e.kind == EntityKind::Country));
                let known = known.or(companion_of);
                // "Its secretariat is in Gaborone, and its Executive
                // Secretary has been Elias Magosi": an office of a body, in
                // an entry about one, is the body's.
                let its_office = matches!(label.as_str(), "Executive Secretary" | "Secretary General" | "Director General" | "Director" | "Chairperson" | "Chair" | "Commissioner")
                    && title_first >= 1
                    && view.is(title_first - 1, "its");
                let known = known.or_else(|| if its_office { self.topic_organisation() } else { None });
                let context = known.or_else(|| if full_name && !names_body { self.context_affiliation(view, (person, name_start..=name_end.unwrap_or(name_start)), label, m.first, &matches, &mentions) } else { None });
                affiliation = context.map(|e| (usize::MAX, e, true));
            }
            if let (Some(person), Some((first, organisation, from_mention))) = (person, affiliation) {
                if !from_mention {
                    let last = affiliation_end.unwrap_or(first);
                    mentions.push(Mention { first, last, entity: organisation, role: Role::Affiliation });
                    // (Every word: "African Union Commission chairperson"
                    // leaves no "Union Commission" to be read as a name.)
                    for c in covered.iter_mut().take(last.max(first) + 1).skip(first) {
                        *c = true;
                    }
                } else if let Some(x) = mentions.iter_mut().find(|x| x.entity == organisation && x.first == first) {
                    x.role = Role::Affiliation;
                }
                // "the Japanese leader" names no office; "Gabon's leader,
                // General X" does.
                let named = name_end.is_some() || appositive.is_some();
                // "Carlos Ramos, the head of the Bolivarian Intelligence
                // Service": heading a named body is an office; "the head of
                // state" of a country is said with the title itself.
                let heads_body = label == "head" && named && self.entities.get(organisation).is_some_and(|e| e.kind == EntityKind::Organization);
                let label = if (label == "leader" && !named) || label == "head" && !heads_body { None } else { Some(label.clone()) };
                if label.is_some() {
                    if let Some(record) = self.entities.get_mut(person)
                        && record.affiliation.is_none()
                    {
                        record.affiliation = Some(organisation);
                    }
                    self.relate(view, person, organisation, RelationKind::HoldsOffice, label, false, Modality::Asserted, None, 0.9);
                }
            }
            if let (Some(person), Some((label, first, last))) = (person, second_office.take()) {
                let body = match matches.iter().find(|x| x.first == first && x.last == last).map(|x| x.target) {
                    Some(&Target::Name(entry)) => self.gazetteer_entity(entry),
                    _ => {
                        let body = self.entity(view.span_text(first, last), EntityKind::Organization);
                        // (Part of the listed body its name opens with.)
                        if let Some(&Target::Name(parent)) = matches.iter().find(|x| x.first == first).map(|x| x.target)
                            && let Some(parent) = self.gazetteer_entity(parent)
                        {
                            mentions.push(Mention { first, last: first, entity: parent, role: Role::Inner });
                            self.relate(view, body, parent, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
                        }
                        Some(body)
                    }
                };
                if let Some(body) = body {
                    if !mentions.iter().any(|x| x.entity == body && x.first == first) {
                        mentions.push(Mention { first, last, entity: body, role: Role::Plain });
                    }
                    self.relate(view, person, body, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, None, 0.8);
                }
            }
        }

        // Plural titles: "Foreign Ministers Sergei Lavrov and Hakan Fidan",
        // "Russian and Turkish Foreign Ministers A and B", "Presidents A and
        // B of X and Y". Each holder takes the state written for it, in
        // order; with none written, the one already known for the person,
        // else none (a guess between two sides is as often wrong as right).
        for m in &matches {
            let Target::PluralTitle { label } = &m.target else {
                continue;
            };
            if covered.get(m.first).copied().unwrap_or(true) {
                continue;
            }
            let state_at = |first: usize| -> Option<&TokenMatch> { matches.iter().find(|x| x.first == first).filter(|x| country_of_target(x.target).is_some()) };
            let state_ending = |last: usize| -> Option<&TokenMatch> { matches.iter().find(|x| x.last == last).filter(|x| country_of_target(x.target).is_some()) };
            // "the prime ministers of A, B and C, X, Y and Z (respectively)":
            // the states first, then the names in the same order.
            let mut at = m.last + 1;
            let mut leading_states: Vec<&TokenMatch> = Vec::new();
            if view.is(at, "of") {
                let mut next = at + 1;
                while let Some(x) = state_at(next + usize::from(view.is(next, "the"))) {
                    leading_states.push(x);
                    at = x.last + 1;
                    let Some(after) = next_list_item(view, x.last) else { break };
                    next = after;
                }
                if leading_states.is_empty() {
                    continue;
                }
            }
            at += usize::from(view.is_punct(at, ','));
            // Each name, with the state written right after it ("Donald Tusk
            // of Poland, Petr Fiala of the Czech Republic and ...").
            let mut names: Vec<(usize, usize)> = Vec::new();
            let mut own_states: Vec<Option<&TokenMatch>> = Vec::new();
            while let Some(last) = person_name_end(view, at, &starts, &matches, &date_tokens) {
                names.push((at, last));
                // Not "A and B of France and Germany": a list of states after
                // the last name is for all of them.
                let own = view
                    .is(last + 1, "of")
                    .then(|| state_at(last + 2 + usize::from(view.is(last + 2, "the"))))
                    .flatten()
                    .filter(|x| next_list_item(view, x.last).is_none_or(|next| state_at(next + usize::from(view.is(next, "the"))).is_none()));
                own_states.push(own);
                let Some(next) = next_list_item(view, own.map_or(last, |x| x.last)) else { break };
                at = next;
            }
            if names.len() < 2 || !leading_states.is_empty() && leading_states.len() != names.len() {
                // ("In the presence of the two Prime Ministers, the
                // following documents were signed": a description of
                // people, no one's name.)
                if names.is_empty() && m.first >= 1 && view.is_any(m.first - 1, &["two", "both"]) && view.is_punct(m.last + 1, ',') {
                    for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                        *c = true;
                    }
                }
                continue;
            }
            // States written before the title ("Russian and Turkish"), after
            // it ("of A and B, X and Y") or after the names ("of Russia and
            // Turkey").
            let mut states: Vec<&TokenMatch> = leading_states;
            let mut back = m.first.checked_sub(1);
            while let Some(b) = back
                && let Some(x) = state_ending(b)
            {
                states.insert(0, x);
                back = x.first.checked_sub(1).filter(|&p| view.is(p, "and") || view.is_punct(p, ',')).and_then(|p| p.checked_sub(1));
            }
            if states.is_empty()
                && let Some(&(_, last_name)) = names.last()
                && view.is(last_name + 1, "of")
            {
                let mut next = last_name + 2;
                while let Some(x) = state_at(next + usize::from(view.is(next, "the"))) {
                    states.push(x);
                    let Some(after) = next_list_item(view, x.last) else { break };
                    next = after;
                }
            }
            let by_order = states.len() == names.len();
            for (k, &(first, last)) in names.iter().enumerate() {
                let person = self.person_at(view, first, last, &matches);
                mentions.push(Mention { first, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(first) {
                    *c = true;
                }
                let own = own_states.get(k).copied().flatten();
                let written = own.or_else(|| states.get(k).copied().filter(|_| by_order)).and_then(|x| {
                    let country = country_of_target(x.target).and_then(|c| self.gazetteer_entity(c))?;
                    mentions.push(Mention { first: x.first, last: x.last, entity: country, role: Role::Affiliation });
                    for c in covered.iter_mut().take(x.last + 1).skip(x.first) {
                        *c = true;
                    }
                    Some(country)
                });
                let Some(state) = written.or_else(|| self.entities.get(person).and_then(|e| e.affiliation)) else {
                    continue;
                };
                if let Some(record) = self.entities.get_mut(person)
                    && record.affiliation.is_none()
                {
                    record.affiliation = Some(state);
                }
                self.relate(view, person, state, RelationKind::HoldsOffice, Some(label.clone()), false, Modality::Asserted, None, 0.9);
            }
            for c in covered.iter_mut().take(m.last + 1).skip(m.first) {
                *c = true;
            }
        }

        // "his Indonesian counterpart Prabowo Subianto", "her counterpart
        // from Japan, Yoko Kamikawa": the person holds, for that state, the
        // office of the one whose counterpart they are.
        for at in 1..n {
            if !view.is_any(at, &["counterpart", "counterparts"]) || covered.get(at).copied().unwrap_or(true) {
                continue;
            }
            let before = matches.iter().find(|x| x.last + 1 == at).and_then(|x| self.affiliation_of_target(x.target).map(|e| (x.first, x.last, e)));
            let after = if view.is_any(at + 1, &["from", "of", "in"]) {
                let skip = usize::from(view.is(at + 2, "the"));
                starts.get(&(at + 2 + skip)).and_then(|&k| matches.get(k)).and_then(|x| self.affiliation_of_target(x.target).map(|e| (x.first, x.last, e)))
            } else {
                None
            };
            let Some((state_first, state_last, state)) = before.or(after) else {
                continue;
            };
            let mut name_start = if after.is_some() { state_last + 1 } else { at + 1 };
            if view.is_punct(name_start, ',') {
                name_start += 1;
            }
            let Some(name_last) = person_name_end(view, name_start, &starts, &matches, &date_tokens) else {
                continue;
            };
            let person = self.person_at(view, name_start, name_last, &matches);
            mentions.push(Mention { first: name_start, last: name_last, entity: person, role: Role::Plain });
            mentions.push(Mention { first: state_first, last: state_last, entity: state, role: Role::Affiliation });
            for c in covered.iter_mut().take(name_last + 1).skip(state_first.min(at)) {
                *c = true;
            }
            // The office is the one held by the person this sentence named
            // before the counterpart.
            let label = self
                .stated_in((view.start, view.end))
                .rev()
                .find(|r| r.kind == RelationKind::HoldsOffice)
                .and_then(|r| r.label.clone());
            if let Some(record) = self.entities.get_mut(person)
                && record.affiliation.is_none()
            {
                record.affiliation = Some(state);
            }
            self.relate(view, person, state, RelationKind::HoldsOffice, label, false, Modality::Asserted, None, 0.8);
        }

        // Honorifics: "Mr. Kishida".
        for i in 0..n {
            if covered.get(i).copied().unwrap_or(true) || !matches!(view.lower(i), "mr" | "ms" | "mrs" | "dr" | "mr." | "ms." | "mrs." | "dr." | "madam") {
                continue;
            }
            let mut name_start = i + 1;
            if view.is_punct(name_start, '.') {
                name_start += 1;
            }
            if let Some(last) = person_name_end(view, name_start, &starts, &matches, &date_tokens) {
                let person = self.person_at(view, name_start, last, &matches);
                mentions.push(Mention { first: i, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(i) {
                    *c = true;
                }
            }
        }

        // "the Gulf of Aden": a place's short name opening a longer one.
        let matches: Vec<TokenMatch> = matches
            .into_iter()
            .filter(|m| {
                let place = matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Place));
                !(place && view.is(m.last + 1, "of") && view.is_capitalised(m.last + 2))
            })
            .collect();
        // "Collective Security Council", "National Security Council", "Peace
        // and Security Council": a known body's name inside a longer one
        // the list does not know is not that body.
        let mut in_match = self.spare.flags(n);
        for m in &matches {
            for t in in_match.iter_mut().take(m.last + 1).skip(m.first) {
                *t = true;
            }
        }
        let matches: Vec<TokenMatch> = matches
            .into_iter()
            .filter(|m| {
                let body = matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Organization && e.org_type == OrgType::Body));
                let Some(before) = m.first.checked_sub(1) else { return true };
                let before = if view.is(before, "and") { before.saturating_sub(1) } else { before };
                let unknown_word = view.is_capitalised(before) && !is_not_name(view.word(before)) && !covered.get(before).copied().unwrap_or(true) && !in_match.get(before).copied().unwrap_or(false);
                !(body && unknown_word && view.word(m.first).chars().next().is_some_and(char::is_uppercase))
            })
            .collect();

        // Gazetteer names, demonyms and capitals.
        for m in &matches {
            if (m.first..=m.last).any(|t| covered.get(t).copied().unwrap_or(true)) {
                continue;
            }
            // An acronym the article defined itself wins over the list's
            // reading of it.
            if m.first == m.last
                && let Some(&entity) = self.acronyms.get(view.word(m.first))
            {
                mentions.push(Mention { first: m.first, last: m.last, entity, role: Role::Plain });
                if let Some(c) = covered.get_mut(m.first) {
                    *c = true;
                }
                continue;
            }
            // "BEIJING, May 29 (Xinhua) --": the agency signing the report
            // is not part of what it reports.
            if let Target::Name(e) = *m.target
                && GAZETTEER.entry(e).is_some_and(|e| e.org_type == OrgType::Media)
                && m.first > 0
                && view.is_punct(m.first - 1, '(')
                && view.is_punct(m.last + 1, ')')
            {
                continue;
            }
            // "Crans-Montana": a place's name that ends a hyphenated name
            // (not "Russia-Ukraine", whose first part is a name itself).
            if let Target::Name(e) = *m.target
                && GAZETTEER.entry(e).is_some_and(|x| matches!(x.kind, EntityKind::Place | EntityKind::Country))
                && m.first >= 2
                && view.is_punct(m.first - 1, '-')
                && view.touching(m.first - 2)
                && view.touching(m.first - 1)
                && view.is_capitalised(m.first - 2)
                && view.word(m.first - 2).chars().count() >= 5
                && !view.is_any(m.first - 2, &["trans", "franco", "anglo", "greco", "russo", "turco", "italo", "austro"])
                && !matches.iter().any(|x| x.last == m.first - 2)
            {
                continue;
            }
            // "Thérèse Kayikwamba Wagner": a one-word name of a body after
            // two capitalised words is a person's surname.
            if let Target::Name(e) = *m.target
                && m.first == m.last
                && m.first >= 2
                && GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Organization)
                && view.is_capitalised(m.first - 1)
                && view.is_capitalised(m.first - 2)
                && !matches.iter().any(|x| x.last == m.first - 1 || x.first <= m.first - 2 && m.first - 2 <= x.last)
                && view.word(m.first - 1).chars().any(char::is_lowercase)
                && view.word(m.first - 2).chars().any(char::is_lowercase)
            {
                continue;
            }
            // "Latin American leaders", "the South American neighbour",
            // "West African states": a region's adjective, not a state's.
            if matches!(*m.target, Target::Demonym(_)) && m.first >= 1 && view.is_any(m.first - 1, &["latin", "south", "north", "central", "east", "west", "southern", "northern", "eastern", "western", "pan", "sub-saharan"]) && view.is_capitalised(m.first - 1) {
                continue;
            }
            // "the Ibero-American Summit", "Afro-Asian solidarity": a
            // demonym joined to a word that names no state is a region's.
            if matches!(*m.target, Target::Demonym(_))
                && m.first >= 2
                && view.is_punct(m.first - 1, '-')
                && view.is_capitalised(m.first - 2)
                && !matches.iter().any(|x| x.last == m.first - 2)
                // ("Sino-American talks": a state's combining form.)
                && !view.is_any(m.first - 2, &["sino", "indo", "franco", "anglo", "russo", "turco", "greco", "italo", "luso", "nippo", "austro", "german"])
            {
                continue;
            }
            // "(Spanish: Alianza del Pacífico)": a language naming a
            // translation, not a state.
            if matches!(*m.target, Target::Demonym(_)) && m.first >= 1 && view.is_punct(m.first - 1, '(') && view.is_punct(m.last + 1, ':') {
                continue;
            }
            // "the Vienna Convention", "the Paris Agreement": a city naming
            // a treaty is part of the name, not a government acting.
            let names_treaty = view.is_any(m.last + 1, &["convention", "agreement", "accords", "accord", "protocol", "declaration", "treaty", "process", "format", "principles", "consensus", "document", "memorandum", "communique", "charter", "club", "group"]) && view.is_capitalised(m.last + 1);
            let (entry, role) = match *m.target {
                // "Congo": the Congo the text names, like "Congolese".
                Target::Name(e) if m.first == m.last && shares_short_name(e, view.word(m.first)) => (self.demonym_country(e), Role::Plain),
                Target::Name(e) => (e, Role::Plain),
                Target::Demonym(c) => (self.demonym_country(c), Role::Demonym),
                Target::Capital { place, .. } if names_treaty => (place, Role::Inner),
                Target::Capital { place, .. } => (place, Role::Capital),
                _ => continue,
            };
            // A lone word at the start of a sentence that is also a common
            // word ("Chad", "Turkey") stays a name: the gazetteer is cased.
            let Some(entity) = self.gazetteer_entity(entry) else { continue };
            // A body's parent only when its name says so ("UN Security
            // Council", not "the IAEA"): the rest is knowledge, not text.
            let surface = view.span_text(m.first, m.last);
            if let Some(parent) = GAZETTEER.entry(entry).and_then(|e| e.parent)
                && (GAZETTEER.entry(parent).is_some_and(|p| surface.starts_with(&format!("{} ", p.name)) || names_parent_by_initials(surface, &p.name))
                    // "the AU's Peace and Security Council", "Its Peace and
                    // Security Council", "the IMO, the United Nations agency
                    // for shipping": the parent beside it.
                    || m.first >= 1 && (view.is_possessive(m.first - 1) || view.is_any(m.first - 1, &["its"]))
                    || m.first >= 2 && view.is(m.first - 1, "the") && view.is_possessive(m.first - 2)
                    || matches.iter().any(|x| *x.target == Target::Name(parent)))
                && let Some(parent_entity) = self.gazetteer_entity(parent)
            {
                self.relate(view, entity, parent_entity, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
                // "United Nations Security Council" names the United Nations
                // too (not as an argument).
                if let Some(parent_name) = GAZETTEER.entry(parent).map(|p| p.name.clone())
                    && view.span_text(m.first, m.last).starts_with(&format!("{parent_name} "))
                {
                    let words = parent_name.split_whitespace().count();
                    let last = (m.first..=m.last).nth(words.saturating_sub(1)).unwrap_or(m.first);
                    mentions.push(Mention { first: m.first, last, entity: parent_entity, role: Role::Inner });
                }
            }
            // "The 2013 Commonwealth Heads of Government Meeting": one
            // meeting of a recurring series, named with its year.
            let year_before = m.first >= 1 && is_year(view.word(m.first - 1)) && !covered.get(m.first - 1).copied().unwrap_or(true);
            let is_event = self.entities.get(entity).is_some_and(|e| e.kind == EntityKind::Event);
            let (first, entity) = if role == Role::Plain && year_before && is_event {
                let name = format!("{} {}", view.word(m.first - 1), self.entities.get(entity).map_or("", |e| e.name.as_str()));
                let dated = self.entity(&name, EntityKind::Event);
                self.series_instance.entry(entity).or_insert(dated);
                (m.first - 1, dated)
            } else if role == Role::Plain && is_event && let Some(&instance) = self.series_instance.get(&entity) {
                // "(CHOGM 2013)", "the Commonwealth Heads of Government
                // Meeting": the instance the article is about.
                (m.first, instance)
            } else {
                (m.first, entity)
            };
            mentions.push(Mention { first, last: m.last, entity, role });
            for c in covered.iter_mut().take(m.last + 1).skip(first) {
                *c = true;
            }
        }

        self.find_shouted_speakers(view, &mut mentions, &mut covered);
        self.find_introduced_names(view, &mut mentions, &mut covered);
        self.find_capitals_by_demonym(view, &mut mentions, &mut covered);
        self.find_events(view, &mut mentions, &mut covered);
        self.find_meetings_in_places(view, &mut mentions, &mut covered);
        self.find_ships(view, &mut mentions, &mut covered);
        self.find_capitalised_names(view, &mut mentions, &mut covered, &date_tokens);
        self.find_acronym_groups(view, &mut mentions, &mut covered);
        self.find_descriptions(view, &mut mentions, &mut covered);
        self.surnames_named_like_places(view, &mut mentions);
        // ("eight Central American states": a region's adjective, kept only
        // inside a name such as "the Central American Parliament".)
        if mentions.iter().any(|m| view.word(m.last) == "American") {
            mentions.retain(|m| !(matches!(m.role, Role::Plain | Role::Inner) && view.word(m.last) == "American" && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place)));
        }

        mentions.sort_by_key(|m| (m.first, m.last));
        mentions.dedup();
        // Record mentions, aliases and recency.
        for mention in &mentions {
            self.clock += 1;
            let surface = view.span_text(mention.first, mention.last);
            let (Some(a), Some(b)) = (view.tokens.get(mention.first), view.tokens.get(mention.last)) else {
                continue;
            };
            let span = (a.start, b.end);
            let Some(record) = self.entities.get_mut(mention.entity) else {
                continue;
            };
            // Members of "the three countries" are referred back to, not
            // brought forward as what the text is now about.
            let stacked = mentions.iter().filter(|m| m.first == mention.first && m.last == mention.last).count() > 1;
            if !stacked {
                record.last_seen = self.clock;
            }
            record.mentions.push(span);
            let pronoun = ["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"].iter().any(|p| surface.eq_ignore_ascii_case(p));
            // ("whose country": a word in lower case is no state's name.)
            let is_description = pronoun || record.kind == EntityKind::Country && !surface.contains(char::is_uppercase) || surface.starts_with("the ") || surface.starts_with("The ") || surface.starts_with("his ") || surface.starts_with("her ");
            // ("Volodymyr Zelenskiy", a spelling of the listed "Volodymyr
            // Zelensky": later "Zelenskiy" is the same person.)
            let mut written_surname = None;
            // ("The three countries" names each of a group: no one's alias.)
            if surface != record.name && !surface.is_empty() && surface.len() < 80 && !stacked && (!is_description || surface.contains(char::is_uppercase) && surface.split_whitespace().count() > 2)
                && !record.aliases.contains(surface) {
                    record.aliases.insert(surface.to_owned());
                    if record.kind == EntityKind::Person && !is_description && mention.first < mention.last {
                        written_surname = surface.rsplit(' ').next().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).map(|w| fold_diacritics(w).into_owned());
                    }
                }
            if record.kind == EntityKind::Person && mention.role == Role::Plain {
                self.last_person = Some(mention.entity);
            }
            if let Some(key) = written_surname {
                self.surnames.entry(key).or_insert(mention.entity);
            }
            if mention.role == Role::Capital {
                self.capitals.insert(mention.entity);
            }
        }
        // An opening phrase ("At the invitation of President A, President B
        // will ...") holds no subject: look after its comma.
        // A quotation opening the sentence ("\"...,\" Blinken said") holds
        // no subject either: its speaker after the closing mark is.
        let opening = if view.is_any(0, &["at", "after", "following", "upon", "on", "in", "during", "since", "before", "despite", "amid", "under"]) {
            (1..view.len().min(20)).find(|&t| view.is_punct(t, ',')).map_or(0, |comma| comma + 1)
        } else if view.is_punct(0, '"') {
            (1..view.len()).find(|&t| view.is_punct(t, '"')).map_or(0, |close| close + 1)
        } else {
            0
        };
        let person_subject = mentions
            .iter()
            .filter(|m| m.role == Role::Plain && m.first >= opening && m.first <= opening + 8)
            .find(|m| self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person))
            .map(|m| (m.first, m.entity));
        // ("Speaking for the Council's two Arab members, Bahrain and
        // Somalia, the representative of Bahrain said": the delegation
        // after a participle's clause.)
        let participle = view.is_capitalised(0) && view.word(0).len() > 5 && view.word(0).ends_with("ing");
        let delegation_subject = view
            .delegations
            .iter()
            .find(|d| d.phrase_first <= 8 || participle && d.phrase_first >= 1 && view.is_punct(d.phrase_first - 1, ','))
            .map(|d| (d.phrase_first, d.speaks_for));
        // ("It ..." itself keeps the actor it stood for.)
        if let Some(actor) = mentions.iter().find(|m| m.role == Role::Plain && m.first >= opening && m.first <= opening + 1) {
            let kind = self.entities.get(actor.entity).map(|e| e.kind);
            self.subject_actor = matches!(kind, Some(EntityKind::Country | EntityKind::Organization)).then_some(actor.entity);
        } else if person_subject.is_some() {
            self.subject_actor = None;
        }
        match (person_subject, delegation_subject) {
            (Some((p_at, person)), Some((d_at, _))) if p_at < d_at => {
                self.subject_person = Some(person);
                self.subject_delegation = None;
            }
            (_, Some((_, delegation))) => self.subject_delegation = Some(delegation),
            (Some((_, person)), None) => {
                self.subject_person = Some(person);
                self.subject_delegation = None;
            }
            (None, None) => {}
        }
        // "President Amara Diallo of Senegal received ...": the state
        // written after a titled person's name qualifies them; it is not a
        // party of its own.
        for k in 0..mentions.len() {
            let Some(&person) = mentions.get(k).filter(|m| m.role == Role::Plain) else { continue };
            let Some(serves) = self.entities.get(person.entity).filter(|e| e.kind == EntityKind::Person).and_then(|e| e.affiliation) else { continue };
            if !view.is(person.last + 1, "of") {
                continue;
            }
            let at = person.last + 2 + usize::from(view.is(person.last + 2, "the"));
            if let Some(state) = mentions.iter_mut().find(|m| m.first == at && m.entity == serves && m.role == Role::Plain) {
                state.role = Role::Affiliation;
            }
        }
        // "the Black Sea resort of Sochi", "the Gulf port of Dammam": the
        // first place only says where the second is; the phrase names the
        // second.
        let is_place = |entities: &[EntityRecord], m: &Mention| entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place);
        let mut k = 0;
        while k < mentions.len() {
            if let Some(&outer) = mentions.get(k).filter(|m| m.role == Role::Plain && is_place(&self.entities, m))
                && view.is_any(outer.last + 1, &["resort", "city", "town", "port", "village", "island"])
                && view.is(outer.last + 2, "of")
                && let Some(inner) = mentions.iter_mut().find(|m| m.first == outer.last + 3 && is_place(&self.entities, m))
            {
                inner.first = outer.first;
                mentions.remove(k);
                continue;
            }
            k += 1;
        }

        self.place_titled_known_people(view, &mentions);
        self.second_offices(view, &mentions);
        if view.is_any(0, &["in", "at"])
            && let Some(place) = mentions.iter().find(|m| m.first == 1 && matches!(m.role, Role::Plain | Role::Capital) && view.is_punct(m.last + 1, ','))
            && let Some(record) = self.entities.get(place.entity)
        {
            let state = match record.kind {
                EntityKind::Country => Some(place.entity),
                EntityKind::Place => record.affiliation,
                _ => None,
            };
            if let Some(state) = state {
                self.scene_country = Some((state, self.clock));
            }
        }
        // ("Addis Ababa has pushed back ...": a capital speaking opens the
        // sentence for its state.)
        self.topic_country = mentions
            .iter()
            .filter(|m| m.role != Role::Inner)
            .min_by_key(|m| m.first)
            .filter(|m| m.first == opening && matches!(m.role, Role::Plain | Role::Capital))
            .and_then(|m| if m.role == Role::Capital { self.entities.get(m.entity).and_then(|e| e.affiliation) } else { Some(m.entity) })
            .filter(|&e| self.entities.get(e).is_some_and(|e| e.kind == EntityKind::Country));
        // A group of three or more states on the same words opens it.
        let stacked_at_opening = mentions.iter().filter(|m| m.first == opening && m.role == Role::Plain).count() >= 3;
        if stacked_at_opening {
            self.group_subject = true;
        } else if mentions.iter().any(|m| m.first == opening && m.role == Role::Plain) || view.pair_phrases.iter().any(|&(first, _)| first == opening) {
            self.group_subject = false;
        }
        // ("Reviewing the situation in West Asia, where ..., the two
        // Ministers expressed ...": the pair after a participle's phrase.)
        let pair_at_opening = view.pair_phrases.iter().find(|&&(first, _)| first == opening).map(|&(_, noun)| noun).or_else(|| {
            view.pair_phrases
                .iter()
                .find(|&&(first, noun)| view.lower(0).ends_with("ing") && first >= 2 && view.is_punct(first - 1, ',') && view.is_any(noun, &["leaders", "presidents", "ministers", "heads"]))
                .map(|&(_, noun)| noun)
        });
        if let Some(noun) = pair_at_opening {
            if !view.is(noun, "they") {
                self.pair_subject = Some(if view.is_any(noun, &["leaders", "presidents", "ministers", "heads"]) { PairSubject::Leaders } else { PairSubject::Sides });
            }
        } else if let Some(first) = mentions.iter().filter(|m| m.first >= opening && m.first <= opening + 3 && m.role == Role::Plain && (opening..m.first).all(|t| view.is_capitalised(t))).min_by_key(|m| m.first) {
            // "Secretary Rubio and Secretary Lazaro also exchanged views.
            // They condemned ...": two people opening a sentence are a pair.
            let is_person = |e: usize| self.entities.get(e).is_some_and(|r| r.kind == EntityKind::Person);
            let second = view.is(first.last + 1, "and").then(|| mentions.iter().filter(|m| m.first > first.last + 1 && m.first <= first.last + 4 && m.role == Role::Plain && (first.last + 2..m.first).all(|t| view.is_capitalised(t))).min_by_key(|m| m.first)).flatten();
            match second {
                Some(second) if is_person(first.entity) && is_person(second.entity) && first.entity != second.entity => {
                    self.pair_subject = Some(PairSubject::Sides);
                    self.last_pair = Some((first.entity, second.entity));
                }
                _ => self.pair_subject = None,
            }
        }
        self.remember_group(view, &mentions);
        self.sentences_read += 1;
        view.mentions = mentions;
        self.spare.flags.extend([covered, in_match, date_tokens.0]);
        self.spare.starts = starts.0;
        self.spare.matches = matches;
    }

    /// Notes that relation `index` has `sentence` as evidence.
    fn note_stated(&mut self, sentence: (usize, usize), index: usize) {
        let (current, indices) = &mut self.stated;
        if *current != sentence {
            *current = sentence;
            indices.clear();
        }
        if let Err(at) = indices.binary_search(&index) {
            indices.insert(at, index);
        }
    }

    /// The relations that have `sentence` as evidence so far, oldest first
    /// (while that sentence is being read, and until evidence from the next
    /// is recorded).
    pub fn stated_in(&self, sentence: (usize, usize)) -> impl DoubleEndedIterator<Item = &RelationRecord> {
        let (current, indices) = &self.stated;
        let indices: &[usize] = if *current == sentence { indices } else { &[] };
        indices.iter().filter_map(|&k| self.relations.get(k))
    }

    /// Keeps a candidate weak relation for [`Self::settle_co_mentions`].
    pub fn note_co_mention(&mut self, view: &SentenceView<'_>, subject: usize, object: usize, kind: RelationKind) {
        self.co_mentions.push((subject, object, kind, (view.start, view.end)));
    }

    /// Turns the co-mention candidates into weak relations ("co-mentioned",
    /// confidence 0.25) for the pairs that no rule related, each with the
    /// sentences that name both.
    pub fn settle_co_mentions(&mut self) {
        let mut related: FxHashSet<(usize, usize)> = self.relations.iter().map(|r| (r.subject.min(r.object), r.subject.max(r.object))).collect();
        // ("López Obrador stayed away from the summit": nor did Mexico.)
        let stayed_away: Vec<(usize, usize)> = self
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::Attends && r.negated)
            .filter_map(|r| self.entities.get(r.subject).and_then(|e| e.affiliation).map(|state| (state.min(r.object), state.max(r.object))))
            .collect();
        related.extend(stayed_away);
        // (An event a rule placed somewhere was held there, not wherever
        // else a sentence names it with a place.)
        let placed: FxHashSet<usize> = self.relations.iter().filter(|r| r.kind == RelationKind::LocatedIn && self.entities.get(r.subject).is_some_and(|e| e.kind == EntityKind::Event) && self.entities.get(r.object).is_some_and(|e| e.kind == EntityKind::Place)).map(|r| r.subject).collect();
        let mut added: FxHashMap<(usize, usize), usize> = FxHashMap::default();
        for (subject, object, kind, sentence) in std::mem::take(&mut self.co_mentions) {
            let pair = (subject.min(object), subject.max(object));
            let named = |e: usize| self.entities.get(e).is_some_and(|r| !r.mentions.is_empty());
            if subject == object || related.contains(&pair) || !named(subject) || !named(object) || kind == RelationKind::LocatedIn && placed.contains(&subject) {
                continue;
            }
            if let Some(record) = added.get(&pair).and_then(|&k| self.relations.get_mut(k)) {
                if record.sentences.len() < MAX_EVIDENCE_PER_RELATION && !record.sentences.contains(&sentence) {
                    record.sentences.push(sentence);
                }
                continue;
            }
            added.insert(pair, self.relations.len());
            self.relations.push(RelationRecord {
                subject,
                object,
                kind,
                label: Some(CO_MENTION_LABEL.to_owned()),
                negated: false,
                modality: Modality::Asserted,
                date: None,
                date_iso: None,
                sentences: vec![sentence],
                confidence: CO_MENTION_CONFIDENCE,
            });
        }
    }

    /// After the sentence's relations: "A met B. They ...": a sentence
    /// telling of two people meeting makes them the next "They".
    pub fn after_relations(&mut self, view: &SentenceView<'_>) {
        if self.pair_subject.is_some() {
            return;
        }
        let sentence = (view.start, view.end);
        let is_person = |e: usize| self.entities.get(e).is_some_and(|r| r.kind == EntityKind::Person);
        let met = self.stated_in(sentence).rev().find(|r| r.kind == RelationKind::Meets && is_person(r.subject) && is_person(r.object)).map(|r| (r.subject, r.object));
        // ("The Minister welcomed the meeting held in January between A and
        // B": others' meeting, told in passing.)
        let welcomed_between = || (0..view.len()).any(|t| view.is_any(t, &["welcomed", "welcomes", "hailed", "praised", "commended"]) && (t + 1..(t + 8).min(view.len())).any(|u| view.is(u, "between")));
        if let Some(pair) = met
            && !welcomed_between()
        {
            self.pair_subject = Some(PairSubject::Sides);
            self.last_pair = Some(pair);
            self.first_pair.get_or_insert(pair);
        }
    }

    /// "Deputy Prime Minister and Minister of National Defence Władysław
    /// Kosiniak-Kamysz": a known office holder after title words no title
    /// pattern covers holds the office they are listed with.
    fn place_titled_known_people(&mut self, view: &SentenceView<'_>, mentions: &[Mention]) {
        const OFFICE_WORDS: &[&str] = &["Minister", "Secretary", "President", "Chancellor", "Premier", "Ambassador", "Envoy", "Commissioner", "Representative", "Spokesperson", "Spokesman", "Spokeswoman", "Chief"];
        for m in mentions.iter().filter(|m| m.role == Role::Plain) {
            let Some(record) = self.entities.get(m.entity).filter(|e| e.kind == EntityKind::Person) else { continue };
            let (Some(serves), Some(office)) = (record.affiliation, GAZETTEER.office_of(&record.name)) else { continue };
            // "His Majesty King Abdullah II": a name the list knows with its
            // royal title is titled too.
            let royal = view.is_any(m.first, &["king", "queen", "emir", "sultan", "crown"]) && view.is_capitalised(m.first);
            let titled = royal || m.first >= 1 && view.is_capitalised(m.first - 1) && (m.first.saturating_sub(7)..m.first).any(|t| OFFICE_WORDS.contains(&view.word(t)));
            if titled && !self.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == m.entity) {
                let office = office.to_owned();
                self.relate(view, m.entity, serves, RelationKind::HoldsOffice, Some(office), false, Modality::Asserted, None, 0.5);
            }
        }
    }

    /// "Nicholas Haysom, Special Representative of the Secretary-General and
    /// Head of the United Nations Mission in South Sudan (UNMISS)": the
    /// second office of an appositive, held in the organisation it names.
    fn second_offices(&mut self, view: &SentenceView<'_>, mentions: &[Mention]) {
        const HEADS: &[&str] = &["Head", "Chief", "Director", "Chair", "Chairman", "Chairperson", "President", "Commander", "Coordinator", "Executive", "Secretary", "Representative"];
        for person in mentions.iter().filter(|m| m.role == Role::Plain) {
            if self.entities.get(person.entity).is_none_or(|e| e.kind != EntityKind::Person) || !view.is_punct(person.last + 1, ',') {
                continue;
            }
            // "Olof Skoog, head of the bloc's delegation": heading a
            // delegation is an office of the state or body it speaks for.
            if view.is_any(person.last + 2, &["head", "chief", "leader"]) && view.is(person.last + 3, "of") {
                let delegation_of = mentions
                    .iter()
                    .filter(|m| m.first > person.last + 3 && m.first <= person.last + 5 && m.role == Role::Plain)
                    .find(|m| self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization)))
                    .filter(|m| (m.last + 1..=m.last + 2).any(|t| view.is_any(t, &["delegation", "mission"])))
                    .map(|m| m.entity);
                if let Some(speaks_for) = delegation_of {
                    self.relate(view, person.entity, speaks_for, RelationKind::HoldsOffice, Some("head of delegation".to_owned()), false, Modality::Asserted, None, 0.6);
                    continue;
                }
            }
            // "Carlos Ramos, the head of the Bolivarian Intelligence
            // Service": heading a body the text names (found only after the
            // title patterns ran).
            let mut at = person.last + 2;
            let office_first = at;
            while view.is_any(at, &["the", "a", "former", "deputy", "acting", "founding"]) {
                at += 1;
            }
            if view.is_any(at, &["head", "chief", "director", "chairman", "chairwoman", "commander", "founder", "leader", "president", "governor"]) && view.is(at + 1, "of") {
                let body_at = at + 2 + usize::from(view.is(at + 2, "the"));
                let body = mentions.iter().find(|m| m.first == body_at && m.role != Role::Inner && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization)).copied();
                // "A, the commander of the IRGC Aerospace Force, B, and C": in
                // a list the title is the next person's.
                let end = body.map(|b| (b.last + 1..view.len().min(b.last + 6)).find(|&t| view.is_punct(t, ',')).unwrap_or(b.last + 1));
                let next_person = end.and_then(|comma| mentions.iter().find(|m| m.first == comma + 1 && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person)).map(|m| m.entity));
                let unknown_next = next_person.is_none() && end.is_some_and(|comma| view.is_punct(comma, ',') && view.is_capitalised(comma + 1) && view.is_capitalised(comma + 2));
                if unknown_next {
                    continue;
                }
                let holder = next_person.unwrap_or(person.entity);
                if let Some(body) = body.map(|b| b.entity)
                    && !self.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == holder && r.object == body)
                {
                    let label = view.span_text(office_first, at).trim_start_matches("the ").trim_start_matches("a ").to_owned();
                    self.relate(view, holder, body, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, None, 0.6);
                    continue;
                }
            }
            // Up to the appositive's end, the last "and <Office> of the".
            let end = (person.last + 2..view.len().min(person.last + 30)).find(|&t| view.is_punct(t, ',') || view.is_punct(t, '(') || view.is_punct(t, ';')).unwrap_or(view.len());
            // "..., Chairperson of the African Union Commission and a former
            // foreign minister of Djibouti,": a state's office held before.
            if let Some(and) = (person.last + 3..end).rev().find(|&t| view.is(t, "and") && view.is_any(t + 1, &["a", "an"]))
                && let Some(of) = (and + 3..(and + 7).min(end)).find(|&t| view.is(t, "of"))
                && (and + 2..of).all(|t| view.word(t).starts_with(char::is_lowercase))
                && view.is_any(of - 1, &["minister", "president", "ambassador", "envoy", "diplomat", "premier", "governor"])
                && let Some(state) = mentions.iter().find(|m| m.first == of + 1 + usize::from(view.is(of + 1, "the")) && m.last + 1 == end && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)).map(|m| m.entity)
            {
                let label = view.span_text(and + 2, of - 1).to_owned();
                self.relate(view, person.entity, state, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, None, 0.55);
                continue;
            }
            let Some(and) = (person.last + 3..end).rev().find(|&t| view.is(t, "and") && view.is_capitalised(t + 1)) else { continue };
            let Some(of) = (and + 2..(and + 5).min(end)).find(|&t| view.is(t, "of")) else { continue };
            if !(and + 1..of).all(|t| view.is_capitalised(t)) || !HEADS.contains(&view.word(of - 1)) {
                continue;
            }
            let at = of + 1 + usize::from(view.is(of + 1, "the"));
            let Some(org) = mentions.iter().find(|m| m.first == at && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization)).map(|m| m.entity) else { continue };
            let label = view.span_text(and + 1, of - 1).to_owned();
            self.relate(view, person.entity, org, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, None, 0.6);
        }
    }

    /// Keeps the sentence's list of three or more states (or of leaders,
    /// for their states) coordinated by commas and "and".
    fn remember_group(&mut self, view: &SentenceView<'_>, mentions: &[Mention]) {
        let state_of = |m: &Mention| -> Option<usize> {
            let e = self.entities.get(m.entity)?;
            match e.kind {
                EntityKind::Country if matches!(m.role, Role::Plain | Role::Capital) => Some(m.entity),
                EntityKind::Person if m.role == Role::Plain => e.affiliation.filter(|&a| self.entities.get(a).is_some_and(|c| c.kind == EntityKind::Country)),
                _ => None,
            }
        };
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut best: Vec<usize> = Vec::new();
        // (How many of the run's and the best run's states came from a
        // person's office.)
        let (mut run_people, mut best_people) = (0, 0);
        for m in mentions {
            let Some(state) = state_of(m) else { continue };
            let person = self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person);
            let joined = run.last().is_some_and(|&(last, _)| {
                let mut saw = false;
                let ok = (last + 1..m.first).all(|t| {
                    let joiner = view.is_punct(t, ',') || view.is(t, "and");
                    saw |= joiner;
                    // ("President Kais Saied of Tunisia, President ...": the
                    // state written after each name.)
                    joiner || view.is_any(t, &["the", "of"]) && view.is_capitalised(t + 1 + usize::from(view.is(t + 1, "the"))) || view.is_capitalised(t) || view.is_possessive(t)
                });
                ok && saw && m.first - last <= 8
            });
            if !joined {
                run.clear();
                run_people = 0;
            }
            if !run.iter().any(|&(_, s)| s == state) {
                run.push((m.last, state));
                run_people += usize::from(person);
            } else if let Some(last) = run.last_mut() {
                last.0 = m.last;
            }
            if run.len() >= 3 && run.len() > best.len() {
                best = run.iter().map(|&(_, s)| s).collect();
                best_people = run_people;
            }
        }
        if best.len() >= 3 {
            self.groups.retain(|g| g.len() != best.len());
            if best_people >= 3 {
                self.leaders_group = Some((best.clone(), self.sentences_read));
            }
            self.groups.push(best);
        }
    }

    /// The entity a title's qualifier names (a country for demonyms and
    /// capitals, or an organisation).
    fn affiliation_of_target(&mut self, target: &Target) -> Option<usize> {
        match target {
            Target::Name(e) => {
                let entry = GAZETTEER.entry(*e)?;
                if matches!(entry.kind, EntityKind::Country | EntityKind::Organization) {
                    self.gazetteer_entity(*e)
                } else {
                    None
                }
            }
            Target::Demonym(c) => self.gazetteer_entity(self.demonym_country(*c)),
            _ => None,
        }
    }

    /// The country or organisation a title without affiliation most likely
    /// refers to: the nearest one named in the sentence that is not already
    /// qualifying another title, else, of those named in the last few
    /// sentences, the one the article names most. A country whose same
    /// office another person already holds is never taken. Offices of organisations ("Secretary
    /// General") look for organisations, the others for countries; local
    /// offices (mayor, governor) are left alone.
    fn context_affiliation(&mut self, view: &SentenceView<'_>, holder: (usize, std::ops::RangeInclusive<usize>), label: &str, title_at: usize, matches: &[TokenMatch], mentions: &[Mention]) -> Option<usize> {
        const LOCAL: &[&str] = &[
            "Mayor", "Governor", "Senator", "Representative", "leader", "head", "Chairman", "Chairwoman", "Chair",
            // Military ranks name no office.
            "General", "Admiral", "Lieutenant General", "Major General", "Brigadier General", "Army General", "Colonel General", "Senior General", "Colonel", "Brigadier", "Rear Admiral", "Vice Admiral", "Air Marshal", "Field Marshal",
        ];
        const OF_ORGANISATIONS: &[&str] = &["Secretary General", "Deputy Secretary General", "Director General", "High Representative", "Commission President", "Managing Director"];
        if LOCAL.contains(&label) {
            return None;
        }
        // The person holding the title and the tokens of their name.
        let (person, name_tokens) = holder;
        let wants_org = OF_ORGANISATIONS.contains(&label);
        // "met with Panamanian President José Raúl Mulino and Foreign
        // Minister Javier Martínez-Acha": the two are one side of the
        // meeting, and the demonym before the first title serves both.
        // (Not "Xi and President Biden met": each side has its own.)
        if !wants_org && title_at >= 2 && view.is(title_at - 1, "and") {
            let mut start = title_at - 1;
            while start > 0 && title_at - start < 10 && (view.is_capitalised(start - 1) || view.is_punct(start - 1, '-') || view.is_punct(start - 1, '.')) {
                start -= 1;
            }
            if let Some(x) = matches.iter().find(|x| x.first == start && matches!(*x.target, Target::Demonym(_)) && matches.iter().any(|y| y.first == x.last + 1 && matches!(*y.target, Target::Title { .. })))
                && start >= 1
                && view.is_any(start - 1, &["with", "met", "meets", "meet", "by", "received", "receives", "hosted", "hosts", "welcomed", "greeted"])
                && let Some(state) = country_of_target(x.target).and_then(|c| self.gazetteer_entity(c))
            {
                return Some(state);
            }
            // "met President Serdar Berdimuhamedov and Foreign Minister
            // Rashid Meredov in the Turkmen capital": the second host serves
            // the first one's state.
            if let Some(first_host) = mentions.iter().find(|m| m.last + 1 == title_at - 1 && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person))
                && let Some(first_title) = matches.iter().find(|x| x.last + 1 == first_host.first && matches!(x.target, Target::Title { .. }))
                && first_title.first >= 1
                && view.is_any(first_title.first - 1, &["met", "meets", "meet", "with"])
                // (Not two leaders: "met Chancellor Merkel and President
                // Sarkozy" serve two states.)
                && !matches!(label, "President" | "Prime Minister" | "Chancellor" | "King" | "Queen" | "Emir" | "Premier" | "Vice President")
                && let Some(state) = self.relations.iter().find(|r| r.kind == RelationKind::HoldsOffice && r.subject == first_host.entity).map(|r| r.object)
                && self.entities.get(state).is_some_and(|e| e.kind == EntityKind::Country)
            {
                return Some(state);
            }
        }
        // "Prime Minister X did not attend, sending Foreign Minister Y in
        // his place", "accompanied by Finance Minister Y": one side, so the
        // state of the person named before.
        let sent = title_at >= 1 && view.is_any(title_at - 1, &["sending", "sent", "sends", "dispatching", "dispatched"])
            || title_at >= 2 && view.is(title_at - 1, "by") && view.is_any(title_at - 2, &["accompanied", "represented"]);
        if !wants_org
            && sent
            && let Some(state) = mentions
                .iter()
                .filter(|m| m.last < title_at && m.role == Role::Plain)
                .filter_map(|m| self.entities.get(m.entity).filter(|e| e.kind == EntityKind::Person).and_then(|e| e.affiliation))
                .next_back()
                .filter(|&state| self.entities.get(state).is_some_and(|e| e.kind == EntityKind::Country))
        {
            return Some(state);
        }
        let qualifies_title = |last: usize| {
            let next = if view.is_possessive(last + 1) { last + 2 } else { last + 1 };
            matches.iter().any(|x| x.first == next && matches!(*x.target, Target::Title { .. } | Target::GenericBody { .. }))
        };
        // "Prime Minister of Japan": Japan qualifies that title.
        let follows_title_of = |first: usize| {
            first >= 2 && view.is(first - 1, "of") && matches.iter().any(|x| x.last + 2 == first && matches!(*x.target, Target::Title { .. }))
        };
        // Affiliations of a person coordinated with this one ("between Xi
        // and President Joe Biden": not China for Biden).
        let near = title_at.saturating_sub(3)..title_at;
        let taken: BTreeSet<usize> = near
            .clone()
            .filter_map(|t| self.surnames.get(fold_diacritics(view.word(t)).as_ref()))
            .chain(mentions.iter().filter(|m| m.role == Role::Plain && near.contains(&m.last)).map(|m| &m.entity))
            // ("He also met Economy Minister X": the one "he" names.)
            .chain(self.last_person.iter().filter(|_| near.clone().any(|t| view.is_any(t, &["he", "she"]))))
            .filter_map(|&p| self.entities.get(p).filter(|e| e.kind == EntityKind::Person).and_then(|e| e.affiliation))
            .collect();
        // An office another person already holds for a country ("Foreign
        // Minister Vieira" named before) rules that country out.
        // So does a state that sanctioned or criticised the person.
        let ruled_out: BTreeSet<usize> = self
            .relations
            .iter()
            .filter_map(|r| {
                let held_by_other = r.kind == RelationKind::HoldsOffice && r.label.as_deref() == Some(label) && r.subject != person;
                let against = r.object == person && matches!(r.kind, RelationKind::Other | RelationKind::Criticizes);
                if held_by_other { Some(r.object) } else if against { Some(r.subject) } else { None }
            })
            .collect();
        let office_held_by_other = |entity: usize| ruled_out.contains(&entity);
        let mut in_sentence: Vec<(bool, usize, usize)> = Vec::new();
        let mut home_before = false;
        for x in matches {
            // "Santiago" in "Foreign Minister Santiago Cafiero" is a name.
            // "The U.S. Treasury Department said ...": a state inside the
            // name of a body.
            let inside_longer = matches.iter().any(|y| y.first <= x.first && y.last >= x.last && y.last - y.first > x.last - x.first && matches!(*y.target, Target::Name(_) | Target::GenericBody { .. }));
            // ("the Pakistani delegation" qualifies its noun, and says whose.)
            let of_delegation = x.first > title_at && view.is_any(x.last + 1, &["delegation", "delegations"]);
            if qualifies_title(x.last) || follows_title_of(x.first) || name_tokens.contains(&x.first) || inside_longer || !of_delegation && mentions.iter().any(|m| m.first == x.first && matches!(m.role, Role::Affiliation | Role::Inner)) {
                continue;
            }
            let entity = if wants_org {
                match *x.target {
                    Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization)) => self.gazetteer_entity(e),
                    _ => None,
                }
            } else {
                country_of_target(x.target).and_then(|c| self.gazetteer_entity(c))
            };
            // "recalled its ambassadors to Canberra", "a visit to Angola": a
            // destination, not whom the office serves.
            let mut before = x.first;
            while before >= 1 && before + 8 > x.first && (view.is_punct(before - 1, ',') || view.is_any(before - 1, &["and", "the"]) || view.is_capitalised(before - 1) && before < x.first) {
                before -= 1;
            }
            // ("flies to Apia, Samoa, where he will meet Prime Minister X":
            // whom he meets there serves the place he goes to.)
            let met_there = x.last < title_at && (x.last + 1..title_at).any(|t| view.is(t, "where")) && (x.last + 1..title_at).any(|t| view.is_any(t, &["meet", "meets", "met", "call", "hold"]));
            if before >= 1 && view.is(before - 1, "to") && !met_there {
                continue;
            }
            // "arrived in Abuja": where the office holder went.
            if before >= 2 && view.is_any(before - 1, &["in", "at"]) && view.is_any(before - 2, &["arrived", "arrives", "arriving", "landed", "lands", "landing", "visiting", "stopped"]) {
                continue;
            }
            // "... a conflict with Somalia", "talks in Ankara" after the
            // name: a party or place of what is said, not the office's.
            if x.first > title_at && before >= 1 && view.is_any(before - 1, &["with", "against", "on", "over", "from", "about", "towards", "toward", "into", "between", "among", "for"]) {
                continue;
            }
            // "Britain, which sanctioned Interior Minister X": the state
            // acting on the office holder is not theirs.
            if x.last < title_at
                && (x.last + 1..title_at).any(|t| view.is_any(t, &["sanctioned", "sanctions", "accused", "accuses", "condemned", "criticised", "criticized", "barred", "designated", "blacklisted", "expelled", "summoned"]))
            {
                continue;
            }
            // "Foreign Minister Annalena Baerbock of Germany": the country
            // written after the name, which no guess from neighbours overrides.
            let of_at = if x.first >= 1 && view.is(x.first - 1, "the") { x.first.saturating_sub(2) } else { x.first.saturating_sub(1) };
            let after_name = x.first > title_at && x.first <= title_at + 8 && view.is(of_at, "of") && (title_at..of_at).all(|t| view.is_capitalised(t) || view.is_punct(t, '.') || view.is_punct(t, '-') || name_tokens.contains(&t));
            // "Australia withdrew under Prime Minister Kevin Rudd": a state
            // right before the title, a few lower-case words away, is the
            // office's even when someone else held it earlier.
            let just_before = x.last < title_at && title_at - x.last <= 3 && (x.last + 1..title_at).all(|t| view.word(t).chars().all(char::is_lowercase));
            // (A delegation holds colleagues: Dar's Pakistan is Aurangzeb's.)
            let Some(entity) = entity.filter(|e| after_name || of_delegation && !office_held_by_other(*e) || just_before && !taken.contains(e) || !taken.contains(e) && !office_held_by_other(*e)) else { continue };
            home_before |= Some(entity) == self.dateline_country && x.last < title_at && x.first > 0;
            let distance = if x.first > title_at { x.first - title_at } else { title_at - x.last };
            let distance = if after_name { 0 } else { distance };
            // A state named later in the sentence, past the name, is more
            // often what the person speaks about than whom they serve.
            // ("... Finance Minister X and senior officials were part of the
            // Pakistani delegation": the delegation names their side.)
            let later = x.first > title_at && !after_name && !of_delegation;
            // ("Prime Minister John Howard, who had been in Washington during
            // the attacks, and Australia later sent troops": a capital after
            // "in" is where they were, the last guess.)
            let distance = if later && matches!(*x.target, Target::Capital { .. }) && before >= 1 && view.is(before - 1, "in") { distance + 100 } else { distance };
            in_sentence.push((later, distance, entity));
        }
        in_sentence.sort_unstable();
        // "Iceland, which closed its embassy in Moscow, has no plans to
        // reopen it, Foreign Minister X said": the closing speaker speaks
        // for the state the sentence opens with.
        if !wants_org
            && title_at >= 2
            && view.is_punct(title_at - 1, ',')
            && view.is_any(name_tokens.end() + 1, &["said", "says", "told"])
            && let Some(opening) = matches.iter().find(|x| x.first == 0 && matches!(*x.target, Target::Name(_)) && !view.is_possessive(x.last + 1))
            && let Some(state) = country_of_target(opening.target).and_then(|c| self.gazetteer_entity(c))
            && in_sentence.iter().any(|&(_, _, e)| e == state)
        {
            return Some(state);
        }
        // A report's own officials go without their state: the dateline's
        // country, when the sentence names it.
        if !wants_org
            && home_before
            && let Some(home) = self.dateline_country
        {
            return Some(home);
        }
        if let Some(&(false, _, nearest)) = in_sentence.first() {
            return Some(nearest);
        }
        if !wants_org
            && let Some((scene, since)) = self.scene_country
            && self.clock.saturating_sub(since) < RECENT_AFFILIATION_WINDOW
            && !taken.contains(&scene)
            && !office_held_by_other(scene)
        {
            return Some(scene);
        }
        // "Ecuador ... denied breaching international law. Foreign Minister
        // Gabriela Sommerfeld said ...": the state the last sentence was about.
        if !wants_org
            && let Some(topic) = self.topic_country.filter(|t| !taken.contains(t) && !office_held_by_other(*t))
        {
            return Some(topic);
        }
        // "BERLIN (Reuters) - ... Interior Minister Alexander Dobrindt said":
        // a report's own officials go without their state.
        if !wants_org
            && let Some(home) = self.dateline_country.filter(|h| !taken.contains(h) && !office_held_by_other(*h))
            // Only a state the report is about, not the seat of a body it
            // covers ("BRUSSELS" for the EU).
            && self.entities.get(home).is_some_and(|e| !e.mentions.is_empty())
        {
            return Some(home);
        }
        if let Some(&(_, _, nearest)) = in_sentence.first() {
            return Some(nearest);
        }
        // Spokespeople speak for ministries and offices the text names
        // beside them; an earlier country is too loose a guess.
        if label == "spokesperson" {
            return None;
        }
        // The text just before: of the countries (or organisations) named
        // there, the one the article is most about.
        let recent: Vec<(usize, usize)> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(index, e)| {
                e.last_seen > 0
                    && self.clock.saturating_sub(e.last_seen) < RECENT_AFFILIATION_WINDOW
                    && !taken.contains(index)
                    && !office_held_by_other(*index)
                    && if wants_org {
                        e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization)
                    } else {
                        // ("The summit opened in Lima. President Boluarte":
                        // a state known only as a town's is too loose a
                        // guess, unless its capital spoke for it.)
                        e.kind == EntityKind::Country && (!e.mentions.is_empty() || self.capitals.iter().any(|&c| self.entities.get(c).is_some_and(|p| p.affiliation == Some(*index))))
                    }
            })
            .map(|(index, e)| (e.last_seen, index))
            .collect();
        // The country the article talks about most among them, the latest
        // on a tie.
        recent.iter().max_by_key(|&&(seen, entity)| (self.entities.get(entity).map_or(0, |e| e.mentions.len()), seen)).map(|&(_, entity)| entity)
    }

    /// The person called `name`: a known person when `name` is their
    /// surname, else a new or existing person with that full name.
    /// The person named by tokens `first..=last`: the gazetteer's when the
    /// span is one of its people (with the state they serve), else by name.
    fn person_at(&mut self, view: &SentenceView<'_>, first: usize, last: usize, matches: &[TokenMatch]) -> usize {
        let known = matches.iter().find_map(|m| match *m.target {
            // ("Muhammad Shehbaz Sharif": the known name, with a given name
            // more written before it.)
            Target::Name(e) if m.first >= first && m.last == last && GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Person) => Some(e),
            _ => None,
        });
        if let Some(entry) = known
            && let Some(person) = self.gazetteer_entity(entry)
        {
            return person;
        }
        let name = view.span_text(first, last).to_owned();
        self.person_named(&name)
    }

    pub fn person_named(&mut self, name: &str) -> usize {
        let single = !name.contains(' ');
        if single && let Some(known) = self.by_surname(name) {
            return known;
        }
        // "Mr Anwar" for Anwar Ibrahim: a Malay, Arab or Indonesian name
        // goes by its first word; taken only when one person has it.
        if single {
            let prefix = format!("{name} ");
            let mut known = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && e.name.starts_with(&prefix));
            if let (Some((index, _)), None) = (known.next(), known.next()) {
                return index;
            }
        }
        // "Lopez Obrador" for Andres Manuel Lopez Obrador: a two-word
        // family name ends one known person's longer name.
        if name.split_whitespace().count() == 2 {
            // (Compared without accents: "López Obrador" is the gazetteer's
            // "Andres Manuel Lopez Obrador".)
            let suffix = format!(" {}", fold_diacritics(name));
            let mut known = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person && fold_diacritics(&e.name).ends_with(&suffix) && e.name.split_whitespace().count() >= 3);
            if let (Some((index, _)), None) = (known.next(), known.next()) {
                return index;
            }
        }
        self.entity(name, EntityKind::Person)
    }

    /// "Portuguese Prime Minister Luís Montenegro ... Montenegro said": a
    /// person already named whose surname is also a state's or place's
    /// name, when the word speaks or is addressed as a person.
    fn surnames_named_like_places(&self, view: &SentenceView<'_>, mentions: &mut [Mention]) {
        if self.surnames.is_empty() {
            return;
        }
        for m in mentions.iter_mut().filter(|m| m.first == m.last && matches!(m.role, Role::Plain | Role::Capital)) {
            if !self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)) {
                continue;
            }
            let as_person = view.is_any(m.last + 1, SPEECH_VERBS) || m.first >= 1 && view.is_any(m.first - 1, &["mr", "mr.", "ms", "ms.", "mrs", "mrs."]);
            if !as_person {
                continue;
            }
            if let Some(person) = self.by_surname(view.word(m.first)).filter(|&p| self.entities.get(p).is_some_and(|e| e.kind == EntityKind::Person && !e.mentions.is_empty())) {
                m.entity = person;
                m.role = Role::Plain;
            }
        }
    }

    /// The one person of the text whose name of two or more words opens
    /// with `word`; none when two share it.
    fn by_given_name(&self, word: &str) -> Option<usize> {
        let mut found = None;
        for (k, e) in self.entities.iter().enumerate() {
            if e.kind == EntityKind::Person && e.name.split_once(' ').is_some_and(|(first, _)| first == word) {
                if found.is_some() {
                    return None;
                }
                found = Some(k);
            }
        }
        found
    }

    /// The person of two or more words that a one-word person of the text
    /// was named before ("Minister Blanár in Hanoi" as a headline, then
    /// "Juraj Blanár"): the one who goes by that word, if only one does.
    pub fn full_name_of(&self, index: usize) -> Option<usize> {
        let e = self.entities.get(index).filter(|e| e.kind == EntityKind::Person && !e.name.contains(' '))?;
        let key = fold_diacritics(&e.name);
        if self.shared_surnames.contains(key.as_ref()) {
            return None;
        }
        self.surnames.get(key.as_ref()).copied().filter(|&full| full != index && self.entities.get(full).is_some_and(|f| f.name.contains(' ')))
    }

    /// The person a surname alone names: of two namesakes ("Dmitry
    /// Lukashenko, a son of the president" and "President Alexander
    /// Lukashenko"), the one named more often, then the one named last.
    fn by_surname(&self, word: &str) -> Option<usize> {
        let folded = fold_diacritics(word);
        let first = *self.surnames.get(folded.as_ref())?;
        if !self.shared_surnames.contains(folded.as_ref()) {
            return Some(first);
        }
        let namesakes = self.namesakes.get(folded.as_ref()).into_iter().flatten().filter_map(|&k| self.entities.get(k).map(|e| (k, e)));
        Some(namesakes.max_by_key(|(_, e)| (e.mentions.len(), e.last_seen)).map_or(first, |(k, _)| k))
    }

    /// The most recently mentioned person holding an office labelled
    /// `label`.
    fn recent_holder_of(&self, label: &str) -> Option<usize> {
        self.relations
            .iter()
            .filter(|r| r.kind == RelationKind::HoldsOffice && r.label.as_deref() == Some(label))
            .filter_map(|r| self.entities.get(r.subject).map(|e| (r.subject, e.last_seen)))
            .max_by_key(|&(_, seen)| seen)
            .map(|(person, _)| person)
    }

    /// Whether `person` was named holding an office labelled `label`.
    fn holds_label(&self, person: usize, label: &str) -> bool {
        self.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == person && r.label.as_deref() == Some(label))
    }

    /// The most recently mentioned person serving `affiliation` whose
    /// offices pass `office` (the person's index is given).
    fn recent_person_of(&self, affiliation: usize, office: impl Fn(usize) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|&(k, e)| e.kind == EntityKind::Person && e.affiliation == Some(affiliation) && office(k))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(k, _)| k)
    }

    /// The two people most recently named who lead a state ("the two
    /// leaders", "both presidents"): heads of state or government.
    /// How many states the people named so far serve (a readout of two
    /// ministers' talks names two or three; a regional meeting more).
    fn office_states(&self) -> usize {
        let mut states: Vec<usize> = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .filter_map(|e| e.affiliation)
            .filter(|&s| self.entities.get(s).is_some_and(|e| e.kind == EntityKind::Country))
            .collect();
        states.sort_unstable();
        states.dedup();
        states.len()
    }

    pub fn recent_leaders(&self) -> Option<(usize, usize)> {
        self.recent_leaders_except(&[])
    }

    /// [`Self::recent_leaders`] without the people in `except`.
    pub fn recent_leaders_except(&self, except: &[usize]) -> Option<(usize, usize)> {
        // (Leaders of states first: "The two Heads of State" after one of
        // them met the President of a bank.)
        self.recent_leaders_of(except, true).or_else(|| self.recent_leaders_of(except, false))
    }

    /// [`Self::recent_leaders_except`], of states only or of any body.
    fn recent_leaders_of(&self, except: &[usize], states_only: bool) -> Option<(usize, usize)> {
        let leads = |person: usize| {
            !except.contains(&person)
                && self.relations.iter().any(|r| {
                    r.kind == RelationKind::HoldsOffice
                        && r.subject == person
                        && r.label.as_deref().is_some_and(|l| LEADER_TITLES.contains(&l))
                        && (!states_only || self.entities.get(r.object).is_some_and(|e| e.kind == EntityKind::Country))
                })
        };
        // ("Erdogan briefed the Russian President on his contacts with
        // Ukrainian President Zelensky. ... the two presidents": the two
        // leaders who met first, when both are still in view.)
        let in_view = |person: usize| self.entities.get(person).is_some_and(|e| self.clock.saturating_sub(e.last_seen) < 120);
        if let Some((a, b)) = self.first_pair.filter(|&(a, b)| leads(a) && leads(b) && in_view(a) && in_view(b)) {
            return Some((a, b));
        }
        // ("The two Heads of State" after a president and his own prime
        // minister were named: the last leader and the last one before
        // serving another state.)
        let (first, last) = self.last_two_people(120, leads)?;
        let home = |p: usize| self.entities.get(p).and_then(|e| e.affiliation);
        if home(first).is_none() || home(first) != home(last) {
            return Some((first, last));
        }
        self.last_two_people(120, |p| p == last || leads(p) && home(p).is_some_and(|h| Some(h) != home(last)))
            .filter(|&(other, _)| other != last)
            .or(Some((first, last)))
    }

    /// The two people mentioned most recently (within the last few
    /// sentences): who "the two leaders" are when no meeting named them.
    pub fn recent_people(&self) -> Option<(usize, usize)> {
        self.last_two_people(60, |_| true)
    }

    /// The person seen last and the last one before them who serves
    /// another state (earlier one first): "the two sides" when the two
    /// people seen last are a president and his own minister.
    pub fn recent_people_apart(&self) -> Option<(usize, usize)> {
        let (_, last) = self.last_two_people(60, |_| true)?;
        let home = self.entities.get(last).and_then(|e| e.affiliation)?;
        let (other, _) = self.last_two_people(60, |p| p == last || self.entities.get(p).and_then(|e| e.affiliation).is_some_and(|a| a != home))?;
        (other != last).then_some((other, last))
    }

    /// The two people seen last within `window` mentions that `accept`
    /// takes, earlier one first.
    fn last_two_people(&self, window: usize, accept: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let mut people: Vec<(usize, usize)> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(index, e)| e.kind == EntityKind::Person && e.last_seen > 0 && self.clock.saturating_sub(e.last_seen) < window && accept(*index))
            .map(|(index, e)| (e.last_seen, index))
            .collect();
        people.sort_unstable_by(|a, b| b.cmp(a));
        match people.as_slice() {
            [(_, a), (_, b), ..] => Some((*b, *a)),
            _ => None,
        }
    }

    /// The international organisation (bloc, alliance or body of states)
    /// the text names most, the latest on a tie: what "the presidency"
    /// without a name is the presidency of.
    pub fn main_organisation(&self) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Organization && e.last_seen > 0 && (matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization) || e.org_type == OrgType::None && e.affiliation.is_none()))
            .max_by_key(|(_, e)| (e.mentions.len(), e.last_seen))
            .map(|(index, _)| index)
    }

    /// The states a text about a treaty names as its parties (two or
    /// more), when the text is about a treaty.
    fn treaty_parties(&self) -> Option<Vec<usize>> {
        let treaty = self.topic_organisation().filter(|&t| self.entities.get(t).is_some_and(EntityRecord::is_treaty))?;
        let mut parties: Vec<usize> = self
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::MemberOf && r.object == treaty && !r.negated && self.entities.get(r.subject).is_some_and(|e| e.kind == EntityKind::Country))
            .map(|r| r.subject)
            .collect();
        parties.sort_unstable();
        parties.dedup();
        (parties.len() >= 2).then_some(parties)
    }

    /// The organisation an entry is about: the first one named, when it is
    /// named again ("Bucharest Nine" opening an encyclopaedia entry that
    /// names NATO more often), else `main_organisation`.
    pub fn topic_organisation(&self) -> Option<usize> {
        self.first_named(|e| e.kind == EntityKind::Organization && e.mentions.len() >= 2 && e.affiliation.is_none() && !matches!(e.org_type, OrgType::Government | OrgType::Media | OrgType::Company))
            .or_else(|| self.main_organisation())
    }

    /// The deliberative body whose resolutions delegations vote on: the one
    /// said to adopt one, else the first assembly or council named.
    pub fn recent_adopting_body(&self) -> Option<usize> {
        // Else the first organ the text names: a press release opens with
        // the one that met ("GENERAL ASSEMBLY").
        self.adopting_body.or_else(|| self.first_named(is_council_or_assembly))
    }

    /// Of the entities `accept` takes, the one the text names first.
    fn first_named(&self, accept: impl Fn(&EntityRecord) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| accept(e))
            .filter_map(|(index, e)| e.mentions.first().map(|&(first, _)| (first, index)))
            .min()
            .map(|(_, index)| index)
    }

    /// The event the text names first (a summit entry's own, a report's
    /// main one), if any.
    pub fn main_event(&self) -> Option<usize> {
        self.first_named(|e| e.kind == EntityKind::Event)
    }

    /// The event the text mentioned last, if any.
    pub fn recent_event(&self) -> Option<usize> {
        self.recent_entity(|e| e.kind == EntityKind::Event)
    }

    /// The bloc, alliance or international organisation mentioned last.
    pub fn recent_bloc(&self) -> Option<usize> {
        self.recent_entity(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance) || is_unlisted_grouping(e))
    }

    /// The bloc a membership without a named organisation means ("were
    /// invited to join"): the one mentioned last, unless the sentence
    /// `view` does not name it and the organisation the text is about is
    /// named at least twice as often.
    pub fn bloc_in_focus(&self, view: &SentenceView<'_>) -> Option<usize> {
        let mentions = |index: usize| self.entities.get(index).map_or(0, |e| e.mentions.len());
        let in_sentence = |index: usize| view.mentions.iter().any(|m| m.entity == index);
        match (self.recent_bloc(), self.main_organisation()) {
            (Some(recent), Some(main)) if !in_sentence(recent) && mentions(main) >= 2 * mentions(recent) => Some(main),
            (recent, main) => recent.or(main),
        }
    }

    /// "the summit" when no summit was named: the summit of the bloc or
    /// alliance mentioned within the last few sentences ("G7 summit"), named
    /// by the bloc's shortest name.
    fn summit_of_recent_bloc(&mut self, in_sentence: Option<usize>) -> Option<usize> {
        let bloc = in_sentence.or_else(|| self.recent_bloc())?;
        let record = self.entities.get(bloc)?;
        if in_sentence.is_none() && self.clock.saturating_sub(record.last_seen) >= RECENT_AFFILIATION_WINDOW {
            return None;
        }
        let name = format!("{} summit", self.short_name(bloc)?);
        Some(self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event)))
    }

    /// An entity's shortest name ("NATO", "ECOWAS"), not a description.
    fn short_name(&self, entity: usize) -> Option<String> {
        let record = self.entities.get(entity)?;
        std::iter::once(&record.name).chain(record.aliases.iter()).filter(|a| !a.starts_with("the ") && !a.contains('\'')).min_by_key(|a| a.len()).cloned()
    }

    /// "the MED9 group", "the C5 format": a group of states named by an
    /// acronym no gazetteer knows, written before a group's noun.
    fn find_acronym_groups(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        const GROUP_NOUNS: &[&str] = &["group", "grouping", "format", "bloc", "coalition", "alliance"];
        for t in 2..view.len() {
            // (Cheap tests first: a capitalised word with no lower-case
            // second letter before the noun.)
            if !view.is_capitalised(t - 1) || view.word(t - 1).as_bytes().get(1).is_none_or(u8::is_ascii_lowercase) {
                continue;
            }
            if !view.is_any(t, GROUP_NOUNS) || !view.is(t - 2, "the") || covered.get(t - 1).copied().unwrap_or(true) {
                continue;
            }
            let word = view.word(t - 1);
            let letters = word.bytes().take_while(u8::is_ascii_uppercase).count();
            if !(2..=6).contains(&letters) || !word.bytes().skip(letters).all(|b| b.is_ascii_digit()) || word.len() > letters + 2 {
                continue;
            }
            let entity = self.entity(word, EntityKind::Organization);
            if let Some(record) = self.entities.get_mut(entity)
                && record.org_type == OrgType::None
            {
                record.org_type = OrgType::Bloc;
            }
            mentions.push(Mention { first: t - 1, last: t - 1, entity, role: Role::Plain });
            if let Some(c) = covered.get_mut(t - 1) {
                *c = true;
            }
        }
    }

    /// "VASSILY A. NEBENZIA (Russian Federation) said": a UN meetings
    /// record writes each speaker's name in capitals, with the state (or
    /// body) spoken for in parentheses. Two to five words in capitals
    /// (initials and hyphens allowed) that no gazetteer entry covers.
    fn find_shouted_speakers(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        let shouted = |t: usize| {
            let word = view.word(t);
            word.chars().count() >= 2 && view.is_capitalised(t) && word.chars().all(|c| c.is_uppercase() || c == '\'')
        };
        for open in 2..view.len() {
            if !view.is_punct(open, '(') || !shouted(open - 1) {
                continue;
            }
            let Some(party) = mentions.iter().find(|m| m.first == open + 1 && view.is_punct(m.last + 1, ')')) else { continue };
            if !self.entities.get(party.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization)) {
                continue;
            }
            let mut first = open;
            let mut words = 0;
            while first > 0 && !covered.get(first - 1).copied().unwrap_or(true) {
                let t = first - 1;
                if shouted(t) {
                    words += 1;
                    first = t;
                } else if t >= 2 && view.is_punct(t, '.') && view.word(t - 1).chars().count() == 1 && view.is_capitalised(t - 1) && shouted(t - 2) {
                    // "A." of "VASSILY A. NEBENZIA".
                    first = t - 1;
                } else if t >= 1 && view.is_punct(t, '-') && view.touching(t - 1) && view.touching(t) && shouted(t - 1) {
                    first = t;
                } else {
                    break;
                }
            }
            // (A name opens the sentence or follows a comma or a verb in
            // lower case, never more capitals: "SECURITY COUNCIL ...".)
            if !(2..=5).contains(&words) || first > 0 && view.is_capitalised(first - 1) {
                continue;
            }
            let mut name = String::new();
            let mut after_letter = false;
            for c in view.span_text(first, open - 1).chars() {
                if after_letter {
                    name.extend(c.to_lowercase());
                } else {
                    name.push(c);
                }
                after_letter = c.is_alphabetic();
            }
            let entity = self.person_named(&name);
            mentions.push(Mention { first, last: open - 1, entity, role: Role::Plain });
            for c in covered.iter_mut().take(open).skip(first) {
                *c = true;
            }
        }
    }

    /// A name the article introduced earlier that opens with a gazetteer
    /// word ("the ruling Georgian Dream party", then "accuses Georgian
    /// Dream"): the whole name, with what the gazetteer found inside it kept
    /// only as part of it.
    fn find_introduced_names(&self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        if self.introduced.is_empty() {
            return;
        }
        let n = view.len();
        let mut found = Vec::new();
        let mut t = 0;
        while t < n {
            if !view.is_capitalised(t) {
                t += 1;
                continue;
            }
            // (A token's head opens with its first byte, and its second
            // byte is the token's or there is none.)
            let word = view.word(t).as_bytes();
            let first = usize::from(word.first().copied().unwrap_or(0)) << 8;
            let marked = |pair: usize| self.introduced_head_pairs.get(pair / 64).is_some_and(|bits| bits & 1 << (pair % 64) != 0);
            if !marked(first | usize::from(word.get(1).copied().unwrap_or(0))) && !marked(first) {
                t += 1;
                continue;
            }
            if !self.introduced_heads.contains(alphanumeric_head(view.word(t))) {
                t += 1;
                continue;
            }
            let longest = (1..=5).rev().filter(|&extra| t + extra < n).find_map(|extra| self.introduced.get(view.span_text(t, t + extra)).map(|&e| (t + extra, e)));
            match longest {
                Some((last, entity)) => {
                    found.push(Mention { first: t, last, entity, role: Role::Plain });
                    t = last + 1;
                }
                _ => t += 1,
            }
        }
        for name in found {
            // Only a name that stands alone (not a piece of a longer
            // gazetteer name) and opens with a gazetteer word: other names
            // are found again by their capitalised words.
            if mentions.iter().any(|m| m.first < name.first && m.last >= name.first || m.first <= name.last && m.last > name.last) || !mentions.iter().any(|m| m.first == name.first) || mentions.iter().any(|m| m.entity == name.entity) {
                continue;
            }
            for m in mentions.iter_mut().filter(|m| m.first >= name.first && m.last <= name.last) {
                m.role = Role::Inner;
            }
            mentions.push(name);
            for c in covered.iter_mut().take(name.last + 1).skip(name.first) {
                *c = true;
            }
        }
    }

    /// An event already named more fully: "the G20 summit" and "the first
    /// G20 summit" after "the 2023 G20 New Delhi summit". Ordinals and
    /// years are left out of the comparison.
    fn same_event(&self, name: &str) -> Option<usize> {
        let words = |text: &str| -> Vec<String> {
            text.split(|c: char| c.is_whitespace() || c == '-')
                .map(str::to_lowercase)
                .filter(|w| !(w.is_empty() || is_ordinal(w) || is_year(w)))
                .collect()
        };
        // "15th" and "16th", "2023" and "2024" tell events apart.
        let numbers = |text: &str| -> Vec<String> { text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_digit())).map(str::to_lowercase).collect() };
        let wanted = words(name);
        if wanted.len() < 2 {
            return None;
        }
        let wanted_numbers = numbers(name);
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Event && e.name != name)
            .filter(|(_, e)| {
                // (A wanted word is never empty, an ordinal or a year, so it
                // is among the entity's words exactly when it is one of its
                // lower-cased pieces: compared in place, with no Strings. The
                // numbers only when the words agree.)
                let has = |w: &String| e.name.split(|c: char| c.is_whitespace() || c == '-').any(|piece| if piece.is_ascii() { piece.eq_ignore_ascii_case(w) } else { piece.to_lowercase() == *w });
                wanted.iter().all(has) && (wanted_numbers.is_empty() || {
                    let have_numbers = numbers(&e.name);
                    wanted_numbers.iter().all(|n| have_numbers.contains(n))
                })
            })
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(index, _)| index)
    }

    /// "the APEC summit in Hanoi in 2006" and, later, "the APEC summit in
    /// Da Nang": one series' meetings in two cities are two events, each
    /// named with its city (the first renamed when the second appears).
    fn event_in_place(&mut self, event: usize, name: &str, place: &str) -> usize {
        let here = format!("{name} in {place}");
        let Some(record) = self.entities.get(event) else { return event };
        let elsewhere = record.aliases.iter().find(|a| a.starts_with(name) && a.len() > name.len() + 4 && a[name.len()..].starts_with(" in ") && **a != here).cloned();
        let Some(elsewhere) = elsewhere.filter(|_| !record.aliases.contains(&here)) else { return event };
        if record.name == name && !self.by_id.contains_key(&slug(&elsewhere)) {
            let old_id = slug(name);
            let new_id = slug(&elsewhere);
            if let Some(record) = self.entities.get_mut(event) {
                record.aliases.insert(name.to_owned());
                record.name = elsewhere;
                record.id = new_id.clone();
                if record.kind == EntityKind::Organization {
                    let name = record.name.clone();
                    self.index_organisation_words(event, &name);
                }
            }
            self.by_id.remove(&old_id);
            self.by_id.insert(new_id, event);
            self.introduced.remove(name);
        }
        self.entity(&here, EntityKind::Event)
    }

    /// The state written right before the words at `first`, by name,
    /// demonym or possessive ("Peru's", "the Peruvian", "Japan"): its match
    /// and its country entry.
    fn state_written_before<'m>(&self, view: &SentenceView<'_>, matches: &'m [TokenMatch], first: usize) -> Option<(&'m TokenMatch, usize)> {
        let before = first.checked_sub(1)?;
        let last = if view.is_possessive(before) { before.checked_sub(1).unwrap_or(before) } else { before };
        let x = matches.iter().find(|x| x.last == last)?;
        let country = country_of_target(x.target)?;
        Some((x, if matches!(*x.target, Target::Demonym(_)) { self.demonym_country(country) } else { country }))
    }

    /// The state's body of this generic name ("National Assembly" of
    /// Vietnam: "Vietnamese National Assembly", unless a longer name was
    /// `written`), with the state's index.
    fn government_body(&mut self, country_entry: usize, body: &str, written: Option<&str>) -> Option<(usize, usize)> {
        let country_record = GAZETTEER.entry(country_entry)?;
        let demonym = country_record.demonym.as_deref().unwrap_or(&country_record.name);
        let name = written.map_or_else(|| format!("{demonym} {}", title_case(body)), str::to_owned);
        let body_index = self.entity(&name, EntityKind::Organization);
        let country_index = self.gazetteer_entity(country_entry)?;
        if let Some(record) = self.entities.get_mut(body_index) {
            record.affiliation = Some(country_index);
            record.org_type = OrgType::Government;
        }
        Some((body_index, country_index))
    }

    /// The body "the Council" (or "the council") names: of the
    /// organisations named so far whose name ends in that head word, or
    /// opens with "Council of", the one named most, then the latest. (In a
    /// UN release that is the Security Council even after a Presidential
    /// Council.)
    fn body_by_head(&self, head: &str) -> Option<usize> {
        // (Each form below has the head as a whole word of the name, so only
        // the organisations filed under it can match. A head with a space,
        // or none, never comes from a token, but is still read in full.)
        let all: Vec<usize>;
        let candidates = if head.is_empty() || head.contains(' ') {
            all = (0..self.entities.len()).collect();
            &all
        } else {
            self.organisations_by_word.get(head)?
        };
        let of = format!("{head} of ");
        // ("the Mission": the "Verification Mission in Colombia".)
        let placed = [format!(" {head} in "), format!(" {head} to "), format!(" {head} for ")];
        candidates
            .iter()
            .filter_map(|&k| self.entities.get(k).map(|e| (k, e)))
            .filter(|(_, e)| e.kind == EntityKind::Organization && e.last_seen > 0 && e.name.contains(head) && (e.name.rsplit(' ').next().is_some_and(|w| w == head) && e.name.contains(' ') || e.name.starts_with(&of) || placed.iter().any(|p| e.name.contains(p.as_str()))))
            .max_by_key(|(_, e)| (e.mentions.len(), e.last_seen))
            .map(|(k, _)| k)
    }

    /// Files organisation `index` under each word of `name`, keeping every
    /// list ascending and without repeats.
    fn index_organisation_words(&mut self, index: usize, name: &str) {
        for word in name.split(' ') {
            let list = self.organisations_by_word.entry(word.to_owned()).or_default();
            if let Err(at) = list.binary_search(&index) {
                list.insert(at, index);
            }
        }
    }

    /// The entity `accept` takes that was mentioned last.
    pub(super) fn recent_entity(&self, accept: impl Fn(&EntityRecord) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.last_seen > 0 && accept(e))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    /// "a summit in the Kazakh capital", "flew to the Chinese capital",
    /// "its embassy in the Solomon Islands capital": the capital of the
    /// state the demonym or name names, as if written by name.
    fn find_capitals_by_demonym(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        for i in 2..view.len() {
            if view.lower(i) != "capital" || covered.get(i).copied().unwrap_or(true) {
                continue;
            }
            let Some(k) = mentions.iter().position(|m| {
                m.last == i - 1
                    && m.first >= 1
                    && view.is(m.first - 1, "the")
                    && (m.role == Role::Demonym || m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country))
            }) else {
                continue;
            };
            let first = mentions.get(k).map_or(i - 1, |m| m.first);
            let country = mentions.get(k).and_then(|m| self.entities.get(m.entity)).and_then(|e| GAZETTEER.index_named(&e.name));
            let Some(city) = country.and_then(|c| GAZETTEER.capital_of(c)).and_then(|place| self.gazetteer_entity(place)) else { continue };
            mentions.remove(k);
            mentions.push(Mention { first, last: i, entity: city, role: Role::Capital });
            if let Some(c) = covered.get_mut(i) {
                *c = true;
            }
        }
    }

    /// "a special ministerial meeting in Bangkok", "an intersessional
    /// meeting in Nassau", "a sixth round of normalisation talks in
    /// Ankara": a meeting of a kind the words before it say, held in a
    /// place named right after it, is an event of its own (named without
    /// the place, as a reader would).
    fn find_meetings_in_places(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        const KINDS: &[&str] = &[
            "special", "ministerial", "outreach", "intersessional", "consultative", "informal", "extraordinary", "emergency", "trilateral", "regular", "annual", "ordinary", "plenary",
            "high-level", "leaders", "tripartite", "quadrilateral", "senior", "officials", "technical", "expert", "experts",
        ];
        for head in 1..view.len() {
            if !view.is_any(head, &["meeting", "summit", "session", "talks"]) || covered.get(head).copied().unwrap_or(true) {
                continue;
            }
            // "a trilateral meeting of the foreign ministers of Bolivia,
            // Chile and Peru": the leaders' states, as written, name it too.
            let leaders_end = if view.is_any(head, &["meeting", "summit"]) { leaders_of_states(view, head + 1) } else { None };
            if leaders_end.is_none() && !(view.is(head + 1, "in") && place_named_at(view, mentions, &self.entities, head + 2).is_some()) {
                continue;
            }
            // Back over the words of kind (and an ordinal), or "ORDINAL
            // round of (TOPIC) talks".
            let mut first = head;
            if view.is(head, "talks") {
                let Some(round) = (head.saturating_sub(3)..head).find(|&t| view.is(t, "round") && view.is(t + 1, "of")) else { continue };
                if round == 0 || !is_ordinal(view.lower(round - 1)) || (round + 2..head).any(|t| !view.word(t).starts_with(char::is_lowercase)) {
                    continue;
                }
                first = round - 1;
            } else {
                while first > 0 && (view.is_any(first - 1, KINDS) || is_ordinal(view.lower(first - 1)) && first == head) && !covered.get(first - 1).copied().unwrap_or(true) {
                    first -= 1;
                }
                // (At least one word of kind: "a meeting in Paris" says
                // nothing of which.)
                if !(first..head).any(|t| view.is_any(t, KINDS) || leaders_end.is_some() && is_ordinal(view.lower(t))) {
                    continue;
                }
            }
            // ("the sixth meeting of the heads of state of ...": an ordinal
            // makes it one of a series.)
            let article_word = if leaders_end.is_some() && is_ordinal(view.lower(first)) { &["a", "an", "the"][..] } else { &["a", "an"][..] };
            if first == 0 || !view.is_any(first - 1, article_word) {
                continue;
            }
            let name = view.span_text(first, head);
            let event = self.same_event(name).unwrap_or_else(|| self.entity(name, EntityKind::Event));
            if let Some(end) = leaders_end
                && let Some(record) = self.entities.get_mut(event)
            {
                record.aliases.insert(view.span_text(first, end).to_owned());
            }
            mentions.push(Mention { first, last: head, entity: event, role: Role::Plain });
            for c in covered.iter_mut().take(head + 1).skip(first) {
                *c = true;
            }
        }
    }

    /// Event patterns: "NATO summit", "the Japan-US joint exercise".
    fn find_events(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        let n = view.len();
        for head in 0..n {
            let lower = view.lower(head);
            // (Every head word below is one of these; most words are none.)
            if !matches!(lower, "meeting" | "ministerial" | "summit" | "summits" | "talks" | "dialogue" | "consultations" | "exercise" | "exercises" | "drills" | "drill" | "manoeuvres" | "maneuvers" | "war" | "conference" | "session" | "forum" | "mission") {
                continue;
            }
            // "a V4 defence ministers' meeting", "the SCO ministerial meeting".
            let ministers_meeting = lower == "meeting"
                && (view.is(head.saturating_sub(1), "ministerial") || head >= 2 && plural_possessive(view, head - 1) && view.is_any(head - 2, &["ministers", "leaders"]));
            let is_summit = ministers_meeting || matches!(lower, "summit" | "summits" | "talks" | "dialogue" | "consultations") || lower == "ministerial" && !view.is(head + 1, "meeting");
            let is_exercise = matches!(lower, "exercise" | "exercises" | "drills" | "drill" | "manoeuvres" | "maneuvers" | "war");
            // "a Council of Foreign Ministers meeting": a head that only a
            // capitalised name before it makes an event.
            let named_only = !is_summit && !is_exercise && matches!(lower, "meeting" | "conference" | "session" | "forum" | "mission");
            if !is_summit && !is_exercise && !named_only {
                continue;
            }
            if !view.word(head).chars().next().is_some_and(char::is_lowercase) {
                continue;
            }
            // Walk back over modifiers: "joint", "military", "naval" and
            // entity mentions joined by hyphens.
            let mut first = head;
            let mut saw_entity = false;
            let mut town_meeting = false;
            let mut i = head;
            while i > 0 {
                let prev = i - 1;
                if view.is_any(prev, &["joint", "military", "naval", "air", "trilateral", "bilateral", "annual", "leaders", "emergency", "extraordinary", "special", "intergovernmental", "inter-governmental", "government", "strategic"]) && !saw_entity {
                    i = prev;
                    continue;
                }
                // "a leaders' summit".
                if !saw_entity && plural_possessive(view, prev) && prev >= 1 && view.is(prev - 1, "leaders") {
                    i = prev;
                    continue;
                }
                if ministers_meeting
                    && !saw_entity
                    && (plural_possessive(view, prev) || view.is_any(prev, &["ministers", "ministerial", "foreign", "defence", "defense", "finance", "trade", "economy", "economic", "energy", "interior", "health", "agriculture", "environment"]))
                {
                    i = prev;
                    continue;
                }
                if view.is_punct(prev, '-') && saw_entity {
                    i = prev;
                    continue;
                }
                // "G20 New Delhi summit", "the Vilnius summit": a city names
                // the event too, after the host or alone.
                // ("the Esquipulas meeting": a town alone names a meeting.)
                let town = mentions.iter().find(|m| m.last == prev && m.role != Role::Affiliation).filter(|m| lower == "meeting" && m.first == m.last && m.first >= 1 && view.is(m.first - 1, "the") && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place));
                if let Some(m) = mentions.iter().find(|m| m.last == prev && m.role != Role::Affiliation)
                    && (town.is_some() || self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization) || e.kind == EntityKind::Place && is_summit))
                {
                    town_meeting |= town.is_some() && prev + 1 == head;
                    saw_entity = true;
                    i = m.first;
                    first = m.first;
                    continue;
                }
                // ("the Esquipulas meeting" after "ESQUIPULAS, Guatemala":
                // a town named before, not yet found in this sentence.)
                if !saw_entity
                    && lower == "meeting"
                    && view.is_capitalised(prev)
                    && prev >= 1
                    && view.is(prev - 1, "the")
                    && !covered.get(prev).copied().unwrap_or(true)
                    && let Some(&town) = self.by_id.get(&slug(view.word(prev)))
                    && self.entities.get(town).is_some_and(|e| e.kind == EntityKind::Place)
                {
                    mentions.push(Mention { first: prev, last: prev, entity: town, role: Role::Plain });
                    town_meeting = prev + 1 == head;
                    saw_entity = true;
                    i = prev;
                    first = prev;
                    continue;
                }
                break;
            }
            // "The 2023 G20 summit": its year.
            if saw_entity
                && let Some(before) = first.checked_sub(1)
                && is_year(view.word(before))
            {
                first = before;
            }
            // "the next summit", "their next tripartite meeting": the next
            // one of a series, named as written.
            // (Only one said to be held somewhere or some time, not "at
            // its next meeting".)
            let placed = (head + 1..(head + 9).min(n)).any(|t| {
                view.is_any(t, &["held", "hosted", "host", "convene"])
                    || view.dates.iter().any(|d| d.first_token == t)
                    || view.is_any(t, &["in", "at"]) && mentions.iter().any(|m| m.first == t + 1 && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country)))
            });
            if !saw_entity
                && placed
                && (lower == "summit" || lower == "meeting")
                && let Some(next) = i.checked_sub(1).filter(|&t| view.is(t, "next"))
                && !covered.get(next).copied().unwrap_or(true)
            {
                let name = view.span_text(next, head).to_lowercase();
                let event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                mentions.push(Mention { first: next, last: head, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(head + 1).skip(next) {
                    *c = true;
                }
                continue;
            }
            // "the 13th summit", "the first summit": an ordinal names a
            // summit of the organisation the text is about.
            if !saw_entity
                && is_summit
                && lower == "summit"
                // ("the first trilateral summit": over its kind; "the ninth
                // ordinary summit": over its standing.)
                && let Some(ordinal) = i.checked_sub(1).filter(|&o| is_ordinal(view.lower(o))).or_else(|| i.checked_sub(2).filter(|&o| is_ordinal(view.lower(o)) && view.is_any(o + 1, &["ordinary", "extraordinary", "annual", "regular"])))
                && !covered.get(ordinal).copied().unwrap_or(true)
                && !covered.get(i - 1).copied().unwrap_or(true)
                // ("It was the first summit held in the United States": a
                // description of the event already named, no other one.)
                && !(ordinal >= 2 && view.is(ordinal - 1, "the") && view.is_any(ordinal - 2, &["was", "is", "be", "became", "becomes", "marked", "marks"]))
            {
                // ("the seventh summit of the Gas Exporting Countries Forum":
                // named with the body whose summit it is.)
                let body = mentions.iter().position(|m| view.is(head + 1, "of") && view.is(head + 2, "the") && m.first == head + 3 && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization));
                let last = body.and_then(|k| mentions.get(k)).map_or(head, |m| m.last);
                let name = view.span_text(ordinal, last).to_owned();
                let event = self.same_event(&name).filter(|_| body.is_some()).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                if let Some(m) = body.and_then(|k| mentions.get_mut(k)) {
                    m.role = Role::Inner;
                }
                mentions.push(Mention { first: ordinal, last, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(ordinal) {
                    *c = true;
                }
                continue;
            }
            // "the Maritime Security Belt 2025 naval exercise": two or more
            // capitalised words (and a year) before a lower-case head name
            // the event.
            if !saw_entity && (is_exercise || named_only || lower == "summit") && first == head {
                let year = i.checked_sub(1).filter(|&y| is_year(view.word(y)));
                // "AUSINDEX, a bilateral naval exercise": the name in
                // apposition before the head.
                let appositive = is_exercise && i >= 3 && view.is_any(i - 1, &["a", "an"]) && view.is_punct(i - 2, ',') && view.is_capitalised(i - 3);
                let named_end = if appositive { Some(i - 3) } else { year.unwrap_or(i).checked_sub(1) };
                if let Some(run_last) = named_end {
                    let mut run_first = run_last + 1;
                    // Capitalised words, and "of"/"for"/"and" between them.
                    while let Some(prev) = run_first.checked_sub(1) {
                        let free = !covered.get(prev).copied().unwrap_or(true);
                        let word = free && view.is_capitalised(prev) && !is_not_name(view.word(prev));
                        let connector = free && run_first <= run_last && view.is_any(prev, &["of", "for", "and"]) && prev >= 1 && view.is_capitalised(prev - 1);
                        if !(word || connector) {
                            break;
                        }
                        run_first = prev;
                    }
                    // "the Malabar exercise", "the annual Balikatan drills": a
                    // single word will do for an exercise after "the".
                    let one_word_exercise = is_exercise && run_first == run_last && run_first >= 1 && (appositive || view.is(run_first - 1, "the")) && lower != "war";
                    if (run_first < run_last || one_word_exercise) && view.is_capitalised(run_first) {
                        // ("the Multinational Security Support mission": a
                        // mission goes by its head word too.)
                        let name = view.span_text(run_first, if lower == "mission" { head } else { run_last }).to_owned();
                        let event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                        if let Some(record) = self.entities.get_mut(event) {
                            record.aliases.insert(view.span_text(run_first, head).to_owned());
                            record.aliases.insert(format!("{name} {}", view.word(head)));
                        }
                        let last = if appositive { run_last } else { head };
                        mentions.push(Mention { first: run_first, last, entity: event, role: Role::Plain });
                        for c in covered.iter_mut().take(last + 1).skip(run_first) {
                            *c = true;
                        }
                        continue;
                    }
                }
            }
            // "a leaders' summit next month": the summit of the leaders of
            // the body the text is about, named as written.
            if !saw_entity && lower == "summit" && head >= 2 && i + 2 <= head && view.is(head - 2, "leaders") && plural_possessive(view, head - 1) && !covered.get(i).copied().unwrap_or(true) {
                let name = view.span_text(i, head).to_owned();
                let event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                mentions.push(Mention { first: i, last: head, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(head + 1).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "A summit in Kraków on 17 February": an event named by its
            // city alone, when no summit was named before it.
            let place_after = |entities: &[EntityRecord], at: usize| place_named_at(view, mentions, entities, at);
            // ("The founding summit in Lima": one word saying which.)
            let which = head.checked_sub(1).filter(|&w| view.is_any(w, SUMMIT_ADJECTIVES));
            if !saw_entity
                && lower == "summit"
                && view.is(head + 1, "in")
                && let Some(article) = which.unwrap_or(head).checked_sub(1).filter(|&a| view.is_any(a, &["a", "an"]) || view.is(a, "the") && self.recent_entity(|e| e.kind == EntityKind::Event && e.name.to_lowercase().contains("summit")).is_none())
                && let Some(place) = place_after(&self.entities, head + 2)
            {
                // ("a summit in The Hague" after "The Hague summit": the same.)
                let name = match which {
                    Some(w) => format!("{} summit in {place}", view.lower(w)),
                    None => format!("summit in {place}"),
                };
                let by_place = format!("{place} summit");
                let event = self.by_id.get(&slug(&by_place)).copied().filter(|&e| self.entities.get(e).is_some_and(|e| e.kind == EntityKind::Event)).or_else(|| self.same_event(&by_place)).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                if let Some(record) = self.entities.get_mut(event) {
                    record.aliases.insert(format!("{place} summit"));
                }
                mentions.push(Mention { first: article + 1, last: head, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(head + 1).skip(article + 1) {
                    *c = true;
                }
                continue;
            }
            // "a summit of the Gulf Cooperation Council", "the joint summit
            // of the EAC and the SADC", "a meeting of SAARC foreign
            // ministers": an event named by the bodies whose it is.
            // ("the most recent meeting of SAARC leaders" refers back.)
            // ("The Osaka summit was the fourteenth meeting of the G20":
            // the subject, described.)
            let described = (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["was", "is", "as"])) && (i.saturating_sub(3)..i).all(|t| view.is_any(t, &["was", "is", "as", "the", "a", "an"]) || is_ordinal(view.lower(t)));
            let refers_back = described || view.is_any(i.saturating_sub(1), &["recent", "latest", "previous"]);
            if !saw_entity && !refers_back && matches!(lower, "summit" | "meeting" | "conference") && view.is(head + 1, "of") && !covered.get(i).copied().unwrap_or(true) {
                let body_at = |at: usize| {
                    let at = at + usize::from(view.is(at, "the"));
                    mentions.iter().find(|m| m.first == at && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization)).copied()
                };
                // ("the next meeting of the SCO Council of Heads of State": a
                // body of the one named, whose meeting that is.)
                let organ_follows = |body: &Mention| {
                    (body.last + 1..(body.last + 5).min(view.len())).take_while(|&t| view.is_capitalised(t)).any(|t| matches!(view.word(t), "Council" | "Commission" | "Committee" | "Assembly" | "Parliament" | "Secretariat" | "Court" | "Bank" | "Forum"))
                };
                if let Some(body) = body_at(head + 2).filter(|b| !organ_follows(b)) {
                    let mut last = body.last;
                    let mut bodies = vec![body.entity];
                    if view.is(last + 1, "and")
                        && let Some(second) = body_at(last + 2)
                    {
                        bodies.push(second.entity);
                        last = second.last;
                    }
                    if view.is(last + 1, "heads") && view.is(last + 2, "of") && view.is_any(last + 3, &["state", "government"]) {
                        last += 3;
                    } else if view.is_any(last + 1, &["leaders", "ministers"]) {
                        last += 1;
                    } else if view.is_any(last + 1, &["foreign", "defence", "defense", "finance", "trade", "economy", "energy", "interior", "health"]) && view.is(last + 2, "ministers") {
                        last += 2;
                    }
                    // ("the ninth ministerial meeting of the ADD": one of a
                    // series, named with its ordinal and known without it.)
                    let ordinal = i.checked_sub(1).filter(|&o| is_ordinal(view.lower(o)) && !covered.get(o).copied().unwrap_or(true));
                    let plain = view.span_text(i, last).to_owned();
                    let name = ordinal.map_or_else(|| plain.clone(), |o| view.span_text(o, last).to_owned());
                    let event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                    if ordinal.is_some()
                        && let Some(record) = self.entities.get_mut(event)
                    {
                        record.aliases.insert(plain);
                    }
                    let i = ordinal.unwrap_or(i);
                    if let [only] = bodies.as_slice()
                        && let Some(body_name) = self.entities.get(*only).map(|e| e.name.clone())
                    {
                        if let Some(record) = self.entities.get_mut(event) {
                            record.aliases.insert(format!("{body_name} {lower}"));
                        }
                        self.relate(view, event, *only, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
                    } else {
                        // A joint summit: each body takes part.
                        for &body in &bodies {
                            self.relate(view, body, event, RelationKind::Attends, None, false, Modality::Asserted, None, 0.6);
                        }
                    }
                    for m in mentions.iter_mut() {
                        if m.first > head && m.last <= last {
                            m.role = Role::Inner;
                        }
                    }
                    mentions.push(Mention { first: i, last, entity: event, role: Role::Plain });
                    for c in covered.iter_mut().take(last + 1).skip(i) {
                        *c = true;
                    }
                    continue;
                }
            }
            // ("the Monrovia talks": a city alone names talks; a state or
            // a pair of them does not.)
            let city_talks = lower == "talks" && mentions.iter().any(|m| m.first == first && m.last + 1 == head && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place));
            if !saw_entity || named_only && !town_meeting || (lower == "talks" && !city_talks || lower == "war") {
                continue;
            }
            // An ordinal before: "the 15th BRICS summit".
            if let Some(before) = first.checked_sub(1)
                && is_ordinal(view.lower(before))
            {
                first = before;
            }
            // Only the hyphenated pair or single entity plus the head words.
            let name = view.span_text(first, head).to_owned();
            let mut event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
            // "a V4 summit in Prague": also known by its place.
            if view.is(head + 1, "in")
                && let Some(place) = place_after(&self.entities, head + 2)
            {
                let before = event;
                event = self.event_in_place(event, &name, &place);
                // (The earlier event's name, found as written, stands here
                // for the new one.)
                mentions.retain(|m| !(event != before && m.entity == before && m.first >= first && m.last <= head));
                let Some(record) = self.entities.get_mut(event) else { continue };
                record.aliases.insert(format!("{name} in {place}"));
                if lower == "summit" {
                    record.aliases.insert(format!("{place} summit"));
                }
            }
            // "the Astana summit", "the Minsk summit", "the Doha talks": a
            // meeting named by its city was held there.
            if matches!(lower, "summit" | "talks" | "meeting" | "conference")
                && let Some(city) = mentions.iter().find(|m| m.first == first && m.last + 1 == head && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place)).map(|m| m.entity)
            {
                self.relate(view, event, city, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
            }
            for m in mentions.iter_mut() {
                if m.first >= first && m.last <= head {
                    m.role = Role::Inner;
                }
            }
            mentions.push(Mention { first, last: head, entity: event, role: Role::Plain });
            for c in covered.iter_mut().take(head + 1).skip(first) {
                *c = true;
            }
        }
    }

    /// Names defined with their acronym: "the United Nations Interim Force
    /// in Lebanon (UNIFIL)", "Caribbean Community (CARICOM)". The name runs
    /// back from the parenthesis over capitalised words and connectors to
    /// the nearest word that can open the acronym (its letters must appear
    /// in order in the name). Names the gazetteer knows whole are left to
    /// it. The acronym alone then names the same entity for the rest of the
    /// article; "... in Lebanon" at the end of the name places it.
    fn find_acronym_definitions(&mut self, view: &SentenceView<'_>, matches: &[TokenMatch], mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        const CONNECTORS: &[&str] = &["of", "for", "and", "the", "in", "on", "de", "to", "against"];
        for open in 1..view.len() {
            if view.is_punct(open, '(') && self.described_acronym(view, matches, mentions, covered, open) {
                continue;
            }
            if !view.is_punct(open, '(') || !view.is_punct(open + 2, ')') {
                continue;
            }
            let acronym = view.word(open + 1);
            let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
            let upper = acronym.chars().filter(char::is_ascii_uppercase).count();
            let Some(&opening) = letters.first() else { continue };
            if letters.len() < 2 || upper < 2 || acronym.chars().any(|c| c.is_ascii_digit()) || !acronym.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let last = open - 1;
            if !view.is_capitalised(last) || covered.get(last).copied().unwrap_or(true) {
                continue;
            }
            // Candidate first words, nearest first.
            let mut starts = Vec::new();
            let mut i = last;
            loop {
                let word_ok = view.is_capitalised(i) && !covered.get(i).copied().unwrap_or(true);
                if word_ok {
                    if view.word(i).chars().next().is_some_and(|c| c.to_ascii_lowercase() == opening) {
                        starts.push(i);
                    }
                } else if !(view.is_any(i, CONNECTORS) || view.is_punct(i, '-')) {
                    break;
                }
                if i == 0 || last - i >= 12 {
                    break;
                }
                i -= 1;
            }
            let spells = |first: usize| {
                let mut wanted = letters.iter().peekable();
                for t in first..=last {
                    for c in view.word(t).chars().map(|c| c.to_ascii_lowercase()) {
                        if wanted.peek() == Some(&&c) {
                            wanted.next();
                        }
                    }
                }
                wanted.peek().is_none()
            };
            // An acronym of the name in another language ("Community of
            // Latin American and Caribbean States (CELAC)"): most of its
            // letters are the initials of the name's capitalised words.
            let initials_cover = |first: usize| {
                let mut initials: Vec<char> = (first..=last).filter(|&t| view.is_capitalised(t)).filter_map(|t| view.word(t).chars().next()).map(|c| c.to_ascii_lowercase()).collect();
                let mut found = 0;
                for c in &letters {
                    if let Some(k) = initials.iter().position(|x| x == c) {
                        initials.remove(k);
                        found += 1;
                    }
                }
                found * 10 >= letters.len() * 7 && (first..=last).filter(|&t| view.is_capitalised(t)).count() >= 3
            };
            // ("European Economic Area (EEA)": the words whose initials
            // are the acronym win over a nearer start that only spells it,
            // as "Economic Area" does.)
            let initials_are = |first: usize| (first..=last).filter(|&t| view.is_capitalised(t)).filter_map(|t| view.word(t).chars().next()).map(|c| c.to_ascii_lowercase()).eq(letters.iter().copied());
            let exact = starts.iter().copied().find(|&s| s < last && initials_are(s));
            let Some(first) = exact.or_else(|| starts.iter().copied().find(|&s| s < last && spells(s))).or_else(|| starts.iter().copied().rev().find(|&s| s < last && initials_cover(s))) else {
                continue;
            };
            // "Bay of Bengal Initiative ... (BIMSTEC)": an acronym skips
            // "of" words, so a name may open two words earlier.
            let first = if first >= 2
                && view.is(first - 1, "of")
                && view.is_capitalised(first - 2)
                && !covered.get(first - 2).copied().unwrap_or(true)
                && view.word(first - 2).chars().next().is_some_and(|c| c.to_ascii_lowercase() == opening)
            {
                first - 2
            } else if first >= 1
                && !spells(first)
                && view.is_capitalised(first - 1)
                && !covered.get(first - 1).copied().unwrap_or(true)
                && view.word(first - 1).chars().next().is_some_and(|c| letters.contains(&c.to_ascii_lowercase()))
            {
                // "Democratic Forces for the Liberation of Rwanda (FDLR)":
                // an acronym in another language may open with an
                // adjective written first in English.
                first - 1
            } else {
                first
            };
            // ("the Treaty on the Non-Proliferation of Nuclear Weapons
            // (NPT)": the acronym skips the document's own word.)
            let first = match (first.checked_sub(3), first.checked_sub(2)) {
                (Some(head), _) if view.is(head + 1, "on") && view.is(head + 2, "the") && TREATY_HEADS.contains(&view.word(head)) && !covered.get(head).copied().unwrap_or(true) => head,
                (_, Some(head)) if view.is_any(head + 1, &["on", "for"]) && TREATY_HEADS.contains(&view.word(head)) && !covered.get(head).copied().unwrap_or(true) => head,
                _ => first,
            };
            let known_whole = matches.iter().any(|m| m.first == first && m.last == last && matches!(*m.target, Target::Name(_)));
            if known_whole {
                continue;
            }
            let spelled_first = first;
            // ("the Ghana Cocoa Board (COCOBOD)": a state's name written
            // before the words the acronym spells belongs to the name.)
            let first = match matches.iter().find(|m| m.last + 1 == first && matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Country))) {
                Some(state) if view.word(state.first).starts_with(char::is_uppercase) && (state.first == 0 || view.is_any(state.first - 1, &["the", "between", "and", "by", "with"]) || view.is_punct(state.first - 1, ',')) && view.word(state.last).chars().all(|c| c.is_alphabetic() || c == '\'' || c == '-') => state.first,
                _ => first,
            };
            let head = view.word(last);
            let kind = if EVENT_HEADS.contains(&head) {
                EntityKind::Event
            } else if is_place_head(head) {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            let name = view.span_text(first, last).to_owned();
            // "United Nations Relief and Works Agency for Palestine Refugees
            // (UNRWA)": a listed body's acronym; the name is one more alias.
            let known = GAZETTEER
                .index_named(acronym)
                .filter(|&e| GAZETTEER.entry(e).is_some_and(|e| e.kind == kind && kind == EntityKind::Organization))
                .and_then(|e| self.gazetteer_entity(e));
            // (A name spelled out before, in a headline, is that entity.)
            let spelled_before = self.by_id.get(&slug(&name)).copied().filter(|&e| self.entities.get(e).is_some_and(|x| x.kind == kind));
            let entity = spelled_before.or(known).unwrap_or_else(|| self.entity(&name, kind));
            if let Some(record) = self.entities.get_mut(entity) {
                record.aliases.insert(name.clone());
                record.aliases.insert(acronym.to_owned());
                if record.kind == EntityKind::Organization && record.org_type == OrgType::None {
                    record.org_type = OrgType::Organization;
                }
            }
            self.acronyms.insert(acronym.to_owned(), entity);
            self.relate_body_to_its_place(view, matches, mentions, first, last, entity);
            // "the Ghana Cocoa Board (COCOBOD)", "Côte d'Ivoire's Coffee and
            // Cocoa Council (CCC)": a body of the state that names it.
            let owner_match = matches.iter().find(|m| (m.first == first && m.last < last || m.last + 2 == first && view.is_possessive(m.last + 1)) && matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Country)));
            let owner = owner_match.and_then(|m| if let Target::Name(e) = *m.target { self.gazetteer_entity(e) } else { None });
            if let (Some(m), Some(state)) = (owner_match, owner)
                && m.first == first
            {
                mentions.push(Mention { first: m.first, last: m.last, entity: state, role: Role::Inner });
            }
            // (A body by its head word, not "the Tuvalu Coastal Adaptation
            // Project (TCAP)" or "the Uzbekistan-Afghanistan-Pakistan (UAP)
            // railway".)
            // ("Kazakhstan Temir Zholy (KTZ)": the acronym spells the
            // state's name too.)
            let scheme = matches!(view.word(last), "Project" | "Programme" | "Program" | "Initiative" | "Plan" | "Strategy" | "Corridor" | "Railway" | "Highway" | "Agreement" | "Partnership" | "Dialogue" | "Forum");
            let state_spelled = !scheme && owner_match.is_some_and(|m| m.first == spelled_first && !view.is_punct(m.last + 1, '-'));
            if kind == EntityKind::Organization
                && (ORG_HEADS.contains(&view.word(last)) || state_spelled)
                && let Some(state) = owner.filter(|&s| s != entity)
            {
                self.relate(view, entity, state, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
            }
            // Organisations inside the name ("United Nations" in "United
            // Nations Interim Force") are named too, though not arguments.
            for inner in matches.iter().filter(|x| x.first >= first && x.last < last) {
                if let Target::Name(e) = *inner.target
                    && GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Organization)
                    && let Some(inner_entity) = self.gazetteer_entity(e)
                {
                    mentions.push(Mention { first: inner.first, last: inner.last, entity: inner_entity, role: Role::Inner });
                }
            }
            mentions.push(Mention { first, last, entity, role: Role::Plain });
            for c in covered.iter_mut().take(open + 3).skip(first) {
                *c = true;
            }
        }
    }

    /// "the multinational stabilization force in Bosnia and Herzegovina
    /// (EUFOR ALTHEA)": a body described in lower case and named by the
    /// capitals in the parenthesis at `open` (one or two words the
    /// gazetteers do not know), placed where the description says.
    fn described_acronym(&mut self, view: &SentenceView<'_>, matches: &[TokenMatch], mentions: &mut Vec<Mention>, covered: &mut [bool], open: usize) -> bool {
        const BODY_NOUNS: &[&str] = &["force", "forces", "mission", "operation", "office", "agency", "programme", "program", "commission", "group", "bank", "fund", "initiative", "organisation", "organization", "court", "tribunal", "panel", "committee", "council", "movement", "front", "militia", "alliance", "coalition", "secretariat", "authority", "company", "corporation"];
        let shouted = |t: usize| {
            let word = view.word(t);
            word.chars().filter(|c| c.is_alphabetic()).count() >= 3 && word.chars().all(|c| c.is_ascii_uppercase() || c == '-') && !covered.get(t).copied().unwrap_or(true)
        };
        let close = if shouted(open + 1) && view.is_punct(open + 2, ')') {
            open + 2
        } else if shouted(open + 1) && shouted(open + 2) && view.is_punct(open + 3, ')') {
            open + 3
        } else {
            return false;
        };
        if matches.iter().any(|m| m.first > open && m.first < close) {
            return false;
        }
        let Some(noun) = (open.saturating_sub(8)..open).rev().find(|&t| view.is_any(t, BODY_NOUNS) && !view.is_capitalised(t)) else { return false };
        // (Only a description: lower case, places and connectors between.)
        let placed_words = |t: usize| matches.iter().any(|m| m.first <= t && t <= m.last);
        if !(noun + 1..open).all(|t| view.is_any(t, &["in", "for", "of", "the", "on", "and"]) || placed_words(t)) {
            return false;
        }
        let name = view.span_text(open + 1, close - 1).to_owned();
        let entity = self.entity(&name, EntityKind::Organization);
        if let Some(record) = self.entities.get_mut(entity)
            && record.org_type == OrgType::None
        {
            record.org_type = OrgType::Organization;
        }
        self.acronyms.insert(name, entity);
        if let Some(at) = (noun + 1..open).find(|&t| view.is(t, "in"))
            && let Some(place) = matches.iter().find(|m| m.first > at && m.first <= at + 2 && m.last + 1 == open)
            && let Target::Name(e) | Target::Capital { place: e, .. } = *place.target
            && GAZETTEER.entry(e).is_some_and(|x| matches!(x.kind, EntityKind::Country | EntityKind::Place))
            && let Some(place_entity) = self.gazetteer_entity(e)
        {
            self.relate(view, entity, place_entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
        }
        mentions.push(Mention { first: open + 1, last: close - 1, entity, role: Role::Plain });
        for c in covered.iter_mut().take(close).skip(open + 1) {
            *c = true;
        }
        true
    }

    /// "United Nations Interim Force in Lebanon": a body whose name (tokens
    /// `first..=last`) ends in "in <place>" works there.
    fn relate_body_to_its_place(&mut self, view: &SentenceView<'_>, matches: &[TokenMatch], mentions: &mut Vec<Mention>, first: usize, last: usize, entity: usize) {
        let Some(at) = (first + 1..last).rev().find(|&t| view.is(t, "in")) else { return };
        let place_first = at + 1 + usize::from(view.is(at + 1, "the"));
        // (Inside a listed name the place has no match of its own.)
        let place = match matches.iter().find(|m| m.first == place_first && m.last == last).map(|m| m.target) {
            Some(&Target::Name(e)) => Some(e),
            Some(&Target::Capital { place, .. }) => Some(place),
            Some(_) => None,
            None => GAZETTEER.index_named(view.span_text(place_first, last)).or_else(|| GAZETTEER.index_named(view.span_text(at + 1, last))),
        };
        if let Some(place) = place.filter(|&e| GAZETTEER.entry(e).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)))
            && let Some(place) = self.gazetteer_entity(place)
        {
            mentions.push(Mention { first: place_first, last, entity: place, role: Role::Inner });
            self.relate(view, entity, place, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
        }
    }

    /// "USS Missouri", "HMAS Stirling", "INS Vikrant": a navy's ship or
    /// shore base by its prefix, a body of its own (even over a state or
    /// place the name repeats).
    fn find_ships(&mut self, view: &SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        const PREFIXES: &[&str] = &["USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "JS", "ROKS", "BRP", "KRI", "CNS"];
        let mut i = 0;
        while i < view.len() {
            // (Every prefix is two to five capitals: most words fail that
            // before the list is read.)
            // (Read from the token itself, before the word is sliced.)
            let shape = view.tokens.get(i).is_some_and(|t| (2..=5).contains(&(t.end - t.start)) && view.text.as_bytes().get(t.start).is_some_and(u8::is_ascii_uppercase));
            if !shape || !PREFIXES.contains(&view.word(i)) || covered.get(i).copied().unwrap_or(true) || !view.is_capitalised(i + 1) {
                i += 1;
                continue;
            }
            let mut last = i + 1;
            while last + 1 < view.len() && last < i + 3 && view.is_capitalised(last + 1) && view.word(last + 1).chars().any(char::is_lowercase) && !is_not_name(view.word(last + 1)) {
                last += 1;
            }
            let name = view.span_text(i, last).to_owned();
            let ship = self.entity(&name, EntityKind::Organization);
            mentions.retain(|m| m.last < i || m.first > last);
            mentions.push(Mention { first: i, last, entity: ship, role: Role::Plain });
            for c in covered.iter_mut().take(last + 1).skip(i) {
                *c = true;
            }
            i = last + 1;
        }
    }

    /// Capitalised runs that the gazetteers do not know.
    fn find_capitalised_names(
        &mut self,
        view: &SentenceView<'_>,
        mentions: &mut Vec<Mention>,
        covered: &mut [bool],
        date_tokens: &DateTokens,
    ) {
        let n = view.len();
        let mut i = 0;
        while i < n {
            let uncovered = !covered.get(i).copied().unwrap_or(true);
            // (Most words are covered or not capitalised: passed over before
            // the tests below, which only matter for the others.)
            if !uncovered || !view.is_capitalised(i) {
                i += 1;
                continue;
            }
            // "Briefing the Council, ...": a sentence-initial participle.
            let participle = i == 0 && view.word(i).len() > 5 && view.word(i).ends_with("ing");
            // "India-Brazil Joint Commission": "Joint" opens a name after a
            // party joined by a hyphen.
            // ("the Abyei Joint Oversight Committee": after a place too.)
            let joint_after_party = view.word(i) == "Joint" && i >= 1 && mentions.iter().any(|m| m.last + 1 == i && (m.first == m.last || m.first >= 1 && view.is_punct(m.first - 1, '-')) && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization | EntityKind::Place)));
            // "the One Ocean Summit", "the Three Seas Initiative", "the Joint
            // Oversight Committee": a number word or "Joint" opens an event's
            // or body's name after "the".
            let number_opens_name = matches!(view.word(i), "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten" | "Joint")
                && i >= 1
                && view.is(i - 1, "the")
                && {
                    let mut k = i + 1;
                    while view.is_capitalised(k) && !covered.get(k).copied().unwrap_or(true) {
                        k += 1;
                    }
                    k >= i + 2 && (EVENT_HEADS.contains(&view.word(k - 1)) || ORG_HEADS.contains(&view.word(k - 1)))
                };
            // ("Declaration on Migration and Protection", "Declaration of
            // the Governments of ...": a document's title, no named body.)
            let declaration_of = view.word(i) == "Declaration" && view.is_any(i + 1, &["on", "of"]);
            // ("dialogue between the National Government and ...": a
            // government by its standing alone names no body.)
            let bare_government = matches!(view.word(i), "National" | "Federal" | "Central" | "Transitional" | "Interim")
                    && view.word(i + 1) == "Government"
                    && !view.is(i + 2, "of")
                    && i >= 1
                    && view.is(i - 1, "the");
            if !uncovered || !view.is_capitalised(i) || is_not_name(view.word(i)) && !joint_after_party && !number_opens_name || date_tokens.contains(&i) || participle || declaration_of || bare_government {
                i += 1;
                continue;
            }
            // "Air Vanuatu", "Air Tanzania": an airline named by its state.
            if view.word(i) == "Air"
                && !(i >= 1 && view.is_capitalised(i - 1))
                && let Some(k) = mentions.iter().position(|m| m.first == i + 1 && m.role == Role::Plain && !view.is_capitalised(m.last + 1) && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country))
                && let Some(state) = mentions.get_mut(k)
            {
                state.role = Role::Inner;
                let last = state.last;
                let airline = self.entity(view.span_text(i, last), EntityKind::Organization);
                mentions.push(Mention { first: i, last, entity: airline, role: Role::Plain });
                if let Some(c) = covered.get_mut(i) {
                    *c = true;
                }
                i = last + 1;
                continue;
            }
            // Extend over capitalised words and connectors.
            let mut last = i;
            let mut j = i + 1;
            // A state or place inside an event's name ("Tokyo International
            // Conference on African Development"): its mention's span.
            let mut inner_place = None;
            while j < n {
                let free = !covered.get(j).copied().unwrap_or(true) && !date_tokens.contains(&j);
                if free && view.is_capitalised(j) {
                    last = j;
                    j += 1;
                } else if last + 1 == j && view.is_punct(j, '-') && hyphen_syllable(view, j) {
                    // "Kim Sung-han", "Sun Yat-sen University".
                    last = j + 1;
                    j += 2;
                } else if last + 1 == j && last > i && is_middle_initial(view, last) && view.is_capitalised(j + 1) && !covered.get(j + 1).copied().unwrap_or(true) {
                    // "George W. Bush": a middle initial and its full stop.
                    j += 1;
                } else if (view.is_any(j, NAME_CONNECTORS) && !covered.get(j + 1).copied().unwrap_or(true) || view.is_punct(j, '-'))
                    && view.is_capitalised(j + 1)
                    // ("the Tanzania Ports Authority and Asyad Group": two
                    // bodies, each named up to its head word.)
                    && !(view.is(j, "and") && j >= 1 && matches!(view.word(j - 1), "Authority" | "Group" | "Council" | "Commission" | "Committee" | "Agency" | "Bank" | "Company" | "Corporation" | "Office" | "Fund" | "Association" | "Institute" | "University" | "Army" | "Front" | "Airways" | "Airlines"))
                    && !date_tokens.contains(&(j + 1))
                    // ("Ministry of Home Affairs and New Growth Industries":
                    // an adjective opening a ministry's second remit.)
                    && (!is_not_name(view.word(j + 1)) || view.is(j, "and") && view.is_capitalised(j + 2) && !is_not_name(view.word(j + 2)) && (i..j).any(|t| view.word(t) == "Ministry" && view.is(t + 1, "of")))
                {
                    j += 1;
                } else if view.is_punct(j, ',')
                    && last + 1 == j
                    && (i..j).any(|t| view.word(t) == "Ministry" && view.is(t + 1, "of"))
                    && view.is_capitalised(j + 1)
                    && view.is(j + 2, "and")
                    && view.is_capitalised(j + 3)
                    && !covered.get(j + 1).copied().unwrap_or(true)
                {
                    // "Ministry of Trade, Industry and Energy".
                    j += 1;
                } else if last + 1 == j
                    && view.is_any(j, NAME_PARTICLES)
                    && (view.is_capitalised(j + 1) || view.is_any(j + 1, NAME_PARTICLES) && view.is_capitalised(j + 2))
                    && !covered.get(j + 1).copied().unwrap_or(true)
                    && !(i..=last).any(|t| ORG_HEADS.contains(&view.word(t)) || is_place_head(view.word(t)))
                {
                    // "Marta van Heel", "Juan Ramón de la Fuente": particles
                    // inside a person's name.
                    j += 1 + usize::from(view.is_any(j + 1, NAME_PARTICLES));
                } else if view.is_any(j, &["for", "of", "on"])
                    && view.is(j + 1, "the")
                    && view.is_capitalised(j + 2)
                    && !covered.get(j + 2).copied().unwrap_or(true)
                    && j >= 1
                    && ((i..j).any(|t| ORG_HEADS.contains(&view.word(t)) || TREATY_OPENERS.contains(&view.word(t)) || is_place_head(view.word(t))) || j == i + 1 && view.word(i) == "Summit")
                {
                    // "Federal Office for the Protection of the Constitution",
                    // "Great Hall of the People", "Summit of the Future".
                    j += 2;
                } else if view.is(j, "on")
                    && inner_place.is_none()
                    && (i..j).any(|t| matches!(view.word(t), "Summit" | "Conference" | "Forum" | "Dialogue" | "Meeting"))
                    && let Some(k) = mentions.iter().position(|m| m.first == j + 1 && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)))
                    && let Some(m) = mentions.get(k)
                {
                    inner_place = Some((m.first, m.last));
                    last = m.last;
                    j = m.last + 1;
                } else if view.is(j, "of")
                    && inner_place.is_none()
                    && j == i + 1
                    && (TREATY_HEADS.contains(&view.word(i)) || TREATY_OPENERS.contains(&view.word(i)))
                    && let Some(m) = mentions.iter().find(|m| m.first == j + 1 && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country)))
                {
                    // "Treaty of Asunción", "Protocol of Ouro Preto": a
                    // treaty named after the city it was signed in.
                    inner_place = Some((m.first, m.last));
                    last = m.last;
                    j = m.last + 1;
                } else if view.is(j, "of")
                    && inner_place.is_none()
                    && j >= 1
                    && matches!(view.word(j - 1), "Summit" | "Conference" | "Meeting")
                    && let Some(m) = mentions.iter().find(|m| (m.first == j + 1 || m.first == j + 2 && view.is(j + 1, "the")) && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization))
                {
                    // "Ministerial Meeting of the China-CELAC Forum": the
                    // body whose meeting it is belongs to the name.
                    inner_place = Some((m.first, m.last));
                    last = m.last;
                    j = m.last + 1;
                } else if (plural_possessive(view, j) || view.is_possessive(j) && !ORG_HEADS.contains(&view.word(j.saturating_sub(1)))) && view.is_capitalised(j + 1) && !covered.get(j + 1).copied().unwrap_or(true) {
                    // "Foreign Ministers' Meeting": kept only when the run
                    // ends in an event or body (checked below).
                    j += 1;
                } else {
                    break;
                }
            }
            // "Federal Prosecutor's Office", "Foreign Ministers' Meeting": a
            // possessive inside a name only before a body or event head.
            if let Some(apostrophe) = (i + 1..last).find(|&t| plural_possessive(view, t) || view.is_possessive(t))
                && !EVENT_HEADS.contains(&view.word(last))
                && !ORG_HEADS.contains(&view.word(last))
            {
                last = apostrophe - 1;
            }
            // "Hasina's Awami League": a known person owns the body named
            // after the possessive, and is no part of its name.
            if let Some(apostrophe) = (i + 1..last).find(|&t| view.is_possessive(t))
                && apostrophe <= i + 3
                && self.by_surname(view.word(apostrophe - 1)).is_some()
            {
                last = apostrophe - 1;
            }
            // "the Hon Tanya Plibersek MP": a post-nominal is no part of the
            // name.
            if last > i && POST_NOMINALS.contains(&view.word(last)) {
                last -= 1;
            }
            // "Anthony Albanese and Rishi Sunak", "tycoons Ilan Shor and
            // Vladimir Plahotniuc": a run starting with a given name, or
            // named as people, ends before the first connector.
            if (is_given_name(view.word(i)) || i >= 1 && view.is_any(i - 1, CALLING_NOUNS))
                && let Some(connector) = (i + 1..=last).find(|&t| view.is_any(t, NAME_CONNECTORS))
                && connector >= i + 2
            {
                last = connector - 1;
            }
            // "Golden Delta Petroleum and Irrawaddy Star Logistics": two
            // firms, each ending in a company word, not one name.
            if let Some(connector) = (i + 2..last).find(|&t| view.is(t, "and"))
                && COMPANY_HEADS.contains(&view.word(connector - 1))
                && COMPANY_HEADS.contains(&view.word(last))
                && connector + 1 < last
            {
                last = connector - 1;
            }
            // "consulates in Seattle and Boston": a list of places, not one
            // name.
            if i >= 2
                && view.is(i - 1, "in")
                && view.is_any(i - 2, OFFICE_NOUNS)
                && let Some(connector) = (i + 1..=last).find(|&t| view.is(t, "and"))
            {
                last = connector - 1;
            }
            // "Acting Under Secretary of the Treasury for Terrorism and
            // Financial Intelligence Bradley Smith said": a long office
            // ending in a given name and a surname before a speech verb.
            if last >= i + 4
                && view.is_any(last + 1, SPEECH_VERBS)
                && let Some(given) = (last.saturating_sub(2)..last).find(|&k| k > i && is_given_name(view.word(k)) && (k..=last).all(|t| view.is_capitalised(t)))
            {
                i = given;
            }
            let head = view.word(last);
            let tokens_in_run = last - i + 1;
            // An organisation or country right before ("NATO Chiefs of
            // Staff Conference") belongs to the name of a body or event; so
            // does a city before an event ("Nairobi Summit").
            // "International Conference on Regional Development": an event
            // whose head comes before its theme.
            let event_head = EVENT_HEADS.contains(&head)
                || tokens_in_run >= 3 && (i..last).any(|t| matches!(view.word(t), "Summit" | "Conference" | "Forum" | "Dialogue" | "Meeting") && view.is_any(t + 1, &["on", "for"]))
                // "Summit of the Future".
                || tokens_in_run >= 4 && view.word(i) == "Summit" && view.is(i + 1, "of") && view.is(i + 2, "the")
                // "Summit of the Non-Aligned Movement": the body's meeting.
                || inner_place.is_some_and(|(first, _)| first >= 2 && (first - 2..first).any(|t| view.is(t, "of")) && (i..first).any(|t| matches!(view.word(t), "Summit" | "Conference" | "Meeting")));
            // ("United Nations Convention on the Law of the Sea".)
            let treaty_first = tokens_in_run >= 3 && (TREATY_HEADS.contains(&view.word(i)) || TREATY_OPENERS.contains(&view.word(i))) && view.is_any(i + 1, &["on", "for"]);
            // "United Nations Ocean Conference": a longer organisation name
            // may open an event's.
            let org_first = ORG_HEADS.contains(&view.word(i)) && view.is(i + 1, "of");
            let prefix = i
                .checked_sub(1)
                .and_then(|p| {
                    mentions.iter().position(|m| {
                        m.last == p
                            && (m.first == p
                                || m.first + 1 == p && view.is(m.first, "the")
                                // ("the Viet Nam Academy of Agricultural
                                // Sciences": a body named by its first word.)
                                || (event_head || ORG_HEADS.contains(&head) || org_first)
                                    && m.last - m.first <= 2
                                    // ("the Korea-Central Asia Cooperation
                                    // Forum": a region after a hyphenated
                                    // partner.)
                                    // ("the Panama Canal Authority", "the
                                    // Red Sea Trading Corporation": a body
                                    // named after a place.)
                                    // ("the New Zealand Defence Force": a
                                    // state of more than one word.)
                                    && (self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization || matches!(e.kind, EntityKind::Place | EntityKind::Country) && (ORG_HEADS.contains(&head) || org_first))
                                        || m.first >= 2 && view.is_punct(m.first - 1, '-')))
                    })
                })
                .filter(|&p| {
                    mentions.get(p).and_then(|m| self.entities.get(m.entity)).is_some_and(|e| {
                        e.kind == EntityKind::Organization || e.kind == EntityKind::Country || e.kind == EntityKind::Place && (event_head || treaty_first || ORG_HEADS.contains(&head) || is_place_head(head))
                    })
                });
            let venue_centre = matches!(head, "Centre" | "Center")
                && last > i
                && matches!(view.word(last - 1), "Convention" | "Conference" | "Exhibition" | "Congress" | "Trade");
            // "Congress of the Philippines": a legislature, not a meeting.
            // "the ruling Georgian Dream party": a party.
            // "the Colombian Episcopal Conference": the bishops' body.
            let legislature = head == "Congress" && view.is(last + 1, "of") || view.is_any(last + 1, &["party", "movement"]) || (i..last).any(|t| matches!(view.word(t), "Episcopal" | "Bishops"));
            // "Group of Arab States", "League of Arab States": a body named
            // by its first word.
            // "Treaty on the Non-Proliferation of Nuclear Weapons",
            // "Agreement on South Asian Free Trade Area": a treaty too.
            let legislature = legislature || tokens_in_run >= 3 && head_class(view.word(i)) & ORG_HEAD != 0 && view.is(i + 1, "of") || treaty_first;
            // "Federal Office for the Protection of the Constitution": a body
            // whose head word comes before its remit.
            let legislature = legislature || tokens_in_run >= 4 && (i + 1..last).any(|t| head_class(view.word(t)) & ORG_HEAD != 0 && view.is_any(t + 1, &["for", "of", "on"]) && view.is(t + 2, "the"));
            // "Operation Prosperity Guardian"; "Gulf of Aden", "Cape of Good
            // Hope": names by their first word.
            let first_word = view.word(i);
            let operation = first_word == "Operation" && tokens_in_run >= 2;
            // "Amar Bendjama of Algeria, speaking also on behalf of ...",
            // "Barbara Woodward of the United Kingdom said": a delegate
            // named with the state spoken for.
            let state_at = last + 2 + usize::from(view.is(last + 2, "the"));
            let of_state_speaking = view.is(last + 1, "of")
                && mentions.iter().any(|m| {
                    m.first == state_at
                        && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)
                        && (view.is_any(m.last + 1, SPEECH_VERBS) || view.is_punct(m.last + 1, ',') && view.lower(m.last + 2).ends_with("ing"))
                });
            let geographic = tokens_in_run >= 3 && matches!(first_word, "Gulf" | "Cape" | "Bay" | "Sea" | "Strait" | "Straits" | "Lake" | "Mount" | "Isle" | "Horn") && view.is(i + 1, "of");
            // A headline in title case: "Wang Yi Holds Phone Talks with ...",
            // "Secretary-General Welcomes Signing of Peace Agreement".
            let headline_verb = (i..=last).any(|t| is_headline_verb(view.word(t)));
            // "Supreme Court of Justice", "National Council for Culture": a
            // body's head word before its remit.
            // "Great Hall of the People": a place's head word before "of".
            let place_of_head = (i + 1..last).find(|&t| view.is(t, "of")).is_some_and(|t| LANDMARK_HEADS.contains(&view.word(t - 1)) || matches!(view.word(t - 1), "Hall" | "Square" | "Palace"));
            let of_head = (i + 1..last).find(|&t| view.is_any(t, &["of", "for"])).is_some_and(|t| (ORG_HEADS.contains(&view.word(t - 1)) || TREATY_OPENERS.contains(&view.word(t - 1))) && month_number(view.word(t + 1)).is_none());
            // ("Chile's Atacama Region": a region no name found before
            // names, not "the Inner Mongolia Autonomous Region".)
            let region_head = head == "Region" && prefix.is_none() && last > i && !(i..last).all(|t| matches!(view.word(t), "Autonomous" | "Special" | "Administrative" | "Capital" | "Metropolitan"));
            // "its parent company Gazprom Neft", "Moldova's state-owned
            // Moldelectrica": a firm's noun right before.
            let firm_cue = i >= 1 && (view.is_any(i - 1, FIRM_NOUNS) || view.is_any(i - 1, &["state-owned", "state-run"]) || i >= 3 && view.is_any(i - 1, &["owned", "run"]) && view.is_punct(i - 2, '-') && view.is(i - 3, "state"));
            // "Air Niugini", "Air Seychelles": an airline by its first word
            // (not "Air Force", "Air Marshal").
            let airline = first_word == "Air" && tokens_in_run == 2 && !matches!(view.word(last), "Force" | "Forces" | "Defence" | "Defense" | "Marshal" | "Chief" | "Command" | "Base" | "Station" | "Commodore" | "Vice" | "Traffic" | "Quality" | "Show" | "Power" | "Ministry" | "Staff");
            let kind = if headline_verb {
                None
            } else if airline {
                Some(EntityKind::Organization)
            } else if operation {
                Some(EntityKind::Event)
            } else if geographic {
                Some(EntityKind::Place)
            } else if event_head && !legislature {
                Some(EntityKind::Event)
            } else if (is_place_head(head) || region_head || venue_centre || place_of_head) && !treaty_first {
                Some(EntityKind::Place)
            } else if head_class(head) & ORG_HEAD != 0 || legislature || of_head {
                Some(EntityKind::Organization)
            } else if tokens_in_run <= 3
                && firm_cue
                && !is_given_name(first_word)
                && self.by_surname(first_word).is_none()
            {
                // "its parent company Gazprom Neft", "Croatian pipeline
                // operator JANAF", "Hungarian oil group MOL".
                Some(EntityKind::Organization)
            } else if i >= 1
                && view.is(i - 1, "the")
                && view.is_any(last + 1, &["gang", "gangs", "coalition", "militia", "rebels", "rebel", "cartel", "faction", "movement", "insurgents", "network"])
            {
                // "the Viv Ansanm gang coalition", "the Wagner militia": a
                // name before a group's noun.
                Some(EntityKind::Organization)
            } else if view.is_punct(last + 1, ',')
                && view.is_any(last + 2, &["a", "an"])
                && (last + 3..=last + 6).any(|t| view.is_any(t, FIRM_NOUNS) && (view.tokens.get(t + 1).is_none_or(|x| x.kind != TokenKind::Word) || view.is_any(t + 1, &["that", "which", "it", "owned", "controlled", "linked", "based", "and", "in", "run"])))
                && !is_given_name(first_word)
            {
                // "Alternativna Televizija, a Banja Luka broadcaster": a name
                // described as a firm.
                Some(EntityKind::Organization)
            } else if (2..=4).contains(&(i..=last).filter(|&t| !view.is_punct(t, '-')).count())

                // ("near the Siliguri Corridor, the narrow strip": a name
                // after "the" and described after a comma is no person's.)
                && !(i >= 1 && view.is(i - 1, "the") && view.is_punct(last + 1, ','))
                // ("in Kota Kinabalu, the Sabah state capital", "Jolo, a
                // Philippine town": described as a settlement.)
                && !(view.is_punct(last + 1, ',') && view.is_any(last + 2, &["the", "a", "an"]) && (last + 3..last + 7).take_while(|&t| !view.is_punct(t, ',')).any(|t| view.is_any(t, SETTLEMENT_NOUNS) || view.is(t, "capital")))
                // ("Kamlesh Pattni, a businessman best known ...": opening
                // a sentence, described as one.)
                && (i > 0
                    || of_state_speaking
                    || view.is_punct(last + 1, '(')
                    || view.is_punct(last + 1, ',') && view.is_any(last + 2, APPOSITIVE_ROLES)
                    || view.is_punct(last + 1, ',') && view.is_any(last + 2, &["a", "an"]) && (last + 3..last + 6).any(|t| view.is_any(t, CALLING_NOUNS)))
                && (view.is_any(last + 1, SPEECH_VERBS)
                    || (view.is_punct(last + 1, ',') && view.is_any(last + 2, &["who", "a", "an", "the"]))
                    // "Naseer Ahmad Faiq, chargé d'affaires of ...", "Ali
                    // Shamkhani, secretary of ...": a role in apposition.
                    || (view.is_punct(last + 1, ',') && view.is_any(last + 2, APPOSITIVE_ROLES) && (i == 0 || view.is_punct(i - 1, ',') || view.is_any(i - 1, &["and", "between", "with", "by"])))
                    || view.is_any(i.saturating_sub(1), &["by", "minister", "president", "envoy", "said", "says", "told", "succeeded", "succeeds", "succeeding", "replaced", "replaces", "replacing", "was", "is"])
                    // "dissident journalist Roman Protasevich", "Tunisian
                    // diplomat Taieb Baccouche", "fugitive tycoons Ilan Shor
                    // and Vladimir Plahotniuc".
                    || view.is_any(i.saturating_sub(1), CALLING_NOUNS)
                    || i >= 2 && view.is(i - 1, "and") && mentions.iter().any(|m| {
                        m.last + 2 == i && m.first >= 1 && view.is_any(m.first - 1, CALLING_NOUNS) && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person)
                    })
                    // "Murillo's son, Laureano Ortega Murillo,": a relative
                    // or aide named after a comma.
                    || i >= 2 && view.is_punct(i - 1, ',') && view.is_any(i - 2, KIN_NOUNS)
                    // "Greenland's premier, Mute Egede,": an office of a
                    // place's, its holder named in apposition.
                    || i >= 3 && view.is_punct(i - 1, ',') && view.is_any(i - 2, &["premier", "governor", "mayor"]) && view.is_possessive(i - 3) && view.is_punct(last + 1, ',')
                    // "Mathieu Parker of Canada has headed": a name written
                    // with its state after a clause boundary.
                    || view.is(last + 1, "of")
                        && mentions.iter().any(|m| m.first == last + 2 && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country))
                        && i >= 1
                        && (view.is_punct(i - 1, ';') || view.is_punct(i - 1, ',') || view.is_any(i - 1, &["by", "was", "and"]))
                    || of_state_speaking
                    // "The summit appointed Mubita Luwabelwa of Zambia as
                    // executive secretary": a name given an office.
                    || i >= 1
                        && view.is_any(i - 1, &["appointed", "appoints", "appoint", "elected", "elects", "nominated", "nominates"])
                        && (view.is(last + 1, "as") || view.is(last + 1, "of") && mentions.iter().any(|m| m.first == last + 2 && view.is(m.last + 1, "as") && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)))
                    // "Pascale Baeriswyl (Switzerland), speaking also ...".
                    || view.is_punct(last + 1, '(')
                        && mentions.iter().any(|m| m.first == last + 2 && view.is_punct(m.last + 1, ')') && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)))
                && (i..=last).all(|t| is_name_word(view, t))
                && !(i..=last).any(|t| COMPANY_HEADS.contains(&view.word(t)) || ORG_HEADS.contains(&view.word(t)) || EVENT_HEADS.contains(&view.word(t)) || is_place_head(view.word(t)))
                // ("Minister of Foreign Affairs and Foreign Trade of
                // Jamaica": the end of a remit.)
                && !(last > i && view.is_any(last, REMIT_ENDS))
            {
                Some(EntityKind::Person)
            } else if (2..=5).contains(&(tokens_in_run - (i..=last).filter(|&t| view.is_punct(t, '.')).count()))
                && is_given_name(view.word(i))
                // ("the Abraham Accords": a name before a body's or
                // event's head word is theirs.)
                && !(i + 1..=last).any(|t| ORG_HEADS.contains(&view.word(t)) || EVENT_HEADS.contains(&view.word(t)) || is_place_head(view.word(t)))
                // ("the Hon Madeleine King MP": a post-nominal may follow.)
                && (!view.is_capitalised(last + 1) || POST_NOMINALS.contains(&view.word(last + 1)))
                && (i..=last).all(|t| is_name_word(view, t))
                // ("held in Hua Hin, Thailand": a town placed in its state,
                // even when its first word is also a given name.)
                && !(i >= 1
                    && view.is_any(i - 1, &["in", "near", "outside"])
                    && view.is_punct(last + 1, ',')
                    && mentions.iter().any(|m| m.first == last + 2 && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)))
            {
                // "Anthony Albanese", "Li Qiang": a common given name (or a
                // family name written first) and one to three more
                // capitalised words the gazetteers do not know.
                Some(EntityKind::Person)
            } else {
                None
            };
            // "in Woodside, California", "near Szeged, Hungary": an unknown
            // town before a known state, province or country.
            let town = kind.is_none()
                && tokens_in_run <= 3
                && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase) || view.is_punct(t, '-'))
                && i.checked_sub(1).is_some_and(|p| view.is_any(p, &["in", "at", "near", "outside"]))
                && (view.is_punct(last + 1, ',') || view.is(last + 1, "in"))
                // ("held in Rarotonga in the Cook Islands".)
                && mentions.iter().any(|m| {
                    (m.first == last + 2 || view.is(last + 1, "in") && m.first == last + 3 && view.is(last + 2, "the"))
                        && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country || e.kind == EntityKind::Place && e.affiliation.is_some())
                });
            // "with Bir Moghrein in northern Mauritania": a name placed in a
            // part of a state.
            let town = town
                || kind.is_none()
                    && tokens_in_run <= 3
                    && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase) || view.is_punct(t, '-'))
                    && view.is(last + 1, "in")
                    && view.is_any(last + 2, &["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"])
                    && mentions.iter().any(|m| m.first == last + 3 && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country));
            // "consulates in Seattle and Boston": unknown cities listed after
            // an office noun and "in".
            // ("an embassy in Beijing, Dorji told reporters": a person the
            // article named.)
            let office_place = kind.is_none()
                && tokens_in_run <= 3
                && self.by_surname(first_word).is_none()
                && !is_given_name(first_word)
                && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase))
                && {
                    let mut p = i;
                    let mut steps = 0;
                    while p > 0 && steps < 10 && !view.is(p - 1, "in") && (view.is_capitalised(p - 1) || view.is_punct(p - 1, ',') || view.is(p - 1, "and")) {
                        p -= 1;
                        steps += 1;
                    }
                    // ("a Consulate General in Salalah".)
                    p >= 2 && view.is(p - 1, "in") && (view.is_any(p - 2, OFFICE_NOUNS) || p >= 3 && view.is(p - 2, "general") && view.is_any(p - 3, OFFICE_NOUNS))
                };
            // "the Russian city of Kazan", "the port of Hodeidah".
            let city_of = kind.is_none()
                && tokens_in_run <= 3
                && i >= 2
                && view.is(i - 1, "of")
                && view.is_any(i - 2, SETTLEMENT_NOUNS)
                && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase));
            // "hosted Erdogan at Perdana Putra", "a ceremony at Dataran
            // Perdana": an unknown two- or three-word name after "at" is a
            // venue.
            let venue = kind.is_none()
                && (2..=3).contains(&tokens_in_run)
                && i >= 1
                && view.is(i - 1, "at")
                && !is_given_name(view.word(i))
                && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase));
            // A short unknown name, not in capitals and not opening with a
            // given name: one the two cues below can make a place.
            let plain_unknown = kind.is_none()
                && (i..=last).filter(|&t| !view.is_punct(t, '-')).count() <= 3
                && !is_given_name(view.word(i))
                && (i..=last).all(|t| view.word(t).chars().any(char::is_lowercase) || view.is_punct(t, '-'));
            // "the Tavush province", "the Mangystau region": before a region
            // noun.
            // ("Uzbekistan's autonomous Karakalpakstan region": or after a
            // state's possessive.)
            let owned = i >= 1 && (view.is_possessive(i - 1) || i >= 2 && view.is_possessive(i - 2) && view.word(i - 1).starts_with(char::is_lowercase));
            let region = plain_unknown && i >= 1 && (view.is(i - 1, "the") || owned) && view.is_any(last + 1, &["province", "region", "district", "oblast", "governorate", "prefecture", "county"]);
            // "will travel to Bulboaca", "during a visit to Nagpur", "arrived
            // in Xiamen": where a journey ends.
            // ("the twelfth summit, held in Gabala": where a meeting was.)
            let destination = plain_unknown
                && i >= 2
                && view.is_any(i - 1, &["to", "in"])
                && (view.is_any(i - 2, TRAVEL_WORDS) || view.is(i - 1, "in") && view.is_any(i - 2, &["held", "convened"]) && !view.is_capitalised(last + 1));
            // "talks in Hohhot", "the Jonglei and Upper Nile states",
            // "India's Lakshadweep islands": a town or region of the world
            // list where the words around it say it is a place.
            let world = if kind.is_none() && !headline_verb {
                self.world_place_in_run(view, mentions, i, last)
            } else {
                None
            };
            if let Some((world_last, _)) = world {
                last = world_last;
            }
            // "to Erenhot and Zamyn-Uud": an unknown name listed after a
            // place named after a preposition.
            let listed = plain_unknown
                && i >= 2
                && self.by_surname(first_word).is_none()
                // ("Reporting by Laura Bennett in Washington and Mariela
                // Ortiz in Caracas": a reporter, not a place.)
                && !view.is_capitalised(last + 1)
                && !view.is_any(last + 1, &["in", "at", "from", "of"])
                && view.is(i - 1, "and")
                && mentions.iter().any(|m| {
                    m.last + 2 == i
                        && m.first >= 1
                        && (view.is_any(m.first - 1, &["in", "at", "near", "to", "from"]) || view.is_any(last + 1, PLACE_NOUNS_AFTER))
                        && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place && e.affiliation.is_some())
                });
            // "Guéckédou, the Guinean town near ...", "Yenga, a village on
            // the Moa River": a name described as a settlement right after it.
            let settlement = plain_unknown
                && view.is_punct(last + 1, ',')
                && view.is_any(last + 2, &["a", "an", "the"])
                // ("Zvecan, a Serb-majority town in northern Kosovo".)
                && (last + 3..(last + 7).min(n)).take_while(|&t| !view.is_punct(t, ',')).any(|t| view.is_any(t, &["town", "village", "city", "port", "settlement", "island", "district"]));
            // "the Nyarugusu refugee camp": a camp named by the words before
            // it, a place under its whole name.
            let camp_end = if !plain_unknown || i == 0 || !view.is(i - 1, "the") {
                None
            } else if view.is(last + 1, "camp") {
                Some(last + 1)
            } else {
                (view.is_any(last + 1, &["refugee", "refugees", "displacement", "detention"]) && view.is(last + 2, "camp")).then_some(last + 2)
            };
            let town = town || office_place || city_of || venue || region || destination || listed || settlement || camp_end.is_some() || world.is_some();
            if let Some(end) = camp_end {
                last = end;
            }
            // "Belavia, the Belarusian state airline": an unknown name
            // described as a firm or agency right after it.
            // ("Baltic Sentry, the NATO mission launched in January": two
            // words no given name opens, read as a person's by default.)
            let described = (kind.is_none() || kind == Some(EntityKind::Person) && tokens_in_run >= 2)
                && tokens_in_run <= 4
                && !is_given_name(first_word)
                && view.is_punct(last + 1, ',')
                && view.is_any(last + 2, &["a", "an", "the", "its"])
                && (last + 3..(last + 8).min(n)).take_while(|&t| !view.is_punct(t, ',') && !view.is_punct(t, '.')).any(|t| {
                    // ("the Organ Troika, the SADC body that oversees ...": a
                    // body of another, named before "of" could make it a
                    // holder's title.)
                    // ("Y, the league's president,": a person, by the
                    // possessive.)
                    // ("Baltic Sentry, the NATO mission launched in
                    // January", not "X, the head of the UN mission".)
                    view.is_any(t, BODY_NOUNS) && !view.is_possessive(t + 1) || view.is_any(t, &["body", "organ", "mission", "operation", "initiative"]) && t <= last + 5 && !(last + 3..t).any(|u| view.is(u, "of"))
                });
            // 'the "Crossroads of Peace" project', 'Mongolia's "Billion
            // Trees" campaign': a quoted name before the noun of a scheme.
            let quoted_scheme = kind.is_none()
                && i >= 1
                && view.is_punct(i - 1, '"')
                && view.is_punct(last + 1, '"')
                && view.is_any(last + 2, &["project", "initiative", "campaign", "plan", "programme", "program", "format", "process", "mechanism", "track", "platform", "strategy", "corridor"]);
            let kind = if town {
                Some(EntityKind::Place)
            } else if described || quoted_scheme {
                Some(EntityKind::Organization)
            } else {
                kind
            };
            let Some(kind) = kind else {
                i = last + 1;
                continue;
            };
            // "Juan Ramón de la Fuente": particles and the surname after
            // them belong to the person's name.
            let last = if kind == EntityKind::Person
                && let Some(surname) = (last + 2..=last + 3).find(|&k| (last + 1..k).all(|t| view.is_any(t, NAME_PARTICLES)) && view.is_capitalised(k))
                && !covered.get(surname).copied().unwrap_or(true)
            {
                surname
            } else {
                last
            };
            // "Central Bank of Egypt", "Bank of Japan": a body whose name
            // ends with the state it belongs to.
            // Embassies and missions of a state are its offices abroad, not
            // bodies inside it.
            let of_state = if kind == EntityKind::Organization && view.is(last + 1, "of") && !matches!(head, "Embassy" | "Mission" | "Office") {
                let at = last + 2 + usize::from(view.is(last + 2, "the"));
                mentions.iter().position(|m| m.first == at && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country))
            } else {
                None
            };
            // "the Executive Board of UNESCO", "the Council of the
            // International Maritime Organization": an organ named with the
            // body it belongs to.
            let organ_of = if kind == EntityKind::Organization && of_state.is_none() && prefix.is_none() && matches!(head, "Board" | "Council" | "Committee" | "Commission" | "Secretariat" | "Assembly" | "Court" | "Tribunal") && view.is(last + 1, "of") {
                let at = last + 2 + usize::from(view.is(last + 2, "the"));
                mentions.iter().position(|m| m.first == at && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && !matches!(e.org_type, OrgType::Government | OrgType::Company | OrgType::Media)))
            } else {
                None
            };
            // ("rival producer Surgutneftegas": one word after a firm's noun.)
            let firm_named = kind == EntityKind::Organization && firm_cue;
            // ("the ruling MRND party": an acronym before "party" names it.)
            let party_acronym = view.is(last + 1, "party") && view.word(i).len() >= 3 && view.word(i).bytes().all(|b| b.is_ascii_uppercase());
            if kind != EntityKind::Person && tokens_in_run == 1 && prefix.is_none() && !town && !described && !quoted_scheme && of_state.is_none() && organ_of.is_none() && !firm_named && !party_acronym {
                i = last + 1;
                continue;
            }
            // "a Free Trade Agreement between the EU and India": one of a
            // kind, not a named treaty.
            let treaty = kind == EntityKind::Organization && (treaty_first || (i..=last).any(|t| TREATY_HEADS.contains(&view.word(t))) || TREATY_OPENERS.contains(&view.word(i)) && view.is(i + 1, "of"));
            if treaty && prefix.is_none() && i >= 1 && view.is_any(i - 1, &["a", "an"]) {
                i = last + 1;
                continue;
            }
            let first = match (kind, prefix) {
                (EntityKind::Person, _) | (_, None) => i,
                (_, Some(p)) => mentions.get(p).map_or(i, |m| m.first),
            };
            // "the New Development Bank": "New" opens the name of a body or
            // event after an article.
            let first = if kind != EntityKind::Person
                && prefix.is_none()
                && first >= 1
                && view.word(first - 1) == "New"
                && !covered.get(first - 1).copied().unwrap_or(true)
                && (first == 1 || view.is(first - 2, "the"))
            {
                first - 1
            } else if kind == EntityKind::Organization
                && prefix.is_none()
                && first >= 2
                && view.word(first - 1) == "New"
                && let Some(place) = mentions.iter().find(|m| m.first == first - 2 && m.last == first - 2 && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place))
            {
                // "the Jalisco New Generation Cartel": a place before "New".
                place.first
            } else if kind != EntityKind::Person
                && prefix.is_some()
                && first >= 1
                && matches!(view.word(first - 1), "Eastern" | "Western" | "Northern" | "Southern" | "Autonomous")
                && !covered.get(first - 1).copied().unwrap_or(true)
                && (ORG_HEADS.contains(&head) || event_head)
            {
                // "the Eastern Caribbean Central Bank": the region's side
                // belongs to the body's name ("the Autonomous Bougainville
                // Government": its standing).
                first - 1
            } else if kind == EntityKind::Organization
                && prefix.is_some()
                && first >= 1
                && COMPANY_HEADS.contains(&head)
                && (2..=6).contains(&view.word(first - 1).len())
                && view.word(first - 1).bytes().all(|b| b.is_ascii_uppercase())
                && !covered.get(first - 1).copied().unwrap_or(true)
                && !mentions.iter().any(|m| m.first < first && first <= m.last + 1)
            {
                // "MIAT Mongolian Airlines": a firm's letters before a
                // demonym are its name's.
                first - 1
            } else {
                first
            };
            // "The 2013 Commonwealth Heads of Government Meeting": the year
            // is part of an event's name.
            let first = if kind == EntityKind::Event
                && first >= 1
                && is_year(view.word(first - 1))
                && !covered.get(first - 1).copied().unwrap_or(true)
            {
                first - 1
            } else {
                first
            };
            // "the fourth Ministerial Meeting of ...", "the 10th Ministerial
            // Conference": the ordinal is part of an event's name.
            // (Only before a generic name: "the third United Nations Ocean
            // Conference" is the United Nations Ocean Conference.)
            let generic = matches!(view.word(first), "Ministerial" | "Summit" | "Conference" | "Meeting" | "Session");
            let first = if kind == EntityKind::Event && generic && first >= 1 && is_ordinal(view.lower(first - 1)) && !covered.get(first - 1).copied().unwrap_or(true) { first - 1 } else { first };
            // "the People's Bank of China", "People's Liberation Army".
            let first = if kind != EntityKind::Person
                && prefix.is_none()
                && first >= 2
                && view.is_possessive(first - 1)
                && view.word(first - 2) == "People"
                && !covered.get(first - 2).copied().unwrap_or(true)
            {
                first - 2
            } else {
                first
            };
            // "ASEAN-Australia Special Summit", "China-Arab States
            // Cooperation Forum": more parties joined by hyphens before the
            // prefix belong to the name too.
            let mut first = first;
            let mut partners = 0;
            // ("the first China-Arab States Summit": a state joined by a
            // hyphen opens a body's or event's name even when the rest is
            // no name of its own.)
            while (prefix.is_some() || kind == EntityKind::Event || kind == EntityKind::Organization && ORG_HEADS.contains(&head))
                && kind != EntityKind::Person
                && first >= 2
                && view.is_punct(first - 1, '-')
                && let Some(k) = mentions.iter().position(|m| {
                    m.last == first - 2 && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization))
                })
                && let Some(partner) = mentions.get_mut(k)
            {
                partner.role = Role::Inner;
                first = partner.first;
                partners += 1;
            }
            // "the Cuban Government", "the Government of Japan": the state
            // itself, acting.
            // ("the Federal Government of Somalia": the same.)
            let qualified = (i..last).all(|t| view.is_any(t, &["federal", "transitional", "interim", "provisional", "royal", "national"]));
            if matches!(head, "Government" | "Administration") && (tokens_in_run == 1 || qualified && tokens_in_run <= 3) && partners == 0 {
                let state = prefix.and_then(|p| mentions.get(p)).or_else(|| of_state.and_then(|p| mentions.get(p))).copied();
                if let Some(state) = state.filter(|m| self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)) {
                    let (first, last) = (first.min(state.first), last.max(state.last));
                    mentions.retain(|m| !(m.first == state.first && m.last == state.last));
                    mentions.push(Mention { first, last, entity: state.entity, role: Role::Plain });
                    for c in covered.iter_mut().take(last + 1).skip(first) {
                        *c = true;
                    }
                    i = last + 1;
                    continue;
                }
            }
            let state = of_state.and_then(|p| mentions.get_mut(p)).map(|m| {
                m.role = Role::Affiliation;
                (m.last, m.entity)
            });
            let last = state.map_or(last, |(state_last, _)| state_last);
            // "the Permanent Mission of Afghanistan": a state's mission is
            // named with it, though it is no body inside it.
            let mission_of = if kind == EntityKind::Organization && tokens_in_run >= 2 && matches!(head, "Embassy" | "Mission") && view.is(last + 1, "of") {
                let at = last + 2 + usize::from(view.is(last + 2, "the"));
                mentions.iter_mut().find(|m| m.first == at && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)).map(|m| {
                    m.role = Role::Affiliation;
                    (m.last, m.entity)
                })
            } else {
                None
            };
            let last = mission_of.map_or(last, |(state_last, _)| state_last);
            let organ_of = organ_of.and_then(|p| mentions.get_mut(p)).map(|m| {
                m.role = Role::Inner;
                (m.last, m.entity)
            });
            let last = organ_of.map_or(last, |(body_last, _)| body_last);
            // "Development Bank of Latin America and the Caribbean": a body
            // named for a region (no state's) keeps it in its name.
            let region_at = |at: usize| {
                let after_the = at + usize::from(view.is(at, "the"));
                mentions.iter().position(|m| (m.first == at || m.first == after_the) && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place && e.affiliation.is_none()))
            };
            let mut last = last;
            if kind == EntityKind::Organization
                && state.is_none()
                && organ_of.is_none()
                && ORG_HEADS.contains(&head)
                && view.is_any(last + 1, &["of", "for"])
                && tokens_in_run >= 2
                && let Some(k) = region_at(last + 2)
            {
                let mut regions = vec![k];
                if let Some(region) = mentions.get(k)
                    && view.is(region.last + 1, "and")
                    && let Some(k2) = region_at(region.last + 2)
                {
                    regions.push(k2);
                }
                for k in regions {
                    if let Some(region) = mentions.get_mut(k) {
                        region.role = Role::Inner;
                        last = region.last;
                    }
                }
            }
            // "United Nations Integrated Office in Haiti", "Interim Force in
            // Lebanon": an office, mission or force named with its place.
            let (last, works_in) = if kind == EntityKind::Organization
                && matches!(head, "Office" | "Mission" | "Force")
                && view.is(last + 1, "in")
                && let Some(k) = mentions.iter().position(|m| (m.first == last + 2 || m.first == last + 3 && view.is(last + 2, "the")) && m.role != Role::Inner && self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place)))
                && let Some(place) = mentions.get_mut(k)
            {
                place.role = Role::Inner;
                (place.last, Some(place.entity))
            } else {
                (last, None)
            };
            // ("the United Nations" as a prefix keeps its article out of
            // the name.)
            let name = view.span_text(first, last).trim_start_matches("the ").trim_start_matches("The ").to_owned();
            // ("the Council of the International Maritime Organization
            // (IMO)": the acronym is the inner body's.)
            let acronym_after = kind == EntityKind::Organization
                && organ_of.is_none()
                && view.is_punct(last + 1, '(')
                && view.is_punct(last + 3, ')')
                && view.word(last + 2).len() >= 2
                && view.word(last + 2).chars().all(|c| c.is_ascii_uppercase());
            // "... Stabilization Mission in the Democratic Republic of the
            // Congo (MONUSCO)": a known body's full name is one more alias.
            let known = acronym_after
                .then(|| GAZETTEER.index_named(view.word(last + 2)))
                .flatten()
                .filter(|&e| GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Organization))
                .and_then(|e| self.gazetteer_entity(e));
            let entity = if let Some(known) = known {
                if let Some(record) = self.entities.get_mut(known) {
                    record.aliases.insert(name.clone());
                }
                known
            } else if kind == EntityKind::Person {
                self.person_named(&name)
            } else {
                self.entity(&name, kind)
            };
            if let Some(place) = works_in {
                self.relate(view, entity, place, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
            }
            if let Some((_, body)) = organ_of.filter(|&(_, body)| body != entity) {
                self.relate(view, entity, body, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
            }
            if let Some((_, Some(country))) = world
                && let Some(state) = self.gazetteer_entity(country)
                && let Some(record) = self.entities.get_mut(entity).filter(|r| r.kind == EntityKind::Place && r.affiliation.is_none())
            {
                record.affiliation = Some(state);
            }
            if treaty
                && let Some(record) = self.entities.get_mut(entity).filter(|r| r.org_type == OrgType::None)
            {
                record.org_type = OrgType::Treaty;
            }
            // "(BINUH)" after a body's name: its acronym from here on, even
            // one formed in another language.
            if acronym_after && known.is_none() {
                let acronym = view.word(last + 2).to_owned();
                if let Some(record) = self.entities.get_mut(entity) {
                    record.aliases.insert(acronym.clone());
                }
                self.acronyms.entry(acronym).or_insert(entity);
            }
            // "Australia's Critical Minerals Office", "Vietnam's Ministry of
            // Public Security": a state's own body.
            if kind == EntityKind::Organization
                && prefix.is_none()
                && !treaty
                && first >= 2
                && view.is_possessive(first - 1)
                && let Some(owner) = mentions.iter().find(|m| m.last + 2 == first && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)).map(|m| m.entity)
            {
                self.relate(view, entity, owner, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.55);
                if let Some(record) = self.entities.get_mut(entity).filter(|r| r.affiliation.is_none()) {
                    record.affiliation = Some(owner);
                }
            }
            if let Some(p) = prefix.filter(|_| kind != EntityKind::Person)
                && let Some(inner) = mentions.get_mut(p)
            {
                inner.role = Role::Inner;
                let parent = inner.entity;
                // A company named after its state ("Iran Air") is not one
                // of its bodies.
                // An event named after its city ("Nairobi Summit") is held
                // there.
                // A place named after its state ("Panama Canal") lies in it.
                let relation = if kind == EntityKind::Place || self.entities.get(parent).is_some_and(|e| e.kind == EntityKind::Place) { RelationKind::LocatedIn } else { RelationKind::PartOf };
                // ("the Paraguay River", "the Arabian Sea": water or land
                // named after a state runs past its borders.)
                let region = region || kind == EntityKind::Place && matches!(head, "River" | "Sea" | "Lake" | "Gulf" | "Strait" | "Basin" | "Mountains" | "Desert" | "Coast" | "Ocean");
                // ("the Africa Climate Summit": a continent names its theme,
                // not where it is held.)
                let region = region || self.entities.get(parent).is_some_and(|e| e.kind == EntityKind::Place && e.affiliation.is_none());
                // A treaty named after a city ("Paris Agreement") is no more
                // than its name; one named after a state binds it.
                let party = self.entities.get(parent).is_some_and(|e| e.kind == EntityKind::Country);
                if treaty {
                    if party && partners == 0 {
                        self.relate(view, parent, entity, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.5);
                    }
                } else if partners == 0
                    && !region
                    && (kind == EntityKind::Event || head != "Office")
                    && !COMPANY_HEADS.contains(&head)
                    // ("the Panama Canal Authority", "the Colombo Security
                    // Conclave": a body named after a place is not said to
                    // lie there; an event named after its city is.)
                    && !(kind == EntityKind::Organization && relation == RelationKind::LocatedIn)
                    // ("Hyderabad House" stands in New Delhi.)
                    && head != "House"
                {
                    self.relate(view, entity, parent, relation, None, false, Modality::Asserted, None, 0.5);
                }
            }
            if let Some((_, country)) = mission_of
                && let Some(record) = self.entities.get_mut(entity).filter(|r| r.affiliation.is_none())
            {
                record.affiliation = Some(country);
            }
            if let Some((_, country)) = state {
                if let Some(record) = self.entities.get_mut(entity)
                    && record.affiliation.is_none()
                {
                    record.affiliation = Some(country);
                }
                self.relate(view, entity, country, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
            }
            // "Its Parliamentary Assembly", "the bloc's Commission": a body
            // of the organisation named last (a bloc or any other).
            if kind == EntityKind::Organization
                && prefix.is_none()
                && first >= 1
                && (view.is(first - 1, "its") || first >= 2 && view.is_possessive(first - 1) && view.is_any(first - 2, &["organisation", "organization", "bloc", "alliance", "union"]))
                && let Some(bloc) = self.recent_entity(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization) || is_unlisted_grouping(e))
                && bloc != entity
            {
                self.relate(view, entity, bloc, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
            }
            // "The Supreme Council, composed of the heads of the member
            // states, ...": in a text about an organisation, a council or
            // secretariat opening a sentence is one of its organs.
            if kind == EntityKind::Organization
                && prefix.is_none()
                && state.is_none()
                && (first == 0 || first == 1 && view.is(0, "the"))
                && matches!(head, "Council" | "Secretariat" | "Commission" | "Committee" | "Assembly")
                && GAZETTEER.entry_named(&name).is_none()
                && let Some(main) = self.main_organisation().filter(|&main| main != entity && self.entities.get(main).is_some_and(|e| e.mentions.len() >= 3 && e.kind == EntityKind::Organization && e.affiliation.is_none()))
            {
                self.relate(view, entity, main, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
            }
            if let Some((place_first, place_last)) = inner_place {
                let mut bodies = Vec::new();
                for m in mentions.iter_mut().filter(|m| m.first == place_first && m.last == place_last) {
                    m.role = Role::Inner;
                    bodies.push(m.entity);
                }
                // "... Meeting of the China-CELAC Forum": the forum's meeting.
                for body in bodies {
                    if kind == EntityKind::Event && self.entities.get(body).is_some_and(|e| e.kind == EntityKind::Organization) {
                        self.relate(view, entity, body, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
                    }
                }
            }
            mentions.push(Mention { first, last, entity, role: Role::Plain });
            for c in covered.iter_mut().take(last + 1).skip(first) {
                *c = true;
            }
            i = last + 1;
        }

        // Known surnames alone: "Kishida", "Stoltenberg".
        for t in 0..n {
            if covered.get(t).copied().unwrap_or(true) || !view.is_capitalised(t) {
                continue;
            }
            // "Nandi-Ndaitwah": a hyphenated surname is three tokens.
            if view.is_punct(t + 1, '-')
                && view.touching(t)
                && view.touching(t + 1)
                && view.is_capitalised(t + 2)
                && !covered.get(t + 2).copied().unwrap_or(true)
                && let Some(person) = self.by_surname(view.span_text(t, t + 2))
            {
                mentions.push(Mention { first: t, last: t + 2, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(t + 3).skip(t) {
                    *c = true;
                }
                continue;
            }
            if let Some(person) = self.by_surname(view.word(t)).or_else(|| self.acronyms.get(view.word(t)).copied()) {
                // "Htun Aung", "Soe Win": a name written whole again, each
                // word also a name of the same person, is one mention.
                let mut last = t;
                while view.is_capitalised(last + 1) && !covered.get(last + 1).copied().unwrap_or(true) && self.surnames.get(fold_diacritics(view.word(last + 1)).as_ref()) == Some(&person) {
                    last += 1;
                }
                mentions.push(Mention { first: t, last, entity: person, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(t) {
                    *c = true;
                }
                continue;
            }
            // "Riyadh hosted Guelleh and Isaias": a given name alone, joined
            // to a person just named, for the one person of the text who
            // bears it ("Isaias Afwerki" goes by his given name).
            if t >= 2
                && view.is(t - 1, "and")
                && !view.is_capitalised(t + 1)
                && !is_not_name(view.word(t))
                && mentions.iter().any(|m| m.last + 2 == t && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person))
                && let Some(person) = self.by_given_name(view.word(t))
            {
                mentions.push(Mention { first: t, last: t, entity: person, role: Role::Plain });
                if let Some(c) = covered.get_mut(t) {
                    *c = true;
                }
                continue;
            }
            // "Putin hosted Modi": a well-known office holder by surname
            // alone, when the surname is theirs only and no common word.
            const COMMON: &[&str] = &["Power", "Rule", "Law", "Peace", "Justice", "May", "Price", "Rice", "Said", "Hunt", "Carter", "Cameron", "Chan", "Kim", "Ali", "Shah", "Young", "King", "Brown", "Green", "White", "Long", "Grant", "Will", "March", "Lord", "Love", "Hope", "Reed", "Ward", "Wells", "Park", "Church", "Frost", "Bush", "Hill", "Cook", "Lee", "Li", "Wang", "English", "Major", "Black", "Little", "Rich", "Strong", "Noble"];
            let word = view.word(t);
            // Not part of a longer run of capitalised words either.
            let in_run = view.is_capitalised(t + 1) || t >= 1 && view.is_capitalised(t - 1) && !covered.get(t - 1).copied().unwrap_or(true);
            if word.chars().count() >= 4
                && !in_run
                && !COMMON.contains(&word)
                && let Some(entry) = GAZETTEER.person_by_surname(word)
                && let Some(person) = self.gazetteer_entity(entry)
            {
                mentions.push(Mention { first: t, last: t, entity: person, role: Role::Plain });
                if let Some(c) = covered.get_mut(t) {
                    *c = true;
                }
            }
        }
    }

    /// Descriptions: "the alliance", "the Northeast Asian country", "his
    /// country", "the two sides", "the summit", a sentence-initial "He".
    /// The end of the town or region of the world list that a run of
    /// unknown capitalised words from `first` to `last` names (the whole
    /// run, or its part before "and" when both parts are listed), with the
    /// country it lies in; `None` unless the words around it say it is a
    /// place.
    fn world_place_in_run(&self, view: &SentenceView<'_>, mentions: &[Mention], first: usize, last: usize) -> Option<(usize, Option<usize>)> {
        // ("In Doha, Fidan said": a person the article named.)
        if self.by_surname(view.word(first)).is_some() || is_given_name(view.word(first)) {
            return None;
        }
        let run_last = last;
        let (last, country) = if let Some(country) = world_place(view.span_text(first, last)) {
            (last, country)
        } else {
            // "in Jonglei and Upper Nile", "the Erenhot and Zamyn-Uud
            // border ports".
            let and = (first + 1..last).find(|&t| view.is(t, "and"))?;
            (and - 1, world_place(view.span_text(first, and - 1))?)
        };
        let place_or_state = |m: &Mention| self.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country));
        let before = first.checked_sub(1);
        let cue = before.is_some_and(|b| view.is_any(b, PLACE_PREPOSITIONS) || view.is(b, "to") && b >= 1 && view.is_any(b - 1, TRAVEL_WORDS))
            // "the city of Hohhot", "the state of Roraima".
            || first >= 2 && view.is(first - 1, "of") && (view.is_any(first - 2, SETTLEMENT_NOUNS) || view.is(first - 2, "state"))
            // "the Tavush province", "the Erenhot and Zamyn-Uud border
            // ports".
            || view.is_any(last + 1, PLACE_NOUNS_AFTER)
            || view.is_any(run_last + 1, PLACE_NOUNS_AFTER)
            // "India's Lakshadweep islands".
            || first >= 2 && view.is_possessive(first - 1) && mentions.iter().any(|m| m.last + 2 == first && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country))
            // "Subic Bay, Manila and Batangas", "Erenhot, China": listed
            // beside a known place or state.
            // (Not "attended by García, Chilean President ...": a demonym
            // before a title names no place.)
            || before.is_some_and(|b| view.is_punct(b, ',') || view.is(b, "and")) && mentions.iter().any(|m| m.last + 2 == first && place_or_state(m))
            || (view.is_punct(last + 1, ',') || view.is(last + 1, "and")) && mentions.iter().any(|m| m.first == last + 2 && place_or_state(m) && !view.is_capitalised(m.last + 1))
            // "Klaipėda in Lithuania": followed by the very state the list
            // places it in.
            || view.is(last + 1, "in") && country.and_then(|c| GAZETTEER.entry(c)).is_some_and(|c| mentions.iter().any(|m| m.first == last + 2 && self.entities.get(m.entity).is_some_and(|e| e.name == c.name)));
        cue.then_some((last, country))
    }

    fn find_descriptions(&mut self, view: &mut SentenceView<'_>, mentions: &mut Vec<Mention>, covered: &mut [bool]) {
        let n = view.len();
        find_delegations(self, view, mentions);
        for i in 0..n {
            let lower = view.lower(i);
            // ("Friday's meeting": a day, covered as a date, may own one.)
            let day_owner = matches!(lower, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") && view.is_possessive(i + 1);
            if covered.get(i).copied().unwrap_or(true) && !day_owner {
                continue;
            }
            // The delegation speaking in this sentence before `i`, else the
            // one the last sentence was about when no person came between.
            // (Worked out where it is read, from the mentions as they are
            // here: nothing is added to them before that.)
            let delegation = |mentions: &[Mention]| {
                view.delegations.iter().filter(|d| d.phrase_first < i).map(|d| d.speaks_for).next_back().or_else(|| {
                    let person_before = mentions.iter().any(|m| m.first < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person));
                    if person_before { None } else { self.subject_delegation }
                })
            };
            // "It was held ...", "It took place ...": the event named last.
            if i == 0
                && lower == "it"
                && (view.is_any(1, &["was", "is", "will"]) && (2..=3).any(|t| view.is_any(t, &["held", "attended", "hosted", "chaired", "opened"])) || view.is(1, "took") && view.is(2, "place"))
                && let Some(event) = self.recent_event()
            {
                mentions.push(Mention { first: 0, last: 0, entity: event, role: Role::Plain });
                continue;
            }
            // "Ghana announced new measures. It also condemned the coup": a
            // sentence-initial "It" that acts stands for the state or body the
            // last sentence opened with (not "It is expected ...").
            if (i == 0 || i == 1 && view.is_any(0, &["but", "and", "yet"]))
                && lower == "it"
                && let Some(actor) = self.subject_actor
            {
                let mut verb = i + 1;
                while view.is_any(verb, &["also", "then", "later", "has", "had", "have", "will", "would", "further", "again", "previously", "already"]) {
                    verb += 1;
                }
                let word = view.lower(verb);
                // ("It is not a member of NATO": what the state is.)
                let belongs = view.is_any(verb, &["is", "was", "remains"]) && (verb + 1..verb + 4).any(|t| view.is_any(t, &["member", "observer", "signatory"]));
                // ("It is headquartered in Jakarta": where the body is.)
                let belongs = belongs || view.is_any(verb, &["is", "was"]) && view.is_any(verb + 1, &["headquartered", "based", "seated"]) && view.is_any(verb + 2, &["in", "at"]);
                let acts = belongs
                    || verb > i + 1 && !view.is_any(verb, &["been", "be", "is", "was"])
                    || word.ends_with("ed") && !matches!(word, "needed" | "seemed" | "appeared" | "remained" | "proved" | "emerged" | "happened" | "mattered")
                    || matches!(word, "said" | "says" | "told" | "sent" | "held" | "made" | "took" | "signed" | "urges" | "calls" | "warns" | "joined" | "became" | "won" | "set" | "gave" | "drew" | "put" | "met" | "led");
                if acts {
                    mentions.push(Mention { first: i, last: i, entity: actor, role: Role::Plain });
                    continue;
                }
            }
            // "His Majesty travelled to Zanzibar": the monarch named last
            // (not "His Majesty Sultan Haitham", a title before a name).
            // ("invited His Majesty the Sultan": the holder of the office
            // written after it.)
            if matches!(lower, "his" | "her")
                && view.is_any(i + 1, &["majesty", "highness"])
                && view.is_capitalised(i + 1)
                && !view.is_capitalised(i + 2)
                && let office_after = (view.is(i + 2, "the") && view.is_capitalised(i + 3)).then(|| title_case(view.word(i + 3)))
                && let Some(monarch) = self
                    .relations
                    .iter()
                    .filter(|r| r.kind == RelationKind::HoldsOffice && r.label.as_deref().is_some_and(|l| matches!(l, "King" | "Queen" | "Sultan" | "Emir" | "Crown Prince" | "Sheikh" | "Prince") && office_after.as_deref().is_none_or(|o| o == l)))
                    .map(|r| r.subject)
                    .max_by_key(|&p| self.entities.get(p).map_or(0, |e| e.last_seen))
            {
                let last = if office_after.is_some() { i + 3 } else { i + 1 };
                mentions.push(Mention { first: i, last, entity: monarch, role: Role::Plain });
                for c in covered.iter_mut().take(last + 1).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "Macron hosted him", "took him to": the object of a meeting
            // verb is the last sentence's subject.
            if lower == "him"
                && i >= 1
                && view.is_any(i - 1, &["hosted", "met", "received", "welcomed", "greeted", "meet", "host", "receive", "welcome", "took"])
                && let Some(person) = self.subject_person
            {
                mentions.push(Mention { first: i, last: i, entity: person, role: Role::Plain });
                continue;
            }
            // Pronoun subjects.
            // (Also after an opening time word: "Tomorrow he will meet ...".)
            // ("On 23 January he held talks", "Last week she met": past an
            // opening date phrase with no one named in it.)
            let after_time_word = i == 1 && view.is_any(0, &["tomorrow", "yesterday", "today", "later", "then", "earlier", "now", "meanwhile", "also", "there"])
                || (2..=5).contains(&i)
                    && view.is_any(0, &["on", "in", "last", "earlier", "later", "during", "next", "this"])
                    && (1..i).all(|t| !view.is_punct(t, ',') && (view.is_capitalised(t) || view.word(t).starts_with(|c: char| c.is_ascii_digit()) || view.is_any(t, &["the", "week", "weeks", "month", "months", "year", "morning", "afternoon", "evening", "day", "same", "following", "next", "of"])))
                    && !mentions.iter().any(|m| m.first < i);
            if (lower == "he" || lower == "she") && (i == 0 || after_time_word || view.is_punct(i - 1, ',') || view.is_any(i - 1, &["and", "but", "that", "where", "when", "while", "after", "then"])) {
                // Opening a sentence, the pronoun continues the last
                // sentence's subject (a person, or a delegation); inside one,
                // the delegation speaking or the last person named.
                // A second pronoun in the sentence ("He stopped in Shanghai, where he
                // met ...") is the first one's person.
                let earlier_pronoun = mentions.iter().find(|m| m.first == m.last && view.is_any(m.first, &["he", "she"])).map(|m| m.entity);
                // "Putin has confirmed that he will attend": the person this
                // sentence named last, before one named earlier.
                let named_here = mentions
                    .iter()
                    .filter(|m| m.last < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity);
                let person = if i == 0 || after_time_word { self.subject_delegation.or(self.subject_person).or(self.last_person) } else { earlier_pronoun.or_else(|| delegation(mentions)).or(named_here).or(self.last_person) };
                if let Some(person) = person {
                    mentions.push(Mention { first: i, last: i, entity: person, role: Role::Plain });
                }
                continue;
            }
            // "..., whose country joined the grouping in 2023": the country
            // of the person just named.
            let whose = lower == "whose" && view.is_any(i + 1, &["country", "government"]);
            if matches!(lower, "his" | "her") && view.is_any(i + 1, &["country", "delegation", "government"]) || whose {
                // ("Latvia's delegate, whose country joined the Council":
                // the delegation just named.)
                let delegate_before = i >= 2 && view.is_punct(i - 1, ',') && view.is_any(i - 2, DELEGATE_NOUNS);
                // ("The representative of Uzbekistan, whose country withdrew
                // from the CSTO": the state the delegate is of.)
                let delegate_of = (whose && i >= 2 && view.is_punct(i - 1, ','))
                    .then(|| mentions.iter().find(|m| m.last + 2 == i && m.first >= 2 && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country)))
                    .flatten()
                    .filter(|m| {
                        let of = if view.is(m.first - 1, "the") { m.first - 2 } else { m.first - 1 };
                        of >= 1 && view.is(of, "of") && view.is_any(of - 1, DELEGATE_NOUNS)
                    })
                    .map(|m| m.entity);
                if let Some(state) = delegate_of {
                    mentions.push(Mention { first: i + 1, last: i + 1, entity: state, role: Role::Plain });
                    continue;
                }
                if let Some(speaker) = (!whose || delegate_before).then(|| delegation(mentions)).flatten() {
                    let first = if whose { i + 1 } else { i };
                    mentions.push(Mention { first, last: i + 1, entity: speaker, role: Role::Plain });
                    continue;
                }
                // The person named last, in this sentence or before it.
                let person = mentions
                    .iter()
                    .filter(|m| m.last < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Person))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity)
                    .or(self.last_person);
                let country = person.and_then(|p| self.entities.get(p)).and_then(|p| p.affiliation);
                if let Some(country) = country.filter(|&c| self.entities.get(c).is_some_and(|e| e.kind == EntityKind::Country)) {
                    // "whose" stays outside, so no list runs on into it.
                    let first = if whose { i + 1 } else { i };
                    mentions.push(Mention { first, last: i + 1, entity: country, role: Role::Plain });
                }
                continue;
            }
            // "The Ministers condemned ..." in a statement of a group of
            // states: each state of the last list.
            if lower == "the"
                && view.is_any(i + 1, &["ministers", "leaders"])
                && view.is_capitalised(i + 1)
                && !view.is(i + 2, "of")
                && let Some(group) = self.groups.last()
            {
                push_group(mentions, i, i + 1, group);
                for c in covered.iter_mut().take(i + 2).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "the parties expressed regret", "Each party must conclude":
            // in a text about a treaty, the states it names as its parties.
            // ("made up of the parties' trade ministers": their people.)
            if (lower == "the" && view.is(i + 1, "parties") && !view.is_any(i + 2, &["to", "of", "concerned", "involved", "in"]) && !view.is_possessive(i + 2) || matches!(lower, "each" | "every") && view.is(i + 1, "party"))
                && let Some(group) = self.treaty_parties()
            {
                push_group(mentions, i, i + 1, &group);
                for c in covered.iter_mut().take(i + 2).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "the three countries", "all three members": the last list of
            // that many states, one mention each over the same words.
            // ("the three Sahel states": a capitalised word between.)
            let region_word = |t: usize| !covered.get(t).copied().unwrap_or(true) || mentions.iter().any(|m| m.first == t && m.last == t && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place));
            // ("All nine are also members of the EU": no noun after "all".)
            let bare = lower == "all" && view.is_any(i + 2, &["are", "were", "have", "had", "belong", "joined", "signed"]);
            // (Worked out only for the words the test below reads it for.)
            let noun_at = if !matches!(lower, "the" | "all") {
                i + 2
            } else if bare {
                i + 1
            } else if view.is_capitalised(i + 2) && view.is_any(i + 3, GROUP_NOUNS) && region_word(i + 2) {
                i + 3
            } else if view.is_any(i + 2, &["member", "military", "neighbouring", "neighboring", "founding", "landlocked", "remaining", "junta-led"]) && view.is_any(i + 3, GROUP_NOUNS) {
                // ("All four member states belong to the forum", "the three
                // military governments".)
                i + 3
            } else {
                i + 2
            };
            // (With no such list, "All three countries" after a text on
            // three states: the three it names most, when they stand out.)
            let most_named = |size: usize| -> Option<Vec<usize>> {
                if !view.is_any(noun_at, &["countries", "states", "nations", "governments"]) {
                    return None;
                }
                let mut counted: Vec<(usize, usize)> = self.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Country).map(|(k, e)| (e.mentions.len(), k)).collect();
                counted.sort_unstable_by(|a, b| b.cmp(a));
                let last_in = counted.get(size - 1)?.0;
                let first_out = counted.get(size).map_or(0, |c| c.0);
                (last_in >= 2 && last_in > first_out).then(|| counted.iter().take(size).map(|&(_, k)| k).collect())
            };
            if matches!(lower, "the" | "all")
                && (bare || view.is_any(noun_at, GROUP_NOUNS))
                && let Some(group) = GROUP_SIZES.iter().position(|w| view.is(i + 1, w)).map(|n| n + 3).and_then(|size| self.groups.iter().find(|g| g.len() == size).cloned().or_else(|| most_named(size)))
            {
                // ("Sahel" inside the phrase names no place of its own.)
                for m in mentions.iter_mut().filter(|m| m.first > i && m.last < noun_at) {
                    m.role = Role::Inner;
                }
                push_group(mentions, i, noun_at, &group);
                for c in covered.iter_mut().take(noun_at + 1).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "the Assembly", "the Council": the body named last whose name
            // ends in that word ("General Assembly", "Security Council").
            // "the Geneva-based Council": past a place compound (where the
            // head may be in lower case: "the Honduras-based bank").
            let head = if lower == "the" && view.is_capitalised(i + 1) && view.is_punct(i + 2, '-') && view.is_any(i + 3, &["based", "headquartered"]) { i + 4 } else { i + 1 };
            if lower == "the"
                && view.is_any(head, &["assembly", "council", "commission", "parliament", "court", "committee", "ministry", "agency", "bank", "forum", "community", "organisation", "organization", "union", "alliance", "mission"])
                && (view.is_capitalised(head) || head > i + 1)
                && !view.is_capitalised(head + 1)
                && !covered.get(head).copied().unwrap_or(true)
                && let Some(body) = self.body_by_head(&title_case(view.word(head))) {
                    // The place of a compound stays its own mention.
                    let first = if head == i + 1 { i } else { head };
                    mentions.push(Mention { first, last: head, entity: body, role: Role::Plain });
                    for c in covered.iter_mut().take(head + 1).skip(first) {
                        *c = true;
                    }
                    continue;
                }
            // "the 2018 meeting in Nauru", "the 2013 ministerial meeting":
            // a year names one meeting of a series, an event of its own.
            // ("since a 2014 summit in Kathmandu": the same.)
            if matches!(lower, "the" | "a")
                && view.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
                && view.word(i + 1).len() == 4
                && view.word(i + 1).parse::<u16>().is_ok_and(|year| (1900..=2100).contains(&year))
                && let Some(noun) = (i + 2..=i + 3).find(|&t| view.is_any(t, &["meeting", "summit", "session", "conference"]))
                && (i + 2..noun).all(|t| view.is_any(t, &["ministerial", "annual", "extraordinary", "leaders", "special", "informal"]))
                && (i + 1..=noun).all(|t| !covered.get(t).copied().unwrap_or(true))
                && !view.is(noun + 1, "of")
                // (After "the 2013 Commonwealth Heads of Government Meeting",
                // "the 2011 meeting" is one of that series: read below.)
                && !self.entities.iter().any(|e| {
                    let mut words = e.name.split(' ');
                    e.kind == EntityKind::Event
                        && words.next().is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                        && words.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                })
            {
                let event = self.entity(view.span_text(i + 1, noun), EntityKind::Event);
                mentions.push(Mention { first: i + 1, last: noun, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(noun + 1).skip(i) {
                    *c = true;
                }
                continue;
            }
            // "the summit", "their three-day summit": the last summit named,
            // else the summit of the bloc the text is about.
            // ("did not attend Friday's meeting": a day's, as "the".)
            if matches!(lower, "the" | "their" | "its" | "this") || day_owner {
                // ("the bloc's ordinary summit": the bloc's, as "its".)
                let owner = lower == "the" && view.is_any(i + 1, &["bloc", "alliance", "community", "grouping", "union"]) && view.is_possessive(i + 2);
                let mut j = if owner { i + 3 } else if day_owner { i + 2 } else { i + 1 };
                while j <= i + 4 && (view.is_any(j, &["two", "three", "four", "five", "-", "day", "annual", "one", "ordinary", "regular", "extraordinary", "latest", "closed", "door", "plenary", "opening", "closing"]) || view.is_punct(j, '-')) {
                    j += 1;
                }
                // ("told the closed-door session": the summit's session.)
                let session = j > i + 1 && view.is(j, "session") && (i + 1..j).any(|t| view.is_any(t, &["closed", "plenary", "opening", "closing"]));
                // ("the alliance's 2016 summit in Warsaw": that year's.)
                if owner
                    && is_year(view.word(j))
                    && view.is(j + 1, "summit")
                    // ("the alliance's": the alliance, even after a bloc.)
                    // (This sentence's first: "joined NATO ... the alliance's".)
                    && let Some(short) = {
                        let fits = |e: &EntityRecord| e.kind == EntityKind::Organization && (e.org_type == OrgType::Alliance || !view.is(i + 1, "alliance") && e.org_type == OrgType::Bloc);
                        mentions.iter().filter(|m| m.last < i && self.entities.get(m.entity).is_some_and(fits)).max_by_key(|m| m.last).map(|m| m.entity).or_else(|| self.recent_entity(fits))
                    }
                    .or_else(|| self.recent_bloc())
                    .and_then(|bloc| self.short_name(bloc))
                {
                    let name = format!("{} {short} summit", view.word(j));
                    let event = self.same_event(&name).unwrap_or_else(|| self.entity(&name, EntityKind::Event));
                    mentions.push(Mention { first: i, last: j + 1, entity: event, role: Role::Plain });
                    for c in covered.iter_mut().take(j + 2).skip(i) {
                        *c = true;
                    }
                    continue;
                }
                if (view.is(j, "summit") || session) && !view.is(j + 1, "of") && (j > i + 1 || lower != "the") {
                    // "the bloc's annual summit" after "an extraordinary
                    // summit in Pretoria": another summit, of its own kind
                    // (which a later bare "the summit" does not mean).
                    let start = if owner { i + 3 } else { i + 1 };
                    let kind_at = (start..j).find(|&t| view.is_any(t, SUMMIT_KINDS));
                    let event = self
                        .recent_entity(|e| e.kind == EntityKind::Event && e.name.to_lowercase().contains("summit") && (kind_at.is_some() || !kind_only_summit(&e.name)))
                        .or_else(|| self.summit_of_recent_bloc(None));
                    let other_kind = |event: usize| {
                        let name = self.entities.get(event).map(|e| e.name.to_lowercase()).unwrap_or_default();
                        let words: Vec<&str> = name.split(' ').collect();
                        kind_at.is_some_and(|k| !words.contains(&view.lower(k)) && words.iter().any(|w| SUMMIT_KINDS.contains(w)))
                    };
                    if !session
                        && let Some(kind_at) = kind_at
                        && event.is_some_and(other_kind)
                    {
                        let name = view.span_text(kind_at, j);
                        let event = self.same_event(name).unwrap_or_else(|| self.entity(name, EntityKind::Event));
                        mentions.push(Mention { first: kind_at, last: j, entity: event, role: Role::Plain });
                        for c in covered.iter_mut().take(j + 1).skip(i) {
                            *c = true;
                        }
                        continue;
                    }
                    if let Some(event) = event {
                        mentions.push(Mention { first: i, last: j, entity: event, role: Role::Plain });
                        for c in covered.iter_mut().take(j + 1).skip(i) {
                            *c = true;
                        }
                    }
                    continue;
                }
            }
            // "They" opening a sentence after one that opened with "the two
            // leaders": the same pair.
            // ("On 19 February they opened ...": past an opening date.)
            let after_date = i >= 2 && view.is_any(0, &["on", "in", "later", "earlier"]) && (1..i).all(|t| view.is_any(t, &["that", "the", "same", "day"]) || view.dates.iter().any(|d| d.first_token <= t && t <= d.last_token));
            let opens_sentence = lower == "they" && (i == 0 || after_date || view.is_punct(i - 1, ',') && !(0..i - 1).any(|t| view.is_punct(t, ',')));
            if lower == "they" && self.pair_subject.is_some() && opens_sentence {
                view.pair_phrases.push((i, i));
                continue;
            }
            // "The Ministers condemned ... They called on ...": the group.
            if lower == "they"
                && self.group_subject
                && opens_sentence
                && let Some(group) = self.groups.last()
            {
                push_group(mentions, i, i, group);
                if let Some(c) = covered.get_mut(i) {
                    *c = true;
                }
                continue;
            }
            // ("Poland is not part of that format": a demonstrative names
            // a body as "the" does.)
            let demonstrative = matches!(lower, "that" | "this");
            if !(lower == "the" || lower == "both" || day_owner || demonstrative) {
                continue;
            }
            // "Both condemned Israel's campaign": the pair just named.
            if lower == "both" && i == 0 && view.word(1).chars().all(char::is_lowercase) && !view.is_any(1, &["of", "the", "sides", "countries", "leaders"]) {
                view.pair_phrases.push((i, i));
                continue;
            }
            // "the two sides", "both sides", "both countries"
            let number_at = if lower == "the" { i + 1 } else { i };
            if (lower == "both" || view.is_any(number_at, &["two", "three"])) && view.is_any(number_at + 1, PAIR_NOUNS) {
                view.pair_phrases.push((i, number_at + 1));
                continue;
            }
            // "The two Prime Ministers", "both Foreign Ministers".
            if (lower == "both" || view.is_any(number_at, &["two", "three"])) && view.is_capitalised(number_at + 1) && view.is_any(number_at + 2, PAIR_NOUNS) {
                view.pair_phrases.push((i, number_at + 2));
                continue;
            }
            // "The leaders condemned ..." opening a sentence a few sentences
            // after three or more leaders were listed: their states.
            if lower == "the"
                && i == 0
                && view.is_any(1, &["leaders", "presidents", "heads"])
                && !view.is_any(2, &["of", "from"])
                && let Some((group, _)) = self.leaders_group.as_ref().filter(|&&(_, at)| self.sentences_read <= at + 6)
            {
                let group = group.clone();
                push_group(mentions, i, 1, &group);
                for c in covered.iter_mut().take(2) {
                    *c = true;
                }
                continue;
            }
            // "The leaders welcomed ...", opening a sentence after two people
            // met: the first pair that met.
            // ("The Ministers called on ...", in a readout of two
            // ministers' talks; "The leaders ..." in a joint statement of
            // a visit, where no meeting was told yet: the two leaders.)
            // ("The Prime Ministers reaffirmed ...": a title in the plural.)
            if lower == "the"
                && i == 0
                && view.is_capitalised(1)
                && view.is_any(2, &["ministers", "presidents"])
                && view.word(2).starts_with(char::is_uppercase)
                && !view.is_any(3, &["of", "from"])
                && (self.first_pair.is_some() || self.office_states() <= 3 && self.recent_leaders().is_some())
            {
                view.pair_phrases.push((i, 2));
                continue;
            }
            // ("The Heads of State held talks ...": the same.)
            let heads_of_state = view.is(1, "heads") && view.is(2, "of") && view.is_any(3, &["state", "government"]) && !view.is(4, "and");
            if heads_of_state
                && lower == "the"
                && i == 0
                && (self.first_pair.is_some() || self.office_states() <= 3 && self.recent_leaders().is_some())
            {
                view.pair_phrases.push((i, 1));
                continue;
            }
            if lower == "the"
                && i == 0
                && (view.is_any(1, &["leaders", "presidents"]) || view.is(1, "ministers") && self.office_states() <= 3)
                && !view.is_any(2, &["of", "from"])
                && (self.first_pair.is_some() || view.is_any(1, &["leaders", "presidents"]) && self.office_states() <= 3 && self.recent_leaders().is_some())
            {
                view.pair_phrases.push((i, 1));
                continue;
            }
            // "talks between the neighbours": two by the word itself.
            if lower == "the" && view.is_any(i + 1, &["neighbours", "neighbors"]) {
                view.pair_phrases.push((i, i + 1));
                continue;
            }
            // Modifiers up to the noun (at most four words).
            let mut j = i + 1 + usize::from(day_owner);
            let mut adjectives = Vec::new();
            while j < n && j <= i + 4 {
                let word = view.lower(j);
                // "the eight-nation group", "the 18-member forum": its size.
                if view.is_punct(j + 1, '-')
                    && view.is_any(j + 2, &["nation", "member", "country", "state"])
                    && (word.bytes().all(|b| b.is_ascii_digit()) || matches!(word, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve"))
                {
                    j += 3;
                    continue;
                }
                // ("the Treasury sanctioned": a capitalised description
                // noun ends the phrase.)
                let noun_here = FIRST_WORD_DESCRIPTIONS.contains(&view.word(j)) && !view.is_capitalised(j + 1);
                if !noun_here && view.is_capitalised(j) || matches!(word, "western" | "southern" | "northern" | "eastern" | "central" | "continental" | "military" | "security" | "asian" | "european" | "african" | "gulf" | "island" | "nuclear" | "transatlantic" | "regional" | "economic" | "trade" | "defence" | "defense" | "-" | "pacific" | "south" | "east" | "north" | "west") {
                    adjectives.push(j);
                    j += 1;
                } else {
                    break;
                }
            }
            let noun = view.lower(j);
            // ("the Pacific nation": a region found as a place only
            // describes the country.)
            let region = |a: usize| mentions.iter().any(|m| m.first == a && m.last == a && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place && e.affiliation.is_none()));
            let described_by_region = COUNTRY_NOUNS.contains(&noun) && !adjectives.is_empty() && adjectives.iter().all(|&a| !covered.get(a).copied().unwrap_or(true) || region(a));
            if !described_by_region && adjectives.iter().any(|&a| covered.get(a).copied().unwrap_or(true)) {
                continue;
            }
            if described_by_region {
                for m in mentions.iter_mut().filter(|m| adjectives.contains(&m.first) && m.first == m.last) {
                    m.role = Role::Inner;
                }
            }
            if let Some((_, wanted)) = ORG_DESCRIPTIONS.iter().find(|(word, _)| *word == noun) {
                let wanted = *wanted;
                let head = title_case(noun);
                let fits = |e: &EntityRecord| {
                    e.kind == EntityKind::Organization
                        && match wanted {
                            // "the council": the "Security Council" or the
                            // "Council of the Baltic Sea States".
                            Some(OrgType::Body) => e.name.split_whitespace().next_back().is_some_and(|w| w.eq_ignore_ascii_case(&head)) || e.name.starts_with(&format!("{head} of ")) || FIRST_WORD_DESCRIPTIONS.contains(&head.as_str()) && e.name.starts_with(&format!("{head} ")),
                            Some(OrgType::Alliance) => e.org_type == OrgType::Alliance,
                            Some(OrgType::Treaty) => e.org_type == OrgType::Treaty,
                            Some(OrgType::Bloc) => matches!(e.org_type, OrgType::Bloc | OrgType::Alliance),
                            _ => matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization) || is_unlisted_grouping(e),
                        }
                };
                // One named earlier in this sentence, unless it is the one
                // joining ("the African Union as a permanent member of the
                // group"); else "the union" is the latest organisation called
                // a Union, if any; otherwise the latest of the wanted type.
                let org = mentions
                    .iter()
                    .filter(|m| m.last < i && self.entities.get(m.entity).is_some_and(fits))
                    .filter(|m| !view.is_any(m.last + 1, &["as", "became", "becomes", "joined", "joins", "is", "was", "has", "had"]))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity);
                let org = org.or_else(|| self.body_by_head(&head));
                // ("the organisation" in an entry about IGAD that has just
                // named the African Union once: the one the text is about,
                // when it is named more often than the latest.)
                let org = org.or_else(|| {
                    let topic = self.topic_organisation().filter(|&t| self.entities.get(t).is_some_and(fits))?;
                    let latest = self.recent_entity(fits)?;
                    let named = |e: usize| self.entities.get(e).map_or(0, |x| x.mentions.len());
                    (matches!(noun, "organisation" | "organization") && named(topic) > named(latest)).then_some(topic)
                });
                // ("the bloc" after "U.N. Secretary-General Guterres
                // addressed the AU summit": a bloc before any organisation.)
                let org = if matches!(noun, "bloc" | "grouping") { org.or_else(|| self.recent_entity(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance))) } else { org };
                let org = if wanted == Some(OrgType::Body) && !FIRST_WORD_DESCRIPTIONS.contains(&head.as_str()) { org } else { org.or_else(|| self.recent_entity(fits)) };
                // ("The secretariat in Gaborone will open a liaison office":
                // with no body so named, the organisation acting through it:
                // the one named last.)
                let org = if noun == "secretariat" && lower == "the" {
                    org.or_else(|| self.recent_entity(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization)))
                } else {
                    org
                };
                if let Some(org) = org {
                    mentions.push(Mention { first: i, last: j, entity: org, role: Role::Plain });
                    for c in covered.iter_mut().take(j + 1).skip(i) {
                        *c = true;
                    }
                }
                continue;
            }
            if demonstrative {
                continue;
            }
            // ("the country of Japan" names it; "accused the North African
            // country of shooting down a drone" describes one.)
            // ("the chairmanship passes to the country that hosts the
            // summit": whichever, no one state.)
            if COUNTRY_NOUNS.contains(&noun) && adjectives.is_empty() && view.is_any(j + 1, &["that", "which"]) {
                continue;
            }
            if COUNTRY_NOUNS.contains(&noun) && !(view.is(j + 1, "of") && (view.is_capitalised(j + 2) || view.is(j + 2, "the"))) {
                let description: String = adjectives.iter().map(|&a| view.lower(a)).collect::<Vec<_>>().join(" ");
                let continent = ["asia", "europ", "africa", "americ", "pacific", "oceania"]
                    .iter()
                    .find(|c| description.contains(*c))
                    .map(|c| match *c {
                        "asia" => "Asia",
                        "europ" => "Europe",
                        "africa" => "Africa",
                        "americ" => "Americas",
                        _ => "Oceania",
                    });
                let fits = |e: &EntityRecord| e.kind == EntityKind::Country && continent.is_none_or(|c| e.continent == c);
                // "travel to China for ... his first visit to the country": a
                // country this sentence named first after a preposition
                // (recency is only updated once the sentence is read); the
                // sentence's own subject is "its", not "the country".
                let named_here = mentions
                    .iter()
                    .filter(|m| m.last < i && m.first >= 1 && view.is_any(m.first - 1, &["to", "in", "from", "with", "into", "at"]) && matches!(m.role, Role::Plain | Role::Capital) && self.entities.get(m.entity).is_some_and(fits))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity);
                let country = named_here.or_else(|| self.recent_entity(fits));
                // A bare "the country" is only resolved within one sentence of
                // the country's mention; a described one goes further back.
                if let Some(country) = country
                    && (!adjectives.is_empty() || self.entities.get(country).is_some_and(|e| self.clock.saturating_sub(e.last_seen) < 12))
                {
                    mentions.push(Mention { first: i, last: j, entity: country, role: Role::Plain });
                    for c in covered.iter_mut().take(j + 1).skip(i) {
                        *c = true;
                    }
                }
                continue;
            }
            // "the 2011 meeting", "at the 2009 summit in Port of Spain": the
            // meeting of that year of the series the text is about.
            if lower == "the"
                && is_year(view.word(i + 1))
                && view.is_any(i + 2, &["meeting", "summit", "conference", "session"])
                && !covered.get(i + 2).copied().unwrap_or(true)
            {
                let year = view.word(i + 1).to_owned();
                // (A series meets: "the Cold War" is none. One year's
                // meeting of another body, "the alliance's 2016 summit", is
                // no series of the body the text is about.)
                const MEETING_WORDS: &[&str] = &["Summit", "Meeting", "Conference", "Session", "Forum", "Dialogue", "Assembly"];
                let series = self
                    .recent_entity(|e| e.kind == EntityKind::Event && GAZETTEER.entry_named(&e.name).is_some() && e.name.split(' ').any(|w| MEETING_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m))))
                    .and_then(|e| self.entities.get(e))
                    .map(|e| e.name.clone())
                    .or_else(|| {
                        self.entities
                            .iter()
                            .filter(|e| e.kind == EntityKind::Event)
                            // (Written with its year first, "the 2016 NATO
                            // summit"; not "the alliance's 2016 summit".)
                            .filter(|e| e.mentions.iter().any(|&(start, _)| view.text.get(start..).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))))
                            .find_map(|e| e.name.split_once(' ').filter(|(y, _)| is_year(y)).map(|(_, rest)| rest.to_owned()))
                    });
                if let Some(series) = series {
                    let event = self.entity(&format!("{year} {series}"), EntityKind::Event);
                    mentions.push(Mention { first: i, last: i + 2, entity: event, role: Role::Plain });
                    for c in covered.iter_mut().take(i + 3).skip(i) {
                        *c = true;
                    }
                    continue;
                }
                // With no series named: "Japan hosted the 2022 summit in
                // Tokyo" names a summit by its year (and its city).
                if view.is(i + 2, "summit") {
                    let name = view.span_text(i + 1, i + 2).to_owned();
                    let event = self.entity(&name, EntityKind::Event);
                    if view.is(i + 3, "in")
                        && let Some(place) = place_named_at(view, mentions, &self.entities, i + 4)
                        && let Some(record) = self.entities.get_mut(event)
                    {
                        record.aliases.insert(format!("{place} summit"));
                        record.aliases.insert(format!("{year} {place} summit"));
                    }
                    mentions.push(Mention { first: i, last: i + 2, entity: event, role: Role::Plain });
                    for c in covered.iter_mut().take(i + 3).skip(i) {
                        *c = true;
                    }
                    continue;
                }
            }
            // "the summit held in Minsk": the summit of that city, named
            // before or new.
            let in_at = if view.is(j + 1, "in") { Some(j + 1) } else if view.is(j + 1, "held") && view.is(j + 2, "in") { Some(j + 2) } else { None };
            if noun == "summit"
                && adjectives.is_empty()
                && let Some(in_at) = in_at
                && let Some(place) = place_named_at(view, mentions, &self.entities, in_at + 1)
            {
                let city = format!("{place} summit");
                // "NATO allies pledged ... at the summit in Vilnius": the
                // summit of a bloc this sentence names.
                let bloc_here = mentions
                    .iter()
                    .filter(|m| m.last < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance)))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity);
                let event = self
                    .recent_entity(|e| e.kind == EntityKind::Event && (e.name == city || e.aliases.contains(&city) || e.name.ends_with(&format!(" in {place}"))))
                    .or_else(|| bloc_here.and_then(|bloc| self.summit_of_recent_bloc(Some(bloc))))
                    .unwrap_or_else(|| {
                        let event = self.entity(&format!("summit in {place}"), EntityKind::Event);
                        if let Some(record) = self.entities.get_mut(event) {
                            record.aliases.insert(city.clone());
                        }
                        event
                    });
                if let Some(record) = self.entities.get_mut(event) {
                    record.aliases.insert(format!("summit held in {place}"));
                }
                mentions.push(Mention { first: i, last: j, entity: event, role: Role::Plain });
                for c in covered.iter_mut().take(j + 1).skip(i) {
                    *c = true;
                }
                continue;
            }
            if matches!(noun, "summit" | "conference" | "meeting" | "forum" | "exercise" | "exercises" | "drills" | "session" | "gathering") && adjectives.is_empty() {
                // "the drills" after "the Sea Shield exercise": exercises
                // are drills.
                let exercise_noun = matches!(noun, "exercise" | "exercises" | "drills");
                // "the meeting": an event called a meeting first, then any
                // summit or conference.
                // ("the summit" is not "the bloc's annual summit" named in
                // passing.)
                let named_as = |e: &EntityRecord| e.kind == EntityKind::Event && !kind_only_summit(&e.name) && std::iter::once(&e.name).chain(e.aliases.iter()).any(|name| name.to_lowercase().split_whitespace().any(|w| w == noun));
                // "At the BRICS summit, Lula told the summit ...": one this
                // sentence named first (recency is only updated once the
                // sentence is read).
                let named_here = mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(named_as)).max_by_key(|m| m.last).map(|m| m.entity);
                let same_noun = named_here.or_else(|| self.recent_entity(named_as));
                // An encyclopaedia entry on one meeting of a series: "the
                // meeting" is that one, even after an earlier one was named.
                let same_noun = same_noun.map(|e| {
                    let name = self.entities.get(e).map(|r| r.name.clone()).unwrap_or_default();
                    self.series_instance.values().copied().find(|&main| main != e && self.entities.get(main).is_some_and(|m| m.name.split_once(' ').map(|(_, series)| series) == name.split_once(' ').map(|(_, series)| series))).unwrap_or(e)
                });
                let event = same_noun.or_else(|| self.recent_entity(|e| {
                    e.kind == EntityKind::Event
                        && std::iter::once(&e.name).chain(e.aliases.iter()).any(|name| {
                            name.to_lowercase().split_whitespace().any(|w| {
                                w.starts_with(&noun[..noun.len().min(6)]) || matches!(noun, "conference" | "meeting" | "summit" | "gathering") && matches!(w, "summit" | "conference" | "meeting") || exercise_noun && matches!(w, "exercise" | "exercises" | "drills")
                            })
                        })
                }));
                // "NATO allies pledged ... at the summit": a bloc named
                // earlier in the sentence holds it, before any older event.
                let bloc_here = mentions
                    .iter()
                    .filter(|m| m.last < i && m.role == Role::Plain && self.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance)))
                    .max_by_key(|m| m.last)
                    .map(|m| m.entity);
                let event = match bloc_here {
                    Some(bloc) if noun == "summit" && !view.is(j + 1, "of") => self.summit_of_recent_bloc(Some(bloc)),
                    _ if noun == "summit" && !view.is(j + 1, "of") => event.or_else(|| self.summit_of_recent_bloc(None)),
                    _ => event,
                };
                if let Some(event) = event {
                    mentions.push(Mention { first: i, last: j, entity: event, role: Role::Plain });
                    for c in covered.iter_mut().take(j + 1).skip(i) {
                        *c = true;
                    }
                }
                continue;
            }
            // "the Japanese leader", "the Chinese foreign minister" when no
            // title matched above (titles already resolve the common ones).
            if PERSON_NOUNS.contains(&noun)
                && let Some(&adjective) = adjectives.first()
                && let Some(country) = mentions.iter().find(|m| m.first == adjective).map(|m| m.entity)
                && let Some(person) = self.recent_person_of(country, |_| true)
            {
                mentions.push(Mention { first: i, last: j, entity: person, role: Role::Plain });
                continue;
            }
            // "Foreign Minister Penny Wong travelled to Fiji. The minister
            // also visited Tonga.": the person last named with that title.
            if PERSON_NOUNS.contains(&noun)
                && adjectives.is_empty()
                && lower == "the"
                && !view.is(j + 1, "of")
                && let Some(person) = self.recent_titled(noun)
            {
                mentions.push(Mention { first: i, last: j, entity: person, role: Role::Plain });
            }
        }
    }

    /// The person named last whose office was written with `noun` in its
    /// title ("minister" for a "Foreign Minister").
    fn recent_titled(&self, noun: &str) -> Option<usize> {
        let titled = |person: usize| {
            self.relations.iter().any(|r| {
                r.kind == RelationKind::HoldsOffice && r.subject == person && r.label.as_deref().is_some_and(|l| l.to_lowercase().split([' ', '-']).any(|w| w == noun))
            })
        };
        self.entities.iter().enumerate().filter(|(k, e)| e.kind == EntityKind::Person && e.last_seen > 0 && titled(*k)).max_by_key(|(_, e)| e.last_seen).map(|(k, _)| k)
    }
}

/// A gazetteer match aligned on tokens.
#[derive(Clone, Debug)]
struct TokenMatch {
    first: usize,
    last: usize,
    /// (The gazetteer's own: a reference, not a copy of its strings.)
    target: &'static Target,
}

/// Longest non-overlapping gazetteer matches that start and end on token
/// boundaries.
/// The gazetteer match starting at each token of a sentence (the last
/// listed, where several do), by token: asked many times per sentence.
struct MatchStarts(Vec<Option<usize>>);

impl MatchStarts {
    fn new(matches: &[TokenMatch], tokens: usize, mut at: Vec<Option<usize>>) -> Self {
        at.clear();
        at.resize(tokens, None);
        for (index, m) in matches.iter().enumerate() {
            if let Some(slot) = at.get_mut(m.first) {
                *slot = Some(index);
            }
        }
        Self(at)
    }

    fn get(&self, token: &usize) -> Option<&usize> {
        self.0.get(*token).and_then(Option::as_ref)
    }
}

/// Which tokens of a sentence belong to a date ("May 24, 2023"), by token.
struct DateTokens(Vec<bool>);

impl DateTokens {
    fn new(view: &SentenceView<'_>, mut dated: Vec<bool>) -> Self {
        dated.clear();
        dated.resize(view.len(), false);
        for date in &view.dates {
            for t in dated.iter_mut().take(date.last_token + 1).skip(date.first_token) {
                *t = true;
            }
        }
        Self(dated)
    }

    fn contains(&self, token: &usize) -> bool {
        self.0.get(*token).copied().unwrap_or(false)
    }
}

/// The gazetteer names in the sentence, longest first where they overlap,
/// in token order (in `spare`'s buffers, which it hands back filled).
fn gazetteer_matches(view: &SentenceView<'_>, spare: &mut Spare<'_>) -> Vec<TokenMatch> {
    let Some(automaton) = GAZETTEER.automaton.as_ref() else {
        return Vec::new();
    };
    if view.text.get(view.start..view.end).is_none() {
        return Vec::new();
    }
    // (Tokens follow each other: found by their first or last byte with a
    // binary search.)
    let starting = |byte: usize| view.tokens.binary_search_by_key(&byte, |t| t.start).ok();
    let ending = |byte: usize| view.tokens.binary_search_by_key(&byte, |t| t.end).ok();
    let mut candidates = std::mem::take(&mut spare.candidates);
    candidates.clear();
    // A match must start on a token: the DFA is walked from each token,
    // anchored (no failure transitions), until it dies. (The same set of
    // matches as an overlapping search of the sentence keeping those that
    // start on a token; their order does not matter, they are sorted below.)
    let Some(dfa) = GAZETTEER.anchored.as_ref() else {
        return Vec::new();
    };
    let Ok(anchored_start) = dfa.start_state(Anchored::Yes) else {
        return Vec::new();
    };
    let bytes = view.text.as_bytes();
    for (first, token) in view.tokens.iter().enumerate() {
        let mut sid = anchored_start;
        for (k, &byte) in bytes.get(token.start..view.end).unwrap_or(&[]).iter().enumerate() {
            sid = dfa.next_state(Anchored::Yes, sid, byte);
            if dfa.is_dead(sid) {
                break;
            }
            if !dfa.is_match(sid) {
                continue;
            }
            let end = token.start + k + 1;
            for index in 0..dfa.match_len(sid) {
                let pattern = dfa.match_pattern(sid, index);
                // (A match state also lists the patterns ending there that
                // start later: those are found from their own token.)
                if dfa.pattern_len(pattern) != k + 1 {
                    continue;
                }
                let Some(last) = ending(end) else {
                    continue;
                };
                // "US$ 400 million", "NZ$": a currency, no state.
                if bytes.get(end) == Some(&b'$') {
                    continue;
                }
                let Some(target) = GAZETTEER.targets.get(pattern.as_usize()) else {
                    continue;
                };
                candidates.push(TokenMatch { first, last, target });
            }
        }
    }
    // A dateline or heading in capitals ("ADDIS ABABA, Ethiopia (AFP)"):
    // its opening words are matched again in title case.
    let capitals = view
        .tokens
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && view.text.get(t.start..t.end).is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())))
        .count();
    if capitals > 0
        && let (Some(first_token), Some(last_token)) = (view.tokens.first(), view.tokens.get(capitals - 1))
        && let Some(run) = view.text.get(first_token.start..last_token.end)
    {
        let titled = title_case(&run.to_ascii_lowercase());
        for found in automaton.find_overlapping_iter(&titled) {
            let start = first_token.start + found.start();
            let end = first_token.start + found.end();
            let (Some(first), Some(last)) = (starting(start), ending(end)) else {
                continue;
            };
            if let Some(target) = GAZETTEER.targets.get(found.pattern().as_usize())
                && !candidates.iter().any(|c| c.first <= first && last <= c.last)
            {
                candidates.push(TokenMatch { first, last, target });
            }
        }
    }
    // "the Republic of Guinea-Bissau": a name cut inside a hyphenated name
    // that another match spells whole gives way to it.
    if candidates.iter().any(|c| view.is_punct(c.last + 1, '-')) {
        let cut: Vec<bool> = candidates.iter().map(|c| view.is_punct(c.last + 1, '-') && candidates.iter().any(|o| o.first == c.last && o.last > c.last + 1)).collect();
        let mut index = 0;
        candidates.retain(|_| {
            index += 1;
            !cut[index - 1]
        });
    }
    // Longest first ("the Gulf of Aden" over "the Gulf"), then left to right.
    candidates.sort_by_key(|m| (std::cmp::Reverse(m.last - m.first), m.first));
    let mut taken = spare.flags(view.len());
    let mut chosen = std::mem::take(&mut spare.matches);
    chosen.clear();
    for candidate in candidates.drain(..) {
        if (candidate.first..=candidate.last).any(|t| taken.get(t).copied().unwrap_or(true)) {
            continue;
        }
        for t in taken.iter_mut().take(candidate.last + 1).skip(candidate.first) {
            *t = true;
        }
        chosen.push(candidate);
    }
    chosen.sort_by_key(|m| m.first);
    spare.candidates = candidates;
    spare.flags.push(taken);
    chosen
}

/// The place (or country) named at token `at`, past a "the", as written.
fn place_named_at(view: &SentenceView<'_>, mentions: &[Mention], entities: &[EntityRecord], at: usize) -> Option<String> {
    // ("in The Hague": a name may own its "The".)
    let skipped = at + usize::from(view.is(at, "the"));
    mentions
        .iter()
        .find(|m| (m.first == skipped || m.first == at) && (m.role == Role::Capital || entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Place | EntityKind::Country))))
        // ("in the Kazakh capital": the capital by its name.)
        .map(|m| if view.is(m.last, "capital") { entities.get(m.entity).map_or_else(String::new, |e| e.name.clone()) } else { view.span_text(m.first, m.last).to_owned() })
}

/// The country a gazetteer target names or qualifies, if any.
fn country_of_target(target: &Target) -> Option<usize> {
    match target {
        Target::Name(e) => GAZETTEER.entry(*e).filter(|e| e.kind == EntityKind::Country).map(|_| *e),
        Target::Demonym(c) => Some(*c),
        Target::Capital { country, .. } => Some(*country),
        _ => None,
    }
}

/// "of the foreign ministers of Bolivia, Chile and Peru", "of the heads of
/// state of China, Mongolia and Russia" from token `of`: the last token of
/// the list of states (capitalised words, commas and "and"), if the words
/// before it name their leaders.
fn leaders_of_states(view: &SentenceView<'_>, of: usize) -> Option<usize> {
    if !view.is(of, "of") || !view.is(of + 1, "the") {
        return None;
    }
    let mut noun = of + 2;
    while noun < of + 5 && !view.is_any(noun, &["ministers", "leaders", "presidents", "heads", "premiers"]) {
        if !view.word(noun).starts_with(char::is_lowercase) {
            return None;
        }
        noun += 1;
    }
    if !view.is_any(noun, &["ministers", "leaders", "presidents", "heads", "premiers"]) {
        return None;
    }
    let mut list = noun + 2;
    if view.is(noun, "heads") && view.is_any(noun + 2, &["state", "government"]) {
        list = noun + 4;
    }
    if !view.is(list - 1, "of") || !view.is_capitalised(list) {
        return None;
    }
    let mut end = list;
    while view.is_capitalised(end + 1) || (view.is_punct(end + 1, ',') || view.is(end + 1, "and")) && view.is_capitalised(end + 2) {
        end += 1;
    }
    Some(end)
}

/// A plural possessive apostrophe ("Leaders' Summit") at token `i`.
fn plural_possessive(view: &SentenceView<'_>, i: usize) -> bool {
    view.is_possessive(i) && i > 0 && view.word(i - 1).ends_with('s') && view.span_text(i, i).chars().count() == 1
}

/// A word of a person's name: capitalised and not an acronym, a hyphen,
/// or the lower-case syllable after one ("Jong-un").
/// The token after an honorific at `i` ("Mr. Nasser Bourita", "Dr. S.
/// Jaishankar") when a capitalised word follows it, else `i`.
fn past_honorific(view: &SentenceView<'_>, i: usize) -> usize {
    let after = i + 1 + usize::from(view.is_punct(i + 1, '.'));
    if view.is_any(i, &["dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "professor", "prof", "prof.", "h.e.", "h.e", "shri", "smt", "smt."]) && view.is_capitalised(after) { after } else { i }
}

/// Whether `word`, a one-word name of country entry `entry` ("Congo"), is
/// also a word of the name of another state with the same demonym ("the
/// Republic of the Congo"), so that it means whichever of the two the text
/// names.
fn shares_short_name(entry: usize, word: &str) -> bool {
    SHORT_NAMES_SHARED.iter().any(|(e, w)| *e == entry && *w == word)
}

/// For [`shares_short_name`]: each country entry with the words of the
/// names of the other states sharing its demonym (a handful of pairs,
/// worked out once: the test runs on every one-word name).
static SHORT_NAMES_SHARED: std::sync::LazyLock<Vec<(usize, &'static str)>> = std::sync::LazyLock::new(|| {
    let countries: Vec<(usize, &Entry)> = GAZETTEER.entries.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Country && e.demonym.is_some()).collect();
    let mut shared = Vec::new();
    for &(k, country) in &countries {
        for &(_, other) in countries.iter().filter(|(j, other)| *j != k && other.demonym == country.demonym) {
            shared.extend(other.name.split(' ').map(|w| (k, w)));
        }
    }
    shared
});

/// "UN Security Council", "U.N. Human Rights Council", "EU Council": the
/// first word is the parent's initials.
fn names_parent_by_initials(surface: &str, parent: &str) -> bool {
    let Some(first) = surface.split_whitespace().next() else { return false };
    let letters: String = first.chars().filter(|c| *c != '.').collect();
    let initials: String = parent.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase()) && letters == initials
}

fn is_name_word(view: &SentenceView<'_>, t: usize) -> bool {
    view.is_punct(t, '-')
        // "Nicolas de Rivière": a particle between two parts of the name.
        || t >= 1 && view.is_capitalised(t - 1) && view.is_any(t, NAME_PARTICLES) && view.is_capitalised(t + 1)
        || view.is_capitalised(t) && view.word(t).chars().any(char::is_lowercase)
        || t >= 1 && view.is_punct(t - 1, '-') && hyphen_syllable(view, t - 1)
        || is_middle_initial(view, t)
        || t >= 1 && view.is_punct(t, '.') && is_middle_initial(view, t - 1)
}

/// Whether `text` contains `part` (lower-case ASCII) in any letter case,
/// without a lower-cased copy (titles are looked at for every holder).
fn contains_word_part(text: &str, part: &str) -> bool {
    text.as_bytes().windows(part.len()).any(|window| window.eq_ignore_ascii_case(part.as_bytes()))
}

/// An ambassador's or envoy's title ("Ambassador", "Special Envoy").
fn is_envoy_title(label: &str) -> bool {
    contains_word_part(label, "ambassador") || contains_word_part(label, "envoy")
}

/// "W" in "George W. Bush": one capital letter written against a full stop,
/// between two capitalised words.
fn is_middle_initial(view: &SentenceView<'_>, t: usize) -> bool {
    let mut letters = view.word(t).chars();
    t >= 1
        && letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_none()
        && view.is_punct(t + 1, '.')
        && view.touching(t)
        && (view.is_capitalised(t - 1) || view.is_punct(t - 1, '.'))
        && view.is_capitalised(t + 2)
}

/// Verbs of headlines written in title case ("Wang Yi Holds Phone Talks"):
/// a capitalised run holding one is a headline, not a name.
fn is_headline_verb(word: &str) -> bool {
    matches!(word, "Holds" | "Hold" | "Held" | "Meets" | "Attends" | "Hosts" | "Opens" | "Joins" | "Begins" | "Starts" | "Ends" | "Launches" | "Signs" | "Calls" | "Urges" | "Says" | "Visits" | "Concludes" | "Welcomes" | "Condemns" | "Commends" | "Congratulates" | "Announces" | "Rejects" | "Warns" | "Reaffirms" | "Discusses" | "Receives"
        | "Back" | "Backs" | "Urge" | "Support" | "Supports" | "Extend" | "Extends" | "Adopt" | "Adopts" | "Renew" | "Renews" | "Approve" | "Approves" | "Demand" | "Demands" | "Condemn" | "Reject" | "Welcome" | "Sign" | "Agree" | "Agrees")
}

/// Whether the hyphen at `i` joins a lower-case name syllable ("Jong-un")
/// written tight on both sides, as opposed to a compound ("Kishida-led").
fn hyphen_syllable(view: &SentenceView<'_>, i: usize) -> bool {
    const COMPOUNDS: &[&str] = &["led", "backed", "hosted", "era", "style", "based", "born", "run", "owned", "brokered", "chaired", "made", "like", "type", "linked", "aligned", "allied", "friendly", "leaning", "in", "of", "on", "to", "at", "for", "and", "the", "by", "up", "out", "off"];
    let word = view.word(i + 1);
    i >= 1
        && view.touching(i - 1)
        && view.touching(i)
        && view.tokens.get(i + 1).is_some_and(|after| after.kind == TokenKind::Word)
        && word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().count() <= 4
        && !COMPOUNDS.contains(&word)
}

/// The last token of a person's name starting at `start`, if one is there:
/// one to four capitalised words (with particles such as "bin"), not a
/// gazetteer country or organisation, not a month.
fn person_name_end(
    view: &SentenceView<'_>,
    start: usize,
    starts: &MatchStarts,
    matches: &[TokenMatch],
    date_tokens: &DateTokens,
) -> Option<usize> {
    let mut last = None;
    let mut i = start;
    // (An initial's full stop, or a hyphen, is no word of the name.)
    let mut stops = 0;
    while i < view.len() && i < start + 5 + stops {
        if date_tokens.contains(&i) || month_number(view.word(i)).is_some() {
            break;
        }
        if let Some(m) = starts.get(&i).and_then(|&k| matches.get(k)) {
            // A known person ("Olaf Scholz") is a whole name.
            // ("Muhammad Shehbaz Sharif": given names before one, too.)
            if matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Person)) {
                return Some(m.last);
            }
            let is_place_name = matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Place))
                || matches!(*m.target, Target::Capital { .. });
            // "Thérèse Kayikwamba Wagner": a one-word body's name in title
            // case (not an acronym) ends a started name as a surname.
            let is_surname = last.is_some()
                && m.first == m.last
                && !view.word(i).chars().skip(1).any(char::is_uppercase)
                && matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|e| e.kind == EntityKind::Organization));
            if is_surname {
                return Some(i);
            }
            // A capital or place may be a person's name ("Victoria") only
            // when a name has started or more capitalised words follow.
            if !is_place_name || !(last.is_some() || view.is_capitalised(m.last + 1)) {
                break;
            }
        }
        // ("OF THE REPUBLIC OF" in a heading in capitals is no name; a
        // surname in capitals beside a given name is: "KIM Keon Hee".)
        let mixed = |t: usize| view.is_capitalised(t) && view.word(t).chars().any(char::is_lowercase);
        let shouted = view.word(i).chars().count() > 1 && !view.word(i).chars().any(char::is_lowercase) && !mixed(i + 1) && (i == 0 || !mixed(i - 1));
        if view.is_capitalised(i) && !is_not_name(view.word(i)) && !shouted {
            // Initials: "J." as one token then "."
            last = Some(i);
            // ("Ma. Theresa Lazaro": "Ma." for Maria.)
            if view.is_punct(i + 1, '.') && (view.word(i).chars().count() == 1 || view.word(i) == "Ma") && view.is_capitalised(i + 2) {
                stops += 1;
                i += 2;
                continue;
            }
            i += 1;
            continue;
        }
        // "von der Leyen", "bin Salman", "al-Ghais".
        let hyphened = view.is_punct(i + 1, '-') && view.is_capitalised(i + 2);
        if last.is_some() && view.is_any(i, NAME_PARTICLES) && (view.is_capitalised(i + 1) || hyphened || view.is_any(i + 1, NAME_PARTICLES) && view.is_capitalised(i + 2)) {
            i += 1;
            continue;
        }
        if last.is_some() && view.is_punct(i, '-') && view.is_capitalised(i + 1) {
            stops += 1;
            i += 1;
            continue;
        }
        // A lower-case second syllable written against the hyphen: "Kim
        // Jong-un", "Cho Tae-yul" (but not "Kishida-led").
        if last.is_some() && view.is_punct(i, '-') && hyphen_syllable(view, i) {
            last = Some(i + 1);
            i += 2;
            continue;
        }
        break;
    }
    // "General Border Committee", "Secretary General Assembly": a title
    // before the name of a body or event, not before a person's name.
    if let Some(end) = last
        && (head_class(view.word(end)) & (NON_PERSON_HEAD | EVENT_HEAD | COMPANY_HEAD | LANDMARK_HEAD) != 0 || end > start && head_class(view.word(end)) & NATURAL_PLACE_HEAD != 0)
    {
        return None;
    }
    // "Minister of Foreign Affairs and Foreign Trade of Jamaica": a remit,
    // not a "Foreign Trade" of Jamaica.
    if let Some(end) = last
        && end > start
        && view.is_any(end, REMIT_ENDS)
    {
        return None;
    }
    last
}

/// Place head words that are never a surname ("King George Island" is an
/// island, not a King George).
const NATURAL_PLACE_HEADS: &[&str] = &[
    "Island", "Islands", "Strait", "Sea", "River", "Valley", "Mountains", "Province", "District", "Bay", "Peninsula", "Canal", "Lake",
    "Shoal", "Reef", "Atoll", "Heights", "Desert", "Delta", "Basin", "Plateau", "Gulf", "Coast", "Highlands",
];

/// Whether "the group", "the party", "the bloc" ... can name `e`: a
/// party for "party", a bloc or alliance for those, and for the rest an
/// organisation that is no office, mission or council of states.
fn fits_group_noun(noun: &str, e: &EntityRecord) -> bool {
    if e.kind != EntityKind::Organization || e.org_type == OrgType::Treaty {
        return false;
    }
    match noun {
        "party" => e.name.contains("Party"),
        "alliance" | "bloc" => matches!(e.org_type, OrgType::Alliance | OrgType::Bloc),
        _ => {
            !matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Body | OrgType::Court | OrgType::Government | OrgType::Media)
                && !["Mission", "Council", "Nations", "Committee", "Office", "Ministry", "Department", "Commission", "Agency", "Court"].iter().any(|w| e.name.contains(w))
        }
    }
}

/// Head words of organisation names that are never a person's last name
/// ("Park", "Post" or "Bank" can be).
const NON_PERSON_HEADS: &[&str] = &[
    "Ministry", "Council", "Agency", "Organization", "Organisation", "Union", "Party", "Fund",
    "Committee", "Commission", "Office", "Court", "Forces", "Force", "Army", "Navy", "Institute",
    "University", "Association", "Alliance", "Assembly", "Department", "Corporation", "Company",
    "Guard", "Service", "Administration", "Authority", "Parliament", "Senate", "Secretariat",
    "Centre", "Center", "Foundation", "Federation", "Command", "Mission", "Embassy", "Board",
    "Cabinet", "Government", "Directorate", "Bureau", "Corps", "Police", "Conclave", "Organ",
];

/// The person's name ending right before the comma at `comma` ("Josep
/// Borrell, the EU's ..."): two to four capitalised words (initials and
/// particles allowed) that no gazetteer entry covers, or one known surname.
fn appositive_name(
    view: &SentenceView<'_>,
    comma: usize,
    covered: &[bool],
    matches: &[TokenMatch],
    surnames: &FxHashMap<String, usize>,
) -> Option<(usize, usize)> {
    let last = comma.checked_sub(1)?;
    // A known person ("Wang Yi, the foreign minister").
    if let Some(m) = matches.iter().find(|m| m.last == last && matches!(*m.target, Target::Name(e) if GAZETTEER.entry(e).is_some_and(|x| x.kind == EntityKind::Person)))
        && !covered.get(m.first).copied().unwrap_or(true)
    {
        return Some((m.first, m.last));
    }
    let mut first = None;
    let mut words = 0;
    // "Kim Sung-han,": a lower-case syllable after the hyphen.
    let mut i = if last >= 2 && view.is_punct(last - 1, '-') && hyphen_syllable(view, last - 1) { last - 2 } else { last };
    loop {
        let free = !covered.get(i).copied().unwrap_or(true) && !matches.iter().any(|x| x.first <= i && i <= x.last);
        if free && view.is_capitalised(i) && !is_not_name(view.word(i)) && month_number(view.word(i)).is_none() {
            first = Some(i);
            // ("Abbas Kadhom Obaid Al-Fatlawi": a particle is no word.)
            words += usize::from(!view.is_any(i, NAME_PARTICLES));
        } else if first.is_some() && (view.is_any(i, NAME_PARTICLES) || view.is_punct(i, '.') || view.is_punct(i, '-')) {
            // particles, initials, hyphenated names
        } else {
            break;
        }
        if i == 0 || words >= 4 {
            break;
        }
        i -= 1;
    }
    let first = first?;
    // "the Group of Arab States, the representative of Algeria": the end
    // of a longer name.
    if first >= 2 && view.is_any(first - 1, &["of", "for"]) && view.is_capitalised(first - 2) {
        return None;
    }
    // "the Arab Group, the representative of Egypt": a body, not a person.
    if ORG_HEADS.contains(&view.word(last)) || EVENT_HEADS.contains(&view.word(last)) {
        return None;
    }
    let known = words == 1 && surnames.contains_key(fold_diacritics(view.word(first)).as_ref());
    ((2..=4).contains(&words) || known).then_some((first, last))
}

/// Where the next item of a list ("A, B and C") starts after an item
/// ending at `end`: past a comma and/or "and"; `None` when the list ends.
fn next_list_item(view: &SentenceView<'_>, end: usize) -> Option<usize> {
    let mut at = end + 1;
    let comma = view.is_punct(at, ',');
    if comma {
        at += 1;
    }
    if view.is(at, "and") {
        Some(at + 1)
    } else {
        comma.then_some(at)
    }
}

/// One mention per member of a group of states, all over the same words
/// ("the three countries", "The Ministers", "They").
fn push_group(mentions: &mut Vec<Mention>, first: usize, last: usize, group: &[usize]) {
    mentions.extend(group.iter().map(|&entity| Mention { first, last, entity, role: Role::Plain }));
}

/// A year written as four digits ("2013").
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

/// "15th", "2nd", "first" ... "tenth".
pub(super) fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(suffix, "st" | "nd" | "rd" | "th"))
        || matches!(
            word,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "eleventh" | "twelfth" | "thirteenth" | "fourteenth" | "fifteenth" | "sixteenth"
                | "seventeenth" | "eighteenth" | "nineteenth" | "twentieth"
        )
        // "thirtieth", "fortieth", "sixtieth".
        || matches!(word, "thirtieth" | "fortieth" | "fiftieth" | "sixtieth" | "seventieth" | "eightieth" | "ninetieth" | "hundredth")
}

/// "FOREIGN ministry" -> "Foreign Ministry".
/// ("joint chiefs of staff" -> "Joint Chiefs of Staff": the small words
/// inside a name stay in lower case.)
pub(super) fn title_case(text: &str) -> String {
    text.split(' ')
        .enumerate()
        .map(|(k, word)| {
            if k > 0 && matches!(word, "of" | "the" | "and" | "for" | "on") {
                return word.to_owned();
            }
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The leading run of letters and digits of `text` ("U" of "U.S.", all of
/// "Georgian"). A name that a span of tokens spells opens with the same
/// run as its first token.
fn alphanumeric_head(text: &str) -> &str {
    match text.bytes().position(|b| !b.is_ascii_alphanumeric()) {
        None => text,
        Some(k) if text.as_bytes().get(k).is_some_and(u8::is_ascii) => text.get(..k).unwrap_or(text),
        Some(k) => {
            let rest = text.get(k..).unwrap_or("");
            let end = k + rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            text.get(..end).unwrap_or(text)
        }
    }
}

/// A stable id from a canonical name: "Fumio Kishida" -> "fumio_kishida".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_separator = false;
    for c in name.chars() {
        let c = norm_char(c);
        if c.is_alphanumeric() {
            if pending_separator && !out.is_empty() {
                out.push('_');
            }
            pending_separator = false;
            // (Most names are ASCII: lower-cased without the Unicode tables.)
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if c != '\'' && c != '.' {
            pending_separator = true;
        }
    }
    if out.is_empty() { "entity".to_owned() } else { out }
}

/// Nouns for the people who speak for a state in a meeting.
pub(super) const DELEGATE_NOUNS: &[&str] = &["representative", "representatives", "delegate", "delegates", "delegation", "speaker", "ambassador", "envoy"];

/// Delegation phrases in the sentence: "the representative of France", "the
/// speaker for the United States", "China's delegate", "the Russian
/// delegate". With "speaking for (on behalf of) the European Union" the
/// delegation speaks for that group, and its own country's mention stops
/// being an argument of the sentence's statements.
fn find_delegations(article: &Article<'_>, view: &mut SentenceView<'_>, mentions: &mut [Mention]) {
    let is_actor = |m: &Mention| {
        article.entities.get(m.entity).is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Organization))
            && matches!(m.role, Role::Plain | Role::Affiliation | Role::Capital | Role::Demonym)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (index, m) in mentions.iter().enumerate() {
        if !is_actor(m) {
            continue;
        }
        let mut before = m.first;
        if before >= 1 && view.is(before - 1, "the") {
            before -= 1;
        }
        let phrase_first = if m.role != Role::Demonym && before >= 2 && view.is_any(before - 1, &["of", "for"]) && view.is_any(before - 2, DELEGATE_NOUNS) {
            // "the representative of", "the Permanent Representative of"
            let mut first = before - 2;
            while first >= 1 && first + 3 > before - 2 && (view.is_capitalised(first - 1) && !view.is_any(first - 1, &["speaking"]) || view.is(first - 1, "the")) {
                first -= 1;
                if view.is(first, "the") {
                    break;
                }
            }
            first
        } else if m.role != Role::Demonym && view.is_possessive(m.last + 1) && view.is_any(m.last + 2, DELEGATE_NOUNS)
            || m.role == Role::Demonym && view.is_any(m.last + 1, DELEGATE_NOUNS)
        {
            // "China's delegate", "the Russian delegate"
            before
        } else {
            continue;
        };
        found.push((phrase_first, index));
    }
    if found.is_empty() {
        return;
    }
    // "Speaking for the European Union" / "speaking on behalf of the Group".
    let group = (0..view.len()).find_map(|i| {
        if !view.is(i, "speaking") {
            return None;
        }
        let mut j = i + 1;
        if view.is(j, "for") {
            j += 1;
        } else if view.is(j, "on") && view.is(j + 1, "behalf") && view.is(j + 2, "of") {
            j += 3;
        } else {
            return None;
        }
        if view.is(j, "the") {
            j += 1;
        }
        // ("Speaking for the Council's two Arab members, Bahrain and
        // Somalia, the representative of Bahrain": some of its members,
        // not the body.)
        mentions.iter().position(|m| m.first == j && is_actor(m) && !view.is_possessive(m.last + 1))
    });
    for (phrase_first, index) in found {
        let Some(m) = mentions.get(index) else { continue };
        let mut speaks_for = m.entity;
        if let Some(group_index) = group
            && group_index != index
            && let Some(g) = mentions.get(group_index)
        {
            speaks_for = g.entity;
            if let Some(m) = mentions.get_mut(index) {
                m.role = Role::Inner;
            }
        }
        view.delegations.push(Delegation { phrase_first, speaks_for });
    }
}
