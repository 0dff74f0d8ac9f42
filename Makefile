# pressroom: `make build` and `make test` work on a fresh clone; both install npm dependencies
# themselves when node_modules is missing or older than package-lock.json.
.PHONY: build test lint check bench browser typecheck layers unused docs clean fuzz

DEPS := node_modules/.package-lock.json

$(DEPS): package-lock.json package.json
	npm ci --no-audit --no-fund
	@node -e "import('./bin/cli-bundle.js').then((m) => m.precompiledCli())"
	@touch $@

## Build the sample content into output/ (web pages, PDF handouts, e-books).
build: $(DEPS) browser
	node bin/pressroom.js build content

## Run the whole test suite.
test: $(DEPS)
	npx vitest run

## Property-based tests with many more cases than CI runs (FUZZ_RUNS, default 2000).
fuzz: $(DEPS)
	FUZZ_RUNS=$${FUZZ_RUNS:-2000} npx vitest run tests/fuzz.test.ts

## Lint the content folder (what a clinic's CI runs on every change).
lint: $(DEPS)
	node bin/pressroom.js lint content

## Type-check, check the layering (dependency-cruiser) and find unused code and dependencies (knip).
check: typecheck layers unused

## Type-check the TypeScript sources.
typecheck: $(DEPS)
	npx tsc --noEmit

## The layers of pipeline/ (.dependency-cruiser.cjs): no cycles, nothing reaches up a layer.
layers: $(DEPS)
	npx depcruise pipeline --config .dependency-cruiser.cjs

## Unused files, exports and dependencies (knip.json).
unused: $(DEPS)
	npx knip
## Regenerate the README's rule and message tables from the message catalogue.
docs: $(DEPS)
	node bin/docs.js

## Measure speed and memory on a generated corpus (BENCH_N articles, BENCH_RUNS rounds) against the floor, pandoc and remark-lint.
bench: $(DEPS) browser
	node bin/bench.js

## Make sure a Chromium for the PDF handouts is available (installs one when it can).
browser:
	@sh bin/ensure-browser.sh

clean:
	rm -rf output
