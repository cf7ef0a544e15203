"""Real server processes for the tests: `oxigraph serve` and `kg serve`, on loopback ports."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.web.serve import oxigraph_binary

KG = [sys.executable, "-m", "kg.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql(url: str, query: str, accept: str = "application/sparql-results+json", timeout: float = 30):
    """POST a query; returns (status, body bytes) without raising on HTTP errors."""
    req = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def wait_until_up(url: str, proc: subprocess.Popen, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                err = proc.stderr.read().decode(errors="replace")[-800:] if proc.stderr else ""
                raise RuntimeError(f"{what} did not start: {err}") from None
            time.sleep(0.1)


def start_oxigraph(
    location: Path, port: int | None = None, union: bool = False
) -> tuple[subprocess.Popen, str]:
    """`oxigraph serve` (read-write) on a loopback port; returns the process and the store URL for --store."""
    port = port or free_port()
    args = [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    if union:
        args.append("--union-default-graph")
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until_up(f"http://127.0.0.1:{port}/query", proc, "oxigraph serve")
    return proc, f"http://127.0.0.1:{port}"


def start_kg_serve(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`kg serve` as a user runs it; returns the process and its query URL."""
    port = free_port()
    proc = subprocess.Popen(
        [*KG, "serve", "--store", str(store), "--bind", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}/query"
    wait_until_up(url, proc, "kg serve")
    return proc, url


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def bindings(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]
