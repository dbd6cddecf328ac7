//! The team view: results side by side, disagreements ordered by how much
//! they drive the results, settlements checked against the full engine; and
//! team links and pasted links.

use django_flask_advisor::codec::share::{encode, encode_team, links_in, MAX_TEAM};
use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::{question_index, Framework, QUESTIONS};
use django_flask_advisor::team::{compare, Position};

fn q(id: &str) -> usize {
    question_index(id).unwrap()
}

fn team() -> Vec<Answers> {
    let base = Answers::new()
        .with("app_type", "full_stack_product")
        .with("admin_backoffice", "business_backoffice")
        .with("team_size", "single_team");
    let alice = base.clone().with("architecture_control", "conventions_fit");
    let bob =
        base.clone().with("architecture_control", "fully_custom").with("admin_backoffice", "none").with("database_type", "unconventional");
    let mut carol = alice.clone();
    carol.set_importance(q("team_size"), Importance::High);
    vec![alice, bob, carol]
}

#[test]
fn results_and_disagreements_match_the_engine() {
    let members = team();
    let view = compare(&members);
    for (r, a) in view.results.iter().zip(&members) {
        let full = assess(a);
        assert_eq!((r.scores, r.recommendation), (full.scores, full.recommendation));
    }
    assert_eq!(view.results[0].recommendation, Some(Framework::Django));
    assert_eq!(view.results[1].recommendation, Some(Framework::Flask));
    assert!(!view.agree());

    // Exactly the questions where someone's position differs.
    let differing: Vec<usize> = (0..QUESTIONS.len())
        .filter(|&qi| {
            let p: Vec<Position> = members.iter().map(|a| Position::of(a, qi)).collect();
            p.iter().any(|x| *x != p[0])
        })
        .collect();
    let mut found: Vec<usize> = view.disagreements.iter().map(|d| d.question).collect();
    found.sort();
    assert_eq!(found, differing);
    assert!(found.contains(&q("team_size")), "an importance difference is a disagreement");

    for d in &view.disagreements {
        for s in &d.settlements {
            for (m, a) in members.iter().enumerate() {
                let mut b = a.clone();
                b.set_choice(d.question, s.position.choice);
                b.set_importance(d.question, s.position.importance);
                assert_eq!(s.results[m], assess(&b).recommendation, "{} settled as {:?}", QUESTIONS[d.question].id, s.position);
            }
        }
        let decisive = (0..members.len()).filter(|&m| d.settlements.iter().any(|s| s.results[m] != d.settlements[0].results[m])).count();
        assert_eq!(d.decisive, decisive);
    }
    // The back office decides Bob's and the others' results, team size importance decides nothing.
    assert!(view.disagreements.windows(2).all(|w| w[0].decisive >= w[1].decisive));
    assert!(view.disagreements[0].decisive > 0);
    let size = view.disagreements.iter().find(|d| d.question == q("team_size")).unwrap();
    assert_eq!(size.decisive, 0);
    assert_eq!(view.disagreements.last().unwrap().decisive, 0);
}

#[test]
fn a_settlement_can_bring_the_group_together() {
    let view = compare(&team());
    let admin = view.disagreements.iter().find(|d| d.question == q("admin_backoffice")).unwrap();
    let django_side = admin
        .settlements
        .iter()
        .find(|s| s.position.choice.map(|o| QUESTIONS[q("admin_backoffice")].options[o].id) == Some("business_backoffice"))
        .unwrap();
    assert_eq!(django_side.tally().iter().sum::<usize>(), 3);
    assert!(django_side.tally()[0] >= 2);
}

#[test]
fn identical_answers_have_no_disagreements() {
    let a = team().remove(0);
    let view = compare(&[a.clone(), a.clone(), a]);
    assert!(view.agree());
    assert!(view.disagreements.is_empty());
}

#[test]
fn team_links_and_pasted_links_round_trip() {
    let members = team();
    let names = ["Alice", "Bob", "Carol <b>"];
    let fragment = encode_team(members.iter().zip(names));
    let pasted = format!("Here: https://advisor.example/#{fragment}\nand again {}", encode(&members[0], "Dup"));
    let found = links_in(&pasted);
    assert_eq!(found.len(), 4);
    for (i, (_, r)) in found.iter().take(3).enumerate() {
        let shared = r.as_ref().unwrap();
        assert_eq!(shared.name, names[i]);
        assert_eq!(shared.answers, members[i]);
    }
    assert_eq!(found[3].1.as_ref().unwrap().name, "Dup");

    let bad = links_in("https://advisor.example/#q-app_type s1.AAAA words s9.xyz");
    assert_eq!(bad.len(), 3);
    assert!(bad.iter().all(|(_, r)| r.is_err()));
    assert!(bad[0].1.as_ref().unwrap_err().to_string().contains("not a share link"));

    let many = (0..20).map(|_| encode(&members[1], "x")).collect::<Vec<_>>().join(" ");
    assert_eq!(links_in(&many).len(), MAX_TEAM);
}

