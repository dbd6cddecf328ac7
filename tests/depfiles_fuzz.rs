//! No parser of "Start from your code" panics: random bytes, random text and
//! mutated copies of the realistic fixtures go through every format, and
//! through `decode` and `analyse`.

use django_flask_advisor::depfiles::{analyse, decode, parse, Format, InputFile, Request};
use proptest::prelude::*;

const FORMATS: [(Format, &str, &str); 8] = [
    (Format::Requirements, "requirements.txt", "requirements.txt"),
    (Format::Pyproject, "pyproject.toml", "pyproject.toml"),
    (Format::Pyproject, "pyproject.toml", "pyproject-poetry.toml"),
    (Format::Pipfile, "Pipfile", "Pipfile"),
    (Format::PipfileLock, "Pipfile.lock", "Pipfile.lock"),
    (Format::PoetryLock, "poetry.lock", "poetry.lock"),
    (Format::UvLock, "uv.lock", "uv.lock"),
    (Format::SetupCfg, "setup.cfg", "setup.cfg"),
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/depfiles/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

/// A fixture with `edits` applied: each cuts, duplicates or replaces a span
/// (positions taken modulo the length, moved back to a character boundary).
fn mutate(text: &str, edits: &[(usize, usize, u8, String)]) -> String {
    let mut s = text.to_string();
    for (at, len, kind, insert) in edits {
        if s.is_empty() {
            s.push_str(insert);
            continue;
        }
        let mut a = at % s.len();
        while !s.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (a + len % 64).min(s.len());
        while !s.is_char_boundary(b) {
            b -= 1;
        }
        match kind % 4 {
            0 => s.replace_range(a..b, ""),
            1 => {
                let span = s[a..b].to_string();
                s.insert_str(a, &span);
            }
            2 => s.replace_range(a..b, insert),
            _ => s.truncate(a),
        }
    }
    s
}

fn edit() -> impl Strategy<Value = (usize, usize, u8, String)> {
    (any::<usize>(), any::<usize>(), any::<u8>(), prop::string::string_regex("[\\[\\]{}=\"'#\\\\;@<>~!*,.\\n a-z0-9-]{0,8}").unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(text) = decode(&bytes) {
            for (format, _, _) in FORMATS {
                let _ = parse(format, &text);
            }
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        for (format, _, _) in FORMATS {
            let _ = parse(format, &text);
        }
    }

    #[test]
    fn random_text_never_panics(text in "[\\PC\\n\\\\]{0,300}") {
        for (format, _, _) in FORMATS {
            let _ = parse(format, &text);
        }
    }

    #[test]
    fn mutated_real_files_never_panic(which in 0usize..7, edits in prop::collection::vec(edit(), 1..6)) {
        let (format, name, fix) = FORMATS[which];
        let text = mutate(&fixture(fix), &edits);
        let _ = parse(format, &text);
        let a = analyse(&Request { files: vec![InputFile { name: name.into(), text }], today: (2026, 11), counted: Vec::new() });
        for p in &a.problems {
            prop_assert!(!p.message.is_empty());
            prop_assert!(!p.message.contains('\n'), "one line per problem: {}", p.message);
        }
    }
}
