"""Order-preserving alignment of two lists on a cheap likeness of their elements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from caitien.normalise import clean_text

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

ALIGN_THRESHOLD = 0.5
"""Two list elements are taken for the same one when they are at least this alike."""


def tokens(value: Any) -> frozenset[str]:
    """The words of a value, case-folded, for a cheap likeness measure."""
    if value is None:
        return frozenset()
    return frozenset(clean_text(str(value)).casefold().split())


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two word sets, 0.0–1.0; two empty sets are alike (1.0)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def record_similarity(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """Mean likeness of two records over the fields filled on either side (1.0 when none is).

    Each record maps a field to its word set (text fields, compared with
    :func:`dice`) or to its value (exact fields: 1.0 when equal, else 0.0).
    """
    scores = [
        dice(value, b[name]) if isinstance(value, frozenset) else float(value == b[name])
        for name, value in a.items()
        if value or b[name] or value == 0 or b[name] == 0
    ]
    return sum(scores) / len(scores) if scores else 1.0


def align(
    n: int, m: int, alike: Callable[[int, int], float]
) -> list[tuple[int | None, int | None]]:
    """Align two sequences in order, maximising the summed likeness of matched pairs.

    Pairs less alike than :data:`ALIGN_THRESHOLD` are never matched. Returns the
    pairs in document order: ``(i, j)`` matched, ``(i, None)`` a truth element
    missing, ``(None, j)`` an extra element. Ties prefer the earlier match, so the
    result is deterministic.
    """
    if n == 0 or m == 0:
        return [(i, None) for i in range(n)] + [(None, j) for j in range(m)]
    sims = [[alike(i, j) for j in range(m)] for i in range(n)]
    best = _alignment_table(n, m, sims)
    return _trace(n, m, sims, best)


def _alignment_table(n: int, m: int, sims: Sequence[Sequence[float]]) -> list[list[float]]:
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sims[i][j] + best[i + 1][j + 1] if sims[i][j] >= ALIGN_THRESHOLD else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    return best


def _trace(
    n: int, m: int, sims: Sequence[Sequence[float]], best: Sequence[Sequence[float]]
) -> list[tuple[int | None, int | None]]:
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if sims[i][j] >= ALIGN_THRESHOLD and best[i][j] == sims[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs
