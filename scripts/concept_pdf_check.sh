#!/bin/sh
# Writes the Integrationskonzept draft as DOCX, converts it with LibreOffice
# and renders its pages as pictures to look at.
#   scripts/concept_pdf_check.sh [OUTDIR] [--forums a,b] [--until YYYY-MM-DD]
# Needs DEBUG=1 (or SECRET_KEY) and the database the site uses.
set -eu
out="${1:-var/concept-check}"
[ $# -gt 0 ] && shift
if ! command -v libreoffice >/dev/null 2>&1; then
    echo "LibreOffice is not installed: skipped (apt-get install libreoffice-writer)." >&2
    exit 0
fi
mkdir -p "$out"
.venv/bin/python manage.py concept_draft --output "$out/konzept.docx" "$@"
libreoffice --headless --convert-to pdf --outdir "$out" "$out/konzept.docx" >/dev/null
if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -r 60 -png "$out/konzept.pdf" "$out/page"
    echo "Pages as pictures: $out/page-*.png"
fi
echo "PDF from LibreOffice: $out/konzept.pdf"