#[test]
fn team_membership_adds_links_you_and_profiles_with_unique_keys() {
    use django_flask_advisor::team::{add_links, include_profile, remove, set_you, NotAdded, TeamMember};
    let mut t: Vec<TeamMember> = Vec::new();
    assert_eq!(add_links(&mut t, "no link here"), None);
    let a = Answers::new().with("app_type", "api_backend");
    let text = format!("https://x/#{}\n#{}\n#s1.%%%", encode(&a, "Ann"), encode(&a, ""));
    let added = add_links(&mut t, &text).unwrap();
    assert_eq!(added.added, 2);
    assert_eq!(added.not_added.len(), 1);
    assert!(matches!(added.not_added[0].1, NotAdded::Link(_)));
    assert_eq!(t.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(), ["Ann", "Colleague 2"]);
    assert_eq!(t.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(), ["link:1", "link:2"]);
    set_you(&mut t, Answers::new());
    set_you(&mut t, a.clone());
    assert_eq!(t.iter().filter(|m| m.key == "you").count(), 1);
    assert_eq!(t.last().unwrap().answers, a);
    include_profile(&mut t, "p-1", "Saved", &a, true);
    include_profile(&mut t, "p-1", "Saved", &a, true);
    assert_eq!(t.iter().filter(|m| m.key == "profile:p-1").count(), 1);
    include_profile(&mut t, "p-1", "Saved", &a, false);
    remove(&mut t, "link:1");
    assert_eq!(t.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(), ["link:2", "you"]);
    // A new link takes the first free key.
    add_links(&mut t, &format!("#{}", encode(&a, "Bo")));
    assert_eq!(t.last().unwrap().key, "link:1");
    // The team view is full at MAX_TEAM.
    let many = (0..MAX_TEAM).map(|_| format!("#{}", encode(&a, "X"))).collect::<Vec<_>>().join(" ");
    let r = add_links(&mut t, &many).unwrap();
    assert_eq!(t.len(), MAX_TEAM);
    assert_eq!(r.not_added.iter().filter(|(_, why)| *why == NotAdded::Full).count(), 3);
    assert_eq!(NotAdded::Full.to_string(), format!("team view full ({MAX_TEAM} people)"));
}

#[test]
fn group_summary_names_agreement_a_split_or_nothing() {
    use django_flask_advisor::team::{group_summary, recommendation_name};
    let (d, f, h) = (Some(Framework::Django), Some(Framework::Flask), Some(Framework::Hybrid));
    assert_eq!(group_summary(&[d, d]), "everyone: Django");
    assert_eq!(group_summary(&[d, f, d, h]), "split: Django 2, Flask 1, Hybrid 1");
    assert_eq!(group_summary(&[None, f]), "split: Flask 1");
    assert_eq!(group_summary(&[None, None]), "no recommendation");
    assert_eq!(recommendation_name(None), "none yet");
    assert_eq!(recommendation_name(h), "Hybrid");
}

#[test]
fn team_summary_counts_people_questions_and_decisive_ones() {
    let one = compare(&team()[..1]);
    assert_eq!(one.summary(), "Add at least two people to see where you disagree.");
    let a = team()[0].clone();
    let same = compare(&[a.clone(), a.clone()]);
    assert!(same.summary().ends_with("They answer every question the same way."), "{}", same.summary());
    assert!(same.summary().starts_with("2 people, everyone: "), "{}", same.summary());
    let view = compare(&team());
    let s = view.summary();
    let differ = view.disagreements.len();
    assert!(differ > 0);
    assert!(s.contains(&format!("They answer {differ} question")), "{s}");
    let decisive = view.disagreements.iter().filter(|d| d.decisive > 0).count();
    match decisive {
        0 => assert!(s.contains("none of them changes anyone's recommendation"), "{s}"),
        _ => assert!(s.contains("someone's recommendation") && !s.contains("none of them"), "{s}"),
    }
    for d in &view.disagreements {
        let impact = d.impact(view.results.len());
        if d.decisive == 0 {
            assert_eq!(impact, "Settling it changes no one's recommendation.");
        } else {
            assert!(impact.contains(&format!("{} of the {} people", d.decisive, view.results.len())), "{impact}");
        }
    }
}
