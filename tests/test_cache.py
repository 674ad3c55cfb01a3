"""The prepared-index cache: used when current, rebuilt when the knowledge changes, harmless when broken."""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import qa
from qa import cache
from qa.engine import Engine
from qa.engines import engine_for
from qa.paths import builtin_knowledge_dir


@pytest.fixture
def knowledge_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    copy = tmp_path / "knowledge"
    shutil.copytree(builtin_knowledge_dir(), copy)
    return copy


def test_a_saved_index_is_loaded_and_answers_the_same(knowledge_dir: Path) -> None:
    engine = Engine(qa.load_knowledge(knowledge_dir))
    cache.save(engine, knowledge_dir)
    loaded = cache.load(knowledge_dir)
    assert loaded is not None
    for question in ("Who leads CNES?", "who is the presdient of cnes", "What is KARI's budget?"):
        assert loaded.reply(question) == engine.reply(question)


@pytest.mark.parametrize("collecting", [True, False])
def test_the_collector_pauses_while_an_index_is_read_and_written(
    knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch, collecting: bool
) -> None:
    """Reading and writing a cached index make as many small objects as building it: the collector is paused for
    both, and left as the host program set it, on or off."""
    engine = Engine(qa.load_knowledge(knowledge_dir))
    seen: list[bool] = []
    real_load, real_dump = pickle.load, pickle.dump

    def load(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_load(*args, **kwargs)

    def dump(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        real_dump(*args, **kwargs)

    monkeypatch.setattr(pickle, "load", load)
    monkeypatch.setattr(pickle, "dump", dump)
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        cache.save(engine, knowledge_dir)
        assert cache.load(knowledge_dir) is not None
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False] * 4  # the index and the patterns, each written and read


def test_editing_the_knowledge_invalidates_the_cache(knowledge_dir: Path) -> None:
    cache.save(Engine(qa.load_knowledge(knowledge_dir)), knowledge_dir)
    entries = knowledge_dir / "entries.toml"
    entries.write_text(entries.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(entries, ns=(1, 1))
    assert cache.load(knowledge_dir) is None


def test_a_corrupt_cache_is_ignored(knowledge_dir: Path) -> None:
    cache.save(Engine(qa.load_knowledge(knowledge_dir)), knowledge_dir)
    for path in cache.cache_dir().glob("*.pickle"):
        path.write_bytes(b"not a pickle")
    assert cache.load(knowledge_dir) is None


def test_an_unwritable_cache_directory_is_harmless(knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = knowledge_dir.parent / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    cache.save(Engine(qa.load_knowledge(knowledge_dir)), knowledge_dir)
    assert cache.load(knowledge_dir) is None


def test_cache_files_are_private(knowledge_dir: Path) -> None:
    cache.save(Engine(qa.load_knowledge(knowledge_dir)), knowledge_dir)
    (path,) = cache.cache_dir().glob("*.pickle")
    assert path.stat().st_mode & 0o077 == 0
    assert cache.cache_dir().stat().st_mode & 0o077 == 0


def test_each_directory_keeps_its_own_index(knowledge_dir: Path) -> None:
    other = knowledge_dir.parent / "other"
    shutil.copytree(knowledge_dir, other)
    cache.save(Engine(qa.load_knowledge(knowledge_dir)), knowledge_dir)
    cache.save(Engine(qa.load_knowledge(other)), other)
    assert len(list(cache.cache_dir().glob("index-*.pickle"))) == 2
    cache.save(Engine(qa.load_knowledge(other)), other)  # replaces its own file
    assert len(list(cache.cache_dir().glob("index-*.pickle"))) == 2
    assert cache.load(knowledge_dir) is not None
    assert cache.load(other) is not None


def test_a_directory_given_by_path_is_indexed_once_until_it_changes(knowledge_dir: Path) -> None:
    first = engine_for(knowledge_dir)
    assert engine_for(str(knowledge_dir)) is first
    assert qa.answer("Who leads CNES?", knowledge=knowledge_dir).answered
    entries = knowledge_dir / "entries.toml"
    entries.write_text(entries.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(entries, ns=(1, 1))
    assert engine_for(knowledge_dir) is not first


def test_a_cached_directory_is_not_loaded_again(knowledge_dir: Path) -> None:
    probe = (
        "import sys; from qa.cli import main; status = main(['ask', '--knowledge', sys.argv[1], 'Who leads CNES?']); "
        "print('qa.knowledge' in sys.modules, status)"
    )
    env = {"QA_CACHE_DIR": os.environ[cache.CACHE_ENV], "PATH": "/usr/bin:/bin"}

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe, str(knowledge_dir)], capture_output=True, text=True, env=env, check=True
        )
        return done.stdout.strip().splitlines()[-1]

    assert run() == "True 0"  # indexed (and validated) once
    assert run() == "False 0"  # then loaded from the cache
