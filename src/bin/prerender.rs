//! Prints the app's first screen as HTML (no saved work, no link, no
//! answers), for the Trunk hook `scripts/post-build.mjs` to put into
//! `index.html`'s `#app`. Build with `--features prerender`.

fn main() {
    print!("{}", django_flask_advisor::ui::prerender());
}
