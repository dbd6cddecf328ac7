//! Share links: the whole assessment (answers, importance settings, profile
//! name) in the URL fragment, so it never reaches a server.
//!
//! # Format, version 1
//! `#s1.` followed by unpadded base64url (RFC 4648 §5) of these bytes:
//! 1. 18 bytes of packed state, most significant bit first: for each of the
//!    28 questions of [`V1_VOCABULARY`] in order, 3 bits of answer (0 =
//!    unanswered, n = the n-th option) then 2 bits of importance (0 ignore,
//!    1 low, 2 normal, 3 high); 140 bits, then 4 zero bits.
//! 2. The profile name in UTF-8, 0 to [`MAX_NAME_BYTES`] bytes.
//! 3. One CRC-8 byte (polynomial 0x07) over everything before it.
//!
//! The longest link (a name of 40 bytes) has 82 characters after the `#`.
//! The vocabulary of version 1 is frozen here: later versions of the app map
//! it onto their own questions by id, so v1 links keep working.
//!
//! # Format, version 2 (written since the decision model counts each need once)
//! `#s2.` and the same layout over the 30 questions of [`V2_VOCABULARY`]
//! (version 1's 28, `async_io` with two more options, then `rewrite_scope`
//! and `client_interface`): 19 bytes of packed state (150 bits, then 2 zero
//! bits), the name, the CRC-8. The longest link has 83 characters after the
//! `#`. Both versions are read.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, NoTable, CRC_8_SMBUS};

use crate::engine::{Answers, Importance};
use crate::knowledge::question_index;

/// Prefix of every version-1 fragment (after the `#`).
pub const V1_PREFIX: &str = "s1.";

/// Prefix of every version-2 fragment (after the `#`): what [`encode`] writes.
pub const V2_PREFIX: &str = "s2.";

/// Longest profile name a link carries, in UTF-8 bytes.
pub const MAX_NAME_BYTES: usize = 40;

/// The questions and options of version 1, in encoding order. Frozen.
pub const V1_VOCABULARY: [(&str, &[&str]); 28] = [
    ("app_type", &["full_stack_product", "content_platform", "api_backend", "focused_service", "internal_tool"]),
    ("scope_complexity", &["single_purpose", "moderate", "complex_platform", "core_plus_specialized"]),
    ("project_stage", &["concept_test", "product_mvp", "production_build", "extend_existing"]),
    ("data_sensitivity", &["none", "personal_data", "regulated"]),
    ("team_seniority", &["mostly_senior", "mixed", "mostly_junior"]),
    ("team_size", &["solo_or_pair", "single_team", "multiple_teams"]),
    ("time_to_market", &["weeks", "few_months", "flexible"]),
    ("budget_profile", &["tight_lean_start", "moderate", "long_term_investment"]),
    ("maintenance_horizon", &["short_lived", "few_years", "long_term"]),
    ("admin_backoffice", &["none", "developer_inspection", "business_backoffice"]),
    ("auth_needs", &["none_or_upstream", "basic_accounts", "roles_permissions_2fa"]),
    ("architecture_style", &["monolith", "microservices", "core_plus_services"]),
    ("api_complexity", &["no_api", "simple_crud", "complex_api"]),
    ("team_stability", &["stable", "rotating_or_fast_growth"]),
    ("hiring_need", &["none", "some", "scale_fast"]),
    ("data_model", &["minimal_or_stateless", "standard_relational", "complex_custom_queries"]),
    ("data_volume", &["modest", "high_volume_analytics"]),
    ("database_type", &["standard_sql", "unconventional", "none"]),
    ("traffic_profile", &["modest", "high_overall", "hot_endpoints"]),
    ("async_io", &["minimal", "moderate", "heavy_concurrency"]),
    ("footprint_sensitivity", &["not_important", "important"]),
    ("architecture_control", &["conventions_fit", "some_custom", "fully_custom"]),
    ("dependency_governance", &["prefer_integrated", "can_govern_extensions"]),
    ("security_capacity", &["limited", "general", "dedicated_security"]),
    ("framework_familiarity", &["django", "flask", "both", "neither"]),
    ("existing_codebase", &["greenfield", "existing_flask", "existing_django"]),
    ("heavy_processing", &["none", "queued_tasks", "separate_processing_services"]),
    ("multi_service_ops", &["no", "yes"]),
];

/// The questions and options of version 2, in encoding order. Frozen: a
/// later version adds a vocabulary of its own.
pub const V2_VOCABULARY: [(&str, &[&str]); 30] = {
    let mut v = [("", &[] as &[&str]); 30];
    let mut i = 0;
    while i < 28 {
        v[i] = V1_VOCABULARY[i];
        i += 1;
    }
    v[19] = ("async_io", &["minimal", "moderate", "heavy_concurrency", "long_lived_connections", "outbound_fanout"]);
    v[28] = ("rewrite_scope", &["prototype", "product_in_use", "large_system"]);
    v[29] = ("client_interface", &["html_sessions", "token_api", "both"]);
    v
};

