//! The result panel: recommendation, scores, confidence, close-call and
//! hybrid notices. Updates live from the assessment memo.

use leptos::prelude::*;

use super::share::{ShareBlock, ShareButton};
use super::sources::Cites;
use super::tabs::TabId;
use super::AppState;
use crate::engine::{format_score, Assessment};
use crate::format::{bar_scores, below_zero, hybrid_parts, lead, points_phrase, scope};
use crate::knowledge::method::{CLOSE_CALL, FRAMEWORK_SUMMARY, HYBRID_CAVEAT, HYBRID_WITHHELD, NO_RECOMMENDATION, NO_RECOMMENDATION_HINT};
use crate::knowledge::Framework;

fn rec_id(a: &Assessment) -> &'static str {
    a.recommendation.map(Framework::id).unwrap_or("none")
}

/// The recommendation, the three scores, the confidence and the notices
/// that qualify them, for the current assessment.
#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    let headline = move || {
        a.with(|a| match a.recommendation {
            Some(f) => f.name().to_string(),
            None => NO_RECOMMENDATION.to_string(),
        })
    };
    let summary = move || {
        a.with(|a| match a.recommendation {
            Some(f) => FRAMEWORK_SUMMARY[f.index()].to_string(),
            None => NO_RECOMMENDATION_HINT.to_string(),
        })
    };
    let confidence = move || {
        a.with(|a| {
            a.recommendation.map(|_| {
                let level = a.confidence;
                let why = a.confidence_reason();
                view! {
                    <p class="confidence" data-confidence=level.label()>
                        "Confidence: " <strong>{level.label()}</strong> " — " {why}
                        {format!(" ({} of {} questions answered). {}",
                            a.answered,
                            crate::engine::QUESTION_COUNT,
                            lead(a))}
                    </p>
                }
            })
        })
    };
    let close_call = move || {
        a.with(|a| a.close_call).then(|| {
            view! {
                <p class="notice warn" role="note">
                    <strong>"Close call. "</strong>
                    {CLOSE_CALL}
                </p>
            }
        })
    };
    let hybrid_note = move || {
        a.with(|a| {
            if a.recommendation == Some(Framework::Hybrid) {
                Some(
                    view! {
                        <p class="notice info" role="note">
                            {HYBRID_CAVEAT.0} " " <Cites sources=HYBRID_CAVEAT.1/>
                        </p>
                    }
                    .into_any(),
                )
            } else if a.recommendation.is_some() && a.hybrid.separable_part {
                let unmet = a.hybrid.unmet();
                Some(
                    view! {
                        <p class="notice" role="note">
                            {format!("{HYBRID_WITHHELD} {}.", unmet.join("; "))}
                        </p>
                    }
                    .into_any(),
                )
            } else {
                None
            }
        })
    };
    let existing = move || {
        a.with(|a| {
            a.existing.map(|(in_use, path)| {
                let (head, text, sources) = path.text(in_use);
                view! {
                    <div class="existing-path" data-path=path.id() data-in-use=in_use.id()>
                        <p><strong>{format!("Your {} system: ", in_use.name())}{head}</strong></p>
                        <p>{text} " " <Cites sources=sources/></p>
                    </div>
                }
            })
        })
    };
    let hybrid_parts = move || {
        a.with(|a| {
            let p = a.hybrid_parts;
            hybrid_parts(a).map(|text| {
                view! {
                    <p class="hybrid-parts" data-core=p.core data-flask-parts=p.flask_parts data-pattern=p.pattern>
                        {text}
                    </p>
                }
            })
        })
    };
    let scope = move || view! { <p class="scope-note muted">{state.answers.with(scope)}</p> };
    let below_zero =
        move || a.with(|a| a.recommendation.and(below_zero(a.scores)).map(|text| view! { <p class="below-zero muted">{text}</p> }));
    let scores = move || {
        a.with(|a| {
            let max = a.scores.iter().copied().max().unwrap_or(0).max(1);
            Framework::ALL
                .iter()
                .map(|&f| {
                    let s = a.score(f);
                    let pct = (s.max(0) * 100 + max / 2) / max;
                    let winner = a.recommendation == Some(f);
                    // The prerendered page has no scores (every bar empty),
                    // and its policy allows no style attribute: the width is
                    // set in the browser only, through the CSS object model.
                    #[cfg(target_arch = "wasm32")]
                    let fill = view! { <span class="fill" style:width=format!("{pct}%")></span> };
                    #[cfg(not(target_arch = "wasm32"))]
                    let fill = {
                        let _ = pct;
                        view! { <span class="fill"></span> }
                    };
                    view! {
                        <li class="score" class:winner=winner data-framework=f.id()>
                            <span class="score-name">{f.name()}</span>
                            <span class="bar" aria-hidden="true">
                                {fill}
                            </span>
                            <span class="score-value" data-score=format_score(s)>{points_phrase(s)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="panel result" aria-labelledby="result-title">
            <h2 id="result-title" tabindex="-1">"Recommendation"</h2>
            <div class="recommendation" data-recommendation=move || a.with(rec_id) aria-live="polite">
                <p class="rec-name">{headline}</p>
                <p class="rec-summary">{summary}</p>
            </div>
            {existing}
            {confidence}
            {close_call}
            {hybrid_note}
            <h3 class="sr-only">"Scores"</h3>
            <ul class="scores">{scores}</ul>
            {below_zero}
            {hybrid_parts}
            <ShareBlock/>
            {scope}
            <nav class="result-links" aria-label="More about this result">
                {TabId::ALL.iter().filter(|t| **t != TabId::Why).map(|&t| view! {
                    <button type="button" class="link-button" on:click=move |_| state.tab.set(t)>{t.label()}</button>
                }).collect_view()}
            </nav>
        </section>
    }
}

/// A slim bar pinned to the top on narrow screens, so the current
/// recommendation, its confidence and the scores stay in view while
/// answering, with a one-click share button.
#[component]
pub fn StickySummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    let trying = move || matches!(state.session.mode.get(), super::session::Mode::Trying { .. });
    let head = move || {
        let prefix = if trying() { "Trying a change · " } else { "" };
        a.with(|a| match a.recommendation {
            Some(f) => format!("{prefix}{} · {} confidence", f.name(), a.confidence.label()),
            None => format!("{prefix}No recommendation yet"),
        })
    };
    let scores = move || a.with(|a| a.recommendation.map(|_| bar_scores(a.scores)));
    view! {
        <div class="sticky-summary">
            <a class="sticky-link" href="#result-title">
                <span class="sticky-head">{head}</span>
                {move || scores().map(|s| view! { <span class="sr-only">". Scores: "</span> <span class="sticky-scores">{s}</span> })}
                <span class="sr-only">". Go to the result."</span>
            </a>
            {move || a.with(|a| a.recommendation.is_some()).then(|| view! { <ShareButton/> })}
        </div>
    }
}
