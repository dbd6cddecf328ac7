//! "Start from your code": the user picks, drops or pastes dependency files;
//! a web worker (`src/bin/depfiles_worker.rs`, started only when this panel
//! opens) reads them with [`crate::depfiles`] and sends back the frameworks
//! found, the suggested answers and the capabilities already present. The
//! user ticks the suggestions to keep; accepted ones go through the normal
//! answer path (autosave, share links, reports). Nothing leaves the browser.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use super::cites::FrameworkList;
use super::state::AppState;
use crate::depfiles::{decode, Analysis, DepfileError, Format, Group, InputFile, OptionalGroup, Problem, Reply, Request, MAX_FILE_BYTES};
use crate::format::count;
use crate::knowledge::interface::{INCLUDES_ADD_FILES, INCLUDES_NOT_READ, NOTHING_SUGGESTED};
use crate::knowledge::method::BEYOND_LABEL;
use crate::knowledge::packages::{
    ALREADY_HAS_NOTE, FROM_CODE_ACCEPTS, FROM_CODE_PRIVATE, GROUPS_NOTE, NOTES_TITLE, READER_OFFLINE, READER_READING, READER_STARTING,
    READER_STOPPED, READER_UNSUPPORTED,
};
use crate::session::messages::{files_not_read, suggestions_applied};
use crate::session::{Action, CodeFindings};

/// The worker, once started: whether it said it is ready, and a request
/// waiting for that.
struct Reader {
    worker: Worker,
    ready: bool,
    pending: Option<String>,
}

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

/// Signals the worker's replies write to.
#[derive(Clone, Copy)]
struct Outcome {
    analysis: RwSignal<Option<Analysis>>,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<String>>,
    /// The reader said it is ready (its WebAssembly is loaded).
    ready: RwSignal<bool>,
}

/// Stops the worker, so that the next request starts it afresh.
fn stop() {
    READER.with_borrow_mut(|r| {
        if let Some(r) = r.take() {
            r.worker.terminate();
        }
    });
}

/// Whether the browser says it has no network connection.
fn offline() -> bool {
    !window().navigator().on_line()
}