/// One version of the format: its prefix and vocabulary.
struct Version {
    prefix: &'static str,
    vocabulary: &'static [(&'static str, &'static [&'static str])],
}

impl Version {
    /// Bytes of packed state: 5 bits per question, rounded up.
    const fn state_bytes(&self) -> usize {
        (self.vocabulary.len() * 5).div_ceil(8)
    }
}

const V1: Version = Version { prefix: V1_PREFIX, vocabulary: &V1_VOCABULARY };
const V2: Version = Version { prefix: V2_PREFIX, vocabulary: &V2_VOCABULARY };

/// An assessment as carried by a link: answers plus an optional name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// Answers and importance settings.
    pub answers: Answers,
    /// The profile name; empty when none.
    pub name: String,
}

/// Why a fragment could not be read. `Display` gives a short lower-case
/// fragment (e.g. `checksum mismatch`); the sentence shown to the user, with
/// what to do about it, is composed by [`crate::session::messages`] from
/// [`ShareError::kind`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareError {
    kind: ShareErrorKind,
}

/// The kinds of [`ShareError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShareErrorKind {
    /// The version prefix is not one this advisor reads: the fragment's text
    /// before its first `.`, cut to 12 characters.
    UnknownVersion(String),
    /// The payload holds characters outside the URL-safe base64 alphabet.
    NotBase64,
    /// The payload is shorter than any assessment's.
    Truncated,
    /// The payload is longer than any assessment's.
    TooLong,
    /// The checksum does not match the payload.
    Checksum,
    /// An answer index beyond the options of this question (its id).
    OutOfRange(&'static str),
    /// Non-zero bits after the last answer.
    Padding,
    /// The profile name is not UTF-8.
    BadName,
    /// Not a share link at all (in a pasted list of links).
    NotAShareLink,
}

impl ShareError {
    /// What went wrong.
    pub fn kind(&self) -> &ShareErrorKind {
        &self.kind
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use ShareErrorKind::*;
        match &self.kind {
            UnknownVersion(v) => write!(f, "unknown version \"{v}\""),
            NotBase64 => f.write_str("invalid characters"),
            Truncated => f.write_str("too short"),
            TooLong => f.write_str("too long"),
            Checksum => f.write_str("checksum mismatch"),
            OutOfRange(q) => write!(f, "no such answer to question \"{q}\""),
            Padding => f.write_str("unexpected data after the answers"),
            BadName => f.write_str("profile name not UTF-8"),
            NotAShareLink => f.write_str("not a share link"),
        }
    }
}

impl std::error::Error for ShareError {}

fn err(kind: ShareErrorKind) -> ShareError {
    ShareError { kind }
}

/// CRC-8 of version 1: polynomial 0x07, initial 0, no reflection, no final
/// XOR (the catalogue's CRC-8/SMBUS). Computed bit by bit (`NoTable`): links
/// are a few dozen bytes, so a 256-byte lookup table would buy nothing.
const CRC8: Crc<u8, NoTable> = Crc::<u8, NoTable>::new(&CRC_8_SMBUS);

fn crc8(bytes: &[u8]) -> u8 {
    CRC8.checksum(bytes)
}

fn importance_code(i: Importance) -> u8 {
    match i {
        Importance::Ignore => 0,
        Importance::Low => 1,
        Importance::Normal => 2,
        Importance::High => 3,
    }
}

