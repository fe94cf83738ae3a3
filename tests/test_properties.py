"""Properties that hold for any text: no exception, spans inside the text, linear time."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.documents import decode_document
from graph.errors import DocumentError
from graph.extract import extract

LISTY = st.lists(
    st.sampled_from(list("abcXYZ ,.;:()[]-–•\t\n0123456789'&/") + ["and ", "Party ", "Signatories:\n", "(USA)", "e. V."]),
    max_size=200,
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), LISTY))
def test_extract_never_raises_and_spans_stay_inside(text: str) -> None:
    try:
        doc = decode_document("prop.txt", text.encode("utf-8", "surrogatepass"))
    except DocumentError:
        return  # a classified refusal (binary-looking input) is a valid outcome; a crash is not
    result = extract(doc)
    n = len(doc.text)
    for item in (*result.signatories, *result.authors, *result.mentions, *result.dates):
        assert 0 <= item.span.start <= item.span.end <= n
    for signatory in result.signatories:
        assert signatory.name.strip()
        if signatory.parts:
            continue  # printed in pieces: each piece is checked by the golden tests
        found = " ".join(signatory.span.of(doc.text).split()).casefold()
        forms = [" ".join(f.split()).casefold() for f in (signatory.name, *signatory.aliases)]
        assert any(form in found for form in forms), (signatory.name, signatory.span.of(doc.text))


def test_adversarial_list_text_runs_in_linear_time() -> None:
    """Catastrophic backtracking is the list parser's known trap: 50 KB of commas, brackets and
    'and' must not take long (a budget generous for CI, far below exponential blow-up)."""
    chunk = "Signatories:\n" + ("A (B, C (D and E, F), and G " * 40 + "\n")
    text = (chunk * 60)[:50_000]
    start = time.process_time()  # CPU time: a busy machine descheduling the test does not count
    extract(decode_document("adversarial.txt", text.encode()))
    assert time.process_time() - start < 5.0