/// Starts the worker if it is not running.
fn start(out: Outcome) {
    if READER.with_borrow(Option::is_some) {
        return;
    }
    let worker = match Worker::new("./depfiles-loader.js") {
        Ok(w) => w,
        Err(_) => {
            out.failure.set(Some(READER_UNSUPPORTED.into()));
            return;
        }
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |msg: MessageEvent| {
        let text = msg.data().as_string().unwrap_or_default();
        match serde_json::from_str::<Reply>(&text) {
            Ok(Reply::Ready) => {
                out.ready.set(true);
                let pending = READER.with_borrow_mut(|r| {
                    r.as_mut().and_then(|r| {
                        r.ready = true;
                        r.pending.take().map(|p| (r.worker.clone(), p))
                    })
                });
                if let Some((w, p)) = pending {
                    let _ = w.post_message(&JsValue::from_str(&p));
                }
            }
            Ok(Reply::Done(a)) => {
                out.busy.set(false);
                out.analysis.set(Some(a));
            }
            Ok(Reply::Failed(m)) => {
                out.busy.set(false);
                out.failure.set(Some(files_not_read(&m)));
            }
            // Its files could not be loaded: offline, or another failure.
            Ok(Reply::LoadFailed { network }) => {
                stop();
                out.busy.set(false);
                out.ready.set(false);
                out.failure.set(Some(if network || offline() { READER_OFFLINE } else { READER_STOPPED }.into()));
            }
            Err(_) => {}
        }
    });
    // A crash of the reader, or its loader could not be loaded: say so and
    // start afresh next time. Before the reader was ready, with no network,
    // that is because the user is offline.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        stop();
        out.busy.set(false);
        let loading = !out.ready.get_untracked();
        out.ready.set(false);
        out.failure.set(Some(if loading && offline() { READER_OFFLINE } else { READER_STOPPED }.into()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    READER.with_borrow_mut(|r| *r = Some(Reader { worker, ready: false, pending: None }));
}

/// Sends the files to the worker (starting it if needed).
fn send(files: Vec<InputFile>, counted: Vec<Group>, out: Outcome) {
    start(out);
    let now = js_sys::Date::new_0();
    let request = Request { files, today: (now.get_full_year(), now.get_month() + 1), counted };
    let Ok(text) = serde_json::to_string(&request) else { return };
    out.busy.set(true);
    out.failure.set(None);
    let now_ready = READER.with_borrow_mut(|r| match r {
        Some(r) if r.ready => Some(r.worker.clone()),
        Some(r) => {
            r.pending = Some(text.clone());
            None
        }
        None => None,
    });
    if let Some(w) = now_ready {
        let _ = w.post_message(&JsValue::from_str(&text));
    }
}

/// Reads one picked or dropped file: its text, or a problem naming it.
async fn read(file: web_sys::File) -> Result<InputFile, Problem> {
    let name = file.name();
    let problem = |e: DepfileError| Problem { file: name.clone(), line: None, message: e.describe() };
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(problem(DepfileError::TooLarge { limit: MAX_FILE_BYTES }));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| problem(DepfileError::Unreadable))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let text = decode(&bytes).map_err(problem)?;
    Ok(InputFile { name: name.clone(), text })
}

fn cites(tags: &[String]) -> impl IntoView {
    let tab = expect_context::<AppState>().tab;
    tags.iter()
        .map(|t| {
            let tag = t.clone();
            let target = format!("source-{tag}");
            let open = move |ev: web_sys::MouseEvent| {
                ev.prevent_default();
                tab.set(super::tabs::TabId::Sources);
                let target = target.clone();
                request_animation_frame(move || super::dom::focus_id(&target, true));
            };
            view! { " " <a class="cite" href=format!("#source-{tag}") on:click=open aria-label=format!("Source {tag}")>"[" {tag.clone()} "]"</a> }
        })
        .collect_view()
}

/// The optional and development groups, apart from the application's own
/// packages: each with its files, its packages, those that would suggest an
/// answer, and a box to count it as the application's own.
fn group_list(groups: &[OptionalGroup], toggle: impl Fn(Group, bool) + Copy + 'static) -> impl IntoView {
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let id = format!("from-code-g-{i}");
            let group = g.group.clone();
            let files = g.files.iter().map(|f| f.rsplit(['/', '\\']).next().unwrap_or(f).to_string()).collect::<Vec<_>>().join(", ");
            let telling = (!g.telling.is_empty()).then(|| {
                view! { <p class="group-telling">"Would suggest answers if counted: " <span class="packages">{g.telling.join(", ")}</span></p> }
            });
            view! {
                <li class="optional-group" data-group=g.group.name.clone() data-counted=g.counted.to_string()>
                    <input type="checkbox" id=id.clone() prop:checked=g.counted
                        on:change=move |ev| toggle(group.clone(), event_target_checked(&ev))/>
                    <label for=id>
                        <strong>{g.group.to_string()}</strong> " in " {files} ": " {count(g.packages.len(), "package", "packages")}
                        {if g.counted { " (counted as the application\u{2019}s own)" } else { "" }}
                    </label>
                    {telling}
                    <details class="group-packages">
                        <summary>"Its packages"</summary>
                        <p class="packages">{g.packages.join(", ")}</p>
                    </details>
                </li>
            }
        })
        .collect_view()
}

/// What the section's head (in the app's own module) shares with its body
/// (split off, see [`body`]).
#[derive(Clone, Copy)]
pub struct Shared {
    /// Whether the section is open.
    pub open: RwSignal<bool>,
    /// Files dropped on the page that the body has not read yet (a drop
    /// opens the section; the body reads them once it is built).
    pub dropped: RwSignal<Vec<send_wrapper::SendWrapper<web_sys::File>>>,
}