/// Cuts `name` to at most [`MAX_NAME_BYTES`] bytes on a character boundary.
pub fn clip_name(name: &str) -> &str {
    let mut end = name.len().min(MAX_NAME_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Encodes an assessment as a version-2 fragment (without the `#`). Names
/// longer than [`MAX_NAME_BYTES`] are clipped.
pub fn encode(answers: &Answers, name: &str) -> String {
    encode_as(&V2, answers, name)
}

/// Encodes in version 1, for tests of old links. Answers version 1 cannot
/// carry (the questions and options added since) are left out.
pub fn encode_v1(answers: &Answers, name: &str) -> String {
    encode_as(&V1, answers, name)
}

fn encode_as(version: &Version, answers: &Answers, name: &str) -> String {
    let state_bytes = version.state_bytes();
    let mut state = vec![0u8; state_bytes];
    let mut n = 0usize;
    let mut push = |value: u8, width: usize| {
        for k in (0..width).rev() {
            state[n / 8] |= ((value >> k) & 1) << (7 - n % 8);
            n += 1;
        }
    };
    for (qid, options) in version.vocabulary {
        let qi = question_index(qid).expect("every vocabulary exists in the current knowledge");
        let choice = answers
            .choice(qi)
            .and_then(|o| options.iter().position(|x| *x == crate::knowledge::QUESTIONS[qi].options[o].id))
            .map_or(0, |p| p as u8 + 1);
        push(choice, 3);
        push(importance_code(answers.importance(qi)), 2);
    }
    let mut bytes = Vec::with_capacity(state_bytes + MAX_NAME_BYTES + 1);
    bytes.extend_from_slice(&state);
    bytes.extend_from_slice(clip_name(name).as_bytes());
    bytes.push(crc8(&bytes));
    format!("{}{}", version.prefix, URL_SAFE_NO_PAD.encode(bytes))
}

/// True when a fragment (without the `#`) looks like a share link of any
/// version, as opposed to an in-page anchor such as `q-app_type`.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.strip_prefix('s').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Decodes a fragment (without the `#`). Never panics.
///
/// # Errors
/// [`ShareError`] for an unknown version, bad characters, a truncated or
/// over-long payload, a checksum mismatch, an answer out of range, non-zero
/// padding or a name that is not UTF-8; its `Display` is a short fragment,
/// and [`crate::session::messages::link_problem`] says it to the user.
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let Some((version, payload)) = [V2, V1].into_iter().find_map(|v| fragment.strip_prefix(v.prefix).map(|p| (v, p))) else {
        let version = fragment.split('.').next().unwrap_or(fragment);
        return Err(err(ShareErrorKind::UnknownVersion(version.chars().take(12).collect())));
    };
    let state_bytes = version.state_bytes();
    if payload.len() > 4 * (state_bytes + MAX_NAME_BYTES + 1).div_ceil(3) {
        return Err(err(ShareErrorKind::TooLong));
    }
    if !payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(err(ShareErrorKind::NotBase64));
    }
    // Only valid characters, so a decoding failure means a cut-off length.
    let bytes = URL_SAFE_NO_PAD.decode(payload).map_err(|_| err(ShareErrorKind::Truncated))?;
    if bytes.len() < state_bytes + 1 {
        return Err(err(ShareErrorKind::Truncated));
    }
    if bytes.len() > state_bytes + MAX_NAME_BYTES + 1 {
        return Err(err(ShareErrorKind::TooLong));
    }
    let (body, check) = bytes.split_at(bytes.len() - 1);
    if crc8(body) != check[0] {
        return Err(err(ShareErrorKind::Checksum));
    }
    let bit = |n: usize| (body[n / 8] >> (7 - n % 8)) & 1;
    let read = |start: usize, width: usize| (0..width).fold(0u8, |v, k| (v << 1) | bit(start + k));
    let used = version.vocabulary.len() * 5;
    if read(used, state_bytes * 8 - used) != 0 {
        return Err(err(ShareErrorKind::Padding));
    }
    let mut answers = Answers::new();
    for (i, (qid, options)) in version.vocabulary.iter().enumerate() {
        let choice = read(i * 5, 3) as usize;
        let importance = read(i * 5 + 3, 2) as usize;
        if choice > options.len() {
            return Err(err(ShareErrorKind::OutOfRange(qid)));
        }
        let Some(qi) = question_index(qid) else { continue };
        if choice > 0 {
            // Map the link's option id onto the current option list.
            let Some(o) = crate::knowledge::QUESTIONS[qi].option_index(options[choice - 1]) else { continue };
            answers.set_choice(qi, Some(o));
        }
        answers.set_importance(qi, Importance::ALL[importance]);
    }
    let name = std::str::from_utf8(&body[state_bytes..]).map_err(|_| err(ShareErrorKind::BadName))?;
    Ok(Shared { answers, name: name.to_string() })
}

/// Prefix of a team link fragment: `team.` then the members' share fragments
/// joined by `~` (a character base64url never uses), e.g. `team.s2.AAA~s2.BBB`.
pub const TEAM_PREFIX: &str = "team.";

/// The most members one paste or team link adds.
pub const MAX_TEAM: usize = 12;

/// A team link fragment (without the `#`) holding each `(answers, name)`.
pub fn encode_team<'a>(members: impl IntoIterator<Item = (&'a Answers, &'a str)>) -> String {
    let parts: Vec<String> = members.into_iter().take(MAX_TEAM).map(|(a, n)| encode(a, n)).collect();
    format!("{TEAM_PREFIX}{}", parts.join("~"))
}

/// Finds the share links in pasted text: full URLs, bare fragments such as
/// `s2.AbC`, and team links (expanded to their members), separated by
/// whitespace. Words that are neither links nor fragments are passed over;
/// a URL without a share fragment is reported. At most [`MAX_TEAM`] results.
///
/// Returns each link as found (at most 60 characters of it) with its
/// decoding; never panics.
pub fn links_in(text: &str) -> Vec<(String, Result<Shared, ShareError>)> {
    let mut out = Vec::new();
    for token in text.split_whitespace() {
        let fragment = token.rsplit_once('#').map_or(token, |(_, f)| f);
        let shown = |t: &str| t.chars().take(60).collect::<String>();
        if let Some(team) = fragment.strip_prefix(TEAM_PREFIX) {
            out.extend(team.split('~').map(|f| (shown(f), decode(f))));
        } else if is_share_fragment(fragment) {
            out.push((shown(token), decode(fragment)));
        } else if token.contains("://") || token.contains('#') {
            out.push((shown(token), Err(err(ShareErrorKind::NotAShareLink))));
        }
    }
    out.truncate(MAX_TEAM);
    out
}
