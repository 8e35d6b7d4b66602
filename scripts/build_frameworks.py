"""One-off converter: the research YAML of ../shared/reference/frameworks into Caitien's data files.

The files it writes under ``src/caitien/frameworks/data/`` are the source of truth
from then on and are edited by hand; this script only records how they were first
derived (``python scripts/build_frameworks.py [REFERENCE_DIR]``). Running it again
overwrites hand edits, so review the diff before committing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "caitien" / "frameworks" / "data"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "frameworks"

FORMAT = "caitien.framework/1"

SOURCES_2018 = {
    "TT19-2018": "tt19-2018-mam-non.yaml",
    "TT17-2018": "tt17-2018-tieu-hoc.yaml",
    "TT18-2018": "tt18-2018-trung-hoc.yaml",
}

# Short rule keys for the 2018 files: (group in the reference file, key) → our key.
RULE_KEYS_2018 = {
    ("accreditation_rules", "criterion_rule"): "criterion_level",
    ("accreditation_rules", "school_level_rule"): "school_level",
    ("accreditation_rules", "conditions"): "accreditation_conditions",
    ("accreditation_rules", "level_1"): "accreditation_grade_1",
    ("accreditation_rules", "level_2"): "accreditation_grade_2",
    ("accreditation_rules", "level_3"): "accreditation_grade_3",
    ("accreditation_rules", "level_4"): "accreditation_grade_4",
    ("accreditation_rules", "transition"): "accreditation_transition",
    ("accreditation_rules", "cycle_and_validity"): "accreditation_cycle",
    ("accreditation_rules", "confidence"): "accreditation_confidence",
    ("national_standard_rules", "conditions"): "national_standard_conditions",
    ("national_standard_rules", "muc_do_1"): "national_standard_level_1",
    ("national_standard_rules", "muc_do_2"): "national_standard_level_2",
    ("national_standard_rules", "validity"): "national_standard_validity",
    ("national_standard_rules", "authority"): "national_standard_authority",
    ("national_standard_rules", "confidence"): "national_standard_confidence",
}

HEADER = (
    "# Khung tiêu chí {code}: Thông tư {circular}.\n"
    "# Dữ liệu khung tiêu chí của Caitien, định dạng {fmt}; cấu trúc: docs/frameworks.md.\n"
    "# Tên tiêu chuẩn, tiêu chí ghi như nguồn; nội dung các mức là diễn giải ngắn, giữ nguyên\n"
    "# mọi con số. Độ tin cậy: verified / single-source / inferred / conflict.\n"
)

_SOURCE_NOTE = re.compile(r"^(?P<text>.*?)\s*\((?P<note>[^()]*)\)\s*$")


def _levels(raw: dict[int, Any]) -> dict[str, list[str]]:
    """Levels keyed "1", "2", "3", each a list of requirement texts."""
    levels: dict[str, list[str]] = {}
    for level, texts in sorted(raw.items()):
        levels[str(level)] = [texts] if isinstance(texts, str) else list(texts)
    return levels


def _split_variant(variant: str) -> tuple[str, str | None]:
    """A TT57 title variant without its trailing "(source …)" note, and that note."""
    match = _SOURCE_NOTE.match(variant)
    if match is None:
        return variant, None
    return match["text"], match["note"]


def _alternatives(raw: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Title alternatives of a reference entry and the notes that came with them."""
    alternatives = list(raw.get("title_alternatives", []))
    notes: list[str] = []
    for variant in raw.get("title_variants", []):
        text, note = _split_variant(variant)
        alternatives.append(text)
        if note:
            notes.append(f"Tên khác '{text}': {note}.")
    return alternatives, notes


def _criterion(raw: dict[str, Any], mandatory_default: bool = False) -> dict[str, Any]:
    """One criterion in Caitien's structure."""
    alternatives, variant_notes = _alternatives(raw)
    notes = [n for n in (raw.get("notes"), raw.get("indicators_note")) if n] + variant_notes
    out: dict[str, Any] = {
        "code": str(raw["code"]),
        "title": raw["title"],
        "title_confidence": raw["title_confidence"],
    }
    if alternatives:
        out["title_alternatives"] = alternatives
    out["confidence"] = raw["confidence"]
    out["mandatory"] = bool(raw.get("mandatory", mandatory_default))
    out["levels"] = _levels(raw["levels"])
    if raw.get("suggested_evidence"):
        out["suggested_evidence"] = raw["suggested_evidence"]
    if raw.get("indicators"):
        out["indicators"] = list(raw["indicators"])
    if raw.get("verified_parts"):
        out["verified_parts"] = [str(p) for p in raw["verified_parts"]]
    sources = raw.get("evidence") or raw.get("source_ids")
    if sources:
        out["sources"] = [str(s) for s in sources]
    if notes:
        out["notes"] = " ".join(notes)
    return out


def _standard(raw: dict[str, Any]) -> dict[str, Any]:
    """One standard with its criteria in Caitien's structure."""
    alternatives, variant_notes = _alternatives(raw)
    notes = [n for n in (raw.get("notes"),) if n] + variant_notes
    out: dict[str, Any] = {
        "number": raw["number"],
        "title": raw["title"],
        "title_confidence": raw["title_confidence"],
    }
    if alternatives:
        out["title_alternatives"] = alternatives
    if notes:
        out["notes"] = " ".join(notes)
    out["criteria"] = [_criterion(c) for c in raw["criteria"]]
    return out