/// The "Start from your code" section, shown above the questions: its
/// button, and the page's drop target for dependency files. What it opens
/// (the file pickers, the paste box, the reader and its results) is `body`,
/// built the first time the section opens: a module of its own (see
/// `super::lazy`), since most visits never open it.
#[component]
pub fn FromCode(
    /// The section's body, given what the head shares with it.
    body: fn(Shared) -> AnyView,
) -> impl IntoView {
    let shared = Shared { open: RwSignal::new(false), dropped: RwSignal::new(Vec::new()) };
    let open = shared.open;
    let opened = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || open.get());
    // Files dropped anywhere on the page open this section and are read; the
    // browser would otherwise leave the app to show the file.
    // Browser only: the page rendered at build time has no window.
    #[cfg(target_arch = "wasm32")]
    {
        let carries_files =
            |ev: &web_sys::DragEvent| ev.data_transfer().is_some_and(|d| d.types().includes(&JsValue::from_str("Files"), 0));
        let over = window_event_listener(leptos::ev::dragover, move |ev| {
            if carries_files(&ev) {
                ev.prevent_default();
            }
        });
        let dropped = window_event_listener(leptos::ev::drop, move |ev| {
            if !carries_files(&ev) {
                return;
            }
            ev.prevent_default();
            let Some(list) = ev.data_transfer().and_then(|d| d.files()) else { return };
            let files: Vec<_> = (0..list.length()).filter_map(|i| list.get(i)).map(send_wrapper::SendWrapper::new).collect();
            shared.dropped.update(|d| d.extend(files));
            open.set(true);
        });
        on_cleanup(move || {
            over.remove();
            dropped.remove();
        });
    }
    view! {
        <section class="from-code" aria-labelledby="from-code-title">
            <div class="from-code-head">
                <h3 id="from-code-title" class="sr-only">"Start from your code"</h3>
                <button type="button" class="button secondary" id="from-code-open" aria-expanded=move || open.get().to_string()
                    aria-controls="from-code-body"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    "Start from your code"
                </button>
                <span class="private-note">{FROM_CODE_PRIVATE}</span>
            </div>
            <div id="from-code-body" class="from-code-body" hidden=move || !open.get()>
                {move || opened.get().then(|| body(shared))}
            </div>
        </section>
    }
}

