//! The decision flowchart panel: an SVG indented tree with the user's path
//! lit, a details box for the hovered or focused node, a text version of the
//! path, and a notice when the chart and the score disagree.

use leptos::prelude::*;

use super::cites::Cites;
use super::dom::{client_rect, focus_id, focus_question};
use super::state::AppState;
use super::tabs::TabId;
use crate::flowchart::{row_states, rows, Row};
use crate::knowledge::flowchart::{FlowNode, NODES};
use crate::knowledge::interface::FLOWCHART_HINT;
use crate::knowledge::question;

const ROW_H: i32 = 50;
const INDENT: i32 = 22;
const BOX_W: i32 = 250;
const BOX_H: i32 = 28;
const BOX_TOP: i32 = 15;
const PAD: i32 = 8;

/// The chart node that holds keyboard focus, if any: the details box goes
/// back to it when the pointer leaves a node.
fn keyboard_node() -> Option<usize> {
    let id = document().active_element()?.get_attribute("data-node")?;
    NODES.iter().position(|n| n.id == id)
}

fn x_of(r: &Row) -> i32 {
    PAD + r.depth as i32 * INDENT
}
fn y_of(i: usize) -> i32 {
    PAD + i as i32 * ROW_H
}

fn kind_class(n: &FlowNode) -> &'static str {
    match n.leaf {
        Some(f) => f.id(),
        None => "decision",
    }
}

/// Where activating a node leads: its first question, or the result for a leaf.
fn activate(n: &'static FlowNode) {
    match n.asks.first() {
        Some(q) => focus_question(q),
        None => focus_id("result-title", true),
    }
}

/// Brings the end of the lit path (the last box the answers reach) into
/// view, unless it already is: the page scrolls so that the box sits near
/// the bottom of the screen with the path above it, and the chart scrolls
/// sideways when the box is cut at its edge. Scrolling follows the page's
/// `scroll-behavior`, so it is instant under `prefers-reduced-motion`.
fn show_lit_path(node_id: &str) {
    let doc = document();
    let Some(node) = doc.query_selector(&format!(".flow-svg [data-node=\"{node_id}\"]")).ok().flatten() else { return };
    let Some((left, top, right, bottom)) = client_rect(&node) else { return };
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    // Below the phone's sticky summary bar (about 3.5rem).
    if top < 56.0 || bottom > height {
        node.scroll_into_view_with_bool(false);
        return;
    }
    let Some(scroller) = doc.query_selector(".flow-scroll").ok().flatten() else { return };
    let Some((s_left, _, s_right, _)) = client_rect(&scroller) else { return };
    if right > s_right || left < s_left {
        let shift = if right - left > s_right - s_left { left - s_left } else { right - s_right + 16.0 };
        scroller.set_scroll_left(scroller.scroll_left() + shift as i32);
    }
}

