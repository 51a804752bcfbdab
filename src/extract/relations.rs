//! Relation rules over one sentence's mentions.
//!
//! Each rule looks for a trigger word ("met", "visit", "member of",
//! "office ... in", "cooperation between", "called on"...) and picks its
//! arguments among the sentence's mentions: the subject is the nearest
//! eligible mention before the trigger, the object the nearest after it,
//! expanded over coordinated lists ("South Korea, Australia and New
//! Zealand"). Negation and modality come from cue words between the subject
//! and the trigger; the date is the one written nearest the trigger. This is
//! shallow on purpose: it is fast, explainable, and its mistakes are local.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use crate::model::{EntityKind, Modality, RelationKind};

use super::dates::FoundDate;
use super::engine::{Article, DELEGATE_NOUNS, EntityRecord, KIN_NOUNS, LEADER_TITLES, Mention, NAME_PARTICLES, PairSubject, Role, SentenceView, TREATY_HEADS, is_council_or_assembly, is_ordinal, is_year, is_place_head, title_case};
use super::gazetteer::{GAZETTEER, OrgType};
use super::text::TokenKind;

const PERSON_OR_ACTOR: &[EntityKind] = &[EntityKind::Person, EntityKind::Country, EntityKind::Organization];
const ACTOR: &[EntityKind] = &[EntityKind::Country, EntityKind::Organization];
const PLACE_LIKE: &[EntityKind] = &[EntityKind::Place, EntityKind::Country];

/// Whether `word` is one of [`NEGATION_CUES`].
fn is_negation_cue(word: &str) -> bool {
    NEGATION_CUES.contains(&word)
}

/// Words that deny what follows them ("not", "refused", "won't"). (Asked of
/// every word of most sentences: [`may_be_negation_cue`] comes first.)
const NEGATION_CUES: &[&str] = &["no", "not", "never", "n't", "neither", "nor", "refused", "rejected", "denied", "ruled", "without", "declined", "cannot", "won't", "didn't", "doesn't", "don't", "isn't", "aren't", "wasn't", "hasn't", "haven't"];

/// Whether `word` could be a negation cue, by its first and last letters:
/// every one of [`NEGATION_CUES`] is "n…o", "n…r", "n…t", "r…d", "d…d",
/// "w…t", "c…t" or "…'t", as is every other "…n't". (Most words are passed
/// over on these two bytes, before the list is read.)
fn may_be_negation_cue(word: &str) -> bool {
    match (word.as_bytes().first(), word.as_bytes().last()) {
        (Some(b'n'), Some(b'o' | b'r' | b't')) | (Some(b'r' | b'd'), Some(b'd')) | (Some(b'w' | b'c'), Some(b't')) => true,
        _ => word.ends_with("'t"),
    }
}

/// Every word a rule of [`extract_relations`]'s word match starts from (the
/// patterns of its arms). Any other word can only start an action-verb rule,
/// so a set look-up spares it the match's hundreds of comparisons. The test
/// `rule_words_are_the_match_patterns` keeps this list equal to the match.
const RULE_WORDS: &[&str] = &[
    "(", ",", "-", ":", "absent", "abstained", "abstaining", "abstains", "accede", "acceded", "accedes", "accession",
    "accompanied", "accompanies", "accompany", "accompanying", "accord", "accusation", "accuse", "accused",
    "accuses", "accusing", "acquire", "address", "addressed", "addresses", "addressing",
    "admission", "admit", "admits", "admitted", "admitting", "affiliate", "aggression", "agree", "agreed",
    "agreement", "agreements", "agrees", "aid", "aimed", "airstrikes", "alliance", "allies", "ally",
    "alongside", "ammunition", "among", "and", "annexation", "appealed", "appearance", "applications", "appointed", "appoints",
    "are", "arm", "armistice", "arms", "arrangement", "arrive", "arrived", "arrives", "arriving",
    "artillery", "as", "asked", "assault", "assembled", "assistance", "at", "attack", "attacks",
    "attend", "attendance", "attended", "attending", "attends", "authorise", "authorised", "authorises", "authorising", "authorize", "authorized", "authorizes", "authorizing", "back", "backed", "backer",
    "backing", "backs", "banned", "bans", "barred", "bars", "based", "battalion", "battle", "battling", "became", "become", "becomes",
    "been", "behalf", "belong", "belonged", "belongs", "bid", "bids", "blacklisted", "blame", "blamed",
    "blames", "blaming", "bloc", "blockade", "body", "bombardment", "bombing", "border", "bordered", "bordering", "borders", "bought", "bound",
    "boycott", "boycotted", "boycotts", "branded", "brands", "briefed", "briefing", "briefs",
    "bringing", "brings", "broadcaster", "brokered", "brokering", "brother", "brother-in-law", "buy", "call", "called", "calling", "calls", "campaign",
    "candidacy", "candidate", "candidature", "capital", "ceasefire", "center", "centre", "chair", "chaired", "chairing",
    "chairmanship", "chairs", "chairship", "charge", "charter", "city", "claim", "clash", "clashed", "clashes",
    "clashing", "classified", "closed", "closer", "co-chair", "co-chaired", "co-chairing", "co-chairs", "co-operation",
    "co-sponsored", "coalition", "collectivity", "commerce", "commission", "commissions", "company", "comprised", "comprises", "comprising", "concern",
    "concerned", "concerns", "condemn", "condemnation", "condemned", "condemning", "condemns",
    "conflict", "consisting", "consists", "constitute", "constitutes", "consulate", "consulate-general", "consulates",
    "consultations", "contact", "contacts", "contingent", "contingents", "continued", "continues", "continuing", "contract", "contracts", "contributing", "convene",
    "convened", "conversation", "cooperate", "cooperated", "cooperates", "cooperating",
    "cooperation", "coordinate", "coordinated", "coordinates", "coordinating", "coordination",
    "counterpart", "countries", "county", "created", "criticise", "criticised", "criticises",
    "criticising", "criticism", "criticize", "criticized", "criticizes", "criticizing", "daughter", "deal",
    "deals", "declaration", "decried", "delegation", "delegations", "demanded", "demanding",
    "demands", "denounced", "denouncing", "departed", "department", "departs", "dependency", "deployed", "described", "describes",
    "designated", "dialogue", "dialogues", "dig", "directed", "disappointment", "discuss", "discussed", "discussing", "discussions", "dismay",
    "dismissed", "dismisses", "dispute", "disputes", "district", "division", "drafted", "drills", "drones", "due", "duties", "elected",
    "embassies", "embassy", "enclave", "encourage", "encouraged", "encourages", "encouraging",
    "equipment", "established", "establishing", "exchange", "exchanges", "exchanging", "exercise", "exercises", "exhorted", "exit", "exited", "expel",
    "expelled", "expels", "father", "feud", "fight", "fighting", "firm", "fled", "flee", "fleeing", "flees", "flew", "flies", "fly", "flying", "followed", "forces", "form", "formed", "forms", "forum", "founded",
    "framework", "freeze", "freezes", "froze", "frozen", "gathered", "governor", "governorate", "greeted", "group", "grouping",
    "groups", "headed", "headquartered", "headquarters", "heads", "held", "hit", "hits", "hold",
    "holding", "holds", "host", "hosted", "hostilities", "hosting", "hosts", "husband", "implored", "in",
    "inaugurated", "include", "included", "includes", "incorporated", "incursion", "incursions", "initiative",
    "invasion", "investment", "investments", "invitation", "invite", "invited", "invites", "inviting", "is",
    "island", "jab", "jets", "join", "joined", "joining", "joins", "joint", "jointly", "landed", "launched",
    "leaders", "leadership", "leads", "league", "leave", "leaves", "leaving", "led", "left", "lender", "letter", "linked",
    "listed", "located", "made", "mandate", "margins", "marines", "mayor", "measures", "mediate", "mediated",
    "mediates", "mediating", "mediation", "meet", "meeting", "meetings", "meets", "member",
    "members", "membership", "memoranda", "memorandum", "memorandums", "met", "ministers", "missiles", "mission",
    "missions", "mother", "mou", "mous", "move", "munitions", "named", "names", "negotiations", "nephew", "newspaper", "niece", "not", "objections", "oblast", "observer", "observers", "occupation",
    "offensive", "office", "offices", "opened", "opens", "operate", "operated", "operates", "operation", "operations", "opposed", "opposes", "order", "ordered", "orders",
    "organ", "organisation", "organization", "outside", "over", "own", "owned", "owns", "pact", "part", "participants", "participate", "participated",
    "participates", "participating", "participation", "partner", "partners", "partnership",
    "patron", "peacekeepers", "penalties", "penned", "personnel", "petitioned", "phoned", "platoon", "port",
    "position", "post", "predecessor", "prefecture", "premier", "premiers", "present", "presidency", "presidents", "press", "pressed", "presses",
    "pressure", "pressured", "pressuring", "proceeded", "proceeding", "proceeds", "protest", "protocol", "protested", "protests", "province", "proxy",
    "pull", "pulled", "pulls", "purchase", "purchased", "quit", "quits", "quitting", "raid",
    "raids", "rang", "rebuffed", "rebuke", "rebuked", "recall", "recalled", "recalling", "recalls",
    "received", "region", "registered", "regret", "reject", "rejected", "rejecting", "rejects", "rejoin",
    "rejoined", "rejoins", "relations", "relationship", "replace", "replaced", "replaces",
    "replacing", "represented", "requests", "restrictions", "rivalry", "rockets", "role", "said", "sailors",
    "sanction", "sanctioned", "sanctions", "says", "seat", "seated", "secretariat", "serve", "served",
    "servicemembers", "serving", "shake", "shakes", "shaking", "share", "shares", "sharing", "shelling", "shells", "shook", "sideline",
    "sidelines", "signed", "sister", "sit", "sits", "skipped", "skips", "slammed", "soldiers", "solidarity", "son", "son-in-law",
    "spoke", "stake", "stakes", "stand", "standing", "standoff", "stands", "state", "states", "status", "statute", "stay", "stayed", "stays", "step",
    "stood", "stopped", "strikes", "struggle", "submitted", "subsidiary", "succeed", "succeeded", "succeeding", "succeeds",
    "successor", "summit", "summon", "summoned", "summons", "support", "supported", "supporting",
    "supports", "suspected", "suspects", "suspend", "suspended", "suspends", "suspension", "swipe", "tabled", "take", "takes",
    "talks", "tanks", "targeted", "targets", "tariff", "tariffs", "telephoned", "tension", "tensions", "termed", "terms", "territory", "their",
    "threatened", "threatening", "threatens", "ties", "together", "told", "took", "tour", "toured",
    "town", "trade", "training", "travel", "traveled", "traveling", "travelled", "travelling", "travels", "treaty", "trip", "turn", "turned", "turning", "turns",
    "troops", "truce", "union", "unit", "urge", "urged", "urges", "urging", "veto", "vetoed", "vetoes",
    "vetoing", "village", "visit", "visited", "visiting", "visits", "vote", "voted", "votes", "war",
    "warn", "warned", "warnings", "warns", "warships", "was", "weapons", "welcome", "welcomed", "welcomes",
    "welcoming", "were", "where", "which", "wife", "wing", "withdraw", "withdrawal", "withdrawing", "withdraws", "withdrew", "within",
    "work", "worked", "working", "works", "–", "—",
];

/// What [`extract_relations`] asks of every word, answered by one look-up:
/// whether it is an act noun, a rule word, the first word of an action verb,
/// one of [`ADOPTING_WORDS`] or [`FOUNDING_WORDS`].
#[derive(Clone, Copy, Default)]
struct WordRoles {
    act_noun: bool,
    rule_word: bool,
    action_verb: bool,
    adopts_or_founds: bool,
}

/// Words after which [`extract_relations`] looks for the adopting body.
const ADOPTING_WORDS: &[&str] = &["adopted", "adopts", "adopting"];

/// Words after which [`extract_relations`] looks for where a body was
/// founded.
const FOUNDING_WORDS: &[&str] = &["founded", "established", "created", "formed"];

static WORD_ROLES: LazyLock<FxHashMap<&'static str, WordRoles>> = LazyLock::new(|| {
    let mut roles: FxHashMap<&'static str, WordRoles> = FxHashMap::default();
    for &word in ACT_NOUNS {
        roles.entry(word).or_default().act_noun = true;
    }
    for &word in RULE_WORDS {
        roles.entry(word).or_default().rule_word = true;
    }
    for &(form, _) in ACTION_VERBS {
        let verb = form.split_once(' ').map_or(form, |(verb, _)| verb);
        roles.entry(verb).or_default().action_verb = true;
    }
    for &word in ADOPTING_WORDS.iter().chain(FOUNDING_WORDS) {
        roles.entry(word).or_default().adopts_or_founds = true;
    }
    roles
});

/// The shapes of the words of [`WORD_ROLES`]: for a first byte and a length
/// (capped at 15), a bit per last byte (its low 5 bits). Most words have no
/// role, and most of those are told so here without hashing.
static WORD_ROLE_SHAPES: LazyLock<Box<[u32]>> = LazyLock::new(|| {
    let mut shapes = vec![0u32; 256 * 16].into_boxed_slice();
    for word in WORD_ROLES.keys() {
        let bytes = word.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
            && let Some(shape) = shapes.get_mut(usize::from(first) << 4 | bytes.len().min(15))
        {
            *shape |= 1 << (last & 31);
        }
    }
    shapes
});

/// [`WORD_ROLES`] of `w`, or none.
fn word_roles(w: &str) -> WordRoles {
    let bytes = w.as_bytes();
    if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last())
        && WORD_ROLE_SHAPES.get(usize::from(first) << 4 | bytes.len().min(15)).is_some_and(|shape| shape & 1 << (last & 31) == 0)
    {
        return WordRoles::default();
    }
    WORD_ROLES.get(w).copied().unwrap_or_default()
}

/// "the Nepal-Sri Lanka Joint Commission", "the Côte d'Ivoire-Ghana
/// Permanent Joint Commission of Cooperation": the two states a bilateral
/// body's name joins with a hyphen take part in it.
fn bilateral_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    const HEADS: &[&str] = &["commission", "committee", "mechanism", "council"];
    let bodies: Vec<Mention> = view
        .mentions
        .iter()
        .filter(|m| m.role == Role::Plain && m.last >= m.first + 3 && (m.first..=m.last).any(|t| view.is_any(t, HEADS)) && (m.first..m.last).any(|t| view.is_punct(t, '-')))
        .filter(|m| eligible(article, m, &[EntityKind::Organization, EntityKind::Event]))
        .copied()
        .collect();
    for body in bodies {
        // The two states, side by side at the name's start.
        let states: Vec<&Mention> = view.mentions.iter().filter(|x| x.first >= body.first && x.last < body.last && x.entity != body.entity && entity_kind(article, x) == Some(EntityKind::Country)).collect();
        let [a, b] = states[..] else { continue };
        if a.first != body.first || !view.is_punct(a.last + 1, '-') || b.first != a.last + 2 {
            continue;
        }
        for state in [a.entity, b.entity] {
            if !article.relations.iter().any(|r| r.subject == state && r.object == body.entity) {
                article.relate(view, state, body.entity, RelationKind::Attends, None, false, Modality::Asserted, None, 0.5);
            }
        }
    }
}

/// Runs every rule on `view` and records relations into `article`.
pub fn extract_relations(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let n = view.len();
    for i in 0..n {
        let w = view.lower(i);
        let roles = word_roles(w);
        if roles.act_noun {
            remember_act(article, view, i);
        }
        // "The General Assembly today adopted a resolution": the body whose
        // decision later votes and rejections answer.
        if roles.adopts_or_founds
            && ADOPTING_WORDS.contains(&w)
            && let Some(body) = left(article, view, i, &[EntityKind::Organization])
                .filter(|m| i - m.last <= 3 && (m.last + 1..i).all(|t| !view.is_punct(t, ',')) && (i + 1..(i + 4).min(view.len())).any(|t| view.is_any(t, &["resolution", "resolutions", "text", "declaration"])))
                .map(|m| m.entity)
        {
            article.adopting_body = Some(body);
        }
        // Where a body was founded, besides who founded it (the match).
        if roles.adopts_or_founds && FOUNDING_WORDS.contains(&w) {
            founded_in_rule(article, view, i);
        }
        // Who signed or held talks together, besides what was signed or
        // held (the match).
        if roles.rule_word && matches!(w, "signed" | "held") {
            appositive_pair_rule(article, view, i);
        }
        if w == "signed" {
            signers_travelled_rule(article, view, i);
        }
        // (Most words start no rule: one look-up instead of the match.)
        if !roles.rule_word {
            if roles.action_verb && action_verb(view, i).is_some() {
                action_verb_rule(article, view, i);
            }
            continue;
        }
        match w {
            // "a resolution calling on the United States to end ...".
            "calling" if view.is(i + 1, "on") => criticizes_rule(article, view, i),
            // "Mathieu Parker of Canada has headed the Secretariat since 2021".
            "headed" | "heads" | "leads" | "led" | "chaired" | "chairs" if !view.is(i + 1, "by") && !view.is_any(i.saturating_sub(1), &["was", "is", "were", "been"]) && headed_body_rule(article, view, i) => {}
            "their" if respective_officials_rule(article, view, i) => {}
            "son" | "daughter" | "wife" | "husband" | "brother" | "sister" | "father" | "mother" | "nephew" | "niece" | "son-in-law" | "brother-in-law" => kin_rule(article, view, i),
            "members" if all_members_appositive_rule(article, view, i) => {}
            "members" if possessive_members_appositive_rule(article, view, i) => {}
            "members" if both_countries_members_rule(article, view, i) => {}
            "members" | "member" if bare_membership_rule(article, view, i) => {}
            "member" if unnamed_body_member_rule(article, view, i) => {}
            // "Its full members are A, B and C", "Mercosur's members include A".
            "members" | "states" | "countries" if copular_member_list_rule(article, view, i) => {}
            // "Chile, Colombia and Peru are associate states".
            "states" | "countries" if bare_membership_rule(article, view, i) => {}
            "became" | "becomes" | "become" if view.is(i + 1, "secretary") && office_as_rule(article, view, i) => {}
            // "Russia and China also condemned the move": the sanctioners.
            "condemned" | "criticised" | "criticized" | "denounced" if view.is(i + 1, "the") && view.is_any(i + 2, &["move", "sanctions", "measures"]) || judged_sanctions(view, i).is_some() => rejected_criticism_rule(article, view, i),
            // "called the sanctions \"unjust\"", "said the sanctions were
            // interference", "has always opposed unilateral sanctions".
            // "Moscow's embassy called the move \"illegal\"".
            "called" | "calls" | "branded" | "brands" | "described" | "describes" | "termed" | "terms"
                if view.is(i + 1, "the")
                    && view.is(i + 2, "move")
                    && (i + 3..(i + 6).min(view.len())).any(|t| view.is_any(t, &["illegal", "illegitimate", "unlawful", "unacceptable", "provocative", "hostile", "unfriendly", "absurd", "baseless", "groundless", "destructive", "counterproductive"])) =>
            {
                rejected_criticism_rule(article, view, i)
            }
            "called" | "calls" | "said" | "says" | "opposed" | "opposes" | "slammed" | "decried" | "branded" | "described" | "termed"
                if (i + 1..=i + 2).any(|t| view.is_any(t, &["sanctions", "measures"]))
                    && view.is_any(i + 1, &["the", "these", "those", "such", "unilateral", "new", "western", "illegal", "latest"])
                    // ("He said the measures would hit ...": no judgement.)
                    && (!view.is_any(i, &["said", "says"]) || view.is_any(i + 3, &["were", "are", "was", "amounted", "amount", "constituted", "constitute"])) =>
            {
                rejected_criticism_rule(article, view, i)
            }
            "hosted" | "hosts" | "host" | "hosting" if host_rule(article, view, i) => {}
            // ("held separate meetings with A, with B": not "regular
            // meetings with partners".)
            "meetings" if (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["held", "hold", "holds", "separate"])) => meets_rule(article, view, i),
            // "He denied meeting officers of the People's Liberation Army".
            // "His office denied that he had met Sergei Lavrov in Moscow".
            "meeting" | "met"
                if view.is_any(i.saturating_sub(1), &["denied", "denies", "deny", "denying"])
                    || view.is(i.saturating_sub(1), "having") && view.is_any(i.saturating_sub(2), &["denied", "denies", "deny", "denying"])
                    || view.is_any(i.saturating_sub(1), &["had", "has", "have"]) && view.is_any(i.saturating_sub(2), &["he", "she", "they"]) && view.is(i.saturating_sub(3), "that") && view.is_any(i.saturating_sub(4), &["denied", "denies", "deny", "denying"]) =>
            {
                denied_meeting_rule(article, view, i)
            }
            "meeting" if view.is(i + 1, "of") && body_meeting_place_rule(article, view, i) => {}
            "met" | "meet" | "meets" if view.is(i + 1, "as") && met_as_rule(article, view, i) => {}
            "held" if held_between_rule(article, view, i) => {}
            "called" | "phoned" | "rang" if phoned_rule(article, view, i) => {}
            "membership" if sought_membership_rule(article, view, i) => {}
            "within" if view.is_any(i.saturating_sub(1), &["cooperation", "co-operation", "coordination"]) => cooperation_within_rule(article, view, i),
            "behalf" if view.is(i.saturating_sub(1), "on") && view.is(i + 1, "of") => on_behalf_of_bloc_rule(article, view, i),
            "met" | "meet" | "meets" | "meeting" | "talks" | "negotiations" | "discussions" | "call" | "calling" | "contact" | "contacts" | "conversation" | "consultations" | "phoned" | "telephoned" | "hosted" | "hosts" | "host" | "received" | "spoke" | "summit" | "greeted" => meets_rule(article, view, i),
            "suspended" | "suspends" | "suspend" | "suspension" => suspension_rule(article, view, i),
            "leaving" | "leave" | "leaves" | "left" if view.is(i + 1, "for") => visits_rule(article, view, i),
            "quit" | "quits" | "quitting" | "withdrew" | "withdraw" | "withdraws" | "withdrawing" | "withdrawal" | "left" | "leave" | "leaves" | "leaving" | "exit" | "exited" => withdrawal_rule(article, view, i),
            "where" => where_event_rule(article, view, i),
            // "intensify pressure on the Sinaloa Cartel".
            "pressure" if view.is(i + 1, "on") => pressure_rule(article, view, i),
            "pulled" if view.mentions.iter().any(|m| m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) => withdrawal_rule(article, view, i),
            // "welcomed efforts by B" is read by the guard; otherwise a meeting.
            // "welcomed X to the Pentagon": X visits it.
            "welcomed" | "welcomes" | "welcome" | "welcoming" if guest_to_place_rule(article, view, i) => {}
            "welcomed" | "welcomes" | "welcome" if !welcome_rule(article, view, i) => meets_rule(article, view, i),
            // "thanked President Saied for the welcome extended to them
            // during their stay in Tunisia": the sentence's subjects.
            "stay" | "visit" | "trip" if view.is_any(i + 1, &["in", "to"]) && (i.saturating_sub(2)..i).any(|t| view.is(t, "their")) => their_stay_rule(article, view, i),
            "travel" | "trip" if stayed_home_rule(article, view, i) => {}
            // "Minister Blanár is due in Vientiane on 14 May".
            "due" if view.is(i + 1, "in") && view.is_any(i.saturating_sub(1), &["is", "are", "was", "were", "be"]) => visits_rule(article, view, i),
            "visit" | "visited" | "visits" | "visiting" | "trip" | "travel" | "travelled" | "traveled" | "travels" | "travelling" | "traveling" | "arrived" | "arrive" | "arrives" | "arriving" | "landed" | "stopped" | "tour" | "toured" | "flew" | "flies" | "fly" | "flying" | "took" | "take" | "takes" | "departs" | "departed" | "headed" | "bound" => visits_rule(article, view, i),
            "continuing" | "continued" | "continues" | "proceeding" | "proceeded" | "proceeds" if view.is(i + 1, "to") || view.is(i + 1, "on") && view.is(i + 2, "to") => visits_rule(article, view, i),
            "heads" if view.is(i + 1, "to") => visits_rule(article, view, i),
            // "after Hasina fled to India": where the person went.
            "fled" | "flees" | "flee" | "fleeing" if view.is(i + 1, "to") => visits_rule(article, view, i),
            // Where the leaders of a few states met, besides what else the
            // sentence says of them.
            "leaders" | "heads" if view.is_any(i + 1, &["of", "from"]) => {
                if view.is(i + 1, "of") {
                    gathered_in_place_rule(article, view, i);
                }
                leaders_at_event_rule(article, view, i);
            }
            "presidents" | "ministers" | "premiers" if view.is(i + 1, "of") => gathered_in_place_rule(article, view, i),
            "invited" | "invites" | "invite" if view.is(i + 1, "to") && invited_rule(article, view, i) => {}
            "invited" | "invites" | "invite" | "inviting" => invitation_rule(article, view, i),
            "invitation" if view.is(i + 1, "from") => invitation_from_rule(article, view, i),
            "part" if view.is(i.saturating_sub(1), "as") && view.is(i + 1, "of") => as_part_of_rule(article, view, i),
            "part" if view.is(i + 1, "of") && view.is_any(i.saturating_sub(1), &["is", "are", "was", "were", "not", "already", "also"]) => state_part_of_bloc_rule(article, view, i),
            // "of which Côte d'Ivoire is a member and Ghana is not".
            "not" if view.is_any(i.saturating_sub(1), &["is", "are", "does", "do", "did", "has", "have"]) && (i + 1 >= view.len() || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_punct(i + 1, ';')) => elided_membership_rule(article, view, i),
            "includes" | "include" | "comprises" | "groups" if (i.saturating_sub(2)..i).any(|t| view.is_any(t, &["which", "that"])) => bloc_includes_rule(article, view, i),
            // "the Guatemalan military police who have served with the
            // mission".
            "served" | "serve" | "serving" | "deployed" if view.is_any(i + 1, &["with", "in"]) => demonym_forces_rule(article, view, i),
            // "Paris, whose overseas department of Reunion lies ...".
            "department" | "territory" | "collectivity" if view.is(i.saturating_sub(1), "overseas") && view.is(i + 1, "of") => overseas_territory_rule(article, view, i),
            // "the Organ Troika, the SADC body that oversees ...".
            "body" | "organ" | "arm" if !view.is(i + 1, "of") => org_body_appositive_rule(article, view, i),
            // "Panama Ports Company, a subsidiary of CK Hutchison Holdings".
            "body" | "organ" | "arm" | "subsidiary" | "affiliate" | "unit" | "division" if view.is(i + 1, "of") => body_of_rule(article, view, i),
            // "the Imbonerakure, the youth league of the ruling CNDD-FDD".
            "wing" | "league" if view.is(i + 1, "of") && view.is_any(i.saturating_sub(1), &["youth", "armed", "military", "political", "student", "women's"]) => body_of_rule(article, view, i),
            "present" if view.is(i + 1, "at") => attends_rule(article, view, i),
            "is" | "was" if view.is(i + 1, "in") => presence_rule(article, view, i),
            "includes" | "included" | "include" | "comprises" | "comprised" if view.is_any(i + 1, &["personnel", "troops", "police", "forces", "contingents", "officers", "soldiers"]) && view.is(i + 2, "from") => contributors_rule(article, view, i),
            // (Only a delegation explaining its vote: states listed by their
            // votes are incidental.)
            "abstained" | "abstaining" | "abstains" if (i.saturating_sub(3)..i).any(|t| view.is(t, "delegation")) => abstention_rule(article, view, i),
            "voted" | "votes" | "vote" if view.is(i + 1, "against") && !view.mentions.iter().any(|m| m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) => voted_against_rule(article, view, i),
            "signed" if view.is_any(i + 1, &["by", "in", "at", "on"]) && signed_by_rule(article, view, i) => {}
            "clashed" | "clash" | "clashes" | "clashing" => clash_rule(article, view, i),
            // "the fighting between the Sudanese Armed Forces and the Rapid
            // Support Forces".
            "fighting" | "war" | "conflict" | "hostilities" if view.is(i + 1, "between") => {
                if let Some((a, b)) = between(article, view, i + 1, ACTOR) {
                    emit(article, view, None, a, b, i, RelationKind::Other, Some("fighting".to_owned()), 0.6);
                    // "both parties", "the two sides" from here on.
                    article.last_pair = Some((a, b));
                }
            }
            // "the tension between Ethiopia and Eritrea".
            "tension" | "tensions" | "dispute" | "disputes" | "rivalry" | "feud" | "standoff" if view.is(i + 1, "between") => {
                if let Some((a, b)) = between(article, view, i + 1, ACTOR) {
                    emit(article, view, None, a, b, i, RelationKind::Other, Some(view.lower(i).to_owned()), 0.55);
                }
            }
            "veto" | "vetoed" | "vetoes" | "vetoing" => veto_rule(article, view, i),
            // "The visit drew sharp criticism from the United States".
            "criticism" | "condemnation" | "rebuke" | "protests" | "warnings" | "objections"
                if view.is(i + 1, "from")
                    && (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["drew", "draws", "drawn", "sparked", "prompted", "triggered", "despite", "ignoring", "ignored", "defying", "defied", "dismissing", "dismissed"]) || view.is(t, "aside") && view.is_any(t.saturating_sub(1), &["brushing", "brushed", "pushing", "pushed", "sweeping", "swept"])) =>
            {
                drew_criticism_rule(article, view, i)
            }
            // "Hezbollah fired more rockets at northern Israel".
            "rockets" | "missiles" | "drones" | "shells" if view.is_any(i + 1, &["at", "into", "towards", "toward"]) && (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["fired", "fires", "launched", "launches", "sent"])) => {
                if let Some(target) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 4).copied().copied()
                    && let Some(shooter) = left(article, view, i, ACTOR).copied()
                {
                    let (a, b) = (actor(article, &shooter), actor(article, &target));
                    if a != b {
                        emit(article, view, Some(&shooter), a, b, i, RelationKind::Other, Some(format!("fired {} at", view.lower(i))), 0.6);
                    }
                }
            }
            // "Hezbollah, Iran's ally in Lebanon,": the ally's backer.
            "ally" | "proxy" | "backer" | "patron" if i >= 3 && view.is_possessive(i - 1) && view.is_punct(i.saturating_sub(3), ',') => {
                if let Some(backer) = view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, ACTOR)).copied()
                    && let Some(head) = view.mentions.iter().find(|m| m.last + 1 == backer.first - 1 && eligible(article, m, ACTOR)).copied()
                {
                    let (a, b) = (actor(article, &backer), actor(article, &head));
                    if a != b {
                        emit(article, view, Some(&backer), a, b, i, RelationKind::CooperatesWith, Some(view.lower(i).to_owned()), 0.6);
                    }
                }
            }
            "represented" if view.is(i + 1, "by") => represented_rule(article, view, i),
            "represented" if view.is(i + 1, "at") => represented_at_rule(article, view, i),
            // "an arms control agreement under which A, B and C undertake".
            "which" if i >= 1 && view.is(i - 1, "under") => under_which_rule(article, view, i),
            // "Botswana owns 15% of De Beers", "a bigger stake in De Beers".
            "owns" | "own" | "owned" | "holds" | "hold" | "held" if share_words_end(view, i + 1).is_some() => stake_rule(article, view, i),
            "stake" | "stakes" if view.is(i + 1, "in") => stake_rule(article, view, i),
            "included" | "include" | "includes" if i >= 2 && view.is_any(i - 1, &["countries", "guests", "states", "leaders", "nations"]) && view.is_any(i - 2, &["invited", "guest", "observer"]) => listed_attendees_rule(article, view, i, true),
            // "Those present included Indian Prime Minister Manmohan Singh, ...".
            "included" | "include" | "includes" if view.is_any(i.saturating_sub(1), &["present", "attendees", "participants"]) => listed_attendees_rule(article, view, i, false),
            "held" if view.is_punct(i.saturating_sub(1), ',') => held_participle_rule(article, view, i),
            // "Vietnam, which shares a long border with Cambodia", "France,
            // which borders Brazil".
            "border" | "borders" | "bordering" | "bordered" => border_rule(article, view, i),
            // "Later summits were held in Ljubljana (2019), Tallinn (2020)".
            "held" if view.is(i + 1, "in") && (i.saturating_sub(4)..i).any(|t| view.is_any(t, MEETING_PLURALS)) => meetings_held_in_rule(article, view, i),
            "pressed" | "presses" | "pressured" | "pressuring" => criticizes_rule(article, view, i),
            "press" if view.is_any(i.saturating_sub(1), &["to", "would", "will", "must", "should"]) && !view.is_any(i + 1, &["for", "ahead", "on"]) => criticizes_rule(article, view, i),
            "treaty" | "pact" if view.is(i + 1, "with") => together_rule(article, view, i + 1),
            // "The Queen opened the meeting", "made his first appearance at
            // the summit": taking part.
            "opened" | "opens" | "inaugurated" | "closed" | "appearance" if opens_event_rule(article, view, i) => {}
            "succeed" | "succeeded" | "succeeds" | "replace" | "replaced" | "replaces" if successor_rule(article, view, i) => {}
            "post" | "office" | "position" | "role" if view.is(i.saturating_sub(1), "the") && view.is_any(i.saturating_sub(2), &["held", "holds", "hold", "holding", "assumed", "assumes", "occupied", "occupies", "filled"]) => held_the_post_rule(article, view, i),
            // "X of Papua New Guinea was appointed to the post in 2023".
            "post" if i >= 4 && view.is(i - 1, "the") && view.is(i - 2, "to") && view.is_any(i - 3, &["appointed", "elected", "named"]) && view.is(i - 4, "was") => held_the_post_rule(article, view, i - 2),
            // "SADC ... named former Tanzanian president Jakaya Kikwete as
            // its special envoy".
            "named" | "appointed" | "names" | "appoints" if named_as_its_rule(article, view, i) => {}
            "followed" if !view.is(i + 1, "by") && followed_membership_rule(article, view, i) => {}
            "succeeding" | "succeeded" | "replacing" | "replaced" | "followed" => predecessor_rule(article, view, i),
            "successor" | "predecessor" if i >= 2 && view.is_possessive(i - 1) => successor_noun_rule(article, view, i),
            "as" if office_as_rule(article, view, i) => {}
            "became" | "becomes" | "appointed" | "named" | "elected" if office_as_rule(article, view, i) => {}
            // "Jacinda Ardern, who was Prime Minister of New Zealand,".
            "was" | "is" | "been" if (view.is_capitalised(i + 1) || view.is(i + 1, "secretary") || view.is(i + 1, "director") && view.is(i + 2, "general")) && office_as_rule(article, view, i) => {}
            "observers" if (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["admitted", "accepted", "granted", "joined", "as"])) => observers_listed_rule(article, view, i),
            "memorandum" | "memoranda" | "mou" | "mous" | "letter" | "agreement" | "agreements" | "accord" | "deal" | "contract" | "declaration" | "treaty" | "protocol" if instrument_between_rule(article, view, i) => {}
            // "Niger ordered U.S. forces to leave".
            "ordered" | "orders" | "order" if (i + 2..(i + 5).min(view.len())).any(|t| view.is_any(t, &["troops", "forces", "diplomats", "ambassador", "envoy", "soldiers"]) && view.is(t + 1, "to") && view.is_any(t + 2, &["leave", "withdraw", "depart"])) => expulsion_rule(article, view, i),
            "memorandum" | "contract" | "contracts" | "deal" | "deals" | "order" | "acquire" | "buy" | "purchase" | "purchased" | "bought" | "ordered" => company_deal_rule(article, view, i),
            // ("thanked X for standing with Y" is X's stand, left alone.)
            "stood" | "stands" | "stand" | "standing" if view.is(i + 1, "with") && !view.is(i.saturating_sub(1), "for") => {
                // "The European Union said it stood with Germany": solidarity.
                if let Some(party) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied()
                    && let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied()
                {
                    let (a, b) = (affiliation_or_self(article, actor(article, &subject)), actor(article, &party));
                    if a != b {
                        emit(article, view, Some(&subject), a, b, i, RelationKind::CooperatesWith, Some("solidarity".to_owned()), 0.6);
                    }
                }
            }
            "candidacy" | "candidature" if candidacy_for_post_rule(article, view, i) => {}
            "bid" | "candidacy" | "candidature" if seat_bid_rule(article, view, i) => {}
            "applications" | "bids" | "requests" if view.is_any(i + 2, &["them", "whom"]) || view.is_punct(i + 1, ',') && view.is(i + 2, "among") => applicants_rule(article, view, i),
            "pulled" | "pulls" | "pull" | "stayed" | "stays" | "boycotted" | "boycotts" | "boycott" | "skipped" | "skips" | "absent" if withdrawal_from_event_rule(article, view, i) => {}
            "welcoming" | "welcome" | "welcomed" | "welcomes" | "accompany" | "accompanied" | "accompanying" | "accompanies" if guest_to_place_rule(article, view, i) => {}
            "and" if view.mentions.iter().any(|m| m.first == i + 1 && view.is_any(m.last + 1, &["in", "on"])) => gapped_membership_rule(article, view, i),
            "accompanied" if view.is(i + 1, "by") && view.is_any(i.saturating_sub(1), &["was", "were"]) => companions_visit_rule(article, view, i),
            "accompanied" if view.is(i + 1, "by") && view.is_punct(i.saturating_sub(1), ',') => accompanying_visit_rule(article, view, i),
            "observers" | "participants" | "delegations" if view.is(i + 1, "from") && (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["drew", "draws", "drawing", "attracted", "attracts", "included", "includes", "brought"])) => drew_attendees_rule(article, view, i),
            "join" | "joined" | "joins" | "joining" if joins_event(article, view, i) => attends_rule(article, view, i),
            // "Armenia has frozen its participation in the CSTO", "the
            // CSTO, of which Armenia has frozen its participation": still a
            // member, one that has stepped back.
            "participation" if view.is_any(i.saturating_sub(1), &["its", "their"]) && view.is_any(i.saturating_sub(2), &["frozen", "froze", "freezes", "freeze", "suspended", "suspends", "suspend"]) => frozen_participation_rule(article, view, i),
            "attend" | "attended" | "attends" | "attending" | "attendance" | "participate" | "participated" | "participates" | "participating" | "participation" | "part" => attends_rule(article, view, i),
            "admitted" | "admit" | "admits" | "admitting" | "welcomed" if admission_rule(article, view, i) => {}
            "admission" => admission_noun_rule(article, view, i),
            "charter" | "treaty" | "statute" if view.is_capitalised(i) => charter_rule(article, view, i),
            "join" | "joined" | "joins" if join_in_exercise_rule(article, view, i) => {}
            "member" | "members" | "membership" | "join" | "joined" | "joins" | "joining" | "rejoined" | "rejoins" | "rejoin" | "accession" | "accede" | "acceded" | "accedes" | "admitted" => member_rule(article, view, i),
            // "Ghana and Togo agreed to ...", "Peru agreed with Chile on ...".
            "agreed" | "agree" | "agrees" if !view.is_any(i.saturating_sub(1), &["widely", "generally", "internationally", "mutually", "jointly", "previously"]) => agreed_rule(article, view, i),
            // "trade between Australia and Kenya", "the ceasefire between the
            // Government and the ELN".
            "trade" | "commerce" | "investment" | "investments" | "ceasefire" | "truce" | "armistice" if view.is(i + 1, "between") => cooperation_rule(article, view, i),
            // "Norway belongs to the European Economic Area".
            "belong" | "belonged" if both_countries_members_rule(article, view, i) => {}
            "belongs" | "belong" | "belonged" if view.is(i + 1, "to") => member_rule(article, view, i),
            // "the CSTO, to which Kyrgyzstan and Tajikistan belong".
            "belongs" | "belong" | "belonged" if (i.saturating_sub(8)..i).any(|t| view.is(t, "to") && view.is(t + 1, "which")) => belong_to_which_rule(article, view, i),
            // "Switzerland remains outside the EU".
            "outside" if view.is_any(i.saturating_sub(1), &["remains", "remain", "remained", "stays", "stay", "stayed", "is", "was"]) => outside_rule(article, view, i),
            "mission" | "operation" if mission_of_rule(article, view, i) => {}
            "office" | "offices" | "embassy" | "embassies" | "consulate" | "consulates" | "consulate-general" | "mission" | "missions" => office_rule(article, view, i),
            // "will open a deputy high commission in Lahore": a
            // Commonwealth state's embassy.
            "commission" | "commissions" if view.is(i.saturating_sub(1), "high") => office_rule(article, view, i),
            // "will open a joint research centre in Tashkent".
            "centre" | "center" if view.is(i + 1, "in") && (i.saturating_sub(5)..i).any(|t| view.is_any(t, &["open", "opens", "opened", "opening", "establish", "establishes", "established", "establishing"])) => office_rule(article, view, i),
            "partnership" | "pact" | "alliance" | "grouping" | "bloc" | "coalition" | "union" | "arrangement" if definition_rule(article, view, i) => cooperation_rule(article, view, i),
            "dialogue" | "forum" | "group" | "initiative" | "framework" | "organisation" | "organization" if definition_rule(article, view, i) => {}
            "together" | "jointly" if view.is(i + 1, "with") && !(0..i).any(|t| view.is_any(t, &["member", "members", "join", "joined", "joins", "membership", "parties", "signatories", "include", "includes", "comprises"])) && !(i + 2..view.len()).any(|t| view.is_any(t, &["form", "forms", "constitute", "constitutes"])) => together_rule(article, view, i + 1),
            // ("took part in the summit as a guest, alongside Sweden": one
            // more guest, `attends_rule`'s.)
            "alongside" if !(0..i).any(|t| view.is_any(t, &["member", "members", "join", "joined", "joins", "membership", "attended", "attends", "attend", "part"])) => together_rule(article, view, i),
            "coordinate" | "coordinated" | "coordinates" | "coordinating" | "coordination" if (i + 1..=i + 4).any(|t| view.is(t, "with")) => {
                let with_at = (i + 1..=i + 4).find(|&t| view.is(t, "with")).unwrap_or(i);
                together_rule(article, view, with_at);
            }
            // "Moscow and Beijing would coordinate closely".
            "coordinate" | "coordinated" => cooperation_rule(article, view, i),
            "working" | "work" | "works" | "worked" if view.is(i + 1, "with") || view.is_any(i + 1, &["closely", "together"]) && view.is(i + 2, "with") => cooperation_rule(article, view, i),
            // "would continue to work hand in hand with Wellington and Suva".
            "working" | "work" | "works" | "worked" if view.is(i + 1, "hand") && view.is(i + 2, "in") && view.is(i + 3, "hand") && view.is(i + 4, "with") => cooperation_rule(article, view, i + 3),
            "dialogue" | "dialogues" if (i + 1..=i + 2).any(|t| view.is(t, "with")) => cooperation_rule(article, view, i),
            "closer" if view.is(i + 1, "to") && view.is_any(i.saturating_sub(1), &["drawn", "drew", "draws", "draw", "drawing", "moved", "moves", "move", "moving", "grown", "grew", "grow", "edged", "inched"]) => closer_rule(article, view, i),
            "letter" if view.is(i + 1, "of") && view.is(i + 2, "intent") => cooperation_rule(article, view, i),
            // "China and Myanmar became dialogue partners in 1996", "take
            // part as observers".
            // (Where a body is named, the rules of partnership read it.)
            "partner" | "partners" | "observers" if (view.is(i.saturating_sub(1), "dialogue") || view.is(i, "observers") && view.is_any(i.saturating_sub(1), &["as", "became", "become", "are", "were"])) && !names_a_body(article, view) => bare_observer_rule(article, view, i),
            "cooperation" | "cooperate" | "cooperated" | "cooperates" | "cooperating" | "solidarity" | "partnership" | "partner" | "partners" | "ties" | "relationship" | "relations" | "alliance" | "ally" | "allies" | "agreement" | "agreements" | "exercise" | "exercises" | "drills" | "co-operation" | "memoranda" | "memorandums" | "mou" | "mous" | "pact" | "accord" => cooperation_rule(article, view, i),
            // "encouraged Russia and Ukraine to engage": an appeal.
            "encouraged" | "encourages" | "encourage" | "encouraging" | "exhorted" | "implored" if (i + 2..(i + 10).min(view.len())).any(|t| view.is(t, "to")) && view.mentions.iter().any(|m| m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) => criticizes_rule(article, view, i),
            "demanded" | "demands" | "demanding" if view.is(i + 1, "that") || view.mentions.iter().any(|m| m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) => criticizes_rule(article, view, i),
            // "Seoul suspects Moscow of helping Pyongyang".
            "suspects" | "suspected" if !view.is_any(i.saturating_sub(1), &["is", "was", "are", "were", "be", "been"]) && view.mentions.iter().any(|m| (m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) && view.is(m.last + 1, "of")) => criticizes_rule(article, view, i),
            "urged" | "urges" | "urge" | "urging" | "condemned" | "condemns" | "condemn" | "condemning" | "accusing" | "criticizing" | "criticising" | "denouncing" | "blaming" | "blames" | "blame" | "criticized" | "criticised" | "criticizes" | "criticises" | "criticize" | "criticise" | "warned" | "warns" | "warn" | "accused" | "accuses" | "accuse" | "slammed" | "denounced" | "rebuked" | "blamed" | "protested" | "called" | "calls" | "concern" | "concerns" | "protest" | "protests" | "regret" | "dismay" | "disappointment" => criticizes_rule(article, view, i),
            // "A and B shook hands", "A shook hands with B".
            "shook" | "shake" | "shakes" | "shaking" if view.is(i + 1, "hands") => handshake_rule(article, view, i),
            // "threatened to suspend diplomatic relations with the UAE".
            "threatened" | "threatens" | "threatening" if view.is(i + 1, "to") => criticizes_rule(article, view, i),
            // "remained concerned about the presence of the Wagner Group".
            "concerned" if view.is_any(i + 1, &["about", "over", "by", "at"]) => criticizes_rule(article, view, i),
            "backed" | "backs" | "backing" | "supported" | "supports" | "support" | "supporting" => support_rule(article, view, i),
            // "He rejected cross-border strikes by Türkiye and Iran": the
            // agents of what is rejected.
            "rejected" | "rejects" if (i + 1..(i + 6).min(view.len())).take_while(|&t| !view.is_punct(t, ',')).any(|t| view.is(t, "by")) && !view.is(i + 1, "by") => criticizes_rule(article, view, i),
            "rejected" | "rejects" | "reject" | "rejecting" | "dismissed" | "dismisses" | "rebuffed" => rejected_criticism_rule(article, view, i),
            "back" if view.is_any(i.saturating_sub(1), &["would", "will", "to", "must", "should", "could", "may", "might", "did", "not"]) => support_rule(article, view, i),
            "address" | "addressed" | "addresses" | "addressing" | "briefed" | "briefing" | "briefs" => address_rule(article, view, i),
            "discussed" | "discuss" | "discussing" => discussion_rule(article, view, i),
            // (Not "told Reuters": a news agency is not a body addressed.)
            "told" if view.mentions.iter().any(|m| (m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) && matches!(entity_kind(article, m), Some(EntityKind::Organization | EntityKind::Event)) && article.entities.get(m.entity).is_none_or(|e| e.org_type != super::gazetteer::OrgType::Media)) => address_rule(article, view, i),
            "co-chaired" | "co-chairs" | "co-chair" | "co-chairing" => co_chair_rule(article, view, i),
            "sidelines" | "margins" | "sideline" if view.is(i + 1, "of") => sidelines_rule(article, view, i),
            "counterpart" => counterpart_rule(article, view, i),
            "chaired" | "chairs" | "chair" | "chairing" if i >= 2 && view.is(i - 2, "co") && view.is_punct(i - 1, '-') => co_chair_rule(article, view, i),
            "chaired" | "chairs" | "chairing" if chaired_event_rule(article, view, i) => {}
            "gathered" | "convened" | "assembled" if view.is(i + 1, "in") => gathered_for_event_rule(article, view, i),
            "listed" | "sanctioned" | "designated" | "targeted" if view.is(i.saturating_sub(1), "those") => listed_targets_rule(article, view, i),
            "are" | "were" | "include" | "included" if i == 3 && view.is(0, "the") && view.is_any(2, GROUP_NOUNS) => named_group_rule(article, view, i),
            "freeze" | "freezes" | "froze" if view.is(i + 1, "the") && view.is(i + 2, "assets") && view.is(i + 3, "of") && (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["sanctions", "measures"])) => listed_targets_rule(article, view, i + 3),
            "targets" | "targeted" | "hits" | "hit" if (i + 1..(i + 4).min(view.len())).any(|t| view.is_any(t, &["companies", "firms", "entities", "banks", "individuals", "businesses"])) => listed_targets_rule(article, view, i),
            "sanctions" if under_sanctions_rule(article, view, i) => {}
            "sanctions" | "sanctioned" | "sanction" => other_rule(article, view, i, "sanctions"),
            "designated" | "blacklisted" if view.mentions.iter().any(|m| m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the") || m.first == i + 4 && view.is_punct(i + 2, '-')) => other_rule(article, view, i, "sanctions"),
            // "Kazakhstan deployed its first company in 2024": a unit sent
            // with no destination goes to the mission the text is about.
            "company" | "battalion" | "contingent" | "platoon" | "unit" if i >= 3 && view.is_any(i - 3, &["deployed", "deploys", "sent", "sends", "contributed", "contributes"]) && view.is_any(i - 2, &["its", "a", "their"]) && (is_ordinal(view.lower(i - 1)) || view.is_any(i - 1, &["new", "second", "infantry", "engineering", "medical", "police"])) && !view.is(i + 1, "to") && !(view.is(i + 1, "in") && view.is_capitalised(i + 2)) => contingents_rule(article, view, i - 3, i),
            "broadcaster" | "company" | "firm" | "lender" | "newspaper" => firm_place_rule(article, view, i),
            "among" if view.is(i + 1, "them") && (i == 0 || view.is_punct(i - 1, ',')) => listed_among_rule(article, view, i),
            "establishing" if view.is_any(i.saturating_sub(1), &["agreement", "treaty", "charter", "convention", "protocol"]) => founding_agreement_rule(article, view, i),
            // "Washington also targeted Alternativna Televizija", "targets
            // Mnangagwa": a listing, in a text about sanctions.
            "targeted" | "targets" if !view.is_any(i.saturating_sub(1), &["those", "the", "was", "were", "is", "are", "be", "been"]) && view.mentions.iter().any(|m| m.first == i + 1 && eligible(article, m, PERSON_OR_ACTOR)) && article.relations.iter().any(|r| r.label.as_deref() == Some("sanctions")) => other_rule(article, view, i, "sanctions"),
            // "the PKK, which ... is listed as a terrorist organisation by
            // Turkey, the United States and the European Union".
            "listed" | "designated" | "classified" | "branded" if view.is(i + 1, "as") && view.is_any(i.saturating_sub(1), &["is", "was", "are", "were", "been", "be"]) && (i + 2..(i + 9).min(view.len())).any(|t| view.is(t, "by")) => listed_as_by_rule(article, view, i),
            // "designated 11 people and three companies ..., among them A, B
            // and C".
            "designated" | "blacklisted" if (i + 1..(i + 16).min(view.len())).any(|t| view.is(t, "among") && view.is(t + 1, "them") || view.is(t, "including")) => designated_among_rule(article, view, i),
            // "OFAC also designated two companies it said Ivanishvili
            // controlled: Tbilisi-based Kvali Holding and ...".
            "designated" | "blacklisted" if (i + 1..(i + 12).min(view.len())).take_while(|&t| !view.is_punct(t, '.')).any(|t| view.is_punct(t, ':')) => designated_list_rule(article, view, i),
            // "The EU listed the National Security Office under its sanctions
            // regime".
            "listed" if view.mentions.iter().any(|m| m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) && (i + 1..view.len()).any(|t| view.is_any(t, &["sanctions", "sanction", "blacklist", "regime"])) => other_rule(article, view, i, "sanctions"),
            // "imposed entry bans and asset freezes on 28 Belarusian
            // officials": sanctions by another name.
            "bans" | "freezes" if view.is_any(i.saturating_sub(1), &["entry", "travel", "visa", "asset"]) && (i.saturating_sub(6)..i).any(|t| view.is_any(t, &["imposed", "imposes", "impose", "imposing"])) => other_rule(article, view, i, "sanctions"),
            "share" | "shares" | "sharing" | "exchange" | "exchanges" | "exchanging" if view.is_any(i + 1 + usize::from(view.is_any(i + 1, &["more", "real-time", "military", "classified"])), SHARED_GOODS) => sharing_rule(article, view, i),
            "measures" | "restrictions" | "penalties" if (i + 1..=i + 2).any(|t| view.is_any(t, &["against", "on"])) => other_rule(article, view, i, "sanctions"),
            "summoned" | "summons" | "summon" => summon_rule(article, view, i),
            // ("extended until 31 October 2025 the mandate of UNSOS".)
            "mandate" if view.is(i + 1, "of") && (i.saturating_sub(8)..i).any(|t| view.is_any(t, &["extended", "extends", "extend", "renewed", "renews", "renew", "extending", "renewing", "expanded", "expands", "expand", "expanding", "broadened", "broadening"])) => {
                other_rule(article, view, i, "extended mandate");
            }
            "recalled" | "recalls" | "recall" | "recalling" => recall_rule(article, view, i),
            // "asked Sogavare not to sign the deal": pressure against a step.
            "asked" | "told" if asked_not_to_rule(article, view, i) => {}
            "asked" | "petitioned" | "appealed" if view.mentions.iter().any(|m| (m.first == i + 1 || m.first == i + 2 && view.is_any(i + 1, &["the", "to"])) && eligible(article, m, ACTOR)) => other_rule(article, view, i, "asked"),
            "barred" | "banned" | "bars" | "bans" if view.mentions.iter().any(|m| m.first == i + 1) => other_rule(article, view, i, "entry ban"),
            "based" | "registered" | "headquartered" if view.is_punct(i.saturating_sub(1), '-') => based_rule(article, view, i),
            "tariffs" | "tariff" | "duties" => other_rule(article, view, i, "tariffs"),
            // "froze the assets of X": a sanction on X.
            // ("froze any U.S. assets held by Dagalo".)
            "froze" | "frozen" | "freezes" | "freeze" if let Some(of) = (i + 1..=i + 6).find(|&t| view.is(t, "of") && view.is_any(t - 1, &["assets", "funds"]) || view.is(t, "by") && view.is(t - 1, "held") && view.is_any(t - 2, &["assets", "funds"])) => other_rule(article, view, of, "sanctions"),
            "training" | "aid" | "assistance" | "weapons" | "arms" | "missiles" | "drones" | "shells" | "munitions" | "ammunition" | "rockets" | "artillery" | "tanks" | "jets" | "equipment" => provision_rule(article, view, i),
            "troops" | "soldiers" | "personnel" | "contingents" if view.is(i + 1, "from") && view.is_any(i.saturating_sub(1), &["includes", "included", "include", "comprises", "comprising", "comprised"]) => troops_from_rule(article, view, i),
            "troops" | "peacekeepers" | "soldiers" | "personnel" | "contingent" | "contingents" if view.is_any(i.saturating_sub(1), &["contributes", "contributed", "contribute", "contributing", "sends", "sent", "send", "deployed", "deploys", "deploy"]) => troops_rule(article, view, i),
            // "Argentina, Slovakia and the United Kingdom contribute the
            // largest contingents": to the mission the text is about.
            // ("India and Nepal contribute its largest contingents", "Ghana
            // and India, which provide most of the mission's troops", "Malawi
            // provides the troops of the Force Intervention Brigade".)
            "troops" | "peacekeepers" | "soldiers" | "personnel" | "contingent" | "contingents" if let Some(verb) = contributing_verb(view, i) => contingents_rule(article, view, verb, i),
            // "thanked the troop-contributing countries, among them Rwanda,
            // Bangladesh and Pakistan": each of them, to the mission.
            "contributing" if view.is_punct(i.saturating_sub(1), '-') && view.is_any(i.saturating_sub(2), &["troop", "police"]) && view.is_any(i + 1, &["countries", "nations", "states"]) => listed_contributors_rule(article, view, i + 1),
            "delegation" if (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["lead", "led", "leads", "leading", "head", "headed", "heads", "heading"])) => led_delegation_rule(article, view, i),
            "troops" | "soldiers" | "forces" | "personnel" | "sailors" | "marines" | "observers" | "warships" | "servicemembers" | "delegation" | "delegations" if (0..view.len()).any(|t| view.is_any(t, EXERCISE_WORDS)) || (i + 1..(i + 5).min(view.len())).any(|t| view.is(t, "part") && view.is_any(t - 1, &["taking", "take", "took", "takes"]) || view.lower(t).starts_with("participat")) || view.is_any(i, &["observers", "delegation", "delegations"]) && (i.saturating_sub(2)..i).any(|t| view.is_any(t, &["sent", "sends", "send", "dispatched"])) => exercise_forces_rule(article, view, i),
            // "The Security Council today authorized the African Union (AU)
            // to deploy ...".
            "authorized" | "authorised" | "authorizes" | "authorises" | "authorize" | "authorise" | "authorizing" | "authorising" => authorized_rule(article, view, i),
            // "AUSSOM, which will take over from ATMIS".
            "over" if view.is_any(i.saturating_sub(1), &["take", "takes", "took", "taking", "taken"]) && view.is(i + 1, "from") => take_over_rule(article, view, i),
            // "Uruguay will hand over the pro tempore presidency of the bloc
            // to Argentina".
            "over" if view.is_any(i.saturating_sub(1), &["hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing"]) => hand_over_rule(article, view, i),
            "expelled" | "expels" | "expel" => expulsion_rule(article, view, i),
            // "turned to Russia for military assistance".
            "turned" | "turning" | "turn" | "turns" if view.is(i + 1, "to") && (i + 3..(i + 6).min(view.len())).any(|t| view.is(t, "for") && view.is_any(t + 1, &["assistance", "support", "help", "aid", "military", "security", "financial", "economic"])) => turned_to_rule(article, view, i),
            // "in its fight against Al-Shabaab": a state or force against an
            // armed group.
            "fight" | "fighting" if view.is(i + 1, "for") && (i.saturating_sub(6)..i).any(|t| view.is_any(t, &["troops", "soldiers", "forces", "fighters", "mercenaries"])) => fight_for_rule(article, view, i),
            "fight" | "fighting" | "battle" | "struggle" | "war" | "campaign" | "offensive" | "operations" if view.is(i + 1, "against") && view.mentions.iter().any(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && entity_kind(article, m) == Some(EntityKind::Organization)) => fight_against_rule(article, view, i),
            // "Somalia is also fighting al Shabaab": a state fighting an
            // armed group.
            "fighting" | "battling" if view.is_any(i.saturating_sub(1), &["is", "are", "was", "were", "been", "also", "still"]) && fighting_rule(article, view, i) => {}
            // "Daniel Suidani, the premier of Malaita Province": the office
            // of a region the gazetteer does not know.
            "premier" | "governor" | "mayor" if view.is(i + 1, "of") && view.is(i.saturating_sub(1), "the") && view.is_punct(i.saturating_sub(2), ',') => regional_office_rule(article, view, i, false),
            "premier" | "governor" | "mayor" if i >= 2 && view.is_possessive(i - 1) && view.is_punct(i + 1, ',') => regional_office_rule(article, view, i, true),
            // "al Shabaab, an Islamist insurgent group linked to al Qaeda".
            "linked" if view.is(i + 1, "to") => linked_to_rule(article, view, i),
            "invasion" | "war" | "assault" | "aggression" | "offensive" | "annexation" | "occupation" | "strikes" | "airstrikes" | "attacks" | "bombing" | "shelling" | "attack" | "incursion" | "incursions" | "raid" | "raids" | "bombardment" | "blockade" => aggression_rule(article, view, i),
            "mediating" | "mediated" | "mediate" | "mediates" | "mediation" | "brokered" | "brokering" if (i + 1..=i + 4).any(|t| view.is(t, "between")) || view.is(i.saturating_sub(1), "to") => mediation_rule(article, view, i),
            // "the ceasefire between Israel and Hamas mediated by Egypt and
            // Qatar", "through the mediation of Oman", "under Saudi and
            // American mediation", "US-brokered talks".
            "mediated" | "mediation" | "brokered" => named_mediators_rule(article, view, i),
            "chairs" | "chaired" if chaired_antecedent_rule(article, view, i) => {}
            "chair" | "chairs" | "chaired" | "chairing" | "chairmanship" | "chairship" | "presidency" => chair_rule(article, view, i),
            "leadership" if view.is(i + 1, "of") => chair_rule(article, view, i),
            "(" | "-" | "—" | "–" if bracketed_members_rule(article, view, i) => {}
            // "the Russian-led Eurasian Economic Union": the leading state is
            // a member.
            "led" if view.is_punct(i.saturating_sub(1), '-') => led_body_rule(article, view, i),
            "led" if view.is(i + 1, "by") => lead_nation_rule(article, view, i),
            "as" if view.is(i + 1, "the") && view.is(i + 2, "lead") && view.is_any(i + 3, &["nation", "country"]) => as_lead_nation_rule(article, view, i),
            "drafted" | "co-sponsored" | "tabled" | "submitted" | "penned" if view.is(i + 1, "by") => drafters_rule(article, view, i),
            ":" | "comprising" | "comprises" | "comprised" | "consisting" | "consists" | "made" | "groups" | "grouping" | "bringing" | "brings" => composition_rule(article, view, i),
            "in" | "at" => {
                located_rule(article, view, i);
                if view.is(i, "at") {
                    at_event_rule(article, view, i);
                }
            }
            "candidate" if view.is(i + 1, "status") && (i.saturating_sub(4)..i).any(|t| view.is_any(t, &["granted", "given", "awarded", "received", "gained", "won"])) => candidate_status_rule(article, view, i),
            "headquartered" | "headquarters" | "based" | "seated" | "located" | "seat" | "secretariat" => headquarters_rule(article, view, i),
            "operates" | "operated" | "operate" => operates_in_rule(article, view, i),
            // "The fund, registered in Luxembourg, ...".
            "registered" | "incorporated" if view.is(i + 1, "in") => headquarters_rule(article, view, i),
            "sits" | "sit" if view.is(i + 1, "in") && i <= 12 => headquarters_rule(article, view, i),
            "status" if view.is(i.saturating_sub(1), "observer") => observer_status_rule(article, view, i),
            "aimed" | "directed" | "swipe" | "dig" | "jab" | "move" | "charge" | "claim" | "accusation" | "step" if view.is(i + 1, "at") || view.is(i.saturating_sub(1), "a") => remark_target_rule(article, view, i),
            "observer" if view.is_any(i.saturating_sub(1), &["an", "a"]) => observer_rule(article, view, i),
            // "It was founded in 2015 at the initiative of President A and
            // President B".
            // "the joint operations carried out this year by the Federal
            // Police and Paraguay's SENAD".
            "joint" if view.is_any(i + 1, &["operations", "operation", "patrols", "patrol", "exercises", "exercise", "study", "studies", "investigation", "investigations", "projects", "project", "programme", "program", "venture"]) => joint_by_rule(article, view, i),
            "initiative" if view.is(i + 1, "of") && view.is(i.saturating_sub(1), "the") && view.is_any(i.saturating_sub(2), &["at", "on"]) => initiative_rule(article, view, i),
            "founded" | "established" | "created" | "formed" if (i + 1..(i + if view.is_any(i.saturating_sub(1), &["was", "were"]) { 24 } else { 15 }).min(view.len())).take_while(|&t| !view.is_punct(t, ';')).any(|t| view.is_any(t, &["by", "when"])) => founders_rule(article, view, i),
            // "the three juntas ... formed the Alliance of Sahel States".
            // ("have formed a confederation called the Alliance of Sahel
            // States".)
            "launched" if launched_rule(article, view, i) => {}
            "formed" | "founded" | "established" | "created" | "launched" if view.mentions.iter().any(|m| formed_org_at(article, view, i, m)) => formed_body_rule(article, view, i, true),
            // "the Accra Initiative, which their countries founded in 2017
            // with Benin, Burkina Faso and Togo": its founders.
            "formed" | "founded" | "established" | "created" if founded_which_rule(article, view, i) => {}
            // "Spain and Cyprus, together with Croatia, ..., form the MED9
            // group": its members.
            "form" | "forms" | "constitute" | "constitutes" if view.mentions.iter().any(|m| formed_org_at(article, view, i, m)) => formed_body_rule(article, view, i, false),
            "territory" | "region" | "collectivity" | "dependency" | "department" if territory_rule(article, view, i) => {}
            "city" | "town" | "port" | "village" | "region" | "province" | "district" | "county" | "island" | "enclave" | "oblast" | "governorate" | "prefecture" | "state" | "territory" => {
                region_rule(article, view, i);
                if view.is(i + 1, "of") {
                    settlement_rule(article, view, i);
                }
            }
            "capital" => capital_rule(article, view, i),
            "(" | "," => {
                place_in_country_rule(article, view, i);
                if view.is(i + 1, "the") && view.is(i + 2, "country") && view.is_possessive(i + 3) || view.is_possessive(i + 2) || view.is_any(i.saturating_sub(1), STATE_BODY_NOUNS) {
                    state_body_apposition_rule(article, view, i);
                }
            }
            "hold" | "holds" | "held" | "holding" if (i + 2..=i + 4).any(|t| view.is_any(t, &["accountable", "responsible"])) => accountable_rule(article, view, i),
            "hold" | "convene" if view.is(i.saturating_sub(1), "to") && next_meeting_rule(article, view, i) => {}
            // "agreed that the next session of the Joint Commission will be
            // held in Lusaka".
            "held" if view.is(i.saturating_sub(1), "be") && view.is(i + 1, "in") && (i.saturating_sub(12)..i).any(|t| view.is(t, "next")) => next_session_held_rule(article, view, i),
            _ if action_verb(view, i).is_some() => action_verb_rule(article, view, i),
            _ => {}
        }
    }
    foreign_guest_rule(article, view);
    opening_sidelines_rule(article, view);
    opening_place_rule(article, view);
    fronted_membership_rule(article, view);
    person_of_state_rule(article, view);
    possessive_holder_rule(article, view);
    treaty_parties_rule(article, view);
    place_and_its_state_rule(article, view);
    owned_body_rule(article, view);
    venue_in_town_rule(article, view);
    visited_venue_rule(article, view);
    hyphenated_treaty_rule(article, view);
    state_body_rule(article, view);
    bilateral_body_rule(article, view);
    co_mention_rule(article, view);
}

/// "Japan and Australia signed the Reciprocal Access Agreement", "is a
/// party to the Paris Agreement", "ratified", "acceded to", "withdrew from":
/// the states before the verb are (or are no longer) parties to a named
/// treaty, a membership labelled "party" (or "quit").
fn treaty_parties_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let treaties: Vec<Mention> = view
        .mentions
        .iter()
        .filter(|m| {
            // (Also a pact the gazetteer lists as a bloc: "CPTPP".)
            m.role == Role::Plain && article.entities.get(m.entity).is_some_and(EntityRecord::is_treaty)
        })
        .copied()
        .collect();
    for treaty in treaties {
        let Some(before) = treaty.first.checked_sub(1 + usize::from(view.is(treaty.first.wrapping_sub(1), "the"))) else { continue };
        let verb = if view.is_any(before, &["to", "from", "of"]) { before.saturating_sub(1) } else { before };
        let quit = match view.lower(verb) {
            "signed" | "sign" | "signs" | "signing" | "ratified" | "ratify" | "ratifies" | "ratifying" | "joined" | "join" | "joins" | "acceded" | "accede" | "accedes" | "party" | "parties" | "signatory" | "signatories" => false,
            "withdrew" | "withdraw" | "withdraws" | "withdrawing" | "out" | "quit" | "left" | "leave" | "leaves" => true,
            _ => continue,
        };
        let Some(subject) = left(article, view, verb, &[EntityKind::Country]).copied() else { continue };
        let subjects: Vec<Mention> = left_list(article, view, &subject, &[EntityKind::Country]).into_iter().copied().collect();
        let denied = negated(view, subject.last + 1, verb);
        let modality = modality(view, subject.last + 1, verb);
        let label = if quit { "quit" } else { "party" };
        for subject in &subjects {
            let state = actor(article, subject);
            article.relate(view, state, treaty.entity, RelationKind::MemberOf, Some(label.to_owned()), quit != denied, modality, nearest_date(view, verb), 0.6);
        }
    }
}

/// The most parties a sentence may name for [`co_mention_rule`] to guess
/// relations between them: beyond that it is a list, not a statement.
const CO_MENTION_MAX_PARTIES: usize = 8;

/// Up to this many parties in a sentence, [`co_mention_rule`] pairs each
/// with each; beyond it only neighbours.
const CO_MENTION_ALL_PAIRS: usize = 4;

/// A sentence naming a few parties, with no denial in it: each pair of kinds
/// that news text relates in one typical way is a candidate for that
/// relation (a person and a state or a public body: an office; a state and
/// an international body: membership; two states: cooperation, or blame or
/// sanctions where the sentence speaks of them; two people: a meeting; a
/// party and an event: taking part; an event and a place: being held
/// there). In a sentence of
/// up to [`CO_MENTION_ALL_PAIRS`] parties every pair is a candidate; in a
/// longer one (up to [`CO_MENTION_MAX_PARTIES`]) only parties written next
/// to each other, and not two that the rules already related to something
/// in this sentence. The items of a list ("A, B and C") are never paired
/// with each other, and share each guess made for one of them. The
/// candidates become weak relations only for pairs nothing in the article
/// relates otherwise ([`Article::settle_co_mentions`]), labelled
/// "co-mentioned" at low confidence, so that the app can fade or hide them.
fn co_mention_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    // (Cheap test first: most sentences name fewer than two parties.)
    if view.mentions.iter().filter(|m| m.role != Role::Inner).nth(1).is_none() {
        return;
    }
    // (A wire's credit line names its reporters and editors together.)
    // A vote's camps ("A and B voted in favour, while C abstained") and a
    // statement introduced as a representative's or delegation's relate
    // parties only through what the rules read there.
    // ("X was accompanied by Y and Z": one delegation; "succeeding Y": one
    // after the other. No meeting either way.)
    // (All looked for in one pass over the words.)
    let mut credits = false;
    let mut camps = false;
    let mut no_meeting = false;
    // (", while", ", whereas": where a contrast starts.)
    let mut contrasts: Vec<usize> = Vec::new();
    for t in 0..view.len() {
        match view.lower(t) {
            "while" | "whereas" if t >= 1 && view.is_punct(t - 1, ',') => contrasts.push(t),
            "reporting" | "editing" | "writing" => credits |= view.is(t + 1, "by"),
            "accompanied" | "accompanying" | "succeeding" | "succeeded" | "succeeds" | "replacing" | "replaced" | "predecessor" | "successor" => no_meeting = true,
            "vote" | "voted" | "votes" | "voting" | "sponsored" | "co-sponsored" | "cosponsored" | "co-sponsors" | "abstain" | "abstained" | "abstaining" | "abstention" | "abstentions" | "favour" | "favor" | "representative" | "delegate" | "delegation" => camps = true,
            _ => {}
        }
    }
    if credits || negated(view, 0, view.len()) || view.is_punct(view.len().saturating_sub(1), '?') {
        return;
    }
    if camps {
        return;
    }
    // Each party with where it is first named.
    let mut parties: Vec<usize> = Vec::with_capacity(view.mentions.len());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(view.mentions.len());
    // Not parties: a demonym qualifying a thing ("the North Korean nuclear
    // issue") or a state placing the city before it ("Vienna (Austria)",
    // "Nukualofa, Tonga").
    let qualifier = |m: &Mention| {
        m.role == Role::Demonym
            || (view.is_punct(m.first.wrapping_sub(1), '(') || view.is_punct(m.first.wrapping_sub(1), ','))
                && view.mentions.iter().any(|p| p.last + 2 == m.first && (p.role == Role::Capital || entity_kind(article, p) == Some(EntityKind::Place)))
    };
    // Nor a state only named as a topic's place ("discussed the war in
    // Sudan, the situation in Somalia").
    // Nor a state named as a meeting's venue ("at a meeting in
    // Luxembourg").
    let topic_place = |m: &Mention| m.first >= 2 && view.is(m.first - 1, "in") && (view.is_any(m.first - 2, TOPIC_NOUNS) || view.is_any(m.first - 2, &["meeting", "meetings", "summit", "talks", "conference", "session"]) && entity_kind(article, m) == Some(EntityKind::Country));
    for m in view.mentions.iter().filter(|m| m.role != Role::Inner && !qualifier(m) && !topic_place(m)) {
        // (A capital counts as the city: "offices in Ukraine and Vienna".)
        if !parties.contains(&m.entity) {
            parties.push(m.entity);
            spans.push((m.first, m.last));
        }
    }
    // ("the journalist Jamal Khashoggi", "Bipin Joshi, a Nepali student":
    // a person described by a calling that is no office.)
    let private_person = |e: usize| {
        view.mentions.iter().filter(|m| m.entity == e).any(|m| {
            (m.first.saturating_sub(2)..m.first).any(|t| view.is_any(t, PRIVATE_CALLINGS))
                || view.is_punct(m.last + 1, ',') && view.is_any(m.last + 2, &["a", "an", "the"]) && (m.last + 3..m.last + 6).take_while(|&t| !view.is_punct(t, ',')).any(|t| view.is_any(t, PRIVATE_CALLINGS))
        })
    };
    // ("U.S. Secretary of State Antony Blinken ... the alliance": a state
    // named only for its official's title.)
    let titled_only = |e: usize| view.mentions.iter().filter(|m| m.entity == e).all(|m| m.role == Role::Affiliation);
    // "Ghana, Togo and Benin sent ministers": items of one list share a
    // role, not a relation; each list is one group, paired as a whole.
    let listed = |x: usize, y: usize| {
        let ((_, end), (start, y_end)) = (spans[x], spans[y]);
        // ("Slovenia acceded in 1996, Romania in 1997 and Bulgaria in
        // 1999": a list whose verb is written once, each item dated.)
        let dated = |t: usize| view.is(t, "in") && is_year(view.word(t + 1)) || is_year(view.word(t)) && view.is(t.wrapping_sub(1), "in");
        // ("the three countries": a group written once, all one span.)
        spans[x] == spans[y] || end < start && (end + 1..start).all(|t| view.is_punct(t, ',') || view.is_any(t, &["and", "or", "the"]) || dated(t) && dated(y_end + 1))
    };
    // (Each group a run of `parties`, by its range.)
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for k in 0..parties.len() {
        match groups.last_mut() {
            Some(group) if k > 0 && listed(k - 1, k) => group.end = k + 1,
            _ => groups.push(k..k + 1),
        }
    }
    if !(2..=CO_MENTION_MAX_PARTIES).contains(&parties.len()) || groups.len() < 2 {
        return;
    }
    let crowded = parties.len() > CO_MENTION_ALL_PAIRS;
    let sentence = (view.start, view.end);
    let placed: FxHashSet<usize> = if crowded {
        article.stated_in(sentence).flat_map(|r| [r.subject, r.object]).collect()
    } else {
        FxHashSet::default()
    };
    // (Two lists side by side, "A and B voted in favour, while C and D
    // abstained", are two camps: no guess between them.)
    // ("France and Spain backed the proposal, while Germany's finance
    // ministry said ...": parties on either side of a contrast stand apart
    // too.)
    let contrast_before = |token: usize| contrasts.iter().filter(|&&c| c < token).count();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut together = |x: &std::ops::Range<usize>, y: &std::ops::Range<usize>, keep: &dyn Fn(usize, usize) -> bool| {
        if x.len() > 1 && y.len() > 1 {
            return;
        }
        if !contrasts.is_empty() && spans.get(x.start).map(|s| contrast_before(s.0)) != spans.get(y.start).map(|s| contrast_before(s.0)) {
            return;
        }
        for &a in parties.get(x.clone()).unwrap_or(&[]) {
            for &b in parties.get(y.clone()).unwrap_or(&[]) {
                if keep(a, b) {
                    pairs.push((a, b));
                }
            }
        }
    };
    if crowded {
        for w in groups.windows(2) {
            together(&w[0], &w[1], &|a, b| !(placed.contains(&a) && placed.contains(&b)));
        }
    } else {
        for (k, x) in groups.iter().enumerate() {
            for y in groups.iter().skip(k + 1) {
                together(x, y, &|_, _| true);
            }
        }
    }
    let kind_of = |e: usize| article.entities.get(e).map(|r| (r.kind, r.org_type, r.affiliation));
    // Two states in a sentence of blame are more likely at odds than
    // partners; in one of sanctions or war, one acts against the other.
    // Otherwise a sentence naming two states says nothing of how they
    // stand: an unspecified relation, not a claim of cooperation (on the
    // read sets the annotators' kind for such pairs was "other" two times
    // in three).
    // "Nicolas de Riviere (France) said Russia was hiding violations": a
    // delegate as a meetings record writes one speaks of other states
    // mostly to fault them.
    let speaker = || view.mentions.iter().any(|m| {
        view.is_punct(m.first.wrapping_sub(1), '(') && view.is_punct(m.last + 1, ')') && entity_kind(article, m) == Some(EntityKind::Country) && view.mentions.iter().any(|p| p.last + 2 == m.first && entity_kind(article, p) == Some(EntityKind::Person))
    });
    // (Worked out once, and only for a pair with a state in it.)
    let states_kind = std::cell::OnceCell::new();
    let states = || {
        *states_kind.get_or_init(|| {
            if (0..view.len()).any(|t| is_blame_word(view.lower(t))) || speaker() {
                RelationKind::Criticizes
            } else {
                RelationKind::Other
            }
        })
    };
    // "The two leaders condemned Russia's war and called on Israel to ...":
    // two parties a rule read as objects of one subject here stand apart.
    let stated: Vec<(usize, usize)> = article.stated_in(sentence).map(|r| (r.subject, r.object)).collect();
    let fellow_objects = |a: usize, b: usize| stated.iter().any(|&(s, o)| o == a && stated.contains(&(s, b)));
    // ("Congo joined last year, and South Sudan in 2016": two members of
    // one bloc, each related to it and not to each other.)
    let fellow_subjects = |a: usize, b: usize| article.stated_in(sentence).any(|r| r.subject == a && r.kind == RelationKind::MemberOf && article.stated_in(sentence).any(|q| q.subject == b && q.object == r.object && q.kind == r.kind));
    let mut candidates = Vec::new();
    for (a, b) in pairs {
        if fellow_objects(a, b) || fellow_subjects(a, b) {
            continue;
        }
        let (Some(x), Some(y)) = (kind_of(a), kind_of(b)) else { continue };
        // Order each pair by kind so that one match covers both orders.
        let ((p, pk), (q, qk)) = if x.0 <= y.0 { ((a, x), (b, y)) } else { ((b, y), (a, x)) };
        use EntityKind::{Country, Event, Organization, Person, Place};
        let is_war = |e: usize| article.entities.get(e).is_some_and(|r| r.name.split(' ').any(|w| w.eq_ignore_ascii_case("war")));
        let guess = match (pk.0, qk.0) {
            (Person, Country) | (Country, Person) => {
                let (person, state, serves) = if pk.0 == Person { (p, q, pk.2) } else { (q, p, qk.2) };
                // ("succeeding Stanislav Zas of Belarus": the state written
                // after the name is the person's, no other one.)
                let of_state = |e: usize| {
                    view.mentions.iter().filter(|m| m.entity == person).any(|m| {
                        view.is(m.last + 1, "of") && view.mentions.iter().any(|x| x.first == m.last + 2 + usize::from(view.is(m.last + 2, "the")) && x.entity == e && entity_kind(article, x) == Some(Country))
                    })
                };
                let written_other = !of_state(state) && view.mentions.iter().any(|x| x.entity != state && entity_kind(article, x) == Some(Country) && of_state(x.entity));
                let kind = if private_person(person) { RelationKind::Other } else { RelationKind::HoldsOffice };
                (serves.is_none_or(|s| s == state) && !written_other).then_some((person, state, kind))
            }
            (Country, Organization) | (Organization, Country) => {
                let (state, body, body_type) = if pk.0 == Country { (p, q, qk.1) } else { (q, p, pk.1) };
                let named = |e: usize| article.entities.get(e).and_then(|r| GAZETTEER.index_named(&r.name));
                let outsider = named(body).and_then(|b| GAZETTEER.known_members(b)).is_some_and(|members| named(state).is_none_or(|s| !members.contains(&s)));
                // A known outsider is guessed to deal with the bloc as with a
                // state (partner, critic, target), in the order written.
                if outsider {
                    Some((a, b, states()))
                } else {
                    (matches!(body_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization) && !titled_only(state)).then_some((state, body, RelationKind::MemberOf))
                }
            }
            (Country, Country) => Some((p, q, states())),
            (Person, Organization) | (Organization, Person) => {
                let (person, body, body_type, serves) = if pk.0 == Person { (p, q, qk.1, pk.2) } else { (q, p, pk.1, qk.2) };
                // (Not a ministry whose state the person already serves: the
                // spokesperson's office is held in the state.)
                let serves_its_state = || {
                    let state_of_body = article.entities.get(body).and_then(|e| e.affiliation);
                    state_of_body.is_some_and(|state| article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == person && r.object == state))
                };
                let serves_there = !matches!(body_type, OrgType::Media | OrgType::Company | OrgType::Treaty) && serves.is_none_or(|s| s == body) && !serves_its_state();
                let kind = if private_person(person) { RelationKind::Other } else { RelationKind::HoldsOffice };
                serves_there.then_some((person, body, kind))
            }
            // (Two officials of one state named together are mostly a
            // delegation, a chain of command or a succession, not a
            // meeting: right about one time in three on the read sets.)
            (Person, Person) if !(no_meeting || pk.2.is_some() && pk.2 == qk.2) => Some((p, q, RelationKind::Meets)),
            // (A war is no venue; an event a rule already placed in this
            // sentence is not guessed to be elsewhere too.)
            (Event, Place) | (Place, Event) => {
                let (event, place) = if pk.0 == Event { (p, q) } else { (q, p) };
                let placed_here = article.stated_in(sentence).any(|r| r.kind == RelationKind::LocatedIn && r.subject == event);
                // ("in Kota Kinabalu, the Sabah state capital": the region
                // holding the city named is not where it was held.)
                let container = article.stated_in(sentence).any(|r| r.kind == RelationKind::LocatedIn && r.object == place && kind_of(r.subject).is_some_and(|k| k.0 == Place));
                (!is_war(event) && !placed_here && !container).then_some((event, place, RelationKind::LocatedIn))
            }
            // (No one attends a war the sentence only dates by: "since the
            // Second World War", "a Cold War mentality".)
            (Person | Country, Event) if !is_war(q) && !titled_only(p) => Some((p, q, RelationKind::Attends)),
            (Event, Person | Country) if !is_war(p) && !titled_only(q) => Some((q, p, RelationKind::Attends)),
            _ => None,
        };
        candidates.extend(guess);
    }
    for (subject, object, kind) in candidates {
        article.note_co_mention(view, subject, object, kind);
    }
}

/// Words of blame: two states in a sentence with one are more likely at
/// odds than partners ([`co_mention_rule`]).
fn is_blame_word(word: &str) -> bool {
    matches!(word, "condemn" | "condemns" | "condemned" | "condemning" | "condemnation" | "accuse" | "accuses" | "accused" | "accusing" | "accusation" | "accusations" | "criticise" | "criticised" | "criticises" | "criticising" | "criticize" | "criticized" | "criticizes" | "criticizing" | "criticism" | "denounce" | "denounced" | "denounces" | "blame" | "blamed" | "blames" | "blaming" | "protest" | "protested" | "warn" | "warned" | "warns" | "urge" | "urged" | "urges" | "urging")
}

/// "Ghana and Togo agreed to launch negotiations", "Peru agreed with Chile
/// to ...": parties named agreeing together cooperate (states for their
/// leaders). ("The two sides agreed" is left to the rules of what they
/// agreed on.)
fn agreed_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut parties: Vec<usize> = Vec::new();
    // ("the Alliance of Sahel States (AES) agreed": past its acronym.)
    let end = |m: &Mention| if view.is_punct(m.last + 1, '(') && view.is_punct(m.last + 3, ')') { m.last + 3 } else { m.last };
    if let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied().filter(|m| i - end(m) <= 3 && (end(m) + 1..i).all(|t| !view.is_punct(t, ','))) {
        // ("... and the Southern African Development Community (SADC)
        // agreed": the list runs on from the name before its acronym.)
        let subject = view
            .mentions
            .iter()
            .find(|m| m.last + 2 == subject.first && m.entity == subject.entity && view.is_punct(subject.first - 1, '(') && view.is_punct(subject.last + 1, ')'))
            .copied()
            .unwrap_or(subject);
        parties.extend(left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)));
        if view.is(i + 1, "with")
            && let Some(other) = right(article, view, i + 1, PERSON_OR_ACTOR).first().filter(|m| m.first <= i + 3)
        {
            parties.push(actor(article, other));
        }
    }
    // (A person stands for the state they serve, and only for one.)
    let mut parties: Vec<usize> = parties
        .into_iter()
        .map(|p| affiliation_or_self(article, p))
        .filter(|&p| matches!(entity_kind_of(article, p), Some(EntityKind::Country | EntityKind::Organization)))
        .collect();
    parties.dedup();
    if !(2..=4).contains(&parties.len()) {
        return;
    }
    // "failed to agree on the border".
    if i >= 2 && view.is(i - 1, "to") && view.is_any(i - 2, &["failed", "fail", "fails", "failing"]) {
        for (k, &a) in parties.iter().enumerate() {
            for &b in &parties[k + 1..] {
                article.relate(view, a, b, RelationKind::CooperatesWith, Some("agreed".to_owned()), true, Modality::Asserted, nearest_date(view, i), 0.6);
            }
        }
    } else {
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some("agreed".to_owned()), 0.6);
    }
}

/// "Ali and Maduro shook hands", "Ali shook hands with Maduro": a meeting.
fn handshake_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    let other = if view.is(i + 2, "with") {
        right(article, view, i + 2, PERSON_OR_ACTOR).first().filter(|m| m.first <= i + 8).copied().copied()
    } else {
        coordinated_before(article, view, &subject, PERSON_OR_ACTOR).copied()
    };
    if let Some(other) = other
        && other.entity != subject.entity
    {
        emit(article, view, Some(&subject), actor(article, &subject), actor(article, &other), i, RelationKind::Meets, Some("shook hands".to_owned()), 0.7);
    }
}

/// "Switzerland remains outside the EU": a state that is no member.
fn outside_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(&body) = right(article, view, i, &[EntityKind::Organization]).first().filter(|m| m.first <= i + 2) else { return };
    let Some(&state) = left(article, view, i, &[EntityKind::Country]) else { return };
    let (state, body) = (actor(article, &state), body.entity);
    article.relate(view, state, body, RelationKind::MemberOf, None, true, Modality::Asserted, nearest_date(view, i), 0.6);
}

/// Nouns for a state's officials in apposition ("Wang Yi, China's most
/// senior diplomat,").
const STATE_ROLE_NOUNS: &[&str] = &["diplomat", "envoy", "negotiator", "official", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador", "representative", "minister", "chief"];

/// "Linda Thomas-Greenfield of the United States said", "Golam Sarwar of
/// Bangladesh,", "Wang Yi, China's most senior diplomat,": a person written
/// with their state, when nothing else places them.
fn person_of_state_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let found: Vec<(usize, usize, Option<&str>)> = view
        .mentions
        .iter()
        .filter(|m| m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Person) && (view.is(m.last + 1, "of") || view.is_punct(m.last + 1, '(') || view.is_punct(m.last + 1, ',')))
        .filter_map(|m| {
            // "Wang Yi, China's most senior diplomat, said ...": a role
            // noun after a state's possessive, in apposition.
            if view.is_punct(m.last + 1, ',') {
                // "Indra Mani Pandey, a former Indian diplomat,", "Abul
                // Ahsan, a Bangladeshi diplomat.": the demonym's state.
                if view.is_any(m.last + 2, &["a", "an"]) {
                    let mut t = m.last + 3;
                    while view.is_any(t, &["former", "veteran", "career", "senior", "retired", "longtime", "long-time"]) {
                        t += 1;
                    }
                    let state = view.mentions.iter().find(|s| s.first == t && s.first == s.last && s.role == Role::Demonym && entity_kind(article, s) == Some(EntityKind::Country))?;
                    let role = state.last + 1;
                    return (view.is_any(role, &["diplomat", "envoy", "negotiator", "official"]) && (view.is_punct(role + 1, ',') || view.is_punct(role + 1, '.') || view.is_punct(role + 1, ';'))).then_some((m.entity, state.entity, Some("diplomat")));
                }
                let state = view.mentions.iter().find(|s| s.first == m.last + 2 && view.is_possessive(s.last + 1) && entity_kind(article, s) == Some(EntityKind::Country))?;
                let role = (state.last + 2..(state.last + 6).min(view.len())).take_while(|&t| view.word(t).starts_with(char::is_lowercase)).find(|&t| view.is_any(t, STATE_ROLE_NOUNS))?;
                return (view.is_punct(role + 1, ',') || view.is_punct(role + 1, '.')).then_some((m.entity, state.entity, None));
            }
            // "Linda Thomas-Greenfield (United States) called the veto ...":
            // a UN meetings record names each speaker with the state.
            if view.is_punct(m.last + 1, '(') {
                let state = view.mentions.iter().find(|s| s.first == m.last + 2 && entity_kind(article, s) == Some(EntityKind::Country) && view.is_punct(s.last + 1, ')'))?;
                return Some((m.entity, actor(article, state), Some("representative")));
            }
            let at = m.last + 2 + usize::from(view.is(m.last + 2, "the"));
            let state = view.mentions.iter().find(|s| s.first == at && matches!(s.role, Role::Plain | Role::Affiliation) && entity_kind(article, s) == Some(EntityKind::Country))?;
            let after = state.last + 1;
            // ("..., Luis Arce of Bolivia and Cuban President Miguel
            // Díaz-Canel": the last of a list, unless more states follow.)
            let list_end = view.is(after, "and") && !view.mentions.iter().any(|s| s.first == after + 1 + usize::from(view.is(after + 1, "the")) && s.role == Role::Plain && entity_kind(article, s) == Some(EntityKind::Country));
            (view.is_punct(after, ',') || list_end || view.is_any(after, &["said", "says", "told", "added", "warned", "stressed", "noted"])).then_some((m.entity, state.entity, None))
        })
        .collect();
    for (person, state, label) in found {
        // (A diplomat of a state is its official, whatever else they hold.)
        let placed = label != Some("diplomat") && article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == person);
        if !placed {
            if let Some(record) = article.entities.get_mut(person)
                && record.affiliation.is_none()
            {
                record.affiliation = Some(state);
            }
            article.relate(view, person, state, RelationKind::HoldsOffice, label.map(str::to_owned), false, Modality::Asserted, None, 0.5);
        }
    }
}

/// "China's Fu Cong called on ...": a person named right after a state's
/// possessive serves it. "Hasina's Awami League", "Tina Browne, whose
/// Democratic Party ...": a person before a party's name leads it.
fn possessive_holder_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    const PARTY_HEADS: &[&str] = &["Party", "League", "Movement", "Front", "Congress", "Alliance", "Union"];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for owner in view.mentions.iter().filter(|m| m.role == Role::Plain) {
        let whose = view.is_punct(owner.last + 1, ',') && view.is(owner.last + 2, "whose");
        if !view.is_possessive(owner.last + 1) && !whose {
            continue;
        }
        let at = owner.last + if whose { 3 } else { 2 };
        // ("her country's Prime Minister, Mia Mottley,": over a title.)
        let titled = || {
            view.mentions.iter().find(|m| {
                m.first > at + 1
                    && m.first <= at + 6
                    && m.role == Role::Plain
                    && entity_kind(article, m) == Some(EntityKind::Person)
                    && view.is_punct(m.first - 1, ',')
                    && (at..m.first - 1).all(|t| view.is_capitalised(t))
                    && (at..m.first - 1).any(|t| view.is_any(t, &["minister", "president", "premier", "chancellor", "king", "queen", "emir"]))
            })
        };
        let Some(owned) = view.mentions.iter().find(|m| m.first == at && m.role == Role::Plain).or_else(|| (!whose && entity_kind(article, owner) == Some(EntityKind::Country)).then(titled).flatten()) else { continue };
        match (entity_kind(article, owner), entity_kind(article, owned)) {
            (Some(EntityKind::Country), Some(EntityKind::Person)) if !whose => found.push((owned.entity, actor(article, owner))),
            (Some(EntityKind::Person), Some(EntityKind::Organization))
                if article.entities.get(owned.entity).is_some_and(|e| e.name.rsplit(' ').next().is_some_and(|head| PARTY_HEADS.contains(&head))) =>
            {
                found.push((owner.entity, owned.entity));
            }
            _ => {}
        }
    }
    // "Valentine Rugwabiza, Special Representative of the Secretary-General
    // and head of MINUSCA,": a second office in the appositive.
    for person in view.mentions.iter().filter(|m| m.role == Role::Plain && view.is_punct(m.last + 1, ',') && entity_kind(article, m) == Some(EntityKind::Person)) {
        let end = (person.last + 2..(person.last + 16).min(view.len())).find(|&t| view.is_punct(t, ',') || view.is_punct(t, ';')).unwrap_or(view.len());
        let Some(head) = (person.last + 3..end).find(|&t| view.is(t - 1, "and") && view.is_any(t, &["head", "chief", "commander", "leader"]) && view.is(t + 1, "of")) else { continue };
        let at = head + 2 + usize::from(view.is(head + 2, "the"));
        if let Some(body) = view.mentions.iter().find(|m| m.first == at && m.last < end && entity_kind(article, m) == Some(EntityKind::Organization)) {
            found.push((person.entity, body.entity));
        }
    }
    for (person, body) in found {
        let kind = entity_kind_of(article, body);
        let placed = kind == Some(EntityKind::Country) && article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == person);
        if !placed {
            article.relate(view, person, body, RelationKind::HoldsOffice, None, false, Modality::Asserted, None, 0.5);
        }
    }
}

/// "As Allies in NATO and members of the European Union, Germany and
/// Poland bear ...", "As a member of the G20, India ...": the subject after
/// the opening phrase belongs to each organisation named in it.
fn fronted_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    if !view.is(0, "as") {
        return;
    }
    let Some(comma) = (1..view.len().min(25)).find(|&t| view.is_punct(t, ',')) else {
        return;
    };
    if !(1..comma).any(|t| view.is_any(t, &["member", "members", "allies", "ally", "partners", "states", "signatories"])) {
        return;
    }
    let orgs: Vec<usize> = view.mentions.iter().filter(|m| m.last < comma && eligible(article, m, &[EntityKind::Organization])).map(|m| m.entity).collect();
    let mut members: Vec<usize> = near_list(right(article, view, comma, ACTOR), comma + 2)
        .iter()
        .filter(|m| entity_kind(article, m) == Some(EntityKind::Country))
        .map(|m| actor(article, m))
        .collect();
    // "As founding members of X, the two sides agreed ...": the pair's
    // states.
    if members.is_empty()
        && let Some(&(_, noun)) = view.pair_phrases.iter().find(|&&(first, _)| first == comma + 1)
        && let Some((a, b)) = pair_of_phrase(article, view, noun)
    {
        members = [a, b].into_iter().map(|p| article.entities.get(p).filter(|e| e.kind == EntityKind::Person).and_then(|e| e.affiliation).unwrap_or(p)).filter(|&p| entity_kind_of(article, p) == Some(EntityKind::Country)).collect();
    }
    for member in members {
        for &org in &orgs {
            emit(article, view, None, member, org, comma, RelationKind::MemberOf, None, 0.7);
        }
    }
}

/// "In Budapest, Prime Minister Viktor Orbán greeted Xi": a sentence set in
/// a capital has the first person from another country visiting it (the
/// host, serving that country, does not).
fn opening_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    if !view.is(0, "in") {
        return;
    }
    let Some(place) = view.mentions.iter().find(|m| m.first == 1 && view.is_punct(m.last + 1, ',') && entity_kind(article, m) == Some(EntityKind::Place)).copied() else {
        return;
    };
    let Some(country) = article.entities.get(place.entity).and_then(|e| e.affiliation) else {
        return;
    };
    // The host may come first ("In Budapest, Prime Minister Orbán greeted
    // Xi"); a person only named later ("..., a close ally of President
    // Erdogan") is no visitor.
    let visitor = view.mentions.iter().filter(|m| m.first > place.last && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).take(2).find(|m| {
        article.entities.get(m.entity).and_then(|e| e.affiliation).is_some_and(|a| a != country && entity_kind_of(article, a) == Some(EntityKind::Country))
    });
    if let Some(visitor) = visitor.copied() {
        emit(article, view, None, visitor.entity, place.entity, visitor.first, RelationKind::Visits, None, 0.6);
    }
}

fn entity_kind(article: &Article<'_>, mention: &Mention) -> Option<EntityKind> {
    article.entities.get(mention.entity).map(|e| e.kind)
}

fn eligible(article: &Article<'_>, mention: &Mention, kinds: &[EntityKind]) -> bool {
    if matches!(mention.role, Role::Affiliation | Role::Inner) {
        return false;
    }
    let capital_as_country = mention.role == Role::Capital && kinds.contains(&EntityKind::Country);
    capital_as_country || entity_kind(article, mention).is_some_and(|k| kinds.contains(&k))
}

/// Seats that, when they act ("Brussels imposed", "accused Brussels of"),
/// stand for an organisation rather than their country's government: seat,
/// organisation. Taken only when the article names the organisation.
const SEATS: &[(&str, &str)] = &[("Brussels", "European Union")];

/// The entity a mention stands for as an actor: a capital stands for its
/// country's government (a seat for its organisation).
fn actor(article: &Article<'_>, mention: &Mention) -> usize {
    if mention.role == Role::Capital
        && let Some(place) = article.entities.get(mention.entity)
        && let Some(&(_, organisation)) = SEATS.iter().find(|(seat, _)| *seat == place.name)
        && let Some(index) = article.entities.iter().position(|e| e.name == organisation)
    {
        return index;
    }
    if mention.role == Role::Capital
        && let Some(country) = article.entities.get(mention.entity).and_then(|e| e.affiliation)
    {
        return country;
    }
    mention.entity
}

/// The nearest eligible mention ending before token `i` (within 20 tokens).
/// A body inside a person's appositive ("Zhao Leji, chairman of the
/// Standing Committee, met ...") gives way to the person.
fn left<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    if let Some(said) = said_pronoun(view, i) {
        return left(article, view, said, kinds);
    }
    // ("West African leaders lifted sanctions on Guinea ..., but warned
    // the juntas": after ", but" the sentence's subject, or none; never
    // the first verb's object.)
    if i >= 2 && view.is(i - 1, "but") && view.is_punct(i - 2, ',') {
        let opening = after_dateline(view, 12);
        return view.mentions.iter().filter(|m| m.first >= opening && m.first <= opening + 1 && m.role == Role::Plain && eligible(article, m, kinds)).min_by_key(|m| m.first);
    }
    let found = relative_clause_head(article, view, i, kinds)
        .or_else(|| appositive_head(article, view, i, kinds))
        .or_else(|| clause_subject_of_shared_verb(article, view, i, kinds))
        .or_else(|| nearest_left(article, view, i, kinds))
        .or_else(|| sentence_subject_of_conjoined_verb(article, view, i, kinds))?;
    // "the Council maintained the ceiling, including the Force
    // Intervention Brigade, and demanded ...": a mention inside an
    // "including" aside is no subject of a verb after it.
    // (Nor one inside ", unlike the three Sahel states," or ", like
    // Zambia,".)
    if let Some(including) = (found.first.saturating_sub(3)..found.first).rev().find(|&t| view.is_any(t, &["including", "unlike", "besides", "like"]) && t >= 1 && view.is_punct(t - 1, ','))
        && (found.last + 1..i).any(|t| view.is_punct(t, ','))
        && (including + 1..found.first).all(|t| view.is_any(t, &["the", "a", "an", "its", "their"]))
    {
        return left(article, view, including - 1, kinds);
    }
    // "the Council of the League of Arab States, meeting at the
    // ministerial level in Cairo in March, had demanded ...": a mention
    // inside a participle's aside is no subject of a verb after it.
    if let Some(open) = (found.first.saturating_sub(8)..found.first).rev().find(|&t| view.is_punct(t, ','))
        && view.word(open + 1).ends_with("ing")
        && !view.is_capitalised(open + 1)
        && open + 1 < found.first
        && let Some(close) = (found.last + 1..i).find(|&t| view.is_punct(t, ','))
        && !(close + 1..i).any(|t| view.is_punct(t, ','))
        && let Some(before) = view.mentions.iter().filter(|m| m.last + 1 == open && eligible(article, m, kinds)).max_by_key(|m| m.last)
    {
        return Some(before);
    }
    // "flew to Honiara, where he opened": a pronoun between the candidate
    // and the verb is the subject; it stands for a person named before.
    if entity_kind(article, found) != Some(EntityKind::Person)
        && let Some(pronoun) = (found.last + 1..i).rev().find(|&t| view.is_any(t, &["he", "she"]) && !view.mentions.iter().any(|m| m.first == t))
        && (found.last + 1..pronoun).any(|t| view.is_punct(t, ',') || view.is_any(t, &["where", "when", "and", "after", "before"]))
    {
        return view.mentions.iter().filter(|m| m.last < pronoun && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && kinds.contains(&EntityKind::Person)).max_by_key(|m| m.last);
    }
    // "After the Russian invasion of Ukraine, the other seven member states
    // announced ...": a state inside the fronted phrase is no subject of a
    // verb after its comma.
    if view.is_any(0, &["after", "following", "since", "despite", "amid", "before"])
        && let Some(comma) = (1..i).find(|&t| view.is_punct(t, ','))
        && found.last < comma
    {
        return None;
    }
    if view.is_punct(found.last + 1, ',')
        && let Some(owner) = appositive_owner(article, view, found, kinds)
    {
        return Some(owner);
    }
    // "Russia's embassy in Managua condemned": the state the embassy is
    // of, not its host.
    if let Some(in_at) = found.first.checked_sub(1 + usize::from(found.first >= 2 && view.is(found.first - 1, "the")))
        && view.is(in_at, "in")
        && in_at >= 1
        && view.is_any(in_at - 1, &["embassy", "consulate", "mission", "delegation"])
        // ("The U.S. Embassy in Phnom Penh": the state qualifying it.)
        && let Some(owner) = view.mentions.iter().filter(|m| m.last < in_at - 1 && in_at - 1 - m.last <= 2 && (eligible(article, m, kinds) || matches!(m.role, Role::Affiliation | Role::Inner) && entity_kind(article, m) == Some(EntityKind::Country))).max_by_key(|m| m.last)
    {
        return Some(owner);
    }
    // "The secretariat in Gaborone will open ...": a capital after "in" is
    // where the subject before it sits, not the government acting.
    if found.role == Role::Capital
        && found.first >= 2
        && view.is(found.first - 1, "in")
        && let Some(owner) = view.mentions.iter().find(|m| m.last + 2 == found.first && m.role == Role::Plain && eligible(article, m, kinds) && entity_kind(article, m) == Some(EntityKind::Organization))
    {
        return Some(owner);
    }
    // "Secretary of State Marco Rubio of the United States met": the person
    // written with the state.
    if kinds.contains(&EntityKind::Person)
        && entity_kind(article, found) == Some(EntityKind::Country)
        && let Some(of_at) = found.first.checked_sub(1 + usize::from(found.first >= 2 && view.is(found.first - 1, "the")))
        && view.is(of_at, "of")
        && let Some(person) = view.mentions.iter().find(|m| m.last + 1 == of_at && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]))
    {
        return Some(person);
    }
    Some(found)
}

/// "On a visit to Cairo, Blinken met ...", "During talks in Ankara with
/// Erdogan, Zelenskyy ...": a trigger in a fronted phrase has the subject
/// named right after the phrase's comma. (Unlike [`left`], the mention is
/// after `i`; callers take it only when nothing stands before.)
fn fronted_phrase_subject<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    if !view.is_any(0, &["on", "during", "in", "at", "after", "before", "while", "following", "ahead"]) {
        return None;
    }
    let comma = (1..view.len().min(i + 12)).find(|&t| view.is_punct(t, ','))?;
    if comma < i {
        return None;
    }
    view.mentions.iter().filter(|m| m.first > comma && m.first <= comma + 4 && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, kinds)).min_by_key(|m| m.first)
}

/// "The United States said it supported ...", "X added that they would
/// ...": the speech verb whose subject the pronoun before `i` repeats.
fn said_pronoun(view: &SentenceView<'_>, i: usize) -> Option<usize> {
    let mut t = i.checked_sub(1)?;
    while t > 0 && (view.is_any(t, &["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "also", "not", "still"]) || view.lower(t).ends_with("ly")) {
        t -= 1;
    }
    // ("said he is expected to travel": a person's plan, however long
    // the title that names them.)
    let mut planned = t;
    if view.is(planned, "to") && planned >= 2 {
        planned -= 1;
        if view.is_any(planned, &["expected", "due", "scheduled", "set", "planning", "going"]) && view.is_any(planned - 1, &["is", "was", "are", "were"]) {
            planned -= 2;
        } else if view.is_any(planned, &["plans", "planned", "hopes", "hoped", "intends", "intended"]) {
            planned -= 1;
        } else {
            planned = t;
        }
        if planned != t && view.is_any(planned, &["he", "she"]) {
            t = planned;
        }
    }
    if !view.is_any(t, &["it", "they", "he", "she"]) || t == 0 {
        return None;
    }
    // (He or she only with a plan: "said he met" keeps its own reading.)
    if view.is_any(t, &["he", "she"]) && t == i.saturating_sub(1) {
        return None;
    }
    let said = if view.is(t - 1, "that") { t.checked_sub(2)? } else { t - 1 };
    view.is_any(said, &["said", "says", "added", "stated", "announced", "declared", "insisted", "stressed"]).then_some(said)
}

/// "Von der Leyen met Xi separately and warned ...", "Norway is not a
/// member of the EU but belongs to ...": a verb right after "and" or "but"
/// shares the subject that opens the clause (after a fronted phrase's
/// comma), not the object of the verb before it.
fn clause_subject_of_shared_verb<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    let mut t = i.checked_sub(1)?;
    while t > 0 && (view.is_any(t, &["also", "then", "later", "separately", "jointly", "further"]) || view.lower(t).ends_with("ly")) {
        t -= 1;
    }
    if !view.is_any(t, &["and", "but"]) {
        return None;
    }
    let start = if view.is_any(0, &["on", "in", "at", "after", "during", "following", "later", "earlier"]) {
        (1..t.min(14)).find(|&k| view.is_punct(k, ',')).map_or(0, |comma| comma + 1)
    } else {
        0
    };
    // ("Von der Leyen": a surname with its particles; "The Kremlin".)
    let opens_clause = |m: &&Mention| m.first >= start && m.first <= start + 3 && (start..m.first).all(|k| view.word(k).starts_with(char::is_uppercase) || view.is_any(k, &["the", "der", "von", "van", "de", "del", "al", "bin"]));
    let mut subject = view.mentions.iter().filter(|m| opens_clause(m) && m.role == Role::Plain && eligible(article, m, kinds)).min_by_key(|m| m.first)?;
    // "Obama's successor, Donald Trump, withdrew ... and visited": the
    // person in apposition to the possessive phrase, not its owner.
    if view.is_possessive(subject.last + 1) {
        let comma = (subject.last + 2..(subject.last + 6).min(view.len())).find(|&k| view.is_punct(k, ','))?;
        subject = view.mentions.iter().find(|m| m.first == comma + 1 && m.role == Role::Plain && eligible(article, m, kinds))?;
    }
    // "Azerbaijan, Georgia and Uzbekistan declined ... and left": the
    // list's last item, from which callers gather the rest.
    while let Some(next) = view.mentions.iter().find(|m| {
        let gap = m.first.saturating_sub(subject.last + 1);
        m.first > subject.last && gap <= 2 && (subject.last + 1..m.first).all(|k| view.is_punct(k, ',') || view.is(k, "and")) && gap >= 1 && eligible(article, m, kinds)
    }) {
        subject = next;
    }
    // Only when another party stands between the subject and the "and"
    // (otherwise the nearest mention is the subject anyway), and no comma
    // closes a clause of its own on the way.
    let between = view.mentions.iter().any(|m| m.first > subject.last && m.last < t && eligible(article, m, kinds));
    (between && !(subject.last + 1..t).any(|k| view.is_punct(k, ';'))).then_some(subject)
}

/// "He said the country's first elections, scheduled for December, could
/// not be credible ..., and urged X": a verb after ", and" far from any
/// candidate has the sentence's opening subject.
fn sentence_subject_of_conjoined_verb<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    let mut t = i.checked_sub(1)?;
    while t > 0 && (view.is_any(t, &["also", "then", "later", "further"]) || view.lower(t).ends_with("ly")) {
        t -= 1;
    }
    if !(view.is(t, "and") && t >= 1 && view.is_punct(t - 1, ',')) {
        return None;
    }
    view.mentions.iter().filter(|m| m.first <= 1 && m.role == Role::Plain && eligible(article, m, kinds)).min_by_key(|m| m.first)
}

/// The person (or state) whose appositive `m` closes: "PERSON, title words
/// of (the) M,", "Indonesia, the largest member of ASEAN,".
fn appositive_owner<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, m: &Mention, kinds: &[EntityKind]) -> Option<&'v Mention> {
    // "chairman of the National People's Congress Standing Committee,":
    // a body named after its parent body.
    let m = view.mentions.iter().find(|x| m.first >= 1 && x.last + 1 == m.first && entity_kind(article, x) == Some(EntityKind::Organization)).unwrap_or(m);
    let mut t = m.first.checked_sub(1)?;
    if view.is(t, "the") {
        t = t.checked_sub(1)?;
    }
    // ("Hezbollah, Iran's ally in Lebanon,": a possessive appositive
    // placed with "in".)
    if !view.is_any(t, &["of", "for", "in"]) {
        return None;
    }
    let in_place = view.is(t, "in");
    let mut words = 0;
    while t > 0 && words < 10 {
        t -= 1;
        if view.is_punct(t, ',') {
            // A state's appositive opens with "the" or "a" ("Indonesia, the
            // largest member of ASEAN,"); a group's with a possessive.
            let possessive_opening = view.mentions.iter().any(|x| x.first == t + 1 && view.is_possessive(x.last + 1));
            if in_place && !possessive_opening {
                return None;
            }
            let owner_kinds: &[EntityKind] = if possessive_opening {
                &[EntityKind::Person, EntityKind::Country, EntityKind::Organization]
            } else if view.is_any(t + 1, &["the", "a", "an"]) {
                &[EntityKind::Person, EntityKind::Country]
            } else {
                &[EntityKind::Person]
            };
            let owner_kinds: Vec<EntityKind> = owner_kinds.iter().copied().filter(|k| kinds.contains(k)).collect();
            return view.mentions.iter().find(|p| p.last + 1 == t && p.role == Role::Plain && eligible(article, p, &owner_kinds));
        }
        // Bodies may chain ("chairman of the Standing Committee of the
        // National People's Congress"); another person or state may not.
        if view.mentions.iter().any(|x| x.first <= t && t <= x.last && x.role != Role::Affiliation && entity_kind(article, x) != Some(EntityKind::Organization) && !view.is_possessive(x.last + 1)) {
            return None;
        }
        words += 1;
    }
    None
}

fn nearest_left<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    // (A treaty never acts: "described the raid as a violation of the
    // Vienna Convention and called on Quito" is the bloc's call.)
    let treaty = |m: &Mention| article.entities.get(m.entity).is_some_and(|e| e.org_type == OrgType::Treaty);
    view.mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 20 && eligible(article, m, kinds) && !treaty(m))
        .max_by_key(|m| (m.last, std::cmp::Reverse(m.first)))
}

/// "Turkey, a NATO member, criticised Sweden": the mention before an
/// apposition that closes right before the verb (an adverb may stand
/// between) is the subject, not a name inside the apposition.
fn appositive_head<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    let close = (i.saturating_sub(7)..i).rev().find(|&t| view.is_punct(t, ','))?;
    // ("Serbia, a candidate for EU membership since 2012, has no plans to
    // join NATO": the apposition's head is the subject of the verb phrase
    // after it, when the verb comes straight after the comma.)
    let adverbs = |t: usize| view.word(t).ends_with("ly") || view.is_any(t, &["also", "then", "now", "later"]);
    let verb_phrase = view.is_any(close + 1, &["has", "have", "had", "is", "was", "will", "would", "does", "did", "says", "said"])
        && (close + 1..i).all(|t| view.word(t).chars().all(char::is_lowercase))
        && !view.mentions.iter().any(|m| m.first > close && m.last < i);
    let after_adverbs = (close + 1..i).all(adverbs) && close + 4 >= i;
    if !(after_adverbs || verb_phrase) {
        return None;
    }
    let open = (close.saturating_sub(12)..close).rev().find(|&t| view.is_punct(t, ','))?;
    if !view.is_any(open + 1, &["a", "an", "the", "its", "one"]) || (open + 1..close).any(|t| view.is_punct(t, ',')) {
        return None;
    }
    // (Not the last items of a list: "Japan, the United States and the
    // ROK, will cooperate".)
    if !after_adverbs && !view.is_any(open + 1, &["a", "an", "one"]) && view.is_capitalised(open + 2) {
        return None;
    }
    view.mentions.iter().filter(|m| m.last + 1 == open && eligible(article, m, kinds)).max_by_key(|m| m.last - m.first)
}

/// "Laos, which holds the chair of ASEAN, hosted ...", "his country, which
/// has also applied to join NATO": the mention a relative clause hangs on
/// is the subject of a verb after the clause, and of one inside it when no
/// other candidate stands between.
fn relative_clause_head<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<&'v Mention> {
    // ("South Africa, where De Beers runs a mine, was not represented": a
    // "where" clause too, when it is closed.)
    let which = (i.saturating_sub(40)..i).rev().find(|&t| view.is_any(t, &["which", "who", "whose", "where"]) && t >= 2 && view.is_punct(t - 1, ','))?;
    let head = view.mentions.iter().filter(|m| m.last + 2 == which && eligible(article, m, kinds)).max_by_key(|m| m.last - m.first)?;
    let closed = (which + 1..i).any(|t| view.is_punct(t, ','));
    if view.is(which, "where") && !closed {
        return None;
    }
    if closed {
        // Only when the clause is closed right before the verb's own words
        // (no other candidate after the closing comma).
        let close = (which + 1..i).rev().find(|&t| view.is_punct(t, ','))?;
        let after_close = view.mentions.iter().any(|m| m.first > close && m.last < i && eligible(article, m, kinds));
        return (!after_close).then_some(head);
    }
    // A possessive ("as ASEAN's 11th member") modifies; it is no subject.
    let inside = view.mentions.iter().any(|m| m.first > which && m.last < i && eligible(article, m, kinds) && !view.is_possessive(m.last + 1));
    (!inside).then_some(head)
}

/// Whether the words between `i` and `name` are a long title written out,
/// closed by a comma ("with the Deputy Prime Minister and Minister of
/// Foreign Affairs of the Socialist Republic of Viet Nam, Bui Thanh Son").
fn long_title_between(view: &SentenceView<'_>, i: usize, name: usize) -> bool {
    // ("..., Mr. Antonio Tajani": an honorific before the name.)
    let name = if name >= 3 && view.is_punct(name - 1, '.') && view.is_any(name - 2, &["mr", "ms", "mrs", "dr"]) {
        name - 2
    } else if name >= 2 && view.is_any(name - 1, &["mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr."]) {
        name - 1
    } else {
        name
    };
    view.is_punct(name - 1, ',')
        && (i + 1..name - 1).all(|t| view.is_capitalised(t) || view.is_any(t, &["of", "the", "and", "for"]))
        && (i + 1..name - 1).any(|t| view.is_any(t, &["minister", "president", "secretary", "chancellor", "premier", "ambassador"]))
}

/// The nearest eligible mention starting after token `i` (within 12 tokens,
/// or over a long title), and the mentions coordinated with it.
fn right<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Vec<&'v Mention> {
    let Some(first) = view
        .mentions
        .iter()
        .filter(|m| m.first > i && (m.first - i <= 12 || m.first - i <= 24 && long_title_between(view, i, m.first)) && eligible(article, m, kinds))
        .min_by_key(|m| (m.first, std::cmp::Reverse(m.last)))
    else {
        return Vec::new();
    };
    // "the Russian-led Eurasian Economic Union": the body, not its leader.
    let first = if view.is_punct(first.last + 1, '-') && view.word(first.last + 2).starts_with(char::is_lowercase) {
        view.mentions.iter().find(|m| m.first == first.last + 3 && eligible(article, m, kinds)).unwrap_or(first)
    } else {
        first
    };
    let first = owned_body(article, view, first, kinds);
    let mut list = vec![first];
    // "the three countries": every member stands on the same words.
    list.extend(view.mentions.iter().filter(|m| m.first == first.first && m.last == first.last && m.entity != first.entity && eligible(article, m, kinds)));
    let mut end = state_after_person(article, view, first).unwrap_or(first.last);
    loop {
        // "Mali in 2021, Guinea in 2021 and Niger in 2023": a date written
        // with each item.
        if view.is_any(end + 1, &["in", "on"])
            && let Some(date) = view.dates.iter().find(|d| d.first_token == end + 2 || d.first_token == end + 1)
            && (view.is_punct(date.last_token + 1, ',') || view.is(date.last_token + 1, "and"))
        {
            end = date.last_token;
        }
        // ("between the SCO secretariat and UNODC": the body's own organ
        // in lower case stands for it.)
        if view.is_any(end + 1, &["secretariat", "leadership", "authorities", "government"]) {
            end += 1;
        }
        // Skip a parenthesis "(Austria)" or "(NATO)".
        let mut j = end + 1;
        if view.is_punct(j, '(') {
            let mut k = j;
            while k < view.len() && !view.is_punct(k, ')') && k < j + 8 {
                k += 1;
            }
            j = k + 1;
        }
        let mut saw_joiner = false;
        let clause_joiner = view.is_punct(j, ',') && view.is(j + 1, "and");
        // ("meetings with A, with B, and with C": the preposition again.)
        // ("as well as" joins; ", as Ankara seeks ..." opens a clause.)
        let as_well_as = |t: usize| view.is(t, "as") && (view.is(t + 1, "well") || view.is(t.wrapping_sub(1), "well")) || view.is(t, "well") && view.is(t + 1, "as");
        while view.is_punct(j, ',') || view.is_any(j, &["and", "or", "the"]) || as_well_as(j) || view.is(i, "with") && view.is(j, "with") {
            saw_joiner = true;
            j += 1;
        }
        if !saw_joiner {
            break;
        }
        // "Beijing and the northern city of Harbin": a place noun before
        // the next item.
        if let Some(of) = (j..=j + 2).find(|&t| view.is(t, "of") && view.is_any(t - 1, &["city", "town", "port", "province", "region", "island"])).filter(|&of| (j..of - 1).all(|t| view.word(t).ends_with("ern") || view.is_any(t, &["coastal", "southern", "northern", "border", "capital", "industrial", "historic", "ancient"])))
        {
            j = of + 1;
        }
        // The next item may carry a title first ("and Japanese Prime
        // Minister Fumio Kishida"): skip capitalised words up to it.
        let Some(next) = view
            .mentions
            .iter()
            // ("and the United Nations": a name may own its "the".)
            .filter(|m| (m.first >= j || m.first + 1 == j && view.is(m.first, "the")) && m.first <= j + 7 && eligible(article, m, kinds))
            .filter(|m| {
                m.first <= j + 4 && (j..m.first).all(|t| view.is_capitalised(t) || view.is_punct(t, '-') || view.is_possessive(t) || view.is_any(t, &["of", "for", "his", "her", "their", "counterpart"]))
                    // ("and the Turkish Cypriot leader, Tufan Erhürman": a
                    // title in lower case, then the name after a comma.)
                    // ("and the United States Special Envoy, Steve Witkoff":
                    // the same in capitals.)
                    || m.first >= j + 2
                        && view.is_punct(m.first - 1, ',')
                        && view.is_any(m.first - 2, &["leader", "president", "premier", "counterpart", "envoy", "negotiator", "minister", "chief", "head", "representative", "secretary"])
                        && (j..m.first - 2).all(|t| view.is_capitalised(t))
                        && entity_kind(article, m) == Some(EntityKind::Person)
            })
            .min_by_key(|m| m.first)
        else {
            break;
        };
        // "with National Assembly Chairwoman Nguyen Thi Kim Ngan": the body
        // qualifies the title of the person after it.
        let next = view
            .mentions
            .iter()
            .find(|m| m.first > next.last + 1 && m.first <= next.last + 4 && entity_kind(article, m) == Some(EntityKind::Person) && eligible(article, m, kinds) && (next.last + 1..m.first).all(|t| view.is_capitalised(t)))
            .filter(|_| matches!(entity_kind(article, next), Some(EntityKind::Organization | EntityKind::Country)))
            .unwrap_or(next);
        // ("and Cyprus-registered Anchorline Investments": the body after
        // a place compound, as for the first item.)
        let next = if view.is_punct(next.last + 1, '-') && view.word(next.last + 2).starts_with(char::is_lowercase) {
            view.mentions.iter().find(|m| m.first == next.last + 3 && eligible(article, m, kinds)).unwrap_or(next)
        } else {
            next
        };
        let next = owned_body(article, view, next, kinds);
        // ("A (YLB), the Bolivian state lithium company, and B": a comma
        // opens a description of the item, not another item.)
        if next.role == Role::Demonym
            && !(end + 1..next.first).any(|t| view.is(t, "and"))
            && view.word(next.last + 1).starts_with(char::is_lowercase)
            && !view.is_any(next.last + 1, &["and", "or"])
            && let Some(close) = (next.last + 2..(next.last + 6).min(view.len())).find(|&t| view.is_punct(t, ','))
        {
            end = close - 1;
            continue;
        }
        // "..., the Kremlin said": the subject of a new clause; so is the
        // second of two items joined by ", and" before a verb ("with Y, and
        // Pistorius met Z"), unlike the end of a list ("Poland, Estonia and
        // Latvia called for").
        if view.is_any(next.last + 1, &["said", "says", "told", "announced", "added", "reported", "stated"])
            || clause_joiner && list.len() == 1 && view.is_any(next.last + 1, &["met", "held", "signed", "visited", "spoke", "called", "discussed", "urged", "condemned", "welcomed", "agreed", "will", "would", "has", "have", "had"])
        {
            break;
        }
        list.push(next);
        end = state_after_person(article, view, next).unwrap_or(next.last);
    }
    list
}

/// "Jordan's National Electric Power Company", "Ukraine's Volodymyr
/// Zelenskiy" as a list item: the body or the person, not the state.
fn owned_body<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, item: &'v Mention, kinds: &[EntityKind]) -> &'v Mention {
    if !view.is_possessive(item.last + 1) {
        return item;
    }
    view.mentions
        .iter()
        .find(|m| m.first == item.last + 2 && eligible(article, m, kinds) && matches!(entity_kind(article, m), Some(EntityKind::Organization | EntityKind::Person)))
        .unwrap_or(item)
}

/// "President William Ruto of Kenya": the end of the state written after a
/// person, which belongs to the person's item in a list.
fn state_after_person(article: &Article<'_>, view: &SentenceView<'_>, person: &Mention) -> Option<usize> {
    if entity_kind(article, person) != Some(EntityKind::Person) || !view.is(person.last + 1, "of") {
        return None;
    }
    let at = person.last + 2 + usize::from(view.is(person.last + 2, "the"));
    view.mentions.iter().find(|m| m.first == at && entity_kind(article, m) == Some(EntityKind::Country)).map(|m| m.last)
}

/// The subject mention and those coordinated before it ("Brazilian
/// President Lula, Chinese President Xi and Indian Prime Minister Modi
/// attended"): each earlier item is reached over "," / "and" and the title
/// words (capitalised, or an affiliation) in front of the later item.
fn left_list<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, subject: &'v Mention, kinds: &[EntityKind]) -> Vec<&'v Mention> {
    let mut list = vec![subject];
    // "The Ministers", "the three countries": every member stands on the
    // same words.
    list.extend(view.mentions.iter().filter(|m| m.first == subject.first && m.last == subject.last && m.entity != subject.entity && eligible(article, m, kinds)));
    if list.len() > 1 {
        return list;
    }
    let mut current = subject;
    while list.len() < 12 {
        let mut j = current.first;
        // Title words and affiliations in front of the current item.
        let mut skipped = 0;
        while j > 0 && skipped < 5 {
            let prev = j - 1;
            let in_affiliation = view.mentions.iter().any(|m| m.role == Role::Affiliation && m.first <= prev && prev <= m.last);
            let free_capital = view.is_capitalised(prev) && !view.mentions.iter().any(|m| m.role != Role::Affiliation && m.first <= prev && prev <= m.last);
            // ("Secretary of State Marco Rubio": "of" inside the title.)
            let title_of = view.is_any(prev, &["of", "for"]) && prev >= 1 && view.is_capitalised(prev - 1) && !view.mentions.iter().any(|m| m.first < prev && prev - 1 <= m.last && m.role != Role::Affiliation);
            // ("Homeland Security Advisor Dr. Elizabeth Sherwood-Randall".)
            let honorific = view.is_punct(prev, '.') && prev >= 1 && view.is_any(prev - 1, &["dr", "mr", "ms", "mrs", "gen", "lt", "col", "prof"]);
            if in_affiliation || free_capital || title_of || honorific || view.is_possessive(prev) {
                j = prev;
                skipped += 1;
            } else {
                break;
            }
        }
        // "Olaf Scholz and the Prime Minister of the Republic of Poland,
        // Donald Tusk": a title written before the item as an appositive.
        if j >= 2 && view.is_punct(j - 1, ',') {
            let mut k = j - 1;
            while k > 0 && j - k < 12 && (view.is_capitalised(k - 1) || view.is_any(k - 1, &["of", "the"])) {
                k -= 1;
            }
            // (", the President of South Africa, Cyril Ramaphosa, and":
            // the same after a comma in a longer list.)
            if j - k >= 3 && view.is(k, "the") && view.is_capitalised(k + 1) && k >= 1 && (view.is(k - 1, "and") || view.is_punct(k - 1, ',') && !view.mentions.iter().any(|m| m.first <= k + 1 && k < m.last)) {
                j = k;
            }
        }
        // "Kurt Campbell, the White House Indo-Pacific coordinator, and
        // Daniel Kritenbrink": past the earlier item's appositive.
        if j >= 3
            && view.is(j - 1, "and")
            && view.is_punct(j - 2, ',')
            && entity_kind(article, current) == Some(EntityKind::Person)
            && let Some(open) = (j.saturating_sub(16)..j - 2).rev().find(|&t| view.is_punct(t, ','))
            && view.is_any(open + 1, &["the", "a", "an"])
            && !(open + 1..j - 2).any(|t| view.is(t, "and") && view.is_capitalised(t + 1) || view.mentions.iter().any(|m| m.first == t && entity_kind(article, m) == Some(EntityKind::Person)))
            && view.mentions.iter().any(|m| m.last + 1 == open && entity_kind(article, m) == Some(EntityKind::Person))
        {
            j = open + 1;
        }
        // ("Saudi Arabia, the UAE and Bahrain, together with Egypt, cut
        // ties": the list goes on before "together with".)
        if j >= 3 && view.is(j - 1, "with") && view.is_any(j - 2, &["together", "along"]) && view.is_punct(j - 3, ',') {
            j -= 2;
        }
        let mut saw_joiner = false;
        while j > 0 && (view.is_punct(j - 1, ',') || view.is_any(j - 1, &["and", "the"])) {
            saw_joiner |= !view.is(j - 1, "the");
            j -= 1;
        }
        if !saw_joiner || j == 0 {
            break;
        }
        // ("The Economic Community of West African States (ECOWAS) and
        // ...": past the earlier item's acronym.)
        if j >= 3 && view.is_punct(j - 1, ')') && view.is_punct(j - 3, '(') && view.mentions.iter().any(|m| m.last + 4 == j) {
            j -= 3;
        }
        // "Donald Tusk of Poland, Petr Fiala of ...": the person before the
        // state they are written with.
        let of_state = view
            .mentions
            .iter()
            .find(|m| m.last + 1 == j && entity_kind(article, m) == Some(EntityKind::Country))
            .and_then(|state| (1..=2).map(|k| state.first.saturating_sub(k)).find(|&t| view.is(t, "of") && (t + 1..state.first).all(|u| view.is(u, "the"))))
            .and_then(|of_at| view.mentions.iter().find(|m| m.last + 1 == of_at && entity_kind(article, m) == Some(EntityKind::Person) && eligible(article, m, kinds)));
        let Some(previous) = of_state.or_else(|| view.mentions.iter().filter(|m| m.last + 1 == j && eligible(article, m, kinds)).max_by_key(|m| m.last - m.first)) else {
            break;
        };
        // "Japan hosted the 2022 summit in Tokyo, and India ...": a place
        // after a preposition ends another clause, not a list.
        if governed_by_preposition(view, previous) && view.is_punct(j, ',') && view.is(j + 1, "and") {
            break;
        }
        // "In Kyiv, President Zelenskiy congratulated": a fronted phrase.
        if governed_by_preposition(view, previous) && previous.first <= 2 && view.is_punct(j, ',') && !view.is(j + 1, "and") {
            break;
        }
        list.push(previous);
        current = previous;
    }
    list
}

/// A list found by [`right`], kept only when its first item starts by
/// token `limit`.
fn near_list(list: Vec<&Mention>, limit: usize) -> Vec<&Mention> {
    if list.first().is_some_and(|m| m.first <= limit) { list } else { Vec::new() }
}

/// "A and B" ending at mention `m`: the mention before "and", if any.
fn coordinated_before<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, m: &Mention, kinds: &[EntityKind]) -> Option<&'v Mention> {
    let mut and = m.first.checked_sub(1)?;
    // "A and Viet Nam's Ministry of Industry": over the owner.
    if view.is_possessive(and)
        && let Some(owner) = view.mentions.iter().find(|x| x.last + 1 == and)
    {
        and = owner.first.checked_sub(1)?;
    }
    // ("..., the Rt Hon Christopher Luxon": over the style before B.)
    while and > 0 && (view.is_any(and, &["hon", "honourable", "rt", "right", "excellency"]) || view.is_punct(and, '.') || view.is_any(and, &["the", "his", "her"]) && view.is_any(and + 1, &["hon", "honourable", "rt", "right", "excellency"])) {
        and -= 1;
    }
    // "A and the Prime Minister of Poland, B, met": over the appositive
    // title before B.
    if view.is_punct(and, ',') {
        let mut k = and.checked_sub(1)?;
        let mut steps = 0;
        while k > 0 && steps < 10 && (view.is_capitalised(k) || view.is_any(k, &["of", "the", "for"]) || view.is_punct(k, '-')) {
            k -= 1;
            steps += 1;
        }
        if steps >= 2 && view.is(k, "and") {
            and = k;
        }
    }
    // "A and Algerian President B": over the title written before B.
    if view.is_capitalised(and) {
        let mut k = and;
        while k > 0 && and - k < 4 && view.is_capitalised(k) {
            k -= 1;
        }
        if view.is(k, "and") {
            and = k;
        }
    }
    let and = if view.is(and, "the") { and.checked_sub(1)? } else { and };
    if !view.is(and, "and") {
        return None;
    }
    // ("the Hon Anthony Albanese MP, and": past a post-nominal.)
    // ("the Estonian Centre for Defence Investments (ECDI) and": past the
    // acronym in parentheses.)
    let acronym = |x: &Mention| and >= 3 && x.last + 4 == and && view.is_punct(x.last + 1, '(') && view.is_punct(and - 1, ')');
    view.mentions
        .iter()
        .filter(|x| x.last < and && (and - x.last <= 2 || and - x.last == 3 && view.is_any(x.last + 1, &["mp", "mep"]) && view.is_punct(x.last + 2, ',') || acronym(x)) && eligible(article, x, kinds))
        .max_by_key(|x| x.last)
}

/// Negation cue between `from` and `to` (exclusive).
fn negated(view: &SentenceView<'_>, from: usize, to: usize) -> bool {
    // "would not hesitate to act", "not only ... but": no denial.
    let cancelled = |t: usize| view.is_any(t + 1, &["hesitate", "only", "least", "rule"]) || view.is(t, "no") && view.is_any(t + 1, &["doubt", "longer"]);
    // "ruled out joining" denies; "ruled by military juntas" does not.
    let cue = |t: usize| may_be_negation_cue(view.lower(t)) && if view.is(t, "ruled") { view.is(t + 1, "out") } else { is_negation_cue(view.lower(t)) || view.lower(t).ends_with("n't") };
    // ("Russia, which does not recognise Schmidt, criticised the move": a
    // relative clause closed before the trigger denies nothing of it.)
    let mut t = from;
    while t < to {
        if view.is_punct(t, ',')
            && view.is_any(t + 1, &["which", "who", "whose"])
            && let Some(close) = (t + 2..to).find(|&k| view.is_punct(k, ','))
        {
            t = close + 1;
            continue;
        }
        if cue(t) && !cancelled(t) {
            return true;
        }
        t += 1;
    }
    false
}

/// Modality from cue words between `from` and the trigger `to`; the cue
/// nearest the trigger wins.
fn modality(view: &SentenceView<'_>, from: usize, to: usize) -> Modality {
    for t in (from..to).rev() {
        let m = match view.lower(t) {
            "plan" | "plans" | "planned" | "planning" | "will" | "intend" | "intends" | "intention" | "intended" | "arranging" | "aims" | "aim" | "scheduled" | "preparing" | "prepares" | "seeks" | "seek" | "wants" | "going" | "pledged" | "vowed" | "'ll" => Modality::Planned,
            // "looked forward to welcoming him".
            "forward" if t >= 1 && view.is_any(t - 1, &["look", "looks", "looked", "looking"]) => Modality::Planned,
            // ("is set to visit", "set for June"; "was set up in 2019" is done.)
            "set" if view.is_any(t + 1, &["to", "for"]) => Modality::Expected,
            // ("is due to travel to Mogadishu", "due in Riga on Monday".)
            "due" if view.is_any(t + 1, &["to", "in", "at"]) && t >= 1 && view.is_any(t - 1, &["is", "are", "was", "were"]) => Modality::Planned,
            // ("in May" is a month.)
            "may" if view.is_capitalised(t) && t > 0 => continue,
            "expected" | "likely" | "poised" | "may" | "might" | "could" | "would" | "expect" | "expects" => Modality::Expected,
            "exploring" | "considering" | "weighing" | "mulling" if view.is_any(t + 1, &["whether", "joining", "a", "an", "options"]) => Modality::Proposed,
            "proposed" | "proposal" | "propose" | "proposes" | "suggested" | "offered" | "invited" | "invitation" | "applied" | "apply" | "applies" | "applying" | "application" | "applications" | "bid" | "candidate" | "candidacy" => Modality::Proposed,
            "reportedly" | "reported" | "allegedly" | "rumoured" | "rumored" => Modality::Reported,
            _ => continue,
        };
        return m;
    }
    Modality::Asserted
}

/// The date written nearest token `i`.
fn nearest_date<'v>(view: &'v SentenceView<'_>, i: usize) -> Option<&'v FoundDate> {
    view.dates
        .iter()
        .min_by_key(|d| if d.first_token > i { d.first_token - i } else { i - d.last_token })
}

/// Records with negation, modality and date worked out around the trigger.
#[allow(clippy::too_many_arguments)]
fn emit(article: &mut Article<'_>, view: &SentenceView<'_>, subject_mention: Option<&Mention>, subject: usize, object: usize, trigger: usize, kind: RelationKind, label: Option<String>, confidence: f32) {
    let from = subject_mention.map_or(trigger.saturating_sub(8), |m| if m.last < trigger { m.last + 1 } else { trigger.saturating_sub(8) });
    let from = from.max(trigger.saturating_sub(12));
    // "He said the vote could not be credible, and urged ...": cues of an
    // earlier clause are not the trigger's.
    let from = (from..trigger).rev().find(|&t| view.is_punct(t, ';') || view.is_punct(t, ',') && view.is_any(t + 1, &["and", "but"])).map_or(from, |t| t + 1);
    // "rejected the sanctions ... and accused the three governments",
    // "Ankara did not recognize the references ... and urged the Council":
    // a second verb after "and" has its own polarity.
    let from = if trigger >= 1 && view.is(trigger - 1, "and") && (from..trigger - 1).any(|t| view.is_any(t, &["rejected", "denied", "refused", "declined", "not", "never"])) { trigger } else { from };
    // ("has no plans to join NATO and keeps close ties with Russia": the
    // same for a verb and its noun after "and".)
    let from = (from..trigger)
        .rev()
        .find(|&t| view.is(t, "and") && t + 4 >= trigger && view.is_any(t + 1, &["keeps", "keep", "kept", "maintains", "maintain", "maintained", "enjoys", "enjoy"]) && (from..t).any(|u| view.is_any(u, &["no", "not", "never"])))
        .map_or(from, |t| t + 1);
    // "is not a member of the EU but belongs to the EEA": "but" turns the
    // polarity back.
    let from = (from..trigger).rev().find(|&t| view.is(t, "but")).map_or(from, |t| t + 1);
    // ("North Korea's foreign ministry ... warned that Pyongyang would
    // respond": a state's own body does not blame the state.)
    if kind == RelationKind::Criticizes && article.entities.get(subject).is_some_and(|e| e.kind == EntityKind::Organization && e.affiliation == Some(object)) {
        return;
    }
    let is_negated = negated(view, from, trigger);
    let modality = modality(view, from, trigger);
    let date = nearest_date(view, trigger);
    article.relate(view, subject, object, kind, label, is_negated, modality, date, confidence);
}

/// "Foreign Minister Schialer was received at the Carondelet Palace in Quito
/// by the President of Ecuador, Daniel Noboa": the guest meets the host,
/// and visits the city when it is not the guest's own state's. Whether the
/// two were found.
fn received_by_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(by) = (i + 1..(i + 14).min(view.len())).find(|&t| view.is(t, "by")) else { return false };
    let Some(host) = view.mentions.iter().filter(|m| m.first > by && m.first <= by + 12 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return false };
    let Some(guest) = left(article, view, i, &[EntityKind::Person]).copied() else { return false };
    if guest.entity == host.entity {
        return false;
    }
    emit(article, view, Some(&host), host.entity, guest.entity, i, RelationKind::Meets, None, 0.7);
    let guest_state = article
        .relations
        .iter()
        .find(|r| r.kind == RelationKind::HoldsOffice && r.subject == guest.entity && entity_kind_of(article, r.object) == Some(EntityKind::Country))
        .map(|r| r.object)
        .or_else(|| article.entities.get(guest.entity).and_then(|e| e.affiliation));
    if let Some(place) = view.mentions.iter().filter(|m| m.first > i && m.last < by && view.is(m.first.wrapping_sub(1), "in") && eligible(article, m, &[EntityKind::Place])).min_by_key(|m| m.first).copied()
        && let Some(place_state) = article.entities.get(place.entity).and_then(|e| e.affiliation)
        && guest_state.is_some_and(|s| s != place_state)
    {
        emit(article, view, Some(&guest), guest.entity, place.entity, i, RelationKind::Visits, None, 0.6);
    }
    true
}

/// One relation for every pair of `parties` ("A, B and C met").
fn emit_each_pair(article: &mut Article<'_>, view: &SentenceView<'_>, parties: &[usize], trigger: usize, kind: RelationKind, label: Option<String>, confidence: f32) {
    for (k, &a) in parties.iter().enumerate() {
        for &b in parties.iter().skip(k + 1) {
            if a != b {
                emit(article, view, None, a, b, trigger, kind, label.clone(), confidence);
            }
        }
    }
}

/// The two parties of "between A and B" starting at token `i`.
fn between(article: &Article<'_>, view: &SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<(usize, usize)> {
    if !view.is(i, "between") && !view.is(i, "among") {
        return None;
    }
    let list = right(article, view, i, kinds);
    match list.as_slice() {
        [a, b, ..] => Some((actor(article, a), actor(article, b))),
        _ => None,
    }
}

/// "the two sides" at tokens before `i`: the last pair.
fn pair_subject(article: &Article<'_>, view: &SentenceView<'_>, i: usize) -> Option<(usize, usize)> {
    let &(_, last) = view
        .pair_phrases
        .iter()
        .filter(|(_, last)| *last < i && i - last <= 12)
        .max_by_key(|(_, last)| *last)?;
    // ("In the presence of both Ministers, A and B signed": a subject
    // named after the phrase is the subject.)
    if view.mentions.iter().any(|m| m.first > last && m.last < i && m.role == Role::Plain && eligible(article, m, ACTOR)) && (last + 1..i).any(|t| view.is_punct(t, ',')) {
        return None;
    }
    pair_of_phrase(article, view, last)
}

/// "the two leaders condemned ..." where the pair phrase is the subject:
/// it comes before trigger `i` and after the nearest eligible mention.
fn pair_as_subject(article: &Article<'_>, view: &SentenceView<'_>, i: usize, subject: Option<&Mention>) -> Option<(usize, usize)> {
    // "They reiterated that ..., and called on China", "The leaders
    // discussed the situation in Sudan and called on ...": a verb after
    // "and" shares the pair that opens the sentence.
    let conjoined = i >= 1 && view.is(i - 1, "and") || i >= 2 && view.is(i - 2, "and") && (view.lower(i - 1).ends_with("ly") || view.is_any(i - 1, &["also", "then", "later"]));
    // ("On peace and security, the two leaders ...": past an opening
    // phrase.)
    let opening = if view.is_any(0, &["on", "in", "at", "during", "after", "following", "regarding", "concerning"]) { (1..view.len().min(12)).find(|&t| view.is_punct(t, ',')).map_or(0, |comma| comma + 1) } else { 0 };
    let &(first, last) = view
        .pair_phrases
        .iter()
        .filter(|(first, last)| *last < i && (i - last <= 8 || conjoined && (*first <= 1 || *first <= opening + 1)))
        .max_by_key(|(_, last)| *last)?;
    // "Both condemned Israel's campaign and called on the Council": a
    // mention after the pair's first verb is its object, not a new subject.
    let object_of_pair = |m: &Mention| view.is(i.saturating_sub(1), "and") && (last + 1..m.first).any(|t| view.is_any(t, CRITICISM_VERBS) || view.is_any(t, &["welcomed", "discussed", "signed", "visited", "met", "expressed", "commended", "praised", "reaffirmed", "reviewed", "noted"]));
    if subject.is_some_and(|m| m.last >= first && !object_of_pair(m)) {
        return None;
    }
    pair_of_phrase(article, view, last)
}

/// Who a pair phrase ending with the noun at `noun` names: "the two
/// leaders" are the last two people (the last meeting's, else the two
/// mentioned most recently); "the two sides" the last meeting's parties.
fn pair_of_phrase(article: &Article<'_>, view: &SentenceView<'_>, noun: usize) -> Option<(usize, usize)> {
    let is_person = |e: usize| entity_kind_of(article, e) == Some(EntityKind::Person);
    let named_after = |noun: usize| -> Vec<usize> {
        view.mentions.iter().filter(|m| m.first > noun && !view.mentions.iter().any(|x| x.entity == m.entity && x.first < noun)).map(|m| m.entity).collect()
    };
    // "The leaders discussed ..." with no number: the principals, the
    // first two people the text has meet.
    if noun == 1 && view.is(0, "the") && view.is_any(noun, &["leaders", "presidents", "ministers"]) && article.first_pair.is_some() {
        return article.first_pair;
    }
    // "hostilities between Israel and Iran ... called on both countries":
    // the pair the sentence named last.
    if view.is_any(noun, &["countries", "sides", "parties", "states", "nations"])
        && let Some(pair) = pair_named_between(article, view, noun)
    {
        return Some(pair);
    }
    // "They" after "The two leaders ...": the same pair.
    let leaders_again = view.is(noun, "they") && article.pair_subject == Some(PairSubject::Leaders);
    let people_noun = leaders_again || view.is_any(noun, &["leaders", "ministers", "presidents", "heads"]);
    // "the two leaders", "both presidents", "the two Heads of State": heads
    // of state or government, not the ministers who met last.
    if (leaders_again || view.is_any(noun, &["leaders", "presidents", "heads"]))
        && let Some(leaders) = article.recent_leaders_except(&named_after(noun))
        && article.last_pair.is_none_or(|(a, b)| !(leaders == (a, b) || leaders == (b, a)))
        && article.last_pair.is_some_and(|(a, b)| is_person(a) && is_person(b))
    {
        return Some(leaders);
    }
    // ("the two Ministers" after the guest also met a host of the same
    // state's side: the pair of two states that met first.)
    let state_of = |p: usize| article.entities.get(p).and_then(|e| e.affiliation);
    let one_state = |(a, b): (usize, usize)| people_noun && state_of(a).is_some() && state_of(a) == state_of(b);
    // ("The two ministers" after the guest was also received by the
    // Marshal of the Sejm: the two ministers who met first.)
    let minister = |p: usize| article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == p && r.label.as_deref().is_some_and(|l| l.contains("Minister")));
    let ministers = |(a, b): (usize, usize)| minister(a) && minister(b);
    if view.is(noun, "ministers")
        && let (Some(last), Some(first)) = (article.last_pair, article.first_pair)
        && !ministers(last)
        && ministers(first)
    {
        return Some(first);
    }
    match article.last_pair {
        Some(pair) if one_state(pair) => article.first_pair.filter(|&first| !one_state(first)).or(Some(pair)),
        Some((a, b)) if !people_noun || is_person(a) && is_person(b) => Some((a, b)),
        // ("... the President of Paraguay, accompanied by his Minister of
        // Foreign Affairs. The two sides ...": not one state's pair.)
        // ("The two leaders also discussed ..." after a spokesperson spoke:
        // the leaders.)
        // (Not a leader the sentence names only after the phrase: "The two
        // leaders held talks, attended by the Prime Minister, X".)
        _ => (if view.is_any(noun, &["leaders", "presidents", "heads"]) { article.recent_leaders_except(&named_after(noun)) } else { None })
            .or_else(|| article.recent_people().filter(|&(a, b)| state_of(a).is_some() && state_of(b).is_some() && state_of(a) != state_of(b)))
            .or_else(|| if people_noun { article.recent_leaders() } else { None })
            .or_else(|| article.recent_people_apart())
            .or_else(|| article.recent_people()),
    }
}

/// The pair the sentence named last before `noun` with "between A and B".
fn pair_named_between(article: &Article<'_>, view: &SentenceView<'_>, noun: usize) -> Option<(usize, usize)> {
    (0..noun).rev().filter(|&t| view.is(t, "between")).find_map(|t| between(article, view, t, ACTOR))
}

fn entity_kind_of(article: &Article<'_>, entity: usize) -> Option<EntityKind> {
    article.entities.get(entity).map(|e| e.kind)
}

/// "is scheduled to call on King Abdullah at the palace": a courtesy call
/// on a person, whom the caller meets (unlike "called on Russia to
/// withdraw", an appeal). The person called on, if this is one.
fn courtesy_call<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, i: usize) -> Option<&'v Mention> {
    if !(view.is_any(i, &["call", "calls", "called", "calling"]) && view.is_any(i + 1, &["on", "upon"])) {
        return None;
    }
    let person = view.mentions.iter().filter(|m| m.first > i + 1 && m.first <= i + 14 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)?;
    // Only title words between "on" and the name ("the Yang di-Pertuan
    // Agong Sultan Ibrahim"; "the President of the Republic of Fiji, His
    // Excellency X": a title written out, then the name after a comma).
    let particle = |t: usize| view.word(t).len() <= 3 && t >= 1 && view.is_capitalised(t - 1);
    let styled = person.first >= 3 && view.is_any(person.first - 2, &["his", "her"]) && view.is(person.first - 1, "excellency");
    let name_after_comma = person.first >= 1 && view.is_punct(person.first - 1 - if styled { 2 } else { 0 }, ',');
    let written_out = |t: usize| name_after_comma && (view.is(t, "of") || view.is_punct(t, ','));
    let titled = (i + 2..person.first).all(|t| view.is_capitalised(t) || view.is_any(t, &["the", "his", "her"]) || view.is_punct(t, '-') || particle(t) || written_out(t));
    // (Not past a second comma: "on the President, the Minister, X".)
    let titled = titled && (i + 2..person.first).filter(|&t| view.is_punct(t, ',')).count() <= 1;
    let appeal = view.is(person.last + 1, "to") || view.is(person.last + 1, ",") && view.is(person.last + 2, "to");
    (titled && !appeal).then_some(person)
}

/// "The ministers of Japan, Australia and India met in Tokyo for the Quad
/// foreign ministers' meeting": each party named before the verb attends
/// the event the meeting was for.
fn met_for_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("met for four hours in Kota Kinabalu, the Sabah state capital, at the
    // first ministerial meeting of ...": the city where, in apposition.)
    let place_at = |t: usize| view.mentions.iter().find(|m| m.first == t && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied();
    let mut place: Option<Mention> = None;
    let mut commas = 0;
    let mut event = None;
    for t in i + 1..(i + 16).min(view.len()) {
        if view.is_punct(t, ';') || view.is_punct(t, ',') && (place.is_none() || commas == 2) {
            break;
        }
        if view.is_punct(t, ',') {
            commas += 1;
            continue;
        }
        if view.is(t, "in") && place.is_none() && commas == 0 {
            place = place_at(t + 1);
        }
        // ("met in Paris, at the summit": after a place closed by a comma or
        // none, not inside its apposition.)
        if view.is(t, "for") || view.is(t, "at") && commas != 1 {
            event = view.mentions.iter().find(|m| (m.first == t + 1 || m.first == t + 2 && view.is(t + 1, "the")) && eligible(article, m, &[EntityKind::Event])).map(|m| m.entity);
            if event.is_some() {
                break;
            }
        }
    }
    let Some(event) = event else { return };
    if let Some(place) = place.filter(|p| p.entity != event) {
        emit(article, view, None, event, place.entity, i, RelationKind::LocatedIn, None, 0.6);
    }
    let parties: Vec<Mention> = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR) && !(m.last + 1..i).any(|t| view.is_any(t, &["who", "which", "whose", "after", "before", "when"]))).copied().collect();
    for party in parties.into_iter().take(8) {
        let entity = actor(article, &party);
        if entity != event {
            emit(article, view, Some(&party), entity, event, i, RelationKind::Attends, None, 0.55);
        }
    }
}

/// "President A and President B thanked President C ... during their stay in
/// Tunisia": each person of the opening subject went to the place.
fn their_stay_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = right(article, view, i + 1, PLACE_LIKE).first().filter(|m| m.first <= i + 3).copied().copied() else { return };
    let Some(first) = view.mentions.iter().filter(|m| m.role == Role::Plain && m.last < i && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return };
    // (Only a subject opening the sentence, written before its verb.)
    if first.first > 4 {
        return;
    }
    let mut people = vec![first];
    let mut end = first.last;
    while view.is(end + 1, "and")
        && let Some(next) = view.mentions.iter().find(|m| m.first > end + 1 && m.first <= end + 4 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && (end + 2..m.first).all(|t| view.is_capitalised(t) || view.is_punct(t, '-') || view.is_any(t, NAME_PARTICLES)))
    {
        people.push(*next);
        end = next.last;
    }
    for person in people {
        if person.entity != place.entity {
            emit(article, view, Some(&person), person.entity, place.entity, i, RelationKind::Visits, None, 0.6);
        }
    }
}

/// "Syrian Foreign Minister X and Ron Dermer, then Israel's Minister for
/// Strategic Affairs, met in Paris": each person whose state is known and
/// is not the city's travelled there.
fn met_abroad_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, at: usize) {
    let Some(city) = view.mentions.iter().find(|m| m.first == at + 1 && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied() else { return };
    let Some(city_state) = article.entities.get(city.entity).and_then(|e| e.affiliation) else { return };
    let Some(subject) = left(article, view, i, &[EntityKind::Person]).copied().filter(|m| i - m.last <= 12) else { return };
    for person in left_list(article, view, &subject, &[EntityKind::Person]).into_iter().copied().collect::<Vec<_>>() {
        let home = article.entities.get(person.entity).and_then(|e| e.affiliation);
        if home.is_some_and(|h| h != city_state && entity_kind_of(article, h) == Some(EntityKind::Country)) {
            emit(article, view, Some(&person), person.entity, city.entity, i, RelationKind::Visits, None, 0.55);
        }
    }
}

fn meets_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("held negotiations with" reads as "held talks with".)
    let w = if view.is(i, "negotiations") { "talks".to_owned() } else { view.lower(i).to_owned() };
    // ("Djibouti, which hosts bases of France and China": no meeting.)
    if matches!(w.as_str(), "host" | "hosts" | "hosted") && (i + 1..=i + 3).any(|t| view.is_any(t, &["bases", "base", "troops", "forces", "soldiers", "refugees", "facilities", "garrison", "garrisons"])) {
        return;
    }
    if matches!(w.as_str(), "met" | "meet" | "meets") {
        met_for_event_rule(article, view, i);
    }
    // ("met today in Santo Domingo", "met on Monday in Rome".)
    if w == "met"
        && let Some(at) = (i + 1..=i + 3).find(|&t| view.is(t, "in")).filter(|&at| (i + 1..at).all(|t| view.is_any(t, &["today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])))
    {
        met_abroad_rule(article, view, i, at);
    }
    // ("return to negotiations" is no meeting held.)
    if view.is(i, "negotiations") && !((i.saturating_sub(4)..i).any(|t| view.is_any(t, &["held", "hold", "holds", "holding", "opened", "began", "concluded"])) || view.is_any(i + 1, &["with", "between"])) {
        return;
    }
    // ("was received by X at Y" is read below.)
    if matches!(w.as_str(), "received" | "welcomed" | "greeted") && view.is_any(i.saturating_sub(1), &["was", "were", "been", "being"]) && !view.is(i + 1, "by") && received_by_rule(article, view, i) {
        return;
    }
    if let Some(host) = courtesy_call(article, view, i).copied() {
        let Some(caller) = left(article, view, i, &[EntityKind::Person]).copied() else { return };
        // ("... and paid a courtesy call on": the verb's subject.)
        let verb = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["paid", "pay", "pays", "paying", "made", "make", "makes"])).unwrap_or(i);
        let caller = conjoined_subject(article, view, verb, caller);
        emit(article, view, Some(&caller), caller.entity, host.entity, i, RelationKind::Meets, None, 0.75);
        // "paid courtesy calls on General Secretary ... To Lam, President of
        // Viet Nam Luong Cuong and Chairman of the National Assembly Tran
        // Thanh Man": each titled host of the list.
        let mut previous = host;
        while let Some(next) = view.mentions.iter().filter(|m| m.first > previous.last + 1 && m.first <= previous.last + 14 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() {
            let gap = previous.last + 1..next.first;
            let joined = view.is_punct(previous.last + 1, ',') || view.is(previous.last + 1, "and");
            if !joined || !gap.clone().skip(1).all(|t| view.is_capitalised(t) || view.is_any(t, &["of", "the", "and"]) || view.is_punct(t, '-')) || next.entity == caller.entity {
                break;
            }
            emit(article, view, Some(&caller), caller.entity, next.entity, i, RelationKind::Meets, None, 0.7);
            previous = next;
        }
        // "... at Istana Negara": the caller goes there.
        if view.is(host.last + 1, "at")
            && let Some(place) = view.mentions.iter().find(|m| (m.first == host.last + 2 || m.first == host.last + 3 && view.is(host.last + 2, "the")) && eligible(article, m, &[EntityKind::Place]))
        {
            emit(article, view, Some(&caller), caller.entity, place.entity, i, RelationKind::Visits, None, 0.6);
        }
        return;
    }
    // "remained in close contact with Riyadh and Muscat", "held contacts
    // with the Taliban": talks with each party.
    if matches!(w.as_str(), "contact" | "contacts") {
        if !view.is(i + 1, "with") {
            return;
        }
        let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
        let subject_entity = actor(article, &subject);
        for party in near_list(right(article, view, i + 1, PERSON_OR_ACTOR), i + 3).into_iter().take(4).copied().collect::<Vec<_>>() {
            let party_entity = actor(article, &party);
            if party_entity != subject_entity {
                emit(article, view, Some(&subject), subject_entity, party_entity, i, RelationKind::Meets, None, 0.6);
            }
        }
        return;
    }
    // "to continue discussions on migration and security with Foreign
    // Secretary Alicia Bárcena": talks with the person named ("expand
    // discussions with its partners" is no meeting).
    if w == "discussions" {
        let Some(with_at) = (i + 1..(i + 8).min(view.len())).find(|&t| view.is(t, "with")) else { return };
        let Some(other) = view.mentions.iter().filter(|m| m.first > with_at && m.first <= with_at + 5 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return };
        let Some(subject) = left(article, view, i, &[EntityKind::Person]).copied() else { return };
        let mut people = vec![subject];
        people.extend(left_list(article, view, &subject, &[EntityKind::Person]).into_iter().skip(1).copied());
        for person in people {
            if person.entity != other.entity {
                emit(article, view, Some(&person), person.entity, other.entity, i, RelationKind::Meets, None, 0.6);
            }
        }
        return;
    }
    // "Brazil as host of COP30": a role, not a meeting.
    if w == "host" && view.is(i.saturating_sub(1), "as") {
        return;
    }
    if w == "calling" || matches!(w.as_str(), "call" | "conversation") && !view.is_any(i.saturating_sub(1), &["phone", "telephone", "video"]) {
        return;
    }
    // "The two ministers held a joint phone call with Ukraine's Foreign
    // Minister X": each of the pair met the one called (past a title
    // written out).
    if matches!(w.as_str(), "call" | "conversation" | "talks" | "meeting" | "videoconference")
        && let Some(with_at) = (i + 1..=i + 2).find(|&t| view.is(t, "with"))
        && (i.saturating_sub(5)..i).any(|t| view.is_any(t, &["held", "hold", "holds", "had"]))
        && let Some((a, b)) = pair_as_subject(article, view, i, None)
        && let Some(other) = right(article, view, with_at, &[EntityKind::Person])
            .first()
            .filter(|m| m.first <= with_at + 16 && (with_at + 1..m.first).all(|t| view.is_capitalised(t) || view.is_possessive(t) || view.is_any(t, &["the", "of", "and", "for"]) || view.is_punct(t, ',')))
            .copied()
            .copied()
    {
        for party in [a, b] {
            if party != other.entity {
                emit(article, view, Some(&other), party, other.entity, i, RelationKind::Meets, None, 0.7);
            }
        }
        return;
    }
    // "held talks", "would hold consultations".
    let after_hold = (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["hold", "held", "holds", "holding"]));
    if w == "consultations" && !after_hold {
        return;
    }
    // "accession talks with Bosnia": a membership step, not a meeting.
    if w == "talks" && view.is_any(i.saturating_sub(1), &["accession", "membership", "trade"]) {
        return;
    }
    if w == "spoke" && !(i + 1..=i + 3).any(|t| view.is_any(t, &["with", "to"])) {
        return;
    }
    // "talks between A and B"
    // ("the meeting held in January between A and B": when and where
    // it was held may come first.)
    let held_when = |t: usize| view.is_any(t, &["held", "in", "on", "last", "earlier", "this", "week", "month", "year"]) || view.dates.iter().any(|d| d.first_token <= t && t <= d.last_token);
    let between_at = (i + 1..=i + 3).find(|&t| view.is(t, "between")).or_else(|| (i + 4..=i + 6).find(|&t| view.is(t, "between")).filter(|&t| view.is(i + 1, "held") && (i + 1..t).all(held_when)));
    // ("welcomes the agreement between A and B" is no meeting.)
    if between_at.is_some() && w.starts_with("welcom") {
        return;
    }
    if let Some((a, b)) = between_at.and_then(|t| between(article, view, t, PERSON_OR_ACTOR)) {
        emit(article, view, None, a, b, i, RelationKind::Meets, None, 0.85);
        // ("The two sides welcomed the talks between Iran and the United
        // States. They ...": the sides, not the pair their talks named.)
        // (Nor a meeting of others that the subject welcomed: "The
        // Minister welcomed the meeting held in January between A and B".)
        let reported = (i.saturating_sub(4)..i).any(|t| view.is_any(t, &["welcomed", "welcomes", "welcome", "hailed", "praised", "noted", "commended", "applauded"]));
        if !view.pair_phrases.iter().any(|&(first, _)| first < i) && !reported {
            article.last_pair = Some((a, b));
        }
        return;
    }
    // "Washington, Tokyo and Manila held their first trilateral summit":
    // each pair of the hosts met.
    if w == "summit" {
        // "..., and held its first summit with ASEAN": the sentence's
        // subject met the party after "with".
        // ("will travel to Mogadishu in November for a summit with X": the
        // traveller.)
        if let Some(held) = (i.saturating_sub(5)..i).find(|&t| view.is_any(t, &["held", "hold", "holds"]) || view.is(t, "for") && (t + 1..i).all(|u| view.is_any(u, &["a", "an", "the", "first", "second", "bilateral", "trilateral", "joint"])))
            && let Some(with_at) = (i + 1..=i + 2).find(|&t| view.is(t, "with"))
            && let Some(partner) = right(article, view, with_at, PERSON_OR_ACTOR).first().filter(|m| m.first <= with_at + 2 || m.first <= with_at + 5 && (with_at + 1..m.first).all(|t| view.is_capitalised(t))).copied().copied()
            // (After "for", the traveller opening the sentence, not the
            // capital travelled to.)
            && let Some(subject) = if view.is(held, "for") {
                left(article, view, held, &[EntityKind::Person]).copied()
            } else {
                sentence_subject_of_conjoined_verb(article, view, held, PERSON_OR_ACTOR).or_else(|| left(article, view, held, PERSON_OR_ACTOR)).copied()
            }
        {
            let (a, b) = (actor(article, &subject), actor(article, &partner));
            if a != b {
                emit(article, view, Some(&subject), a, b, i, RelationKind::Meets, Some("summit".to_owned()), 0.65);
            }
            return;
        }
        if let Some(held) = (i.saturating_sub(5)..i).find(|&t| view.is_any(t, &["held", "hold", "holds"]))
            && let Some(subject) = left(article, view, held, PERSON_OR_ACTOR).copied()
        {
            let parties: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect();
            emit_each_pair(article, view, &parties, i, RelationKind::Meets, None, 0.65);
        }
        return;
    }
    // "was welcomed by / received by / greeted by President X": people on
    // both sides.
    // "was received at the airport by X": the agent after a short phrase.
    let by_at = if view.is(i + 1, "by") {
        Some(i + 1)
    } else if view.is_any(i.saturating_sub(1), &["was", "were", "been", "is", "be"]) {
        (i + 2..(i + 6).min(view.len())).find(|&t| view.is(t, "by")).filter(|&t| (i + 1..t).all(|u| !view.is_punct(u, ',')))
    } else {
        None
    };
    if matches!(w.as_str(), "welcomed" | "received" | "greeted" | "hosted")
        && let Some(by_at) = by_at
    {
        let i_by = by_at;
        let by = right(article, view, i_by, &[EntityKind::Person]);
        // "Modi arrived in Moscow ..., and was received by X": the
        // sentence's person, however far back.
        // ("he is due to meet X, and to be received by Y": the subject of
        // the first infinitive, not X.)
        let shared = (i >= 4 && view.is(i - 1, "be") && view.is(i - 2, "to") && view.is(i - 3, "and"))
            .then(|| (1..i - 3).rev().find(|&t| view.is(t, "to") && view.word(t + 1).starts_with(char::is_lowercase)))
            .flatten();
        let guest = left(article, view, shared.unwrap_or(i), &[EntityKind::Person])
            .or_else(|| view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first))
            .copied();
        // "received by the President of India, Droupadi Murmu": over the
        // title and its state.
        // ("by the President of the Republic of Kazakhstan, Kassym-Jomart
        // Tokayev": a longer title, closed by a comma.)
        if let (Some(host), Some(guest)) = (by.first().filter(|m| m.first <= i_by + 8 || m.first <= i_by + 12 && view.is_punct(m.first - 1, ',')), guest) {
            emit(article, view, Some(&guest), host.entity, guest.entity, i, RelationKind::Meets, None, 0.75);
            article.last_pair = Some((host.entity, guest.entity));
            // "... at Rashtrapati Bhavan in New Delhi": the guest is there
            // (unless it is the guest's own country).
            let guest_state = article.entities.get(guest.entity).and_then(|e| e.affiliation);
            for place in view.mentions.iter().filter(|m| m.first > host.last && m.first >= 1 && view.is_any(m.first - 1, &["in", "at"]) && eligible(article, m, &[EntityKind::Place])).take(2).copied().collect::<Vec<_>>() {
                let place_state = article.entities.get(place.entity).and_then(|e| e.affiliation);
                if guest_state.is_none() || guest_state != place_state {
                    emit(article, view, Some(&guest), guest.entity, place.entity, i, RelationKind::Visits, None, 0.6);
                }
            }
        }
        return;
    }
    // "At the invitation of A, title, B, title, and C, title, held a
    // trilateral meeting": every person named before the verb met.
    if matches!(w.as_str(), "meeting" | "talks" | "consultations")
        && let Some(held) = (i.saturating_sub(4)..i).find(|&t| view.is_any(t, &["held", "hold", "holds"]))
        && (held + 1..i).any(|t| view.is_any(t, &["trilateral", "tripartite", "quadrilateral", "joint"]))
    {
        let people: Vec<usize> = view.mentions.iter().filter(|m| m.last < held && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).map(|m| m.entity).fold(Vec::new(), |mut seen, p| {
            if !seen.contains(&p) {
                seen.push(p);
            }
            seen
        });
        if people.len() >= 3 {
            emit_each_pair(article, view, &people, i, RelationKind::Meets, None, 0.65);
            // ... in the host's city: the others visit it.
            if let Some(place) = view.mentions.iter().find(|m| m.first > i && m.first <= i + 3 && view.is(m.first - 1, "in") && eligible(article, m, &[EntityKind::Place])).copied()
                && let Some(place_state) = article.entities.get(place.entity).and_then(|e| e.affiliation)
            {
                for &person in &people {
                    if article.entities.get(person).and_then(|e| e.affiliation).is_some_and(|s| s != place_state) {
                        emit(article, view, None, person, place.entity, i, RelationKind::Visits, None, 0.6);
                    }
                }
            }
            return;
        }
    }
    // "the two leaders will hold talks": the last pair of participants.
    if matches!(w.as_str(), "talks" | "meet" | "met" | "meeting")
        && let Some((a, b)) = pair_as_subject(article, view, i, left(article, view, i, PERSON_OR_ACTOR))
    {
        emit(article, view, None, a, b, i, RelationKind::Meets, None, 0.7);
        // "The three ministers are expected to meet again in Pristina": each
        // travels there, unless the city is in their own state.
        // (Only a pair of people: "officials from the two countries" may be
        // anyone's.)
        // ("held official talks at State House in Dar es Salaam": past a
        // venue.)
        let at = (i + 1..(i + 6).min(view.len())).take_while(|&t| !view.is_punct(t, ',') && !view.is_any(t, &["on", "with", "and"])).find(|&t| view.is(t, "in"));
        let people_pair = view.pair_phrases.iter().filter(|(_, last)| *last < i).max_by_key(|(_, last)| *last).is_some_and(|&(first, last)| {
            view.is_any(last, &["leaders", "presidents", "premiers", "ministers", "heads"]) && !view.is(first + 1, "three") && (!view.is(last + 1, "of") || view.is_any(last + 2, &["state", "government"]))
        });
        if people_pair
            && let Some(at) = at
            && let Some(city) = view.mentions.iter().find(|m| m.first == at + 1 && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied()
        {
            let people: Vec<usize> = [a, b].into_iter().filter(|&p| entity_kind_of(article, p) == Some(EntityKind::Person)).collect();
            for party in people {
                travelled_there(article, view, None, party, city.entity, i);
            }
        }
        return;
    }
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).or_else(|| fronted_phrase_subject(article, view, i, PERSON_OR_ACTOR)).copied() else {
        return;
    };
    // "Modi will travel to Moscow for talks with Putin": a destination is
    // no party; the sentence's first person is.
    // ("will travel to Fiji's capital, Suva, ... for talks": a
    // destination written with its appositive.)
    let destination = governed_by_preposition(view, &subject) || {
        let mut b = subject.first;
        while b > 0 && subject.first - b < 6 && (view.is_capitalised(b - 1) || view.is_punct(b - 1, ',') || view.is_possessive(b - 1) || view.is_any(b - 1, &["the", "capital", "city"])) {
            b -= 1;
        }
        b > 0 && b < subject.first && view.is_any(b - 1, &["to", "in"]) && (b..subject.first).any(|t| view.is_punct(t, ','))
    };
    let subject = if destination
        && matches!(w.as_str(), "talks" | "meeting" | "consultations")
        && let Some(first) = view.mentions.iter().filter(|m| m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !governed_by_preposition(view, m)).min_by_key(|m| m.first)
    {
        *first
    } else {
        subject
    };
    // "A met B ... after talks with C": the talks are A's, the sentence's
    // subject, not B's.
    let subject = if matches!(w.as_str(), "talks" | "meeting" | "call")
        && let Some(p) = (i.saturating_sub(6)..i).rev().find(|&t| view.is_any(t, &["after", "before", "following", "during", "ahead"]))
        && let Some(head) = view.mentions.iter().filter(|m| m.last < p && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
        && head.first <= 2
    {
        *head
    } else {
        subject
    };
    // "Biden briefed López Obrador on his meeting with Xi": "his" is the
    // sentence's first person.
    let subject = if matches!(w.as_str(), "talks" | "meeting" | "call" | "meetings")
        && view.is_any(i.saturating_sub(1), &["his", "her"])
        && let Some(head) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        *head
    } else {
        subject
    };
    // "..., meeting Ramaphosa in Pretoria": a participle after a comma
    // belongs to the sentence's first person.
    let subject = if w == "meeting"
        && view.is_punct(i.saturating_sub(1), ',')
        && view.mentions.iter().any(|m| m.first == i + 1 && eligible(article, m, &[EntityKind::Person]))
        && let Some(first_person) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        *first_person
    } else {
        subject
    };
    // "Ms. Holguín is expected to travel to Nicosia in February to meet
    // President X": the traveller meets, not the destination.
    let subject = if w == "meet"
        && view.is(i.saturating_sub(1), "to")
        && subject.first >= 1
        && view.is_any(subject.first - 1, &["to", "in", "at"])
        && let Some(first_person) = view.mentions.iter().filter(|m| m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        *first_person
    } else {
        subject
    };
    // "EAM was received by A and (later) held talks with B": "talks" after
    // "and held" share the sentence's subject, not the object of the first verb.
    const PREPOSITIONS: &[&str] = &["by", "with", "to", "of", "from", "for"];
    let subject = if matches!(w.as_str(), "talks" | "meeting" | "consultations")
        && let Some(held) = (i.saturating_sub(5)..i).find(|&k| view.is_any(k, &["held", "hold", "holds"]))
        // ("and later held talks": an adverb may stand between.)
        && (view.is(held.saturating_sub(1), "and") || view.is(held.saturating_sub(2), "and") && view.is_any(held - 1, &["later", "then", "also", "subsequently", "afterwards"]))
        // "by President Mario Abdo Benitez": over the title's words.
        // ("by the President of the Republic of Kazakhstan, Kassym-Jomart
        // Tokayev,": over a title written out and its comma.)
        && (subject.first.saturating_sub(12)..subject.first)
            .rev()
            .find(|&t| !(view.is_capitalised(t) || view.is_punct(t, '-') || view.is_any(t, &["of", "the"]) || view.is_punct(t, ',') && t + 1 == subject.first))
            .is_some_and(|t| view.is_any(t, PREPOSITIONS))
        && let Some(first) = view.mentions.iter().filter(|m| m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !view.is_any(m.first.saturating_sub(1), PREPOSITIONS)).min_by_key(|m| m.first)
    {
        *first
    } else {
        subject
    };
    // "President Orsi informed President Peña of his telephone
    // conversation with X": the one whose call it was, the sentence's
    // subject, not the one informed.
    let owner_at = i.saturating_sub(1 + usize::from(view.is_any(i.saturating_sub(1), &["phone", "telephone", "video"])));
    let subject = if matches!(w.as_str(), "conversation" | "call" | "talks" | "meeting")
        && view.is_any(owner_at, &["his", "her"])
        && view.is_any(owner_at.saturating_sub(1), &["of", "on", "about"])
        && let Some(first) = view.mentions.iter().filter(|m| m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        *first
    } else {
        subject
    };
    // "X visited Budapest and met Y": the second verb shares the first
    // one's subject, the person before it, not the place it visited.
    let subject = if matches!(w.as_str(), "met" | "meets" | "held" | "greeted") {
        conjoined_subject(article, view, i, subject)
    } else if matches!(w.as_str(), "talks" | "meeting")
        && let Some(held) = (i.saturating_sub(2)..i).find(|&t| view.is_any(t, &["held", "hold"]))
        && view.is(held.saturating_sub(1), "and")
    {
        // "... visited Antananarivo on Tuesday and held talks with X".
        conjoined_subject(article, view, held, subject)
    } else {
        subject
    };
    // "A, B and C met at a V4 summit in Prague": each attends the event.
    if matches!(w.as_str(), "met" | "meet" | "meets")
        && view.is_any(i + 1, &["at", "during"])
        && let Some(event) = view.mentions.iter().find(|m| (i + 2..=i + 3).contains(&m.first) && (m.first == i + 2 || view.is_any(i + 2, &["a", "an", "the", "their"])) && eligible(article, m, &[EntityKind::Event])).copied()
    {
        for attendee in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
            emit(article, view, Some(&attendee), actor(article, &attendee), event.entity, i, RelationKind::Attends, None, 0.7);
        }
    }
    // "welcomed" and "greeted" meet only people.
    if matches!(w.as_str(), "welcomed" | "greeted") {
        let objects = right(article, view, i, &[EntityKind::Person]);
        if entity_kind(article, &subject) == Some(EntityKind::Person)
            && let Some(object) = objects.first().filter(|m| m.first <= i + 2)
        {
            emit(article, view, Some(&subject), subject.entity, object.entity, i, RelationKind::Meets, None, 0.7);
            article.last_pair = Some((subject.entity, object.entity));
        }
        return;
    }
    // "Anwar phoned both leaders", "met the two foreign ministers": the
    // pair the phrase names.
    if matches!(w.as_str(), "met" | "phoned" | "telephoned" | "called")
        && let Some(&(first, last)) = view.pair_phrases.iter().find(|(first, _)| *first == i + 1 || *first == i + 2 && view.is(i + 1, "with"))
        && first > i
        && let Some((a, b)) = pair_of_phrase(article, view, last)
    {
        for party in [a, b] {
            if party != subject.entity {
                emit(article, view, Some(&subject), actor(article, &subject), party, i, RelationKind::Meets, None, 0.65);
            }
        }
        return;
    }
    // ("met to discuss Chad": an infinitive, not a party; "received a
    // telephone call today from the President": the caller.)
    let with_at = (i + 1..=i + 3).find(|&t| {
        view.is(t, "with") || view.is(t, "to") && (view.is_capitalised(t + 1) || view.is_any(t + 1, &["the", "his", "her", "their", "its"])) || view.is(t, "from") && matches!(w.as_str(), "call" | "conversation" | "message")
    });
    // "met today in Panama City with President Mulino": past a time and a
    // place. ("held talks in Hanoi on 12 May with X" too.)
    let with_at = with_at.or_else(|| {
        // ("his telephone conversation on 6 October with X".)
        let phoned = matches!(w.as_str(), "conversation" | "call") && view.is_any(i.saturating_sub(1), &["phone", "telephone", "video"]);
        if !(matches!(w.as_str(), "met" | "meet" | "meets") || matches!(w.as_str(), "talks" | "consultations") && after_hold || phoned) {
            return None;
        }
        let mut t = i + 1;
        while t < i + 10 && (view.is_any(t, &["today", "yesterday", "tonight", "earlier", "later", "separately", "also", "on", "in", "at", "the"]) || view.is_capitalised(t) || view.is_punct(t, '-') || view.word(t).bytes().all(|b| b.is_ascii_digit())) {
            t += 1;
        }
        (t > i + 1 && view.is(t, "with")).then_some(t)
    });
    // ("said after meeting his Bolivian counterpart, Rodrigo Paz": a
    // gerund, with its object.)
    let gerund = w == "meeting" && view.is_any(i.saturating_sub(1), &["after", "before", "while", "since", "when"]);
    let direct_person = gerund || view.mentions.iter().any(|m| m.first == i + 1 && eligible(article, m, &[EntityKind::Person]));
    let objects = if let Some(with_at) = with_at {
        right(article, view, with_at, PERSON_OR_ACTOR)
    } else if matches!(w.as_str(), "met" | "meet" | "meets" | "hosted" | "hosts" | "host" | "received") || direct_person {
        // "met in Warsaw": a place, not a party; "met to discuss the
        // situation in eastern Congo": a topic.
        let mut direct = right(article, view, i, PERSON_OR_ACTOR);
        if direct.first().is_some_and(|o| (i + 1..o.first).any(|t| view.is_any(t, &["in", "at", "on", "about", "over", "discuss", "regarding"]))) {
            direct.clear();
        }
        // ("met members of the Filipino community": people of a country,
        // not its state; "host around 80,000 American troops": soldiers.)
        direct.retain(|m| !(m.role == Role::Demonym && view.is_any(m.last + 1, &["community", "communities", "diaspora", "nationals", "citizens", "workers", "residents", "students", "expatriates", "troops", "soldiers", "forces", "bases", "personnel", "sailors", "marines"])));
        direct
    } else {
        Vec::new()
    };
    // "received" and "hosted" want a person or country as object.
    let subject_entity = actor(article, &subject);
    let objects: Vec<usize> = objects.iter().map(|m| actor(article, m)).collect();
    if objects.is_empty() {
        // "A, B and C met": every pair of the list (a longer list is a
        // gathering, whose pairs say little).
        let listed = left_list(article, view, &subject, PERSON_OR_ACTOR);
        if matches!(w.as_str(), "met" | "meet") && listed.len() > 4 {
            return;
        }
        if matches!(w.as_str(), "met" | "meet") && listed.len() > 2 {
            let parties: Vec<usize> = listed.iter().map(|m| actor(article, m)).collect();
            emit_each_pair(article, view, &parties, i, RelationKind::Meets, None, 0.7);
            return;
        }
        // "A and B met", "A and B would hold consultations"
        let held = matches!(w.as_str(), "talks" | "consultations") && after_hold;
        // The other party may carry a title ("A and Energy Minister B").
        let titled_other = || listed.get(1).filter(|_| listed.len() == 2).copied();
        if (matches!(w.as_str(), "met" | "meet") || held) && let Some(other) = coordinated_before(article, view, &subject, PERSON_OR_ACTOR).or_else(titled_other) {
            let other = actor(article, other);
            emit(article, view, Some(&subject), other, subject_entity, i, RelationKind::Meets, None, 0.75);
            article.last_pair = Some((other, subject_entity));
            // "A and B met in Queenstown for the annual Leaders' Meeting":
            // both attend it.
            if matches!(w.as_str(), "met" | "meet")
                && let Some(event) = view.mentions.iter().find(|m| {
                    m.first > i + 1 && m.first <= i + 10 && eligible(article, m, &[EntityKind::Event]) && {
                        let mut b = m.first - 1;
                        while b > i && (view.is_any(b, &["the", "a", "an", "their", "annual", "first", "second", "third", "inaugural", "regular"]) || is_ordinal(view.lower(b))) {
                            b -= 1;
                        }
                        view.is_any(b, &["for", "at", "during"])
                    }
                })
            {
                let event = event.entity;
                for attendee in [other, subject_entity] {
                    emit(article, view, None, attendee, event, i, RelationKind::Attends, None, 0.65);
                }
            }
        }
        return;
    }
    // "Premier Li Qiang and Zhao Leji, chairman of ..., met Lula": both.
    let other = coordinated_before(article, view, &subject, PERSON_OR_ACTOR).map(|m| actor(article, m)).filter(|&o| o != subject_entity && !objects.contains(&o));
    for &object in objects.iter().take(4) {
        emit(article, view, Some(&subject), subject_entity, object, i, RelationKind::Meets, None, 0.75);
        if let Some(other) = other {
            emit(article, view, None, other, object, i, RelationKind::Meets, None, 0.7);
        }
        article.last_pair = Some((subject_entity, object));
    }
    // "Orbán met Xi in Beijing": the party serving another state visits
    // the place of the meeting (only when both states are known).
    // ("at the Great Hall of the People in Beijing": the first place named
    // after an "at" or "in".)
    if matches!(w.as_str(), "met" | "meet" | "meets" | "meeting" | "talks")
        && let Some(place) = (i + 1..(i + 22).min(view.len()))
            // ("talks on trade and the war in Gaza": the topic's place.)
            .filter(|&t| view.is_any(t, &["in", "at"]) && !view.is_any(t.wrapping_sub(1), TOPIC_NOUNS))
            .find_map(|at| {
                view.mentions.iter().find(|m| {
                    (m.first == at + 1 || m.first == at + 2 && view.is(at + 1, "the"))
                        && (m.role == Role::Capital || eligible(article, m, PLACE_LIKE))
                        && article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country || e.affiliation.is_some())
                })
            })
        && let Some(place_state) = article.entities.get(place.entity).and_then(|e| if e.kind == EntityKind::Country { Some(place.entity) } else { e.affiliation })
    {
        let parties: Vec<usize> = std::iter::once(subject_entity).chain(objects.iter().copied()).collect();
        for party in parties {
            // ("Amir Khan Muttaqi, the acting foreign minister of
            // Afghanistan, met ...": the state of the office the text gave.)
            let party_state = article
                .entities
                .get(party)
                .filter(|e| e.kind == EntityKind::Person)
                .and_then(|e| e.affiliation)
                .filter(|&s| entity_kind_of(article, s) == Some(EntityKind::Country))
                .or_else(|| {
                    (entity_kind_of(article, party) == Some(EntityKind::Person))
                        .then(|| article.relations.iter().find(|r| r.kind == RelationKind::HoldsOffice && r.subject == party && entity_kind_of(article, r.object) == Some(EntityKind::Country)).map(|r| r.object))
                        .flatten()
                });
            if party_state.is_some_and(|s| s != place_state && entity_kind_of(article, s) == Some(EntityKind::Country)) {
                emit(article, view, None, party, place.entity, i, RelationKind::Visits, None, 0.55);
            }
        }
    }
    // "Lapid hosted the foreign ministers of A, B and C at the Negev
    // Summit": the guests attend the event.
    if matches!(w.as_str(), "hosted" | "hosts" | "received" | "welcomed")
        && let Some(event) = (i + 1..(i + 30).min(view.len()))
            .filter(|&t| view.is_any(t, &["at", "for"]))
            .find_map(|at| view.mentions.iter().find(|m| (m.first == at + 1 || m.first == at + 2 && view.is(at + 1, "the")) && eligible(article, m, &[EntityKind::Event])))
            .copied()
    {
        for &guest in objects.iter().take(8) {
            if guest != event.entity {
                emit(article, view, None, guest, event.entity, i, RelationKind::Attends, None, 0.6);
            }
        }
        // (The host is there too.)
        if entity_kind_of(article, subject_entity) == Some(EntityKind::Person) {
            emit(article, view, Some(&subject), subject_entity, event.entity, i, RelationKind::Attends, None, 0.6);
        }
    }
    // "A hosted B at Perdana Putra", "received B in Beijing": the guest
    // visits the place (unless it is the guest's own country's). "hosted
    // Merkel and Sarkozy in Warsaw": each guest, and the guests meet too.
    if matches!(w.as_str(), "hosted" | "hosts" | "received" | "welcomed")
        && (1..=3).contains(&objects.len())
        && objects.iter().all(|&guest| entity_kind_of(article, guest) == Some(EntityKind::Person))
        && let Some(at) = (i + 1..(i + 22).min(view.len())).find(|&t| view.is_any(t, &["at", "in"]))
        && let Some(place) = view.mentions.iter().find(|m| (m.first == at + 1 || m.first == at + 2 && view.is(at + 1, "the")) && eligible(article, m, &[EntityKind::Place]))
    {
        let place_state = article.entities.get(place.entity).and_then(|e| e.affiliation);
        for &guest in &objects {
            let guest_state = article.entities.get(guest).and_then(|e| e.affiliation);
            if guest_state.is_none() || guest_state != place_state {
                emit(article, view, None, guest, place.entity, i, RelationKind::Visits, None, 0.6);
            }
        }
        emit_each_pair(article, view, &objects, i, RelationKind::Meets, None, 0.6);
    }
}

/// "The presidents of Liberia, Sierra Leone and Guinea agreed in Monrovia",
/// "the heads of government of A, B and C met in Wellington": each state of
/// a short list whose leaders gathered in a city of another state visits
/// it. (A long list is a founding or a summit, said elsewhere.)
#[inline(never)]
fn gathered_in_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>, noun: usize) {
    let mut of = noun + 1;
    if view.is_any(of + 1, &["state", "government"]) && view.is(of + 2, "of") {
        of += 2;
    }
    let states = near_list(right(article, view, of, &[EntityKind::Country]), of + 2);
    let Some(end) = states.iter().map(|m| m.last).max() else { return };
    // "a trilateral meeting of the foreign ministers of A, B and C in Arica",
    // "the sixth meeting of the heads of state of A, B and C, held in
    // Samarkand": the states attend the meeting, held there.
    if let Some(event) = view.mentions.iter().find(|m| m.last < noun && noun - m.last <= 5 && view.is(m.last + 1, "of") && eligible(article, m, &[EntityKind::Event])).copied() {
        for state in states.iter().map(|m| actor(article, m)).collect::<Vec<_>>() {
            emit(article, view, None, state, event.entity, noun, RelationKind::Attends, None, 0.6);
        }
        let at = if view.is_punct(end + 1, ',') && view.is(end + 2, "held") { end + 3 } else { end + 1 };
        if view.is(at, "in")
            && let Some(place) = view.mentions.iter().find(|m| m.first == at + 1 && (m.role == Role::Capital || eligible(article, m, &[EntityKind::Place])))
        {
            emit(article, view, None, event.entity, place.entity, noun, RelationKind::LocatedIn, None, 0.6);
        }
        return;
    }
    if !(2..=4).contains(&states.len()) {
        return;
    }
    let Some(verb) = (end + 1..(end + 4).min(view.len())).find(|&t| view.is_any(t, &["agreed", "met", "gathered", "convened", "signed"])) else { return };
    if !(end + 1..verb).all(|t| view.is_any(t, &["have", "had", "also", "jointly"])) || !view.is(verb + 1, "in") {
        return;
    }
    let Some(place) = view.mentions.iter().find(|m| m.first == verb + 2 && (m.role == Role::Capital || eligible(article, m, &[EntityKind::Place]))).copied() else { return };
    let Some(place_state) = article.entities.get(place.entity).and_then(|e| e.affiliation) else { return };
    let states: Vec<usize> = states.iter().map(|m| actor(article, m)).collect();
    for state in states {
        if state != place_state {
            emit(article, view, None, state, place.entity, verb, RelationKind::Visits, None, 0.6);
        }
    }
}

/// "New Zealand's Foreign Minister, Winston Peters, and Marc Ati,
/// Vanuatu's Minister of Foreign Affairs, signed an arrangement", "A and B,
/// the chief adviser of Bangladesh's interim government, held their first
/// bilateral meeting": the two people the sentence opens with met, over
/// the appositives that describe them.
// (Kept out of line: inlined into the relation pass, it made the word
// match there compile to slower string comparisons.)
#[inline(never)]
fn appositive_pair_rule(article: &mut Article<'_>, view: &SentenceView<'_>, verb: usize) {
    if view.is(verb, "held") && !(verb + 1..(verb + 5).min(view.len())).any(|t| view.is_any(t, &["talks", "meeting", "meetings", "consultations"])) {
        return;
    }
    let people: Vec<Mention> = view.mentions.iter().filter(|m| m.last < verb && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).copied().collect();
    let [a, b] = people.as_slice() else { return };
    // Only title words before the first.
    let title_word = |t: usize| view.is_capitalised(t) || view.is_punct(t, ',') || view.is_possessive(t) || view.is_any(t, &["of", "the", "and", "for"]);
    if a.entity == b.entity || !(0..a.first).all(title_word) {
        return;
    }
    // "A and B", "A, title, and B": the "and" closes A's appositive.
    let Some(and) = (a.last + 1..b.first).find(|&t| view.is(t, "and") && (t == a.last + 1 || view.is_punct(t - 1, ',') && view.is_punct(a.last + 1, ','))) else { return };
    if !(and + 1..b.first).all(|t| view.is_capitalised(t) || view.is_possessive(t) || view.is_any(t, &["the", "his", "her", "counterpart", "of"])) {
        return;
    }
    // The verb follows B, or the comma closing B's appositive.
    let adverb = |t: usize| view.is_any(t, &["also", "then", "later", "jointly", "today", "yesterday"]);
    let next_to_b = (b.last + 1..verb).all(adverb);
    let after_appositive = view.is_punct(b.last + 1, ',') && view.is_punct(verb - 1, ',') && verb - b.last <= 25;
    if !(next_to_b || after_appositive) {
        return;
    }
    emit(article, view, Some(a), a.entity, b.entity, verb, RelationKind::Meets, None, 0.65);
}

/// "X visited Budapest and met Y", "Sisi is in China ... and will attend
/// the conference": a verb after "and" (and a modal) shares the subject of
/// the first verb, the first person of the sentence, when the nearest
/// mention before it is not a person.
fn conjoined_subject(article: &Article<'_>, view: &SentenceView<'_>, i: usize, subject: Mention) -> Mention {
    let mut t = i.saturating_sub(1);
    while t > 0 && (view.is_any(t, &["will", "would", "also", "later", "then", "to", "is", "was", "shall", "could", "may", "have", "has", "had"]) || view.lower(t).ends_with("ly")) {
        t -= 1;
    }
    // "He met Chief Adviser Yunus and will travel to Cox's Bazar": a
    // second verb phrase (a modal or adverb after "and") has the sentence's
    // subject, even when a person stands nearer.
    let verb_phrase = t + 1 < i;
    if view.is(t, "and")
        && verb_phrase
        && entity_kind(article, &subject) == Some(EntityKind::Person)
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 1 && m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        return *opening;
    }
    // "Zelenskyy attended a dinner hosted by King Willem-Alexander ... and
    // met Trump": the agent of a participle is no subject; the sentence's
    // first person is.
    if view.is(t, "and")
        && entity_kind(article, &subject) == Some(EntityKind::Person)
        // ("received by the Prime Minister of Viet Nam, Pham Minh Chinh,
        // and paid a courtesy call on": over a title written out.)
        && (subject.first.saturating_sub(12)..subject.first)
            .rev()
            .find(|&u| !(view.is_capitalised(u) || view.is_punct(u, '-') || view.is_any(u, &["of", "the"]) || view.is_punct(u, ',') && u + 1 == subject.first))
            .is_some_and(|u| view.is(u, "by"))
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 3 && m.last < subject.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)
    {
        return *opening;
    }
    if !view.is(t, "and") || entity_kind(article, &subject) == Some(EntityKind::Person) {
        return subject;
    }
    // "The Ministers condemned the attacks in eastern Congo and called on
    // Rwanda": the sentence's opening subject, when it opens the sentence.
    let in_phrase = governed_by_preposition(view, &subject) || subject.first >= 2 && view.is_any(subject.first - 2, &["in", "of", "from", "against", "on"]);
    if in_phrase
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 1 && m.last < subject.first && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first)
    {
        return *opening;
    }
    // "Israel's representative rejected ..., and called on the Council":
    // the delegation the sentence opens with.
    if let Some(delegation) = view.delegations.iter().find(|d| d.phrase_first <= 2)
        && let Some(speaker) = view.mentions.iter().find(|m| m.entity == delegation.speaks_for && m.last < t)
        && speaker.entity != subject.entity
    {
        return *speaker;
    }
    // "The Council called on Libya to engage with the Special
    // Representative, Hanna Tetteh, and urged ...": a body or state opening
    // the sentence keeps it when every person before the verb is the object
    // of a preposition (over title words and an apposition's comma).
    let object_of_preposition = |m: &Mention| {
        let mut b = m.first;
        while b > 0 && m.first - b < 10 && (view.is_capitalised(b - 1) || view.is_any(b - 1, &["the", "of"]) || view.is_punct(b - 1, ',') || view.is_punct(b - 1, '-')) {
            b -= 1;
        }
        b > 0 && view.is_any(b - 1, &["with", "to", "by", "for", "on", "from", "at"])
    };
    if subject.first <= 1
        && subject.role == Role::Plain
        && view.mentions.iter().filter(|m| m.first > subject.last && m.last < t && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).all(object_of_preposition)
    {
        return subject;
    }
    let first_person = view.mentions.iter().filter(|m| m.last < t && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first);
    match first_person {
        Some(person) if person.first <= 8 => *person,
        _ => nearest_left(article, view, i, &[EntityKind::Person]).filter(|m| m.role == Role::Plain).copied().unwrap_or(subject),
    }
}

fn visits_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    let after = if matches!(w.as_str(), "trip" | "travel" | "travelled" | "traveled" | "travels" | "travelling" | "traveling" | "flew" | "flies" | "fly" | "flying") {
        // "His first trip abroad was to Turkey"; "began his trip in the
        // province of Fujian".
        // "will travel on Monday to San Salvador": past a time.
        let to = (i + 1..=i + 4).find(|&t| view.is(t, "to")).filter(|&t| {
            (i + 1..t).all(|u| view.is_any(u, &["abroad", "overseas", "was", "is", "will", "be", "on", "next", "this", "later", "tomorrow", "today", "week", "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))
        });
        // "travelled with President Mirziyoyev to Samarkand": past the
        // companion.
        let to = to.or_else(|| {
            view.is(i + 1, "with")
                .then(|| view.mentions.iter().filter(|m| m.first > i + 1 && m.first <= i + 4).min_by_key(|m| m.first))
                .flatten()
                .filter(|m| (i + 2..m.first).all(|t| view.is_capitalised(t)) && view.is(m.last + 1, "to"))
                .map(|m| m.last + 1)
        });
        let began_in = w == "trip" && view.is(i + 1, "in") && (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["began", "begins", "begin", "started", "starts", "start", "opened", "opens"]));
        match (to, began_in) {
            (Some(to), _) => to,
            (None, true) => i + 1,
            _ => return,
        }
    } else if w == "due" {
        i + 1
    } else if matches!(w.as_str(), "arrived" | "arrive" | "arrives" | "arriving" | "landed" | "stopped") {
        if !view.is_any(i + 1, &["in", "at"]) {
            arrived_at_dateline_rule(article, view, i);
            return;
        }
        i + 1
    } else if matches!(w.as_str(), "took" | "take" | "takes") {
        // "a tour that took him to France, Serbia and Hungary"
        if !(view.is_any(i + 1, &["him", "her", "them"]) && view.is(i + 2, "to")) {
            return;
        }
        i + 2
    } else if matches!(w.as_str(), "leaving" | "leave" | "leaves" | "left" | "departs" | "departed" | "heads" | "headed" | "bound") {
        // "before leaving for Indonesia", "headed to Pakistan"
        if !view.is_any(i + 1, &["for", "to"]) {
            return;
        }
        i + 1
    } else if matches!(w.as_str(), "continuing" | "continued" | "continues" | "proceeding" | "proceeded" | "proceeds") {
        // "before continuing to Costa Rica and Guatemala", "continued on to
        // Hanoi" (not "continued to occupy the Donetsk region": a verb
        // after "to").
        let place_after = |to: usize| view.is_capitalised(to + 1) || view.is(to + 1, "the") && view.is_capitalised(to + 2);
        if view.is(i + 1, "to") && place_after(i + 1) {
            i + 1
        } else if view.is(i + 1, "on") && view.is(i + 2, "to") {
            i + 2
        } else {
            return;
        }
    } else if w == "visit" || w == "tour" {
        if view.is_any(i + 1, &["to", "of"]) { i + 1 } else { i }
    } else {
        i
    };
    // "A invited B ... to pay a state visit to X": the guest's visit
    // (`invitation_rule`), not the host's.
    if (i.saturating_sub(4)..i).any(|t| view.is(t, "to")) && (0..i).any(|t| view.is_any(t, &["invited", "invites", "invite", "inviting"]) || view.is(t, "invitation") && view.is(t + 1, "from")) {
        return;
    }
    // "a visit by Putin to Turkey": the visitor after "by".
    if matches!(w.as_str(), "visit" | "trip")
        && view.is(i + 1, "by")
        && let Some(visitor) = view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, PERSON_OR_ACTOR)).copied()
        && view.is_any(visitor.last + 1, &["to", "of"])
    {
        for place in near_list(right(article, view, visitor.last + 1, PLACE_LIKE), visitor.last + 3) {
            emit(article, view, None, actor(article, &visitor), place.entity, i, RelationKind::Visits, None, 0.7);
        }
        return;
    }
    // "Blanár is due in Vientiane, on the first visit by a Slovak foreign
    // minister to Laos": an office holder of that state, written as a
    // description, goes there; the sentence's person when they hold it.
    if matches!(w.as_str(), "visit" | "trip")
        && view.is(i + 1, "by")
        && view.is_any(i + 2, &["a", "an", "the"])
        && let Some(demonym) = view.mentions.iter().find(|m| m.first == i + 3 && m.role == Role::Demonym).copied()
        && let Some(to) = (demonym.last + 1..(demonym.last + 5).min(view.len())).find(|&t| view.is(t, "to"))
        && (demonym.last + 1..to).all(|t| view.word(t).chars().all(char::is_lowercase))
    {
        let state = actor(article, &demonym);
        let visitor = view
            .mentions
            .iter()
            .filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !governed_by_preposition(view, m))
            .min_by_key(|m| m.first)
            .map(|m| m.entity)
            .filter(|&p| article.entities.get(p).and_then(|e| e.affiliation) == Some(state))
            .unwrap_or(state);
        for place in near_list(right(article, view, to, PLACE_LIKE), to + 3) {
            if place.entity != state {
                emit(article, view, None, visitor, place.entity, i, RelationKind::Visits, None, 0.65);
            }
        }
        return;
    }
    // "a planned visit to Beijing by U.S. Treasury Secretary Janet
    // Yellen": the visitor after the place.
    if matches!(w.as_str(), "visit" | "trip")
        && after == i + 1
        && let Some(place) = mention_after(article, view, i + 2, PLACE_LIKE)
        && view.is(place.last + 1, "by")
        && let Some(visitor) = right(article, view, place.last + 1, PERSON_OR_ACTOR).first().filter(|m| m.first <= place.last + 6).copied().copied()
    {
        emit(article, view, None, actor(article, &visitor), place.entity, i, RelationKind::Visits, None, 0.7);
        return;
    }
    // "Modi is expected to travel to China for his first visit": the
    // person the possessive pronoun stands for, the one named last.
    let pronoun_owner = (i.saturating_sub(3)..i)
        .find(|&t| view.is_any(t, &["his", "her"]) && (t + 1..i).all(|u| !view.is_capitalised(u) && !view.is_punct(u, ',')))
        .and_then(|t| view.mentions.iter().filter(|m| m.last < t && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).max_by_key(|m| m.last).copied());
    // Possessive subject: "Kishida's visit to".
    // "took him to" is said of a person.
    let taking = matches!(w.as_str(), "took" | "take" | "takes");
    let subject_kinds = if taking && view.is_any(i + 1, &["him", "her"]) { &[EntityKind::Person][..] } else { PERSON_OR_ACTOR };
    let subject = if i >= 2 && view.is_possessive(i - 1) {
        view.mentions.iter().find(|m| m.last == i - 2 && eligible(article, m, PERSON_OR_ACTOR)).copied()
    } else {
        None
    }
    .or_else(|| left(article, view, i, subject_kinds).or_else(|| fronted_phrase_subject(article, view, i, subject_kinds)).copied());
    // "a State Visit to Angola ..., followed by a State Visit to Botswana":
    // a candidate governed by a preposition is an earlier destination, not
    // the visitor; the sentence's first person is.
    let subject = match subject {
        Some(s) if governed_by_preposition(view, &s) => view
            .mentions
            .iter()
            .filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !governed_by_preposition(view, m))
            .min_by_key(|m| m.first)
            .copied()
            // ("continued to Hanoi and then on to the Philippines": a
            // place gone to is no traveller.)
            .or_else(|| (entity_kind(article, &s) != Some(EntityKind::Place)).then_some(s)),
        other => other,
    };
    let subject = pronoun_owner.or(subject);
    // "Rahmon accepted the invitation of President Japarov to pay an
    // official visit to the Kyrgyz Republic": the one invited goes.
    let subject = (i.saturating_sub(10)..i)
        .find(|&t| view.is(t, "invitation") && view.is_any(t + 1, &["of", "from"]) && t >= 2 && view.is(t - 1, "the") && view.is_any(t - 2, &["accepted", "accepts", "accept", "accepting"]))
        .and_then(|t| left(article, view, t - 2, &[EntityKind::Person, EntityKind::Country]).copied())
        .or(subject);
    // "X held talks with Y, at the start of a three-day visit to
    // South-East Asia": a visit in an adjunct after a comma is the
    // sentence's subject's, not the last person's.
    let subject = match adjunct_visit_opener(view, i) {
        Some(comma) if matches!(w.as_str(), "visit" | "trip" | "tour") => view
            .mentions
            .iter()
            .filter(|m| m.last < comma && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !governed_by_preposition(view, m))
            .min_by_key(|m| m.first)
            .copied()
            .or(subject),
        _ => subject,
    };
    // "He met Yunus and will travel to Cox's Bazar": the first verb's
    // subject travels.
    let subject = subject.map(|s| conjoined_subject(article, view, i, s));
    // "The Prime Minister confirmed that the Foreign Secretary would travel
    // to Brasilia": the clause has a subject of its own the text does not
    // name as a mention.
    if let Some(s) = subject
        && let Some(that) = (s.last + 1..i).find(|&t| view.is(t, "that") && t >= 1 && view.is_any(t - 1, &["said", "says", "confirmed", "confirms", "announced", "announces", "added", "noted", "stated", "agreed", "expected", "hoped", "reported", "warned", "told", "insisted"]))
        && !view.mentions.iter().any(|m| m.first > that && m.last < i && eligible(article, m, PERSON_OR_ACTOR))
        && (that + 1..i).any(|t| view.is_capitalised(t) || view.is(t, "the"))
    {
        return;
    }
    // "X will call on Y before leaving for Z": a participle after
    // "before"/"after" has the sentence's subject.
    let subject = if w.ends_with("ing") && view.is_any(i.saturating_sub(1), &["before", "after", "while", "when", "since", "upon", "on"]) {
        view.mentions.iter().filter(|m| m.last < i && m.first <= 8 && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first).copied().or(subject)
    } else {
        subject
    };
    // "the two leaders travelled to Marseille": each of the pair.
    if !taking
        && let Some((a, b)) = pair_as_subject(article, view, i, subject.as_ref())
    {
        let places = right(article, view, after, PLACE_LIKE);
        if let Some(first) = places.first().filter(|o| o.first <= after + 3) {
            for party in [a, b] {
                emit(article, view, Some(first), party, first.entity, i, RelationKind::Visits, None, 0.7);
            }
        }
        return;
    }
    // "took him to": "him" when resolved, else the last person.
    let taken = if taking { view.mentions.iter().find(|m| m.first == i + 1 && eligible(article, m, &[EntityKind::Person])).copied() } else { None };
    // "took him to": him is the traveller, not whoever stands before.
    let subject = if taking { taken } else { subject };
    // "Erdogan ... an Asian tour that will also take him to Pakistan": the
    // sentence's first person, else the last one named.
    let first_here = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).map(|m| m.entity);
    // ("His first trip abroad was to Turkey": the person "his" is.)
    let his = (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["his", "her"]));
    let pronoun_person = if subject.is_none() && (taking || his) { first_here.or(article.subject_person).or(article.last_person) } else { None };
    let subject_entity = match (&subject, pronoun_person) {
        (Some(subject), _) => actor(article, subject),
        (None, Some(person)) => person,
        (None, None) => return,
    };
    let mut objects = right(article, view, after, PLACE_LIKE);
    // "travel to Fiji's capital, Suva": the city the appositive names.
    let mut apposed = false;
    if let Some(first) = objects.first().copied().filter(|o| o.first <= after + 3)
        && view.is_possessive(first.last + 1)
        && let Some(noun) = (first.last + 2..=first.last + 3).find(|&t| view.is_any(t, &["capital", "city", "port"]))
        && view.is_punct(noun + 1, ',')
        && let Some(city) = view.mentions.iter().find(|m| m.first == noun + 2 && eligible(article, m, &[EntityKind::Place]))
    {
        objects = vec![city];
        apposed = true;
    }
    // ("in the southeastern province of Fujian": over a place noun.)
    let near = apposed || objects.first().is_some_and(|o| {
        o.first <= after + 3
            || o.first <= after + 6 && view.is(o.first - 1, "of") && view.is_any(o.first - 2, &["province", "city", "region", "state", "island", "islands", "port", "town"]) && (after + 1..o.first - 2).all(|t| view.is(t, "the") || view.word(t).chars().all(char::is_lowercase))
    });
    // "Sisi is in China for a state visit", "arrived in Hanoi on a
    // two-day visit": the place comes before the noun.
    if !near && matches!(w.as_str(), "visit" | "trip" | "tour")
        && let Some(in_at) = (i.saturating_sub(9)..i).rev().find(|&t| view.is_any(t, &["in", "to"]))
        && let Some(place) = view.mentions.iter().find(|m| m.first == in_at + 1 && eligible(article, m, PLACE_LIKE))
        && (place.last + 1..i).all(|t| view.is_any(t, &["for", "on", "a", "an", "his", "her", "their", "state", "official", "working", "formal", "two-day", "three-day", "four-day", "five-day", "two", "three", "four", "five", "six", "day", "week-long", "first", "second", "rare", "historic"]) || view.is_punct(t, '-') || view.tokens.get(t).is_some_and(|k| k.kind == TokenKind::Number))
        && let Some(visitor) = left(article, view, in_at, PERSON_OR_ACTOR).copied()
    {
        emit(article, view, Some(&visitor), actor(article, &visitor), place.entity, i, RelationKind::Visits, None, 0.7);
        return;
    }
    if !near {
        return;
    }
    // "Blinken, Mayorkas and Sherwood-Randall will travel to Mexico
    // City": each of a listed subject.
    let mut travellers = vec![subject_entity];
    if let Some(subject) = subject.as_ref() {
        travellers.extend(left_list(article, view, subject, PERSON_OR_ACTOR).into_iter().skip(1).map(|m| actor(article, m)));
    }
    for object in objects.iter().take(4) {
        // (A host listed with the guest does not visit their own country.)
        let object_state = article.entities.get(object.entity).map(|e| if e.kind == EntityKind::Country { Some(object.entity) } else { e.affiliation }).unwrap_or(None);
        for &traveller in &travellers {
            let home = article.entities.get(traveller).and_then(|e| if e.kind == EntityKind::Country { Some(traveller) } else { e.affiliation });
            if traveller != subject_entity && home.is_some() && home == object_state {
                continue;
            }
            emit(article, view, subject.as_ref(), traveller, object.entity, i, RelationKind::Visits, None, 0.75);
        }
    }
    // "travelled to Japan for the 42nd G7 summit", "visited Vietnam in
    // November 2017 for the APEC summit": the trip's event is attended.
    if let Some(place) = objects.last().filter(|o| o.first <= after + 12)
        && let Some(for_at) = (place.last + 1..(place.last + 6).min(view.len())).find(|&t| view.is(t, "for"))
        && (place.last + 1..for_at).all(|t| !view.is_punct(t, ',') && view.dates.iter().any(|d| d.first_token <= t && t <= d.last_token) || view.is_any(t, &["in", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))
        && let Some(event) = view.mentions.iter().find(|m| (for_at + 1..=for_at + 2).contains(&m.first) && entity_kind(article, m) == Some(EntityKind::Event)).copied()
    {
        for &traveller in &travellers {
            emit(article, view, subject.as_ref(), traveller, event.entity, i, RelationKind::Attends, None, 0.7);
        }
    }
    // "travel to Cox's Bazar with the High Commissioner, Filippo Grandi":
    // the companion goes too.
    if let Some(place) = objects.first()
        // ("to Antananarivo next week with X": past a time.)
        && let Some(with_at) = (place.last + 1..(place.last + 5).min(view.len()))
            .take_while(|&t| t <= place.last + 2 || view.is_any(t - 1, &["week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "today"]))
            .find(|&t| view.is(t, "with"))
        && let Some(companion) = view.mentions.iter().filter(|m| m.first > with_at && m.first <= with_at + 10 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied()
        && companion.entity != subject_entity
    {
        emit(article, view, Some(&companion), companion.entity, place.entity, i, RelationKind::Visits, None, 0.6);
    }
}

/// "The summit was attended by A and B", "Also present at the meeting
/// were A and B", "Among those attending the forum were A and B": the
/// event, then where its attendees start.
fn inverted_attendance(article: &Article<'_>, view: &SentenceView<'_>, i: usize) -> Option<(usize, usize)> {
    const EVENT_OR_ORG: &[EntityKind] = &[EntityKind::Event, EntityKind::Organization];
    let after_event = |event: &Mention| (event.last + 1..=event.last + 2).find(|&t| view.is_any(t, &["were", "was"]));
    if view.is_any(i, &["attended", "attending"]) && view.is(i + 1, "by") {
        // "A summit in Gdansk on 3 May was attended by": the passive's
        // subject may carry its place and date.
        // ("the summit in Astana, hosted by the Head of State and attended
        // by": past a participle phrase joined by "and".)
        let after_participle = view.is(i.saturating_sub(1), "and") && (i.saturating_sub(12)..i).any(|t| view.is_any(t, &["hosted", "chaired", "organised", "organized", "convened", "opened"]) && view.is(t + 1, "by"));
        let reach = if view.is_any(i.saturating_sub(1), &["was", "were", "been", "is", "are"]) || after_participle { 14 } else { 4 };
        let event = view.mentions.iter().filter(|m| m.last < i && i - m.last <= reach && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last)?;
        return Some((event.entity, i + 1));
    }
    let opens = view.is(i, "present") && view.is(i + 1, "at") || view.is(i, "attending") && view.is(i.saturating_sub(1), "those");
    if !opens {
        return None;
    }
    let event = right(article, view, i, EVENT_OR_ORG).into_iter().next().filter(|m| m.first <= i + 6)?;
    Some((event.entity, after_event(event)?))
}

/// The two countries named last before this sentence, not counting the
/// critic's own (named before token `i`): whom "the two countries" in a
/// criticism are.
fn last_two_countries(article: &Article<'_>, view: &SentenceView<'_>, i: usize) -> Option<(usize, usize)> {
    let own: Vec<usize> = view.mentions.iter().filter(|m| m.last < i).map(|m| m.entity).collect();
    let mut countries: Vec<(usize, usize)> = article
        .entities
        .iter()
        .enumerate()
        .filter(|(index, e)| e.kind == EntityKind::Country && !own.contains(index))
        .filter_map(|(index, e)| e.mentions.iter().map(|&(start, _)| start).filter(|&start| start < view.start).max().map(|at| (at, index)))
        .collect();
    countries.sort_unstable_by(|a, b| b.cmp(a));
    match countries.as_slice() {
        [(_, a), (_, b), ..] => Some((*b, *a)),
        _ => None,
    }
}

/// The two states named most often before this sentence, other than
/// `except`: the parties of the dispute a text is about.
fn main_two_countries(article: &Article<'_>, view: &SentenceView<'_>, except: usize) -> Option<(usize, usize)> {
    let mut counted: Vec<(usize, usize)> = article
        .entities
        .iter()
        .enumerate()
        .filter(|&(index, e)| e.kind == EntityKind::Country && index != except)
        .map(|(index, e)| (e.mentions.iter().filter(|&&(start, _)| start < view.start).count(), index))
        .filter(|&(count, _)| count >= 2)
        .collect();
    counted.sort_unstable_by(|a, b| b.cmp(a));
    match counted.as_slice() {
        [(_, a), (_, b), ..] => Some((*a, *b)),
        _ => None,
    }
}

/// "condemned what she called \"illegitimate\" sanctions", "denounced the
/// new Western sanctions": where the sanctions a verb of judgement or
/// obstruction is about are named, a few describing words on.
fn judged_sanctions(view: &SentenceView<'_>, i: usize) -> Option<usize> {
    const DESCRIBING: &[&str] = &["the", "these", "those", "such", "what", "she", "he", "it", "they", "called", "termed", "described", "as", "new", "further", "latest", "western", "unilateral", "illegal", "illegitimate", "unlawful", "unjust", "any", "more", "additional", "fresh", "tougher"];
    if !view.is_any(i, &["condemned", "condemns", "criticised", "criticized", "denounced", "denounces", "blocked", "blocks", "vetoed", "opposed", "opposes", "rejected", "rejects", "slammed", "decried"]) {
        return None;
    }
    (i + 1..(i + 8).min(view.len()))
        .take_while(|&t| view.is_any(t, DESCRIBING) || view.is_any(t, &["sanctions", "measures"]) || view.is_punct(t, '"') || view.is_punct(t, '\''))
        .find(|&t| view.is_any(t, &["sanctions", "measures"]))
}

/// "Baghaei rejected the US criticism", "dismissed Washington's
/// accusations": answering a critic is criticising them back.
fn rejected_criticism_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    const CRITICISM_NOUNS: &[&str] = &["criticism", "criticisms", "accusations", "accusation", "allegations", "allegation", "claims", "charges", "remarks", "statements", "demands", "warnings", "threats", "sanctions", "measures", "move", "resolution", "renewal", "decision", "text"];
    let the = i + 1 + usize::from(view.is_any(i + 1, &["the", "a"]));
    let critic = view.mentions.iter().find(|m| m.first == the && eligible(article, m, PERSON_OR_ACTOR)).copied();
    let noun_at = critic.map_or(the, |c| c.last + 1 + usize::from(view.is_possessive(c.last + 1)));
    // ("opposed unilateral sanctions": one adjective before the noun.)
    let noun_at = if !view.is_any(noun_at, CRITICISM_NOUNS) && view.is_any(noun_at, &["unilateral", "new", "western", "illegal", "latest", "such"]) { noun_at + 1 } else { noun_at };
    let noun_at = if view.is_any(noun_at, CRITICISM_NOUNS) { noun_at } else { judged_sanctions(view, i).unwrap_or(noun_at) };
    if !view.is_any(noun_at, CRITICISM_NOUNS) {
        return;
    }
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    let subject = conjoined_subject(article, view, i, subject);
    let subject_entity = actor(article, &subject);
    // "Israel's representative rejected the resolution", "his Government
    // rejected the renewal": the body that adopted it.
    if critic.is_none() && view.is_any(noun_at, &["resolution", "renewal", "decision", "text"]) {
        let Some(body) = article.recent_adopting_body() else { return };
        if body != subject_entity {
            emit(article, view, Some(&subject), subject_entity, body, i, RelationKind::Criticizes, Some(format!("{} {}", view.lower(i), view.lower(noun_at))), 0.55);
        }
        return;
    }
    // "Venezuela rejected the sanctions", "condemned the move": whoever
    // imposed the sanctions reported last, each of them.
    if critic.is_none() && view.is_any(noun_at, &["sanctions", "measures", "move"]) {
        let sanctioners = main_sanctioners(article);
        if sanctioners.is_empty() {
            return;
        }
        let label = format!("{} {}", view.lower(i), view.lower(noun_at));
        // "Russia and China ... also condemned the move": each of them.
        let critics: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect();
        for critic in critics {
            for &sanctioner in &sanctioners {
                if sanctioner != critic {
                    emit(article, view, Some(&subject), critic, sanctioner, i, RelationKind::Criticizes, Some(label.clone()), 0.6);
                }
            }
        }
        return;
    }
    // "Dar rejected the accusation": the one who last accused the speaker
    // or the state they serve.
    let critics: Vec<usize> = match critic {
        Some(critic) => vec![actor(article, &critic)],
        None => {
            let serves = article.entities.get(subject_entity).and_then(|e| e.affiliation);
            let aimed = |r: &super::engine::RelationRecord| r.kind == RelationKind::Criticizes && (r.object == subject_entity || Some(r.object) == serves);
            let Some(last) = article.relations.iter().rev().find(|r| aimed(r)).and_then(|r| r.sentences.first().copied()) else { return };
            // Every accuser of that sentence ("Mali, Burkina Faso and Niger
            // accused Algeria ..."); an official or agency speaks for its
            // state.
            let mut accusers: Vec<usize> = Vec::new();
            for r in article.relations.iter().filter(|r| aimed(r) && r.sentences.first() == Some(&last)) {
                let accuser = affiliation_or_self(article, r.subject);
                if !accusers.contains(&accuser) {
                    accusers.push(accuser);
                }
            }
            accusers
        }
    };
    for critic_entity in critics {
        if subject_entity != critic_entity {
            emit(article, view, Some(&subject), subject_entity, critic_entity, i, RelationKind::Criticizes, Some(format!("{} {}", view.lower(i), view.lower(noun_at))), 0.65);
        }
    }
}

/// "Wang Yi, who chaired the meeting": the chair attends the event.
fn chaired_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // "The summit was chaired by Prime Minister Shinzo Abe".
    if view.is(i + 1, "by") {
        // ("It was the first G20 summit hosted by Japan, ..., and was
        // chaired by": the event the sentence is about.)
        let event = left(article, view, i, &[EntityKind::Event])
            .filter(|m| i - m.last <= 6 || i - m.last <= 14 && (m.last + 1..i).any(|t| view.is(t, "and")))
            .or_else(|| view.mentions.iter().filter(|m| m.first <= 6 && m.last < i && eligible(article, m, &[EntityKind::Event])).min_by_key(|m| m.first));
        let Some(event) = event.copied() else { return false };
        let Some(chair) = right(article, view, i + 1, &[EntityKind::Person, EntityKind::Country]).first().filter(|m| m.first <= i + 6).copied().copied() else { return false };
        emit(article, view, Some(&chair), actor(article, &chair), event.entity, i, RelationKind::Attends, Some("chair".to_owned()), 0.7);
        return true;
    }
    let Some(event) = right(article, view, i, &[EntityKind::Event, EntityKind::Organization]).first().filter(|m| m.first <= i + 3 && entity_kind(article, m) == Some(EntityKind::Event)).copied().copied() else {
        return false;
    };
    let Some(chair) = left(article, view, i, &[EntityKind::Person, EntityKind::Country]).copied() else { return false };
    emit(article, view, Some(&chair), actor(article, &chair), event.entity, i, RelationKind::Attends, Some("chair".to_owned()), 0.7);
    true
}

/// "ministers gathered in Tianjin on Tuesday for a Council of Foreign
/// Ministers meeting": the event is held in that place.
fn gathered_for_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "in the northern Chinese port city of Tianjin".
    let Some(place) = view
        .mentions
        .iter()
        .filter(|m| m.first > i + 1 && m.first <= i + 8 && m.role != Role::Demonym && eligible(article, m, PLACE_LIKE) && (i + 2..m.first).all(|t| !view.is_punct(t, ',')))
        .min_by_key(|m| m.first)
        .copied()
    else {
        return;
    };
    let Some(for_at) = (place.last + 1..(place.last + 8).min(view.len())).find(|&t| view.is(t, "for")) else { return };
    let Some(event) = view.mentions.iter().find(|m| (for_at + 1..=for_at + 2).contains(&m.first) && eligible(article, m, &[EntityKind::Event])).copied() else { return };
    emit(article, view, Some(&event), event.entity, place.entity, i, RelationKind::LocatedIn, None, 0.65);
}

/// "looks forward to welcoming President Marcos to the White House", "who
/// will accompany President Marcos to Washington": the guest travels there
/// (and the one accompanying them too); the host meets the guest.
/// "President Ruto paid a state visit to Ethiopia. He was accompanied by
/// Foreign Minister X and Trade Minister Y": the companions went where the
/// one they accompanied went (the state visited, else the places of that
/// person's latest visit).
fn companions_visit_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(subject) = left(article, view, i, &[EntityKind::Person]).filter(|m| m.first == 0).copied() else {
        return;
    };
    let visits = article.relations.iter().filter(|r| r.kind == RelationKind::Visits && r.subject == subject.entity && !r.negated && r.modality == Modality::Asserted);
    let Some(latest) = visits.clone().filter_map(|r| r.sentences.last().map(|s| s.0)).max() else {
        return;
    };
    // (The state visited, when one was named: "The Prime Minister was
    // accompanied by ..." closing a report of a visit that ended in Mumbai
    // is about the whole visit to India.)
    let states: Vec<usize> = visits.clone().map(|r| r.object).filter(|&o| entity_kind_of(article, o) == Some(EntityKind::Country)).collect();
    let places: Vec<usize> = if states.is_empty() { visits.filter(|r| r.sentences.last().is_some_and(|s| s.0 == latest)).map(|r| r.object).collect() } else { states };
    companions_go(article, view, i, subject.entity, &places);
}

/// The people named after "accompanied by" at `i` (up to the clause's
/// end), other than the `visitor`, went to each of `places`.
fn companions_go(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, visitor: usize, places: &[usize]) {
    let end = (i + 2..view.len()).find(|&t| view.is_any(t, &["who", "which", "while", "on", "during"]) || view.is_punct(t, ';')).unwrap_or(view.len());
    let companions: Vec<Mention> = view.mentions.iter().filter(|m| m.first > i + 1 && m.last < end && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && m.entity != visitor).copied().collect();
    for companion in &companions {
        for &place in places {
            emit(article, view, Some(companion), companion.entity, place, i, RelationKind::Visits, None, 0.55);
        }
    }
}

/// "The British Virgin Islands became an associate member in 1984 and
/// Anguilla in 1995": a membership told again for another party and date,
/// with the verb left out.
fn gapped_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(second) = view.mentions.iter().find(|m| m.first == i + 1 && view.is_any(m.last + 1, &["in", "on"]) && eligible(article, m, &[EntityKind::Country, EntityKind::Place])).copied() else { return };
    // Only a date after the preposition, then the clause's end.
    let Some(date) = view.dates.iter().find(|d| d.first_token == second.last + 1 || d.first_token == second.last + 2) else { return };
    let after = date.last_token + 1;
    if !(after >= view.len() || view.is_punct(after, '.') || view.is_punct(after, ';') || view.is_punct(after, ',')) {
        return;
    }
    join_as_told_here(article, view, &second, Some(date));
}

/// The membership this sentence told last, of another party than
/// `second`, told again for `second` (a clause with its verb left out or
/// replaced by "followed"). Whether there was one.
fn join_as_told_here(article: &mut Article<'_>, view: &SentenceView<'_>, second: &Mention, date: Option<&FoundDate>) -> bool {
    let Some((object, label)) = membership_told_here(article, view, second.entity) else { return false };
    let state = actor(article, second);
    if state != object {
        article.relate(view, state, object, RelationKind::MemberOf, label, false, Modality::Asserted, date, 0.55);
    }
    true
}

/// The body (and label) of the membership this sentence told last, of
/// another party than `other`.
fn membership_told_here(article: &Article<'_>, view: &SentenceView<'_>, other: usize) -> Option<(usize, Option<String>)> {
    let sentence = (view.start, view.end);
    article.stated_in(sentence).rev().find(|r| r.kind == RelationKind::MemberOf && !r.negated && r.subject != other).map(|r| (r.object, r.label.clone()))
}

/// "South Africa was admitted in 1994, ..., and Mauritius followed in
/// 1995": the one who followed joined the same body.
fn followed_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(second) = view.mentions.iter().find(|m| m.last + 1 == i && m.first >= 1 && view.is(m.first - 1, "and") && eligible(article, m, &[EntityKind::Country, EntityKind::Place])).copied() else { return false };
    join_as_told_here(article, view, &second, nearest_date(view, i))
}

/// "X paid an official visit to Viet Nam ..., accompanied by Deputy Prime
/// Minister Y": the companions went where the visitor of this sentence went.
fn accompanying_visit_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let sentence = (view.start, view.end);
    let visits: Vec<(usize, usize)> = article.stated_in(sentence).filter(|r| r.kind == RelationKind::Visits && !r.negated && entity_kind_of(article, r.subject) == Some(EntityKind::Person)).map(|r| (r.subject, r.object)).collect();
    let Some(&(visitor, _)) = visits.first() else { return };
    let places: Vec<usize> = visits.iter().filter(|&&(v, _)| v == visitor).map(|&(_, place)| place).collect();
    companions_go(article, view, i, visitor, &places);
}

fn guest_to_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // ("welcomed Philippine Secretary of National Defense Gilberto C.
    // Teodoro Jr. to the Pentagon": a long title may come first.)
    let Some(guest) = view
        .mentions
        .iter()
        .find(|m| m.first > i && m.first <= i + 9 && (i + 1..m.first).all(|t| view.is_capitalised(t) || view.is_any(t, &["of", "for", "and"])) && eligible(article, m, &[EntityKind::Person]))
        .copied()
    else {
        return false;
    };
    let to = guest.last + 1 + usize::from(view.is_punct(guest.last + 1, '.'));
    // ("President Alexander Stubb of Finland to London".)
    let to = match view.mentions.iter().find(|m| view.is(to, "of") && m.first == to + 1 && entity_kind(article, m) == Some(EntityKind::Country)) {
        Some(state) => state.last + 1,
        None => to,
    };
    if !view.is(to, "to") {
        return false;
    }
    // "Modi welcomed UAE President X to the G20 summit in New Delhi": the
    // guest and the host attend the event.
    if let Some(event) = view.mentions.iter().find(|m| m.first > to && m.first <= to + 2 && eligible(article, m, &[EntityKind::Event])).copied() {
        emit(article, view, Some(&guest), guest.entity, event.entity, i, RelationKind::Attends, None, 0.65);
        if let Some(host) = left(article, view, i, &[EntityKind::Person]).copied().filter(|h| h.entity != guest.entity) {
            emit(article, view, Some(&host), host.entity, event.entity, i, RelationKind::Attends, None, 0.6);
            emit(article, view, Some(&host), host.entity, guest.entity, i, RelationKind::Meets, None, 0.6);
        }
        return true;
    }
    // A place, or a seat named as a body ("the White House", "the Kremlin").
    let seat = |m: &Mention| article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && (e.name.ends_with(" House") || e.name.ends_with(" Palace") || matches!(e.name.as_str(), "Kremlin" | "Pentagon")));
    let Some(place) = view.mentions.iter().filter(|m| m.first > to && m.first <= to + 2 && (eligible(article, m, PLACE_LIKE) || m.role == Role::Plain && seat(m))).min_by_key(|m| m.first).copied() else {
        return false;
    };
    // ("The Prime Minister looked forward to welcoming President Stubb to
    // London": a host never named still has a guest who comes.)
    let Some(subject) = left(article, view, i, &[EntityKind::Person]).copied() else {
        emit(article, view, None, guest.entity, place.entity, i, RelationKind::Visits, None, 0.6);
        return true;
    };
    let accompanying = view.lower(i).starts_with("accompan");
    emit(article, view, Some(&subject), guest.entity, place.entity, i, RelationKind::Visits, None, 0.65);
    if accompanying {
        emit(article, view, Some(&subject), subject.entity, place.entity, i, RelationKind::Visits, None, 0.65);
    } else if subject.entity != guest.entity {
        emit(article, view, Some(&subject), subject.entity, guest.entity, i, RelationKind::Meets, None, 0.65);
    }
    true
}

/// "pulled out of a V4 defence ministers' meeting", "boycotted the summit",
/// "and her counterpart, X, also stayed away": not attending the event.
fn withdrawal_from_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let w = view.lower(i);
    let direct = matches!(w, "boycotted" | "boycotts" | "boycott" | "skipped" | "skips");
    let out_of = matches!(w, "pulled" | "pulls" | "pull") && view.is(i + 1, "out") && view.is(i + 2, "of");
    let away = matches!(w, "stayed" | "stays") && view.is(i + 1, "away") || w == "absent";
    // "Bangladesh, Bhutan and Afghanistan also pulled out.", "Afghanistan
    // was again absent.": from the event the text is about.
    let bare_out = matches!(w, "pulled" | "pulls" | "pull") && view.is(i + 1, "out") && (view.is_punct(i + 2, '.') || view.is_punct(i + 2, ',') || i + 2 >= view.len());
    let sentence = (view.start, view.end);
    let event = if direct || out_of {
        let from = if out_of { i + 2 } else { i };
        view.mentions.iter().find(|m| m.first > from && m.first <= from + 3 && eligible(article, m, &[EntityKind::Event])).map(|m| m.entity)
    } else if away {
        // "stayed away from the Summit of the Americas", "... from the
        // gathering": the event named there, or the one last named.
        let from = view.is(i + 1, "away") && view.is(i + 2, "from");
        let named = view.mentions.iter().find(|m| from && m.first > i + 2 && m.first <= i + 4 && eligible(article, m, &[EntityKind::Event])).map(|m| m.entity);
        let meeting_noun = from && view.is(i + 3, "the") && view.is_any(i + 4, &["gathering", "summit", "meeting", "conference", "talks", "forum", "ceremony"]);
        // The event someone earlier in the sentence stayed away from.
        named
            .or_else(|| meeting_noun.then(|| article.recent_event()).flatten())
            .or_else(|| article.stated_in(sentence).rev().find(|r| r.kind == RelationKind::Attends && r.negated).map(|r| r.object))
    } else {
        None
    };
    let bare = bare_out || away && (view.is_punct(i + 1, '.') || view.is(i + 1, "from") && !view.mentions.iter().any(|m| m.first == i + 2 || m.first == i + 3));
    // (The event others were last said to miss, else the one the text
    // opens with.)
    // ("A 2016 summit in Islamabad was called off after India pulled out":
    // the event this sentence named before the verb comes first.)
    let named_here = view.mentions.iter().filter(|m| m.last < i && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last).map(|m| m.entity);
    let missed = || named_here.or_else(|| article.relations.iter().rev().find(|r| r.kind == RelationKind::Attends && r.negated).map(|r| r.object)).or_else(|| article.main_event());
    let Some(event) = event.or_else(|| bare.then(missed).flatten()) else { return false };
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return false };
    // ("Bangladesh, Bhutan and Afghanistan also pulled out": each.)
    for absentee in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
        article.relate(view, actor(article, &absentee), event, RelationKind::Attends, None, true, Modality::Asserted, nearest_date(view, i), 0.6);
    }
    true
}

/// "Mexican President López Obrador did not travel either and sent Foreign
/// Secretary Marcelo Ebrard", "Maduro cancelled his trip on the eve of the
/// summit": the leader did not attend the event the text is about; the one
/// sent did.
fn stayed_home_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let did_not_travel = view.is(i, "travel")
        && view.is(i.saturating_sub(1), "not")
        && view.is_any(i.saturating_sub(2), &["did", "does", "would", "will"])
        && (i + 1 >= view.len() || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_any(i + 1, &["either", "and"]));
    let cancelled_trip = view.is(i, "trip") && view.is_any(i.saturating_sub(1), &["his", "her", "their"]) && view.is_any(i.saturating_sub(2), &["cancelled", "canceled", "scrapped"]);
    if !(did_not_travel || cancelled_trip) {
        return false;
    }
    let Some(event) = article.main_event() else { return false };
    let Some(absentee) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return false };
    article.relate(view, actor(article, &absentee), event, RelationKind::Attends, None, true, Modality::Asserted, nearest_date(view, i), 0.6);
    if let Some(sent) = (i + 1..(i + 4).min(view.len())).find(|&t| view.is(t, "sent"))
        && let Some(delegate) = view.mentions.iter().filter(|m| m.first > sent && m.first <= sent + 5 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied()
    {
        article.relate(view, delegate.entity, event, RelationKind::Attends, None, false, Modality::Asserted, nearest_date(view, i), 0.6);
    }
    true
}

/// "Japan's support for the Philippines' bid for a non-permanent seat on
/// the United Nations Security Council", "India's candidacy for a permanent
/// seat": a proposed membership of the body.
fn seat_bid_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // "the candidacy of Kazakhstan for the Executive Board of UNESCO",
    // "Sri Lanka's candidacy for the Council of the IMO", "the candidacy
    // of Paraguay to the Human Rights Council": a seat on the body after
    // "for" or "to".
    if view.is_any(i, &["candidacy", "candidature"]) && !(i + 1..(i + 9).min(view.len())).any(|t| view.is_any(t, &["seat", "membership"])) {
        let of_state = view.is(i + 1, "of").then(|| view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, &[EntityKind::Country])).copied()).flatten();
        let candidate = of_state.or_else(|| view.mentions.iter().find(|m| m.last + 2 == i && view.is_possessive(m.last + 1) && eligible(article, m, &[EntityKind::Country])).copied());
        let for_at = of_state.map_or(i + 1, |m| m.last + 1);
        if let Some(candidate) = candidate
            && view.is_any(for_at, &["for", "to"])
            && let Some(body) = view.mentions.iter().find(|m| (m.first == for_at + 1 || m.first == for_at + 2 && view.is(for_at + 1, "the")) && eligible(article, m, &[EntityKind::Organization])).copied()
        {
            article.relate(view, actor(article, &candidate), body.entity, RelationKind::MemberOf, Some("seat".to_owned()), false, Modality::Proposed, nearest_date(view, i), 0.6);
            return true;
        }
        return false;
    }
    let Some(seat) = (i + 1..(i + 9).min(view.len())).find(|&t| view.is_any(t, &["seat", "membership"])) else { return false };
    let Some(body) = view.mentions.iter().filter(|m| m.first > seat && m.first <= seat + 4 && eligible(article, m, &[EntityKind::Organization])).min_by_key(|m| m.first).copied() else { return false };
    // The candidate: "the Philippines' bid", "India's candidacy".
    let Some(candidate) = view.mentions.iter().find(|m| m.last + 2 == i && view.is_possessive(m.last + 1) && eligible(article, m, &[EntityKind::Country])).copied() else { return false };
    let label = if (i + 1..seat).any(|t| view.is_any(t, &["non-permanent", "non"])) { "non-permanent seat" } else if (i + 1..seat).any(|t| view.is(t, "permanent")) { "permanent seat" } else { "seat" };
    article.relate(view, actor(article, &candidate), body.entity, RelationKind::MemberOf, Some(label.to_owned()), false, Modality::Proposed, nearest_date(view, i), 0.6);
    true
}

/// "around 22 submitted formal applications, among them Algeria, Bangladesh
/// and Indonesia": the states listed applied to join the bloc the text is
/// about.
fn applicants_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(among) = (i + 1..=i + 2).find(|&t| view.is(t, "among")) else { return };
    let Some(bloc) = article.recent_bloc() else { return };
    for applicant in near_list(right(article, view, among + 1, &[EntityKind::Country]), among + 4).into_iter().copied().collect::<Vec<_>>() {
        let applicant_entity = actor(article, &applicant);
        article.relate(view, applicant_entity, bloc, RelationKind::MemberOf, Some("applied".to_owned()), false, Modality::Proposed, nearest_date(view, i), 0.6);
    }
}

/// "a memorandum of understanding between the Indian Space Research
/// Organisation and the Brazilian Space Agency", "a Letter of Intent
/// between A and B on small reactors": the two parties to the instrument
/// cooperate.
fn instrument_between_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // ("An agreement on the training of junior diplomats was also
    // concluded between A and B": further on after the verb.)
    let Some(between_at) = (i + 1..(i + 15).min(view.len()))
        .take_while(|&t| !view.is_punct(t, ',') && !view.is_punct(t, ';'))
        .find(|&t| view.is(t, "between") && (t < i + 9 || view.is_any(t - 1, &["signed", "concluded", "reached", "exchanged", "initialled", "initialed"])))
    else {
        return false;
    };
    let Some((a, b)) = between(article, view, between_at, ACTOR) else { return false };
    if a == b {
        return false;
    }
    let label = match view.lower(i) {
        "memorandum" | "memoranda" | "mou" | "mous" => "memorandum of understanding",
        "letter" => "letter of intent",
        "declaration" => "declaration of intent",
        _ => "agreement",
    };
    emit(article, view, None, a, b, i, RelationKind::CooperatesWith, Some(label.to_owned()), 0.7);
    // "the Treaty on Allied Relations between the Kyrgyz Republic and the
    // Republic of Tajikistan": a named treaty's two parties.
    if let Some(treaty) = view.mentions.iter().find(|m| m.last + 1 == between_at && m.role == Role::Plain && article.entities.get(m.entity).is_some_and(EntityRecord::is_treaty)).map(|m| m.entity) {
        for party in [a, b] {
            if entity_kind_of(article, party) == Some(EntityKind::Country) {
                emit(article, view, None, party, treaty, i, RelationKind::MemberOf, Some("party".to_owned()), 0.65);
            }
        }
    }
    true
}

/// "Queen Elizabeth II opened the meeting at Buckingham Palace", "Modi made
/// his first appearance at the summit": the person attends the event.
fn opens_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let from = if view.is(i, "appearance") { if view.is_any(i + 1, &["at", "in"]) { i + 1 } else { return false } } else { i };
    let Some(event) = view.mentions.iter().find(|m| m.first > from && m.first <= from + 3 && eligible(article, m, &[EntityKind::Event])).copied() else { return false };
    let label = (!view.is(i, "appearance")).then(|| view.lower(i).to_owned());
    // "On 19 February they opened the Business Forum": each of the pair.
    if let Some((a, b)) = pair_as_subject(article, view, i, None) {
        for party in [a, b] {
            emit(article, view, None, party, event.entity, i, RelationKind::Attends, label.clone(), 0.65);
        }
        return true;
    }
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return false };
    emit(article, view, Some(&subject), actor(article, &subject), event.entity, i, RelationKind::Attends, label, 0.65);
    true
}

/// "Leaders agreed that Prince Charles would succeed her as Head of the
/// Commonwealth", "X replaced Y as Foreign Minister of Z": the successor
/// holds the office named after "as".
fn successor_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(as_at) = (i + 1..(i + 6).min(view.len())).find(|&t| view.is(t, "as")) else { return false };
    let Some(of_at) = (as_at + 2..(as_at + 7).min(view.len())).find(|&t| view.is(t, "of")) else { return false };
    if !(as_at + 1..of_at).all(|t| view.is_capitalised(t) || view.is_punct(t, '-')) {
        return false;
    }
    let Some(body) = view.mentions.iter().find(|m| (m.first == of_at + 1 || m.first == of_at + 2 && view.is(of_at + 1, "the")) && eligible(article, m, &[EntityKind::Organization, EntityKind::Country])).copied() else {
        return false;
    };
    let Some(successor) = left(article, view, i, &[EntityKind::Person]).copied() else { return false };
    let label = view.span_text(as_at + 1, of_at - 1).to_owned();
    let modality = if (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["would", "will", "to"])) { Modality::Expected } else { Modality::Asserted };
    article.relate(view, successor.entity, body.entity, RelationKind::HoldsOffice, Some(label), false, modality, nearest_date(view, i), 0.6);
    true
}

/// "Imangali Tasmagambetov ... has held the post since 2023": the person
/// holds the office last named without a holder (of its body, else of the
/// organisation the text is about).
fn held_the_post_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("It is headed by a secretary general appointed for three years; X
    // has held the post": an office this sentence names, lower-case.)
    let named_here = || {
        let by = (1..i).find(|&t| view.is(t, "by") && view.is_any(t - 1, &["led", "headed", "chaired", "run", "directed"]) && view.is_any(t + 1, &["a", "an"]))?;
        let end = (by + 2..(by + 5).min(i)).take_while(|&t| view.is_any(t, &["secretary", "general", "executive", "director", "president", "chair", "chairman", "chairperson", "commissioner", "coordinator", "deputy"]) || view.is_punct(t, '-')).last()?;
        Some((view.span_text(by + 2, end).to_owned(), None))
    };
    let Some((label, body)) = named_here().or_else(|| article.open_office.clone()) else { return };
    let Some(body) = body.or_else(|| article.main_organisation()) else { return };
    let Some(holder) = left(article, view, i - 2, &[EntityKind::Person]).copied() else { return };
    article.relate(view, holder.entity, body, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, nearest_date(view, i), 0.55);
}

/// "The Southern African Development Community suspended Madagascar and
/// named former Tanzanian president Jakaya Kikwete as its special envoy":
/// the person holds an office of the body that named them.
fn named_as_its_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(person) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 6 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return false };
    if !(view.is(person.last + 1, "as") && view.is_any(person.last + 2, &["its", "the", "their"])) {
        return false;
    }
    let end = (person.last + 3..(person.last + 7).min(view.len())).take_while(|&t| view.word(t).starts_with(char::is_lowercase) && !view.is_any(t, &["to", "for", "in", "on", "of", "and", "after", "before"])).last();
    let Some(end) = end.filter(|&e| view.is_any(e, &["envoy", "representative", "mediator", "chair", "chairman", "chairperson", "president", "secretary", "coordinator", "commissioner", "director", "ambassador", "negotiator", "facilitator"])) else { return false };
    let Some(body) = sentence_subject_of_conjoined_verb(article, view, i, &[EntityKind::Organization]).or_else(|| left(article, view, i, &[EntityKind::Organization])).copied() else { return false };
    let label = view.span_text(person.last + 3, end).to_owned();
    article.relate(view, person.entity, body.entity, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, nearest_date(view, i), 0.6);
    true
}

/// "travelled to Mumbai, where he addressed the Business Forum", "Busan,
/// where the summit was held": the event named in the clause is there.
fn where_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if !(i >= 2 && view.is_punct(i - 1, ',')) {
        return;
    }
    let Some(place) = view.mentions.iter().find(|m| m.last + 2 == i && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).map(|m| m.entity) else { return };
    let end = (i + 1..view.len()).find(|&t| view.is_punct(t, ',') || view.is_punct(t, ';')).unwrap_or(view.len()).min(i + 10);
    let Some(event) = view.mentions.iter().find(|m| m.first > i && m.last < end && entity_kind(article, m) == Some(EntityKind::Event)).map(|m| m.entity) else { return };
    article.relate(view, event, place, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.6);
}

/// "New Zealand, ... that is not part of AUKUS", "Finland is now part of
/// NATO": a state in a bloc, alliance or international body is a member.
fn state_part_of_bloc_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(body) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && is_membership_body(article, m)).map(|m| m.entity) else { return };
    let head = clause_head_before_comma(article, view, i, &[EntityKind::Country]);
    // (Past an appositive: "A, B and C, all SAARC members, are not part".)
    let mut verb = i;
    while verb > 0 && view.is_any(verb - 1, &["is", "are", "was", "were", "not", "also", "already"]) {
        verb -= 1;
    }
    let appositive = (verb >= 2 && view.is_punct(verb - 1, ',') && view.is(verb - 2, "members")).then(|| (verb.saturating_sub(8)..verb - 2).rev().find(|&t| view.is_punct(t, ','))).flatten();
    let before = appositive.unwrap_or(i);
    let Some(state) = head.or_else(|| relative_clause_head(article, view, i, &[EntityKind::Country]).or_else(|| left(article, view, before, &[EntityKind::Country])).copied()) else { return };
    let negated = (i.saturating_sub(3)..i).any(|t| view.is(t, "not") || view.lower(t).ends_with("n't"));
    // "Pakistan, the Maldives and Afghanistan, all SAARC members, are not
    // part of BIMSTEC": each state of a list that is the subject.
    let states: Vec<Mention> = if head.is_none() && state.last < before { left_list(article, view, &state, &[EntityKind::Country]).into_iter().copied().collect() } else { vec![state] };
    for state in states {
        article.relate(view, actor(article, &state), body, RelationKind::MemberOf, None, negated, Modality::Asserted, nearest_date(view, i), 0.6);
    }
}

/// "Both countries are founding members of the 13-nation group": the two
/// states the text is about (the last pair that met, else the two it
/// names most) belong to the body named (or, for "the group", the one
/// named last).
fn both_countries_members_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // "Both countries" or "The two countries".
    let noun = if view.is(0, "both") { 1 } else { 2 };
    let opens = (noun == 1 || view.is(0, "the") && view.is(1, "two")) && view.is_any(noun, &["countries", "states", "nations"]);
    // "Both countries belong to the EAC ... and to ECCAS"; "Both States,
    // as members of the World Trade Organization, supported ...".
    let belong = view.is_any(i, &["belong", "belonged"]) && view.is(i + 1, "to") && (noun + 1..i).all(|t| view.is_any(t, &["also", "both"]));
    let as_members = view.is_punct(noun + 1, ',') && view.is(noun + 2, "as") && (noun + 3..i).all(|t| view.is_any(t, &["founding", "full", "fellow", "permanent"])) && view.is(i + 1, "of");
    let copula = view.is_any(noun + 1, &["are", "were"]) && (noun + 2..i).all(|t| view.is_any(t, &["founding", "full", "original", "also", "fellow", "permanent"])) && view.is(i + 1, "of");
    if !opens || !(belong || as_members || copula) {
        return false;
    }
    let named = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && is_membership_body(article, m)).map(|m| m.entity);
    // ("... (EAC), which Congo joined in 2022, and to the Economic
    // Community of Central African States": a second body.)
    let also = if belong {
        (i + 2..view.len()).find(|&t| view.is(t, "and") && view.is(t + 1, "to")).and_then(|t| view.mentions.iter().find(|m| (m.first == t + 2 || m.first == t + 3 && view.is(t + 2, "the")) && is_membership_body(article, m)).map(|m| m.entity))
    } else {
        None
    };
    // ("the 13-nation group", "the bloc": the body named last.)
    let generic = view.is(i + 2, "the") && (i + 3..(i + 8).min(view.len())).find(|&t| view.is_any(t, &["group", "grouping", "bloc", "organisation", "organization", "alliance"])).is_some_and(|t| (i + 3..t).all(|u| view.tokens.get(u).is_some_and(|k| k.kind == TokenKind::Number) || view.is_punct(u, '-') || view.is_any(u, &["nation", "member", "country", "state", "regional", "economic"])));
    let Some(body) = named.or_else(|| generic.then(|| article.recent_entity(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization))).flatten()) else { return false };
    let is_country = |e: usize| entity_kind_of(article, e) == Some(EntityKind::Country);
    let pair = article.last_pair.filter(|&(a, b)| is_country(a) && is_country(b)).or_else(|| {
        let mut states: Vec<(usize, &crate::extract::engine::EntityRecord)> = article.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Country && e.last_seen > 0).collect();
        states.sort_by_key(|(_, e)| std::cmp::Reverse((e.mentions.len(), e.last_seen)));
        match states.as_slice() {
            [(a, _), (b, _), ..] => Some((*a, *b)),
            _ => None,
        }
    });
    let Some((a, b)) = pair else { return false };
    for body in std::iter::once(body).chain(also) {
        for state in [a, b] {
            article.relate(view, state, body, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.55);
        }
    }
    true
}

/// "Pakistan, the Maldives and Afghanistan, all SAARC members, are ...":
/// the states before the appositive belong to the body it names.
fn all_members_appositive_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(body) = view.mentions.iter().find(|m| m.last + 1 == i && m.first >= 2 && view.is_any(m.first - 1, &["all", "both"]) && view.is_punct(m.first - 2, ',') && is_membership_body(article, m)).copied() else { return false };
    if !view.is_punct(i + 1, ',') {
        return false;
    }
    let Some(last) = view.mentions.iter().find(|m| m.last + 3 == body.first && eligible(article, m, &[EntityKind::Country])).copied() else { return false };
    for state in left_list(article, view, &last, &[EntityKind::Country]).into_iter().copied().collect::<Vec<_>>() {
        article.relate(view, actor(article, &state), body.entity, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.6);
    }
    true
}

/// "Kim Jong Un's sister, Kim Yo Jong", "Kim Yo Jong, the North Korean
/// leader's sister", "X, a son of Y": a relative of the one named or
/// titled before the possessive.
fn kin_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let person_at = |pick: &dyn Fn(&Mention) -> bool| view.mentions.iter().find(|m| m.role == Role::Plain && pick(m) && eligible(article, m, &[EntityKind::Person])).copied();
    let (relative, elder) = if i >= 2 && view.is_possessive(i - 1) {
        // The one owning the noun: a person, or the holder of a title
        // ("the North Korean leader's"), of the state written before it.
        // (With no state written, only when one person holds the title.)
        // (A name, not "the president" standing for someone.)
        let owner = person_at(&|m: &Mention| m.last + 2 == i && view.is_capitalised(m.first)).map(|m| m.entity).or_else(|| {
            let title = view.word(i - 2);
            let state = view.mentions.iter().find(|m| m.last + 3 == i && entity_kind(article, m) == Some(EntityKind::Country)).map(|m| m.entity);
            let mut holders = article.relations.iter().filter(|r| r.kind == RelationKind::HoldsOffice && r.label.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(title)) && state.is_none_or(|s| r.object == s)).map(|r| r.subject);
            let last = holders.next_back()?;
            (state.is_some() || holders.all(|h| h == last)).then_some(last)
        });
        // The relative: named after the noun ("sister, Kim Yo Jong"), or
        // before it in apposition ("Kim Yo Jong, the ... leader's sister").
        let after = person_at(&|m: &Mention| m.first == i + 1 || m.first == i + 2 && view.is_punct(i + 1, ','));
        let before = || {
            let mut t = i - 1;
            while t > 0 && !view.is_punct(t, ',') && i - t < 7 {
                t -= 1;
            }
            person_at(&|m: &Mention| m.last + 1 == t && view.is_punct(t, ',')).filter(|_| view.is(t + 1, "the"))
        };
        (after.or_else(before), owner)
    } else if view.is(i + 1, "of") && i >= 3 && view.is_any(i - 1, &["a", "the"]) && view.is_punct(i - 2, ',') {
        // "X, a son of Y".
        (person_at(&|m: &Mention| m.last + 3 == i), person_at(&|m: &Mention| m.first == i + 2).map(|m| m.entity))
    } else {
        return;
    };
    if let (Some(relative), Some(elder)) = (relative, elder)
        && relative.entity != elder
    {
        emit(article, view, Some(&relative), relative.entity, elder, i, RelationKind::Other, Some(view.lower(i).to_owned()), 0.6);
    }
}

/// "the Peace Agreement between the Democratic Republic of the Congo and
/// Rwanda by their Ministers for Foreign Affairs, A and B": each of the
/// two officials named holds the office for the state in the same place
/// of the pair written before.
fn respective_officials_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const OFFICES: &[&str] = &["ministers", "presidents", "leaders", "ambassadors", "envoys", "representatives", "negotiators", "premiers", "chiefs"];
    let Some(comma) = (i + 2..(i + 8).min(view.len())).find(|&t| view.is_punct(t, ',')) else { return false };
    let Some(noun) = (i + 1..comma).find(|&t| view.is_any(t, OFFICES)) else { return false };
    if !(i + 1..comma).all(|t| view.is_capitalised(t) || view.is_any(t, &["foreign", "defence", "defense", "for", "of", "and", "affairs"])) && !view.is_any(i + 1, &["foreign", "defence", "defense"]) {
        return false;
    }
    let person = |at: usize| view.mentions.iter().find(|m| m.first == at && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).copied();
    let Some(first) = person(comma + 1) else { return false };
    if !view.is(first.last + 1, "and") {
        return false;
    }
    let Some(second) = person(first.last + 2) else { return false };
    // The two states: the last two written before, in their order.
    let mut states: Vec<usize> = Vec::new();
    for m in view.mentions.iter().filter(|m| m.last < i && matches!(m.role, Role::Plain | Role::Demonym) && eligible(article, m, &[EntityKind::Country])) {
        let state = m.entity;
        states.retain(|&s| s != state);
        states.push(state);
    }
    let [.., a, b] = states.as_slice() else { return false };
    let singular = view.span_text(i + 1, comma - 1).replacen(view.word(noun), view.word(noun).trim_end_matches('s'), 1);
    for (holder, state) in [(first.entity, *a), (second.entity, *b)] {
        article.relate(view, holder, state, RelationKind::HoldsOffice, Some(singular.clone()), false, Modality::Asserted, None, 0.7);
    }
    true
}

/// "the Council's two Arab members, Bahrain and Somalia", "NATO's newest
/// members, Finland and Sweden": the states after the comma belong to the
/// body owning the noun.
fn possessive_members_appositive_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    if !view.is_punct(i + 1, ',') {
        return false;
    }
    let Some(body) = view.mentions.iter().find(|m| m.last + 3 <= i && m.last + 6 >= i && view.is_possessive(m.last + 1) && (is_membership_body(article, m) || article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && e.org_type == OrgType::Body && e.affiliation.is_none()))).copied() else { return false };
    // (Between: counts and adjectives, "two Arab", "newest", "permanent".)
    let describing = |t: usize| {
        !view.is_capitalised(t) && view.tokens.get(t).is_some_and(|k| matches!(k.kind, TokenKind::Word | TokenKind::Number)) && !view.is_any(t, &["and", "or", "of"])
            // ("two Arab members": a people's adjective.)
            || view.is_capitalised(t) && view.mentions.iter().all(|m| !(m.first <= t && t <= m.last) || m.first == m.last && m.role == Role::Demonym)
    };
    if !(body.last + 3..i).all(describing) {
        return false;
    }
    let states = near_list(right(article, view, i + 1, &[EntityKind::Country]), i + 3);
    if states.len() < 2 || states.iter().any(|m| m.first > i + 12) {
        return false;
    }
    for state in states.into_iter().copied().collect::<Vec<_>>() {
        article.relate(view, actor(article, &state), body.entity, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.65);
    }
    true
}

/// "the Quad grouping, which also includes Japan and India": the states
/// listed belong to the body the clause hangs on.
fn bloc_includes_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(body) = clause_head_before_comma(article, view, i, &[EntityKind::Organization]) else { return };
    let states: Vec<Mention> = near_list(right(article, view, i, &[EntityKind::Country]), i + 2).into_iter().take(10).copied().collect();
    // ("the GUAM Organization for Democracy and Economic Development, which
    // groups A, B, C and D": a body the gazetteers do not know, grouping
    // states.)
    let grouping = view.is(i, "groups") && states.len() >= 2 && article.entities.get(body.entity).is_some_and(|e| matches!(e.org_type, OrgType::None | OrgType::Body | OrgType::Treaty));
    if !(is_membership_body(article, &body) || grouping) {
        return;
    }
    let body = body.entity;
    for state in states {
        article.relate(view, actor(article, &state), body, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.6);
    }
}

/// The mention a relative clause ("that ...", "which ...") describes when
/// it stands before a comma: "New Zealand, a close Australian ally that
/// is ...", "the Quad grouping, which includes ...".
fn clause_head_before_comma(article: &Article<'_>, view: &SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<Mention> {
    let relative = (i.saturating_sub(4)..i).rev().find(|&t| view.is_any(t, &["that", "which", "who"]))?;
    let comma = (relative.saturating_sub(6)..relative).rev().find(|&t| view.is_punct(t, ','))?;
    view.mentions
        .iter()
        .find(|m| matches!(m.role, Role::Plain | Role::Inner) && entity_kind(article, m).is_some_and(|k| kinds.contains(&k)) && (m.last + 1 == comma || m.last + 2 == comma && view.word(m.last + 1).starts_with(char::is_lowercase)))
        .copied()
}

fn is_membership_body(article: &Article<'_>, m: &Mention) -> bool {
    article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && matches!(e.org_type, OrgType::Bloc | OrgType::Alliance | OrgType::Organization))
}

/// "Serbia, a candidate for EU membership since 2012", "Albania, which
/// opened EU accession talks in 2022", "Georgia's EU accession talks": a
/// state on its way into the body named right before the word (a proposed
/// membership). The state is the one whose possessive comes first, else
/// the subject of the candidacy or of the talks opened or closed.
fn membership_step_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // ("the EU's accession talks with Ukraine": the talks' other side, read
    // by `member_rule`.)
    if view.is_any(i + 1, &["negotiations", "talks"]) && view.is(i + 2, "with") {
        return false;
    }
    let Some(body) = view.mentions.iter().find(|m| m.last + 1 == i && m.first >= 1 && is_membership_body(article, m)).copied() else { return false };
    let possessor = view.mentions.iter().find(|m| m.last + 2 == body.first && view.is_possessive(m.last + 1) && eligible(article, m, &[EntityKind::Country])).map(|m| actor(article, m));
    let step = || {
        view.is_any(body.first - 1, &["for", "opened", "open", "opening", "close", "closed", "closing", "start", "started", "began", "begin", "launched", "its", "their"])
            .then(|| left(article, view, body.first - 1, &[EntityKind::Country, EntityKind::Person]))
            .flatten()
            .map(|m| affiliation_or_self(article, actor(article, m)))
            .filter(|&s| entity_kind_of(article, s) == Some(EntityKind::Country))
    };
    let Some(state) = possessor.or_else(step) else { return false };
    article.relate(view, state, body.entity, RelationKind::MemberOf, Some(format!("{} {}", if view.is(i, "accession") { "accession" } else { "membership" }, "sought")), false, Modality::Proposed, nearest_date(view, i), 0.65);
    true
}

/// "The text was drafted by Ecuador and the United States": the drafters
/// worked together.
fn drafters_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let parties: Vec<usize> = near_list(right(article, view, i + 1, ACTOR), i + 3).iter().map(|m| actor(article, m)).collect();
    if parties.len() >= 2 {
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some("drafted together".to_owned()), 0.6);
    }
}

/// "... a mission to Haiti, with Kenya as the lead nation": the state takes
/// part in the event named before.
fn as_lead_nation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(state) = view.mentions.iter().find(|m| m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Country)).copied() else { return };
    let Some(event) = view.mentions.iter().filter(|m| m.last < state.first && entity_kind(article, m) == Some(EntityKind::Event)).max_by_key(|m| m.last).map(|m| m.entity) else { return };
    article.relate(view, state.entity, event, RelationKind::Attends, Some("lead nation".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
}

/// "the Multinational Security Support mission, to be led by Kenya": the
/// state leading a mission or operation takes part in it as lead nation.
fn lead_nation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut t = i;
    while t > 0 && i - t < 5 && (view.is_any(t - 1, &["to", "be", "will", "would", "which", "is", "was", "being", "currently"]) || view.is_punct(t - 1, ',')) {
        t -= 1;
    }
    // "Ecuador, then led by Rafael Correa, declined": the state's leader.
    if let Some(state) = view.mentions.iter().find(|m| {
        (m.last + 1 == t || m.last + 2 == t && view.is_any(t - 1, &["then", "now", "long"]) || m.last + 3 == t && view.is_punct(m.last + 1, ',') && view.is_any(t - 1, &["then", "now"]))
            && m.role == Role::Plain
            && entity_kind(article, m) == Some(EntityKind::Country)
    }) && let Some(leader) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is_capitalised(i + 2)) && entity_kind(article, m) == Some(EntityKind::Person))
    {
        let (state, leader) = (state.entity, leader.entity);
        if !article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == leader) {
            article.relate(view, leader, state, RelationKind::HoldsOffice, Some("leader".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
        }
        return;
    }
    let Some(event) = view.mentions.iter().find(|m| m.last + 1 == t && entity_kind(article, m) == Some(EntityKind::Event)).map(|m| m.entity) else { return };
    let Some(state) = view.mentions.iter().find(|m| m.first == i + 2 && entity_kind(article, m) == Some(EntityKind::Country)).copied() else { return };
    let modality = if (t..i).any(|k| view.is_any(k, &["to", "will", "would"])) { Modality::Planned } else { Modality::Asserted };
    article.relate(view, state.entity, event, RelationKind::Attends, Some("lead nation".to_owned()), false, modality, nearest_date(view, i), 0.6);
}

/// "intensify pressure on the cartels"; ", raising pressure on President
/// Maduro": a participle after a comma has the sentence's opening subject.
fn pressure_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("..., stepping up pressure on President Daniel Ortega".)
    let up = (1..=2).find(|&k| i > k + 1 && view.is(i - k, "up") && (k == 1 || view.is(i - 1, "the"))).unwrap_or(0);
    let verb = i.saturating_sub(1 + up);
    let participle = verb >= 1 && view.lower(verb).ends_with("ing") && view.is_punct(verb - 1, ',');
    if !participle {
        return other_rule(article, view, i, "pressure");
    }
    let Some(subject) = view.mentions.iter().filter(|m| m.first <= 3 && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, ACTOR)).min_by_key(|m| m.first).copied() else { return };
    let Some(object) = right(article, view, i + 1, PERSON_OR_ACTOR).first().filter(|m| m.first <= i + 5).copied().copied() else { return };
    let (a, b) = (actor(article, &subject), actor(article, &object));
    if a != b {
        emit(article, view, Some(&subject), a, b, i, RelationKind::Other, Some("pressure".to_owned()), 0.55);
    }
}

/// A company in a deal: "a memorandum of understanding between A and B",
/// "VietJet signed a contract for 100 Boeing 737 MAX aircraft", "will
/// acquire 50 aircraft from Embraer": the parties cooperate.
fn company_deal_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i);
    if w == "memorandum" {
        if let Some(between_at) = (i + 1..=i + 4).find(|&t| view.is_any(t, &["between", "among"]))
            && let Some((a, b)) = between(article, view, between_at, ACTOR)
            && a != b
        {
            emit(article, view, None, a, b, i, RelationKind::CooperatesWith, Some("memorandum".to_owned()), 0.65);
        } else {
            // "A and B signed a memorandum of understanding".
            cooperation_rule(article, view, i);
        }
        return;
    }
    let is_company = |m: &Mention| article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && e.org_type == OrgType::Company);
    // The company: after "from", "with" or in "for 100 Boeing 737 MAX
    // aircraft", before any comma.
    let end = (i + 1..(i + 10).min(view.len())).find(|&t| view.is_punct(t, ',') || view.is_punct(t, ';') || view.is_any(t, &["and", "while", "but"])).unwrap_or((i + 10).min(view.len()));
    let Some(company) = view.mentions.iter().filter(|m| m.first > i && m.last < end && is_company(m)).min_by_key(|m| m.first).copied() else { return };
    if !(i + 1..company.first).any(|t| view.is_any(t, &["from", "with", "for"])) {
        return;
    }
    let Some(buyer) = left(article, view, i, ACTOR).copied() else { return };
    let (a, b) = (actor(article, &buyer), company.entity);
    // "to cancel a contract with Naval Group": an end, not a deal.
    let cancelled = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["cancel", "cancelled", "canceled", "cancels", "scrapped", "scrap", "terminated", "terminate", "tore", "ditched"]));
    if a != b {
        match cancelled {
            Some(verb) => emit(article, view, Some(&buyer), a, b, i, RelationKind::Other, Some(format!("{} {}", view.lower(verb), view.lower(i))), 0.6),
            None => emit(article, view, Some(&buyer), a, b, i, RelationKind::CooperatesWith, Some("contract".to_owned()), 0.6),
        }
    }
}

/// "Obama's successor, Donald Trump,", "Abe's predecessor, Yoshihiko Noda":
/// the person named holds the office the first one is known to hold.
fn successor_noun_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(holder) = view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, &[EntityKind::Person])).copied() else { return };
    let at = i + 1 + usize::from(view.is_punct(i + 1, ','));
    let Some(other) = view.mentions.iter().find(|m| m.first == at && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).copied() else { return };
    if holder.entity == other.entity {
        return;
    }
    let office = article.relations.iter().rev().find(|r| r.kind == RelationKind::HoldsOffice && r.subject == holder.entity).map(|r| (r.object, r.label.clone()));
    let Some((body, label)) = office else { return };
    article.relate(view, other.entity, body, RelationKind::HoldsOffice, label, false, Modality::Asserted, None, 0.5);
}

/// "X took office in 2023, succeeding Y", "X was succeeded by Y", "who was
/// followed by Y": the predecessor (or successor) held the office X is
/// last known to hold in an organisation.
fn predecessor_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let passive = view.is(i + 1, "by");
    if view.is(i, "followed") && !passive {
        return;
    }
    let other_at = i + 1 + usize::from(passive);
    let Some(other) = view.mentions.iter().filter(|m| m.first >= other_at && m.first <= other_at + 3 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return };
    // ("succeeded him as ...": the office is named there.)
    if view.is(other.last + 1, "as") {
        return;
    }
    let Some(holder) = left(article, view, i, &[EntityKind::Person]).copied() else { return };
    if holder.entity == other.entity {
        return;
    }
    let office = article
        .relations
        .iter()
        .rev()
        .find(|r| r.kind == RelationKind::HoldsOffice && r.subject == holder.entity && article.entities.get(r.object).is_some_and(|e| e.kind == EntityKind::Organization))
        .map(|r| (r.object, r.label.clone()));
    let Some((body, label)) = office else { return };
    article.relate(view, other.entity, body, RelationKind::HoldsOffice, label, false, Modality::Asserted, None, 0.5);
}

/// "Orban vetoed the package at a European Union summit", "Lula said at the
/// summit": the sentence's person was at the event.
fn at_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = view.mentions.iter().find(|m| (m.first == i + 1 || m.first == i + 2 && view.is_any(i + 1, &["the", "a", "an", "this", "last", "its", "their"])) && eligible(article, m, &[EntityKind::Event])).copied() else {
        return;
    };
    // The sentence's subject: its first person, named before "at" and not
    // inside a prepositional phrase.
    let Some(person) = view.mentions.iter().filter(|m| m.last < i && m.first <= 16 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]) && !governed_by_preposition(view, m)).min_by_key(|m| m.first).copied() else {
        return;
    };
    if article.relations.iter().any(|r| r.subject == person.entity && r.object == event.entity) {
        return;
    }
    // Not from inside a clause of its own: "..., whose country was admitted
    // at the Astana summit".
    if (person.last + 1..i).any(|t| view.is_any(t, &["whose", "which", "who", "after", "before", "when", "while", "since", "where", "being"])) {
        return;
    }
    emit(article, view, Some(&person), person.entity, event.entity, i, RelationKind::Attends, None, 0.5);
}

/// "Georgia was granted candidate status": a proposed membership of the
/// organisation the text is about.
fn candidate_status_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(candidate) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
    let org = view.mentions.iter().find(|m| m.first > i + 1 && m.first <= i + 5 && eligible(article, m, &[EntityKind::Organization])).map(|m| m.entity);
    let Some(org) = org.or_else(|| article.recent_bloc()).or_else(|| article.main_organisation()) else { return };
    article.relate(view, actor(article, &candidate), org, RelationKind::MemberOf, Some("candidate status".to_owned()), false, Modality::Proposed, nearest_date(view, i), 0.6);
}

/// "The pact was signed in Manila by Foreign Minister A and Defence
/// Secretary B": the signatories met.
fn signed_by_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    signed_in_place_rule(article, view, i);
    let Some(by) = (i + 1..(i + 12).min(view.len())).find(|&t| view.is(t, "by")) else { return false };
    signatory_parties_rule(article, view, i, by);
    agreement_signatories_rule(article, view, i, by);
    if by > i + 5 {
        return false;
    }
    let Some(first) = view.mentions.iter().filter(|m| m.first > by && m.first <= by + 6 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return false };
    let signatories: Vec<Mention> = right(article, view, first.first - 1, &[EntityKind::Person]).into_iter().copied().collect();
    if signatories.len() < 2 {
        return false;
    }
    let people: Vec<usize> = signatories.iter().map(|m| m.entity).collect();
    emit_each_pair(article, view, &people, i, RelationKind::Meets, Some("signed".to_owned()), 0.6);
    true
}

/// "the joint operations carried out this year by the Federal Police and
/// Paraguay's SENAD": those named after "by" worked together.
fn joint_by_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(by) = (i + 2..(i + 9).min(view.len())).take_while(|&t| !view.is_punct(t, ',')).find(|&t| view.is(t, "by")) else { return };
    if !(i + 2..by).any(|t| view.is_any(t, &["carried", "conducted", "run", "held", "led", "launched", "undertaken", "staged", "mounted"])) {
        return;
    }
    let parties: Vec<usize> = near_list(right(article, view, by, ACTOR), by + 3).iter().map(|m| actor(article, m)).collect();
    if parties.len() >= 2 {
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some(format!("joint {}", view.lower(i + 1))), 0.6);
    }
}

/// "the framework agreement signed in Tashkent in July by Uzbekistan
/// Railways, Pakistan Railways and the Afghan Railway Authority": an
/// agreement written in lower case (no treaty of its own) binds the bodies
/// or states that signed it together.
fn agreement_signatories_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, by: usize) {
    const AGREEMENTS: &[&str] = &["agreement", "agreements", "memorandum", "memoranda", "accord", "deal", "pact", "contract", "protocol"];
    // ("the framework agreement on a joint feasibility study signed".)
    // ("A second agreement, on the regularisation of migrants, was signed
    // by": the sentence's subject past a parenthesis.)
    let Some(noun) = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&t| !view.is_punct(t, ','))
        .find(|&t| view.is_any(t, AGREEMENTS) && !view.is_capitalised(t))
        .or_else(|| (0..4.min(i)).find(|&t| view.is_any(t, AGREEMENTS) && !view.is_capitalised(t) && view.is_punct(t + 1, ',') && view.is_any(i.saturating_sub(1), &["was", "were"])))
    else {
        return;
    };
    // (A named treaty before the noun is `signatory_parties_rule`'s.)
    if view.mentions.iter().any(|m| m.last + 1 == noun && entity_kind(article, m) == Some(EntityKind::Organization)) {
        return;
    }
    let parties: Vec<usize> = near_list(right(article, view, by, &[EntityKind::Organization, EntityKind::Country]), by + 3).iter().map(|m| actor(article, m)).collect();
    // "The original agreement was signed ... by Poland, Hungary and
    // Czechoslovakia", opening a sentence of a text about a treaty: that
    // treaty's first parties.
    if noun <= 2
        && view.is(0, "the")
        && let Some(treaty) = article.topic_organisation().filter(|&t| article.entities.get(t).is_some_and(EntityRecord::is_treaty))
    {
        let states: Vec<usize> = parties.into_iter().filter(|&p| p != treaty && entity_kind_of(article, p) == Some(EntityKind::Country)).collect();
        for party in states {
            article.relate(view, party, treaty, RelationKind::MemberOf, Some("party".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
        }
        return;
    }
    // "The Australia, New Zealand and United States Security Treaty (ANZUS)
    // is a collective security agreement signed ... by Australia, New
    // Zealand and the United States": the parties of the body described.
    if let Some(copula) = (1..noun).rev().find(|&t| view.is_any(t, &["is", "was"]))
        && (copula + 1..noun).all(|t| !view.is_capitalised(t))
        && let Some(described) = view.mentions.iter().filter(|m| m.first <= 1 && m.last < copula && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).min_by_key(|m| m.first).copied()
        // (Its acronym in parentheses between.)
        && (described.last + 1 == copula || view.is_punct(described.last + 1, '(') && view.is_punct(copula - 1, ')'))
    {
        let states: Vec<usize> = parties.into_iter().filter(|&p| p != described.entity && entity_kind_of(article, p) == Some(EntityKind::Country)).collect();
        for party in states {
            article.relate(view, party, described.entity, RelationKind::MemberOf, Some("party".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.65);
        }
        return;
    }
    if parties.len() >= 2 {
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some("signed agreement".to_owned()), 0.6);
    }
}

/// What "was signed" at `i` is about: the body named last before the verb,
/// or, past a relative clause closed right before it ("The Cartagena
/// Agreement, which created the bloc, was signed"), the clause's antecedent.
fn signed_document(article: &Article<'_>, view: &SentenceView<'_>, i: usize, kinds: &[EntityKind]) -> Option<usize> {
    let verb_first = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["was", "were", "had", "has", "have"])).unwrap_or(i);
    let closed = verb_first >= 1 && view.is_punct(verb_first - 1, ',');
    if closed
        && let Some(open) = (verb_first.saturating_sub(14)..verb_first - 1).rev().find(|&t| view.is_punct(t, ',') && view.is_any(t + 1, &["which", "that", "whose"]))
    {
        let last = if open >= 1 && view.is_punct(open - 1, ')') { (open.saturating_sub(5)..open - 1).rev().find(|&t| view.is_punct(t, '(')).map_or(open, |t| t) } else { open };
        if let Some(m) = view.mentions.iter().find(|m| m.last + 1 == last && eligible(article, m, kinds)) {
            return Some(m.entity);
        }
    }
    view.mentions.iter().filter(|m| m.last + 1 < i && i - m.last <= 8 && m.role == Role::Plain && eligible(article, m, kinds)).max_by_key(|m| m.last).map(|m| m.entity)
}

/// "Baltic Sentry, the NATO mission launched in January", "Aspides, the
/// EU naval operation in the Red Sea": the named mission is part of the
/// body that runs it, and "its contribution to Baltic Sentry" before it
/// makes the contributor take part. Returns whether it applied.
fn mission_of_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let mut t = i.saturating_sub(1);
    while t > 0 && i - t <= 3 && view.word(t).starts_with(char::is_lowercase) && !view.is_any(t, &["the", "a", "an", "of"]) {
        t -= 1;
    }
    let Some(body) = view.mentions.iter().find(|m| m.last == t && m.first >= 3 && eligible(article, m, &[EntityKind::Organization])).copied() else {
        return false;
    };
    if !(view.is(body.first - 1, "the") && view.is_punct(body.first - 2, ',')) {
        return false;
    }
    let Some(mission) = view.mentions.iter().find(|m| m.last + 3 == body.first && entity_kind(article, m) == Some(EntityKind::Organization)).copied() else {
        return false;
    };
    article.relate(view, mission.entity, body.entity, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
    // "He thanked Norway for its contribution to Baltic Sentry, ...".
    if mission.first >= 3
        && view.is(mission.first - 1, "to")
        && view.is_any(mission.first - 2, &["contribution", "contributions"])
        && let Some(owner) = if view.is_any(mission.first - 3, &["its", "their"]) {
            view.mentions.iter().filter(|m| m.last + 3 < mission.first && eligible(article, m, &[EntityKind::Country, EntityKind::Organization])).max_by_key(|m| m.last).copied()
        } else {
            view.mentions.iter().find(|m| m.last + 1 == mission.first - 2 && view.is_possessive(m.last + 1) && eligible(article, m, &[EntityKind::Country])).copied()
        }
    {
        emit(article, view, Some(&owner), actor(article, &owner), mission.entity, i, RelationKind::Attends, Some("contribution".to_owned()), 0.55);
    }
    true
}

/// "Uruguay's support for the candidacy of Michelle Bachelet, ..., for the
/// post of Secretary-General of the United Nations": the candidate is put
/// forward for that office (proposed), and whoever voiced support backs
/// her. Returns whether it applied.
fn candidacy_for_post_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    if !view.is(i + 1, "of") {
        return false;
    }
    // The candidate, maybe after title words ("of former Chilean President
    // Michelle Bachelet").
    let Some(candidate) = view
        .mentions
        .iter()
        .find(|m| m.first > i + 1 && m.first <= i + 7 && (i + 2..m.first).all(|t| view.is_capitalised(t) || view.is_any(t, &["former", "the"])) && eligible(article, m, &[EntityKind::Person]))
        .copied()
    else {
        return false;
    };
    // "... for the post of Secretary-General of the United Nations".
    let Some(post) = (candidate.last + 1..(candidate.last + 30).min(view.len())).find(|&t| view.is_any(t, &["post", "position", "office", "role"]) && view.is(t + 1, "of") && view.is(t.saturating_sub(1), "the") && view.is(t.saturating_sub(2), "for")) else {
        return false;
    };
    let title_first = post + 2;
    let Some(of_body) = (title_first + 1..(title_first + 6).min(view.len())).find(|&t| view.is(t, "of")) else { return false };
    let Some(body) = view.mentions.iter().find(|m| (m.first == of_body + 1 || m.first == of_body + 2 && view.is(of_body + 1, "the")) && eligible(article, m, &[EntityKind::Organization, EntityKind::Country])).copied() else {
        return false;
    };
    let title = view.span_text(title_first, of_body - 1).to_owned();
    article.relate(view, candidate.entity, body.entity, RelationKind::HoldsOffice, Some(format!("{title} (candidacy)")), false, Modality::Proposed, nearest_date(view, i), 0.6);
    // "Uruguay's support for the candidacy", "Bolivia ... expressed its
    // support for the candidacy".
    if view.is(i.saturating_sub(1), "the") && view.is(i.saturating_sub(2), "for") && view.is_any(i.saturating_sub(3), &["support", "backing"]) {
        let support = i - 3;
        let owner = if support >= 2 && view.is_possessive(support - 1) {
            view.mentions.iter().find(|m| m.last + 2 == support && eligible(article, m, ACTOR)).copied()
        } else {
            left(article, view, support, ACTOR).copied()
        };
        if let Some(owner) = owner {
            let supporter = actor(article, &owner);
            if supporter != candidate.entity {
                article.relate(view, supporter, candidate.entity, RelationKind::Other, Some("supports candidacy".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.55);
            }
        }
    }
    true
}

/// "Djibouti's President Ismail Omar Guelleh, who arrived on Monday for a
/// two-day state visit": arriving with no place named, in a report whose
/// dateline names a state, is a visit to that state (by someone serving
/// another).
fn arrived_at_dateline_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if !view.is(i, "arrived") || view.mentions.iter().any(|m| m.first > i && m.first <= i + 4 && eligible(article, m, PLACE_LIKE)) {
        return;
    }
    let Some(state) = article.dateline_country else { return };
    let person = if i >= 3 && view.is(i - 1, "who") && view.is_punct(i - 2, ',') {
        view.mentions.iter().find(|m| m.last + 3 == i && eligible(article, m, &[EntityKind::Person])).copied()
    } else {
        left(article, view, i, &[EntityKind::Person]).filter(|m| i - m.last <= 4).copied()
    };
    let Some(person) = person else { return };
    if serves_another_state(article, person.entity, state) {
        emit(article, view, Some(&person), person.entity, state, i, RelationKind::Visits, None, 0.5);
    }
}

/// "Ethiopian Foreign Minister X and his Djiboutian counterpart, Y,
/// signed the accord in the Ethiopian capital": a signatory serving
/// another state than the city's went there.
fn signers_travelled_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(in_at) = (i + 1..(i + 6).min(view.len())).find(|&t| view.is(t, "in")) else { return };
    if (i + 1..in_at).any(|t| view.is_capitalised(t) || view.is_punct(t, ',')) {
        return;
    }
    let Some(city) = view.mentions.iter().find(|m| (m.first == in_at + 1 || m.first == in_at + 2 && view.is(in_at + 1, "the")) && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Place)).copied() else { return };
    let Some(city_state) = article.entities.get(city.entity).and_then(|e| e.affiliation) else { return };
    let Some(subject) = left(article, view, i, &[EntityKind::Person]).filter(|m| i - m.last <= 3).copied() else { return };
    for signer in left_list(article, view, &subject, &[EntityKind::Person]).into_iter().copied().collect::<Vec<_>>() {
        if serves_another_state(article, signer.entity, city_state) {
            emit(article, view, Some(&signer), signer.entity, city.entity, i, RelationKind::Visits, None, 0.55);
        }
    }
}

/// "of which Côte d'Ivoire is a member and Ghana is not", "Norway is a
/// member of NATO, but Sweden is not": the second state's membership,
/// elided, is denied (of the body the first clause made the first state a
/// member of).
fn elided_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("...; Montserrat does not.", "whereas Poland has not".)
    let Some(second) = view
        .mentions
        .iter()
        .find(|m| m.last + 2 == i && m.first >= 1 && (view.is_any(m.first - 1, &["and", "but", "whereas", "while"]) || view.is_punct(m.first - 1, ';')) && eligible(article, m, &[EntityKind::Country, EntityKind::Place]))
        .copied()
    else {
        return;
    };
    let Some((body, _)) = membership_told_here(article, view, second.entity) else { return };
    article.relate(view, actor(article, &second), body, RelationKind::MemberOf, None, true, Modality::Asserted, nearest_date(view, i), 0.55);
}

/// "The Amazon Cooperation Treaty was signed in Brasília", "The treaty
/// establishing the union was signed in Marrakesh": the treaty (or the body
/// it set up) relates to the place of signing.
fn signed_in_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("The Trujillo Protocol, signed in the Peruvian city of Trujillo in
    // March 1996, turned ...": the participle after the treaty's name.)
    let apposed = (i >= 2 && view.is_punct(i - 1, ','))
        .then(|| view.mentions.iter().find(|m| m.last + 2 == i && m.role == Role::Plain && article.entities.get(m.entity).is_some_and(EntityRecord::is_treaty)))
        .flatten()
        .map(|m| m.entity);
    if !view.is_any(i.saturating_sub(1), &["was", "were"]) && apposed.is_none() {
        return;
    }
    let Some(signed) = apposed.or_else(|| signed_document(article, view, i, &[EntityKind::Organization, EntityKind::Event])) else {
        return;
    };
    let end = (i + 1..(i + 10).min(view.len())).find(|&t| view.is(t, "by") || view.is_punct(t, ',') || view.is_punct(t, ';')).unwrap_or((i + 10).min(view.len()));
    let Some(place) = (i + 1..end).filter(|&t| view.is_any(t, &["in", "at"])).find_map(|at| {
        // ("in the Peruvian city of Trujillo".)
        let city_of = view.is(at + 1, "the") && view.is_any(at + 3, &["city", "town", "port", "capital"]) && view.is(at + 4, "of");
        view.mentions.iter().find(|m| (m.first == at + 1 || m.first == at + 2 && view.is(at + 1, "the") || city_of && m.first == at + 5) && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Place))
    }) else {
        return;
    };
    let place = place.entity;
    if place != signed {
        article.relate(view, signed, place, RelationKind::Other, Some("signed in".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
    }
}

/// "The Amazon Cooperation Treaty was signed in Brasília on 3 July 1978 by
/// Bolivia, Brazil, ...", "The treaty establishing the union was signed by
/// King Hassan II of Morocco, Algerian President ...": the states that
/// signed are parties to the treaty (or members of the body it set up).
fn signatory_parties_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, by: usize) {
    if !view.is_any(i.saturating_sub(1), &["was", "were"]) {
        return;
    }
    let Some(signed) = signed_document(article, view, i, &[EntityKind::Organization]) else {
        return;
    };
    let end = (by + 1..view.len()).find(|&t| view.is_punct(t, ';') || view.is_any(t, &["with", "witnessed", "in", "at", "during", "after", "which", "while"])).unwrap_or(view.len());
    let mut parties: Vec<usize> = Vec::new();
    for m in view.mentions.iter().filter(|m| m.first > by && m.last < end && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Country)) {
        if !parties.contains(&m.entity) && m.entity != signed {
            parties.push(m.entity);
        }
    }
    if parties.len() < 2 {
        return;
    }
    let treaty = article.entities.get(signed).is_some_and(EntityRecord::is_treaty);
    let label = treaty.then(|| "party".to_owned());
    for party in parties.into_iter().take(12) {
        article.relate(view, party, signed, RelationKind::MemberOf, label.clone(), false, Modality::Asserted, nearest_date(view, i), 0.65);
    }
}

/// "Beijing and Manila have clashed repeatedly", "clashed with X": a
/// confrontation, `other` labelled "clashed".
fn clash_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(subject) = left(article, view, i, ACTOR).copied() else { return };
    let subject_entity = actor(article, &subject);
    let other = if let Some(with_at) = (i + 1..(i + 4).min(view.len())).find(|&t| view.is(t, "with")) {
        right(article, view, with_at, ACTOR).first().filter(|m| m.first <= with_at + 3).map(|m| actor(article, m))
    } else {
        coordinated_before(article, view, &subject, ACTOR).map(|m| actor(article, m))
    };
    if let Some(other) = other.filter(|&o| o != subject_entity) {
        emit(article, view, Some(&subject), subject_entity, other, i, RelationKind::Other, Some("clashed".to_owned()), 0.55);
    }
}

/// The office after a state's possessive at `at + 1` ("Djibouti's foreign
/// minister", "Sweden's ambassador to Kenya"), held by the person before
/// the verb at `at` (past "who").
fn possessive_office(article: &mut Article<'_>, view: &SentenceView<'_>, at: usize, state: Mention) {
    const NOUNS: &[&str] = &["minister", "ambassador", "president", "premier", "envoy", "representative", "chancellor", "secretary", "governor", "spokesperson", "spokesman", "spokeswoman", "ruler", "leader"];
    let first = state.last + 2;
    let Some(noun) = (first..(first + 4).min(view.len())).find(|&t| view.is_any(t, NOUNS)) else { return };
    if !(first..noun).all(|t| view.word(t).chars().all(char::is_alphabetic)) {
        return;
    }
    let Some(person) = left(article, view, at, &[EntityKind::Person]).copied() else { return };
    // ("served as", "was": an office held before, told apart from the one
    // its holder now has.)
    let title = title_case(&view.span_text(first, noun).to_lowercase());
    let label = if view.is_any(at.saturating_sub(1), &["served"]) || view.is(at, "was") { format!("former {title}") } else { title };
    article.relate(view, person.entity, state.entity, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, nearest_date(view, at), 0.55);
}

/// The state whose possessive opens the words at `first` ("Djibouti's"),
/// even where those words were read as the holder of the office they
/// open ("Djibouti's foreign minister" taken for the minister the text
/// named).
fn possessive_state(article: &Article<'_>, view: &SentenceView<'_>, first: usize) -> Option<Mention> {
    let possessive = (first + 1..(first + 4).min(view.len())).find(|&t| view.is_possessive(t))?;
    let last = possessive - 1;
    let named = view.mentions.iter().find(|m| m.first == first && m.last == last).map(|m| actor(article, m)).filter(|&e| entity_kind_of(article, e) == Some(EntityKind::Country));
    let words = view.span_text(first, last);
    let state = named.or_else(|| article.entities.iter().position(|e| e.kind == EntityKind::Country && (e.name == words || e.aliases.contains(words))))?;
    Some(Mention { first, last, entity: state, role: Role::Plain })
}

/// "the inauguration of Dilma Rousseff as head of the New Development
/// Bank", "X took office as Secretary-General of the OIC": the person just
/// before holds the office named after "as".
fn office_as_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const OFFICES: &[&str] = &[
        "head", "chief", "president", "director", "chair", "chairman", "chairwoman", "chairperson", "secretary-general", "commander", "governor", "leader", "minister", "secretary", "ambassador",
        "envoy", "king", "queen", "emir", "chancellor", "premier", "spokesperson", "spokesman", "spokeswoman",
    ];
    // "who served as Djibouti's foreign minister for nearly two decades",
    // "who was Sweden's ambassador to Kenya": an office of the state whose
    // possessive opens it.
    if (view.is(i, "as") && view.is_any(i.saturating_sub(1), &["served", "serving", "serves", "serve"]) || view.is_any(i, &["was", "is", "became"]) && view.is(i.saturating_sub(1), "who"))
        && let Some(state) = possessive_state(article, view, i + 1)
    {
        possessive_office(article, view, i, state);
        return true;
    }
    let mut at = i + 1;
    while view.is_any(at, &["the", "its", "new", "first", "deputy", "acting", "executive"]) {
        at += 1;
    }
    // "chose Henry Puna ... as Secretary General": an office of the
    // organisation the text is about.
    if (view.is(at, "secretary") && (view.is(at + 1, "general") || view.is_punct(at + 1, '-')) || view.is(at, "director") && view.is(at + 1, "general"))
        && !(at..(at + 5).min(view.len())).any(|t| view.is(t, "of"))
        // ("has been secretary-general since 2016": lower case after a
        // copula.)
        && (view.is_capitalised(at) || view.is_any(i, &["been", "is", "was", "became", "becomes"]))
        && let Some(org) = article.main_organisation()
        && let Some(person) = left(article, view, i, &[EntityKind::Person]).copied()
    {
        let last = if view.is_punct(at + 1, '-') { at + 2 } else { at + 1 };
        let label = view.span_text(at, last).to_owned();
        article.relate(view, person.entity, org, RelationKind::HoldsOffice, Some(label.clone()), false, Modality::Asserted, nearest_date(view, i), 0.55);
        // ", succeeding his compatriot Habib Ben Yahia": the one before held
        // it too.
        if let Some(succeeding) = (last + 1..(last + 8).min(view.len())).find(|&t| view.is_any(t, &["succeeding", "replacing", "succeeded", "replaced"]))
            && let Some(predecessor) = right(article, view, succeeding, &[EntityKind::Person]).first().filter(|m| m.first <= succeeding + 4).copied()
            && predecessor.entity != person.entity
        {
            article.relate(view, predecessor.entity, org, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, None, 0.5);
        }
        return true;
    }
    // "The summit appointed Mubita Luwabelwa of Zambia as executive
    // secretary, replacing X", "Félix Tshisekedi succeeded Lourenço as
    // chairman": a chair or secretariat given to a person, of the
    // organisation the text is about (both persons for a succession).
    let general = view.is(at, "secretary") && view.is(at + 1, "general");
    let chair = view.is_any(at, &["chairman", "chair", "chairperson", "chairwoman"]) || view.is(at, "secretary") && view.is(at - 1, "executive") || general;
    let given = (i.saturating_sub(10)..i).rfind(|&t| view.is_any(t, &["appointed", "elected", "named", "succeeded", "succeeds", "replaced", "replaces"]));
    if chair
        && let Some(given) = given
        && !(at + 1..(at + 4 + usize::from(general)).min(view.len())).any(|t| view.is(t, "of"))
        && !view.is_capitalised(at)
        && let Some(org) = article.main_organisation()
        && let Some(person) = left(article, view, i, &[EntityKind::Person]).filter(|m| m.first > given).copied()
    {
        let label = view.span_text(if view.is(at - 1, "executive") { at - 1 } else { at }, at + usize::from(general)).to_owned();
        let mut holders = vec![person.entity];
        if view.is_any(given, &["succeeded", "succeeds", "replaced", "replaces"]) {
            holders.extend(left(article, view, given, &[EntityKind::Person]).map(|m| m.entity));
        }
        if let Some(succeeding) = (at + 1..(at + 4 + usize::from(general)).min(view.len())).find(|&t| view.is_any(t, &["succeeding", "replacing"])) {
            holders.extend(right(article, view, succeeding, &[EntityKind::Person]).first().filter(|m| m.first <= succeeding + 4).map(|m| m.entity));
        }
        for holder in holders {
            article.relate(view, holder, org, RelationKind::HoldsOffice, Some(label.clone()), false, Modality::Asserted, nearest_date(view, i), 0.55);
        }
        return true;
    }
    let Some(of_at) = (at..(at + 3).min(view.len())).find(|&t| view.is(t, "of")) else { return false };
    if !(at..of_at).any(|t| view.is_any(t, OFFICES) || view.lower(t) == "secretary" && view.is_punct(t + 1, '-')) {
        return false;
    }
    // (The body may already qualify the title as its affiliation.)
    // ("Prime Minister of Japan": a state too; "President of Republika
    // Srpska", "Governor of Okinawa": a region's head.)
    let heads_region = (at..of_at).any(|t| view.is_any(t, &["president", "premier", "governor", "mayor"]) && view.is_capitalised(t));
    let Some(body) = view
        .mentions
        .iter()
        .find(|m| (m.first == of_at + 1 || m.first == of_at + 2 && view.is(of_at + 1, "the")) && m.role != Role::Inner && (matches!(entity_kind(article, m), Some(EntityKind::Organization | EntityKind::Country)) || heads_region && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Place)))
        .copied()
    else {
        return false;
    };
    // "X as President of", "X has served as", "X became", "X was appointed".
    let Some(person) = view
        .mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 4 && (m.last + 1..i).all(|t| view.is_punct(t, ',') || view.is_any(t, &["served", "serves", "serving", "has", "had", "was", "is", "been", "became", "later", "then", "who"])) && eligible(article, m, &[EntityKind::Person]))
        .max_by_key(|m| m.last)
        .copied()
    else {
        return false;
    };
    let label = view.span_text(i + 1, of_at - 1).trim_start_matches("the ").to_owned();
    article.relate(view, person.entity, body.entity, RelationKind::HoldsOffice, Some(label), false, Modality::Asserted, nearest_date(view, i), 0.6);
    true
}

/// "the representative of the United States said her delegation had voted
/// against": the state opposes the body's decision.
fn voted_against_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(body) = article.recent_adopting_body() else { return };
    let Some(voter) = left(article, view, i, ACTOR).copied() else { return };
    // ("Kyiv's sponsors had pressured small States to vote against it": an
    // infinitive's voter is the one pressed, not a name further back.)
    if view.is(i.saturating_sub(1), "to") && i - voter.last > 4 {
        return;
    }
    let voter_entity = actor(article, &voter);
    if voter_entity != body {
        emit(article, view, Some(&voter), voter_entity, body, i, RelationKind::Criticizes, Some("voted against".to_owned()), 0.55);
    }
}

/// "the representative of China said his delegation abstained": the state
/// abstains in the body voting (a council or assembly named in the
/// sentence, else the one adopting texts in the article).
fn abstention_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let council = view.mentions.iter().find(|m| article.entities.get(m.entity).is_some_and(is_council_or_assembly)).map(|m| m.entity);
    let Some(body) = council.or_else(|| article.recent_adopting_body()) else { return };
    let Some(voter) = left(article, view, i, ACTOR).copied() else { return };
    for voter in left_list(article, view, &voter, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let voter_entity = actor(article, &voter);
        if voter_entity != body {
            emit(article, view, Some(&voter), voter_entity, body, i, RelationKind::Other, Some("abstained".to_owned()), 0.5);
        }
    }
}

/// "the Personal Envoy for Sudan, Ramtane Lamamra, is in Port Sudan": a
/// person serving an organisation or another state is visiting the place.
fn presence_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = mention_after(article, view, i + 2, &[EntityKind::Place]) else { return };
    let Some(person) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).max_by_key(|m| m.last).copied() else { return };
    if (person.last + 1..i).any(|t| view.is_any(t, &["which", "that", "where"])) {
        return;
    }
    let serves = article.entities.get(person.entity).and_then(|e| e.affiliation);
    let place_state = article.entities.get(place.entity).and_then(|e| e.affiliation);
    let foreign = match serves {
        Some(s) if entity_kind_of(article, s) == Some(EntityKind::Organization) => true,
        Some(s) => place_state.is_some_and(|p| p != s),
        None => false,
    };
    if foreign {
        emit(article, view, Some(&person), person.entity, place.entity, i, RelationKind::Visits, None, 0.55);
    }
}

/// "The mission now includes personnel from Jamaica, Belize and
/// Guatemala": the contributing states take part in it.
fn contributors_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // The mission is the sentence's subject, not a body in a clause about it.
    let Some(mission) = view.mentions.iter().filter(|m| m.last < i && m.first <= 4 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Organization, EntityKind::Event])).min_by_key(|m| m.first).copied() else { return };
    for state in near_list(right(article, view, i + 2, &[EntityKind::Country]), i + 4).into_iter().take(12).copied().collect::<Vec<_>>() {
        emit(article, view, Some(&state), actor(article, &state), mission.entity, i, RelationKind::Attends, Some("contributor".to_owned()), 0.6);
    }
}

/// "Tokelau and Wallis and Futuna are associate members", "were admitted
/// as full members in 2016": members of the organisation the text is
/// about, when none is named.
fn bare_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // "became the thirteenth member", "is its newest member".
    let ordinal = |t: usize| is_ordinal(view.lower(t)) || view.is_any(t, &["newest", "latest"]);
    let Some(kind_at) = i.checked_sub(1).filter(|&t| view.is_any(t, &["associate", "full", "founding"]) || view.is(i, "member") && ordinal(t)) else { return false };
    let verb_at = kind_at.checked_sub(1).map(|t| if view.is_any(t, &["as", "a", "an", "the", "its"]) { t.saturating_sub(1) } else { t });
    // ("was admitted as an associate member".)
    let verb_at = verb_at.map(|t| if view.is(t, "as") { t.saturating_sub(1) } else { t });
    let Some(verb_at) = verb_at.filter(|&t| view.is_any(t, &["are", "were", "is", "was", "been", "became", "become", "admitted", "remain", "remains"])) else { return false };
    // Not "full members of the EU": then the body is named.
    if view.is_any(i + 1, &["of", "in"]) && view.mentions.iter().any(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && entity_kind(article, m) == Some(EntityKind::Organization)) {
        return false;
    }
    let Some(org) = article.main_organisation() else { return false };
    // Territories are members of regional bodies too ("Tokelau").
    const MEMBERS: &[EntityKind] = &[EntityKind::Country, EntityKind::Organization, EntityKind::Place];
    let Some(subject) = left(article, view, verb_at, MEMBERS).copied() else { return false };
    // ("A, B and C, the founding members of Mercosur, have been associate
    // members": the list before the apposition, not the body inside it.)
    let aux = if view.is_any(verb_at.saturating_sub(1), &["have", "has", "had"]) { verb_at - 1 } else { verb_at };
    let apposed = view.is_punct(aux.saturating_sub(1), ',')
        .then(|| (0..subject.first).rev().find(|&t| view.is_punct(t, ',') && view.is(t + 1, "the")))
        .flatten()
        .and_then(|comma| view.mentions.iter().find(|m| m.last + 1 == comma && eligible(article, m, &[EntityKind::Country])));
    let subject = apposed.copied().unwrap_or(subject);
    let label = if view.is(kind_at, "associate") { Some("associate member".to_owned()) } else { None };
    for member in left_list(article, view, &subject, MEMBERS).into_iter().copied().collect::<Vec<_>>() {
        let member_entity = actor(article, &member);
        if member_entity != org {
            article.relate(view, member_entity, org, RelationKind::MemberOf, label.clone(), false, Modality::Asserted, nearest_date(view, i), 0.6);
        }
    }
    true
}

/// The body of the membership the text told last ("... founded the Colombo
/// Security Conclave. Pakistan is not a member."), for a membership or an
/// observer's seat that names none.
fn body_of_last_membership(article: &Article<'_>) -> Option<usize> {
    article.relations.iter().rev().find(|r| r.kind == RelationKind::MemberOf).map(|r| r.object)
}

/// "Pakistan is not a member, and ...", "Nepal is also a member.": a
/// membership of no body named in the sentence is one of the bloc the text
/// is on.
fn unnamed_body_member_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let ends = i + 1 >= view.len() || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_punct(i + 1, ';') || view.is_any(i + 1, &["and", "but"]);
    if !ends || !view.is_any(i.saturating_sub(1), &["a", "an"]) || view.mentions.iter().any(|m| entity_kind(article, m) == Some(EntityKind::Organization)) {
        return false;
    }
    let mut verb = i - 1;
    let negated = verb >= 1 && view.is(verb - 1, "not");
    if negated || verb >= 1 && view.is_any(verb - 1, &["also", "already", "still"]) {
        verb -= 1;
    }
    if verb == 0 || !view.is_any(verb - 1, &["is", "was"]) {
        return false;
    }
    let Some(state) = view.mentions.iter().find(|m| m.last + 2 == verb && (view.is_any(m.first.wrapping_sub(1), &["and", "but"]) || m.first <= 1)).filter(|m| eligible(article, m, &[EntityKind::Country])).copied() else { return false };
    // (The body of the membership told last: "... founded the Colombo
    // Security Conclave. Pakistan is not a member".)
    let Some(body) = body_of_last_membership(article).or_else(|| article.bloc_in_focus(view)) else { return false };
    article.relate(view, actor(article, &state), body, RelationKind::MemberOf, None, negated, Modality::Asserted, nearest_date(view, i), 0.55);
    true
}

/// "Its full members are A, B and C", "The members of Mercosur are A and
/// B", "Mercosur's member states include A": the listed states belong to
/// the organisation the possessive or "of" names ("its": the one the text
/// is about).
fn copular_member_list_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // "member states", "members": the noun group ends here.
    let noun_first = if view.is_any(i, &["states", "countries"]) { if view.is(i.saturating_sub(1), "member") { i - 1 } else { return false } } else { i };
    let mut verb = i + 1;
    let mut org = None;
    // "The members of Mercosur are".
    if view.is(verb, "of")
        && let Some(m) = view.mentions.iter().find(|m| (m.first == verb + 1 || m.first == verb + 2 && view.is(verb + 1, "the")) && entity_kind(article, m) == Some(EntityKind::Organization))
    {
        org = Some(m.entity);
        verb = m.last + 1;
    }
    if !view.is_any(verb, &["are", "were", "include", "included", "includes", "comprise", "comprised", "being"]) {
        return false;
    }
    // Adjectives back to the owner: "Its five founding members".
    let mut k = noun_first;
    let mut label = None;
    while k > 0 && (view.is_any(k - 1, &["full", "founding", "current", "original", "permanent", "associate", "other", "core"]) || view.tokens.get(k - 1).is_some_and(|t| t.kind == TokenKind::Number) || view.is_any(k - 1, &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])) {
        k -= 1;
        if view.is(k, "founding") || view.is(k, "original") {
            label = Some("founding member".to_owned());
        } else if view.is(k, "associate") {
            label = Some("associate member".to_owned());
        }
    }
    if org.is_none() && k >= 1 {
        // "The founding twelve members are ..." opening a sentence: the
        // body the article is about, once it has been named more than once.
        org = if view.is_any(k - 1, &["its", "their"]) {
            article.main_organisation()
        } else if k == 1 && view.is(0, "the") {
            article.main_organisation().filter(|&o| article.entities.get(o).is_some_and(|e| e.mentions.len() >= 2))
        } else if view.is_possessive(k - 1) {
            view.mentions.iter().find(|m| m.last + 2 == k && entity_kind(article, m) == Some(EntityKind::Organization)).map(|m| m.entity)
        } else {
            None
        };
    }
    let Some(org) = org else { return false };
    let members: Vec<Mention> = near_list(right(article, view, verb, &[EntityKind::Country, EntityKind::Organization, EntityKind::Place]), verb + 3).into_iter().copied().collect();
    for member in members.iter().take(20) {
        let state = actor(article, member);
        if state != org {
            article.relate(view, state, org, RelationKind::MemberOf, label.clone(), false, Modality::Asserted, nearest_date(view, verb), 0.7);
        }
    }
    !members.is_empty()
}

/// "expected to join the drills": taking part in an event, not joining a
/// body.
fn joins_event(article: &Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    right(article, view, i, &[EntityKind::Event, EntityKind::Organization]).first().is_some_and(|m| m.first <= i + 2 && entity_kind(article, m) == Some(EntityKind::Event))
}

/// "the exercise ... drew observers from A, B and C": the states listed
/// attend the event as observers (participants, delegations).
fn drew_attendees_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = view.mentions.iter().filter(|m| m.last < i && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last).map(|m| m.entity) else {
        return;
    };
    let label = view.is(i, "observers").then(|| "observer".to_owned());
    for attendee in near_list(right(article, view, i + 1, PERSON_OR_ACTOR), i + 3).into_iter().take(12).copied().collect::<Vec<_>>() {
        emit(article, view, Some(&attendee), actor(article, &attendee), event, i, RelationKind::Attends, label.clone(), 0.65);
    }
}

fn attends_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    if let Some((event, from)) = inverted_attendance(article, view, i) {
        // "attended by the prime ministers of A, B and C, X, Y and Z": the
        // list may start past a long description.
        let from = view
            .mentions
            .iter()
            .filter(|m| m.first > from && m.first <= from + 20 && eligible(article, m, PERSON_OR_ACTOR))
            .map(|m| m.first - 1)
            .min()
            .unwrap_or(from);
        for attendee in right(article, view, from, PERSON_OR_ACTOR).into_iter().take(8).copied().collect::<Vec<_>>() {
            emit(article, view, Some(&attendee), actor(article, &attendee), event, i, RelationKind::Attends, None, 0.7);
        }
        return;
    }
    // "The first meeting ... took place in Poznań and was attended by A, B
    // and C": an unnamed meeting's few attendees met one another.
    if view.is(i, "attended")
        && view.is(i + 1, "by")
        && view.is_any(i.saturating_sub(1), &["was", "were", "and"])
        && (i.saturating_sub(24)..i).any(|t| view.is_any(t, &["meeting", "talks"]) && view.is_any(t.saturating_sub(1), &["the", "first", "a", "their", "second", "third", "last"]))
    {
        let attendees: Vec<usize> = right(article, view, i + 1, &[EntityKind::Person]).iter().map(|m| m.entity).collect();
        if (2..=4).contains(&attendees.len()) {
            emit_each_pair(article, view, &attendees, i, RelationKind::Meets, None, 0.6);
        }
        return;
    }
    let took_part = view.is_any(i.saturating_sub(1), &["take", "took", "takes", "taking"]);
    // "took part in", "took part by video link", "in which X took part".
    // ("The IMF and the WTO also took part.": the event the text is about.)
    let ends = i + 1 >= view.len() || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ';');
    if w == "part" && !(took_part && (ends || view.is_punct(i + 1, ',') || view.is_any(i + 1, &["in", "by", "via", "as", "virtually", "remotely", "online"]) || (i.saturating_sub(10)..i).any(|t| view.is(t, "which") && view.is(t.saturating_sub(1), "in")))) {
        return;
    }
    // "... and accepted the invitation to attend": the subject of the verb
    // that took the invitation.
    let governing = (i >= 4 && view.is(i - 1, "to") && view.is(i - 2, "invitation") && view.is_any(i - 3, &["the", "an", "its", "his", "her", "their"])).then(|| i - 4);
    let subject = if i >= 2 && view.is_possessive(i - 1) {
        view.mentions.iter().find(|m| m.last == i - 2 && eligible(article, m, PERSON_OR_ACTOR)).copied()
    } else {
        None
    }
    .or_else(|| left(article, view, governing.unwrap_or(i), PERSON_OR_ACTOR).copied());
    // "the Mercosur summit in Asunción in July 2024, which Argentine
    // President Javier Milei did not attend", "the summit to be held in
    // Abuja in June, which both Presidents will attend": the clause's
    // event, not what follows the verb.
    let clause_ends = i + 1 >= view.len() || view.is_punct(i + 1, ';') || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',');
    if matches!(w.as_str(), "attend" | "attended" | "attends")
        && clause_ends
        && let Some(which) = (i.saturating_sub(9)..i).rev().find(|&t| view.is(t, "which") && t >= 2 && view.is_punct(t - 1, ','))
        && let Some(event) = view.mentions.iter().filter(|m| m.last + 1 < which && which - 1 - m.last <= 8 && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last).copied()
    {
        // ("which both Presidents will attend": the leaders of the two
        // states the report named most before.)
        let principals = view.is_any(which + 1, &["both", "the"]).then(|| principal_leaders(article, view)).flatten();
        let attendees: Vec<usize> = match principals.or_else(|| pair_as_subject(article, view, i, subject.as_ref())) {
            Some((a, b)) => vec![a, b],
            None => subject.filter(|m| m.first > which).map(|m| left_list(article, view, &m, PERSON_OR_ACTOR).into_iter().filter(|x| x.first > which).map(|x| actor(article, x)).collect()).unwrap_or_default(),
        };
        for attendee in attendees {
            emit(article, view, None, attendee, event.entity, i, RelationKind::Attends, None, 0.65);
        }
        return;
    }
    let objects_near: Vec<usize> = near_list(right(article, view, i, &[EntityKind::Event, EntityKind::Organization]), i + 8).iter().map(|m| m.entity).collect();
    // "both leaders attended the Business Forum": each of the pair.
    if let Some((a, b)) = pair_as_subject(article, view, i, subject.as_ref()) {
        for party in [a, b] {
            for &object in objects_near.iter().take(4) {
                emit(article, view, None, party, object, i, RelationKind::Attends, None, 0.7);
            }
        }
        return;
    }
    // "The leaders of the member states attended, among them President X
    // of A, President Y of B ...": each person listed attends the event the
    // text is about.
    if view.is_punct(i + 1, ',')
        && let Some(list_at) = (i + 2..=i + 3).find(|&t| view.is(t, "including") || view.is(t, "them") && view.is(t - 1, "among"))
        && let Some(event) = article.recent_event()
    {
        for attendee in right(article, view, list_at, &[EntityKind::Person]).into_iter().take(10).copied().collect::<Vec<_>>() {
            emit(article, view, Some(&attendee), attendee.entity, event, i, RelationKind::Attends, None, 0.65);
        }
        return;
    }
    // "Leaders of the member states attended, along with the heads of the
    // IMF and the World Bank": those named after "along with" attend the
    // event the text is about, and so does the subject.
    if let Some(with_at) = (i + 2..=i + 3).find(|&t| view.is(t, "with") && view.is_any(t - 1, &["along", "together"]))
        && view.is_punct(i + 1, ',')
        && let Some(event) = article.recent_event()
    {
        let mut attendees: Vec<Mention> = near_list(right(article, view, with_at, PERSON_OR_ACTOR), with_at + 8).into_iter().take(8).copied().collect();
        if let Some(subject) = subject.filter(|m| i - m.last <= 3) {
            attendees.extend(left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied());
        }
        for attendee in attendees {
            emit(article, view, Some(&attendee), actor(article, &attendee), event, i, RelationKind::Attends, None, 0.65);
        }
        return;
    }
    let Some(subject) = subject else { return };
    // "the Balikatan exercise, in which Japanese and Australian forces also
    // took part": the event the clause hangs on.
    if let Some(which) = (subject.first.saturating_sub(3)..subject.first).find(|&t| view.is(t, "which") && t >= 2 && view.is(t - 1, "in") && view.is_punct(t - 2, ','))
        && let Some(event) = view.mentions.iter().find(|m| m.last + 3 == which && eligible(article, m, &[EntityKind::Event])).copied()
    {
        for attendee in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
            emit(article, view, Some(&attendee), actor(article, &attendee), event.entity, i, RelationKind::Attends, None, 0.65);
        }
        return;
    }
    let subject = conjoined_subject(article, view, i, subject);
    // ("took part as the largest donors to the Amazon Fund": what follows
    // a role is not the event.)
    let as_role = view.is(i + 1, "as") && (i + 3..(i + 6).min(view.len())).any(|t| view.is_any(t, ATTENDING_ROLES));
    // ("also took part as his country joined Mercosur", "attended a day
    // before ...": a clause or a time after the verb, no object.)
    let bare = view.is(i + 1, "as") && view.is_any(i + 2, &["his", "her", "their", "its", "he", "she", "they", "it"]) || view.is(i + 1, "a") && view.is_any(i + 2, &["day", "week", "month"]);
    // ("Dagalo did not attend, but the foreign ministry ...": a comma
    // right after the verb leaves it without an object.)
    let mut objects: Vec<usize> = if as_role || bare || view.is_punct(i + 1, ',') { Vec::new() } else { near_list(right(article, view, i, &[EntityKind::Event, EntityKind::Organization]), i + 8).iter().map(|m| m.entity).collect() };
    // "attended in person", "took part by video link": the event the text
    // is about.
    if (objects.is_empty()
        && (i + 1 >= view.len() || view.is_any(i + 1, &["in", "by", "via", "as", "virtually", "remotely", "online", "personally", "and", "but", "despite", "although", "though", "anyway"]) || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_punct(i + 1, ';'))
        // ("attended as a permanent guest", not "attended as the host of X".)
        && (!view.is_any(i + 2, &["the", "a", "an"]) || view.is(i + 1, "as") && (i + 3..(i + 6).min(view.len())).any(|t| view.is_any(t, ATTENDING_ROLES)))
        || objects.is_empty() && bare)
        && let Some(event) = article.recent_event()
    {
        objects.push(event);
    }
    // "attended most of the early summits in person": the meetings of the
    // body an entry is about.
    if objects.is_empty()
        && (i + 1..(i + 7).min(view.len())).any(|t| view.is_any(t, &["summits", "meetings"]) && !view.is(t + 1, "of"))
        && let Some(body) = article.topic_organisation()
    {
        objects.push(body);
    }
    if objects.is_empty() {
        return;
    }
    let observer = (i + 1..(i + 6).min(view.len())).any(|t| view.is(t, "observer"));
    let label = observer.then(|| "observer".to_owned());
    let mut subjects: Vec<Mention> = left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect();
    // "Skerrit also took part, as did Celso Amorim".
    if view.is_punct(i + 1, ',') && view.is(i + 2, "as") && view.is(i + 3, "did") {
        subjects.extend(near_list(right(article, view, i + 3, PERSON_OR_ACTOR), i + 5).into_iter().copied());
    }
    // "took part in the Bratislava summit that June as a guest, alongside
    // Sweden": one more guest.
    if let Some(alongside) = (i + 2..(i + 14).min(view.len())).find(|&t| view.is(t, "alongside") && view.is_punct(t - 1, ',')) {
        subjects.extend(near_list(right(article, view, alongside, PERSON_OR_ACTOR), alongside + 2).into_iter().copied());
    }
    for subject in &subjects {
        let subject_entity = actor(article, subject);
        for &object in objects.iter().take(4) {
            emit(article, view, Some(subject), subject_entity, object, i, RelationKind::Attends, label.clone(), 0.75);
        }
    }
}

/// The leaders of the two states named most before this sentence, among
/// states whose leader the text names (when two stand out): who "both
/// Presidents" are in a report of a visit.
fn principal_leaders(article: &Article<'_>, view: &SentenceView<'_>) -> Option<(usize, usize)> {
    let mut led: Vec<(usize, usize, usize)> = Vec::new();
    for r in article.relations.iter().filter(|r| r.kind == RelationKind::HoldsOffice && r.label.as_deref().is_some_and(|l| LEADER_TITLES.contains(&l))) {
        let Some(state) = article.entities.get(r.object).filter(|e| e.kind == EntityKind::Country) else { continue };
        if !led.iter().any(|&(_, s, _)| s == r.object) {
            led.push((state.mentions.iter().filter(|&&(start, _)| start < view.start).count(), r.object, r.subject));
        }
    }
    led.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
    match led.as_slice() {
        [(a, _, first), (b, _, second), rest @ ..] if *b >= 1 && rest.first().is_none_or(|(c, _, _)| c < b) && *a >= *b => Some((*first, *second)),
        _ => None,
    }
}

/// What attending "as" a role says: "attended as a guest", "took part as
/// the largest donors" (not "as the host of X", which names its own event).
const ATTENDING_ROLES: &[&str] = &["guest", "guests", "observer", "observers", "member", "members", "invitee", "invitees", "donor", "donors", "mediator", "mediators", "partner", "partners", "delegate", "delegates"];

/// "Lula was joined by President Arce of Bolivia, President Petro of
/// Colombia ...", "the member states were joined by invited countries: A,
/// B and C": those listed attend the event the sentence names, or the one
/// the text mentioned last.
fn joined_by_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if !view.is_any(i.saturating_sub(1), &["was", "were", "been", "be"]) {
        return;
    }
    let named = view.mentions.iter().filter(|m| eligible(article, m, &[EntityKind::Event])).map(|m| m.entity).next();
    let Some(event) = named.or_else(|| article.recent_event()) else { return };
    // The list may follow a description ending in a colon.
    let from = (i + 2..(i + 10).min(view.len())).find(|&t| view.is_punct(t, ':')).unwrap_or(i + 1);
    let attendees: Vec<Mention> = right(article, view, from, PERSON_OR_ACTOR).into_iter().filter(|m| m.entity != event && m.role != Role::Affiliation).take(10).copied().collect();
    for attendee in attendees {
        emit(article, view, Some(&attendee), actor(article, &attendee), event, i, RelationKind::Attends, None, 0.6);
    }
}

fn member_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    // "The Bucharest Nine is a group of nine NATO member states": the
    // states the grouping lists later are NATO's members too.
    if w == "member"
        && view.is_any(i + 1, &["states", "countries", "nations"])
        && let Some(parent) = view.mentions.iter().find(|m| m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Organization)).copied()
        && let Some(of) = (parent.first.saturating_sub(3)..parent.first).find(|&t| view.is(t, "of"))
        && view.is_any(of.wrapping_sub(1), &["group", "grouping", "alliance", "bloc", "format", "coalition", "club", "association", "forum"])
        && let Some(group) = view.mentions.iter().filter(|m| m.last < of && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).min_by_key(|m| m.first).map(|m| m.entity)
        && group != parent.entity
    {
        article.grouping_parents.push((group, parent.entity));
        return;
    }
    if matches!(w.as_str(), "membership" | "accession") && membership_step_rule(article, view, i) {
        return;
    }
    // "alongside Sweden, whose accession was then still awaiting
    // ratification": a membership pending, in the body named before.
    if w == "accession"
        && view.is(i.saturating_sub(1), "whose")
        && !view.is_any(i + 1, &["to", "into"])
        && let Some(candidate) = view.mentions.iter().find(|m| m.last + 3 == i && view.is_punct(m.last + 1, ',') && eligible(article, m, &[EntityKind::Country])).copied()
    {
        let body = view.mentions.iter().filter(|m| m.last < candidate.first && is_membership_body(article, m)).max_by_key(|m| m.last).map(|m| m.entity).or_else(|| article.bloc_in_focus(view));
        if let Some(body) = body {
            article.relate(view, actor(article, &candidate), body, RelationKind::MemberOf, None, false, Modality::Proposed, nearest_date(view, i), 0.6);
        }
        return;
    }
    // "visa restrictions on 93 officials, including judges, prosecutors and
    // members of the National Assembly": people listed, not a membership.
    if w == "members"
        && view.is(i + 1, "of")
        && i >= 2
        && (view.is_any(i - 1, &["and", "or", "including"]) || view.is_punct(i - 1, ','))
        && (view.is(i - 1, "including") || view.word(i - 2).starts_with(char::is_lowercase) && view.word(i - 2).ends_with('s') && view.tokens.get(i - 2).is_some_and(|t| t.kind == TokenKind::Word))
    {
        return;
    }
    // "talks in Paris, joined by the ministers": company, not membership.
    if w == "joined" && view.is(i + 1, "by") {
        joined_by_rule(article, view, i);
        return;
    }
    // "an aide to a German member of the European Parliament": a person.
    if w == "member" && i >= 2 && view.is_any(i - 2, &["a", "an"]) && view.mentions.iter().any(|m| m.first == i - 1 && m.role == Role::Demonym) {
        return;
    }
    // "As Allies in NATO and members of the EU, A and B ...": the fronted
    // phrase's members come after its comma (`fronted_membership_rule`).
    if view.is(0, "as") && !(1..i).any(|t| view.is_punct(t, ',')) {
        return;
    }
    // "accession negotiations with Ukraine and Moldova": candidates for
    // the organisation named before ("EU accession"), else the text's bloc.
    if w == "accession"
        && view.is_any(i + 1, &["negotiations", "talks"])
        && view.is(i + 2, "with")
    {
        // Else the body proposing the talks, or the bloc it belongs to
        // ("The European Commission proposed opening accession talks").
        let org = view
            .mentions
            .iter()
            .find(|m| m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Organization))
            .map(|m| m.entity)
            .or_else(|| {
                let body = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).max_by_key(|m| m.last)?;
                let name = article.entities.get(body.entity)?.name.clone();
                let parent = super::gazetteer::GAZETTEER.entry_named(&name).and_then(|e| e.parent).and_then(|p| super::gazetteer::GAZETTEER.entry(p)).map(|p| p.name.clone());
                Some(parent.and_then(|p| article.entities.iter().position(|e| e.name == p)).unwrap_or(body.entity))
            })
            .or_else(|| article.recent_bloc());
        if let Some(org) = org {
            for candidate in near_list(right(article, view, i + 2, &[EntityKind::Country]), i + 4) {
                article.relate(view, actor(article, candidate), org, RelationKind::MemberOf, None, false, Modality::Proposed, nearest_date(view, i), 0.7);
            }
        }
        return;
    }
    // "the European Free Trade Association, of which Norway is a member".
    if (w == "member" || w == "members")
        // ("of which the Central African Republic is a member": a long name.)
        && let Some(which) = (i.saturating_sub(9)..i).find(|&t| view.is(t, "which") && view.is(t.wrapping_sub(1), "of") && view.is_punct(t.wrapping_sub(2), ','))
        // ("the Economic Cooperation Organization (ECO), of which".)
        && let Some(org) = view
            .mentions
            .iter()
            .find(|m| (m.last + 3 == which || view.is_punct(m.last + 1, '(') && (m.last + 3..=m.last + 4).any(|t| view.is_punct(t, ')') && t + 3 == which)) && entity_kind(article, m) == Some(EntityKind::Organization))
            .map(|m| m.entity)
    {
        let members: Vec<Mention> = view.mentions.iter().filter(|m| m.first > which && m.last < i && eligible(article, m, &[EntityKind::Country])).copied().collect();
        for member in &members {
            let state = actor(article, member);
            emit(article, view, Some(member), state, org, i, RelationKind::MemberOf, None, 0.75);
        }
        // "within the SCO and the ECO, of which both countries are
        // members": the pair the text is about, in both bodies.
        if members.is_empty()
            && (which + 1..i).any(|t| view.is(t, "both") || view.is(t, "two") && view.is_any(t + 1, &["countries", "sides", "nations"]))
            && let Some((a, b)) = view.pair_phrases.iter().find(|&&(first, _)| first > which && first < i).and_then(|&(_, last)| pair_of_phrase(article, view, last))
        {
            let org_mention = view.mentions.iter().find(|m| m.entity == org && m.last < which).copied();
            let bodies: Vec<usize> = std::iter::once(org).chain(org_mention.and_then(|m| coordinated_before(article, view, &m, &[EntityKind::Organization])).map(|m| m.entity)).collect();
            for body in bodies {
                for state in [a, b].map(|p| affiliation_or_self(article, p)) {
                    if state != body && entity_kind_of(article, state) == Some(EntityKind::Country) {
                        emit(article, view, None, state, body, i, RelationKind::MemberOf, None, 0.7);
                    }
                }
            }
        }
        return;
    }
    // "NATO member Turkey", "EU members France and Germany"
    if (w == "member" || w == "members")
        && let Some(org) = view.mentions.iter().find(|m| m.last + 1 == i && eligible(article, m, &[EntityKind::Organization]) || m.last + 1 == i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
        && let Some(next) = view.mentions.iter().find(|m| {
            // "EU member states France and Germany"
            let first = if view.is_any(i + 1, &["states", "countries", "nations"]) { i + 2 } else { i + 1 };
            m.first == first && eligible(article, m, &[EntityKind::Country])
        })
    {
        let org = org.entity;
        for member in right(article, view, i, &[EntityKind::Country]).iter().filter(|m| m.first >= next.first) {
            article.relate(view, member.entity, org, RelationKind::MemberOf, None, false, Modality::Asserted, nearest_date(view, i), 0.8);
        }
        return;
    }
    // "Indonesia, the bloc's largest member,": the appositive's head.
    if w == "member"
        && let Some(org) = view.mentions.iter().find(|m| {
            m.last + 2 <= i && i - m.last <= 4 && view.is_possessive(m.last + 1) && entity_kind(article, m) == Some(EntityKind::Organization)
                && (m.last + 2..i).all(|t| view.word(t).chars().all(|c| c.is_lowercase() || c.is_ascii_digit()))
        })
        // "the bloc" may be the mention's own first word.
        && let Some(the) = if view.is(org.first, "the") { Some(org.first) } else { org.first.checked_sub(1).filter(|&t| view.is(t, "the")) }
        && the >= 2
        && view.is_punct(the - 1, ',')
        && let Some(country) = view.mentions.iter().find(|m| m.last + 2 == the && eligible(article, m, &[EntityKind::Country]))
    {
        let (member, org) = (actor(article, country), org.entity);
        emit(article, view, Some(country), member, org, i, RelationKind::MemberOf, None, 0.75);
        return;
    }
    if (w == "member" || w == "members") && member_list_rule(article, view, i) {
        return;
    }
    // "Hungary is the only EU member state", "Poland, a fellow NATO member,",
    // "Norway is not an EU member" (denied).
    const BEFORE_MEMBER: &[&str] = &["is", "was", "as", "became", "becomes", "remains", "a", "an", "the", "only", "fellow", "first", "newest", "latest", "founding", "another", "not", "never", "no", "longer", "also", "still", "itself"];
    if (w == "member" || w == "members")
        && let Some(org) = view.mentions.iter().find(|m| m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Organization))
        && let Some(country) = view
            .mentions
            .iter()
            .filter(|m| m.last < org.first && org.first - m.last <= 6 && eligible(article, m, &[EntityKind::Country]))
            .max_by_key(|m| m.last)
            .filter(|m| (m.last + 1..org.first).all(|t| view.is_punct(t, ',') || view.is_any(t, BEFORE_MEMBER)))
            // "The Dominican Republic, which borders Haiti and is not a
            // CARICOM member": the state the relative clause is about.
            .or_else(|| {
                let copula = (org.first.saturating_sub(5)..org.first).find(|&t| view.is_any(t, &["is", "was", "remains"]) && (t + 1..org.first).all(|k| view.is_any(k, BEFORE_MEMBER)))?;
                let which = (copula.saturating_sub(10)..copula).rev().find(|&t| view.is(t, "which") && view.is_punct(t.wrapping_sub(1), ','))?;
                (which + 1..copula).all(|t| !view.is_punct(t, ',')).then_some(())?;
                view.mentions.iter().find(|m| m.last + 2 == which && eligible(article, m, &[EntityKind::Country]))
            })
    {
        let (member, org) = (actor(article, country), org.entity);
        emit(article, view, Some(country), member, org, i, RelationKind::MemberOf, None, 0.75);
        return;
    }
    // "became a member", "became a full member".
    let became_a = i >= 2 && view.is_any(i - 1, &["a", "an"]) && view.is_any(i - 2, &["become", "becoming", "became", "becomes"])
        || i >= 3 && view.is(i - 1, "full") && view.is_any(i - 2, &["a", "an"]) && view.is_any(i - 3, &["become", "becoming", "became", "becomes"]);
    let becoming = became_a || view.is_any(i.saturating_sub(1), &["become", "becoming", "became", "full"])
        || i >= 2 && (is_ordinal(view.lower(i - 1)) || view.is_any(i - 1, &["newest", "latest"])) && view.is_possessive(i - 2);
    // "Iraq and Iran ... are not members.": of the bloc the text is about.
    let ends_clause = view.is_punct(i + 1, '.') || view.is_punct(i + 1, ';') || i + 1 >= view.len();
    let copular = ends_clause
        && (i.saturating_sub(5)..i)
            .find(|&t| view.is_any(t, &["is", "are", "was", "were", "remain", "remains", "remained"]))
            .is_some_and(|t| (t + 1..i).all(|k| view.is_any(k, &["not", "also", "both", "all", "full", "a", "an", "founding", "still", "no", "longer", "never"])));
    if (w == "member" || w == "members") && !becoming && !copular && !view.is_any(i + 1, &["of", "state", "states", "country", "countries", "nation", "nations", "in"]) {
        return;
    }
    // "criticised by members of Congress", "with members of the
    // committee": people in a body, not a state's membership.
    if w == "members" && view.is_any(i.saturating_sub(1), &["by", "from", "with", "to", "several", "some", "many", "two", "three", "among"]) {
        return;
    }
    // "refused to join EU sanctions", "joined a NATO mission": the body
    // names what is joined, not a membership.
    const JOINED_THINGS: &[&str] = &["sanctions", "measures", "efforts", "statement", "call", "calls", "talks", "mission", "operation", "operations", "exercise", "exercises", "coalition", "declaration", "initiative", "summit", "meeting"];
    // "The United States, Britain and Canada joined the EU in announcing
    // coordinated sanctions": partners in an act, not members.
    if matches!(w.as_str(), "join" | "joined" | "joins")
        && let Some(partner) = right(article, view, i, ACTOR).first().filter(|m| m.first <= i + 2).copied()
        && let Some(act) = joined_in_act(view, partner)
        && let Some(subject) = left(article, view, i, ACTOR).copied()
    {
        let label = format!("joined in {}", view.lower(act + 1));
        let partner_entity = actor(article, partner);
        for member in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
            let entity = actor(article, &member);
            if entity != partner_entity {
                emit(article, view, Some(&member), entity, partner_entity, i, RelationKind::CooperatesWith, Some(label.clone()), 0.6);
            }
        }
        return;
    }
    // "admitted as observers": attendance (`observers_listed_rule`).
    if w == "admitted" && view.is(i + 1, "as") && view.is_any(i + 2, &["observer", "observers"]) {
        return;
    }
    // ("to join the non-nuclear second pillar of AUKUS": past the part.)
    let reach = if (i + 1..i + 7).any(|t| view.is_any(t, &["pillar", "part"]) && view.is(t + 1, "of")) { i + 9 } else { i + 6 };
    let mut objects: Vec<usize> = near_list(right(article, view, i, &[EntityKind::Organization]), reach)
        .iter()
        .filter(|m| !(matches!(w.as_str(), "join" | "joined" | "joins" | "joining") && view.is_any(m.last + 1, JOINED_THINGS)))
        // ("joined the EU in announcing sanctions": company in an act.)
        .filter(|m| !(matches!(w.as_str(), "join" | "joined" | "joins" | "joining") && joined_in_act(view, m).is_some()))
        // (Not past ", while", ", but": another clause's body.)
        .filter(|m| !(i + 1..m.first).any(|t| view.is_punct(t, ',') && view.is_any(t + 1, &["while", "whereas", "but", "although"])))
        .map(|m| m.entity)
        .collect();
    // "as ASEAN's 11th member", "NATO's newest member"
    let mut subject_before = i;
    if (w == "member" || w == "members")
        && let Some(org) = view.mentions.iter().find(|m| {
            m.last + 2 <= i
                && i - m.last <= 4
                && view.is_possessive(m.last + 1)
                && entity_kind(article, m) == Some(EntityKind::Organization)
                && (m.last + 2..i).all(|t| is_ordinal(view.lower(t)) || view.is_any(t, &["newest", "latest", "full", "first", "founding"]))
                // ("authorized the African Union's member States to act": the
                // states as a noun, unless "one of the EU's member states".)
                && (m.last + 2 < i || !view.is_any(i + 1, &["states", "countries", "nations"]) || (m.first.saturating_sub(3)..m.first).any(|t| view.is_any(t, &["one", "among"])))
        })
    {
        objects.push(org.entity);
        subject_before = org.first;
    }
    // "had been invited to become full members", "would join" with no
    // organisation named: the bloc the text is about.
    let bare = view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || i + 1 >= view.len() || view.is_any(i + 1, &["from", "on", "in", "by", "next", "last", "this", "at", "until", "after", "before", "as"]);
    // ("Morocco applied for membership in 2017".)
    let applied = w == "membership" && view.is(i.saturating_sub(1), "for") && view.is_any(i.saturating_sub(2), &["applied", "apply", "applies", "applying", "application", "bid", "request", "asked"]);
    if objects.is_empty()
        && bare
        && (matches!(w.as_str(), "join" | "joined" | "joins" | "joining" | "rejoined" | "rejoin" | "rejoins" | "accede" | "acceded" | "accedes")
            || applied
            || became_a
            || copular
            || view.is_any(i.saturating_sub(1), &["become", "becoming", "became", "full"])
            // "Iran was admitted last year".
            // ("admitted as observers" is not membership.)
            || w == "admitted" && view.is_any(i.saturating_sub(1), &["was", "were", "been"]) && !view.is(i + 1, "as"))
        // (One accedes to a treaty: the one a text about a treaty is about.)
        && let Some(bloc) = matches!(w.as_str(), "accede" | "acceded" | "accedes")
            .then(|| article.topic_organisation().filter(|&t| article.entities.get(t).is_some_and(EntityRecord::is_treaty)))
            .flatten()
            .or_else(|| article.bloc_in_focus(view))
    {
        objects.push(bloc);
    }
    if objects.is_empty() {
        return;
    }
    // ("..., and New Caledonia itself became a full member of the forum":
    // a territory opening its clause joins as a member of its own.)
    let territory = || -> Option<Mention> {
        view.mentions
            .iter()
            .filter(|m| m.last < i && (m.first <= 1 || view.is(m.first - 1, "and")))
            .find(|m| m.role == Role::Plain && view.is_any(m.last + 1, &["itself", "became", "becomes", "is", "was", "joined", "joins", "has", "acceded", "accedes"]) && article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Place && e.affiliation.is_some()))
            .copied()
    };
    let actor_before = left(article, view, subject_before, ACTOR).copied();
    let Some(subject) = (match (actor_before, territory()) {
        (Some(a), Some(t)) if t.last > a.last => Some(t),
        (a, t) => a.or(t),
    }) else {
        return;
    };
    // "New Zealand, a member of the Five Eyes network, has said it is
    // exploring whether to join AUKUS": not the body in the appositive but
    // the sentence's subject.
    let of_phrase = view.is(subject.first.wrapping_sub(1), "of") || view.is(subject.first.wrapping_sub(1), "the") && view.is(subject.first.wrapping_sub(2), "of");
    // ("Turkmenistan is not a member of the SCO and is only an associate
    // member of the CIS": the subject of both predicates.)
    let second_predicate = view.is(subject.last + 1, "and") && view.is_any(subject.last + 2, &["is", "was", "has", "remains", "became"]);
    // ("Argentina and Brazil are members of Mercosur and associate members
    // of the Andean Community": the subjects of the copula, again.)
    let second_membership = of_phrase && view.is(subject.last + 1, "and") && (subject.last + 2..i).all(|t| view.is_any(t, &["associate", "full", "founding", "also", "observer"]));
    let subject = if second_membership
        && let Some(copula) = (0..subject.first).find(|&t| view.is_any(t, &["are", "is", "were", "was"]))
        && let Some(before) = left(article, view, copula, ACTOR).copied()
    {
        before
    } else if of_phrase && (view.is_any(i.saturating_sub(1), &["join", "to"]) || second_predicate) {
        view.mentions.iter().filter(|m| m.first == 0 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Country])).copied().next().unwrap_or(subject)
    } else {
        subject
    };
    co_members(article, view, i, &objects);
    let mut subjects: Vec<Mention> = left_list(article, view, &subject, ACTOR).into_iter().copied().collect();
    // "Slovenia acceded in 1996, Romania in 1997 and Croatia in 2003": the
    // states written with their own years after the first.
    if matches!(w.as_str(), "joined" | "acceded" | "accede" | "admitted") {
        let end = (i + 1..view.len()).find(|&t| view.is_punct(t, ';') || view.is_punct(t, ':')).unwrap_or(view.len());
        subjects.extend(view.mentions.iter().filter(|m| {
            m.first > i + 1
                && m.last + 2 < end
                && m.role == Role::Plain
                && (view.is_punct(m.first - 1, ',') || view.is(m.first - 1, "and"))
                && view.is(m.last + 1, "in")
                && is_year(view.word(m.last + 2))
                && entity_kind(article, m) == Some(EntityKind::Country)
        }).copied());
    }
    // "Botswana and Namibia, like Zambia, are members of SADC": the state
    // of the aside too.
    subjects.extend(view.mentions.iter().filter(|m| m.first >= 2 && m.first > subject.last && m.last < i && view.is(m.first - 1, "like") && view.is_punct(m.first - 2, ',') && view.is_punct(m.last + 1, ',') && eligible(article, m, ACTOR)).copied());
    let other = coordinated_before(article, view, &subject, ACTOR).map(|o| actor(article, o));
    for object in objects.iter().take(4) {
        // ("Egyptian troops were expected to join AUSSOM": a state joining a
        // mission contributes to it, it is no member.)
        let mission = article.entities.get(*object).is_some_and(|e| std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| n.contains(" Mission") || n.contains(" Force ")));
        let (kind, label) = if mission { (RelationKind::Attends, Some("contributor".to_owned())) } else { (RelationKind::MemberOf, None) };
        for subject_mention in &subjects {
            let subject_entity = actor(article, subject_mention);
            if subject_entity != *object {
                emit(article, view, Some(&subject), subject_entity, *object, i, kind, label.clone(), 0.8);
            }
        }
        if let Some(other) = other.filter(|o| o != object) {
            emit(article, view, Some(&subject), other, *object, i, kind, label.clone(), 0.7);
        }
    }
}

/// "joined the EU on Monday in announcing ...": the "in" before the act the
/// party joined in, within a few words after its mention.
fn joined_in_act(view: &SentenceView<'_>, party: &Mention) -> Option<usize> {
    (party.last + 1..party.last + 5).take_while(|&t| !view.is_punct(t, ',')).find(|&t| view.is(t, "in") && view.word(t + 1).ends_with("ing"))
}

/// Members named beside the subject: "a member of BRICS, together with
/// Ethiopia, Iran and the UAE", "of the Quad grouping with the United
/// States, Japan and India". Also finds a second organisation "and of the
/// Quad" and reads its own fellow members.
fn co_members(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, objects: &[usize]) {
    let organisations: Vec<Mention> = view
        .mentions
        .iter()
        .filter(|m| m.first > i && m.first <= i + 25 && objects.contains(&m.entity) || m.first > i && m.first >= 3 && view.is(m.first.saturating_sub(1 + usize::from(view.is(m.first - 1, "the"))), "of") && view.is(m.first.saturating_sub(2 + usize::from(view.is(m.first - 1, "the"))), "and") && entity_kind(article, m) == Some(EntityKind::Organization))
        .copied()
        .collect();
    for organisation in organisations {
        // Up to three lower-case words ("security partnership"), or a comma
        // and a date, before "with".
        let mut t = organisation.last + 1;
        let mut steps = 0;
        while steps < 8 && t < view.len() && !view.is_any(t, &["with", "alongside"]) {
            let lower_word = view.word(t).chars().next().is_some_and(char::is_lowercase) && !view.is_any(t, &["and", "is", "was", "has", "have", "had", "will", "would", "said", "which", "who", "that", "but"]);
            let in_date = view.dates.iter().any(|d| d.first_token <= t && t <= d.last_token);
            if !(lower_word || in_date || view.is_punct(t, ',') || view.tokens.get(t).is_some_and(|k| k.kind == TokenKind::Number)) {
                break;
            }
            t += 1;
            steps += 1;
        }
        if !view.is_any(t, &["with", "alongside"]) {
            continue;
        }
        let members = right(article, view, t, ACTOR);
        if members.first().is_none_or(|m| m.first > t + 2) {
            continue;
        }
        if !objects.contains(&organisation.entity)
            && let Some(subject) = left(article, view, i, ACTOR).copied()
        {
            emit(article, view, Some(&subject), actor(article, &subject), organisation.entity, i, RelationKind::MemberOf, None, 0.7);
        }
        for member in members.iter().take(8) {
            let member_entity = actor(article, member);
            if member_entity != organisation.entity {
                emit(article, view, None, member_entity, organisation.entity, i, RelationKind::MemberOf, None, 0.65);
            }
        }
    }
}

fn office_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // The place: "office in X".
    let mut in_at = i + 1;
    while in_at < view.len() && in_at <= i + 2 && !view.is_any(in_at, &["in", "to"]) {
        in_at += 1;
    }
    if !view.is_any(in_at, &["in", "to"]) {
        return;
    }
    // ("support to the AU mission and to the Somali security forces": the
    // "to" of another object, and a demonym only qualifying a noun.)
    if (i + 1..in_at).any(|t| view.is(t, "and")) {
        return;
    }
    let objects = right(article, view, in_at, PLACE_LIKE);
    let Some(first_object) = objects.first() else { return };
    if first_object.first > in_at + 3 || first_object.role == Role::Demonym && view.is(in_at, "to") {
        return;
    }
    // The owner: a country/organisation right before ("NATO liaison
    // office", "Japan's embassy"), else the nearest actor before an opening
    // verb.
    let window_start = i.saturating_sub(4);
    let owner = view
        .mentions
        .iter()
        .filter(|m| m.last < i && m.last >= window_start && matches!(entity_kind(article, m), Some(EntityKind::Country | EntityKind::Organization)) && m.role != Role::Affiliation)
        .filter(|m| !article.entities.get(m.entity).is_some_and(|e| e.name.ends_with("Office")))
        .max_by_key(|m| m.last)
        .copied();
    let opening = (window_start..i).any(|t| view.lower(t).starts_with("open") || view.lower(t).starts_with("reopen") || view.lower(t).starts_with("establish") || view.is_any(t, &["set", "liaison", "launch", "launched"]));
    let owner = owner.or_else(|| if opening { left(article, view, i, ACTOR).copied() } else { None });
    // ("India, which upgraded its technical mission in Kabul", "It kept its
    // embassy in Kabul": the state the sentence is about.)
    let its_owner = ((i.saturating_sub(2)..i).any(|t| view.is(t, "its"))
        && view.is(in_at, "in")
        && (view.is(0, "it") || view.mentions.iter().any(|m| m.first <= 1 && m.role == Role::Plain)))
    .then_some(article.subject_actor)
    .flatten()
    .filter(|&e| entity_kind_of(article, e) == Some(EntityKind::Country));
    // "one German diplomat at the embassy in Beijing and another at the
    // consulate general in Chengdu": the owner of the office named before.
    let sentence = (view.start, view.end);
    let earlier_owner = article.stated_in(sentence).rev().find(|r| r.kind == RelationKind::OpensOfficeIn).map(|r| r.subject).or(its_owner);
    let (owner, owner_entity) = match (owner, earlier_owner) {
        (Some(owner), _) => (Some(owner), actor(article, &owner)),
        (None, Some(entity)) => (None, entity),
        (None, None) => return,
    };
    // "Chile, Colombia and Peru operate a joint embassy in Accra": every
    // state of a subject list before a verb owns it.
    let owners: Vec<Mention> = match owner {
        Some(o) if o.last + 2 < i && !view.is_possessive(o.last + 1) && view.word(o.last + 1).starts_with(char::is_lowercase) => left_list(article, view, &o, &[EntityKind::Country, EntityKind::Organization]).into_iter().copied().collect(),
        _ => Vec::new(),
    };
    for (k, object) in objects.iter().take(4).enumerate() {
        // ("in Accra, Ghana": the city's state only says where it is.)
        let state_of_previous = k >= 1
            && view.is_punct(object.first.wrapping_sub(1), ',')
            && entity_kind(article, object) == Some(EntityKind::Country)
            && objects.get(k - 1).is_some_and(|p| p.last + 2 == object.first && entity_kind(article, p) == Some(EntityKind::Place));
        if object.entity == owner_entity || state_of_previous {
            continue;
        }
        emit(article, view, owner.as_ref(), owner_entity, object.entity, i, RelationKind::OpensOfficeIn, None, 0.8);
        for other in owners.iter().filter(|m| Some(m.first) != owner.map(|o| o.first)) {
            let entity = actor(article, other);
            if entity != object.entity {
                emit(article, view, Some(other), entity, object.entity, i, RelationKind::OpensOfficeIn, None, 0.7);
            }
        }
    }
}

/// "broke off diplomatic relations with Ecuador", "severing its ties with
/// Ecuador": a break, not cooperation. The subject breaks with the party
/// after "with".
fn broken_ties_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const BREAKING: &[&str] = &["broke", "break", "breaks", "breaking", "broken", "severed", "sever", "severs", "severing", "cut", "cuts", "cutting", "suspended", "suspends", "suspending", "downgraded", "downgrade", "downgrades", "downgrading", "froze", "freeze", "freezes", "freezing", "frozen"];
    let Some(verb) = (i.saturating_sub(4)..i).rev().find(|&t| view.is_any(t, BREAKING)) else {
        return false;
    };
    if let Some(with_at) = (i + 1..=i + 2).find(|&t| view.is(t, "with"))
        && let Some(party) = right(article, view, with_at, ACTOR).first().filter(|m| m.first <= with_at + 2).copied().copied()
        && let Some(subject) = left(article, view, verb, PERSON_OR_ACTOR).copied()
    {
        // "Saudi Arabia, the United Arab Emirates and Bahrain cut
        // relations with Qatar": each of them.
        let party_entity = actor(article, &party);
        for breaker in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
            let breaker_entity = affiliation_or_self(article, actor(article, &breaker));
            if breaker_entity != party_entity {
                emit(article, view, Some(&subject), breaker_entity, party_entity, i, RelationKind::Other, Some("broke off relations".to_owned()), 0.65);
            }
        }
    }
    true
}

fn cooperation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    if matches!(w.as_str(), "ties" | "relations") && broken_ties_rule(article, view, i) {
        return;
    }
    // "in solidarity with Mexico": the sentence's subject stands with it.
    if w == "solidarity" {
        if let Some(with_at) = Some(i + 1).filter(|&t| view.is(t, "with"))
            && let Some(party) = right(article, view, with_at, ACTOR).first().filter(|m| m.first <= with_at + 2).copied().copied()
            && let Some(subject) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first).copied()
        {
            // "The Ministers expressed their full solidarity with Lebanon":
            // each of a group.
            let party_entity = actor(article, &party);
            for member in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
                let a = affiliation_or_self(article, actor(article, &member));
                if a != party_entity {
                    emit(article, view, Some(&member), a, party_entity, i, RelationKind::CooperatesWith, Some("solidarity".to_owned()), 0.6);
                }
            }
        }
        return;
    }
    // "The United States and the Philippines held joint military
    // exercises", "Japan held joint drills with Australia": the parties
    // exercise together (no event is named).
    if matches!(w.as_str(), "exercise" | "exercises" | "drills")
        && let Some(joint) = (i.saturating_sub(3)..i).find(|&t| view.is(t, "joint"))
        && let Some(verb) = joint.checked_sub(1).filter(|&v| view.is_any(v, &["held", "hold", "holds", "holding", "conducted", "conduct", "conducts", "conducting", "staged", "stage", "began", "launched", "carried", "started"]))
        && let Some(subject) = left(article, view, verb, ACTOR).copied()
    {
        let mut parties: Vec<usize> = left_list(article, view, &subject, ACTOR).iter().map(|m| actor(article, m)).collect();
        if view.is(i + 1, "with")
            && let Some(partner) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3)
        {
            parties.push(actor(article, partner));
        }
        parties.dedup();
        if parties.len() == 2 {
            article.last_pair = parties.first().copied().zip(parties.get(1).copied());
        }
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some("joint exercise".to_owned()), 0.6);
        return;
    }
    let label = match w.as_str() {
        "exercise" | "exercises" | "drills" => Some("joint exercise".to_owned()),
        "partner" | "partners" => {
            let before = view.lower(i.saturating_sub(1));
            Some(if matches!(before, "security" | "strategic" | "trade" | "economic" | "defence" | "defense") { format!("{before} partner") } else { "partner".to_owned() })
        }
        "alliance" | "ally" | "allies" => Some("ally".to_owned()),
        "agreement" | "agreements" | "pact" | "accord" => Some("agreement".to_owned()),
        "memorandum" | "memoranda" | "memorandums" | "mou" | "mous" => Some("memorandum".to_owned()),
        "letter" => Some("letter of intent".to_owned()),
        _ => None,
    };
    // Signed instruments count like agreements.
    let instrument = matches!(w.as_str(), "agreement" | "agreements" | "pact" | "accord" | "memorandum" | "memoranda" | "memorandums" | "mou" | "mous" | "letter");
    // Exercises only as "A-B joint exercise" compounds.
    let compound_only = instrument || matches!(w.as_str(), "exercise" | "exercises" | "drills" | "alliance");
    // "cooperation among Japan, the Philippines and the United States":
    // every pair of the list.
    // (A "partnership between" three states defines a body; its members
    // are read elsewhere.)
    if view.is_any(i + 1, &["among", "between"]) && matches!(w.as_str(), "cooperation" | "co-operation" | "ties" | "relations" | "exercise" | "exercises" | "drills") {
        let list = near_list(right(article, view, i + 1, PERSON_OR_ACTOR), i + 3);
        let parties: Vec<usize> = list.iter().map(|m| affiliation_or_self(article, actor(article, m))).collect();
        if parties.len() >= 3 {
            emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, label, 0.75);
            return;
        }
    }
    // "cooperation between A and B"
    if let Some((a, b)) = between(article, view, i + 1, PERSON_OR_ACTOR) {
        let (a, b) = (affiliation_or_self(article, a), affiliation_or_self(article, b));
        emit(article, view, None, a, b, i, RelationKind::CooperatesWith, label, 0.8);
        return;
    }
    // "A-B cooperation", "Japan-US joint exercise": two actors joined by a
    // hyphen just before the trigger.
    let mut k = i;
    while k > 0 && view.is_any(k - 1, &["joint", "military", "security", "defence", "defense", "naval", "strategic", "economic", "bilateral", "trilateral", "air", "maritime", "army", "live-fire", "annual", "regular", "large-scale"]) {
        k -= 1;
    }
    let before = |end: usize| {
        view.mentions
            .iter()
            .find(|m| m.last + 1 == end && matches!(entity_kind(article, m), Some(EntityKind::Country | EntityKind::Organization)))
            .copied()
    };
    if let Some(b) = before(k)
        && b.first >= 2
        && view.is_punct(b.first - 1, '-')
        && let Some(a) = before(b.first - 1)
    {
        emit(article, view, None, actor(article, &a), actor(article, &b), i, RelationKind::CooperatesWith, label, 0.8);
        return;
    }
    // "the two countries signed an agreement", "signed an agreement with B".
    // ("Vietnam also has a free trade agreement with the Eurasian Economic
    // Union": one in force.)
    let signed = (i.saturating_sub(5)..i).any(|t| view.is_any(t, &["signed", "sign", "signing", "signs", "reached", "concluded", "inked"]))
        || view.is(i + 1, "with") && (i.saturating_sub(5)..i).any(|t| view.is_any(t, &["has", "have", "had", "kept", "keeps", "maintains", "maintained", "maintain"]) && view.is_any(t + 1, &["a", "an"]));
    // "Russia and Iran have held joint naval drills with China": each of
    // the subject's list with each named after "with".
    let joint_with = matches!(w.as_str(), "exercise" | "exercises" | "drills") && k < i && view.is(k, "joint") && view.is(i + 1, "with");
    if joint_with {
        let parties: Vec<usize> = near_list(right(article, view, i + 1, ACTOR), i + 3).iter().map(|m| actor(article, m)).collect();
        if let Some(subject) = left(article, view, k, ACTOR).copied() {
            for member in left_list(article, view, &subject, ACTOR).iter().map(|m| actor(article, m)).collect::<Vec<_>>() {
                for &party in parties.iter().take(4) {
                    if member != party {
                        emit(article, view, Some(&subject), member, party, i, RelationKind::CooperatesWith, label.clone(), 0.7);
                    }
                }
            }
        }
        return;
    }
    if compound_only && !(instrument && signed) {
        return;
    }
    // "the two sides ... cooperation"
    if let Some((a, b)) = pair_subject(article, view, i) {
        let (a, b) = (affiliation_or_self(article, a), affiliation_or_self(article, b));
        // "the two sides ... trilateral cooperation with Japan": each
        // side with the third party too.
        if view.is(i + 1, "with") {
            for third in near_list(right(article, view, i + 1, ACTOR), i + 3).into_iter().take(3).copied().collect::<Vec<_>>() {
                let third = actor(article, &third);
                for side in [a, b] {
                    if side != third {
                        emit(article, view, None, side, third, i, RelationKind::CooperatesWith, label.clone(), 0.65);
                    }
                }
            }
        }
        emit(article, view, None, a, b, i, RelationKind::CooperatesWith, label, 0.7);
        return;
    }
    // ("Serbia has no plans to join NATO and keeps close ties with
    // Russia": the verb's subject, not the noun's nearest party.)
    let verb_at = (i.saturating_sub(3)..i)
        .rev()
        .find(|&t| view.is_any(t, &["keeps", "keep", "kept", "maintains", "maintain", "maintained", "enjoys", "enjoy", "deepened", "deepen", "deepens", "strengthened", "strengthen", "strengthens"]) && (t + 1..i).all(|u| view.word(u).chars().all(|c| c.is_lowercase() || c == '-')))
        .unwrap_or(i);
    let Some(subject) = left(article, view, verb_at, PERSON_OR_ACTOR).copied() else { return };
    // "ECOWAS has observer status at the General Assembly and cooperates
    // with the AU": a second verb shares the sentence's opening subject.
    let subject = if view.is(i.saturating_sub(1), "and")
        && governed_by_preposition(view, &subject)
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 2 && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first)
    {
        *opening
    } else {
        subject
    };
    let subject_entity = affiliation_or_self(article, actor(article, &subject));
    // "Guatemala, Honduras and Mexico signed a regional agreement": each
    // pair of the signatories.
    // (Not a named treaty, whose signatories are its parties.)
    if signed && instrument && !view.is_capitalised(i) && !view.is(i + 1, "with") && i - subject.last <= 8 {
        let signatories: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| affiliation_or_self(article, actor(article, m))).collect();
        if (3..=6).contains(&signatories.len()) {
            emit_each_pair(article, view, &signatories, i, RelationKind::CooperatesWith, label, 0.7);
            return;
        }
    }
    // "A and B have a long-standing relationship", "Moscow and Beijing
    // would coordinate closely", "A and B will cooperate".
    // ("relations between the former enemies": no parties named there.)
    // ("Japan and the Philippines signed a reciprocal access agreement".)
    if (matches!(w.as_str(), "relationship" | "relations" | "ties" | "cooperation" | "partnership" | "coordinate" | "coordinated" | "cooperate" | "cooperated") || signed && instrument)
        && !view.is(i + 1, "with")
        && !(view.is(i + 1, "between") && view.mentions.iter().any(|m| m.first > i + 1 && m.first <= i + 4 && eligible(article, m, PERSON_OR_ACTOR)))
        && let Some(other) = coordinated_before(article, view, &subject, PERSON_OR_ACTOR)
        && i - subject.last <= 8
    {
        let other_body = owned_body(article, view, other, &[EntityKind::Organization]).entity;
        let other = affiliation_or_self(article, actor(article, other));
        // "Slovakia's Ministry of Economy and Viet Nam's Ministry of
        // Industry and Trade signed a memorandum": the two bodies as well as
        // their states.
        let body = owned_body(article, view, &subject, &[EntityKind::Organization]).entity;
        let bodies = [body, other_body].iter().all(|&b| entity_kind_of(article, b) == Some(EntityKind::Organization));
        if signed && instrument && bodies && other_body != other && body != subject_entity && other_body != body {
            emit(article, view, Some(&subject), other_body, body, i, RelationKind::CooperatesWith, label.clone(), 0.65);
        }
        emit(article, view, Some(&subject), other, subject_entity, i, RelationKind::CooperatesWith, label, 0.7);
        return;
    }
    // "cooperation with B", "its security partners such as A, B and C"
    let mut after = i;
    if view.is_any(i + 1, &["with", "of"]) || matches!(w.as_str(), "partner" | "partners" | "ally") && view.is(i + 1, "for") {
        // ("a strategic partner for Turkey".)
        after = i + 1;
    } else if view.is_any(i + 1, &["closely", "together"]) && view.is(i + 2, "with") {
        after = i + 2;
    } else if matches!(w.as_str(), "partner" | "partners") {
        // Allow "in the region such as".
        let mut t = i + 1;
        while t < view.len() && t <= i + 6 && !view.is(t, "such") {
            t += 1;
        }
        if view.is(t, "such") && view.is(t + 1, "as") {
            after = t + 1;
        } else if !view.is_punct(i + 1, ',') && !view.is_any(i + 1, &["including", "like"]) {
            return;
        }
    } else {
        return;
    }
    let objects = right(article, view, after, PERSON_OR_ACTOR);
    let Some(first) = objects.first() else { return };
    // ("with the Russian-led Eurasian Economic Union".)
    let compound = (after + 1..first.first).any(|t| view.is_punct(t, '-'));
    if first.first > after + 3 + if compound { 3 } else { 0 } {
        return;
    }
    // ("The European Union and the United Nations have worked with IGAD":
    // each of a subject list right before the verb.)
    let mut subjects = vec![subject_entity];
    // ("The Ministers agreed to continue cooperating with the United
    // States": each of the group.)
    if i - subject.last <= 5 && (subject.last + 1..i).all(|t| view.is_any(t, &["have", "has", "had", "also", "closely", "long", "agreed", "to", "continue", "will", "would", "further"])) {
        for member in left_list(article, view, &subject, PERSON_OR_ACTOR) {
            let entity = affiliation_or_self(article, actor(article, member));
            if !subjects.contains(&entity) {
                subjects.push(entity);
            }
        }
    }
    for object in objects.iter().take(6) {
        let object_entity = affiliation_or_self(article, actor(article, object));
        for &subject_entity in &subjects {
            if object_entity != subject_entity {
                emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::CooperatesWith, label.clone(), 0.7);
            }
        }
    }
}

/// For cooperation between people: the state or organisation they serve.
fn affiliation_or_self(article: &Article<'_>, entity: usize) -> usize {
    match article.entities.get(entity) {
        Some(e) if e.kind == EntityKind::Person => e.affiliation.unwrap_or(entity),
        _ => entity,
    }
}

/// Nouns whose "in X" names what is talked about, not where: "the war in
/// Gaza", "the situation in Sudan".
const TOPIC_NOUNS: &[&str] = &["war", "conflict", "situation", "crisis", "fighting", "violence", "attacks", "strikes", "ceasefire", "tensions", "developments", "elections", "election", "peace", "security", "unrest", "coup", "offensive", "invasion"];

/// Verbs of criticism whose subject a coordinated verb after them shares.
/// "..., a remark widely seen as aimed at Pakistan": the speaker of the
/// clause criticises the one the remark is aimed at. "..., a move rejected
/// by the Polisario Front", "..., a move Caracas denounced as a
/// provocation", "..., a charge the Kremlin rejected": the critic
/// criticises the actor of the clause before.
fn remark_target_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    const REJECTING: &[&str] = &["rejected", "condemned", "criticized", "criticised", "denounced", "slammed", "decried", "protested"];
    if view.is_any(i, &["aimed", "directed", "swipe", "dig", "jab"]) {
        // ("a remark seen as aimed at", not "a pact aimed at China").
        let remark = view.is_any(i, &["swipe", "dig", "jab"])
            || (i.saturating_sub(5)..i).any(|t| view.is_any(t, &["remark", "remarks", "comment", "comments", "statement", "speech", "words", "seen", "read", "interpreted", "viewed", "taken", "widely"]));
        if !view.is(i + 1, "at") || !remark {
            return;
        }
        let Some(target) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied() else { return };
        // The speaker: the subject of the last word of saying or blaming.
        let Some(verb) = (0..i).rev().find(|&t| view.is_any(t, CRITICISM_VERBS) || view.is_any(t, &["said", "says", "criticised", "criticized", "called", "accused", "told"])) else { return };
        let Some(speaker) = left(article, view, verb, PERSON_OR_ACTOR).copied() else { return };
        let (speaker_entity, target_entity) = (actor(article, &speaker), actor(article, target));
        if speaker_entity != target_entity {
            emit(article, view, Some(&speaker), speaker_entity, target_entity, i, RelationKind::Criticizes, None, 0.55);
        }
        return;
    }
    // "a move", "a charge" after a comma.
    if !(i >= 2 && view.is(i - 1, "a") && view.is_punct(i - 2, ',')) {
        return;
    }
    let critic = if view.is_any(i + 1, REJECTING) && view.is(i + 2, "by") {
        right(article, view, i + 2, ACTOR).into_iter().filter(|m| m.first <= i + 4).copied().collect::<Vec<_>>()
    } else {
        let at = i + 1 + usize::from(view.is(i + 1, "that"));
        let at = at + usize::from(view.is(at, "the"));
        let first = view.mentions.iter().find(|m| (m.first == at || m.first + 1 == at && view.is(m.first, "the")) && eligible(article, m, ACTOR)).copied();
        first.filter(|m| view.is_any(m.last + 1, REJECTING)).into_iter().collect()
    };
    if critic.is_empty() {
        return;
    }
    // The actor of the clause the move sums up (after any ";").
    let clause_start = (0..i).rev().find(|&t| view.is_punct(t, ';')).map_or(0, |t| t + 1);
    // (A person acting there first: "Sandu accused Moscow ..., a charge".)
    let in_clause = |kinds: &[EntityKind]| view.mentions.iter().filter(|m| m.first >= clause_start && m.last + 2 < i && m.role == Role::Plain && eligible(article, m, kinds)).min_by_key(|m| m.first).copied();
    let Some(mover) = in_clause(&[EntityKind::Person]).or_else(|| in_clause(ACTOR)) else {
        return;
    };
    let mover_entity = actor(article, &mover);
    // "rejected by the Polisario Front and by Algeria".
    let mut critics = critic;
    if let Some(last) = critics.last().map(|m| m.last)
        && view.is(last + 1, "and")
        && view.is(last + 2, "by")
    {
        critics.extend(right(article, view, last + 2, ACTOR).into_iter().filter(|m| m.first <= last + 4).copied());
    }
    for critic in critics {
        let critic_entity = actor(article, &critic);
        if critic_entity != mover_entity {
            emit(article, view, Some(&critic), critic_entity, mover_entity, i, RelationKind::Criticizes, None, 0.55);
        }
    }
}

const CRITICISM_VERBS: &[&str] = &["condemned", "criticized", "criticised", "denounced", "slammed", "rebuked", "accused", "warned", "urged", "blamed"];

fn criticizes_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    // "The African Union and IGAD have urged restraint", "called for
    // calm": an appeal to the two states of the dispute.
    let appeal_at = if matches!(w.as_str(), "called" | "calls" | "calling") && view.is(i + 1, "for") { i + 2 } else { i + 1 };
    // "China condemned the drills": the two states that held them.
    if view.is(i + 1, "the")
        && view.is_any(i + 2, &["drills", "exercises", "exercise", "manoeuvres", "maneuvers"])
        && let Some((a, b)) = article.last_pair
        && let Some(critic) = left(article, view, i, ACTOR).copied()
    {
        let critic_entity = actor(article, &critic);
        for party in [a, b] {
            if party != critic_entity {
                emit(article, view, Some(&critic), critic_entity, party, i, RelationKind::Criticizes, None, 0.55);
            }
        }
        return;
    }
    if matches!(w.as_str(), "urged" | "urges" | "urging" | "called" | "calls" | "calling")
        && view.is_any(appeal_at, &["restraint", "calm", "de-escalation"])
        && let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied()
    {
        let label = format!("urged {}", view.lower(appeal_at));
        // ("China, Cambodia's biggest investor,": no list.)
        for appealer in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().filter(|m| !view.is_possessive(m.last + 1)).copied().collect::<Vec<_>>() {
            let appealer_entity = affiliation_or_self(article, actor(article, &appealer));
            let Some((a, b)) = main_two_countries(article, view, appealer_entity) else { continue };
            for party in [a, b] {
                if party != appealer_entity {
                    emit(article, view, Some(&appealer), appealer_entity, party, i, RelationKind::Criticizes, Some(label.clone()), 0.55);
                }
            }
        }
        return;
    }
    let mut after = i;
    if matches!(w.as_str(), "called" | "calls" | "calling") {
        if courtesy_call(article, view, i).is_some() {
            return meets_rule(article, view, i);
        }
        if !view.is(i + 1, "on") && !view.is(i + 1, "upon") {
            return;
        }
        after = i + 1;
    }
    if w == "protested" && view.is(i + 1, "to") {
        after = i + 1;
    }
    // "filed a diplomatic protest with Beijing", "lodged protests with".
    if matches!(w.as_str(), "protest" | "protests") {
        let lodged = (i.saturating_sub(4)..i).any(|t| view.is_any(t, &["filed", "files", "file", "filing", "lodged", "lodges", "lodge", "lodging", "delivered", "sent", "issued", "made"]));
        let Some(with) = (i + 1..=i + 2).find(|&t| view.is_any(t, &["with", "to"])).filter(|_| lodged) else { return };
        after = with;
    }
    // "expressed concern that AUKUS could ...", "voiced concerns over X".
    if w == "concerned" {
        after = i + 1;
    }
    // "threatened to cut ties with X", "threatened to impose tariffs on X":
    // whom the threat is aimed at.
    if w.starts_with("threaten") {
        let Some(at) = (i + 2..(i + 9).min(view.len())).find(|&t| view.is_any(t, &["with", "on", "against", "toward", "towards"])) else { return };
        after = at;
    }
    // ("expressed their deep regret at the veto cast by the United States".)
    if matches!(w.as_str(), "concern" | "concerns" | "regret" | "dismay" | "disappointment") {
        // ("expressed grave concern", "voiced serious concerns".)
        if !(i.saturating_sub(3)..i).any(|t| view.is_any(t, &["expressed", "voiced", "raised", "expressing", "voicing", "raising", "expresses", "voices", "shared", "share", "shares", "reiterated", "reiterate", "reiterates"])) {
            return;
        }
        let Some(about) = (i + 1..=i + 2).find(|&t| view.is_any(t, &["that", "about", "over", "at"])) else {
            return;
        };
        after = about;
    }
    // "Macron was criticised by Congress": the critic follows "by"; the one
    // criticised stands right before the verb, or is not named at all
    // ("remarks that were criticised by ...").
    let aux = (i.saturating_sub(3)..i).rev().find(|&t| !view.lower(t).ends_with("ly")).unwrap_or(i);
    if aux < i && view.is_any(aux, &["was", "were", "been", "being", "is", "are"]) && view.is(i + 1, "by") && w != "concerned" {
        let critic = view.mentions.iter().filter(|m| m.first > i + 1 && m.first <= i + 6 && eligible(article, m, PERSON_OR_ACTOR) && m.role != Role::Inner).min_by_key(|m| m.first).copied();
        let criticised = view.mentions.iter().filter(|m| m.last + 4 >= aux && m.last < aux && eligible(article, m, PERSON_OR_ACTOR)).max_by_key(|m| m.last).copied().filter(|m| (m.last + 1..aux).all(|t| !view.is_punct(t, ',') && !view.is_any(t, &["that", "which"])));
        if let (Some(critic), Some(criticised)) = (critic, criticised) {
            let (critic_entity, criticised_entity) = (actor(article, &critic), actor(article, &criticised));
            if critic_entity != criticised_entity {
                emit(article, view, Some(&critic), critic_entity, criticised_entity, i, RelationKind::Criticizes, Some(w.clone()), 0.6);
            }
        }
        return;
    }
    // "condemned in the strongest (possible) terms the continued Israeli
    // aggression": past the manner.
    if view.is(after + 1, "in")
        && let Some(terms) = (after + 2..=after + 5).find(|&t| view.is(t, "terms"))
        && (after + 2..terms).all(|t| view.is_any(t, &["the", "strongest", "possible", "clearest", "firmest", "strong", "unequivocal", "no", "uncertain"]))
    {
        after = terms;
    }
    let subject = left(article, view, i, PERSON_OR_ACTOR).copied();
    let mut objects = right(article, view, after, PERSON_OR_ACTOR);
    // "concern over the war in Ukraine": where it happens, not whom the
    // concern is about.
    if matches!(w.as_str(), "concern" | "concerns" | "concerned") && objects.first().is_some_and(|o| o.first >= 1 && view.is(o.first - 1, "in")) {
        objects.clear();
    }
    // "imposed sanctions on the Wagner Group, accusing it of torture in
    // Mali": the pronoun is the party named last before the verb.
    // ("wrote to Sogavare urging him to reconsider": the same.)
    if (w.starts_with("accus") || w == "urging") && view.is_any(after + 1, &["them", "it", "him", "her"]) {
        // (Not the sentence's opening subject.)
        // ("him": a person; "it": a state or body.)
        let kinds: &[EntityKind] = match view.lower(after + 1) {
            "him" | "her" => &[EntityKind::Person],
            "it" => ACTOR,
            _ => PERSON_OR_ACTOR,
        };
        let named = view.mentions.iter().filter(|m| m.last < i && m.first > 2 && eligible(article, m, kinds)).max_by_key(|m| m.last);
        objects = named.into_iter().collect();
    }
    // "condemned the instrumentalisation of migrants by Belarus": the
    // object may sit inside a short noun phrase (no comma, clause or verb).
    let reach = if (after + 1..objects.first().map_or(after + 1, |o| o.first)).all(|t| !view.is_punct(t, ',') && !view.is_any(t, &["that", "to", "which", "who", "and", "but", "as", "after", "before", "while"])) { 8 } else { 4 };
    // "condemn North Korean missile launch": a demonym before the noun.
    if objects.first().is_none_or(|o| o.first > after + reach)
        && let Some(demonym) = view.mentions.iter().find(|m| m.role == Role::Demonym && m.first > after && m.first <= after + 3 && entity_kind(article, m) == Some(EntityKind::Country))
    {
        objects = vec![demonym];
    }
    // "criticized the growing partnership between the two countries",
    // "concern over deepening military cooperation between the DPRK and
    // Russia": each of the pair.
    let between_at = (after + 1..=after + 6).find(|&t| view.is(t, "between")).filter(|&b| (after + 1..b).all(|t| !view.is_punct(t, ',')));
    if let Some(between_at) = between_at
        && objects.first().is_none_or(|o| o.first > between_at)
        && let Some((a, b)) = between(article, view, between_at, ACTOR)
    {
        objects = view.mentions.iter().filter(|m| m.first > between_at && (actor(article, m) == a || actor(article, m) == b) && eligible(article, m, ACTOR)).take(2).collect();
    }
    if objects.first().is_none_or(|o| o.first > after + reach)
        && let Some(between) = between_at
        && let Some(&(_, noun)) = view.pair_phrases.iter().find(|&&(first, _)| first == between + 1)
        && let Some(subject) = subject
        && criticize_pair_phrase(article, view, &subject, false, noun, i, &w)
    {
        return;
    }
    // "urged both governments to resolve the dispute", "called on the two
    // sides": each of the pair the text is about.
    if objects.first().is_none_or(|o| o.first > after + 2)
        && let Some(&(_, noun)) = view.pair_phrases.iter().find(|&&(first, _)| first == after + 1 || first == after + 2 && view.is(after + 1, "the"))
        && let Some(subject) = subject
        && criticize_pair_phrase(article, view, &subject, true, noun, i, &w)
    {
        return;
    }
    // "Saudi Arabia, Qatar and the UAE condemned the strikes": the one who
    // carried out the act named before.
    // ("blames the attack on militants" names its own culprit.)
    if objects.first().is_none_or(|o| o.first > after + 3)
        && !w.starts_with("blame")
        && view.is(after + 1, "the")
        && let Some(noun) = (after + 2..=after + 3).find(|&t| view.is_any(t, ACT_NOUNS))
        && let Some((actor_entity, stem)) = article.last_act_by
        && act_stem(view.lower(noun)) == stem
        && let Some(subject) = subject
    {
        for critic in left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
            let critic_entity = affiliation_or_self(article, actor(article, &critic));
            if critic_entity != actor_entity {
                emit(article, view, Some(&critic), critic_entity, actor_entity, i, RelationKind::Criticizes, Some(w.clone()), 0.6);
            }
        }
        return;
    }
    // "condemned the violation of Iraqi airspace by Israeli military
    // aircraft": the agent after "by" is the one condemned.
    if let Some(by) = (after + 1..(after + 10).min(view.len())).take_while(|&t| !view.is_punct(t, ',') && !view.is(t, "and")).find(|&t| view.is(t, "by"))
        && let Some(agent) = view.mentions.iter().find(|m| (m.first == by + 1 || m.first == by + 2 && view.is(by + 1, "the")) && entity_kind(article, m).is_some_and(|k| PERSON_OR_ACTOR.contains(&k)) && m.role != Role::Inner)
    {
        // ("strikes by Türkiye and Iran": each agent listed.)
        objects = near_list(right(article, view, agent.first - 1, PERSON_OR_ACTOR), agent.first + 1);
        if objects.first().is_none_or(|m| m.first != agent.first) {
            objects = vec![agent];
        }
    }
    let Some(object) = objects.first() else { return };
    if object.first > after + reach {
        return;
    }
    // "EAM called on President Lula": a courtesy call on a person, not an
    // appeal (which goes on "to" do something).
    if matches!(w.as_str(), "called" | "calls")
        && entity_kind(article, object) == Some(EntityKind::Person)
        && !(object.last + 1..=object.last + 3).any(|t| view.is(t, "to"))
        && let Some(subject) = subject.filter(|s| entity_kind(article, s) == Some(EntityKind::Person))
    {
        emit(article, view, Some(&subject), subject.entity, object.entity, i, RelationKind::Meets, Some("called on".to_owned()), 0.7);
        return;
    }
    let label = if matches!(w.as_str(), "called" | "calls" | "calling") { format!("{w} on") } else { w.clone() };
    // "the two leaders condemned X": one relation per participant, for the
    // states they speak for.
    if let Some((a, b)) = pair_as_subject(article, view, i, subject.as_ref()) {
        for party in [a, b] {
            let party = affiliation_or_self(article, party);
            for object in objects.iter().take(4) {
                let object_entity = actor(article, object);
                if object_entity != party {
                    emit(article, view, None, party, object_entity, i, RelationKind::Criticizes, Some(label.clone()), 0.7);
                }
            }
        }
        return;
    }
    let Some(subject) = subject else { return };
    let mut subject = conjoined_subject(article, view, i, subject);
    // "Mali, Burkina Faso and Niger recalled their ambassadors from
    // Algeria, accusing the North African country of ...": a participle
    // after a comma has the sentence's opening subject.
    if w.ends_with("ing")
        && view.is_punct(i.saturating_sub(1), ',')
        // ("TALLINN, June 3 (Reuters) -": a dateline opens no subject.)
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 2 && (m.role == Role::Plain || m.role == Role::Capital && !view.is_punct(m.last + 1, ',')) && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first)
        && opening.last < subject.first
    {
        // The opening list's last item, so the whole list follows.
        let mut list_end = *opening;
        while let Some(next) = view.mentions.iter().find(|m| m.first > list_end.last && m.last < i && (list_end.last + 1..m.first).all(|t| view.is_punct(t, ',') || view.is_any(t, &["and", "the"])) && eligible(article, m, PERSON_OR_ACTOR)) {
            list_end = *next;
        }
        subject = list_end;
    }
    // "Ankara and Kuala Lumpur would work together within the OIC to press
    // Israel": an infinitive's subject is not inside a phrase with a
    // preposition.
    // ("the Organisation of Islamic Cooperation (OIC)": the name before
    // its acronym.)
    let named = if view.is_punct(subject.first.saturating_sub(1), '(') { view.mentions.iter().find(|m| m.last + 2 == subject.first).copied().unwrap_or(subject) } else { subject };
    if view.is(i.saturating_sub(1), "to")
        && (governed_by_preposition(view, &named) || {
            let before = named.first.saturating_sub(1);
            view.is_any(before.saturating_sub(usize::from(view.is(before, "the"))), &["within", "through", "under", "via"])
        })
        && let Some(free) = view.mentions.iter().filter(|m| m.last < named.first && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, PERSON_OR_ACTOR) && !governed_by_preposition(view, m)).max_by_key(|m| m.last)
    {
        subject = *free;
    }
    // "China condemned the pact and accused the three countries": the
    // nearest candidate is the first verb's object; both verbs share the
    // first one's subject.
    if view.is(i.saturating_sub(1), "and")
        && let Some(verb) = (subject.first.saturating_sub(4)..subject.first).rev().find(|&t| view.is_any(t, CRITICISM_VERBS))
        && let Some(first_subject) = left(article, view, verb, PERSON_OR_ACTOR)
    {
        subject = *first_subject;
    }
    // "Kuleba welcomed the EU decision and urged the bloc to ...": the
    // nearest candidate is the object itself; the subject is further left.
    if actor(article, &subject) == actor(article, object)
        && let Some(earlier) = nearest_left(article, view, subject.first, PERSON_OR_ACTOR).filter(|m| actor(article, m) != actor(article, object))
    {
        subject = *earlier;
    }
    let subject_entity = actor(article, &subject);
    // "Chancellor Scholz and Prime Minister Tusk ... condemned": each.
    let mut subjects: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect();
    if subjects.is_empty() {
        subjects.push(subject_entity);
    }
    // ... and the one coordinated after a sentence-initial subject ("A and
    // Prime Minister B reiterated ... and condemned").
    if view.is(subject.last + 1, "and")
        && let Some(next) = view
            .mentions
            .iter()
            .filter(|m| m.first > subject.last + 1 && m.first <= subject.last + 5 && m.last < i && eligible(article, m, &[EntityKind::Person]))
            .filter(|m| (subject.last + 2..m.first).all(|t| view.is_capitalised(t) || view.is(t, "the")))
            .min_by_key(|m| m.first)
        && entity_kind(article, &subject) == Some(EntityKind::Person)
    {
        subjects.push(actor(article, next));
    }
    for object in objects.iter().take(4) {
        let object_entity = actor(article, object);
        for &subject_entity in &subjects {
            if subject_entity != object_entity {
                emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Criticizes, Some(label.clone()), 0.75);
            }
        }
    }
    if let Some(object) = objects.first() {
        accused_support(article, view, object);
    }
}

/// `subject` (or, with `for_state`, the state a person serves) criticises
/// each of the pair a phrase ending at `noun` names ("the two countries":
/// the two states named last; "both sides": the last pair). Returns whether
/// a pair was found.
fn criticize_pair_phrase(article: &mut Article<'_>, view: &SentenceView<'_>, subject: &Mention, for_state: bool, noun: usize, i: usize, label: &str) -> bool {
    // ("hostilities between Israel and Iran ... called on both countries":
    // the pair the sentence named.)
    let named = pair_named_between(article, view, noun);
    // ("Amnesty International urged both governments" after a paragraph on
    // others: the two states the text is about, when they stand out.)
    let main_pair = || {
        let own = view.mentions.iter().find(|m| m.last < i).map(|m| m.entity).unwrap_or(usize::MAX);
        let (a, b) = main_two_countries(article, view, own)?;
        let count = |e: usize| article.entities.get(e).map_or(0, |r| r.mentions.iter().filter(|&&(start, _)| start < view.start).count());
        let third = article.entities.iter().enumerate().filter(|&(k, e)| e.kind == EntityKind::Country && k != a && k != b && k != own).map(|(k, _)| count(k)).max().unwrap_or(0);
        (count(b) >= 2 * third.max(1)).then_some((a, b))
    };
    let pair = if view.is_any(noun, &["countries", "nations", "states", "governments", "neighbours", "neighbors"]) { named.or_else(main_pair).or_else(|| last_two_countries(article, view, i)) } else { pair_of_phrase(article, view, noun) };
    let Some((a, b)) = pair else { return false };
    let subject_entity = if for_state { affiliation_or_self(article, actor(article, subject)) } else { actor(article, subject) };
    // ("The two Ministers ... and called on both countries": when the
    // nearest subject is one of the pair, the sentence's pair subject
    // appeals to them.)
    if named.is_some()
        && (subject_entity == a || subject_entity == b)
        && let Some((x, y)) = pair_as_subject(article, view, i, None)
    {
        for critic in [x, y].map(|p| affiliation_or_self(article, p)) {
            for party in [a, b] {
                if party != critic {
                    emit(article, view, None, critic, party, i, RelationKind::Criticizes, Some(label.to_owned()), 0.65);
                }
            }
        }
        return true;
    }
    for party in [a, b] {
        let party = affiliation_or_self(article, party);
        if party != subject_entity {
            emit(article, view, Some(subject), subject_entity, party, i, RelationKind::Criticizes, Some(label.to_owned()), 0.65);
        }
    }
    true
}

/// "condemned the UAE for arming the Rapid Support Forces", "accused Iran
/// of supplying the Houthis": what the accused is said to do, a reported
/// cooperation with the party it arms or backs.
fn accused_support(article: &mut Article<'_>, view: &SentenceView<'_>, accused: &Mention) {
    const BACKING: &[&str] = &["arming", "supporting", "funding", "financing", "backing", "supplying", "helping", "aiding", "sheltering", "harbouring", "harboring", "training", "equipping"];
    let at = accused.last + 1;
    if !(view.is_any(at, &["for", "of"]) && view.is_any(at + 1, BACKING)) {
        return;
    }
    let Some(party) = right(article, view, at + 1, ACTOR).first().filter(|m| m.first <= at + 4).copied().copied() else { return };
    let (a, b) = (actor(article, accused), actor(article, &party));
    if a != b {
        article.relate(view, a, b, RelationKind::CooperatesWith, Some(view.lower(at + 1).to_owned()), negated(view, at, at + 1), Modality::Reported, nearest_date(view, at), 0.55);
    }
}

fn other_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, label: &str) {
    // "They committed to intensify pressure on X": each of the pair the
    // text is about, when no one else is named before.
    if view.mentions.iter().all(|m| m.first >= i || !eligible(article, m, ACTOR))
        && let Some((a, b)) = pair_as_subject(article, view, i, None)
        && let objects = right(article, view, i + usize::from(view.is_any(i + 1, &["on", "against"])), PERSON_OR_ACTOR)
        && objects.first().is_some_and(|m| m.first <= i + 4)
    {
        for object in objects.into_iter().take(4).copied().collect::<Vec<_>>() {
            let object_entity = actor(article, &object);
            for side in [a, b].map(|s| affiliation_or_self(article, s)) {
                if side != object_entity {
                    emit(article, view, Some(&object), side, object_entity, i, RelationKind::Other, Some(label.to_owned()), 0.55);
                }
            }
        }
        return;
    }
    // "blocked new sanctions against North Korea", "condemned what she
    // called illegitimate sanctions": not the subject's sanctions.
    if label == "sanctions" && (i.saturating_sub(7)..i).any(|v| judged_sanctions(view, v) == Some(i)) {
        return;
    }
    let subject_kinds = if label == "asked" { PERSON_OR_ACTOR } else { ACTOR };
    let Some(subject) = left(article, view, i, subject_kinds).copied() else { return };
    // "imposed sanctions on X": the object after "on"; without one close
    // by, right after the verb.
    let after = (i..=i + 2).find(|&t| view.is_any(t, &["on", "against"])).unwrap_or(i);
    let mut after = if after == i && !view.is_any(i, &["on", "against"]) { i } else { after };
    // ("imposed asset freezes on Thursday on 28 Belarusian officials": the
    // day, then the targets.)
    if view.is(after, "on") && view.is_any(after + 1, &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]) && view.is_any(after + 2, &["on", "against"]) {
        after += 2;
    }
    // "Treasury designated X", "froze the assets of X": the object follows
    // the verb (or the "of").
    if view.is_any(i, &["of", "designated", "blacklisted", "targeted", "targets", "barred", "banned", "bars", "bans", "asked", "petitioned", "appealed", "mandate"])
        || view.is(i, "by") && view.is(i.saturating_sub(1), "held")
        || view.is_any(i, &["sanctioned", "sanction"]) && view.mentions.iter().any(|m| m.first == i + 1 && eligible(article, m, PERSON_OR_ACTOR))
    {
        after = i;
    }
    // "its own sanctions on the three officers": the group named before.
    if label == "sanctions"
        && let Some(members) = named_group_at(article, view, after + 1).map(<[usize]>::to_vec)
    {
        let subject_entity = actor(article, &subject);
        for member in members {
            emit(article, view, Some(&subject), subject_entity, member, i, RelationKind::Other, Some(label.to_owned()), 0.55);
        }
    }
    let mut objects = right(article, view, after, PERSON_OR_ACTOR);
    // "condemned the sanctions, while Honduras ...": another clause.
    if objects.first().is_some_and(|o| (after + 1..o.first).any(|t| view.is_punct(t, ',') || view.is_punct(t, ';'))) {
        objects.clear();
    }
    // "the assets of Murillo's son, Laureano Ortega": the relative.
    // ("blacklisted state-owned Myanma Economic Bank".)
    let mut near_limit = if view.is_punct(after + 2, '-') && view.word(after + 1).starts_with(char::is_lowercase) { after + 4 } else { after + 3 };
    // ("on 28 Belarusian officials": a count before.)
    if view.word(after + 1).parse::<u32>().is_ok() {
        near_limit += 1;
    }
    if let Some(first) = objects.first().copied()
        && first.first <= after + 3
        && view.is_possessive(first.last + 1)
        && view.is_any(first.last + 2, KIN_NOUNS)
        && view.is_punct(first.last + 3, ',')
        && let Some(relative) = view.mentions.iter().find(|m| m.first == first.last + 4 && eligible(article, m, &[EntityKind::Person]))
    {
        objects = vec![relative];
        near_limit = relative.first;
    }
    // "sanctioned three Chinese companies", "sanctions U.S. defence
    // firms": the companies' state.
    if objects.first().is_none_or(|o| o.first > after + 3)
        && let Some(demonym) = view.mentions.iter().find(|m| matches!(m.role, Role::Demonym | Role::Affiliation) && m.first > i && m.first <= after + 4 && entity_kind(article, m) == Some(EntityKind::Country))
    {
        objects = vec![demonym];
    }
    // "imposed its own sanctions on him": the person the text is about.
    if objects.is_empty()
        && view.is_any(after + 1, &["him", "her"])
        && let Some(person) = article.subject_person.or(article.last_person)
    {
        let subject_entity = actor(article, &subject);
        emit(article, view, Some(&subject), subject_entity, person, i, RelationKind::Other, Some(label.to_owned()), 0.55);
        return;
    }
    let subject_entity = actor(article, &subject);
    // "sanctions on more than 300 targets on June 12, including the Moscow
    // Exchange and Chinese firms": the targets named after "including".
    if label == "sanctions"
        && objects.first().is_none_or(|o| o.first > after + 3)
        && let Some(including) = (after + 1..(after + 14).min(view.len())).take_while(|&t| !view.is_punct(t, ';')).find(|&t| view.is_any(t, &["including", "among"]) || view.is_punct(t, ':'))
    {
        for object in near_list(right(article, view, including, PERSON_OR_ACTOR), including + 3).into_iter().take(6).copied().collect::<Vec<_>>() {
            let object_entity = actor(article, &object);
            if object_entity != subject_entity {
                emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Other, Some(label.to_owned()), 0.55);
            }
        }
        return;
    }
    // "Britain, Canada and Australia imposed sanctions on ...": each.
    // "Both Brazil and India congratulated South Africa": the same.
    // "They committed to intensify pressure on ...": the pair.
    let subjects: Vec<usize> = left_list(article, view, &subject, ACTOR).iter().map(|m| actor(article, m)).collect();
    // (The first object close by; the rest of its list follows it.)
    if objects.first().is_none_or(|o| o.first > near_limit) {
        return;
    }
    for object in objects.iter().take(6) {
        let object_entity = actor(article, object);
        for &sanctioner in &subjects {
            if sanctioner != object_entity {
                emit(article, view, Some(&subject), sanctioner, object_entity, i, RelationKind::Other, Some(label.to_owned()), 0.6);
            }
        }
    }
}

/// "Min Aung Hlaing has been under U.S., British and Canadian sanctions":
/// each state (or bloc) named before the noun sanctions the subject.
/// Returns whether it applied.
fn under_sanctions_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let is_sanctioner = |m: &Mention| matches!(m.role, Role::Plain | Role::Demonym | Role::Affiliation) && matches!(entity_kind(article, m), Some(EntityKind::Country | EntityKind::Organization));
    let mut sanctioners: Vec<Mention> = Vec::new();
    let mut end = i;
    while let Some(m) = view.mentions.iter().find(|m| m.last + 1 == end && is_sanctioner(m)).copied() {
        sanctioners.push(m);
        end = m.first;
        if end >= 1 && (view.is_punct(end - 1, ',') || view.is(end - 1, "and")) {
            end -= 1;
            if end >= 1 && view.is(end, "and") && view.is_punct(end - 1, ',') {
                end -= 1;
            }
        }
    }
    let Some(under) = end.checked_sub(1).filter(|&u| view.is(u, "under")) else { return false };
    if sanctioners.is_empty() {
        return false;
    }
    // ("a government under Security Council sanctions": not a party.)
    if !view.is_any(under.saturating_sub(1), &["been", "is", "are", "was", "were", "be", "remain", "remains", "remained", "already", "still", "now", "long"]) {
        return true;
    }
    let Some(target) = left(article, view, under, PERSON_OR_ACTOR).copied() else { return true };
    let target_entity = actor(article, &target);
    for sanctioner in sanctioners {
        let entity = actor(article, &sanctioner);
        if entity != target_entity {
            emit(article, view, Some(&target), entity, target_entity, i, RelationKind::Other, Some("sanctions".to_owned()), 0.55);
        }
    }
    true
}

/// "The Weimar Triangle (France, Germany and Poland)", "the A3 — Gabon,
/// Ghana and Mozambique —": the states listed in brackets or dashes right
/// after a body are its members. Returns whether it applied.
fn bracketed_members_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // (The name may be quoted: 'the "A3+" — Algeria, ...'.)
    let before = if view.is_punct(i.saturating_sub(1), '"') { i - 1 } else { i };
    let Some(body) = view.mentions.iter().find(|m| m.last + 1 == before && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).copied() else { return false };
    let members = right(article, view, i, &[EntityKind::Country]);
    let closes = |t: usize| if view.is_punct(i, '(') { view.is_punct(t, ')') } else { view.is_any(t, &["-", "—", "–"]) || view.is_punct(t, ',') };
    // ("the A3 — the Democratic Republic of the Congo, Liberia and
    // Somalia —".)
    let first_at = i + 1 + usize::from(view.is(i + 1, "the"));
    if members.len() < 2 || members[0].first != first_at || !members.last().is_some_and(|m| closes(m.last + 1)) {
        return false;
    }
    for member in members.into_iter().copied().collect::<Vec<_>>() {
        let entity = actor(article, &member);
        if entity != body.entity {
            emit(article, view, Some(&member), entity, body.entity, i, RelationKind::MemberOf, None, 0.65);
        }
    }
    true
}

/// "the Russian-led Eurasian Economic Union", "a Saudi-led coalition": the
/// state leading the body is a member of it.
fn led_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(state) = view.mentions.iter().find(|m| m.last + 2 == i && entity_kind(article, m) == Some(EntityKind::Country)).copied() else { return };
    let Some(body) = view.mentions.iter().find(|m| m.first == i + 1 && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).copied() else { return };
    let entity = actor(article, &state);
    if entity != body.entity {
        emit(article, view, None, entity, body.entity, i, RelationKind::MemberOf, Some("leads".to_owned()), 0.55);
    }
}

/// Who imposed the sanctions the text is about: the sentence that reports
/// sanctions by the most parties, the earliest on a tie.
/// People and bodies a text counts before it names them ("sanctions on
/// three senior officers ... The three officers are A, B and C").
const GROUP_NOUNS: &[&str] = &["officers", "officials", "individuals", "people", "generals", "commanders", "men", "women", "companies", "firms", "entities", "banks"];

/// "The three officers are Major General A, ..., B and C": the group the
/// sanctions reported before were on, named; each member is sanctioned by
/// the main sanctioners, and "the three officers" stands for them later.
fn named_group_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let noun = view.lower(2).to_owned();
    let people = !matches!(noun.as_str(), "companies" | "firms" | "entities" | "banks");
    let kinds: &[EntityKind] = if people { &[EntityKind::Person] } else { &[EntityKind::Organization] };
    let members: Vec<Mention> = view.mentions.iter().filter(|m| m.first > i && m.role == Role::Plain && eligible(article, m, kinds)).take(8).copied().collect();
    if members.len() < 2 {
        return;
    }
    let entities: Vec<usize> = members.iter().map(|m| m.entity).collect();
    article.named_groups.push((format!("{} {noun}", view.lower(1)), entities));
    let sanctioners = main_sanctioners(article);
    for member in members {
        for &sanctioner in &sanctioners {
            if member.entity != sanctioner {
                emit(article, view, Some(&member), sanctioner, member.entity, i, RelationKind::Other, Some("sanctions".to_owned()), 0.55);
            }
        }
    }
}

/// The members of a group named before ("the three officers").
fn named_group_at<'a>(article: &'a Article<'_>, view: &SentenceView<'_>, at: usize) -> Option<&'a [usize]> {
    if !(view.is(at, "the") && view.is_any(at + 2, GROUP_NOUNS)) {
        return None;
    }
    let key = format!("{} {}", view.lower(at + 1), view.lower(at + 2));
    article.named_groups.iter().rev().find(|(k, _)| *k == key).map(|(_, members)| members.as_slice())
}

fn main_sanctioners(article: &Article<'_>) -> Vec<usize> {
    let mut by_sentence: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    for r in article.relations.iter().filter(|r| r.kind == RelationKind::Other && r.label.as_deref() == Some("sanctions")) {
        let at = r.sentences.first().copied().unwrap_or((0, 0));
        match by_sentence.iter_mut().find(|(s, _)| *s == at) {
            Some((_, subjects)) if !subjects.contains(&r.subject) => subjects.push(r.subject),
            Some(_) => {}
            None => by_sentence.push((at, vec![r.subject])),
        }
    }
    by_sentence.sort_by_key(|(at, subjects)| (std::cmp::Reverse(subjects.len()), *at));
    by_sentence.into_iter().next().map(|(_, subjects)| subjects).unwrap_or_default()
}

/// "Among those listed were A, B and C", "It also targets companies in
/// China, Turkey and the United Arab Emirates": the targets of the
/// sanctions the text reported last, by whoever imposed them.
fn listed_targets_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let sanctioners = main_sanctioners(article);
    if sanctioners.is_empty() {
        return;
    }
    let from = if view.is(i.saturating_sub(1), "those") && view.is_any(i + 1, &["were", "are", "included"]) || view.is(i, "of") {
        i + 1
    } else if let Some(in_at) = (i + 1..(i + 4).min(view.len())).find(|&t| view.is_any(t, &["in", "from"]) && (i + 1..t).any(|u| view.is_any(u, &["companies", "firms", "entities", "banks", "individuals", "businesses"]))) {
        in_at
    } else {
        return;
    };
    // The list may open with a title ("were Deputy Defence Minister X, the
    // commander of ..., Y, and the national carrier Z"): every person,
    // body or state named up to the clause's end.
    // It ends at a new clause: "which ...", "and bar them from ...".
    let end = (from + 1..view.len())
        .find(|&t| view.is_punct(t, ';') || view.is_any(t, &["which", "who"]) || view.is(t, "and") && view.word(t + 1).chars().next().is_some_and(char::is_lowercase) && !view.is_any(t + 1, &["the", "his", "her", "its", "their", "a", "an"]))
        .unwrap_or(view.len());
    let targets: Vec<Mention> = view.mentions.iter().filter(|m| m.first >= from && m.last < end && eligible(article, m, PERSON_OR_ACTOR)).take(8).copied().collect();
    for target in targets {
        let target_entity = actor(article, &target);
        for &sanctioner in &sanctioners {
            if target_entity != sanctioner && !sanctioners.contains(&target_entity) {
                emit(article, view, Some(&target), sanctioner, target_entity, i, RelationKind::Other, Some("sanctions".to_owned()), 0.55);
            }
        }
    }
}

/// "provided training to B", "sent military aid to B", "offers assistance
/// to B": `other` labelled with what is given.
fn provision_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    const GIVING: &[&str] = &["provided", "provides", "provide", "providing", "gave", "give", "gives", "giving", "offered", "offers", "offer", "sent", "send", "sends", "sending", "delivered", "deliver", "delivers", "supplied", "supply", "supplies", "shipped", "ship", "ships", "sold", "sell", "sells", "transferred", "transfer", "transfers", "exported", "export", "exports", "pledged", "extended", "expand", "expands", "expanded", "expanding", "increase", "increased", "increases", "boost", "boosted", "boosts"];
    // "would suspend some bilateral aid to Rwanda": aid withheld.
    const WITHHOLDING: &[&str] = &["suspend", "suspends", "suspended", "suspending", "cut", "cuts", "cutting", "halt", "halts", "halted", "froze", "freeze", "freezes", "withheld", "withhold", "withholds"];
    let Some(verb) = (i.saturating_sub(4)..i).rev().find(|&t| view.is_any(t, GIVING) || view.is_any(t, WITHHOLDING)) else { return };
    let Some(to) = (i + 1..=i + 4).find(|&t| view.is_any(t, &["to", "for"])) else { return };
    // "the transfer of arms from the DPRK to the Russian Federation": the
    // supplier follows "from".
    let supplier = view.is(i + 1, "from").then(|| mention_after(article, view, i + 2, ACTOR)).flatten();
    let Some(subject) = supplier.or_else(|| left(article, view, verb, ACTOR).copied()) else { return };
    let objects = right(article, view, to, PERSON_OR_ACTOR);
    let Some(first) = objects.first() else { return };
    if first.first > to + 3 {
        return;
    }
    let subject_entity = actor(article, &subject);
    let label = if view.is_any(verb, WITHHOLDING) { format!("suspended {}", view.lower(i)) } else { view.lower(i).to_owned() };
    for object in objects.iter().take(4) {
        let object_entity = actor(article, object);
        if object_entity != subject_entity {
            emit(article, view, Some(&subject), subject_entity, object_entity, verb, RelationKind::Other, Some(label.clone()), 0.6);
        }
    }
}

/// "France expelled two Russian diplomats": `other` from the expelling
/// state to the state whose people are expelled.
/// ("The three governments have expelled French troops": each of them;
/// "ordered U.S. forces to leave": the same.)
fn expulsion_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(subject) = left(article, view, i, ACTOR) else { return };
    let objects = right(article, view, i, ACTOR);
    let Some(object) = objects.first().filter(|m| m.first <= i + 3) else { return };
    let diplomats = (i + 1..=object.last + 3).any(|t| view.is_any(t, &["diplomats", "diplomat", "ambassador", "envoy", "envoys", "officials"]));
    let label = if view.lower(i).starts_with("order") {
        "ordered forces to leave"
    } else if diplomats {
        "expelled diplomats"
    } else {
        "expelled"
    };
    let object_entity = actor(article, object);
    for subject in left_list(article, view, subject, ACTOR).into_iter().take(6) {
        let subject_entity = actor(article, subject);
        if subject_entity != object_entity {
            emit(article, view, Some(subject), subject_entity, object_entity, i, RelationKind::Other, Some(label.to_owned()), 0.6);
        }
    }
}

/// "The Security Council authorized the African Union to deploy a
/// mission": `other` from the body that authorizes to the one authorized
/// (a state or body, followed by what it may do).
fn authorized_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(authorized) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 2 && eligible(article, m, ACTOR)).min_by_key(|m| m.first).copied() else {
        return;
    };
    // ("the African Union (AU) to", "the African Union's member States to".)
    if !(authorized.last + 1..(authorized.last + 6).min(view.len())).any(|t| view.is(t, "to")) {
        return;
    }
    // ("the 15-member organ, acting under Chapter VII of the Charter of the
    // United Nations, authorized": not a body named in a phrase.)
    let in_phrase = |m: &Mention| {
        let before = if view.is(m.first.wrapping_sub(1), "the") { m.first.wrapping_sub(2) } else { m.first.wrapping_sub(1) };
        // ("with 1 abstention (United States)": an aside.)
        view.is(before, "of") || governed_by_preposition(view, m) || view.is_punct(m.first.wrapping_sub(1), '(')
    };
    let Some(subject) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, ACTOR) && !in_phrase(m)).max_by_key(|m| m.last).copied() else {
        return;
    };
    let (subject_entity, object_entity) = (actor(article, &subject), actor(article, &authorized));
    if subject_entity != object_entity {
        emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Other, Some("authorized".to_owned()), 0.6);
    }
}

/// "the new mission, which will take over from ATMIS on 1 January",
/// "Kenya took over from Rwanda": the successor relates to the one it
/// replaces.
fn take_over_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    const KINDS: &[EntityKind] = &[EntityKind::Organization, EntityKind::Country, EntityKind::Event];
    let Some(replaced) = mention_after(article, view, i + 2, KINDS) else {
        return;
    };
    let Some(successor) = clause_head_before_comma(article, view, i, KINDS).or_else(|| left(article, view, i, KINDS).copied()) else { return };
    let (successor_entity, replaced_entity) = (actor(article, &successor), actor(article, &replaced));
    if successor_entity != replaced_entity {
        emit(article, view, Some(&successor), successor_entity, replaced_entity, i, RelationKind::Other, Some("takes over from".to_owned()), 0.6);
    }
}

/// "Uruguay will hand over the pro tempore presidency of the bloc to
/// Argentina": `other` from the state that chaired to the next chair.
fn hand_over_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let end = (i + 1..(i + 12).min(view.len())).find(|&t| view.is_punct(t, ',') || view.is_punct(t, ';')).unwrap_or((i + 12).min(view.len()));
    let Some(office) = (i + 1..end).find(|&t| view.is_any(t, &["presidency", "chairmanship", "chair", "leadership", "helm"])) else { return };
    let Some(to) = (office + 1..end).find(|&t| view.is(t, "to")) else { return };
    let Some(next) = mention_after(article, view, to + 1, ACTOR) else { return };
    let Some(chair) = left(article, view, i, ACTOR).copied() else { return };
    let (chair_entity, next_entity) = (actor(article, &chair), actor(article, &next));
    if chair_entity != next_entity {
        emit(article, view, Some(&chair), chair_entity, next_entity, i, RelationKind::Other, Some(format!("handed over {}", view.lower(office))), 0.6);
    }
}

/// "The three governments have turned to Russia for military assistance":
/// each works with the state turned to.
fn turned_to_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(partner) = mention_after(article, view, i + 2, ACTOR) else {
        return;
    };
    let Some(subject) = left(article, view, i, ACTOR) else { return };
    let partner_entity = actor(article, &partner);
    for subject in left_list(article, view, subject, ACTOR).into_iter().take(6) {
        let subject_entity = actor(article, subject);
        if subject_entity != partner_entity {
            emit(article, view, Some(subject), subject_entity, partner_entity, i, RelationKind::CooperatesWith, Some("turned to for assistance".to_owned()), 0.6);
        }
    }
}

/// "welcomed efforts by B", "welcomed B's decision": `other` labelled
/// "welcomed". Returns whether it applied (else "welcomed" may be a meeting).
fn welcome_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const THINGS: &[&str] = &["efforts", "effort", "initiative", "initiatives", "decision", "proposal", "move", "steps", "commitment", "announcement", "offer", "role", "plan", "contribution"];
    let Some(noun) = (i + 1..=i + 5).find(|&t| view.is_any(t, THINGS)) else { return false };
    // The actor: "B's efforts" (possessive before the noun) or "efforts by/of B".
    let possessor = (i + 1..noun).find_map(|t| {
        view.mentions
            .iter()
            .find(|m| m.last == t && view.is_possessive(t + 1) && eligible(article, m, PERSON_OR_ACTOR))
            .copied()
    });
    // "the efforts by Qatar, Egypt and the United States": each of them.
    let objects: Vec<Mention> = match possessor {
        Some(possessor) => vec![possessor],
        None if view.is_any(noun + 1, &["by", "of", "from"]) => near_list(right(article, view, noun + 1, PERSON_OR_ACTOR), noun + 3).into_iter().take(6).copied().collect(),
        None => Vec::new(),
    };
    if objects.is_empty() {
        return false;
    }
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return true };
    // "The Leaders welcomed ...": each of them.
    let subjects: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect();
    for object in objects {
        let object_entity = actor(article, &object);
        for &subject_entity in subjects.iter().filter(|&&s| s != object_entity) {
            emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Other, Some("welcomed".to_owned()), 0.6);
        }
    }
    true
}

/// "in Fairbanks, Alaska", "in San Diego, California, to announce": a
/// place written with the state or country it lies in (not a list of
/// places: "in Paris, Berlin and Rome").
fn place_with_its_region(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let at = i + 1 + usize::from(view.is(i + 1, "the"));
    let Some(place) = view.mentions.iter().find(|m| m.first == at && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied() else { return };
    if !view.is_punct(place.last + 1, ',') {
        return;
    }
    // ("held in Dushanbe, the parties ...": a group phrase is no state.)
    let Some(region) = view.mentions.iter().find(|m| m.first == place.last + 2 && m.role == Role::Plain && view.is_capitalised(m.first) && eligible(article, m, &[EntityKind::Place, EntityKind::Country])).copied() else { return };
    let next = region.last + 1;
    let list_goes_on = view.is_any(next, &["and", "or"])
        || view.is_punct(next, ',') && (view.is_any(next + 1, &["and", "or"]) || view.mentions.iter().any(|m| m.first == next + 1 && eligible(article, m, &[EntityKind::Place, EntityKind::Country])));
    if list_goes_on || region.entity == place.entity {
        return;
    }
    article.relate(view, place.entity, region.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
}

/// "Addu City, in the south of the Maldives", "Zvecan, in northern
/// Kosovo": a place set off by a comma and placed in part of a larger one.
fn place_in_part_of_region(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if i < 2 || !view.is_punct(i - 1, ',') {
        return;
    }
    let Some(place) = view.mentions.iter().find(|m| m.last + 2 == i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Place)).copied() else { return };
    let part = if view.is(i + 1, "the") && view.is_any(i + 2, &["north", "south", "east", "west", "centre", "center", "northeast", "northwest", "southeast", "southwest"]) && view.is(i + 3, "of") {
        i + 4 + usize::from(view.is(i + 4, "the"))
    } else {
        let at = after_directions(view, i + 1);
        if at == i + 1 {
            return;
        }
        at
    };
    let Some(region) = view.mentions.iter().find(|m| m.first == part && m.role == Role::Plain && eligible(article, m, PLACE_LIKE)).copied() else { return };
    if region.entity != place.entity {
        article.relate(view, place.entity, region.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
    }
}

/// "summit in Lithuania", "the conference held in Vienna".
/// The first token at or after `at` past lower-case compass words
/// ("north-eastern", "southern", not the "North" of "North Africa"): where a
/// place's container is named.
fn after_directions(view: &SentenceView<'_>, at: usize) -> usize {
    let mut t = at;
    while t < at + 4 && (view.is_any(t, DIRECTION_WORDS) && !view.is_capitalised(t) || view.is_punct(t, '-') && view.is_any(t + 1, DIRECTION_WORDS)) {
        t += 1;
    }
    t
}

const DIRECTION_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    "far", "northeast", "northwest", "southeast", "southwest",
];

/// "the Tavush province of Armenia", "Gagauzia, an autonomous region in
/// southern Moldova", "Argyle, a village in Saint Vincent": a place named
/// as a region or settlement of a larger one lies in it.
fn region_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let is_place = |m: &&Mention| m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Place);
    let (place, container_at) = if view.is(i + 1, "of") && i >= 2 {
        // "the Tavush province of Armenia", "the Khatlon Region of
        // Tajikistan" (the noun part of the name).
        let Some(place) = view.mentions.iter().find(|m| (m.last + 1 == i || m.last == i && m.first < i && view.is_capitalised(i)) && m.first >= 1 && view.is(m.first - 1, "the") && is_place(m)) else { return };
        (place, i + 2 + usize::from(view.is(i + 2, "the")))
    } else if view.is(i + 1, "in") {
        // "Gagauzia, an autonomous region in southern Moldova", "Uvira, the
        // lakeside town in South Kivu", "Zvecan, a Serb-majority town in
        // northern Kosovo".
        let Some(det) = (i.saturating_sub(5)..i).rev().find(|&t| view.is_any(t, &["a", "an", "the"])) else { return };
        let describes = |t: usize| view.word(t).chars().all(|c| c.is_lowercase() || c == '-') || view.is_punct(t + 1, '-') && view.is_capitalised(t);
        if det < 2 || !view.is_punct(det - 1, ',') || !(det + 1..i).all(describes) {
            return;
        }
        let Some(place) = view.mentions.iter().find(|m| m.last + 2 == det && is_place(m)) else { return };
        (place, after_directions(view, i + 2 + usize::from(view.is(i + 2, "the"))))
    } else {
        return;
    };
    let Some(container) = view.mentions.iter().find(|m| m.first == container_at && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, PLACE_LIKE)) else {
        return;
    };
    if container.entity != place.entity {
        article.relate(view, place.entity, container.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
    }
}

fn located_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    place_with_its_region(article, view, i);
    place_in_part_of_region(article, view, i);
    // The event just before (allowing "held", a date, "in July", "as a
    // full member").
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 10 {
        let prev = k - 1;
        if let Some(m) = view.mentions.iter().find(|m| m.last == prev && m.role != Role::Inner) {
            // "the Federal Prosecutor's Office in Karlsruhe", "the
            // International Court of Justice (ICJ) in The Hague": a body
            // (not a bloc or alliance) right before a city is seated there.
            let body = article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Organization && !matches!(e.org_type, OrgType::Bloc | OrgType::Alliance));
            // Not "met officers of China's Ministry of State Security in
            // Shenzhen": there "in" places the meeting.
            let mut lead = m.first;
            while lead > 0 && (view.is(lead - 1, "the") || view.is_possessive(lead - 1) || view.mentions.iter().any(|x| x.last + 1 == lead && x.role != Role::Inner && entity_kind(article, x) == Some(EntityKind::Country))) {
                lead -= 1;
            }
            let of_phrase = lead >= 1 && view.is_any(lead - 1, &["of", "with", "by"]);
            // ("A permanent Arctic Council Secretariat was established in
            // Tromsø": seated there too.)
            let seated = (m.last + 1..i).any(|t| view.is_any(t, &["established", "founded", "created", "set", "based"]));
            if body && !of_phrase && (steps == 0 || seated) && view.is(i, "in")
                && let Some(city) = view.mentions.iter().find(|p| (p.first == i + 1 || p.first == i + 2 && view.is(i + 1, "the")) && matches!(p.role, Role::Plain | Role::Capital) && article.entities.get(p.entity).is_some_and(|e| e.kind == EntityKind::Place))
            {
                // ("A and B in Baku, C in Astana": both bodies before the
                // city.)
                let other = coordinated_before(article, view, m, &[EntityKind::Organization]).filter(|o| article.entities.get(o.entity).is_some_and(|e| !matches!(e.org_type, OrgType::Bloc | OrgType::Alliance))).map(|o| o.entity);
                let (body, city) = (m.entity, city.entity);
                article.relate(view, body, city, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
                if let Some(other) = other.filter(|&o| o != body) {
                    article.relate(view, other, city, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.5);
                }
                return;
            }
            // "Rarotonga in the Cook Islands", "the Tourmalet pass in the
            // Pyrenees", "Velana International Airport in Male", "Hafar
            // Al-Batin in north-eastern Saudi Arabia": a place right before
            // "in" lies in the next one.
            let container_at = after_directions(view, i + 1 + usize::from(view.is(i + 1, "the")));
            // ("Ujjain in the Indian state of Madhya Pradesh": the state.)
            let container_at = match view.mentions.iter().find(|p| p.first == container_at && p.role == Role::Demonym) {
                Some(demonym) if view.is_any(demonym.last + 1, &["state", "province", "region", "city", "district", "county", "prefecture", "oblast", "governorate", "territory"]) && view.is(demonym.last + 2, "of") => demonym.last + 3,
                _ => container_at,
            };
            if entity_kind(article, m) == Some(EntityKind::Place)
                && m.role == Role::Plain
                && steps == 0
                && view.is(i, "in")
                && let Some(container) = view.mentions.iter().find(|p| p.first == container_at && matches!(p.role, Role::Plain | Role::Capital) && eligible(article, p, PLACE_LIKE))
                && container.entity != m.entity
            {
                // ("Copiapó, in Chile's Atacama Region": the region, which
                // lies in the state.)
                let region = owned_region(article, view, container);
                let (place, container) = (m.entity, container.entity);
                if let Some(region) = region.filter(|r| r.entity != place) {
                    article.relate(view, place, region.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
                    article.relate(view, region.entity, container, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
                    return;
                }
                article.relate(view, place, container, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
                return;
            }
            if entity_kind(article, m) == Some(EntityKind::Event) {
                let Some(place) = view.mentions.iter().find(|p| p.first == i + 1 && eligible(article, p, PLACE_LIKE) || p.first == i + 2 && view.is(i + 1, "the") && eligible(article, p, PLACE_LIKE)) else {
                    return;
                };
                let event = m.entity;
                // "at the Sandton Convention Centre in Johannesburg": the
                // venue's city holds the event too.
                let city = (view.is(place.last + 1, "in") && entity_kind(article, place) == Some(EntityKind::Place))
                    .then(|| view.mentions.iter().find(|c| c.first == place.last + 2 && eligible(article, c, &[EntityKind::Place])).map(|c| c.entity))
                    .flatten();
                let place = place.entity;
                article.relate(view, event, place, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.75);
                if let Some(city) = city {
                    article.relate(view, event, city, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.7);
                }
            }
            return;
        }
        // "(ICJ)", "(CHOGM 2018)": a parenthesis between the name and "in".
        if view.is_punct(prev, ')')
            && let Some(open) = (prev.saturating_sub(4)..prev).rev().find(|&t| view.is_punct(t, '('))
        {
            // "the thirtieth Conference of the Parties (COP30), to be held
            // in Belém": the event is named inside.
            if let Some(event) = view.mentions.iter().find(|m| m.first == open + 1 && m.last + 1 == prev && entity_kind(article, m) == Some(EntityKind::Event)).map(|m| m.entity)
                && let Some(place) = view.mentions.iter().find(|p| (p.first == i + 1 || p.first == i + 2 && view.is(i + 1, "the")) && eligible(article, p, PLACE_LIKE)).map(|p| p.entity)
                && view.is(i, "in")
            {
                article.relate(view, event, place, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.7);
                return;
            }
            k = open;
            continue;
        }
        // "held at the Grand Palais in Paris": a venue the text names
        // without knowing it.
        if view.is_capitalised(prev)
            && !view.mentions.iter().any(|m| m.first <= prev && prev <= m.last)
            && let Some(at) = (prev.saturating_sub(4)..prev).rev().find(|&t| view.is(t, "at") && (t + 1..=prev).all(|u| view.is_capitalised(u) || view.is(u, "the")))
        {
            k = at;
            steps += 1;
            continue;
        }
        // "from 22 to 24 August": a range's first day lies outside the date.
        let in_date = view.dates.iter().any(|d| d.first_token <= prev && prev <= d.last_token) || !view.word(prev).is_empty() && view.word(prev).chars().all(|c| c.is_ascii_digit());
        if !(in_date || view.is_any(prev, &["held", "in", "on", "from", "be", "will", "to", "was", "is", "taking", "take", "due", "scheduled", "slated", "place", "convened", "hosted", "as", "a", "an", "full", "member", "observer", "guest", ",", "which", "opened", "opens", "began", "begins", "took", "takes", "concluded", "ended", "established", "founded", "created", "set", "up"])) {
            return;
        }
        k = prev;
        steps += 1;
    }
}

/// Callings that hold no office: a person so described serves no state or
/// body by being named beside it.
const PRIVATE_CALLINGS: &[&str] = &[
    "journalist", "activist", "dissident", "blogger", "reporter", "businessman", "businesswoman", "tycoon", "oligarch", "student", "scholar", "academic",
    "historian", "novelist", "writer", "banker", "financier", "magnate", "billionaire", "economist", "researcher", "scientist", "hacker", "critic",
];

/// What partners share or exchange: "share information", "exchange
/// intelligence".
const SHARED_GOODS: &[&str] = &["information", "intelligence", "data", "expertise", "experience", "experiences", "radar", "technology"];

/// "Kenya and Uganda will share intelligence on the militants", "A's
/// Ministry of Public Security, B's National Border Service and C's Ministry
/// of Interior will share information": the listed parties cooperate.
#[inline(never)]
fn sharing_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(subject) = left(article, view, i, ACTOR).copied().filter(|m| i - m.last <= 5) else { return };
    // (Only a verb of the subject's own: "will share", "agreed to share".)
    if (subject.last + 1..i).any(|t| !view.is_any(t, &["will", "would", "to", "agreed", "agree", "also", "further", "could", "can", "shall", "should", "and", "continue"]) && !view.is_punct(t, ')') && !view.word(t).chars().all(|c| c.is_ascii_uppercase() || c == '(')) {
        return;
    }
    let parties: Vec<usize> = left_list(article, view, &subject, ACTOR).into_iter().map(|m| actor(article, m)).collect();
    if (2..=4).contains(&parties.len()) {
        emit_each_pair(article, view, &parties, i, RelationKind::CooperatesWith, Some("sharing".to_owned()), 0.6);
    }
}

/// "Vietnam, which shares a long border with Cambodia", "France, which
/// borders Brazil through French Guiana": neighbouring states.
fn border_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let object = if view.is(i, "border") {
        // "shares a (long, 1,300-km) border with".
        if !(i.saturating_sub(5)..i).any(|t| view.is_any(t, &["shares", "share", "shared", "sharing"])) || !view.is(i + 1, "with") {
            return;
        }
        i + 1
    } else {
        i
    };
    // "the Haut-Mbomou prefecture, which borders South Sudan and the
    // Democratic Republic of the Congo": a region too, and every neighbour
    // listed.
    const LAND: &[EntityKind] = &[EntityKind::Country, EntityKind::Place];
    let neighbours: Vec<Mention> = right(article, view, object, LAND).into_iter().copied().collect();
    if neighbours.first().is_none_or(|m| m.first > object + 2) {
        return;
    }
    let Some(subject) = left(article, view, i, LAND).copied() else { return };
    for neighbour in neighbours.iter().take(6) {
        let (a, b) = (actor(article, &subject), actor(article, neighbour));
        if a != b && entity_kind(article, &subject).is_some_and(|k| k == EntityKind::Country || entity_kind(article, neighbour) != Some(EntityKind::Place)) {
            emit(article, view, Some(&subject), a, b, i, RelationKind::Other, Some("shares border with".to_owned()), 0.6);
        }
    }
}

/// "the Collective Security Treaty Organization (CSTO), to which
/// Kyrgyzstan and Tajikistan belong": the states between "to which" and
/// the verb are members of the body before it.
fn belong_to_which_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(to) = (i.saturating_sub(8)..i).rev().find(|&t| view.is(t, "to") && view.is(t + 1, "which")) else { return };
    // The body right before ", to which" (past its acronym).
    let Some(body) = view.mentions.iter().filter(|m| m.last < to && to - m.last <= 5 && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last).copied() else { return };
    let members: Vec<Mention> = view.mentions.iter().filter(|m| m.first > to + 1 && m.last < i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Country)).copied().collect();
    for member in members.iter().take(12) {
        emit(article, view, Some(member), actor(article, member), body.entity, i, RelationKind::MemberOf, None, 0.65);
    }
}

/// "OFAC designated 11 people and three companies under the Global
/// Magnitsky Act, among them First Lady Auxillia Mnangagwa, Vice President
/// Constantino Chiwenga and ...": the sanctioner and each target listed.
fn designated_among_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(among) = (i + 1..(i + 16).min(view.len())).find(|&t| view.is(t, "among") && view.is(t + 1, "them") || view.is(t, "including")) else { return };
    // (Not when the verb has its own object: "sanctioned Russia, including ...".)
    if view.mentions.iter().any(|m| m.first > i && m.first < among && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR) && m.first <= i + 2) {
        return;
    }
    let Some(subject) = left(article, view, i, ACTOR).copied() else { return };
    let sanctioner = actor(article, &subject);
    let end = (among + 1..view.len()).find(|&t| view.is_punct(t, ';')).unwrap_or(view.len());
    let targets: Vec<Mention> = view.mentions.iter().filter(|m| m.first > among && m.last < end && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)).copied().collect();
    for target in targets.iter().take(12) {
        let target_entity = actor(article, target);
        if target_entity != sanctioner {
            emit(article, view, Some(&subject), sanctioner, target_entity, i, RelationKind::Other, Some("sanctions".to_owned()), 0.6);
        }
    }
}

/// "the Kurdistan Workers' Party (PKK), which ... is listed as a terrorist
/// organisation by Turkey, the United States and the European Union": each
/// party after "by" acts on the body listed (the head of the "which"
/// clause, else the nearest body before).
fn listed_as_by_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(by) = (i + 2..(i + 9).min(view.len())).find(|&t| view.is(t, "by")) else { return };
    let which = (i.saturating_sub(25)..i).rev().find(|&t| view.is(t, "which") && t >= 1 && view.is_punct(t - 1, ','));
    let listed = match which {
        Some(w) => view.mentions.iter().filter(|m| m.last + 1 < w && w - m.last <= 5 && eligible(article, m, ACTOR)).max_by_key(|m| m.last),
        None => left(article, view, i, ACTOR),
    };
    let Some(listed) = listed.copied() else { return };
    let listed_entity = actor(article, &listed);
    for party in near_list(right(article, view, by, ACTOR), by + 3).into_iter().take(8).copied().collect::<Vec<_>>() {
        let party_entity = actor(article, &party);
        if party_entity != listed_entity {
            emit(article, view, Some(&party), party_entity, listed_entity, i, RelationKind::Other, Some("listed".to_owned()), 0.6);
        }
    }
}

/// Nouns of unnamed gatherings of a body ("Later summits were held in").
const MEETING_PLURALS: &[&str] = &["summits", "meetings", "sessions", "rounds", "summit", "meeting", "session"];

/// "Later summits were held in Ljubljana (2019), Tallinn (2020) and Riga",
/// "The previous meeting of presidents had been held in Manaus": the body
/// the text is about met in each place, when the sentence names no event
/// or body of its own.
fn meetings_held_in_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let named = view.mentions.iter().any(|m| m.last < i && m.role == Role::Plain && matches!(entity_kind(article, m), Some(EntityKind::Event | EntityKind::Organization | EntityKind::Country | EntityKind::Person)));
    if named {
        return;
    }
    let Some(body) = article.topic_organisation() else { return };
    let end = (i + 2..view.len()).find(|&t| view.is_punct(t, ';')).unwrap_or(view.len());
    let places: Vec<usize> = view
        .mentions
        .iter()
        .filter(|m| m.first > i + 1 && m.last < end && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Place))
        // ("in Dubrovnik, Croatia": the town, not its state.)
        .filter(|m| view.is_any(m.first - 1, &["in", "and"]) || view.is_punct(m.first - 1, ',') || view.is_punct(m.first - 1, ')'))
        .map(|m| m.entity)
        .take(12)
        .collect();
    for place in places {
        article.relate(view, body, place, RelationKind::Other, Some("summit held in".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.55);
    }
}

/// "at Mimi Castle in Bulboaca", "the COP28 climate summit in Dubai",
/// "Ahmedabad in Gujarat": a named venue, town or event written right
/// before "in" and a town or state lies there.
/// "In Beijing, Xi received Muizzu at the Great Hall of the People", "flew to
/// Ho Chi Minh City, where he visited the Jade Emperor Pagoda": one
/// visitor's town and a building they went to in the same sentence; the
/// building is in the town.
fn visited_venue_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let sentence = (view.start, view.end);
    let visits: Vec<(usize, usize)> = article.stated_in(sentence).filter(|r| r.kind == RelationKind::Visits && !r.negated).map(|r| (r.subject, r.object)).collect();
    if visits.len() < 2 {
        return;
    }
    // A building: a place whose name ends in a landmark's head word.
    let is_venue = |e: usize| article.entities.get(e).is_some_and(|r| r.kind == EntityKind::Place && r.affiliation.is_none() && r.name.rsplit(' ').next().is_some_and(|head| matches!(head, "Palace" | "Pagoda" | "Temple" | "Mosque" | "Shrine" | "Museum" | "Monument" | "Mausoleum" | "Residence" | "Hall" | "House" | "Castle" | "Stadium" | "Cathedral" | "Guesthouse" | "People")));
    // A town: a place the gazetteer puts in a state.
    let is_town = |e: usize| article.entities.get(e).is_some_and(|r| r.kind == EntityKind::Place && r.affiliation.is_some_and(|a| entity_kind_of(article, a) == Some(EntityKind::Country)));
    let mut found = Vec::new();
    for &(visitor, venue) in visits.iter().filter(|&&(_, o)| is_venue(o)) {
        let towns: Vec<usize> = visits.iter().filter(|&&(v, o)| v == visitor && is_town(o)).map(|&(_, o)| o).collect();
        if let [town] = towns[..] {
            found.push((venue, town));
        }
    }
    for (venue, town) in found {
        let related = article.relations.iter().any(|r| r.subject == venue && r.kind == RelationKind::LocatedIn);
        if !related {
            article.relate(view, venue, town, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.5);
        }
    }
}

fn venue_in_town_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let mut found = Vec::new();
    for inner in &view.mentions {
        if inner.role != Role::Plain || !view.is_capitalised(inner.first) && view.tokens.get(inner.first).is_none_or(|t| t.kind != TokenKind::Number) {
            continue;
        }
        let kind = entity_kind(article, inner);
        if !matches!(kind, Some(EntityKind::Place | EntityKind::Event)) {
            continue;
        }
        // ("the COP28 climate summit in Dubai": a generic noun or two
        // after an event's name.)
        let mut at = inner.last + 1;
        while kind == Some(EntityKind::Event) && at <= inner.last + 2 && view.word(at).chars().all(char::is_lowercase) && !view.is_any(at, &["in", "at", "and", "of", "on"]) {
            at += 1;
        }
        if !view.is(at, "in") {
            continue;
        }
        let Some(outer) = view.mentions.iter().find(|m| (m.first == at + 1 || m.first == at + 2 && view.is(at + 1, "the")) && m.role != Role::Inner && matches!(entity_kind(article, m), Some(EntityKind::Place | EntityKind::Country))) else {
            continue;
        };
        // A state is not in a town; a town written with its state is read
        // by the gazetteer's rules already.
        if outer.entity != inner.entity && (kind == Some(EntityKind::Event) || article.entities.get(inner.entity).is_some_and(|e| e.affiliation.is_none() || entity_kind(article, outer) == Some(EntityKind::Place))) {
            found.push((inner.entity, outer.entity, at));
        }
    }
    for (inner, outer, at) in found {
        article.relate(view, inner, outer, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, at), 0.55);
    }
}

/// "the Australia-India Economic Cooperation and Trade Agreement", "the
/// United States-Mexico-Canada Agreement": the states a treaty's name
/// joins by hyphens are its parties (those the article names).
fn hyphenated_treaty_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let mut found = Vec::new();
    for m in view.mentions.iter().filter(|m| m.role == Role::Plain && m.last > m.first) {
        let Some(record) = article.entities.get(m.entity) else { continue };
        if record.kind != EntityKind::Organization || !record.name.split(' ').next_back().is_some_and(|w| TREATY_HEADS.contains(&w)) || !record.name.contains('-') {
            continue;
        }
        // The states inside the span, joined by hyphens.
        let inside: Vec<usize> = view
            .mentions
            .iter()
            .filter(|x| x.first >= m.first && x.last < m.last && (view.is_punct(x.last + 1, '-') || x.first >= 1 && view.is_punct(x.first - 1, '-')) && entity_kind(article, x) == Some(EntityKind::Country))
            .map(|x| x.entity)
            .collect();
        // A name the gazetteer knows whole: its words before the hyphens.
        let named: Vec<usize> = if inside.len() >= 2 {
            inside
        } else {
            let parts: Vec<&str> = record.name.split('-').collect();
            if parts.len() < 3 {
                continue;
            }
            let mut states = Vec::new();
            for (k, part) in parts.iter().enumerate() {
                // "United States", "Mexico", "Canada Agreement": the last
                // part ends with the rest of the name.
                let part = if k + 1 == parts.len() { part.split(' ').next().unwrap_or("") } else { part };
                if let Some(index) = article.entities.iter().position(|e| e.kind == EntityKind::Country && (e.name == part || e.aliases.iter().any(|a| a == part))) {
                    states.push(index);
                }
            }
            states
        };
        for state in named {
            found.push((state, m.entity, m.first));
        }
    }
    for (state, treaty, at) in found {
        article.relate(view, state, treaty, RelationKind::MemberOf, Some("party".to_owned()), false, Modality::Asserted, nearest_date(view, at), 0.55);
    }
}

/// Head words of the ministries and councils [`state_body_rule`] takes.
const STATE_BODY_HEADS: &[&str] = &["Ministry", "Department", "Council", "Agency", "Commission", "Committee", "Bureau", "Directorate"];

/// "India's Ministry of External Affairs", "the State Department" in a
/// text that names the United States: a government body the gazetteer
/// knows to be one state's is part of it, once the text names that state.
fn state_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let mut found = Vec::new();
    for m in view.mentions.iter().filter(|m| m.role == Role::Plain) {
        let Some(record) = article.entities.get(m.entity) else { continue };
        // (Not the seats standing for a government, "the Kremlin", "the
        // White House", nor armies and parties.)
        if record.kind != EntityKind::Organization || record.org_type != OrgType::Government || !record.name.split(' ').any(|w| STATE_BODY_HEADS.contains(&w)) {
            continue;
        }
        let Some(state) = record.affiliation else { continue };
        let named = article.entities.get(state).is_some_and(|e| e.kind == EntityKind::Country && !e.mentions.is_empty());
        // ("OFAC", part of the Treasury, is not said to be the state's.)
        let related = article.relations.iter().any(|r| r.subject == m.entity && r.kind == RelationKind::PartOf);
        if named && !related {
            found.push((m.entity, state));
        }
    }
    for (body, state) in found {
        article.relate(view, body, state, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.5);
    }
}

/// Head words of the parts of a larger body ("the Treasury Department's
/// Office of Foreign Assets Control").
const SUB_BODY_HEADS: &[&str] = &["Office", "Department", "Agency", "Bureau", "Directorate", "Division", "Command", "Service", "Secretariat", "Committee", "Commission", "Unit", "Administration"];

/// Common nouns a state's own institution is described by ("Poland's state
/// development bank, Bank Gospodarstwa Krajowego").
const INSTITUTION_NOUNS: &[&str] = &["bank", "agency", "ministry", "company", "firm", "carrier", "airline", "broadcaster", "regulator", "fund", "insurer", "operator", "utility", "giant", "corporation", "conglomerate", "lender", "producer"];

/// "the Treasury Department's Office of Foreign Assets Control": a body's
/// office or agency is part of it. "Poland's state development bank, Bank
/// Gospodarstwa Krajowego": a body a state's possessive describes as its
/// bank, agency or company is part of that state.
fn owned_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    // The institution noun among a few lower-case words from `from` up to
    // `to` ("state oil company").
    let institution_noun = |from: usize, to: usize| (from..to).take_while(|&t| !view.is_capitalised(t) && !view.is_punct(t, ',')).find(|&t| view.is_any(t, INSTITUTION_NOUNS));
    let mut found = Vec::new();
    for owner in &view.mentions {
        if owner.role != Role::Plain || !view.is_possessive(owner.last + 1) {
            continue;
        }
        let owner_kind = entity_kind(article, owner);
        let at = owner.last + 2;
        // The office named right after the possessive.
        if owner_kind == Some(EntityKind::Organization)
            && let Some(body) = view.mentions.iter().find(|m| m.first == at && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
            && article.entities.get(body.entity).is_some_and(|e| e.name.split(' ').any(|w| SUB_BODY_HEADS.contains(&w)))
            && body.entity != owner.entity
        {
            found.push((body.entity, owner.entity, at));
        }
        // A few common words ending in an institution noun, then the
        // body's name, after a comma or not ("Brazil's state oil company
        // Petrobras").
        if owner_kind == Some(EntityKind::Country)
            && let Some(noun) = institution_noun(at, at + 6)
            && let Some(body) = view.mentions.iter().find(|m| (m.first == noun + 2 && view.is_punct(noun + 1, ',') || m.first == noun + 1) && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
        {
            found.push((body.entity, owner.entity, noun));
        }
        // "Moldova's state-owned Moldelectrica".
        let owned_at = if view.is_any(at, &["state-owned", "state-run"]) { Some(at + 1) } else { (view.is(at, "state") && view.is_punct(at + 1, '-') && view.is_any(at + 2, &["owned", "run"])).then_some(at + 3) };
        if owner_kind == Some(EntityKind::Country)
            && let Some(body) = owned_at.and_then(|b| view.mentions.iter().find(|m| m.first == b && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)))
        {
            found.push((body.entity, owner.entity, body.first - 1));
        }
        // "Asyad Group, Oman's state logistics company,": the body before,
        // described in apposition as the state's own.
        if owner_kind == Some(EntityKind::Country)
            && owner.first >= 2
            && view.is_punct(owner.first - 1, ',')
            && let Some(body) = view.mentions.iter().find(|m| m.last + 2 == owner.first && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
            && let Some(noun) = institution_noun(at, at + 6)
            && (at..noun).any(|t| view.is_any(t, &["state", "national", "government"]))
            && (view.is_punct(noun + 1, ',') || view.is_punct(noun + 1, '.'))
        {
            found.push((body.entity, owner.entity, noun));
        }
    }
    // "Russian state atomic energy corporation Rosatom": a demonym and
    // "state" before the noun and the body's name.
    for owner in view.mentions.iter().filter(|m| m.role == Role::Demonym && view.is(m.last + 1, "state")) {
        if let Some(noun) = institution_noun(owner.last + 2, owner.last + 6)
            && let Some(body) = view.mentions.iter().find(|m| m.first == noun + 1 && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
        {
            found.push((body.entity, owner.entity, noun));
        }
        // "Yacimientos de Litio Bolivianos (YLB), the Bolivian state lithium
        // company,": the body before, described in apposition.
        let comma = owner.first.wrapping_sub(2);
        if owner.first >= 3
            && view.is(owner.first - 1, "the")
            && view.is_punct(comma, ',')
            && let Some(noun) = institution_noun(owner.last + 2, owner.last + 6)
            && (view.is_punct(noun + 1, ',') || view.is_punct(noun + 1, '.'))
        {
            // (Over an acronym in parentheses.)
            let before = if view.is_punct(comma - 1, ')') { (comma.saturating_sub(4)..comma - 1).rev().find(|&t| view.is_punct(t, '(')).map_or(comma, |open| open) } else { comma };
            if let Some(body) = view.mentions.iter().find(|m| m.last + 1 == before && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)) {
                found.push((body.entity, owner.entity, noun));
            }
        }
    }
    for (body, owner, at) in found {
        article.relate(view, body, owner, RelationKind::PartOf, None, false, Modality::Asserted, nearest_date(view, at), 0.6);
    }
}

/// "the Erenhot border port with China", "India's Lakshadweep islands": a
/// town or region the gazetteers know to lie in a state named in the same
/// sentence lies there, unless the text already placed it elsewhere.
/// (Landmarks, rivers and the like are left out: "the Élysée Palace" is
/// rarely said to be in France.)
fn place_and_its_state_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    // "Iran's Hormozgan Province": a region written as the state's own.
    let owners: Vec<Mention> = view.mentions.iter().filter(|m| m.role == Role::Plain && view.is_possessive(m.last + 1) && entity_kind(article, m) == Some(EntityKind::Country)).copied().collect();
    for state in &owners {
        if let Some(region) = owned_region(article, view, state).copied()
            && article.entities.get(region.entity).is_some_and(|e| e.affiliation.is_none() && e.name.rsplit(' ').next().is_some_and(|head| matches!(head, "Province" | "Region" | "Governorate" | "Department" | "District" | "Oblast" | "Prefecture" | "State" | "Territory" | "County")))
            && !article.relations.iter().any(|r| r.subject == region.entity && r.kind == RelationKind::LocatedIn)
        {
            article.relate(view, region.entity, state.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.55);
        }
    }
    for place in view.mentions.iter().filter(|m| m.role == Role::Plain) {
        let Some(state) = article
            .entities
            .get(place.entity)
            .filter(|e| e.kind == EntityKind::Place && e.name.rsplit(' ').next().is_none_or(|head| !is_place_head(head) || matches!(head, "City" | "Province" | "District" | "Island" | "Islands")))
            .and_then(|e| e.affiliation)
        else {
            continue;
        };
        if entity_kind_of(article, state) != Some(EntityKind::Country) || !view.mentions.iter().any(|m| m.entity == state && m.role != Role::Inner) {
            continue;
        }
        // (Over the article's relations only once the state is named here.)
        let placed = article.relations.iter().any(|r| r.subject == place.entity && (r.kind == RelationKind::LocatedIn || r.kind == RelationKind::PartOf && r.object == state) || r.subject == state && r.object == place.entity);
        if !placed {
            article.relate(view, place.entity, state, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.45);
        }
    }
}

/// "Chile's Atacama Region": the place named right after a state's
/// possessive, if any.
fn owned_region<'v>(article: &Article<'_>, view: &'v SentenceView<'_>, state: &Mention) -> Option<&'v Mention> {
    if !view.is_possessive(state.last + 1) {
        return None;
    }
    view.mentions.iter().find(|r| r.first == state.last + 2 && r.role == Role::Plain && entity_kind(article, r) == Some(EntityKind::Place))
}

/// "Vienna (Austria)", "Vilnius, Lithuania": a place and its country.
fn place_in_country_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = view.mentions.iter().find(|m| m.last + 1 == i && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)) else {
        return;
    };
    // "Guéckédou, the Guinean town near ...": the state the settlement's
    // demonym names.
    if view.is_punct(i, ',')
        && view.is_any(i + 1, &["the", "a", "an"])
        && let Some(state) = view.mentions.iter().find(|m| m.first == i + 2 && m.role == Role::Demonym && entity_kind(article, m) == Some(EntityKind::Country))
        && view.is_any(state.last + 1, &["town", "village", "city", "port", "settlement", "island", "district", "region", "province"])
        && article.entities.get(place.entity).is_none_or(|e| e.affiliation.is_none_or(|k| k == state.entity))
    {
        article.relate(view, place.entity, state.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.7);
        return;
    }
    // "Kota Kinabalu, the Sabah state capital": the region it is capital
    // of.
    if view.is_punct(i, ',')
        && view.is(i + 1, "the")
        && let Some(region) = view.mentions.iter().find(|m| m.first == i + 2 && m.role == Role::Plain && m.entity != place.entity && entity_kind(article, m) == Some(EntityKind::Place))
        && let capital = region.last + 1 + usize::from(view.is_any(region.last + 1, &["state", "provincial", "regional", "province", "region"]))
        && view.is(capital, "capital")
    {
        article.relate(view, place.entity, region.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.7);
        return;
    }
    // "Bayan-Ölgii Province, in the country's far west": the state named
    // last.
    if view.is_punct(i, ',')
        && view.is(i + 1, "in")
        && view.is(i + 2, "the")
        && view.is(i + 3, "country")
        && view.is_possessive(i + 4)
        && let Some(state) = view.mentions.iter().filter(|m| m.last < place.first && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Country)).max_by_key(|m| m.last).map(|m| actor(article, m))
        && article.entities.get(place.entity).is_none_or(|e| e.affiliation.is_none_or(|k| k == state))
    {
        article.relate(view, place.entity, state, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.65);
        return;
    }
    // "Copiapó, in Chile's Atacama Region": the region, in the state.
    if view.is_punct(i, ',')
        && view.is(i + 1, "in")
        && let Some(state) = view.mentions.iter().find(|m| m.first == i + 2 && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Country))
        && let Some(region) = owned_region(article, view, state).filter(|r| r.entity != place.entity)
    {
        article.relate(view, place.entity, region.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
        article.relate(view, region.entity, state.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
        return;
    }
    // The container: a country, or a state or province of one.
    // ("held in Dushanbe, the parties ...": a group phrase is no state.)
    let Some(country) = view.mentions.iter().find(|m| {
        m.first == i + 1
            && m.role == Role::Plain
            && view.is_capitalised(m.first)
            && article.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Country || e.kind == EntityKind::Place && e.affiliation.is_some() && e.affiliation != Some(place.entity))
    }) else {
        return;
    };
    let closes = if view.is_punct(i, '(') { view.is_punct(country.last + 1, ')') } else { true };
    let known = article.entities.get(place.entity).and_then(|e| e.affiliation);
    if closes && known.is_none_or(|k| k == country.entity) {
        article.relate(view, place.entity, country.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.8);
    }
}

/// "member states of the BRICS group: A, B and C", "several member states
/// including A, B and C": a list of countries introduced after the word,
/// members of the organisation named after "of", else of the nearest one
/// before, else of the bloc last mentioned.
fn member_list_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // (Dashes are written as hyphens after normalisation; a dash has
    // spaces around it.)
    let spaced_dash = |t: usize| view.is_punct(t, '-') && t >= 1 && !view.touching(t - 1);
    let mut t = i + 1;
    let mut org = None;
    while t < view.len() && t <= i + 8 {
        // ("four Melanesian states — Fiji, ... and Vanuatu —": a dash too.)
        if view.is_punct(t, ':') || spaced_dash(t) || view.is_any(t, &["including", "like", "among"]) || (view.is(t, "such") && view.is(t + 1, "as")) {
            break;
        }
        if let Some(m) = view.mentions.iter().find(|m| m.first == t && eligible(article, m, &[EntityKind::Organization])) {
            org = Some(m.entity);
        }
        t += 1;
    }
    let introduced = view.is_punct(t, ':') || spaced_dash(t) || view.is_any(t, &["including", "like", "among", "such"]);
    if !introduced {
        return false;
    }
    let after = if view.is(t, "such") || view.is(t, "among") { t + 1 } else { t };
    let members = right(article, view, after, &[EntityKind::Country]);
    if members.first().is_none_or(|m| m.first > after + 3) {
        return false;
    }
    let org = org
        .or_else(|| left(article, view, i, &[EntityKind::Organization]).map(|m| m.entity))
        .or_else(|| {
            article
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Organization && e.last_seen > 0 && matches!(e.org_type, super::gazetteer::OrgType::Bloc | super::gazetteer::OrgType::Alliance | super::gazetteer::OrgType::Organization))
                // The organisation the article is about: most mentioned, then latest.
                .max_by_key(|(_, e)| (e.mentions.len(), e.last_seen))
                .map(|(index, _)| index)
        });
    let Some(org) = org else { return false };
    let date = nearest_date(view, i);
    for member in members.iter().take(12) {
        article.relate(view, member.entity, org, RelationKind::MemberOf, None, false, Modality::Asserted, date, 0.7);
    }
    true
}

/// "Russia's invasion of Ukraine", "its war against Ukraine", "launched a
/// full-scale invasion of Ukraine": `other` labelled with the noun, from
/// the state waging it (a possessive, or the subject of "its" / "launched")
/// to the state attacked. A war with no stated aggressor gives nothing.
fn aggression_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if !view.is_any(i + 1, &["of", "on", "against", "in"]) {
        return;
    }
    // ("Russia's annexation of Crimea from Ukraine": a territory is taken.)
    let kinds: &[EntityKind] = if view.is_any(i, &["annexation", "occupation"]) { &[EntityKind::Country, EntityKind::Place] } else { &[EntityKind::Country] };
    let Some(object) = right(article, view, i + 1, kinds).first().filter(|m| m.first <= i + 3).copied().copied() else {
        return;
    };
    // Skip qualifiers: "full-scale", "unprovoked", "illegal".
    let mut k = i;
    while k > 0 && (view.is_punct(k - 1, '-') || view.is_any(k - 1, &["full", "scale", "full-scale", "large-scale", "brutal", "illegal", "unprovoked", "ongoing", "military", "renewed", "continued", "new", "air", "missile", "drone", "rocket", "artillery"])) {
        k -= 1;
    }
    let subject = if k >= 2 && view.is_possessive(k - 1) {
        view.mentions.iter().find(|m| m.last == k - 2 && eligible(article, m, &[EntityKind::Country])).copied()
    } else if let Some(demonym) = view.mentions.iter().find(|m| m.last + 1 == k && m.role == Role::Demonym && entity_kind(article, m) == Some(EntityKind::Country)) {
        // "the Russian invasion of Ukraine".
        Some(*demonym)
    } else if k >= 1 && (view.is_any(k - 1, &["its", "their"]) || (k.saturating_sub(3)..k).any(|t| view.is_any(t, &["launched", "launch", "launching", "waged", "wages", "waging", "began", "started", "stepped"]))) {
        left(article, view, k, &[EntityKind::Country]).copied()
    } else {
        None
    };
    let Some(subject) = subject else { return };
    let (subject_entity, object_entity) = (actor(article, &subject), actor(article, &object));
    if subject_entity != object_entity {
        emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Other, Some(view.lower(i).to_owned()), 0.6);
    }
    // "... of Crimea from Ukraine": the state the territory is taken from.
    if view.is(object.last + 1, "from")
        && let Some(from) = view.mentions.iter().find(|m| m.first == object.last + 2 && eligible(article, m, &[EntityKind::Country])).copied()
        && actor(article, &from) != subject_entity
    {
        emit(article, view, Some(&subject), subject_entity, actor(article, &from), i, RelationKind::Other, Some(view.lower(i).to_owned()), 0.6);
    }
}

/// "support the Federal Government of Somalia in its fight against
/// Al-Shabaab", "Nigeria's campaign against Boko Haram": the owner of the
/// fight against the group after "against".
/// "CELAC was founded in Caracas in December 2011", "The grouping was
/// founded on 28 August 1991 in the German city of Weimar": where a body
/// was founded.
fn founded_in_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    if !view.is_any(i.saturating_sub(1), &["was", "were", "been"]) {
        return;
    }
    // Past a date ("on 28 August 1991", "in 2011") to the "in" of a place.
    let Some(place) = (i + 1..(i + 9).min(view.len()))
        .take_while(|&t| !view.is_punct(t, ','))
        .filter(|&t| view.is(t, "in"))
        .find_map(|t| {
            let mut at = t + 1;
            // ("in the German city of Weimar".)
            if view.is(at, "the") && let Some(of) = (at + 1..at + 4).find(|&u| view.is(u, "of")) {
                at = of + 1;
            }
            mention_after(article, view, at, &[EntityKind::Place])
        })
    else {
        return;
    };
    let body = view
        .mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 3 && eligible(article, m, &[EntityKind::Organization]))
        .max_by_key(|m| m.last)
        .map(|m| m.entity)
        .or_else(|| (i <= 4 && view.is(0, "the") && view.is_any(1, &["grouping", "group", "bloc", "organisation", "organization", "alliance", "forum", "community", "union"])).then(|| article.recent_bloc().or_else(|| article.main_organisation())).flatten());
    let Some(body) = body else { return };
    if body == place.entity {
        return;
    }
    // ("A permanent Arctic Council Secretariat was established in Tromsø":
    // an office stays where it was set up.)
    let office = article.entities.get(body).is_some_and(|e| ["Secretariat", "Office", "Centre", "Center", "Headquarters"].iter().any(|head| e.name.ends_with(head)));
    let (kind, label) = if office { (RelationKind::LocatedIn, None) } else { (RelationKind::Other, Some("founded in".to_owned())) };
    article.relate(view, body, place.entity, kind, label, false, Modality::Asserted, nearest_date(view, i), 0.6);
}

/// "The two sides agreed to convene the next session of the Omani-Iraqi
/// Joint Committee in Baghdad", "They agreed to hold the next North
/// American Leaders' Summit": the parties plan to take part in the body's
/// or event's next meeting, held where the sentence says. Whether it
/// applied.
fn next_meeting_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(next) = (i + 1..=i + 3).find(|&t| view.is(t, "next")) else { return false };
    let Some(meeting) = view.mentions.iter().filter(|m| m.first > next && m.first <= next + 5 && eligible(article, m, &[EntityKind::Event, EntityKind::Organization])).min_by_key(|m| m.first).copied() else {
        return false;
    };
    let subject = left(article, view, i, PERSON_OR_ACTOR).copied();
    let parties: Vec<usize> = if let Some((a, b)) = pair_as_subject(article, view, i, subject.as_ref()) {
        vec![a, b]
    } else if view.is(0, "they") && subject.is_none() {
        article.last_pair.map(|(a, b)| vec![a, b]).unwrap_or_default()
    } else if let Some(subject) = subject {
        left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect()
    } else {
        Vec::new()
    };
    if parties.is_empty() {
        return false;
    }
    let date = nearest_date(view, i);
    // (The two ministers' states take part: the sides of a joint body.)
    for party in parties {
        let party = affiliation_or_self(article, party);
        if party != meeting.entity {
            article.relate(view, party, meeting.entity, RelationKind::Attends, None, false, Modality::Planned, date, 0.6);
        }
    }
    if view.is(meeting.last + 1, "in")
        && let Some(place) = mention_after(article, view, meeting.last + 2, PLACE_LIKE)
    {
        article.relate(view, meeting.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Planned, date, 0.6);
    }
    true
}

/// "The two sides agreed that the next session of the Joint Permanent
/// Commission will be held in Lusaka": where the body meets next.
fn next_session_held_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(next) = (i.saturating_sub(12)..i).find(|&t| view.is(t, "next")) else { return };
    let Some(meeting) = view.mentions.iter().filter(|m| m.first > next && m.first <= next + 5 && m.last < i && eligible(article, m, &[EntityKind::Event, EntityKind::Organization])).min_by_key(|m| m.first).copied() else {
        return;
    };
    let Some(place) = mention_after(article, view, i + 2, PLACE_LIKE) else { return };
    article.relate(view, meeting.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Planned, nearest_date(view, i), 0.6);
}

/// "asked (Prime Minister) Sogavare not to sign the deal": pressure against
/// a step, a criticism of the one asked. Whether someone was asked.
fn asked_not_to_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(object) = view
        .mentions
        .iter()
        .find(|m| m.first > i && m.first <= i + 4 && (i + 1..m.first).all(|t| view.is_capitalised(t)) && view.is(m.last + 1, "not") && view.is(m.last + 2, "to") && eligible(article, m, PERSON_OR_ACTOR))
        .copied()
    else {
        return false;
    };
    if let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() {
        let subject = conjoined_subject(article, view, i, subject);
        let (a, b) = (actor(article, &subject), actor(article, &object));
        if a != b {
            article.relate(view, a, b, RelationKind::Criticizes, Some(format!("{} not to", view.lower(i))), false, Modality::Asserted, nearest_date(view, i), 0.6);
        }
    }
    true
}

/// "Daniel Suidani, the premier of Malaita Province", "Greenland's premier,
/// Mute Egede,": the office of a region, for one who holds no other office
/// in the text yet. `possessive` tells the second word order.
fn regional_office_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, possessive: bool) {
    let (holder, region) = if possessive {
        (view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, &[EntityKind::Person])).copied(), view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, &[EntityKind::Place])).copied())
    } else {
        (view.mentions.iter().find(|m| m.last + 3 == i && eligible(article, m, &[EntityKind::Person])).copied(), mention_after(article, view, i + 2, &[EntityKind::Place]))
    };
    let (Some(holder), Some(region)) = (holder, region) else { return };
    if article.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == holder.entity) {
        return;
    }
    article.relate(view, holder.entity, region.entity, RelationKind::HoldsOffice, Some(title_case(view.lower(i))), false, Modality::Asserted, nearest_date(view, i), 0.6);
}

/// "Somalia is also fighting al Shabaab": a state fighting the armed group
/// named right after the verb. Whether a group was named there.
fn fighting_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(object) = view.mentions.iter().find(|m| m.first == i + 1 && entity_kind(article, m) == Some(EntityKind::Organization)).copied() else { return false };
    if let Some(subject) = left(article, view, i, ACTOR).copied()
        && actor(article, &subject) != object.entity
    {
        emit(article, view, Some(&subject), actor(article, &subject), object.entity, i, RelationKind::Other, Some("fighting".to_owned()), 0.6);
    }
    true
}

/// "al Shabaab, an Islamist insurgent group linked to al Qaeda", "the
/// militia is linked to Iran": the two work together.
fn linked_to_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    const LINKED: &[EntityKind] = &[EntityKind::Organization, EntityKind::Country];
    let Some(object) = mention_after(article, view, i + 2, LINKED) else { return };
    // The described one: before "is linked", or before the appositive's
    // comma ("X, a group linked to").
    let subject = if view.is_any(i.saturating_sub(1), &["is", "are", "was", "were", "closely", "allegedly", "reportedly"]) {
        left(article, view, i, LINKED).copied()
    } else {
        (i.saturating_sub(8)..i).rev().find(|&t| view.is_punct(t, ',') && view.is_any(t + 1, &["a", "an"])).and_then(|comma| view.mentions.iter().find(|m| m.last + 1 == comma && eligible(article, m, LINKED)).copied())
    };
    let Some(subject) = subject else { return };
    let (a, b) = (actor(article, &subject), actor(article, &object));
    if a != b {
        emit(article, view, Some(&subject), a, b, i, RelationKind::CooperatesWith, Some("linked to".to_owned()), 0.55);
    }
}

fn fight_against_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(object) = mention_after(article, view, i + 2, &[EntityKind::Organization]) else {
        return;
    };
    let mut k = i;
    while k > 0 && view.is_any(k - 1, &["military", "armed", "joint", "ongoing", "long", "renewed", "decade-long", "years-long"]) {
        k -= 1;
    }
    let subject = if k >= 2 && view.is_possessive(k - 1) {
        view.mentions.iter().find(|m| m.last == k - 2 && eligible(article, m, ACTOR)).copied()
    } else if k >= 1 && view.is_any(k - 1, &["its", "their"]) {
        left(article, view, k, &[EntityKind::Country]).or_else(|| left(article, view, k, ACTOR)).copied()
    } else {
        None
    };
    let Some(subject) = subject else { return };
    let (subject_entity, object_entity) = (actor(article, &subject), actor(article, &object));
    if subject_entity != object_entity {
        emit(article, view, Some(&subject), subject_entity, object_entity, i, RelationKind::Other, Some("fight against".to_owned()), 0.6);
    }
}

/// "Tokayev called Pashinyan to congratulate him": a telephone call (not
/// "called on", nor "called him a traitor").
fn phoned_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(callee) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 5 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else { return false };
    if !(i + 1..callee.first).all(|t| view.is_capitalised(t) || view.is_possessive(t)) {
        return false;
    }
    let after = callee.last + 1;
    let purpose = view.is(after, "to") && view.is_any(after + 1, &["congratulate", "discuss", "express", "offer", "convey", "thank", "brief", "wish", "review", "exchange"]);
    let dated = view.is(after, "on") && view.dates.iter().any(|d| d.first_token == after + 1) || view.is_punct(after, '.') && after + 1 >= view.len();
    if !purpose && !dated {
        return false;
    }
    let Some(caller) = left(article, view, i, &[EntityKind::Person]).copied() else { return false };
    if caller.entity == callee.entity {
        return false;
    }
    emit(article, view, Some(&caller), caller.entity, callee.entity, i, RelationKind::Meets, Some("phone call".to_owned()), 0.7);
    true
}

/// "Armenia has said it may seek EU membership", "Kyiv applied for EU
/// membership": a membership sought.
fn sought_membership_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(body) = view.mentions.iter().find(|m| m.last + 1 == i && is_membership_body(article, m)).copied() else { return false };
    let verb = body.first.saturating_sub(1 + usize::from(view.is(body.first.saturating_sub(1), "for")));
    if !view.is_any(verb, &["seek", "seeks", "sought", "seeking", "pursue", "pursues", "pursued", "pursuing", "applied", "apply", "applies", "applying"]) {
        return false;
    }
    let Some(candidate) = left(article, view, verb, ACTOR).copied() else { return false };
    let state = actor(article, &candidate);
    if state == body.entity {
        return false;
    }
    let negated = negated(view, candidate.last + 1, verb);
    article.relate(view, state, body.entity, RelationKind::MemberOf, Some("membership sought".to_owned()), negated, Modality::Proposed, nearest_date(view, i), 0.65);
    true
}

/// "The ministers discussed ... cooperation within NATO and the
/// Nordic-Baltic Eight (NB8)": the pair of states the sentence is about sit
/// in each body they cooperate within.
fn cooperation_within_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let bodies: Vec<usize> = near_list(right(article, view, i, &[EntityKind::Organization]), i + 3).into_iter().filter(|m| is_membership_body(article, m)).map(|m| m.entity).collect();
    // ("cooperation within the ASEAN framework": forums a partner joins,
    // no membership.)
    if bodies.is_empty() || (i + 1..(i + 14).min(view.len())).any(|t| view.is_any(t, &["framework", "frameworks", "mechanisms", "context"])) {
        return;
    }
    let Some(&(_, noun)) = view.pair_phrases.iter().find(|&&(first, _)| first <= 1) else { return };
    let Some((a, b)) = pair_of_phrase(article, view, noun) else { return };
    for state in [a, b].map(|p| affiliation_or_self(article, p)) {
        if entity_kind_of(article, state) != Some(EntityKind::Country) {
            continue;
        }
        for &body in bodies.iter().take(3) {
            emit(article, view, None, state, body, i, RelationKind::MemberOf, Some("cooperation within".to_owned()), 0.5);
        }
    }
}

/// "The representative of Lithuania, speaking on behalf of the European
/// Union", "Kazakhstan's delegate, speaking on behalf of the SCO member
/// States": a state speaking for a bloc belongs to it.
fn on_behalf_of_bloc_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(bloc) = mention_after(article, view, i + 2, &[EntityKind::Organization]).filter(|m| is_membership_body(article, m)) else { return };
    // (The delegation just before "speaking", or opening the sentence.)
    let speaking = if view.is(i.saturating_sub(2), "speaking") { i - 2 } else { i - 1 };
    let Some(state) = view
        .mentions
        .iter()
        .filter(|m| m.last < speaking && speaking - m.last <= 4 && entity_kind(article, m) == Some(EntityKind::Country) && (m.first >= 2 && view.is(m.first - 1, "of") && view.is_any(m.first - 2, DELEGATE_NOUNS) || view.is_possessive(m.last + 1) && view.is_any(m.last + 2, DELEGATE_NOUNS)))
        .max_by_key(|m| m.last)
        .copied()
    else {
        return;
    };
    emit(article, view, Some(&state), state.entity, bloc.entity, i, RelationKind::MemberOf, Some("spoke on behalf of".to_owned()), 0.6);
}

/// "Armenia has frozen its participation in the CSTO": a member that has
/// stepped back (the body after "in", or the one before "of which").
fn frozen_participation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let verb = i - 2;
    let body = if view.is(i + 1, "in") {
        // ("in the Russia-led Collective Security Treaty Organization".)
        right(article, view, i + 1, &[EntityKind::Organization]).first().filter(|m| m.first <= i + 6).copied().copied()
    } else {
        (verb.saturating_sub(8)..verb).find(|&t| view.is(t, "which") && t >= 2 && view.is(t - 1, "of") && view.is_punct(t - 2, ',')).and_then(|which| view.mentions.iter().filter(|m| m.last + 3 <= which && m.last + 6 >= which && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last).copied())
    };
    let Some(body) = body else { return };
    let Some(member) = left(article, view, verb, &[EntityKind::Country]).copied() else { return };
    emit(article, view, Some(&member), actor(article, &member), body.entity, i, RelationKind::MemberOf, Some("participation frozen".to_owned()), 0.6);
}

/// "the fifth round of which was held at the Omani Embassy in Rome on 23
/// May between Minister Araghchi and the Special Envoy, Steve Witkoff":
/// the two people named after "between" met, where it was held.
fn held_between_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const ROUNDS: &[&str] = &["round", "talks", "meeting", "session", "consultations", "negotiations"];
    if !view.is_any(i.saturating_sub(1), &["was", "were", "be", "been"]) || !(i.saturating_sub(8)..i).any(|t| view.is_any(t, ROUNDS)) {
        return false;
    }
    let Some(between) = (i + 1..(i + 16).min(view.len())).take_while(|&t| !view.is_punct(t, ';')).find(|&t| view.is(t, "between")) else { return false };
    let people: Vec<Mention> = right(article, view, between, &[EntityKind::Person]).into_iter().filter(|m| m.first <= between + 12).take(2).copied().collect();
    let [a, b] = people.as_slice() else { return false };
    if a.entity == b.entity {
        return false;
    }
    emit(article, view, Some(a), a.entity, b.entity, i, RelationKind::Meets, None, 0.7);
    // ("... in Rome": each travelled there, unless it is their own state's.)
    if let Some(city) = view.mentions.iter().find(|m| m.first > i && m.last < between && view.is(m.first - 1, "in") && eligible(article, m, &[EntityKind::Place])).copied() {
        for person in [*a, *b] {
            travelled_there(article, view, Some(&person), person.entity, city.entity, i);
        }
    }
    true
}

/// Whether `person` is known to serve a state other than `state`.
fn serves_another_state(article: &Article<'_>, person: usize, state: usize) -> bool {
    article.entities.get(person).and_then(|e| e.affiliation).is_some_and(|home| home != state)
}

/// `person` met someone in `city`: a visit there, unless the city lies in
/// the person's own state.
fn travelled_there(article: &mut Article<'_>, view: &SentenceView<'_>, subject: Option<&Mention>, person: usize, city: usize, i: usize) {
    let home = article.entities.get(person).and_then(|e| e.affiliation);
    let city_state = article.entities.get(city).and_then(|e| e.affiliation);
    if home.is_none() || city_state.is_none() || home != city_state {
        emit(article, view, subject, person, city, i, RelationKind::Visits, None, 0.55);
    }
}

/// "The foreign ministers of the three states met as the ANZUS Council":
/// each state sits in the body.
fn met_as_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(body) = mention_after(article, view, i + 2, &[EntityKind::Organization]) else { return false };
    let Some(subject) = left(article, view, i, ACTOR).copied() else { return false };
    let members: Vec<Mention> = left_list(article, view, &subject, ACTOR).into_iter().copied().collect();
    for member in members {
        let state = affiliation_or_self(article, actor(article, &member));
        if state != body.entity && entity_kind_of(article, state) == Some(EntityKind::Country) {
            emit(article, view, Some(&member), state, body.entity, i, RelationKind::MemberOf, None, 0.6);
        }
    }
    // ("..., first in Honolulu in August 1952": where the body met.)
    if let Some(place) = view.mentions.iter().find(|m| m.first > body.last && m.first <= body.last + 4 && view.is(m.first - 1, "in") && eligible(article, m, &[EntityKind::Place])).copied() {
        emit(article, view, Some(&body), body.entity, place.entity, i, RelationKind::LocatedIn, Some("met".to_owned()), 0.55);
    }
    true
}

/// "The United States will join its two allies in a trilateral air
/// exercise", "Norway joined Sweden and Finland in joint patrols": the
/// subject works with each one joined.
fn join_in_exercise_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const JOINT_WORK: &[&str] = &["exercise", "exercises", "drill", "drills", "patrol", "patrols", "manoeuvres", "maneuvers", "operation", "operations"];
    let Some(in_at) = (i + 2..(i + 9).min(view.len())).find(|&t| view.is(t, "in")) else { return false };
    if !(in_at + 1..(in_at + 6).min(view.len())).any(|t| view.is_any(t, JOINT_WORK)) {
        return false;
    }
    // ("its two allies": the pair of states named before.)
    let owned_pair = view.is_any(i + 1, &["its", "their", "the"]) && view.is(i + 2, "two") && view.is_any(i + 3, &["allies", "neighbours", "neighbors", "partners", "countries"]);
    let Some(subject) = left(article, view, i, ACTOR).copied() else { return false };
    let subject_entity = actor(article, &subject);
    let partners: Vec<usize> = if owned_pair {
        let is_state = |e: usize| entity_kind_of(article, e) == Some(EntityKind::Country);
        match article.last_pair.filter(|&(a, b)| is_state(a) && is_state(b) && a != subject_entity && b != subject_entity).or_else(|| main_two_countries(article, view, subject_entity)) {
            Some((a, b)) => vec![a, b],
            None => return false,
        }
    } else {
        near_list(right(article, view, i, ACTOR), i + 3).iter().filter(|m| m.last < in_at).map(|m| actor(article, m)).collect()
    };
    let mut any = false;
    for partner in partners.into_iter().filter(|&p| p != subject_entity) {
        emit(article, view, Some(&subject), subject_entity, partner, i, RelationKind::CooperatesWith, Some("joint exercise".to_owned()), 0.6);
        any = true;
    }
    any
}

/// "North Korea has sent thousands of troops to fight for Russia against
/// Ukraine": the sender stands with the one fought for, and against the
/// other.
fn fight_for_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(ally) = mention_after(article, view, i + 2, &[EntityKind::Country]) else { return };
    let Some(sender) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
    let (sender_entity, ally_entity) = (actor(article, &sender), actor(article, &ally));
    if sender_entity == ally_entity {
        return;
    }
    emit(article, view, Some(&sender), sender_entity, ally_entity, i, RelationKind::CooperatesWith, Some("troops to fight for".to_owned()), 0.6);
    if view.is(ally.last + 1, "against")
        && let Some(enemy) = mention_after(article, view, ally.last + 2, &[EntityKind::Country])
        && actor(article, &enemy) != sender_entity
    {
        emit(article, view, Some(&sender), sender_entity, actor(article, &enemy), i, RelationKind::Other, Some("troops fighting against".to_owned()), 0.55);
    }
}

/// "the Philippines will chair ASEAN in 2026", "Hungary holds the EU
/// presidency": a country chairing an organisation is its member.
fn chair_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i);
    // ("the ECOWAS chairmanship".)
    let org = if matches!(w, "presidency" | "chairmanship" | "chairship") {
        view.mentions.iter().find(|m| m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Organization)).copied()
    } else {
        None
    }
    .or_else(|| {
        let after = if view.is(i + 1, "of") { i + 1 } else { i };
        right(article, view, after, &[EntityKind::Organization]).first().filter(|m| m.first <= after + 2).copied().copied()
    })
    // "took over the bloc's rotating chairmanship".
    .or_else(|| view.mentions.iter().find(|m| m.last + 2 <= i && i - m.last <= 3 && view.is_possessive(m.last + 1) && entity_kind(article, m) == Some(EntityKind::Organization)).copied());
    // "Hungary took over the presidency on 1 July", "at the end of
    // Estonia's one-year presidency": the presidency of the body the text
    // is about.
    let bare = org.is_none()
        && view.is_any(i, &["presidency", "chairmanship"])
        && !view.is(i + 1, "of")
        && ((i.saturating_sub(4)..i).any(|t| view.is_any(t, &["took", "take", "takes", "taking", "assume", "assumed", "assumes", "hold", "holds", "held", "handed", "hands"])) || (i.saturating_sub(4)..i).any(|t| view.is_possessive(t)));
    let holds_presidency = view.is_any(i, &["presidency", "chairmanship", "chairship"]) && (i.saturating_sub(6)..i).any(|t| view.is_any(t, &["holds", "held", "holding", "assumed", "assumes", "took", "takes", "take", "taking"]));
    // "Angola's President João Lourenço took over the chairmanship from
    // Denis Sassou Nguesso": a person takes the chair of that body.
    if bare
        && holds_presidency
        && let Some(body) = article.topic_organisation()
        && let Some(person) = left(article, view, i, &[EntityKind::Person, EntityKind::Country]).filter(|m| entity_kind(article, m) == Some(EntityKind::Person)).copied()
    {
        chair_holders(article, view, i, &person, body);
        return;
    }
    if bare
        && let Some(body) = article.main_organisation()
        && let Some(state) = view.mentions.iter().filter(|m| m.last < i && i - m.last <= 6 && eligible(article, m, &[EntityKind::Country])).max_by_key(|m| m.last).copied()
    {
        let state_entity = actor(article, &state);
        if state_entity != body {
            emit(article, view, Some(&state), state_entity, body, i, RelationKind::Other, Some("presidency".to_owned()), 0.55);
        }
        return;
    }
    let Some(org) = org else { return };
    // "Anwar Ibrahim, who currently chairs ASEAN": a person holds the chair.
    // "who holds the rotating presidency of CELAC" is said of a person too.
    if let Some(person) = left(article, view, i, &[EntityKind::Person, EntityKind::Country]).filter(|m| entity_kind(article, m) == Some(EntityKind::Person)).copied()
        && (view.is_any(i, &["chairs", "chaired", "chair", "chairing"]) || holds_presidency)
    {
        chair_holders(article, view, i, &person, org.entity);
        return;
    }
    let Some(subject) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
    // (The body itself may stand between: "which holds the Council
    // presidency".)
    if view.mentions.iter().any(|m| m.first > subject.last && m.last < i && m.entity != org.entity && eligible(article, m, &[EntityKind::Person, EntityKind::Organization])) {
        return;
    }
    let (member, org) = (actor(article, &subject), org.entity);
    if member != org {
        article.relate(view, member, org, RelationKind::MemberOf, None, false, Modality::Asserted, None, 0.6);
    }
}

/// The chair of `body` at token `i` is the person's; "... from Senegal's
/// Macky Sall": the one handing over held it. The state each serves is a
/// member ("Sierra Leone's President Julius Maada Bio, who took over the
/// ECOWAS chairmanship from Nigeria's Bola Tinubu").
fn chair_holders(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, person: &Mention, body: usize) {
    emit(article, view, Some(person), person.entity, body, i, RelationKind::HoldsOffice, Some("Chair".to_owned()), 0.65);
    let mut holders = vec![person.entity];
    if view.is(i + 1, "from")
        && let Some(predecessor) = right(article, view, i + 1, &[EntityKind::Person]).first().filter(|m| m.first <= i + 5).copied()
        && predecessor.entity != person.entity
    {
        article.relate(view, predecessor.entity, body, RelationKind::HoldsOffice, Some("Chair".to_owned()), false, Modality::Asserted, None, 0.55);
        holders.push(predecessor.entity);
    }
    for holder in holders {
        if let Some(state) = article.entities.get(holder).and_then(|e| e.affiliation).filter(|&s| entity_kind_of(article, s) == Some(EntityKind::Country)) {
            article.relate(view, state, body, RelationKind::MemberOf, Some("chair".to_owned()), false, Modality::Asserted, None, 0.55);
        }
    }
}

/// "In Budapest, Prime Minister Viktor Orban greeted Xi": a sentence opened
/// by a place, telling of a meeting there, is a visit by every person in it
/// who serves another country.
fn foreign_guest_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    if !view.is(0, "in") {
        return;
    }
    let Some(place) = view.mentions.iter().find(|m| m.first == 1 && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied() else {
        return;
    };
    if !view.is_punct(place.last + 1, ',') {
        return;
    }
    const MEETING: &[&str] = &["met", "meet", "meets", "greeted", "welcomed", "received", "hosted", "talks", "held", "signed", "co-chaired", "inaugurated", "called"];
    if !(place.last + 2..view.len()).any(|t| view.is_any(t, MEETING)) {
        return;
    }
    let Some(home) = article.entities.get(place.entity).and_then(|e| e.affiliation) else { return };
    let guests: Vec<Mention> = view
        .mentions
        .iter()
        .filter(|m| m.first > place.last && eligible(article, m, &[EntityKind::Person]))
        // ("..., a close ally of President Erdogan": named, not present.)
        .filter(|m| {
            let mut b = m.first;
            while b > 0 && view.is_capitalised(b - 1) {
                b -= 1;
            }
            !view.is(b.wrapping_sub(1), "of")
        })
        .filter(|m| {
            article
                .entities
                .get(m.entity)
                .and_then(|e| e.affiliation)
                .is_some_and(|a| a != home && entity_kind_of(article, a) == Some(EntityKind::Country))
        })
        .copied()
        .collect();
    for guest in guests {
        article.relate(view, guest.entity, place.entity, RelationKind::Visits, None, false, Modality::Asserted, nearest_date(view, place.last), 0.6);
    }
}

/// "India hosted the G20 summit", "the Japan-hosted summit", "talks hosted
/// by Qatar": the host attends the event, labelled "host". Returns whether
/// it applied (else hosting a person is a meeting).
fn host_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const EVENT_OR_ORG: &[EntityKind] = &[EntityKind::Event, EntityKind::Organization];
    // "the chairmanship passes to the country that hosts the summit":
    // whichever country, no host to name.
    if i >= 2 && view.is_any(i - 1, &["that", "which"]) && view.is_any(i - 2, &["country", "state", "nation", "member", "city"]) {
        return true;
    }
    // "Warsaw hosted the second meeting in 2018, and Košice, Slovakia, the
    // third in 2019": a town opening the sentence hosted one meeting of the
    // body the text is about.
    if view.is(i + 1, "the")
        && (is_ordinal(view.lower(i + 2)) || view.is_any(i + 2, &["next", "last", "following", "first"]))
        && view.is_any(i + 3, &["meeting", "summit", "session"])
        && !view.mentions.iter().any(|m| m.first > i && m.first <= i + 5 && entity_kind(article, m) == Some(EntityKind::Event))
        && let Some(town) = view.mentions.iter().find(|m| m.first == 0 && m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Place)).copied()
        && let Some(body) = article.topic_organisation()
    {
        let mut towns = vec![town.entity];
        // (", and Košice, Slovakia, the third": the town before its state.)
        towns.extend(view.mentions.iter().filter(|m| m.first > i + 3 && view.is(m.first - 1, "and") && entity_kind(article, m) == Some(EntityKind::Place)).map(|m| m.entity));
        for town in towns {
            article.relate(view, body, town, RelationKind::Other, Some("summit held in".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.55);
        }
        return true;
    }
    if i >= 2 && view.is_punct(i - 1, '-') && view.is(i - 2, "co") {
        return co_host_rule(article, view, i);
    }
    // "the Japan-hosted summit"
    if i >= 2 && view.is_punct(i - 1, '-') {
        let host = view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, ACTOR)).copied();
        let event = right(article, view, i, &[EntityKind::Event]).first().filter(|m| m.first <= i + 2).copied().copied();
        if let (Some(host), Some(event)) = (host, event) {
            emit(article, view, Some(&host), actor(article, &host), event.entity, i, RelationKind::Attends, Some("host".to_owned()), 0.7);
            return true;
        }
        return false;
    }
    // "the summit hosted by Qatar", "A summit in Kraków on 17 February,
    // hosted by Polish Prime Minister X": after a comma the participle
    // hangs on the sentence's opening event.
    if view.is(i + 1, "by") {
        let reach = if view.is_punct(i.saturating_sub(1), ',') { 14 } else { 4 };
        let Some(event) = view.mentions.iter().filter(|m| m.last < i && i - m.last <= reach && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last).copied() else {
            return false;
        };
        // The host, maybe after title words ("by Polish Prime Minister X").
        let Some(host) = right(article, view, i + 1, PERSON_OR_ACTOR).first().filter(|m| m.first <= i + 3 || m.first <= i + 7 && (i + 2..m.first).all(|t| view.is_capitalised(t) || view.is(t, "the"))).copied().copied() else {
            return false;
        };
        emit(article, view, Some(&host), actor(article, &host), event.entity, i, RelationKind::Attends, Some("host".to_owned()), 0.7);
        return true;
    }
    // "India hosted the G20 summit", "Malaysia hosted the inaugural
    // meeting of the Council".
    let meeting_of = (i + 2..=i + 4).find(|&t| view.is_any(t, &["meeting", "meetings", "session", "summit", "round", "edition"]) && view.is(t + 1, "of") && (i + 1..t).all(|u| !view.is_capitalised(u)));
    let reach = meeting_of.map_or(i + 3, |t| t + 3);
    // "Turkey has hosted two rounds of indirect talks between the
    // neighbours": the host stands between the parties.
    if let Some(between_at) = (i + 1..(i + 8).min(view.len())).find(|&t| view.is_any(t, &["between", "among"]) && (i + 1..t).any(|u| view.is_any(u, &["talks", "negotiations", "meeting", "meetings", "consultations", "dialogue"])))
        && let Some(host) = left(article, view, i, PERSON_OR_ACTOR).copied()
    {
        let parties = between(article, view, between_at, PERSON_OR_ACTOR).or_else(|| {
            let &(_, noun) = view.pair_phrases.iter().find(|&&(first, _)| first == between_at + 1)?;
            if view.is_any(noun, &["countries", "nations", "states", "neighbours", "neighbors"]) {
                last_two_countries(article, view, between_at)
            } else {
                // ("Iraq and Oman hosted talks between the two sides": the
                // two states last named before, when no pair met.)
                pair_of_phrase(article, view, noun).or_else(|| view.is_any(noun, &["sides", "parties"]).then(|| last_two_countries(article, view, between_at)).flatten())
            }
        });
        if let Some((a, b)) = parties {
            // (A state hosts the talks of states: people stand for theirs.)
            let state_host = entity_kind(article, &host) == Some(EntityKind::Country);
            let (a, b) = if state_host { (affiliation_or_self(article, a), affiliation_or_self(article, b)) } else { (a, b) };
            let is_state = |e: usize| entity_kind_of(article, e) == Some(EntityKind::Country);
            let Some((a, b)) = (if state_host && !(is_state(a) && is_state(b)) { last_two_countries(article, view, between_at) } else { Some((a, b)) }) else { return false };
            for host in left_list(article, view, &host, PERSON_OR_ACTOR).into_iter().copied().collect::<Vec<_>>() {
                let host_entity = actor(article, &host);
                for party in [a, b] {
                    if party != host_entity {
                        emit(article, view, Some(&host), host_entity, party, i, RelationKind::Other, Some("hosted talks".to_owned()), 0.6);
                    }
                }
            }
            return true;
        }
    }
    // ("as host of the thirtieth Conference of the Parties (COP30)": a
    // long name the text defines by the acronym in brackets.)
    let bracketed = || {
        let open = (i + 1..(i + 20).min(view.len())).take_while(|&t| view.is_capitalised(t) || view.is_any(t, &["of", "the", "on", "for", "to", "and"]) || is_ordinal(view.lower(t)) || view.is_any(t, &["twenty", "thirty", "forty", "fifty"]) || view.is_punct(t, '-') || view.is_punct(t, '(')).find(|&t| view.is_punct(t, '('))?;
        view.mentions.iter().find(|m| m.first == open + 1 && view.is_punct(m.last + 1, ')') && entity_kind(article, m) == Some(EntityKind::Event)).copied()
    };
    let Some(event) = right(article, view, i, EVENT_OR_ORG).first().filter(|m| m.first <= reach).copied().copied().or_else(bracketed) else {
        return hosted_relative_rule(article, view, i);
    };
    if entity_kind(article, &event) == Some(EntityKind::Organization) && !view.is_any(i + 1, &["the", "a", "an", "this", "next"]) {
        return false;
    }
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return false };
    // "A will take over from B in December and host the summit": after
    // "and", a mention governed by a preposition is no subject; the
    // sentence's first actor is.
    // ("whose country withdrew from the CSTO in 2012 and hosted the SCO
    // summit": past an article.)
    const PREPOSITIONS: &[&str] = &["from", "to", "with", "of", "by", "for", "in", "on"];
    let governing = if view.is(subject.first.saturating_sub(1), "the") { subject.first.saturating_sub(2) } else { subject.first.saturating_sub(1) };
    let subject = if view.is(i.saturating_sub(1), "and")
        && view.is_any(governing, PREPOSITIONS)
        && let Some(first) = view.mentions.iter().filter(|m| m.last < subject.first && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR) && !view.is_any(m.first.saturating_sub(1), PREPOSITIONS)).min_by_key(|m| m.first)
    {
        *first
    } else if view.is(i.saturating_sub(1), "and")
        // ("whose country left the Eurasian Economic Union in 2015 and
        // hosted the CICA summit": the relative clause's subject.)
        && let Some(clause) = (subject.first.saturating_sub(12)..subject.first).rev().find(|&t| view.is_any(t, &["whose", "which", "who"]))
        && let Some(first) = view.mentions.iter().filter(|m| m.first > clause && m.last < subject.first && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first)
    {
        *first
    } else {
        subject
    };
    let subjects: Vec<Mention> = left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect();
    for subject in &subjects {
        emit(article, view, Some(subject), actor(article, subject), event.entity, i, RelationKind::Attends, Some("host".to_owned()), 0.7);
    }
    true
}

/// "France will co-host the summit with Costa Rica", "the One Ocean
/// Summit, which France will co-host with Costa Rica in Nice": both host
/// the event, together.
fn co_host_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(host) = left(article, view, i - 2, PERSON_OR_ACTOR).copied() else { return false };
    // ("France's co-hosting, with Costa Rica, of the third UN Ocean
    // Conference": the event after "of".)
    let of_at = (i + 1..(i + 8).min(view.len())).find(|&t| view.is(t, "of"));
    let event = right(article, view, i, &[EntityKind::Event])
        .first()
        .filter(|m| m.first <= i + 3 || of_at.is_some_and(|o| m.first <= o + 4))
        .copied()
        .or_else(|| view.mentions.iter().filter(|m| m.last < host.first && host.first - m.last <= 3 && eligible(article, m, &[EntityKind::Event])).max_by_key(|m| m.last))
        .copied();
    let partner = (i + 1..(i + 8).min(view.len()))
        .find(|&t| view.is(t, "with"))
        .and_then(|with_at| right(article, view, with_at, PERSON_OR_ACTOR).first().filter(|m| m.first <= with_at + 3).copied().copied());
    let host_entity = actor(article, &host);
    let mut hosts = vec![host_entity];
    if let Some(partner) = partner {
        let partner_entity = actor(article, &partner);
        emit(article, view, Some(&host), host_entity, partner_entity, i, RelationKind::CooperatesWith, Some("co-host".to_owned()), 0.6);
        hosts.push(partner_entity);
    }
    if let Some(event) = event {
        for h in hosts {
            emit(article, view, Some(&host), h, event.entity, i, RelationKind::Attends, Some("host".to_owned()), 0.7);
        }
    }
    true
}

/// "the Quad meeting, which India will host in New Delhi", "the summit
/// that India will host in New Delhi": the event is
/// the head of the relative clause, the host its subject, and a place
/// right after the verb is where the event is held.
fn hosted_relative_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // ", which India will host" or "that India will host".
    let Some(which) = (i.saturating_sub(8)..i).rev().find(|&t| view.is(t, "which") && t >= 2 && view.is_punct(t - 1, ',') || view.is(t, "that")) else {
        return false;
    };
    let head_end = if view.is_punct(which.saturating_sub(1), ',') { which.saturating_sub(2) } else { which.saturating_sub(1) };
    let Some(event) = view.mentions.iter().find(|m| m.last == head_end && eligible(article, m, &[EntityKind::Event])).copied() else {
        return false;
    };
    let Some(host) = view.mentions.iter().filter(|m| m.first > which && m.last < i && eligible(article, m, ACTOR)).min_by_key(|m| m.first).copied() else {
        return false;
    };
    emit(article, view, Some(&host), actor(article, &host), event.entity, i, RelationKind::Attends, Some("host".to_owned()), 0.7);
    if view.is(i + 1, "in")
        && let Some(place) = view.mentions.iter().find(|p| p.first == i + 2 && eligible(article, p, PLACE_LIKE))
    {
        let place = place.entity;
        article.relate(view, event.entity, place, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.7);
    }
    true
}

/// "Russian Foreign Minister Sergei Lavrov led Moscow's delegation (to the
/// summit)": the head of a delegation attends the event named after it, or
/// the one the text is about.
/// The "of" or "in" after a share written after `at` ("15% of", "half
/// of", "a 20 percent stake in", "a controlling stake in").
fn share_words_end(view: &SentenceView<'_>, at: usize) -> Option<usize> {
    const SHARE_WORDS: &[&str] = &["%", "percent", "per", "cent", "half", "a", "an", "majority", "minority", "controlling", "third", "quarter", "stake", "share", "equal", "bigger", "larger", "small", "big"];
    let mut t = at;
    while t < at + 6 && (view.is_any(t, SHARE_WORDS) || view.is_punct(t, '%') || view.word(t).bytes().all(|b| b.is_ascii_digit() || b == b'.') && !view.word(t).is_empty() || view.is_punct(t, '-')) {
        t += 1;
    }
    // ("owns 15% of", "holds half of", "a stake in": a share was named.)
    let named = (at..t).any(|k| view.is_any(k, &["%", "percent", "cent", "half", "majority", "minority", "third", "quarter", "stake", "share"]) || view.is_punct(k, '%'));
    (t > at && named && view.is_any(t, &["of", "in"])).then_some(t)
}

/// "Botswana owns 15% of De Beers and half of Debswana", "their bids for
/// a bigger stake in De Beers": the owner's stake in a company or body.
#[inline(never)]
fn stake_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let of = if view.is_any(i, &["stake", "stakes"]) { i + 1 } else if let Some(of) = share_words_end(view, i + 1) { of } else { return };
    let mut bodies: Vec<Mention> = view.mentions.iter().filter(|m| (m.first == of + 1 || m.first == of + 2 && view.is(of + 1, "the")) && eligible(article, m, &[EntityKind::Organization])).copied().take(1).collect();
    // "... and half of Debswana": a second share.
    if let Some(first) = bodies.first().copied()
        && view.is(first.last + 1, "and")
        && let Some(second_of) = share_words_end(view, first.last + 2)
        && let Some(second) = view.mentions.iter().find(|m| m.first == second_of + 1 && eligible(article, m, &[EntityKind::Organization])).copied()
    {
        bodies.push(second);
    }
    if bodies.is_empty() {
        return;
    }
    let verb = if view.is_any(i, &["stake", "stakes"]) { (i.saturating_sub(8)..i).rev().find(|&t| !view.is_any(t, &["a", "an", "the", "their", "its", "his", "her", "bigger", "larger", "controlling", "majority", "minority", "for", "of", "%", "percent", "per", "cent"]) && !view.is_punct(t, '%') && !view.word(t).bytes().all(|b| b.is_ascii_digit())).unwrap_or(i) } else { i };
    let Some(owner) = left(article, view, verb, ACTOR).copied() else { return };
    let owners: Vec<usize> = left_list(article, view, &owner, ACTOR).iter().map(|m| affiliation_or_self(article, actor(article, m))).collect();
    for body in bodies {
        for &owner in &owners {
            if owner != body.entity {
                emit(article, view, None, owner, body.entity, i, RelationKind::Other, Some("stake".to_owned()), 0.6);
            }
        }
    }
}

/// "The Treaty on ... is an arms control agreement under which Kazakhstan,
/// Kyrgyzstan, ... undertake not to ...": the states listed are its
/// parties.
#[inline(never)]
fn under_which_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let is_treaty = |m: &Mention| m.role == Role::Plain && article.entities.get(m.entity).is_some_and(EntityRecord::is_treaty);
    let Some(treaty) = view.mentions.iter().filter(|m| m.last < i && is_treaty(m)).min_by_key(|m| m.first).copied() else { return };
    let parties: Vec<usize> = near_list(right(article, view, i, &[EntityKind::Country]), i + 2).iter().map(|m| actor(article, m)).collect();
    if parties.len() < 2 {
        return;
    }
    for party in parties {
        emit(article, view, None, party, treaty.entity, i, RelationKind::MemberOf, Some("party".to_owned()), 0.7);
    }
}

/// Nouns of a state's institutions in a description ("the country's
/// parliament", "Mongolia's national carrier").
const STATE_BODY_NOUNS: &[&str] = &["parliament", "legislature", "senate", "carrier", "airline", "railway", "railways", "company", "bank", "agency", "broadcaster", "army", "navy", "police", "court"];

/// "the State Great Khural, the country's parliament", "Debswana,
/// Botswana's state diamond company": a body described as a state's is
/// part of it ("the country" is the state named last).
#[inline(never)]
fn state_body_apposition_rule(article: &mut Article<'_>, view: &SentenceView<'_>, comma: usize) {
    if !view.is_punct(comma, ',') {
        return;
    }
    // "Mongolia's national carrier, MIAT Mongolian Airlines": the name after.
    if view.is_any(comma.saturating_sub(1), STATE_BODY_NOUNS) {
        let owner_end = (comma.saturating_sub(4)..comma - 1).rev().find(|&t| view.is_possessive(t));
        if let Some(possessive) = owner_end
            && (possessive + 1..comma - 1).all(|t| view.is_any(t, &["national", "state", "flag", "state-owned", "main", "central"]))
            && let Some(state) = view.mentions.iter().find(|m| m.last + 1 == possessive && entity_kind(article, m) == Some(EntityKind::Country)).map(|m| actor(article, m))
            // ("MIAT Mongolian Airlines": past a word in capitals.)
            && let Some(body) = view.mentions.iter().find(|m| (m.first == comma + 1 || m.first == comma + 2 && view.is_capitalised(comma + 1)) && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).map(|m| m.entity)
            && body != state
        {
            article.relate(view, body, state, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
        }
        return;
    }
    let Some(body) = view.mentions.iter().find(|m| m.last + 1 == comma && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).copied() else { return };
    let (state, noun_at) = if view.is(comma + 1, "the") {
        let state = view.mentions.iter().filter(|m| m.last < body.first && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Country)).max_by_key(|m| m.last).map(|m| actor(article, m));
        (state.or_else(|| article.recent_entity(|e| e.kind == EntityKind::Country)), comma + 4)
    } else {
        (view.mentions.iter().find(|m| m.first == comma + 1 && m.last + 1 == comma + 2 && entity_kind(article, m) == Some(EntityKind::Country)).map(|m| actor(article, m)), comma + 3)
    };
    let Some(state) = state else { return };
    // The description's noun: a state's body, within three words.
    let institution = (noun_at..(noun_at + 3).min(view.len()))
        .take_while(|&t| !view.is_punct(t, ','))
        .any(|t| view.is_any(t, STATE_BODY_NOUNS));
    if institution && body.entity != state {
        article.relate(view, body.entity, state, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.6);
    }
}

/// "South Africa was not represented at the Windhoek talks": a party (or
/// not) of the event.
#[inline(never)]
fn represented_at_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && eligible(article, m, &[EntityKind::Event])).copied() else { return };
    let Some(party) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    emit(article, view, Some(&party), actor(article, &party), event.entity, i, RelationKind::Attends, None, 0.65);
}

fn led_delegation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(verb) = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["lead", "led", "leads", "leading", "head", "headed", "heads", "heading"])) else { return };
    // ("was led by X": the leader comes after.)
    let leader = if view.is(i + 1, "by") {
        right(article, view, i + 1, &[EntityKind::Person]).first().filter(|m| m.first <= i + 3).copied().copied()
    } else {
        left(article, view, verb, &[EntityKind::Person]).copied()
    };
    let Some(leader) = leader else { return };
    // "would lead a CARICOM delegation to London": the leader goes there.
    if view.is(i + 1, "to")
        && let Some(place) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && matches!(m.role, Role::Plain | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Place)).copied()
    {
        emit(article, view, Some(&leader), leader.entity, place.entity, i, RelationKind::Visits, None, 0.6);
        return;
    }
    let named = (i + 1..(i + 4).min(view.len()))
        .filter(|&t| view.is_any(t, &["to", "at"]))
        .find_map(|t| view.mentions.iter().find(|m| (m.first == t + 1 || m.first == t + 2 && view.is(t + 1, "the")) && eligible(article, m, &[EntityKind::Event])))
        .map(|m| m.entity);
    let Some(event) = named.or_else(|| article.recent_event()) else { return };
    emit(article, view, Some(&leader), leader.entity, event, i, RelationKind::Attends, Some("head of delegation".to_owned()), 0.55);
}

/// "The African Union suspended Gabon", "Niger was suspended from ECOWAS":
/// `other` labelled "suspended", from the organisation to the member.
fn suspension_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let (org, member) = if view.is_any(i + 1, &["from"]) || view.is(i, "suspension") && view.is(i + 1, "from") {
        let Some(org) = right(article, view, i + 1, &[EntityKind::Organization]).first().filter(|m| m.first <= i + 3).copied().copied() else { return };
        let member = if view.is(i, "suspension") && i >= 2 && view.is_possessive(i - 1) {
            view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, &[EntityKind::Country])).copied()
        } else {
            left(article, view, i, &[EntityKind::Country]).copied()
        };
        let Some(member) = member else { return };
        (org, member)
    } else if view.is_any(i.saturating_sub(1), &["was", "were", "been"]) {
        // "Belarus ... was suspended at the same time": by the body that
        // suspended the last member.
        let Some(member) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
        let Some(org_entity) = article.relations.iter().rev().find(|r| r.kind == RelationKind::Other && r.label.as_deref() == Some("suspended")).map(|r| r.subject) else { return };
        let member_entity = actor(article, &member);
        if org_entity != member_entity {
            emit(article, view, Some(&member), org_entity, member_entity, i, RelationKind::Other, Some("suspended".to_owned()), 0.6);
            article.relate(view, member_entity, org_entity, RelationKind::MemberOf, Some("suspended".to_owned()), true, Modality::Asserted, nearest_date(view, i), 0.6);
        }
        return;
    } else {
        // "suspended Mali in 2021, Guinea in 2021 and Niger in 2023": each.
        let members: Vec<Mention> = near_list(right(article, view, i, &[EntityKind::Country]), i + 2).into_iter().take(8).copied().collect();
        let Some(org) = left(article, view, i, &[EntityKind::Organization]).copied() else { return };
        let org_entity = actor(article, &org);
        for member in members {
            let member_entity = actor(article, &member);
            if org_entity != member_entity {
                emit(article, view, Some(&org), org_entity, member_entity, i, RelationKind::Other, Some("suspended".to_owned()), 0.65);
            }
        }
        return;
    };
    // "Mali, Burkina Faso and Guinea remain suspended from the AU": each.
    let org_entity = actor(article, &org);
    for member in left_list(article, view, &member, &[EntityKind::Country]).into_iter().copied().collect::<Vec<_>>() {
        let member_entity = actor(article, &member);
        if org_entity != member_entity {
            emit(article, view, Some(&org), org_entity, member_entity, i, RelationKind::Other, Some("suspended".to_owned()), 0.65);
        }
    }
}

/// "Mali withdrew from ECOWAS", "Britain left the European Union", "would
/// quit the bloc": membership, negated, labelled "quit".
fn withdrawal_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i);
    // "Trump withdrew the United States from the TPP": the leader takes
    // the state out of the body or pact.
    if matches!(w, "withdrew" | "withdraw" | "withdraws" | "withdrawing" | "pulled")
        && let Some(state) = view.mentions.iter().find(|m| (m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) && entity_kind(article, m) == Some(EntityKind::Country)).copied()
        && view.is_any(state.last + 1 + usize::from(view.is(state.last + 1, "out")), &["from", "of"])
        && let Some(body) = right(article, view, state.last + 1, &[EntityKind::Organization]).first().filter(|m| m.first <= state.last + 4).copied().copied()
    {
        let modality = modality(view, i.saturating_sub(12), i);
        article.relate(view, state.entity, body.entity, RelationKind::MemberOf, Some("quit".to_owned()), true, modality, nearest_date(view, i), 0.6);
        return;
    }
    // ("withdrawing with immediate effect from the Committee".)
    let from_later = (i + 2..=i + 4).find(|&t| view.is(t, "from") && (i + 1..t).all(|u| view.word(u).chars().all(char::is_lowercase) && !view.is_any(u, &["and", "to", "that"])));
    let after = if view.is_any(i + 1, &["from", "of"]) { i + 1 } else { from_later.unwrap_or(i) };
    // "after Australia withdrew under Prime Minister X": leaving the body
    // the text is about.
    let bare_withdrawal = after == i && matches!(w, "withdrew" | "withdraws" | "withdraw") && (view.is_any(i + 1, &["under", "in", "after", "when", "amid"]) || view.is_punct(i + 1, ',') || view.is_punct(i + 1, '.'));
    if bare_withdrawal {
        // ("the Council of the Baltic Sea States (CBSS), of which A and B
        // are members and from which Russia withdrew": the clause's body.)
        let antecedent = (i.saturating_sub(8)..i)
            .find(|&t| view.is(t, "which") && t >= 1 && view.is(t - 1, "from"))
            .and_then(|which| view.mentions.iter().filter(|m| m.last + 1 < which && (view.is_punct(m.last + 1, ',') || view.is_punct(m.last + 1, '(')) && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last))
            .map(|m| m.entity);
        let Some(org) = antecedent.or_else(|| article.bloc_in_focus(view)) else { return };
        let Some(member) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
        let member_entity = actor(article, &member);
        article.relate(view, member_entity, org, RelationKind::MemberOf, Some("quit".to_owned()), true, Modality::Asserted, nearest_date(view, i), 0.55);
        return;
    }
    if after == i && matches!(w, "withdrawal" | "withdraw" | "withdrew" | "withdraws" | "withdrawing" | "exit") {
        return;
    }
    let org = right(article, view, after, &[EntityKind::Organization])
        .first()
        .filter(|m| m.first <= after + 2)
        .copied()
        .copied()
        .filter(|m| article.entities.get(m.entity).is_some_and(|e| matches!(e.org_type, super::gazetteer::OrgType::Bloc | super::gazetteer::OrgType::Alliance | super::gazetteer::OrgType::Organization | super::gazetteer::OrgType::Court)));
    let org = match org {
        Some(org) => org.entity,
        // "quit the bloc", "leave the alliance": the bloc the text is about.
        None if view.is_any(after + 1, &["the"]) && view.is_any(after + 2, &["bloc", "alliance", "union", "group", "organisation", "organization"]) => {
            let Some(bloc) = article.recent_bloc() else { return };
            bloc
        }
        // "... the Gulf Monetary Union and the United Arab Emirates withdrew
        // from it": the body or pact named before in the sentence.
        None if after > i && view.is(after + 1, "it") => {
            let Some(named) = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).max_by_key(|m| m.last) else { return };
            named.entity
        }
        None => return,
    };
    let subject = if matches!(w, "withdrawal" | "exit") && i >= 2 && view.is_possessive(i - 1) {
        view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, &[EntityKind::Country])).copied()
    } else {
        left(article, view, i, &[EntityKind::Country]).copied()
    };
    let Some(subject) = subject else { return };
    let subjects: Vec<Mention> = left_list(article, view, &subject, &[EntityKind::Country]).into_iter().copied().collect();
    for subject in &subjects {
        let member = actor(article, subject);
        if member == org {
            continue;
        }
        let from = subject.last + 1;
        let modality = modality(view, from.max(i.saturating_sub(12)), i);
        // ("has not left the regional body", "never withdrew", "had no
        // plans to leave ECOWAS", "no intention of leaving": still in.)
        let stayed = (i.saturating_sub(2)..i).any(|t| view.is_any(t, &["not", "never"]))
            || i >= 3 && view.is_any(i - 1, &["to", "of"]) && view.is_any(i - 2, &["plans", "plan", "intention", "intentions"]) && view.is(i - 3, "no");
        let (label, modality) = if stayed { ("has not left", Modality::Asserted) } else { ("quit", modality) };
        article.relate(view, member, org, RelationKind::MemberOf, Some(label.to_owned()), !stayed, modality, nearest_date(view, i), 0.65);
    }
}

/// "admitted the African Union as a permanent member of the group",
/// "welcomed Sweden as its 32nd member": the object of the verb joins the
/// organisation named after "member of", else the subject organisation,
/// else the bloc the text is about. Returns whether it applied.
/// "Afghanistan's admission was approved", "the admission of Timor-Leste
/// to ASEAN": the newcomer is a member of the organisation named after
/// "to", else of the bloc the text is about.
fn admission_noun_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let newcomer = if i >= 2 && view.is_possessive(i - 1) {
        view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, ACTOR)).copied()
    } else if view.is(i + 1, "of") {
        right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied()
    } else {
        None
    };
    let Some(newcomer) = newcomer else { return };
    let to_at = (i + 1..=i + 5).find(|&t| view.is(t, "to"));
    let named = to_at.and_then(|t| right(article, view, t, &[EntityKind::Organization]).first().filter(|m| m.first <= t + 2).map(|m| m.entity));
    let Some(org) = named.or_else(|| article.recent_bloc()) else { return };
    let member = actor(article, &newcomer);
    if member != org {
        emit(article, view, Some(&newcomer), member, org, i, RelationKind::MemberOf, None, 0.65);
    }
}

fn admission_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(newcomer) = right(article, view, i, ACTOR).first().filter(|m| m.first <= i + 2).copied().copied() else {
        return false;
    };
    // "The East African Community admitted Somalia": the organisation
    // acting.
    let admitting = view.mentions.iter().filter(|m| m.last < i && i - m.last <= 3 && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last).copied();
    if view.is_any(i, &["admitted", "admits", "admit"])
        && let Some(org) = admitting.filter(|m| (m.last + 1..i).all(|t| view.is_any(t, &["has", "have", "formally", "officially", "also", "will", "would"])))
    {
        let member = actor(article, &newcomer);
        if member != org.entity {
            emit(article, view, Some(&org), member, org.entity, i, RelationKind::MemberOf, None, 0.7);
        }
        return true;
    }
    let Some(as_at) = (newcomer.last + 1..=newcomer.last + 2).find(|&t| view.is(t, "as")) else {
        return false;
    };
    let Some(member_at) = (as_at + 1..=as_at + 5).find(|&t| view.is_any(t, &["member", "members", "state"])) else {
        return false;
    };
    let named = if view.is(member_at + 1, "of") {
        right(article, view, member_at + 1, &[EntityKind::Organization]).first().filter(|m| m.first <= member_at + 3).map(|m| m.entity)
    } else {
        None
    };
    let org = named
        .or_else(|| left(article, view, i, &[EntityKind::Organization]).map(|m| m.entity))
        .or_else(|| article.recent_bloc());
    let Some(org) = org else { return false };
    let member = actor(article, &newcomer);
    if member != org {
        emit(article, view, None, member, org, i, RelationKind::MemberOf, None, 0.7);
    }
    true
}

/// "AUKUS is a trilateral security partnership between Australia, the
/// United Kingdom and the United States", "the Quad, an alliance of ...":
/// each state listed is a member of the organisation the sentence defines.
/// Returns whether it applied.
fn definition_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    if !view.is_any(i + 1, &["between", "of", "comprising", "linking"]) {
        return false;
    }
    let Some(org) = view
        .mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 8 && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization))
        // ("The Melanesian Spearhead Group (MSG) is": past its acronym.)
        .filter(|m| view.is_any(m.last + 1, &["is", "was", "remains", ","]) || view.is_punct(m.last + 1, '(') && view.is_punct(m.last + 3, ')') && view.is_any(m.last + 4, &["is", "was", "remains", ","]))
        // ("The Quadrilateral Security Dialogue, commonly known as the Quad,
        // is": other names of the same body may stand between.)
        .filter(|m| !view.mentions.iter().any(|x| x.first > m.last && x.first < i && x.entity != m.entity))
        .max_by_key(|m| m.last)
    else {
        return false;
    };
    let org = org.entity;
    // ("an intergovernmental organisation of four Melanesian states — Fiji,
    // ...": a count and a noun before the list.)
    let from = (i + 2..=i + 5)
        .find(|&t| view.is_any(t, &["states", "countries", "nations"]) && (view.is_punct(t + 1, ':') || view.is_punct(t + 1, '-') || view.is_punct(t + 1, ',')))
        .map_or(i + 1, |noun| noun + 1);
    let members = right(article, view, from, &[EntityKind::Country]);
    if members.len() < 2 || members.first().is_none_or(|m| m.first > from + 3) {
        return false;
    }
    let date = nearest_date(view, i);
    for member in members.iter().take(12) {
        article.relate(view, member.entity, org, RelationKind::MemberOf, None, false, Modality::Asserted, date, 0.75);
    }
    true
}

/// "Yoon, who was invited to the summit as a guest along with leaders from
/// India, Brazil and Australia": the invited guests attend the event, as
/// planned. Returns whether an event followed.
fn invited_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(event) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3) && eligible(article, m, &[EntityKind::Event])).copied() else {
        return false;
    };
    let mut guests: Vec<Mention> = Vec::new();
    // ("China and the United States were not invited to the meeting":
    // each of a list, and not invited.)
    if let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() {
        guests.extend(left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied());
    }
    let negated = (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["not", "never"]));
    // "along with leaders from A, B and C"
    if let Some(from) = (event.last + 1..(event.last + 10).min(view.len())).find(|&t| view.is(t, "along") && view.is(t + 1, "with")) {
        let start = (from + 2..(from + 5).min(view.len())).find(|&t| view.is_any(t, &["from", "of"])).unwrap_or(from + 1);
        guests.extend(near_list(right(article, view, start, PERSON_OR_ACTOR), start + 2).into_iter().copied());
    }
    let label = (event.last + 1..(event.last + 4).min(view.len())).any(|t| view.is(t, "guest")).then(|| "guest".to_owned());
    let object = event.entity;
    for guest in &guests {
        let guest_entity = actor(article, guest);
        if guest_entity != object {
            article.relate(view, guest_entity, object, RelationKind::Attends, label.clone(), negated, Modality::Planned, nearest_date(view, i), 0.7);
        }
    }
    true
}

/// "Modi invited President Macron to the AI Impact Summit ... and to pay a
/// state visit to India": the guest will attend the event and visit the
/// place.
fn invitation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "thanked President Mirziyoyev ... and invited him to visit Korea":
    // the other person the sentence named.
    if view.is_any(i + 1, &["him", "her"]) && view.is(i + 2, "to") {
        let people: Vec<usize> = view.mentions.iter().filter(|m| m.last < i && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Person)).map(|m| m.entity).collect();
        if let [first, .., last] = people.as_slice()
            && first != last
        {
            invited_to(article, view, *last, i + 1, i);
        }
        return;
    }
    // The guest, maybe after title words ("invited President Macron").
    let Some(guest) = view.mentions.iter().find(|m| m.first > i && m.first <= i + 4 && (i + 1..m.first).all(|t| view.is_capitalised(t)) && eligible(article, m, PERSON_OR_ACTOR)).copied() else {
        return;
    };
    if !view.is(guest.last + 1, "to") {
        // "Japan also invited Chile, the Netherlands and Vietnam, as well as
        // Thailand as chair of ASEAN": guests of the event the text is
        // about, when the sentence goes nowhere else.
        let list = right(article, view, i, ACTOR);
        let invited_states = list.iter().all(|m| entity_kind(article, m) == Some(EntityKind::Country));
        let goes_on = (guest.last + 1..view.len()).any(|t| view.is_any(t, &["to", "for"]) && !view.is(t.saturating_sub(1), "chair"));
        if invited_states
            && list.len() >= 2
            && !goes_on
            && view.is_any(i, &["invited"])
            && let Some(event) = article.recent_event()
        {
            let mut guests: Vec<usize> = list.iter().map(|m| m.entity).collect();
            // (", as well as Thailand ...": the list goes on.)
            if let Some(well) = (guest.last + 1..view.len()).find(|&t| view.is(t, "well") && view.is(t - 1, "as") && view.is(t + 1, "as")) {
                guests.extend(right(article, view, well + 1, &[EntityKind::Country]).iter().filter(|m| m.first <= well + 3).map(|m| m.entity));
            }
            for guest in guests {
                article.relate(view, guest, event, RelationKind::Attends, Some("guest".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
            }
        }
        return;
    }
    let guest_entity = actor(article, &guest);
    invited_to(article, view, guest_entity, guest.last, i);
}

/// "Rabuka accepted an invitation from Prime Minister Marape to visit Papua
/// New Guinea": the one who accepted is the guest; the host after "from"
/// only sent it. "conveyed an invitation from X to President Lula to make
/// a state visit": the guest follows "to".
#[inline(never)]
fn invitation_from_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // (", K. P. Sharma Oli, to President Dissanayake to": past the host.)
    let named_guest = (i + 3..(i + 16).min(view.len()))
        .filter(|&to| view.is(to, "to"))
        .find_map(|to| view.mentions.iter().find(|m| m.first > to && m.first <= to + 4 && (to + 1..m.first).all(|t| view.is_capitalised(t)) && view.is(m.last + 1, "to") && eligible(article, m, PERSON_OR_ACTOR)))
        .copied();
    let (guest, guest_last) = match named_guest {
        Some(guest) => (actor(article, &guest), guest.last),
        None if i >= 2 && view.is_any(i - 2, &["accepted", "accepts", "accept", "accepting"]) => {
            let Some(host) = view.mentions.iter().find(|m| m.first > i + 1 && m.first <= i + 5 && (i + 2..m.first).all(|t| view.is_capitalised(t) || view.is(t, "the"))).copied() else { return };
            let Some(guest) = left(article, view, i - 2, PERSON_OR_ACTOR).copied() else { return };
            if !view.is(host.last + 1, "to") {
                return;
            }
            (actor(article, &guest), host.last)
        }
        None => return,
    };
    invited_to(article, view, guest, guest_last, i);
}

/// The event or place a guest named up to token `guest_last` is invited to
/// by the verb at `i`.
fn invited_to(article: &mut Article<'_>, view: &SentenceView<'_>, guest_entity: usize, guest_last: usize, i: usize) {
    let date = nearest_date(view, i);
    if let Some(event) = view.mentions.iter().find(|m| (guest_last + 2..=guest_last + 3).contains(&m.first) && eligible(article, m, &[EntityKind::Event])) {
        article.relate(view, guest_entity, event.entity, RelationKind::Attends, None, false, Modality::Planned, date, 0.7);
    }
    // "... and to pay a state visit to India", "to visit Beijing".
    if let Some(visit) = (guest_last + 1..view.len()).find(|&t| view.is_any(t, &["visit", "travel"]) && (t.saturating_sub(4)..t).any(|u| view.is(u, "to")))
        && let Some(place) = right(article, view, visit + usize::from(view.is(visit + 1, "to")), PLACE_LIKE).first().filter(|p| p.first <= visit + 3).copied()
    {
        article.relate(view, guest_entity, place.entity, RelationKind::Visits, None, false, Modality::Planned, date, 0.65);
        // ("to visit Papua New Guinea in 2026, including the Autonomous
        // Region of Bougainville": that part of the trip too.)
        if let Some(including) = (place.last + 1..(place.last + 6).min(view.len())).find(|&t| view.is(t, "including") && view.is_punct(t - 1, ','))
            && let Some(part) = right(article, view, including, PLACE_LIKE).first().filter(|p| p.first <= including + 6 && (including + 1..p.first).all(|t| view.is_capitalised(t) || view.is_any(t, &["the", "of"]))).copied()
        {
            article.relate(view, guest_entity, part.entity, RelationKind::Visits, None, false, Modality::Planned, date, 0.6);
        }
    }
}

/// "On the first day of their summit in Hiroshima, the leaders of the United
/// States, Japan and Germany demanded ...": the states whose leaders are
/// listed attend the event the sentence names.
/// "the leaders of A, B and C signed the SAARC Charter", "A and B signed
/// the ASEAN Charter": signing an organisation's founding text makes the
/// signing states members.
fn charter_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(org) = view.mentions.iter().find(|m| m.last + 1 == i && eligible(article, m, &[EntityKind::Organization])).copied() else {
        return;
    };
    let the = if view.is(org.first.saturating_sub(1), "the") { org.first - 1 } else { org.first };
    let Some(verb) = the.checked_sub(1).filter(|&v| view.is_any(v, &["signed", "signing", "signs", "sign", "ratified", "ratify", "adopted"])) else {
        return;
    };
    // The states before the verb: "the leaders of A, B and C" or "A and B".
    let Some(last_state) = view.mentions.iter().filter(|m| m.last < verb && verb - m.last <= 3 && eligible(article, m, &[EntityKind::Country])).max_by_key(|m| m.last) else {
        return;
    };
    let states: Vec<usize> = left_list(article, view, last_state, &[EntityKind::Country]).iter().map(|m| actor(article, m)).collect();
    for state in states {
        emit(article, view, None, state, org.entity, i, RelationKind::MemberOf, None, 0.7);
    }
}

fn leaders_at_event_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "The leaders of Bolivia, Honduras and Guatemala also stayed away":
    // with no event named, the one the text is about, when the sentence
    // speaks of attending.
    const ATTENDING: &[&str] = &["attended", "attend", "attending", "joined", "gathered", "arrived", "stayed", "skipped", "boycotted", "absent", "missed", "present", "took"];
    const ABSENT: &[&str] = &["stayed", "skipped", "boycotted", "absent", "missed"];
    let event = view.mentions.iter().filter(|m| eligible(article, m, &[EntityKind::Event])).min_by_key(|m| m.first.abs_diff(i)).map(|m| m.entity);
    let event = event.or_else(|| (i + 1..view.len()).any(|t| view.is_any(t, ATTENDING)).then(|| article.recent_event()).flatten());
    let Some(event) = event else {
        return;
    };
    let states = near_list(right(article, view, i + 1, &[EntityKind::Country]), i + 3);
    if states.len() < 2 {
        return;
    }
    let absent = (i + 1..view.len()).any(|t| view.is_any(t, ABSENT)) || negated(view, i, view.len());
    for state in &states {
        article.relate(view, actor(article, state), event, RelationKind::Attends, None, absent, Modality::Asserted, nearest_date(view, i), 0.7);
    }
}

/// "Iraq and Kuwait backed the Saudi position", "U.S. support for the
/// Philippines": the backer cooperates with the state or body it backs,
/// named right after the verb (a position, a plan, a resolution of a body
/// further on is no partner).
fn support_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "The ULMWP applied for full membership with the backing of Vanuatu
    // and the FLNKS": each backer works with the subject.
    if view.is_any(i, &["backing", "support"]) && i >= 2 && view.is(i - 1, "the") && view.is(i - 2, "with") && view.is(i + 1, "of") {
        let backers = right(article, view, i + 1, ACTOR);
        let near = backers.first().is_some_and(|m| m.first <= i + 3);
        // ("an African Union force known as ATMIS": the force by its name.)
        let backers: Vec<&Mention> = match backers.first() {
            Some(first) if view.is(first.last + 2, "known") && view.is(first.last + 3, "as") => {
                view.mentions.iter().filter(|m| m.first == first.last + 4 && eligible(article, m, ACTOR)).chain(backers.iter().skip(1).copied()).collect()
            }
            _ => backers,
        };
        // ("Somalia is fighting al Shabaab, an insurgent group ..., with the
        // support of": the sentence's subject, past an appositive.)
        let opening = view.mentions.iter().find(|m| m.first <= 1 && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)).copied();
        let appositive = (i.saturating_sub(16)..i - 2).any(|t| view.is_punct(t, ',') && view.is_any(t + 1, &["a", "an"]));
        if let Some(subject) = opening.filter(|_| appositive).or_else(|| left(article, view, i - 2, PERSON_OR_ACTOR).copied())
            && near
        {
            let a = actor(article, &subject);
            for backer in backers.into_iter().take(4).copied().collect::<Vec<_>>() {
                let b = actor(article, &backer);
                if a != b {
                    emit(article, view, Some(&backer), b, a, i, RelationKind::CooperatesWith, Some("backing".to_owned()), 0.6);
                }
            }
        }
        return;
    }
    if view.is(i, "support") && view.is(i + 1, "for") {
        // "Washington's unconditional support for Israel": adjectives
        // between the backer and the noun.
        let mut before = i;
        while before >= 2 && before + 3 > i && view.word(before - 1).chars().all(char::is_lowercase) && !view.is_possessive(before - 1) && !view.is_any(before - 1, &["the", "a", "an", "and", "of", "for", "to", "in", "with"]) {
            before -= 1;
        }
        // ("Uganda, which has deployed troops to Juba, expressed support
        // for ...": the subject of the verb before.)
        let expressed = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["expressed", "expresses", "reaffirmed", "reaffirms", "voiced", "pledged", "offered", "declared", "reiterated"]));
        let Some(backer) = view
            .mentions
            .iter()
            .find(|m| (m.last + 1 == before || m.last + 2 == before && view.is_possessive(before - 1)) && eligible(article, m, ACTOR))
            // (Only when the verb's subject is that actor, or a clause about
            // it closes right before the verb; not "members expressed".)
            .or_else(|| expressed.and_then(|verb| left(article, view, verb, ACTOR).filter(|m| m.last + 1 == verb || view.is_punct(verb.saturating_sub(1), ','))))
            .copied()
        else {
            // "Both ministers expressed support for SICA": each of the pair,
            // for the state they serve.
            if let Some(verb) = expressed
                && let Some((a, b)) = pair_as_subject(article, view, verb, None)
                && let Some(backed) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied()
            {
                let backed_entity = actor(article, &backed);
                // (Support for a body is a stance toward it, not work with it.)
                let kind = if entity_kind(article, &backed) == Some(EntityKind::Organization) { RelationKind::Other } else { RelationKind::CooperatesWith };
                for side in [a, b].map(|s| affiliation_or_self(article, s)) {
                    if side != backed_entity {
                        emit(article, view, None, side, backed_entity, i, kind, Some("support".to_owned()), 0.6);
                    }
                }
            }
            return;
        };
        let Some(backed) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied() else {
            return;
        };
        let b = actor(article, &backed);
        // "They reaffirmed their full support for UNRWA": each of a group.
        for backer in left_list(article, view, &backer, ACTOR).into_iter().copied().collect::<Vec<_>>() {
            let a = actor(article, &backer);
            if a != b {
                emit(article, view, Some(&backer), a, b, i, RelationKind::CooperatesWith, Some("support".to_owned()), 0.65);
            }
        }
        return;
    }
    // "support" is a verb only after "to" or a modal ("would continue to
    // support Taiwan").
    if view.is(i, "support") && !view.is_any(i.saturating_sub(1), &["to", "will", "would", "must", "should", "fully", "strongly", "firmly"]) || view.is(i + 1, "by") {
        return;
    }
    let Some(backed) = right(article, view, i, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied() else {
        return;
    };
    // ("would continue to support", "has pledged to back": a verb chain.)
    let chain = |m: &Mention| i - m.last <= 6 && (m.last + 1..i).all(|t| view.is_any(t, &["would", "will", "continue", "continues", "continued", "to", "keep", "pledged", "vowed", "promised", "has", "have", "had", "also", "fully", "strongly", "firmly", "not"]));
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).filter(|m| i - m.last <= 3 || chain(m) || said_pronoun(view, i).is_some()).copied() else {
        return;
    };
    let mut backers: Vec<Mention> = left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect();
    if let Some(other) = coordinated_before(article, view, &subject, PERSON_OR_ACTOR) {
        backers.push(*other);
    }
    let b = actor(article, &backed);
    // Backing "the Brazilian proposal" is support for one act, not a
    // partnership.
    // ("Morocco's autonomy plan": over the possessive and a modifier.)
    const ACTS: &[&str] = &["proposal", "plan", "bid", "initiative", "draft", "resolution", "candidacy"];
    let act = (backed.last + 1..=backed.last + 3).take_while(|&t| !view.is_punct(t, ',')).map(|t| view.lower(t)).find(|w| ACTS.contains(w)).unwrap_or_default().to_owned();
    let (kind, label) = if ACTS.contains(&act.as_str()) {
        (RelationKind::Other, format!("backed {act}"))
    } else {
        (RelationKind::CooperatesWith, "support".to_owned())
    };
    for backer in &backers {
        let a = affiliation_or_self(article, actor(article, backer));
        if a != b {
            emit(article, view, Some(&subject), a, b, i, kind, Some(label.clone()), 0.65);
        }
    }
}

/// "will address a special session of the National Assembly of Angola",
/// "addressed a joint session of Congress": the speaker, the sentence's
/// first person (verbs in a series share it), attends the body.
fn address_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut j = i + 1;
    while j <= i + 6 && (view.is_any(j, &["a", "an", "the", "special", "joint", "plenary", "emergency", "session", "sitting", "meeting", "of"]) || view.is_punct(j, '-')) {
        j += 1;
    }
    // "the Council" is itself a mention that starts with "the".
    let Some(body) = view.mentions.iter().find(|m| m.first > i && m.first <= j && m.last >= j && eligible(article, m, &[EntityKind::Organization, EntityKind::Event])).copied() else {
        return;
    };
    // "Briefing the Council, Rosemary DiCarlo ... said": the speaker comes
    // after an opening participle.
    let speaker = view
        .mentions
        .iter()
        .filter(|m| m.last < i && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person]))
        .min_by_key(|m| m.first)
        .or_else(|| (i == 0).then(|| view.mentions.iter().filter(|m| m.first > body.last && m.role == Role::Plain && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first)).flatten())
        .copied();
    let Some(speaker) = speaker else {
        return;
    };
    emit(article, view, Some(&speaker), speaker.entity, body.entity, i, RelationKind::Attends, Some("address".to_owned()), 0.65);
}

/// "EAM co-chaired the Joint Commission with Foreign Minister Vieira": both
/// chairs attend the meeting, and they meet.
fn co_chair_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // The verb may be written as three tokens, "co", "-", "chaired".
    let verb_first = if view.is_punct(i.saturating_sub(1), '-') { i.saturating_sub(2) } else { i };
    // "a session of the Joint Permanent Commission, co-chaired by Minister
    // Haimbe and Minister António": the chairs, after "by", attend what
    // was just named, and meet.
    if view.is(i + 1, "by") {
        let Some(meeting) = view.mentions.iter().filter(|m| m.last < verb_first && m.last + 10 >= verb_first && eligible(article, m, &[EntityKind::Event, EntityKind::Organization])).max_by_key(|m| m.last).copied() else {
            return;
        };
        // (Each chair may come with a title: "and Angola's Minister of
        // External Relations, Téte António".)
        let end = (i + 2..(i + 18).min(view.len())).find(|&t| view.is_any(t, &["who", "which", "while", "after", "before"]) || view.is_punct(t, ';')).unwrap_or(view.len());
        let mut chairs: Vec<usize> = Vec::new();
        // ("co-chaired by the United Nations, the European Union and the
        // OSCE": bodies or states chair too.)
        for m in view.mentions.iter().filter(|m| m.first > i + 1 && m.last < end && m.entity != meeting.entity && m.role == Role::Plain && eligible(article, m, PERSON_OR_ACTOR)) {
            if !chairs.contains(&m.entity) {
                chairs.push(m.entity);
            }
        }
        for &chair in &chairs {
            emit(article, view, None, chair, meeting.entity, i, RelationKind::Attends, Some("co-chaired".to_owned()), 0.65);
        }
        let people: Vec<usize> = chairs.iter().copied().filter(|&p| entity_kind_of(article, p) == Some(EntityKind::Person)).collect();
        if let [a, b] = people[..] {
            emit(article, view, None, a, b, i, RelationKind::Meets, None, 0.6);
        }
        return;
    }
    let Some(with_at) = (i + 1..(i + 14).min(view.len())).find(|&t| view.is(t, "with")) else {
        // "The two leaders ... after co-chairing the meeting of the
        // Council", "A and B co-chaired the talks": every chair attends.
        let Some(meeting) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 10 && eligible(article, m, &[EntityKind::Event, EntityKind::Organization])).min_by_key(|m| m.first).copied() else {
            return;
        };
        let pair = view.pair_phrases.iter().filter(|(_, last)| *last < verb_first).max_by_key(|(_, last)| *last).and_then(|&(_, last)| pair_of_phrase(article, view, last));
        let chairs: Vec<usize> = match pair {
            Some((a, b)) => vec![a, b],
            None => match left(article, view, verb_first, &[EntityKind::Person, EntityKind::Country]) {
                Some(chair) => left_list(article, view, chair, &[EntityKind::Person, EntityKind::Country]).iter().map(|m| actor(article, m)).collect(),
                None => Vec::new(),
            },
        };
        for &chair in &chairs {
            emit(article, view, None, chair, meeting.entity, i, RelationKind::Attends, Some("co-chaired".to_owned()), 0.65);
        }
        // Two leaders chairing together meet.
        if let [a, b] = chairs[..]
            && [a, b].iter().all(|&p| entity_kind_of(article, p) == Some(EntityKind::Person))
        {
            emit(article, view, None, a, b, i, RelationKind::Meets, None, 0.6);
        }
        return;
    };
    let Some(chair) = left(article, view, verb_first, &[EntityKind::Person]).copied() else {
        return;
    };
    let meeting = view.mentions.iter().filter(|m| m.first > i && m.last < with_at && eligible(article, m, &[EntityKind::Event, EntityKind::Organization])).max_by_key(|m| m.last - m.first).map(|m| m.entity);
    let partner = right(article, view, with_at, &[EntityKind::Person]).first().filter(|m| m.first <= with_at + 4).map(|m| m.entity);
    let label = Some("co-chaired".to_owned());
    if let Some(meeting) = meeting {
        emit(article, view, Some(&chair), chair.entity, meeting, i, RelationKind::Attends, label.clone(), 0.7);
        if let Some(partner) = partner {
            emit(article, view, Some(&chair), partner, meeting, i, RelationKind::Attends, label, 0.65);
        }
    }
    if let Some(partner) = partner.filter(|&p| p != chair.entity) {
        emit(article, view, Some(&chair), chair.entity, partner, i, RelationKind::Meets, None, 0.7);
    }
}

/// "Defence Minister Richard Marles and his Indonesian counterpart Prabowo
/// Subianto signed ...": two people acting together with their
/// counterparts meet.
fn counterpart_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(and) = (i.saturating_sub(4)..i).rev().find(|&t| view.is(t, "and")) else {
        return;
    };
    if !view.is_any(and + 1, &["his", "her", "their"]) {
        return;
    }
    let Some(first) = view.mentions.iter().find(|m| m.last + 1 == and && eligible(article, m, &[EntityKind::Person])).copied() else {
        return;
    };
    let Some(second) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 4 && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied() else {
        return;
    };
    emit(article, view, Some(&first), first.entity, second.entity, i, RelationKind::Meets, None, 0.6);
    article.last_pair = Some((first.entity, second.entity));
}

/// "He denied meeting officers of the People's Liberation Army": a meeting
/// the subject says did not happen, with the party or the body whose
/// people were named.
fn denied_meeting_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut at = i + 1;
    if view.is_any(at, &["officers", "officials", "members", "representatives", "envoys", "leaders", "anyone", "any"]) && view.is(at + 1, "of") || view.is(at, "anyone") && view.is(at + 1, "from") {
        at += 2;
    }
    let Some(object) = right(article, view, at.saturating_sub(1), PERSON_OR_ACTOR).first().filter(|m| m.first <= at + 1 || m.first <= at + 4 && (at..m.first).all(|t| view.is_capitalised(t))).copied().copied() else { return };
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    if subject.entity != object.entity {
        article.relate(view, subject.entity, actor(article, &object), RelationKind::Meets, None, true, Modality::Asserted, nearest_date(view, i), 0.6);
    }
    // "... had met Sergei Lavrov in Moscow": nor went there (unless it is
    // the person's own state's).
    if view.is(object.last + 1, "in")
        && let Some(place) = view.mentions.iter().find(|m| m.first == object.last + 2 && (m.role == Role::Capital || eligible(article, m, &[EntityKind::Place])))
        && entity_kind(article, &subject) == Some(EntityKind::Person)
    {
        let home = article.entities.get(subject.entity).and_then(|e| e.affiliation);
        if home.is_none() || home != article.entities.get(place.entity).and_then(|e| e.affiliation) {
            article.relate(view, subject.entity, place.entity, RelationKind::Visits, None, true, Modality::Asserted, nearest_date(view, i), 0.5);
        }
    }
}

/// "Argentina, Slovakia and the United Kingdom contribute the largest
/// contingents": each contributes to the peacekeeping body the text last
/// named (a force, mission or operation).
fn contingents_rule(article: &mut Article<'_>, view: &SentenceView<'_>, verb: usize, noun: usize) {
    // "the troops of the Force Intervention Brigade": the force named;
    // otherwise the mission named last before the verb ("its", "the
    // mission's"), not one the rest of the sentence names.
    let named = view.is_any(noun + 1, &["of", "for", "to"]).then(|| view.mentions.iter().find(|m| (m.first == noun + 2 || m.first == noun + 3 && view.is(noun + 2, "the")) && eligible(article, m, &[EntityKind::Organization, EntityKind::Event]))).flatten();
    let later: Vec<usize> = view.mentions.iter().filter(|m| m.first > verb).map(|m| m.entity).collect();
    let Some(mission) = named.map(|m| m.entity).or_else(|| recent_mission(article, &later)) else { return };
    let Some(subject) = left(article, view, verb, ACTOR).filter(|m| m.last + 4 >= verb).copied() else { return };
    for member in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        emit(article, view, Some(&member), actor(article, &member), mission, verb, RelationKind::Attends, Some("troop contributor".to_owned()), 0.6);
    }
}

/// The peacekeeping body the text named last (a force, mission or
/// operation), other than those in `except`.
fn recent_mission(article: &Article<'_>, except: &[usize]) -> Option<usize> {
    let is_mission = |name: &str| name.split(' ').any(|w| matches!(w, "Force" | "Mission" | "Operation"));
    article
        .entities
        .iter()
        .enumerate()
        .filter(|(k, e)| e.kind == EntityKind::Organization && e.last_seen > 0 && !except.contains(k) && (is_mission(&e.name) || e.aliases.iter().any(|a| is_mission(a))))
        .max_by_key(|(_, e)| e.last_seen)
        .map(|(k, _)| k)
}

/// "contribute the largest contingents", "contribute its largest
/// contingents", "provide most of the mission's troops", "provide the
/// troops of the Force": the verb before the troops noun at `i`, with only
/// words of share and the mission's possessive between (or the force named
/// after the noun).
fn contributing_verb(view: &SentenceView<'_>, i: usize) -> Option<usize> {
    let verb = (i.saturating_sub(7)..i).rev().find(|&t| view.is_any(t, &["contributes", "contributed", "contribute", "contributing", "provide", "provides", "provided", "providing", "supply", "supplies", "supplied"]))?;
    let between = verb + 1..i;
    let share = |t: usize| view.is_any(t, &["the", "largest", "biggest", "main", "bulk", "most", "of", "its", "their", "mission", "force", "operation", "s", "'s"]) || view.is_possessive(t) || view.is_punct(t, '\'');
    let shares = between.clone().any(|t| view.is_any(t, &["largest", "biggest", "main", "bulk", "most"]));
    let force_named = verb + 2 == i && view.is(verb + 1, "the") && view.is(i + 1, "of") && (view.is_capitalised(i + 2) || view.is(i + 2, "the") && view.is_capitalised(i + 3));
    ((shares || force_named) && between.into_iter().all(share)).then_some(verb)
}

/// "the troop-contributing countries, among them Rwanda, Bangladesh and
/// Pakistan", "troop-contributing countries such as Nepal": each state
/// listed takes part in the mission the text is about.
fn listed_contributors_rule(article: &mut Article<'_>, view: &SentenceView<'_>, noun: usize) {
    let Some(list_at) = (noun + 1..=noun + 3).find(|&t| view.is(t, "including") || view.is(t, "them") && view.is(t - 1, "among") || view.is(t, "as") && view.is(t - 1, "such") || view.is_punct(t, ':')) else { return };
    let Some(mission) = recent_mission(article, &[]) else { return };
    for state in near_list(right(article, view, list_at, &[EntityKind::Country]), list_at + 2).into_iter().take(12).copied().collect::<Vec<_>>() {
        emit(article, view, Some(&state), actor(article, &state), mission, noun, RelationKind::Attends, Some("troop contributor".to_owned()), 0.6);
    }
}

/// "France has contributed troops to the Force", "Beijing, which also
/// contributes troops to UNIFIL": a troop contributor takes part in the
/// mission (the mission must be an organisation or an event).
fn troops_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(to) = (i + 1..=i + 2).find(|&t| view.is(t, "to")) else {
        return;
    };
    let Some(subject) = left(article, view, i, ACTOR).copied() else {
        return;
    };
    // "would contribute personnel to the mission": the mission the text is
    // about; each state of the list, as planned where it would.
    if view.is(to + 1, "the")
        && view.is_any(to + 2, &["mission", "force", "operation"])
        && let Some(event) = article.recent_event()
    {
        let modality = if (subject.last + 1..i).any(|t| view.is_any(t, &["would", "will", "to", "plans", "pledged", "offered"])) { Modality::Planned } else { Modality::Asserted };
        for member in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
            article.relate(view, actor(article, &member), event, RelationKind::Attends, Some("personnel contributor".to_owned()), false, modality, nearest_date(view, i), 0.6);
        }
        return;
    }
    let Some(mission) = right(article, view, to, &[EntityKind::Organization, EntityKind::Event]).first().filter(|m| m.first <= to + 2).copied() else {
        // "Uganda has deployed troops to Juba": to another state.
        if let Some(state) = right(article, view, to, &[EntityKind::Country]).first().filter(|m| m.first <= to + 2).copied().copied() {
            let (a, b) = (actor(article, &subject), actor(article, &state));
            if a != b {
                emit(article, view, Some(&subject), a, b, i, RelationKind::Other, Some("sent troops to".to_owned()), 0.6);
            }
        }
        return;
    };
    emit(article, view, Some(&subject), actor(article, &subject), mission.entity, i, RelationKind::Attends, Some("troop contributor".to_owned()), 0.65);
}

/// "an African Union force known as ATMIS, which includes troops from
/// Burundi, Kenya and Uganda": each state contributes troops to the force
/// named before.
fn troops_from_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(force) = view.mentions.iter().filter(|m| m.last < i && i - m.last <= 5 && eligible(article, m, &[EntityKind::Organization, EntityKind::Event])).max_by_key(|m| m.last).copied() else {
        return;
    };
    for state in near_list(right(article, view, i + 1, &[EntityKind::Country]), i + 3).into_iter().take(12).copied().collect::<Vec<_>>() {
        let state_entity = actor(article, &state);
        if state_entity != force.entity {
            emit(article, view, Some(&state), state_entity, force.entity, i, RelationKind::Other, Some("contributes troops to".to_owned()), 0.6);
        }
    }
}

/// Words naming a military exercise.
const EXERCISE_WORDS: &[&str] = &["exercise", "exercises", "drills", "drill", "manoeuvres", "maneuvers", "wargames"];

/// "The drills involve 12,200 U.S. troops and 5,400 Filipino soldiers",
/// "Japan sent observers": the states whose forces (or observers) are
/// named in a sentence about an exercise take part in it — the exercise
/// the sentence names, else the event the text is about.
fn exercise_forces_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "Ivory Coast did not send a delegation to Bamako": the sender goes
    // (or not) to the place.
    if view.is_any(i, &["delegation", "delegations"])
        && view.is(i + 1, "to")
        && let Some(place) = view.mentions.iter().find(|m| m.first == i + 2 && matches!(m.role, Role::Plain | Role::Capital) && matches!(entity_kind(article, m), Some(EntityKind::Place | EntityKind::Country))).copied()
        && let Some(sent) = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["sent", "sends", "send", "sending", "dispatched"]))
        && let Some(sender) = left(article, view, sent, &[EntityKind::Country, EntityKind::Organization]).copied()
    {
        for sender in left_list(article, view, &sender, &[EntityKind::Country, EntityKind::Organization]).into_iter().copied().collect::<Vec<_>>() {
            let entity = actor(article, &sender);
            if entity != place.entity {
                emit(article, view, Some(&sender), entity, place.entity, i, RelationKind::Visits, Some("delegation".to_owned()), 0.6);
            }
        }
        return;
    }
    let event = view
        .mentions
        .iter()
        .find(|m| entity_kind(article, m) == Some(EntityKind::Event))
        .map(|m| m.entity)
        .or_else(|| article.main_event());
    let Some(event) = event else { return };
    let observers = view.is(i, "observers") || view.is(i + 1, "as") && view.is(i + 2, "observers");
    let is_state = |m: &Mention| matches!(m.role, Role::Plain | Role::Demonym | Role::Capital) && entity_kind(article, m) == Some(EntityKind::Country);
    // "U.S. troops", "American and Filipino troops": the states right
    // before the noun (past a count), with those coordinated before them.
    let mut states: Vec<Mention> = Vec::new();
    if let Some(last) = view.mentions.iter().find(|m| m.last + 1 == i && is_state(m)).copied() {
        states.push(last);
        let mut end = last.first;
        while let Some(before) = view.mentions.iter().find(|m| is_state(m) && m.last + 2 == end && (view.is(end - 1, "and") || view.is_punct(end - 1, ','))).copied() {
            states.push(before);
            end = before.first;
        }
    }
    // "troops from Australia and Japan".
    if view.is(i + 1, "from") {
        states.extend(near_list(right(article, view, i + 1, &[EntityKind::Country]), i + 3).into_iter().take(8).copied());
    }
    // "Japan sent observers", "China and Brazil sent delegations": the
    // senders.
    if states.is_empty()
        && let Some(sent) = (i.saturating_sub(2)..i).find(|&t| view.is_any(t, &["sent", "sends", "send", "dispatched"]))
        && let Some(sender) = left(article, view, sent, &[EntityKind::Country, EntityKind::Organization]).copied()
    {
        states.extend(left_list(article, view, &sender, &[EntityKind::Country, EntityKind::Organization]).into_iter().copied());
    }
    let label = observers.then(|| "observer".to_owned());
    for state in states {
        let entity = actor(article, &state);
        emit(article, view, Some(&state), entity, event, i, RelationKind::Attends, label.clone(), 0.6);
    }
}

/// "met on the sidelines of the G20 summit": whoever met there attended
/// it — the parties of a meeting this sentence states, else the subject.
fn sidelines_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = near_list(right(article, view, i + 1, &[EntityKind::Event, EntityKind::Organization]), i + 4).first().copied().copied() else {
        return;
    };
    let met = met_in_sentence(article, view);
    // ("The two ministers agreed to meet again on the margins of the NATO
    // foreign ministers' meeting": each of the pair.)
    let pair = if met.is_empty() { pair_as_subject(article, view, i, None) } else { None };
    let parties: Vec<usize> = if let Some((a, b)) = pair {
        vec![a, b]
    } else if met.is_empty() {
        let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).or_else(|| fronted_phrase_subject(article, view, i, PERSON_OR_ACTOR)).copied() else {
            return;
        };
        left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect()
    } else {
        met
    };
    for party in parties {
        if party != event.entity {
            emit(article, view, None, party, event.entity, i, RelationKind::Attends, None, 0.65);
        }
    }
    // "met in Kuala Lumpur, Malaysia, on the margins of the ASEAN meeting":
    // the event is where the meeting was.
    if entity_kind(article, &event) == Some(EntityKind::Event)
        && let Some(place) = view.mentions.iter().filter(|m| m.last < i && m.first >= 1 && view.is(m.first - 1, "in") && eligible(article, m, &[EntityKind::Place])).max_by_key(|m| m.last).copied()
        && i - place.last <= 8
    {
        article.relate(view, event.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
    }
}

/// "On the sidelines, Trump met Xi": those who met there attend the event
/// the text is about.
fn opening_sidelines_rule(article: &mut Article<'_>, view: &SentenceView<'_>) {
    let opens = view.is_any(0, &["on", "at"]) && view.is(1, "the") && view.is_any(2, &["sidelines", "margins", "sideline"]) && view.is_punct(3, ',');
    if !opens {
        return;
    }
    let Some(event) = article.recent_event() else { return };
    for party in met_in_sentence(article, view) {
        emit(article, view, None, party, event, 2, RelationKind::Attends, None, 0.6);
    }
}

/// The parties of the meetings this sentence states.
fn met_in_sentence(article: &Article<'_>, view: &SentenceView<'_>) -> Vec<usize> {
    let sentence = (view.start, view.end);
    article.stated_in(sentence).filter(|r| r.kind == RelationKind::Meets).flat_map(|r| [r.subject, r.object]).collect()
}

/// "Afghanistan and Serbia were granted observer status in the assembly",
/// "The CSTO has held observer status in the General Assembly since 2004",
/// "applied for observer status with the Forum": observers attend the body
/// named after "in", "at", "with" or "to".
fn observer_status_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let named = (i + 1..=i + 2)
        .find(|&t| view.is_any(t, &["in", "at", "with", "to", "of"]))
        .and_then(|at| right(article, view, at, &[EntityKind::Organization, EntityKind::Event]).first().filter(|m| m.first <= at + 3).map(|m| m.entity));
    // "... and the Commonwealth Secretariat hold observer status": in the
    // organisation the text is about.
    let Some(body) = named.or_else(|| (view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_any(i + 1, &["since", "and", "in"])).then(|| article.main_organisation()).flatten()) else {
        return;
    };
    // "More than sixty states have observer status, among them Spain and
    // Japan": the states listed after.
    if view.is_punct(i + 1, ',') && view.is_any(i + 2, &["among", "including"]) {
        for observer in near_list(right(article, view, i + 2, ACTOR), i + 5).into_iter().take(12).copied().collect::<Vec<_>>() {
            let observer_entity = actor(article, &observer);
            if observer_entity != body {
                emit(article, view, Some(&observer), observer_entity, body, i, RelationKind::Attends, Some("observer".to_owned()), 0.65);
            }
        }
        return;
    }
    let observer_at = i - 1;
    let Some(subject) = left(article, view, observer_at, ACTOR).filter(|m| m.entity != body).copied() else {
        return;
    };
    let applied = (subject.last + 1..observer_at).any(|t| view.is_any(t, &["applied", "applies", "apply", "applying", "seeks", "sought", "seeking", "requested", "wants"]));
    for observer in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let observer_entity = actor(article, &observer);
        if observer_entity == body {
            continue;
        }
        if applied {
            article.relate(view, observer_entity, body, RelationKind::Attends, Some("observer".to_owned()), false, Modality::Proposed, nearest_date(view, i), 0.6);
        } else {
            emit(article, view, Some(&observer), observer_entity, body, i, RelationKind::Attends, Some("observer".to_owned()), 0.7);
        }
    }
}

/// "Mongolia is an observer in the SCO", "the SCO, in which Mongolia is an
/// observer", "Egypt became an observer to the bloc": an observer attends the
/// body without being a member.
fn observer_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("Seychelles takes part as an observer": the subject is before the
    // verb.)
    let as_observer = i >= 4 && view.is(i - 2, "as") && (view.is(i - 3, "part") && view.is_any(i - 4, &["takes", "take", "took", "taking"]) || view.is_any(i - 3, &["participates", "participate", "participated", "participating"]));
    let copula = if as_observer { Some(if view.is(i - 3, "part") { i - 4 } else { i - 3 }) } else { i.checked_sub(2).filter(|&t| view.is_any(t, &["is", "was", "are", "were", "became", "become", "becomes", "remains", "remained", "been"])) };
    let Some(copula) = copula else {
        return;
    };
    const BODY: &[EntityKind] = &[EntityKind::Organization, EntityKind::Event];
    // "in which", "of which" after the body and its comma.
    let which = (copula.saturating_sub(6)..copula).rev().find(|&t| view.is(t, "which") && t >= 3 && view.is_any(t - 1, &["in", "of", "to", "at"]) && view.is_punct(t - 2, ','));
    let body = if let Some(which) = which {
        view.mentions.iter().find(|m| m.last + 3 == which && eligible(article, m, BODY))
    } else if view.is_any(i + 1, &["in", "of", "to", "at"]) {
        right(article, view, i + 1, BODY).first().copied().filter(|m| m.first <= i + 3)
    } else {
        None
    };
    // ("... founded the Colombo Security Conclave. Seychelles takes part as
    // an observer.": the body whose membership was told last.)
    let ends = i + 1 >= view.len() || view.is_punct(i + 1, '.') || view.is_punct(i + 1, ',') || view.is_punct(i + 1, ';');
    let unnamed = || (ends && !names_a_body(article, view)).then(|| body_of_last_membership(article)).flatten();
    let Some(body) = body.map(|m| m.entity).or_else(unnamed) else { return };
    let Some(subject) = left(article, view, copula, ACTOR).filter(|m| m.entity != body && which.is_none_or(|w| m.first > w)).copied() else {
        return;
    };
    for observer in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let observer_entity = actor(article, &observer);
        if observer_entity != body {
            emit(article, view, Some(&observer), observer_entity, body, i, RelationKind::Attends, Some("observer".to_owned()), 0.7);
        }
    }
}

/// Whether the sentence names an organisation or an event.
fn names_a_body(article: &Article<'_>, view: &SentenceView<'_>) -> bool {
    view.mentions.iter().any(|m| matches!(entity_kind(article, m), Some(EntityKind::Organization | EntityKind::Event)))
}

/// "China and Myanmar became dialogue partners in 1996", "Mongolia and
/// Iran take part as observers": with no body named in the sentence, of
/// the bloc the text is about; they attend it as observers.
fn bare_observer_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut k = if view.is(i.saturating_sub(1), "dialogue") { i.saturating_sub(1) } else { i };
    while k >= 1 && view.is_any(k - 1, &["a", "an", "full", "official"]) {
        k -= 1;
    }
    let Some(verb) = k.checked_sub(1).filter(|&t| view.is_any(t, &["as", "became", "become", "becomes", "are", "were", "remain", "remained"])) else { return };
    let Some(body) = article.bloc_in_focus(view) else { return };
    let Some(subject) = left(article, view, verb, ACTOR).copied() else { return };
    // ("..., while China and Myanmar, the two upstream states, take part":
    // past an appositive to the list.)
    let label = if view.is(i.saturating_sub(1), "dialogue") { "dialogue partner" } else { "observer" };
    for observer in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let observer_entity = actor(article, &observer);
        if observer_entity != body {
            emit(article, view, Some(&observer), observer_entity, body, i, RelationKind::Attends, Some(label.to_owned()), 0.6);
        }
    }
}

/// "the bank, headquartered in Shanghai", "NATO, whose headquarters are in
/// Brussels", "The Secretariat is located in Jakarta": where a body sits.
fn headquarters_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // "in Arusha, the northern Tanzanian city where the EAC has its
    // headquarters": the place the relative clause hangs from.
    if let Some(where_at) = (i.saturating_sub(6)..i).rev().find(|&t| view.is(t, "where"))
        && let Some(body) = view.mentions.iter().find(|m| (m.first == where_at + 1 || m.first == where_at + 2 && view.is(where_at + 1, "the")) && eligible(article, m, &[EntityKind::Organization])).copied()
        && let Some(place) = view.mentions.iter().filter(|m| m.last < where_at && where_at - m.last <= 10 && eligible(article, m, &[EntityKind::Place])).max_by_key(|m| m.last).copied()
    {
        article.relate(view, body.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.7);
        return;
    }
    let Some(in_at) = (i + 1..=i + 3).find(|&t| view.is_any(t, &["in", "at"])) else {
        return;
    };
    let Some(place) = near_list(right(article, view, in_at, PLACE_LIKE), in_at + 2).first().copied().copied() else {
        return;
    };
    // The body: the nearest organisation or event before, over an
    // appositive ("the New Development Bank, the bank founded by ...,
    // headquartered in").
    // ("the Secretary General of the Pacific Islands Forum Secretariat,
    // Baron Waqa, at the Secretariat's headquarters": the body a title
    // named, its head word repeated before the noun.)
    let titled_body = |m: &Mention| m.role == Role::Affiliation && entity_kind(article, m) == Some(EntityKind::Organization) && i >= 2 && view.is_possessive(i - 1) && article.entities.get(m.entity).is_some_and(|e| e.name.ends_with(view.word(i - 2)));
    let body = view
        .mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 14 && (eligible(article, m, &[EntityKind::Organization, EntityKind::Event]) || titled_body(m)))
        .min_by_key(|m| if view.is_punct(m.last + 1, ',') || view.is_any(m.last + 1, &["is", "was", "has", "remains", "whose"]) { (0, i - m.last) } else { (1, i - m.last) })
        .map(|m| m.entity);
    // ("UNFICYP was established by resolution 186 in 1964 and has ...,
    // with its headquarters in Nicosia": the body opening the sentence.)
    let body = body.or_else(|| {
        view.is(i.saturating_sub(1), "its")
            .then(|| view.mentions.iter().find(|m| m.first <= 1 && m.role == Role::Plain && eligible(article, m, &[EntityKind::Organization])).map(|m| m.entity))
            .flatten()
    });
    // "Its headquarters are in Moscow": the organisation the text is about.
    // (Not a bloc this sentence names only later: "Its secretariat is in
    // Djibouti City, and it is recognised by the African Union".)
    let named_later = |e: usize| view.mentions.iter().any(|m| m.entity == e && m.first > i) && !view.mentions.iter().any(|m| m.entity == e && m.last < i);
    let body = body.or_else(|| {
        // ("Its permanent secretariat is in Dhaka".)
        let its = view.is(i.saturating_sub(1), "its") && i <= 2 || i == 2 && view.is(0, "its") && view.is_any(1, &["permanent", "main", "current", "present", "new", "joint", "central"]);
        its
            .then(|| article.recent_bloc().filter(|&b| !named_later(b)).or_else(|| article.topic_organisation().filter(|&b| !named_later(b))))
            .flatten()
    });
    // "meeting at the league's headquarters in Cairo": the bloc the
    // description stands for.
    let body = body.or_else(|| {
        (i >= 3 && view.is_possessive(i - 1) && view.is(i - 3, "the") && view.is_any(i - 2, &["league", "bloc", "alliance", "organisation", "organization", "union", "group", "forum", "bank", "fund", "agency"]))
            .then(|| article.recent_bloc().or_else(|| article.main_organisation()))
            .flatten()
    });
    // "The permanent secretariat was established in Tromsø": the
    // organisation the text is about.
    let body = body.or_else(|| (view.is(0, "the") && i <= 3 && view.is_any(i, &["secretariat", "headquarters", "seat"])).then(|| article.main_organisation()).flatten());
    let Some(body) = body else {
        return;
    };
    if view.word(i) == "seat" && !view.is_any(i.saturating_sub(1), &["its", "the", "their", "whose"]) {
        return;
    }
    article.relate(view, body, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.7);
}

/// "Paris, whose overseas department of Reunion lies east of Madagascar",
/// "France's overseas territory of New Caledonia": the place is part of
/// the state that owns it.
fn overseas_territory_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, &[EntityKind::Place])).copied() else { return };
    let owner_at = i - 1;
    let owner = if owner_at >= 1 && view.is(owner_at - 1, "whose") && owner_at >= 2 && view.is_punct(owner_at - 2, ',') {
        view.mentions.iter().find(|m| m.last + 3 == owner_at && matches!(m.role, Role::Plain | Role::Capital))
    } else {
        view.mentions.iter().find(|m| m.last + 2 == owner_at && view.is_possessive(m.last + 1))
    };
    let Some(owner) = owner.copied() else { return };
    let state = actor(article, &owner);
    if entity_kind_of(article, state) == Some(EntityKind::Country) && state != place.entity {
        article.relate(view, place.entity, state, RelationKind::PartOf, Some("overseas".to_owned()), false, Modality::Asserted, None, 0.65);
    }
}

/// "the Guatemalan military police who have served with the Multinational
/// Security Support mission": the state whose forces serve takes part in
/// the mission.
fn demonym_forces_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(mission) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && eligible(article, m, &[EntityKind::Organization, EntityKind::Event])).copied() else { return };
    // The forces noun, right before "who (have) served" or "served".
    let mut t = i - 1;
    while t > 0 && view.is_any(t, &["have", "has", "had", "who", "which", "that", "also", "been", "were", "are", "currently"]) {
        t -= 1;
    }
    if !view.is_any(t, &["troops", "police", "soldiers", "peacekeepers", "forces", "officers", "personnel", "contingent", "contingents", "engineers", "units"]) {
        return;
    }
    let Some(state) = view.mentions.iter().find(|m| m.role == Role::Demonym && m.last < t && t - m.last <= 2 && (m.last + 1..t).all(|u| view.is_any(u, &["military", "national", "armed", "special", "navy", "army", "air"]))) else { return };
    if entity_kind(article, state) != Some(EntityKind::Country) {
        return;
    }
    if state.entity != mission.entity {
        article.relate(view, state.entity, mission.entity, RelationKind::Attends, Some("forces".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
    }
}

/// "the Organ Troika, the SADC body that oversees security matters": the
/// body the appositive describes is part of the organisation it names.
fn org_body_appositive_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(parent) = view.mentions.iter().find(|m| m.last + 1 == i && eligible(article, m, &[EntityKind::Organization])).copied() else { return };
    let Some(body) = described_body(article, view, &parent) else { return };
    if body.entity != parent.entity {
        article.relate(view, body.entity, parent.entity, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.65);
    }
}

/// "the Organ Troika, the SADC body ...": the body named before the comma
/// of the appositive whose "the ORG" is `inner`.
fn described_body(article: &Article<'_>, view: &SentenceView<'_>, inner: &Mention) -> Option<Mention> {
    if !(inner.first >= 3 && view.is(inner.first - 1, "the") && view.is_punct(inner.first - 2, ',')) {
        return None;
    }
    view.mentions.iter().find(|m| m.last + 3 == inner.first && eligible(article, m, &[EntityKind::Organization])).copied()
}

/// "BSEC, which Armenia chairs until June", "the Organ Troika, the SADC
/// body that oversees security matters, which Malawi currently chairs": a
/// state chairing the body before "which" (over an appositive describing
/// it) is one of its members.
fn chaired_antecedent_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(which) = (i.saturating_sub(5)..i).find(|&t| view.is(t, "which") && t >= 2 && view.is_punct(t - 1, ',')) else { return false };
    let Some(state) = view.mentions.iter().find(|m| m.first > which && m.last < i && eligible(article, m, &[EntityKind::Country])).copied() else { return false };
    if !(state.last + 1..i).all(|t| view.is_any(t, &["currently", "now", "also", "still", "jointly"])) {
        return false;
    }
    let Some(nearest) = view.mentions.iter().filter(|m| m.last < which - 1 && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last).copied() else { return false };
    // The nearest body qualifies a noun ("the SADC body that ..."): the
    // appositive's head, before its comma, is meant.
    let body = if nearest.last + 1 < which - 1 && view.word(nearest.last + 1).starts_with(char::is_lowercase) {
        described_body(article, view, &nearest)
    } else if nearest.last + 2 == which {
        Some(nearest)
    } else {
        None
    };
    let Some(body) = body else { return false };
    article.relate(view, actor(article, &state), body.entity, RelationKind::MemberOf, Some("chair".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
    true
}

/// "MONUSCO, headquartered in Kinshasa, now operates mainly in North Kivu
/// and Ituri provinces": a body or mission is where it operates.
fn operates_in_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(in_at) = (i + 1..=i + 2).find(|&t| view.is(t, "in")).filter(|&t| (i + 1..t).all(|u| view.is_any(u, &["mainly", "mostly", "chiefly", "primarily", "only", "largely", "also"]))) else { return };
    let Some(body) = left(article, view, i, &[EntityKind::Organization]).filter(|m| m.first <= 2 && m.role == Role::Plain).copied() else { return };
    for place in near_list(right(article, view, in_at, PLACE_LIKE), in_at + 2).into_iter().take(4).copied().collect::<Vec<_>>() {
        if entity_kind(article, &place) != Some(EntityKind::Country) {
            article.relate(view, body.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
        }
    }
}

/// "Montserrat, a British Overseas Territory,", "Martinique, a French
/// overseas region", "the French collectivity of Saint Martin": a territory
/// is part of the state the demonym names. Whether one was found.
fn territory_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(demonym) = view
        .mentions
        .iter()
        .find(|m| m.role == Role::Demonym && m.last < i && i - m.last <= 3 && (m.last + 1..i).all(|t| view.is_any(t, &["overseas", "autonomous", "self-governing", "unincorporated", "dependent"])))
        .copied()
    else {
        return false;
    };
    let overseas = (demonym.last + 1..i).any(|t| view.is(t, "overseas")) || view.is_any(i, &["collectivity", "dependency", "territory"]);
    if !overseas {
        return false;
    }
    let apposed = demonym.first >= 3 && view.is_any(demonym.first - 1, &["a", "an"]) && view.is_punct(demonym.first - 2, ',');
    let place = if apposed {
        view.mentions.iter().find(|m| m.last + 3 == demonym.first && eligible(article, m, &[EntityKind::Place]))
    } else if view.is(i + 1, "of") {
        view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, &[EntityKind::Place]))
    } else {
        None
    };
    let Some(place) = place.copied() else { return false };
    let state = actor(article, &demonym);
    article.relate(view, place.entity, state, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.7);
    true
}

/// "the Russian city of Kazan", "the Ukrainian port of Odesa": the place
/// lies in the country named before the noun.
fn settlement_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = view.mentions.iter().find(|m| m.first == i + 2 && eligible(article, m, &[EntityKind::Place])).copied() else {
        return;
    };
    let Some(country) = view
        .mentions
        .iter()
        .filter(|m| m.last < i && i - m.last <= 3 && entity_kind(article, m) == Some(EntityKind::Country))
        .filter(|m| (m.last + 1..i).all(|t| view.word(t).chars().all(char::is_lowercase)))
        .max_by_key(|m| m.last)
        .copied()
    else {
        return;
    };
    if let Some(record) = article.entities.get_mut(place.entity)
        && record.affiliation.is_none()
    {
        record.affiliation = Some(country.entity);
    }
    article.relate(view, place.entity, country.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.75);
}

/// "Germany summoned Iran's ambassador", "Beijing summoned the Japanese
/// envoy": a diplomatic protest to the envoy's state.
fn summon_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(envoy) = (i + 1..=i + 5).find(|&t| view.is_any(t, &["ambassador", "envoy", "charge", "chargé", "diplomat", "diplomats", "representative"])) else {
        return;
    };
    // The envoy's state, written in any role ("Iran's", "the Japanese").
    let Some(state) = view
        .mentions
        .iter()
        .filter(|m| m.first > i && m.last < envoy && entity_kind(article, m) == Some(EntityKind::Country))
        .max_by_key(|m| m.last)
        .or_else(|| view.mentions.iter().find(|m| view.is(envoy + 1, "of") && m.first <= envoy + 3 && m.first > envoy && entity_kind(article, m) == Some(EntityKind::Country)))
        .copied()
    else {
        return;
    };
    let Some(subject) = left(article, view, i, ACTOR).copied() else {
        return;
    };
    let subject_entity = actor(article, &subject);
    // "summoned China's ambassador, Deng Hongbo": the envoy named.
    let named = view
        .mentions
        .iter()
        .find(|m| (m.first == envoy + 1 || m.first == envoy + 2 && view.is_punct(envoy + 1, ',')) && eligible(article, m, &[EntityKind::Person]))
        .map(|m| m.entity);
    let summoned = named.unwrap_or(state.entity);
    if subject_entity != state.entity {
        emit(article, view, Some(&subject), subject_entity, summoned, i, RelationKind::Other, Some("summoned envoy".to_owned()), 0.65);
    }
}

/// Plural nouns that introduce a list of states after a colon.
const GROUP_OF_STATES: &[&str] = &["states", "countries", "nations", "members", "economies", "governments", "observers"];

/// What a body is made of: "an alliance of six post-Soviet states:
/// Armenia, Belarus, ...", "a bloc comprising Brazil, Russia, ...", "made
/// up of", "which groups", "bringing together". Two or more states listed
/// right after are members of the organisation named before.
fn composition_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let w = view.lower(i).to_owned();
    let after = match w.as_str() {
        ":" if view.is_any(i.saturating_sub(1), GROUP_OF_STATES) => i,
        // "six Arab states of the Persian Gulf: A, B ...".
        ":" if view.mentions.iter().any(|m| {
            m.last + 1 == i && entity_kind(article, m) == Some(EntityKind::Place) && {
                let of = if view.is(m.first.wrapping_sub(1), "the") { m.first.wrapping_sub(2) } else { m.first.wrapping_sub(1) };
                view.is(of, "of") && view.is_any(of.wrapping_sub(1), GROUP_OF_STATES)
            }
        }) =>
        {
            i
        }
        // "a regional organisation of the five states of the Maghreb in
        // North Africa: A, B ...".
        ":" if (i.saturating_sub(8)..i).any(|t| view.is_any(t, GROUP_OF_STATES) && view.is(t + 1, "of")) => i,
        // "eight states in the Horn of Africa, the Nile Valley and the
        // Great Lakes region: A, B ...": regions named between.
        ":" if (i.saturating_sub(20)..i).any(|t| {
            view.is_any(t, GROUP_OF_STATES)
                && view.is(t + 1, "in")
                && (t + 2..i).all(|k| view.is_capitalised(k) || view.is_punct(k, ',') || view.is_any(k, &["the", "and", "of", "region", "regions"]))
        }) =>
        {
            i
        }
        ":" => return,
        "consisting" | "consists" if view.is(i + 1, "of") => i + 1,
        "made" if view.is(i + 1, "up") && view.is(i + 2, "of") => i + 2,
        "bringing" | "brings" if view.is(i + 1, "together") => i + 1,
        "comprising" | "comprises" | "comprised" | "groups" | "grouping" => i,
        _ => return,
    };
    // Blocs are listed among states ("Australia, China, the European
    // Union, Iran ..."); "brings together A, B and C with D and E" lists
    // on after "with".
    let mut members = right(article, view, after, &[EntityKind::Country, EntityKind::Organization]);
    if let Some(last) = members.last().map(|m| m.last)
        && view.is(last + 1, "with")
    {
        members.extend(near_list(right(article, view, last + 1, &[EntityKind::Country, EntityKind::Organization]), last + 3));
    }
    if members.iter().filter(|m| entity_kind(article, m) == Some(EntityKind::Country)).count() < 2 || members.first().is_some_and(|m| m.first > after + 2) {
        return;
    }
    // ("Thirteen non-Arctic states are observers: ...": of the
    // organisation the text is about.)
    // ("Mercosur, founded in 1991 by the Treaty of Asunción, groups ...":
    // the body before a parenthetical clause, not one named inside it.)
    let parenthetical = view
        .is_punct(i.saturating_sub(1), ',')
        .then(|| (0..i.saturating_sub(1)).rev().find(|&t| view.is_punct(t, ',')))
        .flatten()
        .and_then(|open| view.mentions.iter().find(|m| m.last + 1 == open && eligible(article, m, &[EntityKind::Organization])))
        .map(|m| m.entity);
    let named = parenthetical.or_else(|| view.mentions.iter().filter(|m| m.last < i && eligible(article, m, &[EntityKind::Organization])).max_by_key(|m| m.last).map(|m| m.entity));
    // ("It was founded in 2015 ... and is made up of A, B, C": the body
    // the text is about.)
    let Some(org) = named.or_else(|| if view.is(0, "it") { opening_organisation(article) } else { (w == ":").then(|| article.main_organisation()).flatten() }) else {
        return;
    };
    // "nine observers: Australia, China, ...": they take part as observers.
    let observers = view.is(i.saturating_sub(1), "observers");
    let (kind, label) = if observers { (RelationKind::Attends, Some("observer".to_owned())) } else { (RelationKind::MemberOf, None) };
    // ("a group of nine NATO member states ... made up of A, B, C": NATO's.)
    let parents: Vec<usize> = article.grouping_parents.iter().filter(|&&(group, _)| group == org).map(|&(_, parent)| parent).collect();
    for member in members.iter().take(12).filter(|m| m.entity != org) {
        emit(article, view, None, actor(article, member), org, i, kind, label.clone(), 0.7);
        if !observers {
            for &parent in &parents {
                emit(article, view, None, actor(article, member), parent, i, RelationKind::MemberOf, None, 0.6);
            }
        }
    }
}

/// "Tbilisi-based Kvali Holding", "Cyprus-registered Anchorline": the body
/// after the compound sits in the place before it.
fn based_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, PLACE_LIKE)).copied() else {
        return;
    };
    let Some(body) = view.mentions.iter().filter(|m| m.first > i && m.first <= i + 3 && eligible(article, m, &[EntityKind::Organization, EntityKind::Event])).min_by_key(|m| m.first).copied() else {
        return;
    };
    // A capital before "-based" is the place, not its government.
    article.relate(view, body.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.7);
}

/// "Ortega has also drawn closer to Moscow", "Ankara moved closer to
/// Beijing": the subject, as named, comes to work with the party after
/// "to".
fn closer_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(partner) = right(article, view, i + 1, ACTOR).first().filter(|m| m.first <= i + 3).copied().copied() else { return };
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    let (a, b) = (actor(article, &subject), actor(article, &partner));
    if a != b {
        emit(article, view, Some(&subject), a, b, i, RelationKind::CooperatesWith, Some("drew closer".to_owned()), 0.55);
    }
}

/// "a meeting of the Colombo Security Conclave in Port Louis", "the
/// meeting of the Joint Oversight Committee in Washington": where the body
/// met. Returns whether it applied.
fn body_meeting_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let at = i + 2 + usize::from(view.is(i + 2, "the"));
    let Some(body) = view.mentions.iter().find(|m| m.first == at && eligible(article, m, &[EntityKind::Organization])).copied() else { return false };
    if !view.is(body.last + 1, "in") {
        return false;
    }
    let Some(place) = view.mentions.iter().find(|m| m.first == body.last + 2 && m.role != Role::Inner && entity_kind(article, m) == Some(EntityKind::Place)).copied() else { return false };
    article.relate(view, body.entity, place.entity, RelationKind::Other, Some("meeting held in".to_owned()), false, modality(view, i.saturating_sub(8), i), nearest_date(view, i), 0.55);
    true
}

/// "the European Sky Shield Initiative, launched by Germany in 2022", "The
/// initiative was launched in 2015 by A and B", "Abe launched the Osaka
/// Track": who started a body, process or event. Returns whether it
/// applied.
fn launched_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    const STARTED: &[EntityKind] = &[EntityKind::Organization, EntityKind::Event];
    let label = Some("launched".to_owned());
    if let Some(by) = (i + 1..(i + 5).min(view.len())).find(|&t| view.is(t, "by")) {
        let launchers = near_list(right(article, view, by, PERSON_OR_ACTOR), by + 4);
        let passive = i >= 1 && view.is_any(i - 1, &["was", "were", "been", "is"]);
        // The thing launched: named right before ("X, launched by"), or
        // the sentence's subject before "was" ("The initiative was ...":
        // the body the text is about).
        let started = view.mentions.iter().find(|m| (m.last + 1 == i || m.last + 2 == i && view.is_punct(i - 1, ',') || passive && m.last + 2 == i) && eligible(article, m, STARTED)).map(|m| m.entity);
        let started = started.or_else(|| (passive && i <= 4 && view.is(0, "the")).then(|| article.main_organisation()).flatten());
        let (Some(started), false) = (started, launchers.is_empty()) else { return false };
        for launcher in launchers.into_iter().take(4).copied().collect::<Vec<_>>() {
            let a = actor(article, &launcher);
            if a != started {
                emit(article, view, Some(&launcher), a, started, i, RelationKind::Other, label.clone(), 0.6);
            }
        }
        return true;
    }
    // "Abe launched the Osaka Track".
    let Some(started) = view.mentions.iter().find(|m| (m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the") || m.first == i + 3 && view.is(i + 1, "the") && view.is_punct(i + 2, '"')) && eligible(article, m, STARTED)).copied() else { return false };
    let Some(launcher) = left(article, view, i, PERSON_OR_ACTOR).filter(|m| m.last + 4 >= i).copied() else { return false };
    let a = actor(article, &launcher);
    if a != started.entity {
        emit(article, view, Some(&launcher), a, started.entity, i, RelationKind::Other, label, 0.6);
    }
    true
}

/// "designated two companies it said Ivanishvili controlled: Tbilisi-based
/// Kvali Holding and Cyprus-registered Anchorline Investments Ltd": the
/// list after the colon is what was designated.
fn designated_list_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(colon) = (i + 1..(i + 12).min(view.len())).find(|&t| view.is_punct(t, ':')) else { return };
    let Some(subject) = left(article, view, i, ACTOR).copied() else { return };
    let a = actor(article, &subject);
    for listed in near_list(right(article, view, colon, PERSON_OR_ACTOR), colon + 4).into_iter().take(8).copied().collect::<Vec<_>>() {
        let b = actor(article, &listed);
        if a != b {
            emit(article, view, Some(&subject), a, b, i, RelationKind::Other, Some("sanctions".to_owned()), 0.55);
        }
    }
}

/// "imposed sanctions on dozens of Nicaraguan officials, among them
/// Murillo", "Among them were Defence Minister Viktor Khrenin, ...": those
/// named are listed by whoever imposed the sanctions (in this sentence,
/// else the last ones the text told of).
fn listed_among_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let sanctions = |r: &&super::engine::RelationRecord| r.label.as_deref() == Some("sanctions") && !r.negated;
    // The sentence telling of the sanctions: this one, or the last that
    // did; every party imposing them there ("Canada and the EU").
    let told_in = if i == 0 { article.relations.iter().rev().find(sanctions).and_then(|r| r.sentences.last().copied()) } else { Some((view.start, view.end)) };
    let Some(told_in) = told_in else { return };
    let mut sanctioners: Vec<usize> = Vec::new();
    for r in article.relations.iter().filter(sanctions).filter(|r| r.sentences.contains(&told_in)) {
        if !sanctioners.contains(&r.subject) {
            sanctioners.push(r.subject);
        }
    }
    let from = i + 1 + usize::from(view.is_any(i + 2, &["were", "are", "was", "is"]));
    for listed in near_list(right(article, view, from, PERSON_OR_ACTOR), from + 4).into_iter().take(8).copied().collect::<Vec<_>>() {
        let b = actor(article, &listed);
        for &sanctioner in &sanctioners {
            if b != sanctioner {
                emit(article, view, Some(&listed), sanctioner, b, i, RelationKind::Other, Some("sanctions".to_owned()), 0.55);
            }
        }
    }
}

/// "since Angola, Zambia and the DRC signed the agreement establishing the
/// Lobito Corridor Transit Transport Facilitation Agency": the signers are
/// the body's members.
fn founding_agreement_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(body) = view.mentions.iter().find(|m| (m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the")) && eligible(article, m, &[EntityKind::Organization])).copied() else { return };
    let Some(verb) = (i.saturating_sub(4)..i).find(|&t| view.is_any(t, &["signed", "ratified", "concluded", "adopted"])) else { return };
    let Some(signer) = left(article, view, verb, ACTOR).filter(|m| m.last + 3 >= verb).copied() else { return };
    // ("the Democratic Republic of the Congo (DRC) signed": the list goes
    // on before the acronym.)
    let signer = if signer.first >= 1 && view.is_punct(signer.first - 1, '(') {
        view.mentions.iter().find(|m| m.last + 2 == signer.first && m.entity == signer.entity).copied().unwrap_or(signer)
    } else {
        signer
    };
    for member in left_list(article, view, &signer, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let state = actor(article, &member);
        if state != body.entity {
            emit(article, view, Some(&member), state, body.entity, i, RelationKind::MemberOf, Some("signed the founding agreement".to_owned()), 0.65);
        }
    }
}

/// "Alternativna Televizija, a Banja Luka broadcaster": a firm described
/// by the place it works from lies there.
fn firm_place_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(place) = view.mentions.iter().find(|m| m.last + 1 == i && m.first >= 3 && eligible(article, m, &[EntityKind::Place])).copied() else { return };
    if !(view.is_any(place.first - 1, &["a", "an"]) && view.is_punct(place.first - 2, ',')) {
        return;
    }
    let Some(firm) = view.mentions.iter().find(|m| m.last + 3 == place.first && eligible(article, m, &[EntityKind::Organization])).copied() else { return };
    article.relate(view, firm.entity, place.entity, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.6);
}

/// "drafted the text together with Japan", "act alongside the United
/// States", "coordinate further measures with the United States": the
/// subject works with the parties named after `at` (the "with").
fn together_rule(article: &mut Article<'_>, view: &SentenceView<'_>, at: usize) {
    let partners: Vec<usize> = near_list(right(article, view, at, ACTOR), at + 2).iter().map(|m| affiliation_or_self(article, actor(article, m))).collect();
    if partners.is_empty() {
        return;
    }
    let Some(subject) = left(article, view, at, PERSON_OR_ACTOR).copied() else {
        return;
    };
    // ("Indonesia and Viet Nam, together with Malaysia and Thailand, will
    // hold a patrol": each of the subjects.)
    let subjects: Vec<Mention> = if at >= 2 && view.is_punct(at - 2, ',') { left_list(article, view, &subject, PERSON_OR_ACTOR).into_iter().copied().collect() } else { vec![subject] };
    for subject in subjects {
        let subject_entity = affiliation_or_self(article, actor(article, &subject));
        for &partner in partners.iter().take(4) {
            if partner != subject_entity {
                emit(article, view, Some(&subject), subject_entity, partner, at, RelationKind::CooperatesWith, None, 0.6);
            }
        }
    }
}

/// "France recalled its ambassadors to Canberra and Washington", "recalled
/// its own envoy from Phnom Penh": a protest to the state the envoys were
/// posted to (a capital stands for its state).
fn recall_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(envoy) = (i + 1..=i + 4).find(|&t| view.is_any(t, &["ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat"])) else {
        return;
    };
    if !view.is_any(envoy + 1, &["to", "from", "in"]) {
        return;
    }
    let posted: Vec<usize> = near_list(right(article, view, envoy + 1, &[EntityKind::Country]), envoy + 3).iter().map(|m| actor(article, m)).collect();
    let Some(subject) = left(article, view, i, ACTOR).copied() else {
        return;
    };
    // "Mali, Burkina Faso and Niger recalled their ambassadors": each.
    for recaller in left_list(article, view, &subject, ACTOR).into_iter().copied().collect::<Vec<_>>() {
        let recaller_entity = actor(article, &recaller);
        for &state in posted.iter().take(4) {
            if state != recaller_entity {
                emit(article, view, Some(&recaller), recaller_entity, state, i, RelationKind::Other, Some("recalled ambassador".to_owned()), 0.65);
            }
        }
    }
}

/// Whether a preposition governs mention `m` ("to Angola", "in the
/// capital"): then it is no subject.
/// The mention of `kinds` starting at token `at`, or right after a "the"
/// there ("to Egypt", "to the United States").
fn mention_after(article: &Article<'_>, view: &SentenceView<'_>, at: usize, kinds: &[EntityKind]) -> Option<Mention> {
    view.mentions.iter().find(|m| (m.first == at || m.first == at + 1 && view.is(at, "the")) && eligible(article, m, kinds)).copied()
}

/// The comma before an adjunct that holds the visit noun at `i`: ", at the
/// start of a three-day visit", ", during a visit", ", on the last day of
/// his tour".
fn adjunct_visit_opener(view: &SentenceView<'_>, i: usize) -> Option<usize> {
    let opener = (i.saturating_sub(8)..i).find(|&t| {
        view.is_any(t, &["during", "amid"])
            || view.is_any(t, &["at", "on", "near", "towards", "toward"]) && view.is(t + 1, "the") && view.is_any(t + 2, &["start", "end", "close", "beginning", "conclusion", "outset", "first", "second", "last", "final"])
    })?;
    let comma = opener.checked_sub(1).filter(|&c| view.is_punct(c, ','))?;
    (opener + 1..i).all(|t| !view.is_punct(t, ',') && !view.is_capitalised(t)).then_some(comma)
}

fn governed_by_preposition(view: &SentenceView<'_>, m: &Mention) -> bool {
    let Some(before) = m.first.checked_sub(1) else { return false };
    let before = if view.is(before, "the") { before.saturating_sub(1) } else { before };
    view.is_any(before, &["to", "in", "from", "at", "for", "with", "into", "towards", "toward", "against", "over", "near", "across"])
}

/// "Chisinau, the capital of Moldova", "Rabat, the Moroccan capital",
/// "Sudan's capital, Khartoum", "the Moldovan capital Chisinau", "El Fasher,
/// the capital of North Darfur": the city lies in the state or region the
/// phrase names, whether the city is written before or after it.
fn capital_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let container_kind = |m: &Mention| m.role != Role::Inner && matches!(entity_kind(article, m), Some(EntityKind::Country | EntityKind::Place));
    // The container and where the phrase starts and ends: "the Moldovan
    // capital" (a demonym read as the capital), "the capital of Moldova",
    // "Malaysia's capital".
    let demonym = view.mentions.iter().find(|m| m.last == i && m.first + 1 == i && m.role == Role::Capital).copied();
    let (container, start, end) = if let Some(d) = demonym {
        let country = actor(article, &d);
        if country == d.entity {
            return;
        }
        (country, d.first.saturating_sub(1), i)
    } else if view.is(i + 1, "of") {
        let Some(m) = view.mentions.iter().find(|m| (m.first == i + 2 || m.first == i + 3 && view.is(i + 2, "the")) && container_kind(m)) else { return };
        // ("the capital of China's Yunnan province", "of Moldova's
        // autonomous Gagauzia region": the province.)
        let m = if view.is_possessive(m.last + 1)
            && let Some(region) = view.mentions.iter().find(|r| (r.first == m.last + 2 || r.first == m.last + 3 && view.word(m.last + 2).starts_with(char::is_lowercase)) && entity_kind(article, r) == Some(EntityKind::Place))
        {
            region
        } else {
            m
        };
        (m.entity, if view.is(i.saturating_sub(1), "the") { i - 1 } else { i }, m.last + usize::from(view.is_any(m.last + 1, &["province", "region", "state", "prefecture", "oblast", "county"])))
    } else {
        let Some(m) = view.mentions.iter().find(|m| m.last + 2 <= i && i - m.last <= 4 && view.is_possessive(m.last + 1) && container_kind(m)) else { return };
        (m.entity, m.first, i)
    };
    let is_place = |m: &&Mention| m.entity != container && entity_kind(article, m) == Some(EntityKind::Place);
    // Written before: "Rabat, the Moroccan capital".
    let before = (start >= 2 && view.is_punct(start - 1, ','))
        .then(|| view.mentions.iter().find(|m| m.last + 2 == start && is_place(m)))
        .flatten();
    // Written after: "the Moldovan capital Chisinau", "Sudan's capital, Khartoum".
    let after_at = if view.is_punct(end + 1, ',') { end + 2 } else { end + 1 };
    let after = view.mentions.iter().find(|m| m.first == after_at && is_place(m));
    let Some(place) = before.or(after).map(|m| m.entity) else { return };
    article.relate(view, place, container, RelationKind::LocatedIn, None, false, Modality::Asserted, None, 0.75);
}

/// What a sentence-initial "It" names when a body is described: the
/// organisation the last sentence opened with, else the one the text is
/// about.
fn opening_organisation(article: &Article<'_>) -> Option<usize> {
    article.subject_actor.filter(|&e| entity_kind_of(article, e) == Some(EntityKind::Organization)).or_else(|| article.main_organisation())
}

/// "It was founded in 2015 at the initiative of Romanian President A and
/// Polish President B": those who proposed a body relate to it, whether
/// people or states, as its founders in the wide sense.
fn initiative_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(verb) = (i.saturating_sub(9)..i).rev().find(|&t| view.is_any(t, &["founded", "established", "created", "formed", "launched", "set"])) else {
        return;
    };
    let org = view.mentions.iter().filter(|m| m.last < verb && eligible(article, m, &[EntityKind::Organization])).min_by_key(|m| m.first).map(|m| m.entity);
    let Some(org) = org.or_else(|| view.is_any(0, &["it", "the"]).then(|| opening_organisation(article)).flatten()) else {
        return;
    };
    // People first: "Romanian President A" is A's initiative, not Romania's.
    let people = near_list(right(article, view, i + 1, &[EntityKind::Person]), i + 5);
    let founders: Vec<usize> = if people.is_empty() { near_list(right(article, view, i + 1, ACTOR), i + 3) } else { people }.iter().map(|m| actor(article, m)).collect();
    for founder in founders.into_iter().take(6).filter(|&f| f != org) {
        emit(article, view, None, founder, org, i, RelationKind::Other, Some("founded at the initiative of".to_owned()), 0.65);
    }
}

/// "founded in 2001 by China, Kazakhstan, ...": the founding states are
/// members of the organisation the sentence is about.
fn founders_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("established in Djibouti City in January 1986 as the Intergovernmental
    // Authority on Drought and Development (IGADD) by A, B ...".)
    let Some(by) = (i + 1..(i + 24).min(view.len())).find(|&t| view.is_any(t, &["by", "when"])) else {
        return;
    };
    let mut founders: Vec<usize> = if view.is(by, "when") {
        // "established in 1991, when President Havel of Czechoslovakia,
        // President Wałęsa of Poland and ... signed", "founded in 1971, when
        // the heads of government of A, B and C met": the states of those
        // who met or signed.
        let Some(act) = (by + 1..view.len()).find(|&t| view.is_any(t, &["met", "signed", "agreed", "gathered", "adopted", "founded", "established"])) else { return };
        let mut states: Vec<usize> = Vec::new();
        for m in view.mentions.iter().filter(|m| m.first > by && m.last < act && entity_kind(article, m) == Some(EntityKind::Country) && m.role != Role::Inner) {
            let state = actor(article, m);
            if !states.contains(&state) {
                states.push(state);
            }
        }
        states
    } else {
        near_list(right(article, view, by, &[EntityKind::Country]), by + 2).iter().map(|m| actor(article, m)).collect()
    };
    // "by fifteen states, among them Nigeria, Ghana and Senegal".
    if founders.len() < 2
        && let Some(among) = (by + 1..(by + 6).min(view.len())).find(|&t| view.is_any(t, &["among", "including", "namely"]))
    {
        founders = near_list(right(article, view, among, &[EntityKind::Country]), among + 3).iter().map(|m| actor(article, m)).collect();
    }
    // "established in 1996 by the Ottawa Declaration, signed in Ottawa by
    // Canada, Denmark, ...": the signatories of the founding text.
    if founders.len() < 2
        && let Some(signed) = (by + 1..(by + 12).min(view.len())).find(|&t| view.is_any(t, &["signed", "agreed", "adopted"]))
        && let Some(second_by) = (signed + 1..(signed + 11).min(view.len())).find(|&t| view.is(t, "by"))
    {
        founders = near_list(right(article, view, second_by, &[EntityKind::Country]), second_by + 2).iter().map(|m| actor(article, m)).collect();
    }
    // "established in 2019 by Poland's state development bank, BGK, and
    // Romania's Exim Bank": bodies that set up another are no members of
    // it, but they are related.
    // ("Poland's" there owns the bank.)
    let founding_bodies: Vec<usize> = if founders.len() < 2 && view.is(by, "by") {
        let end = (by + 1..(by + 25).min(view.len())).find(|&t| view.is_punct(t, ';') || view.is_any(t, &["which", "who", "that", "while", "but"])).unwrap_or_else(|| (by + 25).min(view.len()));
        view.mentions.iter().filter(|m| m.first > by && m.last < end && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Organization)).map(|m| m.entity).collect()
    } else {
        Vec::new()
    };
    if founders.len() < 2 && founding_bodies.is_empty() {
        return;
    }
    // "the diplomatic relations established by Czechoslovakia and Viet Nam
    // in 1950": ties between the founders, no body.
    if view.is_any(i.saturating_sub(1), &["relations", "ties"]) {
        emit_each_pair(article, view, &founders, i, RelationKind::CooperatesWith, Some("diplomatic relations".to_owned()), 0.65);
        return;
    }
    // The organisation: named before the verb, else, for "It was
    // established", the one `opening_organisation` names (only when the
    // sentence says the founding of its subject: "The visit marks the
    // anniversary of the ties established by ..." founds nothing).
    let org = view.mentions.iter().filter(|m| m.last < i && eligible(article, m, &[EntityKind::Organization])).min_by_key(|m| m.first).map(|m| m.entity);
    let passive = (i.saturating_sub(3)..i).any(|t| view.is_any(t, &["was", "were"]));
    let org = org.or_else(|| (view.is_any(0, &["it", "the"]) && passive).then(|| opening_organisation(article)).flatten());
    let Some(org) = org else {
        return;
    };
    if founders.len() >= 2 {
        for founder in founders.into_iter().take(12) {
            emit(article, view, None, founder, org, i, RelationKind::MemberOf, Some("founding member".to_owned()), 0.7);
        }
    }
    for body in founding_bodies.into_iter().take(4).filter(|&b| b != org) {
        emit(article, view, None, body, org, i, RelationKind::Other, Some("founded".to_owned()), 0.6);
    }
}

/// "Thirteen non-Arctic states have been admitted as observers, including
/// China, India and Japan": observers of the organisation the text is
/// about.
fn observers_listed_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(org) = article.main_organisation() else { return };
    let observers: Vec<Mention> = if let Some(including) = (i + 1..(i + 4).min(view.len())).find(|&t| view.is_any(t, &["including", "among", "namely"])) {
        near_list(right(article, view, including, ACTOR), including + 3).into_iter().take(12).copied().collect()
    } else if let Some(verb) = (i.saturating_sub(3)..i).find(|&t| view.is_any(t, &["admitted", "accepted"]) && view.is_any(t.saturating_sub(1), &["were", "was", "been"]))
        && let Some(last) = left(article, view, verb, ACTOR).filter(|m| verb - m.last <= 3)
    {
        // "six states – China, India and Italy – were admitted as
        // observers": the states before the verb.
        left_list(article, view, last, ACTOR).into_iter().take(12).copied().collect()
    } else {
        return;
    };
    for observer in observers {
        let observer_entity = actor(article, &observer);
        if observer_entity != org {
            emit(article, view, Some(&observer), observer_entity, org, i, RelationKind::Attends, Some("observer".to_owned()), 0.6);
        }
    }
}

/// "the ceasefire between Israel and Hamas mediated by Egypt, Qatar and the
/// United States", "agreed with the Houthis through the mediation of Oman",
/// "talks between A and B under Saudi and American mediation": the
/// mediators named by "by", "of", a demonym or a hyphen relate to each
/// party (those "between", else the sentence's subject and its partner
/// after "with").
fn named_mediators_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mediators: Vec<Mention> = if view.is(i + 1, "by") && !view.is(i, "mediation") || view.is(i + 1, "of") && view.is(i, "mediation") {
        // (Not ", Lebanese officials said" after the list.)
        let mut named: Vec<Mention> = near_list(right(article, view, i + 1, ACTOR), i + 3).into_iter().filter(|m| m.role != Role::Demonym).copied().collect();
        // "brokered by Ghana's President X, who ..., and by Senegalese
        // President Y": a person after title words, and a second "by".
        let titled_person = |by: usize| view.mentions.iter().filter(|m| m.first > by && m.first <= by + 5 && (by + 1..m.first).all(|t| view.is_capitalised(t) || view.is_possessive(t)) && eligible(article, m, &[EntityKind::Person])).min_by_key(|m| m.first).copied();
        if named.is_empty() {
            named.extend(titled_person(i + 1));
        }
        if let Some(by) = (i + 2..view.len()).find(|&t| view.is(t, "by") && view.is(t - 1, "and")) {
            named.extend(titled_person(by).or_else(|| view.mentions.iter().find(|m| m.first == by + 1 && eligible(article, m, ACTOR)).copied()));
        }
        named
    } else if let Some(last) = view.mentions.iter().find(|m| m.last + 1 == i && eligible(article, m, &[EntityKind::Country])) {
        left_list(article, view, last, &[EntityKind::Country]).into_iter().copied().collect()
    } else if i >= 2 && view.is_punct(i - 1, '-') {
        view.mentions.iter().filter(|m| m.last + 2 == i && eligible(article, m, ACTOR)).copied().collect()
    } else {
        return;
    };
    if mediators.is_empty() {
        return;
    }
    let parties: Vec<usize> = if let Some(between) = (0..view.len()).find(|&t| view.is(t, "between")) {
        near_list(right(article, view, between, ACTOR), between + 2).iter().map(|m| actor(article, m)).collect()
    } else if let Some(with) = (0..i).rev().find(|&t| view.is(t, "with")) {
        let partner = view.mentions.iter().find(|m| (m.first == with + 1 || m.first == with + 2 && view.is(with + 1, "the")) && eligible(article, m, ACTOR)).map(|m| actor(article, m));
        let subject = view.mentions.iter().filter(|m| m.last < with && m.role == Role::Plain && eligible(article, m, ACTOR)).min_by_key(|m| m.first).map(|m| affiliation_or_self(article, actor(article, m)));
        subject.into_iter().chain(partner).collect()
    } else {
        // "Lebanon and Syria agreed ... after talks brokered by Saudi
        // Arabia", "The talks were brokered by X": the two states or
        // bodies last told dealing with each other.
        let body_or_state = |e: usize| matches!(entity_kind_of(article, e), Some(EntityKind::Country | EntityKind::Organization));
        let sentence = (view.start, view.end);
        let here = article.stated_in(sentence).rev().find(|r| matches!(r.kind, RelationKind::CooperatesWith | RelationKind::Meets) && body_or_state(r.subject) && body_or_state(r.object)).map(|r| (r.subject, r.object));
        let talks = view.is(i.saturating_sub(2), "talks") || view.is(i.saturating_sub(1), "talks");
        let recent = || article.relations.iter().rev().take(40).find(|r| matches!(r.kind, RelationKind::CooperatesWith | RelationKind::Meets) && r.confidence >= 0.5 && body_or_state(r.subject) && body_or_state(r.object)).map(|r| (r.subject, r.object));
        here.or_else(|| if talks { recent() } else { None }).map(|(a, b)| vec![a, b]).unwrap_or_default()
    };
    if parties.len() < 2 {
        return;
    }
    for mediator in mediators.iter().take(6) {
        // (A state's leader named as mediator is the mediator.)
        let mediator_entity = if entity_kind(article, mediator) == Some(EntityKind::Person) && view.is(i + 1, "by") { mediator.entity } else { affiliation_or_self(article, actor(article, mediator)) };
        for &party in parties.iter().take(4) {
            if party != mediator_entity && !mediators.iter().any(|m| actor(article, m) == party) {
                emit(article, view, Some(mediator), mediator_entity, party, i, RelationKind::Other, Some("mediation".to_owned()), 0.55);
            }
        }
    }
}

/// "Qatar and Egypt have been mediating between Israel and Hamas": each
/// mediator relates to each party.
fn mediation_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let parties: Vec<usize> = if let Some(between) = (i + 1..=i + 4).find(|&t| view.is(t, "between")) {
        let named: Vec<usize> = near_list(right(article, view, between, ACTOR), between + 2).iter().map(|m| actor(article, m)).collect();
        // "mediation efforts between the two sides".
        let pair = || {
            let &(_, noun) = view.pair_phrases.iter().find(|&&(first, _)| first == between + 1)?;
            if view.is_any(noun, &["countries", "nations", "states", "neighbours", "neighbors", "governments"]) { last_two_countries(article, view, i) } else { pair_of_phrase(article, view, noun) }
        };
        // (Parties to a dispute are states or bodies, not people.)
        let parties = pair().map(|(a, b)| vec![affiliation_or_self(article, a), affiliation_or_self(article, b)]).unwrap_or_default();
        if named.len() >= 2 { named } else { parties.into_iter().filter(|&p| entity_kind_of(article, p) != Some(EntityKind::Person)).collect() }
    } else if view.is(i.saturating_sub(1), "to") && (i.saturating_sub(4)..i).any(|t| view.is_any(t, &["offered", "offers", "offer", "ready", "willing", "proposed"])) {
        // "Sheinbaum offered to mediate": between the two states the
        // dispute is about.
        last_two_countries(article, view, i).map(|(a, b)| vec![a, b]).unwrap_or_default()
    } else {
        return;
    };
    if parties.len() < 2 {
        return;
    }
    // A person mediates for their state ("Mexico's President Claudia
    // Sheinbaum offered to mediate").
    let Some(subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else {
        return;
    };
    let mut mediators: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| affiliation_or_self(article, actor(article, m))).collect();
    if let Some(other) = coordinated_before(article, view, &subject, PERSON_OR_ACTOR) {
        mediators.push(affiliation_or_self(article, actor(article, other)));
    }
    mediators.dedup();
    for mediator in mediators {
        for &party in parties.iter().take(4) {
            if party != mediator {
                emit(article, view, Some(&subject), mediator, party, i, RelationKind::Other, Some("mediation".to_owned()), 0.6);
            }
        }
    }
}

/// "Ethiopia has troops in Somalia as part of ATMIS", "London, as part of
/// the coalition, ...": the subject takes part in the mission or body.
fn as_part_of_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(body) = near_list(right(article, view, i + 1, &[EntityKind::Organization, EntityKind::Event]), i + 3).first().copied().copied() else {
        return;
    };
    let Some(subject) = view.mentions.iter().filter(|m| m.last < i && m.role != Role::Inner && eligible(article, m, PERSON_OR_ACTOR) && !governed_by_preposition(view, m)).min_by_key(|m| m.first).copied() else {
        return;
    };
    let subject_entity = actor(article, &subject);
    if subject_entity != body.entity {
        emit(article, view, Some(&subject), subject_entity, body.entity, i, RelationKind::Attends, Some("part of".to_owned()), 0.6);
    }
}

/// "The highest body of the CSTO is the Collective Security Council",
/// "the Council, the main organ of the UN": a body of an organisation.
fn body_of_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("a subsidiary of Hong Kong-based CK Hutchison": past the place.)
    // ("the youth league of the ruling CNDD-FDD party": past "ruling".)
    let reach = if (i + 2..i + 6).any(|t| view.is_any(t, &["based", "headquartered", "owned", "registered"])) { i + 7 } else { i + 3 + usize::from(view.is_any(i + 3, &["ruling", "opposition"])) };
    let Some(parent) = near_list(right(article, view, i + 1, &[EntityKind::Organization]), reach).first().copied().copied() else {
        return;
    };
    // The body: after "is"/"are" following the parent, else an appositive
    // head right before ("X, the main organ of").
    let after_is = view.is_any(parent.last + 1, &["is", "was", "remains"]).then(|| view.mentions.iter().find(|m| m.first > parent.last + 1 && m.first <= parent.last + 3 && eligible(article, m, &[EntityKind::Organization])).copied()).flatten();
    let appositive = || {
        let mut t = i;
        while t > 0 && t + 5 > i && !view.is_punct(t, ',') {
            t -= 1;
        }
        view.is_punct(t, ',').then(|| view.mentions.iter().find(|m| m.last + 1 == t && eligible(article, m, &[EntityKind::Organization])).copied()).flatten()
    };
    let Some(body) = after_is.or_else(appositive) else {
        return;
    };
    if body.entity != parent.entity {
        article.relate(view, body.entity, parent.entity, RelationKind::PartOf, None, false, Modality::Asserted, None, 0.7);
    }
}

/// Verbs whose subject acts on the actor named right after them, with the
/// label they give the relation ("Russia invaded Ukraine", "Qatar funded
/// Hamas"); threatening is criticism, arming and helping cooperation.
const ACTION_VERBS: &[(&str, &str)] = &[
    ("invaded", "invaded"), ("invades", "invaded"), ("attacked", "attacked"), ("attacks", "attacked"), ("bombed", "bombed"), ("shelled", "shelled"), ("raided", "raided"), ("struck", "struck"),
    ("occupied", "occupied"), ("occupies", "occupied"), ("occupy", "occupied"), ("occupying", "occupied"), ("annexed", "annexed"), ("annex", "annexed"), ("seized", "seized"),
    ("armed", "armed"), ("arms", "armed"), ("funded", "funded"), ("funds", "funded"), ("financed", "financed"), ("finances", "financed"), ("supplied", "supplied"), ("supplies", "supplied"), ("equipped", "equipped"), ("trained", "trained"), ("trains", "trained"),
    ("helped", "helped"), ("helps", "helped"), ("assisted", "assisted"), ("assists", "assisted"), ("defended", "defended"), ("defends", "defended"), ("protected", "protected"),
    ("recognised", "recognised"), ("recognized", "recognised"), ("recognises", "recognised"), ("recognizes", "recognised"),
    ("congratulated", "congratulated"), ("thanked", "thanked"), ("praised", "praised"), ("commended", "commended"), ("hailed", "hailed"), ("endorsed", "endorsed"), ("endorses", "endorsed"),
    ("congratulates", "congratulated"), ("thanks", "thanked"), ("praises", "praised"), ("commends", "commended"), ("hails", "hailed"), ("salutes", "saluted"), ("saluted", "saluted"),
    ("opposed", "opposed"), ("opposes", "opposed"), ("blocked", "blocked"), ("blocks", "blocked"), ("defied", "defied"), ("challenged", "challenged"),
    ("controls", "controls"), ("controlled", "controls"), ("owns", "owns"), ("owned", "owns"), ("courted", "courted"), ("lobbied", "lobbied"),
    ("arrested", "arrested"), ("detained", "detained"), ("extradited", "extradited"), ("deported", "deported"),
    ("threatened", "threatened"), ("threatens", "threatened"), ("threatening", "threatened"),
    ("sided with", "sided with"), ("sides with", "sided with"), ("retaliated against", "retaliated against"), ("retaliates against", "retaliated against"),
    ("fired at", "fired at"), ("aligned with", "aligned with"), ("competes with", "competes with"), ("competing with", "competes with"),
];

/// The label of the action verb at `i` and the last token of its words
/// ("sided with").
fn action_verb(view: &SentenceView<'_>, i: usize) -> Option<(&'static str, usize)> {
    // Looked up for every word, so by the verb's first word in a map: the
    // preposition the verb needs (if any) and the label, per form.
    type Forms = Vec<(Option<&'static str>, &'static str)>;
    static BY_VERB: LazyLock<FxHashMap<&'static str, Forms>> = LazyLock::new(|| {
        let mut by_verb: FxHashMap<&'static str, Forms> = FxHashMap::default();
        for &(form, label) in ACTION_VERBS {
            let (verb, preposition) = form.split_once(' ').map_or((form, None), |(verb, preposition)| (verb, Some(preposition)));
            by_verb.entry(verb).or_default().push((preposition, label));
        }
        by_verb
    });
    BY_VERB.get(view.lower(i))?.iter().find_map(|&(preposition, label)| match preposition {
        None => Some((label, i)),
        Some(preposition) => view.is(i + 1, preposition).then_some((label, i + 1)),
    })
}

/// "Russia invaded Ukraine", "The Council thanked Qatar": an actor acting
/// on the actor written right after the verb, when no other rule related
/// the two.
fn action_verb_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some((label, end)) = action_verb(view, i) else { return };
    let mut at = end + 1;
    while view.is_any(at, &["the", "its", "their", "his", "her", "both"]) {
        at += 1;
    }
    // ("thanks the State of Qatar", "the Government of Japan".)
    if view.is_any(at, &["state", "government", "people", "kingdom", "republic"]) && view.is(at + 1, "of") {
        at += 2 + usize::from(view.is(at + 2, "the"));
    }
    // "the occupied Palestinian territory": a participle, not a verb.
    // ("sided with Saudi Arabia and the United Arab Emirates": each of a
    // list that starts there.)
    let listed = right(article, view, end, PERSON_OR_ACTOR);
    let objects: Vec<Mention> = if listed.first().is_some_and(|m| m.first <= at) { listed.into_iter().take(4).copied().collect() } else { Vec::new() };
    // ("state-owned Myanma Economic Bank": a compound adjective.)
    let compound = i >= 2 && view.is_punct(i - 1, '-') && view.word(i - 2).starts_with(char::is_lowercase);
    if objects.is_empty() || compound || view.is(i + 1, "by") || view.is_any(i.saturating_sub(1), &["the", "a", "an"]) {
        return;
    }
    // (Near the verb, or the clause's opening subject a verb after "and"
    // shares.)
    let Some(mut subject) = left(article, view, i, PERSON_OR_ACTOR).filter(|m| i - m.last <= 8 || m.first <= 4 && view.is(i - 1, "and")).copied() else { return };
    // "thanked Poland for its help and praised Lithuania": a second verb
    // shares the sentence's subject, not the first verb's object.
    // ("broke off relations with Taiwan and recognised Beijing": the
    // party after a preposition is no subject either.)
    let after_preposition = subject.first >= 1 && view.is_any(subject.first - 1 - usize::from(subject.first >= 2 && view.is(subject.first - 1, "the")), &["with", "to", "from", "against", "on", "of"]);
    if i >= 2
        && view.is(i - 1, "and")
        && (subject.last + 2 < i || after_preposition)
        && let Some(opening) = view.mentions.iter().filter(|m| m.first <= 4 && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first)
    {
        subject = *opening;
    }
    // Arming, funding or helping a party is siding with it; thanking or
    // praising a partner is cooperation too (as the annotations read it).
    let kind = match label {
        "threatened" => RelationKind::Criticizes,
        "armed" | "funded" | "financed" | "supplied" | "equipped" | "trained" | "helped" | "assisted" | "defended" | "protected" | "aligned with" | "sided with" | "thanked" | "praised" | "commended" => RelationKind::CooperatesWith,
        _ => RelationKind::Other,
    };
    // "Both Brazil and India congratulated South Africa": each actor.
    let subjects: Vec<usize> = left_list(article, view, &subject, PERSON_OR_ACTOR).iter().map(|m| actor(article, m)).collect();
    for object in &objects {
        let b = actor(article, object);
        for &a in &subjects {
            let related = article.relations.iter().any(|r| r.subject == a && r.object == b || r.subject == b && r.object == a);
            if a != b && !related {
                emit(article, view, Some(&subject), a, b, i, kind, Some(label.to_owned()), 0.5);
            }
        }
    }
}

/// "Washington would hold Rwanda accountable": criticism of the party held
/// to account.
fn accountable_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(end) = (i + 2..=i + 4).find(|&t| view.is_any(t, &["accountable", "responsible"])) else { return };
    let Some(object) = view.mentions.iter().find(|m| m.first > i && m.last < end && eligible(article, m, PERSON_OR_ACTOR)).copied() else { return };
    let Some(mut subject) = left(article, view, i, PERSON_OR_ACTOR).copied() else { return };
    // "called on the Council to hold the group responsible": the caller
    // holds the group to account, the body called on is only asked to.
    let appeal_at = subject.first.saturating_sub(1 + usize::from(view.is(subject.first.saturating_sub(1), "the")));
    if view.is(i.saturating_sub(1), "to")
        && view.is_any(appeal_at, &["on", "upon", "urged", "asked", "pressed"])
        && let Some(caller) = left(article, view, appeal_at, PERSON_OR_ACTOR)
    {
        let verb = if view.is_any(appeal_at, &["on", "upon"]) { appeal_at.saturating_sub(1) } else { appeal_at };
        subject = conjoined_subject(article, view, verb, *caller);
    }
    let (a, b) = (affiliation_or_self(article, actor(article, &subject)), actor(article, &object));
    if a != b {
        emit(article, view, Some(&subject), a, b, i, RelationKind::Criticizes, Some("hold accountable".to_owned()), 0.6);
    }
}

/// "The two leaders also discussed the war in Gaza", "Modi and Albanese
/// discussed trade": the parties talked, so they met.
fn discussion_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let subject = left(article, view, i, PERSON_OR_ACTOR).copied();
    if let Some((a, b)) = pair_as_subject(article, view, i, subject.as_ref()) {
        emit(article, view, None, a, b, i, RelationKind::Meets, Some("discussed".to_owned()), 0.6);
        return;
    }
    let Some(subject) = subject.filter(|m| i - m.last <= 3) else { return };
    if let Some(other) = coordinated_before(article, view, &subject, PERSON_OR_ACTOR) {
        let (a, b) = (actor(article, other), actor(article, &subject));
        if a != b {
            emit(article, view, Some(&subject), a, b, i, RelationKind::Meets, Some("discussed".to_owned()), 0.6);
        }
    }
}

/// "the Russian Federation vetoed the draft", "owing to a veto by the
/// Russian Federation": the vetoing member blocks the council that was to
/// adopt it (or acts against the party named right after the verb).
fn veto_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let by_agent = (i + 1..=i + 2).find(|&t| view.is(t, "by")).and_then(|by| right(article, view, by, ACTOR).first().filter(|m| m.first <= by + 2).copied().copied());
    // ("called the veto an act of cruelty": a noun after "the" names no
    // vetoer before it; "Russia's veto" does.)
    let noun = view.is(i, "veto") && view.is_any(i.saturating_sub(1), &["the", "a", "its", "this"]);
    let possessor = (view.is(i, "veto") && i >= 2 && view.is_possessive(i - 1)).then(|| view.mentions.iter().find(|m| m.last + 2 == i && eligible(article, m, ACTOR)).copied()).flatten();
    let Some(vetoer) = by_agent.or(possessor).or_else(|| if noun { None } else { left(article, view, i, PERSON_OR_ACTOR).filter(|m| i - m.last <= 4).copied() }) else { return };
    let vetoer_entity = affiliation_or_self(article, actor(article, &vetoer));
    // "vetoed a draft resolution in the 15-member Council": the council
    // named after the verb, else the one adopting texts in this article.
    let council = view
        .mentions
        .iter()
        .find(|m| m.first > i && m.first <= i + 10 && article.entities.get(m.entity).is_some_and(is_council_or_assembly))
        .map(|m| m.entity)
        // ("in the 15-member Council": the article's council by that word.)
        .or_else(|| (i + 1..(i + 10).min(view.len())).any(|t| view.word(t) == "Council").then(|| article.entities.iter().position(|e| is_council_or_assembly(e) && e.name.ends_with("Council"))).flatten());
    let target = right(article, view, i, ACTOR).first().filter(|m| by_agent.is_none() && m.first <= i + 2).map(|m| actor(article, m));
    let Some(target) = target.or(council).or_else(|| article.recent_adopting_body()) else { return };
    if target != vetoer_entity {
        emit(article, view, Some(&vetoer), vetoer_entity, target, i, RelationKind::Other, Some("vetoed".to_owned()), 0.6);
    }
    // "France condemned the veto": the vetoing member's.
    article.last_act_by = Some((vetoer_entity, "veto"));
}

/// "The 2019 G20 Osaka summit was the fourteenth meeting of the G20, held
/// on 28-29 June at the International Exhibition Center in Osaka": after a
/// comma, "held" places the event the sentence opens with, at each place
/// named after "at" or "in".
fn held_participle_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = view.mentions.iter().filter(|m| m.first <= 2 && m.role == Role::Plain && entity_kind(article, m) == Some(EntityKind::Event)).min_by_key(|m| m.first).map(|m| m.entity) else {
        return;
    };
    // (Past "in Abuja, Nigeria," but not "in Abuja, the parties ...".)
    let end = (i + 1..view.len())
        .find(|&t| view.is_punct(t, ',') && !(view.mentions.iter().any(|m| m.last + 1 == t && entity_kind(article, m) == Some(EntityKind::Place)) && view.mentions.iter().any(|m| m.first == t + 1 && view.is_capitalised(t + 1) && eligible(article, m, PLACE_LIKE))))
        .unwrap_or(view.len());
    for at in (i + 1..end.min(i + 16)).filter(|&t| view.is_any(t, &["in", "at"])) {
        if let Some(place) = view.mentions.iter().find(|p| (p.first == at + 1 || p.first == at + 2 && view.is(at + 1, "the")) && eligible(article, p, PLACE_LIKE)) {
            let place = place.entity;
            article.relate(view, event, place, RelationKind::LocatedIn, None, false, Modality::Asserted, nearest_date(view, i), 0.7);
        }
    }
}

/// "Spain, a permanent guest, was represented by acting Prime Minister
/// Pedro Sánchez", "King Salman did not attend and was represented by the
/// Crown Prince": at the event the text is about, the representative
/// attends (and so does the state, unless the sentence denies it).
fn represented_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let Some(event) = article.main_event() else { return };
    // ("represented by India's foreign minister, S. Jaishankar": a title may
    // come first.)
    let Some(delegate) = right(article, view, i + 1, &[EntityKind::Person]).first().filter(|m| m.first <= i + 9).copied().copied() else { return };
    // (The delegate's attendance carries no denial written for the one
    // represented.)
    article.relate(view, delegate.entity, event, RelationKind::Attends, None, false, modality(view, 0, i), nearest_date(view, i), 0.6);
    if let Some(represented) = left(article, view, i, ACTOR).copied()
        && !negated(view, 0, i)
    {
        emit(article, view, Some(&represented), actor(article, &represented), event, i, RelationKind::Attends, None, 0.6);
    }
}

/// "Invited countries included Chile, Egypt and Senegal" (states, as
/// guests), "Those present included A, B and C" (people too): each attends
/// the event the text names first.
fn listed_attendees_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, guests: bool) {
    let Some(event) = article.main_event() else { return };
    let (kinds, reach, label) = if guests { (ACTOR, 2, Some("guest")) } else { (PERSON_OR_ACTOR, 6, None) };
    for attendee in near_list(right(article, view, i, kinds), i + reach).into_iter().take(12).copied().collect::<Vec<_>>() {
        emit(article, view, Some(&attendee), actor(article, &attendee), event, i, RelationKind::Attends, label.map(str::to_owned), 0.6);
    }
}

/// Acts a text names and later refers back to ("the strikes", "the raid").
const ACT_NOUNS: &[&str] = &[
    "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "incursion", "invasion", "offensive", "bombing", "shelling", "launch", "launches", "test", "tests", "annexation", "blockade", "expulsion", "expulsions", "operation",
    "veto",
];

/// "Israeli air strikes", "Ecuador's raid", "North Korea's missile launch":
/// the state that carried out the act, remembered for a later "the
/// strikes".
fn remember_act(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    let mut k = i;
    while k > 0 && i - k < 3 && view.word(k - 1).chars().all(char::is_lowercase) && !view.is_any(k - 1, &["the", "a", "an", "of", "on", "in", "by", "and", "to", "for"]) {
        k -= 1;
    }
    let before = if k >= 1 && view.is_possessive(k - 1) { k.saturating_sub(1) } else { k };
    if let Some(actor_mention) = view.mentions.iter().find(|m| m.last + 1 == before && matches!(m.role, Role::Demonym | Role::Plain | Role::Capital | Role::Affiliation) && matches!(entity_kind(article, m), Some(EntityKind::Country | EntityKind::Organization))) {
        article.last_act_by = Some((actor(article, actor_mention), act_stem(view.lower(i))));
    }
}

/// "airstrikes" and "strike" are one act; so are "attacks" and "attack".
fn act_stem(noun: &str) -> &'static str {
    ACT_NOUNS.iter().copied().find(|&stem| noun == stem || noun.strip_suffix('s') == Some(stem)).map_or("", |stem| stem.strip_prefix("air").unwrap_or(stem))
}

/// "Mathieu Parker has headed the Secretariat since 2021", "X leads the
/// Commission": the person holds the body's top office.
fn headed_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    // ("who leads the union's work on reform": not the union.)
    let Some(body) = right(article, view, i, &[EntityKind::Organization]).first().filter(|m| m.first <= i + 2 && !view.is_possessive(m.last + 1)).copied().copied() else { return false };
    // ("Plahotniuc, who led the Democratic Party": over the relative.)
    let Some(person) = left(article, view, i, &[EntityKind::Person])
        .filter(|m| i - m.last <= 2 || (m.last + 1..i).all(|t| view.is_any(t, &["has", "had", "also", "since", "of", "who", "once", "previously", "formerly"]) || view.is_punct(t, ',') || view.is_capitalised(t)))
        .copied()
    else {
        return false;
    };
    if entity_kind(article, &person) != Some(EntityKind::Person) {
        return false;
    }
    article.relate(view, person.entity, body.entity, RelationKind::HoldsOffice, Some("head".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.55);
    true
}

/// The states before the verb at `i` belong to the body it forms: its
/// founders ("formed the Alliance of Sahel States"), or, in the present,
/// its members ("A and B, together with C, form the MED9 group of southern
/// EU countries", members of that bloc too).
fn formed_body_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize, founding: bool) {
    let Some(org) = view.mentions.iter().find(|m| formed_org_at(article, view, i, m)).copied() else { return };
    let Some(subject) = left(article, view, i, &[EntityKind::Country]).copied() else { return };
    let of = org.last + 1 + usize::from(view.is_any(org.last + 1, &["group", "grouping", "format", "bloc"]));
    let bloc = (!founding && view.is(of, "of"))
        .then(|| view.mentions.iter().find(|m| m.first > of && m.first <= of + 3 && (of + 1..m.first).all(|t| !view.is_capitalised(t)) && view.is_any(m.last + 1, &["countries", "states", "nations", "members"]) && is_membership_body(article, m)))
        .flatten()
        .map(|m| m.entity);
    for member in left_list(article, view, &subject, &[EntityKind::Country]).into_iter().copied().collect::<Vec<_>>() {
        emit(article, view, Some(&member), actor(article, &member), org.entity, i, RelationKind::MemberOf, founding.then(|| "founding member".to_owned()), 0.65);
        if let Some(bloc) = bloc {
            emit(article, view, Some(&member), actor(article, &member), bloc, i, RelationKind::MemberOf, None, 0.6);
        }
    }
}

/// "ORG, which A and B founded in 2017 with C, D and E", "the Alliance
/// of Sahel States (AES), which the three countries formed in 2023": the
/// states before the verb and those after "with" are the body's founding
/// members.
fn founded_which_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) -> bool {
    let Some(which) = (i.saturating_sub(8)..i).rev().find(|&t| view.is_any(t, &["which", "that"]) && t >= 2 && view.is_punct(t - 1, ',')) else {
        return false;
    };
    // (The body closes the words before the comma, past an acronym in
    // parentheses.)
    let before = if view.is_punct(which - 2, ')') { (which.saturating_sub(5)..which - 2).rev().find(|&t| view.is_punct(t, '(')).map_or(which - 2, |t| t.saturating_sub(1)) } else { which - 2 };
    let Some(org) = view.mentions.iter().find(|m| m.last == before && eligible(article, m, &[EntityKind::Organization])).copied() else {
        return false;
    };
    // ("which the three countries formed", after "the withdrawal of
    // Burkina Faso, Mali and Niger": the list of three just written.)
    let count = match view.lower(which + 2) {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => 0,
    };
    let listed: Vec<Mention> = view.mentions.iter().filter(|m| m.last < org.first && m.role == Role::Plain && eligible(article, m, &[EntityKind::Country])).copied().collect();
    let run = listed.len().checked_sub(count).map(|from| &listed[from..]).filter(|run| {
        count > 0 && view.is(which + 1, "the") && run.windows(2).all(|w| (w[0].last + 1..w[1].first).all(|t| view.is_punct(t, ',') || view.is(t, "and")))
    });
    let mut founders: Vec<usize> = match run {
        Some(run) => run.iter().map(|m| actor(article, m)).collect(),
        None => view.mentions.iter().filter(|m| m.first > which && m.last < i && eligible(article, m, &[EntityKind::Country])).map(|m| actor(article, m)).collect(),
    };
    // ("The two Heads of State ... the Accra Initiative, which their
    // countries founded": the pair the sentence opened with.)
    if founders.is_empty()
        && view.is_any(which + 1, &["their", "both"])
        && let Some((a, b)) = view.pair_phrases.iter().filter(|&&(_, last)| last < org.first).max_by_key(|&&(_, last)| last).and_then(|&(_, last)| pair_of_phrase(article, view, last))
    {
        let (a, b) = (affiliation_or_self(article, a), affiliation_or_self(article, b));
        if a != b && entity_kind_of(article, a) == Some(EntityKind::Country) && entity_kind_of(article, b) == Some(EntityKind::Country) {
            founders = vec![a, b];
        }
    }
    if founders.is_empty() {
        return false;
    }
    // "... founded in 2017 with Benin, Burkina Faso and Togo".
    if let Some(with) = (i + 1..(i + 5).min(view.len())).find(|&t| view.is(t, "with")) {
        let end = (with + 1..view.len()).find(|&t| view.is_punct(t, ';') || view.is_any(t, &["to", "which", "who", "while", "after", "but"]) || view.is_punct(t, ',') && view.is_any(t + 1, &["and", "but", "while"]) && !view.is_capitalised(t + 2)).unwrap_or(view.len());
        founders.extend(view.mentions.iter().filter(|m| m.first > with && m.last < end && eligible(article, m, &[EntityKind::Country])).map(|m| actor(article, m)));
    }
    for founder in founders {
        article.relate(view, founder, org.entity, RelationKind::MemberOf, Some("founding member".to_owned()), false, Modality::Asserted, nearest_date(view, i), 0.6);
    }
    true
}

/// Whether `m` is the organisation formed by the verb at `i`: right after
/// it ("formed the Alliance of Sahel States") or after "a <noun> called".
fn formed_org_at(article: &Article<'_>, view: &SentenceView<'_>, i: usize, m: &Mention) -> bool {
    let right_after = m.first == i + 1 || m.first == i + 2 && view.is(i + 1, "the");
    let called = m.first <= i + 7 && m.first >= 2 && (m.first.saturating_sub(2)..m.first).any(|t| view.is_any(t, &["called", "named", "dubbed", "as"])) && view.is_any(i + 1, &["a", "an", "the"]);
    (right_after || called) && eligible(article, m, &[EntityKind::Organization])
}

/// The first token after a dateline's dash within the first `within`
/// tokens ("ABUJA, Dec 15 (Reuters) - ..."), else 0.
fn after_dateline(view: &SentenceView<'_>, within: usize) -> usize {
    (0..within.min(view.len())).find(|&t| (view.is_punct(t, '-') || view.is_punct(t, '\u{2014}')) && !view.touching(t)).map_or(0, |t| t + 1)
}

/// "The visit drew sharp criticism from the United States": the critic
/// criticises whoever the sentence's subject stands for - an actor named
/// there, or for "the visit" or "the trip" the last visitor.
fn drew_criticism_rule(article: &mut Article<'_>, view: &SentenceView<'_>, i: usize) {
    // ("brushing aside warnings from Australia and the United States":
    // each critic listed.)
    let critics: Vec<Mention> = near_list(right(article, view, i + 1, PERSON_OR_ACTOR), i + 3).into_iter().take(4).copied().collect();
    // The one criticised opens the sentence (past a dateline).
    let opening = after_dateline(view, 8);
    let named = view.mentions.iter().filter(|m| m.last < i && m.first <= opening + 3 && matches!(m.role, Role::Plain | Role::Capital) && eligible(article, m, PERSON_OR_ACTOR)).min_by_key(|m| m.first).map(|m| actor(article, m));
    // (The visitor of most visits so far: the one the report is about.)
    let visitor = || {
        if !(0..i).any(|t| view.is_any(t, &["visit", "trip", "tour"])) {
            return None;
        }
        let mut counts: Vec<(usize, usize)> = Vec::new();
        for r in article.relations.iter().filter(|r| r.kind == RelationKind::Visits && !r.negated) {
            match counts.iter_mut().find(|(who, _)| *who == r.subject) {
                Some((_, n)) => *n += 1,
                None => counts.push((r.subject, 1)),
            }
        }
        counts.iter().max_by_key(|&&(_, n)| n).map(|&(who, _)| who)
    };
    let Some(target) = named.or_else(visitor) else { return };
    for critic in critics {
        let critic_entity = affiliation_or_self(article, actor(article, &critic));
        if target != critic_entity {
            emit(article, view, Some(&critic), critic_entity, target, i, RelationKind::Criticizes, Some(format!("{} from", view.lower(i))), 0.55);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::BTreeSet;

    use super::{NEGATION_CUES, RULE_WORDS, may_be_negation_cue};

    #[test]
    fn every_negation_cue_passes_may_be_negation_cue() {
        for cue in NEGATION_CUES.iter().chain(&["ruled", "shouldn't"]) {
            assert!(may_be_negation_cue(cue), "{cue}");
        }
    }

    /// The words the arms of `extract_relations`'s match start with, read
    /// from this file's source (arms at their rustfmt indentation).
    fn match_patterns() -> BTreeSet<String> {
        let source = include_str!("relations.rs");
        let function = source.find("pub fn extract_relations").unwrap();
        let open = function + source[function..].find("        match w {").unwrap();
        let mut depth = 0;
        let mut end = open;
        for (k, c) in source[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let mut words = BTreeSet::new();
        for line in source[open..end].lines() {
            let Some(arm) = line.strip_prefix("            ").filter(|l| l.starts_with('"')) else { continue };
            let cut = [arm.find(" if "), arm.find(" =>")].into_iter().flatten().min().unwrap_or(arm.len());
            for (k, piece) in arm[..cut].split('"').enumerate() {
                if k % 2 == 1 {
                    words.insert(piece.to_owned());
                }
            }
        }
        words
    }

    #[test]
    fn rule_words_are_the_match_patterns() {
        let listed: BTreeSet<String> = RULE_WORDS.iter().map(|w| (*w).to_owned()).collect();
        let patterns = match_patterns();
        assert!(patterns.len() > 100, "the match was not found ({} words)", patterns.len());
        let missing: Vec<&String> = patterns.difference(&listed).collect();
        let stale: Vec<&String> = listed.difference(&patterns).collect();
        assert!(missing.is_empty() && stale.is_empty(), "add to RULE_WORDS: {missing:?}; listed but in no arm: {stale:?}");
    }
}
