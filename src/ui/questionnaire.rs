//! The questionnaire panel: core questions, then the advanced group.

use leptos::prelude::*;

use super::state::AppState;
use crate::answers::Answers;
use crate::engine::Importance;
use crate::first_screen;
use crate::knowledge::method::QUESTIONNAIRE_HINT;
use crate::knowledge::{notes_for, notes_for_question, Question, Tier, QUESTIONS};
use crate::session::Action;

/// The questionnaire: a card per question of [`QUESTIONS`] (the core tier
/// first, the advanced tier in a collapsed group), the count of answered
/// questions, and a button that clears every answer. Each card is built in
/// its own start-up step (`super::startup::card_step`). `from_code` is the "Start from
/// your code" section above the questions, a panel of its own placed here
/// by the layout (`super::App`).
#[component]
pub fn Questionnaire(#[prop(into)] from_code: ViewFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let by_question = per_question(state.answers);
    let cards = move |tier: Tier| {
        QUESTIONS
            .iter()
            .enumerate()
            .filter(move |(_, q)| q.tier == tier)
            .map(|(qi, q)| {
                // Built in its own start-up step (see `startup`).
                let ready = state.startup.card(qi);
                let this = by_question[qi];
                move || ready.get().then(|| view! { <QuestionCard qi=qi q=q this=this/> })
            })
            .collect_view()
    };
    let from_code_ready = state.startup.reached_from_code();
    let reset = move |_| {
        state.session.dispatch(Action::ClearAll);
    };
    // The group is closed in the prerendered HTML; a group left open is
    // opened by public/early.js on a first visit, or when the app takes
    // over on a visit that restores work (see `super::takeover`). Every
    // toggle (by the user, or by a jump to one of its questions) is
    // remembered. The listener is on the document, in the capture phase
    // (`toggle` does not bubble), not on the element: the group is one of
    // the containers the take-over keeps from the rendered page
    // (`super::takeover::SHELLS`), so the app's own element never reaches
    // the page. Registered once: the questionnaire lives as long as the
    // page.
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let on_toggle = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            if let Some(group) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).filter(|el| el.id() == "advanced") {
                super::dom::remember_advanced(group.has_attribute("open"));
            }
        });
        let _ = document().add_event_listener_with_callback_and_bool("toggle", on_toggle.as_ref().unchecked_ref(), true);
        on_toggle.forget();
    }

    view! {
        <section class="panel questionnaire" aria-labelledby="questionnaire-title">
            <div class="panel-head">
                <h2 id="questionnaire-title">"Your project"</h2>
                <p class=first_screen::PROGRESS aria-live="polite">{move || state.answers.with(crate::result_html::progress)}</p>
            </div>
            <p class="hint">{QUESTIONNAIRE_HINT}</p>
            {move || from_code_ready.get().then(|| from_code.run())}
            <div class="core-questions">{cards(Tier::Core)}</div>
            <details class="advanced" id="advanced">
                <summary id="advanced-summary">
                    "Advanced questions "
                    <span class=first_screen::ADVANCED_PROGRESS class:muted=true>{move || state.answers.with(crate::result_html::advanced_progress)}</span>
                </summary>
                {cards(Tier::Advanced)}
            </details>
            <button type="button" class="button secondary" id=first_screen::CLEAR_ID on:click=reset>"Clear all answers"</button>
        </section>
    }
}

/// One question's answer (an option index) and importance.
type QuestionState = (Option<usize>, Importance);

/// Each question's answer and importance as a signal of its own, set only
/// when that question's part of `answers` changes (as Leptos's `Selector`
/// does for one value). An answer change then wakes one card. A memo per
/// card would not do: every memo of `answers` is re-checked on every
/// change, and with it each of the card's bindings (about 400 on the page).
fn per_question(answers: Memo<Answers>) -> Vec<RwSignal<QuestionState>> {
    let read = |a: &Answers, qi: usize| (a.choice(qi), a.importance(qi));
    let signals: Vec<RwSignal<QuestionState>> =
        (0..QUESTIONS.len()).map(|qi| RwSignal::new(answers.with_untracked(|a| read(a, qi)))).collect();
    let targets = signals.clone();
    leptos::prelude::Effect::new(move |_| {
        answers.with(|a| {
            for (qi, signal) in targets.iter().enumerate() {
                let now = read(a, qi);
                if signal.with_untracked(|s| *s != now) {
                    signal.set(now);
                }
            }
        })
    });
    signals
}

