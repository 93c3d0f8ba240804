from vielfalt.meetings.markdown import render_markdown


def test_headings_start_below_the_sections_heading():
    html = render_markdown("# Eins\n\n## Zwei\n\n### Drei")
    assert "<h3>Eins</h3>" in html
    assert "<h3>Zwei</h3>" in html
    assert "<h4>Drei</h4>" in html


def test_raw_html_and_scripts_are_escaped_or_removed():
    html = render_markdown('<script>alert(1)</script>\n\n<b onclick="x()">fett</b>')
    assert "<script>" not in html
    assert "onclick=" not in html.replace("&lt;b onclick=", "")
    assert "<b " not in html


def test_javascript_links_lose_their_target():
    html = render_markdown("[klick](javascript:alert(1)) [gut](https://example.org)")
    assert "javascript:" not in html.replace("[klick](javascript:alert(1))", "")
    assert 'href="https://example.org"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_lists_tables_and_emphasis_survive():
    html = render_markdown("- **a**\n- *b*\n\n| x | y |\n|---|---|\n| 1 | 2 |")
    assert "<li><strong>a</strong></li>" in html
    assert "<em>b</em>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_empty_text_gives_nothing():
    assert render_markdown("") == ""
