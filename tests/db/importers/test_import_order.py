"""The same catalog files in any order give the same atlas: every order of a few files, in the catalogs' own formats,
on top of the seed, described without UUIDs or times (db.importers.canonical) and compared.

The cases are the chains the full catalogs showed: three records where the third's decision depended on which of
the first two arrived first (Jamba / Jamba-v0.1, SantaCoder), a base model named before or after it exists
(BTLM), and gemma-7b / GEITje, which went to review in one batch but merged when imported alone.
"""

from __future__ import annotations

import csv
import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest

from db.importers.api import run_import
from db.importers.canonical import describe, differing
from db.importers.review import list_reviews
from db.store import Store
from tests.db.importers.test_identity import epoch_csv, mot_yaml, osai_yaml

Batch = tuple[str, list[Path]]


def atlas_after(seeded_path: Path, folder: Path, name: str, batches: list[Batch]) -> dict[str, Any]:
    """A copy of the seed atlas with the batches imported in turn, described."""
    path = folder / f"{name}.atlas"
    shutil.copyfile(seeded_path, path)
    store = Store.open(path, "tester")
    try:
        for source, files in batches:
            run_import(store, source, files)
        with store.read() as session:
            return describe(session)
    finally:
        store.close()


def every_order(seeded_path: Path, folder: Path, batches: list[Batch]) -> list[dict[str, Any]]:
    """The atlas after each order of the batches, and after each catalog's batches imported together."""
    atlases = [atlas_after(seeded_path, folder, f"order{index}", list(order))
               for index, order in enumerate(itertools.permutations(batches))]
    together: dict[str, list[Path]] = {}
    for source, files in batches:
        together.setdefault(source, []).extend(files)
    for index, order in enumerate(itertools.permutations(together.items())):
        atlases.append(atlas_after(seeded_path, folder, f"together{index}", list(order)))
    return atlases


def assert_same(atlases: list[dict[str, Any]]) -> dict[str, Any]:
    for index, atlas in enumerate(atlases[1:], start=1):
        assert differing(atlases[0], atlas) == {}, f"order {index} differs from order 0"
    return atlases[0]