_INFERRED = "[suy luận]"


def _level_4(items: list[str], confidences: list[str]) -> list[dict[str, str]]:
    """Mức 4 items as {text, confidence}; the "[suy luận]" prefix becomes the confidence."""
    out = []
    for text, confidence in zip(items, confidences, strict=True):
        clean = text.removeprefix(_INFERRED).strip()
        out.append({"text": clean, "confidence": confidence})
    return out


def _rules_2018(ref: dict[str, Any]) -> dict[str, str]:
    rules: dict[str, str] = {}
    for (group, key), ours in RULE_KEYS_2018.items():
        value = ref.get(group, {}).get(key)
        if value:
            rules[ours] = str(value)
    return rules


def convert_2018(code: str, ref: dict[str, Any]) -> dict[str, Any]:
    """A 2018 framework file (TT17/18/19) from its reference file."""
    meta = ref["level_4_meta"]
    return {
        "format": FORMAT,
        "code": code,
        "plan_framework": code,
        "form": "2018",
        "circular_number": ref["circular_number"],
        "title": ref["title"],
        "issued": ref["issued"],
        "effective": ref["effective"],
        "school_levels": list(ref["school_levels"]),
        "max_level": 3,
        "text_note": f"{ref['text_version']} {ref['paraphrase_note']}",
        "standards": [_standard(s) for s in ref["standards"]],
        "level_4": _level_4(ref["level_4"], meta["item_confidence"]),
        "level_4_note": f"{meta['article']} {meta.get('notes', '')}".strip(),
        "rules": _rules_2018(ref),
        "sources": [str(s) for s in ref["sources"]],
    }


def _flatten_rules(rules: dict[str, Any], numeral: str) -> dict[str, str]:
    """TT57 rule groups flattened to "group_key": text (lists joined with "; ").

    Notes written for one appendix ("appendix_II_note") go to that appendix only,
    as "<group>_appendix_note".
    """
    flat: dict[str, str] = {}
    for group, body in rules.items():
        for key, value in body.items():
            if key == "source_ids":
                continue
            match = re.match(r"appendix_([IVX]+)_", key)
            if match:
                if match[1] != numeral:
                    continue
                key = "appendix_note"
            if isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            flat[f"{group}_{key}"] = str(value)
    return flat


def convert_tt57(ref: dict[str, Any], appendix: dict[str, Any]) -> dict[str, Any]:
    """One TT57-2026 appendix as a framework file of its own."""
    numeral = appendix["appendix"]
    note = " ".join(str(n) for n in (appendix.get("definitions"), appendix.get("code_note")) if n)
    return {
        "format": FORMAT,
        "code": f"TT57-2026/{numeral}",
        "plan_framework": "TT57-2026",
        "appendix": numeral,
        "form": "2026",
        "circular_number": ref["circular_number"],
        "title": ref["title"],
        "appendix_title": appendix["name"],
        "issued": ref["issued"],
        "effective": ref["effective"],
        "school_levels": list(appendix["school_kinds"]),
        "max_level": 2,
        "text_note": f"{ref['paraphrase_note']} Độ tin cậy của phụ lục: {appendix['confidence']}.",
        "appendix_note": note or None,
        "standards": [_standard(s) for s in appendix["standards"]],
        # khoản 3 Điều 5: every mandatory criterion, and 05 of the other 07, at the level;
        # from Mức 2 on, no criterion below Mức 1.
        "school_result": {"others_required": 5, "all_at_level_1_from": 2},
        "rules": _flatten_rules(ref["rules"], numeral),
        "sources": [
            f"{s.get('id', '')}: {s.get('repo', s.get('url', ''))} {s.get('path', '')}".strip()
            for s in ref["sources"]
        ],
    }


def _source(text: str) -> str:
    """A source line with the research machine's seed folder replaced by the project's."""
    return " ".join(text.replace("/farm/in/seeds/", "shared/seeds/").split())


def write(path: Path, data: dict[str, Any]) -> None:
    """Write one framework file: a comment header, then readable YAML (allow_unicode)."""
    data = {k: v for k, v in data.items() if v is not None}
    data["sources"] = [_source(s) for s in data["sources"]]
    header = HEADER.format(code=data["code"], circular=data["circular_number"], fmt=FORMAT)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + body, encoding="utf-8")
    print(f"{path.relative_to(ROOT)}")


def main(reference: Path) -> int:
    """Convert every reference file into ``src/caitien/frameworks/data``."""
    for code, name in SOURCES_2018.items():
        ref = yaml.safe_load((reference / name).read_text(encoding="utf-8"))
        write(DATA / f"{code.lower()}.yaml", convert_2018(code, ref))
    ref = yaml.safe_load((reference / "tt57-2026.yaml").read_text(encoding="utf-8"))
    for appendix in ref["appendices"]:
        data = convert_tt57(ref, appendix)
        write(DATA / f"tt57-2026-{appendix['appendix'].lower()}.yaml", data)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REFERENCE))
