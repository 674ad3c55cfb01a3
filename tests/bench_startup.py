"""Start-up benchmark: `qa ask "..."` as a whole process against `python -c "import pydantic, rapidfuzz"`, both
measured in the same run (best and median of N). The first `qa ask` builds the index and caches it; later runs load
it from the cache (see qa/cache.py). The package's modules are byte-compiled first, as installing a wheel does (an
editable install under PYTHONDONTWRITEBYTECODE would otherwise recompile them on every run). Not part of the test
suite.

    python -m tests.bench_startup [N]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import qa as qa_package


def timed(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    import os

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(qa_package.__file__).parent)], check=True)
    qa = shutil.which("qa", path=str(Path(sys.executable).parent)) or "qa"
    cache = tempfile.mkdtemp()
    env = {**os.environ, "QA_CACHE_DIR": cache}
    cold = timed([qa, "ask", "Who leads CNES?"], 1, env)
    # Taking turns, so that a slower spell of a shared machine weighs on both alike.
    base: list[float] = []
    warm: list[float] = []
    for _ in range(runs):
        base += timed([sys.executable, "-c", "import pydantic, rapidfuzz"], 1, env)
        warm += timed([qa, "ask", "Who leads CNES?"], 1, env)
    shutil.rmtree(cache, ignore_errors=True)
    print(f"{'':<36} {'best ms':>8} {'median ms':>10}")
    for name, times in (("import pydantic, rapidfuzz", base), ("qa ask (index cached)", warm)):
        print(f"{name:<36} {min(times) * 1000:>8.0f} {statistics.median(times) * 1000:>10.0f}")
    print(f"{'qa ask (first run, builds the index)':<36} {cold[0] * 1000:>8.0f}")
    best, median = min(warm) / min(base), statistics.median(warm) / statistics.median(base)
    print(f"ratio qa ask / imports: best {best:.2f}, median {median:.2f}")


if __name__ == "__main__":
    main()
