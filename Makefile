# Stakegraph: `make demo` runs the main job on the Samples, `make test` runs the tests.
SWIFT ?= swift
OUT ?= out

.PHONY: deps build demo test bench clean

# Installs the C libraries (Graphviz's libgvc, SQLite) through apt-get when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libgvc sqlite3 2>/dev/null; then \
		echo "installing libgraphviz-dev, libsqlite3-dev and pkg-config"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev libsqlite3-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

demo: build
	$(SWIFT) run stakegraph analyze Samples/articles --out $(OUT)
	@echo "wrote $(OUT)/extraction.json, graph.dot, graph.svg, timeline.txt, timeline.svg and report.html"

test: deps
	$(SWIFT) test

bench: deps
	$(SWIFT) run -c release --package-path Benchmarks graph-bench
	$(SWIFT) run -c release --package-path Benchmarks store-bench

clean:
	rm -rf .build $(OUT)
