#!/bin/bash
# A soak run by hand: `serve --demo` (release build, SQLite) under wrk for SECS seconds,
# 120 connections as the demo mother over her child's file and her start page, 80 as
# visitors over the kennisbank and the hulpwijzer; RSS every 15 s. Needs Debian's wrk and
# `cargo build --release -p samenspoor`. Usage: crates/bench/soak/run.sh [SECS] [PORT]
set -euo pipefail
SECS=${1:-180}
PORT=${2:-8099}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
BASE=http://127.0.0.1:$PORT
DIR=$(mktemp -d)
"$ROOT/target/release/samenspoor" --database-url "sqlite://$DIR/demo.db" serve --demo --bind "127.0.0.1:$PORT" >"$DIR/log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.2; done
# Sign in as the first demo account (the mother) the way the sign-in page offers it.
JAR=$DIR/jar
curl -s -c "$JAR" -b "$JAR" "$BASE/inloggen" >"$DIR/in.html"
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$DIR/in.html" | head -1 | sed 's/.*value="//; s/"//'; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "csrf=$(field csrf)&user_id=$(field user_id)" "$BASE/inloggen/demo"
SESSION=$(awk '/ss_session/ {print $7}' "$JAR")
FILE=$(curl -s -b "ss_session=$SESSION" "$BASE/api/v1/trajecten" | python3 -c 'import sys,json; print(json.load(sys.stdin)[0]["id"])')
ARTICLE=$(curl -s "$BASE/kennisbank/zoeken?q=opp" | grep -o '/kennisbank/artikel/[a-z0-9-]*' | head -1)
rss() { awk '/VmRSS/ {printf "%.1f MB", $2/1024}' "/proc/$PID/status"; }
echo "file $FILE, article $ARTICLE; idle RSS $(rss)"
wrk -t1 -c120 -d"${SECS}s" --latency -s "$HERE/signed.lua" "$BASE" -- "$FILE" "ss_session=$SESSION" >"$DIR/signed.txt" &
W1=$!
wrk -t1 -c80 -d"${SECS}s" --latency -s "$HERE/visitor.lua" "$BASE" -- "$ARTICLE" >"$DIR/visitor.txt" &
W2=$!
for t in $(seq 15 15 "$SECS"); do sleep 15; echo "t=${t}s RSS $(rss)"; done
wait $W1 $W2
echo "after RSS $(rss)"
echo "--- signed in"; cat "$DIR/signed.txt"; echo "--- visitors"; cat "$DIR/visitor.txt"
echo "server errors logged: $(grep -c ' ERROR \|panicked' "$DIR/log" || true)"
