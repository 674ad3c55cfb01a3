"""Scale benchmark: synthetic knowledge stores of growing size, built (`qa.build_knowledge`) and queried
(`qa.answer`) through the public API.

For each size (entries, about six phrasings each, realistic English vocabulary plus invented names) it reports
load-and-index time, per-question p50 and p99, and peak memory, and in the same run the naive baseline
(rapidfuzz `process.extractOne` with `WRatio` over every phrasing). Each size runs in its own process so that peak
memory is its own. Finally it compares accuracy on all the labelled sets with the built-in knowledge alone and
mixed into a large synthetic store. Not part of the test suite.

    python -m tests.bench_scale [1000 10000 100000]
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process, utils

import qa
from qa.cache import CACHE_ENV
from qa.words import english_words

SYLLABLES = ["ka", "ri", "lo", "mon", "ta", "sel", "vi", "dor", "an", "bel", "chi", "zu", "pra", "nel", "os", "tek"]
ATTRIBUTES = [
    "budget",
    "headquarters",
    "founder",
    "mission",
    "director",
    "launch date",
    "partner",
    "payload",
    "orbit",
    "website",
    "motto",
    "rival",
    "supplier",
    "capital",
    "anthem",
    "mascot",
]
ASK = [
    "What is the {a} of {e}?",
    "Who or what is {e}'s {a}?",
    "{e} {a}",
    "tell me the {a} of {e}",
    "so what's {e}'s {a} then",
    "Which {a} does {e} have, according to the {w}?",
    "I would like to know the {a} of {e} and its {w}",
]
UNSEEN = ["Could you tell me {e}'s {a}?", "{a} of {e}?", "whats the {a} for {e}"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _date(rng: random.Random) -> str:
    month = rng.choice(["January", "March", "May", "July", "September", "November"])
    return f"{rng.randint(1, 28)} {month} {rng.randint(1960, 2030)}"


def _typo(rng: random.Random, text: str) -> str:
    words = text.split()
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4:
        j = rng.randrange(1, len(w) - 1)
        words[i] = w[:j] + w[j + 1 :]
    return " ".join(words)


def build_store(size: int, *, with_builtin: bool, seed: int = 7) -> tuple[qa.Knowledge, list[tuple[str, str]]]:
    """A knowledge store of `size` synthetic entries, built through the public API, and (question, expected words)
    probes asked in words the store does not hold."""
    make, probes = synthetic(size, with_builtin=with_builtin, seed=seed)
    return make(), probes


def synthetic(
    size: int, *, with_builtin: bool, seed: int = 7
) -> tuple[Callable[[], qa.Knowledge], list[tuple[str, str]]]:
    """The synthetic data of `build_store`, made up front, and a call that builds the store from it: so that making
    up the data is not timed as loading it."""
    rng = random.Random(seed)
    words = sorted(w for w in english_words() if len(w) > 3)
    names = list(dict.fromkeys(f"{_name(rng)} {_name(rng)}" for _ in range(max(1, size // 4))))
    entities = [
        qa.Entity(id=f"syn-{i}", name=n, type=qa.EntityType.ORGANISATION, aliases=[n.split()[0] + " Agency"])
        for i, n in enumerate(names)
    ]
    sentences: list[str] = []
    entries: list[qa.Entry] = []
    probes: list[tuple[str, str]] = []
    # Each entry asks of its own (entity, attribute): a store that asked one question twice, with two answers, would
    # rightly be asked which was meant.
    pairs = rng.sample([(e, a) for e in names for a in ATTRIBUTES], size)
    for i, (e, a) in enumerate(pairs):
        value = _date(rng) if a == "launch date" else " ".join(rng.choice(words) for _ in range(3))
        sentence = f"The {a} of {e} is {value} (record {i})."
        sentences.append(sentence)
        asks = [t.format(e=e, a=a, w=rng.choice(words)) for t in ASK]
        entries.append(
            qa.Entry(id=f"syn-{i}", question=asks[0], phrasings=asks[1:], answer=sentence, evidence=[sentence])
        )
        if len(probes) < 300 and rng.random() < 300 / size + 0.01:
            unseen = rng.choice(UNSEEN).format(e=e, a=a)
            probes += [(unseen, f"record {i})"), (_typo(rng, unseen), f"record {i})")]
    source = "\n\n".join(sentences)
    if not with_builtin:
        return lambda: qa.build_knowledge(source, entries, entities=entities, name="synthetic"), probes
    return lambda: builtin_plus(source, entries, entities, name="built-in + synthetic"), probes


def builtin_plus(
    extra_source: str, entries: list[qa.Entry], entities: list[qa.Entity], name: str = "<built in memory>"
) -> qa.Knowledge:
    """The built-in knowledge with other entries (and the entities they name), their sentences after the release."""
    builtin = qa.load_knowledge()
    return qa.build_knowledge(
        builtin.source.text + "\n\n" + extra_source,
        [*builtin.entries, *entries],
        entities=[*builtin.entities, *entities],
        relations=builtin.relations,
        facts=builtin.facts,
        smalltalk=builtin.smalltalk,
        name=name,
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure(size: int) -> dict[str, float]:
    make, probes = synthetic(size, with_builtin=False)
    start = time.perf_counter()
    knowledge = make()  # validates the entries and checks each evidence quote against the source
    qa.answer("warm up", knowledge=knowledge)  # builds the index
    load = time.perf_counter() - start
    ours: list[float] = []
    right = 0
    for question, expected in probes:
        t = time.perf_counter()
        got = qa.answer(question, knowledge=knowledge)
        ours.append(time.perf_counter() - t)
        right += got.answered and expected in got.text
    from qa.engines import engine_for

    phrasings = [p.text for p in engine_for(knowledge).phrasings]
    naive: list[float] = []
    for question, _ in probes[:40]:
        t = time.perf_counter()
        process.extractOne(question, phrasings, scorer=fuzz.WRatio, processor=utils.default_process)
        naive.append(time.perf_counter() - t)
    return {
        "size": size,
        "phrasings": len(phrasings),
        "load_s": load,
        "p50_us": percentile(ours, 0.5) * 1e6,
        "p99_us": percentile(ours, 0.99) * 1e6,
        "accuracy": right / max(1, len(probes)),
        "baseline_p50_us": percentile(naive, 0.5) * 1e6,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        # The forked worker that reads part of a large store's phrasings (`qa.bulk`), at its peak: most of its
        # pages are the parent's, shared until written.
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def write_store(knowledge: qa.Knowledge, directory: Path) -> None:
    """The store as a knowledge directory, as a user would keep it (TOML strings are JSON strings)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "release.txt").write_text(knowledge.source.text, encoding="utf-8")
    for file, table, items in (
        ("entities.toml", "entity", knowledge.entities),
        ("entries.toml", "entry", knowledge.entries),
    ):
        lines = []
        for item in items:
            lines.append(f"[[{table}]]")
            lines += [
                f"{key} = {json.dumps(value)}"
                for key, value in item.model_dump(mode="json", exclude_defaults=True).items()
            ]
        (directory / file).write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_directory(directory: str) -> float:
    """Seconds for the first answer from a knowledge directory in a new process: with no cached index, reading,
    checking and indexing it (and caching the index); with one, loading that."""
    start = time.perf_counter()
    qa.answer("warm up", knowledge=directory)
    return time.perf_counter() - start


