//! The gazetteers of `assets/gazetteer/`, parsed once into a static and
//! searched with one Aho-Corasick automaton.
//!
//! Every surface form (a country's names, demonyms and capitals, an
//! organisation's acronyms, a title, a government body...) is one pattern
//! with a [`Target`] saying what it names. Matching is case-sensitive (names
//! are capitalised in news text; a few lower-case forms such as "spokesman" or
//! "foreign ministry" are listed as such) and overlapping, so the caller can
//! keep the longest match that sits on token boundaries.
//!
//! Two generated lists stay out of the automaton: the world's towns and
//! regions (`world_places.txt`, looked up by [`world_place`] once a sentence
//! says a name is a place) and English first names (`first_names_en.txt`,
//! part of [`is_given_name`]).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::EntityKind;

const COUNTRIES: &str = include_str!("../../assets/gazetteer/countries.txt");
const ORGANIZATIONS: &str = include_str!("../../assets/gazetteer/organizations.txt");
const MEDIA: &str = include_str!("../../assets/gazetteer/media.txt");
const MEMBERSHIPS: &str = include_str!("../../assets/gazetteer/memberships.txt");
const COMPANIES: &str = include_str!("../../assets/gazetteer/companies.txt");
const PLACES: &str = include_str!("../../assets/gazetteer/places.txt");
const GOVERNMENT: &str = include_str!("../../assets/gazetteer/government.txt");
const TITLES: &str = include_str!("../../assets/gazetteer/titles.txt");
const PEOPLE: &str = include_str!("../../assets/gazetteer/people.txt");
const EVENTS: &str = include_str!("../../assets/gazetteer/events.txt");
const GIVEN_NAMES: &str = include_str!("../../assets/gazetteer/given_names.txt");
const FIRST_NAMES_EN: &str = include_str!("../../assets/gazetteer/first_names_en.txt");
const WORLD_PLACES: &str = include_str!("../../assets/gazetteer/world_places.txt");

/// What kind of organisation an entry is; coreference ("the alliance",
/// "the bloc") and relation rules look at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgType {
    None,
    Alliance,
    Bloc,
    Organization,
    Body,
    Court,
    Media,
    Government,
    Company,
    /// A treaty or agreement named in the text ("Paris Agreement"): states
    /// are its parties.
    Treaty,
}

/// One named thing of the gazetteers.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub kind: EntityKind,
    pub org_type: OrgType,
    /// For bodies: the organisation they belong to (entry index).
    pub parent: Option<usize>,
    /// For places, capitals and national bodies: the country (entry index).
    pub country: Option<usize>,
    /// For countries: the first demonym ("Japanese").
    pub demonym: Option<String>,
    /// For countries: the continent, for "the Northeast Asian country".
    pub continent: String,
}

impl Entry {
    /// An entry with only a name and a kind; the other fields default.
    fn named(name: &str, kind: EntityKind) -> Self {
        Self { name: name.to_owned(), kind, org_type: OrgType::None, parent: None, country: None, demonym: None, continent: String::new() }
    }
}

/// What a surface form names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A name of an entry (country, organisation, place, event, media).
    Name(usize),
    /// A demonym of a country entry ("Japanese").
    Demonym(usize),
    /// The capital (or seat of government) of a country entry.
    Capital { place: usize, country: usize },
    /// A generic government body ("Foreign Ministry") that takes a country.
    GenericBody { body: String },
    /// A title ("Prime Minister"), with its label and the country it
    /// implies when none is written (entry index).
    Title { label: String, country: Option<usize> },
    /// A title in the plural ("Foreign Ministers"), introducing several
    /// holders of the same office ("Foreign Ministers Sergei Lavrov and
    /// Hakan Fidan").
    PluralTitle { label: String },
}

