"""CLI latency: each command as people and scripts run it (a fresh `modelatlas` process), beside `python -c pass`.

    python -m benchmarks.cli_bench [--runs 9] [--big [PATH]]

The seed atlas is made in a temporary folder first. `--big` adds the 100,000-entry cases on the list benchmark's
synthetic atlas (PATH, default the list benchmark's cache; made when missing). Every case runs once unmeasured
(page cache, bytecode, the search index), then `--runs` times; the median is compared with the floor measured in
the same run and with the target of issue 16. Peak memory is the process's own VmHWM (Linux).
Bytecode is cached (in the temporary folder, whatever PYTHONDONTWRITEBYTECODE says) as an installed app's is.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LAUNCH = """
import sys
from desktop.launcher import main
try:
    code = main(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0")
    sys.stderr.write("\\nmaxrss_kb=%s\\n" % peak)
sys.exit(code)
"""
"""The `modelatlas` console script's own entry point, reporting its peak memory (VmHWM: ru_maxrss would carry
the benchmark's own peak across fork and exec) on the way out."""


@dataclass(frozen=True)
class Case:
    label: str
    argv: tuple[str, ...]
    target_s: float
    target_mb: float | None = None


SEED_CASES = (
    Case("info", ("info",), 0.30),
    Case("list models", ("list", "models"), 0.30),
    Case('show "Llama 3.1 405B"', ("show", "Llama 3.1 405B"), 0.30),
    Case('search "systemic risk"', ("search", "systemic risk"), 0.30),
    Case("check --commercial --region EU", ("check", "--commercial", "--region", "EU"), 0.30),
)
BIG_CASES = (
    Case("info", ("info",), 0.30),
    Case("list models --limit 50", ("list", "models", "--limit", "50"), 0.40),
    Case('search "open weights" (first after opening)', ("search", "open weights"), 0.50),
    Case("list models --format json (all rows)", ("list", "models", "--format", "json"), 3.0, 300.0),
)


@dataclass(frozen=True)
class Timing:
    median_s: float
    median_cpu_s: float
    peak_mb: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child_environment(pycache: Path) -> dict[str, str]:
    """The children's environment: bytecode cached in `pycache`, as an installed app's is (a run that compiles
    every module from source measures the compiler, not the command)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": str(pycache), "MODELATLAS_AUTHOR": "bench"}


ENV: dict[str, str] = {}
WORKDIR: list[Path] = []
"""The children's working folder (not the checkout: `python -c` puts the working folder first on sys.path)."""


def run_once(argv: tuple[str, ...], atlas: Path | None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one fresh process; the floor (`atlas` None) is `python -c pass`.

    CPU time is printed too: on a shared machine the wall time also counts the waits for a free core."""
    command = [sys.executable, "-c", "pass"] if atlas is None else [
        sys.executable, "-c", LAUNCH, "--db", str(atlas), *argv]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV,
                          cwd=WORKDIR[0] if WORKDIR else None)
    elapsed = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    if done.returncode != 0:
        raise SystemExit(f"modelatlas {' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    peak_kb = next((int(line.split("=", 1)[1]) for line in done.stderr.splitlines() if line.startswith("maxrss_kb=")),
                   0)
    return elapsed, cpu, peak_kb / 1024


def measure(argv: tuple[str, ...], atlas: Path | None, runs: int) -> Timing:
    run_once(argv, atlas)  # unmeasured: page cache, bytecode, a search index built on first use
    samples = [run_once(argv, atlas) for _ in range(runs)]
    return Timing(statistics.median(s for s, _, _ in samples), statistics.median(c for _, c, _ in samples),
                  max(mb for _, _, mb in samples))


def report(title: str, cases: tuple[Case, ...], atlas: Path, runs: int) -> list[dict[str, object]]:
    floor = measure((), None, runs)
    print(f"\n{title}  ({atlas}; median of {runs} runs)")
    print(f"  {'floor: python -c pass':<46}{floor.median_s:7.3f} s  (CPU {floor.median_cpu_s:.3f} s)")
    rows: list[dict[str, object]] = []
    for case in cases:
        timing = measure(case.argv, atlas, runs)
        ratio = timing.median_s / floor.median_s
        verdict = "meets" if timing.median_s <= case.target_s else f"misses by {timing.median_s - case.target_s:.2f} s"
        memory = f"  peak {timing.peak_mb:5.0f} MB"
        if case.target_mb is not None:
            over = timing.peak_mb - case.target_mb
            memory += f" (≤ {case.target_mb:.0f} MB: {'meets' if over <= 0 else f'misses by {over:.0f} MB'})"
        print(f"  {case.label:<46}{timing.median_s:7.3f} s  {ratio:5.1f}× floor  target {case.target_s:.2f} s: "
              f"{verdict}{memory}  (CPU {timing.median_cpu_s:.3f} s, "
              f"{timing.median_cpu_s / max(floor.median_cpu_s, 1e-3):.1f}× floor)", flush=True)
        rows.append({"case": case.label, "median_s": round(timing.median_s, 4), "ratio": round(ratio, 2),
                     "cpu_s": round(timing.median_cpu_s, 4),
                     "target_s": case.target_s, "peak_mb": round(timing.peak_mb, 1)})
    return rows


def big_atlas(path: Path | None) -> Path:
    if path is None:
        from benchmarks.list_bench import cached_atlas

        return cached_atlas(100_000, Path(tempfile.gettempdir()) / "modelatlas-bench")
    if not path.exists():
        from benchmarks.synth import make_synthetic_atlas

        print(f"generating a 100,000-model atlas at {path} …", flush=True)
        make_synthetic_atlas(path, 100_000)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--big", nargs="?", type=Path, const=Path(), default=None, metavar="PATH",
                        help="also the 100,000-entry cases (PATH: that atlas; default the list benchmark's)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="cli-bench-") as folder:
        ENV.update(child_environment(Path(folder) / "pycache"))
        WORKDIR.append(Path(folder))
        seed = Path(folder) / "seed.atlas"
        from db.library import create_atlas

        create_atlas(seed, "bench").close()
        figures["seed"] = report("Seed atlas", SEED_CASES, seed, args.runs)
        if args.big is not None:
            atlas = big_atlas(None if args.big == Path() else args.big)
            figures["big"] = report("100,000-entry atlas", BIG_CASES, atlas, args.runs)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
