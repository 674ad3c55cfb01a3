"""Test-wide isolation: the index cache and the chat history go to temporary directories, never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_user_directories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in ("QA_CACHE_DIR", "QA_HISTORY_FILE", "XDG_STATE_HOME")}
    os.environ["QA_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["QA_HISTORY_FILE"] = str(tmp_path_factory.mktemp("state") / "history")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("xdg-state"))
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
