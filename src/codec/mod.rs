//! Encodings of an assessment outside the app: share links (URL fragment)
//! and profile records (localStorage, export files). Both are versioned and
//! read every earlier version.

pub mod profile;
pub mod share;
