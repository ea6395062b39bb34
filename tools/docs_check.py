"""`make docs-check`: the built site (build/site) served on loopback and loaded in headless Chromium,
page by page: every link, anchor and image resolves, no request fails, the console shows no error;
screenshots of the home page and a reference page go to build/docs-check/.

Chromium is driven through its command line (`--dump-dom`, `--screenshot`), so nothing beyond the
browser is needed. Exit status 1 lists every problem."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "build" / "site"
OUT = ROOT / "build" / "docs-check"
SHOTS = {"home.png": "index.html", "reference-customers.png": "reference/customers.html"}
# Chromium's console lines: `[...:CONSOLE(12)] "message", source: url (12)`.
CONSOLE = re.compile(r'CONSOLE\(\d+\)\] "(?P<message>.*)", source: (?P<source>\S*)')


class Links(HTMLParser):
    """The ids, links and images of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("id", "name"):
            if found.get(key):
                self.ids.add(str(found[key]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "img" and found.get("src"):
            self.images.append(str(found["src"]))


class Served(SimpleHTTPRequestHandler):
    failed: list[str] = []

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if str(code).isdigit() and int(code) >= 400:
            self.failed.append(f"{code} {self.path}")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's signature
        return None


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("docs-check: no Chromium found (make docs-check installs Debian's chromium package)")


def browse(browser: str, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", *extra, url]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def main() -> int:
    if not (SITE / "index.html").exists():
        sys.exit("docs-check: build the site first (make docs)")
    browser = chromium()
    OUT.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Served, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems: list[str] = []
    pages = sorted(str(p.relative_to(SITE)) for p in SITE.rglob("*.html") if p.name != "404.html")
    parsed: dict[str, Links] = {}
    for page in pages:
        run = browse(browser, base + page, "--dump-dom")
        if run.returncode != 0 or "<body" not in run.stdout:
            problems.append(f"{page}: Chromium could not load it ({run.returncode}): {run.stderr[-300:]}")
            continue
        links = Links()
        links.feed(run.stdout)
        parsed[page] = links
        for match in CONSOLE.finditer(run.stderr):
            if re.search(r"error|uncaught|failed", match["message"], re.I):
                problems.append(f"{page}: console: {match['message']} ({match['source']})")
    for page, links in parsed.items():
        here = base + page
        for src in links.images:
            target = urljoin(here, src)
            if target.startswith(base) and not (SITE / urlsplit(target).path.lstrip("/")).exists():
                problems.append(f"{page}: broken image {src}")
        for href in links.links:
            target, anchor = urldefrag(urljoin(here, href))
            if not target.startswith(base):
                continue  # another site: not ours to check
            path = urlsplit(target).path.lstrip("/") or "index.html"
            if not (SITE / path).exists():
                problems.append(f"{page}: broken link {href}")
            elif anchor and path.endswith(".html") and path in parsed and anchor not in parsed[path].ids:
                problems.append(f"{page}: link {href}: no anchor #{anchor} in {path}")
    for shot, page in SHOTS.items():
        run = browse(browser, base + page, f"--screenshot={OUT / shot}", "--window-size=1280,1000")
        if not (OUT / shot).exists():
            problems.append(f"screenshot of {page} failed: {run.stderr[-300:]}")
    problems += [f"request failed: {line}" for line in Served.failed]
    server.shutdown()
    print(f"docs-check: {len(parsed)} pages loaded in Chromium, {sum(len(p.links) for p in parsed.values())} links")
    for problem in problems:
        print(f"  {problem}")
    print(f"docs-check: screenshots in {OUT.relative_to(ROOT)}/: {', '.join(SHOTS)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
