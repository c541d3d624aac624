"""The front door (`read_statement`, `detect_format`): binary, empty, huge and 50 MB
files are one clear error; the format comes from the content; whatever the bytes, no
exception other than the importer's own error type (hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.imports import detect_format, read_statement
from app.imports.csv import guess_mapping, parse_csv
from app.imports.model import ImportFileError
from app.imports.ofx import parse_ofx
from app.imports.qif import parse_qif
from app.imports.text import MAX_BYTES, decode

# ---------------------------------------------------------------- bad files


def test_binary_empty_and_huge_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportFileError, match="empty"):
        decode(b"  \n")
    big = tmp_path / "big.qif"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportFileError, match="MB"):
        read_statement(big)
    with pytest.raises(ImportFileError, match="not a file"):
        read_statement(tmp_path)


def test_a_50_mb_file_of_garbage_is_one_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.qif"
    block = bytes(range(256)) * 4096
    with open(junk, "wb") as fh:
        for _ in range(50):
            fh.write(block)
    with pytest.raises(ImportFileError, match="binary"):
        read_statement(junk)
    text = tmp_path / "text.csv"
    text.write_text("just words without any structure\n" * 1_500_000)  # ~50 MB
    with pytest.raises(ImportFileError, match="not a QIF, OFX/QFX or CSV"):
        read_statement(text, format=None)


def test_the_format_comes_from_the_content(tmp_path: Path) -> None:
    assert detect_format("x.txt", "!Type:Bank\nD1/1/26\n^\n") == "qif"
    assert detect_format("x.csv", "OFXHEADER:100\n\n<OFX>\n") == "ofx"
    assert detect_format("x.dat", "date,amount\n2026-01-01,5\n") == "csv"
    with pytest.raises(ImportFileError):
        detect_format("x.pdf", "%PDF-1.4 whatever")


# ---------------------------------------------------------------- fuzz


# ---------------------------------------------------------------- fuzz


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_give_rows_or_the_importers_error(data: bytes) -> None:
    for fmt in ("qif", "ofx", "csv"):
        try:
            text, _enc = decode(data)
            if fmt == "qif":
                parse_qif(text, 2)
            elif fmt == "ofx":
                parse_ofx(data, text, 2)
            else:
                parse_csv(text, guess_mapping(text), 2)
        except ImportFileError:
            pass
