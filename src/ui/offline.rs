//! Service worker registration and the "new version available" offer.
//!
//! The worker (`public/sw.js`) serves the app from a cache per build. When a
//! new build is deployed it installs in the background and waits; this
//! module notices the waiting worker and offers a reload, so the user is
//! never switched to a new version mid-assessment.
//!
//! It also warms the reader of "Start from your code" ([`warm_reader`]):
//! once the app is live and the browser is idle, the worker caches the
//! reader's files, so the feature works offline even if it was never opened
//! online.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{RegistrationOptions, ServiceWorkerRegistration, ServiceWorkerState, ServiceWorkerUpdateViaCache};

/// Registers the service worker, then warms the reader ([`warm_reader`]).
/// `update_ready` becomes true when a new version is installed and waiting.
/// Called once start-up has finished (`<html data-ready>`), so after the
/// app has taken over the page (`<html data-live>`) with the first answer
/// on screen.
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
    warm_reader();
}

/// The message that asks the active worker to cache the reader's files
/// (`warmReader` in `public/sw.js`).
const WARM_READER: &str = "warm-reader";

/// How long to wait for the browser to be idle before warming anyway, in
/// milliseconds: `requestIdleCallback`'s own timeout, and the delay used
/// where the browser has no such call.
const IDLE_TIMEOUT_MS: i32 = 10_000;

/// Asks the service worker to cache the reader of "Start from your code"
/// (its loader, glue and WebAssembly), once the worker is active and the
/// browser is idle, so that the reader works offline even if the user never
/// opened it online. On a first visit the worker becomes active after it
/// has cached the app, so this comes after that too.
///
/// Not when the user has asked for less data (`Save-Data`,
/// `navigator.connection.saveData`): then nothing is fetched ahead, and the
/// reader is still downloaded, and cached, when the user opens it.
fn warm_reader() {
    if save_data() {
        return;
    }
    let Ok(ready) = window().navigator().service_worker().ready() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(ready).await else { return };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        when_idle(move || {
            if let Some(active) = reg.active() {
                let _ = active.post_message(&JsValue::from_str(WARM_READER));
            }
        });
    });
}

/// Whether the user asked the browser to save data
/// (`navigator.connection.saveData`; false where the browser does not say).
fn save_data() -> bool {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("connection"))
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("saveData")).ok())
        .is_some_and(|s| s.is_truthy())
}

/// Runs `work` once the browser is idle (`requestIdleCallback`, at most
/// [`IDLE_TIMEOUT_MS`] later), or after [`IDLE_TIMEOUT_MS`] where the
/// browser has no such call.
fn when_idle(work: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(work);
    let win = window();
    let idle =
        js_sys::Reflect::get(&win, &JsValue::from_str("requestIdleCallback")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(idle) = idle {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &JsValue::from(IDLE_TIMEOUT_MS));
        if idle.call2(&win, &callback, &options).is_ok() {
            return;
        }
    }
    let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), IDLE_TIMEOUT_MS);
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
                    <span>{crate::knowledge::interface::NEW_VERSION}</span>
                    <button type="button" class="button" id="apply-update" on:click=move |_| apply_update()>"Reload now"</button>
                    <button type="button" class="link-button" on:click=move |_| update_ready.set(false)>"Later"</button>
                </div>
            }
        })
    }
}

/// Resolves once a service worker controls the page: at once on a return
/// visit, after the first install's `clients.claim()` (`public/sw.js`) on a
/// first visit, so that what the page fetches from then on comes from the
/// worker's cache; never when the browser has no service worker (or it
/// could not be installed).
pub async fn controlled() {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return std::future::pending().await;
    }
    let container = navigator.service_worker();
    if container.controller().is_some() {
        return;
    }
    let changed = js_sys::Promise::new(&mut |resolve, _| {
        let _ = container.add_event_listener_with_callback("controllerchange", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(changed).await;
}
