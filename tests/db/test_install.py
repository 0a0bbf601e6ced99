"""A regular (non-editable) install works away from the checkout: data files ship, the CLI runs."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED_IN_WHEEL = ("resources/seed/*.yaml", "db/migrations/versions/*.py", "db/migrations/script.py.mako",
                     "db/migrations/env.py")


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "MODELATLAS_DB"))}
    env["MODELATLAS_AUTHOR"] = "installer"
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    return env


def _run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout, check=False)
    assert result.returncode == 0, f"{args}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        cwd=out, capture_output=True, text=True, timeout=300, check=False,
    )
    if result.returncode != 0:
        if "Could not find a version" in result.stderr or "No matching distribution" in result.stderr:
            pytest.skip("building a wheel needs the build backend from a package index, which is unreachable")
        pytest.fail(f"pip wheel failed:\n{result.stderr[-3000:]}")
    [built] = out.glob("modelatlas-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_data_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for pattern in REQUIRED_IN_WHEEL:
        assert any(Path(name).match(pattern) for name in names), f"{pattern} missing from {wheel.name}"
    for seed_file in (ROOT / "resources" / "seed").glob("*.yaml"):
        assert f"resources/seed/{seed_file.name}" in names
    for migration in (ROOT / "db" / "migrations" / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"):
        assert f"db/migrations/versions/{migration.name}" in names
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/"))]
    assert any(name.endswith("entry_points.txt") for name in names)


@pytest.mark.slow
def test_installed_package_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    """Install the wheel into a fresh venv that borrows this environment's dependencies, then use it."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    [purelib] = json.loads(_run([python, "-c", "import json, sysconfig; print(json.dumps([sysconfig.get_path("
                                 "'purelib')]))"], tmp_path, _clean_env(tmp_path)))
    # The dependencies (and pip) come from the running environment, read after the venv's own site-packages.
    Path(purelib, "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = _clean_env(tmp_path)
    work = tmp_path / "elsewhere"
    work.mkdir()
    _run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel], work, env)

    where = _run([python, "-c", "import db, resources; print(db.__file__); print(resources.__file__)"], work, env)
    for line in where.splitlines():
        assert Path(line).resolve().is_relative_to(env_dir.resolve()), f"imported from outside the venv: {line}"
        assert not Path(line).resolve().is_relative_to(ROOT)

    _run([python, "-m", "db", "--db", work / "unused.atlas", "init", work / "made.atlas"], work, env)
    info = json.loads(_run([python, "-m", "db", "--db", work / "made.atlas", "info", "--format", "json"], work, env))
    assert info["counts"]["models"] >= 60 and info["counts"]["licenses"] >= 25
    from db.schema import SCHEMA_REVISION

    assert info["schema_revision"] == SCHEMA_REVISION
    script = env_dir / ("Scripts/modelatlas.exe" if os.name == "nt" else "bin/modelatlas")
    shown = json.loads(_run([script, "--db", work / "made.atlas", "show", "Llama 3.1 405B", "--format", "json"],
                            work, env))
    assert shown["developer"]["name"] == "Meta"


@pytest.mark.slow
def test_unpacked_wheel_works_without_the_checkout(wheel: Path, tmp_path: Path) -> None:
    """The fallback check: the wheel's files alone (on PYTHONPATH) hold everything the core needs."""
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = _clean_env(tmp_path) | {"PYTHONPATH": str(unpacked)}
    out = _run([sys.executable, "-c", (
        "import sys, db; from pathlib import Path; from db.library import create_atlas; "
        f"assert Path(db.__file__).is_relative_to({str(unpacked)!r}), db.__file__; "
        "store = create_atlas(Path('x.atlas')); print(store.counts()['models']); store.close()"
    )], tmp_path, env)
    assert int(out.strip()) >= 60
