# Two commands matter for a newcomer: `make serve` and `make test`.
# Every target installs what is missing first (scripts/setup.sh, idempotent).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
ENV := source scripts/env.sh &&

.PHONY: setup setup-browser serve dist test lint test-native test-e2e screenshots bench clean

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

## Build (release) and serve at http://127.0.0.1:8080, rebuilding on change (reload the page by hand).
serve: setup
	$(ENV) trunk serve --release

## Release build into dist/.
dist: setup
	$(ENV) trunk build --release

## Every test: formatting and lints, native (cargo test), then end to end in headless Chromium.
test: setup-browser lint test-native dist test-e2e

## rustfmt and clippy (native, every target; the browser build for wasm32), warnings are errors.
lint: setup
	scripts/lint.sh

## Native tests; then the app's result panel rendered with Leptos against the
## first-answer module's markup (tests/result_parity.rs), in the build the
## first-screen render uses (the prerender profile), so that build is shared.
test-native:
	$(ENV) cargo test --offline
	$(ENV) cargo test --offline --profile prerender --features prerender --test result_parity

test-e2e:
	$(ENV) node --test --test-concurrency=1 tests/e2e/*.test.mjs

## Screenshots of the main screens at desktop and phone widths, into screenshots/.
screenshots: dist
	$(ENV) node tests/e2e/screenshots.mjs

## Measure size, Lighthouse, load and answer latency, engine speed; compare with budgets.
bench: setup-browser dist
	$(ENV) node scripts/bench.mjs

clean:
	rm -rf dist target
