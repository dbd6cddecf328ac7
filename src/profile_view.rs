//! What the current profile makes relevant: highlighted comparison rows and
//! the bill of materials. Pure functions over [`Answers`].

use crate::engine::{Answers, Importance};
use crate::knowledge::bom::{self, Capability, CountText, CAPABILITIES};
use crate::knowledge::tables::TABLES;
use crate::knowledge::{Part, QUESTIONS};

/// The rows relevant to `answers`, as `(table index, row index, reason)`,
/// in table order. A row's first matching relevance gives the reason.
pub fn relevant_rows(answers: &Answers) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    for (ti, t) in TABLES.iter().enumerate() {
        for (ri, r) in t.rows.iter().enumerate() {
            if let Some(rel) = r.relevant.iter().find(|rel| answers.holds(&rel.when)) {
                out.push((ti, ri, rel.reason));
            }
        }
    }
    out
}

/// The capabilities this profile needs: the ones every web system needs
/// plus those its answers call for.
pub fn needed_capabilities(answers: &Answers) -> Vec<&'static Capability> {
    CAPABILITIES.iter().filter(|c| c.needed_when.as_ref().is_none_or(|w| answers.holds(w))).collect()
}

/// How many components a new Flask build of this profile must add and keep
/// up to date itself (needed capabilities not covered by Flask's core). For
/// a profile with an existing system, [`build_list`] gives the honest count.
pub fn flask_components(answers: &Answers) -> usize {
    needed_capabilities(answers).iter().filter(|c| c.cover.is_flask_extra()).count()
}

/// The system the build list describes, from the `existing_codebase` answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Situation {
    /// A new project (or the question is unanswered).
    NewBuild,
    /// An existing Flask system.
    ExistingFlask,
    /// An existing Django system.
    ExistingDjango,
}

impl Situation {
    /// Stable id (`data-situation`): `new`, `existing_flask` or `existing_django`.
    pub const fn id(self) -> &'static str {
        match self {
            Situation::NewBuild => "new",
            Situation::ExistingFlask => "existing_flask",
            Situation::ExistingDjango => "existing_django",
        }
    }
}

/// Where one capability stands for this profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The profile does not call for it.
    NotNeeded,
    /// A new build needs it.
    Needed,
    /// Every running Flask system already has it.
    Running,
    /// The answers call for it and an existing Flask system may lack it (counted).
    Check,
    /// Every live system needs it; an existing Flask system should check it (not counted).
    Baseline,
    /// An existing Django system provides it.
    DjangoHas,
    /// A Flask service beside an existing Django system needs it.
    Service,
    /// The project's dependency files show an existing Flask system already
    /// has it (see [`with_code`]; not counted).
    Have,
}

impl Status {
    /// True when the row is counted in the build list's sentence (when its
    /// capability is a Flask extra): needed by a new build, possibly
    /// missing from a running Flask system, or needed by a Flask service
    /// beside Django.
    pub const fn counted(self) -> bool {
        matches!(self, Status::Needed | Status::Check | Status::Service)
    }

    /// True when the row is shown without "show all".
    pub const fn shown(self) -> bool {
        !matches!(self, Status::NotNeeded)
    }

    /// The status line shown under the capability's name.
    pub fn text(self, c: &Capability) -> String {
        match self {
            Status::NotNeeded => bom::STATUS_NOT_NEEDED.to_string(),
            Status::Needed => format!("{}{}", bom::STATUS_NEEDED, c.because),
            Status::Running => bom::STATUS_RUNNING.to_string(),
            Status::Check => format!("{}{}", bom::STATUS_CHECK, c.because),
            Status::Baseline => format!("{}{}", bom::STATUS_BASELINE, c.because),
            Status::DjangoHas => bom::STATUS_DJANGO_HAS.to_string(),
            Status::Service => bom::STATUS_SERVICE.to_string(),
            Status::Have => bom::STATUS_HAVE.to_string(),
        }
    }

    /// [`Status::text`], followed for [`Status::Have`] by the packages that
    /// provide the capability, as the dependency files name them
    /// ("Flask-Login, Flask-Principal").
    pub fn text_with(self, c: &Capability, packages: &[String]) -> String {
        match self {
            Status::Have => format!("{}{}", self.text(c), packages.join(", ")),
            _ => self.text(c),
        }
    }

    /// Stable id, for styling and tests (`data-status`).
    pub const fn id(self) -> &'static str {
        match self {
            Status::NotNeeded => "not-needed",
            Status::Needed => "needed",
            Status::Running => "running",
            Status::Check => "check",
            Status::Baseline => "baseline",
            Status::DjangoHas => "django-has",
            Status::Service => "service",
            Status::Have => "have",
        }
    }
}

