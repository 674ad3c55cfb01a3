"""The installed wheel carries the knowledge: build it, install it into an empty virtual environment, ask."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of the `qa` script in a fresh virtual environment with only the wheel and its dependencies."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True
    )
    return bin_dir / "qa"


def test_installed_qa_answers_from_any_directory(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(installed), "ask", "Who leads CNES?"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Jean-Yves Le Gall" in done.stdout
    assert "Source:" in done.stdout


def test_installed_checker_passes(installed: Path, tmp_path: Path) -> None:
    done = subprocess.run([str(installed), "check"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "100%" in done.stdout
