//! Entry point: mounts the UI. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    django_flask_advisor::ui::mount();
}
