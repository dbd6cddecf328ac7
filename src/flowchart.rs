//! The lit path through the decision flowchart, and the flowchart's layout
//! as an indented tree. Pure and deterministic, like the engine.
//!
//! The chart is the quick view: it follows the first decisive answer at each
//! decision. The score weighs every answer. When the two disagree the UI says
//! so (see [`FlowPath::agrees_with`]).

use crate::answers::Answers;
use crate::knowledge::flowchart::{chart_vs_score, FlowEdge, FlowNode, EDGES, NODES, ROOT};
use crate::knowledge::method::FLOW_VS_SCORE;
use crate::knowledge::{question_index, Framework};

/// Index of the node with this id in [`NODES`].
///
/// # Panics
/// On an id that is not in the data (a bug in the knowledge base, caught by tests).
pub fn node_index(id: &str) -> usize {
    NODES.iter().position(|n| n.id == id).unwrap_or_else(|| panic!("unknown flowchart node {id}"))
}

/// Indices into [`EDGES`] of the edges leaving node `node`, in order.
pub fn edges_from(node: usize) -> impl Iterator<Item = usize> {
    let id = NODES[node].id;
    EDGES.iter().enumerate().filter(move |(_, e)| e.from == id).map(|(i, _)| i)
}

/// One step of the path: a node and, unless it is the last, the edge taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index into [`NODES`].
    pub node: usize,
    /// Index into [`EDGES`] of the edge taken from it, if any.
    pub edge: Option<usize>,
    /// True when the edge was taken by assumption (its question unanswered).
    pub assumed: bool,
}

/// The path the answers light, from the root to a leaf or an open decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowPath {
    /// The steps, root first. The last step has no edge.
    pub steps: Vec<Step>,
    /// When the path ends on an open decision: the ids of the questions it
    /// reads that are still unanswered (empty otherwise, or when every one is
    /// answered and the answers fit no edge).
    pub waiting: Vec<&'static str>,
}

impl FlowPath {
    /// The last node reached.
    pub fn end(&self) -> &'static FlowNode {
        &NODES[self.steps.last().expect("a path has at least the root").node]
    }

    /// The leaf's framework, or `None` while the path ends on an open decision.
    pub fn leaf(&self) -> Option<Framework> {
        self.end().leaf
    }

    /// True when the path ends on an open decision (its answers are missing).
    pub fn is_open(&self) -> bool {
        !self.end().is_leaf()
    }

    /// Indices of the edges taken, root first.
    pub fn edges(&self) -> Vec<usize> {
        self.steps.iter().filter_map(|s| s.edge).collect()
    }

    /// True when the node is on the path.
    pub fn contains(&self, node: usize) -> bool {
        self.steps.iter().any(|s| s.node == node)
    }

    /// The path in words, one sentence per step, root first: the decision
    /// and the answer taken (marked when assumed), then the result or, for
    /// an open decision, the questions that would continue it.
    pub fn describe(&self) -> Vec<String> {
        self.steps
            .iter()
            .map(|s| {
                let node = &NODES[s.node];
                match s.edge {
                    Some(e) => {
                        format!("{} \u{2014} {}{}", node.label, EDGES[e].label, if s.assumed { " (assumed until you answer)" } else { "" })
                    }
                    None if node.is_leaf() => format!("Result: {}", node.text),
                    None => {
                        // Name the missing answers; if none is missing (answers
                        // that fit no edge), every question the decision reads.
                        let asks: &[&str] = if self.waiting.is_empty() { node.asks } else { &self.waiting };
                        let titles: Vec<String> = asks
                            .iter()
                            .filter_map(|q| crate::knowledge::question(q))
                            .map(|q| format!("\u{201c}{}\u{201d}", q.title))
                            .collect();
                        let titles = match titles.split_last() {
                            Some((last, init)) if !init.is_empty() => format!("{} or {last}", init.join(", ")),
                            _ => titles.concat(),
                        };
                        format!("Still open: {} Answer {titles} to continue.", node.text)
                    }
                }
            })
            .collect()
    }

    /// Whether the chart's leaf agrees with a scored recommendation:
    /// `None` while either is missing.
    pub fn agrees_with(&self, recommendation: Option<Framework>) -> Option<bool> {
        Some(self.leaf()? == recommendation?)
    }

    /// The chart's verdict beside the score, in a sentence, with whether
    /// they agree: "The chart and the score agree: Django.", or
    /// [`FlowPath::disagreement`]. `None` while either is missing.
    pub fn verdict(&self, recommendation: Option<Framework>) -> Option<(bool, String)> {
        let rec = recommendation?;
        self.leaf()?;
        Some(match self.disagreement(Some(rec)) {
            None => (true, format!("The chart and the score agree: {}.", rec.name())),
            Some(why) => (false, why),
        })
    }

    /// When the chart's leaf and the scored recommendation differ: what
    /// differs and why, in words (the same text on the page and in the
    /// report). `None` when they agree or either is missing.
    pub fn disagreement(&self, recommendation: Option<Framework>) -> Option<String> {
        let (leaf, rec) = (self.leaf()?, recommendation?);
        (leaf != rec).then(|| format!("{} {}", chart_vs_score(leaf, rec), FLOW_VS_SCORE))
    }
}

