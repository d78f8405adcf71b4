# Stakegraph: `make demo` runs the main job on the Samples, `make test` runs the tests.
SWIFT ?= swift
OUT ?= out

.PHONY: deps build demo test bench bench-graph bench-store bench-html fuzz scale-demo clean

# Installs the C libraries (Graphviz's libgvc, SQLite, libxml2, zlib) through apt-get when
# pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libgvc sqlite3 libxml-2.0 zlib 2>/dev/null; then \
		echo "installing libgraphviz-dev, libsqlite3-dev, libxml2-dev, zlib1g-dev and pkg-config"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgraphviz-dev libsqlite3-dev libxml2-dev zlib1g-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

demo: build
	$(SWIFT) run stakegraph analyze Samples/articles --out $(OUT)
	@echo "wrote $(OUT)/extraction.json, graph.dot, graph.svg, timeline.txt, timeline.svg and report.html"

test: deps
	$(SWIFT) test

# One table: extraction MB/s and words/s on one core and all cores, JSON output, graph build,
# a 200-node SVG, a one-line 10 MB article, a many-interaction article at 1, 3 and 10 MB and
# peak memory, on a 100 MB synthetic corpus.
bench: deps
	$(SWIFT) run -c release --package-path Benchmarks stakegraph-bench $(BENCH_ARGS)

# The graph core on 1,000,000 interactions.
bench-graph: deps
	$(SWIFT) run -c release --package-path Benchmarks graph-bench

# The store on 10,000 articles, SQLite and PostgreSQL side by side. PostgreSQL is the database
# at BENCH_POSTGRES_URL (a user who may create databases), or else a throwaway server started
# from the machine's PostgreSQL programs; without either its column says why it is missing.
BENCH_POSTGRES_URL ?=
bench-store: deps
	@$(SWIFT) build -c release --package-path Benchmarks --product store-bench
	@if [ -n "$(BENCH_POSTGRES_URL)" ]; then \
		Benchmarks/.build/release/store-bench --postgres "$(BENCH_POSTGRES_URL)" $(BENCH_ARGS); \
	elif dir=$$(mktemp -d /tmp/stakegraph-bench-pg.XXXXXX) && chmod 755 $$dir && url=$$(scripts/postgres-server.sh start $$dir/cluster 2>$$dir/error); then \
		Benchmarks/.build/release/store-bench --postgres "$$url" $(BENCH_ARGS); status=$$?; \
		scripts/postgres-server.sh stop $$dir/cluster; rm -rf $$dir; exit $$status; \
	else \
		Benchmarks/.build/release/store-bench --no-postgres "$$(head -1 $$dir/error)" $(BENCH_ARGS); rm -rf $$dir; \
	fi

# Web-page reading on the article-extraction benchmark (../shared/bench/article-extraction):
# F1, precision and recall of the body, pages/s and MB/s on one core, beside trafilatura, which
# is installed from PyPI into a throwaway venv under .build (never a dependency of Stakegraph);
# its column is skipped, with a note, when PyPI cannot be reached.
BENCH_HTML_DATA ?= ../shared/bench/article-extraction
BENCH_VENV = .build/bench-venv
bench-html: deps
	@if [ ! -x $(BENCH_VENV)/bin/python ] || ! $(BENCH_VENV)/bin/python -c "import trafilatura" 2>/dev/null; then \
		echo "installing trafilatura and lxml_html_clean into $(BENCH_VENV)"; \
		python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q trafilatura lxml_html_clean >/dev/null 2>&1 \
			|| echo "PyPI unreachable or venv unavailable: trafilatura's column will be skipped"; \
	fi
	$(SWIFT) run -c release --package-path Benchmarks html-bench --data $(BENCH_HTML_DATA) \
		$$($(BENCH_VENV)/bin/python -c "import trafilatura" 2>/dev/null && echo --python $(BENCH_VENV)/bin/python) $(BENCH_ARGS)

# The extraction of a synthetic corpus (SCALE_MB megabytes, default 20) through Apache Spark in
# local mode with 2 workers (RDD.pipe of `stakegraph extract --jsonl -`), merged by
# `stakegraph graph` and checked byte for byte against one process; prints both timings.
# PySpark is installed from PyPI into a throwaway venv under .build; Spark needs Java 17+.
scale-demo: deps
	scripts/scale-demo.sh

# libFuzzer on the five readers (front matter, JSON Lines, dictionary, extractor, web page), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = front-matter json-lines dictionary extractor web-page
fuzz: deps
	$(SWIFT) build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
	@mkdir -p .fuzz
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p .fuzz/$$t; \
		echo "fuzzing $$t for $(FUZZ_SECONDS) s (crashes go to .fuzz/$$t-crash-*)"; \
		SWIFT_BACKTRACE=enable=no Fuzz/.build/release/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-max_len=65536 -print_final_stats=1 -artifact_prefix=.fuzz/$$t- .fuzz/$$t Fuzz/seeds/$$t Fuzz/regressions/$$t \
			> .fuzz/$$t.log 2>&1 || { echo "fuzz-$$t failed: see .fuzz/$$t.log"; exit 1; }; \
		grep -E '^Done' .fuzz/$$t.log; \
	done

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build .fuzz $(OUT)
