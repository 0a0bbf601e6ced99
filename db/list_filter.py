"""What a list is narrowed to, as plain data: built by the faces before SQLAlchemy and the schema are loaded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class ListFilter:
    """What the user narrowed a list to; every field is optional and they combine with AND."""

    kind: str = "model"
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tags_include: tuple[str, ...] = ()
    tags_exclude: tuple[str, ...] = ()
    text: str = ""
    uuids: tuple[str, ...] | None = None
    include_deleted: bool = False

    def with_facet(self, name: str, values: Sequence[str]) -> ListFilter:
        facets = dict(self.facets)
        if values:
            facets[name] = tuple(values)
        else:
            facets.pop(name, None)
        return replace(self, facets=facets)
