//! The user's answers and importance settings: the input of the engine, the
//! flowchart, the codecs and every search. Plain data with no scoring, so
//! that the engine and the flowchart both depend on it and not on each other.

use crate::knowledge::{question_index, Cond, QUESTIONS};

/// Number of questions in the knowledge base.
pub const QUESTION_COUNT: usize = QUESTIONS.len();

/// How much a question counts. Scales all of its effects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Importance {
    /// ×0: the answer is recorded but scores nothing.
    Ignore,
    /// ×0.5.
    Low,
    /// ×1 (the default).
    #[default]
    Normal,
    /// ×2.
    High,
}

impl Importance {
    /// All settings, from least to most.
    pub const ALL: [Importance; 4] = [Importance::Ignore, Importance::Low, Importance::Normal, Importance::High];

    /// Multiplier in percent: 0, 50, 100 or 200.
    pub const fn percent(self) -> i32 {
        match self {
            Importance::Ignore => 0,
            Importance::Low => 50,
            Importance::Normal => 100,
            Importance::High => 200,
        }
    }

    /// The setting as shown in menus, with its multiplier taken from
    /// [`Importance::percent`]: `"ignore (×0)"`, `"low (×0.5)"`, `"normal (×1)"`,
    /// `"high (×2)"`.
    pub fn label(self) -> String {
        let p = self.percent();
        let factor = if p % 100 == 0 { format!("{}", p / 100) } else { format!("{}.{}", p / 100, (p % 100) / 10) };
        format!("{} (×{factor})", self.id())
    }

    /// Stable id used in links and files: `ignore`, `low`, `normal`, `high`.
    pub const fn id(self) -> &'static str {
        match self {
            Importance::Ignore => "ignore",
            Importance::Low => "low",
            Importance::Normal => "normal",
            Importance::High => "high",
        }
    }

    /// The setting with this id, if any.
    pub fn from_id(id: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|i| i.id() == id)
    }
}

/// Error from setting an answer by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion(String),
    /// The question exists but has no option with this id.
    UnknownOption {
        /// The question id.
        question: &'static str,
        /// The rejected option id.
        option: String,
    },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question called \"{q}\""),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "\"{option}\" is not an option of the question \"{question}\"")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// The user's answers and importance settings, indexed like [`QUESTIONS`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Answers {
    choices: [Option<u8>; QUESTION_COUNT],
    importance: [Importance; QUESTION_COUNT],
}

impl Answers {
    /// No answers, every importance normal.
    pub fn new() -> Self {
        Self::default()
    }

    /// The chosen option index of question `q`, if answered.
    ///
    /// # Panics
    /// If `q >= QUESTION_COUNT`.
    pub fn choice(&self, q: usize) -> Option<usize> {
        self.choices[q].map(usize::from)
    }

    /// Answers question `q` with option index `option`, or clears it with `None`.
    /// An out-of-range option clears the answer.
    ///
    /// # Panics
    /// If `q >= QUESTION_COUNT`.
    pub fn set_choice(&mut self, q: usize, option: Option<usize>) {
        self.choices[q] = option.filter(|&o| o < QUESTIONS[q].options.len()).map(|o| o as u8);
    }

    /// Answers a question by its public ids.
    ///
    /// # Errors
    /// [`AnswerError`] when the question or the option id is unknown; the
    /// answers are then left unchanged.
    pub fn set_by_id(&mut self, question: &str, option: &str) -> Result<(), AnswerError> {
        let q = question_index(question).ok_or_else(|| AnswerError::UnknownQuestion(question.to_string()))?;
        let o = QUESTIONS[q]
            .option_index(option)
            .ok_or_else(|| AnswerError::UnknownOption { question: QUESTIONS[q].id, option: option.to_string() })?;
        self.set_choice(q, Some(o));
        Ok(())
    }

    /// Builder form of [`Answers::set_by_id`].
    ///
    /// # Panics
    /// On an unknown id; meant for tests and fixed data.
    pub fn with(mut self, question: &str, option: &str) -> Self {
        self.set_by_id(question, option).unwrap_or_else(|e| panic!("{e}"));
        self
    }

    /// The importance of question `q`.
    ///
    /// # Panics
    /// If `q >= QUESTION_COUNT`.
    pub fn importance(&self, q: usize) -> Importance {
        self.importance[q]
    }

    /// Sets the importance of question `q`.
    ///
    /// # Panics
    /// If `q >= QUESTION_COUNT`.
    pub fn set_importance(&mut self, q: usize, importance: Importance) {
        self.importance[q] = importance;
    }

    /// How many questions are answered.
    pub fn answered(&self) -> usize {
        self.choices.iter().filter(|c| c.is_some()).count()
    }

    /// True when the question with id `question` is answered with option `option`.
    pub fn is(&self, question: &str, option: &str) -> bool {
        question_index(question).and_then(|q| self.choice(q).map(|o| QUESTIONS[q].options[o].id == option)).unwrap_or(false)
    }

    /// True when `cond` holds for these answers (an unanswered question satisfies no `Is`).
    pub fn holds(&self, cond: &Cond) -> bool {
        match cond {
            Cond::Is(q, o) => self.is(q, o),
            Cond::Any(cs) => cs.iter().any(|c| self.holds(c)),
            Cond::None(cs) => !cs.iter().any(|c| self.holds(c)),
            Cond::All(cs) => cs.iter().all(|c| self.holds(c)),
            Cond::Answered(q) => question_index(q).is_some_and(|q| self.choice(q).is_some()),
        }
    }
}