def test_a_three_record_chain_gives_one_atlas_in_every_order(seeded_path: Path, tmp_path: Path) -> None:
    """Jamba-v0.1 is certainly both the Model Openness Tool's Jamba and Epoch's: whichever came first, the three
    records end up alike (they were one entry when the tool's came first, two and a review item otherwise)."""
    batches: list[Batch] = [
        ("mot", [mot_yaml(tmp_path / "mot-a", "Jamba", "2.8B", "AI21")]),
        ("mot", [mot_yaml(tmp_path / "mot-b", "Jamba-v0.1", "v0.1", "AI21 Labs")]),
        ("epoch", [epoch_csv(tmp_path / "epoch", [
            {"System": "Jamba", "Organization": "AI21 Labs", "Parameters": "52000000000"}])]),
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    jamba = [key for key in atlas if "Jamba" in key and not key.startswith("review")]
    assert jamba == ["epoch:Jamba | mot:Jamba | mot:Jamba-v0.1"], jamba


def test_a_developer_that_disagrees_keeps_a_record_apart_in_every_order(seeded_path: Path, tmp_path: Path) -> None:
    """SantaCoder: Epoch credits Hugging Face, the Index and the Model Openness Tool BigCode. Epoch's record joined
    the others when the tool's size was there first and stayed apart otherwise; now it stays apart always."""
    batches: list[Batch] = [
        ("osai", [osai_yaml(tmp_path / "osai", "SantaCoder", "SantaCoder", "SantaCoder", "BigCode")]),
        ("mot", [mot_yaml(tmp_path / "mot", "SantaCoder", "1.1B", "BigCode")]),
        ("epoch", [epoch_csv(tmp_path / "epoch", [
            {"System": "SantaCoder", "Organization": "Hugging Face", "Parameters": "1100000000"}])]),
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    santa = sorted(key for key in atlas if "SantaCoder" in key and not key.startswith("review"))
    assert santa == ["epoch:SantaCoder", "mot:SantaCoder | osai:SantaCoder"], santa


def test_a_base_named_before_or_after_it_exists_links_alike(seeded_path: Path, tmp_path: Path) -> None:
    """The Index's BTLM chat model names its base "BTLM-3B-8k-base": linked to the tool's entry of that name whichever
    came first — never to Epoch's "BTLM-3B" because that one happened to exist already."""
    batches: list[Batch] = [
        ("osai", [osai_yaml(tmp_path / "osai", "BTLM", "BTLM-3B-8K-Chat", "BTLM-3B-8k-base", "Cerebras")]),
        ("mot", [mot_yaml(tmp_path / "mot", "BTLM-3B-8k-base", "3B", "Cerebras")]),
        ("epoch", [epoch_csv(tmp_path / "epoch", [
            {"System": "BTLM-3B", "Organization": "Cerebras Systems", "Parameters": "2600000000"}])]),
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    assert atlas["osai:BTLM"]["base model"] == "mot:BTLM-3B-8k-base"


def test_gemma_7b_and_geitje_decide_alike_in_one_batch_or_apart(seeded_path: Path, tmp_path: Path) -> None:
    """gemma-7b (the seed's Gemma 7B or not) and GEITje-7B (a fine-tune of Mistral 7B) imported together, apart, and
    in either order, beside Epoch's row for Gemma 7B: one atlas."""
    gemma = mot_yaml(tmp_path / "mot-a", "gemma-7b", "7B", "Google", origin="gemma-7b")
    geitje = mot_yaml(tmp_path / "mot-b", "GEITje-7B", "7B", "Edwin Rijgersberg", origin="Mistral-7B-v0.1")
    epoch = epoch_csv(tmp_path / "epoch", [
        {"System": "Gemma 7B", "Organization": "Google DeepMind", "Parameters": "8540000000"}])
    atlas = assert_same(every_order(seeded_path, tmp_path, [("mot", [gemma]), ("mot", [geitje]), ("epoch", [epoch])]))
    assert atlas["mot:GEITje-7B"]["base model"] == "model Mistral 7B"  # its own entry, linked to its base


@pytest.mark.parametrize("first", ["mot", "epoch"])
def test_a_record_certain_of_two_catalog_entries_waits_in_review_with_both(seeded_path: Path, tmp_path: Path,
                                                                           first: str) -> None:
    """Two entries catalogs made, both certainly named by a third record (developers that disagree kept them apart):
    the record goes to review with both as evidence, never into whichever was made first."""
    path = tmp_path / "atlas.atlas"
    shutil.copyfile(seeded_path, path)
    files = {"mot": mot_yaml(tmp_path / "mot", "Orca Mini", "3B", "Pankaj Mathur"),
             "epoch": epoch_csv(tmp_path / "epoch", [{"System": "Orca Mini", "Organization": "Microsoft"}])}
    store = Store.open(path, "tester")
    try:
        for source in (first, "epoch" if first == "mot" else "mot"):
            run_import(store, source, [files[source]])
        # the Index names no developer here: certainly either entry
        report = run_import(store, "osai", [osai_yaml(tmp_path / "osai", "Orca", "Orca Mini", "Llama-2-7b", "''")])
        assert report.review == 1
        [item] = list_reviews(store)
        assert item["candidate"]["name"] == "Orca Mini"
        assert any("scores" in signal and "too" in signal for signal in item["evidence"]), item["evidence"]
    finally:
        store.close()


def test_a_base_name_two_catalog_entries_answer_links_neither_in_any_order(seeded_path: Path, tmp_path: Path) -> None:
    """Two catalogs' entries both carry the base's name (their developers disagree, so they stay two): the Index's
    chat model is linked to neither — it was linked to whichever existed when the Index was imported."""
    batches: list[Batch] = [
        ("osai", [osai_yaml(tmp_path / "osai", "RedPajama", "RedPajama-INCITE-7B-Chat", "RedPajama-INCITE-7B-Base",
                            "Together")]),
        ("mot", [mot_yaml(tmp_path / "mot", "RedPajama-INCITE-7B-Base", "7B", "Together")]),
        ("epoch", [epoch_csv(tmp_path / "epoch", [
            {"System": "RedPajama-INCITE-7B-Base", "Organization": "Stanford University"}])]),
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    assert atlas["osai:RedPajama"]["base model"] is None


def _mot_file(folder: Path, file_name: str, name: str, version: str, params: str) -> Path:
    """A Model Openness Tool file whose `name` need not be its file's (the tool's Qwen2.5-72B-Instruct.yml says
    Qwen2.5-32B-Instruct)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_text(
        "framework:\n  name: 'Model Openness Framework'\n  version: '1.0'\nrelease:\n"
        f"  name: '{name}'\n  version: '{version}'\n  type: language\n  architecture: transformer\n"
        f"  producer: 'Zephyr Labs'\n  parameters: '{params}'\n"
        "  license:\n    distribution:\n      name: Apache-2.0\n  components:\n"
        "    -\n      name: 'Model parameters (Final)'\n      license: Apache-2.0\n",
        encoding="utf-8",
    )
    return path


def test_two_files_claiming_one_name_give_one_atlas_in_any_batches(seeded_path: Path, tmp_path: Path) -> None:
    """Two files of one catalog give one name different facts: the file first by name states them, in one batch
    or in any split (a later batch's file replaced an earlier one's facts whichever it was)."""
    batches: list[Batch] = [
        ("mot", [_mot_file(tmp_path / "mot-a", "Zeta-32B-Instruct.yml", "Zeta-32B-Instruct", "32B", "32B")]),
        ("mot", [_mot_file(tmp_path / "mot-b", "Zeta-72B-Instruct.yml", "Zeta-32B-Instruct", "72B", "72B")]),
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    facts = atlas["mot:Zeta-32B-Instruct"]["facts"]
    assert facts["params_total"] == 32e9, facts


def _osai_file(folder: Path, system: str, org: str, link: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{system}.yaml"
    path.write_text(
        f"system:\n    name: {system}\n    endmodelname: {system}\n    endmodellicense: Apache-2.0\n"
        f"    releasedate: 2024-04\norg:\n    name: {org}\n    link: {link}\n"
        "weights_endmodel:\n    class: open\nlicenses:\n    class: open\n",
        encoding="utf-8",
    )
    return path


def _epoch_rows(folder: Path, rows: list[dict[str, str]]) -> Path:
    """An Epoch table with the organization's country (the column the full table has)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "All ML Systems - full view.csv"
    header = ["System", "Organization", "Country (of organization)", "Parameters", "Domain"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        for row in rows:
            writer.writerow({"Domain": "Language", **row})
    return path


def test_rows_giving_an_organization_different_websites_agree_in_any_batches(seeded_path: Path,
                                                                             tmp_path: Path) -> None:
    """Three Index systems of one organization link it to different websites: the system first in the catalog's
    order gives the website, in one batch or in any split."""
    batches: list[Batch] = [
        ("osai", [_osai_file(tmp_path / f"osai-{system}", system, "Zephyr Labs", f"https://{site}.example")])
        for system, site in (("Alpha", "charlie"), ("Bravo", "alpha"), ("Charlie", "bravo"))
    ]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    [org] = [value for key, value in atlas.items() if key.startswith("organization") and "zephyr" in key]
    assert org["facts"]["website"] == "https://charlie.example", org["facts"]


def test_rows_giving_an_organization_different_countries_agree_in_any_batches(seeded_path: Path,
                                                                              tmp_path: Path) -> None:
    """Epoch's rows give one organization different countries (Cohere, Northeastern University): the row first in
    the catalog's order gives the country, in one table or split into shuffled tables."""
    rows = [{"System": system, "Organization": "Zephyr Labs", "Country (of organization)": country}
            for system, country in (("Bravo", "Canada"), ("Alpha", "Germany"), ("Charlie", "United States of America"))]
    batches: list[Batch] = [("epoch", [_epoch_rows(tmp_path / f"epoch-{index}", [row])])
                            for index, row in enumerate(rows)]
    atlas = assert_same(every_order(seeded_path, tmp_path, batches))
    [org] = [value for key, value in atlas.items() if key.startswith("organization") and "zephyr" in key]
    assert org["facts"]["country"] == "Germany", org["facts"]