pub struct Gazetteer {
    pub entries: Vec<Entry>,
    pub automaton: Option<AhoCorasick>,
    /// The same patterns as a DFA walked byte by byte from each token start
    /// (anchored: no overlapping search through every byte).
    pub anchored: Option<aho_corasick::dfa::DFA>,
    pub targets: Vec<Target>,
    /// Pattern lengths in bytes, by pattern index.
    pub pattern_lengths: Vec<usize>,
    by_name: FxHashMap<String, usize>,
    /// Known office holders by surname, when only one has it ("Blinken").
    by_surname: FxHashMap<String, usize>,
    /// The office each known office holder is listed with, by name.
    offices: FxHashMap<String, String>,
    /// Member states of the blocs listed in `memberships.txt`.
    members: FxHashMap<usize, FxHashSet<usize>>,
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// Common given names (and family names written first, "Li", "Kim") from
/// `assets/gazetteer/given_names.txt` and the English first names of
/// `first_names_en.txt`.
static GIVEN: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    GIVEN_NAMES
        .lines()
        .chain(FIRST_NAMES_EN.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Whether `word`, as written, is a common given name that starts a
/// person's name.
pub fn is_given_name(word: &str) -> bool {
    // ("María", "Jérôme": the list's "Maria" and "Jerome" with accents.)
    GIVEN.contains(word) || !word.is_ascii() && GIVEN.contains(super::text::fold_diacritics(word).as_ref())
}

/// Towns and regions of `assets/gazetteer/world_places.txt` (generated from
/// GeoNames and ISO 3166-2), each with the country entry it lies in when the
/// name is not shared between countries. Not part of the automaton: a
/// name of this list is a place only where the sentence says it is one, so
/// the engine looks a name up here once it has such a cue.
static WORLD: LazyLock<FxHashMap<&'static str, Option<usize>>> = LazyLock::new(|| {
    data_lines(WORLD_PLACES)
        .filter_map(|fields| {
            let name = *fields.first()?;
            let country = fields.get(1).and_then(|c| GAZETTEER.by_name.get(*c).copied());
            Some((name, country))
        })
        .collect()
});

/// A town or region of the world list named exactly `name`: `Some` with the
/// country it lies in (if one), `None` when the list does not have it.
pub fn world_place(name: &str) -> Option<Option<usize>> {
    WORLD.get(name).copied()
}

fn data_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('|').map(str::trim).collect())
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

