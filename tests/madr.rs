//! The MADR decision record: the template's sections in order, every figure
//! from the engine, user text escaped, and a valid record without a
//! recommendation.

use django_flask_advisor::engine::{assess, format_points, format_score, Answers, Importance};
use django_flask_advisor::format::lead;
use django_flask_advisor::knowledge::method::{EXISTING_PATHS, HYBRID_CAVEAT};
use django_flask_advisor::knowledge::{question_index, Framework};
use django_flask_advisor::madr::{
    drivers, is_con, is_pro, madr, ADD_TO_DJANGO, BUILD_FLASK, CONSEQUENCE_EXISTING, DRIVER_COUNT, HEADINGS, NO_DRIVERS, NO_OUTCOME,
    OPTION_TITLES, OTHERS_FAVOURED, SAME_CONS, STATUS, UPKEEP_DJANGO, UPKEEP_FLASK,
};
use django_flask_advisor::report::escape;

const LINK: &str = "https://advisor.example/#s1.AbC-_9";
const DATE: &str = "2026-11-28";

/// A new product that leans to Django.
fn django_product() -> Answers {
    let mut a = Answers::new()
        .with("existing_codebase", "greenfield")
        .with("app_type", "full_stack_product")
        .with("admin_backoffice", "business_backoffice")
        .with("auth_needs", "roles_permissions_2fa")
        .with("project_stage", "product_mvp")
        .with("team_seniority", "mostly_junior")
        .with("data_model", "standard_relational")
        .with("maintenance_horizon", "long_term")
        .with("heavy_processing", "separate_processing_services");
    a.set_importance(question_index("maintenance_horizon").unwrap(), Importance::High);
    a
}

/// A running Flask system: a focused service run by a senior team.
fn existing_flask() -> Answers {
    Answers::new()
        .with("existing_codebase", "existing_flask")
        .with("project_stage", "extend_existing")
        .with("app_type", "focused_service")
        .with("team_seniority", "mostly_senior")
        .with("architecture_style", "microservices")
        .with("admin_backoffice", "none")
}

/// A running Flask system that needs Django's built-ins, with a team that
/// runs several services: Hybrid (coexist).
/// A running Django system whose reporting work is to run as services of
/// its own, with a team that runs several services: [001]'s pattern, a Flask
/// service beside the Django core.
fn django_with_a_flask_service() -> Answers {
    Answers::new()
        .with("existing_codebase", "existing_django")
        .with("app_type", "full_stack_product")
        .with("heavy_processing", "separate_processing_services")
        .with("multi_service_ops", "yes")
}

fn profiles() -> Vec<Answers> {
    vec![
        django_product(),
        existing_flask(),
        django_with_a_flask_service(),
        Answers::new(),
        Answers::new().with("app_type", "focused_service"),
    ]
}

