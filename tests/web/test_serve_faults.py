"""`kg serve` under attack and under load, over real HTTP (raw sockets where a client library would refuse
to send the request): every way of passing a query meets the guard, no engine port is open, foreign Host
names are refused, a query past its time limit ends with an error status, load gets 503 rather than resets,
bad requests get 400 at once, and nothing prints a traceback."""

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from tests.servers import KG, sparql, start_kg_serve, stop

pytestmark = [pytest.mark.server]


@pytest.fixture
def served(corpus_store_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    proc, url = start_kg_serve(store, "--timeout", "3", "--workers", "2", "--client-timeout", "2")
    yield proc, int(url.rsplit(":", 1)[1].split("/")[0]), url
    stop(proc)


def raw(port: int, request: bytes, wait: float = 10) -> bytes:
    """Send bytes as they are; return everything the server answers until it closes or ``wait`` passes."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(request)
        out = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out and _complete(out):
                break
        return out


def _complete(reply: bytes) -> bool:
    head, _, body = reply.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def status_of(reply: bytes) -> int:
    return int(reply.split(b" ", 2)[1])


def post(path: str, body: bytes = b"", ctype: str = "application/x-www-form-urlencoded", host="127.0.0.1"):
    return (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


def q(text: str) -> str:
    return urllib.parse.quote(text)


SERVICE = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
DEEP = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"


def test_a_query_in_the_url_of_a_post_meets_the_guard(served):
    proc, port, url = served
    for query, words in ((SERVICE, b"refused"), (DEEP, b"nested")):
        reply = raw(port, post(f"/query?query={q(query)}"))
        assert status_of(reply) == 400 and words in reply, reply[:300]
    # a query in the URL and another in the body: ambiguous, refused whole
    reply = raw(port, post(f"/query?query={q(SERVICE)}", b"query=" + q("ASK {}").encode()))
    assert status_of(reply) == 400 and b"exactly one query" in reply
    # a sparql-query body with a SERVICE query in the URL as well
    reply = raw(port, post(f"/query?query={q(SERVICE)}", b"ASK {}", "application/sparql-query"))
    assert status_of(reply) == 400
    reply = raw(port, post("/query?update=" + q("CLEAR ALL")))
    assert status_of(reply) == 403
    assert sparql(url, "ASK {}")[0] == 200  # still serving


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if Path(table).exists():
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A":  # LISTEN
                    inodes.add(fields[9])
    return inodes


def _process_tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            todo += [int(c) for c in children]
    return out


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc to list sockets")
def test_no_port_but_the_endpoint_is_open(served):
    proc, port, url = served
    sparql(url, "ASK {}")  # the workers are up
    listening = _listening_inodes()
    owned = []
    for pid in _process_tree(proc.pid):
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            target = os.readlink(fd) if fd.is_symlink() else ""
            if target.startswith("socket:[") and target[8:-1] in listening:
                owned.append((pid, target))
    assert len(_process_tree(proc.pid)) >= 3  # the server and its two workers
    assert len(owned) == 1, owned  # the endpoint's own socket, nothing the guard does not stand before


def test_only_loopback_names_and_ip_literals_are_answered(served):
    proc, port, url = served
    body = b"query=" + q("ASK {}").encode()
    assert status_of(raw(port, post("/query", body, host="attacker.example:80"))) == 403
    assert status_of(raw(port, post("/query", body, host="localhost.attacker.example"))) == 403
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "[::1]", "app.localhost"):
        assert status_of(raw(port, post("/query", body, host=host))) == 200, host


def test_a_query_past_its_time_limit_ends_with_an_error_status(served):
    proc, port, url = served
    started = time.monotonic()
    status, body = sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=60)
    assert status == 504 and b"time limit" in body
    assert time.monotonic() - started < 15
    assert sparql(url, "ASK {}")[0] == 200  # a fresh worker took the stopped one's place


def test_a_burst_of_clients_gets_answers_or_503_never_a_reset(served):
    proc, port, url = served
    statuses, errors = [], []

    def one() -> None:
        try:
            statuses.append(sparql(url, "ASK { ?s ?p ?o }", timeout=60)[0])
        except OSError as e:
            errors.append(e)

    threads = [threading.Thread(target=one) for _ in range(150)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert set(statuses) <= {200, 503} and 200 in statuses


def test_idle_and_slow_clients_are_disconnected(served):
    proc, port, url = served
    with socket.create_connection(("127.0.0.1", port), timeout=15) as idle:
        started = time.monotonic()
        assert idle.recv(10) == b""  # closed by the server, without a byte sent
        assert time.monotonic() - started < 10
    with socket.create_connection(("127.0.0.1", port), timeout=15) as slow:
        slow.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\n")  # headers never end
        started = time.monotonic()
        assert slow.recv(10) == b""
        assert time.monotonic() - started < 10


def test_bad_content_lengths_get_400_at_once(served):
    proc, port, url = served
    for value in ("abc", "-1", "1e3"):
        request = (
            f"POST /query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {value}\r\n\r\nquery=ASK%7B%7D"
        ).encode()
        started = time.monotonic()
        reply = raw(port, request, wait=5)
        assert status_of(reply) == 400 and b"Content-Length" in reply, (value, reply[:200])
        assert time.monotonic() - started < 3
    assert sparql(url, "ASK {}")[0] == 200


def test_a_client_that_leaves_mid_answer_leaves_no_traceback(served):
    proc, port, url = served
    for _ in range(5):
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(post("/query", b"query=" + q("SELECT * WHERE { ?s ?p ?o }").encode()))
            s.recv(10)
        # closed right after the first bytes
    assert sparql(url, "ASK {}")[0] == 200
    stop(proc)
    assert b"Traceback" not in proc.stderr.read()


@pytest.mark.parametrize(
    "args, words",
    [
        (["--bind", "127.0.0.1:99999"], "--bind 127.0.0.1:99999"),
        (["--timeout", "nan"], "--timeout"),
        (["--bind", "nohost"], "--bind nohost"),
    ],
)
def test_bad_serve_options_give_one_line(corpus_store_dir, tmp_path, args, words):
    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    run = subprocess.run(
        [*KG, "serve", "--store", str(store), *args], capture_output=True, text=True, timeout=60
    )
    assert run.returncode != 0
    assert words in run.stderr and "Traceback" not in run.stderr
    assert len([line for line in run.stderr.splitlines() if line.startswith("Error")]) == 1, run.stderr


def test_a_store_whose_current_file_is_gone_is_called_damaged(corpus_store_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    (store / "CURRENT").unlink()
    run = subprocess.run(
        [*KG, "serve", "--store", str(store), "--bind", "127.0.0.1:0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1 and "damaged store" in run.stderr
