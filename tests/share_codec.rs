//! Share links: round trips, length limit, rejection of bad input, and links
//! made by earlier versions.

use django_flask_advisor::codec::share::{
    decode, encode, encode_v1, is_share_fragment, ShareErrorKind, MAX_NAME_BYTES, V1_PREFIX, V1_VOCABULARY, V2_PREFIX, V2_VOCABULARY,
};
use django_flask_advisor::engine::{Answers, Importance, QUESTION_COUNT};
use django_flask_advisor::knowledge::QUESTIONS;
use django_flask_advisor::session::messages::link_problem;
use proptest::prelude::*;

mod common;
use common::arb_answers_with;

/// The largest assessment: every question answered with its last option,
/// every importance high, and the longest name a link carries.
fn largest() -> (Answers, String) {
    let mut a = Answers::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        a.set_choice(qi, Some(q.options.len() - 1));
        a.set_importance(qi, Importance::High);
    }
    (a, "Ž".repeat(MAX_NAME_BYTES / 2))
}

#[test]
fn the_v1_vocabulary_matches_the_knowledge_base() {
    assert_eq!(V1_VOCABULARY.len(), 28);
    for (qid, options) in V1_VOCABULARY {
        let q = QUESTIONS.iter().find(|q| q.id == qid).expect("question exists");
        for o in options {
            assert!(q.option(o).is_some(), "{qid}={o}");
        }
        assert!(options.len() <= 7, "3 bits hold at most 7 options");
    }
}

#[test]
fn the_v2_vocabulary_is_v1_plus_what_was_added_and_covers_every_question() {
    assert_eq!(V2_VOCABULARY.len(), QUESTION_COUNT);
    for (i, (qid, options)) in V1_VOCABULARY.iter().enumerate() {
        assert_eq!(V2_VOCABULARY[i].0, *qid, "v2 keeps v1's order");
        assert!(V2_VOCABULARY[i].1.starts_with(options), "v2 only adds options to {qid}");
    }
    for q in &QUESTIONS {
        let (_, options) = V2_VOCABULARY.iter().find(|(id, _)| *id == q.id).unwrap_or_else(|| panic!("{} missing from v2", q.id));
        let ids: Vec<_> = q.options.iter().map(|o| o.id).collect();
        assert_eq!(&ids, options, "options of {}", q.id);
        assert!(options.len() <= 7, "3 bits hold at most 7 options");
    }
    assert!(encode(&Answers::new(), "").starts_with(V2_PREFIX));
}

#[test]
fn the_largest_assessment_fits_in_100_characters() {
    let (a, name) = largest();
    let link = encode(&a, &name);
    println!("largest share fragment: {} characters", link.len());
    assert!(link.len() <= 100, "{} characters: {link}", link.len());
    let back = decode(&link).unwrap();
    assert_eq!(back.answers, a);
    assert_eq!(back.name, name);
}

#[test]
fn long_names_are_clipped_on_a_character_boundary() {
    let name = "é".repeat(60);
    let back = decode(&encode(&Answers::new(), &name)).unwrap();
    assert!(back.name.len() <= MAX_NAME_BYTES);
    assert!(name.starts_with(&back.name));
}

#[test]
fn a_v1_link_made_earlier_still_decodes() {
    // Made by version 1 of the codec for: app_type=api_backend, importance of
    // app_type high, team_seniority=mostly_senior, named "Team A".
    let a = Answers::new().with("app_type", "api_backend").with("team_seniority", "mostly_senior");
    let mut a = a;
    a.set_importance(0, Importance::High);
    let link = encode_v1(&a, "Team A");
    assert_eq!(link, FIXTURE_V1, "the v1 encoding must never change");
    let back = decode(FIXTURE_V1).unwrap();
    assert_eq!(back.answers, a);
    assert_eq!(back.name, "Team A");
}
const FIXTURE_V1: &str = include_str!("fixtures/share-v1.txt");

/// The checksum as version 1 defined it, bit by bit: CRC-8 with polynomial
/// 0x07, initial value 0, no reflection and no final XOR. The codec computes
/// it with the `crc` crate; this independent copy pins the definition.
fn reference_crc8(bytes: &[u8]) -> u8 {
    let mut c = 0u8;
    for &b in bytes {
        c ^= b;
        for _ in 0..8 {
            c = if c & 0x80 != 0 { (c << 1) ^ 0x07 } else { c << 1 };
        }
    }
    c
}

/// The bytes of a link of either version (after `s1.` or `s2.`).
fn payload(link: &str) -> Vec<u8> {
    use base64::Engine;
    let rest = link.strip_prefix(V2_PREFIX).or_else(|| link.strip_prefix(V1_PREFIX)).unwrap();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(rest).unwrap()
}