/// The text of the section under heading `h` (of any level), up to the next
/// heading of the same or a higher level.
fn section<'a>(md: &'a str, h: &str) -> &'a str {
    let (level, start) = ["\n## ", "\n### "]
        .iter()
        .find_map(|p| md.find(&format!("{p}{h}\n")).map(|i| (p.len() - 2, i + 1)))
        .unwrap_or_else(|| panic!("no heading {h}"));
    let rest = &md[start..];
    let body_start = rest.find('\n').unwrap() + 1;
    let end = rest[body_start..]
        .match_indices('\n')
        .map(|(i, _)| body_start + i + 1)
        .find(|&i| {
            let l = &rest[i..];
            l.starts_with('#') && l.find(' ').is_some_and(|n| n <= level && l[..n].chars().all(|c| c == '#'))
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Every heading line, in order.
fn headings(md: &str) -> Vec<&str> {
    md.lines().filter(|l| l.starts_with('#')).collect()
}

#[test]
fn sections_follow_the_madr_template() {
    for answers in profiles() {
        let md = madr(&answers, "Billing platform", LINK, DATE);
        assert!(md.starts_with(&format!("---\nstatus: {STATUS}\ndate: {DATE}\n---\n\n# ")), "front matter, then the title:\n{md}");
        let mut expected = vec![headings(&md)[0].to_string()];
        assert!(expected[0].starts_with("# Framework for Billing platform: "));
        for (i, h) in HEADINGS.iter().enumerate() {
            expected.push(format!("{} {h}", if *h == "Consequences" { "###" } else { "##" }));
            if i == 5 {
                expected.extend(OPTION_TITLES.iter().map(|t| format!("### {t}")));
            }
        }
        assert_eq!(headings(&md), expected, "the MADR template's sections, in its order");
        assert_eq!(
            [
                "Context and Problem Statement",
                "Decision Drivers",
                "Considered Options",
                "Decision Outcome",
                "Consequences",
                "Pros and Cons of the Options",
                "More Information"
            ],
            HEADINGS,
            "the template's own headings"
        );
        let options = section(&md, "Considered Options");
        assert_eq!(options.lines().filter(|l| l.starts_with("* ")).collect::<Vec<_>>(), OPTION_TITLES.map(|t| format!("* {t}")));
        assert!(section(&md, "More Information").contains(&format!("<{LINK}>")), "the share link");
    }
}

#[test]
fn every_figure_comes_from_the_engine() {
    for answers in profiles().into_iter().filter(|a| assess(a).recommendation.is_some()) {
        let a = assess(&answers);
        let md = madr(&answers, "", LINK, DATE);
        let rec = a.recommendation.unwrap();
        let outcome = section(&md, "Decision Outcome");
        assert!(outcome.starts_with(&format!("## Decision Outcome\n\nChosen option: \"{}\", because ", OPTION_TITLES[rec.index()])));
        assert!(outcome.contains(&format!("Confidence: **{}** ({})", a.confidence.label(), a.confidence_reason())), "{outcome}");
        assert!(outcome.contains(&lead(&a)), "{outcome}");
        let runner_up = a.runner_up.unwrap().name();
        if a.tie_break.is_none() {
            assert!(outcome.contains(&format!("{} leads {runner_up} by {} point", rec.name(), format_score(a.margin))), "{outcome}");
        }
        for f in Framework::ALL {
            let option = section(&md, OPTION_TITLES[f.index()]);
            assert!(option.contains(&format!("Score: {}", format_score(a.score(f)))), "{f:?} score");
            // One Good line per contribution that gives the option points;
            // the answers that favour other options gathered in one Bad line
            // (or a pointer to the same list under an earlier option).
            let good: Vec<&str> = option.lines().filter(|l| l.starts_with("* Good, because")).collect();
            assert_eq!(good.len(), a.contributions.iter().filter(|c| is_pro(c, f)).count(), "{f:?} pros");
            for c in a.contributions.iter().filter(|c| is_pro(c, f)) {
                let item = good.iter().find(|l| l.contains(&format!("{}: {}", c.question().title, c.choice().label))).expect("listed");
                for (g, p) in Framework::ALL.iter().zip(c.points).filter(|(_, p)| *p != 0) {
                    assert!(item.contains(&format!("{} {}", format_points(p), g.name())), "points of {item}");
                }
            }
            let cons = a.contributions.iter().filter(|c| is_con(c, f)).count();
            let gathered = option
                .lines()
                .filter(|l| l.starts_with("* Bad, because") && (OTHERS_FAVOURED.iter().any(|o| l.contains(o)) || l.contains(SAME_CONS.1)))
                .count();
            assert_eq!(gathered, usize::from(cons > 0), "{f:?}: cons gathered in one line\n{option}");
        }
        // Each contribution's reasoning is given in full exactly once.
        for c in a.contributions.iter().filter(|c| !c.is_neutral()) {
            // As written after "because": its first letter may be lower-cased, its period dropped.
            let reason = c.effect().reason.trim_end_matches('.');
            assert_eq!(md.matches(&reason[1..]).count(), 1, "{}", c.question().id);
        }
    }
}

#[test]
fn drivers_are_the_top_contributions_by_impact() {
    for answers in profiles() {
        let a = assess(&answers);
        let md = madr(&answers, "", LINK, DATE);
        let listed: Vec<&str> = section(&md, "Decision Drivers").lines().filter(|l| l.starts_with("* ")).collect();
        let d = drivers(&a);
        let moving: Vec<_> = a.contributions.iter().filter(|c| !c.is_neutral()).collect();
        if moving.is_empty() {
            assert_eq!(listed, vec![NO_DRIVERS]);
            continue;
        }
        let mut questions: Vec<usize> = moving.iter().map(|c| c.question).collect();
        questions.sort_unstable();
        questions.dedup();
        assert_eq!(d.len(), questions.len().min(DRIVER_COUNT));
        assert_eq!(listed.len(), d.len());
        // In order of impact, and no answer left out has more impact than the last listed.
        let impact = |q: usize| moving.iter().filter(|c| c.question == q).map(|c| c.impact()).max().unwrap();
        let impacts: Vec<i32> = d.iter().map(|(c, _)| impact(c.question)).collect();
        assert!(impacts.windows(2).all(|w| w[0] >= w[1]), "{impacts:?}");
        for q in questions.iter().filter(|q| !d.iter().any(|(c, _)| c.question == **q)) {
            assert!(impact(*q) <= *impacts.last().unwrap());
        }
        for ((c, sum), line) in d.iter().zip(&listed) {
            let expected: [i32; 3] = std::array::from_fn(|i| moving.iter().filter(|m| m.question == c.question).map(|m| m.points[i]).sum());
            assert_eq!(*sum, expected, "points of a driver add up that answer's contributions");
            assert!(line.starts_with(&format!("* **{}: {}** (", c.question().title, c.choice().label)), "{line}");
            for (f, p) in Framework::ALL.iter().zip(sum).filter(|(_, p)| **p != 0) {
                assert!(line.contains(&format!("{} {}", format_points(*p), f.name())), "{line}");
            }
        }
    }
    // The Django product's strongest answer is its maintenance horizon, set to high importance.
    let a = assess(&django_product());
    assert_eq!(drivers(&a)[0].0.question().id, "maintenance_horizon");
    assert_eq!(drivers(&a)[0].1, [600, 0, 0]);
}

#[test]
fn user_text_cannot_add_structure() {
    let name = "<img src=x onerror=alert(1)>\n## Injected | [link](javascript:alert(1))\n---\n- item\n1. item";
    for answers in profiles() {
        let md = madr(&answers, name, LINK, "2026-11-28\nstatus: accepted");
        assert!(!md.contains("<img"));
        assert!(!md.contains("[link](javascript"));
        assert!(!md.lines().any(|l| l.starts_with("## Injected") || l == "- item" || l == "1. item"));
        assert_eq!(md.matches("\n---\n").count(), 1, "only the front matter's closing line");
        assert!(md.starts_with("---\nstatus: proposed\ndate: 2026-11-28\n---\n"), "the date cannot add metadata");
        assert!(headings(&md)[0].starts_with(&format!("# Framework for {}: ", escape(name))));
        assert_eq!(headings(&md).len(), HEADINGS.len() + 4, "no heading added");
        // The name never starts a line, where it could begin a list or a heading.
        assert!(md.lines().all(|l| !l.starts_with(&escape(name))));
    }
}

#[test]
fn no_recommendation_still_gives_a_valid_record_that_says_so() {
    let md = madr(&Answers::new(), "", LINK, DATE);
    assert!(md.contains("# Framework for the project: choose between Django and Flask\n"));
    assert!(section(&md, "Decision Outcome").contains(NO_OUTCOME));
    assert!(!md.contains("Chosen option"));
    assert!(section(&md, "Decision Drivers").contains(NO_DRIVERS));
    assert!(section(&md, "Consequences").contains("None until an option is chosen."));
    assert!(!md.contains("Neutral, because"), "no boilerplate bullets");
    for t in OPTION_TITLES {
        assert!(section(&md, t).contains("Score: 0 points."));
    }
    assert!(md.contains(&format!("<{LINK}>")));
}

#[test]
fn an_existing_system_names_its_path() {
    let a = assess(&existing_flask());
    assert_eq!(a.recommendation, Some(Framework::Flask));
    let md = madr(&existing_flask(), "Pricing service", LINK, DATE);
    assert!(md.contains("# Framework for Pricing service: stay on Flask and extend it\n"));
    assert!(section(&md, "Context and Problem Statement").contains("Should Pricing service, a Flask system that runs today,"));
    assert!(section(&md, "Decision Outcome")
        .contains(&format!("**Your Flask system: {}.** {}", EXISTING_PATHS[0][0].0, EXISTING_PATHS[0][0].1)));

    let hybrid = django_with_a_flask_service();
    assert_eq!(assess(&hybrid).recommendation, Some(Framework::Hybrid));
    let md = madr(&hybrid, "Legacy", LINK, DATE);
    assert!(section(&md, "Decision Outcome").contains(EXISTING_PATHS[1][1].0));
    assert!(section(&md, "Consequences").contains(&HYBRID_CAVEAT.0[1..]), "the one-article caveat");
    assert!(section(&md, OPTION_TITLES[2]).contains("Hybrid's score adds up"));
}

/// `MADR_SAMPLES=/path cargo test --test madr` writes the two sample records
/// read for the note.
#[test]
fn write_samples() {
    let Ok(path) = std::env::var("MADR_SAMPLES") else { return };
    let a = madr(&django_product(), "Billing platform", LINK, DATE);
    let b = madr(&existing_flask(), "Pricing service", LINK, DATE);
    std::fs::write(path, format!("{a}\n{b}")).unwrap();
}

/// The consequences say what follows from the decision: what to build or
/// add, what to keep up to date, and for a running system its path.
#[test]
fn consequences_say_what_to_build_add_and_keep_up_to_date() {
    // A new Django product with roles and 2FA: what Django leaves to a
    // package (object permissions, second factors) and its upgrade path.
    let md = madr(&django_product(), "", LINK, DATE);
    let consequences = section(&md, "Consequences");
    let add = consequences.lines().find(|l| l.starts_with(&format!("* {ADD_TO_DJANGO}"))).unwrap_or_else(|| panic!("{consequences}"));
    assert!(add.contains("Permissions and groups") && add.contains("django-guardian"), "{add}");
    assert!(add.contains("Two-factor authentication"), "{add}");
    assert!(consequences.contains(UPKEEP_DJANGO.0), "{consequences}");
    // A running Flask system stays on Flask: what it checks and keeps up to date, and its path.
    let md = madr(&existing_flask(), "", LINK, DATE);
    let consequences = section(&md, "Consequences");
    assert!(consequences.contains(UPKEEP_FLASK), "{consequences}");
    assert!(CONSEQUENCE_EXISTING.iter().any(|c| consequences.contains(c)), "{consequences}");
    // A new Flask product names what its team builds.
    let flask = Answers::new()
        .with("existing_codebase", "greenfield")
        .with("app_type", "focused_service")
        .with("team_seniority", "mostly_senior")
        .with("framework_familiarity", "flask")
        .with("auth_needs", "basic_accounts")
        .with("data_model", "standard_relational");
    assert_eq!(assess(&flask).recommendation, Some(Framework::Flask));
    let md = madr(&flask, "", LINK, DATE);
    assert!(section(&md, "Consequences").contains(BUILD_FLASK[0]), "{md}");
}
