#!/usr/bin/env bash
# Lighthouse performance on a phone (Lighthouse's default mobile emulation and throttling) for the pages members and
# secretaries open, signed in as the demo accounts, beside the sign-in page as the reference of the same run.
#
#   ./mvnw -q package -DskipTests && java -jar target/lamtheobac-*.jar --server.port=18080 &   # a fresh demo
#   bench/lighthouse.sh http://127.0.0.1:18080
#
# Needs Node.js (npx fetches lighthouse 12 from the npm registry) and Debian's chromium. Prints one line per page.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
out=${LIGHTHOUSE_OUT:-target/lighthouse}
mkdir -p "$out"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

session() { # user → the SESSION cookie of a signed-in browser session
  local jar; jar=$(mktemp)
  local csrf
  csrf=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=LamTheoBac@2025" \
       --data-urlencode "_csrf=$csrf" "$base/login"
  grep SESSION "$jar" | awk '{print $7}'
  rm -f "$jar"
}

measure() { # label url [cookie]
  local headers='{}'
  [ -n "${3:-}" ] && headers="{\"Cookie\": \"SESSION=$3\"}"
  ${LIGHTHOUSE:-npx --yes lighthouse@12} "$2" --quiet --only-categories=performance --output=json --output-path="$out/$1.json" \
      --extra-headers="$headers" --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>&1
  node -e "const r=require('./$out/$1.json'); const a=r.audits;
    console.log([('$1').padEnd(28), 'performance', Math.round(r.categories.performance.score*100),
      'FCP', a['first-contentful-paint'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue,
      'TBT', a['total-blocking-time'].displayValue, 'bytes', a['total-byte-weight'].numericValue].join(' '))"
}

measure reference-login "$base/login"
member=$(session dangvien)
for page in /app /app/commitments/mine /app/evaluations /app/notifications /app/initiatives; do
  measure "member${page//\//-}" "$base$page" "$member"
done
secretary=$(session chibo.bithu)
for page in /app /app/commitments /app/inbox /app/evaluations /app/people; do
  measure "secretary${page//\//-}" "$base$page" "$secretary"
done
