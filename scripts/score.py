"""Score an import against its truth: `scripts/score.py IMPORTED TRUTH` or `--fixtures`.

IMPORTED is a ``caitien.plan/1`` JSON file, or a document (DOCX, DOC, PDF, text)
that is imported first with :func:`caitien.importers.import_plan`. TRUTH is the
truth JSON. ``--fixtures`` imports every shared document that has a truth (the
seed texts and the samples) and prints one line each and the overall accuracy.
Exit status: 0 when scored, 2 on bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from caitien.errors import CaitienError  # noqa: E402
from caitien.plan import Plan, load_plan  # noqa: E402
from caitien.scoring import Score, Tally, score_plan  # noqa: E402

SHARED = Path(os.environ.get("CAITIEN_SHARED_DIR", ROOT.parent / "shared"))


def main(argv: list[str] | None = None) -> int:
    """Run the script on ``argv`` (``sys.argv[1:]`` when ``None``); return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.fixtures:
            return _score_fixtures(Path(args.shared), as_json=args.json)
        if args.imported is None or args.truth is None:
            raise CaitienError("Cần hai tệp: kết quả nhập (JSON hoặc văn bản) và tệp đáp án JSON.")
        score = score_plan(_plan_of(Path(args.imported)), load_plan(args.truth))
    except CaitienError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 2
    print(
        json.dumps(score.to_dict(), ensure_ascii=False, indent=2)
        if args.json
        else score.report(args.limit)
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Chấm độ chính xác của một lần nhập kế hoạch.")
    parser.add_argument("imported", nargs="?", help="kết quả nhập (.json) hoặc văn bản gốc")
    parser.add_argument("truth", nargs="?", help="tệp đáp án caitien.plan/1 (.json)")
    parser.add_argument("--fixtures", action="store_true", help="chấm mọi văn bản mẫu dùng chung")
    parser.add_argument("--shared", default=str(SHARED), help="thư mục dùng chung (../shared)")
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    parser.add_argument("--limit", type=int, default=20, help="số lỗi lệch tối đa được in")
    return parser


def _plan_of(path: Path) -> Plan:
    """The plan a JSON file holds, or the plan imported from a document."""
    if path.suffix.lower() == ".json":
        return load_plan(path)
    from caitien.importers import import_plan

    return import_plan(path).plan


_DOCUMENT_SUFFIXES = {".docx", ".doc", ".pdf", ".txt", ".rtf", ".odt"}


def _fixture_pairs(shared: Path) -> list[tuple[Path, Path]]:
    """Every document with its truth: the shared seeds and samples, then the repo's samples.

    Shared: ``seeds/*.txt`` with ``fixtures/seeds/<stem>.json``, and
    ``fixtures/samples/<name>.<ext>`` with ``<name>.json``. Repo: every document
    under ``tests/samples`` with ``<name>.plan.json`` beside it or one folder up
    (a legacy ``.doc`` copy shares its Word original's truth).
    """
    pairs = [
        (text, shared / "fixtures" / "seeds" / f"{text.stem}.json")
        for text in sorted((shared / "seeds").glob("*.txt"))
    ]
    samples = shared / "fixtures" / "samples"
    if samples.is_dir():
        pairs += [(doc, doc.with_suffix(".json")) for doc in _documents(samples)]
    for document in _documents(ROOT / "tests" / "samples"):
        truth = document.with_name(f"{document.stem}.plan.json")
        if not truth.exists():
            truth = document.parent.parent / truth.name
        pairs.append((document, truth))
    return [(document, truth) for document, truth in pairs if truth.exists()]


def _documents(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in _DOCUMENT_SUFFIXES)


def _score_fixtures(shared: Path, *, as_json: bool) -> int:
    pairs = _fixture_pairs(shared)
    if not pairs:
        raise CaitienError(f"Không tìm thấy văn bản mẫu nào có đáp án trong «{shared}».")
    results = [_score_one(document, truth) for document, truth in pairs]
    overall = Tally(
        sum(r["score"].correct for r in results), sum(r["score"].total for r in results)
    )
    if as_json:
        print(json.dumps(_fixtures_json(results, overall), ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(_fixture_line(result))
        print(f"overall {overall.accuracy:.4f} ({overall.correct}/{overall.total})")
    return 0


def _score_one(document: Path, truth_path: Path) -> dict[str, Any]:
    """Import and score one document; a failed import scores as an empty plan (all missed)."""
    truth = load_plan(truth_path)
    start = time.perf_counter()
    error = ""
    try:
        imported: Plan | dict[str, Any] = _plan_of(document)
    except CaitienError as exc:
        error, imported = str(exc), {}
    except Exception as exc:  # an importer still being written must not stop the run
        error, imported = f"{type(exc).__name__}: {exc}", {}
    seconds = time.perf_counter() - start
    return {
        "document": str(document.relative_to(ROOT))
        if document.is_relative_to(ROOT)
        else document.name,
        "score": score_plan(imported, truth),
        "error": error,
        "seconds": seconds,
    }


def _fixture_line(result: dict[str, Any]) -> str:
    score: Score = result["score"]
    head = f"{result['document']:<52} {score.accuracy:.4f} ({score.correct}/{score.total})"
    if result["error"]:
        return f"{head} lỗi: {result['error']}"
    weakest = sorted((t.accuracy, name) for name, t in score.fields.items() if t.accuracy < 1)
    weak = ", ".join(f"{name} {accuracy:.2f}" for accuracy, name in weakest[:3]) or "—"
    return f"{head} {result['seconds']:.2f}s  weakest: {weak}"


def _fixtures_json(results: list[dict[str, Any]], overall: Tally) -> dict[str, Any]:
    return {
        "overall": {"accuracy": round(overall.accuracy, 4), **vars(overall)},
        "documents": [
            {
                "document": r["document"],
                "seconds": round(r["seconds"], 3),
                "error": r["error"],
                **r["score"].to_dict(),
            }
            for r in results
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
