"""What the speed-ups must not change: the font subsets made once per process give the bytes
reportlab alone gives, whichever document came before; the export writing on its own thread
still counts a PDF only once it is on disk. No sandbox needed: the models are made here."""

from __future__ import annotations

import pytest

from benchmarks.documents_bench import account, invoice
from smartalex_desktop.documents import ExportFailed, export_invoices, files, render_invoice
from tests.helpers import pdf


def test_invoices_made_one_after_the_other_embed_the_glyphs_each_uses(tmp_path):
    zoe = account()  # "Zoë's Bright Smile Dental — Montréal"
    greek = zoe.model_copy(update={"company_name": "Ωμέγα Οδοντιατρική · Čaj & Šum"})
    first = render_invoice(invoice(1), zoe)
    second = render_invoice(invoice(2), greek)  # other characters: another subset
    again = render_invoice(invoice(1), zoe)  # the first subset, now from the cache

    assert again == first
    assert second == pdf.render_in_a_fresh_process(invoice(2), greek)
    for name, data, practice in (("zoe", first, zoe), ("greek", second, greek)):
        path = pdf.save(tmp_path, f"{name}.pdf", data)
        pdf.qpdf_check(path)
        assert practice.company_name in pdf.text(path)
        embedded = [line for line in pdf.fonts(path).splitlines() if "DejaVuSans" in line]
        assert embedded and all(" yes yes " in line for line in embedded)


def test_a_failed_write_stops_the_export_with_the_files_before_it(tmp_path, monkeypatch):
    acct = account()
    invoices = [invoice(number, lines=3) for number in range(1, 7)]
    real_write = files.write_atomic
    written: list[str] = []

    def disk_full_on_the_third(path, data):
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(path.name)
        return real_write(path, data)

    monkeypatch.setattr(files, "write_atomic", disk_full_on_the_third)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportFailed) as failure:
        export_invoices(
            invoices, acct, tmp_path, progress=lambda done, total: seen.append((done, total))
        )
    message = failure.value.user_message
    assert "could not be written" in message and "No space left on device" in message
    assert [path.name for path in failure.value.partial.pdfs] == written
    assert seen == [(0, 6), (1, 6), (2, 6)]
    assert {path.name for path in tmp_path.iterdir()} == set(written)  # no CSV, no temp file


def test_an_export_counts_each_pdf_once_it_is_written(tmp_path):
    acct = account()
    invoices = [invoice(number, lines=3 + number % 4) for number in range(1, 13)]
    seen: list[tuple[int, int]] = []
    on_disk_when_counted: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        on_disk_when_counted.append(len(list(tmp_path.glob("*.pdf"))))

    result = export_invoices(invoices, acct, tmp_path, progress=progress)
    assert seen == [(done, 12) for done in range(13)]
    assert on_disk_when_counted == list(range(13))
    assert [path.read_bytes() for path in result.pdfs] == [
        render_invoice(inv, acct) for inv in invoices
    ]
