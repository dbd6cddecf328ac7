//! The web worker of "Start from your code": a second WebAssembly binary,
//! loaded by `public/depfiles-loader.js` only when the user opens that
//! feature, so that the parsers and the package table stay out of the first
//! load. It listens for JSON [`Request`](django_flask_advisor::depfiles::Request)
//! strings and answers each with a JSON
//! [`Reply`](django_flask_advisor::depfiles::Reply); it first posts `Ready`.
//!
//! Natively it reads the files named on the command line and prints the
//! JSON analysis (today's month taken as December 9999 unless
//! `DEPFILES_TODAY=YYYY-MM` is set).

#[cfg(target_arch = "wasm32")]
fn main() {
    use django_flask_advisor::depfiles::{answer, Reply};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |msg: MessageEvent| {
        let text = msg.data().as_string().unwrap_or_default();
        let _ = reply_to.post_message(&JsValue::from_str(&answer(&text)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = serde_json::to_string(&Reply::Ready).unwrap_or_default();
    let _ = scope.post_message(&JsValue::from_str(&ready));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use django_flask_advisor::depfiles::{analyse, decode, InputFile, Request};
    let today = std::env::var("DEPFILES_TODAY")
        .ok()
        .and_then(|t| {
            let (y, m) = t.split_once('-')?;
            Some((y.parse().ok()?, m.parse().ok()?))
        })
        .unwrap_or((9999, 12));
    let mut files = Vec::new();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path).map_err(|e| e.to_string()).and_then(|b| decode(&b).map_err(|e| e.describe())) {
            Ok(text) => files.push(InputFile { name: path, text }),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    let analysis = analyse(&Request { files, today, counted: Vec::new() });
    println!("{}", serde_json::to_string_pretty(&analysis).unwrap_or_default());
}
