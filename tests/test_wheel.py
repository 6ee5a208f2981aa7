"""The package installs like one: the built wheel, installed into a fresh virtualenv and run from
a folder outside the repository, exports what the checkout exports.

No network: the wheel is built without build isolation (this virtualenv's setuptools), and the
fresh virtualenv gets no pip and no copies of the dependencies — one ``.pth`` line appends this
virtualenv's site-packages to its path. Its own site-packages comes first, so ``meetbook`` is
the installed wheel's; the checkout's editable install stays inert there (its ``.pth`` hook is
only run for site directories, and an appended path is none). The spaCy pipeline is not in the
wheel: the installed package builds it on first use into its cache (``XDG_CACHE_HOME``, here a
temporary directory).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import BOOK, PROG, ROOT

pytestmark = pytest.mark.slow

DATA = ("meetbook/data/municipalities.json", "meetbook/data/profiles/umea.json",
        "meetbook/data/vocabularies/procedure.json",
        "meetbook/data/vocabularies/programs/umea-social-hallbarhet.json")


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)
    assert done.returncode == 0, f"{cmd[:4]} failed:\n{done.stdout}\n{done.stderr}"
    return done


def build_wheel(tmp: Path) -> Path:
    """The wheel, built from a copy of the sources, so nothing is written in the checkout."""
    src = tmp / "src"
    shutil.copytree(ROOT / "meetbook", src / "meetbook",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
         "--no-build-isolation", "--wheel-dir", str(tmp / "dist"), str(src)])
    (wheel,) = (tmp / "dist").glob("meetbook-*.whl")
    return wheel


def fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new virtualenv with the wheel installed and this one's dependencies on its path."""
    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    (site,) = venv.glob("lib/python*/site-packages")
    (site / "meetbook-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
         "--quiet", "--no-deps", "--no-index", str(wheel)])
    return venv


def test_installed_wheel_exports_what_the_checkout_exports(tmp_path, register_of):
    wheel = build_wheel(tmp_path)
    assert set(DATA) <= set(zipfile.ZipFile(wheel).namelist())
    venv = fresh_venv(tmp_path, wheel)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "MEETBOOK_MODEL", "VIRTUAL_ENV")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")

    def meetbook(*args: str) -> subprocess.CompletedProcess:
        return run([str(venv / "bin" / "meetbook"), *args, "--db", "register.db"], cwd=outside,
                   env=env)

    where = run([str(venv / "bin" / "python"), "-c", "import meetbook; print(meetbook.__file__)"],
                cwd=outside, env=env).stdout
    assert where.startswith(str(venv)), where
    first = meetbook("import", str(BOOK), str(PROG))
    assert "building the link pipeline once" in first.stderr
    assert str(tmp_path / "cache" / "meetbook") in first.stderr
    installed = json.loads(meetbook("export").stdout)
    _, checkout = register_of(BOOK, PROG)
    assert installed == checkout
    assert any(d["links"] for m in installed["meetings"] for i in m["items"]
               for d in i["decisions"])
    again = meetbook("link")  # the pipeline built once is kept
    assert "building" not in again.stderr