impl Gazetteer {
    fn build() -> Self {
        let mut builder = Builder::default();

        for fields in data_lines(COUNTRIES) {
            let Some(&name) = fields.first() else { continue };
            let demonyms = list(fields.get(2));
            let continent = fields.get(4).copied().unwrap_or("").to_owned();
            let country = builder.entry(Entry {
                name: name.to_owned(),
                kind: EntityKind::Country,
                org_type: OrgType::None,
                parent: None,
                country: None,
                demonym: demonyms.first().cloned(),
                continent,
            });
            builder.names(country, name, fields.get(1));
            for demonym in demonyms {
                builder.pattern(&demonym, Target::Demonym(country));
            }
            for capital in list(fields.get(3)) {
                if builder.by_name.contains_key(&capital) {
                    continue;
                }
                let place = builder.entry(Entry {
                    name: capital.clone(),
                    kind: EntityKind::Place,
                    org_type: OrgType::None,
                    parent: None,
                    country: Some(country),
                    demonym: None,
                    continent: String::new(),
                });
                builder.pattern(&capital, Target::Capital { place, country });
            }
        }

        let mut pending_parents = Vec::new();
        for fields in data_lines(ORGANIZATIONS) {
            let Some(&name) = fields.first() else { continue };
            let org_type = match fields.get(2).copied().unwrap_or("") {
                "alliance" => OrgType::Alliance,
                "bloc" => OrgType::Bloc,
                "body" => OrgType::Body,
                "court" => OrgType::Court,
                _ => OrgType::Organization,
            };
            let org = builder.entry(Entry { org_type, ..Entry::named(name, EntityKind::Organization) });
            builder.names(org, name, fields.get(1));
            // "MERCOSUR", "INTERPOL": a one-word name written in capitals,
            // as the body itself often does.
            for form in std::iter::once(name.to_owned()).chain(list(fields.get(1))) {
                if !form.contains(' ') && form.chars().count() >= 5 && form.chars().skip(1).any(char::is_lowercase) {
                    builder.pattern(&form.to_uppercase(), Target::Name(org));
                }
            }
            if let Some(parent) = fields.get(3).filter(|p| !p.is_empty()) {
                pending_parents.push((org, (*parent).to_owned()));
            }
        }
        for (org, parent) in pending_parents {
            let parent_index = builder.by_name.get(&parent).copied();
            if let Some(entry) = builder.entries.get_mut(org) {
                entry.parent = parent_index;
            }
        }

        // News outlets and companies: a name and its other forms.
        for (data, org_type) in [(MEDIA, OrgType::Media), (COMPANIES, OrgType::Company)] {
            for fields in data_lines(data) {
                let Some(&name) = fields.first() else { continue };
                let org = builder.entry(Entry { org_type, ..Entry::named(name, EntityKind::Organization) });
                builder.names(org, name, fields.get(1));
            }
        }

        // Well-known office holders: recognised by name, and placed with the
        // state or organisation they serve when the text gives no title.
        for fields in data_lines(PEOPLE) {
            let (Some(&name), Some(&affiliation)) = (fields.first(), fields.get(2)) else {
                continue;
            };
            let Some(&serves) = builder.by_name.get(affiliation) else {
                continue;
            };
            let person = builder.entry(Entry {
                name: name.to_owned(),
                kind: EntityKind::Person,
                org_type: OrgType::None,
                parent: None,
                country: Some(serves),
                demonym: None,
                continent: String::new(),
            });
            builder.names(person, name, fields.get(1));
            // "Abdel Fattah El-Sisi", "Mohammed Shia Al-Sudani": Arabic
            // particles are also written capitalised.
            for form in std::iter::once(name.to_owned()).chain(list(fields.get(1))) {
                let capitalised = form.replace(" al-", " Al-").replace(" el-", " El-").replace(" bin ", " Bin ");
                if capitalised != form {
                    builder.pattern(&capitalised, Target::Name(person));
                }
            }
            if let Some(&office) = fields.get(3).filter(|o| !o.is_empty()) {
                builder.offices.insert(name.to_owned(), office.to_owned());
            }
        }

        for fields in data_lines(PLACES) {
            let Some(&name) = fields.first() else { continue };
            let country = fields
                .get(2)
                .and_then(|c| builder.by_name.get(*c).copied());
            let place = builder.entry(Entry {
                name: name.to_owned(),
                kind: EntityKind::Place,
                org_type: OrgType::None,
                parent: None,
                country,
                demonym: None,
                continent: String::new(),
            });
            builder.names(place, name, fields.get(1));
        }

        for fields in data_lines(EVENTS) {
            let Some(&name) = fields.first() else { continue };
            let event = builder.entry(Entry {
                name: name.to_owned(),
                kind: EntityKind::Event,
                org_type: OrgType::None,
                parent: None,
                country: None,
                demonym: None,
                continent: String::new(),
            });
            builder.names(event, name, fields.get(1));
        }

        for fields in data_lines(GOVERNMENT) {
            let (Some(&surface), Some(&body)) = (fields.first(), fields.get(1)) else {
                continue;
            };
            let country = fields
                .get(2)
                .filter(|c| !c.is_empty())
                .and_then(|c| builder.by_name.get(*c).copied());
            match country {
                Some(country) => {
                    let entry = match builder.by_name.get(body) {
                        Some(&existing) => existing,
                        None => builder.entry(Entry {
                            name: body.to_owned(),
                            kind: EntityKind::Organization,
                            org_type: OrgType::Government,
                            parent: None,
                            country: Some(country),
                            demonym: None,
                            continent: String::new(),
                        }),
                    };
                    builder.pattern(surface, Target::Name(entry));
                }
                None => builder.pattern(
                    surface,
                    Target::GenericBody {
                        body: body.to_owned(),
                    },
                ),
            }
        }

        for fields in data_lines(TITLES) {
            let (Some(&surface), Some(&label)) = (fields.first(), fields.get(1)) else {
                continue;
            };
            let country = fields
                .get(2)
                .filter(|c| !c.is_empty())
                .and_then(|c| builder.by_name.get(*c).copied());
            builder.pattern(
                surface,
                Target::Title {
                    label: label.to_owned(),
                    country,
                },
            );
            // "India's external affairs minister": ministerial titles of two
            // or more words are also written in lower case.
            let ministerial = surface.rsplit(' ').next().is_some_and(|last| matches!(last, "Minister" | "Secretary" | "Adviser" | "Advisor" | "Ambassador" | "Envoy" | "Representative"));
            if surface.contains(' ') && ministerial {
                builder.pattern(
                    &surface.to_lowercase(),
                    Target::Title {
                        label: label.to_owned(),
                        country,
                    },
                );
            }
            if let Some(plural) = plural_title(surface) {
                // "prime ministers" also opens a sentence: "Prime ministers".
                let mut chars = plural.chars();
                let opening = chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>());
                builder.pattern(&plural, Target::PluralTitle { label: label.to_owned() });
                if let Some(opening) = opening.filter(|o| *o != plural) {
                    builder.pattern(&opening, Target::PluralTitle { label: label.to_owned() });
                }
            }
        }

        let mut gazetteer = builder.finish();
        for fields in data_lines(MEMBERSHIPS) {
            let Some(&org) = fields.first().and_then(|name| gazetteer.by_name.get(*name)) else { continue };
            let members = list(fields.get(1)).iter().filter_map(|name| gazetteer.by_name.get(name).copied()).collect();
            gazetteer.members.insert(org, members);
        }
        gazetteer
    }

    /// The member states of a bloc or alliance whose membership the
    /// gazetteer lists (`memberships.txt`), by entry index.
    pub fn known_members(&self, org: usize) -> Option<&FxHashSet<usize>> {
        self.members.get(&org)
    }

    /// The entry called exactly `name`.
    /// The capital of a country entry, when the gazetteer lists it as a
    /// place of its own.
    pub fn capital_of(&self, country: usize) -> Option<usize> {
        self.targets.iter().find_map(|t| match t {
            Target::Capital { place, country: c } if *c == country => Some(*place),
            _ => None,
        })
    }

    /// The one known office holder with this surname, if only one has it.
    pub fn person_by_surname(&self, surname: &str) -> Option<usize> {
        // Canonical names are written without diacritics ("Erdogan").
        self.by_surname.get(super::text::fold_diacritics(surname).as_ref()).copied()
    }

    /// The office a known office holder is listed with ("Defence Minister").
    pub fn office_of(&self, person: &str) -> Option<&str> {
        self.offices.get(person).map(String::as_str)
    }

    pub fn entry_named(&self, name: &str) -> Option<&Entry> {
        self.by_name.get(name).and_then(|&i| self.entries.get(i))
    }

    pub fn index_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }
}

