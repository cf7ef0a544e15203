"""Ingest into a full disk (a small tmpfs; needs root to mount it): one line, never a traceback."""

import os
import subprocess

import pytest

from tests.paths import ARTICLES
from tests.servers import KG


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1500k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_ingest_into_a_full_disk_says_so_in_one_line_every_time(small_disk):
    store = small_disk / "store"
    for _ in range(2):  # the first run fills the disk; the second meets it full
        run = subprocess.run(
            [*KG, "ingest", str(ARTICLES), "--store", str(store), "-j", "1"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr, run.stderr
        errors = [line for line in run.stderr.splitlines() if line.startswith("Error")]
        assert len(errors) == 1 and "No space left on device" in errors[0], run.stderr
