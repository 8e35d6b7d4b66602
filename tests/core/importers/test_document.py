"""The raw-structure classes shared by every reader (``caitien.importers._document``)."""

from __future__ import annotations

import pytest

from caitien.importers._document import Cell, Row, Table


def _rows() -> list[Row]:
    return [Row(cells=[Cell(["Tiêu chí 1.1"], 0), Cell(["Rà soát"], 1)])]


def test_it_computes_a_bordered_value_given_as_a_function_once_on_first_reading() -> None:
    calls: list[int] = []

    def vote() -> bool:
        calls.append(1)
        return False

    table = Table(_rows(), 2, bordered=vote)
    assert calls == []
    assert table.bordered is False
    assert table.bordered is False
    assert calls == [1]


@pytest.mark.parametrize("bordered", [True, False])
def test_it_compares_and_prints_a_table_alike_whether_bordered_was_given_or_computed(
    bordered: bool,
) -> None:
    given = Table(_rows(), 2, bordered=bordered)
    computed = Table(_rows(), 2, bordered=lambda: bordered)
    assert computed == given
    assert repr(computed) == repr(given)
    assert f"bordered={bordered}" in repr(given)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (Table(_rows(), 2, bordered=True), Table(_rows(), 2, bordered=lambda: False)),
        (Table(_rows(), 2), Table(_rows(), 3)),
        (Table(_rows(), 2), Table([], 2)),
    ],
)
def test_it_tells_tables_apart_by_rows_columns_and_borders(left: Table, right: Table) -> None:
    assert left != right


def test_it_defaults_to_a_ruled_table_that_is_not_equal_to_other_kinds() -> None:
    table = Table(_rows(), 2)
    assert table.bordered is True
    assert table != _rows()[0]


def test_it_gives_a_cells_clean_text_and_folded_words_computed_once() -> None:
    cell = Cell(["  Tiêu chí\u200b", "Nội dung  "], 0)
    assert (cell.clean, cell.words) == ("Tiêu chí Nội dung", "tieu chi noi dung")
    cell.paragraphs.append("thêm")  # read after the reader is done: the first reading stays
    assert (cell.clean, cell.words) == ("Tiêu chí Nội dung", "tieu chi noi dung")


def test_it_leaves_the_computed_texts_out_of_comparison_and_printing() -> None:
    read = Cell(["Tiêu chí"], 0)
    assert read.clean
    assert read == Cell(["Tiêu chí"], 0)
    assert repr(read) == repr(Cell(["Tiêu chí"], 0))