#[component]
fn QuestionCard(qi: usize, q: &'static Question, this: RwSignal<QuestionState>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The two parts of this question's state, so that a new importance
    // does not touch the options, nor a new answer the menu.
    let chosen = Memo::new(move |_| this.with(|t| t.0));
    let importance = Memo::new(move |_| this.with(|t| t.1));
    let answered = move || chosen.get().is_some();
    let importance_id = first_screen::importance_id(q.id);
    let help_id = format!("{}-help", q.id);
    let described_by = help_id.clone();
    let importance_for = importance_id.clone();
    let options = q
        .options
        .iter()
        .enumerate()
        .map(|(oi, choice)| {
            let input_id = format!("{}-{}", q.id, choice.id);
            let label_for = input_id.clone();
            let checked = move || chosen.get() == Some(oi);
            let disputed = !notes_for(q.id, choice.id).is_empty();
            view! {
                <label class=first_screen::OPTION for=label_for class=(first_screen::SELECTED, checked)>
                    <input
                        type="radio"
                        // The app restores the user's work itself; the
                        // browser's own form restoration would fight it.
                        autocomplete="off"
                        id=input_id
                        name=q.id
                        value=choice.id
                        prop:checked=checked
                        on:change=move |_| { state.session.dispatch(Action::Choose { question: qi, option: Some(oi) }); }
                    />
                    <span class="option-label">
                        {choice.label}
                        {disputed.then(|| view! {
                            <span class="dispute-mark" aria-hidden="true">" ≠"</span>
                            <span class="sr-only">" (the articles disagree on this)"</span>
                        })}
                    </span>
                    <span class="option-points">{crate::format::option_points(choice)}</span>
                </label>
            }
        })
        .collect_view();
    let on_importance = move |ev| {
        if let Some(i) = Importance::from_id(&event_target_value(&ev)) {
            state.session.dispatch(Action::Weigh { question: qi, importance: i });
        }
    };
    view! {
        <fieldset class=first_screen::QUESTION id=first_screen::card_id(q.id) class=(first_screen::ANSWERED, answered) aria-describedby=described_by>
            <legend>
                <span class="q-title">{q.title}</span>
                <span class="q-prompt">{q.prompt}</span>
            </legend>
            <p class="q-help" id=help_id>{q.help}</p>
            <div class="options">{options}</div>
            <div class=first_screen::TOOLS>
                <label class="importance" for=importance_for>
                    "Importance "
                    <select
                        autocomplete="off"
                        id=importance_id
                        on:change=on_importance
                        prop:value=move || importance.get().id()
                    >
                        {Importance::ALL
                            .iter()
                            .map(|&i| view! {
                                // Also as an attribute, so that the
                                // prerendered HTML shows the default.
                                <option value=i.id() selected=move || importance.get() == i>{i.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    type="button"
                    class="link-button"
                    disabled=move || !answered()
                    on:click=move |ev| {
                        state.session.dispatch(Action::Choose { question: qi, option: None });
                        if let Some(button) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok()) {
                            focus_after_skip(&button, q.id);
                        }
                    }
                >
                    "Skip this question"
                </button>
            </div>
            {disputes(q)}
        </fieldset>
    }
}

/// One light line at the end of a question's card (after the importance
/// menu, so that Tab still goes from the options to that menu) when a disagreement between
/// the articles bears on some of them (marked ≠): a link to each note in
/// the Disagreements tab. Nothing for other questions.
fn disputes(q: &'static Question) -> Option<impl IntoView> {
    let notes = notes_for_question(q.id);
    if notes.is_empty() {
        return None;
    }
    let tab = expect_context::<AppState>().tab;
    let links = notes
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let open = move |ev: web_sys::MouseEvent| {
                ev.prevent_default();
                super::tabs::open_note(tab, c.id);
            };
            view! {
                {(i > 0).then_some(", ")}
                <a href=format!("#note-{}", c.id) on:click=open>{c.short}</a>
            }
        })
        .collect_view();
    Some(view! {
        <p class="q-disputes"><span aria-hidden="true">"≠ "</span>"The articles disagree here: " {links}</p>
    })
}

/// After "Skip this question" (`button`): it is about to be disabled (the
/// question is unanswered), so if it has the focus, the focus goes to the
/// importance menu beside it rather than back to the start of the page.
fn focus_after_skip(button: &web_sys::Element, question_id: &str) {
    if document().active_element().as_ref() == Some(button) {
        focus_importance(question_id);
    }
}

/// Gives the focus to question `question_id`'s importance menu (beside its
/// "Skip this question" button, so in view). Also used by the take-over
/// for a rendered card's button (`super::takeover`).
pub(super) fn focus_importance(question_id: &str) {
    super::dom::focus_id(&first_screen::importance_id(question_id), false);
}
