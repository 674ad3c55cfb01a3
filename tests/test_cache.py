"""The prepared-index cache: used when current, rebuilt when the knowledge changes, harmless when broken."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import qa
from qa import cache
from qa.engine import Engine
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
