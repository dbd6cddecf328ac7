# Two commands matter for a newcomer: `make serve` and `make test`.
# Every target installs what is missing first (scripts/setup.sh, idempotent).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
ENV := source scripts/env.sh &&

.PHONY: setup setup-browser serve dist test test-checks test-browser lint test-native test-e2e screenshots bench clean

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

## The build-time render of the first screen (src/bin/prerender.rs, native)
## has its own target directory (target/render; not target/prerender, which
## is the prerender profile's output folder in target/), so that it builds
## beside the browser build,
## which holds the lock of target/; the Trunk hook (scripts/post-build.mjs)
## runs it from there, waiting for that build if it is still going.
PRERENDER := CARGO_TARGET_DIR=target/render cargo build --quiet --offline --profile prerender --features prerender --bin prerender

## The app's four WebAssembly binaries, built by one cargo run before Trunk
## asks for each in turn: cargo links them (each with link-time
## optimisation) two at a time instead of one after the other, and Trunk's
## own cargo runs then find them built.
WASM_BINS := cargo build --quiet --offline --release --target wasm32-unknown-unknown --bins

## Build (release) and serve at http://127.0.0.1:8080, rebuilding on change (reload the page by hand).
serve: setup
	$(ENV) { $(PRERENDER) & } ; $(WASM_BINS); trunk serve --release

## Release build into dist/: the browser build and the first screen's renderer side by side.
dist: setup
ifdef LINTED
	$(ENV) source scripts/wasm-lint-env.sh && $(WASM_BINS); trunk build --release
else
	$(ENV) { $(PRERENDER) & pid=$$!; } ; $(WASM_BINS); trunk build --release; wait $$pid
endif

## Every test: formatting and the native tests (built through clippy, so
## that they are linted as they compile) in one stream, beside the release
## build (also built through clippy: the wasm32 lints) and the end-to-end
## tests in another. The first stream builds in target/render (native), the
## second in target/ (the release build); the release build's hook then runs
## the renderer from target/render, where cargo finds it built (it would
## wait only while the first stream is compiling there: cargo holds a target
## directory's lock while it compiles, not while the tests run). Each
## stream's output is printed when it ends.
## Under `make test` (LINTED) the first-screen renderer comes from the
## linted native build (scripts/test-native.sh builds it with the tests, and
## the release build's hook runs it from there) instead of a build of its
## own, and the release build lints the wasm32 code as it compiles
## (scripts/wasm-lint-env.sh) instead of a separate clippy run.
test: export LINTED := 1
test: setup-browser
	$(MAKE) --no-print-directory -j2 --output-sync=recurse test-checks test-browser

test-checks: setup
	scripts/lint.sh --fmt-only
	scripts/test-native.sh

test-browser:
	$(MAKE) --no-print-directory -j1 dist test-e2e

## rustfmt and clippy (native, every target; the browser build for wasm32), warnings are errors.
lint: setup
	scripts/lint.sh

## Native tests, every target linted by clippy as it is built (warnings are
## errors), with the build-time render's feature: the app's result panel
## rendered with Leptos is compared with the first-answer module's markup
## (tests/result_parity.rs) among them. In target/render, the render's
## build folder.
test-native: setup
	scripts/test-native.sh

## End-to-end files two at a time (each has its own server and browser).
test-e2e:
	$(ENV) node --test --test-concurrency=2 tests/e2e/*.test.mjs

## Screenshots of the main screens at desktop and phone widths, into screenshots/.
screenshots: dist
	$(ENV) node tests/e2e/screenshots.mjs

## Measure size, Lighthouse, load and answer latency, engine speed; compare with budgets.
bench: setup-browser dist
	$(ENV) node scripts/bench.mjs

clean:
	rm -rf dist target
