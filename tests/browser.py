"""Open an HTML file in Debian's chromium through Playwright and report what happened."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# as recommended for this machine: no background traffic, no sandbox as root
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class PageReport:
    errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    nodes: int = 0
    edges: int = 0
    stable_after: float = 0.0
    evaluated: dict = field(default_factory=dict)


def open_page(
    path: Path,
    evaluate: dict[str, str] | None = None,
    hover_first_node: bool = False,
    timeout: float = 60.0,
    screenshot: Path | None = None,
) -> PageReport:
    with browse(path, 1280, 800, timeout) as (page, report):
        report.nodes = page.evaluate("() => window.igkg.nodes.length")
        report.edges = page.evaluate("() => window.igkg.edges.length")
        if hover_first_node:
            pos = page.evaluate("""() => { const id = window.igkg.nodes.getIds()[0];
                const p = window.igkg.network.canvasToDOM(window.igkg.network.getPositions([id])[id]); return p; }""")
            page.mouse.move(pos["x"], pos["y"])
            time.sleep(0.6)
        for name, js in (evaluate or {}).items():
            report.evaluated[name] = page.evaluate(js)
        if screenshot:
            page.screenshot(path=str(screenshot))
    return report


@contextmanager
def browse(path: Path, width: int = 1440, height: int = 900, timeout: float = 60.0, graph: bool = True):
    """A live page (Playwright) of ``path`` once the graph has settled (``graph``; else once loaded: a
    page without a graph, such as a dossier), and its report; outside requests are recorded and refused."""
    from playwright.sync_api import sync_playwright

    report = PageReport()
    url = path.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("pageerror", lambda e: report.errors.append(str(e)))
            page.on("console", lambda m: report.console.append(f"{m.type}: {m.text}"))
            page.on("dialog", lambda d: (report.dialogs.append(d.message), d.dismiss()))

            def route(r):
                if r.request.url != url and not r.request.url.startswith("data:"):
                    report.outside_requests.append(r.request.url)
                    return r.abort()
                return r.continue_()

            page.route("**/*", route)
            page.goto(url)
            started = time.monotonic()
            # polled from outside: the page's CSP forbids the eval that wait_for_function needs
            while graph and not page.evaluate("() => window.igkgStable === true"):
                if time.monotonic() - started > timeout:
                    raise TimeoutError(f"graph did not settle in {timeout} s")
                time.sleep(0.1)
            report.stable_after = time.monotonic() - started
            yield page, report
        finally:
            browser.close()


def node_position(page, node_id: str) -> dict:
    """Where a node is drawn, in page coordinates."""
    return page.evaluate(
        """(id) => { const n = window.igkg.network;
        return n.canvasToDOM(n.getPositions([id])[id]); }""",
        node_id,
    )
