//! Service worker registration and the "new version available" offer.
//!
//! The worker (`public/sw.js`) serves the app from a cache per build. When a
//! new build is deployed it installs in the background and waits; this
//! module notices the waiting worker and offers a reload, so the user is
//! never switched to a new version mid-assessment.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{RegistrationOptions, ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache};

/// Registers the service worker. `update_ready` becomes true when a new
/// version is installed and waiting.
pub fn register(update_ready: RwSignal<bool>) {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let options = RegistrationOptions::new();
    // The worker script itself is never taken from the HTTP cache.
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options("sw.js", &options);
    let had_controller = container.controller().is_some();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        if reg.waiting().is_some() && had_controller {
            update_ready.set(true);
        }
        let reg_for_update = reg.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg_for_update.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // An installed worker with a controller in place is an update.
                if worker.state() == ServiceWorkerState::Installed && window().navigator().service_worker().controller().is_some() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Switches to the waiting version and reloads once it has taken control.
fn apply_update() {
    let container = window().navigator().service_worker();
    let on_change = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        if let Some(waiting) = reg.waiting() {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}

/// The offer to reload into a new version.
#[component]
pub fn UpdateBanner(update_ready: RwSignal<bool>) -> impl IntoView {
    move || {
        update_ready.get().then(|| {
            view! {
                <div class="notice info update-banner" role="status">
                    <span>"A new version of the advisor is available. Your work is saved; reload when it suits you."</span>
                    <button type="button" class="button" id="apply-update" on:click=move |_| apply_update()>"Reload now"</button>
                    <button type="button" class="link-button" on:click=move |_| update_ready.set(false)>"Later"</button>
                </div>
            }
        })
    }
}
