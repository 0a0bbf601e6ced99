"""The detail pane draws a model's family tree: the shown model in bold, the others as links, relations named."""

from __future__ import annotations

from db.detail import entry_detail
from db.lineage import set_base
from db.store import Store
from desktop.detail_html import detail_html


def test_the_family_tree_section(seeded: Store) -> None:
    tuned = seeded.create("model", {"name": "Hermes Chat 8B"}).uuid
    set_base(seeded, tuned, "Llama 3 8B", "fine-tune")
    page = detail_html(entry_detail(seeded, tuned))
    section = page[page.index("<h2>Family tree"):]
    section = section[:section.index("<h2>", 4)] if "<h2>" in section[4:] else section
    assert "<b>Hermes Chat 8B</b>" in section and "(fine-tune" in section
    llama = seeded.resolve("Llama 3 8B", "model").uuid
    assert f'atlas://entry/{llama}">Llama 3 8B</a>' in section
    assert section.index("Llama 3 8B") < section.index("Hermes Chat 8B")
    assert "Terms passed down from" in section and "Meta Llama 3 Community License Agreement</a> (every clause)" \
        in section
    alone = seeded.create("model", {"name": "Solo 1B"}).uuid
    assert "Family tree" not in detail_html(entry_detail(seeded, alone))