/// The "Flowchart" tab: the decision tree with the current path lit.
#[component]
pub fn FlowchartPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.settled_assessment;
    let rows = rows();
    let focused = RwSignal::new(None::<usize>);
    let width = rows.iter().map(|r| x_of(r) + BOX_W).max().unwrap_or(0) + PAD;
    let height = y_of(rows.len()) + PAD;

    let all_rows = rows.clone();
    let row_states = Memo::new(move |_| a.with(|a| row_states(&all_rows, &a.flow)));
    // Each time the tab opens (the first time included), once it is laid
    // out: the last box of the lit path.
    let lit_rows = rows.clone();
    Effect::new(move |_| {
        if state.tab.get() != TabId::Flow {
            return;
        }
        let last = row_states.with_untracked(|v| v.iter().rposition(|s| s.lit));
        if let Some(i) = last {
            let id = NODES[lit_rows[i].node].id;
            request_animation_frame(move || show_lit_path(id));
        }
    });

    let connectors = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let p = r.parent?;
            let px = x_of(&rows[p]) + 10;
            let py = y_of(p) + BOX_TOP + BOX_H;
            let cy = y_of(i) + BOX_TOP + BOX_H / 2;
            let cx = x_of(r);
            let lit = move || row_states.with(|v| v[i].lit);
            let assumed = move || row_states.with(|v| v[i].assumed);
            let d = format!("M{px},{py} V{cy} H{cx}");
            Some((view! { <path class="edge" d=d.clone()/> }, view! { <path class="edge-lit" class:lit=lit class:assumed=assumed d=d/> }))
        })
        .collect::<Vec<_>>();
    // Lit connectors are drawn after (so above) every plain one.
    let (plain, lit_layer): (Vec<_>, Vec<_>) = connectors.into_iter().unzip();

    let boxes = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let node: &'static FlowNode = &NODES[r.node];
            let (x, y) = (x_of(r), y_of(i));
            let st = move || row_states.with(|v| v[i]);
            let lit = move || st().lit;
            let is_end = move || st().end;
            let row = std::sync::Arc::new(r.clone());
            let (open_row, text_row) = (row.clone(), row.clone());
            let open = move || st().open(&open_row);
            let ni = r.node;
            let aria = move || row.label(st());
            view! {
                <g
                    class=format!("node {}", kind_class(node))
                    class:lit=lit
                    class:end=is_end
                    class:open=open
                    data-node=node.id
                    tabindex="0"
                    role="button"
                    aria-label=aria
                    on:mouseenter=move |_| focused.set(Some(ni))
                    on:mouseleave=move |_| focused.set(keyboard_node())
                    on:focus=move |_| focused.set(Some(ni))
                    on:click=move |_| activate(node)
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            activate(node);
                        }
                    }
                >
                    <text class="edge-label" x=x y=y + 11>
                        {move || format!("{} ", text_row.edge_text(st()))}
                    </text>
                    <rect x=x y=y + BOX_TOP width=BOX_W height=BOX_H rx="6"/>
                    <text class="node-label" x=x + 9 y=y + BOX_TOP + 18>{node.label}</text>
                </g>
            }
        })
        .collect_view();

    let details = move || {
        let ni = focused.get().or_else(|| a.with(|a| a.flow.steps.last().map(|s| s.node)))?;
        let node: &'static FlowNode = &NODES[ni];
        let asks = node.asks.iter().filter_map(|q| question(q)).map(|q| q.title).collect::<Vec<_>>().join(", ");
        Some(view! {
            <div class="flow-details" aria-live="polite">
                <p><strong>{node.label}</strong></p>
                <p>{node.text}</p>
                {(!asks.is_empty()).then(|| view! { <p class="muted">"Reads your answers to: " {asks}</p> })}
                <p class="muted">"Sources: " <Cites sources=node.sources/></p>
            </div>
        })
    };

    let path_text = move || a.with(|a| a.flow.describe().into_iter().map(|t| view! { <li>{t}</li> }).collect_view());

    let agreement = move || {
        a.with(|a| {
            let (agrees, text) = a.flow.verdict(a.recommendation)?;
            let class = if agrees { "notice info flow-agreement" } else { "notice warn flow-agreement" };
            Some(view! { <p class=class data-agrees=agrees.to_string()>{text}</p> })
        })
    };

    view! {
        <section class="flowchart" aria-labelledby="flow-title">
            <h2 id="flow-title">"Decision flowchart"</h2>
            <p class="hint">{FLOWCHART_HINT}</p>
            {agreement}
            <p class="scroll-hint" aria-hidden="true">"Scroll sideways for the whole chart \u{2192}"</p>
            <div class="flow-scroll scroller" role="region" tabindex="0" aria-label="Flowchart, scrolls sideways">
                <svg
                    class="flow-svg"
                    viewBox=format!("0 0 {width} {height}")
                    width=width
                    height=height
                    role="group"
                    aria-label="Decision flowchart"
                >
                    {plain}
                    {lit_layer}
                    {boxes}
                </svg>
            </div>
            {details}
            <h3>"Your path, in words"</h3>
            <ol class="path-text">{path_text}</ol>
        </section>
    }
}
