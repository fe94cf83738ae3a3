from __future__ import annotations

import pytest

from graph.extract._text import lines_of
from graph.extract.dates import extract_dates, parse_dates

PARSE = [
    ("Written 2022.02.27, revised 2022.03.01", ["2022-02-27", "2022-03-01"]),
    ("26.05.2024", ["2024-05-26"]),
    ("Brasília, 05 de setembro de 2016", ["2016-09-05"]),
    ("Mittwoch, 01. April 2020.", ["2020-04-01"]),
    ("November 19, 2021", ["2021-11-19"]),
    ("4th February 2021", ["2021-02-04"]),
    ("1 червня 2024 р.", ["2024-06-01"]),
    ("12 mars 2023", ["2023-03-12"]),
    ("31.02.2024", []),  # not a calendar date
    ("Brasília, 1º de maio de 2021", ["2021-05-01"]),  # an ordinal day
    ("2024-11-05T10:00:00Z", ["2024-11-05"]),  # an ISO 8601 stamp with its time
    ("Published 2024-11-05T10:00:00+01:00 by Jane Doe", ["2024-11-05"]),
]


@pytest.mark.parametrize(("text", "values"), PARSE)
def test_parse_dates(text: str, values: list[str]) -> None:
    assert [value for value, _, _ in parse_dates(text)] == values


DOCUMENT_DATES = [
    ("Title\n\nStatus of the signatories 06.01.2025. Further signing possible.\n", ["2025-01-06"]),
    ("Title\nDate: 2024-01-22\n", ["2024-01-22"]),
    ("Title\n\nOn 1 October 2020, the group submitted a request to the council for a decision.\n", []),
    ("Title\n\nIn March 2014 the minister lied to the House of Commons about the removal.\n", []),
    ("Endorses as of November 19, 2021:\n", ["2021-11-19"]),
    # datelines with the word before the date, a dateline opening a news paragraph, a header line
    # that closes with its date; a sentence of the body that ends with a date is not one
    ("Title\n\nParis, le 3 février 2019\n", ["2019-02-03"]),
    ("Title\n\nBerlin, den 5. Juni 2021\n", ["2021-06-05"]),
    ("Title\n\nWarszawa, dnia 3 maja 2022 r.\n", ["2022-05-03"]),
    ("Title\n\nKyiv, 3 February 2019 — The committee said today that it demands an end to the war.\n", ["2019-02-03"]),
    ("Title\n\nStatement by the International Solidarity Committee, 3 February 2019\n", ["2019-02-03"]),
    ("Title\n\nBy Maria Santos on July 20, 2021\n", ["2021-07-20"]),
    ("Title\n\nBy Maria Santos | July 20, 2021\n", ["2021-07-20"]),
    ("Title\n\nJuly 20, 2021 | Peace Council\n", ["2021-07-20"]),
    ("Title\n\nThe committee was founded in the spring of that year, and it met again on its anniversary, 3 February 2019\n", []),
    ("Title\n\nWe call for peace. The war began on 24 February 2022.\n", []),
    ("Title\n\nThe war began on 24 February 2022.\n", []),
    # the day a resolution was adopted, in the header; not a law's in the body
    ("Resolution: Solidarity with the miners\n\nICOR resolution, adopted 12 January 2022\n", ["2022-01-12"]),
    ("Title\n\nBeschlossen am 3. März 2023\n\nDer Vorstand fordert mehr Geld.\n", ["2023-03-03"]),
]


@pytest.mark.parametrize(("text", "values"), DOCUMENT_DATES)
def test_only_dates_that_date_the_document(text: str, values: list[str]) -> None:
    lines = lines_of(text)
    found = extract_dates(lines, len(lines))
    assert [d.value for d in found] == values
    for date in found:
        assert date.span.of(text).strip()
