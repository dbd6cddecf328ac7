//! Entry point: mounts the UI, with the split points of the detail tabs
//! that the first screen never shows (see `ui::lazy`). Everything else
//! lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    django_flask_advisor::ui::mount(split::PANELS);
}

/// The split points: each function's body, and everything only it reaches,
/// goes into the WebAssembly module its attribute names (`details`,
/// `report`, `profiles`, `from_code`), fetched when first called. They are here rather
/// than in the library because a split point is an exported function, which
/// every binary linking the library would otherwise keep.
#[cfg(target_arch = "wasm32")]
mod split {
    use django_flask_advisor::ui::lazy::{self, FromCodeShared, Loading, Preloading, SplitLoaderError, SplitPanels};
    use django_flask_advisor::ui::TabId;
    use leptos::prelude::AnyView;
    use wasm_split_helpers::wasm_split;

    pub const PANELS: SplitPanels = SplitPanels { load, from_code, preload };

    /// A split point named as the panel it builds (`lazy::<name>`), in
    /// `module`: fallible, so that a module that cannot be fetched is an
    /// error the tab shows, not a panic.
    macro_rules! split_point {
        ($module:ident, $name:ident) => {
            #[wasm_split($module, fallible)]
            fn $name() -> Result<AnyView, SplitLoaderError> {
                Ok(lazy::$name())
            }
        };
    }

    split_point!(details, what_if);
    split_point!(details, flowchart);
    split_point!(details, comparison);
    split_point!(details, disagreements);
    split_point!(details, bom);
    split_point!(details, guidance);
    split_point!(details, sources);
    split_point!(report, report);
    split_point!(profiles, profiles);

    /// "Start from your code"'s body, in a module of its own.
    #[wasm_split(from_code, fallible)]
    fn from_code_body(shared: FromCodeShared) -> Result<AnyView, SplitLoaderError> {
        Ok(lazy::from_code(shared))
    }

    fn from_code(shared: FromCodeShared) -> Loading {
        Box::pin(from_code_body(shared))
    }

    fn load(tab: TabId) -> Option<Loading> {
        Some(match tab {
            TabId::WhatIf => Box::pin(what_if()),
            TabId::Flow => Box::pin(flowchart()),
            TabId::Compare => Box::pin(comparison()),
            TabId::Disagreements => Box::pin(disagreements()),
            TabId::Bom => Box::pin(bom()),
            TabId::After => Box::pin(guidance()),
            TabId::Sources => Box::pin(sources()),
            TabId::Report => Box::pin(report()),
            TabId::Profiles => Box::pin(profiles()),
            TabId::Why | TabId::Team => return None,
        })
    }

    /// One function of each module: the others are in the same module.
    fn preload() -> Vec<Preloading> {
        vec![
            Box::pin(__wasm_split_preload_what_if()),
            Box::pin(__wasm_split_preload_report()),
            Box::pin(__wasm_split_preload_profiles()),
            Box::pin(__wasm_split_preload_from_code_body()),
        ]
    }
}
