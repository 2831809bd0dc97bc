#!/usr/bin/env bash
# Scale benchmark: start-up (cold and warm), latency and peak memory against WordNet glossaries.
#
#   apt-get update && apt-get install -y wordnet-base     # once: /usr/share/wordnet/
#   mvn -q -DskipTests package && bench/scale.sh [SIZE...]  # default sizes: 500 2000 5000
#
# For each size it writes a glossary of that many WordNet nouns (bench/wordnet_glossary.py), then
# runs `bench` twice on one fresh TUTOR_DATA_DIR: "cold" has no embedding cache yet, "warm" is
# the restart that finds it. Settings: JAR (default target/glossary-tutor.jar), JAVA_OPTS (JVM
# flags, e.g. "-XX:+UseSerialGC"), ROUNDS (timed passes, default 3), KEEP=1 keeps the work folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/../target/glossary-tutor.jar}"
rounds="${ROUNDS:-3}"
sizes=("$@")
((${#sizes[@]})) || sizes=(500 2000 5000)
[[ -f /usr/share/wordnet/data.noun ]] || { echo "needs wordnet-base: apt-get update && apt-get install -y wordnet-base" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "no jar at $jar: run mvn -q -DskipTests package" >&2; exit 2; }
work="$(mktemp -d)"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT

# one bench run -> "startup names_ready all_ready p50 p99 rss" (a field the jar does not report is "-")
run() {
  local dir="$1" out rss
  # shellcheck disable=SC2086
  out="$(TUTOR_GLOSSARY="$dir/glossary" TUTOR_DATA_DIR="$dir/data" \
    /usr/bin/time -f "time_max_rss_kb: %M" java ${JAVA_OPTS:-} -jar "$jar" bench \
    --questions "$dir/questions.jsonl" --rounds "$rounds" 2>&1)" || { echo "$out" >&2; return 1; }
  field() { awk -v k="$1:" '$1 == k {print $2; found=1} END {if (!found) print "-"}' <<<"$out"; }
  rss="$(field rss_mb)"
  [[ "$rss" != "-" ]] || rss="$(( $(field time_max_rss_kb) / 1024 ))"
  echo "$(field startup_ms) $(field names_ready_ms) $(field all_ready_ms) $(field p50_ms) $(field p99_ms) $rss"
}

echo "jar: $jar ($(( $(stat -c %s "$jar") / 1024 / 1024 )) MB)  JAVA_OPTS: ${JAVA_OPTS:-none}  rounds: $rounds"
printf "| terms | cold start ms (names ready) | warm start ms (names ready) | p50 ms cold / warm | p99 ms cold / warm | RSS MB cold / warm |\n"
echo "| --- | --- | --- | --- | --- | --- |"
for n in "${sizes[@]}"; do
  dir="$work/$n"
  python3 "$here/wordnet_glossary.py" "$n" "$dir" 2>/dev/null
  read -r cs cn _ca c50 c99 crss < <(run "$dir")
  read -r ws wn _wa w50 w99 wrss < <(run "$dir")
  printf '| %s | %s (%s) | %s (%s) | %s / %s | %s / %s | %s / %s |\n' "$n" "$cs" "$cn" "$ws" "$wn" "$c50" "$w50" "$c99" "$w99" "$crss" "$wrss"
done