#[test]
fn the_checksum_of_a_known_link_is_pinned() {
    // The reference gives the catalogue's check value for CRC-8/SMBUS.
    assert_eq!(reference_crc8(b"123456789"), 0xF4);
    // FIXTURE_V1 ends in checksum byte 0x7B, over its 24 bytes before it.
    let bytes = payload(FIXTURE_V1);
    assert_eq!(bytes.len(), 25);
    assert_eq!(bytes[24], 0x7B);
    assert_eq!(reference_crc8(&bytes[..24]), 0x7B);
    // The codec writes that byte and accepts the link; any other byte fails.
    let a = decode(FIXTURE_V1).unwrap();
    assert_eq!(payload(&encode_v1(&a.answers, &a.name))[24], 0x7B);
    for wrong in (0..=255u8).filter(|&b| b != 0x7B) {
        let mut bad = bytes.clone();
        bad[24] = wrong;
        let link = format!("{V1_PREFIX}{}", base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &bad));
        assert!(decode(&link).is_err(), "checksum byte {wrong:#04x} accepted");
    }
}

#[test]
fn malformed_links_are_rejected_with_a_reason() {
    let good = encode(&Answers::new().with("app_type", "api_backend"), "x");
    let cases = [
        ("s9.AAAA", "newer or unknown version"),
        (&good[..good.len() - 8], "cut off"),
        ("s1.@@@@", "characters"),
        (&format!("{good}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "longer"),
    ];
    for (link, expect) in cases {
        // The user reads the composed clause; the error itself is a short fragment.
        let e = decode(link).expect_err(link);
        let said = link_problem(&e);
        assert!(said.contains(expect), "{link}: {said}");
        assert!(e.to_string().len() < 40 && !e.to_string().contains(". "), "{e}");
    }
    // Tampering with one character is caught by the checksum.
    let mut tampered: Vec<char> = good.chars().collect();
    let i = V2_PREFIX.len() + 2;
    tampered[i] = if tampered[i] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    assert!(decode(&tampered).is_err());
}

#[test]
fn out_of_range_answers_are_rejected_even_with_a_valid_checksum() {
    use base64::Engine;
    // Build a payload whose first answer is 7 (app_type has 5 options).
    let mut bytes = vec![0u8; 18];
    bytes[0] = 0b1111_0000;
    let crc = reference_crc8(&bytes);
    bytes.push(crc);
    let link = format!("s1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes));
    let e = decode(&link).unwrap_err();
    assert_eq!(e.kind(), &ShareErrorKind::OutOfRange("app_type"));
    assert!(e.to_string().contains("app_type") && link_problem(&e).contains("app_type"), "{e}");
}

#[test]
fn anchors_are_not_share_links() {
    assert!(is_share_fragment("s1.AAAA"));
    assert!(is_share_fragment("s2.x"));
    for anchor in ["q-app_type", "source-000", "result-title", "", "s", "sx"] {
        assert!(!is_share_fragment(anchor), "{anchor}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_codec_checksum_is_the_v1_crc8(a in arb_answers_with(0.5), name in "\\PC{0,20}") {
        let bytes = payload(&encode(&a, &name));
        let (body, check) = bytes.split_at(bytes.len() - 1);
        prop_assert_eq!(check[0], reference_crc8(body));
    }

    #[test]
    fn encode_then_decode_is_the_identity(a in arb_answers_with(0.5), name in "\\PC{0,20}") {
        let link = encode(&a, &name);
        prop_assert!(link.len() <= 100);
        let back = decode(&link).unwrap();
        prop_assert_eq!(back.answers, a);
        prop_assert_eq!(back.name, django_flask_advisor::codec::share::clip_name(&name));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(s in "\\PC{0,120}") {
        let _ = decode(&s);
        let _ = decode(&format!("s1.{s}"));
        let _ = decode(&format!("s2.{s}"));
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        use base64::Engine;
        let _ = decode(&format!("s1.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes)));
        let _ = decode(&format!("s2.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes)));
    }

    #[test]
    fn a_v1_link_reads_as_the_same_answers_in_v2(a in arb_answers_with(0.5), name in "\\PC{0,20}") {
        // What version 1 can carry survives; the rest is left unanswered.
        let old = decode(&encode_v1(&a, &name)).unwrap();
        let again = decode(&encode(&old.answers, &old.name)).unwrap();
        prop_assert_eq!(&again.answers, &old.answers);
        for (qid, options) in V1_VOCABULARY {
            let qi = django_flask_advisor::knowledge::question_index(qid).unwrap();
            let kept = a.choice(qi).filter(|&o| options.contains(&QUESTIONS[qi].options[o].id));
            prop_assert_eq!(old.answers.choice(qi), kept, "{}", qid);
        }
    }
}
