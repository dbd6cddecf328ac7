//! The first-answer module for a team link (`#team.` then the members'
//! share fragments): `public/theme.js` has `public/early.js` load it instead
//! of `early-visit` for such a link. It is `early-visit` (`src/bin/early_visit.rs`)
//! with the team code linked too: the Team tab's panel and the message
//! saying who the link added (`src/team_html.rs`), put into the page before
//! the app has loaded, so that the team table is on screen at once.

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/render.rs"]
mod render;

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/visit.rs"]
mod entry;

/// The Team tab's notices and panel for a team link ([`team_html::messages`],
/// [`team_html::panel`]).
///
/// [`team_html::messages`]: django_flask_advisor::team_html::messages
/// [`team_html::panel`]: django_flask_advisor::team_html::panel
#[cfg(target_arch = "wasm32")]
fn team_view(v: &django_flask_advisor::visit::Visit) -> Option<(String, String)> {
    use django_flask_advisor::team_html;
    Some((team_html::messages(v.session.messages()), team_html::panel(&v.team, &v.session.library().profiles)))
}

fn main() {}
