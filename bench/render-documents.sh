#!/usr/bin/env bash
# Renders every party document the tests wrote under target/documents/ through LibreOffice, as a reader would print
# them, and shows each page's text and a small image of each page (target/documents/png/).
#   flock /tmp/mvn.lock ./mvnw -B -q test -Dtest='PartyDocumentLayoutTests,DirectiveDocumentsTests,RatingListDocumentTests,CommitmentPrintTests,RecognitionTests' -Dspotless.check.skip=true
#   bench/render-documents.sh
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/documents
mkdir -p "$dir/pdf" "$dir/png"
soffice --headless --convert-to pdf --outdir "$dir/pdf" "$dir"/*.docx >/dev/null 2>&1
for pdf in "$dir"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  echo "=== $name: $pages page(s)"
  pdftotext -layout "$pdf" - | head -40 || true
  pdftoppm -png -r 60 "$pdf" "$dir/png/$name"
  # a blank last page: a page with no text at all
  last=$(pdftotext -f "$pages" -l "$pages" "$pdf" - | tr -d '[:space:]' | wc -c)
  if [ "$last" -eq 0 ]; then echo "!!! $name: the last page is blank"; fi
done