def directory_loads(size: int) -> tuple[float, float]:
    """The store of `size` entries kept as a directory: its first load in a new process, and its next (cached)."""
    make, _ = synthetic(size, with_builtin=False)
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary) / "knowledge"
        write_store(make(), directory)
        environment = {**os.environ, CACHE_ENV: str(Path(temporary) / "cache")}
        times = []
        for _ in range(2):
            done = subprocess.run(
                [sys.executable, "-m", "tests.bench_scale", "--load", str(directory)],
                capture_output=True,
                text=True,
                check=True,
                env=environment,
            )
            times.append(float(done.stdout.strip().splitlines()[-1]))
    return times[0], times[1]


def mixed_accuracy(size: int) -> None:
    """Every labelled set, on the built-in knowledge alone and mixed into a synthetic store of `size` entries:
    right answers per category, and wrong answers, side by side."""
    from tests.evaluate import ANSWERABLE, DECLINING, EVAL_DIR, load_cases, run

    knowledge, _ = build_store(size, with_builtin=True)
    cases = [case for path in sorted(EVAL_DIR.glob("*.toml")) for case in load_cases(path)]
    alone, mixed = run(cases), run(cases, knowledge=knowledge)
    print(f"== all labelled sets ({len(cases)} cases): the built-in knowledge alone, and mixed into {size} entries")
    print(f"{'category':<18} {'total':>6} {'alone':>6} {'mixed':>6}")
    together = mixed.by_category()
    for category, (right, total, _) in alone.by_category().items():
        if category in (*ANSWERABLE, *DECLINING):
            print(f"{category:<18} {total:>6} {right:>6} {together[category][0]:>6}")
    wrong_alone = sum(o.wrong for o in alone.outcomes)
    wrong_mixed = sum(o.wrong for o in mixed.outcomes)
    changed = sum(a.correct != m.correct for a, m in zip(alone.outcomes, mixed.outcomes, strict=True))
    print(f"wrong answers: alone {wrong_alone}, mixed {wrong_mixed}; cases whose outcome changed: {changed}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(int(argv[1]))))
        return
    if argv[:1] == ["--load"]:
        print(load_directory(argv[1]))
        return
    if argv[:1] == ["--mixed"]:
        mixed_accuracy(int(argv[1]))
        return
    sizes = [int(a) for a in argv] or [1000, 10000, 100000]
    rows = []
    for size in sizes:
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench_scale", "--one", str(size)], capture_output=True, text=True, check=True
        )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        rows[-1]["directory_s"], rows[-1]["cached_s"] = directory_loads(size)
    print("entries: synthetic knowledge entries; index s: build and index the store; p50/p99: per question;")
    print("base p50: rapidfuzz extractOne(WRatio) over every phrasing; peak MB: this process; worker MB: the forked")
    print("worker reading half the phrasings (0: none; its pages are mostly shared); probe acc: unseen wordings, typos")
    print("dir s / cached s: the same store kept as a knowledge directory, first answer in a new process, without and")
    print("with its index cached (the first run reads and checks the files, indexes them and writes the cache)")
    print(
        f"{'entries':>8} {'phrasings':>10} {'index s':>8} {'p50 us':>8} {'p99 us':>8} {'base p50 us':>12} "
        f"{'speed-up':>9} {'peak MB':>8} {'worker MB':>9} {'probe acc':>9} {'dir s':>7} {'cached s':>8}"
    )
    for r in rows:
        print(
            f"{r['size']:>8} {r['phrasings']:>10} {r['load_s']:>8.1f} {r['p50_us']:>8.0f} {r['p99_us']:>8.0f} "
            f"{r['baseline_p50_us']:>12.0f} {r['baseline_p50_us'] / r['p50_us']:>8.0f}x {r['peak_mb']:>8.0f} "
            f"{r['worker_mb']:>9.0f} {r['accuracy']:>9.0%} {r['directory_s']:>7.1f} {r['cached_s']:>8.1f}"
        )
    if len(rows) > 1:
        print(f"p50 at {rows[-1]['size']} / p50 at {rows[0]['size']}: {rows[-1]['p50_us'] / rows[0]['p50_us']:.1f}x")
    subprocess.run([sys.executable, "-m", "tests.bench_scale", "--mixed", str(min(sizes[-1], 10000))], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