/// The build list for one profile: every capability with its status, the
/// count shown and the sentence around it.
#[derive(Clone, Debug)]
pub struct BuildList {
    /// New build, existing Flask or existing Django.
    pub situation: Situation,
    /// For an existing Django system: whether the answers name a separable
    /// Flask-suited part, so a Flask service beside it is listed.
    pub flask_service: bool,
    /// Every capability in display order, with its status.
    pub rows: Vec<(&'static Capability, Status)>,
    /// The number in the sentence: components to add (new build), that may
    /// still be missing (existing Flask), or that a Flask service beside
    /// Django adds (existing Django).
    pub count: usize,
    /// The sentence around the count.
    pub text: CountText,
}

impl PartialEq for BuildList {
    /// Two lists are equal when they show the same statuses and count
    /// (capabilities are static, so their ids suffice).
    fn eq(&self, other: &Self) -> bool {
        self.situation == other.situation
            && self.flask_service == other.flask_service
            && self.count == other.count
            && self.rows.len() == other.rows.len()
            && self.rows.iter().zip(&other.rows).all(|(a, b)| a.0.id == b.0.id && a.1 == b.1)
    }
}

/// True when some answer (not ignored) names a separable Flask-suited part.
fn names_flask_part(answers: &Answers) -> bool {
    QUESTIONS.iter().enumerate().any(|(qi, q)| {
        answers.importance(qi) != Importance::Ignore
            && answers.choice(qi).is_some_and(|ci| q.options[ci].part == Some(Part::FlaskSatellite))
    })
}

/// The build list for `answers`. A new build counts every Flask extra the
/// profile needs. An existing Flask system shows what every running Flask
/// system has as already running and counts only the extras the answers
/// call for, as what may still be missing. An existing Django system
/// provides its column; when the answers name a separable Flask-suited part,
/// the list shows what a Flask service beside it needs and counts its extras.
pub fn build_list(answers: &Answers) -> BuildList {
    let situation = if answers.is("existing_codebase", "existing_flask") {
        Situation::ExistingFlask
    } else if answers.is("existing_codebase", "existing_django") {
        Situation::ExistingDjango
    } else {
        Situation::NewBuild
    };
    let flask_service = situation == Situation::ExistingDjango && names_flask_part(answers);
    let rows: Vec<(&'static Capability, Status)> = CAPABILITIES
        .iter()
        .map(|c| {
            let needed = c.needed_when.as_ref().is_none_or(|w| answers.holds(w));
            let called_for = c.needed_when.as_ref().is_some_and(|w| answers.holds(w));
            let status = match situation {
                Situation::NewBuild if needed => Status::Needed,
                Situation::ExistingFlask if c.running => Status::Running,
                Situation::ExistingFlask if called_for => Status::Check,
                Situation::ExistingFlask if needed => Status::Baseline,
                Situation::ExistingDjango if flask_service && c.service => Status::Service,
                Situation::ExistingDjango if needed => Status::DjangoHas,
                _ => Status::NotNeeded,
            };
            (c, status)
        })
        .collect();
    let text = match situation {
        Situation::NewBuild => bom::COUNT_NEW,
        Situation::ExistingFlask => bom::COUNT_EXISTING_FLASK,
        Situation::ExistingDjango if flask_service => bom::COUNT_DJANGO_WITH_SERVICE,
        Situation::ExistingDjango => bom::COUNT_DJANGO_ONLY,
    };
    let mut list = BuildList { situation, flask_service, rows, count: 0, text };
    list.count = list.counted_rows().len();
    list
}

impl BuildList {
    /// The rows its count sentence counts: the Flask extras a Flask team
    /// adds (or checks, for a running Flask system) for these answers.
    pub fn counted_rows(&self) -> Vec<&'static Capability> {
        self.rows.iter().filter(|(c, s)| s.counted() && c.cover.is_flask_extra()).map(|(c, _)| *c).collect()
    }
}

/// The build list of an existing Flask system, with what its dependency
/// files show it already has: each row whose capability is in `present`
/// (capability id and the packages providing it, as from
/// [`crate::depfiles::Analysis::present`]) becomes [`Status::Have`] and
/// leaves the count of what may still be missing. Returns the list and, row
/// by row, the packages behind each `Have`. Other situations are unchanged.
pub fn with_code(mut list: BuildList, present: &[(String, Vec<String>)]) -> (BuildList, Vec<Vec<String>>) {
    let mut have = vec![Vec::new(); list.rows.len()];
    if list.situation != Situation::ExistingFlask {
        return (list, have);
    }
    for (i, (c, status)) in list.rows.iter_mut().enumerate() {
        if *status == Status::Running {
            continue;
        }
        if let Some((_, packages)) = present.iter().find(|(id, _)| id == c.id) {
            *status = Status::Have;
            have[i].clone_from(packages);
        }
    }
    list.count = list.counted_rows().len();
    (list, have)
}