/// Walks the flowchart from the root with `answers`.
///
/// At each decision the first edge whose condition holds is taken. The
/// root's "new project" edge is also taken while the existing-code question is
/// unanswered, marked as assumed, unless the project stage says the system
/// already exists: then the path waits at the root. A decision none of whose
/// edges holds ends the path as open.
pub fn path(answers: &Answers) -> FlowPath {
    let mut steps = Vec::new();
    let mut node = node_index(ROOT);
    for _ in 0..NODES.len() {
        let mut taken = None;
        for ei in edges_from(node) {
            let e: &FlowEdge = &EDGES[ei];
            if answers.holds(&e.when) {
                taken = Some((ei, false));
                break;
            }
            let assumed = e
                .assume
                .is_some_and(|a| question_index(a.unanswered).is_some_and(|q| answers.choice(q).is_none()) && !answers.holds(&a.unless));
            if assumed {
                taken = Some((ei, true));
                break;
            }
        }
        match taken {
            Some((ei, assumed)) => {
                steps.push(Step { node, edge: Some(ei), assumed });
                node = node_index(EDGES[ei].to);
            }
            None => break,
        }
    }
    steps.push(Step { node, edge: None, assumed: false });
    let waiting = if NODES[node].is_leaf() {
        Vec::new()
    } else {
        NODES[node].asks.iter().copied().filter(|q| question_index(q).is_some_and(|qi| answers.choice(qi).is_none())).collect()
    };
    FlowPath { steps, waiting }
}

/// One row of the flowchart drawn as an indented tree. Nodes reached by
/// several edges appear once per route, so every route reads top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Index into [`NODES`].
    pub node: usize,
    /// The edge from the parent row (`None` for the root).
    pub edge: Option<usize>,
    /// Depth in the tree (root 0).
    pub depth: usize,
    /// Index of the parent row.
    pub parent: Option<usize>,
    /// Edges from the root to this row.
    pub route: Vec<usize>,
}

impl Row {
    /// True when this row lies on the lit path: its route is a prefix of the path's edges.
    pub fn is_lit(&self, path: &FlowPath) -> bool {
        let edges = path.edges();
        self.route.len() <= edges.len() && edges[..self.route.len()] == self.route[..]
    }
}

/// How one row of the chart is drawn for a path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowState {
    /// On the path ([`Row::is_lit`]).
    pub lit: bool,
    /// The last row of the path: where the answers lead.
    pub end: bool,
    /// Reached by an edge the path only assumes (the project is taken as
    /// new until the existing-code question is answered).
    pub assumed: bool,
}

impl RowState {
    /// The state of `row` for `path`.
    pub fn of(row: &Row, path: &FlowPath) -> RowState {
        let lit = row.is_lit(path);
        RowState {
            lit,
            end: lit && path.steps.len() == row.route.len() + 1,
            assumed: lit && row.route.last().is_some_and(|&e| path.steps.iter().any(|s| s.edge == Some(e) && s.assumed)),
        }
    }

    /// True when the path ends at this row on a decision: it waits for an answer.
    pub fn open(self, row: &Row) -> bool {
        self.end && !NODES[row.node].is_leaf()
    }
}

/// Every row's state for `path`, in row order.
pub fn row_states(rows: &[Row], path: &FlowPath) -> Vec<RowState> {
    rows.iter().map(|r| RowState::of(r, path)).collect()
}

impl Row {
    /// The text above the row's box: the edge that leads to it ("start"
    /// for the root), marked when the path only assumes it.
    pub fn edge_text(&self, state: RowState) -> String {
        let edge = self.edge.map_or("start", |e| EDGES[e].label);
        if state.assumed {
            format!("{edge} (assumed until you answer)")
        } else {
            edge.to_string()
        }
    }

    /// The box's accessible name: the visible text first (so that speech
    /// users can say what they see), then where it stands on the path and
    /// what activating it does.
    pub fn label(&self, state: RowState) -> String {
        let node = &NODES[self.node];
        let status = if state.open(self) {
            "open: waiting for an answer"
        } else if state.end {
            "end of your path"
        } else if state.lit {
            "on your path"
        } else {
            "not on your path"
        };
        let action = if node.is_leaf() { "Activate to see the result." } else { "Activate to go to its question." };
        format!("{} {}, {status}. {action}", self.edge_text(state), node.label)
    }
}

/// The flowchart as rows of an indented tree, in depth-first order.
pub fn rows() -> Vec<Row> {
    fn walk(node: usize, edge: Option<usize>, depth: usize, parent: Option<usize>, route: Vec<usize>, out: &mut Vec<Row>) {
        let me = out.len();
        out.push(Row { node, edge, depth, parent, route: route.clone() });
        for ei in edges_from(node) {
            let mut r = route.clone();
            r.push(ei);
            walk(node_index(EDGES[ei].to), Some(ei), depth + 1, Some(me), r, out);
        }
    }
    let mut out = Vec::new();
    walk(node_index(ROOT), None, 0, None, Vec::new(), &mut out);
    out
}
