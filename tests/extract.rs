//! Behaviour of the extractor: sentence splitting, negation, modality,
//! dates, coreference, each relation kind on small sentences, merging, bad
//! input, and the seed article's quality against its hand annotation.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use entente::eval::{Gold, score};
use entente::extract::{extract_article, extract_paths, merge, text::sentences};
use entente::model::{Document, EntityKind, Modality, RelationKind};

/// Whether a rule stated the relation (the weak co-mention guesses do not
/// count: see [`stated`]).
fn has(doc: &Document, subject: &str, kind: RelationKind, object: &str) -> bool {
    stated(doc).any(|r| {
        r.kind == kind
            && ((r.subject == subject && r.object == object)
                || (kind.is_symmetric() && r.subject == object && r.object == subject))
    })
}

fn relation<'d>(doc: &'d Document, subject: &str, kind: RelationKind, object: &str) -> &'d entente::model::Relation {
    stated(doc)
        .find(|r| r.kind == kind && r.subject == subject && r.object == object)
        .unwrap_or_else(|| panic!("no {subject} {kind:?} {object} in {:#?}", doc.relations))
}

/// The relations a rule read from the words, without the weak guesses made
/// from parties named together ("co-mentioned").
fn stated(doc: &Document) -> impl Iterator<Item = &entente::model::Relation> {
    doc.relations.iter().filter(|r| r.label.as_deref() != Some("co-mentioned"))
}

/// The id of the entity named `surface` (its name or one of its aliases).
fn id_of(doc: &Document, surface: &str) -> String {
    doc.entities
        .iter()
        .find(|e| e.name == surface || e.aliases.iter().any(|a| a == surface))
        .map(|e| e.id.clone())
        .unwrap_or_else(|| panic!("no entity named {surface:?} in {:#?}", doc.entities))
}

fn extract(text: &str) -> Document {
    let doc = extract_article("t", "t", text);
    doc.validate().unwrap();
    doc
}

#[test]
fn sentences_survive_abbreviations_initials_decimals_and_quotes() {
    let text = "Mr. Smith met Gen. J. R. Allen in the U.S. capital. Growth was 2.5 percent. \
                “We agree,” he said. The U.N. body met on Friday.\nA new line starts here";
    let found: Vec<&str> = sentences(text).map(|r| &text[r]).collect();
    assert_eq!(
        found,
        vec![
            "Mr. Smith met Gen. J. R. Allen in the U.S. capital.",
            "Growth was 2.5 percent.",
            "“We agree,” he said.",
            "The U.N. body met on Friday.",
            "A new line starts here",
        ]
    );
}

#[test]
fn titles_give_people_and_offices() {
    let doc = extract("Japanese Prime Minister Fumio Kishida spoke. NATO Secretary General Jens Stoltenberg listened.");
    let office = relation(&doc, "fumio_kishida", RelationKind::HoldsOffice, "japan");
    assert_eq!(office.label.as_deref(), Some("Prime Minister"));
    assert!(has(&doc, "jens_stoltenberg", RelationKind::HoldsOffice, "nato"));
}

#[test]
fn plural_titles_give_each_holder_the_state_written_for_it() {
    let doc = extract("Russian and Turkish Foreign Ministers Sergei Lavrov and Hakan Fidan met on Tuesday. \
                       Presidents Emmanuel Macron and Olaf Scholz of France and Germany spoke.");
    assert_eq!(relation(&doc, "sergei_lavrov", RelationKind::HoldsOffice, "russia").label.as_deref(), Some("Foreign Minister"));
    assert!(has(&doc, "hakan_fidan", RelationKind::HoldsOffice, "turkey"));
    assert!(!has(&doc, "sergei_lavrov", RelationKind::HoldsOffice, "turkey"));
    assert!(has(&doc, "sergei_lavrov", RelationKind::Meets, "hakan_fidan"));
    assert!(has(&doc, "emmanuel_macron", RelationKind::HoldsOffice, "france"));
    assert!(has(&doc, "olaf_scholz", RelationKind::HoldsOffice, "germany"));
    assert!(!has(&doc, "olaf_scholz", RelationKind::HoldsOffice, "france"));
}

#[test]
fn names_with_particles_stay_whole() {
    let doc = extract("OPEC Secretary General Haitham al-Ghais spoke. Egyptian President Abdel Fattah al-Sisi met \
                       Saudi Crown Prince Mohammed bin Salman and European Commission President Ursula von der Leyen.");
    assert!(has(&doc, "haitham_al_ghais", RelationKind::HoldsOffice, "opec"));
    assert!(has(&doc, "abdel_fattah_al_sisi", RelationKind::HoldsOffice, "egypt"));
    assert!(has(&doc, "mohammed_bin_salman", RelationKind::HoldsOffice, "saudi_arabia"));
    assert!(has(&doc, "ursula_von_der_leyen", RelationKind::HoldsOffice, "european_commission"));
}

#[test]
fn talks_held_later_after_a_reception_are_the_guest_s() {
    let doc = extract("Boric was received by King Harald V at the Royal Palace and later held talks with Prime Minister Jonas Gahr Store.");
    let (boric, store) = (id_of(&doc, "Boric"), id_of(&doc, "Jonas Gahr Store"));
    assert!(has(&doc, &boric, RelationKind::Meets, &store) || has(&doc, &store, RelationKind::Meets, &boric), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Harald V"), RelationKind::Meets, &store), "{:#?}", doc.relations);
}

#[test]
fn belonging_outside_and_of_which_a_member_are_read() {
    let doc = extract(
        "Norway is not a member of the European Union but belongs to the European Economic Area. \
         Chile seeks closer ties with the European Free Trade Association, of which Iceland is a member. \
         Switzerland remains outside the EU.",
    );
    assert!(relation(&doc, "norway", RelationKind::MemberOf, "european_union").negated, "{:#?}", doc.relations);
    assert!(!relation(&doc, "norway", RelationKind::MemberOf, &id_of(&doc, "European Economic Area")).negated, "{:#?}", doc.relations);
    assert!(has(&doc, "iceland", RelationKind::MemberOf, &id_of(&doc, "European Free Trade Association")), "{:#?}", doc.relations);
    assert!(relation(&doc, "switzerland", RelationKind::MemberOf, "european_union").negated, "{:#?}", doc.relations);
    let doc = extract("The mission will work with the Economic Community of West African States (ECOWAS), of which the Republic of Guinea-Bissau is a member, on border security.");
    assert!(has(&doc, "guinea_bissau", RelationKind::MemberOf, &id_of(&doc, "Economic Community of West African States")), "{:#?}", doc.relations);
}

#[test]
fn the_leaders_of_a_readout_are_its_principals_through_a_conjoined_verb() {
    let doc = extract(
        "Prime Minister Anthony Albanese met President William Ruto of Kenya in Canberra. Albanese briefed Ruto on his meeting with President Xi Jinping. \
         The leaders also discussed the situation in Sudan and called on the Rapid Support Forces to agree to a ceasefire.",
    );
    let rsf = id_of(&doc, "Rapid Support Forces");
    assert!(has(&doc, "kenya", RelationKind::Criticizes, &rsf), "{:#?}", doc.relations);
    assert!(!has(&doc, "sudan", RelationKind::Criticizes, &rsf), "{:#?}", doc.relations);
    assert!(!has(&doc, "china", RelationKind::Criticizes, &rsf), "{:#?}", doc.relations);
}

#[test]
fn states_agreeing_together_and_trade_between_them_cooperate() {
    let doc = extract("Ghana and Togo agreed to launch negotiations on an investment agreement. Trade between Peru and Chile rose last year. Benin agreed with Niger to reopen the border.");
    assert!(has(&doc, "ghana", RelationKind::CooperatesWith, "togo") || has(&doc, "togo", RelationKind::CooperatesWith, "ghana"), "{:#?}", doc.relations);
    assert!(has(&doc, "peru", RelationKind::CooperatesWith, "chile") || has(&doc, "chile", RelationKind::CooperatesWith, "peru"), "{:#?}", doc.relations);
    assert!(has(&doc, "benin", RelationKind::CooperatesWith, "niger") || has(&doc, "niger", RelationKind::CooperatesWith, "benin"), "{:#?}", doc.relations);
    let doc = extract("Ghana and Togo failed to agree on the border.");
    assert!(stated(&doc).any(|r| r.kind == RelationKind::CooperatesWith && r.negated), "{:#?}", doc.relations);
}

#[test]
fn a_body_opening_the_sentence_keeps_a_verb_after_and_and_the_council_is_the_one_named_most() {
    let doc = extract(
        "The Security Council met today. The Security Council heard briefings. \
         The Council called on Libya to engage with the Special Representative of the Secretary-General, Hanna Tetteh, and urged the Presidential Council to agree on a government. \
         The Council also called on Egypt to help.",
    );
    let (council, presidential) = (id_of(&doc, "Security Council"), id_of(&doc, "Presidential Council"));
    assert!(has(&doc, &council, RelationKind::Criticizes, &presidential), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Hanna Tetteh"), RelationKind::Criticizes, &presidential), "{:#?}", doc.relations);
    assert!(has(&doc, &council, RelationKind::Criticizes, "egypt"), "{:#?}", doc.relations);
}

#[test]
fn concern_about_a_party_is_criticism_and_an_embassy_speaks_for_its_state() {
    let doc = extract(
        "Washington remained concerned about the presence of the Wagner Group in Libya. Peru is deeply concerned by Bolivia's decision. \
         The U.S. Embassy in Phnom Penh said it was deeply concerned about China.",
    );
    assert!(has(&doc, "united_states", RelationKind::Criticizes, &id_of(&doc, "Wagner Group")), "{:#?}", doc.relations);
    assert!(has(&doc, "peru", RelationKind::Criticizes, "bolivia"), "{:#?}", doc.relations);
    assert!(!has(&doc, "bolivia", RelationKind::Criticizes, "peru"), "{:#?}", doc.relations);
    assert!(has(&doc, "united_states", RelationKind::Criticizes, "china"), "{:#?}", doc.relations);
}

#[test]
fn members_listed_after_a_copula_and_associate_states_belong_to_the_bloc() {
    let doc = extract(
        "Mercosur is a South American trade bloc. Its five founding members are Argentina, Brazil and Paraguay. \
         Chile and Peru are associate states. The members of the Andean Community are Bolivia and Ecuador.",
    );
    let mercosur = id_of(&doc, "Mercosur");
    for state in ["argentina", "brazil", "paraguay"] {
        assert_eq!(relation(&doc, state, RelationKind::MemberOf, &mercosur).label.as_deref(), Some("founding member"), "{:#?}", doc.relations);
    }
    assert!(has(&doc, "chile", RelationKind::MemberOf, &mercosur) && has(&doc, "peru", RelationKind::MemberOf, &mercosur), "{:#?}", doc.relations);
    assert!(has(&doc, "ecuador", RelationKind::MemberOf, &id_of(&doc, "Andean Community")), "{:#?}", doc.relations);
}

#[test]
fn treaties_named_after_a_city_are_treaties() {
    let doc = extract("The bloc was set up under the Treaty of Asunción. The Protocol of Ouro Preto was signed in 1994. Paraguay signed the Treaty of Asunción.");
    for name in ["Treaty of Asunción", "Protocol of Ouro Preto"] {
        assert_eq!(doc.entities.iter().find(|e| e.name == name).map(|e| e.kind), Some(EntityKind::Organization), "{name}: {:#?}", doc.entities);
    }
    assert!(has(&doc, "paraguay", RelationKind::MemberOf, &id_of(&doc, "Treaty of Asunción")), "{:#?}", doc.relations);
}

#[test]
fn a_sentence_initial_it_that_acts_is_the_last_opening_state_or_body() {
    let doc = extract("Ghana announced new measures on Monday. It also condemned the coup in Niger. The African Union met in Addis Ababa. It is expected that Togo will protest.");
    assert!(has(&doc, "ghana", RelationKind::Criticizes, "niger"), "{:#?}", doc.relations);
    assert!(!stated(&doc).any(|r| r.subject == id_of(&doc, "African Union") && r.object == "togo"), "{:#?}", doc.relations);
}

#[test]
fn a_city_an_official_arrives_in_is_not_the_state_they_serve() {
    let doc = extract("Ghana's government met on Monday. Foreign Minister Shirley Ayorkor Botchwey arrived in Abuja on Tuesday.");
    let minister = id_of(&doc, "Shirley Ayorkor Botchwey");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::HoldsOffice && r.subject == minister && (r.object == "nigeria" || r.object == id_of(&doc, "Abuja"))), "{:#?}", doc.relations);
}

#[test]
fn accusing_them_after_a_sanction_is_aimed_at_the_target_not_the_place() {
    let doc = extract("Britain on Thursday imposed sanctions on three figures of Russia's Wagner Group, accusing them of torture in Mali and the Central African Republic.");
    let wagner = id_of(&doc, "Wagner Group");
    assert!(has(&doc, "united_kingdom", RelationKind::Criticizes, &wagner), "{:#?}", doc.relations);
    assert!(!stated(&doc).any(|r| r.object == "mali" || r.subject == "mali"), "{:#?}", doc.relations);
    let doc = extract("TALLINN, June 3 (Reuters) - Ministers of the Council of the Baltic Sea States condemned Russia, accusing Moscow of damaging cables.");
    assert!(!has(&doc, "estonia", RelationKind::Criticizes, "russia"), "{:#?}", doc.relations);
}

#[test]
fn frozen_assets_of_a_person_and_a_move_called_illegal_are_read() {
    let doc = extract(
        "Britain imposed sanctions on the Wagner Group on Thursday. The Foreign Office said the measures froze the assets of Ivan Maslov. \
         Russia's embassy in London called the move \"illegal\".",
    );
    assert!(has(&doc, "united_kingdom", RelationKind::Other, &id_of(&doc, "Ivan Maslov")), "{:#?}", doc.relations);
    assert!(has(&doc, "russia", RelationKind::Criticizes, "united_kingdom"), "{:#?}", doc.relations);
}

#[test]
fn a_tour_s_stops_end_at_a_clause_and_a_topic_s_place_is_not_visited() {
    let doc = extract(
        "Turkey's Foreign Minister Hakan Fidan arrived in Riyadh on a tour that will also take him to Doha and Abu Dhabi, as Ankara seeks to mend ties. \
         Fidan held talks with his Saudi counterpart on trade and the war in Gaza. \
         In Doha, Fidan is expected to meet Qatar's Emir Sheikh Tamim bin Hamad Al Thani, a close ally of President Recep Tayyip Erdogan.",
    );
    let fidan = id_of(&doc, "Hakan Fidan");
    assert!(has(&doc, &fidan, RelationKind::Visits, &id_of(&doc, "Abu Dhabi")), "{:#?}", doc.relations);
    for place in ["Ankara", "Gaza"] {
        assert!(!has(&doc, &fidan, RelationKind::Visits, &id_of(&doc, place)), "{place}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, &id_of(&doc, "Recep Tayyip Erdogan"), RelationKind::Visits, &id_of(&doc, "Doha")), "{:#?}", doc.relations);
}

#[test]
fn leaders_who_stayed_away_do_not_attend_and_a_predicate_summit_is_no_new_event() {
    let doc = extract(
        "The Ninth Summit of the Americas was held in Los Angeles. It was the first summit held in the United States since 1994. \
         The leaders of Bolivia, Honduras and Guatemala also stayed away. The leaders of Chile and Peru attended.",
    );
    assert!(!doc.entities.iter().any(|e| e.name == "first summit"), "{:#?}", doc.entities);
    let summit = doc.entities.iter().find(|e| e.kind == EntityKind::Event).map(|e| e.id.clone()).unwrap_or_default();
    for state in ["bolivia", "honduras", "guatemala"] {
        assert!(relation(&doc, state, RelationKind::Attends, &summit).negated, "{state}: {:#?}", doc.relations);
    }
    assert!(!relation(&doc, "chile", RelationKind::Attends, &summit).negated, "{:#?}", doc.relations);
}

#[test]
fn a_guest_welcomed_to_a_city_by_an_unnamed_host_visits_it_as_planned() {
    let doc = extract("The Prime Minister looked forward to welcoming President Alexander Stubb of Finland to London in the spring.");
    let visit = relation(&doc, &id_of(&doc, "Alexander Stubb"), RelationKind::Visits, &id_of(&doc, "London"));
    assert_eq!(visit.modality, Modality::Planned, "{:#?}", doc.relations);
}

#[test]
fn staff_to_an_office_holder_serve_that_body_not_the_state_named_before() {
    let doc = extract(
        "Dominica's Prime Minister Roosevelt Skerrit also took part. \
         Courtenay Rattray, chief of staff to UN Secretary-General Antonio Guterres, attended as an observer.",
    );
    let rattray = id_of(&doc, "Courtenay Rattray");
    assert!(has(&doc, &rattray, RelationKind::HoldsOffice, &id_of(&doc, "United Nations")), "{:#?}", doc.relations);
    assert!(!has(&doc, &rattray, RelationKind::HoldsOffice, "dominica"), "{:#?}", doc.relations);
}

#[test]
fn attendees_after_a_hosted_by_phrase_attend_the_summit() {
    let doc = extract(
        "Tokayev and Scholz took part in the second Central Asia – Germany summit in Astana, hosted by the Head of State and attended by President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon.",
    );
    let summit = id_of(&doc, "second Central Asia – Germany summit");
    for person in ["Sadyr Japarov", "Emomali Rahmon"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::Attends, &summit), "{person}: {:#?}", doc.relations);
    }
}

#[test]
fn a_trip_that_was_to_a_state_or_began_in_a_province_is_a_visit() {
    let doc = extract(
        "President Mohamed Muizzu took office in November. His first trip abroad was to Turkey. \
         Muizzu began his trip in the southeastern province of Fujian. India summoned the Maldivian high commissioner, Ibrahim Shaheeb.",
    );
    let muizzu = id_of(&doc, "Mohamed Muizzu");
    assert!(has(&doc, &muizzu, RelationKind::Visits, "turkey"), "{:#?}", doc.relations);
    assert!(has(&doc, &muizzu, RelationKind::Visits, &id_of(&doc, "Fujian")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Ibrahim Shaheeb"), RelationKind::HoldsOffice, "maldives"), "{:#?}", doc.relations);
}

#[test]
fn the_accords_are_the_treaty_named_last() {
    let doc = extract("The Abraham Accords were signed in 2020. In 2025 Kazakhstan announced that it would join the accords. Saudi Arabia has not joined the accords.");
    let accords = id_of(&doc, "Abraham Accords");
    assert!(!relation(&doc, "kazakhstan", RelationKind::MemberOf, &accords).negated, "{:#?}", doc.relations);
    assert!(relation(&doc, "saudi_arabia", RelationKind::MemberOf, &accords).negated, "{:#?}", doc.relations);
}

#[test]
fn guests_hosted_at_an_event_attend_it() {
    let doc = extract("In March 2022 Lapid hosted the foreign ministers of the United States, Bahrain, Morocco and Egypt at the Negev Summit in Sde Boker.");
    let summit = id_of(&doc, "Negev Summit");
    for state in ["united_states", "bahrain", "morocco", "egypt"] {
        assert!(has(&doc, state, RelationKind::Attends, &summit), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn an_expanded_mandate_a_ceasefire_between_parties_and_the_mission_are_read() {
    let doc = extract(
        "The Security Council expanded the mandate of the United Nations Verification Mission in Colombia to verify the ceasefire between the Government of Colombia and the National Liberation Army. \
         The Council decided that the Mission would work alongside the Colombian Episcopal Conference.",
    );
    let mission = id_of(&doc, "United Nations Verification Mission in Colombia");
    assert!(has(&doc, &id_of(&doc, "Security Council"), RelationKind::Other, &mission), "{:#?}", doc.relations);
    let eln = id_of(&doc, "National Liberation Army");
    assert!(has(&doc, "colombia", RelationKind::CooperatesWith, &eln) || has(&doc, &eln, RelationKind::CooperatesWith, "colombia"), "{:#?}", doc.relations);
    assert!(has(&doc, &mission, RelationKind::CooperatesWith, &id_of(&doc, "Colombian Episcopal Conference")), "{:#?}", doc.relations);
}

#[test]
fn a_threat_aimed_at_a_state_and_the_deals_named_before_are_criticised() {
    let doc = extract(
        "The Abraham Accords were signed in 2020. Iran also criticised the deals, and Turkish President Recep Tayyip Erdogan threatened to suspend diplomatic relations with the UAE.",
    );
    assert!(has(&doc, "iran", RelationKind::Criticizes, &id_of(&doc, "Abraham Accords")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Recep Tayyip Erdogan"), RelationKind::Criticizes, "united_arab_emirates"), "{:#?}", doc.relations);
}

#[test]
fn leaders_who_shake_hands_meet() {
    let doc = extract(
        "Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro shook hands at the start of the meeting. \
         Russian President Vladimir Putin shook hands with Chinese President Xi Jinping in Beijing.",
    );
    let (ali, maduro) = (id_of(&doc, "Irfaan Ali"), id_of(&doc, "Nicolas Maduro"));
    assert!(has(&doc, &ali, RelationKind::Meets, &maduro) || has(&doc, &maduro, RelationKind::Meets, &ali), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Vladimir Putin"), RelationKind::Meets, &id_of(&doc, "Xi Jinping")), "{:#?}", doc.relations);
}

#[test]
fn an_untitled_name_with_a_particle_is_one_person() {
    let doc = extract("Nicolas de Rivière (France) said the veto was a mistake. On Monday Marta van Heel told reporters she agreed.");
    assert!(has(&doc, &id_of(&doc, "Nicolas de Rivière"), RelationKind::HoldsOffice, "france"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Marta van Heel"), "{:#?}", doc.entities);
}

#[test]
fn a_state_s_body_after_a_title_is_the_state_of_the_sentence_s_place() {
    let doc = extract("Vietnam and the United States agreed. Biden met Chairman of the National Assembly Vuong Dinh Hue in Hanoi.");
    let assembly = id_of(&doc, "Vietnamese National Assembly");
    assert!(has(&doc, &id_of(&doc, "Vuong Dinh Hue"), RelationKind::HoldsOffice, &assembly), "{:#?}", doc.relations);
    assert!(has(&doc, &assembly, RelationKind::PartOf, "vietnam"), "{:#?}", doc.relations);
}

#[test]
fn accords_conclaves_halls_of_and_bishops_conferences_are_named_by_kind() {
    let doc = extract(
        "The Abraham Accords were signed in 2020. He attended the Colombo Security Conclave in Colombo. \
         Xi hosted him at the Great Hall of the People in Beijing. The Colombian Episcopal Conference mediated the talks. \
         Council Members Back Government Talks, Urge Armed Group to Free Hostages",
    );
    let kind = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Abraham Accords"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind("Colombo Security Conclave"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind("Great Hall of the People"), Some(EntityKind::Place), "{:#?}", doc.entities);
    assert_eq!(kind("Colombian Episcopal Conference"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name.contains("Back") || e.name.contains("Urge")), "{:#?}", doc.entities);
}

#[test]
fn a_state_s_ministry_with_a_longer_remit_keeps_its_written_name() {
    let doc = extract("The memorandum was signed between Kenya's Ministry of Energy and Petroleum and Indonesia's Ministry of Energy and Mineral Resources.");
    assert!(has(&doc, &id_of(&doc, "Ministry of Energy and Petroleum"), RelationKind::PartOf, "kenya"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Ministry of Energy and Mineral Resources"), RelationKind::PartOf, "indonesia"), "{:#?}", doc.relations);
}

#[test]
fn a_body_named_before_its_remit_is_an_organisation() {
    let doc = extract("On Monday the Supreme Court of Justice ruled against him. The President of the Council for October spoke.");
    let kind = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Supreme Court of Justice"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind("Council for October"), None, "{:#?}", doc.entities);
    let doc = extract("The ceasefire will be watched by the Joint Oversight Committee.");
    assert!(doc.entities.iter().any(|e| e.name == "Joint Oversight Committee"), "{:#?}", doc.entities);
}

#[test]
fn corps_police_bases_and_deltas_are_named() {
    let doc = extract(
        "The Peace Corps will send volunteers to Ghana. Officers of the Haitian National Police met the envoy. \
         Troops landed at Bien Hoa Air Base, and boats sailed in the Mekong Delta. The Gulf Monetary Council met.",
    );
    let kind = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind("Peace Corps"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind("Haitian National Police"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind("Bien Hoa Air Base"), Some(EntityKind::Place), "{:#?}", doc.entities);
    assert_eq!(kind("Mekong Delta"), Some(EntityKind::Place), "{:#?}", doc.entities);
    assert_eq!(kind("Gulf Monetary Council"), Some(EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn bodies_named_with_of_their_state_stay_whole() {
    let doc = extract("The People's Bank of China cut rates. The Central Bank of Egypt raised rates, and the Bank of Japan held. \
                       The summit asked the New Development Bank to lend.");
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    for name in ["People's Bank of China", "Central Bank of Egypt", "Bank of Japan", "New Development Bank"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert!(!names.contains(&"Central Bank"), "{names:?}");
}

#[test]
fn brussels_acting_is_the_eu_when_the_article_names_it() {
    let doc = extract("The European Union adopted new sanctions on Russia. Moscow accused Brussels of harming Europe's economy.");
    assert!(has(&doc, "russia", RelationKind::Criticizes, "european_union"), "{:#?}", doc.relations);
    assert!(!has(&doc, "russia", RelationKind::Criticizes, "belgium"));
}

#[test]
fn mentions_are_character_offsets() {
    let text = "“Quoted” words first. French President Emmanuel Macron spoke.";
    let doc = extract(text);
    let macron = doc.entities.iter().find(|e| e.id == "emmanuel_macron").unwrap();
    let span = &macron.mentions[0];
    let chars: Vec<char> = text.chars().collect();
    let surface: String = chars[span.start..span.end].iter().collect();
    assert_eq!(surface, "Emmanuel Macron");
}

#[test]
fn negation_is_read() {
    let doc = extract("Japan has no intention of becoming a member of NATO. Sweden became a member of NATO.");
    assert!(relation(&doc, "japan", RelationKind::MemberOf, "nato").negated);
    assert!(!relation(&doc, "sweden", RelationKind::MemberOf, "nato").negated);
}

#[test]
fn modality_is_read() {
    let doc = extract(
        "NATO plans to open a liaison office in Japan. \
         President Emmanuel Macron is expected to visit Germany. \
         The EU opened an office in Kenya.",
    );
    assert_eq!(relation(&doc, "nato", RelationKind::OpensOfficeIn, "japan").modality, Modality::Planned);
    assert_eq!(relation(&doc, "emmanuel_macron", RelationKind::Visits, "germany").modality, Modality::Expected);
    assert_eq!(relation(&doc, "european_union", RelationKind::OpensOfficeIn, "kenya").modality, Modality::Asserted);
}

#[test]
fn dates_are_written_and_iso_when_the_year_is_known() {
    let doc = extract(
        "On March 3, 2024, Prime Minister Fumio Kishida of Japan spoke. \
         On May 24, Mr. Kishida visited France. He will attend a G7 summit in July 2024.",
    );
    let visit = relation(&doc, "fumio_kishida", RelationKind::Visits, "france");
    assert_eq!(visit.date.as_deref(), Some("May 24"));
    assert_eq!(visit.date_iso.as_deref(), Some("2024-05-24"));
    let attend = relation(&doc, "fumio_kishida", RelationKind::Attends, "g7_summit");
    assert_eq!(attend.date_iso.as_deref(), Some("2024-07"));
}

#[test]
fn coreference_resolves_surnames_descriptions_and_capitals() {
    let doc = extract(
        "Japanese Prime Minister Fumio Kishida arrived. Mr. Kishida met Chinese Premier Li Qiang. \
         The Japanese leader later visited Vietnam. \
         NATO said the alliance would open an office in Tokyo. \
         Beijing urged Tokyo to be cautious.",
    );
    assert!(has(&doc, "fumio_kishida", RelationKind::Meets, "li_qiang"));
    assert!(has(&doc, "fumio_kishida", RelationKind::Visits, "vietnam"));
    assert!(has(&doc, "nato", RelationKind::OpensOfficeIn, "tokyo"));
    // Capitals acting stand for their governments.
    assert!(has(&doc, "china", RelationKind::Criticizes, "japan"));
    let kishida = doc.entities.iter().find(|e| e.id == "fumio_kishida").unwrap();
    assert!(kishida.aliases.iter().any(|a| a == "Mr. Kishida"));
}

#[test]
fn the_two_sides_are_the_last_pair() {
    let doc = extract(
        "Talks were held between NATO Secretary General Jens Stoltenberg and Japanese Prime Minister \
         Fumio Kishida in Tokyo. The two sides agreed to elevate security cooperation.",
    );
    assert!(has(&doc, "jens_stoltenberg", RelationKind::Meets, "fumio_kishida"));
    assert!(has(&doc, "nato", RelationKind::CooperatesWith, "japan"));
}

#[test]
fn people_without_titles_are_found_by_their_given_names() {
    let doc = extract("On Monday, Anthony Albanese and Rishi Sunak met in San Diego. Li Qiang arrived in Bonn.");
    for id in ["anthony_albanese", "rishi_sunak", "li_qiang"] {
        assert!(doc.entities.iter().any(|e| e.id == id), "{id} missing: {:#?}", doc.entities);
    }
    assert!(has(&doc, "anthony_albanese", RelationKind::Meets, "rishi_sunak"));
    // A capitalised pair whose first word is not a given name stays unread
    // (after "the port of" it is a place; see seats_and_cities_...).
    let doc = extract("Officials hope Blue Harbour would reopen.");
    assert!(!doc.entities.iter().any(|e| e.name == "Blue Harbour"), "{:#?}", doc.entities);
}

#[test]
fn the_two_leaders_act_for_each_participant() {
    let doc = extract(
        "Japanese Prime Minister Fumio Kishida paid a visit to Manila at the invitation of Philippine President \
         Ferdinand Marcos. The two leaders held a summit meeting and condemned North Korea's missile launches.",
    );
    assert!(has(&doc, "fumio_kishida", RelationKind::Meets, "ferdinand_marcos"), "{:#?}", doc.relations);
    assert!(has(&doc, "japan", RelationKind::Criticizes, "north_korea"), "{:#?}", doc.relations);
    assert!(has(&doc, "philippines", RelationKind::Criticizes, "north_korea"), "{:#?}", doc.relations);
}

#[test]
fn aid_expulsions_tariffs_and_agreements_are_read() {
    let doc = extract(
        "Germany has provided training to Ukraine since 2022. Poland expelled two Russian diplomats. \
         The United States imposed tariffs on China. Kenya signed an agreement with Ethiopia.",
    );
    assert_eq!(relation(&doc, "germany", RelationKind::Other, "ukraine").label.as_deref(), Some("training"));
    assert_eq!(relation(&doc, "poland", RelationKind::Other, "russia").label.as_deref(), Some("expelled diplomats"));
    assert_eq!(relation(&doc, "united_states", RelationKind::Other, "china").label.as_deref(), Some("tariffs"));
    assert!(has(&doc, "kenya", RelationKind::CooperatesWith, "ethiopia"), "{:#?}", doc.relations);
}

#[test]
fn wars_chairs_member_states_and_foreign_guests_are_read() {
    let doc = extract(
        "Sweden applied shortly after Russia launched its full-scale invasion of Ukraine. \
         The Philippines will chair ASEAN in 2026. \
         Hungary is the only EU member state that opposed the plan. \
         Chinese President Xi Jinping arrived on Sunday. \
         In Budapest, Hungarian Prime Minister Viktor Orban greeted Xi Jinping on Thursday. \
         The war in Ukraine went on.",
    );
    let war = relation(&doc, "russia", RelationKind::Other, "ukraine");
    assert_eq!(war.label.as_deref(), Some("invasion"));
    assert!(has(&doc, "philippines", RelationKind::MemberOf, "association_of_southeast_asian_nations"));
    assert!(has(&doc, "hungary", RelationKind::MemberOf, "european_union"));
    assert!(has(&doc, "xi_jinping", RelationKind::Visits, "budapest"));
    assert!(!has(&doc, "viktor_orban", RelationKind::Visits, "budapest"), "the host does not visit");
    // "the war in Ukraine" names no aggressor.
    assert_eq!(stated(&doc).filter(|r| r.kind == RelationKind::Other).count(), 1);
}

#[test]
fn hosting_suspension_withdrawal_applications_and_three_way_meetings_are_read() {
    let doc = extract(
        "Indian Prime Minister Narendra Modi hosted the G20 summit in New Delhi. \
         Niger was suspended from the African Union after the coup. \
         Mali withdrew from ECOWAS in January. \
         Ukraine has applied to join the European Union. \
         Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Yoko Kamikawa and Indian Foreign Minister Subrahmanyam Jaishankar met in Busan.",
    );
    let host = relation(&doc, "narendra_modi", RelationKind::Attends, "g20_summit");
    assert_eq!(host.label.as_deref(), Some("host"));
    assert!(!has(&doc, "narendra_modi", RelationKind::Meets, "india"));
    assert_eq!(relation(&doc, "african_union", RelationKind::Other, "niger").label.as_deref(), Some("suspended"));
    let quit = relation(&doc, "mali", RelationKind::MemberOf, "economic_community_of_west_african_states");
    assert!(quit.negated);
    assert_eq!(relation(&doc, "ukraine", RelationKind::MemberOf, "european_union").modality, Modality::Proposed);
    for (a, b) in [("wang_yi", "yoko_kamikawa"), ("wang_yi", "subrahmanyam_jaishankar"), ("yoko_kamikawa", "subrahmanyam_jaishankar")] {
        assert!(has(&doc, a, RelationKind::Meets, b), "{a} meets {b}");
    }
}

#[test]
fn a_sentence_opening_pronoun_continues_the_last_subject() {
    let doc = extract(
        "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing. \
         He later flew to Shanghai.",
    );
    assert!(has(&doc, "antony_blinken", RelationKind::Visits, "shanghai"));
    assert!(!has(&doc, "wang_yi", RelationKind::Visits, "shanghai"));
}

#[test]
fn admissions_spokespeople_for_a_body_and_hyphenated_names_are_read() {
    let doc = extract(
        "The G20 admitted the African Union as a permanent member of the group. \
         A spokesperson for the Chinese Foreign Ministry, Mao Ning, said China disagreed. \
         North Korean leader Kim Jong-un met South Korean Foreign Minister Cho Tae-yul. \
         The Kishida-led government agreed.",
    );
    assert!(has(&doc, "african_union", RelationKind::MemberOf, "g20"));
    // (A ministry's spokesperson speaks for the state; the ministry is part
    // of it.)
    assert!(has(&doc, "mao_ning", RelationKind::HoldsOffice, "china"));
    assert!(has(&doc, "chinese_foreign_ministry", RelationKind::PartOf, "china"));
    assert!(has(&doc, &id_of(&doc, "Cho Tae-yul"), RelationKind::HoldsOffice, "south_korea"));
    id_of(&doc, "Kim Jong-un");
    assert!(!doc.entities.iter().any(|e| e.name.ends_with("-led")));
}

#[test]
fn talks_after_a_meeting_belong_to_the_sentence_subject() {
    let doc = extract(
        "U.S. Secretary of State Antony Blinken arrived in Beijing. \
         Blinken met President Xi Jinping at the Great Hall of the People, after five hours of talks with Foreign Minister Wang Yi. \
         Blinken, back in Beijing, ended a tour that took him to Shanghai and Hong Kong.",
    );
    assert!(has(&doc, "antony_blinken", RelationKind::Meets, "wang_yi"));
    assert!(!has(&doc, "xi_jinping", RelationKind::Meets, "wang_yi"));
    assert!(has(&doc, "antony_blinken", RelationKind::Visits, "beijing"));
    assert!(has(&doc, "antony_blinken", RelationKind::Visits, "shanghai"));
}

#[test]
fn delegations_speak_for_their_country_or_group() {
    let doc = extract(
        "The Council held a debate on the region on Tuesday.\n\nThe representative of France said her country condemned the attacks. She called on Russia to respect the ceasefire.\n\nThe delegate of Brazil accused Israel of violating international law. Japan's representative urged Iran to show restraint.\n\nSpeaking for the European Union, the representative of Hungary urged Syria to release detainees.",
    );
    assert!(has(&doc, "france", RelationKind::Criticizes, "russia"));
    assert!(has(&doc, "brazil", RelationKind::Criticizes, "israel"));
    assert!(has(&doc, "japan", RelationKind::Criticizes, "iran"));
    assert!(has(&doc, "european_union", RelationKind::Criticizes, "syria"));
    assert!(!has(&doc, "hungary", RelationKind::Criticizes, "syria"));
}

#[test]
fn groups_of_states_are_defined_and_referred_back_to() {
    let doc = extract(
        "AUKUS is a security partnership between Australia, the United Kingdom and the United States. China accused the three countries of reviving a Cold War mentality.",
    );
    for member in ["australia", "united_kingdom", "united_states"] {
        assert!(has(&doc, member, RelationKind::MemberOf, "aukus"), "{member}: {:#?}", doc.relations);
        assert!(has(&doc, "china", RelationKind::Criticizes, member), "{member}: {:#?}", doc.relations);
    }
}

#[test]
fn offices_in_listed_unknown_cities_are_read() {
    let doc = extract("The minister welcomed the opening of new Indian consulates in Seattle and Boston.");
    assert!(has(&doc, "india", RelationKind::OpensOfficeIn, "seattle"), "{:#?}", doc.relations);
    assert!(has(&doc, "india", RelationKind::OpensOfficeIn, "boston"), "{:#?}", doc.relations);
}

#[test]
fn relative_clauses_hang_on_their_head() {
    let doc = extract(
        "Ukrainian President Volodymyr Zelenskiy urged allies to send air defence systems to his country, which has also applied to join NATO. Timor-Leste, which was accepted in principle as ASEAN's 11th member in 2022, attended as an observer.",
    );
    assert!(has(&doc, "ukraine", RelationKind::MemberOf, "nato"), "{:#?}", doc.relations);
    assert!(has(&doc, "timor_leste", RelationKind::MemberOf, "association_of_southeast_asian_nations"), "{:#?}", doc.relations);
}

#[test]
fn a_country_written_after_the_name_qualifies_the_title() {
    let doc = extract("The Council held a debate on the situation in Syria, with Foreign Minister Annalena Baerbock of Germany presiding.");
    assert!(has(&doc, "annalena_baerbock", RelationKind::HoldsOffice, "germany"), "{:#?}", doc.relations);
    assert!(!has(&doc, "annalena_baerbock", RelationKind::HoldsOffice, "syria"), "{:#?}", doc.relations);
    let doc = extract("France recalled its ambassadors to Canberra and Washington, and Foreign Minister Jean-Yves Le Drian described the decision as a stab in the back.");
    assert!(has(&doc, "jean_yves_le_drian", RelationKind::HoldsOffice, "france"), "{:#?}", doc.relations);
    // A lower-case particle inside the name keeps the country after it.
    let doc = extract("Foreign Minister Omar Hilale of Morocco and acting Foreign Minister Karim al-Masri of Lebanon signed the protocol.");
    assert!(has(&doc, "karim_al_masri", RelationKind::HoldsOffice, "lebanon"), "{:#?}", doc.relations);
    assert!(!has(&doc, "karim_al_masri", RelationKind::HoldsOffice, "morocco"), "{:#?}", doc.relations);
}

#[test]
fn honorifics_names_that_are_places_and_courtesy_calls() {
    let doc = extract(
        "India's External Affairs Minister Dr. S. Jaishankar visited Argentina. In Buenos Aires, he held talks with Foreign Minister Santiago Cafiero. He also called on President Alberto Fernandez.",
    );
    assert!(has(&doc, &id_of(&doc, "S. Jaishankar"), RelationKind::HoldsOffice, "india"), "{:#?}", doc.relations);
    assert!(has(&doc, "santiago_cafiero", RelationKind::HoldsOffice, "argentina"), "{:#?}", doc.relations);
    assert!(!has(&doc, "santiago_cafiero", RelationKind::HoldsOffice, "chile"), "{:#?}", doc.relations);
    let jaishankar = id_of(&doc, "S. Jaishankar");
    assert!(has(&doc, &jaishankar, RelationKind::Meets, "alberto_fernandez"), "{:#?}", doc.relations);
    assert!(!has(&doc, &jaishankar, RelationKind::Criticizes, "alberto_fernandez"), "{:#?}", doc.relations);
}

#[test]
fn an_appeal_to_the_bloc_just_named_comes_from_the_speaker() {
    let doc = extract("The EU adopted new sanctions on Monday. Ukrainian Foreign Minister Dmytro Kuleba welcomed the EU decision and urged the bloc to move quickly on a new package.");
    assert!(has(&doc, "dmytro_kuleba", RelationKind::Criticizes, "european_union"), "{:#?}", doc.relations);
}

#[test]
fn invited_guests_attend_the_event() {
    let doc = extract(
        "The leaders of the Group of Seven met in Hiroshima on Friday for their three-day summit. South Korean President Yoon Suk Yeol, who was invited to the summit as a guest along with leaders from India, Brazil and Australia, will meet Biden on Sunday.",
    );
    for guest in ["yoon_suk_yeol", "india", "brazil", "australia"] {
        let attends = relation(&doc, guest, RelationKind::Attends, "g7_summit");
        assert_eq!(attends.modality, entente::model::Modality::Planned);
    }
}

#[test]
fn leaders_listed_at_a_named_event_attend_it() {
    let doc = extract("At the NATO summit in Vilnius, the leaders of Poland, Estonia and Latvia called for more air defence.");
    for state in ["poland", "estonia", "latvia"] {
        assert!(has(&doc, state, RelationKind::Attends, "nato_summit"), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_town_before_its_state_is_a_place_inside_it() {
    let doc = extract("The two presidents met in Woodside, California, last year.");
    assert!(has(&doc, "woodside", RelationKind::LocatedIn, "california"), "{:#?}", doc.relations);
    // A town whose first word is also a given name is still a town there.
    let doc = extract("The first summit was held in Hua Hin, Thailand, in April 2010.");
    assert!(has(&doc, "hua_hin", RelationKind::LocatedIn, "thailand"), "{:#?}", doc.relations);
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_name_defined_with_its_acronym_is_one_entity_named_by_both() {
    let doc = extract(
        "Gunmen attacked the Regional Stabilisation Mission in Chad (RSMC) on Monday. \
         France condemned the attack on RSMC.",
    );
    let mission = doc.entities.iter().find(|e| e.name == "Regional Stabilisation Mission in Chad").expect("the defined name");
    assert!(mission.aliases.iter().any(|a| a == "RSMC"));
    assert!(has(&doc, &mission.id, RelationKind::LocatedIn, "chad"));
    assert!(has(&doc, "france", RelationKind::Criticizes, &mission.id), "{:#?}", doc.relations);
    // A name the gazetteer knows whole stays the gazetteer's.
    let doc = extract("The North Atlantic Treaty Organization (NATO) met in Brussels.");
    assert!(doc.entities.iter().any(|e| e.id == "nato"));
}

#[test]
fn parties_joined_by_hyphens_open_an_event_name() {
    let doc = extract("Leaders met at the Canada-Mexico Special Summit in Ottawa.");
    assert!(doc.entities.iter().any(|e| e.name == "Canada-Mexico Special Summit"), "{:#?}", doc.entities);
}

#[test]
fn the_agency_signing_a_dispatch_is_not_an_entity_but_a_body_after_a_rank_is() {
    let doc = extract("SEOUL, May 3 (Yonhap) -- South Korea and Japan held talks. A General Border Committee will meet in Seoul.");
    assert!(doc.entities.iter().all(|e| e.name != "Yonhap"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.kind != entente::model::EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_counterpart_holds_the_same_office_for_the_state_named_and_meets_the_other() {
    let doc = extract("Polish Foreign Minister Radoslaw Sikorski and his Lithuanian counterpart Gabrielius Landsbergis signed the accord in Vilnius.");
    let office = relation(&doc, "gabrielius_landsbergis", RelationKind::HoldsOffice, "lithuania");
    assert_eq!(office.label.as_deref(), Some("Foreign Minister"));
    assert!(has(&doc, "radoslaw_sikorski", RelationKind::Meets, "gabrielius_landsbergis"), "{:#?}", doc.relations);
}

#[test]
fn members_named_with_the_subject_join_it() {
    let doc = extract("Egypt became a member of BRICS in January, together with Ethiopia, Iran and the United Arab Emirates.");
    for member in ["egypt", "ethiopia", "iran", "united_arab_emirates"] {
        assert!(has(&doc, member, RelationKind::MemberOf, "brics"), "{member}: {:#?}", doc.relations);
    }
    let doc = extract("Australia is a member of the AUKUS partnership with Britain, and of the Quad grouping with Japan and India.");
    for (member, bloc) in [("australia", "aukus"), ("united_kingdom", "aukus"), ("australia", "quad"), ("japan", "quad"), ("india", "quad")] {
        assert!(has(&doc, member, RelationKind::MemberOf, bloc), "{member} {bloc}: {:#?}", doc.relations);
    }
}

#[test]
fn a_visit_noun_after_the_place_and_a_verb_after_and_keep_the_subject() {
    let doc = extract(
        "Egyptian President Abdel Fattah al-Sisi is in China for a state visit and will attend the opening of the Arab Cooperation Forum. \
         Zhao Leji, chairman of the Standing Committee of the National People's Congress, met Sisi on Wednesday.",
    );
    assert!(has(&doc, "abdel_fattah_al_sisi", RelationKind::Visits, "china"), "{:#?}", doc.relations);
    assert!(has(&doc, "abdel_fattah_al_sisi", RelationKind::Attends, "arab_cooperation_forum"), "{:#?}", doc.relations);
    assert!(!has(&doc, "china", RelationKind::Attends, "arab_cooperation_forum"));
    assert!(has(&doc, "zhao_leji", RelationKind::Meets, "abdel_fattah_al_sisi"), "{:#?}", doc.relations);
}

#[test]
fn a_dateline_in_capitals_names_its_city() {
    let doc = extract("ADDIS ABABA, Ethiopia (AFP) - Leaders gathered on Saturday.");
    assert!(has(&doc, "addis_ababa", RelationKind::LocatedIn, "ethiopia"), "{:#?}", doc.relations);
}

#[test]
fn calls_consultations_and_visits_by_someone_are_read() {
    let doc = extract(
        "Vladimir Putin had a telephone conversation with President Recep Tayyip Erdogan. \
         Foreign Minister Sergei Lavrov and Foreign Minister Hakan Fidan will hold consultations in Geneva. \
         \"No visit by Putin to Turkey is being prepared,\" the Kremlin said.",
    );
    assert!(has(&doc, "vladimir_putin", RelationKind::Meets, "recep_tayyip_erdogan"), "{:#?}", doc.relations);
    assert!(has(&doc, "sergei_lavrov", RelationKind::Meets, "hakan_fidan"), "{:#?}", doc.relations);
    let visit = relation(&doc, "vladimir_putin", RelationKind::Visits, "turkey");
    assert!(visit.negated);
}

#[test]
fn a_named_leader_holds_office_even_after_a_rank() {
    let doc = extract("Gabon's transitional leader, General Brice Oligui Nguema, has promised elections.");
    assert!(has(&doc, "brice_oligui_nguema", RelationKind::HoldsOffice, "gabon"), "{:#?}", doc.relations);
}

#[test]
fn seats_and_cities_of_a_country_are_placed() {
    let doc = extract(
        "Leaders met in the Russian city of Kazan. The New Development Bank, headquartered in Shanghai, lends in yuan. \
         NATO, whose headquarters are in Brussels, welcomed Sweden. Kishida addressed the Congress of the Philippines.",
    );
    assert!(has(&doc, "kazan", RelationKind::LocatedIn, "russia"), "{:#?}", doc.relations);
    let doc_port = extract("The port of Blue Harbour would reopen.");
    assert!(doc_port.entities.iter().any(|e| e.name == "Blue Harbour" && e.kind == entente::model::EntityKind::Place), "{:#?}", doc_port.entities);
    assert!(has(&doc, "new_development_bank", RelationKind::LocatedIn, "shanghai"), "{:#?}", doc.relations);
    assert!(has(&doc, "nato", RelationKind::LocatedIn, "brussels"), "{:#?}", doc.relations);
    assert!(has(&doc, "congress_of_the_philippines", RelationKind::PartOf, "philippines"), "{:#?}", doc.entities);
}

#[test]
fn people_who_met_on_the_sidelines_attended_the_event() {
    let doc = extract("Prime Minister Anthony Albanese met President Joko Widodo on the sidelines of the ASEAN-Australia Special Summit.");
    for person in ["anthony_albanese", "joko_widodo"] {
        assert!(has(&doc, person, RelationKind::Attends, "asean_australia_special_summit"), "{person}: {:#?}", doc.relations);
    }
}

#[test]
fn un_press_release_offices_and_groups_are_read() {
    let doc = extract(
        "Rosemary DiCarlo, Under-Secretary-General for Political Affairs, briefed the United Nations Security Council. \
         Speaking on behalf of the Group of Arab States, the representative of Algeria said the text was overdue.",
    );
    assert!(has(&doc, "rosemary_dicarlo", RelationKind::HoldsOffice, "united_nations"), "{:#?}", doc.relations);
    let group = doc.entities.iter().find(|e| e.name == "Group of Arab States").expect("the group");
    assert_eq!(group.kind, entente::model::EntityKind::Organization);
    assert!(doc.entities.iter().all(|e| e.kind != entente::model::EntityKind::Person || e.name == "Rosemary DiCarlo"), "{:#?}", doc.entities);
}

#[test]
fn measures_against_a_company_and_a_summoned_envoy_are_other_relations() {
    let doc = extract("Britain announced parallel measures against Iran Air on Monday, and Germany said it had summoned Iran's ambassador in Berlin.");
    let measures = relation(&doc, "united_kingdom", RelationKind::Other, "iran_air");
    assert_eq!(measures.label.as_deref(), Some("sanctions"));
    assert!(has(&doc, "germany", RelationKind::Other, "iran"), "{:#?}", doc.relations);
    // A company named after its state is not a body of it.
    assert!(!has(&doc, "iran_air", RelationKind::PartOf, "iran"));
}

#[test]
fn an_organisation_made_of_listed_states_has_them_as_members() {
    let doc = extract(
        "The Eurasian Economic Union is an economic union of five post-Soviet states: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia. \
         Its headquarters are in Moscow. The highest body of the union is the Supreme Eurasian Economic Council.",
    );
    for member in ["armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia"] {
        assert!(has(&doc, member, RelationKind::MemberOf, "eurasian_economic_union"), "{member}: {:#?}", doc.relations);
    }
    assert!(has(&doc, "eurasian_economic_union", RelationKind::LocatedIn, "moscow"), "{:#?}", doc.relations);
    let doc = extract("The National Security Council met on Monday.");
    assert!(doc.entities.iter().any(|e| e.name == "National Security Council"), "{:#?}", doc.entities);
}

#[test]
fn monarchs_honours_and_the_office_of_a_named_state() {
    let doc = extract(
        "Prime Minister Datuk Seri Anwar Ibrahim met King Abdullah II. Erdogan called on Sultan Ibrahim. \
         The Prime Minister of the Republic of Poland, Donald Tusk, arrived in Berlin.",
    );
    assert!(doc.entities.iter().any(|e| e.id == "anwar_ibrahim"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Sultan Ibrahim"), "{:#?}", doc.entities);
    id_of(&doc, "King Abdullah II");
    assert!(has(&doc, "donald_tusk", RelationKind::HoldsOffice, "poland"), "{:#?}", doc.relations);
}

#[test]
fn both_leaders_co_chair_and_attend_and_a_guest_leaves_for_the_next_stop() {
    let doc = extract(
        "President Joko Widodo hosted President Emmanuel Macron in Jakarta. \
         The two leaders signed five agreements after co-chairing the Indonesia-France Strategic Dialogue. \
         Later, both leaders attended the Indonesia-France Business Forum. Macron is scheduled to meet students before leaving for Singapore.",
    );
    for person in ["joko_widodo", "emmanuel_macron"] {
        assert!(has(&doc, person, RelationKind::Attends, "indonesia_france_strategic_dialogue"), "{person}: {:#?}", doc.relations);
        assert!(has(&doc, person, RelationKind::Attends, "indonesia_france_business_forum"), "{person}: {:#?}", doc.relations);
    }
    assert!(has(&doc, "emmanuel_macron", RelationKind::Visits, "singapore"), "{:#?}", doc.relations);
}

#[test]
fn sanctions_stories_name_parties_companies_and_their_seats() {
    let doc = extract(
        "The United States imposed sanctions on Bidzina Ivanishvili, the founder of Georgia's ruling Georgian Dream party. \
         OFAC also designated Tbilisi-based Kvali Holding. \
         \"We will act,\" Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence Bradley Smith said. \
         Lithuania barred Ivanishvili from entering, and Ukraine imposed its own sanctions on him last week.",
    );
    assert!(doc.entities.iter().any(|e| e.name == "Georgian Dream" && e.kind == entente::model::EntityKind::Organization), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Bradley Smith"), "{:#?}", doc.entities);
    assert!(has(&doc, "kvali_holding", RelationKind::LocatedIn, "tbilisi"), "{:#?}", doc.relations);
    assert!(has(&doc, "lithuania", RelationKind::Other, "bidzina_ivanishvili"), "{:#?}", doc.relations);
    assert!(has(&doc, "ukraine", RelationKind::Other, "bidzina_ivanishvili"), "{:#?}", doc.relations);
}

#[test]
fn a_country_after_a_preposition_is_not_the_office_holder_s() {
    let doc = extract("Somaliland's leader, Muse Bihi Abdi, signed the deal. Foreign Minister Essa Kayd said the region wanted no conflict with Ethiopia.");
    assert!(has(&doc, "muse_bihi_abdi", RelationKind::HoldsOffice, "somaliland"), "{:#?}", doc.relations);
    assert!(!has(&doc, "essa_kayd", RelationKind::HoldsOffice, "ethiopia"), "{:#?}", doc.relations);
}

#[test]
fn joint_declarations_state_memberships_in_an_opening_phrase_and_accession_talks() {
    let doc = extract(
        "As Allies in NATO and members of the European Union, Germany and Poland bear a shared responsibility. \
         The two governments welcomed the opening of EU accession negotiations with Ukraine and Moldova. \
         Poland does not intend to join the European Sky Shield Initiative.",
    );
    for member in ["germany", "poland"] {
        assert!(has(&doc, member, RelationKind::MemberOf, "nato"), "{member}: {:#?}", doc.relations);
        assert!(has(&doc, member, RelationKind::MemberOf, "european_union"), "{member}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "nato", RelationKind::MemberOf, "european_union"), "{:#?}", doc.relations);
    let ukraine = relation(&doc, "ukraine", RelationKind::MemberOf, "european_union");
    assert_eq!(ukraine.modality, Modality::Proposed);
    let shield = relation(&doc, "poland", RelationKind::MemberOf, "european_sky_shield_initiative");
    assert!(shield.negated);
}

#[test]
fn the_two_leaders_are_heads_of_state_and_a_hosted_guest_visits_the_venue() {
    let doc = extract(
        "Malaysian Prime Minister Anwar Ibrahim hosted Turkish President Recep Tayyip Erdogan at Perdana Putra. \
         Also present were Foreign Minister Mohamad Hasan and his Turkish counterpart Hakan Fidan. \
         Later in the day, both leaders attended the Malaysia-Turkey Business Forum.",
    );
    assert!(has(&doc, "recep_tayyip_erdogan", RelationKind::Visits, "perdana_putra"), "{:#?}", doc.relations);
    for leader in ["anwar_ibrahim", "recep_tayyip_erdogan"] {
        assert!(has(&doc, leader, RelationKind::Attends, "malaysia_turkey_business_forum"), "{leader}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "hakan_fidan", RelationKind::Attends, "malaysia_turkey_business_forum"));
}

#[test]
fn an_untitled_official_in_a_dateline_story_serves_the_dateline_state() {
    let doc = extract(
        "PUTRAJAYA, Feb 11 (Bernama) -- Malaysia and Turkey agreed to deepen cooperation, as Prime Minister Anwar Ibrahim hosted Turkish President Recep Tayyip Erdogan.",
    );
    assert!(has(&doc, "anwar_ibrahim", RelationKind::HoldsOffice, "malaysia"), "{:#?}", doc.relations);
    // A dateline away from home does not claim the visitors.
    let doc = extract("WASHINGTON, March 7 -- Sweden joined NATO on Thursday, when Prime Minister Ulf Kristersson handed over the documents at the U.S. State Department.");
    assert!(!has(&doc, "ulf_kristersson", RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
}

#[test]
fn a_chair_holds_office_and_a_first_name_refers_back() {
    let doc = extract(
        "Talks were hosted by Malaysian Prime Minister Anwar Ibrahim, who currently chairs the Association of Southeast Asian Nations (Asean). \
         Mr Anwar phoned both leaders. Hun Manet has asked the International Court of Justice to rule.",
    );
    assert!(has(&doc, "anwar_ibrahim", RelationKind::HoldsOffice, "association_of_southeast_asian_nations"), "{:#?}", doc.relations);
    assert!(doc.entities.iter().all(|e| e.name != "Anwar"), "{:#?}", doc.entities);
    assert!(has(&doc, "hun_manet", RelationKind::Other, "international_court_of_justice"), "{:#?}", doc.relations);
}

#[test]
fn well_known_office_holders_are_recognised_and_placed_without_a_title() {
    let doc = extract("Chancellor Olaf Scholz and the Prime Minister of the Republic of Poland, Donald Tusk, met in Warsaw. Scholz said Germany and Poland stood together.");
    assert!(has(&doc, "olaf_scholz", RelationKind::HoldsOffice, "germany"), "{:#?}", doc.relations);
    assert!(has(&doc, "donald_tusk", RelationKind::HoldsOffice, "poland"), "{:#?}", doc.relations);
    assert!(has(&doc, "olaf_scholz", RelationKind::Meets, "donald_tusk"), "{:#?}", doc.relations);
}

#[test]
fn seas_and_operations_are_named_by_their_first_word() {
    let doc = extract(
        "The European Union launched Operation Aspides to escort ships in the Red Sea and the Gulf of Aden. \
         Turkish President Recep Tayyip Erdogan will call on Sultan Ibrahim before leaving for Indonesia.",
    );
    assert!(doc.entities.iter().any(|e| e.name == "Gulf of Aden" && e.kind == entente::model::EntityKind::Place), "{:#?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.name != "Persian Gulf"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Operation Aspides" && e.kind == entente::model::EntityKind::Event), "{:#?}", doc.entities);
    assert!(!has(&doc, "sultan_ibrahim", RelationKind::Visits, "indonesia"), "{:#?}", doc.relations);
}

#[test]
fn briefing_or_telling_a_council_is_attending_it() {
    let doc = extract(
        "The Security Council today demanded that the Houthis halt attacks. \
         Briefing the Council before the vote, Rosemary DiCarlo, Under-Secretary-General for Political Affairs, said attacks continued. \
         Arsenio Dominguez, Secretary-General of the International Maritime Organization (IMO), told the Council that seafarers suffered. \
         Later, Foreign Minister Subrahmanyam Jaishankar co-chaired the India-Brazil Joint Commission with Foreign Minister Mauro Vieira.",
    );
    let council = id_of(&doc, "Security Council");
    assert!(has(&doc, &council, RelationKind::Criticizes, "houthis"), "{:#?}", doc.relations);
    assert!(has(&doc, "rosemary_dicarlo", RelationKind::Attends, &council), "{:#?}", doc.relations);
    assert!(has(&doc, "arsenio_dominguez", RelationKind::Attends, &council), "{:#?}", doc.relations);
    assert!(has(&doc, "arsenio_dominguez", RelationKind::HoldsOffice, "international_maritime_organization"), "{:#?}", doc.relations);
    assert!(has(&doc, "mauro_vieira", RelationKind::Attends, "india_brazil_joint_commission"), "{:#?}", doc.relations);
}

#[test]
fn a_government_is_its_state_and_working_together_is_cooperation() {
    let doc = extract(
        "The representative of Israel said the resolution ignored the Cuban Government's ties with Iran. \
         Britain said it would coordinate further measures with the United States. \
         The United States, which drafted the text together with Japan, voted in favour.",
    );
    assert!(doc.entities.iter().all(|e| e.name != "Cuban Government"), "{:#?}", doc.entities);
    assert!(has(&doc, "cuba", RelationKind::CooperatesWith, "iran"), "{:#?}", doc.relations);
    assert!(has(&doc, "united_kingdom", RelationKind::CooperatesWith, "united_states"), "{:#?}", doc.relations);
    assert!(has(&doc, "united_states", RelationKind::CooperatesWith, "japan"), "{:#?}", doc.relations);
}

#[test]
fn recalling_an_envoy_is_a_protest_to_the_state_they_serve_in() {
    let doc = extract("France recalled its ambassadors to Canberra and Washington for consultations. Australia regretted the decision.");
    assert!(has(&doc, "france", RelationKind::Other, "australia"), "{:#?}", doc.relations);
    // The United States is never named: the capital it was written as.
    assert!(has(&doc, "france", RelationKind::Other, "washington"), "{:#?}", doc.relations);
}

#[test]
fn the_foreign_party_of_a_meeting_visits_its_place() {
    let doc = extract("Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing in October.");
    assert!(has(&doc, "viktor_orban", RelationKind::Visits, "beijing"), "{:#?}", doc.relations);
    assert!(!has(&doc, "xi_jinping", RelationKind::Visits, "beijing"), "{:#?}", doc.relations);
}

#[test]
fn a_written_state_gives_an_unnamed_office_holder_and_a_capital_its_country() {
    let doc = extract(
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. The President of Russia congratulated his counterpart. \
         The charter was signed in Chisinau, the capital of Moldova. \
         Imangali Tasmagambetov, a former prime minister of Kazakhstan, has held the post since 2023.",
    );
    assert!(has(&doc, "vladimir_putin", RelationKind::HoldsOffice, "russia"), "{:#?}", doc.relations);
    assert!(has(&doc, "chisinau", RelationKind::LocatedIn, "moldova"), "{:#?}", doc.relations);
    assert!(has(&doc, "imangali_tasmagambetov", RelationKind::HoldsOffice, "kazakhstan"), "{:#?}", doc.relations);
}

#[test]
fn wire_sentences_about_envoys_talks_summits_and_audiences() {
    let doc = extract(
        "U.S. Ambassador to the United Nations Linda Thomas-Greenfield said Washington would veto the draft. \
         Indian Prime Minister Narendra Modi will travel to Moscow next week for talks with President Vladimir Putin, the Kremlin said on Monday. \
         Pope Francis met Ukrainian President Volodymyr Zelenskiy at the Vatican. \
         The African Union suspended Niger. NATO allies pledged to spend more at the summit in Vilnius.",
    );
    assert!(has(&doc, "linda_thomas_greenfield", RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
    assert!(has(&doc, "narendra_modi", RelationKind::Meets, "vladimir_putin"), "{:#?}", doc.relations);
    assert!(doc.relations.iter().all(|r| r.object != "kremlin" || r.kind != RelationKind::Meets), "{:#?}", doc.relations);
    let zelensky = id_of(&doc, "Volodymyr Zelenskiy");
    assert!(has(&doc, &zelensky, RelationKind::Visits, "vatican_city"), "{:#?}", doc.relations);
    assert!(has(&doc, "nato_summit", RelationKind::LocatedIn, "vilnius"), "{:#?}", doc.relations);
}

#[test]
fn readouts_and_encyclopedia_summaries_name_known_people_and_founders() {
    let doc = extract(
        "Secretary Blinken spoke today with Indian External Affairs Minister Subrahmanyam Jaishankar. \
         The Shanghai Cooperation Organisation (SCO) is a Eurasian security organisation founded in 2001 by China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. \
         Iran became a member in 2023. Its secretariat is in Beijing.",
    );
    assert!(has(&doc, "antony_blinken", RelationKind::Meets, "subrahmanyam_jaishankar"), "{:#?}", doc.relations);
    for founder in ["china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan", "iran"] {
        assert!(has(&doc, founder, RelationKind::MemberOf, "shanghai_cooperation_organisation"), "{founder}: {:#?}", doc.relations);
    }
    assert!(has(&doc, "shanghai_cooperation_organisation", RelationKind::LocatedIn, "beijing"), "{:#?}", doc.relations);
}

#[test]
fn mandates_sanctions_on_a_state_s_companies_and_accession_talks_are_read() {
    let doc = extract(
        "The Security Council today extended the mandate of the United Nations Mission in South Sudan (UNMISS) until 30 April 2025. \
         The Treasury Department said it had sanctioned three Chinese companies for supplying drone parts to Russia. \
         The European Union's executive proposed opening accession talks with Bosnia and Herzegovina.",
    );
    let council = id_of(&doc, "Security Council");
    assert!(has(&doc, &council, RelationKind::Other, &id_of(&doc, "United Nations Mission in South Sudan")), "{:#?}", doc.relations);
    assert!(has(&doc, "treasury_department", RelationKind::Other, "china"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn strikes_and_mediation_are_relations_between_states() {
    let doc = extract("Israel launched air strikes on Lebanon on Monday. Qatar and Egypt have been mediating between Israel and Hamas.");
    assert!(has(&doc, "israel", RelationKind::Other, "lebanon"), "{:#?}", doc.relations);
    for (mediator, party) in [("qatar", "israel"), ("qatar", "hamas"), ("egypt", "israel"), ("egypt", "hamas")] {
        assert!(has(&doc, mediator, RelationKind::Other, party), "{mediator} {party}: {:#?}", doc.relations);
    }
}

#[test]
fn bodies_of_an_organisation_and_taking_part_in_a_mission() {
    let doc = extract(
        "The Collective Security Treaty Organization (CSTO) is a military alliance. The highest body of the CSTO is the Collective Security Council. \
         Its Parliamentary Assembly sits in Saint Petersburg. \
         Ethiopia has about 3,000 troops in Somalia as part of the African Union Transition Mission in Somalia (ATMIS).",
    );
    let csto = id_of(&doc, "CSTO");
    assert!(has(&doc, "collective_security_council", RelationKind::PartOf, &csto), "{:#?}", doc.relations);
    assert!(has(&doc, "parliamentary_assembly", RelationKind::PartOf, &csto), "{:#?}", doc.relations);
    assert!(has(&doc, "ethiopia", RelationKind::Attends, &id_of(&doc, "ATMIS")), "{:#?}", doc.relations);
}

#[test]
fn a_summit_named_by_year_host_and_city_is_referred_back_to() {
    let doc = extract(
        "The 2023 G20 New Delhi summit was held on 9 and 10 September 2023. It was the first G20 summit hosted by India. \
         Chinese President Xi Jinping and Russian President Vladimir Putin did not attend; China was represented by Premier Li Qiang.",
    );
    let summit = id_of(&doc, "2023 G20 New Delhi summit");
    assert_eq!(doc.entities.iter().filter(|e| e.kind == entente::model::EntityKind::Event).count(), 1, "{:#?}", doc.entities);
    let absent = relation(&doc, "xi_jinping", RelationKind::Attends, &summit);
    assert!(absent.negated);
    let doc = extract("The 15th BRICS summit was held in Johannesburg. Russia hosted the 16th BRICS summit.");
    assert_eq!(doc.entities.iter().filter(|e| e.kind == entente::model::EntityKind::Event).count(), 2, "{:#?}", doc.entities);
}

#[test]
fn observers_acronyms_that_skip_of_and_numbered_summits() {
    let doc = extract(
        "The South Asian Association for Regional Cooperation (SAARC) has nine observers: Australia, China, Iran and Japan. \
         Afghanistan's admission was approved at the 13th summit in Dhaka. \
         Several members turned to the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC).",
    );
    let saarc = id_of(&doc, "SAARC");
    for observer in ["australia", "china", "iran", "japan"] {
        let r = relation(&doc, observer, RelationKind::Attends, &saarc);
        assert_eq!(r.label.as_deref(), Some("observer"));
    }
    assert!(has(&doc, "13th_summit", RelationKind::LocatedIn, "dhaka"), "{:#?}", doc.relations);
    id_of(&doc, "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation");
}

#[test]
fn a_foreign_language_acronym_a_rotating_presidency_and_a_speaker() {
    let doc = extract(
        "Honduran President Xiomara Castro, who holds the rotating presidency of the Community of Latin American and Caribbean States (CELAC), convened the summit. \
         In the afternoon, Mr. Mitsotakis met the Speaker of the Lok Sabha, Om Birla, at Parliament House. \
         On Wednesday the Prime Minister was received by the President of India, Droupadi Murmu, in New Delhi.",
    );
    let celac = id_of(&doc, "CELAC");
    assert_eq!(celac, "community_of_latin_american_and_caribbean_states");
    assert!(has(&doc, "xiomara_castro", RelationKind::HoldsOffice, &celac), "{:#?}", doc.relations);
    assert!(has(&doc, "om_birla", RelationKind::HoldsOffice, "lok_sabha"), "{:#?}", doc.relations);
    assert!(has(&doc, "droupadi_murmu", RelationKind::HoldsOffice, "india"), "{:#?}", doc.relations);
}

#[test]
fn an_untitled_name_after_the_current_office_and_a_person_of_a_state() {
    let doc = extract(
        "The South Asian Association for Regional Cooperation (SAARC) is a regional organisation. \
         The current Secretary-General, Golam Sarwar of Bangladesh, took office in 2023. \
         Speaking after the vote, Linda Thomas-Greenfield of the United States said Iran had provided drones.",
    );
    let saarc = id_of(&doc, "SAARC");
    assert!(has(&doc, "golam_sarwar", RelationKind::HoldsOffice, &saarc), "{:#?}", doc.relations);
    assert!(has(&doc, "linda_thomas_greenfield", RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
}

#[test]
fn a_state_acting_against_an_office_holder_is_not_theirs() {
    let doc = extract("Britain, which sanctioned Interior Minister Vakhtang Gomelauri on Dec. 16, said it would act with the United States.");
    assert!(!has(&doc, "vakhtang_gomelauri", RelationKind::HoldsOffice, "united_kingdom"), "{:#?}", doc.relations);
}

#[test]
fn an_official_without_a_state_serves_the_one_the_last_sentence_was_about() {
    let doc = extract(
        "MEXICO CITY, April 9 -- Brazil and Chile backed Mexico. Peru, which stayed away from the call, denied any wrongdoing. \
         Foreign Minister Ana Ruiz said asylum could not protect criminals and accused Mexico of abusing its mission.",
    );
    assert!(has(&doc, "ana_ruiz", RelationKind::HoldsOffice, "peru"), "{:#?}", doc.relations);
    assert!(!has(&doc, "ana_ruiz", RelationKind::HoldsOffice, "mexico"), "{:#?}", doc.relations);
    // A state written before the title still wins.
    let doc = extract("Peru denied it. In Santiago, Chile's Foreign Minister Ana Ruiz said so.");
    assert!(has(&doc, "ana_ruiz", RelationKind::HoldsOffice, "chile"), "{:#?}", doc.relations);
}

#[test]
fn a_surname_is_known_with_or_without_its_diacritics() {
    let doc = extract(
        "Malaysia hosted Turkish President Recep Tayyip Erdoğan. \
         Erdoğan, who arrived at Kuala Lumpur International Airport last night on his first visit to Malaysia since 2019, met Anwar.",
    );
    let erdogan = id_of(&doc, "Recep Tayyip Erdoğan");
    assert!(has(&doc, &erdogan, RelationKind::Visits, "malaysia"), "{:#?}", doc.relations);
    let doc = extract("Polish Foreign Minister Radosław Sikorski spoke. Later Sikorski met the press in Warsaw.");
    let sikorski = id_of(&doc, "Sikorski");
    assert_eq!(sikorski, id_of(&doc, "Radosław Sikorski"));
}

#[test]
fn calling_on_a_person_is_a_meeting_and_calling_on_a_state_an_appeal() {
    let doc = extract("Turkish President Recep Tayyip Erdogan is scheduled to call on King Abdullah II at Raghadan Palace this evening.");
    let king = id_of(&doc, "Abdullah II");
    assert!(has(&doc, "recep_tayyip_erdogan", RelationKind::Meets, &king), "{:#?}", doc.relations);
    assert!(has(&doc, "recep_tayyip_erdogan", RelationKind::Visits, &id_of(&doc, "Raghadan Palace")), "{:#?}", doc.relations);
    let doc = extract("The General Assembly adopted a resolution calling on the United States to end its embargo. France called on Russia to withdraw.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
    assert!(has(&doc, "france", RelationKind::Criticizes, "russia"), "{:#?}", doc.relations);
}

#[test]
fn attendees_named_after_the_event_and_events_named_by_their_city() {
    let doc = extract("The Nairobi Summit was attended by President William Ruto of Kenya and Prime Minister Abiy Ahmed of Ethiopia.");
    let summit = id_of(&doc, "Nairobi Summit");
    assert!(has(&doc, "william_ruto", RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, "abiy_ahmed", RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "nairobi"), "{:#?}", doc.relations);
    let doc = extract("Among those attending the Lagos Forum were Ghanaian President Nana Akufo-Addo and Senegal's foreign minister.");
    assert!(has(&doc, "nana_akufo_addo", RelationKind::Attends, &id_of(&doc, "Lagos Forum")), "{:#?}", doc.relations);
    let doc = extract("Malaysia hosted the inaugural meeting of the High-Level Strategic Cooperation Council on Tuesday.");
    let council = id_of(&doc, "High-Level Strategic Cooperation Council");
    assert_eq!(relation(&doc, "malaysia", RelationKind::Attends, &council).label.as_deref(), Some("host"));
    assert!(!has(&doc, "malaysia", RelationKind::Meets, &council), "{:#?}", doc.relations);
}

#[test]
fn a_known_office_holder_after_unlisted_title_words_holds_their_office() {
    let doc = extract(
        "Germany and Poland held consultations in Warsaw. \
         Federal Minister for Foreign Affairs Annalena Baerbock held talks with Minister of Foreign Affairs Radosław Sikorski, \
         and Federal Minister of Defence Boris Pistorius met Deputy Prime Minister and Minister of National Defence Władysław Kosiniak-Kamysz.",
    );
    let defence = id_of(&doc, "Władysław Kosiniak-Kamysz");
    assert!(has(&doc, &defence, RelationKind::HoldsOffice, "poland"), "{:#?}", doc.relations);
    // A list of people ends where a new clause starts.
    assert!(!has(&doc, "annalena_baerbock", RelationKind::Meets, "boris_pistorius"), "{:#?}", doc.relations);
    assert!(has(&doc, "boris_pistorius", RelationKind::Meets, &defence), "{:#?}", doc.relations);
}

#[test]
fn co_chairs_written_with_an_appositive_title_attend_named_consultations_and_meet() {
    let doc = extract(
        "Federal Chancellor Olaf Scholz and the Prime Minister of the Republic of Poland, Donald Tusk, today co-chaired \
         the German-Polish intergovernmental consultations in Warsaw.",
    );
    let consultations = id_of(&doc, "German-Polish intergovernmental consultations");
    assert!(has(&doc, "olaf_scholz", RelationKind::Attends, &consultations), "{:#?}", doc.relations);
    assert!(has(&doc, "donald_tusk", RelationKind::Attends, &consultations), "{:#?}", doc.relations);
    assert!(has(&doc, "olaf_scholz", RelationKind::Meets, "donald_tusk"), "{:#?}", doc.relations);
}

#[test]
fn a_name_the_article_introduced_is_found_again_without_its_head_word() {
    let doc = extract(
        "Georgia held elections won by the ruling Georgian Dream party. \
         President Salome Zourabichvili accuses Georgian Dream of rigging the election.",
    );
    let party = id_of(&doc, "Georgian Dream");
    assert!(has(&doc, "salome_zourabichvili", RelationKind::Criticizes, &party), "{:#?}", doc.relations);
    assert!(!has(&doc, "salome_zourabichvili", RelationKind::Criticizes, "georgia"), "{:#?}", doc.relations);
}

#[test]
fn a_state_that_sanctioned_a_person_or_names_a_body_is_not_their_state() {
    let doc = extract(
        "The United States imposed sanctions on Bidzina Ivanishvili, the founder of the ruling Georgian Dream party in Georgia. \
         The U.S. Treasury Department said Ivanishvili, a former prime minister, had directed a crackdown.",
    );
    assert!(has(&doc, "bidzina_ivanishvili", RelationKind::HoldsOffice, "georgia"), "{:#?}", doc.relations);
    assert!(!has(&doc, "bidzina_ivanishvili", RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
}

#[test]
fn admissions_newest_members_and_observer_lists_of_a_grouping_the_gazetteer_lacks() {
    let doc = extract(
        "The Southern Ocean Association for Regional Cooperation (SOARC) is a regional organisation of eight states. \
         Afghanistan's admission was approved at the 13th summit, and Bhutan joined as the eighth member at the 14th summit. \
         In 2011, Nepal became the bloc's newest member. \
         The organisation now has nine observers: Australia, China, the European Union, Iran and Japan.",
    );
    let saarc = id_of(&doc, "SOARC");
    for observer in ["australia", "china", "european_union", "iran", "japan"] {
        assert_eq!(relation(&doc, observer, RelationKind::Attends, &saarc).label.as_deref(), Some("observer"));
    }
    for member in ["afghanistan", "bhutan", "nepal"] {
        assert!(has(&doc, member, RelationKind::MemberOf, &saarc), "{member}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "china", RelationKind::MemberOf, "european_union"), "{:#?}", doc.relations);
    let doc = extract("The East African Community formally admitted Somalia on Friday.");
    assert!(has(&doc, "somalia", RelationKind::MemberOf, &id_of(&doc, "East African Community")), "{:#?}", doc.relations);
}

#[test]
fn signing_an_organisations_charter_makes_the_signers_members() {
    let doc = extract("Indonesia, Malaysia and Thailand signed the ASEAN Charter in 2007.");
    for member in ["indonesia", "malaysia", "thailand"] {
        assert!(has(&doc, member, RelationKind::MemberOf, "association_of_southeast_asian_nations"), "{member}: {:#?}", doc.relations);
    }
    // A charter the states only discussed makes no members.
    let doc = extract("Indonesia and Malaysia discussed the ASEAN Charter in 2007.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::MemberOf), "{:#?}", doc.relations);
}

#[test]
fn breaking_ties_solidarity_and_backing_a_complaint() {
    let doc = extract(
        "Mexican President Andres Manuel Lopez Obrador broke off diplomatic relations with Ecuador. \
         Nicaragua went further, severing its own ties with Ecuador on April 6 in solidarity with Mexico. \
         Colombian President Gustavo Petro said his government would back Mexico's complaint.",
    );
    assert!(!has(&doc, "mexico", RelationKind::CooperatesWith, "ecuador"), "{:#?}", doc.relations);
    assert_eq!(relation(&doc, "mexico", RelationKind::Other, "ecuador").label.as_deref(), Some("broke off relations"));
    assert!(has(&doc, "nicaragua", RelationKind::Other, "ecuador"), "{:#?}", doc.relations);
    assert!(!has(&doc, "nicaragua", RelationKind::CooperatesWith, "ecuador"), "{:#?}", doc.relations);
    assert!(has(&doc, "nicaragua", RelationKind::CooperatesWith, "mexico"), "{:#?}", doc.relations);
    assert!(has(&doc, "colombia", RelationKind::CooperatesWith, "mexico"), "{:#?}", doc.relations);
}

#[test]
fn region_adjectives_and_treaties_named_after_a_city_are_not_states_acting() {
    let doc = extract(
        "Latin American leaders condemned Ecuador's raid. \
         The declaration described it as a violation of the 1961 Vienna Convention on Diplomatic Relations and called on Quito to respect it.",
    );
    assert!(!doc.entities.iter().any(|e| e.id == "united_states"), "{:#?}", doc.entities);
    assert!(!doc.relations.iter().any(|r| r.subject == "vienna"), "{:#?}", doc.relations);
}

#[test]
fn observer_status_seats_and_rejoining() {
    let doc = extract(
        "The Collective Security Treaty Organization (CSTO) is a military alliance. Its Parliamentary Assembly sits in Saint Petersburg; \
         Afghanistan and Serbia were granted observer status in the assembly in 2013. \
         Uzbekistan rejoined the CSTO in 2006. Papua New Guinea has applied for observer status with the Pacific Islands Forum.",
    );
    let assembly = id_of(&doc, "Parliamentary Assembly");
    assert!(has(&doc, &assembly, RelationKind::LocatedIn, &id_of(&doc, "Saint Petersburg")), "{:#?}", doc.relations);
    for observer in ["afghanistan", "serbia"] {
        assert_eq!(relation(&doc, observer, RelationKind::Attends, &assembly).label.as_deref(), Some("observer"));
    }
    assert!(has(&doc, "uzbekistan", RelationKind::MemberOf, "collective_security_treaty_organization"), "{:#?}", doc.relations);
    let applied = relation(&doc, "papua_new_guinea", RelationKind::Attends, "pacific_islands_forum");
    assert_eq!(applied.modality, Modality::Proposed);
}

#[test]
fn envoys_of_the_secretary_general_contacts_and_double_negatives() {
    let doc = extract(
        "The United Nations warned of famine. \
         She said the Special Envoy of the Secretary-General for Yemen, Hans Grundberg, remained in close contact with Riyadh and Muscat. \
         The United Kingdom's representative said London would not hesitate to act alongside the United States. \
         He blamed Washington's unconditional support for Israel.",
    );
    assert_eq!(relation(&doc, "hans_grundberg", RelationKind::HoldsOffice, "united_nations").label.as_deref(), Some("Special Envoy"));
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.subject == "hans_grundberg"), "{:#?}", doc.relations);
    let together = relation(&doc, "united_kingdom", RelationKind::CooperatesWith, "united_states");
    assert!(!together.negated, "{together:#?}");
    assert!(has(&doc, "united_states", RelationKind::CooperatesWith, "israel"), "{:#?}", doc.relations);
}

#[test]
fn a_two_word_family_name_refers_to_the_full_name() {
    let doc = extract(
        "Mexican President Andres Manuel Lopez Obrador broke off relations with Ecuador. \
         Quito expelled the ambassador over remarks by Lopez Obrador about the election.",
    );
    assert_eq!(id_of(&doc, "Lopez Obrador"), "andres_manuel_lopez_obrador");
    assert_eq!(doc.entities.iter().filter(|e| e.name.contains("Obrador")).count(), 1, "{:#?}", doc.entities);
}

#[test]
fn each_relation_kind_has_a_rule() {
    let doc = extract(
        "German Chancellor Olaf Scholz met Polish President Andrzej Duda. \
         Finland joined NATO. \
         NATO's North Atlantic Council met. \
         The G20 summit in India ended. \
         Olaf Scholz visited Brazil. \
         Olaf Scholz attended the G20 summit. \
         The EU opened an office in Kenya. \
         Germany strengthened cooperation with Poland. \
         China condemned Germany. \
         Canada imposed sanctions on Russia. \
         They met in Vilnius, Lithuania.",
    );
    assert!(has(&doc, "olaf_scholz", RelationKind::HoldsOffice, "germany"));
    assert!(has(&doc, "olaf_scholz", RelationKind::Meets, "andrzej_duda"));
    assert!(has(&doc, "finland", RelationKind::MemberOf, "nato"));
    assert!(has(&doc, "north_atlantic_council", RelationKind::PartOf, "nato"));
    assert!(has(&doc, "g20_summit", RelationKind::LocatedIn, "india"));
    assert!(has(&doc, "olaf_scholz", RelationKind::Visits, "brazil"));
    assert!(has(&doc, "olaf_scholz", RelationKind::Attends, "g20_summit"));
    assert!(has(&doc, "european_union", RelationKind::OpensOfficeIn, "kenya"));
    assert!(has(&doc, "germany", RelationKind::CooperatesWith, "poland"));
    assert!(has(&doc, "china", RelationKind::Criticizes, "germany"));
    assert!(has(&doc, "canada", RelationKind::Other, "russia"));
    assert!(has(&doc, "vilnius", RelationKind::LocatedIn, "lithuania"));
    // Directed kinds keep their direction.
    assert!(!has(&doc, "germany", RelationKind::Criticizes, "china"));
    assert!(!has(&doc, "nato", RelationKind::MemberOf, "finland"));
}

#[test]
fn merge_keeps_one_relation_with_the_evidence_of_each_article() {
    let a = extract_article("a.txt", "a", "Finland joined NATO in April.");
    let b = extract_article("b.txt", "b", "Finland joined NATO, officials said.");
    let merged = merge(vec![a, b]);
    merged.validate().unwrap();
    assert_eq!(merged.documents.len(), 2);
    let joined: Vec<_> = merged
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::MemberOf && r.subject == "finland")
        .collect();
    assert_eq!(joined.len(), 1);
    assert_eq!(joined[0].evidence.len(), 2);
    assert_eq!(merged.entities.iter().filter(|e| e.id == "nato").count(), 1);
}

#[test]
fn bad_input_gives_clear_errors_or_results() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let error = extract_paths(&[empty]).unwrap_err();
    assert!(error.to_string().contains("empty"), "{error}");

    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let error = extract_paths(&[binary]).unwrap_err();
    assert!(error.to_string().contains("binary"), "{error}");

    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Finland joined NATO in M\xe4rz.\n").unwrap();
    let (doc, warnings) = extract_paths(&[latin1]).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(has(&doc, "finland", RelationKind::MemberOf, "nato"));

    let missing = dir.path().join("missing.txt");
    assert!(extract_paths(&[missing]).is_err());
}

#[test]
fn one_huge_line_is_processed_in_bounded_pieces() {
    let mut line = String::new();
    while line.len() < 3_000_000 {
        line.push_str("Finland joined NATO and Japan met Germany without stopping ");
    }
    let doc = extract_article("huge", "huge", &line);
    doc.validate().unwrap();
    assert!(has(&doc, "finland", RelationKind::MemberOf, "nato"));
    assert!(doc.relations.iter().all(|r| r.evidence.len() <= 16));
}

#[test]
fn folders_are_merged() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Finland joined NATO.").unwrap();
    std::fs::write(dir.path().join("b.txt"), "Sweden joined NATO.").unwrap();
    std::fs::write(dir.path().join("ignored.json"), "{}").unwrap();
    let (doc, warnings) = extract_paths(&[PathBuf::from(dir.path())]).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(doc.documents.len(), 2);
    assert!(has(&doc, "finland", RelationKind::MemberOf, "nato"));
    assert!(has(&doc, "sweden", RelationKind::MemberOf, "nato"));
}

#[test]
fn seed_article_meets_the_quality_targets() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/seeds/japan-nato-liaison-office.txt")).unwrap();
    let gold_text = std::fs::read_to_string(format!("{root}/tests/articles/seed-japan-nato.gold.json")).unwrap();
    let gold = Gold::from_json(&gold_text).unwrap();
    let doc = extract(&text);
    let scores = score(&doc, &gold);
    assert!(scores.entities.f1 >= 0.95, "entity F1 {:.3}: {scores:?}", scores.entities.f1);
    assert!(scores.pairs.f1 >= 0.90, "pair F1 {:.3}: {scores:?}", scores.pairs.f1);
    assert!(scores.typed.f1 >= 0.80, "typed F1 {:.3}: {scores:?}", scores.typed.f1);
}

#[test]
fn plural_titles_pair_names_with_the_states_written_for_them() {
    let doc = extract("Prime ministers Anna Kowalczyk of Poland, Jan Dvorak of the Czech Republic and Ivo Horvat of Croatia met at an EU summit in Zagreb. \
                       The talks were attended by the foreign ministers of Kenya, Ghana and Peru, Amos Otieno, Kofi Mensah and Luis Quispe respectively.");
    assert!(has(&doc, "anna_kowalczyk", RelationKind::HoldsOffice, "poland"));
    assert!(has(&doc, "jan_dvorak", RelationKind::HoldsOffice, "czech_republic"));
    assert!(has(&doc, "ivo_horvat", RelationKind::HoldsOffice, "croatia"));
    assert!(!has(&doc, "ivo_horvat", RelationKind::HoldsOffice, "poland"));
    assert_eq!(relation(&doc, "kofi_mensah", RelationKind::HoldsOffice, "ghana").label.as_deref(), Some("Foreign Minister"));
    assert!(has(&doc, "amos_otieno", RelationKind::HoldsOffice, "kenya"));
    assert!(has(&doc, "luis_quispe", RelationKind::HoldsOffice, "peru"));
    assert!(!has(&doc, "luis_quispe", RelationKind::HoldsOffice, "kenya"));
}

#[test]
fn a_state_written_after_the_name_beats_a_neighbour_s_state() {
    let doc = extract("The pact was signed by President Karel Novotny of Czechoslovakia, President Lech Wałęsa of Poland and Prime Minister Jozsef Antall of Hungary.");
    assert!(has(&doc, "karel_novotny", RelationKind::HoldsOffice, "czechoslovakia"));
    assert!(has(&doc, &id_of(&doc, "Lech Wałęsa"), RelationKind::HoldsOffice, "poland"));
    assert!(!has(&doc, &id_of(&doc, "Lech Wałęsa"), RelationKind::HoldsOffice, "hungary"));
}

#[test]
fn summits_named_by_their_city_are_events_their_attendees_attend() {
    let doc = extract("Prime ministers Anna Kowalczyk of Poland and Ivo Horvat of Croatia met at an EU summit in Zagreb on Friday. \
                       A summit in Gdansk on 3 May was attended by the presidents of Latvia and Estonia, Janis Berzins and Kadri Tamm. \
                       The Czech minister stayed away from a NATO defence ministers' meeting in Brussels.");
    let zagreb = id_of(&doc, "EU summit in Zagreb");
    assert_eq!(zagreb, id_of(&doc, "Zagreb summit"));
    assert!(has(&doc, "anna_kowalczyk", RelationKind::Attends, &zagreb));
    assert!(has(&doc, "ivo_horvat", RelationKind::Attends, &zagreb));
    let gdansk = id_of(&doc, "summit in Gdansk");
    assert!(has(&doc, &gdansk, RelationKind::LocatedIn, "gdansk"));
    assert!(has(&doc, "janis_berzins", RelationKind::Attends, &gdansk));
    assert!(has(&doc, "kadri_tamm", RelationKind::HoldsOffice, "estonia"));
    let meeting = id_of(&doc, "NATO defence ministers' meeting");
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "brussels"));
}

#[test]
fn a_joint_statement_s_pair_travels_joins_and_invites() {
    let doc = extract("President Amara Diallo of Senegal received President Tomas Rivera of Chile in Paris. \
                       The two leaders travelled to Lyon, where they opened a school. \
                       They then visited Marseille. \
                       As founding members of the International Solar Alliance, the two sides agreed to mobilise finance. \
                       President Diallo invited President Rivera to the Blue Ocean Summit that Senegal will host in Dakar in May, and to pay a state visit to Senegal.");
    assert!(has(&doc, "amara_diallo", RelationKind::Meets, "tomas_rivera"));
    assert!(!has(&doc, "senegal", RelationKind::Meets, "tomas_rivera"));
    for leader in ["amara_diallo", "tomas_rivera"] {
        assert!(has(&doc, leader, RelationKind::Visits, "lyon"), "{leader} visits Lyon");
        assert!(has(&doc, leader, RelationKind::Visits, "marseille"), "{leader} visits Marseille");
    }
    assert!(!has(&doc, "amara_diallo", RelationKind::Visits, "senegal"));
    for state in ["senegal", "chile"] {
        assert!(has(&doc, state, RelationKind::MemberOf, "international_solar_alliance"), "{state} in the ISA");
    }
    let summit = id_of(&doc, "Blue Ocean Summit");
    let invited = relation(&doc, "tomas_rivera", RelationKind::Attends, &summit);
    assert_eq!(invited.modality, Modality::Planned);
    assert_eq!(relation(&doc, "tomas_rivera", RelationKind::Visits, "senegal").modality, Modality::Planned);
    assert!(has(&doc, "senegal", RelationKind::Attends, &summit));
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "dakar"));
}

#[test]
fn an_organisation_s_name_may_open_an_event_s() {
    let doc = extract("France welcomed the third United Nations Ocean Conference in Nice.");
    assert_eq!(doc.entities.iter().filter(|e| e.name == "United Nations Ocean Conference").count(), 1);
    assert!(!doc.entities.iter().any(|e| e.name == "Ocean Conference"));
}

#[test]
fn named_exercises_their_observers_and_military_ranks() {
    let doc = extract("Turkish Defence Minister Kemal Aydin and his Egyptian counterpart, Major General Hany Farouk, held a telephone conversation. \
                       Ships of the Pakistan Navy will take part in the Sea Shield 2026 naval exercise, which Egypt will host in the Red Sea in May. \
                       Warships of Algeria are also expected to join the drills. \
                       Last year the Sea Shield exercise drew observers from Tunisia, Jordan and Oman.");
    let exercise = id_of(&doc, "Sea Shield");
    assert_eq!(exercise, id_of(&doc, "Sea Shield exercise"));
    assert!(has(&doc, "kemal_aydin", RelationKind::Meets, "hany_farouk"));
    assert!(!doc.entities.iter().any(|e| e.name == "Major"), "a rank is no name");
    assert!(has(&doc, "egypt", RelationKind::Attends, &exercise));
    assert!(has(&doc, "algeria", RelationKind::Attends, &exercise));
    for observer in ["tunisia", "jordan", "oman"] {
        assert_eq!(relation(&doc, observer, RelationKind::Attends, &exercise).label.as_deref(), Some("observer"));
    }
    assert!(!has(&doc, "algeria", RelationKind::MemberOf, &exercise));
}

#[test]
fn answering_critics_and_criticising_a_pair() {
    let doc = extract("President Ilham Aliyev of Azerbaijan and President Shavkat Mirziyoyev of Uzbekistan signed a treaty in Baku. \
                       A day later, French Foreign Ministry spokesman Pascal Confavreux criticized the growing partnership between the two countries. \
                       Uzbek Foreign Minister Bakhtiyor Saidov rejected the French criticism on Friday.");
    assert!(has(&doc, "pascal_confavreux", RelationKind::Criticizes, "azerbaijan"));
    assert!(has(&doc, "pascal_confavreux", RelationKind::Criticizes, "uzbekistan"));
    assert!(has(&doc, "bakhtiyor_saidov", RelationKind::Criticizes, "france"));
}

#[test]
fn suspensions_councils_and_military_units() {
    let doc = extract("Russia was suspended from the Council of the Baltic Sea States in March 2022. \
                       Belarus, which had held observer status, was suspended at the same time. \
                       Finland has blamed the jamming on Russian military units. \
                       Kremlin spokesman Dmitry Peskov accused the council of hysteria.");
    let council = id_of(&doc, "Council of the Baltic Sea States");
    assert!(has(&doc, &council, RelationKind::Other, "belarus"));
    assert!(doc.relations.iter().any(|r| r.subject == "belarus" && r.object == council && r.kind == RelationKind::MemberOf && r.negated));
    assert!(has(&doc, "dmitry_peskov", RelationKind::Criticizes, &council));
    assert!(!doc.entities.iter().any(|e| e.name.contains("Military")), "{:?}", doc.entities);
}

#[test]
fn an_appositive_s_second_office_and_a_conjoined_appeal() {
    let doc = extract("Before the vote, Mara Lindqvist, Special Representative of the Secretary-General and Head of the United Nations Mission in Liberia (UNMIL), briefed the Council by video link from Monrovia. \
                       She said the country's first elections, scheduled for December, could not be credible without a constitution and a unified army, and urged Liberia's leaders to agree on a timeline. \
                       Japan's delegate spoke next. She called on Sudan to stop the fighting.");
    let mission = id_of(&doc, "United Nations Mission in Liberia");
    assert_eq!(relation(&doc, "mara_lindqvist", RelationKind::HoldsOffice, &mission).label.as_deref(), Some("Head"));
    let appeal = relation(&doc, "mara_lindqvist", RelationKind::Criticizes, "liberia");
    assert!(!appeal.negated, "the denial belongs to the earlier clause");
    assert!(doc.entities.iter().all(|e| e.aliases.iter().all(|a| !matches!(a.to_lowercase().as_str(), "he" | "she" | "it" | "they"))), "a pronoun is no alias");
}

#[test]
fn a_ministerial_s_meeting_chair_members_and_the_coming_summit() {
    let doc = extract("Foreign ministers of the Shanghai Cooperation Organisation (SCO) gathered in the northern Chinese port city of Tianjin on Tuesday for a Council of Foreign Ministers meeting to prepare for a leaders' summit next month. \
                       Chinese Foreign Minister Wang Yi, who chaired the meeting, spoke first. \
                       Abbas Araghchi, the Iranian foreign minister, whose country joined the grouping in 2023, thanked members. \
                       Subrahmanyam Jaishankar, India's external affairs minister, said New Delhi blames the attack on Pakistan. \
                       Pakistani Foreign Minister Ishaq Dar rejected the accusation. \
                       Russian Foreign Minister Sergei Lavrov said Moscow and Beijing would coordinate closely. \
                       The leaders' summit will be held in Tianjin. Russian President Vladimir Putin has confirmed that he will attend, \
                       and Indian Prime Minister Narendra Modi is expected to travel to China for what would be his first visit to the country since 2018.");
    let meeting = id_of(&doc, "Council of Foreign Ministers meeting");
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "tianjin"));
    assert_eq!(relation(&doc, "wang_yi", RelationKind::Attends, &meeting).label.as_deref(), Some("chair"));
    assert!(has(&doc, "iran", RelationKind::MemberOf, "shanghai_cooperation_organisation"));
    assert!(has(&doc, "subrahmanyam_jaishankar", RelationKind::HoldsOffice, "india"));
    assert!(has(&doc, "india", RelationKind::Criticizes, "pakistan"));
    assert!(has(&doc, "ishaq_dar", RelationKind::Criticizes, "india"));
    assert!(has(&doc, "russia", RelationKind::CooperatesWith, "china"));
    let summit = id_of(&doc, "leaders' summit");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "tianjin"));
    assert!(has(&doc, "vladimir_putin", RelationKind::Attends, &summit));
    assert!(has(&doc, "narendra_modi", RelationKind::Visits, "china"));
    assert!(!doc.relations.iter().any(|r| r.subject == "vladimir_putin" && r.kind == RelationKind::Visits), "{:#?}", doc.relations);
}

#[test]
fn a_readout_s_margins_guests_and_the_pair_that_spoke() {
    let doc = extract("Secretary of State Marco Rubio met today with Philippine Secretary of Foreign Affairs Maria Theresa Lazaro in Kuala Lumpur, Malaysia, on the margins of the ASEAN Foreign Ministers' Meeting. \
                       The two Secretaries welcomed the conclusion of this year's Balikatan exercise, in which Japanese and Australian forces also took part. \
                       The Secretary said President Donald Trump looks forward to welcoming President Ferdinand Marcos to the White House. \
                       Secretary Lazaro, who will accompany President Marcos to Washington, invited Secretary Rubio to visit Manila. \
                       Secretary Rubio and Secretary Lazaro also exchanged views on Burma. \
                       They condemned the Democratic People's Republic of Korea's missile launches.");
    let lazaro = id_of(&doc, "Maria Theresa Lazaro");
    assert!(has(&doc, &lazaro, RelationKind::HoldsOffice, "philippines"));
    assert!(has(&doc, "marco_rubio", RelationKind::Meets, &lazaro));
    let meeting = id_of(&doc, "ASEAN Foreign Ministers' Meeting");
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "kuala_lumpur"));
    let exercise = id_of(&doc, "Balikatan exercise");
    assert!(has(&doc, "japan", RelationKind::Attends, &exercise));
    assert!(has(&doc, "australia", RelationKind::Attends, &exercise));
    let marcos = id_of(&doc, "Ferdinand Marcos");
    assert!(has(&doc, &marcos, RelationKind::Visits, &id_of(&doc, "White House")));
    assert!(has(&doc, "donald_trump", RelationKind::Meets, &marcos));
    assert!(has(&doc, &lazaro, RelationKind::Visits, "washington"));
    assert!(has(&doc, "philippines", RelationKind::Criticizes, "north_korea"));
}

#[test]
fn a_title_after_a_comma_and_the_is_read_for_the_second_person() {
    let doc = extract("Modi paid a visit to France. He held talks with Macron in Paris, joined by the External Affairs Minister of India, Subrahmanyam Jaishankar, and the Minister for Europe and Foreign Affairs, Jean-Noel Barrot.");
    assert!(has(&doc, &id_of(&doc, "Jean-Noel Barrot"), RelationKind::HoldsOffice, "france"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::MemberOf), "'joined by' is company, not membership");
}

#[test]
fn a_wire_report_s_own_officials_envoys_offices_and_bodies() {
    let doc = extract("BERLIN, June 18 (Reuters) - Germany summoned China's ambassador, Deng Hongbo, on Wednesday. \
                       Federal prosecutors charged an engineer with spying for China. \
                       Interior Minister Alexander Dobrindt said the Federal Office for the Protection of the Constitution had warned China. \
                       An aide to a German member of the European Parliament was arrested. \
                       The ministry ordered one German diplomat at the embassy in Beijing and another at the consulate general in Chengdu to leave.");
    assert_eq!(relation(&doc, "germany", RelationKind::Other, "deng_hongbo").label.as_deref(), Some("summoned envoy"));
    assert!(has(&doc, "alexander_dobrindt", RelationKind::HoldsOffice, "germany"));
    assert!(!has(&doc, "alexander_dobrindt", RelationKind::HoldsOffice, "china"));
    let office = id_of(&doc, "Federal Office for the Protection of the Constitution");
    assert!(has(&doc, &office, RelationKind::Criticizes, "china"));
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::MemberOf), "an MEP is a person: {:#?}", doc.relations);
    assert!(has(&doc, "germany", RelationKind::OpensOfficeIn, "beijing"));
    assert!(has(&doc, "germany", RelationKind::OpensOfficeIn, "chengdu"));
}

#[test]
fn a_un_release_s_seats_subsidiary_bodies_and_delegation_heads() {
    let doc = extract("The General Assembly suspended Russia from the Human Rights Council. \
                       It was the second time a State was suspended from the Geneva-based Council, a subsidiary body of the Assembly. \
                       Speaking on behalf of the European Union, Olof Skoog, head of the bloc's delegation, said the Council must act. \
                       BRUSSELS - Deputy Defence Minister Reza Talaei was listed.");
    let council = id_of(&doc, "Human Rights Council");
    assert!(has(&doc, &council, RelationKind::LocatedIn, "geneva"));
    assert!(has(&doc, &council, RelationKind::PartOf, &id_of(&doc, "General Assembly")));
    assert_eq!(relation(&doc, "olof_skoog", RelationKind::HoldsOffice, "european_union").label.as_deref(), Some("head of delegation"));
}

#[test]
fn an_unnamed_presidency_and_hosted_talks() {
    let doc = extract("The Council of the Baltic Sea States met in Tallinn. Ministers from the council agreed to act. \
                       NATO was not mentioned again. Meeting at the end of Estonia's one-year presidency, the ministers spoke. \
                       Somalia expelled the Ethiopian ambassador. Turkey has hosted two rounds of indirect talks between the neighbours in Ankara.");
    let council = id_of(&doc, "Council of the Baltic Sea States");
    assert_eq!(relation(&doc, "estonia", RelationKind::Other, &council).label.as_deref(), Some("presidency"));
    assert!(!doc.relations.iter().any(|r| r.subject == "estonia" && r.object == "nato"));
    assert_eq!(relation(&doc, "turkey", RelationKind::Other, "somalia").label.as_deref(), Some("hosted talks"));
    assert!(has(&doc, "turkey", RelationKind::Other, "ethiopia"));
}

#[test]
fn the_pair_who_met_condemn_and_call_on_together() {
    let doc = extract("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos. \
                       They reiterated that the 2016 arbitral award is final and binding, and called on China to abide by it. \
                       Indian Prime Minister Narendra Modi met Greek Prime Minister Kyriakos Mitsotakis. \
                       The two Prime Ministers condemned the attacks by the Houthis on merchant vessels. \
                       The General Assembly adopted a resolution calling on the United States to end its embargo against Cuba.");
    for state in ["japan", "philippines"] {
        assert_eq!(relation(&doc, state, RelationKind::Criticizes, "china").label.as_deref(), Some("called on"));
    }
    let houthis = id_of(&doc, "Houthis");
    assert!(has(&doc, "india", RelationKind::Criticizes, &houthis));
    assert!(has(&doc, "greece", RelationKind::Criticizes, &houthis));
    assert_eq!(relation(&doc, &id_of(&doc, "General Assembly"), RelationKind::Criticizes, "united_states").label.as_deref(), Some("calling on"));
}

#[test]
fn who_hosted_addressed_chaired_skipped_or_joined_by_video() {
    let doc = extract("A summit in Gdansk on 17 February 2021, hosted by Polish Prime Minister Anna Kowalczyk, marked the anniversary. \
                       It was attended by the prime ministers of Latvia and Estonia, Janis Berzins and Kadri Tamm. \
                       Czech Defence Minister Jana Novakova pulled out of a NATO defence ministers' meeting in Brussels, and her Slovak counterpart, Milan Hudec, also stayed away. \
                       Armenian Prime Minister Nikol Pashinyan did not attend the summit held in Minsk in November. \
                       At the BRICS summit, Brazilian President Luiz Inacio Lula da Silva told the summit the episode was dangerous. \
                       Russian President Vladimir Putin took part by video link.");
    let gdansk = id_of(&doc, "summit in Gdansk");
    assert_eq!(relation(&doc, "anna_kowalczyk", RelationKind::Attends, &gdansk).label.as_deref(), Some("host"));
    assert!(has(&doc, "janis_berzins", RelationKind::Attends, &gdansk));
    let meeting = id_of(&doc, "NATO defence ministers' meeting");
    assert!(relation(&doc, "jana_novakova", RelationKind::Attends, &meeting).negated);
    assert!(relation(&doc, "milan_hudec", RelationKind::Attends, &meeting).negated);
    let minsk = id_of(&doc, "Minsk summit");
    assert!(relation(&doc, "nikol_pashinyan", RelationKind::Attends, &minsk).negated);
    let brics = id_of(&doc, "BRICS summit");
    assert!(has(&doc, &id_of(&doc, "Luiz Inacio Lula da Silva"), RelationKind::Attends, &brics));
    assert!(has(&doc, "vladimir_putin", RelationKind::Attends, &brics));
}

#[test]
fn bodies_seated_in_a_city_and_names_with_a_possessive() {
    let doc = extract("The Federal Prosecutor's Office in Karlsruhe charged the suspect. \
                       He had met officers of China's Ministry of State Security in Shenzhen. \
                       Mexico filed a complaint before the International Court of Justice (ICJ) in The Hague. \
                       NATO in Brussels said nothing. Head of the Interior Ministry's Special Tasks Department Zviad Kharazishvili was listed. \
                       Both sides looked forward to a trilateral leaders' summit in Washington in 2024.");
    let prosecutor = id_of(&doc, "Federal Prosecutor's Office");
    assert!(has(&doc, &prosecutor, RelationKind::LocatedIn, "karlsruhe"));
    assert!(has(&doc, &id_of(&doc, "International Court of Justice"), RelationKind::LocatedIn, &id_of(&doc, "The Hague")));
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::LocatedIn && r.object == "shenzhen"), "the meeting's place, not the ministry's");
    assert!(!doc.relations.iter().any(|r| r.subject == "nato" && r.kind == RelationKind::LocatedIn));
    assert!(doc.entities.iter().any(|e| e.name == "Interior Ministry"), "{:?}", doc.entities);
    let summit = id_of(&doc, "trilateral leaders' summit");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "washington"));
}

#[test]
fn seat_bids_applicant_lists_and_groups_of_a_given_size() {
    let doc = extract("Prime Minister Kishida expressed Japan's support for the Philippines' bid for a non-permanent seat on the United Nations Security Council. \
                       More than 40 countries expressed interest in joining BRICS, and around 22 submitted formal applications, among them Algeria, Bangladesh and Indonesia. \
                       The Visegrad Group brings together the Czech Republic, Hungary, Poland and Slovakia. \
                       The Czech Republic, Hungary and Poland were admitted to NATO in 1999. \
                       All four states became members of the European Union on 1 May 2004.");
    let council = id_of(&doc, "United Nations Security Council");
    let bid = relation(&doc, "philippines", RelationKind::MemberOf, &council);
    assert_eq!(bid.modality, Modality::Proposed);
    for applicant in ["algeria", "bangladesh", "indonesia"] {
        assert_eq!(relation(&doc, applicant, RelationKind::MemberOf, "brics").modality, Modality::Proposed);
    }
    assert!(has(&doc, "slovakia", RelationKind::MemberOf, "european_union"), "the list of four, not the later list of three");
}

#[test]
fn instruments_between_two_parties_and_standing_with_a_state() {
    let doc = extract("They signed a memorandum of understanding between the Indian Space Research Organisation and the Brazilian Space Agency. \
                       The European Union said it stood with Germany. \
                       He thanked the African Union for standing with Chad.");
    let isro = id_of(&doc, "Indian Space Research Organisation");
    let agency = id_of(&doc, "Brazilian Space Agency");
    assert_eq!(relation(&doc, &isro, RelationKind::CooperatesWith, &agency).label.as_deref(), Some("memorandum of understanding"));
    assert!(has(&doc, "european_union", RelationKind::CooperatesWith, "germany"));
    assert!(!doc.relations.iter().any(|r| r.object == "chad" && r.subject != "african_union"), "{:#?}", doc.relations);
}

#[test]
fn second_appositives_receptions_in_a_city_and_tours_that_take_a_leader() {
    let doc = extract("The European Union's foreign policy chief, Kaja Kallas, a former Estonian prime minister, told the meeting that the bloc was ready. \
                       Greek Prime Minister Kyriakos Mitsotakis was received by the President of India, Droupadi Murmu, at Rashtrapati Bhavan in New Delhi. \
                       Turkish President Recep Tayyip Erdogan will leave for Indonesia tomorrow, the second leg of an Asian tour that will also take him to Pakistan.");
    assert!(has(&doc, "kaja_kallas", RelationKind::HoldsOffice, "european_union"));
    assert!(has(&doc, "kaja_kallas", RelationKind::HoldsOffice, "estonia"));
    assert!(has(&doc, "kyriakos_mitsotakis", RelationKind::Visits, "new_delhi"));
    assert!(!has(&doc, "droupadi_murmu", RelationKind::Visits, "new_delhi"), "the host is at home");
    let erdogan = id_of(&doc, "Recep Tayyip Erdogan");
    assert!(has(&doc, &erdogan, RelationKind::Visits, "pakistan"));
    assert!(!has(&doc, "droupadi_murmu", RelationKind::Visits, "pakistan"));
}

#[test]
fn sanction_targets_listed_after_the_fact() {
    let doc = extract("The European Union on Monday imposed sanctions on seven Iranian officials and entities. \
                       Among those listed were Deputy Defence Minister Reza Talaei and the national carrier Iran Air, which the EU said had flown drones to Moscow. \
                       It also targets companies in China, Turkey and the United Arab Emirates. \
                       The U.S. Treasury Department announced parallel sanctions on more than 300 targets on June 12, including the Moscow Exchange.");
    for target in ["reza_talaei", "iran_air", "china", "turkey", "united_arab_emirates"] {
        assert_eq!(relation(&doc, "european_union", RelationKind::Other, target).label.as_deref(), Some("sanctions"), "{target}");
    }
    assert!(!has(&doc, "european_union", RelationKind::Other, "russia"), "the clause after 'which' is not the list");
    let treasury = doc.relations.iter().find(|r| r.label.as_deref() == Some("sanctions") && r.object == id_of(&doc, "Moscow Exchange"));
    assert!(treasury.is_some(), "{:#?}", doc.relations);
}

#[test]
fn coordinated_sanctions_their_targets_and_the_answers() {
    let doc = extract("LONDON, March 4 (Reuters) - Britain, Canada and Australia on Tuesday imposed coordinated sanctions on two senior Venezuelan officials. \
                       The sanctions freeze the assets of General Carlos Ramos, the head of the Bolivarian Intelligence Service, and bar him from travelling to the three countries. \
                       The United States and the European Union sanctioned Ramos last year. \
                       Venezuela's foreign ministry rejected the sanctions and accused the three governments of interference. \
                       Russia and China, which back President Nicolas Maduro, also condemned the move. \
                       Germany said it had summoned Iran's ambassador in Berlin.");
    for state in ["united_kingdom", "canada", "australia"] {
        assert!(has(&doc, state, RelationKind::Other, "venezuela"), "{state} sanctions Venezuela");
        assert!(has(&doc, state, RelationKind::Other, "carlos_ramos"), "{state} sanctions Ramos");
        assert!(has(&doc, "russia", RelationKind::Criticizes, state) && has(&doc, "china", RelationKind::Criticizes, state));
        let ministry = id_of(&doc, "Venezuela's foreign ministry");
        let answer = relation(&doc, &ministry, RelationKind::Criticizes, state);
        assert!(!answer.negated, "rejecting one thing does not negate the accusation");
    }
    assert!(!has(&doc, "united_kingdom", RelationKind::Other, "canada"), "the sanctioners are not targets");
    assert!(has(&doc, "european_union", RelationKind::Other, "carlos_ramos"));
    let service = id_of(&doc, "Bolivarian Intelligence Service");
    assert_eq!(relation(&doc, "carlos_ramos", RelationKind::HoldsOffice, &service).label.as_deref(), Some("head"));
    assert!(doc.entities.iter().all(|e| e.aliases.iter().all(|a| !a.starts_with("summoned"))), "{:?}", doc.entities);
}

#[test]
fn a_statement_s_ministers_are_its_states() {
    let doc = extract("The Foreign Ministers of the Republic of Kenya, the United Republic of Tanzania and the Republic of Uganda met in Nairobi. \
                       The meeting was chaired by Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi. \
                       The Ministers condemned the attacks by the M23 rebel group in eastern Democratic Republic of the Congo and called on Rwanda to withdraw its forces.");
    assert!(has(&doc, "musalia_mudavadi", RelationKind::HoldsOffice, "kenya"));
    for state in ["kenya", "tanzania", "uganda"] {
        assert!(has(&doc, state, RelationKind::Criticizes, "m23"), "{state} condemns M23");
        assert!(has(&doc, state, RelationKind::Criticizes, "rwanda"), "{state} calls on Rwanda");
    }
    assert!(!has(&doc, "democratic_republic_of_the_congo", RelationKind::Criticizes, "rwanda"));
}

#[test]
fn an_encyclopedia_entry_s_signatories_observers_and_secretariat() {
    let doc = extract("The Barents Council is an intergovernmental forum that promotes cooperation in the north. \
                       It was established in 1993 by the Kirkenes Declaration, signed in Kirkenes by Finland, Norway, Russia and Sweden. \
                       Nine states have been admitted as observers, including France, Germany and Japan. \
                       The permanent secretariat was established in Tromsø, Norway, in 2008.");
    let forum = id_of(&doc, "Barents Council");
    for founder in ["finland", "norway", "russia", "sweden"] {
        assert_eq!(relation(&doc, founder, RelationKind::MemberOf, &forum).label.as_deref(), Some("founding member"));
    }
    for observer in ["france", "germany", "japan"] {
        assert_eq!(relation(&doc, observer, RelationKind::Attends, &forum).label.as_deref(), Some("observer"));
    }
    assert!(has(&doc, &forum, RelationKind::LocatedIn, &id_of(&doc, "Tromsø")));
}

#[test]
fn a_second_verb_phrase_travels_with_the_sentence_s_subject() {
    let doc = extract("Secretary-General Antonio Guterres arrived in Dhaka this morning. \
                       He met Chief Adviser Muhammad Yunus and will travel to Chittagong on Friday. \
                       The Prime Minister confirmed that the Foreign Secretary would travel to Brasilia next month.");
    let guterres = id_of(&doc, "Antonio Guterres");
    assert!(has(&doc, &guterres, RelationKind::Visits, "chittagong"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Muhammad Yunus"), RelationKind::Visits, "chittagong"));
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Visits && r.object == "brasilia"), "the unnamed Foreign Secretary travels, not the Prime Minister");
}

#[test]
fn agreements_signed_by_the_pair_and_the_group_of_20_by_name() {
    let doc = extract("U.S. President Joe Biden arrived in Hanoi from New Delhi, where he attended the Group of 20 summit. \
                       Biden met Prime Minister Pham Minh Chinh of Vietnam. \
                       The two countries also signed agreements on semiconductors and critical minerals.");
    let summit = id_of(&doc, "Group of 20 summit");
    assert!(has(&doc, "joe_biden", RelationKind::Attends, &summit));
    assert_eq!(relation(&doc, "united_states", RelationKind::CooperatesWith, "vietnam").label.as_deref(), Some("agreement"));
}

#[test]
fn un_offices_named_with_their_country_and_a_foreign_acronym() {
    let doc = extract("The Security Council extended the mandate of the United Nations Integrated Office in Haiti (BINUH) until July. \
                       Maria Isabel Salvador, Special Representative of the Secretary-General and Head of BINUH, briefed the Council. \
                       The representative of the United States, which holds the Council presidency this month, spoke next.");
    let office = id_of(&doc, "United Nations Integrated Office in Haiti");
    assert_eq!(office, id_of(&doc, "BINUH"));
    assert!(has(&doc, &id_of(&doc, "Security Council"), RelationKind::Other, &office));
    assert!(has(&doc, &id_of(&doc, "Maria Isabel Salvador"), RelationKind::HoldsOffice, &office));
    assert!(doc.relations.iter().any(|r| r.subject == "united_states" && r.object == id_of(&doc, "Security Council")));
}

#[test]
fn a_summit_entry_s_opening_appearances_absences_and_successions() {
    let doc = extract("The 2018 Commonwealth Heads of Government Meeting (CHOGM 2018) was held in London from 16 to 20 April 2018. \
                       Queen Elizabeth II opened the meeting at Buckingham Palace. \
                       Leaders agreed that Prince Charles would succeed her as Head of the Commonwealth. \
                       Indian Prime Minister Narendra Modi made his first appearance at the summit since 2009. \
                       Pakistani Prime Minister Shahid Khaqan Abbasi did not attend and was represented by his foreign minister. \
                       The Gambia, which had left the Commonwealth in 2013, rejoined in February 2018.");
    let meeting = id_of(&doc, "2018 Commonwealth Heads of Government Meeting");
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "london"));
    assert!(has(&doc, &id_of(&doc, "Queen Elizabeth II"), RelationKind::Attends, &meeting));
    assert!(has(&doc, "narendra_modi", RelationKind::Attends, &meeting));
    assert!(relation(&doc, "shahid_khaqan_abbasi", RelationKind::Attends, &meeting).negated);
    let commonwealth = id_of(&doc, "Commonwealth of Nations");
    let head = relation(&doc, &id_of(&doc, "Prince Charles"), RelationKind::HoldsOffice, &commonwealth);
    assert_eq!(head.label.as_deref(), Some("Head"));
    assert!(doc.relations.iter().any(|r| r.subject == "gambia" && r.object == commonwealth && r.kind == RelationKind::MemberOf && !r.negated));
}

#[test]
fn title_case_headlines_and_cross_regional_forums() {
    let doc = extract("Wang Yi Holds Phone Talks with Egyptian Foreign Minister Badr Abdelatty\n\n\
                       China is ready to implement the outcomes of the Forum on China-Africa Cooperation summit held in Beijing last September.");
    assert!(!doc.entities.iter().any(|e| e.name.contains("Holds")), "{:?}", doc.entities);
    let summit = id_of(&doc, "Forum on China-Africa Cooperation summit");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "beijing"));
}

#[test]
fn what_a_person_did_at_a_summit_and_candidate_status() {
    let doc = extract("BRUSSELS, Dec 14 (Reuters) - Hungarian Prime Minister Viktor Orban vetoed an aid package for Ukraine at a European Union summit on Thursday. \
                       Georgia was granted candidate status at the same summit. \
                       Lavrov met Belarusian Foreign Minister Maxim Ryzhenkov, whose country was admitted at the Astana summit in 2024.");
    let summit = id_of(&doc, "European Union summit");
    assert!(has(&doc, "viktor_orban", RelationKind::Attends, &summit));
    assert_eq!(relation(&doc, "georgia", RelationKind::MemberOf, "european_union").modality, Modality::Proposed);
    let astana = id_of(&doc, "Astana summit");
    assert!(!stated(&doc).any(|r| r.object == astana && r.subject == id_of(&doc, "Maxim Ryzhenkov")), "the clause is the country's");
}

#[test]
fn pacts_signatories_clashes_treaties_and_trilateral_summits() {
    let doc = extract("Japan and the Philippines signed a reciprocal access agreement on Monday. \
                       The pact was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro. \
                       Beijing and Manila have clashed repeatedly over disputed features. \
                       The United States, which has a mutual defence treaty with the Philippines, welcomed the agreement. \
                       Washington, Tokyo and Manila held their first trilateral summit in April.");
    assert_eq!(relation(&doc, "japan", RelationKind::CooperatesWith, "philippines").label.as_deref(), Some("agreement"));
    assert!(has(&doc, "yoko_kamikawa", RelationKind::Meets, "gilberto_teodoro"));
    assert!(doc.relations.iter().any(|r| r.label.as_deref() == Some("clashed") && [r.subject.as_str(), r.object.as_str()].iter().any(|e| ["china", "beijing"].contains(e))), "{:#?}", doc.relations);
    assert!(has(&doc, "united_states", RelationKind::CooperatesWith, "philippines"));
    assert!(has(&doc, "japan", RelationKind::Meets, "united_states"));
}

#[test]
fn famous_surnames_alone_and_receptions_after_a_phrase() {
    let doc = extract("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for his first visit since the start of the war in Ukraine, and was received at the airport by First Deputy Prime Minister Denis Manturov. \
                       Putin hosted Modi for an informal dinner at his residence. \
                       In May, the talks resumed.");
    assert!(has(&doc, "denis_manturov", RelationKind::Meets, "narendra_modi"));
    assert!(!doc.relations.iter().any(|r| r.subject == "ukraine" && r.kind == RelationKind::Meets));
    assert!(has(&doc, "vladimir_putin", RelationKind::Meets, "narendra_modi"));
    assert!(!doc.entities.iter().any(|e| e.name == "Theresa May"), "a month is no surname");
}

#[test]
fn agency_directors_remit_words_before_a_title_and_welcomed_lists() {
    let doc = extract("Qatari Foreign Minister Mohammed Al Thani met CIA Director William Burns in Doha on Friday. \
                       Egypt's intelligence chief, Hassan Rashad, is expected to host the delegations. \
                       The United Nations Secretary-General, Antonio Guterres, welcomed the efforts by Qatar, Egypt and the United States.");
    let cia = id_of(&doc, "CIA");
    assert_eq!(relation(&doc, "william_burns", RelationKind::HoldsOffice, &cia).label.as_deref(), Some("Director"));
    assert!(has(&doc, "hassan_rashad", RelationKind::HoldsOffice, "egypt"));
    let guterres = id_of(&doc, "Antonio Guterres");
    assert!(has(&doc, &guterres, RelationKind::HoldsOffice, "united_nations"));
    for state in ["qatar", "egypt", "united_states"] {
        assert!(has(&doc, &guterres, RelationKind::Other, state), "{state}");
    }
}

#[test]
fn successive_office_holders_and_a_bare_withdrawal() {
    let doc = extract("The Quad is a strategic forum comprising Australia, India, Japan and the United States. \
                       The dialogue was backed by Australian Prime Minister John Howard. \
                       The grouping lapsed in 2008 after Australia withdrew under Prime Minister Kevin Rudd.");
    assert!(has(&doc, "kevin_rudd", RelationKind::HoldsOffice, "australia"), "{:#?}", doc.relations);
    assert!(!has(&doc, "kevin_rudd", RelationKind::HoldsOffice, "united_states"));
    let quit = relation(&doc, "australia", RelationKind::MemberOf, "quad");
    assert!(doc.relations.iter().any(|r| r.subject == "australia" && r.object == "quad" && r.negated), "{quit:?}");
}

#[test]
fn a_state_visit_s_venue_city_signings_and_a_new_office() {
    let doc = extract("BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva at the Great Hall of the People in Beijing on Friday. \
                       The two heads of state witnessed the signing of 15 cooperation documents. \
                       Lula arrived in Shanghai on Wednesday, where he attended the inauguration of former Brazilian President Dilma Rousseff as head of the New Development Bank.");
    let lula = id_of(&doc, "Luiz Inacio Lula da Silva");
    assert!(has(&doc, &lula, RelationKind::Visits, "beijing"));
    assert!(!has(&doc, "xi_jinping", RelationKind::Visits, "beijing"), "the host is at home");
    assert!(has(&doc, "china", RelationKind::CooperatesWith, "brazil"));
    let bank = id_of(&doc, "New Development Bank");
    assert_eq!(relation(&doc, "dilma_rousseff", RelationKind::HoldsOffice, &bank).label.as_deref(), Some("head"));
}

#[test]
fn a_trilateral_statement_s_ministers_group_and_bodies() {
    let doc = extract("Joint Statement of the Foreign Ministers of Kenya, Tanzania and Uganda\n\n\
                       At the invitation of Dr. Musalia Mudavadi, Foreign Minister of Kenya, Mr. Mahmoud Kombo, Foreign Minister of Tanzania, and Mr. Odongo Jeje, Foreign Minister of Uganda, held a trilateral meeting in Nairobi today. \
                       The Ministers condemned the violation of Congolese airspace by Rwandan aircraft. \
                       They reaffirmed their full support for the East African Community. \
                       The Ministers expressed their full solidarity with Sudan. \
                       They welcomed the memorandum signed between the Kenya Power Company and Uganda's National Electricity Authority.");
    assert!(has(&doc, "musalia_mudavadi", RelationKind::Meets, "mahmoud_kombo"));
    assert!(has(&doc, "mahmoud_kombo", RelationKind::Meets, "odongo_jeje"));
    assert!(has(&doc, "odongo_jeje", RelationKind::Visits, "nairobi"));
    for state in ["kenya", "tanzania", "uganda"] {
        assert!(has(&doc, state, RelationKind::Criticizes, "rwanda"), "{state} condemns the agent");
        assert!(has(&doc, state, RelationKind::CooperatesWith, "east_african_community"), "{state} supports the EAC");
        assert!(has(&doc, state, RelationKind::CooperatesWith, "sudan"), "{state} stands with Sudan");
    }
    let authority = id_of(&doc, "National Electricity Authority");
    assert!(has(&doc, &id_of(&doc, "Kenya Power Company"), RelationKind::CooperatesWith, &authority));
}

#[test]
fn arabic_particles_may_be_capitalised() {
    let doc = extract("Egypt and Iraq signed a deal. His Excellency President Abdel Fattah El-Sisi met Prime Minister Mohammed Shia Al-Sudani.");
    assert!(has(&doc, &id_of(&doc, "Abdel Fattah El-Sisi"), RelationKind::HoldsOffice, "egypt"));
    assert!(has(&doc, &id_of(&doc, "Mohammed Shia Al-Sudani"), RelationKind::HoldsOffice, "iraq"));
}

#[test]
fn a_long_list_that_met_is_a_gathering_and_associated_states_are_states() {
    let doc = extract("In 1971 the heads of government of Australia, the Cook Islands, Fiji, Nauru, New Zealand and Tonga met in Wellington. \
                       Australia and Fiji met again in 1972.");
    assert!(!has(&doc, "nauru", RelationKind::Meets, "tonga"), "no pairs from a gathering of six");
    assert!(has(&doc, "australia", RelationKind::Meets, "fiji"));
    let cook = doc.entities.iter().find(|e| e.name == "Cook Islands").expect("the Cook Islands");
    assert_eq!(cook.kind, entente::model::EntityKind::Country);
}

#[test]
fn meetings_of_a_recurring_series_are_told_apart_by_year() {
    let doc = extract("The 2013 Commonwealth Heads of Government Meeting (CHOGM 2013) was held in Colombo, Sri Lanka. \
                       Sri Lanka had originally been due to host the 2011 meeting, but leaders decided at the 2009 summit in Port of Spain to move it to Perth. \
                       Prince Charles formally opened the meeting on 15 November.");
    let main = id_of(&doc, "2013 Commonwealth Heads of Government Meeting");
    assert!(has(&doc, &main, RelationKind::LocatedIn, "colombo"));
    let earlier = id_of(&doc, "2011 Commonwealth Heads of Government Meeting");
    assert!(has(&doc, "sri_lanka", RelationKind::Attends, &earlier));
    assert!(has(&doc, &id_of(&doc, "2009 Commonwealth Heads of Government Meeting"), RelationKind::LocatedIn, &id_of(&doc, "Port of Spain")));
    assert!(has(&doc, &id_of(&doc, "Prince Charles"), RelationKind::Attends, &main), "'the meeting' of the entry is its subject");
}

#[test]
fn a_known_monarch_named_with_the_title_holds_the_crown() {
    let doc = extract("Jordan and Egypt met. They reaffirmed the commitment of His Majesty King Abdullah II to the talks. King Abdullah II later spoke.");
    let king = id_of(&doc, "King Abdullah II");
    assert_eq!(relation(&doc, &king, RelationKind::HoldsOffice, "jordan").label.as_deref(), Some("King"));
}

#[test]
fn votes_against_and_rejections_answer_the_adopting_body() {
    let doc = extract("GENERAL ASSEMBLY\n\nThe General Assembly today adopted a resolution suspending a State from the Human Rights Council. \
                       Zhang Jun, Permanent Representative of China, said his delegation had voted against. \
                       Israel's representative rejected the resolution, saying it ignored the facts.");
    let assembly = id_of(&doc, "General Assembly");
    assert_eq!(relation(&doc, "china", RelationKind::Criticizes, &assembly).label.as_deref(), Some("voted against"));
    assert!(has(&doc, "israel", RelationKind::Criticizes, &assembly));
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.object == id_of(&doc, "Human Rights Council")));
}

#[test]
fn a_noon_briefing_s_trips_companions_presences_and_contributors() {
    let doc = extract("Secretary-General António Guterres arrived in Dhaka this morning. \
                       Tomorrow he will meet the Chief Adviser of the interim Government, Professor Muhammad Yunus, and then travel to Chittagong with the High Commissioner for Refugees, Filippo Grandi. \
                       The Personal Envoy of the Secretary-General for Sudan, Ramtane Lamamra, is in Port Sudan. \
                       The Kenya-led Haiti Security Mission, which the Council authorized, now includes personnel from Jamaica, Belize and Guatemala.");
    let guterres = id_of(&doc, "António Guterres");
    let yunus = id_of(&doc, "Muhammad Yunus");
    assert!(has(&doc, &guterres, RelationKind::Meets, &yunus));
    assert!(has(&doc, &guterres, RelationKind::Visits, "chittagong"));
    assert!(!has(&doc, &yunus, RelationKind::Visits, "chittagong"));
    assert!(has(&doc, "filippo_grandi", RelationKind::Visits, "chittagong"));
    assert!(has(&doc, "ramtane_lamamra", RelationKind::Visits, "port_sudan"));
    let mission = id_of(&doc, "Haiti Security Mission");
    for state in ["jamaica", "belize", "guatemala"] {
        assert_eq!(relation(&doc, state, RelationKind::Attends, &mission).label.as_deref(), Some("contributor"));
    }
}

#[test]
fn an_organisation_entry_s_members_observers_partners_and_secretaries_general() {
    let doc = extract("The Pacific Islands Forum is an intergovernmental organisation. Fiji was suspended from the Forum in 2009. \
                       New Caledonia and French Polynesia were admitted as full members in 2016. Tonga and Samoa are associate members, \
                       and Timor-Leste and the Asian Development Bank hold observer status. \
                       The Forum has more than 20 dialogue partners, including China, Japan and India. \
                       In 2021 leaders chose Henry Puna, a former Prime Minister of the Cook Islands, as Secretary General. \
                       Baron Waqa, a former President of Nauru, became Secretary General in 2024.");
    let forum = id_of(&doc, "Pacific Islands Forum");
    assert!(has(&doc, &forum, RelationKind::Other, "fiji"));
    for member in ["new_caledonia", "french_polynesia", "tonga", "samoa"] {
        assert!(has(&doc, member, RelationKind::MemberOf, &forum), "{member}");
    }
    assert_eq!(relation(&doc, "samoa", RelationKind::MemberOf, &forum).label.as_deref(), Some("associate member"));
    assert_eq!(relation(&doc, "timor_leste", RelationKind::Attends, &forum).label.as_deref(), Some("observer"));
    assert!(has(&doc, &forum, RelationKind::CooperatesWith, "japan"));
    assert_eq!(relation(&doc, "henry_puna", RelationKind::HoldsOffice, &forum).label.as_deref(), Some("Secretary General"));
    assert!(has(&doc, "henry_puna", RelationKind::HoldsOffice, "cook_islands"));
    assert!(has(&doc, "baron_waqa", RelationKind::HoldsOffice, &forum));
}

#[test]
fn an_actor_acting_on_the_actor_after_the_verb() {
    let doc = extract("Iran has supplied Russia with drones, Western officials said. \
                       Ukrainian President Volodymyr Zelenskyy thanked Poland for its help and praised Lithuania. \
                       China pressed the Philippines to withdraw its ships. Kenya sided with Somalia in the dispute. \
                       Russia launched an attack on Ukraine overnight. Qatar and Egypt brokered the ceasefire between Israel and Hamas. \
                       The talks covered the occupied Palestinian territory.");
    assert_eq!(relation(&doc, "iran", RelationKind::CooperatesWith, "russia").label.as_deref(), Some("supplied"));
    let zelenskyy = id_of(&doc, "Volodymyr Zelensky");
    // (Thanking and praising a partner read as cooperation.)
    assert!(has(&doc, &zelenskyy, RelationKind::CooperatesWith, "poland"));
    assert!(has(&doc, &zelenskyy, RelationKind::CooperatesWith, "lithuania"));
    assert!(!has(&doc, "poland", RelationKind::CooperatesWith, "lithuania"));
    assert!(has(&doc, "china", RelationKind::Criticizes, "philippines"));
    assert!(has(&doc, "kenya", RelationKind::CooperatesWith, "somalia"));
    assert!(has(&doc, "russia", RelationKind::Other, "ukraine"));
    let hamas = id_of(&doc, "Hamas");
    assert!(has(&doc, "qatar", RelationKind::Other, &hamas));
    assert!(has(&doc, "egypt", RelationKind::Other, "israel"));
    assert!(doc.relations.iter().all(|r| r.label.as_deref() != Some("occupied")));
}

#[test]
fn names_that_hold_a_known_word_or_a_foreign_acronym_stay_whole() {
    let doc = extract("The Security Council discussed the Democratic Republic of the Congo. \
                       Foreign Minister Thérèse Kayikwamba Wagner accused Rwanda of backing the Democratic Forces for the Liberation of Rwanda (FDLR). \
                       Bintou Keita heads the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO). \
                       The Congolese army retreated.");
    let minister = id_of(&doc, "Thérèse Kayikwamba Wagner");
    assert!(has(&doc, &minister, RelationKind::Criticizes, "rwanda"));
    assert!(doc.entities.iter().all(|e| e.name != "Wagner Group"));
    assert_eq!(id_of(&doc, "FDLR"), id_of(&doc, "Democratic Forces for the Liberation of Rwanda"));
    assert_eq!(id_of(&doc, "MONUSCO"), id_of(&doc, "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"));
    // "Congolese" is shared by both Congos: the one the text names.
    assert_eq!(id_of(&doc, "Congolese"), id_of(&doc, "Democratic Republic of the Congo"));
}

#[test]
fn council_statements_accountability_withheld_aid_and_topics_of_a_meeting() {
    let doc = extract("The Security Council met this morning to discuss the situation in eastern Chad. \
                       The representative of the United States said Washington would hold Sudan accountable. \
                       The United Kingdom's representative announced that London would suspend some bilateral aid to Rwanda.");
    let council = id_of(&doc, "Security Council");
    assert!(!has(&doc, &council, RelationKind::Meets, "chad") && !has(&doc, "chad", RelationKind::Meets, &council));
    assert!(has(&doc, "united_states", RelationKind::Criticizes, "sudan"));
    assert_eq!(relation(&doc, "united_kingdom", RelationKind::Other, "rwanda").label.as_deref(), Some("suspended aid"));
}

#[test]
fn a_summit_or_meeting_of_a_named_body_is_an_event() {
    let doc = extract("The ministers attended a summit of the Gulf Cooperation Council in Kuwait City. \
                       Kenya welcomed the joint summit of the East African Community and the Southern African Development Community held in Dar es Salaam. \
                       A meeting of SAARC foreign ministers planned for September was cancelled. \
                       It was the most recent meeting of SAARC leaders.");
    let gcc_summit = id_of(&doc, "summit of the Gulf Cooperation Council");
    assert_eq!(gcc_summit, id_of(&doc, "Gulf Cooperation Council summit"));
    assert!(has(&doc, &gcc_summit, RelationKind::LocatedIn, "kuwait_city"));
    let joint = id_of(&doc, "joint summit of the East African Community and the Southern African Development Community");
    assert!(has(&doc, &joint, RelationKind::LocatedIn, "dar_es_salaam"));
    assert!(has(&doc, &id_of(&doc, "East African Community"), RelationKind::Attends, &joint));
    assert!(has(&doc, &id_of(&doc, "Southern African Development Community"), RelationKind::Attends, &joint));
    id_of(&doc, "meeting of SAARC foreign ministers");
    assert!(doc.entities.iter().all(|e| e.name != "meeting of SAARC leaders"));
}

#[test]
fn event_names_with_a_theme_or_a_number_and_co_hosts() {
    let doc = extract("Japan will host the Tokyo International Conference on African Development in Yokohama. \
                       Macron invited Ramaphosa to the One Ocean Summit, which France will co-host with Costa Rica in Nice in June.");
    let ticad = id_of(&doc, "Tokyo International Conference on African Development");
    assert!(has(&doc, &ticad, RelationKind::LocatedIn, "yokohama"));
    let ocean = id_of(&doc, "One Ocean Summit");
    assert_eq!(relation(&doc, "france", RelationKind::Attends, &ocean).label.as_deref(), Some("host"));
    assert_eq!(relation(&doc, "costa_rica", RelationKind::Attends, &ocean).label.as_deref(), Some("host"));
    assert!(has(&doc, "france", RelationKind::CooperatesWith, "costa_rica"));
    assert!(!has(&doc, "france", RelationKind::Meets, "costa_rica"));
    id_of(&doc, "Nice");
}

#[test]
fn a_diplomatic_row_s_mediators_appeals_and_backers() {
    let doc = extract("Guatemala recalled its ambassador to Nicaragua on Wednesday. Murillo said Nicaragua had acted lawfully and accused Guatemala of lying. \
                       The Organization of American States urged both governments to resolve the dispute through dialogue. \
                       Mexico's President Claudia Sheinbaum offered to mediate and said her foreign minister, Juan Ramón de la Fuente, could host talks. \
                       The United States, which imposed visa restrictions on dozens of Nicaraguan officials last year, said it supported Guatemala's request.");
    let oas = id_of(&doc, "Organization of American States");
    assert!(has(&doc, &oas, RelationKind::Criticizes, "guatemala"));
    assert!(has(&doc, &oas, RelationKind::Criticizes, "nicaragua"));
    assert_eq!(relation(&doc, "mexico", RelationKind::Other, "nicaragua").label.as_deref(), Some("mediation"));
    assert!(has(&doc, "mexico", RelationKind::Other, "guatemala"));
    let minister = id_of(&doc, "Juan Ramón de la Fuente");
    assert!(has(&doc, &minister, RelationKind::HoldsOffice, "mexico"));
    assert!(has(&doc, "united_states", RelationKind::CooperatesWith, "guatemala"));
}

#[test]
fn an_organisation_entry_s_organs_rifts_dialogues_and_invitations() {
    let doc = extract("The Gulf Cooperation Council (GCC) is a union of six states. The GCC is based in Riyadh. \
                       The Supreme Council, composed of the heads of the member states, is the highest authority of the GCC. \
                       The Secretary-General, Jasem Mohamed Albudaiwi, succeeded Nayef Falah Al-Hajraf in 2023. \
                       In 2017 Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic relations with Qatar. \
                       The dispute was resolved at a summit in Al-Ula, Saudi Arabia. \
                       The GCC has strategic dialogues with China and the European Union, and held its first summit with the Association of Southeast Asian Nations in 2023. \
                       Morocco and Jordan were invited to join in 2011.");
    let gcc = id_of(&doc, "GCC");
    assert!(has(&doc, &id_of(&doc, "Supreme Council"), RelationKind::PartOf, &gcc));
    id_of(&doc, "Nayef Falah Al-Hajraf");
    // A sentence's opening "The" is no part of the title.
    assert_eq!(relation(&doc, &id_of(&doc, "Jasem Mohamed Albudaiwi"), RelationKind::HoldsOffice, &gcc).label.as_deref(), Some("Secretary General"));
    for state in ["saudi_arabia", "united_arab_emirates", "bahrain"] {
        assert!(has(&doc, state, RelationKind::Other, "qatar"), "{state}");
    }
    assert!(has(&doc, &id_of(&doc, "Al-Ula"), RelationKind::LocatedIn, "saudi_arabia"));
    assert!(has(&doc, &gcc, RelationKind::CooperatesWith, "china"));
    let asean = id_of(&doc, "Association of Southeast Asian Nations");
    assert!(has(&doc, &gcc, RelationKind::Meets, &asean));
    assert!(!has(&doc, "china", RelationKind::Meets, &id_of(&doc, "European Union")));
    assert!(has(&doc, "morocco", RelationKind::MemberOf, &gcc));
    assert!(!has(&doc, "morocco", RelationKind::MemberOf, &asean));
}

#[test]
fn a_state_visit_s_signatories_talks_and_joint_positions() {
    let doc = extract("Turkish President Tayyip Erdogan and Algerian President Abdelmadjid Tebboune signed a dozen agreements on defence on Tuesday. \
                       The two leaders also discussed the war in Gaza. Both condemned Israel's military campaign and called on the U.N. Security Council to enforce a ceasefire. \
                       France did not comment. Relations have been strained since Paris backed Morocco's autonomy plan for Western Sahara.");
    assert!(has(&doc, "turkey", RelationKind::CooperatesWith, "algeria"));
    let erdogan = id_of(&doc, "Recep Tayyip Erdogan");
    let tebboune = id_of(&doc, "Abdelmadjid Tebboune");
    assert!(has(&doc, &erdogan, RelationKind::Meets, &tebboune) || has(&doc, &tebboune, RelationKind::Meets, &erdogan));
    assert!(has(&doc, "turkey", RelationKind::Criticizes, "israel"));
    let council = id_of(&doc, "U.N. Security Council");
    assert!(has(&doc, "algeria", RelationKind::Criticizes, &council));
    assert!(!has(&doc, "israel", RelationKind::Criticizes, &council));
    assert_eq!(relation(&doc, "france", RelationKind::Other, "morocco").label.as_deref(), Some("backed plan"));
}

#[test]
fn a_council_meeting_s_veto_accusations_and_pressure() {
    let doc = extract("The Security Council today failed to adopt a draft resolution on Sudan, owing to a veto by the Russian Federation. \
                       The fighting between the Sudanese Armed Forces and the Rapid Support Forces had killed tens of thousands. \
                       Sudan's representative condemned the United Arab Emirates for arming the Rapid Support Forces. \
                       The representative of the United States said Washington would continue to press both parties to return to negotiations. \
                       He said Ankara and Kuala Lumpur would work together within the Organisation of Islamic Cooperation (OIC) to press Israel to stop.");
    let council = id_of(&doc, "Security Council");
    assert_eq!(relation(&doc, "russia", RelationKind::Other, &council).label.as_deref(), Some("vetoed"));
    let (saf, rsf) = (id_of(&doc, "Sudanese Armed Forces"), id_of(&doc, "Rapid Support Forces"));
    assert!(has(&doc, &saf, RelationKind::Other, &rsf));
    let arming = relation(&doc, "united_arab_emirates", RelationKind::CooperatesWith, &rsf);
    assert_eq!(arming.modality, entente::model::Modality::Reported);
    assert!(has(&doc, "united_states", RelationKind::Criticizes, &rsf));
    assert!(has(&doc, &id_of(&doc, "Ankara"), RelationKind::Criticizes, "israel"));
    assert!(!has(&doc, &id_of(&doc, "OIC"), RelationKind::Criticizes, "israel"));
}

#[test]
fn a_summit_entry_s_venue_chair_guests_representatives_and_next_summit() {
    let doc = extract("The 2019 G20 Osaka summit was the fourteenth meeting of the Group of Twenty (G20), held on 28 June at the International Exhibition Center in Osaka, Japan. \
                       It was the first G20 summit hosted by Japan and was chaired by Prime Minister Shinzo Abe. \
                       Leaders of the member states attended, along with the heads of the International Monetary Fund, the World Bank and the United Nations. \
                       Spain, a permanent guest, was represented by acting Prime Minister Pedro Sanchez. Invited countries included Chile, Egypt and Senegal. \
                       On the sidelines, Donald Trump met Xi Jinping. \
                       The next summit was held in Riyadh in November 2020. The Assembly will take up the report at its next meeting.");
    let summit = id_of(&doc, "2019 G20 Osaka summit");
    assert!(doc.entities.iter().all(|e| e.name != "meeting of the Group of Twenty"));
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "osaka"));
    assert_eq!(relation(&doc, &id_of(&doc, "Shinzo Abe"), RelationKind::Attends, &summit).label.as_deref(), Some("chair"));
    for body in ["International Monetary Fund", "World Bank", "United Nations"] {
        assert!(has(&doc, &id_of(&doc, body), RelationKind::Attends, &summit), "{body}");
    }
    assert!(has(&doc, &id_of(&doc, "Pedro Sanchez"), RelationKind::Attends, &summit));
    assert_eq!(relation(&doc, "senegal", RelationKind::Attends, &summit).label.as_deref(), Some("guest"));
    assert!(has(&doc, &id_of(&doc, "Xi Jinping"), RelationKind::Attends, &summit));
    assert!(has(&doc, &id_of(&doc, "next summit"), RelationKind::LocatedIn, "riyadh"));
    assert!(doc.entities.iter().all(|e| e.name != "next meeting"));
}

#[test]
fn a_readout_s_honorifics_callers_and_bare_titles() {
    let doc = extract("Prime Minister Shri Narendra Modi received a telephone call today from the President of the Republic of Indonesia, H.E. Prabowo Subianto. \
                       Prime Minister conveyed India's support for Indonesia's membership of BRICS.");
    assert!(doc.entities.iter().all(|e| !e.name.starts_with("H.E")));
    let (modi, prabowo) = (id_of(&doc, "Narendra Modi"), id_of(&doc, "Prabowo Subianto"));
    assert!(has(&doc, &modi, RelationKind::Meets, &prabowo) || has(&doc, &prabowo, RelationKind::Meets, &modi));
    assert!(has(&doc, &prabowo, RelationKind::HoldsOffice, "indonesia"));
    assert!(has(&doc, "india", RelationKind::CooperatesWith, "indonesia"));
}

#[test]
fn a_bloc_entry_s_founders_applicants_suspensions_breakaways_and_officers() {
    let doc = extract("The Economic Community of West African States (ECOWAS) is a regional union. \
                       It was established on 28 May 1975 with the signing of the Treaty of Lagos by fifteen states, among them Nigeria, Ghana and Senegal. \
                       Morocco applied for membership in 2017. The ECOWAS Commission is the executive body of ECOWAS. \
                       Omar Touray has served as President of the Commission since July 2022. \
                       ECOWAS suspended Mali in 2021, Guinea in 2021 and Niger in 2023. \
                       Mali, Burkina Faso and Niger formed the Alliance of Sahel States. \
                       ECOWAS has observer status at the United Nations General Assembly and cooperates closely with the African Union.");
    let ecowas = id_of(&doc, "ECOWAS");
    assert_eq!(relation(&doc, "ghana", RelationKind::MemberOf, &ecowas).label.as_deref(), Some("founding member"));
    assert_eq!(relation(&doc, "morocco", RelationKind::MemberOf, &ecowas).modality, entente::model::Modality::Proposed);
    assert_eq!(relation(&doc, &id_of(&doc, "Omar Touray"), RelationKind::HoldsOffice, &id_of(&doc, "ECOWAS Commission")).label.as_deref(), Some("President"));
    for state in ["mali", "guinea", "niger"] {
        assert!(has(&doc, &ecowas, RelationKind::Other, state), "{state}");
    }
    assert!(has(&doc, "burkina_faso", RelationKind::MemberOf, &id_of(&doc, "Alliance of Sahel States")));
    assert!(has(&doc, &ecowas, RelationKind::CooperatesWith, &id_of(&doc, "African Union")));
}

#[test]
fn sanctions_on_a_state_s_firms_visits_by_a_named_visitor_and_verb_chains() {
    let doc = extract("China sanctions U.S. defence firms over Taiwan arms sale. \
                       The move came days before a planned visit to Beijing by U.S. Treasury Secretary Janet Yellen. \
                       The companies include General Dynamics Land Systems. \
                       A Pentagon spokesperson said the United States would continue to support Taiwan's ability to defend itself.");
    assert!(has(&doc, "china", RelationKind::Other, "united_states"));
    assert!(!has(&doc, "china", RelationKind::Other, "taiwan"));
    assert!(has(&doc, &id_of(&doc, "Janet Yellen"), RelationKind::Visits, "beijing"));
    assert!(!has(&doc, "taiwan", RelationKind::Visits, "beijing"));
    assert!(doc.entities.iter().all(|e| e.kind != entente::model::EntityKind::Person || !e.name.contains("Systems")));
    assert!(has(&doc, "united_states", RelationKind::CooperatesWith, "taiwan"));
}

#[test]
fn appeals_for_restraint_appositive_states_and_joining_sanctions() {
    let doc = extract("Somalia expelled Ethiopia's ambassador. Ethiopia said Somalia had no grounds. Somalia accused Ethiopia of violating its sovereignty. \
                       The African Union and the Intergovernmental Authority on Development have urged restraint. \
                       China, Cambodia's biggest investor, also urged restraint. \
                       Indonesia, the largest member of the Association of Southeast Asian Nations, has expressed concern that AUKUS could fuel an arms race. \
                       Serbia, a candidate for membership of the European Union, has refused to join EU sanctions against Russia.");
    let au = id_of(&doc, "African Union");
    assert_eq!(relation(&doc, &au, RelationKind::Criticizes, "somalia").label.as_deref(), Some("urged restraint"));
    assert!(has(&doc, &au, RelationKind::Criticizes, "ethiopia"));
    assert!(!has(&doc, "cambodia", RelationKind::Criticizes, "somalia"));
    let aukus = id_of(&doc, "AUKUS");
    assert!(has(&doc, "indonesia", RelationKind::Criticizes, &aukus));
    assert!(!doc.relations.iter().any(|r| r.subject == "serbia" && r.kind == RelationKind::MemberOf && r.negated));
}

#[test]
fn absentees_without_a_named_event_and_co_hosting_of_an_event() {
    let doc = extract("The 19th summit was due to take place in Islamabad. It was called off after India said it would not attend the 19th summit. \
                       Bangladesh, Bhutan and Afghanistan also pulled out. \
                       India welcomed France's co-hosting, with Costa Rica, of the third United Nations Ocean Conference in Nice.");
    let summit = id_of(&doc, "19th summit");
    for state in ["bangladesh", "bhutan", "afghanistan"] {
        assert!(doc.relations.iter().any(|r| r.subject == state && r.kind == RelationKind::Attends && r.object == summit && r.negated), "{state}");
    }
    let conference = id_of(&doc, "United Nations Ocean Conference");
    assert!(has(&doc, "france", RelationKind::Attends, &conference));
    assert!(has(&doc, "costa_rica", RelationKind::Attends, &conference));
}

#[test]
fn founders_who_met_or_signed_and_members_brought_together_with_others() {
    let doc = extract("The Visegrad Group is a cultural and political alliance. \
                       The grouping was established on 15 February 1991, when President Vaclav Havel of Czechoslovakia, President Lech Walesa of Poland and Prime Minister Jozsef Antall of Hungary signed a declaration. \
                       Nepal has also turned to BIMSTEC, which brings together Bangladesh, Bhutan and India with Myanmar and Thailand.");
    let group = id_of(&doc, "Visegrad Group");
    for state in ["czechoslovakia", "poland", "hungary"] {
        assert_eq!(relation(&doc, state, RelationKind::MemberOf, &group).label.as_deref(), Some("founding member"), "{state}");
    }
    let bimstec = id_of(&doc, "BIMSTEC");
    assert!(has(&doc, "thailand", RelationKind::MemberOf, &bimstec));
    assert!(has(&doc, "bhutan", RelationKind::MemberOf, &bimstec));
}

#[test]
fn a_place_in_a_place_or_state_named_right_after() {
    let doc = extract("The leaders met in Rarotonga in the Cook Islands. \
                       Gunmen killed 26 people at Pahalgam in Indian-administered Kashmir. Talks in Tokyo in July went well.");
    assert!(has(&doc, &id_of(&doc, "Rarotonga"), RelationKind::LocatedIn, "cook_islands"));
    assert!(!doc.relations.iter().any(|r| r.subject == "tokyo" && r.kind == RelationKind::LocatedIn));
}

#[test]
fn a_host_agency_readout_s_forum_meeting_and_officials_meeting_a_guest() {
    let doc = extract("Lula is in China to attend the fourth Ministerial Meeting of the China-CELAC Forum, which opened in Beijing on Tuesday. \
                       Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee, met Lula separately on Wednesday.");
    let meeting = id_of(&doc, "fourth Ministerial Meeting of the China-CELAC Forum");
    assert!(has(&doc, &meeting, RelationKind::PartOf, &id_of(&doc, "China-CELAC Forum")));
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "beijing"));
    let lula = id_of(&doc, "Lula");
    for host in ["Li Qiang", "Zhao Leji"] {
        let host = id_of(&doc, host);
        assert!(has(&doc, &host, RelationKind::Meets, &lula) || has(&doc, &lula, RelationKind::Meets, &host), "{host}");
    }
}

#[test]
fn a_trilateral_statement_s_ministers_margins_and_concerns() {
    let doc = extract("Foreign Minister Takeshi Iwaya of Japan, Foreign Minister Cho Tae-yul of the Republic of Korea and Secretary of State Marco Rubio of the United States met on February 15 in Munich on the margins of the Munich Security Conference. \
                       Japan expressed grave concern over deepening military cooperation between the DPRK and Russia. \
                       They expressed deep concern over the war in Ukraine.");
    let (iwaya, cho, rubio) = (id_of(&doc, "Takeshi Iwaya"), id_of(&doc, "Cho Tae-yul"), id_of(&doc, "Marco Rubio"));
    assert!(has(&doc, &iwaya, RelationKind::Meets, &cho) || has(&doc, &cho, RelationKind::Meets, &iwaya));
    assert!(has(&doc, &iwaya, RelationKind::Meets, &rubio) || has(&doc, &rubio, RelationKind::Meets, &iwaya));
    let msc = id_of(&doc, "Munich Security Conference");
    assert!(has(&doc, &iwaya, RelationKind::Attends, &msc));
    assert!(has(&doc, "japan", RelationKind::Criticizes, "north_korea"));
    assert!(has(&doc, "japan", RelationKind::Criticizes, "russia"));
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.object == "ukraine"));
}

#[test]
fn a_summit_report_s_host_chair_and_a_guest_s_second_meeting() {
    let doc = extract("NATO leaders agree spending target at The Hague summit. \
                       NATO leaders endorsed a new target at a summit in The Hague hosted by Dutch Prime Minister Dick Schoof and chaired by Secretary-General Mark Rutte. \
                       Ukrainian President Volodymyr Zelenskyy attended a dinner hosted by King Willem-Alexander on the eve of the summit and met Trump on the sidelines.");
    let summit = id_of(&doc, "The Hague summit");
    assert_eq!(doc.entities.iter().filter(|e| e.kind == entente::model::EntityKind::Event).count(), 1);
    assert_eq!(relation(&doc, &id_of(&doc, "Dick Schoof"), RelationKind::Attends, &summit).label.as_deref(), Some("host"));
    assert_eq!(relation(&doc, &id_of(&doc, "Mark Rutte"), RelationKind::Attends, &summit).label.as_deref(), Some("chair"));
    let (zelenskyy, trump, king) = (id_of(&doc, "Volodymyr Zelenskyy"), id_of(&doc, "Trump"), id_of(&doc, "Willem-Alexander"));
    assert!(has(&doc, &zelenskyy, RelationKind::Meets, &trump) || has(&doc, &trump, RelationKind::Meets, &zelenskyy));
    assert!(!has(&doc, &king, RelationKind::Meets, &trump) && !has(&doc, &trump, RelationKind::Meets, &king));
}

#[test]
fn a_delegation_explaining_its_abstention() {
    let doc = extract("The General Assembly today adopted a resolution on Ukraine. \
                       The representative of China said his delegation abstained because the resolution would not help end the conflict. \
                       Twelve members voted in favour, while Brazil and Mexico abstained.");
    let assembly = id_of(&doc, "General Assembly");
    assert_eq!(relation(&doc, "china", RelationKind::Other, &assembly).label.as_deref(), Some("abstained"));
    assert!(!has(&doc, "brazil", RelationKind::Other, &assembly));
}

#[test]
fn a_dialogue_defined_by_its_members_and_summits_named_by_year() {
    let doc = extract("The Quadrilateral Security Dialogue, commonly known as the Quad, is a strategic security dialogue between Australia, India, Japan and the United States. \
                       Japan hosted the 2022 summit in Tokyo, and India was due to host the 2024 summit.");
    let quad = id_of(&doc, "Quad");
    for state in ["australia", "india", "japan", "united_states"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &quad), "{state}");
    }
    let (tokyo_summit, next) = (id_of(&doc, "2022 summit"), id_of(&doc, "2024 summit"));
    assert!(has(&doc, &tokyo_summit, RelationKind::LocatedIn, "tokyo"));
    assert!(has(&doc, "japan", RelationKind::Attends, &tokyo_summit));
    assert!(has(&doc, "india", RelationKind::Attends, &next));
    assert!(!has(&doc, "japan", RelationKind::Attends, &next));
}

#[test]
fn condemning_an_act_named_before_aims_at_whoever_carried_it_out() {
    let doc = extract("Iran said it had the right to respond to Israeli air strikes on military sites in three provinces. \
                       Saudi Arabia, Qatar and the United Arab Emirates condemned the strikes. \
                       Gunmen killed 26 tourists at Pahalgam. India blames the attack on Pakistan-based militants.");
    for critic in ["saudi_arabia", "qatar", "united_arab_emirates"] {
        assert!(has(&doc, critic, RelationKind::Criticizes, "israel"), "{critic}");
    }
    assert!(!has(&doc, "india", RelationKind::Criticizes, "israel"));
}

#[test]
fn an_ally_named_in_an_appositive_and_rockets_fired_at_a_state() {
    let doc = extract("Hezbollah, Iran's ally in Lebanon, fired more rockets at northern Israel on Saturday.");
    let hezbollah = id_of(&doc, "Hezbollah");
    assert_eq!(relation(&doc, "iran", RelationKind::CooperatesWith, &hezbollah).label.as_deref(), Some("ally"));
    assert!(has(&doc, &hezbollah, RelationKind::Other, "israel"));
    assert!(!has(&doc, "lebanon", RelationKind::Other, "israel"));
}

#[test]
fn troops_sent_to_a_state_and_support_expressed_after_a_clause() {
    let doc = extract("Uganda has deployed troops to South Sudan. \
                       Rwanda, which has long backed the rebels, expressed support for Burundi. \
                       In a press statement, the representative of Guyana said members expressed their full support for Lebanon.");
    assert_eq!(relation(&doc, "uganda", RelationKind::Other, "south_sudan").label.as_deref(), Some("sent troops to"));
    assert!(has(&doc, "rwanda", RelationKind::CooperatesWith, "burundi"));
    assert!(!has(&doc, "guyana", RelationKind::CooperatesWith, "lebanon"));
}

#[test]
fn offices_of_a_state_held_by_the_person_before_the_title() {
    let doc = extract("Shinzo Abe served as Prime Minister of Japan from 2012 to 2020. William Ruto became President of Kenya in 2022. \
                       Jacinda Ardern, who was Prime Minister of New Zealand, resigned in 2023.");
    assert_eq!(relation(&doc, &id_of(&doc, "Shinzo Abe"), RelationKind::HoldsOffice, "japan").label.as_deref(), Some("Prime Minister"));
    assert!(has(&doc, &id_of(&doc, "William Ruto"), RelationKind::HoldsOffice, "kenya"));
    assert!(has(&doc, &id_of(&doc, "Jacinda Ardern"), RelationKind::HoldsOffice, "new_zealand"));
}

#[test]
fn a_fronted_phrase_takes_the_subject_after_its_comma() {
    let doc = extract("On a visit to Cairo, Antony Blinken met Egyptian President Abdel Fattah al-Sisi. \
                       During talks in Ankara with Recep Tayyip Erdogan, Volodymyr Zelenskyy discussed grain exports.");
    let blinken = id_of(&doc, "Antony Blinken");
    assert!(has(&doc, &blinken, RelationKind::Visits, "cairo"));
    let (zelenskyy, erdogan) = (id_of(&doc, "Volodymyr Zelenskyy"), id_of(&doc, "Recep Tayyip Erdogan"));
    assert!(has(&doc, &zelenskyy, RelationKind::Meets, &erdogan) || has(&doc, &erdogan, RelationKind::Meets, &zelenskyy));
}

#[test]
fn a_forum_entry_s_signatories_observers_seat_and_officers() {
    let doc = extract("The Barents Council is an intergovernmental forum. \
                       The council was established by the Kirkenes Declaration, signed in Kirkenes on 11 January 1993 by Denmark, Finland, Norway and Sweden. \
                       Five states are observers: France, Germany, Italy, Japan and Poland. \
                       A permanent Barents Secretariat was established in Kirkenes, Norway, in 2008. \
                       After the Russian invasion of Ukraine, the other members announced that they would not travel to Russia. \
                       Its first head was Rune Rafaelsen of Norway; Mathieu Parker of Canada has headed the Barents Secretariat since 2021.");
    let council = id_of(&doc, "Barents Council");
    assert_eq!(relation(&doc, "finland", RelationKind::MemberOf, &council).label.as_deref(), Some("founding member"));
    assert_eq!(relation(&doc, "japan", RelationKind::Attends, &council).label.as_deref(), Some("observer"));
    assert!(has(&doc, &id_of(&doc, "Barents Secretariat"), RelationKind::LocatedIn, "kirkenes"));
    assert!(has(&doc, "russia", RelationKind::Other, "ukraine"));
    assert!(!doc.relations.iter().any(|r| r.subject == "ukraine" && r.kind == RelationKind::Visits));
    assert!(has(&doc, &id_of(&doc, "Mathieu Parker"), RelationKind::HoldsOffice, &id_of(&doc, "Barents Secretariat")));
}

#[test]
fn a_meetings_record_names_each_speaker_with_the_state_in_brackets() {
    let doc = extract("The Security Council failed to adopt the draft. \
                       Pascale Baeriswyl (Switzerland), speaking also on behalf of Brazil, said the penholders had negotiated in good faith. \
                       Linda Thomas-Greenfield (United States) accused the Russian Federation of holding aid hostage.");
    let baeriswyl = id_of(&doc, "Pascale Baeriswyl");
    assert_eq!(relation(&doc, &baeriswyl, RelationKind::HoldsOffice, "switzerland").label.as_deref(), Some("representative"));
    let envoy = id_of(&doc, "Linda Thomas-Greenfield");
    assert!(has(&doc, &envoy, RelationKind::HoldsOffice, "united_states"));
    // A delegation's statement is its state's.
    assert!(has(&doc, "united_states", RelationKind::Criticizes, "russia"));
}

#[test]
fn condemning_the_veto_aims_at_the_member_that_cast_it() {
    let doc = extract("The Security Council failed to renew the mechanism after the Russian Federation vetoed a draft resolution. \
                       Linda Thomas-Greenfield (United States) called the veto an act of pure cruelty. \
                       Nicolas de Riviere (France) condemned the veto.");
    assert!(has(&doc, "france", RelationKind::Criticizes, "russia"));
    assert!(!has(&doc, "france", RelationKind::Criticizes, "united_states"));
    assert!(!doc.relations.iter().any(|r| r.subject == "united_states" && r.label.as_deref() == Some("vetoed")));
}

#[test]
fn a_regional_row_s_accusers_rejections_and_breakaway_bloc() {
    let doc = extract("Mali, Burkina Faso and Niger recalled their ambassadors from Algeria on Sunday, accusing the North African country of shooting down a drone. \
                       The three countries, which are ruled by military juntas and have formed a confederation called the Alliance of Sahel States, issued a statement. \
                       Algeria rejected the accusations on Monday. \
                       The three Sahel states quit the Economic Community of West African States in January.");
    for state in ["mali", "burkina_faso", "niger"] {
        assert!(has(&doc, state, RelationKind::Other, "algeria"), "{state} recalled");
        assert!(has(&doc, state, RelationKind::Criticizes, "algeria"), "{state} accused");
        assert!(has(&doc, "algeria", RelationKind::Criticizes, state), "rejected {state}");
        let alliance = relation(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Alliance of Sahel States"));
        assert!(!alliance.negated, "'ruled by juntas' denies nothing");
        let ecowas = id_of(&doc, "Economic Community of West African States");
        assert!(doc.relations.iter().any(|r| r.subject == state && r.kind == RelationKind::MemberOf && r.object == ecowas && r.negated), "{state} quit");
    }
}

#[test]
fn a_summit_entry_s_own_summit_takes_those_present_and_represented() {
    let doc = extract("The 16th Summit of the Non-Aligned Movement (NAM) was held in Tehran, Iran, in August 2012. \
                       Tehran was chosen as the venue at the 15th summit, held in Sharm el-Sheikh, Egypt, in July 2009. \
                       Those present included Indian Prime Minister Manmohan Singh and Afghan President Hamid Karzai; \
                       North Korea was represented by Kim Yong-nam, President of the Presidium of the Supreme People's Assembly.");
    let summit = id_of(&doc, "16th Summit of the Non-Aligned Movement");
    assert!(has(&doc, &summit, RelationKind::PartOf, &id_of(&doc, "Non-Aligned Movement")));
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "tehran"));
    for person in ["Manmohan Singh", "Hamid Karzai"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::Attends, &summit), "{person}");
    }
    assert!(has(&doc, "north_korea", RelationKind::Attends, &summit));
    assert!(!has(&doc, "north_korea", RelationKind::Attends, &id_of(&doc, "15th summit")));
}

#[test]
fn a_visit_that_drew_criticism_from_a_third_state() {
    let doc = extract("Russian President Vladimir Putin visited Hanoi on Thursday. Putin later travelled to Laos. \
                       The visit drew sharp criticism from the United States.");
    assert!(has(&doc, "united_states", RelationKind::Criticizes, &id_of(&doc, "Vladimir Putin")));
}

#[test]
fn armed_groups_named_front_or_brigade_are_organisations() {
    let doc = extract("The army stepped up strikes against the Azawad Liberation Front, a rebel coalition that said the drone was preparing to strike.");
    let front = doc.entities.iter().find(|e| e.name == "Azawad Liberation Front").unwrap();
    assert_eq!(front.kind, entente::model::EntityKind::Organization);
}

#[test]
fn appositive_titles_in_a_list_of_three_keep_every_party() {
    let doc = extract(
        "The President of Chile, Gabriel Boric, the President of Colombia, Gustavo Petro, and the President of Mexico, Claudia Sheinbaum, met in Santiago on 3 March.",
    );
    let (boric, petro, sheinbaum) = (id_of(&doc, "Gabriel Boric"), id_of(&doc, "Gustavo Petro"), id_of(&doc, "Claudia Sheinbaum"));
    assert!(has(&doc, &boric, RelationKind::Meets, &petro));
    assert!(has(&doc, &boric, RelationKind::Meets, &sheinbaum));
    assert!(has(&doc, &petro, RelationKind::Meets, &sheinbaum));
    // A state after "the" in a list is no title.
    let doc = extract("The Andean Community was founded when the leaders of Chile, Peru, the Bahamas, Ecuador and Bolivia signed the Cartagena Agreement in Lima.");
    let community = id_of(&doc, "Andean Community");
    for founder in ["Chile", "Peru", "Bahamas", "Ecuador", "Bolivia"] {
        assert!(has(&doc, &id_of(&doc, founder), RelationKind::MemberOf, &community), "{founder}: {:#?}", doc.relations);
    }
}

#[test]
fn coordinated_subjects_each_act_and_welcome() {
    let doc = extract("Both Kenya and Ghana congratulated Senegal on its election. The leaders of Kenya, Ghana and Nigeria met in Accra. The Leaders welcomed the efforts of Qatar to mediate.");
    let (kenya, ghana, nigeria, senegal, qatar) = (id_of(&doc, "Kenya"), id_of(&doc, "Ghana"), id_of(&doc, "Nigeria"), id_of(&doc, "Senegal"), id_of(&doc, "Qatar"));
    assert!(has(&doc, &kenya, RelationKind::Other, &senegal));
    assert!(has(&doc, &ghana, RelationKind::Other, &senegal));
    for state in [&kenya, &ghana, &nigeria] {
        assert!(has(&doc, state, RelationKind::Other, &qatar), "{state} welcomed Qatar");
    }
    // A fronted place is no party: "In Kyiv, President ... congratulated".
    let doc = extract("In Kyiv, Ukrainian President Volodymyr Zelenskyy congratulated Sweden.");
    let sweden = id_of(&doc, "Sweden");
    assert!(has(&doc, &id_of(&doc, "Volodymyr Zelenskyy"), RelationKind::Other, &sweden), "{:#?}", doc.relations);
    assert_eq!(stated(&doc).filter(|r| r.object == sweden).count(), 1, "{:#?}", doc.relations);
}

#[test]
fn encouraging_a_party_to_act_is_an_appeal() {
    let doc = extract("The ministers of Norway and Iceland encouraged Serbia and Kosovo to resume the dialogue.");
    let serbia = id_of(&doc, "Serbia");
    assert!(has(&doc, &id_of(&doc, "Norway"), RelationKind::Criticizes, &serbia));
    assert!(has(&doc, &id_of(&doc, "Iceland"), RelationKind::Criticizes, &id_of(&doc, "Kosovo")));
    // Encouraging investment names no party.
    let doc = extract("Norway encouraged investment in renewable energy to cut emissions.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Criticizes));
}

#[test]
fn the_caller_holds_a_party_to_account_not_the_body_called_on() {
    let doc = extract("Israel's representative rejected the report, and called on the Council to hold Hamas responsible.");
    let hamas = id_of(&doc, "Hamas");
    assert!(has(&doc, &id_of(&doc, "Israel"), RelationKind::Criticizes, &hamas));
    assert!(!doc.relations.iter().any(|r| r.object == hamas && doc.entities.iter().any(|e| e.id == r.subject && e.name.contains("Council"))));
}

#[test]
fn a_listed_body_defined_with_its_acronym_is_one_entity() {
    let doc = extract("They reiterated their support for the United Nations Relief and Works Agency for Palestine Refugees (UNRWA). UNRWA runs schools in Gaza.");
    let agencies: Vec<_> = doc.entities.iter().filter(|e| e.name.contains("UNRWA") || e.name.contains("Relief and Works")).collect();
    assert_eq!(agencies.len(), 1, "{agencies:#?}");
}

#[test]
fn a_known_person_s_organisation_stays_an_organisation() {
    let doc = extract("Remarks by the Spokesperson for Secretary-General António Guterres\n\nThe United Nations said aid was blocked.");
    let un = doc.entities.iter().find(|e| e.name == "United Nations").unwrap();
    assert_eq!(un.kind, entente::model::EntityKind::Organization);
}

#[test]
fn a_mission_named_with_its_country_works_there() {
    let doc = extract("The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) stands ready to help.");
    assert!(has(&doc, &id_of(&doc, "MONUSCO"), RelationKind::LocatedIn, &id_of(&doc, "Democratic Republic of the Congo")), "{:#?}", doc.relations);
}

#[test]
fn envoys_named_after_their_brief_hold_their_office() {
    let doc = extract(
        "The Secretary-General's Special Envoy for the Horn of Africa, Parfait Onanga-Anyanga, will travel to Addis Ababa. \
         The European Union's Special Representative for the Sahel, João Cravinho, met officials in Bamako.",
    );
    let envoy = relation(&doc, &id_of(&doc, "Parfait Onanga-Anyanga"), RelationKind::HoldsOffice, &id_of(&doc, "United Nations"));
    assert_eq!(envoy.label.as_deref(), Some("Special Envoy"));
    assert!(has(&doc, &id_of(&doc, "João Cravinho"), RelationKind::HoldsOffice, &id_of(&doc, "European Union")), "{:#?}", doc.relations);
}

#[test]
fn present_tense_praise_in_a_statement_is_read() {
    let doc = extract("The Secretary-General commends Qatar for its mediation and thanks Egypt for its support. Kenya congratulates Ghana.");
    let kenya = id_of(&doc, "Kenya");
    assert_eq!(relation(&doc, &kenya, RelationKind::Other, &id_of(&doc, "Ghana")).label.as_deref(), Some("congratulated"));
}

#[test]
fn frozen_assets_are_a_sanction_on_their_owner_or_the_named_relative() {
    let doc = extract(
        "Vice President Rosario Murillo leads the government. \
         Canada froze the assets of Murillo on Monday. \
         The United States froze the assets of Rosario Murillo's son, Laureano Ortega Murillo, on Tuesday.",
    );
    let (murillo, son) = (id_of(&doc, "Rosario Murillo"), id_of(&doc, "Laureano Ortega Murillo"));
    assert_eq!(relation(&doc, &id_of(&doc, "Canada"), RelationKind::Other, &murillo).label.as_deref(), Some("sanctions"));
    assert!(has(&doc, &id_of(&doc, "United States"), RelationKind::Other, &son), "{:#?}", doc.relations);
    // The relative is a person, named after a comma.
    assert_eq!(doc.entities.iter().find(|e| e.id == son).unwrap().kind, entente::model::EntityKind::Person);
}

#[test]
fn an_embassy_speaks_for_its_state_and_a_clause_after_a_comma_is_no_object() {
    let doc = extract("Russia's embassy in Managua condemned the United States. Mexico criticised the sanctions, while Honduras stayed silent.");
    assert!(has(&doc, &id_of(&doc, "Russia"), RelationKind::Criticizes, &id_of(&doc, "United States")), "{:#?}", doc.relations);
    let honduras = id_of(&doc, "Honduras");
    assert!(stated(&doc).all(|r| r.object != honduras), "{:#?}", doc.relations);
}

#[test]
fn welcoming_an_agreement_between_two_parties_is_no_meeting() {
    let doc = extract("Kenya welcomed the agreement between Ethiopia and Eritrea.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn a_sentence_opening_with_a_quotation_is_spoken_by_the_one_who_said_it() {
    let doc = extract("Secretary of State Antony Blinken arrived in Beijing. Wang Yi met him. \"We will not accept any attempt to change the status quo by force,\" Blinken said on Tuesday. He urged Russia to stop.");
    let russia = id_of(&doc, "Russia");
    assert!(has(&doc, &id_of(&doc, "Antony Blinken"), RelationKind::Criticizes, &russia), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Wang Yi"), RelationKind::Criticizes, &russia), "{:#?}", doc.relations);
}

#[test]
fn a_verb_after_and_shares_the_clause_subject_not_the_object_before_it() {
    let doc = extract("President Xi Jinping received Commission President Ursula von der Leyen. Von der Leyen met Xi separately and condemned Russia.");
    let russia = id_of(&doc, "Russia");
    assert!(has(&doc, &id_of(&doc, "Ursula von der Leyen"), RelationKind::Criticizes, &russia), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Xi Jinping"), RelationKind::Criticizes, &russia), "{:#?}", doc.relations);
    // A list opening the clause keeps every item.
    let doc = extract("The Collective Security Treaty Organization (CSTO) is an alliance. In 1999, Azerbaijan, Georgia and Uzbekistan declined to renew the treaty and left the alliance.");
    let csto = id_of(&doc, "CSTO");
    for state in ["Azerbaijan", "Georgia", "Uzbekistan"] {
        assert!(doc.relations.iter().any(|r| r.subject == id_of(&doc, state) && r.object == csto && r.kind == RelationKind::MemberOf && r.negated), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn hyphenated_given_names_stay_whole() {
    let doc = extract("Kim Sung-han, the director of national security, joined the meeting. Macron met students at Sun Yat-sen University.");
    assert_eq!(doc.entities.iter().find(|e| e.name == "Kim Sung-han").map(|e| e.kind), Some(entente::model::EntityKind::Person), "{:#?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.kind != entente::model::EntityKind::Person || e.name != "Sun Yat"), "{:#?}", doc.entities);
}

#[test]
fn an_office_stated_with_is_or_was_is_held() {
    let doc = extract("Ursula von der Leyen is the President of the European Commission. Annalena Baerbock was Germany's foreign minister at the time.");
    assert!(has(&doc, &id_of(&doc, "Ursula von der Leyen"), RelationKind::HoldsOffice, &id_of(&doc, "European Commission")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Annalena Baerbock"), RelationKind::HoldsOffice, &id_of(&doc, "Germany")), "{:#?}", doc.relations);
}

#[test]
fn a_passive_criticism_runs_from_the_agent_after_by() {
    let doc = extract("Emmanuel Macron was sharply criticised by Poland on Monday.");
    assert!(has(&doc, &id_of(&doc, "Poland"), RelationKind::Criticizes, &id_of(&doc, "Emmanuel Macron")), "{:#?}", doc.relations);
    // Criticised remarks name no party; members of a legislature are no
    // state's membership.
    let doc = extract("Macron said Europe should not follow the United States on Taiwan, remarks that were criticised by members of the United States Congress.");
    let taiwan = id_of(&doc, "Taiwan");
    assert!(doc.relations.iter().all(|r| r.subject != taiwan && r.object != taiwan), "{:#?}", doc.relations);
}

#[test]
fn forces_named_in_an_exercise_take_part_in_it() {
    let doc = extract(
        "The annual Balikatan exercises began on Tuesday. The drills involve 12,200 U.S. troops and 5,400 Filipino soldiers. \
         About 100 Australian troops are also taking part, while Japan sent observers.",
    );
    let balikatan = id_of(&doc, "Balikatan");
    for state in ["United States", "Philippines", "Australia"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::Attends, &balikatan), "{state}: {:#?}", doc.relations);
    }
    assert_eq!(relation(&doc, &id_of(&doc, "Japan"), RelationKind::Attends, &balikatan).label.as_deref(), Some("observer"));
    // Troops outside an exercise take part in nothing.
    let doc = extract("The Shangri-La Dialogue opened in Singapore. Russian troops shelled Kharkiv.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Attends || r.subject != id_of(&doc, "Russia")), "{:#?}", doc.relations);
}

#[test]
fn a_diplomatic_protest_lodged_with_a_state_criticises_it() {
    let doc = extract("China's coast guard blocked a Philippine vessel. Manila filed a diplomatic protest with Beijing.");
    assert!(has(&doc, &id_of(&doc, "Philippines"), RelationKind::Criticizes, &id_of(&doc, "China")), "{:#?}", doc.relations);
    // Street protests are no criticism.
    let doc = extract("Thousands joined protests in Manila against China.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Criticizes), "{:#?}", doc.relations);
}

#[test]
fn the_pair_s_cooperation_with_a_third_state_links_each_side() {
    let doc = extract("The United States and South Korea held talks. The two sides committed to strengthen trilateral security cooperation with Japan.");
    let japan = id_of(&doc, "Japan");
    assert!(has(&doc, &id_of(&doc, "United States"), RelationKind::CooperatesWith, &japan), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "South Korea"), RelationKind::CooperatesWith, &japan), "{:#?}", doc.relations);
}

#[test]
fn expanding_assistance_to_a_state_provides_it() {
    let doc = extract("South Korea backs Ukraine. President Yoon announced that South Korea would expand its humanitarian assistance to Ukraine.");
    let aid = relation(&doc, &id_of(&doc, "South Korea"), RelationKind::Other, &id_of(&doc, "Ukraine"));
    assert_eq!(aid.label.as_deref(), Some("assistance"));
}

#[test]
fn under_named_states_sanctions_each_sanctions_the_subject() {
    let doc = extract("Senior General Min Aung Hlaing, who heads the council, has been under U.S., British and Canadian sanctions since the coup.");
    let general = id_of(&doc, "Min Aung Hlaing");
    for state in ["United States", "United Kingdom", "Canada"] {
        assert_eq!(relation(&doc, &id_of(&doc, state), RelationKind::Other, &general).label.as_deref(), Some("sanctions"), "{state}");
    }
    // A government under sanctions is no named party.
    let doc = extract("Washington urged Ban Ki-moon not to lend legitimacy to a government under Security Council sanctions.");
    assert!(doc.relations.iter().all(|r| r.label.as_deref() != Some("sanctions")), "{:#?}", doc.relations);
}

#[test]
fn a_name_written_whole_again_is_one_list_item() {
    let doc = extract("General Htun Aung leads the air force. General Soe Win is his deputy. Australia announced sanctions on Htun Aung and Soe Win.");
    let australia = id_of(&doc, "Australia");
    assert!(has(&doc, &australia, RelationKind::Other, &id_of(&doc, "Htun Aung")), "{:#?}", doc.relations);
    assert!(has(&doc, &australia, RelationKind::Other, &id_of(&doc, "Soe Win")), "{:#?}", doc.relations);
}

#[test]
fn a_compound_adjective_is_no_verb_and_no_office_is_guessed_for_an_unknown_body() {
    let doc = extract("The United States blacklisted state-owned Myanma Economic Bank last year.");
    let bank = relation(&doc, &id_of(&doc, "United States"), RelationKind::Other, &id_of(&doc, "Myanma Economic Bank"));
    assert_eq!(bank.label.as_deref(), Some("sanctions"));
    let doc = extract("Australia imposed sanctions. Major General Zaw Min Tun, spokesman for the ruling State Administration Council, called the sanctions unjust.");
    let spokesman = id_of(&doc, "Zaw Min Tun");
    assert!(!has(&doc, &spokesman, RelationKind::HoldsOffice, &id_of(&doc, "Australia")), "{:#?}", doc.relations);
}

#[test]
fn states_sending_delegations_attend_the_event_the_text_is_about() {
    let doc = extract("The 16th Summit of the Non-Aligned Movement was held in Tehran. It followed the 15th summit in Egypt. China and Brazil sent delegations as observers.");
    let summit = id_of(&doc, "16th Summit of the Non-Aligned Movement");
    for state in ["China", "Brazil"] {
        assert_eq!(relation(&doc, &id_of(&doc, state), RelationKind::Attends, &summit).label.as_deref(), Some("observer"), "{state}");
    }
}

#[test]
fn a_place_written_with_its_region_lies_in_it_but_a_list_of_places_does_not() {
    let doc = extract("The leaders met at the base in San Diego, California, to announce the plan. Later summits were hosted by Addu City in the Maldives.");
    assert!(has(&doc, &id_of(&doc, "San Diego"), RelationKind::LocatedIn, &id_of(&doc, "California")), "{:#?}", doc.relations);
    let addu = doc.entities.iter().find(|e| e.name == "Addu City").expect("Addu City");
    assert_eq!(addu.kind, entente::model::EntityKind::Place);
    let doc = extract("The envoy travelled to meetings in Paris, Berlin and Rome.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::LocatedIn), "{:#?}", doc.relations);
}

#[test]
fn calling_the_sanctions_unjust_criticises_those_who_imposed_them() {
    let doc = extract(
        "Britain and Canada imposed sanctions on Myanmar's air force chief. \
         Myanmar's military spokesman called the sanctions \"unjust\". \
         He said the measures would hurt ordinary people.",
    );
    let myanmar = id_of(&doc, "Myanmar");
    assert!(has(&doc, &myanmar, RelationKind::Criticizes, &id_of(&doc, "United Kingdom")), "{:#?}", doc.relations);
    assert!(has(&doc, &myanmar, RelationKind::Criticizes, &id_of(&doc, "Canada")), "{:#?}", doc.relations);
    // The sanctioner describing its own measures criticises nobody.
    let doc = extract("The EU adopted new sanctions on Russia. Josep Borrell, the EU's foreign policy chief, said the measures would hit the shadow fleet.");
    assert!(!has(&doc, &id_of(&doc, "Josep Borrell"), RelationKind::Criticizes, &id_of(&doc, "European Union")), "{:#?}", doc.relations);
}

#[test]
fn shared_concerns_over_a_state_criticise_it() {
    let doc = extract("Japanese Prime Minister Shigeru Ishiba met President Lee Jae-myung of South Korea in Tokyo. They shared serious concerns over North Korea's nuclear and missile activities.");
    let north = id_of(&doc, "North Korea");
    assert!(has(&doc, &id_of(&doc, "Japan"), RelationKind::Criticizes, &north), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "South Korea"), RelationKind::Criticizes, &north), "{:#?}", doc.relations);
}

#[test]
fn the_post_named_without_its_holder_is_held_and_handed_on() {
    let doc = extract(
        "The Collective Security Treaty Organization is a military alliance. Day-to-day work is led by the Secretary General. \
         Imangali Tasmagambetov, a former prime minister of Kazakhstan, has held the post since 1 January 2023, succeeding Stanislav Zas of Belarus.",
    );
    let csto = id_of(&doc, "Collective Security Treaty Organization");
    let holder = relation(&doc, &id_of(&doc, "Imangali Tasmagambetov"), RelationKind::HoldsOffice, &csto);
    assert_eq!(holder.label.as_deref(), Some("Secretary General"));
    assert!(has(&doc, &id_of(&doc, "Stanislav Zas"), RelationKind::HoldsOffice, &csto), "{:#?}", doc.relations);
    // A predecessor in a state's office is not guessed.
    let doc = extract("Prime Minister Kishida of Japan took office in 2021, succeeding Yoshihide Suga.");
    assert!(stated(&doc).filter(|r| r.kind == RelationKind::HoldsOffice).count() == 1, "{:#?}", doc.relations);
}

#[test]
fn an_agreement_in_force_with_a_body_led_by_a_state_binds_the_body() {
    let doc = extract("Vietnam also has a free trade agreement with the Russian-led Eurasian Economic Union.");
    assert!(has(&doc, &id_of(&doc, "Vietnam"), RelationKind::CooperatesWith, &id_of(&doc, "Eurasian Economic Union")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Vietnam"), RelationKind::CooperatesWith, &id_of(&doc, "Russia")), "{:#?}", doc.relations);
}

#[test]
fn states_listed_in_brackets_after_a_body_and_a_state_leading_it_are_members() {
    let doc = extract("The Weimar Triangle (France, Germany and Poland) met in Paris. Vietnam has a trade deal with the Russian-led Eurasian Economic Union.");
    let triangle = id_of(&doc, "Weimar Triangle");
    for state in ["France", "Germany", "Poland"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::MemberOf, &triangle), "{state}: {:#?}", doc.relations);
    }
    assert!(has(&doc, &id_of(&doc, "Russia"), RelationKind::MemberOf, &id_of(&doc, "Eurasian Economic Union")), "{:#?}", doc.relations);
    // A state in brackets after a person is their state, not a membership.
    let doc = extract("The African Union heard Harold Agyeman (Ghana) speak.");
    assert!(stated(&doc).all(|r| r.kind != RelationKind::MemberOf), "{:#?}", doc.relations);
}

#[test]
fn a_family_name_written_with_accents_is_the_known_person() {
    let doc = extract("President Joe Biden met President Andrés Manuel López Obrador of Mexico. Biden thanked President López Obrador for his help.");
    let people: Vec<_> = doc.entities.iter().filter(|e| e.name.contains("Obrador")).collect();
    assert_eq!(people.len(), 1, "{people:#?}");
}

#[test]
fn his_meeting_with_a_third_leader_is_the_subject_s() {
    let doc = extract("President Joe Biden met President Andrés Manuel López Obrador of Mexico. President Biden briefed President López Obrador on his meeting with President Xi Jinping of China.");
    let xi = id_of(&doc, "Xi Jinping");
    assert!(has(&doc, &id_of(&doc, "Joe Biden"), RelationKind::Meets, &xi), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Andrés Manuel López Obrador"), RelationKind::Meets, &xi), "{:#?}", doc.relations);
}

#[test]
fn every_titled_person_listed_before_a_trip_travels() {
    let doc = extract(
        "Secretary of State Antony Blinken, Secretary of Homeland Security Alejandro Mayorkas, and Homeland Security Advisor Dr. Elizabeth Sherwood-Randall will travel to Mexico City in December.",
    );
    let city = id_of(&doc, "Mexico City");
    for person in ["Antony Blinken", "Alejandro Mayorkas", "Elizabeth Sherwood-Randall"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::Visits, &city), "{person}: {:#?}", doc.relations);
    }
}

#[test]
fn separate_meetings_with_each_party_are_each_a_meeting() {
    let doc = extract(
        "Barack Obama arrived in Hanoi. He also held separate meetings with Prime Minister Nguyen Xuan Phuc, with National Assembly Chairwoman Nguyen Thi Kim Ngan, and with Nguyen Phu Trong.",
    );
    let obama = id_of(&doc, "Barack Obama");
    for person in ["Nguyen Xuan Phuc", "Nguyen Thi Kim Ngan", "Nguyen Phu Trong"] {
        assert!(has(&doc, &obama, RelationKind::Meets, &id_of(&doc, person)), "{person}: {:#?}", doc.relations);
    }
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Meets || doc.entities.iter().any(|e| e.id == r.object && e.kind == entente::model::EntityKind::Person)), "{:#?}", doc.relations);
}

#[test]
fn a_statement_s_thanks_after_a_comma_and_state_of_x_and_headline_verbs() {
    let doc = extract(
        "Secretary-General Welcomes Signing of Peace Agreement\n\nThe following statement was issued by the Spokesperson for UN Secretary-General António Guterres:\n\n\
         He commends the United States for facilitating the agreement, and thanks the State of Qatar for its efforts.",
    );
    assert!(has(&doc, &id_of(&doc, "António Guterres"), RelationKind::CooperatesWith, &id_of(&doc, "Qatar")), "{:#?}", doc.relations);
    assert!(doc.entities.iter().all(|e| !e.name.contains("Welcomes")), "{:#?}", doc.entities);
}

#[test]
fn a_surname_that_is_also_a_body_s_name_stays_a_name() {
    let doc = extract("The agreement was signed by Thérèse Kayikwamba Wagner in Washington.");
    assert!(doc.entities.iter().all(|e| e.name != "Wagner Group"), "{:#?}", doc.entities);
    let doc = extract("Wagner fighters withdrew from Bakhmut.");
    assert!(doc.entities.iter().any(|e| e.name == "Wagner Group"), "{:#?}", doc.entities);
}

#[test]
fn an_ordinal_office_and_a_temple_are_read() {
    let doc = extract("Barack Obama, the 44th president of the United States, visited the Jade Emperor Pagoda.");
    assert!(has(&doc, &id_of(&doc, "Barack Obama"), RelationKind::HoldsOffice, &id_of(&doc, "United States")), "{:#?}", doc.relations);
    assert_eq!(doc.entities.iter().find(|e| e.name == "Jade Emperor Pagoda").map(|e| e.kind), Some(entente::model::EntityKind::Place), "{:#?}", doc.entities);
}

#[test]
fn middle_initials_stay_in_a_name() {
    let doc = extract("The minister recalled that George H. W. Bush attended the APEC summit in Seattle in 1993, and John F. Kennedy visited Berlin.");
    let summit = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Event).map(|e| e.id.clone()).expect("an event");
    assert!(has(&doc, &id_of(&doc, "George H. W. Bush"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "John F. Kennedy"), RelationKind::Visits, &id_of(&doc, "Berlin")), "{:#?}", doc.relations);
}

#[test]
fn a_trip_made_for_an_event_attends_it() {
    let doc = extract("Prime Minister Narendra Modi flew to Brazil on Sunday for the BRICS summit in Rio de Janeiro.");
    let summit = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Event).map(|e| e.id.clone()).expect("an event");
    let modi = id_of(&doc, "Narendra Modi");
    assert!(has(&doc, &modi, RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, &modi, RelationKind::Visits, &id_of(&doc, "Brazil")), "{:#?}", doc.relations);
}

#[test]
fn one_series_meeting_in_two_cities_is_two_events() {
    let doc = extract(
        "Prime Minister Narendra Modi attended the SCO summit in Astana in 2024. A year later, Chinese President Xi Jinping welcomed him to Tianjin, and Modi travelled to China for the SCO summit in Tianjin.",
    );
    let events: Vec<_> = doc.entities.iter().filter(|e| e.kind == entente::model::EntityKind::Event).collect();
    assert_eq!(events.len(), 2, "{events:#?}");
    let astana = events.iter().find(|e| e.name.contains("Astana")).map(|e| e.id.clone()).expect("the Astana summit");
    let tianjin = events.iter().find(|e| e.name.contains("Tianjin")).map(|e| e.id.clone()).expect("the Tianjin summit");
    let modi = id_of(&doc, "Narendra Modi");
    assert!(has(&doc, &modi, RelationKind::Attends, &astana) && has(&doc, &modi, RelationKind::Attends, &tianjin), "{:#?}", doc.relations);
    assert!(has(&doc, &tianjin, RelationKind::LocatedIn, &id_of(&doc, "Tianjin")) && !has(&doc, &astana, RelationKind::LocatedIn, &id_of(&doc, "Tianjin")), "{:#?}", doc.relations);
}

#[test]
fn the_person_in_apposition_to_a_possessive_phrase_is_the_clause_subject() {
    let doc = extract("Merkel's successor, Olaf Scholz, met President Emmanuel Macron in Paris and travelled to Madrid.");
    let madrid = id_of(&doc, "Madrid");
    assert!(has(&doc, &id_of(&doc, "Olaf Scholz"), RelationKind::Visits, &madrid), "{:#?}", doc.relations);
    assert!(doc.relations.iter().filter(|r| r.kind == RelationKind::Visits && r.object == madrid).count() == 1, "{:#?}", doc.relations);
}

#[test]
fn condemning_described_sanctions_criticises_the_sanctioners_and_blocked_sanctions_are_none() {
    let doc = extract(
        "The European Union and Britain imposed sanctions on Belarusian officials on Friday. \
         Belarusian Foreign Minister Maxim Ryzhenkov denounced what he called \"unlawful\" sanctions. \
         China, which has blocked new sanctions against Iran, urged restraint.",
    );
    let ryzhenkov = id_of(&doc, "Maxim Ryzhenkov");
    assert!(has(&doc, &ryzhenkov, RelationKind::Criticizes, &id_of(&doc, "European Union")), "{:#?}", doc.relations);
    assert!(has(&doc, &ryzhenkov, RelationKind::Criticizes, &id_of(&doc, "United Kingdom")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "China"), RelationKind::Other, &id_of(&doc, "Iran")), "{:#?}", doc.relations);
}

#[test]
fn a_legislature_s_office_is_held_in_that_body() {
    let doc = extract("Peru's Congress met on Monday. Constitutional Court President Francisco Morales said the ruling stands.");
    let court = doc.entities.iter().find(|e| e.name == "Constitutional Court").map(|e| e.id.clone()).expect("the court");
    assert!(has(&doc, &id_of(&doc, "Francisco Morales"), RelationKind::HoldsOffice, &court), "{:#?}", doc.relations);
}

#[test]
fn a_successor_named_in_apposition_holds_the_office() {
    let doc = extract("Japanese Prime Minister Shinzo Abe visited Canberra in 2014. Abe's successor, Yoshihide Suga, met Joe Biden in April 2021.");
    assert!(has(&doc, &id_of(&doc, "Yoshihide Suga"), RelationKind::HoldsOffice, &id_of(&doc, "Japan")), "{:#?}", doc.relations);
}

#[test]
fn a_leader_who_withdraws_the_state_from_a_pact_ends_its_membership() {
    let doc = extract("President Donald Trump withdrew the United States from the Paris Agreement (PA) in 2017.");
    let quit = relation(&doc, &id_of(&doc, "United States"), RelationKind::MemberOf, &id_of(&doc, "Paris Agreement"));
    assert!(quit.negated, "{quit:#?}");
}

#[test]
fn an_official_met_where_a_paragraph_is_set_serves_that_state() {
    let doc = extract(
        "Japanese Foreign Minister Yoko Kamikawa toured Malaysia and Indonesia this week. Malaysia and Japan agreed to expand trade. \
         In Jakarta, Kamikawa held talks on maritime security. She also met Economy Minister Arief Wicaksono.",
    );
    assert!(has(&doc, &id_of(&doc, "Arief Wicaksono"), RelationKind::HoldsOffice, &id_of(&doc, "Indonesia")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Arief Wicaksono"), RelationKind::HoldsOffice, &id_of(&doc, "Japan")), "{:#?}", doc.relations);
}

#[test]
fn where_events_are_held_is_read_from_the_sentence_around_them() {
    let doc = extract(
        "The 12th Pacific summit was due to take place in Apia in 2025. \
         Fiji rejoined the group at the Suva summit in 2023. \
         The ministers attended the Tourism Forum, held at the Hilton Ballroom in Suva. \
         Japan will host the Pacific Energy Summit (PES), to be held in Tokyo in July. \
         The prime minister flew to Honiara, where he opened the Pacific Games.",
    );
    let event = |needle: &str| doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Event && e.name.contains(needle)).map(|e| e.id.clone()).unwrap_or_else(|| panic!("{needle}: {:#?}", doc.entities));
    for (needle, place) in [("12th", "Apia"), ("Suva", "Suva"), ("Tourism Forum", "Suva"), ("Energy Summit", "Tokyo"), ("Pacific Games", "Honiara")] {
        assert!(has(&doc, &event(needle), RelationKind::LocatedIn, &id_of(&doc, place)), "{needle}: {:#?}", doc.relations);
    }
    // ("Honiara, where he opened": he did, not the city.)
    assert!(!has(&doc, &id_of(&doc, "Honiara"), RelationKind::Attends, &event("Pacific Games")), "{:#?}", doc.relations);
}

#[test]
fn a_body_is_part_of_its_parent_only_where_the_text_says_so() {
    let doc = extract("Inspectors from the International Atomic Energy Agency visited the plant. The United Nations Security Council met on Friday.");
    let un = doc.entities.iter().find(|e| e.name == "United Nations").map(|e| e.id.clone()).expect("the UN, named in the Council's name");
    assert!(has(&doc, &id_of(&doc, "UN Security Council"), RelationKind::PartOf, &un), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "International Atomic Energy Agency"), RelationKind::PartOf, &un), "{:#?}", doc.relations);
    let doc = extract("Inspectors from the International Atomic Energy Agency visited the plant.");
    assert!(doc.entities.iter().all(|e| e.name != "United Nations"), "{:#?}", doc.entities);
}

#[test]
fn joint_drills_with_a_third_state_pair_each_subject_with_it() {
    let doc = extract("Egypt and Jordan held joint air drills with Saudi Arabia last month.");
    let saudi = id_of(&doc, "Saudi Arabia");
    for state in ["Egypt", "Jordan"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::CooperatesWith, &saudi), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_named_mission_is_an_event_and_the_state_leading_it_takes_part() {
    let doc = extract("The Security Council authorised the Regional Stabilisation Force mission, to be led by Rwanda, for an initial year.");
    let mission = id_of(&doc, "Regional Stabilisation Force mission");
    let lead = relation(&doc, &id_of(&doc, "Rwanda"), RelationKind::Attends, &mission);
    assert_eq!(lead.label.as_deref(), Some("lead nation"));
    assert_eq!(lead.modality, entente::model::Modality::Planned);
}

#[test]
fn discussions_with_a_named_person_are_a_meeting_but_with_partners_in_general_are_not() {
    let doc = extract("Defence Secretary Lloyd Austin will fly to Jakarta next week to continue discussions on maritime security with Defence Minister Sjafrie Sjamsoeddin.");
    assert!(has(&doc, &id_of(&doc, "Lloyd Austin"), RelationKind::Meets, &id_of(&doc, "Sjafrie Sjamsoeddin")), "{:#?}", doc.relations);
    let doc = extract("The office will allow the European Union to expand discussions with partners such as Japan and India.");
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn a_cartel_is_a_body_even_when_its_name_opens_with_a_place() {
    let doc = extract("Officials pledged pressure on the Gulf Clan and the Jalisco New Generation Cartel.");
    assert!(doc.entities.iter().any(|e| e.name == "Jalisco New Generation Cartel" && e.kind == entente::model::EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn an_accepted_invitation_and_a_host_named_by_acronym_attend() {
    let doc = extract(
        "Kenya thanked Egypt for its hospitality and accepted the invitation to attend the Africa Climate Summit in Addis Ababa. \
         Kenya also backed Egypt as host of the twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change (COP27), to be held in Sharm el-Sheikh.",
    );
    let summit = doc.entities.iter().find(|e| e.name.contains("Africa Climate Summit")).map(|e| e.id.clone()).expect("the summit");
    assert!(has(&doc, &id_of(&doc, "Kenya"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Egypt"), RelationKind::Attends, &id_of(&doc, "COP27")), "{:#?}", doc.relations);
    // ("as host of": no meeting with the Convention; "Africa" names the
    // summit's theme, not where it is.)
    assert!(doc.relations.iter().all(|r| r.kind != RelationKind::Meets), "{:#?}", doc.relations);
    assert!(!has(&doc, &summit, RelationKind::LocatedIn, &id_of(&doc, "Africa")), "{:#?}", doc.relations);
}

#[test]
fn pressure_on_a_group_is_put_by_the_pair_or_the_sentence_subject() {
    let doc = extract(
        "Australian Prime Minister Anthony Albanese met President Prabowo Subianto of Indonesia in Jakarta. \
         The two leaders agreed to step up pressure on people-smuggling syndicates. \
         They committed to increase pressure on the Taliban.",
    );
    let ji = id_of(&doc, "Taliban");
    for state in ["Australia", "Indonesia"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::Other, &ji), "{state}: {:#?}", doc.relations);
    }
    let doc = extract("The European Union on Monday sanctioned nine Belarusian officials, raising pressure on President Alexander Lukashenko.");
    assert!(has(&doc, &id_of(&doc, "European Union"), RelationKind::Other, &id_of(&doc, "Alexander Lukashenko")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Belarus"), RelationKind::Other, &id_of(&doc, "Alexander Lukashenko")), "{:#?}", doc.relations);
}

#[test]
fn companies_named_alone_are_bodies_and_their_deals_are_cooperation() {
    let doc = extract(
        "Garuda Indonesia signed a contract for 20 Airbus A330neo aircraft. \
         Petrobras will buy two drilling rigs from Hanwha Aerospace, while India agreed to cancel a contract with Rosoboronexport. \
         The ministers welcomed a memorandum of understanding between Pertamina Corporation and Saudi Aramco.",
    );
    let kind = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    for company in ["Airbus", "Petrobras", "Hanwha Aerospace", "Rosoboronexport", "Saudi Aramco"] {
        assert_eq!(kind(company), Some(entente::model::EntityKind::Organization), "{company}: {:#?}", doc.entities);
    }
    assert!(has(&doc, &id_of(&doc, "Garuda Indonesia"), RelationKind::CooperatesWith, &id_of(&doc, "Airbus")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Petrobras"), RelationKind::CooperatesWith, &id_of(&doc, "Hanwha Aerospace")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Pertamina Corporation"), RelationKind::CooperatesWith, &id_of(&doc, "Saudi Aramco")), "{:#?}", doc.relations);
    let india = id_of(&doc, "India");
    assert!(!has(&doc, &india, RelationKind::CooperatesWith, &id_of(&doc, "Rosoboronexport")), "{:#?}", doc.relations);
    assert!(has(&doc, &india, RelationKind::Other, &id_of(&doc, "Rosoboronexport")), "{:#?}", doc.relations);
}

#[test]
fn parties_named_together_in_a_short_sentence_get_a_weak_typical_relation() {
    let doc = extract("Kenya's William Ruto addressed the gathering. Later, Samia Suluhu Hassan was the star of the Africa Climate Summit.");
    let samia = id_of(&doc, "Samia Suluhu Hassan");
    let summit = doc.entities.iter().find(|e| e.name.contains("Africa Climate Summit")).map(|e| e.id.clone()).expect("the summit");
    let weak = doc.relations.iter().find(|r| r.subject == samia && r.kind == RelationKind::Attends && r.object == summit).expect("a guessed attendance");
    assert_eq!(weak.label.as_deref(), Some("co-mentioned"));
    assert!(weak.confidence < 0.4, "{weak:#?}");
    // No guess where the sentence denies or where a rule already relates
    // the pair.
    let doc = extract("Samia Suluhu Hassan did not attend the Africa Climate Summit.");
    assert!(doc.relations.iter().all(|r| r.label.as_deref() != Some("co-mentioned")), "{:#?}", doc.relations);
    let doc = extract("Kenyan President William Ruto visited Tanzania.");
    let ruto = id_of(&doc, "William Ruto");
    assert!(guesses(&doc).iter().all(|(a, _, b)| *a != ruto && *b != ruto), "{:#?}", doc.relations);
    // The items of a list share the guess.
    let doc = extract("Ghana, Togo, Benin and Nigeria sent ministers to the Africa Climate Summit.");
    let summit = doc.entities.iter().find(|e| e.name.contains("Africa Climate Summit")).map(|e| e.id.clone()).expect("the summit");
    let attending: Vec<&str> = guesses(&doc).iter().filter(|(_, kind, event)| *kind == RelationKind::Attends && *event == summit).map(|(state, _, _)| doc.entities.iter().find(|e| e.id == *state).map_or("", |e| e.name.as_str())).collect();
    assert_eq!(attending, ["Ghana", "Togo", "Benin", "Nigeria"], "{:#?}", doc.relations);
}

#[test]
fn named_treaties_are_bodies_whose_parties_sign_ratify_join_or_leave_them() {
    let doc = extract("Japan and Australia signed the Reciprocal Access Agreement on Monday.");
    let pact = id_of(&doc, "Reciprocal Access Agreement");
    for state in ["Japan", "Australia"] {
        assert_eq!(relation(&doc, &id_of(&doc, state), RelationKind::MemberOf, &pact).label.as_deref(), Some("party"));
    }
    // A city in a treaty's name is not where anything is.
    let doc = extract("The United States withdrew from the Paris Agreement in 2020.");
    let paris = id_of(&doc, "Paris Agreement");
    assert!(relation(&doc, &id_of(&doc, "United States"), RelationKind::MemberOf, &paris).negated, "{:#?}", doc.relations);
    assert!(stated(&doc).all(|r| r.kind != RelationKind::LocatedIn), "{:#?}", doc.relations);
    let doc = extract("India is not a party to the Treaty on the Non-Proliferation of Nuclear Weapons.");
    let npt = id_of(&doc, "Treaty on the Non-Proliferation of Nuclear Weapons");
    assert!(relation(&doc, &id_of(&doc, "India"), RelationKind::MemberOf, &npt).negated, "{:#?}", doc.relations);
    let doc = extract("Britain acceded to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in 2024.");
    let cptpp = id_of(&doc, "Comprehensive and Progressive Agreement for Trans-Pacific Partnership");
    assert!(has(&doc, &id_of(&doc, "United Kingdom"), RelationKind::MemberOf, &cptpp), "{:#?}", doc.relations);
    let doc = extract("Both states ratified the Convention on the Law of the Sea.");
    assert!(doc.entities.iter().any(|e| e.name == "Convention on the Law of the Sea" && e.kind == entente::model::EntityKind::Organization), "{:#?}", doc.entities);
    // "English" is a language before it is Bill English.
    let doc = extract("The volunteers will teach English in Vietnam.");
    assert!(doc.entities.iter().all(|e| e.kind != entente::model::EntityKind::Person), "{:#?}", doc.entities);
    // "a Free Trade Agreement between ...": one of a kind, not a name; nor
    // is a headline in title case.
    let doc = extract("Greece will champion the early conclusion of a Free Trade Agreement between the European Union and India.");
    assert!(doc.entities.iter().all(|e| !e.name.contains("Agreement")), "{:#?}", doc.entities);
    let doc = extract("Secretary-General Welcomes Signing of Peace Agreement\n\nThe text follows.");
    assert!(doc.entities.iter().all(|e| !e.name.contains("Agreement")), "{:#?}", doc.entities);
}

#[test]
fn an_exercise_may_go_by_one_word_after_the_or_in_apposition() {
    let doc = extract("Australia will host the Malabar exercise with Japan and the United States.");
    let malabar = id_of(&doc, "Malabar");
    assert_eq!(relation(&doc, &id_of(&doc, "Australia"), RelationKind::Attends, &malabar).modality, Modality::Planned);
    let doc = extract("Australia hosted AUSINDEX, a bilateral naval exercise, in 2023.");
    assert!(has(&doc, &id_of(&doc, "Australia"), RelationKind::Attends, &id_of(&doc, "AUSINDEX")), "{:#?}", doc.relations);
    // Not a day or a war.
    let doc = extract("The Monday exercise was cancelled as the Cold War ended.");
    assert!(doc.entities.iter().all(|e| e.name != "Monday" && e.name != "Cold"), "{:#?}", doc.entities);
}

#[test]
fn taking_part_with_nothing_after_is_taking_part_in_the_event_of_the_text() {
    let doc = extract("The 2019 G20 Osaka summit was held in June. The International Monetary Fund and the World Trade Organization also took part.");
    let summit = id_of(&doc, "2019 G20 Osaka summit");
    for body in ["International Monetary Fund", "World Trade Organization"] {
        assert!(has(&doc, &id_of(&doc, body), RelationKind::Attends, &summit), "{:#?}", doc.relations);
    }
}

#[test]
fn the_minister_is_the_person_last_named_with_that_title() {
    let doc = extract("Foreign Minister Penny Wong travelled to Fiji. The minister also visited Tonga.");
    assert!(has(&doc, &id_of(&doc, "Penny Wong"), RelationKind::Visits, &id_of(&doc, "Tonga")), "{:#?}", doc.relations);
    // "the president of X" is someone else.
    let doc = extract("President Emmanuel Macron visited India. The president of Mongolia later flew to Mumbai.");
    assert!(!has(&doc, &id_of(&doc, "Emmanuel Macron"), RelationKind::Visits, &id_of(&doc, "Mumbai")), "{:#?}", doc.relations);
}

#[test]
fn a_body_after_a_state_s_possessive_is_part_of_it() {
    let doc = extract("Vietnam's Ministry of Public Security signed a deal with Australia's Critical Minerals Office.");
    assert!(has(&doc, &id_of(&doc, "Ministry of Public Security"), RelationKind::PartOf, &id_of(&doc, "Vietnam")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Critical Minerals Office"), RelationKind::PartOf, &id_of(&doc, "Australia")), "{:#?}", doc.relations);
    // A named treaty is not a state's body.
    let doc = extract("Japan's Reciprocal Access Agreement with Australia entered into force.");
    assert!(stated(&doc).all(|r| r.kind != RelationKind::PartOf), "{:#?}", doc.relations);
}

#[test]
fn states_signing_a_memorandum_or_pact_together_cooperate() {
    for text in ["Japan and Vietnam signed a memorandum of understanding on semiconductors.", "Japan and Vietnam signed three memorandums of understanding.", "Japan and Vietnam signed a defence pact."] {
        let doc = extract(text);
        assert!(has(&doc, &id_of(&doc, "Japan"), RelationKind::CooperatesWith, &id_of(&doc, "Vietnam")), "{text}: {:#?}", doc.relations);
    }
}

#[test]
fn the_subject_before_an_apposition_acts_not_a_name_inside_it() {
    let doc = extract("Turkey, a NATO member, criticised Sweden.");
    assert!(has(&doc, &id_of(&doc, "Turkey"), RelationKind::Criticizes, &id_of(&doc, "Sweden")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "NATO"), RelationKind::Criticizes, &id_of(&doc, "Sweden")), "{:#?}", doc.relations);
}

#[test]
fn arms_shipped_sold_or_transferred_to_a_state_are_a_stated_other() {
    // "the transfer of arms from A to B": A supplies, not the speaker.
    let doc = extract("Japan condemned the transfer of arms from North Korea to Russia.");
    assert!(has(&doc, &id_of(&doc, "North Korea"), RelationKind::Other, &id_of(&doc, "Russia")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Japan"), RelationKind::Other, &id_of(&doc, "Russia")), "{:#?}", doc.relations);
    for text in ["Iran sold drones to Russia.", "North Korea has shipped artillery shells to Russia.", "Iran transferred ballistic missiles to Russia."] {
        let doc = extract(text);
        let subject = doc.entities.iter().find(|e| e.name == "Iran" || e.name == "North Korea").map(|e| e.id.clone()).expect("the supplier");
        assert!(has(&doc, &subject, RelationKind::Other, &id_of(&doc, "Russia")), "{text}: {:#?}", doc.relations);
    }
}

#[test]
fn an_unknown_name_described_as_a_firm_in_apposition_is_a_body() {
    let doc = extract("The European Union imposed sanctions on Belavia, the Belarusian state airline.");
    let belavia = doc.entities.iter().find(|e| e.name == "Belavia").expect("Belavia");
    assert_eq!(belavia.kind, entente::model::EntityKind::Organization);
    assert!(has(&doc, &id_of(&doc, "European Union"), RelationKind::Other, &belavia.id), "{:#?}", doc.relations);
    // A person is not a firm.
    let doc = extract("Officials met Anna, a company lawyer, on Monday.");
    assert!(doc.entities.iter().all(|e| e.name != "Anna"), "{:#?}", doc.entities);
}

#[test]
fn a_surname_alone_names_the_namesake_named_more_often_then_last() {
    let doc = extract(
        "Among those sanctioned was Dmitry Lukashenko, a son of the president. \
         President Alexander Lukashenko denied the charges. \
         Lukashenko later flew to Sochi.",
    );
    assert!(has(&doc, &id_of(&doc, "Alexander Lukashenko"), RelationKind::Visits, &id_of(&doc, "Sochi")), "{:#?}", doc.relations);
}

#[test]
fn a_name_after_a_role_noun_is_a_person() {
    let doc = extract("Police arrested dissident journalist Roman Protasevich on Sunday.");
    assert!(doc.entities.iter().any(|e| e.name == "Roman Protasevich" && e.kind == entente::model::EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_list_after_states_of_a_region_and_a_colon_are_members() {
    let doc = extract("The Gulf Cooperation Council is a regional union of six Arab states of the Persian Gulf: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.");
    let gcc = id_of(&doc, "Gulf Cooperation Council");
    for state in ["Bahrain", "Oman", "United Arab Emirates"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::MemberOf, &gcc), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_guest_welcomed_to_a_seat_visits_it_and_a_treaty_never_acts() {
    let doc = extract("Lloyd Austin welcomed Gilberto Teodoro to the Pentagon today.");
    assert!(has(&doc, &id_of(&doc, "Gilberto Teodoro"), RelationKind::Visits, &id_of(&doc, "Pentagon")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Lloyd Austin"), RelationKind::Meets, &id_of(&doc, "Gilberto Teodoro")), "{:#?}", doc.relations);
    let doc = extract("The bloc's members described the raid as a violation of the 1961 Vienna Convention on Diplomatic Relations and called on Ecuador to respect it. ASEAN met.");
    assert!(doc.entities.iter().any(|e| e.name == "Vienna Convention on Diplomatic Relations"), "{:#?}", doc.entities);
    let convention = id_of(&doc, "Vienna Convention on Diplomatic Relations");
    assert!(stated(&doc).all(|r| r.subject != convention), "{:#?}", doc.relations);
}

#[test]
fn the_capital_named_by_a_demonym_is_that_city() {
    let doc = extract("Leaders met at a summit in the Kazakh capital on Thursday.");
    let summit = id_of(&doc, "summit in Astana");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, &id_of(&doc, "Astana")), "{:#?}", doc.relations);
    let doc = extract("Putin flew to the Chinese capital on Monday.");
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Visits && r.object == id_of(&doc, "Beijing")), "{:#?}", doc.relations);
}

#[test]
fn the_gathering_is_the_event_and_a_delegate_may_come_after_a_title() {
    let doc = extract(
        "Leaders met at a summit in the Kazakh capital on Thursday. Indian Prime Minister Narendra Modi skipped the gathering. \
         He was represented by India's foreign minister, S. Jaishankar, who read out a speech.",
    );
    let summit = id_of(&doc, "summit in Astana");
    assert!(relation(&doc, &id_of(&doc, "Narendra Modi"), RelationKind::Attends, &summit).negated, "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Subrahmanyam Jaishankar"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

/// The weak guesses (co-mentions) of a document, as (subject, kind, object)
/// ids.
fn guesses(doc: &Document) -> Vec<(String, RelationKind, String)> {
    doc.relations.iter().filter(|r| r.label.as_deref() == Some("co-mentioned")).map(|r| (r.subject.clone(), r.kind, r.object.clone())).collect()
}

#[test]
fn a_crowded_sentence_pairs_only_neighbours_and_never_items_of_a_list() {
    let doc = extract("Japan, Canada and Brazil sent delegates, and Antonio Guterres was there with Narendra Modi.");
    let (guterres, modi) = (id_of(&doc, "Antonio Guterres"), id_of(&doc, "Narendra Modi"));
    assert_eq!(guesses(&doc), vec![(guterres, RelationKind::Meets, modi)], "{:#?}", doc.relations);
    let doc = extract("Japan and Canada took seats beside Brazil while Antonio Guterres and Narendra Modi stood on the stage.");
    let (japan, canada, brazil) = (id_of(&doc, "Japan"), id_of(&doc, "Canada"), id_of(&doc, "Brazil"));
    assert_eq!(guesses(&doc), vec![(japan, RelationKind::Other, brazil.clone()), (canada, RelationKind::Other, brazil)], "{:#?}", doc.relations);
}

#[test]
fn two_states_guessed_together_are_an_unspecified_pair_unless_the_sentence_blames() {
    // A co-mention claims no cooperation.
    let doc = extract("Japan has a long history with Vietnam.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "Japan"), RelationKind::Other, id_of(&doc, "Vietnam"))], "{:#?}", doc.relations);
    let doc = extract("The statement by Japan mentioned China in a paragraph on accusations.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "Japan"), RelationKind::Criticizes, id_of(&doc, "China"))], "{:#?}", doc.relations);
    // A person named with a public body serves in it; not in a company.
    let doc = extract("The International Atomic Energy Agency will monitor the programme. The agency's director general, Rafael Grossi, said the site was safe.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "Rafael Grossi"), RelationKind::HoldsOffice, id_of(&doc, "International Atomic Energy Agency"))], "{:#?}", doc.relations);
    let doc = extract("Trump said the company Huawei could buy American chips.");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
    // No membership guessed for a state the gazetteer knows is no member.
    let doc = extract("EU sanctions Iranian generals over attacks on Ukraine");
    assert!(guesses(&doc).iter().all(|(_, kind, _)| *kind != RelationKind::MemberOf), "{:#?}", doc.relations);
    let doc = extract("Estonia raised the question with the European Union.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "Estonia"), RelationKind::MemberOf, id_of(&doc, "European Union"))], "{:#?}", doc.relations);
    // A state placing a city and a demonym qualifying a thing are not
    // parties.
    let doc = extract("To date, NATO has opened liaison offices in Ukraine and Vienna (Austria).");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
    let doc = extract("Japan raised the North Korean nuclear issue with Canada.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "Japan"), RelationKind::Other, id_of(&doc, "Canada"))], "{:#?}", doc.relations);
    // In a sentence of war too, the states are an unspecified pair.
    let doc = extract("Japan spoke of the war as Russia stood beside Ukraine.");
    assert_eq!(guesses(&doc).iter().map(|(_, kind, _)| *kind).collect::<Vec<_>>(), [RelationKind::Other; 3], "{:#?}", doc.relations);
    // Two lists side by side are two camps; a vote and a delegate's words
    // relate states only through what the rules read.
    let doc = extract("France, Japan and the Republic of Korea gave money, while Germany, Italy and Canada gave troops.");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
    let doc = extract("The text was adopted by a recorded vote of 187 in favour to 2 against (Israel, United States), with 1 abstention (Republic of Moldova).");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
    let doc = extract("The representative of Israel said the text ignored the Cuban Government's ties with Iran.");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
    // A delegate written with her state in brackets speaks of other states
    // mostly to fault them.
    let doc = extract("Barbara Woodward (United Kingdom) said Russia had acted to protect its arms deals.");
    assert_eq!(guesses(&doc), vec![(id_of(&doc, "United Kingdom"), RelationKind::Criticizes, id_of(&doc, "Russia"))], "{:#?}", doc.relations);
    // A wire's credit line names people together who did nothing together.
    let doc = extract("(Reporting by Jonas Becker in Berlin; Editing by Clare Fenwick)");
    assert!(guesses(&doc).is_empty(), "{:#?}", doc.relations);
}

#[test]
fn a_counted_group_named_later_is_each_sanctioned() {
    let doc = extract(
        "Canada on Monday imposed sanctions on two Belarusian officials over the crackdown. \
         The two officials are Interior Minister Ivan Kubrakov and Defence Minister Viktor Khrenin. \
         Australia announced its own sanctions on the two officials on Tuesday.",
    );
    for person in ["Ivan Kubrakov", "Viktor Khrenin"] {
        let target = id_of(&doc, person);
        for state in ["Canada", "Australia"] {
            assert!(has(&doc, &id_of(&doc, state), RelationKind::Other, &target), "{state} {person}: {:#?}", doc.relations);
        }
    }
}

#[test]
fn honourifics_and_post_nominals_stay_out_of_names() {
    let doc = extract("The delegation included the Minister for Trade, Senator the Hon Don Farrell, and the Hon Tanya Plibersek MP.");
    let names: Vec<&str> = doc.entities.iter().filter(|e| e.kind == entente::model::EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Don Farrell") && names.contains(&"Tanya Plibersek"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("MP") && !n.contains("Hon")), "{names:?}");
}

#[test]
fn a_ship_named_by_its_navy_prefix_is_a_body_not_a_place() {
    let doc = extract("The destroyer USS Georgia docked in Manila, and HMS Queen Elizabeth sailed for Japan.");
    for ship in ["USS Georgia", "HMS Queen Elizabeth"] {
        assert_eq!(doc.entities.iter().find(|e| e.name == ship).map(|e| e.kind), Some(entente::model::EntityKind::Organization), "{ship}: {:#?}", doc.entities);
    }
    assert!(doc.entities.iter().all(|e| e.name != "Georgia"), "{:#?}", doc.entities);
}

#[test]
fn a_mission_s_lead_nation_contributors_and_a_text_s_drafters_are_read() {
    let doc = extract(
        "The Council authorized the Multinational Stabilisation Support mission for a year, with Oman as the lead nation. \
         Kuwait and Bahrain said they would send personnel to the mission. \
         The resolution was drafted by France and Ghana.",
    );
    let mission = id_of(&doc, "Multinational Stabilisation Support mission");
    let lead = relation(&doc, &id_of(&doc, "Oman"), RelationKind::Attends, &mission);
    assert_eq!(lead.label.as_deref(), Some("lead nation"));
    for state in ["Kuwait", "Bahrain"] {
        let contributor = relation(&doc, &id_of(&doc, state), RelationKind::Attends, &mission);
        assert_eq!(contributor.modality, entente::model::Modality::Planned, "{state}");
    }
    assert!(has(&doc, &id_of(&doc, "France"), RelationKind::CooperatesWith, &id_of(&doc, "Ghana")), "{:#?}", doc.relations);
}

#[test]
fn attendees_listed_after_attended_and_invited_guests_attend_the_summit() {
    let doc = extract(
        "The 2023 BRICS summit was held in Johannesburg. \
         The leaders of the member states attended, including President Luiz Inacio Lula da Silva of Brazil and Prime Minister Narendra Modi of India. \
         Bangladesh attended as an observer. South Africa also invited Iran, Egypt and Ethiopia, as well as Algeria.",
    );
    let summit = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Event).map(|e| e.id.clone()).expect("the summit");
    for party in ["Luiz Inacio Lula da Silva", "Narendra Modi", "Bangladesh", "Iran", "Egypt", "Ethiopia", "Algeria"] {
        assert!(has(&doc, &id_of(&doc, party), RelationKind::Attends, &summit), "{party}: {:#?}", doc.relations);
    }
    // An invitation to something else is not to the summit.
    let doc = extract("The 2023 BRICS summit was held in Johannesburg. Brazil invited Iran and Egypt to talks on trade.");
    assert!(stated(&doc).all(|r| r.kind != RelationKind::Attends), "{:#?}", doc.relations);
}

#[test]
fn part_of_a_bloc_and_a_bloc_that_includes_states_are_membership() {
    let doc = extract(
        "Ireland, a neutral European state that is not part of NATO, said it would keep its policy. \
         Leaders met in Lima for a summit of the Pacific Alliance grouping, which also includes Chile and Colombia.",
    );
    let outside = relation(&doc, &id_of(&doc, "Ireland"), RelationKind::MemberOf, &id_of(&doc, "NATO"));
    assert!(outside.negated, "{outside:#?}");
    let alliance = id_of(&doc, "Pacific Alliance");
    for state in ["Chile", "Colombia"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::MemberOf, &alliance), "{state}: {:#?}", doc.relations);
    }
}

/// Mean entity, pair and typed F1 over the articles with gold files in
/// `folders` (relative to `tests/articles`), printing each article's scores.
fn mean_scores(folders: &[&str]) -> ([f64; 3], usize) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut golds: Vec<PathBuf> = folders
        .iter()
        .flat_map(|folder| std::fs::read_dir(root.join(folder)).unwrap().map(|entry| entry.unwrap().path()))
        .filter(|path| path.is_file() && path.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    let mut sums = [0.0_f64; 3];
    let mut count = 0;
    println!("{:<50} {:>6} {:>6} {:>6}", "article", "entity", "pair", "typed");
    for path in golds {
        let gold = Gold::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text_path = path.with_file_name(&gold.document);
        let Ok(text) = std::fs::read_to_string(&text_path) else {
            continue; // the seed's gold names a text kept in seeds/
        };
        let scores = score(&extract(&text), &gold);
        let figures = [scores.entities.f1, scores.pairs.f1, scores.typed.f1];
        println!("{:<50} {:>6.2} {:>6.2} {:>6.2}", gold.document, figures[0], figures[1], figures[2]);
        for (sum, figure) in sums.iter_mut().zip(figures) {
            *sum += figure;
        }
        count += 1;
    }
    (sums.map(|sum| sum / count.max(1) as f64), count)
}

/// The development articles in `tests/articles` itself; the floors here and
/// below sit a little under the means reached, so that a regression fails.
/// (The wider co-mention guesses of round 8 cost these rule-rich articles
/// some typed F1 for a gain on unseen text; the typed floors sit lower
/// than before that round.)
#[test]
fn test_articles_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["."]);
    assert!(count >= 8, "only {count} test articles");
    println!("dev mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.95, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.88, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.84, "mean typed F1 {typed:.3}");
}

#[test]
fn hold_out_sets_used_for_development_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8"]);
    assert!(count >= 24, "only {count} hold-out articles");
    println!("hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.96, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.83, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.76, "mean typed F1 {typed:.3}");
}

/// Hold-out sets 9 to 13 were scored unseen first (docs/EXTRACTION.md) and
/// then read for the rules of a later round; their floor sits under the
/// means reached then.
#[test]
fn later_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout9", "holdout10", "holdout11", "holdout12", "holdout13"]);
    assert!(count >= 15, "only {count} hold-out articles");
    println!("later hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.94, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.74, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.70, "mean typed F1 {typed:.3}");
}

/// Hold-out sets 14 and 15 were scored unseen at the start and end of the
/// fifth round (docs/EXTRACTION.md), then read; their floor sits under the
/// means reached after that.
#[test]
fn fifth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout14", "holdout15"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("fifth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.92, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.67, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.63, "mean typed F1 {typed:.3}");
}

/// Read only after their end-of-blind scores were taken (see
/// docs/EXTRACTION.md, round 6); floors a little under their scores now.
#[test]
fn sixth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout16", "holdout17"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("sixth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.87, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.53, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.48, "mean typed F1 {typed:.3}");
}

/// The seventh round's hold-outs (holdout18-19), floors taken after their
/// end-of-blind scores (0.921 / 0.542 / 0.507 and 0.883 / 0.463 / 0.449).
#[test]
fn seventh_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout18", "holdout19"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("seventh-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.90, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.51, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.48, "mean typed F1 {typed:.3}");
}

/// The eighth round's hold-outs (holdout20-21), floors taken after their
/// end-of-blind scores (0.926 / 0.615 / 0.567 and 0.868 / 0.588 / 0.424).
#[test]
fn eighth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout20", "holdout21"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("eighth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.89, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.60, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.50, "mean typed F1 {typed:.3}");
}

#[test]
fn ninth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout22", "holdout23"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("ninth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.89, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.62, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.54, "mean typed F1 {typed:.3}");
}

#[test]
fn an_apostrophe_before_a_capital_stays_inside_the_name() {
    let doc = extract("The treaty was signed by Mauritanian President Maaouya Ould Sid'Ahmed Taya. NATO'S envoy left.");
    let taya = id_of(&doc, "Maaouya Ould Sid'Ahmed Taya");
    assert!(has(&doc, &taya, RelationKind::HoldsOffice, &id_of(&doc, "Mauritania")));
    assert!(!doc.entities.iter().any(|e| e.name == "Ahmed Taya"));
}

#[test]
fn a_capital_written_beside_its_state_lies_in_it() {
    let doc = extract(
        "Moldova and Morocco spoke. Leaders gather near the Moldovan capital Chisinau on Thursday. \
         The office is based in Rabat, the Moroccan capital. Fighting spread in Sudan's capital, Khartoum. \
         Famine struck near El Fasher, the capital of North Darfur.",
    );
    for (city, state) in [("Chisinau", "Moldova"), ("Rabat", "Morocco"), ("Khartoum", "Sudan"), ("El Fasher", "North Darfur")] {
        assert!(has(&doc, &id_of(&doc, city), RelationKind::LocatedIn, &id_of(&doc, state)), "{city} in {state}");
    }
}

#[test]
fn names_after_nouns_for_people_are_people_one_by_one() {
    let doc = extract(
        "The EU imposed sanctions on fugitive tycoons Ilan Shor and Vladimir Plahotniuc. \
         Tunisian diplomat Taieb Baccouche has led the union since 2016.",
    );
    for name in ["Ilan Shor", "Vladimir Plahotniuc", "Taieb Baccouche"] {
        let person = doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no {name}"));
        assert_eq!(person.kind, EntityKind::Person);
    }
    assert!(has(&doc, &id_of(&doc, "European Union"), RelationKind::Other, &id_of(&doc, "Vladimir Plahotniuc")));
}

#[test]
fn an_observer_attends_without_being_a_member() {
    for text in [
        "Mongolia is an observer in the Shanghai Cooperation Organization.",
        "Mongolia will work with China within the Shanghai Cooperation Organization, in which Mongolia is an observer.",
    ] {
        let doc = extract(text);
        let (mongolia, sco) = (id_of(&doc, "Mongolia"), id_of(&doc, "Shanghai Cooperation Organization"));
        assert_eq!(relation(&doc, &mongolia, RelationKind::Attends, &sco).label.as_deref(), Some("observer"), "{text}");
        assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::MemberOf && r.subject == mongolia), "{text}");
    }
}

#[test]
fn a_place_named_as_a_region_or_settlement_of_another_lies_in_it() {
    let doc = extract(
        "Muizzu spoke at Velana International Airport in Male. Gutul won the vote in Gagauzia, an autonomous region in southern Moldova. \
         The border runs between the Tavush province of Armenia and the Gazakh district of Azerbaijan. \
         The union has five states in North Africa.",
    );
    for (place, container) in [("Velana International Airport", "Male"), ("Gagauzia", "Moldova"), ("Tavush", "Armenia"), ("Gazakh", "Azerbaijan")] {
        assert!(has(&doc, &id_of(&doc, place), RelationKind::LocatedIn, &id_of(&doc, container)), "{place} in {container}");
    }
    assert_eq!(doc.entities.iter().find(|e| e.name == "Tavush").map(|e| e.kind), Some(EntityKind::Place));
}

#[test]
fn those_who_joined_or_took_part_attend_the_event_in_focus() {
    let doc = extract(
        "The Amazon Summit was held in Belém, Brazil, in August. Lula was joined by President Luis Arce of Bolivia and \
         President Gustavo Petro of Colombia. Norway and Germany took part as the largest donors to the Amazon Fund. \
         Dominica's Prime Minister Roosevelt Skerrit also took part, as did Celso Amorim.",
    );
    let summit = id_of(&doc, "Amazon Summit");
    for name in ["Luis Arce", "Gustavo Petro", "Norway", "Germany", "Roosevelt Skerrit", "Celso Amorim"] {
        assert!(has(&doc, &id_of(&doc, name), RelationKind::Attends, &summit), "{name}");
    }
    assert!(!has(&doc, &id_of(&doc, "Germany"), RelationKind::Attends, &id_of(&doc, "Amazon Fund")));
}

#[test]
fn states_that_signed_a_treaty_or_are_listed_after_a_colon_are_its_parties() {
    let doc = extract(
        "The Amazon Cooperation Treaty was signed in Brasília on 3 July 1978 by Bolivia, Brazil, Colombia and Peru. \
         The Arab Maghreb Union is a regional organisation of the five states of the Maghreb in North Africa: Algeria, Libya, Mauritania, Morocco and Tunisia.",
    );
    let treaty = id_of(&doc, "Amazon Cooperation Treaty");
    for state in ["Bolivia", "Brazil", "Colombia", "Peru"] {
        assert_eq!(relation(&doc, &id_of(&doc, state), RelationKind::MemberOf, &treaty).label.as_deref(), Some("party"), "{state}");
    }
    for state in ["Algeria", "Libya", "Mauritania", "Morocco", "Tunisia"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::MemberOf, &id_of(&doc, "Arab Maghreb Union")), "{state}");
    }
}

#[test]
fn bare_admission_and_copular_non_membership_refer_to_the_bloc_in_focus() {
    let doc = extract(
        "The Shanghai Cooperation Organization met in Astana. India and Pakistan joined in 2017, and Iran was admitted last year. \
         Iraq and Syria, the other states bordering the region, are not members.",
    );
    let sco = id_of(&doc, "Shanghai Cooperation Organization");
    assert!(has(&doc, &id_of(&doc, "Iran"), RelationKind::MemberOf, &sco));
    for state in ["Iraq", "Syria"] {
        assert!(relation(&doc, &id_of(&doc, state), RelationKind::MemberOf, &sco).negated, "{state}");
    }
    let observers = extract("The Arctic Council met. China and India were admitted as observers, while the European Union waited.");
    assert!(!has(&observers, &id_of(&observers, "China"), RelationKind::MemberOf, &id_of(&observers, "European Union")));
}

#[test]
fn an_elected_or_designated_title_still_names_its_holder() {
    let doc = extract("The United States imposed sanctions on Tuesday. The measures come before President-elect Donald Trump takes office.");
    let office = relation(&doc, &id_of(&doc, "Donald Trump"), RelationKind::HoldsOffice, &id_of(&doc, "United States"));
    assert_eq!(office.label.as_deref(), Some("President-elect"));
}

#[test]
fn negotiations_abroad_journeys_and_resorts_place_the_visitors() {
    let doc = extract(
        "Armenian Foreign Minister Ararat Mirzoyan held negotiations with Azerbaijani Foreign Minister Jeyhun Bayramov in Almaty on Friday. \
         Russian President Vladimir Putin hosted Belarusian President Alexander Lukashenko in the Black Sea resort of Sochi. \
         NATO Secretary-General Jens Stoltenberg will also travel to Bulboaca. \
         Blinken said the United States would keep pressing both sides to return to negotiations.",
    );
    let (mirzoyan, bayramov) = (id_of(&doc, "Ararat Mirzoyan"), id_of(&doc, "Jeyhun Bayramov"));
    assert!(has(&doc, &mirzoyan, RelationKind::Meets, &bayramov));
    for person in [&mirzoyan, &bayramov] {
        assert!(has(&doc, person, RelationKind::Visits, &id_of(&doc, "Almaty")));
    }
    assert!(has(&doc, &id_of(&doc, "Alexander Lukashenko"), RelationKind::Visits, &id_of(&doc, "Sochi")));
    assert!(!has(&doc, &id_of(&doc, "Alexander Lukashenko"), RelationKind::Visits, &id_of(&doc, "Black Sea")));
    assert!(has(&doc, &id_of(&doc, "Jens Stoltenberg"), RelationKind::Visits, &id_of(&doc, "Bulboaca")));
    assert_eq!(stated(&doc).filter(|r| r.kind == RelationKind::Meets).count(), 2, "{:#?}", doc.relations);
}

#[test]
fn a_remark_aimed_at_a_state_or_a_move_others_reject_is_criticism() {
    let doc = extract(
        "Indian Prime Minister Narendra Modi urged the bloc to isolate countries that shelter terrorists, a remark widely seen as aimed at Pakistan. \
         Morocco agreed to normalise relations with Israel; in return, the United States recognised Moroccan sovereignty over Western Sahara, \
         a move rejected by the Polisario Front and by Algeria. \
         Malaysia said it would not join any military pact aimed at China.",
    );
    assert!(has(&doc, &id_of(&doc, "Narendra Modi"), RelationKind::Criticizes, &id_of(&doc, "Pakistan")));
    for critic in ["Polisario Front", "Algeria"] {
        assert!(has(&doc, &id_of(&doc, critic), RelationKind::Criticizes, &id_of(&doc, "United States")), "{critic}");
    }
    assert!(!has(&doc, &id_of(&doc, "Malaysia"), RelationKind::Criticizes, &id_of(&doc, "China")));
}

#[test]
fn sanction_lists_after_a_colon_firms_joined_by_and_and_joining_an_act() {
    let doc = extract(
        "Britain's Foreign Office said it had frozen any UK assets of two firms it said imported jet fuel for the military: \
         Golden Delta Petroleum and Irrawaddy Star Logistics. \
         The United States, Britain and Canada joined the EU on Monday in announcing coordinated sanctions on Belarusian officials.",
    );
    for firm in ["Golden Delta Petroleum", "Irrawaddy Star Logistics"] {
        assert!(has(&doc, &id_of(&doc, "United Kingdom"), RelationKind::Other, &id_of(&doc, firm)), "{firm}");
    }
    let eu = id_of(&doc, "European Union");
    for state in ["United States", "United Kingdom", "Canada"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::CooperatesWith, &eu), "{state}");
        assert!(!has(&doc, &id_of(&doc, state), RelationKind::MemberOf, &eu), "{state}");
    }
}

#[test]
fn commanders_and_advisers_of_a_group_hold_office_in_it() {
    let doc = extract(
        "The Rapid Support Forces rejected the ruling. Youssef Ezzat, an RSF political adviser, called the decision unjust. \
         Washington sanctioned Abdelrahim Dagalo, the RSF's deputy commander, in September. \
         The agreements were negotiated largely by Trump's senior adviser Jared Kushner in Israel.",
    );
    let rsf = id_of(&doc, "Rapid Support Forces");
    assert_eq!(relation(&doc, &id_of(&doc, "Youssef Ezzat"), RelationKind::HoldsOffice, &rsf).label.as_deref(), Some("political adviser"));
    assert_eq!(relation(&doc, &id_of(&doc, "Abdelrahim Dagalo"), RelationKind::HoldsOffice, &rsf).label.as_deref(), Some("deputy commander"));
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::HoldsOffice && r.subject == id_of(&doc, "Jared Kushner")));
}

#[test]
fn the_group_s_leader_holds_office_in_the_group_the_text_means() {
    let doc = extract(
        "The Council backed the ceasefire between the Government of Colombia and the Ejército de Liberación Nacional (ELN). \
         It acted alongside the Colombian Episcopal Conference. \
         The ceasefire was agreed in Havana at talks between the Government and the ELN, in the presence of the group's commander, Antonio García.",
    );
    assert!(has(&doc, &id_of(&doc, "Antonio García"), RelationKind::HoldsOffice, &id_of(&doc, "Ejército de Liberación Nacional")));
    assert!(!has(&doc, &id_of(&doc, "Antonio García"), RelationKind::HoldsOffice, &id_of(&doc, "Colombian Episcopal Conference")));
}

#[test]
fn secretaries_general_their_predecessors_and_who_led_a_party_hold_office() {
    let doc = extract(
        "The Arab Maghreb Union is a regional organisation of the five states of the Maghreb. \
         Tunisian diplomat Taieb Baccouche has been secretary-general since 2016, succeeding his compatriot Habib Ben Yahia. \
         Vladimir Plahotniuc, who led the Democratic Party of Moldova until he fled, is wanted. \
         William Ruto, who leads the union's work on reform, spoke.",
    );
    let amu = id_of(&doc, "Arab Maghreb Union");
    for person in ["Taieb Baccouche", "Habib Ben Yahia"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::HoldsOffice, &amu), "{person}");
    }
    assert!(has(&doc, &id_of(&doc, "Vladimir Plahotniuc"), RelationKind::HoldsOffice, &id_of(&doc, "Democratic Party of Moldova")));
    assert!(!has(&doc, &id_of(&doc, "William Ruto"), RelationKind::HoldsOffice, &amu));
}

#[test]
fn a_charge_rejected_is_criticism_of_whoever_made_it() {
    let doc = extract("In February Moldovan President Maia Sandu accused Moscow of plotting a coup, a charge the Kremlin rejected as unfounded.");
    assert!(has(&doc, &id_of(&doc, "Kremlin"), RelationKind::Criticizes, &id_of(&doc, "Maia Sandu")));
}

#[test]
fn joint_drills_are_cooperation_and_condemning_them_criticises_both() {
    let doc = extract(
        "The United States and the Philippines held joint military exercises near the Scarborough Shoal. China condemned the drills as provocative.",
    );
    let (us, ph, china) = (id_of(&doc, "United States"), id_of(&doc, "Philippines"), id_of(&doc, "China"));
    assert!(has(&doc, &us, RelationKind::CooperatesWith, &ph));
    for party in [&us, &ph] {
        assert!(has(&doc, &china, RelationKind::Criticizes, party));
    }
}

#[test]
fn those_who_met_for_a_meeting_attend_it() {
    let doc = extract("The ministers of Japan, Australia, India and the United States met in Tokyo for the Quad foreign ministers' meeting.");
    let meeting = id_of(&doc, "Quad foreign ministers' meeting");
    for state in ["Japan", "Australia", "India", "United States"] {
        assert!(has(&doc, &id_of(&doc, state), RelationKind::Attends, &meeting), "{state}");
    }
}

#[test]
fn an_ambassador_to_a_body_named_after_a_comma_serves_her_state() {
    let doc = extract("Britain's ambassador to the United Nations, Barbara Woodward, said the vote sent a clear message.");
    assert!(has(&doc, &id_of(&doc, "Barbara Woodward"), RelationKind::HoldsOffice, &id_of(&doc, "United Kingdom")));
}

#[test]
fn the_bloc_is_a_bloc_and_a_list_of_suspended_states_is_each_suspended() {
    let doc = extract(
        "African leaders met for the annual African Union summit. U.N. Secretary-General Antonio Guterres addressed the summit. \
         Kenya's William Ruto urged the bloc to speak with one voice. Mali, Burkina Faso and Guinea remain suspended from the AU.",
    );
    let au = id_of(&doc, "African Union");
    assert!(has(&doc, &id_of(&doc, "William Ruto"), RelationKind::Criticizes, &au));
    assert!(!has(&doc, &id_of(&doc, "William Ruto"), RelationKind::Criticizes, &id_of(&doc, "United Nations")));
    for state in ["Mali", "Burkina Faso", "Guinea"] {
        assert!(has(&doc, &au, RelationKind::Other, &id_of(&doc, state)), "{state}");
    }
}

#[test]
fn taking_over_a_bloc_s_chairmanship_from_someone_makes_both_chairs() {
    let doc = extract(
        "Leaders met for the African Union summit in Addis Ababa. \
         Comoros President Azali Assoumani took over the bloc's rotating chairmanship from Senegal's Macky Sall.",
    );
    let au = id_of(&doc, "African Union");
    for person in ["Azali Assoumani", "Macky Sall"] {
        assert_eq!(relation(&doc, &id_of(&doc, person), RelationKind::HoldsOffice, &au).label.as_deref(), Some("Chair"), "{person}");
    }
}

#[test]
fn a_surname_before_a_generational_suffix_names_the_person() {
    let doc = extract("Philippine President Ferdinand Marcos Jr. met reporters. Talks were held during Marcos's visit to Hanoi in January.");
    assert!(has(&doc, &id_of(&doc, "Ferdinand Marcos Jr"), RelationKind::Visits, &id_of(&doc, "Hanoi")));
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:#?}", doc.entities);
}

#[test]
fn welcomed_to_a_summit_and_leading_a_delegation_are_attendance() {
    let doc = extract(
        "Prime Minister Narendra Modi welcomed UAE President Sheikh Mohamed bin Zayed Al Nahyan to the G20 summit in New Delhi. \
         Russian Foreign Minister Sergei Lavrov led Moscow's delegation.",
    );
    let summit = id_of(&doc, "G20 summit");
    for person in ["Narendra Modi", "Mohamed bin Zayed Al Nahyan", "Sergei Lavrov"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::Attends, &summit), "{person}");
    }
    assert!(!doc.entities.iter().any(|e| e.name == "Sheikh"), "{:#?}", doc.entities);
}

/// The tenth round's hold-outs (holdout24-25), read in the eleventh round;
/// floors under their scores after it (0.950 / 0.619 / 0.557 and 0.880 /
/// 0.651 / 0.532).
#[test]
fn tenth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout24", "holdout25"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("tenth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.90, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.62, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.53, "mean typed F1 {typed:.3}");
}

#[test]
fn a_quoted_name_before_the_noun_of_a_scheme_is_an_organisation() {
    let doc = extract(
        "Minister Mirzoyan presented the \"Crossroads of Peace\" project of the Government of Armenia. \
         China will cooperate under Mongolia's \"Billion Trees\" campaign. He called the talks \"Very Good\" and left.",
    );
    for name in ["Crossroads of Peace", "Billion Trees"] {
        assert_eq!(doc.entities.iter().find(|e| e.name == name).map(|e| e.kind), Some(EntityKind::Organization), "{name}");
    }
    assert!(!doc.entities.iter().any(|e| e.name == "Very Good"));
}

#[test]
fn towns_and_regions_of_the_world_list_are_places_where_the_sentence_says_so() {
    let doc = extract(
        "Talks were held in Hohhot on Monday. They will expand the Erenhot and Zamyn-Uud border ports. \
         Fighting continued in Jonglei, officials said, and troops were sent to the state of Roraima. \
         The corridor links Subic Bay, Manila and Batangas. \
         President Lula later spoke to Jackson about the plan. \
         (Reporting by Laura Bennett in Washington and Mariela Ortiz in Caracas)",
    );
    let kind_of = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    for place in ["Hohhot", "Erenhot", "Zamyn-Uud", "Jonglei", "Roraima", "Batangas"] {
        assert_eq!(kind_of(place), Some(EntityKind::Place), "{place}: {:#?}", doc.entities);
    }
    // A listed town name with no cue, and a reporter listed after a place.
    assert_ne!(kind_of("Jackson"), Some(EntityKind::Place));
    assert_ne!(kind_of("Mariela Ortiz"), Some(EntityKind::Place));
}

#[test]
fn a_town_the_gazetteers_place_in_a_state_named_beside_it_lies_there() {
    let doc = extract(
        "Officials from Mongolia and China agreed to expand the Erenhot border port. \
         Macron received Modi at the Élysée Palace, where France and India signed a roadmap.",
    );
    assert!(has(&doc, &id_of(&doc, "Erenhot"), RelationKind::LocatedIn, &id_of(&doc, "China")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Erenhot"), RelationKind::LocatedIn, &id_of(&doc, "Mongolia")));
    // A landmark is not said to lie in its state.
    assert!(!has(&doc, &id_of(&doc, "Élysée Palace"), RelationKind::LocatedIn, &id_of(&doc, "France")));
}

#[test]
fn an_english_first_name_opens_a_person_but_not_a_treaty_or_a_surname_particle() {
    let doc = extract(
        "Trevor Whitcombe signed the deal in London. \
         Sudan joined the Abraham Accords Declaration in January. \
         Ursula von der Leyen urged restraint. Von der Leyen later left.",
    );
    let kind_of = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind_of("Trevor Whitcombe"), Some(EntityKind::Person), "{:#?}", doc.entities);
    assert_ne!(kind_of("Abraham Accords Declaration"), Some(EntityKind::Person));
    assert!(!doc.entities.iter().any(|e| e.name == "Von der Leyen"), "{:#?}", doc.entities);
}

#[test]
fn a_state_s_army_or_coast_guard_in_lower_case_is_its_body_but_not_before_a_noun() {
    let doc = extract(
        "The Malian army said it had repelled an attack near the border. \
         The Chinese coast guard fired water cannon at a supply boat. \
         Britain sanctioned Myanmar's air force chief.",
    );
    assert!(has(&doc, &id_of(&doc, "Malian army"), RelationKind::PartOf, "mali"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Chinese coast guard"), RelationKind::PartOf, "china"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name.to_lowercase().contains("air force")), "{:#?}", doc.entities);
}

#[test]
fn compound_names_keep_a_hyphenated_partner_a_comma_list_of_remits_and_the_state_of_a_mission() {
    let doc = extract(
        "Xi Jinping attended the first China-Arab States Summit in Riyadh. \
         The two sides noted the work of the Korea-Central Asia Cooperation Forum. \
         The Ministry of Trade, Industry and Energy signed a memorandum with Uzbekistan. \
         Naseer Ahmad Faiq, chargé d'affaires of the Permanent Mission of Afghanistan, welcomed the renewal.",
    );
    let kind_of = |name: &str| doc.entities.iter().find(|e| e.name == name).map(|e| e.kind);
    assert_eq!(kind_of("China-Arab States Summit"), Some(EntityKind::Event), "{:#?}", doc.entities);
    assert!(kind_of("Korea-Central Asia Cooperation Forum").is_some(), "{:#?}", doc.entities);
    assert_eq!(kind_of("Ministry of Trade, Industry and Energy"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind_of("Permanent Mission of Afghanistan"), Some(EntityKind::Organization), "{:#?}", doc.entities);
    assert_eq!(kind_of("Naseer Ahmad Faiq"), Some(EntityKind::Person), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Xi Jinping"), RelationKind::Attends, &id_of(&doc, "China-Arab States Summit")));
}

/// The eleventh round's hold-outs (holdout26-27), read in the twelfth round;
/// floors under their scores after it (0.946 / 0.699 / 0.655 and 0.938 /
/// 0.740 / 0.677).
#[test]
fn eleventh_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout26", "holdout27"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("eleventh-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.92, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.70, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.64, "mean typed F1 {typed:.3}");
}

#[test]
fn twelfth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout28", "holdout29"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("twelfth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.92, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.70, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.64, "mean typed F1 {typed:.3}");
}

#[test]
fn thirteenth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout30", "holdout31"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("thirteenth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.91, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.63, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.54, "mean typed F1 {typed:.3}");
}

#[test]
fn fourteenth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout32", "holdout33"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("fourteenth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.92, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.76, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.70, "mean typed F1 {typed:.3}");
}

#[test]
fn fifteenth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout34", "holdout35"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("fifteenth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.94, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.79, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.68, "mean typed F1 {typed:.3}");
}

#[test]
fn sixteenth_round_hold_out_sets_keep_their_mean_scores() {
    let ([entity, pair, typed], count) = mean_scores(&["holdout36", "holdout37"]);
    assert!(count >= 6, "only {count} hold-out articles");
    println!("sixteenth-round hold-out mean: {entity:.3} {pair:.3} {typed:.3}");
    assert!(entity >= 0.94, "mean entity F1 {entity:.3}");
    assert!(pair >= 0.81, "mean pair F1 {pair:.3}");
    assert!(typed >= 0.77, "mean typed F1 {typed:.3}");
}

#[test]
fn an_official_in_apposition_a_bloc_before_a_parenthetical_and_a_list_of_embassy_owners() {
    let doc = extract(
        "Wang Yi, China's most senior diplomat, called the agreement a victory. \
         Mercosur, founded in 1991 by the Treaty of Asunción, groups Argentina, Brazil, Paraguay and Uruguay. \
         Chile, Colombia and Peru operate a joint embassy in Accra, Ghana.",
    );
    assert!(has(&doc, &id_of(&doc, "Wang Yi"), RelationKind::HoldsOffice, "china"), "{:#?}", doc.relations);
    let mercosur = id_of(&doc, "Mercosur");
    for state in ["argentina", "brazil", "paraguay", "uruguay"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &mercosur), "{state}: {:#?}", doc.relations);
    }
    let accra = id_of(&doc, "Accra");
    for state in ["chile", "colombia", "peru"] {
        assert!(has(&doc, state, RelationKind::OpensOfficeIn, &accra), "{state}: {:#?}", doc.relations);
    }
    // The city's state only says where the city is.
    assert!(!has(&doc, "peru", RelationKind::OpensOfficeIn, "ghana"), "{:#?}", doc.relations);
}

#[test]
fn a_state_led_by_a_person_a_trade_commissioner_a_companion_on_a_journey_and_a_centre_opened() {
    let doc = extract(
        "Ecuador, then led by Rafael Correa, declined to join. \
         EU trade commissioner Maros Sefcovic is expected to visit Brasilia early next year. \
         On 15 June, President Yoon Suk Yeol travelled with President Shavkat Mirziyoyev to Samarkand. \
         The Korea Institute of Geoscience and Mineral Resources will open a joint research centre in Tashkent. \
         The summit was attended by García, Chilean President Sebastián Piñera and Mexican President Felipe Calderón.",
    );
    assert!(has(&doc, &id_of(&doc, "Rafael Correa"), RelationKind::HoldsOffice, "ecuador"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Maros Sefcovic"), RelationKind::HoldsOffice, "european_union"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Yoon Suk Yeol"), RelationKind::Visits, &id_of(&doc, "Samarkand")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Shavkat Mirziyoyev"), RelationKind::Visits, &id_of(&doc, "Samarkand")), "{:#?}", doc.relations);
    let institute = id_of(&doc, "Korea Institute of Geoscience and Mineral Resources");
    assert!(has(&doc, &institute, RelationKind::OpensOfficeIn, &id_of(&doc, "Tashkent")), "{:#?}", doc.relations);
    // A surname that is also a town, before a demonym and a title.
    assert!(!doc.entities.iter().any(|e| e.name == "García" && e.kind == EntityKind::Place), "{:#?}", doc.entities);
}

#[test]
fn a_summit_named_by_a_word_and_its_city_and_an_invitation_to_him() {
    let doc = extract(
        "The founding summit in Lima was attended by Chilean President Sebastián Piñera and Mexican President Felipe Calderón. \
         President Yoon Suk Yeol thanked President Shavkat Mirziyoyev and invited him to visit the Republic of Korea.",
    );
    let summit = id_of(&doc, "founding summit in Lima");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, &id_of(&doc, "Lima")), "{:#?}", doc.relations);
    for person in ["Sebastián Piñera", "Felipe Calderón"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::Attends, &summit), "{person}: {:#?}", doc.relations);
    }
    assert!(has(&doc, &id_of(&doc, "Shavkat Mirziyoyev"), RelationKind::Visits, "south_korea"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Yoon Suk Yeol"), RelationKind::Visits, "south_korea"), "{:#?}", doc.relations);
}

#[test]
fn a_language_naming_a_translation_is_no_mention_of_a_state() {
    let doc = extract("The Pacific Alliance (Spanish: Alianza del Pacífico) is a trade bloc. The Spanish government welcomed it.");
    let spain = doc.entities.iter().find(|e| e.name == "Spain").expect("Spain from 'The Spanish government'");
    assert_eq!(spain.mentions.len(), 1, "{:#?}", spain.mentions);
}

#[test]
fn a_surname_after_a_city_and_a_name_described_after_the_are_no_place_or_person() {
    let doc = extract(
        "Foreign Minister Karma Wangdi met Wang Yi. Asked whether Nepal would open an embassy in Beijing, Wangdi told reporters no decision had been taken. \
         The road lies near the Tezpur Gap, the narrow pass that links the two valleys. The Secretary toured the Gatun Locks.",
    );
    assert!(!doc.entities.iter().any(|e| e.name == "Wangdi" && e.kind == EntityKind::Place), "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.contains("Tezpur")), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Gatun Locks" && e.kind == EntityKind::Place), "{:#?}", doc.entities);
}

#[test]
fn owned_offices_subsidiaries_founding_bodies_and_ordinal_members() {
    let doc = extract(
        "The Finance Ministry's Revenue Protection Office froze the accounts. \
         Tallgrass Shipping, a subsidiary of Oslo-based Nordvik Holdings, runs the port. \
         The Baltic Rail Fund, registered in Luxembourg, was established in 2020 by Latvia's state development bank, Altum Finance Bank, and Estonia's Kredex Agency. \
         The Amber Group is a grouping of Baltic states. The Amber Group was set up in 2010. The founding five members are Latvia, Estonia and Lithuania. Finland became the sixth member in 2024. \
         Ministers meeting at the forum's headquarters in Riga agreed the budget.",
    );
    assert!(has(&doc, &id_of(&doc, "Revenue Protection Office"), RelationKind::PartOf, &id_of(&doc, "Finance Ministry")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Tallgrass Shipping"), RelationKind::PartOf, &id_of(&doc, "Nordvik Holdings")), "{:#?}", doc.relations);
    let fund = id_of(&doc, "Baltic Rail Fund");
    assert!(has(&doc, &fund, RelationKind::LocatedIn, "luxembourg"), "{:#?}", doc.relations);
    let bank = id_of(&doc, "Altum Finance Bank");
    assert!(has(&doc, &bank, RelationKind::PartOf, "latvia") && has(&doc, &bank, RelationKind::Other, &fund), "{:#?}", doc.relations);
    assert!(!has(&doc, "latvia", RelationKind::MemberOf, &bank) && !has(&doc, "latvia", RelationKind::MemberOf, &fund), "{:#?}", doc.relations);
    let forum = id_of(&doc, "Amber Group");
    for state in ["latvia", "estonia", "lithuania", "finland"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &forum), "{state}: {:#?}", doc.relations);
    }
    assert!(has(&doc, &forum, RelationKind::LocatedIn, &id_of(&doc, "Riga")), "{:#?}", doc.relations);
}

#[test]
fn a_meeting_after_a_time_and_place_one_side_s_demonym_and_journeys_past_a_time() {
    let doc = extract(
        "Colombia backs the talks. Foreign Minister Laura Sarabia met today in Bogotá with Ecuadorian President Daniel Noboa and Defence Minister Gian Carlo Loffredo. \
         Prime Minister Mark Carney met the Prime Minister of Fiji, the Hon Sitiveni Rabuka, in Suva. \
         Sarabia will travel on Monday to Quito before continuing to Peru and Chile. \
         The Suez Canal Authority said traffic had recovered.",
    );
    let sarabia = id_of(&doc, "Laura Sarabia");
    for other in ["Daniel Noboa", "Gian Carlo Loffredo"] {
        assert!(has(&doc, &sarabia, RelationKind::Meets, &id_of(&doc, other)), "{other}: {:#?}", doc.relations);
    }
    assert!(has(&doc, &id_of(&doc, "Gian Carlo Loffredo"), RelationKind::HoldsOffice, "ecuador"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Mark Carney"), RelationKind::Meets, &id_of(&doc, "Sitiveni Rabuka")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Mark Carney"), RelationKind::Meets, "fiji"), "{:#?}", doc.relations);
    assert!(has(&doc, &sarabia, RelationKind::Visits, &id_of(&doc, "Quito")), "{:#?}", doc.relations);
    for state in ["peru", "chile"] {
        assert!(has(&doc, &sarabia, RelationKind::Visits, state), "{state}: {:#?}", doc.relations);
    }
    assert!(doc.entities.iter().any(|e| e.name == "Suez Canal Authority" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn an_office_is_never_held_in_a_capital_standing_for_an_unnamed_state() {
    let doc = extract("The summit was held in Lima. President Dina Boluarte opened it.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::HoldsOffice && r.object == id_of(&doc, "Lima")), "{:#?}", doc.relations);
}

#[test]
fn the_league_the_treasury_a_capital_opening_a_sentence_and_listing_under_sanctions() {
    let doc = extract(
        "The Gulf League was founded in 1981. Oman, a founding member of the league, hosted its summit. \
         The Treasury Department acted on Friday. In August, the Treasury sanctioned General Tesfaye Alemu. \
         The European Union listed the Border Guard Agency in March under its sanctions regime.",
    );
    assert!(has(&doc, "oman", RelationKind::MemberOf, &id_of(&doc, "Gulf League")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Treasury Department"), RelationKind::Other, &id_of(&doc, "Tesfaye Alemu")), "{:#?}", doc.relations);
    assert!(has(&doc, "european_union", RelationKind::Other, &id_of(&doc, "Border Guard Agency")), "{:#?}", doc.relations);
    let doc = extract(
        "WASHINGTON, May 2 - The United States warned Kenya on Friday. \
         Nairobi has pushed back against the pressure. Foreign ministry spokesman Jomo Kariuki told reporters that Kenya would not yield.",
    );
    assert!(has(&doc, &id_of(&doc, "Jomo Kariuki"), RelationKind::HoldsOffice, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn summits_held_in_listed_towns_shared_borders_and_named_mediators() {
    let doc = extract(
        "The Danube Council is a forum of riverside states. The council grew quickly. Later summits were held in Vienna (2019), Bratislava (2021) and Budapest (2023). \
         Laos, which shares a long border with Thailand, did not comment. \
         Both sides welcomed the truce between Armenia and Azerbaijan mediated by Georgia and Kazakhstan. \
         Sudan said the deal had been agreed with Chad through the mediation of Qatar.",
    );
    let council = id_of(&doc, "Danube Council");
    for town in ["Vienna", "Bratislava", "Budapest"] {
        assert!(has(&doc, &council, RelationKind::Other, &id_of(&doc, town)), "{town}: {:#?}", doc.relations);
    }
    assert!(has(&doc, "laos", RelationKind::Other, "thailand"), "{:#?}", doc.relations);
    for mediator in ["georgia", "kazakhstan"] {
        for party in ["armenia", "azerbaijan"] {
            assert!(has(&doc, mediator, RelationKind::Other, party), "{mediator} {party}: {:#?}", doc.relations);
        }
    }
    assert!(has(&doc, "qatar", RelationKind::Other, "sudan") && has(&doc, "qatar", RelationKind::Other, "chad"), "{:#?}", doc.relations);
}

#[test]
fn a_treaty_signed_in_a_town_and_a_trust_named_as_a_firm() {
    let doc = extract(
        "The Niger Basin Treaty was signed in Niamey on 3 July 1980 by Mali, Niger and Guinea. \
         Two firms, the Kalvari Trust and the Sahel Trading Corporation, were added to the list.",
    );
    assert!(has(&doc, &id_of(&doc, "Niger Basin Treaty"), RelationKind::Other, &id_of(&doc, "Niamey")), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Kalvari Trust" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn a_named_event_or_venue_before_in_and_a_town_lies_there() {
    let doc = extract("President Ruto later met Prime Minister Modi on the sidelines of the COP28 climate summit in Dubai.");
    assert!(has(&doc, &id_of(&doc, "COP28"), RelationKind::LocatedIn, &id_of(&doc, "Dubai")), "{:#?}", doc.relations);
    let doc = extract("Prime Minister Modi met President Ruto in Nairobi.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::LocatedIn && r.object == id_of(&doc, "Nairobi") && r.subject != "kenya"), "{:#?}", doc.relations);
}

#[test]
fn the_states_a_treaty_s_name_joins_by_hyphens_are_its_parties() {
    let doc = extract("Mexico and Canada agreed to meet. They discussed the review of the United States-Mexico-Canada Agreement with the United States. The Japan-Philippines Reciprocal Access Agreement entered into force.");
    let usmca = id_of(&doc, "United States-Mexico-Canada Agreement");
    for state in ["united_states", "mexico", "canada"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &usmca), "{state}: {:#?}", doc.relations);
    }
    let raa = doc.entities.iter().find(|e| e.name.contains("Reciprocal Access Agreement")).expect("the agreement").id.clone();
    assert!(has(&doc, "japan", RelationKind::MemberOf, &raa) && has(&doc, "philippines", RelationKind::MemberOf, &raa), "{:#?}", doc.relations);
}

#[test]
fn a_known_ministry_is_part_of_its_state_once_the_text_names_it() {
    let doc = extract("India's Ministry of External Affairs said it was aware of the talks. The Kremlin said Russia would respond.");
    assert!(has(&doc, &id_of(&doc, "Ministry of External Affairs"), RelationKind::PartOf, "india"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::PartOf && r.object == "russia"), "{:#?}", doc.relations);
}

#[test]
fn a_year_before_meeting_names_one_meeting_of_a_series() {
    let doc = extract(
        "The Indian Ocean Rim Association meets every year. At the 2018 meeting in Durban ministers adopted a charter. \
         The 2021 ministerial meeting in Dhaka was held online.",
    );
    assert!(has(&doc, &id_of(&doc, "2018 meeting"), RelationKind::LocatedIn, &id_of(&doc, "Durban")), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "2021 ministerial meeting" && e.kind == EntityKind::Event), "{:#?}", doc.entities);
}

#[test]
fn a_name_after_a_calling_noun_like_candidate_or_negotiator_is_a_person() {
    let doc = extract("Venezuelan opposition candidate Edmundo Gonzalez fled to Spain. Chief negotiator Tamar Abashidze arrived in Geneva.");
    for name in ["Edmundo Gonzalez", "Tamar Abashidze"] {
        assert!(doc.entities.iter().any(|e| e.name == name && e.kind == EntityKind::Person), "{name}: {:#?}", doc.entities);
    }
}

#[test]
fn a_list_of_remits_after_a_title_is_no_name_and_a_house_is_a_venue() {
    let doc = extract("He is accompanied by Kamal Perera, Sri Lanka's Minister of Foreign Affairs, Foreign Employment and Tourism. The leaders held talks at Mysore House.");
    assert!(has(&doc, &id_of(&doc, "Kamal Perera"), RelationKind::HoldsOffice, "sri_lanka"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "Foreign Employment"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Mysore House" && e.kind == EntityKind::Place), "{:#?}", doc.entities);
}

#[test]
fn a_name_after_an_envoy_s_brief_and_a_second_office() {
    let doc = extract("The Special Representative of the Secretary-General for West Africa and Head of UNOWAS, Leonardo Santos Simão, attended the ceremony in Accra.");
    assert!(doc.entities.iter().any(|e| e.name == "Leonardo Santos Simão" && e.kind == EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn states_between_to_which_and_belong_are_members_of_the_body_before() {
    let doc = extract("Moldova is not a member of the Eurasian Economic Union (EAEU), to which Armenia and Kyrgyzstan belong.");
    let union = id_of(&doc, "Eurasian Economic Union");
    assert!(has(&doc, "armenia", RelationKind::MemberOf, &union) && has(&doc, "kyrgyzstan", RelationKind::MemberOf, &union), "{:#?}", doc.relations);
    assert!(!relation(&doc, "armenia", RelationKind::MemberOf, &union).negated, "{:#?}", doc.relations);
}

#[test]
fn a_name_after_an_unplaced_title_s_brief_closed_by_commas() {
    let doc = extract("Mexico hosted the talks. Taking part were the Undersecretary for Latin America and the Caribbean, Maximiliano Reyes, and two advisers.");
    assert!(doc.entities.iter().any(|e| e.name == "Maximiliano Reyes" && e.kind == EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn targets_listed_after_among_them_and_a_name_described_as_a_businessman() {
    let doc = extract(
        "The Treasury Department's Office of Foreign Assets Control (OFAC) designated 11 people and three companies under the Global Magnitsky Act, among them First Lady Ruth Banda and Defence Minister Peter Moyo. \
         Kofi Asante, a businessman best known in Ghana for the cocoa scandal, was also sanctioned.",
    );
    let ofac = id_of(&doc, "Office of Foreign Assets Control");
    for person in ["Ruth Banda", "Peter Moyo"] {
        assert!(has(&doc, &ofac, RelationKind::Other, &id_of(&doc, person)), "{person}: {:#?}", doc.relations);
    }
    assert!(doc.entities.iter().any(|e| e.name == "Kofi Asante" && e.kind == EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_body_listed_as_terrorist_by_states_and_a_consulate_reopened() {
    let doc = extract(
        "Ankara pressed Baghdad to act against the Kurdistan Workers' Party (PKK), which has bases in northern Iraq and is listed as a terrorist organisation by Turkey, the United States and the European Union. \
         Foreign Minister Hakan Fidan said Turkey hoped to reopen its consulate general in Mosul.",
    );
    let pkk = id_of(&doc, "Kurdistan Workers' Party");
    for party in ["turkey", "united_states", "european_union"] {
        assert!(has(&doc, party, RelationKind::Other, &pkk), "{party}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "iraq", RelationKind::Other, &pkk), "{:#?}", doc.relations);
    assert!(has(&doc, "turkey", RelationKind::OpensOfficeIn, &id_of(&doc, "Mosul")), "{:#?}", doc.relations);
}

#[test]
fn a_name_after_a_firm_s_noun_is_an_organisation() {
    let doc = extract("The package also hit rival producer Volganeft and Croatian pipeline operator ADRIA. Hungarian oil group KOLB has expressed interest.");
    for name in ["Volganeft", "ADRIA", "KOLB"] {
        assert!(doc.entities.iter().any(|e| e.name == name && e.kind == EntityKind::Organization), "{name}: {:#?}", doc.entities);
    }
}

#[test]
fn a_known_town_after_between_or_visit_is_a_place() {
    let doc = extract("The ferry service between Nagapattinam and Jaffna resumed. The President will visit Bodh Gaya on Friday. Talks between Modi and Albanese went well.");
    for town in ["Nagapattinam", "Bodh Gaya"] {
        assert!(doc.entities.iter().any(|e| e.name == town && e.kind == EntityKind::Place), "{town}: {:#?}", doc.entities);
    }
    assert!(!doc.entities.iter().any(|e| e.kind == EntityKind::Place && (e.name.contains("Modi") || e.name.contains("Albanese"))), "{:#?}", doc.entities);
}

#[test]
fn a_body_named_after_a_town_is_not_said_to_lie_there_but_an_event_is() {
    let doc = extract("The Maldives stayed away from a meeting of the Colombo Security Conclave. The Nairobi Summit opened on Monday.");
    assert!(!has(&doc, &id_of(&doc, "Colombo Security Conclave"), RelationKind::LocatedIn, &id_of(&doc, "Colombo")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Nairobi Summit"), RelationKind::LocatedIn, &id_of(&doc, "Nairobi")), "{:#?}", doc.relations);
}

#[test]
fn a_demonym_joined_to_a_word_naming_no_state_is_a_region_s() {
    let doc = extract("The ministers prepared the XXIX Ibero-American Summit in Cuenca. The Sino-American talks resumed.");
    assert!(doc.entities.iter().any(|e| e.name == "XXIX Ibero-American Summit" && e.kind == EntityKind::Event), "{:#?}", doc.entities);
    // "Sino-" is China's combining form: "American" stays the state's.
    assert!(doc.entities.iter().any(|e| e.id == "united_states" && e.mentions.len() == 1), "{:#?}", doc.entities);
}

#[test]
fn a_body_opened_by_it_is_made_up_of_its_list_and_all_of_them_join_the_next_body() {
    let doc = extract(
        "The Danube Group is a grouping of Central European states. It was set up in 2019 at the initiative of Austrian Chancellor Karl Nehammer and Czech Prime Minister Petr Fiala, and is made up of Austria, Slovakia, Slovenia and Croatia. All four are also members of the Council of Europe.",
    );
    let trio = id_of(&doc, "Danube Group");
    for state in ["austria", "slovakia", "slovenia", "croatia"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &trio), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Council of Europe")), "{state}: {:#?}", doc.relations);
    }
    for person in ["Karl Nehammer", "Petr Fiala"] {
        assert_eq!(relation(&doc, &id_of(&doc, person), RelationKind::Other, &trio).label.as_deref(), Some("founded at the initiative of"));
    }
    // The people founded it, not their states.
    assert!(!has(&doc, "austria", RelationKind::Other, &trio), "{:#?}", doc.relations);
}

#[test]
fn a_known_name_keeps_a_given_name_written_before_it_and_no_currency_is_a_state() {
    let doc = extract("Prime Minister Muhammad Shehbaz Sharif said trade had crossed US$ 400 million. Sharif left for Lahore.");
    assert!(!doc.entities.iter().any(|e| e.name == "Muhammad"), "{:#?}", doc.entities);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.id == "united_states"), "{:#?}", doc.entities);
}

#[test]
fn monuments_and_residences_are_places() {
    let doc = extract("He laid a wreath at the Liberty Monument in Almaty and was received at the Akorda Presidential Residence in Astana.");
    for place in ["Liberty Monument", "Akorda Presidential Residence"] {
        assert!(doc.entities.iter().any(|e| e.name == place && e.kind == EntityKind::Place), "{place}: {:#?}", doc.entities);
    }
}

#[test]
fn a_state_s_minister_described_is_the_one_holding_that_office() {
    let doc = extract(
        "Foreign Minister Juan Ortega of Chile met Finance Minister Ana Silva. President Gabriel Boric of Chile thanked them. Later the Chilean foreign minister met the President of the Senate, Luis Pardo.",
    );
    let ortega = id_of(&doc, "Juan Ortega");
    assert!(has(&doc, &ortega, RelationKind::Meets, &id_of(&doc, "Luis Pardo")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Gabriel Boric"), RelationKind::Meets, &id_of(&doc, "Luis Pardo")), "{:#?}", doc.relations);
}

#[test]
fn the_bloc_s_ordinary_summit_is_the_bloc_s_and_later_the_summit_is_the_same() {
    let doc = extract(
        "NAIROBI, May 2 - East African Community (EAC) leaders met on Friday. Heads of state meeting for the bloc's ordinary summit in Arusha backed the plan. Ghana's president, John Mahama, who attended the summit as a guest, praised it.",
    );
    let summit = doc.entities.iter().find(|e| e.kind == EntityKind::Event).map(|e| e.id.clone()).expect("a summit");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, &id_of(&doc, "Arusha")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "John Mahama"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

#[test]
fn governments_counted_together_expel_troops_and_turn_to_a_partner_each() {
    let doc = extract(
        "Mali, Burkina Faso and Niger left the bloc. The three governments have also expelled French troops and turned to Russia for military assistance, while Chad ordered U.S. forces to leave a base.",
    );
    for state in ["mali", "burkina_faso", "niger"] {
        assert!(has(&doc, state, RelationKind::Other, "france"), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::CooperatesWith, "russia"), "{state}: {:#?}", doc.relations);
    }
    assert_eq!(relation(&doc, "chad", RelationKind::Other, "united_states").label.as_deref(), Some("ordered forces to leave"));
    // Turning to someone for nothing named is no partnership.
    let doc = extract("Mali turned to Russia in 2021 after the coup.");
    assert!(!has(&doc, "mali", RelationKind::CooperatesWith, "russia"), "{:#?}", doc.relations);
}

#[test]
fn flying_to_a_town_is_a_visit_and_a_remit_ends_before_the_name() {
    let doc = extract("Luxon flies on Wednesday to Apia, where he will meet Prime Minister Fiame Naomi Mata'afa. Winston Peters met Fiji's Minister for Home Affairs Pio Tikoduadua on Monday.");
    assert!(has(&doc, &id_of(&doc, "Luxon"), RelationKind::Visits, &id_of(&doc, "Apia")), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Fiame Naomi Mata'afa"), "{:#?}", doc.entities);
    let minister = id_of(&doc, "Pio Tikoduadua");
    assert!(has(&doc, &minister, RelationKind::HoldsOffice, "fiji"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Winston Peters"), RelationKind::Meets, &minister), "{:#?}", doc.relations);
}

#[test]
fn a_council_authorizes_a_body_and_a_mission_takes_over_from_another() {
    let doc = extract(
        "The Security Council today authorized the African Union (AU) to deploy the African Union Support and Stabilization Mission in Somalia (AUSSOM), which will take over from the African Union Transition Mission in Somalia (ATMIS) on 1 January and support the Federal Government of Somalia in its fight against Al-Shabaab. The Council also extended until 31 October the mandate of the United Nations Support Office in Somalia (UNSOS).",
    );
    let council = id_of(&doc, "UN Security Council");
    assert_eq!(relation(&doc, &council, RelationKind::Other, &id_of(&doc, "African Union")).label.as_deref(), Some("authorized"));
    assert!(has(&doc, &id_of(&doc, "AUSSOM"), RelationKind::Other, &id_of(&doc, "ATMIS")), "{:#?}", doc.relations);
    // The federal government is the state itself.
    assert!(!doc.entities.iter().any(|e| e.name.contains("Federal Government")), "{:#?}", doc.entities);
    assert!(has(&doc, "somalia", RelationKind::Other, &id_of(&doc, "Al-Shabaab")), "{:#?}", doc.relations);
    assert!(!has(&doc, "somalia", RelationKind::MemberOf, &id_of(&doc, "Al-Shabaab")), "{:#?}", doc.relations);
    assert!(has(&doc, &council, RelationKind::Other, &id_of(&doc, "UNSOS")), "{:#?}", doc.relations);
    // A state in an aside is not the one authorizing.
    let doc = extract("The Security Council met. Adopting the text with 1 abstention (United States), the Council authorized the African Union to act.");
    assert!(!has(&doc, "united_states", RelationKind::Other, &id_of(&doc, "African Union")), "{:#?}", doc.relations);
}

#[test]
fn a_body_s_member_states_as_a_noun_make_no_member_and_support_to_a_mission_opens_nothing() {
    let doc = extract("The United Nations asked the African Union's member States to act. The office gives support to the AU mission and to the Somali security forces.");
    assert!(!has(&doc, &id_of(&doc, "United Nations"), RelationKind::MemberOf, &id_of(&doc, "African Union")), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::OpensOfficeIn), "{:#?}", doc.relations);
    let doc = extract("Poland, one of the EU's member states, objected.");
    assert!(has(&doc, "poland", RelationKind::MemberOf, &id_of(&doc, "European Union")), "{:#?}", doc.relations);
}

#[test]
fn of_which_both_countries_are_members_puts_the_pair_in_both_bodies() {
    let doc = extract(
        "Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Astana. The leaders agreed to coordinate within the Commonwealth of Independent States (CIS) and the Organization of Turkic States (OTS), of which both countries are members.",
    );
    for body in ["Commonwealth of Independent States", "Organization of Turkic States"] {
        for state in ["kazakhstan", "azerbaijan"] {
            assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, body)), "{state} {body}: {:#?}", doc.relations);
        }
    }
    assert!(!has(&doc, &id_of(&doc, "Organization of Turkic States"), RelationKind::MemberOf, &id_of(&doc, "Commonwealth of Independent States")), "{:#?}", doc.relations);
    // One state named after "of which": in the body just before only.
    let doc = extract("They met within the Shanghai Cooperation Organisation (SCO) and the Economic Cooperation Organization (ECO), of which Turkey is a member.");
    assert!(has(&doc, "turkey", RelationKind::MemberOf, &id_of(&doc, "Economic Cooperation Organization")), "{:#?}", doc.relations);
    assert!(!has(&doc, "turkey", RelationKind::MemberOf, &id_of(&doc, "Shanghai Cooperation Organisation")), "{:#?}", doc.relations);
}

#[test]
fn an_agreement_signed_by_several_bodies_binds_them_and_a_leader_in_a_country_on_a_visit_visits_it() {
    let doc = extract("They welcomed the framework agreement signed in Mombasa in July by Kenya Railways, Uganda Railways Corporation and the Tanzania Railways Authority.");
    let kenya = id_of(&doc, "Kenya Railways");
    for other in ["Uganda Railways Corporation", "Tanzania Railways Authority"] {
        assert!(has(&doc, &kenya, RelationKind::CooperatesWith, &id_of(&doc, other)), "{other}: {:#?}", doc.relations);
    }
    let doc = extract("Prime Minister Anthony Albanese met President Joko Widodo. The Prime Minister is in Indonesia on a three-day official visit.");
    assert!(has(&doc, &id_of(&doc, "Anthony Albanese"), RelationKind::Visits, "indonesia"), "{:#?}", doc.relations);
}

#[test]
fn a_grouping_of_another_body_s_member_states_lists_members_of_both() {
    let doc = extract(
        "The Baltic Trio (BT) is a group of three EU member states on the Baltic Sea. It was founded in 1991 and is made up of Estonia, Latvia and Lithuania.",
    );
    let trio = id_of(&doc, "Baltic Trio");
    let eu = id_of(&doc, "European Union");
    for state in ["estonia", "latvia", "lithuania"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &trio), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::MemberOf, &eu), "{state}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, &trio, RelationKind::MemberOf, &eu), "{:#?}", doc.relations);
}

#[test]
fn a_pending_accession_and_exploring_whether_to_join_are_proposed_memberships() {
    let doc = extract("Finland, which joined NATO in April 2023, came as a guest, alongside Sweden, whose accession was then still awaiting ratification by Turkey and Hungary.");
    let nato = id_of(&doc, "NATO");
    assert_eq!(relation(&doc, "sweden", RelationKind::MemberOf, &nato).modality, Modality::Proposed);
    assert!(!has(&doc, "turkey", RelationKind::MemberOf, &nato), "{:#?}", doc.relations);
    let doc = extract("New Zealand, a member of the Five Eyes intelligence-sharing network, is exploring whether to join the second pillar of AUKUS.");
    let aukus = id_of(&doc, "AUKUS");
    assert_eq!(relation(&doc, "new_zealand", RelationKind::MemberOf, &aukus).modality, Modality::Proposed);
    assert!(!has(&doc, &id_of(&doc, "Five Eyes"), RelationKind::MemberOf, &aukus), "{:#?}", doc.relations);
}

#[test]
fn joint_operations_by_two_bodies_a_memorandum_kept_and_working_hand_in_hand_are_cooperation() {
    let doc = extract("They welcomed the joint operations carried out this year by the Federal Police and the Bolivian Drug Enforcement Agency (BDEA).");
    assert!(has(&doc, &id_of(&doc, "Federal Police"), RelationKind::CooperatesWith, &id_of(&doc, "Bolivian Drug Enforcement Agency")), "{:#?}", doc.relations);
    let doc = extract("Fiji has kept a policing cooperation memorandum with China since 2011. Australia would continue to work hand in hand with New Zealand on security.");
    assert!(has(&doc, "fiji", RelationKind::CooperatesWith, "china"), "{:#?}", doc.relations);
    assert!(has(&doc, "australia", RelationKind::CooperatesWith, "new_zealand"), "{:#?}", doc.relations);
    // A joint study with no one named after "by" claims nothing.
    let doc = extract("Kenya and Uganda welcomed the joint study carried out last year.");
    assert!(!doc.relations.iter().any(|r| r.label.as_deref() == Some("joint study")), "{:#?}", doc.relations);
}

#[test]
fn the_alliance_s_year_summit_is_that_year_s_and_seeds_no_series_nor_does_a_war() {
    let doc = extract(
        "All nine are members of the European Union. Its members joined NATO after the end of the Cold War and sought a stronger presence ahead of the alliance's 2016 summit in Warsaw. The 2024 summit in Riga was held in a wider format.",
    );
    let warsaw_summit = id_of(&doc, "2016 NATO summit");
    assert!(has(&doc, &warsaw_summit, RelationKind::LocatedIn, &id_of(&doc, "Warsaw")), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "2024 Cold War" || e.name == "2024 NATO summit" || e.name.contains("EU summit")), "{:#?}", doc.entities);
}

#[test]
fn a_territory_annexed_from_a_state_and_a_presidency_handed_over() {
    let doc = extract("It was launched after Russia's annexation of Crimea from Ukraine. At the summit, Uruguay will hand over the pro tempore presidency of the bloc to Argentina.");
    assert!(has(&doc, "russia", RelationKind::Other, &id_of(&doc, "Crimea")), "{:#?}", doc.relations);
    assert!(has(&doc, "russia", RelationKind::Other, "ukraine"), "{:#?}", doc.relations);
    assert_eq!(relation(&doc, "uruguay", RelationKind::Other, "argentina").label.as_deref(), Some("handed over presidency"));
    // Handing over a document is no chair passing on.
    let doc = extract("Chile handed over a letter to Peru.");
    assert!(!has(&doc, "chile", RelationKind::Other, "peru"), "{:#?}", doc.relations);
}

#[test]
fn a_town_hosting_the_second_meeting_hosted_the_body_the_text_is_about() {
    let doc = extract("The Craiova Group (CG) is a forum of four Balkan states. The group meets yearly. Belgrade hosted the second meeting in 2016, and Varna, Bulgaria, the third in 2017.");
    let group = id_of(&doc, "Craiova Group");
    for town in ["Belgrade", "Varna"] {
        assert!(has(&doc, &group, RelationKind::Other, &id_of(&doc, town)), "{town}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, &group, RelationKind::Other, "bulgaria"), "{:#?}", doc.relations);
}

#[test]
fn a_state_joining_a_mission_contributes_to_it() {
    let doc = extract("The African Union Support and Stabilization Mission in Somalia (AUSSOM) starts soon. Egyptian troops were expected to join AUSSOM in the coming months. Ghana joined the African Union in 1963.");
    let mission = id_of(&doc, "AUSSOM");
    assert!(has(&doc, "egypt", RelationKind::Attends, &mission), "{:#?}", doc.relations);
    assert!(!has(&doc, "egypt", RelationKind::MemberOf, &mission), "{:#?}", doc.relations);
    assert!(has(&doc, "ghana", RelationKind::MemberOf, &id_of(&doc, "African Union")), "{:#?}", doc.relations);
}

#[test]
fn a_minister_of_a_named_delegation_and_one_met_at_a_destination_serve_those_states() {
    let doc = extract(
        "President Shavkat Mirziyoyev of Uzbekistan received the guests in Tashkent. Foreign Minister Mohammad Ishaq Dar, Finance Minister Muhammad Aurangzeb and senior officials were part of the Pakistani delegation.",
    );
    assert!(has(&doc, &id_of(&doc, "Muhammad Aurangzeb"), RelationKind::HoldsOffice, "pakistan"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Muhammad Aurangzeb"), RelationKind::HoldsOffice, "uzbekistan"), "{:#?}", doc.relations);
    let doc = extract("China courted the islands. Luxon flies on Wednesday to Apia, Samoa, where he is due to meet Prime Minister Fiame Naomi Mata'afa.");
    assert!(has(&doc, &id_of(&doc, "Fiame Naomi Mata'afa"), RelationKind::HoldsOffice, "samoa"), "{:#?}", doc.relations);
}

#[test]
fn the_pacific_nation_is_the_country_and_a_river_named_after_a_state_is_not_inside_it() {
    let doc = extract("Luxon met Rabuka in Fiji. Luxon signed the pact in Suva during Luxon's first official visit to the Pacific nation since taking office.");
    assert!(has(&doc, &id_of(&doc, "Luxon"), RelationKind::Visits, "fiji"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.object == "pacific"), "{:#?}", doc.relations);
    let doc = extract("The bridge over the Paraguay River opened on Monday.");
    assert!(!doc.relations.iter().any(|r| r.object == "paraguay"), "{:#?}", doc.relations);
}

#[test]
fn attending_the_summits_of_an_entry_s_body_and_a_guest_alongside_another() {
    let doc = extract(
        "The Danube Group (DG) is a forum of states. The group meets yearly. NATO Secretary General Jens Stoltenberg attended most of the early summits in person. Finland took part in the Bratislava summit that June as a guest, alongside Sweden.",
    );
    assert!(has(&doc, &id_of(&doc, "Jens Stoltenberg"), RelationKind::Attends, &id_of(&doc, "Danube Group")), "{:#?}", doc.relations);
    let summit = id_of(&doc, "Bratislava summit");
    for state in ["finland", "sweden"] {
        assert!(has(&doc, state, RelationKind::Attends, &summit), "{state}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "finland", RelationKind::CooperatesWith, "sweden"), "{:#?}", doc.relations);
}

#[test]
fn telling_the_closed_door_session_of_a_summit_attends_it() {
    let doc = extract("ECOWAS leaders met on Sunday for the ECOWAS summit in Abuja. Nigerian President Bola Tinubu told the closed-door session that security mattered.");
    assert!(has(&doc, &id_of(&doc, "Bola Tinubu"), RelationKind::Attends, &id_of(&doc, "ECOWAS summit")), "{:#?}", doc.relations);
    // Telling reporters is no attendance.
    let doc = extract("ECOWAS leaders met on Sunday for the ECOWAS summit in Abuja. Nigerian President Bola Tinubu told reporters that security mattered.");
    assert!(!has(&doc, &id_of(&doc, "Bola Tinubu"), RelationKind::Attends, &id_of(&doc, "ECOWAS summit")), "{:#?}", doc.relations);
}

#[test]
fn a_remit_written_after_of_then_the_name_after_a_comma() {
    let doc = extract("The talks were led by Angola's Minister of External Relations, Téte António.");
    let office = relation(&doc, &id_of(&doc, "Téte António"), RelationKind::HoldsOffice, "angola");
    assert_eq!(office.label.as_deref(), Some("Minister of External Relations"));
    // A list of remits is no name.
    let doc = extract("Sri Lanka's Minister of Foreign Affairs, Foreign Employment and Tourism, Vijitha Herath, met him.");
    assert!(doc.entities.iter().all(|e| !e.name.starts_with("Foreign Employment")));
}

#[test]
fn a_name_of_four_words_and_a_particle_before_its_title() {
    let doc = extract("Abbas Kadhom Obaid Al-Fatlawi, Permanent Representative of Iraq, said his country had turned the page.");
    assert!(has(&doc, &id_of(&doc, "Abbas Kadhom Obaid Al-Fatlawi"), RelationKind::HoldsOffice, "iraq"));
}

#[test]
fn a_companion_serves_the_state_of_the_one_accompanied() {
    let doc = extract("The talks were held in Angola. President Hakainde Hichilema of Zambia was accompanied by the Minister of Foreign Affairs and International Cooperation, Mulambo Haimbe.");
    let haimbe = id_of(&doc, "Mulambo Haimbe");
    assert!(has(&doc, &haimbe, RelationKind::HoldsOffice, "zambia"));
    assert!(!has(&doc, &haimbe, RelationKind::HoldsOffice, "angola"));
}

#[test]
fn the_chairs_named_after_co_chaired_by_attend_and_meet() {
    let doc = extract("The talks followed a session of the Joint Permanent Commission of Cooperation, co-chaired by Minister Mulambo Haimbe and Angola's Minister of External Relations, Téte António.");
    let commission = id_of(&doc, "Joint Permanent Commission of Cooperation");
    let (haimbe, antonio) = (id_of(&doc, "Mulambo Haimbe"), id_of(&doc, "Téte António"));
    assert!(has(&doc, &haimbe, RelationKind::Attends, &commission));
    assert!(has(&doc, &antonio, RelationKind::Attends, &commission));
    assert!(has(&doc, &haimbe, RelationKind::Meets, &antonio));
}

#[test]
fn a_name_closed_by_a_comma_before_is_holds_the_office_after_it() {
    let doc = extract("Ortega has governed since 2007. His wife, Rosario Murillo, is Nicaragua's vice president.");
    assert!(has(&doc, &id_of(&doc, "Rosario Murillo"), RelationKind::HoldsOffice, "nicaragua"));
    assert!(!has(&doc, &id_of(&doc, "Ortega"), RelationKind::HoldsOffice, "nicaragua"));
}

#[test]
fn a_place_based_bank_is_the_bank_named_before_and_lies_there() {
    let doc = extract("The Central American Bank for Economic Integration kept lending. The Honduras-based bank did not respond.");
    assert!(has(&doc, &id_of(&doc, "Central American Bank for Economic Integration"), RelationKind::LocatedIn, "honduras"));
}

#[test]
fn staying_away_from_a_summit_or_the_gathering_is_not_attending_for_the_person_or_the_state() {
    for text in [
        "Mexican President Andrés Manuel López Obrador stayed away from the Summit of the Americas in protest.",
        "The Summit of the Americas was held in Los Angeles. Mexican President Andrés Manuel López Obrador stayed away from the gathering in protest.",
    ] {
        let doc = extract(text);
        let summit = id_of(&doc, "Summit of the Americas");
        let amlo = id_of(&doc, "Andrés Manuel López Obrador");
        assert!(doc.relations.iter().any(|r| r.subject == amlo && r.object == summit && r.kind == RelationKind::Attends && r.negated), "{text}");
        assert!(!doc.relations.iter().any(|r| r.subject == "mexico" && r.object == summit), "{text}");
    }
}

#[test]
fn stepping_up_pressure_after_a_comma_is_the_opening_subject_s() {
    let doc = extract("The United States imposed sanctions on Nicaragua's mining company, stepping up pressure on President Daniel Ortega.");
    let ortega = id_of(&doc, "Daniel Ortega");
    assert!(has(&doc, "united_states", RelationKind::Other, &ortega));
    assert!(!has(&doc, "nicaragua", RelationKind::Other, &ortega));
}

#[test]
fn drawing_closer_to_a_party_is_cooperation() {
    let doc = extract("Daniel Ortega has governed Nicaragua since 2007. Ortega has also drawn closer to Russia.");
    assert!(has(&doc, &id_of(&doc, "Daniel Ortega"), RelationKind::CooperatesWith, "russia"));
}

#[test]
fn a_second_verb_after_a_prepositional_object_has_the_first_verb_s_subject() {
    let doc = extract("Nicaragua changed course. In December, Managua broke off diplomatic relations with Taiwan and recognised China.");
    assert!(has(&doc, "nicaragua", RelationKind::Other, "china"));
    assert!(!has(&doc, "taiwan", RelationKind::Other, "china"));
}

#[test]
fn members_listed_among_officials_are_no_membership_of_the_subject() {
    let doc = extract("The State Department said it would impose visa restrictions on 93 officials, including judges, prosecutors and members of the National Assembly.");
    let department = id_of(&doc, "State Department");
    assert!(!doc.relations.iter().any(|r| r.subject == department && r.kind == RelationKind::MemberOf));
}

#[test]
fn the_treasury_s_under_secretary_serves_the_treasury_department_named_before() {
    let doc = extract("The Treasury Department blacklisted the company. Brian Nelson, the Treasury's under secretary for terrorism and financial intelligence, said in a statement.");
    assert!(has(&doc, &id_of(&doc, "Brian Nelson"), RelationKind::HoldsOffice, &id_of(&doc, "Treasury Department")));
}

#[test]
fn a_spanish_name_goes_by_its_first_surname_and_a_traveller_meets_not_the_destination() {
    let doc = extract("The Council welcomed the engagement of María Ángela Holguín Cuéllar, the Personal Envoy. \
                       Ms. Holguín is expected to travel to Nicosia in February to meet President Nikos Christodoulides.");
    let envoy = id_of(&doc, "María Ángela Holguín Cuéllar");
    assert_eq!(id_of(&doc, "Ms. Holguín"), envoy);
    assert!(has(&doc, &envoy, RelationKind::Meets, &id_of(&doc, "Nikos Christodoulides")));
    assert!(!has(&doc, "nicosia", RelationKind::Meets, &id_of(&doc, "Nikos Christodoulides")));
}

#[test]
fn a_place_ending_a_hyphenated_name_is_part_of_that_name() {
    let doc = extract("Talks have stalled since the Conference on Cyprus in Crans-Montana, Switzerland, collapsed in July 2017. Tensions between Russia-Ukraine remain.");
    let crans = id_of(&doc, "Crans-Montana");
    assert!(has(&doc, &crans, RelationKind::LocatedIn, "switzerland"));
    assert!(doc.entities.iter().all(|e| e.name != "Montana"));
    // A first part that is a name itself: both stay.
    assert!(doc.entities.iter().any(|e| e.id == "ukraine"));
}

#[test]
fn states_contributing_the_largest_contingents_take_part_in_the_mission() {
    let doc = extract("The Council extended the mandate of the United Nations Peacekeeping Force in Cyprus (UNFICYP). \
                       Argentina, Slovakia and the United Kingdom contribute the largest contingents.");
    let force = id_of(&doc, "UNFICYP");
    for state in ["argentina", "slovakia", "united_kingdom"] {
        assert!(has(&doc, state, RelationKind::Attends, &force), "{state}");
    }
}

#[test]
fn an_acronym_defined_after_a_headline_spelled_the_name_is_one_entity() {
    let doc = extract("Council Extends Mandate of United Nations Peacekeeping Force in Cyprus until January\n\n\
                       The Council extended the mandate of the United Nations Peacekeeping Force in Cyprus (UNFICYP). UNFICYP has 800 personnel.");
    let forces: Vec<_> = doc.entities.iter().filter(|e| e.name.contains("Peacekeeping Force") || e.name == "UNFICYP").collect();
    assert_eq!(forces.len(), 1, "{forces:#?}");
}

#[test]
fn a_relative_clause_closed_before_the_verb_does_not_negate_it() {
    let doc = extract("Britain imposed sanctions on Milorad Dodik. Russia, which does not recognise the envoy, criticised the move.");
    assert!(stated(&doc).any(|r| r.subject == "russia" && r.kind == RelationKind::Criticizes && !r.negated));
    assert!(!stated(&doc).any(|r| r.subject == "russia" && r.kind == RelationKind::Criticizes && r.negated));
}

#[test]
fn serb_is_an_ethnic_word_not_serbia() {
    let doc = extract("Britain sanctioned Bosnian Serb leaders over a secession drive.");
    assert!(doc.entities.iter().all(|e| e.id != "serbia"));
    let doc = extract("The Serbian government protested.");
    assert!(doc.entities.iter().any(|e| e.id == "serbia"));
}

#[test]
fn a_president_of_a_region_and_a_prime_minister_after_whose() {
    let doc = extract("Zeljka Cvijanovic, president of Republika Srpska, spoke. \
                       Diplomats said Hungary, whose prime minister, Viktor Orban, has close ties with her, would veto it.");
    assert!(has(&doc, &id_of(&doc, "Zeljka Cvijanovic"), RelationKind::HoldsOffice, &id_of(&doc, "Republika Srpska")));
    let orban = relation(&doc, &id_of(&doc, "Viktor Orban"), RelationKind::HoldsOffice, "hungary");
    assert_eq!(orban.label.as_deref(), Some("Prime Minister"));
}

#[test]
fn a_firm_described_by_its_place_lies_there_and_targeting_it_is_a_listing() {
    let doc = extract("The United States imposed sanctions on Milorad Dodik. Washington also targeted Alternativna Televizija, a Banja Luka broadcaster it said Dodik controlled.");
    let tv = id_of(&doc, "Alternativna Televizija");
    assert_eq!(doc.entities.iter().find(|e| e.id == tv).map(|e| e.kind), Some(EntityKind::Organization));
    assert!(has(&doc, &tv, RelationKind::LocatedIn, &id_of(&doc, "Banja Luka")));
    assert_eq!(relation(&doc, "united_states", RelationKind::Other, &tv).label.as_deref(), Some("sanctions"));
    // A person described by a firm's word is still a person.
    let doc = extract("John Smith, a company director, said the talks failed.");
    assert_eq!(doc.entities.iter().find(|e| e.name == "John Smith").map(|e| e.kind), Some(EntityKind::Person));
}

#[test]
fn an_organisation_of_four_states_listed_between_dashes_and_all_four_member_states() {
    let doc = extract("The Melanesian Spearhead Group (MSG) is an intergovernmental organisation of four Melanesian states — Fiji, Papua New Guinea, Solomon Islands and Vanuatu — and a coalition. \
                       All four member states belong to the Pacific Islands Forum, and New Caledonia itself became a full member of the forum in 2016.");
    let (msg, forum) = (id_of(&doc, "Melanesian Spearhead Group"), id_of(&doc, "Pacific Islands Forum"));
    for state in ["fiji", "papua_new_guinea", "solomon_islands", "vanuatu"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &msg), "{state}");
        assert!(has(&doc, state, RelationKind::MemberOf, &forum), "{state}");
    }
    assert!(has(&doc, &id_of(&doc, "New Caledonia"), RelationKind::MemberOf, &forum));
}

#[test]
fn applying_with_the_backing_of_states_is_their_cooperation() {
    let doc = extract("The United Liberation Movement for West Papua (ULMWP) applied for full membership in 2016 with the backing of Vanuatu and Fiji.");
    let movement = id_of(&doc, "United Liberation Movement for West Papua");
    assert!(has(&doc, "vanuatu", RelationKind::CooperatesWith, &movement));
    assert!(has(&doc, "fiji", RelationKind::CooperatesWith, &movement));
}

#[test]
fn a_second_verb_shares_the_pair_after_an_opening_phrase_or_a_first_verb_s_object() {
    let met = "President João Lourenço of Angola met President Hakainde Hichilema of Zambia in Luanda. ";
    let doc = extract(&format!("{met}On peace and security, the two leaders expressed concern at the situation in the eastern DRC and condemned the attacks of the M23 armed group."));
    let m23 = id_of(&doc, "M23");
    assert!(has(&doc, "angola", RelationKind::Criticizes, &m23));
    assert!(has(&doc, "zambia", RelationKind::Criticizes, &m23));
    assert!(!has(&doc, &id_of(&doc, "DRC"), RelationKind::Criticizes, &m23));
    let doc = extract(&format!("{met}They commended the support of the United States for the corridor, and called on the African Development Bank to speed up its financing."));
    let bank = id_of(&doc, "African Development Bank");
    assert!(has(&doc, "zambia", RelationKind::Criticizes, &bank));
    assert!(!has(&doc, "united_states", RelationKind::Criticizes, &bank));
}

#[test]
fn leadership_as_an_office_of_a_body_and_an_organ_is_no_person() {
    let doc = extract("The leaders reaffirmed their commitment to the Southern African Development Community (SADC). \
                       President Hichilema commended President João Lourenço for his leadership as Chairperson of SADC, \
                       while Lourenço praised the work of his counterpart as Chairperson of the SADC Organ on Politics, Defence and Security Cooperation.");
    let sadc = id_of(&doc, "Southern African Development Community");
    assert_eq!(relation(&doc, &id_of(&doc, "João Lourenço"), RelationKind::HoldsOffice, &sadc).label.as_deref(), Some("Chairperson"));
    assert!(doc.entities.iter().all(|e| !(e.kind == EntityKind::Person && e.name.contains("Organ"))));
    // "his counterpart" is someone else: no office for the one praising.
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::HoldsOffice && r.subject == id_of(&doc, "João Lourenço") && r.label.as_deref() != Some("Chairperson")));
}

#[test]
fn the_secretary_general_named_after_a_comma_and_a_delegate_named_with_the_state() {
    let doc = extract("The United Nations Country Team will stay. The Council requested the Secretary-General, António Guterres, to report.");
    assert!(has(&doc, &id_of(&doc, "António Guterres"), RelationKind::HoldsOffice, "united_nations"));
    let doc = extract("Amar Bendjama of Algeria, speaking also on behalf of Guyana, Mozambique and Sierra Leone, welcomed the adoption.");
    assert!(has(&doc, &id_of(&doc, "Amar Bendjama"), RelationKind::HoldsOffice, "algeria"));
}

#[test]
fn the_summit_of_the_future_is_an_event_and_its_headquarters_after_a_long_clause() {
    let doc = extract("The two sides agreed to coordinate their positions at the Summit of the Future, to be held in New York in September.");
    assert!(has(&doc, &id_of(&doc, "Summit of the Future"), RelationKind::LocatedIn, &id_of(&doc, "New York")));
    let doc = extract("The Council extended the United Nations Peacekeeping Force in Cyprus (UNFICYP). \
                       UNFICYP was established by resolution 186 in 1964 and has about 800 military personnel, with its headquarters in Nicosia.");
    assert!(has(&doc, &id_of(&doc, "UNFICYP"), RelationKind::LocatedIn, &id_of(&doc, "Nicosia")));
}

#[test]
fn states_signing_the_agreement_establishing_a_body_are_its_members() {
    let doc = extract("The leaders welcomed the progress made since Angola, Zambia and the Democratic Republic of the Congo (DRC) signed the agreement establishing the Lobito Corridor Transit Transport Facilitation Agency.");
    let agency = id_of(&doc, "Lobito Corridor Transit Transport Facilitation Agency");
    for state in ["angola", "zambia", "democratic_republic_of_the_congo"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &agency), "{state}");
    }
}

#[test]
fn rejecting_or_condemning_acts_by_several_agents_criticises_each() {
    let doc = extract("Iraq condemned cross-border strikes by Türkiye and Iran in the Kurdistan Region.");
    assert!(has(&doc, "iraq", RelationKind::Criticizes, "turkey"));
    assert!(has(&doc, "iraq", RelationKind::Criticizes, "iran"));
    let doc = extract("Iraq rejected cross-border strikes by Türkiye and Iran as violations of its sovereignty.");
    assert!(has(&doc, "iraq", RelationKind::Criticizes, "turkey"));
    assert!(has(&doc, "iraq", RelationKind::Criticizes, "iran"));
}

#[test]
fn those_named_among_them_are_listed_by_whoever_imposed_the_sanctions() {
    let doc = extract("Canada and the European Union have already imposed sanctions on dozens of Nicaraguan officials, among them Rosario Murillo.");
    let murillo = id_of(&doc, "Rosario Murillo");
    assert!(has(&doc, "canada", RelationKind::Other, &murillo));
    assert!(has(&doc, "european_union", RelationKind::Other, &murillo));
    let doc = extract("The European Union imposed sanctions on 78 Belarusian officials on Monday. \
                       Among them were Defence Minister Viktor Khrenin and Transport Minister Alexei Avramenko.");
    for person in ["Viktor Khrenin", "Alexei Avramenko"] {
        assert_eq!(relation(&doc, "european_union", RelationKind::Other, &id_of(&doc, person)).label.as_deref(), Some("sanctions"), "{person}");
    }
    // No sanctions told of: nothing listed.
    let doc = extract("Leaders from twelve states met in Paris. Among them were Emmanuel Macron and Olaf Scholz.");
    assert!(!stated(&doc).any(|r| r.label.as_deref() == Some("sanctions")));
}

#[test]
fn a_list_after_a_colon_is_what_was_designated_past_place_compounds() {
    let doc = extract("OFAC also designated two companies it said Ivanishvili controlled: Tbilisi-based Kvali Holding and Cyprus-registered Anchorline Investments Ltd.");
    let ofac = id_of(&doc, "OFAC");
    for firm in ["Kvali Holding", "Anchorline Investments Ltd"] {
        assert!(has(&doc, &ofac, RelationKind::Other, &id_of(&doc, firm)), "{firm}");
    }
    assert!(!has(&doc, &ofac, RelationKind::Other, "cyprus"));
}

#[test]
fn who_launched_a_body_by_the_verb_after_it_or_before() {
    let doc = extract("Poland does not intend to join the European Sky Shield Initiative, launched by Germany in 2022.");
    assert_eq!(relation(&doc, "germany", RelationKind::Other, &id_of(&doc, "European Sky Shield Initiative")).label.as_deref(), Some("launched"));
    let doc = extract("The Three Seas Initiative is a forum of twelve states. \
                       The initiative was launched in 2015 by Polish President Andrzej Duda and Croatian President Kolinda Grabar-Kitarović.");
    let initiative = id_of(&doc, "Three Seas Initiative");
    assert!(has(&doc, &id_of(&doc, "Andrzej Duda"), RelationKind::Other, &initiative));
    assert!(has(&doc, &id_of(&doc, "Kolinda Grabar-Kitarović"), RelationKind::Other, &initiative));
    // Missiles launched by a state are no body it started.
    let doc = extract("The Houthis said the drones were launched by Iran.");
    assert!(!stated(&doc).any(|r| r.label.as_deref() == Some("launched")));
}

#[test]
fn a_pair_expressing_support_for_a_body_each_for_its_state() {
    let doc = extract("Foreign Minister Alicia Bárcena of Mexico met Foreign Minister Carlos Ramiro Martínez of Guatemala in Mexico City. \
                       Both ministers expressed support for the Central American Integration System (SICA).");
    let sica = id_of(&doc, "Central American Integration System");
    for state in ["mexico", "guatemala"] {
        assert_eq!(relation(&doc, state, RelationKind::Other, &sica).label.as_deref(), Some("support"), "{state}");
    }
}

#[test]
fn states_hosting_talks_between_the_two_sides_host_the_two_states_last_named() {
    let doc = extract("Saudi Arabia and Iran agreed to restore ties. Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022.");
    for host in ["iraq", "oman"] {
        for side in ["saudi_arabia", "iran"] {
            assert_eq!(relation(&doc, host, RelationKind::Other, side).label.as_deref(), Some("hosted talks"), "{host} {side}");
        }
    }
}

#[test]
fn a_meeting_of_a_body_in_a_place_is_where_it_met() {
    let doc = extract("He expected to attend the meeting of the Joint Oversight Committee in Geneva next month.");
    let committee = id_of(&doc, "Joint Oversight Committee");
    assert_eq!(relation(&doc, &committee, RelationKind::Other, "geneva").label.as_deref(), Some("meeting held in"));
    // A meeting of a body on a topic names no place.
    let doc = extract("He addressed a meeting of the Joint Oversight Committee on Tuesday.");
    assert!(!stated(&doc).any(|r| r.label.as_deref() == Some("meeting held in")));
}

#[test]
fn every_guest_hosted_in_a_foreign_city_visits_it_and_the_guests_meet() {
    let doc = extract("In 2011 Polish President Bronisław Komorowski hosted German Chancellor Angela Merkel and French President Nicolas Sarkozy in Warsaw.");
    let (merkel, sarkozy) = (id_of(&doc, "Angela Merkel"), id_of(&doc, "Nicolas Sarkozy"));
    assert!(has(&doc, &merkel, RelationKind::Visits, "warsaw"));
    assert!(has(&doc, &sarkozy, RelationKind::Visits, "warsaw"));
    assert!(has(&doc, &merkel, RelationKind::Meets, &sarkozy));
    // The host does not visit his own capital.
    assert!(!has(&doc, &id_of(&doc, "Bronisław Komorowski"), RelationKind::Visits, "warsaw"));
}

#[test]
fn the_few_attendees_of_an_unnamed_meeting_meet_one_another() {
    let doc = extract("The first meeting of the leaders took place in Poznań in 1998 and was attended by French President Jacques Chirac, German Chancellor Helmut Kohl and Polish President Aleksander Kwaśniewski.");
    let (chirac, kohl, kwasniewski) = (id_of(&doc, "Jacques Chirac"), id_of(&doc, "Helmut Kohl"), id_of(&doc, "Aleksander Kwaśniewski"));
    assert!(has(&doc, &chirac, RelationKind::Meets, &kohl));
    assert!(has(&doc, &kohl, RelationKind::Meets, &kwasniewski));
    // A named summit's attendees attend it; they need not all have met.
    let doc = extract("The Bratislava Summit was attended by French President Jacques Chirac, German Chancellor Helmut Kohl and Polish President Aleksander Kwaśniewski.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::Meets));
}

#[test]
fn a_remit_of_two_words_is_no_name() {
    let doc = extract("Kaja Kallas, the High Representative of the European Union for Foreign Affairs and Security Policy, attended.");
    assert!(doc.entities.iter().all(|e| e.name != "Policy"), "{:?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Kaja Kallas"), RelationKind::HoldsOffice, &id_of(&doc, "European Union")));
}

#[test]
fn a_state_represented_by_an_office_holder_is_the_office_s_state() {
    let doc = extract("Argentine President Alberto Fernández handed the pro tempore presidency to Saint Vincent and the Grenadines, represented by Prime Minister Ralph Gonsalves.");
    let gonsalves = id_of(&doc, "Ralph Gonsalves");
    assert!(has(&doc, &gonsalves, RelationKind::HoldsOffice, "saint_vincent_and_the_grenadines"));
    assert!(!has(&doc, &gonsalves, RelationKind::HoldsOffice, "argentina"));
}

#[test]
fn a_leader_who_did_not_travel_or_cancelled_the_trip_did_not_attend_and_the_one_sent_did() {
    let doc = extract("The 7th CELAC Summit was held in Buenos Aires. Mexican President Andrés Manuel López Obrador did not travel either and sent Foreign Secretary Marcelo Ebrard. \
                       Venezuelan President Nicolás Maduro cancelled his trip on the eve of the summit.");
    let summit = id_of(&doc, "CELAC Summit");
    assert!(relation(&doc, &id_of(&doc, "Andrés Manuel López Obrador"), RelationKind::Attends, &summit).negated);
    assert!(relation(&doc, &id_of(&doc, "Nicolás Maduro"), RelationKind::Attends, &summit).negated);
    assert!(!relation(&doc, &id_of(&doc, "Marcelo Ebrard"), RelationKind::Attends, &summit).negated);
}

#[test]
fn travelling_on_to_a_city_visits_it_and_congo_is_named_without_its_article() {
    let doc = extract("Iraqi Foreign Minister Fuad Hussein will be received by the Sultan tomorrow, before travelling on to Doha.");
    assert!(has(&doc, &id_of(&doc, "Fuad Hussein"), RelationKind::Visits, "doha"));
    let doc = extract("The bloc groups Burundi, Kenya, Uganda and the Democratic Republic of Congo.");
    assert!(doc.entities.iter().any(|e| e.name == "Democratic Republic of the Congo"), "{:?}", doc.entities);
}

#[test]
fn a_city_where_a_body_has_its_headquarters_locates_the_body() {
    for text in ["Leaders met in Arusha, the northern Tanzanian city where the EAC has its headquarters.", "Ministers gathered in Addis Ababa, where the African Union is headquartered."] {
        let doc = extract(text);
        let body = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Organization).expect("a body").id.clone();
        let city = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Place).expect("a city").id.clone();
        assert!(has(&doc, &body, RelationKind::LocatedIn, &city), "{text}");
    }
}

#[test]
fn warnings_brushed_aside_criticise_the_one_who_brushed_them_aside() {
    let doc = extract("HONIARA, April 20 (Reuters) - Solomon Islands Prime Minister Manasseh Sogavare said his government had signed a security agreement with China, brushing aside warnings from Australia and the United States.");
    let sogavare = id_of(&doc, "Manasseh Sogavare");
    for critic in ["australia", "united_states"] {
        assert!(stated(&doc).any(|r| r.kind == RelationKind::Criticizes && r.subject == critic && (r.object == "solomon_islands" || r.object == sogavare)), "{critic}");
    }
    // Warnings about a third party name no critic of the speaker.
    let doc = extract("Australia issued warnings about the pact on Tuesday.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::Criticizes));
}

#[test]
fn the_capital_of_a_state_named_by_its_name_is_its_capital_city() {
    let doc = extract("The United States is worried. Washington said in February that it would reopen its embassy in the Solomon Islands capital, which it closed in 1993.");
    assert!(has(&doc, "united_states", RelationKind::OpensOfficeIn, "honiara"), "{:#?}", doc.relations);
}

#[test]
fn a_state_fighting_a_group_linked_to_another_with_the_support_of_a_named_force() {
    let doc = extract("Mali is still fighting Ansar Dine, a jihadist group linked to al Qaeda, with the support of a United Nations force known as MINUSMA, which includes troops from Chad, Togo and Senegal.");
    let (group, qaeda, force) = (id_of(&doc, "Ansar Dine"), id_of(&doc, "al Qaeda"), id_of(&doc, "MINUSMA"));
    assert_eq!(relation(&doc, "mali", RelationKind::Other, &group).label.as_deref(), Some("fighting"));
    assert!(has(&doc, &group, RelationKind::CooperatesWith, &qaeda));
    assert!(has(&doc, &force, RelationKind::CooperatesWith, "mali"), "{:#?}", doc.relations);
    for state in ["chad", "togo", "senegal"] {
        assert_eq!(relation(&doc, state, RelationKind::Other, &force).label.as_deref(), Some("contributes troops to"), "{state}");
    }
    // Deaths linked to the war link no parties.
    let doc = extract("Officials said the deaths were linked to the war in Sudan.");
    assert!(!stated(&doc).any(|r| r.label.as_deref() == Some("linked to")));
}

#[test]
fn the_premier_or_governor_of_a_region_holds_its_office() {
    let doc = extract("Daniel Suidani, the premier of Malaita Province and an outspoken critic of the switch, spoke on Tuesday.");
    let suidani = id_of(&doc, "Daniel Suidani");
    assert_eq!(relation(&doc, &suidani, RelationKind::HoldsOffice, &id_of(&doc, "Malaita Province")).label.as_deref(), Some("Premier"));
}

#[test]
fn asking_someone_not_to_act_or_urging_him_is_criticism() {
    let doc = extract("Australian Minister Zed Seselja flew to Honiara and asked Prime Minister Manasseh Sogavare not to sign the deal.");
    let (seselja, sogavare) = (id_of(&doc, "Zed Seselja"), id_of(&doc, "Manasseh Sogavare"));
    assert!(has(&doc, &seselja, RelationKind::Criticizes, &sogavare));
    let doc = extract("President David Panuelo of Micronesia wrote to Prime Minister Manasseh Sogavare this month urging him to reconsider.");
    assert!(has(&doc, &id_of(&doc, "David Panuelo"), RelationKind::Criticizes, &id_of(&doc, "Manasseh Sogavare")));
    // Asking someone to attend is no criticism.
    let doc = extract("Australian Minister Zed Seselja asked Prime Minister Manasseh Sogavare to attend the forum.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::Criticizes));
}

#[test]
fn where_a_body_was_founded_is_read_past_a_date_and_a_city_description() {
    let doc = extract("CELAC was founded in Caracas in December 2011.");
    let celac = id_of(&doc, "CELAC");
    assert_eq!(relation(&doc, &celac, RelationKind::Other, "caracas").label.as_deref(), Some("founded in"));
    let doc = extract("The Weimar Triangle is a grouping of France, Germany and Poland. The grouping was founded on 28 August 1991 in the German city of Weimar.");
    let weimar = doc.entities.iter().find(|e| e.name == "Weimar").expect("the city").id.clone();
    assert_eq!(relation(&doc, &id_of(&doc, "Weimar Triangle"), RelationKind::Other, &weimar).label.as_deref(), Some("founded in"));
    // An office set up in a city is located there.
    let doc = extract("A permanent Arctic Council Secretariat was established in Tromsø, Norway, in 2013.");
    assert!(has(&doc, &id_of(&doc, "Arctic Council Secretariat"), RelationKind::LocatedIn, &id_of(&doc, "Tromsø")));
}

#[test]
fn a_city_in_the_indian_state_of_a_region_lies_in_the_region() {
    let doc = extract("The Prime Minister will travel to Ujjain in the Indian state of Madhya Pradesh.");
    let (ujjain, region) = (id_of(&doc, "Ujjain"), id_of(&doc, "Madhya Pradesh"));
    assert!(has(&doc, &ujjain, RelationKind::LocatedIn, &region));
    assert!(has(&doc, &region, RelationKind::LocatedIn, "india"));
}

#[test]
fn a_list_of_people_reaches_past_an_earlier_item_s_appositive() {
    let doc = extract("A delegation led by Kurt Campbell, the White House Indo-Pacific coordinator, and Daniel Kritenbrink, an assistant secretary, is expected to arrive in Honiara on Friday.");
    for person in ["Kurt Campbell", "Daniel Kritenbrink"] {
        assert_eq!(relation(&doc, &id_of(&doc, person), RelationKind::Visits, "honiara").modality, entente::model::Modality::Expected, "{person}");
    }
}

#[test]
fn guests_with_long_appositives_still_visit_the_host_city() {
    let doc = extract("In April 2024 President Kais Saied hosted Algerian President Abdelmadjid Tebboune and Mohamed al-Menfi, chairman of Libya's Presidential Council, in Tunis for a meeting.");
    assert!(has(&doc, &id_of(&doc, "Abdelmadjid Tebboune"), RelationKind::Visits, "tunis"));
    assert!(has(&doc, &id_of(&doc, "Mohamed al-Menfi"), RelationKind::Visits, "tunis"));
}

#[test]
fn the_a3_is_a_bloc_whose_members_may_follow_its_quoted_name_in_dashes() {
    let doc = extract("Speaking on behalf of the \"A3+\" — Algeria, Mozambique, Sierra Leone and Guyana — Mozambique's delegate said the measures weakened Juba.");
    let a3 = id_of(&doc, "A3");
    for state in ["algeria", "mozambique", "sierra_leone", "guyana"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &a3), "{state}");
    }
}

#[test]
fn states_admitted_as_observers_or_listed_after_observer_status_observe() {
    for text in [
        "The Arctic Council is a forum of eight states. In 2013 six states – China, India and Italy – were admitted as observers.",
        "The Arctic Council is a forum of eight states. More than sixty states have observer status, among them China, India and Italy.",
    ] {
        let doc = extract(text);
        let council = id_of(&doc, "Arctic Council");
        for state in ["china", "india", "italy"] {
            assert_eq!(relation(&doc, state, RelationKind::Attends, &council).label.as_deref(), Some("observer"), "{text}: {state}");
        }
    }
}

#[test]
fn the_last_person_of_a_list_written_with_a_state_serves_it() {
    let doc = extract("Most leaders attended, among them Gabriel Boric of Chile, Luis Arce of Bolivia and Cuban President Miguel Díaz-Canel.");
    assert!(has(&doc, &id_of(&doc, "Luis Arce"), RelationKind::HoldsOffice, "bolivia"));
    // Not "A of France and Germany": more states after "and".
    let doc = extract("Talks were held by Luis Arce of Bolivia and Chile.");
    assert!(!has(&doc, &id_of(&doc, "Luis Arce"), RelationKind::HoldsOffice, "bolivia"));
}

#[test]
fn an_incoming_or_interim_office_holder_in_apposition_holds_the_office() {
    for text in ["He met Kaja Kallas, the incoming High Representative of the European Union.", "He met Kaja Kallas, the interim High Representative of the European Union."] {
        let doc = extract(text);
        assert!(has(&doc, &id_of(&doc, "Kaja Kallas"), RelationKind::HoldsOffice, &id_of(&doc, "European Union")), "{text}");
    }
}

#[test]
fn a_pronoun_after_an_opening_date_continues_the_last_subject() {
    let doc = extract("Brazilian President Luiz Inácio Lula da Silva arrived in Buenos Aires on Sunday. On 23 January he held talks with Argentine President Alberto Fernández.");
    assert!(has(&doc, &id_of(&doc, "Luiz Inácio Lula da Silva"), RelationKind::Meets, &id_of(&doc, "Alberto Fernández")));
}

#[test]
fn the_sides_agreeing_to_hold_a_body_s_next_meeting_plan_to_attend_it_where_it_is_held() {
    let doc = extract("Omani Foreign Minister Badr Albusaidi met Iraqi Foreign Minister Fuad Hussein in Muscat on Sunday. \
                       The two sides agreed to convene the next session of the Omani-Iraqi Joint Committee in Baghdad before the end of the year.");
    let committee = id_of(&doc, "Omani-Iraqi Joint Committee");
    for state in ["oman", "iraq"] {
        assert_eq!(relation(&doc, state, RelationKind::Attends, &committee).modality, entente::model::Modality::Planned, "{state}");
    }
    assert!(has(&doc, &committee, RelationKind::LocatedIn, "baghdad"));
}

#[test]
fn the_next_session_of_a_body_will_be_held_where_the_sentence_says() {
    let doc = extract("The two sides agreed that the next session of the Joint Permanent Commission of Cooperation will be held in Lusaka in 2025.");
    let commission = id_of(&doc, "Joint Permanent Commission of Cooperation");
    assert_eq!(relation(&doc, &commission, RelationKind::LocatedIn, "lusaka").modality, entente::model::Modality::Planned);
}

#[test]
fn the_force_is_the_force_named_before() {
    let doc = extract("Leaders discussed the future of the EAC Regional Force in eastern Congo. The Democratic Republic of Congo has accused the force of failing to confront the rebels.");
    assert!(has(&doc, "democratic_republic_of_the_congo", RelationKind::Criticizes, &id_of(&doc, "EAC Regional Force")), "{:#?}", doc.relations);
}

#[test]
fn a_day_s_meeting_is_the_event_named_before() {
    let doc = extract("Leaders met at an extraordinary summit in Arusha on Friday. Congolese President Felix Tshisekedi did not attend Friday's meeting.");
    let summit = doc.entities.iter().find(|e| e.kind == entente::model::EntityKind::Event).expect("the summit").id.clone();
    assert!(relation(&doc, &id_of(&doc, "Felix Tshisekedi"), RelationKind::Attends, &summit).negated);
}

#[test]
fn a_speaker_closing_a_sentence_speaks_for_the_state_it_opens_with() {
    let doc = extract("Norway, which shut its embassy in Minsk in 2022, has no plans to reopen it, Foreign Minister Ingrid Solberg Haug said.");
    assert!(has(&doc, &id_of(&doc, "Ingrid Solberg Haug"), RelationKind::HoldsOffice, "norway"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Ingrid Solberg Haug"), RelationKind::HoldsOffice, "belarus"));
}

#[test]
fn a_compass_word_before_a_region_opens_a_body_s_name() {
    let doc = extract("The Western Pacific Fisheries Commission, based in Pohnpei, met on Monday. The Northern Sahel Water Authority, based in Niamey, met too.");
    for (name, seat) in [("Western Pacific Fisheries Commission", "pohnpei"), ("Northern Sahel Water Authority", "niamey")] {
        let body = doc.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}: {:#?}", doc.entities));
        assert!(has(&doc, &body.id, RelationKind::LocatedIn, seat), "{name}");
    }
}

#[test]
fn a_place_s_premier_named_in_apposition_holds_that_office() {
    let doc = extract("Quebec's premier, Francois Legault, skipped the meeting in Ottawa.");
    assert!(has(&doc, &id_of(&doc, "Francois Legault"), RelationKind::HoldsOffice, &id_of(&doc, "Quebec")), "{:#?}", doc.relations);
}

#[test]
fn the_organisation_in_an_entry_is_the_one_the_entry_is_about() {
    let doc = extract("The Southern African Development Community (SADC) is a bloc of sixteen states. SADC works closely with the African Union. The organisation was founded in Lusaka in 1980.");
    let sadc = id_of(&doc, "SADC");
    assert!(stated(&doc).any(|r| r.subject == sadc && r.object == "lusaka"), "{:#?}", doc.relations);
    assert!(!stated(&doc).any(|r| r.subject == "african_union" && r.object == "lusaka"));
}

#[test]
fn its_seat_is_not_a_bloc_the_sentence_names_only_later() {
    let doc = extract("The Economic Community of Central African States (ECCAS) groups eleven states. \
                       Its secretariat is located in Libreville, and it cooperates with the African Union (AU).");
    assert!(has(&doc, &id_of(&doc, "ECCAS"), RelationKind::LocatedIn, "libreville"), "{:#?}", doc.relations);
    assert!(!has(&doc, "african_union", RelationKind::LocatedIn, "libreville"));
}

#[test]
fn states_listed_after_the_regions_they_lie_in_are_members() {
    let doc = extract("The Mano River Union is an organisation of four states in West Africa and the Gulf of Guinea region: Guinea, Liberia, Sierra Leone and Ivory Coast.");
    let union = id_of(&doc, "Mano River Union");
    for state in ["guinea", "liberia", "sierra_leone"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &union), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn founders_named_after_a_former_name_are_founding_members() {
    let doc = extract("The Central American Integration System is a regional body. \
                       It was established in Tegucigalpa in December 1991 as the successor of the Organization of Central American States (ODECA) by Costa Rica, El Salvador, Guatemala, Honduras and Nicaragua.");
    let system = id_of(&doc, "Central American Integration System");
    for state in ["costa_rica", "guatemala", "nicaragua"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &system), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn ma_before_a_filipino_given_name_ends_no_sentence() {
    let doc = extract("Foreign Affairs Secretary Ma. Lourdes Yparraguirre met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday.");
    let secretary = doc.entities.iter().find(|e| e.name.ends_with("Lourdes Yparraguirre")).expect("the secretary");
    assert!(has(&doc, &secretary.id, RelationKind::Meets, &id_of(&doc, "Takeshi Iwaya")), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "Ma"));
}

#[test]
fn its_embassy_is_the_office_of_the_state_the_sentence_is_about() {
    let doc = extract("Brazil, which turned its trade office in Ramallah into an embassy in 2010, said nothing.");
    assert!(has(&doc, "brazil", RelationKind::OpensOfficeIn, &id_of(&doc, "Ramallah")), "{:#?}", doc.relations);
    let doc = extract("Uzbekistan never cut ties with the Taliban. It kept its embassy in Kabul and its consulate in Mazar-i-Sharif open.");
    for city in ["Kabul", "Mazar-i-Sharif"] {
        assert!(has(&doc, "uzbekistan", RelationKind::OpensOfficeIn, &id_of(&doc, city)), "{city}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, &id_of(&doc, "Kabul"), RelationKind::OpensOfficeIn, &id_of(&doc, "Mazar-i-Sharif")));
}

#[test]
fn a_second_membership_predicate_keeps_the_sentence_s_subject() {
    let doc = extract("Serbia is not a member of NATO and is only a partner of the Collective Security Treaty Organization, but is a member of the Council of Europe.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::MemberOf && r.subject == "nato"), "{:#?}", doc.relations);
    let doc = extract("Armenia is not a member of the European Union and is a member of the Eurasian Economic Union.");
    assert!(has(&doc, "armenia", RelationKind::MemberOf, &id_of(&doc, "Eurasian Economic Union")), "{:#?}", doc.relations);
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::MemberOf && r.subject == "european_union"));
}

#[test]
fn the_foreign_ministry_in_a_city_is_that_state_s_ministry_seated_there() {
    let doc = extract("Talks on Yemen stalled. The rebel leader stayed away, but the foreign ministry in Aden accused the envoy of bias.");
    let ministry = doc.entities.iter().find(|e| e.name.contains("Foreign Ministry")).unwrap_or_else(|| panic!("{:#?}", doc.entities));
    assert!(has(&doc, &ministry.id, RelationKind::PartOf, "yemen"), "{:#?}", doc.relations);
    assert!(has(&doc, &ministry.id, RelationKind::LocatedIn, &id_of(&doc, "Aden")));
}

#[test]
fn did_not_attend_before_a_comma_has_no_object_after_it() {
    let doc = extract("Leaders met at an extraordinary summit in Entebbe. Kiir did not attend, but the foreign ministry in Juba welcomed the outcome.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::Attends && r.object.contains("ministry")), "{:#?}", doc.relations);
}

#[test]
fn each_of_a_subject_list_works_with_the_partners_named() {
    let doc = extract("Japan and South Korea have worked with ASEAN on maritime security.");
    let asean = id_of(&doc, "ASEAN");
    for state in ["japan", "south_korea"] {
        assert!(has(&doc, state, RelationKind::CooperatesWith, &asean), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn meeting_a_country_s_community_abroad_is_no_meeting_with_its_state() {
    let doc = extract("Indonesian Foreign Minister Sugiono visited Riyadh on Monday. He also met members of the Indonesian community at the embassy.");
    assert!(!stated(&doc).any(|r| r.kind == RelationKind::Meets && r.object == "indonesia"), "{:#?}", doc.relations);
}

#[test]
fn dependent_territories_are_places_of_their_state() {
    let doc = extract("Officials from Aruba, Curacao and Anguilla attended the regional meeting in Bridgetown.");
    for territory in ["Aruba", "Curacao", "Anguilla"] {
        let place = doc.entities.iter().find(|e| e.name == territory).unwrap_or_else(|| panic!("{territory}: {:#?}", doc.entities));
        assert_eq!(place.kind, entente::model::EntityKind::Place, "{territory}");
    }
    let doc = extract("Montserrat and the United Kingdom signed a new constitution order.");
    assert!(has(&doc, &id_of(&doc, "Montserrat"), RelationKind::LocatedIn, "united_kingdom"), "{:#?}", doc.relations);
}

#[test]
fn a_territory_described_by_its_state_is_part_of_it() {
    let doc = extract("Guadeloupe, a French overseas department, hosted the meeting. The Dutch territory of Bonaire sent an observer.");
    assert!(has(&doc, &id_of(&doc, "Guadeloupe"), RelationKind::PartOf, "france"), "{:#?}", doc.relations);
    let doc = extract("The British territory of Pitcairn asked for help.");
    assert!(has(&doc, &id_of(&doc, "Pitcairn"), RelationKind::PartOf, "united_kingdom"), "{:#?}", doc.relations);
}

#[test]
fn a_minister_met_after_a_president_serves_the_president_s_state() {
    let doc = extract("Turkmenistan hosted regional talks on Sunday. Kazakh envoy Yerlan Karin met President Serdar Berdimuhamedov and Foreign Minister Ata Serdarov in Ashgabat, and Russia sent an observer.");
    let minister = id_of(&doc, "Ata Serdarov");
    assert!(has(&doc, &minister, RelationKind::HoldsOffice, "turkmenistan"), "{:#?}", doc.relations);
    assert!(!has(&doc, &minister, RelationKind::Visits, "ashgabat"));
    // Two leaders met are no one side.
    let doc = extract("In 2011 President Bronislaw Komorowski hosted Chancellor Angela Merkel and President Nicolas Sarkozy in Warsaw.");
    assert!(!has(&doc, &id_of(&doc, "Nicolas Sarkozy"), RelationKind::HoldsOffice, "germany"), "{:#?}", doc.relations);
}

#[test]
fn a_visitor_whose_office_the_text_gives_visits_the_capital_of_the_meeting() {
    // (The gazetteer lists Muttaqi with the Taliban, no state.)
    let doc = extract("Amir Khan Muttaqi, Afghanistan's acting foreign minister, met President Shavkat Mirziyoyev in the Uzbek capital on Monday.");
    assert!(has(&doc, &id_of(&doc, "Amir Khan Muttaqi"), RelationKind::Visits, "tashkent"), "{:#?}", doc.relations);
}

#[test]
fn an_agreement_signed_by_two_bodies_past_a_parenthesis_binds_them() {
    let doc = extract("A third agreement, on customs data, was signed by Chile's National Customs Service and the Argentine Federal Revenue Administration.");
    let customs = id_of(&doc, "National Customs Service");
    assert!(stated(&doc).any(|r| r.kind == RelationKind::CooperatesWith && (r.subject == customs || r.object == customs)), "{:#?}", doc.relations);
    let doc = extract("Uruguay's National Superintendency of Ports welcomed the plan.");
    assert!(doc.entities.iter().any(|e| e.name == "National Superintendency of Ports"), "{:#?}", doc.entities);
}

#[test]
fn signing_a_letter_of_intent_is_cooperation() {
    let doc = extract("The Ministry of Mines of Zambia and the Abu Dhabi National Oil Company signed a letter of intent on fuel supplies.");
    let firm = id_of(&doc, "Abu Dhabi National Oil Company");
    assert!(stated(&doc).any(|r| r.kind == RelationKind::CooperatesWith && (r.subject == firm || r.object == firm)), "{:#?}", doc.relations);
}

#[test]
fn a_guest_received_somewhere_by_a_host_meets_the_host_and_visits_the_city() {
    let doc = extract("Paraguay's foreign minister, Ruben Ramirez Lezcano, arrived on Tuesday. \
                       Foreign Minister Ramirez was received at the Palacio Quemado in La Paz by the President of Bolivia, Luis Arce, on Wednesday.");
    let guest = id_of(&doc, "Ruben Ramirez Lezcano");
    assert!(has(&doc, &id_of(&doc, "Luis Arce"), RelationKind::Meets, &guest), "{:#?}", doc.relations);
    assert!(has(&doc, &guest, RelationKind::Visits, &id_of(&doc, "La Paz")));
}

#[test]
fn a_region_borders_every_neighbour_listed() {
    let doc = extract("Fighting spread in the Ituri province, which borders Uganda and South Sudan, the governor said.");
    let ituri = id_of(&doc, "Ituri");
    assert!(has(&doc, &ituri, RelationKind::Other, "uganda"), "{:#?}", doc.relations);
    assert!(has(&doc, &ituri, RelationKind::Other, "south_sudan"), "{:#?}", doc.relations);
}

#[test]
fn a_leader_who_fled_went_there() {
    let doc = extract("Former Prime Minister Imran Khan was in Lahore. Ousted President Ashraf Ghani fled to the United Arab Emirates in 2021.");
    assert!(has(&doc, "ashraf_ghani", RelationKind::Visits, "united_arab_emirates"), "{:#?}", doc.relations);
}

#[test]
fn a_possessive_names_whom_a_person_serves_or_leads() {
    let doc = extract(
        "Japan's Kazuyuki Yamazaki said Tokyo had voted in favour. Former Prime Minister Nawaz Sharif spoke in Lahore. Supporters of Sharif's Pakistan Muslim League rallied, while opposition leader Omar Ayub, whose Tehreek-e-Insaf Party boycotted the session, stayed away.",
    );
    assert!(has(&doc, "kazuyuki_yamazaki", RelationKind::HoldsOffice, "japan"), "{:#?}", doc.relations);
    let league = id_of(&doc, "Pakistan Muslim League");
    assert!(has(&doc, "nawaz_sharif", RelationKind::HoldsOffice, &league), "{:#?}", doc.relations);
    assert!(has(&doc, "omar_ayub", RelationKind::HoldsOffice, &id_of(&doc, "Tehreek-e-Insaf Party")), "{:#?}", doc.relations);
}

#[test]
fn a_group_described_by_its_size_is_the_bloc_named_before() {
    let doc = extract("The summit of the Gulf Cooperation Council opened in Doha. Oman and Kuwait are members of the six-nation group.");
    assert!(has(&doc, "oman", RelationKind::MemberOf, "gulf_cooperation_council"), "{:#?}", doc.relations);
    assert!(has(&doc, "kuwait", RelationKind::MemberOf, "gulf_cooperation_council"), "{:#?}", doc.relations);
}

#[test]
fn the_leaders_after_a_list_of_three_leaders_are_their_states() {
    let doc = extract(
        "President William Ruto of Kenya, President Yoweri Museveni of Uganda and President Samia Suluhu Hassan of Tanzania met in Arusha. The leaders condemned in the strongest terms the continued Rwandan incursions into Congo. They expressed their deep regret at the decision taken by Burundi.",
    );
    for state in ["kenya", "uganda", "tanzania"] {
        assert!(has(&doc, state, RelationKind::Criticizes, "rwanda"), "{state} {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::Criticizes, "burundi"), "{state} {:#?}", doc.relations);
    }
}

#[test]
fn troop_contributors_listed_or_deploying_a_unit_take_part_in_the_mission() {
    let doc = extract(
        "The Security Council renewed the mandate of the United Nations Interim Force in Lebanon (UNIFIL). Speaking for the troop-contributing countries, among them Ghana, Indonesia and Malaysia, the representative of Italy welcomed the decision. Spain and France provide the largest contingents, and Armenia deployed its first company in 2019.",
    );
    let force = id_of(&doc, "UNIFIL");
    for state in ["ghana", "indonesia", "malaysia", "armenia"] {
        assert!(has(&doc, state, RelationKind::Attends, &force), "{state} {:#?}", doc.relations);
    }
    assert!(!has(&doc, "italy", RelationKind::Attends, &force), "{:#?}", doc.relations);
}

#[test]
fn a_second_office_in_an_appositive_and_an_envoy_posted_in_a_city() {
    let doc = extract(
        "Bintou Keita, Special Representative of the Secretary-General and head of MONUSCO, briefed the Council. Japan's ambassador in Canberra, Kazuhiro Suzuki, attended the ceremony.",
    );
    assert!(has(&doc, "bintou_keita", RelationKind::HoldsOffice, &id_of(&doc, "MONUSCO")), "{:#?}", doc.relations);
    assert!(has(&doc, "kazuhiro_suzuki", RelationKind::HoldsOffice, "japan"), "{:#?}", doc.relations);
}

#[test]
fn a_denied_meeting_is_a_negated_one() {
    let doc = extract("Prime Minister Sitiveni Rabuka visited Beijing and the southern city of Guangzhou. He denied meeting officers of the People's Liberation Army during the visit.");
    let rabuka = id_of(&doc, "Sitiveni Rabuka");
    assert!(relation(&doc, &rabuka, RelationKind::Meets, &id_of(&doc, "People's Liberation Army")).negated, "{:#?}", doc.relations);
    assert!(has(&doc, &rabuka, RelationKind::Visits, &id_of(&doc, "Guangzhou")), "{:#?}", doc.relations);
}

#[test]
fn the_capital_of_a_state_s_province_lies_in_the_province() {
    let doc = extract("The envoys met in Chengdu, the capital of China's Sichuan province, on Monday.");
    assert!(has(&doc, &id_of(&doc, "Chengdu"), RelationKind::LocatedIn, &id_of(&doc, "Sichuan")), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Chengdu"), RelationKind::LocatedIn, "china"), "{:#?}", doc.relations);
}

#[test]
fn an_island_named_for_a_king_is_a_place_and_a_delegation_does_not_meet_itself() {
    let doc = extract("Chile operates the Eduardo Frei Base on King George Island. President Gabriel Boric was accompanied by Foreign Minister Alberto van Klaveren and Defence Minister Maya Fernández.");
    assert!(doc.entities.iter().all(|e| e.name != "George Island" || e.kind != entente::model::EntityKind::Person), "{:#?}", doc.entities);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn two_parties_one_subject_acts_on_are_not_guessed_related() {
    let doc = extract("President Lula of Brazil met President Petro of Colombia in Bogotá. The two leaders condemned Russia's war against Ukraine and called on Israel to allow aid into Gaza.");
    assert!(has(&doc, "brazil", RelationKind::Criticizes, "israel"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| [r.subject.as_str(), r.object.as_str()].contains(&"russia") && [r.subject.as_str(), r.object.as_str()].contains(&"israel")), "{:#?}", doc.relations);
}

#[test]
fn officials_of_two_states_who_met_in_a_third_state_s_city_travelled_there() {
    let doc = extract("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in Washington on Tuesday.");
    assert!(has(&doc, "ararat_mirzoyan", RelationKind::Visits, "washington"), "{:#?}", doc.relations);
    assert!(has(&doc, "jeyhun_bayramov", RelationKind::Visits, "washington"), "{:#?}", doc.relations);
    let doc = extract("Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov met in Baku on Tuesday.");
    assert!(!has(&doc, "jeyhun_bayramov", RelationKind::Visits, "baku"), "{:#?}", doc.relations);
}

#[test]
fn their_stay_is_the_opening_subjects_visit() {
    let doc = extract("President Ruto and President Museveni thanked President Samia Suluhu Hassan for the welcome extended to them during their stay in Tanzania.");
    assert!(has(&doc, &id_of(&doc, "Ruto"), RelationKind::Visits, "tanzania"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Museveni"), RelationKind::Visits, "tanzania"), "{:#?}", doc.relations);
    assert!(!has(&doc, "samia_suluhu_hassan", RelationKind::Visits, "tanzania"), "{:#?}", doc.relations);
}

#[test]
fn a_building_visited_with_a_town_lies_in_the_town() {
    let doc = extract("In Hanoi, Vietnamese President To Lam received Prime Minister Anthony Albanese at the Presidential Palace on Monday.");
    assert!(has(&doc, &id_of(&doc, "Presidential Palace"), RelationKind::LocatedIn, &id_of(&doc, "Hanoi")), "{:#?}", doc.relations);
}

#[test]
fn attending_with_a_clause_or_a_time_after_the_verb_is_the_summit_s() {
    let doc = extract("The Mercosur summit opened in Asunción on Monday. Bolivia's President Luis Arce also took part as his country joined Mercosur as a full member. Uruguay's foreign minister attended a day before the closing session.");
    let summit = id_of(&doc, "Mercosur summit");
    assert!(has(&doc, "luis_arce", RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(!has(&doc, "luis_arce", RelationKind::Attends, "mercosur"), "{:#?}", doc.relations);
    assert!(has(&doc, "uruguay", RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

#[test]
fn a_surname_as_a_listed_person_s_name_was_spelt_in_the_text_is_that_person() {
    let doc = extract("Ukrainian President Volodymyr Zelenskiy arrived in Reykjavik on Tuesday. Zelenskiy is expected to travel to Oslo on Wednesday.");
    let zelensky = id_of(&doc, "Volodymyr Zelenskiy");
    assert!(has(&doc, &zelensky, RelationKind::Visits, &id_of(&doc, "Oslo")), "{:#?}", doc.relations);
}

#[test]
fn an_ordinal_summit_of_a_body_is_named_with_the_body() {
    let doc = extract("The leaders met on the sidelines of the ninth summit of the Organization of Turkic States, held in Astana in November.");
    let summit = id_of(&doc, "ninth summit of the Organization of Turkic States");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, &id_of(&doc, "Astana")), "{:#?}", doc.relations);
}

#[test]
fn a_state_written_as_no_member_before_member_is_denied_membership_even_from_a_relative_clause() {
    let doc = extract("Norway is not an EU member.");
    assert!(relation(&doc, "norway", RelationKind::MemberOf, "european_union").negated);
    let doc = extract("The Dominican Republic, which borders Haiti and is not a CARICOM member, sent its foreign minister, Roberto Álvarez, as an observer.");
    assert!(relation(&doc, "dominican_republic", RelationKind::MemberOf, "caribbean_community").negated, "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == "haiti" && r.kind == RelationKind::MemberOf && !r.negated), "{:#?}", doc.relations);
    // "its" is the state the sentence is about, not one named inside the
    // relative clause.
    assert!(has(&doc, "roberto_álvarez", RelationKind::HoldsOffice, "dominican_republic"), "{:#?}", doc.relations);
    assert!(!has(&doc, "roberto_álvarez", RelationKind::HoldsOffice, "haiti"));
}

#[test]
fn two_leaders_meeting_again_in_a_city_travel_there_unless_it_is_their_own() {
    let doc = extract("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. The two leaders will meet again in Nairobi in May.");
    let visit = relation(&doc, "yoweri_museveni", RelationKind::Visits, "nairobi");
    assert_eq!(visit.modality, Modality::Planned);
    assert!(!has(&doc, "william_ruto", RelationKind::Visits, "nairobi"), "{:#?}", doc.relations);
    // "the two presidents" is a pair phrase like "the two leaders".
    let doc = extract("Ruto met Museveni in Kampala. The two presidents are expected to travel to Arusha in May.");
    assert!(has(&doc, "william_ruto", RelationKind::Visits, "arusha") && has(&doc, "yoweri_museveni", RelationKind::Visits, "arusha"), "{:#?}", doc.relations);
}

#[test]
fn a_states_own_firm_is_part_of_it_whether_named_after_the_noun_or_before_in_apposition() {
    let doc = extract("Brazil's state oil company Petrobras was seeking a licence.");
    assert!(has(&doc, "petrobras", RelationKind::PartOf, "brazil"), "{:#?}", doc.relations);
    let doc = extract("The centre will be built with Russian state atomic energy corporation Rosatom.");
    assert!(has(&doc, "rosatom", RelationKind::PartOf, "russia"), "{:#?}", doc.relations);
    // Two bodies joined by "and" stay two, each up to its head word.
    let doc = extract("The Tanzania Ports Authority and Asyad Group, Oman's state logistics company, also signed an agreement on a shipping service.");
    assert!(has(&doc, "asyad_group", RelationKind::PartOf, "oman"), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Tanzania Ports Authority"), "{:#?}", doc.entities);
    // A private firm a demonym describes is not the state's.
    let doc = extract("The deal was signed with Russian oil company Lukoil.");
    assert!(!has(&doc, "lukoil", RelationKind::PartOf, "russia"), "{:#?}", doc.relations);
}

#[test]
fn a_consulate_general_in_an_unknown_town_and_a_joint_body_after_a_place_are_found() {
    let doc = extract("The Government of Tanzania will open a Consulate General in Salalah in 2026.");
    assert!(has(&doc, "tanzania", RelationKind::OpensOfficeIn, "salalah"), "{:#?}", doc.relations);
    let doc = extract("She urged the authorities to revive the Abyei Joint Oversight Committee, which has not met since March 2022.");
    assert!(doc.entities.iter().any(|e| e.name == "Abyei Joint Oversight Committee" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn states_that_became_dialogue_partners_with_no_body_named_attend_the_bloc_the_text_is_about() {
    let doc = extract(
        "The Mekong River Commission was founded in 1995. \
         Its four members are Cambodia, Laos, Thailand and Vietnam, while China and Myanmar, the two upstream states, take part as dialogue partners.",
    );
    for state in ["china", "myanmar"] {
        let attends = relation(&doc, state, RelationKind::Attends, "mekong_river_commission");
        assert_eq!(attends.label.as_deref(), Some("dialogue partner"));
        assert!(!has(&doc, state, RelationKind::MemberOf, "mekong_river_commission"));
    }
}

#[test]
fn remit_words_between_a_body_and_a_lower_case_title_keep_the_body_as_the_office() {
    let doc = extract("EU foreign affairs spokesperson Anitta Hipper said the bloc was following the exchange with concern.");
    assert_eq!(relation(&doc, "anitta_hipper", RelationKind::HoldsOffice, "european_union").label.as_deref(), Some("spokesperson"));
}

#[test]
fn an_official_sent_in_a_leaders_place_serves_the_leaders_state() {
    let doc = extract(
        "Caribbean leaders met in Bridgetown, hosted by Prime Minister Mia Mottley of Barbados. \
         Jamaican Prime Minister Andrew Holness did not attend, sending Foreign Minister Kamina Johnson Smith in his place.",
    );
    assert!(has(&doc, "kamina_johnson_smith", RelationKind::HoldsOffice, "jamaica"), "{:#?}", doc.relations);
    assert!(!has(&doc, "kamina_johnson_smith", RelationKind::HoldsOffice, "barbados"));
}

#[test]
fn the_two_presidents_are_the_leaders_who_met_first_while_both_are_in_view() {
    let doc = extract(
        "President Vladimir Putin held a telephone conversation with President Recep Tayyip Erdogan of Turkey. \
         Erdogan briefed Putin on his recent contacts with Ukrainian President Volodymyr Zelensky. \
         Kremlin spokesman Dmitry Peskov said the two presidents had not discussed a possible meeting in person.",
    );
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && [&r.subject, &r.object].contains(&&"volodymyr_zelensky".to_owned()) && r.negated), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.negated && r.subject == "vladimir_putin" && r.object == "recep_tayyip_erdogan"), "{:#?}", doc.relations);
}

#[test]
fn his_majesty_is_the_monarch_named_last_and_two_heads_of_state_talking_in_a_city_bring_the_guest_there() {
    let doc = extract(
        "His Majesty Sultan Haitham bin Tarik of Oman paid a state visit to Tanzania at the invitation of President Samia Suluhu Hassan. \
         The two Heads of State held official talks at State House in Dar es Salaam on 11 February. \
         On 12 February, His Majesty travelled to Arusha.",
    );
    let sultan = id_of(&doc, "Haitham bin Tariq");
    assert!(has(&doc, &sultan, RelationKind::Visits, "dar_es_salaam"), "{:#?}", doc.relations);
    assert!(!has(&doc, "samia_suluhu_hassan", RelationKind::Visits, "dar_es_salaam"), "the host is at home");
    assert!(has(&doc, &sultan, RelationKind::Visits, "arusha"), "{:#?}", doc.relations);
}

#[test]
fn a_sentence_opening_it_is_not_a_member_speaks_of_the_state_before() {
    let doc = extract("Kosovo declared independence from Serbia in 2008. It is not a member of NATO or the United Nations.");
    assert!(relation(&doc, "kosovo", RelationKind::MemberOf, "nato").negated, "{:#?}", doc.relations);
    assert!(relation(&doc, "kosovo", RelationKind::MemberOf, "united_nations").negated);
}

#[test]
fn a_guest_received_by_a_host_with_a_long_title_meets_the_host_and_holds_the_talks_after_and() {
    let doc = extract(
        "Minister for Foreign Affairs Elina Valtonen paid an official visit to Kazakhstan on 9 April. \
         In Astana, she was received by the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, and held talks with Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu.",
    );
    assert!(has(&doc, "kassym_jomart_tokayev", RelationKind::Meets, "elina_valtonen"), "{:#?}", doc.relations);
    assert!(has(&doc, "elina_valtonen", RelationKind::Meets, "murat_nurtleu"), "{:#?}", doc.relations);
}

#[test]
fn two_people_opening_a_sentence_with_appositives_met_when_they_sign_or_hold_talks() {
    let doc = extract(
        "Chile's Minister of Foreign Affairs, Alberto van Klaveren, and Julio Arriola, Paraguay's Minister of Foreign Affairs, signed a memorandum on border roads. \
         President Gabriel Boric and Santiago Peña, the president of Paraguay, held their first bilateral meeting in Asunción.",
    );
    assert!(has(&doc, "alberto_van_klaveren", RelationKind::Meets, "julio_arriola"), "{:#?}", doc.relations);
    assert!(has(&doc, "gabriel_boric", RelationKind::Meets, "santiago_pena"), "{:#?}", doc.relations);
}

#[test]
fn talks_held_after_a_visit_are_the_visitors_not_the_capitals() {
    let doc = extract(
        "Naledi Pandor, the foreign minister of South Africa, visited Harare on Monday and held talks with Prime Minister Fumio Kishida of Japan and with Foreign Minister Amon Murwira.",
    );
    assert!(has(&doc, "naledi_pandor", RelationKind::Meets, "amon_murwira"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.subject == "zimbabwe"), "{:#?}", doc.relations);
}

#[test]
fn troop_contributors_join_the_mission_their_sentence_points_to() {
    let doc = extract(
        "The Security Council extended the mandate of the United Nations Mission in South Sudan (UNMISS). \
         UNMISS, headquartered in Juba, operates in all ten states. \
         Rwanda, Nepal and Mongolia contribute its largest contingents, while Kenya and Ghana provide the troops of the Regional Protection Force.",
    );
    let mission = id_of(&doc, "UNMISS");
    for state in ["rwanda", "nepal", "mongolia"] {
        assert!(has(&doc, state, RelationKind::Attends, &mission), "{state}: {:#?}", doc.relations);
        assert!(!doc.relations.iter().any(|r| r.subject == state && r.object.contains("regional_protection")), "{state}");
    }
    for state in ["kenya", "ghana"] {
        assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Attends && r.subject == state && r.object.contains("regional_protection_force")), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_listed_subject_with_an_all_members_appositive_belongs_to_that_body_and_not_to_the_other() {
    let doc = extract("Norway, Iceland and Switzerland, all EFTA members, are not part of the European Union.");
    for state in ["norway", "iceland", "switzerland"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "EFTA")), "{state}: {:#?}", doc.relations);
        assert!(relation(&doc, state, RelationKind::MemberOf, "european_union").negated, "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_summit_of_another_kind_is_another_summit_and_a_later_bare_summit_is_still_the_first() {
    let doc = extract(
        "ECOWAS leaders met at an extraordinary summit in Abuja on Sunday. \
         Tinubu has chaired the bloc since July, when the bloc's annual summit was held in Accra. \
         Mali did not attend the summit.",
    );
    let annual = id_of(&doc, "annual summit");
    assert!(has(&doc, &annual, RelationKind::LocatedIn, "accra"), "{:#?}", doc.relations);
    let abuja = id_of(&doc, "extraordinary summit in Abuja");
    assert!(!has(&doc, &abuja, RelationKind::LocatedIn, "accra"), "{:#?}", doc.relations);
    assert!(relation(&doc, "mali", RelationKind::Attends, &abuja).negated, "{:#?}", doc.relations);
}

#[test]
fn names_of_offices_bodies_and_ranks_written_out_in_full_stay_whole() {
    let doc = extract(
        "The President was accompanied by the Minister of Foreign Affairs, Trade and Immigration of Belize, Francis Fonseca, who met his counterpart. \
         A memorandum was signed with the Ministry of Home Affairs and New Growth Industries of Belize. \
         The New Zealand Defence Force will train the Vanuatu Mobile Force. \
         Its leader, Senior General Min Aung Hlaing, attended the summit.",
    );
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Trade"), "{names:?}");
    assert!(has(&doc, "francis_fonseca", RelationKind::HoldsOffice, "belize"), "{:#?}", doc.relations);
    assert!(names.contains(&"Ministry of Home Affairs and New Growth Industries of Belize"), "{names:?}");
    assert!(names.contains(&"New Zealand Defence Force"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Senior")), "{names:?}");
    assert!(names.contains(&"Min Aung Hlaing"), "{names:?}");
}

#[test]
fn a_trip_to_a_states_capital_named_in_apposition_goes_to_the_city_with_the_companion_and_the_talks_are_the_travellers() {
    let doc = extract(
        "Prime Minister Christopher Luxon met Prime Minister Jotham Napat of Vanuatu in Port Vila on Monday. \
         The Prime Minister will travel to Fiji's capital, Suva, on Wednesday for talks with Prime Minister Sitiveni Rabuka. \
         Jakaya Kikwete is expected to travel to Antananarivo next week with Joaquim Chissano, the former Mozambican president.",
    );
    assert!(has(&doc, "christopher_luxon", RelationKind::Visits, "suva"), "{:#?}", doc.relations);
    assert!(has(&doc, "christopher_luxon", RelationKind::Meets, "sitiveni_rabuka"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.subject == "fiji"), "{:#?}", doc.relations);
    assert!(has(&doc, "joaquim_chissano", RelationKind::Visits, "antananarivo"), "{:#?}", doc.relations);
}

#[test]
fn a_person_who_said_he_is_expected_to_travel_goes_however_long_his_title() {
    let doc = extract("Briefing the Council before the vote, Huang Xia, the Special Envoy of the Secretary-General for the Great Lakes Region, said he is expected to travel to Kinshasa and Kigali in January.");
    assert!(has(&doc, "huang_xia", RelationKind::Visits, "kinshasa"), "{:#?}", doc.relations);
    assert!(has(&doc, "huang_xia", RelationKind::Visits, "kigali"), "{:#?}", doc.relations);
}

#[test]
fn both_countries_are_members_of_the_group_named_last() {
    let doc = extract(
        "Kazakhstan and Uzbekistan signed a water-sharing accord in Tashkent on Monday. \
         The deal follows a meeting of the Shanghai Cooperation Organisation in Astana last year. \
         Both countries are founding members of the 10-nation group.",
    );
    let sco = id_of(&doc, "Shanghai Cooperation Organisation");
    assert!(has(&doc, "kazakhstan", RelationKind::MemberOf, &sco), "{:#?}", doc.relations);
    assert!(has(&doc, "uzbekistan", RelationKind::MemberOf, &sco), "{:#?}", doc.relations);
}

#[test]
fn where_a_body_is_headquartered_based_or_operates() {
    let doc = extract(
        "The Economic Community of West African States (ECOWAS) is a regional bloc. It is headquartered in Abuja. \
         The Intergovernmental Authority on Development (IGAD) is a trade bloc. Its permanent secretariat is in Djibouti City. \
         UNMISS, headquartered in Juba, now operates mainly in Jonglei and Upper Nile states.",
    );
    let ecowas = id_of(&doc, "ECOWAS");
    assert!(has(&doc, &ecowas, RelationKind::LocatedIn, "abuja"), "{:#?}", doc.relations);
    let igad = id_of(&doc, "IGAD");
    assert!(has(&doc, &igad, RelationKind::LocatedIn, &id_of(&doc, "Djibouti City")), "{:#?}", doc.relations);
    let unmiss = id_of(&doc, "UNMISS");
    assert!(has(&doc, &unmiss, RelationKind::LocatedIn, &id_of(&doc, "Jonglei")), "{:#?}", doc.relations);
}

#[test]
fn a_body_described_as_another_bodys_organ_is_part_of_it_and_its_chair_a_member() {
    let doc = extract(
        "The Economic Community of West African States (ECOWAS) met in Abuja. \
         The envoys will report to the Mediation and Security Council, the ECOWAS organ that oversees security, which Ghana currently chairs.",
    );
    let council = id_of(&doc, "Mediation and Security Council");
    let ecowas = id_of(&doc, "ECOWAS");
    assert!(has(&doc, &council, RelationKind::PartOf, &ecowas), "{:#?}", doc.relations);
    assert!(has(&doc, "ghana", RelationKind::MemberOf, &council), "{:#?}", doc.relations);
}

#[test]
fn a_states_forces_serving_with_a_mission_take_part_in_it() {
    let doc = extract("Kenya paid tribute to the Jamaican military police who have served with the Multinational Security Support mission in Haiti since May.");
    let mission = id_of(&doc, "Multinational Security Support mission");
    assert!(has(&doc, "jamaica", RelationKind::Attends, &mission), "{:#?}", doc.relations);
}

#[test]
fn a_meeting_of_a_named_kind_in_a_place_is_an_event() {
    let doc = extract(
        "Myanmar was admitted at a special ministerial meeting in Bangkok in December 1997. \
         Serbia and Kosovo held a sixth round of normalisation talks in Brussels. \
         The envoys met at a meeting in Paris.",
    );
    let meeting = id_of(&doc, "special ministerial meeting");
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "bangkok"), "{:#?}", doc.relations);
    let talks = id_of(&doc, "sixth round of normalisation talks");
    assert!(has(&doc, &talks, RelationKind::LocatedIn, "brussels"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "meeting"), "a meeting of no named kind is no event");
}

#[test]
fn a_body_inside_an_including_aside_is_not_the_subject_of_the_next_verb() {
    let doc = extract(
        "The Security Council met today. \
         The Council maintained the ceiling of 11,500 personnel, including the Force Intervention Brigade, and demanded that the Rwanda Defence Force withdraw.",
    );
    let council = id_of(&doc, "UN Security Council");
    let rdf = id_of(&doc, "Rwanda Defence Force");
    assert!(has(&doc, &council, RelationKind::Criticizes, &rdf), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Force Intervention Brigade"), RelationKind::Criticizes, &rdf), "{:#?}", doc.relations);
}

#[test]
fn an_unknown_name_before_a_groups_noun_is_an_organisation() {
    let doc = extract("The ministers condemned the attacks committed by the Viv Ansanm gang coalition against the people of Haiti.");
    let gang = doc.entities.iter().find(|e| e.name == "Viv Ansanm").expect("named");
    assert_eq!(gang.kind, EntityKind::Organization);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice), "{:#?}", doc.relations);
}

#[test]
fn a_person_who_has_held_the_post_named_lower_case_in_the_same_sentence_holds_it() {
    let doc = extract(
        "The Intergovernmental Authority on Development (IGAD) is a trade bloc in the Horn of Africa. \
         The secretariat is led by an executive secretary; Workneh Gebeyehu, a former foreign minister of Ethiopia, has held the post since 2019.",
    );
    assert!(has(&doc, "workneh_gebeyehu", RelationKind::HoldsOffice, &id_of(&doc, "IGAD")), "{:#?}", doc.relations);
}

#[test]
fn a_person_described_as_a_states_diplomat_serves_that_state() {
    let doc = extract("The first secretary general was Abdullah Bishara, a Kuwaiti diplomat. The post later went to Indra Mani Pandey, a former Indian diplomat, in 2024.");
    assert!(has(&doc, "abdullah_bishara", RelationKind::HoldsOffice, "kuwait"), "{:#?}", doc.relations);
    assert!(has(&doc, "indra_mani_pandey", RelationKind::HoldsOffice, "india"), "{:#?}", doc.relations);
}

#[test]
fn a_body_naming_someone_as_its_envoy_and_a_person_appointed_to_the_post_hold_its_office() {
    let doc = extract(
        "The Economic Community of West African States (ECOWAS) suspended Guinea on Friday and named former Nigerian president Olusegun Obasanjo as its special envoy to the country. \
         The Melanesian Spearhead Group (MSG) is a regional bloc. The secretariat is headed by a director-general; Leonard Louma of Papua New Guinea was appointed to the post in 2023.",
    );
    assert!(has(&doc, "olusegun_obasanjo", RelationKind::HoldsOffice, &id_of(&doc, "ECOWAS")), "{:#?}", doc.relations);
    assert!(has(&doc, "leonard_louma", RelationKind::HoldsOffice, &id_of(&doc, "MSG")), "{:#?}", doc.relations);
}

#[test]
fn the_secretariat_in_a_capital_acts_for_its_organisation_not_the_host_state() {
    let doc = extract(
        "The Economic Community of Central African States (ECCAS) suspended Gabon on Thursday. \
         The secretariat in Libreville will open a liaison office in Bangui, its commissioner said.",
    );
    let eccas = id_of(&doc, "ECCAS");
    assert!(has(&doc, &eccas, RelationKind::OpensOfficeIn, "bangui"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::OpensOfficeIn && r.subject != eccas), "{:#?}", doc.relations);
}

#[test]
fn an_overseas_department_is_part_of_the_state_that_owns_it() {
    let doc = extract("France's overseas department of Martinique was hit by the storm. The Netherlands, whose overseas territory of Aruba lies off Venezuela, sent aid.");
    assert!(has(&doc, &id_of(&doc, "Martinique"), RelationKind::PartOf, "france"), "{:#?}", doc.relations);
}

#[test]
fn leaders_of_a_few_states_who_gathered_in_a_city_visit_it_unless_it_is_theirs() {
    let doc = extract("The prime ministers of Estonia, Latvia and Lithuania met in Riga on Monday to coordinate their energy grids.");
    assert!(has(&doc, "estonia", RelationKind::Visits, "riga"), "{:#?}", doc.relations);
    assert!(has(&doc, "lithuania", RelationKind::Visits, "riga"), "{:#?}", doc.relations);
    assert!(!has(&doc, "latvia", RelationKind::Visits, "riga"), "{:#?}", doc.relations);
    // A founding list names members, not travellers.
    let doc = extract("The heads of government of Australia, the Cook Islands, Fiji, Nauru, New Zealand, Tonga and Samoa met in Wellington in 1971.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Visits), "{:#?}", doc.relations);
}

#[test]
fn a_leader_written_after_his_states_possessive_is_the_guest_not_the_state() {
    let doc = extract("Kenyan President William Ruto hosted Tanzania's Samia Suluhu Hassan and Yoweri Museveni, the president of Uganda, at State House.");
    assert!(has(&doc, "william_ruto", RelationKind::Meets, "samia_suluhu_hassan"), "{:#?}", doc.relations);
    assert!(!has(&doc, "william_ruto", RelationKind::Meets, "tanzania"), "{:#?}", doc.relations);
}

#[test]
fn an_ordinal_summit_of_a_kind_and_talks_named_by_a_city_are_events() {
    let doc = extract("President Maia Sandu hosted Ukraine's Volodymyr Zelenskiy for the first trilateral summit of the three neighbours. Later, Touray attended the Monrovia talks.");
    assert!(doc.entities.iter().any(|e| e.kind == EntityKind::Event && e.name == "first trilateral summit"), "{:#?}", doc.entities);
    assert!(has(&doc, "volodymyr_zelensky", RelationKind::Attends, &id_of(&doc, "first trilateral summit")), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.kind == EntityKind::Event && e.name == "Monrovia talks"), "{:#?}", doc.entities);
}

#[test]
fn the_host_of_guests_at_an_event_attends_it_too() {
    let doc = extract("Kenyan President William Ruto hosted Tanzania's Samia Suluhu Hassan and Yoweri Museveni, the president of Uganda, for the East African Community summit in Arusha.");
    let summit = id_of(&doc, "East African Community summit");
    assert!(has(&doc, "william_ruto", RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(has(&doc, "samia_suluhu_hassan", RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

#[test]
fn a_meeting_of_the_leaders_of_listed_states_is_an_event_they_attend_where_it_is_held() {
    let doc = extract("The ministers agreed to hold a tripartite meeting of the interior ministers of Niger, Chad and Nigeria in N'Djamena next month.");
    let meeting = id_of(&doc, "tripartite meeting");
    for state in ["niger", "chad", "nigeria"] {
        assert!(has(&doc, state, RelationKind::Attends, &meeting), "{state}: {:#?}", doc.relations);
    }
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, &id_of(&doc, "N'Djamena")), "{:#?}", doc.relations);
    let doc = extract("Both sides recalled that the fourth meeting of the heads of government of Nepal, Bhutan and Bangladesh, held in Thimphu in 2019, had opened new trade routes.");
    let meeting = id_of(&doc, "fourth meeting");
    assert!(has(&doc, "bhutan", RelationKind::Attends, &meeting), "{:#?}", doc.relations);
    assert!(has(&doc, &meeting, RelationKind::LocatedIn, "thimphu"), "{:#?}", doc.relations);
}

#[test]
fn an_unknown_name_described_as_a_states_town_is_a_place_in_that_state() {
    let doc = extract("The patrols will be run from Kailahun, the Sierra Leonean town near the border, officials said.");
    let town = id_of(&doc, "Kailahun");
    assert!(doc.entities.iter().any(|e| e.id == town && e.kind == EntityKind::Place), "{:#?}", doc.entities);
    assert!(has(&doc, &town, RelationKind::LocatedIn, "sierra_leone"), "{:#?}", doc.relations);
}

#[test]
fn the_capital_of_a_states_autonomous_region_lies_in_the_region() {
    let doc = extract("Turkey will open a consulate in Nukus, the capital of Uzbekistan's autonomous Karakalpakstan region, next year.");
    let city = id_of(&doc, "Nukus");
    let region = id_of(&doc, "Karakalpakstan");
    assert!(has(&doc, &city, RelationKind::LocatedIn, &region), "{:#?}", doc.relations);
    assert!(!has(&doc, &city, RelationKind::LocatedIn, "uzbekistan"), "{:#?}", doc.relations);
}

#[test]
fn a_city_in_a_states_named_region_lies_in_the_region_which_lies_in_the_state() {
    let doc = extract("Argentina will open a consulate in Punta Arenas, in Chile's Magallanes Region, next year.");
    let region = id_of(&doc, "Magallanes Region");
    assert!(doc.entities.iter().any(|e| e.id == region && e.kind == EntityKind::Place), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Punta Arenas"), RelationKind::LocatedIn, &region), "{:#?}", doc.relations);
    assert!(has(&doc, &region, RelationKind::LocatedIn, "chile"), "{:#?}", doc.relations);
    // A generic "Autonomous Region" after a known name is no place of its own.
    let doc = extract("She visited the Inner Mongolia Autonomous Region in July.");
    assert!(!doc.entities.iter().any(|e| e.name == "Autonomous Region"), "{:#?}", doc.entities);
}

#[test]
fn denying_that_one_had_met_someone_in_a_city_negates_the_meeting_and_the_visit() {
    let doc = extract("Aslan Bzhania, the leader of the breakaway region, was not invited. His office denied that he had met Russian Foreign Minister Sergei Lavrov in Moscow in May.");
    let leader = id_of(&doc, "Aslan Bzhania");
    assert!(doc.relations.iter().any(|r| r.subject == leader && r.object == "sergei_lavrov" && r.kind == RelationKind::Meets && r.negated), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.subject == leader && r.object == "moscow" && r.kind == RelationKind::Visits && r.negated), "{:#?}", doc.relations);
}

#[test]
fn a_second_appositive_office_of_a_state_is_held_too() {
    let doc = extract("The minister met Moussa Faki Mahamat, Chairperson of the African Union Commission and a former prime minister of Chad, in Addis Ababa.");
    assert!(has(&doc, "moussa_faki_mahamat", RelationKind::HoldsOffice, "chad"), "{:#?}", doc.relations);
    assert!(has(&doc, "moussa_faki_mahamat", RelationKind::HoldsOffice, &id_of(&doc, "African Union Commission")), "{:#?}", doc.relations);
}

#[test]
fn state_owned_firms_and_firms_described_by_a_demonym_belong_to_their_state() {
    let doc = extract("Georgia's state-owned Gruzenergo and Armenia's grid operator Armenergo will build a second line.");
    assert!(has(&doc, &id_of(&doc, "Gruzenergo"), RelationKind::PartOf, "georgia"), "{:#?}", doc.relations);
    let doc = extract(
        "A memorandum was signed between Yacimientos Petrolíferos Fiscales Bolivianos (YPFB), the Bolivian state energy company, and Chile's National Petroleum Company (ENAP).",
    );
    let ypfb = id_of(&doc, "YPFB");
    let enap = id_of(&doc, "ENAP");
    assert!(has(&doc, &ypfb, RelationKind::PartOf, "bolivia"), "{:#?}", doc.relations);
    assert!(has(&doc, &ypfb, RelationKind::CooperatesWith, &enap) || has(&doc, &enap, RelationKind::CooperatesWith, &ypfb), "{:#?}", doc.relations);
    assert!(!has(&doc, &ypfb, RelationKind::CooperatesWith, "bolivia"), "{:#?}", doc.relations);
}

#[test]
fn a_one_word_body_written_in_capitals_is_still_known() {
    let doc = extract("Bolivia joined MERCOSUR as a full member in 2024, and INTERPOL opened an office in La Paz.");
    let mercosur = id_of(&doc, "Mercosur");
    assert!(has(&doc, "bolivia", RelationKind::MemberOf, &mercosur), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Interpol" || e.aliases.iter().any(|a| a == "INTERPOL")), "{:#?}", doc.entities);
}

#[test]
fn withdrawing_from_a_court_ends_membership_of_it() {
    let doc = extract("Burundi, which in October 2017 became the first State to withdraw from the International Criminal Court, still hosts UN staff.");
    let icc = id_of(&doc, "International Criminal Court");
    assert!(doc.relations.iter().any(|r| r.subject == "burundi" && r.object == icc && r.kind == RelationKind::MemberOf && r.negated), "{:#?}", doc.relations);
}

#[test]
fn bodies_listed_before_a_city_are_seated_there_and_academies_are_bodies() {
    let doc = extract("Its affiliated bodies sit elsewhere: the Parliamentary Assembly of the Union and the Heritage Foundation in Tashkent, and the Steppe Academy in Bishkek.");
    assert!(has(&doc, &id_of(&doc, "Parliamentary Assembly of the Union"), RelationKind::LocatedIn, "tashkent"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Heritage Foundation"), RelationKind::LocatedIn, "tashkent"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Steppe Academy"), RelationKind::LocatedIn, "bishkek"), "{:#?}", doc.relations);
    // A state's name before a body named by its first word belongs to it.
    let doc = extract("Embrapa signed a memorandum with the Viet Nam Academy of Agricultural Sciences.");
    assert!(doc.entities.iter().any(|e| e.name == "Viet Nam Academy of Agricultural Sciences"), "{:#?}", doc.entities);
}

#[test]
fn the_country_that_hosts_a_summit_is_no_particular_country() {
    let doc = extract(
        "The eighth summit was hosted by Turkey in Istanbul. The Council of Heads of State meets once a year, and the chairmanship passes to the country that hosts the summit.",
    );
    let council = id_of(&doc, "Council of Heads of State");
    assert!(!doc.relations.iter().any(|r| r.subject == council && (r.object == "turkey" || r.kind == RelationKind::Attends)), "{:#?}", doc.relations);
}

#[test]
fn a_named_camp_is_a_place_under_its_whole_name() {
    let doc = extract("The rapporteur is expected to visit the Kakuma refugee camp in Kenya in March.");
    let camp = id_of(&doc, "Kakuma refugee camp");
    assert!(doc.entities.iter().any(|e| e.id == camp && e.kind == EntityKind::Place), "{:#?}", doc.entities);
    assert!(has(&doc, &camp, RelationKind::LocatedIn, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn a_state_that_has_not_left_a_bloc_is_still_a_member_and_an_unlike_aside_is_no_subject() {
    let doc = extract(
        "Mali, Burkina Faso and Niger quit ECOWAS in January. Guinea was suspended by ECOWAS after the coup but, unlike the three Sahel states, has not left the regional body.",
    );
    let ecowas = id_of(&doc, "ECOWAS");
    assert!(doc.relations.iter().any(|r| r.subject == "guinea" && r.object == ecowas && r.kind == RelationKind::MemberOf && !r.negated), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == "mali" && r.object == ecowas && r.kind == RelationKind::MemberOf && !r.negated), "{:#?}", doc.relations);
}

#[test]
fn the_un_offices_at_geneva_nairobi_and_vienna_are_bodies_of_the_un() {
    let doc = extract("Jean Habimana, Permanent Representative of Rwanda to the United Nations Office at Geneva, spoke first.");
    assert!(has(&doc, &id_of(&doc, "United Nations Office at Geneva"), RelationKind::PartOf, &id_of(&doc, "United Nations")), "{:#?}", doc.relations);
    assert!(has(&doc, "jean_habimana", RelationKind::HoldsOffice, "rwanda"), "{:#?}", doc.relations);
}

#[test]
fn a_youth_league_or_armed_wing_described_in_apposition_is_part_of_its_party() {
    let doc = extract("The attacks were blamed on the Interahamwe, the youth league of the ruling MRND party, and on the Qassam Brigades, the armed wing of Hamas.");
    assert!(has(&doc, &id_of(&doc, "Interahamwe"), RelationKind::PartOf, &id_of(&doc, "MRND")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Qassam Brigades"), RelationKind::PartOf, &id_of(&doc, "Hamas")), "{:#?}", doc.relations);
}

#[test]
fn a_ministry_written_after_its_states_possessive_is_known_by_its_other_usual_names() {
    let doc = extract("Norad and Kenya's Ministry of Finance signed an agreement in Nairobi.");
    let ministry = doc.entities.iter().find(|e| e.aliases.iter().any(|a| a == "Kenya's Ministry of Finance")).expect("the ministry");
    assert!(ministry.aliases.iter().any(|a| a == "Ministry of Finance of Kenya"), "{ministry:#?}");
    assert!(ministry.aliases.iter().any(|a| a == "Kenyan Ministry of Finance"), "{ministry:#?}");
    assert!(has(&doc, &ministry.id, RelationKind::PartOf, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn an_unknown_name_where_a_meeting_was_held_is_a_place() {
    let doc = extract("Uzbekistan took the chair at the eleventh summit, held in Shusha in July 2024.");
    let town = id_of(&doc, "Shusha");
    assert!(doc.entities.iter().any(|e| e.id == town && e.kind == EntityKind::Place), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "eleventh summit"), RelationKind::LocatedIn, &town), "{:#?}", doc.relations);
}

#[test]
fn states_named_only_as_a_topics_place_are_not_paired_but_a_tension_between_two_is() {
    let doc = extract("The two ministers discussed the war in Yemen, the situation in Libya and the tension between Kenya and Somalia.");
    assert!(has(&doc, "kenya", RelationKind::Other, "somalia") || has(&doc, "somalia", RelationKind::Other, "kenya"), "{:#?}", doc.relations);
    for (a, b) in [("yemen", "libya"), ("yemen", "kenya"), ("libya", "somalia")] {
        assert!(!doc.relations.iter().any(|r| r.subject == a && r.object == b || r.subject == b && r.object == a), "{a}-{b}: {:#?}", doc.relations);
    }
}

#[test]
fn a_name_before_a_bodys_possessive_title_is_a_person_not_the_body() {
    let doc = extract("Tafadzwa Chikowore, the league's president, said the talks would continue.");
    assert!(!doc.entities.iter().any(|e| e.name == "Tafadzwa Chikowore" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
}

#[test]
fn parties_on_either_side_of_a_contrast_are_not_paired_by_co_mention() {
    let doc = extract("Kenya and Uganda backed the Ethiopian proposal, while Egypt's foreign ministry said it had reservations.");
    for a in ["kenya", "uganda"] {
        assert!(!doc.relations.iter().any(|r| (r.subject == a && r.object == "egypt" || r.subject == "egypt" && r.object == a) && r.label.as_deref() == Some("co-mentioned")), "{a}: {:#?}", doc.relations);
    }
}

#[test]
fn no_one_attends_a_war_a_sentence_only_dates_by() {
    for text in [
        "Japan described the pact as its most significant arrangement since the Second World War.",
        "China accused Australia of reviving a Cold War mentality.",
        "Obama was the third American president to visit Vietnam since the end of the Vietnam War.",
    ] {
        let doc = extract(text);
        assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Attends), "{text}: {:#?}", doc.relations);
    }
}

#[test]
fn co_mention_places_no_war_and_no_event_already_placed_in_the_sentence() {
    let doc = extract("Tashkent hosted the fourth summit in May 2019, and the fifth summit was held in Bishkek a year later.");
    let fifth = id_of(&doc, "fifth summit");
    assert!(has(&doc, &fifth, RelationKind::LocatedIn, "bishkek"), "{:#?}", doc.relations);
    assert!(!has(&doc, &fifth, RelationKind::LocatedIn, "tashkent"), "{:#?}", doc.relations);
    let doc = extract("The leaders paid tribute at a cemetery in Marseille to the soldiers who fell in the First World War.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::LocatedIn), "{:#?}", doc.relations);
}

#[test]
fn an_ordinal_meeting_of_a_body_keeps_its_ordinal_and_is_known_without_it() {
    let doc = extract("The ministers met in Lusaka for the ninth ministerial meeting of the Southern African Development Community.");
    let event = doc.entities.iter().find(|e| e.kind == EntityKind::Event).expect("an event");
    assert_eq!(event.name, "ninth ministerial meeting of the Southern African Development Community");
    assert!(event.aliases.iter().any(|a| a == "ministerial meeting of the Southern African Development Community"), "{:#?}", event);
}

#[test]
fn a_town_described_as_a_capital_or_town_is_a_place_not_a_person() {
    let doc = extract("The defence ministers met in Kota Kinabalu, the Sabah state capital, on Thursday.");
    let city = doc.entities.iter().find(|e| e.name == "Kota Kinabalu").expect("the city");
    assert_eq!(city.kind, EntityKind::Place);
    assert!(has(&doc, &city.id, RelationKind::LocatedIn, "sabah"), "{:#?}", doc.relations);
    let doc = extract("Talks resumed in Puerto Ayora, a Galapagos port town, last week.");
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_meeting_attended_in_a_city_named_in_apposition_was_held_there() {
    let doc = extract("Malaysia and Indonesia met for four hours in Kota Kinabalu, the Sabah state capital, at the first ministerial meeting of the Trilateral Cooperative Arrangement (TCA).");
    let event = doc.entities.iter().find(|e| e.kind == EntityKind::Event).expect("an event");
    let city = id_of(&doc, "Kota Kinabalu");
    assert!(has(&doc, &event.id, RelationKind::LocatedIn, &city), "{:#?}", doc.relations);
    assert!(!has(&doc, &event.id, RelationKind::LocatedIn, "sabah"), "{:#?}", doc.relations);
    assert!(has(&doc, "malaysia", RelationKind::Attends, &event.id), "{:#?}", doc.relations);
}

#[test]
fn co_mention_places_no_event_a_rule_placed_in_a_city_elsewhere() {
    let doc = extract("Leaders met in Nairobi for the fifth summit of the East African Community. The summit was overshadowed by a dispute in Kismayo.");
    let event = doc.entities.iter().find(|e| e.kind == EntityKind::Event).expect("an event");
    assert!(has(&doc, &event.id, RelationKind::LocatedIn, "nairobi"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == event.id && r.kind == RelationKind::LocatedIn && r.object != "nairobi"), "{:#?}", doc.relations);
}

#[test]
fn an_indonesian_or_thai_name_goes_by_its_first_word() {
    let doc = extract("Sjafrie Sjamsoeddin, the defence minister of Indonesia, spoke on Monday. Sjafrie is expected to visit Manila in March.");
    let person = id_of(&doc, "Sjafrie Sjamsoeddin");
    assert!(has(&doc, &person, RelationKind::Visits, "manila"), "{:#?}", doc.relations);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{:#?}", doc.entities);
}

#[test]
fn co_mention_pairs_no_items_of_a_dated_list_and_no_sponsors() {
    let doc = extract("Hungary and Austria joined in 1995, Bulgaria in 2007 and Croatia in 2013.");
    for (a, b) in [("bulgaria", "croatia"), ("austria", "croatia"), ("hungary", "bulgaria")] {
        assert!(!doc.relations.iter().any(|r| r.subject == a && r.object == b || r.subject == b && r.object == a), "{a}-{b}: {:#?}", doc.relations);
    }
    let doc = extract("The text, introduced by Georgia and co-sponsored by 48 Member States, among them Ukraine and Canada, was adopted.");
    assert!(!doc.relations.iter().any(|r| r.label.as_deref() == Some("co-mentioned")), "{:#?}", doc.relations);
}

#[test]
fn a_body_unknown_to_the_gazetteer_which_groups_states_has_them_as_members() {
    let doc = extract("She spoke for the Andean Organization for Water Security, which groups Bolivia, Ecuador and Peru, at the session.");
    let body = id_of(&doc, "Andean Organization for Water Security");
    for state in ["bolivia", "ecuador", "peru"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &body), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn discussions_co_chaired_by_bodies_are_an_event_they_attend() {
    let doc = extract("The next round of the Geneva International Discussions, co-chaired by the United Nations, the European Union and the OSCE, will be held in Geneva in June.");
    let event = doc.entities.iter().find(|e| e.name == "Geneva International Discussions").expect("the talks");
    assert_eq!(event.kind, EntityKind::Event);
    for body in ["United Nations", "European Union"] {
        assert!(has(&doc, &id_of(&doc, body), RelationKind::Attends, &event.id), "{body}: {:#?}", doc.relations);
    }
}

#[test]
fn a_joint_commission_after_a_hyphenated_pair_of_two_word_states_is_named() {
    let doc = extract("The next session of the Nepal-Sri Lanka Joint Commission will be held in Kathmandu in 2026.");
    assert!(doc.entities.iter().any(|e| e.name == "Nepal-Sri Lanka Joint Commission"), "{:#?}", doc.entities);
}

#[test]
fn an_agreement_concluded_further_on_between_two_bodies_makes_them_partners() {
    let doc = extract("An agreement on the training of junior diplomats was also concluded between the Ghana Institute of Diplomacy and the Institute of Foreign Affairs of Nepal.");
    let a = id_of(&doc, "Ghana Institute of Diplomacy");
    let b = id_of(&doc, "Institute of Foreign Affairs of Nepal");
    assert!(has(&doc, &a, RelationKind::CooperatesWith, &b) || has(&doc, &b, RelationKind::CooperatesWith, &a), "{:#?}", doc.relations);
}

#[test]
fn a_states_ministry_stops_before_another_states_body() {
    let doc = extract("The memorandum was signed between Sri Lanka's Ministry of Defence and Nepal's Ministry of Tourism.");
    assert!(!doc.entities.iter().any(|e| e.name.contains("and Nepal")), "{:#?}", doc.entities);
}

#[test]
fn entry_bans_and_asset_freezes_on_a_states_officials_are_sanctions_on_it() {
    let doc = extract("Finland, Sweden and Norway imposed entry bans and asset freezes on Friday on 14 Russian officials they accuse of sabotage.");
    for state in ["finland", "sweden", "norway"] {
        let r = relation(&doc, state, RelationKind::Other, "russia");
        assert_eq!(r.label.as_deref(), Some("sanctions"));
    }
}

#[test]
fn parties_that_will_share_intelligence_cooperate() {
    let doc = extract("Kenya and Uganda will share intelligence on the militants.");
    assert!(has(&doc, "kenya", RelationKind::CooperatesWith, "uganda") || has(&doc, "uganda", RelationKind::CooperatesWith, "kenya"), "{:#?}", doc.relations);
    let doc = extract("Kenya said Uganda would not share information with it.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::CooperatesWith && !r.negated), "{:#?}", doc.relations);
}

#[test]
fn co_mention_does_not_have_two_officials_of_one_state_meet() {
    let doc = extract("Venezuelan President Nicolás Maduro cancelled his trip, citing an ear infection, and sent Vice President Delcy Rodríguez in his place.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
    let doc = extract("Kenyan President William Ruto praised Ugandan President Yoweri Museveni for his leadership.");
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn co_mention_makes_no_state_a_party_to_a_treaty_nor_a_member_of_where_a_meeting_was_held() {
    let doc = extract("The two governments reaffirmed the lasting importance of the Treaty on Good Neighbourship and Friendly Cooperation between Germany and Poland.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::MemberOf && r.label.as_deref() == Some("co-mentioned")), "{:#?}", doc.relations);
    let doc = extract("EU foreign ministers gave the go-ahead for the measures at a meeting in Luxembourg on Monday.");
    assert!(!doc.relations.iter().any(|r| r.subject == "luxembourg"), "{:#?}", doc.relations);
}

#[test]
fn co_mention_makes_no_state_named_only_in_a_title_a_member() {
    let doc = extract("U.S. Secretary of State Antony Blinken received the documents at a brief ceremony in Washington, calling the moment historic for NATO.");
    assert!(!doc.relations.iter().any(|r| r.subject == "united_states" && r.kind == RelationKind::MemberOf), "{:#?}", doc.relations);
}

#[test]
fn co_mention_has_no_state_named_only_in_a_title_attend_an_event() {
    let doc = extract("The Africa Climate Summit was addressed by Kenyan President William Ruto on Monday.");
    assert!(!doc.relations.iter().any(|r| r.subject == "kenya" && r.kind == RelationKind::Attends), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Attends), "{:#?}", doc.relations);
}

#[test]
fn each_of_a_group_that_agreed_to_continue_cooperating_cooperates() {
    let doc = extract("The foreign ministers of Costa Rica, Panama and the Dominican Republic met today in Santo Domingo. The Ministers agreed to continue cooperating with the United States on return flights.");
    for state in ["costa_rica", "panama", "dominican_republic"] {
        assert!(has(&doc, state, RelationKind::CooperatesWith, "united_states"), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn co_mention_gives_a_person_written_with_a_state_no_office_of_another() {
    let doc = extract("Imangali Tasmagambetov, a former prime minister of Kazakhstan, has held the post since 2023, succeeding Stanislav Zas of Belarus.");
    let zas = id_of(&doc, "Stanislav Zas");
    assert!(!doc.relations.iter().any(|r| r.subject == zas && r.object == "kazakhstan"), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.subject == zas && r.object == "belarus"), "{:#?}", doc.relations);
}

#[test]
fn co_mention_has_no_one_meet_the_person_they_succeeded() {
    let doc = extract("The current Secretary-General, Golam Sarwar of Bangladesh, took office in 2023, succeeding Esala Ruwan Weerakoon of Sri Lanka.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets), "{:#?}", doc.relations);
}

#[test]
fn co_mention_guesses_no_office_for_a_person_described_by_a_private_calling() {
    let doc = extract("Kamlesh Pattni, a businessman best known in Kenya for a scandal, was sanctioned on Monday.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Other && r.object == "kenya"), "{:#?}", doc.relations);
}

#[test]
fn a_hyphenated_surname_alone_names_the_person() {
    let doc = extract("Namibian President Netumbo Nandi-Ndaitwah met Duma Boko. Nandi-Ndaitwah is expected to visit Gaborone in June.");
    let person = id_of(&doc, "Netumbo Nandi-Ndaitwah");
    assert!(has(&doc, &person, RelationKind::Visits, "gaborone"), "{:#?}", doc.relations);
}

#[test]
fn a_remit_written_out_then_of_a_state_before_the_name_is_an_office_of_that_state() {
    let doc = extract("The Minister of Foreign and European Affairs of the Slovak Republic, Juraj Novak, spoke on Monday. The Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam, Bui Thanh Son, replied.");
    assert!(has(&doc, &id_of(&doc, "Juraj Novak"), RelationKind::HoldsOffice, "slovakia"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Bui Thanh Son"), RelationKind::HoldsOffice, "vietnam"), "{:#?}", doc.relations);
}

#[test]
fn talks_held_in_a_city_on_a_date_with_a_long_titled_partner_are_a_meeting_and_a_visit() {
    let doc = extract("Foreign Minister Jan Horak of the Czech Republic held talks in Hanoi on 3 June with the Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam, Bui Thanh Son, at the start of a four-day visit to the region.");
    let horak = id_of(&doc, "Jan Horak");
    let son = id_of(&doc, "Bui Thanh Son");
    assert!(has(&doc, &horak, RelationKind::Meets, &son), "{:#?}", doc.relations);
    assert!(has(&doc, &horak, RelationKind::Visits, "hanoi"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == son && r.kind == RelationKind::Visits), "{:#?}", doc.relations);
}

#[test]
fn ministers_meeting_today_in_a_foreign_capital_visit_it() {
    let doc = extract("The Foreign Minister of Chile, Alberto van Klaveren, and the Foreign Minister of Peru, Elmer Schialer, met today in Quito with Ecuadorian officials.");
    let chilean = id_of(&doc, "Alberto van Klaveren");
    assert!(has(&doc, &chilean, RelationKind::Visits, "quito"), "{:#?}", doc.relations);
}

#[test]
fn a_courtesy_call_after_being_received_is_the_guests() {
    let doc = extract("Minister Ivan Korcok was also received by the Prime Minister of Laos, Sonexay Siphandone, and paid a courtesy call on Lao President Thongloun Sisoulith.");
    let guest = id_of(&doc, "Ivan Korcok");
    let host = id_of(&doc, "Thongloun Sisoulith");
    assert!(has(&doc, &guest, RelationKind::Meets, &host), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Sonexay Siphandone"), RelationKind::Meets, &host), "{:#?}", doc.relations);
}

#[test]
fn diplomatic_relations_established_by_two_states_found_no_body() {
    let doc = extract("Ministry of Foreign Affairs of Hungary - Press Release. The talks mark the 60th anniversary of the diplomatic relations established by Hungary and Mongolia in 1965.");
    assert!(has(&doc, "hungary", RelationKind::CooperatesWith, "mongolia"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::MemberOf), "{:#?}", doc.relations);
}

#[test]
fn two_ministries_of_states_written_with_possessives_sign_with_each_other() {
    let doc = extract("In the presence of both Ministers, Austria's Ministry of Economy and Viet Nam's Ministry of Industry and Trade signed a memorandum of understanding on energy.");
    let austrian = id_of(&doc, "Ministry of Economy");
    let vietnamese = id_of(&doc, "Ministry of Industry and Trade");
    assert_ne!(austrian, vietnamese);
    assert!(has(&doc, &austrian, RelationKind::CooperatesWith, &vietnamese), "{:#?}", doc.relations);
    assert!(has(&doc, &austrian, RelationKind::PartOf, "austria"), "{:#?}", doc.relations);
    assert!(has(&doc, &vietnamese, RelationKind::PartOf, "vietnam"), "{:#?}", doc.relations);
}

#[test]
fn a_minister_due_in_a_capital_on_a_visit_by_a_minister_of_his_state_goes_there() {
    let doc = extract("Foreign Minister Jan Horak of the Czech Republic met Lao officials. On 14 May, Minister Horak is due in Vientiane, on the first visit by a Czech foreign minister to Laos, for talks.");
    let horak = id_of(&doc, "Jan Horak");
    assert!(has(&doc, &horak, RelationKind::Visits, "vientiane"), "{:#?}", doc.relations);
    assert!(has(&doc, &horak, RelationKind::Visits, "laos"), "{:#?}", doc.relations);
    assert!(!has(&doc, &horak, RelationKind::Visits, "czech_republic"), "{:#?}", doc.relations);
}

#[test]
fn the_ministers_of_a_two_party_readout_are_its_states() {
    let doc = extract("Foreign Minister Jan Horak of the Czech Republic held talks with Foreign Minister Bui Thanh Son of Viet Nam in Hanoi. The Ministers expressed concern at the fighting in South Sudan and called on the Government of South Sudan to respect the ceasefire.");
    // Each state, or its minister.
    let horak = id_of(&doc, "Jan Horak");
    let son = id_of(&doc, "Bui Thanh Son");
    let criticizes_sudan = |who: &[&str]| doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.object == "south_sudan" && who.contains(&r.subject.as_str()));
    assert!(criticizes_sudan(&["czech_republic", &horak]) && criticizes_sudan(&["vietnam", &son]), "{:#?}", doc.relations);
}

#[test]
fn the_end_of_a_remit_before_of_a_state_is_no_person() {
    let doc = extract("Presenting the text, Maria Lopez, Minister of Foreign Affairs and Foreign Trade of Belize, said the region asked for justice.");
    assert!(!doc.entities.iter().any(|e| e.name == "Foreign Trade"), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Maria Lopez"), RelationKind::HoldsOffice, "belize"), "{:#?}", doc.relations);
}

#[test]
fn a_headline_vote_count_names_no_person() {
    let doc = extract("Assembly Adopts Text on Ocean Pollution, by Recorded Vote of 130 in Favour to 4 Against, with 20 Abstentions");
    assert!(!doc.entities.iter().any(|e| e.kind == EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn a_delegates_country_and_its_titled_leader_who_leads_a_delegation_abroad() {
    let doc = extract("The representative of Trinidad and Tobago said her country's Prime Minister, Kamla Persad-Bissessar, would lead a delegation to Madrid in June.");
    let leader = id_of(&doc, "Kamla Persad-Bissessar");
    assert!(has(&doc, &leader, RelationKind::HoldsOffice, "trinidad_and_tobago"), "{:#?}", doc.relations);
    assert!(has(&doc, &leader, RelationKind::Visits, "madrid"), "{:#?}", doc.relations);
}

#[test]
fn a_state_that_owns_a_share_of_a_company_has_a_stake_in_it() {
    let doc = extract("Angola owns 20% of De Beers and half of Endiama. Namibia and Angola agreed to bid for a larger stake in Anglo American.");
    let de_beers = id_of(&doc, "De Beers");
    let anglo = id_of(&doc, "Anglo American");
    assert!(has(&doc, "angola", RelationKind::Other, &de_beers), "{:#?}", doc.relations);
    assert!(has(&doc, "namibia", RelationKind::Other, &anglo) && has(&doc, "angola", RelationKind::Other, &anglo), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.id == "united_states"), "{:#?}", doc.entities);
}

#[test]
fn a_state_in_a_like_aside_is_a_member_too() {
    let doc = extract("Malawi and Zambia, like Mozambique, are members of the Southern African Development Community.");
    for state in ["malawi", "zambia", "mozambique"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Southern African Development Community")), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_state_not_represented_at_talks_did_not_attend_them() {
    let doc = extract("Lesotho and Eswatini held talks in Maseru on Monday. South Africa, where Anglo American runs a mine, was not represented at the Maseru talks.");
    let talks = id_of(&doc, "Maseru talks");
    let attends = relation(&doc, "south_africa", RelationKind::Attends, &talks);
    assert!(attends.negated, "{attends:#?}");
}

#[test]
fn states_listed_under_a_treaty_are_its_parties_and_the_parties_are_them() {
    let doc = extract("The Treaty of Pelindaba is an arms control agreement under which Nigeria, Ghana and Senegal undertake not to test nuclear weapons. The Treaty of Pelindaba entered into force in 2009. At the 2024 meeting, held in Abuja, the parties expressed regret at Russia's decision to leave another accord.");
    let treaty = id_of(&doc, "Treaty of Pelindaba");
    for state in ["nigeria", "ghana", "senegal"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &treaty), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::Criticizes, "russia"), "{state}: {:#?}", doc.relations);
    }
    assert!(!doc.relations.iter().any(|r| r.subject == "abuja" && r.kind == RelationKind::LocatedIn && r.object != "nigeria"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::LocatedIn && r.object == "russia"), "{:#?}", doc.relations);
}

#[test]
fn a_body_described_as_the_countrys_parliament_is_part_of_that_state() {
    let doc = extract("President Tokayev met the Prime Minister of Mongolia and addressed a session of the State Great Khural, the country's parliament.");
    let khural = id_of(&doc, "State Great Khural");
    assert!(has(&doc, &khural, RelationKind::PartOf, "mongolia"), "{:#?}", doc.relations);
}

#[test]
fn a_states_national_carrier_named_after_a_comma_is_part_of_it() {
    let doc = extract("Flights will be run by Kenya's national carrier, KQ Kenyan Airlines, from June.");
    let carrier = id_of(&doc, "KQ Kenyan Airlines");
    assert!(has(&doc, &carrier, RelationKind::PartOf, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn an_executive_secretary_named_after_a_bodys_possessive_holds_office_there() {
    let doc = extract("Saleh also met ECOWAS's executive secretary, Omar Alieu Touray, on the sidelines.");
    let ecowas = id_of(&doc, "ECOWAS");
    assert!(has(&doc, &id_of(&doc, "Omar Alieu Touray"), RelationKind::HoldsOffice, &ecowas), "{:#?}", doc.relations);
}

#[test]
fn siding_with_a_list_is_cooperation_with_each() {
    let doc = extract("Djibouti and Eritrea sided with Saudi Arabia and the United Arab Emirates in their boycott of Qatar.");
    for state in ["saudi_arabia", "united_arab_emirates"] {
        assert!(has(&doc, "eritrea", RelationKind::CooperatesWith, state), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_province_in_the_countrys_west_lies_in_the_state_named_before() {
    let doc = extract("Most of Mongolia's ethnic Kazakhs live in Bayan-Ölgii Province, in the country's far west.");
    assert!(has(&doc, &id_of(&doc, "Bayan-Ölgii Province"), RelationKind::LocatedIn, "mongolia"), "{:#?}", doc.relations);
}

#[test]
fn talks_named_by_their_city_were_held_there() {
    let doc = extract("Guinea and Liberia held talks in Conakry on Monday. Sierra Leone did not attend the Conakry talks.");
    assert!(has(&doc, &id_of(&doc, "Conakry talks"), RelationKind::LocatedIn, "conakry"), "{:#?}", doc.relations);
}

#[test]
fn in_a_text_about_a_treaty_its_first_signatories_and_later_accessions_are_parties() {
    let doc = extract("The Andean Free Trade Agreement (AFTA) is a trade agreement between states of South America. AFTA replaced older bilateral deals. The original agreement was signed in Lima in 1991 by Peru, Bolivia and Ecuador. Chile acceded in 1996, Colombia in 1998 and Paraguay in 2003. The Andean Free Trade Agreement has a secretariat in Quito.");
    let treaty = id_of(&doc, "Andean Free Trade Agreement");
    for state in ["peru", "bolivia", "ecuador", "chile", "colombia", "paraguay"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &treaty), "{state}: {:#?}", doc.relations);
    }
    assert!(!has(&doc, "peru", RelationKind::CooperatesWith, "bolivia"), "{:#?}", doc.relations);
}

#[test]
fn a_given_name_alone_joined_to_a_person_names_the_one_who_bears_it() {
    let doc = extract("Djiboutian President Ismail Omar Guelleh met Eritrean President Isaias Afwerki in 2010. Saudi King Salman later hosted Guelleh and Isaias in Jeddah.");
    let isaias = id_of(&doc, "Isaias Afwerki");
    assert!(has(&doc, &isaias, RelationKind::Visits, "jeddah"), "{:#?}", doc.relations);
    assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 3, "{:#?}", doc.entities);
}

#[test]
fn the_two_ministers_call_on_both_countries_the_sentence_named() {
    let doc = extract("Foreign Minister Vijitha Herath of Sri Lanka held talks with Foreign Minister Arzu Rana Deuba of Nepal in Colombo. Rana Deuba also met Prime Minister Harini Amarasuriya. The two Ministers expressed grave concern at the escalation of hostilities between Israel and Iran and called on both countries to return to diplomacy.");
    for critic in ["sri_lanka", "nepal"] {
        for party in ["israel", "iran"] {
            assert!(has(&doc, critic, RelationKind::Criticizes, party), "{critic} {party}: {:#?}", doc.relations);
        }
    }
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.subject == "iran"), "{:#?}", doc.relations);
}

#[test]
fn they_after_a_pair_that_follows_an_opening_participle_is_that_pair() {
    let doc = extract("Foreign Minister Vijitha Herath of Sri Lanka held talks with Foreign Minister Arzu Rana Deuba of Nepal in Colombo. Reviewing the situation in West Asia, where many workers are employed, the two Ministers expressed grave concern at the fighting. They condemned the holding of hostages in Gaza and called on Hamas to release the hostages.");
    let hamas = id_of(&doc, "Hamas");
    assert!(has(&doc, "sri_lanka", RelationKind::Criticizes, &hamas) && has(&doc, "nepal", RelationKind::Criticizes, &hamas), "{:#?}", doc.relations);
}

#[test]
fn a_person_named_by_surname_in_a_headline_and_in_full_later_is_one_person() {
    let doc = extract("Minister Horak in Hanoi: Czech Republic and Viet Nam to deepen trade\n\nThe Minister of Foreign Affairs of the Czech Republic, Jan Horak, held talks in Hanoi on 12 May with Bui Thanh Son.");
    let people: Vec<&str> = doc.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert!(!people.contains(&"Horak"), "{people:?}");
    let horak = id_of(&doc, "Jan Horak");
    assert!(doc.entities.iter().any(|e| e.id == horak && e.aliases.iter().any(|a| a == "Horak")), "{:#?}", doc.entities);
    assert!(has(&doc, &horak, RelationKind::HoldsOffice, "czech_republic"), "{:#?}", doc.relations);
}

#[test]
fn an_organ_named_with_its_body_and_a_candidacy_for_it() {
    let doc = extract("Ghana expressed its support for the candidacy of Kenya for the Executive Board of UNESCO for 2027-2031. Ghana will support Togo's candidacy for the Council of the International Maritime Organization (IMO) at the elections.");
    let board = id_of(&doc, "Executive Board of UNESCO");
    let council = id_of(&doc, "Council of the International Maritime Organization");
    assert!(has(&doc, &board, RelationKind::PartOf, &id_of(&doc, "UNESCO")), "{:#?}", doc.relations);
    assert!(has(&doc, &council, RelationKind::PartOf, &id_of(&doc, "IMO")), "{:#?}", doc.relations);
    assert!(has(&doc, "kenya", RelationKind::MemberOf, &board), "{:#?}", doc.relations);
    assert!(has(&doc, "togo", RelationKind::MemberOf, &council), "{:#?}", doc.relations);
}

#[test]
fn no_plans_to_leave_a_bloc_is_still_membership() {
    let doc = extract("Gabon's Foreign Minister Regis Onanga Ndiaye attended as an observer but told Reuters that Libreville had no plans to leave ECCAS.");
    let bloc = id_of(&doc, "ECCAS");
    let membership = relation(&doc, "gabon", RelationKind::MemberOf, &bloc);
    assert!(!membership.negated, "{membership:#?}");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Attends), "{:#?}", doc.relations);
}

#[test]
fn the_one_who_accepts_an_invitation_is_the_guest_and_a_guest_named_after_to_is_too() {
    let doc = extract("Prime Minister Mark Brown accepted an invitation from Prime Minister Fiame Naomi Mata'afa to visit Samoa in 2026, including the island of Savai'i. Minister Peters conveyed an invitation from the President of Fiji, Ratu Wiliame Katonivere, to Prime Minister Luxon to pay a State Visit to Fiji.");
    let brown = id_of(&doc, "Mark Brown");
    assert!(has(&doc, &brown, RelationKind::Visits, "samoa"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Fiame Naomi Mata'afa"), RelationKind::Visits, "samoa"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Luxon"), RelationKind::Visits, "fiji"), "{:#?}", doc.relations);
}

#[test]
fn a_candidacy_to_a_body_is_a_proposed_seat() {
    let doc = extract("Chile expressed its support for the candidacy of Peru to the United Nations Human Rights Council for the period 2026-2028.");
    let council = id_of(&doc, "United Nations Human Rights Council");
    let seat = relation(&doc, "peru", RelationKind::MemberOf, &council);
    assert_eq!(seat.modality, Modality::Proposed, "{seat:#?}");
}

#[test]
fn an_ordinal_summit_with_its_standing_is_an_event() {
    let doc = extract("The Southern African Development Community (SADC) is a regional bloc. The 44th ordinary summit took place in Harare in August 2024. The heads of state of Zambia and Malawi attended.");
    let summit = id_of(&doc, "44th ordinary summit");
    assert!(has(&doc, &summit, RelationKind::LocatedIn, "harare"), "{:#?}", doc.relations);
    assert!(has(&doc, "zambia", RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

#[test]
fn taking_over_a_chairmanship_makes_both_holders_and_their_states_members() {
    let doc = extract("Kenya's President William Ruto, who took over the EAC chairmanship from Burundi's Evariste Ndayishimiye in November, opened the meeting.");
    let eac = id_of(&doc, "EAC");
    assert!(has(&doc, &id_of(&doc, "William Ruto"), RelationKind::HoldsOffice, &eac), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Evariste Ndayishimiye"), RelationKind::HoldsOffice, &eac), "{:#?}", doc.relations);
    assert!(has(&doc, "kenya", RelationKind::MemberOf, &eac) && has(&doc, "burundi", RelationKind::MemberOf, &eac), "{:#?}", doc.relations);
}

#[test]
fn in_an_entry_about_a_body_its_chair_and_secretary_are_given_to_persons() {
    let doc = extract("The Indian Ocean Commission (IOC) is an intergovernmental organisation. The IOC has five members. Seychelles' President Wavel Ramkalawan took over the chairmanship from Ravi Kandoo of Mauritius in 2023. Andry Rajoelina, the President of Madagascar, succeeded Ramkalawan as chairman. The council appointed Edgard Razafindravahy of Madagascar as secretary general, replacing Vêlayoudom Marimoutou of France.");
    let ioc = id_of(&doc, "IOC");
    for person in ["Wavel Ramkalawan", "Ravi Kandoo", "Andry Rajoelina"] {
        assert!(has(&doc, &id_of(&doc, person), RelationKind::HoldsOffice, &ioc), "{person}: {:#?}", doc.relations);
    }
    let appointed = id_of(&doc, "Edgard Razafindravahy");
    assert!(doc.entities.iter().any(|e| e.id == appointed && e.kind == EntityKind::Person), "{:#?}", doc.entities);
    assert!(has(&doc, &appointed, RelationKind::HoldsOffice, &ioc) && has(&doc, &id_of(&doc, "Vêlayoudom Marimoutou"), RelationKind::HoldsOffice, &ioc), "{:#?}", doc.relations);
}

#[test]
fn the_two_sides_after_a_guest_and_his_own_minister_are_the_two_states() {
    let doc = extract("At the invitation of the President of Chile, Gabriel Boric, the President of Peru, Dina Boluarte, paid a State Visit to Chile, accompanied by the Minister of Foreign Affairs, Javier González-Olaechea. The two sides called on Bolivia to reopen the border crossing.");
    let bolivia = id_of(&doc, "Bolivia");
    assert!(has(&doc, "chile", RelationKind::Criticizes, &bolivia) && has(&doc, "peru", RelationKind::Criticizes, &bolivia), "{:#?}", doc.relations);
}

#[test]
fn the_two_heads_of_state_are_the_leaders_not_a_minister() {
    let doc = extract("His Majesty King Abdullah II of Jordan arrived in Nicosia on a State Visit. His Majesty was accompanied by Ayman Safadi, Minister of Foreign Affairs. President Nikos Christodoulides of Cyprus welcomed him. The two Heads of State held official talks at the Presidential Palace in Nicosia on 3 March.");
    let king = id_of(&doc, "Abdullah II");
    let president = id_of(&doc, "Nikos Christodoulides");
    assert!(has(&doc, &king, RelationKind::Meets, &president), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Ayman Safadi"), RelationKind::Meets, &president), "{:#?}", doc.relations);
}

#[test]
fn the_leaders_of_a_visit_with_no_meeting_told_yet_are_the_two_leaders() {
    let doc = extract("At the invitation of the President of Ghana, John Mahama, the President of Togo, Faure Gnassingbé, paid a State Visit to Ghana on 3 June, accompanied by the Minister of Foreign Affairs, Robert Dussey. The leaders called on the Malian authorities to release all detained journalists.");
    let mali = id_of(&doc, "Malian");
    assert!(has(&doc, "ghana", RelationKind::Criticizes, &mali) && has(&doc, "togo", RelationKind::Criticizes, &mali), "{:#?}", doc.relations);
}

#[test]
fn his_telephone_conversation_on_a_date_with_a_leader_is_the_subjects_call() {
    let doc = extract("President Boric informed President Arce of his telephone conversation on 6 October with the President of Argentina, Javier Milei, on the summit.");
    let boric = id_of(&doc, "Boric");
    let milei = id_of(&doc, "Javier Milei");
    assert!(has(&doc, &boric, RelationKind::Meets, &milei), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Arce"), RelationKind::Meets, &milei), "{:#?}", doc.relations);
}

#[test]
fn airlines_named_by_their_state_or_by_air_are_companies() {
    let doc = extract("The minister welcomed the decision by Samoa Airways and Air Vanuatu to share flights between Apia and Port Vila.");
    for name in ["Samoa Airways", "Air Vanuatu"] {
        assert!(doc.entities.iter().any(|e| e.name == name && e.kind == EntityKind::Organization), "{name}: {:#?}", doc.entities);
    }
    let doc = extract("Air Force Chief Marshal Amar Preet Singh visited Canberra.");
    assert!(!doc.entities.iter().any(|e| e.name.starts_with("Air Force") && e.kind == EntityKind::Organization && e.name.contains("Chief")), "{:#?}", doc.entities);
}

#[test]
fn the_three_military_governments_are_the_three_states_listed_and_not_paired_with_each_other() {
    let doc = extract("Guinea, Gabon and Chad were suspended from the bloc in 2023. Commission President Omar Touray urged the three military governments to set a timetable for elections. All three juntas expelled French forces after seizing power.");
    let touray = id_of(&doc, "Omar Touray");
    for state in ["guinea", "gabon", "chad"] {
        assert!(has(&doc, &touray, RelationKind::Criticizes, state), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::Other, "france"), "{state}: {:#?}", doc.relations);
    }
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.subject == "guinea" && r.object == "gabon"), "{:#?}", doc.relations);
}

#[test]
fn sending_a_delegation_to_a_place_is_a_visit_and_not_sending_one_is_none() {
    let doc = extract("Senegal did not send a delegation to Conakry. Gambia sent a delegation to Dakar for the talks.");
    let conakry = relation(&doc, "senegal", RelationKind::Visits, &id_of(&doc, "Conakry"));
    assert!(conakry.negated, "{conakry:#?}");
    assert!(!relation(&doc, "gambia", RelationKind::Visits, &id_of(&doc, "Dakar")).negated, "{:#?}", doc.relations);
}

#[test]
fn removed_as_president_of_a_region_held_that_office() {
    let doc = extract("He said the removal of Milorad Dodik as President of Republika Srpska in August had not ended the crisis.");
    assert!(has(&doc, &id_of(&doc, "Milorad Dodik"), RelationKind::HoldsOffice, &id_of(&doc, "Republika Srpska")), "{:#?}", doc.relations);
}

#[test]
fn a_name_placed_in_a_part_of_a_state_is_a_town_there() {
    let doc = extract("The road will link Tifariti with Ain Ben Tili in northern Mauritania by 2027.");
    let town = id_of(&doc, "Ain Ben Tili");
    assert!(has(&doc, &town, RelationKind::LocatedIn, "mauritania"), "{:#?}", doc.relations);
}

#[test]
fn a_holder_named_after_an_organ_of_a_body_and_a_comma_is_a_person_of_that_organ() {
    let doc = extract("They later met the Secretary General of the Pacific Islands Forum Secretariat, Filimon Manoni, at the Secretariat's headquarters in Suva.");
    let manoni = id_of(&doc, "Filimon Manoni");
    let secretariat = id_of(&doc, "Pacific Islands Forum Secretariat");
    assert!(has(&doc, &manoni, RelationKind::HoldsOffice, &secretariat), "{:#?}", doc.relations);
    assert!(has(&doc, &secretariat, RelationKind::PartOf, &id_of(&doc, "Pacific Islands Forum")), "{:#?}", doc.relations);
    assert!(has(&doc, &secretariat, RelationKind::LocatedIn, "suva"), "{:#?}", doc.relations);
}

#[test]
fn a_courtesy_call_on_a_title_written_out_then_a_styled_name_meets_that_person() {
    let doc = extract("Earlier in the day, Prime Minister Feleti Teo paid a courtesy call on the President of the Republic of Kiribati, His Excellency Taneti Maamau, at State House.");
    let maamau = id_of(&doc, "Taneti Maamau");
    assert!(has(&doc, &id_of(&doc, "Feleti Teo"), RelationKind::Meets, &maamau), "{:#?}", doc.relations);
    assert!(has(&doc, &maamau, RelationKind::HoldsOffice, "kiribati"), "{:#?}", doc.relations);
}

#[test]
fn a_body_described_in_lower_case_and_named_in_capitals_is_that_body() {
    let doc = extract("The Council extended the mandate of the European Union naval force in Somalia (EUNAVFOR ATALANTA) for a year. Kenya said it supported EUNAVFOR ATALANTA.");
    let force = id_of(&doc, "EUNAVFOR ATALANTA");
    assert!(doc.entities.iter().any(|e| e.id == force && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
    assert!(has(&doc, &force, RelationKind::LocatedIn, "somalia"), "{:#?}", doc.relations);
    // (A name in title case keeps its acronym as before.)
    let doc = extract("The United Nations Interim Security Force for Abyei (UNISFA) stays until November.");
    assert!(doc.entities.iter().any(|e| e.name == "United Nations Interim Security Force for Abyei"), "{:#?}", doc.entities);
}

#[test]
fn a_surname_that_is_also_a_state_speaks_as_the_person_named_before() {
    let doc = extract("Portuguese Prime Minister Luís Montenegro met Spanish Prime Minister Pedro Sánchez in Lisbon. Montenegro said Portugal would back the plan. Montenegro, the Balkan state, did not comment.");
    let person = id_of(&doc, "Luís Montenegro");
    assert!(doc.entities.iter().any(|e| e.id == person && e.aliases.iter().any(|a| a == "Montenegro")), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.kind == EntityKind::Country && e.name == "Montenegro"), "{:#?}", doc.entities);
}

#[test]
fn a_declaration_named_after_a_place_is_a_named_text() {
    let doc = extract("The dispute ended with the Al-Ula Declaration, signed at the 41st summit in January 2021. The leaders also recalled the Kampala Declaration. They adopted a Declaration on Migration and Protection.");
    for name in ["Al-Ula Declaration", "Kampala Declaration"] {
        assert!(doc.entities.iter().any(|e| e.name == name && e.kind == EntityKind::Organization), "{name}: {:#?}", doc.entities);
    }
    assert!(!doc.entities.iter().any(|e| e.name.starts_with("Declaration on")), "{:#?}", doc.entities);
}

#[test]
fn a_list_of_subjects_goes_on_before_together_with() {
    let doc = extract("In 2017 Chad, Niger and Mali, together with Burkina Faso, cut diplomatic ties with Libya.");
    let libya = id_of(&doc, "Libya");
    for state in ["chad", "niger", "mali", "burkina_faso"] {
        assert!(stated(&doc).any(|r| r.subject == state && r.object == libya), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn two_leaders_styled_and_titled_in_apposition_meet_and_attend_their_meeting() {
    let doc = extract("The Prime Minister of Fiji, the Hon Sitiveni Rabuka MP, and the Prime Minister of Samoa, the Rt Hon Fiame Naomi Mata'afa, met in Apia for the annual Fiji-Samoa Leaders' Meeting. The Prime Ministers reaffirmed their commitment to the Forum. The leaders condemned Russia's invasion of Ukraine.");
    let rabuka = id_of(&doc, "Sitiveni Rabuka");
    let fiame = id_of(&doc, "Fiame Naomi Mata'afa");
    assert!(has(&doc, &fiame, RelationKind::HoldsOffice, "samoa"), "{:#?}", doc.relations);
    assert!(has(&doc, &rabuka, RelationKind::Meets, &fiame), "{:#?}", doc.relations);
    let meeting = id_of(&doc, "Fiji-Samoa Leaders' Meeting");
    assert!(has(&doc, &rabuka, RelationKind::Attends, &meeting) && has(&doc, &fiame, RelationKind::Attends, &meeting), "{:#?}", doc.relations);
    assert!(has(&doc, "fiji", RelationKind::Criticizes, "russia") && has(&doc, "samoa", RelationKind::Criticizes, "russia"), "{:#?}", doc.relations);
    assert!(!has(&doc, "ukraine", RelationKind::Criticizes, "russia"), "{:#?}", doc.relations);
}

#[test]
fn talks_brokered_by_named_leaders_relate_each_to_the_two_parties() {
    let doc = extract("The East African Community (EAC) and the Southern African Development Community (SADC) agreed on Friday to merge their peace processes. The talks were brokered by Kenya's President William Ruto, who hosted the first round, and by Angolan President João Lourenço.");
    let eac = id_of(&doc, "EAC");
    let sadc = id_of(&doc, "SADC");
    assert!(has(&doc, &eac, RelationKind::CooperatesWith, &sadc), "{:#?}", doc.relations);
    for mediator in ["William Ruto", "João Lourenço"] {
        let mediator = id_of(&doc, mediator);
        assert!(has(&doc, &mediator, RelationKind::Other, &eac) && has(&doc, &mediator, RelationKind::Other, &sadc), "{mediator}: {:#?}", doc.relations);
    }
}

#[test]
fn states_that_agree_after_talks_brokered_by_a_third_relate_to_the_broker() {
    let doc = extract("Armenia and Azerbaijan agreed on Monday to reopen transport links after talks in Abu Dhabi brokered by the United Arab Emirates, Armenian officials said.");
    assert!(has(&doc, "united_arab_emirates", RelationKind::Other, "armenia") && has(&doc, "united_arab_emirates", RelationKind::Other, "azerbaijan"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.label.as_deref() == Some("mediation") && r.subject == "armenia"), "{:#?}", doc.relations);
}

#[test]
fn central_american_names_a_region_not_the_united_states_and_a_protocol_is_a_named_text() {
    let doc = extract("In 2023 Nicaragua withdrew from the Central American Parliament (PARLACEN). The system was established in 1991 by the Tegucigalpa Protocol.");
    assert!(!doc.entities.iter().any(|e| e.id == "united_states"), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Central American Parliament" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Tegucigalpa Protocol" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
    // (The adjective alone names nothing.)
    let doc = extract("The presidents of eight Central American states met in Panama City.");
    assert!(!doc.entities.iter().any(|e| e.name.starts_with("Central America") || e.id == "united_states"), "{:#?}", doc.entities);
}

#[test]
fn the_two_leaders_after_a_spokesperson_spoke_are_still_the_leaders() {
    let doc = extract("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed on Tuesday to expand security cooperation. North Korea's foreign ministry warned that Pyongyang would respond. China's foreign ministry spokesperson Mao Ning urged restraint. The two leaders also discussed wartime labour. Japan and South Korea host around 80,000 American troops.");
    let lee = id_of(&doc, "Lee Jae-myung");
    let mao = id_of(&doc, "Mao Ning");
    assert!(has(&doc, &lee, RelationKind::Meets, &id_of(&doc, "Shigeru Ishiba")), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && (r.subject == mao || r.object == mao)), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.object == "north_korea"), "{:#?}", doc.relations);
    assert!(!has(&doc, "south_korea", RelationKind::Meets, "united_states"), "{:#?}", doc.relations);
}

#[test]
fn the_two_leaders_are_not_a_prime_minister_named_after_them_nor_the_pair_their_talks_name() {
    let doc = extract("At the invitation of His Majesty King Abdullah II, His Highness Sheikh Mohamed bin Zayed, President of the United Arab Emirates, paid an official visit to Jordan. The two leaders held official talks at Al Husseiniya Palace, attended by the Prime Minister of Jordan, Jafar Hassan. The two sides welcomed the talks between Iran and the United States hosted in Muscat. They condemned the strikes on Gaza by Israel.");
    let king = id_of(&doc, "Abdullah II");
    let mbz = id_of(&doc, "Sheikh Mohamed bin Zayed");
    assert!(has(&doc, &king, RelationKind::Meets, &mbz), "{:#?}", doc.relations);
    assert!(!has(&doc, &mbz, RelationKind::Meets, &id_of(&doc, "Jafar Hassan")), "{:#?}", doc.relations);
    assert!(has(&doc, "jordan", RelationKind::Criticizes, "israel") && has(&doc, "united_arab_emirates", RelationKind::Criticizes, "israel"), "{:#?}", doc.relations);
    assert!(!has(&doc, "iran", RelationKind::Criticizes, "israel"), "{:#?}", doc.relations);
}

#[test]
fn his_majesty_the_sultan_is_the_sultan_not_the_monarch_named_last() {
    let doc = extract("At the invitation of His Majesty Sultan Haitham bin Tarik, His Highness Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, paid an official visit to the Sultanate of Oman. The Emir invited His Majesty the Sultan to visit Qatar.");
    let sultan = id_of(&doc, "Haitham bin Tarik");
    assert!(has(&doc, &sultan, RelationKind::Visits, "qatar"), "{:#?}", doc.relations);
    let emir = id_of(&doc, "Sheikh Tamim bin Hamad Al Thani");
    assert!(!doc.entities.iter().any(|e| e.id == emir && e.aliases.iter().any(|a| a.contains("Majesty"))), "{:#?}", doc.entities);
}

#[test]
fn three_states_that_sign_an_agreement_each_cooperate_and_a_group_is_no_alias() {
    let doc = extract("El Salvador, Honduras and Nicaragua signed a regional agreement on Wednesday to share border data. The three countries agreed to meet again in May.");
    for (a, b) in [("el_salvador", "honduras"), ("el_salvador", "nicaragua"), ("honduras", "nicaragua")] {
        assert!(has(&doc, a, RelationKind::CooperatesWith, b), "{a} {b}: {:#?}", doc.relations);
    }
    assert!(!doc.entities.iter().any(|e| e.aliases.iter().any(|a| a.contains("three"))), "{:#?}", doc.entities);
}

#[test]
fn a_verb_after_and_is_not_negated_by_the_first_verbs_not() {
    let doc = extract("Serbia's representative said Belgrade did not recognize the declaration and urged the Security Council to act.");
    let council = id_of(&doc, "Security Council");
    let urged = relation(&doc, "serbia", RelationKind::Criticizes, &council);
    assert!(!urged.negated, "{urged:#?}");
}

#[test]
fn an_autonomous_government_keeps_its_standing_and_a_bare_national_government_names_nothing() {
    let doc = extract("The Prime Minister offered support for the dialogue between the National Government and the Autonomous Bougainville Government.");
    assert!(doc.entities.iter().any(|e| e.name == "Autonomous Bougainville Government"), "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name == "National Government" || e.name == "Bougainville Government"), "{:#?}", doc.entities);
}

#[test]
fn a_speaker_named_in_capitals_with_a_state_in_parentheses_is_its_representative() {
    let doc = extract("The Security Council met on Kosovo. SAMUEL ŽBOGAR (Slovenia) urged Serbia to withdraw its police. JEAN-NOËL BARROT (France) said Paris backed the mission. ARMEN A. PAPIKYAN (Armenia) thanked the Council.");
    let zbogar = id_of(&doc, "Samuel Žbogar");
    assert!(has(&doc, &zbogar, RelationKind::HoldsOffice, "slovenia"), "{:#?}", doc.relations);
    assert!(doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.object == "serbia" && (r.subject == zbogar || r.subject == "slovenia")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Jean-Noël Barrot"), RelationKind::HoldsOffice, "france"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Armen A. Papikyan"), RelationKind::HoldsOffice, "armenia"), "{:#?}", doc.relations);
    // (A heading in capitals before a parenthesis names no one.)
    let doc = extract("SECURITY COUNCIL WELCOMES TRUCE (Armenia) was the headline.");
    assert!(!doc.entities.iter().any(|e| e.kind == EntityKind::Person), "{:#?}", doc.entities);
}

#[test]
fn an_accented_given_name_opens_a_name_and_his_envoy_serves_his_body() {
    let doc = extract("Ministers backed the work of UN Secretary-General António Guterres and of his Special Envoy, Jérôme Lacour, in the talks. They also thanked Ángela Ruiz for her report.");
    let envoy = id_of(&doc, "Jérôme Lacour");
    assert!(has(&doc, &envoy, RelationKind::HoldsOffice, "united_nations"), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Ángela Ruiz" && e.kind == EntityKind::Person), "{:#?}", doc.entities);
    let doc = extract("Under-Secretary-General for Political Affairs Rosemary DiCarlo briefed the Council.");
    assert!(doc.entities.iter().any(|e| e.name == "Rosemary DiCarlo"), "{:#?}", doc.entities);
}

#[test]
fn the_delegate_speaking_after_a_participle_is_who_he_is_next() {
    let doc = extract("The representative of Japan said the talks must go on. Speaking on behalf of the Nordic countries, Denmark, Finland and Norway, the representative of Norway said the African Union, meeting in Addis Ababa last week, had condemned the coup in Niger. He also condemned attacks on peacekeepers by Mali.");
    let au = id_of(&doc, "African Union");
    assert!(has(&doc, &au, RelationKind::Criticizes, "niger"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Criticizes && r.subject == "addis_ababa"), "{:#?}", doc.relations);
    assert!(has(&doc, "norway", RelationKind::Criticizes, "mali"), "{:#?}", doc.relations);
    assert!(!has(&doc, "japan", RelationKind::Criticizes, "mali"), "{:#?}", doc.relations);
}

#[test]
fn a_bodys_members_named_after_its_possessive_belong_to_it() {
    let doc = extract("Speaking for the Security Council's three African members, Ghana, Gabon and Mozambique, the representative of Ghana welcomed the vote. The alliance's two newest members, Finland and Sweden, were praised by NATO.");
    for state in ["ghana", "gabon", "mozambique"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Security Council")), "{state}: {:#?}", doc.relations);
    }
    let doc = extract("The Security Council met in New York. Estonia's delegate, whose country joined the Council in 2020, spoke first. JEAN-NOËL BARROT (France) followed.");
    let council = id_of(&doc, "Security Council");
    assert!(has(&doc, "estonia", RelationKind::MemberOf, &council), "{:#?}", doc.relations);
    assert!(!has(&doc, "france", RelationKind::MemberOf, &council), "{:#?}", doc.relations);
}

#[test]
fn their_ministers_named_in_turn_hold_office_for_the_states_in_turn() {
    let doc = extract("The Secretary-General welcomes the accord signed today between Armenia and Azerbaijan by their Ministers for Foreign Affairs, Ararat Mirzoyan and Jeyhun Bayramov.");
    assert!(has(&doc, &id_of(&doc, "Ararat Mirzoyan"), RelationKind::HoldsOffice, "armenia"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Jeyhun Bayramov"), RelationKind::HoldsOffice, "azerbaijan"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Ararat Mirzoyan"), RelationKind::HoldsOffice, "azerbaijan"), "{:#?}", doc.relations);
}

#[test]
fn states_that_form_a_group_named_by_an_acronym_are_its_members() {
    let doc = extract("Estonia and Latvia, together with Lithuania, Denmark, Finland, Iceland, Norway and Sweden, form the NB8 group of northern EU and NATO countries.");
    let nb8 = id_of(&doc, "NB8");
    for state in ["estonia", "latvia", "lithuania", "denmark", "finland", "iceland", "norway", "sweden"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &nb8), "{state}: {:#?}", doc.relations);
    }
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::CooperatesWith), "{:#?}", doc.relations);
    let doc = extract("Italy, Greece and Malta form the MED5 group of southern EU countries.");
    for state in ["italy", "greece", "malta"] {
        assert!(has(&doc, state, RelationKind::MemberOf, "european_union"), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_meeting_held_between_two_leaders_is_theirs_and_the_host_receives_the_traveller() {
    let doc = extract("Foreign Minister Ararat Mirzoyan welcomed the meeting held in March between President Ilham Aliyev and the Armenian leader, Nikol Pashinyan. On Friday he will travel to Tbilisi, where he is due to meet the Foreign Minister of Georgia, Maka Botchorishvili, and to be received by Prime Minister Irakli Kobakhidze.");
    let aliyev = id_of(&doc, "Ilham Aliyev");
    assert!(has(&doc, &aliyev, RelationKind::Meets, &id_of(&doc, "Nikol Pashinyan")), "{:#?}", doc.relations);
    let mirzoyan = id_of(&doc, "Ararat Mirzoyan");
    let kobakhidze = id_of(&doc, "Irakli Kobakhidze");
    assert!(has(&doc, &kobakhidze, RelationKind::Meets, &mirzoyan), "{:#?}", doc.relations);
    assert!(!has(&doc, &kobakhidze, RelationKind::Meets, &id_of(&doc, "Maka Botchorishvili")), "{:#?}", doc.relations);
}

#[test]
fn a_leaders_relative_is_related_to_the_leader_and_holds_no_office() {
    let doc = extract("Turkmen President Serdar Berdimuhamedov opened the forum. Gurbanguly Berdimuhamedov, the Turkmen president's father, chaired the session.");
    let father = id_of(&doc, "Gurbanguly Berdimuhamedov");
    assert!(has(&doc, &father, RelationKind::Other, &id_of(&doc, "Serdar Berdimuhamedov")), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::HoldsOffice && r.subject == father), "{:#?}", doc.relations);
    let doc = extract("Hun Sen's son, Hun Manet, became prime minister of Cambodia in 2023.");
    assert!(has(&doc, &id_of(&doc, "Hun Manet"), RelationKind::Other, &id_of(&doc, "Hun Sen")), "{:#?}", doc.relations);
}

#[test]
fn troops_sent_to_fight_for_a_state_suspicion_and_joining_allies_in_an_exercise() {
    let doc = extract("Lithuania is wary. Belarus has sent hundreds of troops to fight for Russia against Ukraine, and Vilnius suspects Minsk of helping Moscow with drones.");
    assert!(has(&doc, "belarus", RelationKind::CooperatesWith, "russia"), "{:#?}", doc.relations);
    assert!(has(&doc, "belarus", RelationKind::Other, "ukraine"), "{:#?}", doc.relations);
    assert!(has(&doc, "lithuania", RelationKind::Criticizes, "belarus"), "{:#?}", doc.relations);
    let doc = extract("Finland and Sweden signed a defence pact with Finland and Sweden's navies. Norway will join its two neighbours in a joint naval exercise in May.");
    assert!(has(&doc, "norway", RelationKind::CooperatesWith, "finland") && has(&doc, "norway", RelationKind::CooperatesWith, "sweden"), "{:#?}", doc.relations);
}

#[test]
fn a_states_chiefs_of_staff_and_its_ruling_party_are_its_own() {
    let doc = extract("South Korea's Joint Chiefs of Staff said the missile flew 70 minutes. Kim Yo Jong, a senior official of the Workers' Party of Korea, spoke later.");
    let jcs = id_of(&doc, "South Korea's Joint Chiefs of Staff");
    assert!(has(&doc, &jcs, RelationKind::PartOf, "south_korea"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.object == "south_korea" && r.subject.contains("workers")), "{:#?}", doc.relations);
}

#[test]
fn a_meeting_named_by_its_town_and_the_states_a_text_is_about() {
    let text = "SOKODE, Togo, March 3 (Reuters) - Togo and Benin agreed on Monday to patrol their border, Togolese President Faure Gnassingbé said after talks in Sokodé with Benin's President Patrice Talon. Ghana's President John Mahama did not attend the Sokodé meeting, and Ghana sent no minister. Togo and Benin will share radar data, and Togo will train Benin's police. Benin said the patrols start in May; Togo said so too. Burkina Faso, also an ECOWAS member, was not invited. Mexico and Brazil sent observers to Lomé. Human Rights Watch urged both governments to protect civilians. All three countries belong to the Economic Community of West African States (ECOWAS).";
    let doc = extract(text);
    let meeting = id_of(&doc, "Sokodé meeting");
    let not_attended = relation(&doc, &id_of(&doc, "John Mahama"), RelationKind::Attends, &meeting);
    assert!(not_attended.negated, "{not_attended:#?}");
    let hrw = id_of(&doc, "Human Rights Watch");
    assert!(has(&doc, &hrw, RelationKind::Criticizes, "togo") && has(&doc, &hrw, RelationKind::Criticizes, "benin"), "{:#?}", doc.relations);
    assert!(!has(&doc, &hrw, RelationKind::Criticizes, "mexico") && !has(&doc, &hrw, RelationKind::Criticizes, "brazil"), "{:#?}", doc.relations);
    let ecowas = id_of(&doc, "ECOWAS");
    assert!(has(&doc, "burkina_faso", RelationKind::MemberOf, &ecowas), "{:#?}", doc.relations);
    for state in ["togo", "benin", "ghana"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &ecowas), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn her_security_minister_serves_her_state() {
    let doc = extract("Honduran President Xiomara Castro said Honduras would deploy 600 officers. Her security minister, Gustavo Sánchez, will lead the task force.");
    assert!(has(&doc, &id_of(&doc, "Gustavo Sánchez"), RelationKind::HoldsOffice, "honduras"), "{:#?}", doc.relations);
}

#[test]
fn parties_of_a_described_pact_and_ministers_meeting_as_its_council() {
    let doc = extract("The Central Treaty Organization (CENTO) was a collective defence pact signed in Baghdad in 1955 by Iran, Iraq, Pakistan, Turkey and the United Kingdom. The foreign ministers of the five states met as the Baghdad Pact Council, first in Tehran in November 1955.");
    let cento = id_of(&doc, "CENTO");
    for state in ["iran", "iraq", "pakistan", "turkey", "united_kingdom"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &cento), "{state}: {:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Baghdad Pact Council")), "{state}: {:#?}", doc.relations);
    }
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::CooperatesWith), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Baghdad Pact Council"), RelationKind::LocatedIn, "tehran"), "{:#?}", doc.relations);
}

#[test]
fn a_capital_the_holder_had_been_in_is_no_guess_for_their_state() {
    let doc = extract("The treaty was invoked in 2001 by Prime Minister John Howard, who had been in Washington during the attacks, and Australia later sent troops to Afghanistan.");
    let howard = id_of(&doc, "John Howard");
    assert!(has(&doc, &howard, RelationKind::HoldsOffice, "australia"), "{:#?}", doc.relations);
    assert!(!has(&doc, &howard, RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
    // (Honolulu is a city of its own, not another name of Hawaii.)
    let doc = extract("The ministers met in Honolulu in August 1952.");
    assert!(doc.entities.iter().any(|e| e.name == "Honolulu"), "{:#?}", doc.entities);
}

#[test]
fn a_round_held_between_two_envoys_in_a_third_city_and_a_treaty_named_before_its_acronym() {
    let doc = extract("Qatar hosted the indirect talks between Iran and the United States, the third round of which was held in Doha on 12 April between Minister Abbas Araghchi and the United States Special Envoy, Steve Witkoff. Both sides back the Treaty on the Non-Proliferation of Nuclear Weapons (NPT).");
    let araghchi = id_of(&doc, "Abbas Araghchi");
    let witkoff = id_of(&doc, "Steve Witkoff");
    assert!(has(&doc, &araghchi, RelationKind::Meets, &witkoff), "{:#?}", doc.relations);
    assert!(has(&doc, &witkoff, RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
    assert!(has(&doc, &witkoff, RelationKind::Visits, "doha"), "{:#?}", doc.relations);
    assert!(doc.entities.iter().any(|e| e.name == "Treaty on the Non-Proliferation of Nuclear Weapons"), "{:#?}", doc.entities);
    let doc = extract("A pipeline will run from Iran's Khuzestan Province to Basra.");
    assert!(has(&doc, &id_of(&doc, "Khuzestan Province"), RelationKind::LocatedIn, "iran"), "{:#?}", doc.relations);
}

#[test]
fn a_member_that_froze_its_participation_and_one_speaking_for_its_bloc() {
    let doc = extract("The representative of Estonia, speaking on behalf of the European Union, voted against. The text praised the Collective Security Treaty Organization (CSTO), of which Armenia has frozen its participation. The memorandum was signed between the SCO secretariat and the United Nations Office on Drugs and Crime.");
    let eu = id_of(&doc, "European Union");
    assert!(has(&doc, "estonia", RelationKind::MemberOf, &eu), "{:#?}", doc.relations);
    let csto = id_of(&doc, "CSTO");
    assert!(has(&doc, "armenia", RelationKind::MemberOf, &csto), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Attends && r.subject == "armenia"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "SCO"), RelationKind::CooperatesWith, &id_of(&doc, "United Nations Office on Drugs and Crime")), "{:#?}", doc.relations);
}

#[test]
fn its_minister_after_a_sentence_about_a_state_and_a_summit_the_traveller_is_due_at() {
    let doc = extract("Djibouti, which hosts bases of France and China, did not sign. Its foreign minister, Abdoulkader Houssein Omar, called the text premature. Kenyan President William Ruto spoke. Ruto is due to travel to Addis Ababa in May for a summit with Ethiopian Prime Minister Abiy Ahmed.");
    assert!(has(&doc, &id_of(&doc, "Abdoulkader Houssein Omar"), RelationKind::HoldsOffice, "djibouti"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.subject == "djibouti"), "{:#?}", doc.relations);
    let ruto = id_of(&doc, "William Ruto");
    let summit = relation(&doc, &ruto, RelationKind::Meets, &id_of(&doc, "Abiy Ahmed"));
    assert_eq!(summit.modality, Modality::Planned, "{summit:#?}");
    let trip = relation(&doc, &ruto, RelationKind::Visits, "addis_ababa");
    assert_eq!(trip.modality, Modality::Planned, "{trip:#?}");
}

#[test]
fn a_general_secretary_leads_and_every_subject_before_together_with_works_with_the_rest() {
    let doc = extract("President Prabowo Subianto received General Secretary To Lam of Viet Nam, accompanied by Foreign Minister Bui Thanh Son. The two leaders held talks at the Merdeka Palace. Indonesia and Viet Nam, together with Malaysia and Thailand, will hold a coordinated maritime patrol in July.");
    let to_lam = id_of(&doc, "To Lam");
    assert!(has(&doc, &to_lam, RelationKind::HoldsOffice, "vietnam"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Prabowo Subianto"), RelationKind::Meets, &to_lam), "{:#?}", doc.relations);
    // ("The two leaders" are the two heads, not the host and the minister.)
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Meets && r.evidence.iter().any(|e| e.sentence.starts_with("The two leaders")) && (r.subject.contains("bui") || r.object.contains("bui"))), "{:#?}", doc.relations);
    for partner in ["malaysia", "thailand"] {
        assert!(has(&doc, "indonesia", RelationKind::CooperatesWith, partner) && has(&doc, "vietnam", RelationKind::CooperatesWith, partner), "{partner}: {:#?}", doc.relations);
    }
    // (A list of a treaty's parties is no cooperation with the last one.)
    let doc = extract("Its parties are Albania, Moldova and Serbia, together with the United Nations Interim Administration Mission in Kosovo (UNMIK).");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::CooperatesWith), "{:#?}", doc.relations);
}

#[test]
fn members_of_one_bloc_and_associate_members_of_another() {
    let doc = extract("Argentina and Uruguay are members of Mercosur and associate members of the Andean Community.");
    let can = id_of(&doc, "Andean Community");
    assert!(has(&doc, "argentina", RelationKind::MemberOf, &can) && has(&doc, "uruguay", RelationKind::MemberOf, &can), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Mercosur"), RelationKind::MemberOf, &can), "{:#?}", doc.relations);
}

#[test]
fn the_pair_cooperating_within_a_bloc_sits_in_it_but_not_in_a_framework() {
    let doc = extract("Estonian Foreign Minister Margus Tsahkna met the Minister of Foreign Affairs of Norway, Espen Barth Eide, in Tallinn. The ministers discussed support for Ukraine and cooperation within NATO and the Nordic Council.");
    let nato = id_of(&doc, "NATO");
    assert!(has(&doc, "estonia", RelationKind::MemberOf, &nato) && has(&doc, "norway", RelationKind::MemberOf, &nato), "{:#?}", doc.relations);
    assert!(!has(&doc, "ukraine", RelationKind::MemberOf, &nato), "{:#?}", doc.relations);
    let doc = extract("President Marcos met Prime Minister Ishiba of Japan. The two leaders affirmed their cooperation within the ASEAN framework.");
    assert!(!has(&doc, "japan", RelationKind::MemberOf, &id_of(&doc, "ASEAN")), "{:#?}", doc.relations);
}

#[test]
fn a_verb_after_comma_but_takes_the_sentences_subject_not_the_first_verbs_object() {
    let doc = extract("ABUJA, Dec 15 (Reuters) - West African leaders lifted remaining sanctions on Guinea after its referendum, but warned the juntas in Mali and Niger against leaving the bloc.");
    // (Read from the verb, not from two names sharing a sentence.)
    let warned = |r: &&entente::model::Relation| r.kind == RelationKind::Criticizes && r.label.as_deref() == Some("warned");
    assert!(!doc.relations.iter().filter(warned).any(|r| r.subject == "guinea"), "{:#?}", doc.relations);
    let doc = extract("Kenya welcomed the accord with Ethiopia, but warned Somalia against new strikes.");
    assert!(doc.relations.iter().filter(warned).any(|r| r.subject == "kenya" && r.object == "somalia"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().filter(warned).any(|r| r.subject == "ethiopia"), "{:#?}", doc.relations);
}

#[test]
fn a_telephone_call_and_a_membership_sought() {
    let doc = extract("Kazakh President Kassym-Jomart Tokayev called Armenian Prime Minister Nikol Pashinyan to congratulate him. Georgia has said it will seek EU membership. Armenia froze its participation in the Russia-led Collective Security Treaty Organization in 2024.");
    assert!(has(&doc, &id_of(&doc, "Kassym-Jomart Tokayev"), RelationKind::Meets, &id_of(&doc, "Nikol Pashinyan")), "{:#?}", doc.relations);
    let sought = relation(&doc, "georgia", RelationKind::MemberOf, "european_union");
    assert_eq!(sought.modality, Modality::Proposed, "{sought:#?}");
    assert!(has(&doc, "armenia", RelationKind::MemberOf, &id_of(&doc, "Collective Security Treaty Organization")), "{:#?}", doc.relations);
    // ("called X a traitor" is no call.)
    let doc = extract("Russian President Vladimir Putin called Ukrainian President Volodymyr Zelensky a traitor.");
    assert!(!doc.relations.iter().any(|r| r.label.as_deref() == Some("phone call")), "{:#?}", doc.relations);
}

#[test]
fn a_meeting_as_a_gerund_and_a_reuters_demonym() {
    let doc = extract("Peruvian President José Jerí spoke after meeting his Bolivian counterpart, Rodrigo Paz, in Puno. Ecuadorean President Daniel Noboa sent Foreign Minister Gabriela Sommerfeld to the signing.");
    assert!(has(&doc, &id_of(&doc, "José Jerí"), RelationKind::Meets, &id_of(&doc, "Rodrigo Paz")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Daniel Noboa"), RelationKind::HoldsOffice, "ecuador"), "{:#?}", doc.relations);
}

#[test]
fn companions_named_in_the_next_sentence_go_where_the_visitor_went_and_serve_its_state() {
    let doc = extract("Danish Prime Minister Mette Frederiksen spoke on Monday. Kenyan President William Ruto paid a state visit to Ethiopia on Tuesday. He was accompanied by Foreign Minister Musalia Mudavadi and Trade Minister Lee Kinyanjui.");
    let mudavadi = id_of(&doc, "Musalia Mudavadi");
    assert!(has(&doc, &mudavadi, RelationKind::HoldsOffice, "kenya"), "{:#?}", doc.relations);
    assert!(!has(&doc, &mudavadi, RelationKind::HoldsOffice, "denmark"), "{:#?}", doc.relations);
    assert!(has(&doc, &mudavadi, RelationKind::Visits, "ethiopia") && has(&doc, &id_of(&doc, "Lee Kinyanjui"), RelationKind::Visits, "ethiopia"), "{:#?}", doc.relations);
}

#[test]
fn a_ministry_spokesperson_holds_office_in_the_state() {
    let doc = extract("Chinese foreign ministry spokesman Guo Jiakun told reporters in Beijing that China had never been the obstacle.");
    assert!(has(&doc, &id_of(&doc, "Guo Jiakun"), RelationKind::HoldsOffice, "china"), "{:#?}", doc.relations);
}

#[test]
fn founders_named_in_a_which_clause_are_members() {
    let doc = extract("The Nordic Defence Cooperation, which Norway founded in 2009 with Sweden, Finland and Denmark, met in Oslo. The ministers noted the withdrawal of Burkina Faso, Mali and Niger from ECOWAS and called on the Alliance of Sahel States (AES), which the three countries formed in 2023, to keep its borders open.");
    let nordic = id_of(&doc, "Nordic Defence Cooperation");
    for state in ["norway", "sweden", "finland", "denmark"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &nordic), "{state}: {:#?}", doc.relations);
    }
    let aes = id_of(&doc, "Alliance of Sahel States");
    for state in ["burkina_faso", "mali", "niger"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &aes), "{state}: {:#?}", doc.relations);
    }
    // ("the three countries" is the list of three in the sentence, not the
    // Nordic states named before.)
    assert!(!has(&doc, "sweden", RelationKind::MemberOf, &aes), "{:#?}", doc.relations);
}

#[test]
fn the_two_heads_of_state_are_the_leaders_of_two_states_not_a_president_and_his_prime_minister() {
    let doc = extract("At the invitation of President Alassane Ouattara of Côte d'Ivoire, President John Mahama of Ghana paid a state visit to Abidjan. The two Heads of State held talks, in which the Prime Minister of Côte d'Ivoire, Robert Beugré Mambé, took part. The two Heads of State condemned the attacks by Jama'at Nusrat al-Islam wal-Muslimin and agreed to strengthen the Accra Initiative, which their countries founded in 2017 with Benin and Togo.");
    let jnim = id_of(&doc, "Jama'at Nusrat al-Islam wal-Muslimin");
    assert!(has(&doc, "ghana", RelationKind::Criticizes, &jnim), "{:#?}", doc.relations);
    let accra = id_of(&doc, "Accra Initiative");
    for state in ["ghana", "benin", "togo"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &accra), "{state}: {:#?}", doc.relations);
    }
}

#[test]
fn a_list_with_an_apposition_that_have_been_associate_members_joins_the_body_the_entry_is_about() {
    let doc = extract("Pacific Alliance\n\nThe Pacific Alliance is a trade bloc of Chile, Colombia, Mexico and Peru, founded in 2011. Costa Rica and Ecuador, the newest members of the Inter-American Development Bank's regional group, have been associate members since 2023.");
    let alliance = id_of(&doc, "Pacific Alliance");
    assert!(has(&doc, "costa_rica", RelationKind::MemberOf, &alliance) && has(&doc, "ecuador", RelationKind::MemberOf, &alliance), "{:#?}", doc.relations);
}

#[test]
fn a_treaty_signed_past_a_relative_clause_or_as_a_participle_is_tied_to_its_place_and_parties() {
    let doc = extract("The Gulf Union is a customs union. The Doha Accord, which created the bloc, was signed in Doha, Qatar, on 3 May 1981 by Bahrain, Kuwait and Qatar. The Muscat Protocol, signed in the Omani city of Muscat in March 1996, widened the union.");
    let accord = id_of(&doc, "Doha Accord");
    assert!(has(&doc, &accord, RelationKind::Other, "doha"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Gulf Union"), RelationKind::Other, "doha"), "{:#?}", doc.relations);
    assert!(has(&doc, "bahrain", RelationKind::MemberOf, &accord) && has(&doc, "kuwait", RelationKind::MemberOf, &accord), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Muscat Protocol"), RelationKind::Other, "muscat"), "{:#?}", doc.relations);
}

#[test]
fn attending_in_a_which_clause_is_of_the_event_before_it() {
    let doc = extract("Chilean President Ana Ruiz completed her country's accession to the bloc at the Mercosur summit in Asunción in July 2024, which Argentine President Javier Milei did not attend; Chile has not left the Andean Community.");
    let milei = id_of(&doc, "Javier Milei");
    let summit = id_of(&doc, "Mercosur summit");
    assert!(doc.relations.iter().any(|r| r.subject == milei && r.object == summit && r.kind == RelationKind::Attends && r.negated), "{:#?}", doc.relations);
    assert!(!has(&doc, &milei, RelationKind::Attends, "andean_community"), "{:#?}", doc.relations);
    let doc = extract("At the invitation of President Yamandú Orsi of Uruguay, President Santiago Peña of Paraguay paid a state visit to Uruguay. President Orsi informed President Peña of his call with the President of Brazil, Luiz Inácio Lula da Silva, on the preparations for the Mercosur summit to be held in Brazil in December, which both Presidents will attend.");
    let summit = id_of(&doc, "Mercosur summit");
    assert!(has(&doc, &id_of(&doc, "Yamandú Orsi"), RelationKind::Attends, &summit) && has(&doc, &id_of(&doc, "Santiago Peña"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Luiz Inácio Lula da Silva"), RelationKind::Attends, &summit), "{:#?}", doc.relations);
}

#[test]
fn whose_country_after_the_representative_of_a_state_is_that_state() {
    let doc = extract("Fu Cong (China) spoke first. The representative of Tajikistan, whose country left the Eurasian Economic Union in 2015 and hosted the CICA summit in Dushanbe in June 2019, said his Government supported the text.");
    assert!(doc.relations.iter().any(|r| r.subject == "tajikistan" && r.kind == RelationKind::MemberOf && r.negated), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == "china" && r.kind == RelationKind::MemberOf), "{:#?}", doc.relations);
    assert!(has(&doc, "tajikistan", RelationKind::Attends, &id_of(&doc, "CICA summit")), "{:#?}", doc.relations);
}

#[test]
fn states_pressed_to_vote_against_are_not_the_name_before_them() {
    let doc = extract("The General Assembly today adopted a resolution by a recorded vote. Vassily Nebenzia (Russian Federation) said Kyiv's Western sponsors had pressured small States to vote against it.");
    assert!(!doc.relations.iter().any(|r| r.label.as_deref() == Some("voted against")), "{:#?}", doc.relations);
    let doc = extract("The General Assembly today adopted a resolution by a recorded vote. Kenya decided to vote against it.");
    assert!(doc.relations.iter().any(|r| r.subject == "kenya" && r.label.as_deref() == Some("voted against")), "{:#?}", doc.relations);
}

#[test]
fn continuing_to_a_verb_is_no_journey_and_a_place_gone_to_is_no_traveller() {
    let doc = extract("Russia continued to occupy the Donetsk and Luhansk regions of Ukraine. The delegation later continued to Hanoi and then continued on to the Philippines.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Visits && (r.subject == "russia" || r.subject == "hanoi")), "{:#?}", doc.relations);
    let doc = extract("President Lula visited Japan. He later continued to Hanoi.");
    assert!(has(&doc, &id_of(&doc, "Lula"), RelationKind::Visits, "hanoi"), "{:#?}", doc.relations);
}

#[test]
fn an_acronyms_initials_pick_its_name_and_from_which_names_the_body_left() {
    let doc = extract("Iceland takes part in the European Economic Area (EEA) through its EFTA membership.");
    assert!(doc.entities.iter().any(|e| e.name == "European Economic Area"), "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name == "Economic Area"), "{:#?}", doc.entities);
    let doc = extract("Norway joined the European Economic Area in 1994. The ministers discussed the Council of the Baltic Sea States (CBSS), of which Estonia and Norway have been members since 1992 and from which Russia withdrew in May 2022.");
    let cbss = id_of(&doc, "Council of the Baltic Sea States");
    assert!(doc.relations.iter().any(|r| r.subject == "russia" && r.object == cbss && r.kind == RelationKind::MemberOf && r.negated), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| r.subject == "russia" && r.object == id_of(&doc, "European Economic Area")), "{:#?}", doc.relations);
}

#[test]
fn a_pair_holding_a_joint_call_with_someone_each_meet_that_person() {
    let doc = extract("Latvian Foreign Minister Baiba Braže met Finnish Foreign Minister Elina Valtonen in Riga. The two ministers held a joint phone call with Ukraine's Foreign Minister Andrii Sybiha.");
    let sybiha = id_of(&doc, "Andrii Sybiha");
    assert!(has(&doc, &id_of(&doc, "Baiba Braže"), RelationKind::Meets, &sybiha) && has(&doc, &id_of(&doc, "Elina Valtonen"), RelationKind::Meets, &sybiha), "{:#?}", doc.relations);
    // ("The two Heads of State" are the two states' leaders, not the
    // President of a bank one of them met.)
    let doc = extract("President John Mahama of Ghana paid a state visit to Côte d'Ivoire at the invitation of President Alassane Ouattara. President Mahama met the President of the African Development Bank, Sidi Ould Tah, in Abidjan. The two Heads of State held a joint telephone conversation with the President of Sierra Leone, Julius Maada Bio.");
    let bio = id_of(&doc, "Julius Maada Bio");
    assert!(has(&doc, &id_of(&doc, "Alassane Ouattara"), RelationKind::Meets, &bio), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Sidi Ould Tah"), RelationKind::Meets, &bio), "{:#?}", doc.relations);
}

#[test]
fn the_north_atlantic_treaty_keeps_its_first_word() {
    let doc = extract("Estonia requested consultations under Article 4 of the North Atlantic Treaty.");
    assert!(doc.entities.iter().any(|e| e.name == "North Atlantic Treaty"), "{:#?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name == "Atlantic Treaty"), "{:#?}", doc.entities);
}

#[test]
fn a_named_mission_described_as_a_bodys_belongs_to_it_and_contributors_take_part() {
    let doc = extract("The minister thanked Denmark for its contribution to Baltic Sentry, the NATO mission launched in January. Greece sent a frigate to Aspides, the EU naval operation in the Red Sea.");
    let sentry = id_of(&doc, "Baltic Sentry");
    assert!(doc.entities.iter().any(|e| e.id == sentry && e.kind == entente::model::EntityKind::Organization), "{:#?}", doc.entities);
    assert!(has(&doc, &sentry, RelationKind::PartOf, "nato"), "{:#?}", doc.relations);
    assert!(has(&doc, "denmark", RelationKind::Attends, &sentry), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Aspides"), RelationKind::PartOf, "european_union"), "{:#?}", doc.relations);
    // (A mission described so is no office opened.)
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::OpensOfficeIn), "{:#?}", doc.relations);
}

#[test]
fn a_bodys_acronym_keeps_the_state_written_before_it_and_the_body_is_part_of_that_state() {
    let doc = extract("The leaders welcomed the memorandum between the Kenya Tea Board (KETEBO) and Uganda's Coffee and Tea Authority (CTA) on pricing.");
    let board = id_of(&doc, "Kenya Tea Board");
    let authority = id_of(&doc, "Coffee and Tea Authority");
    assert!(has(&doc, &board, RelationKind::PartOf, "kenya") && has(&doc, &authority, RelationKind::PartOf, "uganda"), "{:#?}", doc.relations);
    assert!(has(&doc, &board, RelationKind::CooperatesWith, &authority), "{:#?}", doc.relations);
    // (A state's project is no body of it.)
    let doc = extract("Australia will fund the Tuvalu Coastal Adaptation Project (TCAP).");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::PartOf), "{:#?}", doc.relations);
}

#[test]
fn the_two_states_a_bilateral_bodys_name_joins_take_part_in_it() {
    let doc = extract("The third session of the Laos-Cambodia Joint Commission will be held in Vientiane. The Omani-Iraqi Joint Committee met in Muscat.");
    let commission = id_of(&doc, "Laos-Cambodia Joint Commission");
    assert!(has(&doc, "laos", RelationKind::Attends, &commission) && has(&doc, "cambodia", RelationKind::Attends, &commission), "{:#?}", doc.relations);
    let committee = id_of(&doc, "Omani-Iraqi Joint Committee");
    assert!(has(&doc, "oman", RelationKind::Attends, &committee) && has(&doc, "iraq", RelationKind::Attends, &committee), "{:#?}", doc.relations);
    // (A business forum is no body the states sit in.)
    let doc = extract("The Laos-Cambodia Business Forum opened in Vientiane.");
    assert!(!doc.relations.iter().any(|r| r.kind == RelationKind::Attends), "{:#?}", doc.relations);
}

#[test]
fn two_bodies_signing_are_coordinated_past_the_first_ones_acronym() {
    let doc = extract("In the presence of the ministers, the Polish Armament Agency (PAA) and the Norwegian Defence Materiel Agency signed a letter of intent on ammunition.");
    assert!(has(&doc, &id_of(&doc, "Polish Armament Agency"), RelationKind::CooperatesWith, &id_of(&doc, "Norwegian Defence Materiel Agency")), "{:#?}", doc.relations);
}

#[test]
fn a_candidacy_for_a_post_is_a_proposed_office_backed_by_its_supporters() {
    let doc = extract("Peru conveyed its support for the candidacy of former Argentine Foreign Minister Susana Malcorra for the post of Secretary-General of the United Nations. Ecuador's support for the candidacy of Ana Ruiz, a former judge, for the post of President of the Inter-American Development Bank was welcomed.");
    let malcorra = id_of(&doc, "Susana Malcorra");
    let office = relation(&doc, &malcorra, RelationKind::HoldsOffice, "united_nations");
    assert_eq!(office.modality, Modality::Proposed, "{office:#?}");
    assert!(has(&doc, "peru", RelationKind::Other, &malcorra), "{:#?}", doc.relations);
    let ruiz = id_of(&doc, "Ana Ruiz");
    assert!(has(&doc, &ruiz, RelationKind::HoldsOffice, &id_of(&doc, "Inter-American Development Bank")) && has(&doc, "ecuador", RelationKind::Other, &ruiz), "{:#?}", doc.relations);
}

#[test]
fn they_after_an_opening_date_are_the_pair_and_both_open_the_event() {
    let doc = extract("President Talon of Benin welcomed President Faure Gnassingbé of Togo. The two leaders held talks. On 19 February they opened the Benin-Togo Business Forum in Cotonou.");
    let forum = id_of(&doc, "Benin-Togo Business Forum");
    assert!(has(&doc, &id_of(&doc, "Talon"), RelationKind::Attends, &forum) && has(&doc, &id_of(&doc, "Faure Gnassingbé"), RelationKind::Attends, &forum), "{:#?}", doc.relations);
}

#[test]
fn who_served_as_a_states_minister_held_that_office_before() {
    let doc = extract("Kenyan Foreign Minister Musalia Mudavadi met the press. Amina Mohamed, the chair of the committee, who served as Kenya's foreign minister for years, is expected to visit Asmara. Anna Berg, who was Sweden's ambassador to Kenya until 2020, said so.");
    let amina = relation(&doc, &id_of(&doc, "Amina Mohamed"), RelationKind::HoldsOffice, "kenya");
    assert_eq!(amina.label.as_deref(), Some("former Foreign Minister"), "{amina:#?}");
    assert!(has(&doc, &id_of(&doc, "Anna Berg"), RelationKind::HoldsOffice, "sweden"), "{:#?}", doc.relations);
}

#[test]
fn arriving_with_no_place_named_visits_the_datelines_state() {
    let doc = extract("NAIROBI, May 3 (Reuters) - Kenya and Uganda agreed on Tuesday to build a pipeline. The ministers signed the deal after talks between President William Ruto and Uganda's President Yoweri Museveni, who arrived on Monday for a two-day state visit.");
    assert!(has(&doc, &id_of(&doc, "Yoweri Museveni"), RelationKind::Visits, "kenya"), "{:#?}", doc.relations);
    // (The host arriving at home goes nowhere.)
    assert!(!has(&doc, &id_of(&doc, "William Ruto"), RelationKind::Visits, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn a_signatory_from_another_state_went_to_the_city_of_signing() {
    let doc = extract("Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart, Jeje Odongo, signed the accord in the Kenyan capital on Tuesday.");
    assert!(has(&doc, &id_of(&doc, "Jeje Odongo"), RelationKind::Visits, "nairobi"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Musalia Mudavadi"), RelationKind::Visits, "nairobi"), "{:#?}", doc.relations);
}

#[test]
fn another_states_congress_is_its_own_body_not_the_us_one() {
    let doc = extract("Peru's Congress created a new district on the island. Later the Chilean Congress voted on the treaty.");
    assert!(has(&doc, &id_of(&doc, "Peruvian Congress"), RelationKind::PartOf, "peru"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Chilean Congress"), RelationKind::PartOf, "chile"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "Congress"), "{:#?}", doc.entities);
}

#[test]
fn the_meeting_of_a_bodys_organ_is_no_meeting_of_the_body() {
    let doc = extract("The representative of Kazakhstan said Astana would host the next meeting of the SCO Council of Foreign Ministers in 2026.");
    assert!(!doc.entities.iter().any(|e| e.name.starts_with("meeting of")), "{:#?}", doc.entities);
    assert!(has(&doc, "kazakhstan", RelationKind::Attends, &id_of(&doc, "SCO Council of Foreign Ministers")), "{:#?}", doc.relations);
}

#[test]
fn an_elided_membership_after_and_or_but_is_denied() {
    let doc = extract("The ministers discussed the Central African Economic and Monetary Community (CEMAC), of which Chad is a member and Nigeria is not. Finland is a member of the Arctic Council, but Estonia is not.");
    let cemac = id_of(&doc, "Central African Economic and Monetary Community");
    let nigeria = relation(&doc, "nigeria", RelationKind::MemberOf, &cemac);
    assert!(nigeria.negated, "{nigeria:#?}");
    assert!(doc.relations.iter().any(|r| r.subject == "estonia" && r.kind == RelationKind::MemberOf && r.negated), "{:#?}", doc.relations);
}

#[test]
fn a_second_office_between_the_first_and_the_name_is_held_too() {
    let doc = extract("The ministers called the President of Ghana and Chairman of the ECOWAS Authority, John Dramani Mahama, on Monday.");
    let mahama = id_of(&doc, "John Dramani Mahama");
    assert!(has(&doc, &mahama, RelationKind::HoldsOffice, "ghana"), "{:#?}", doc.relations);
    let authority = id_of(&doc, "ECOWAS Authority");
    assert!(has(&doc, &mahama, RelationKind::HoldsOffice, &authority), "{:#?}", doc.relations);
}

#[test]
fn a_body_named_for_a_region_keeps_the_region_in_its_name() {
    let doc = extract("The Investment Fund of Southeast Asia and the Pacific is headquartered in Manila.");
    let fund = id_of(&doc, "Investment Fund of Southeast Asia and the Pacific");
    assert!(has(&doc, &fund, RelationKind::LocatedIn, "manila"), "{:#?}", doc.relations);
}

#[test]
fn congo_alone_is_the_congo_the_text_names() {
    let doc = extract("KINSHASA, Feb 11 (AFP) - Congo is a member of the Southern African Development Community.");
    assert!(has(&doc, "democratic_republic_of_the_congo", RelationKind::MemberOf, "southern_african_development_community"), "{:#?}", doc.relations);
    let doc = extract("The Republic of the Congo hosted the talks. Congo is a member of the Economic Community of Central African States.");
    assert!(has(&doc, "republic_of_the_congo", RelationKind::MemberOf, "economic_community_of_central_african_states"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "Democratic Republic of the Congo"), "{:#?}", doc.entities);
}

#[test]
fn two_states_joining_one_bloc_in_one_sentence_are_not_guessed_related() {
    let doc = extract("The East African Community met in Arusha. Congo joined last year, and South Sudan in 2016.");
    assert!(has(&doc, "south_sudan", RelationKind::MemberOf, "east_african_community"), "{:#?}", doc.relations);
    assert!(!doc.relations.iter().any(|r| [r.subject.as_str(), r.object.as_str()] == ["democratic_republic_of_the_congo", "south_sudan"] || [r.subject.as_str(), r.object.as_str()] == ["south_sudan", "democratic_republic_of_the_congo"]), "{:#?}", doc.relations);
}

#[test]
fn a_candidacy_or_accession_talks_are_a_membership_sought() {
    let doc = extract("Serbia, a candidate for EU membership since 2012, has no plans to join NATO. Georgia's EU accession talks stalled. Albania, which opened EU accession talks in 2022, welcomed the move.");
    for state in ["serbia", "georgia", "albania"] {
        let r = relation(&doc, state, RelationKind::MemberOf, "european_union");
        assert_eq!(r.modality, Modality::Proposed, "{r:#?}");
    }
    // (The apposition's head, not the body inside it, has no plans.)
    let nato = relation(&doc, "serbia", RelationKind::MemberOf, "nato");
    assert!(nato.negated, "{nato:#?}");
    assert!(!has(&doc, "european_union", RelationKind::MemberOf, "nato"), "{:#?}", doc.relations);
}

#[test]
fn a_described_bloc_or_mechanism_is_the_one_named_with_that_head() {
    let doc = extract("Zambia is a member of the Southern African Development Community; Burundi is not a member of the southern bloc. Egypt, Jordan and Iraq meet in the Tripartite Cooperation Mechanism. Lebanon has no plans to join the mechanism.");
    let sadc = relation(&doc, "burundi", RelationKind::MemberOf, "southern_african_development_community");
    assert!(sadc.negated, "{sadc:#?}");
    let mechanism = relation(&doc, "lebanon", RelationKind::MemberOf, &id_of(&doc, "Tripartite Cooperation Mechanism"));
    assert!(mechanism.negated, "{mechanism:#?}");
}

#[test]
fn readout_titles_with_remits_and_an_honorific_before_the_name_give_offices() {
    let doc = extract("The Minister of Foreign Affairs, Trade and Senegalese Abroad, Mr. Cheikh Niang, received in Dakar the Minister of Foreign Affairs, Cooperation and Gambians Abroad of the Republic of The Gambia, Mr. Lamin Jobe. Mr. Niang also held a telephone conversation with the Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Italy, Mr. Paolo Serra.");
    assert!(has(&doc, &id_of(&doc, "Cheikh Niang"), RelationKind::HoldsOffice, "senegal"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Paolo Serra"), RelationKind::HoldsOffice, "italy"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Cheikh Niang"), RelationKind::Meets, &id_of(&doc, "Paolo Serra")), "{:#?}", doc.relations);
    // (A list of named ministers, each title after its name, keeps each.)
    let doc = extract("At the invitation of Dr. Omar Farah, Minister of Foreign Affairs of the Republic of Kenya, Mr. Peter Mwangi, Minister of Foreign Affairs of the Republic of Uganda, held talks in Nairobi.");
    assert!(!has(&doc, &id_of(&doc, "Peter Mwangi"), RelationKind::HoldsOffice, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn head_of_government_marshal_and_cabinet_chairman_are_titles() {
    let doc = extract("The minister was received by the Moroccan Head of Government, Mr. Aziz Akhannouch, and by the Marshal of the Sejm, Szymon Hołownia. The Kyrgyz delegation included the Chairman of the Cabinet of Ministers, Adylbek Kasymaliev.");
    assert!(has(&doc, &id_of(&doc, "Aziz Akhannouch"), RelationKind::HoldsOffice, "morocco"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name.contains("Head of Government")), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Szymon Hołownia"), RelationKind::HoldsOffice, &id_of(&doc, "Sejm")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Adylbek Kasymaliev"), RelationKind::HoldsOffice, "kyrgyzstan"), "{:#?}", doc.relations);
}

#[test]
fn places_described_or_placed_in_part_of_a_larger_one_lie_in_it() {
    let doc = extract("Officials planned to visit Zvecan, a Serb-majority town in northern Kosovo, and Uvira, the lakeside town in South Kivu. Attacks hit the Khatlon Region of Tajikistan. A consulate will open in Addu City, in the south of the Maldives. A railway will link Klaipėda in Lithuania with Warsaw.");
    assert!(has(&doc, &id_of(&doc, "Zvecan"), RelationKind::LocatedIn, "kosovo"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Uvira"), RelationKind::LocatedIn, &id_of(&doc, "South Kivu")), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Khatlon Region"), RelationKind::LocatedIn, "tajikistan"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Addu City"), RelationKind::LocatedIn, "maldives"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Klaipėda"), RelationKind::LocatedIn, "lithuania"), "{:#?}", doc.relations);
}

#[test]
fn a_capital_described_by_a_two_word_demonym_is_the_city() {
    let doc = extract("The Colombo Security Conclave is headquartered in the Sri Lankan capital. The Regional Security System is headquartered in Barbados.");
    assert!(has(&doc, &id_of(&doc, "Colombo Security Conclave"), RelationKind::LocatedIn, "colombo"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Regional Security System"), RelationKind::LocatedIn, "barbados"), "{:#?}", doc.relations);
}

#[test]
fn an_elided_or_unnamed_membership_is_read_from_its_context() {
    let doc = extract("Austria has joined the European Sky Shield Initiative, whereas Poland has not. India, Sri Lanka and the Maldives founded the Colombo Security Conclave. Pakistan is not a member, and officials said there was no discussion of inviting it.");
    let sky = relation(&doc, "poland", RelationKind::MemberOf, &id_of(&doc, "European Sky Shield Initiative"));
    assert!(sky.negated, "{sky:#?}");
    let conclave = relation(&doc, "pakistan", RelationKind::MemberOf, &id_of(&doc, "Colombo Security Conclave"));
    assert!(conclave.negated, "{conclave:#?}");
}

#[test]
fn both_countries_belonging_to_bodies_and_a_treatys_named_parties_are_members() {
    let doc = extract("The Gambia and Senegal agreed on Monday to build a bridge. Both countries belong to the Economic Community of West African States, which Senegal chaired in 2020, and to the Organisation of Islamic Cooperation. The ministers signed the Treaty on Good Neighbourliness between the Republic of The Gambia and the Republic of Senegal.");
    for state in ["gambia", "senegal"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Economic Community of West African States")), "{:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Organisation of Islamic Cooperation")), "{:#?}", doc.relations);
        assert!(has(&doc, state, RelationKind::MemberOf, &id_of(&doc, "Treaty on Good Neighbourliness")), "{:#?}", doc.relations);
    }
}

#[test]
fn a_body_with_its_members_between_dashes_after_the_is_read() {
    let doc = extract("The representative of Guyana, speaking for the A3+ — the Democratic Republic of the Congo, Guyana and Sierra Leone — urged restraint.");
    let a3 = doc.entities.iter().find(|e| e.name.starts_with("A3")).map(|e| e.id.clone()).expect("the A3");
    for state in ["democratic_republic_of_the_congo", "guyana", "sierra_leone"] {
        assert!(has(&doc, state, RelationKind::MemberOf, &a3), "{:#?}", doc.relations);
    }
}

#[test]
fn a_body_named_before_a_title_is_one_name_not_two() {
    let doc = extract("African Union Commission chairperson Mahmoud Ali Youssouf welcomed the accord but urged Kinshasa and the M23 to respect the ceasefire.");
    assert!(!doc.entities.iter().any(|e| e.name == "Union Commission"), "{:#?}", doc.entities);
    assert!(has(&doc, &id_of(&doc, "Mahmoud Ali Youssouf"), RelationKind::Criticizes, &id_of(&doc, "M23")), "{:#?}", doc.relations);
}

#[test]
fn offices_read_from_the_body_or_state_around_the_title() {
    let doc = extract("The Southern African Development Community has 16 members. Its secretariat is in Gaborone, and its Executive Secretary since 2021 has been Elias Magosi.");
    assert!(has(&doc, &id_of(&doc, "Elias Magosi"), RelationKind::HoldsOffice, "southern_african_development_community"), "{:#?}", doc.relations);
    let doc = extract("The General Assembly adopted the resolution. Assembly President Annalena Baerbock said the vote sent a signal.");
    assert!(has(&doc, &id_of(&doc, "Annalena Baerbock"), RelationKind::HoldsOffice, &id_of(&doc, "General Assembly")), "{:#?}", doc.relations);
    let doc = extract("SKOPJE, March 3 (Reuters) - Montenegro was represented at the Skopje meeting by Foreign Minister Ervin Ibrahimovic. Kenya, whose troops serve in Somalia, sent Defence Minister Soipan Tuya to the talks as an observer.");
    assert!(has(&doc, &id_of(&doc, "Ervin Ibrahimovic"), RelationKind::HoldsOffice, "montenegro"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Ervin Ibrahimovic"), RelationKind::HoldsOffice, "north_macedonia"), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Soipan Tuya"), RelationKind::HoldsOffice, "kenya"), "{:#?}", doc.relations);
}

#[test]
fn the_invited_go_and_the_uninvited_do_not_attend() {
    let doc = extract("President Tokayev accepted the invitation of President Mirziyoyev to pay a state visit to Uzbekistan in 2026. Dialogue partners, among them China and Japan, were not invited to the Suva meeting.");
    assert!(has(&doc, &id_of(&doc, "Kassym-Jomart Tokayev"), RelationKind::Visits, "uzbekistan"), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Shavkat Mirziyoyev"), RelationKind::Visits, "uzbekistan"), "{:#?}", doc.relations);
    let meeting = id_of(&doc, "Suva meeting");
    for state in ["china", "japan"] {
        let r = relation(&doc, state, RelationKind::Attends, &meeting);
        assert!(r.negated, "{r:#?}");
    }
}

#[test]
fn the_two_ministers_are_the_principals_not_a_later_host() {
    let doc = extract("Foreign Minister Radoslaw Sikorski held talks in Warsaw with Slovak Foreign Minister Juraj Blanar. The guest was also received by the Marshal of the Sejm, Szymon Holownia. The two ministers agreed to meet again on the margins of the NATO foreign ministers' meeting in Brussels.");
    let meeting = id_of(&doc, "NATO foreign ministers' meeting");
    assert!(has(&doc, &id_of(&doc, "Juraj Blanar"), RelationKind::Attends, &meeting), "{:#?}", doc.relations);
    assert!(has(&doc, &id_of(&doc, "Radoslaw Sikorski"), RelationKind::Attends, &meeting), "{:#?}", doc.relations);
    assert!(!has(&doc, &id_of(&doc, "Szymon Holownia"), RelationKind::Attends, &meeting), "{:#?}", doc.relations);
    let doc = extract("President Andrzej Duda hopes to attend the next Three Seas summit.");
    assert!(has(&doc, &id_of(&doc, "Andrzej Duda"), RelationKind::Attends, &id_of(&doc, "Three Seas summit")), "{:#?}", doc.relations);
}

#[test]
fn the_two_prime_ministers_before_a_comma_are_no_person() {
    let doc = extract("Prime Minister Hun Manet paid an official visit to Viet Nam. In the presence of the two Prime Ministers, the following documents were signed: an agreement on border trade.");
    assert!(!doc.entities.iter().any(|e| e.name == "Prime Ministers"), "{:#?}", doc.entities);
}

#[test]
fn an_apposed_adviser_of_a_states_department_serves_the_state() {
    let doc = extract("Massad Boulos, the U.S. State Department's senior adviser for Africa, is expected in Kinshasa next week.");
    assert!(has(&doc, &id_of(&doc, "Massad Boulos"), RelationKind::HoldsOffice, "united_states"), "{:#?}", doc.relations);
}

#[test]
fn a_summit_of_a_year_is_an_event_and_a_bare_pull_out_leaves_the_one_named_here() {
    let doc = extract("The leaders have not met since a 2014 summit in Kathmandu. A 2016 summit in Islamabad was called off after India pulled out.");
    let kathmandu = id_of(&doc, "2014 summit");
    assert!(has(&doc, &kathmandu, RelationKind::LocatedIn, "kathmandu"), "{:#?}", doc.relations);
    let r = relation(&doc, "india", RelationKind::Attends, &id_of(&doc, "2016 summit"));
    assert!(r.negated, "{r:#?}");
    assert!(!has(&doc, "india", RelationKind::Attends, &kathmandu), "{:#?}", doc.relations);
}

#[test]
fn ties_kept_after_a_denied_membership_are_the_subjects_and_asserted() {
    let doc = extract("Moldova has no plans to join the Collective Security Treaty Organization and keeps close ties with Romania and Ukraine.");
    for partner in ["romania", "ukraine"] {
        let r = relation(&doc, "moldova", RelationKind::CooperatesWith, partner);
        assert!(!r.negated && r.modality == Modality::Asserted, "{r:#?}");
    }
}

#[test]
fn an_observer_of_no_named_body_observes_the_one_just_joined() {
    let doc = extract("India, Sri Lanka and the Maldives founded the Colombo Security Conclave. Seychelles takes part as an observer.");
    let r = relation(&doc, "seychelles", RelationKind::Attends, &id_of(&doc, "Colombo Security Conclave"));
    assert_eq!(r.label.as_deref(), Some("observer"), "{r:#?}");
}

#[test]
fn the_leader_paying_courtesy_calls_meets_each_titled_host() {
    let doc = extract("Prime Minister Hun Manet of Cambodia paid an official visit to Viet Nam, accompanied by Deputy Prime Minister and Foreign Minister Prak Sokhonn. The Cambodian leader also paid courtesy calls on President of Viet Nam Luong Cuong and Chairman of the National Assembly of Viet Nam Tran Thanh Man.");
    let hun_manet = id_of(&doc, "Hun Manet");
    for host in ["Luong Cuong", "Tran Thanh Man"] {
        assert!(has(&doc, &hun_manet, RelationKind::Meets, &id_of(&doc, host)), "{:#?}", doc.relations);
    }
    assert!(!has(&doc, &id_of(&doc, "Prak Sokhonn"), RelationKind::Meets, &id_of(&doc, "Luong Cuong")), "{:#?}", doc.relations);
}

#[test]
fn companions_named_after_a_visit_go_too_and_a_joined_first_office_is_no_person() {
    let doc = extract("Prime Minister Hun Manet of Cambodia paid an official visit to Viet Nam on 18 September, accompanied by Deputy Prime Minister and Foreign Minister Prak Sokhonn.");
    assert!(has(&doc, &id_of(&doc, "Prak Sokhonn"), RelationKind::Visits, "vietnam"), "{:#?}", doc.relations);
    assert!(!doc.entities.iter().any(|e| e.name == "Deputy Prime Minister"), "{:#?}", doc.entities);
}

#[test]
fn the_heads_of_state_opening_a_sentence_are_the_pair_and_ha_noi_is_a_place() {
    let doc = extract("Kyrgyz President Sadyr Japarov paid a state visit to Tajikistan at the invitation of President Emomali Rahmon. The Heads of State held talks at the Palace of Nations in Dushanbe.");
    assert!(has(&doc, &id_of(&doc, "Sadyr Japarov"), RelationKind::Meets, &id_of(&doc, "Emomali Rahmon")), "{:#?}", doc.relations);
    let doc = extract("Prime Minister Hun Manet of Cambodia paid an official visit to Viet Nam at the invitation of Prime Minister Pham Minh Chinh. The two Prime Ministers held talks in Ha Noi.");
    assert!(has(&doc, &id_of(&doc, "Hun Manet"), RelationKind::Visits, &id_of(&doc, "Ha Noi")), "{:#?}", doc.relations);
}

#[test]
fn territories_join_by_gapped_clauses_admission_as_associates_and_bare_accession() {
    let doc = extract("The Pacific Islands Forum was founded in 1971. New Caledonia became an associate member in 2006 and Wallis and Futuna in 2018. Tokelau, which had attended Forum meetings as an observer, was admitted as an associate member in 2014. Niue acceded in March 2016.");
    let forum = id_of(&doc, "Pacific Islands Forum");
    for territory in ["Wallis and Futuna", "Tokelau", "Niue"] {
        assert!(has(&doc, &id_of(&doc, territory), RelationKind::MemberOf, &forum), "{territory}: {:#?}", doc.relations);
    }
}

#[test]
fn parliaments_named_in_their_own_language_and_a_chamber_of_deputies_are_bodies() {
    let doc = extract("Kyrgyz President Sadyr Japarov addressed the Jogorku Kenesh. Brazil's Chamber of Deputies approved the treaty.");
    assert!(doc.entities.iter().any(|e| e.name == "Jogorku Kenesh" && e.kind == EntityKind::Organization), "{:#?}", doc.entities);
    let chamber = doc.entities.iter().find(|e| e.name.ends_with("Chamber of Deputies")).map(|e| e.id.clone()).expect("the chamber");
    assert!(has(&doc, &chamber, RelationKind::PartOf, "brazil"), "{:#?}", doc.relations);
}

#[test]
fn a_state_that_followed_into_a_body_joined_it() {
    let doc = extract("The Southern African Development Community was founded in 1992. South Africa was admitted in 1994, after its first democratic elections, and Mauritius followed in 1995.");
    assert!(has(&doc, "mauritius", RelationKind::MemberOf, "southern_african_development_community"), "{:#?}", doc.relations);
}

#[test]
fn withdrawing_from_it_leaves_the_body_named_before() {
    let doc = extract("Plans stalled after Oman declined to join the Gulf Monetary Union and the United Arab Emirates withdrew from it in 2009.");
    let r = relation(&doc, "united_arab_emirates", RelationKind::MemberOf, &id_of(&doc, "Gulf Monetary Union"));
    assert!(r.negated, "{r:#?}");
}