/// The plural of a capitalised title whose last word is an office that
/// several people hold at once ("Foreign Minister" -> "Foreign Ministers",
/// "defence secretary" -> "defence secretaries"); `None` for others.
fn plural_title(surface: &str) -> Option<String> {
    let (head, last) = surface.rsplit_once(' ').map_or(("", surface), |(h, l)| (h, l));
    let plural = match last {
        "Minister" | "President" | "Ambassador" | "Envoy" | "Chancellor" | "Governor" | "Premier" | "minister" | "president" | "ambassador" | "envoy" => format!("{last}s"),
        "Secretary" => "Secretaries".to_owned(),
        "secretary" => "secretaries".to_owned(),
        _ => return None,
    };
    Some(if head.is_empty() { plural } else { format!("{head} {plural}") })
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    by_name: FxHashMap<String, usize>,
    offices: FxHashMap<String, String>,
    patterns: Vec<String>,
    targets: Vec<Target>,
    seen: FxHashMap<String, usize>,
}

impl Builder {
    fn entry(&mut self, entry: Entry) -> usize {
        let index = self.entries.len();
        self.by_name.entry(entry.name.clone()).or_insert(index);
        self.entries.push(entry);
        index
    }

    /// Makes entry `index` findable by its name and the `;`-separated
    /// other names of a data line's second field.
    fn names(&mut self, index: usize, name: &str, others: Option<&&str>) {
        self.pattern(name, Target::Name(index));
        for alias in list(others) {
            self.pattern(&alias, Target::Name(index));
        }
    }

    /// Adds a surface form; the first target given for a form wins.
    fn pattern(&mut self, surface: &str, target: Target) {
        if surface.is_empty() || self.seen.contains_key(surface) {
            return;
        }
        self.seen.insert(surface.to_owned(), self.patterns.len());
        self.patterns.push(surface.to_owned());
        self.targets.push(target);
        // Typographic apostrophes in the text: add the curly form too.
        if surface.contains('\'') {
            let curly = surface.replace('\'', "\u{2019}");
            if !self.seen.contains_key(&curly) {
                let target = self.targets.last().cloned();
                if let Some(target) = target {
                    self.seen.insert(curly.clone(), self.patterns.len());
                    self.patterns.push(curly);
                    self.targets.push(target);
                }
            }
        }
    }

    fn finish(self) -> Gazetteer {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&self.patterns)
            .ok();
        let anchored = aho_corasick::dfa::DFA::builder().match_kind(MatchKind::Standard).start_kind(aho_corasick::StartKind::Anchored).build(&self.patterns).ok();
        // Surnames shared by two known people are ambiguous and left out.
        let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
        for (index, entry) in self.entries.iter().enumerate() {
            if entry.kind == EntityKind::Person
                && let Some(surname) = entry.name.split_whitespace().next_back().filter(|_| entry.name.contains(' '))
            {
                let slot = counts.entry(surname).or_insert((index, 0));
                slot.1 += 1;
            }
        }
        let by_surname = counts.into_iter().filter(|(_, (_, n))| *n == 1).map(|(surname, (index, _))| (surname.to_owned(), index)).collect();
        Gazetteer {
            anchored,
            by_surname,
            entries: self.entries,
            automaton,
            pattern_lengths: self.patterns.iter().map(String::len).collect(),
            targets: self.targets,
            by_name: self.by_name,
            offices: self.offices,
            members: FxHashMap::default(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_knows_countries_and_organisations() {
        let g = &*GAZETTEER;
        assert!(g.automaton.is_some());
        assert!(g.entries.len() > 300);
        let japan = g.entry_named("Japan").unwrap();
        assert_eq!(japan.demonym.as_deref(), Some("Japanese"));
        let nac = g.entry_named("North Atlantic Council").unwrap();
        assert_eq!(
            nac.parent.and_then(|p| g.entry(p)).map(|e| e.name.as_str()),
            Some("NATO")
        );
    }
}