/// The body of "Start from your code": the file pickers, the paste box,
/// the reader (started when the section opens) and what it found. Reads
/// the files dropped on the page first.
pub fn body(shared: Shared) -> AnyView {
    let state = expect_context::<AppState>();
    let open = shared.open;
    let files = RwSignal::new(Vec::<InputFile>::new());
    let rejected = RwSignal::new(Vec::<Problem>::new());
    let out =
        Outcome { analysis: RwSignal::new(None), busy: RwSignal::new(false), failure: RwSignal::new(None), ready: RwSignal::new(false) };
    let selected = RwSignal::new(Vec::<bool>::new());
    // Groups the user ticked to count as the application's own; a new read forgets them.
    let counted = RwSignal::new(Vec::<Group>::new());
    let applied = RwSignal::new(None::<String>);
    let paste_name = RwSignal::new("requirements.txt".to_string());
    let paste_text = RwSignal::new(String::new());
    let analysis = out.analysis;

    // Every suggestion starts ticked; the user unticks what does not fit.
    Effect::new(move |_| {
        let n = analysis.with(|a| a.as_ref().map_or(0, |a| a.suggestions.len()));
        selected.set(vec![true; n]);
    });

    // A new read (choose, drop, paste) replaces the files read before, so
    // two projects' files never mix; "Add files" keeps them and adds more.
    let add = move |new: Vec<InputFile>, bad: Vec<Problem>, keep: bool| {
        applied.set(None);
        // Only files the reader cannot read (binary, too large, or of no
        // format it knows): what was read before stays, with their problems
        // listed beside it.
        let keep = keep || new.iter().all(|f| Format::detect(&f.name).is_none());
        rejected.update(|r| {
            if !keep {
                r.clear();
            }
            r.retain(|p| !new.iter().any(|f| f.name == p.file) && !bad.iter().any(|b| b.file == p.file));
            r.extend(bad);
        });
        if new.is_empty() {
            return;
        }
        if !keep {
            counted.set(Vec::new());
        }
        files.update(|fs| {
            if !keep {
                fs.clear();
            }
            for f in new {
                fs.retain(|g| g.name != f.name);
                fs.push(f);
            }
        });
        send(files.get_untracked(), counted.get_untracked(), out);
    };
    let toggle_group = move |g: Group, on: bool| {
        counted.update(|c| {
            c.retain(|h| *h != g);
            if on {
                c.push(g);
            }
        });
        send(files.get_untracked(), counted.get_untracked(), out);
    };
    let take_files = move |picked: Vec<web_sys::File>, keep: bool| {
        leptos::task::spawn_local(async move {
            let (mut good, mut bad) = (Vec::new(), Vec::new());
            for f in picked {
                match read(f).await {
                    Ok(f) => good.push(f),
                    Err(p) => bad.push(p),
                }
            }
            add(good, bad, keep);
        });
    };
    let take = move |list: Option<web_sys::FileList>, keep: bool| {
        let Some(list) = list else { return };
        take_files((0..list.length()).filter_map(|i| list.get(i)).collect(), keep);
    };
    let on_pick = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        take(input.files(), false);
        input.set_value("");
    };
    let on_add = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        take(input.files(), true);
        input.set_value("");
    };
    // The reader starts when the section opens; files dropped on the page
    // are read as they come (a drop replaces the files read before).
    Effect::new(move |_| {
        if open.get() {
            start(out);
        }
    });
    Effect::new(move |_| {
        let waiting = shared.dropped.with(|d| !d.is_empty());
        if waiting {
            let picked: Vec<web_sys::File> =
                shared.dropped.try_update(std::mem::take).unwrap_or_default().into_iter().map(|f| f.take()).collect();
            take_files(picked, false);
        }
    });
    let on_paste = move |_| {
        let text = paste_text.get_untracked();
        let name = paste_name.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        match decode(text.as_bytes()) {
            Ok(text) => add(vec![InputFile { name, text }], Vec::new(), false),
            Err(e) => add(Vec::new(), vec![Problem { file: name, line: None, message: e.describe() }], false),
        }
        paste_text.set(String::new());
    };
    let apply = move |only_selected: bool| {
        let Some(a) = analysis.get_untracked() else { return };
        let ticks = selected.get_untracked();
        let chosen: Vec<_> =
            a.suggestions.iter().enumerate().filter(|(i, _)| !only_selected || ticks.get(*i).copied().unwrap_or(false)).collect();
        state.session.dispatch(Action::ApplyFromCode {
            answers: chosen.iter().map(|(_, s)| (s.question.clone(), s.option.clone())).collect(),
            found: CodeFindings {
                present: a.present.iter().map(|p| (p.capability.clone(), p.packages.clone())).collect(),
                frameworks: a.frameworks.iter().chain(&a.libraries).cloned().collect(),
            },
        });
        applied.set(Some(suggestions_applied(chosen.len())));
        // The suggestions are done with: the questions below now show them.
        files.set(Vec::new());
        rejected.set(Vec::new());
        counted.set(Vec::new());
        analysis.set(None);
    };
    let dismiss = move |_| {
        counted.set(Vec::new());
        files.set(Vec::new());
        rejected.set(Vec::new());
        analysis.set(None);
        out.failure.set(None);
        applied.set(None);
    };

    let results = move || {
        analysis.get().map(|a| {
            let problems: Vec<Problem> = rejected.get().into_iter().chain(a.problems.iter().cloned()).collect();
            let suggestions = a
                .suggestions
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let id = format!("from-code-s-{i}");
                    let beyond = s.sources.is_empty();
                    view! {
                        <li class="suggestion" data-suggestion=format!("{}={}", s.question, s.option)>
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || selected.with(|v| v.get(i).copied().unwrap_or(false))
                                on:change=move |ev| { let on = event_target_checked(&ev); selected.update(|v| if let Some(x) = v.get_mut(i) { *x = on; }); }/>
                            <label for=id>
                                <strong>{s.question_title.clone()}</strong> ": " {s.option_label.clone()}
                            </label>
                            <p class="suggestion-why">
                                <span class="packages">{s.packages.join(", ")}</span> " — " {s.reason.clone()}
                                {if beyond {
                                    view! {
                                        " " <span class="beyond-tag">{BEYOND_LABEL}</span>
                                        {s.reference.clone().map(|(name, url)| view! { ": " <a href=url rel="noopener noreferrer" target="_blank">{name}</a> })}
                                    }.into_any()
                                } else {
                                    cites(&s.sources).into_any()
                                }}
                            </p>
                        </li>
                    }
                })
                .collect_view();
            let n = a.suggestions.len();
            let any_had = a.suggestions.iter().any(|s| s.had);
            let read_files = a.files.iter().map(|(f, d)| format!("{f} ({})", count(*d, "package", "packages"))).collect::<Vec<_>>().join(", ");
            view! {
                <div class="from-code-results" data-analysis="done">
                    {(!a.files.is_empty()).then(|| view! { <p class="hint">"Read: " {read_files}</p> })}
                    {(!a.frameworks.is_empty()).then(|| view! {
                        <h4>"Frameworks found"</h4>
                        <FrameworkList frameworks=a.frameworks.clone()/>
                    })}
                    {(!a.libraries.is_empty()).then(|| view! {
                        <h4>"Core libraries"</h4>
                        <FrameworkList frameworks=a.libraries.clone()/>
                    })}
                    {(!a.missing_includes.is_empty()).then(|| view! {
                        <p class="includes" data-missing-includes=a.missing_includes.join(" ")>
                            {INCLUDES_NOT_READ} <strong>{a.missing_includes.join(", ")}</strong>
                            ". " {INCLUDES_ADD_FILES}
                        </p>
                    })}
                    {(!problems.is_empty()).then(|| view! {
                        <div class="from-code-problems" role="status">
                            <h4>"Lines and files left out"</h4>
                            <ul>{problems.iter().map(|p| view! { <li data-problem=p.file.clone()>{p.to_string()}</li> }).collect_view()}</ul>
                        </div>
                    })}
                    {(!a.groups.is_empty()).then(|| view! {
                        <h4>"Optional and development groups"</h4>
                        <p class="hint">{GROUPS_NOTE}</p>
                        <ul class="optional-groups">{group_list(&a.groups, toggle_group)}</ul>
                    })}
                    {(!a.notes.is_empty()).then(|| view! {
                        <h4>{NOTES_TITLE}</h4>
                        <ul class="package-notes">
                            {a.notes.iter().map(|n| view! {
                                <li data-noted=n.packages.join(" ")>
                                    <span class="packages">{n.packages.join(", ")}</span> " \u{2014} " {n.note.clone()} " "
                                    <span class="beyond-tag">{BEYOND_LABEL}</span> ": "
                                    <a href=n.reference.1.clone() rel="noopener noreferrer" target="_blank">{n.reference.0.clone()}</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    <h4>{format!("Suggested answers ({n})")}</h4>
                    {if n == 0 {
                        view! { <p>{NOTHING_SUGGESTED}</p> }.into_any()
                    } else {
                        view! {
                            {any_had.then(|| view! { <p class="hint already-has">{ALREADY_HAS_NOTE}</p> })}
                            <ul class="suggestions">{suggestions}</ul>
                            <div class="button-row">
                                <button type="button" class="button" on:click=move |_| apply(true) id="from-code-apply">"Apply selected"</button>
                                <button type="button" class="button secondary" on:click=move |_| apply(false) id="from-code-apply-all">"Apply all"</button>
                                <button type="button" class="button secondary" on:click=dismiss>"Dismiss"</button>
                            </div>
                        }.into_any()
                    }}
                </div>
            }
        })
    };

    view! {
        <p class="hint">{FROM_CODE_ACCEPTS}</p>
        <div class="from-code-inputs">
            <label class="file-pick" for="from-code-files">"Choose files"</label>
            <input type="file" id="from-code-files" multiple on:change=on_pick/>
            <span class="drop-note" aria-hidden="true">"or drop them anywhere on this page (a new choice replaces the files read before)"</span>
            <span class="add-files" hidden=move || files.with(Vec::is_empty)>
                <label class="file-pick" for="from-code-add">"Add files"</label>
                <input type="file" id="from-code-add" multiple on:change=on_add/>
                <span class="drop-note">"to the ones already read"</span>
            </span>
        </div>
        <details class="paste">
            <summary>"Paste a file instead"</summary>
            <label for="from-code-paste-name">"File name"</label>
            <input type="text" id="from-code-paste-name" prop:value=move || paste_name.get()
                on:input=move |ev| paste_name.set(event_target_value(&ev))/>
            <label for="from-code-paste">"Its contents"</label>
            <textarea id="from-code-paste" rows="6" prop:value=move || paste_text.get()
                on:input=move |ev| paste_text.set(event_target_value(&ev))></textarea>
            <button type="button" class="button secondary" on:click=on_paste>"Read pasted text"</button>
        </details>
        <p class="from-code-status" aria-live="polite">
            {move || match (out.busy.get(), out.ready.get()) {
                (true, true) => Some(READER_READING),
                (true, false) => Some(READER_STARTING),
                _ => None,
            }}
            {move || out.failure.get()}
            {move || applied.get()}
        </p>
        {move || (analysis.with(Option::is_none) && !rejected.with(Vec::is_empty)).then(|| view! {
            <ul class="from-code-problems">{rejected.get().iter().map(|p| view! { <li data-problem=p.file.clone()>{p.to_string()}</li> }).collect_view()}</ul>
        })}
        {results}
    }
    .into_any()
}
