#!/usr/bin/env bash
# Refits the answer scorer (src/main/resources/match-tuning.json) on every question file we have,
# and prints leave-one-glossary-out accuracy on the fresh sets. Needs the outside glossaries in
# ../shared/glossaries (read in place, never copied) and a built jar (mvn -q package -DskipTests).
# Usage: scripts/tune.sh [--out FILE]   (default: print only); JOPTS="-D..." passes JVM options to both runs;
# JAR=path measures another build (default target/glossary-tutor.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
E=src/test/resources/eval
G=../shared/glossaries
jar=${JAR:-target/glossary-tutor.jar}
echo "== leave one glossary out (scored on the held-out glossary's fresh set; its questions are never fitted on;"
echo "   the training glossaries' questions that must abstain are fitted on, as in the fit on everything)"
java ${JOPTS:-} -jar "$jar" tune --cross-validate \
  --set "deep-learning=glossary/deep-learning=$E/deep-learning/fresh.jsonl" \
  --set "networking=$G/networking=$E/networking/fresh.jsonl" \
  --set "statistics=$G/statistics=$E/statistics/fresh.jsonl" \
  --fit-also "deep-learning=$E/deep-learning/abstain-fit.jsonl" \
  --fit-also "networking=$E/networking/abstain-fit.jsonl" \
  --fit-also "statistics=$E/statistics/abstain-fit.jsonl" 2>/dev/null | sed -n '/^held out/,/^deep-learning (fitted/p' | sed '$d'
echo "== fit on everything (with the questions that must abstain: absent concepts and chatter)"
java ${JOPTS:-} -jar "$jar" tune "$@" \
  --set "deep-learning=glossary/deep-learning=$E/deep-learning/fresh.jsonl,$E/deep-learning/abstain-fit.jsonl,../shared/eval/dev-questions.jsonl,$E/regression-questions.jsonl,$E/unseen-descriptions.jsonl" \
  --set "networking=$G/networking=$E/networking/fresh.jsonl,$E/networking/abstain-fit.jsonl" \
  --set "statistics=$G/statistics=$E/statistics/fresh.jsonl,$E/statistics/abstain-fit.jsonl" 2>/dev/null
