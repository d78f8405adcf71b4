"""Times trafilatura on the article-extraction benchmark's pages, for `make bench-html`.

Usage: python trafilatura_bench.py DATA_DIR OUTPUT.json [ROUNDS]
Writes {"seconds": best CPU seconds of one pass over all pages, "texts": {key: body}}.
The pages are decompressed before timing starts, as the Swift side does; comments are left
out of the body (the benchmark's truth has none), everything else is trafilatura's default.
"""
import gzip
import json
import pathlib
import sys
import time

import trafilatura


def main():
    data, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pages = {path.name[: -len(".html.gz")]: gzip.decompress(path.read_bytes())
             for path in sorted((data / "html").glob("*.html.gz"))}
    best, texts = None, {}
    for _ in range(max(1, rounds)):
        start = time.process_time()
        texts = {key: trafilatura.extract(page, include_comments=False) or "" for key, page in pages.items()}
        seconds = time.process_time() - start
        best = seconds if best is None else min(best, seconds)
    output.write_text(json.dumps({"seconds": best, "texts": texts}))


if __name__ == "__main__":
    main()
