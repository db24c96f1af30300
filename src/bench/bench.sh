#!/usr/bin/env bash
# Benchmarks alpfaq as a user runs it, through the launcher with class-data sharing:
#   1. start-up: `diagnose "<one line>"` and `explain flavors` against `java -cp . Hello`
#   2. scanning: a 100 MB syslog-like log against `rg -c -f` over the same signatures
#   3. memory: peak RSS for a 1 GB log on stdin and a 100 MB line without a newline
#   4. scale: the same with a knowledge base of 10x the signatures
#   5. (--jmh) the JMH matcher benchmarks
# Prints medians and ratios and writes them to target/bench/results.md.
# usage: src/bench/bench.sh [--jmh] [--runs N]     (from the repository's top directory)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=15
jmh=0
while [ $# -gt 0 ]; do
  case "$1" in
    --jmh) jmh=1 ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--jmh] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v rg >/dev/null || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from the distribution's packages" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

[ -x target/alpfaq ] && [ -f target/alpfaq.jar ] || mvn -B -q package -DskipTests
w=target/bench
mkdir -p "$w"
export XDG_CACHE_HOME=$PWD/$w/cache
java=$(command -v java)

# The JVM floor: the smallest Java program on the same JVM.
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$w/Hello.java"
javac -d "$w" "$w/Hello.java"

line="rc-update: failed to add service \`loadkmap' to runlevel \`boot': No such file or directory"
target/alpfaq --version >/dev/null   # creates the class-data-sharing archive, as a user's first run does
target/alpfaq --version >/dev/null

echo "== start-up ($runs runs each)"
hyperfine -N -w 3 -r "$runs" --export-json "$w/startup.json" \
  -n floor "$java -Xshare:auto -cp $w Hello" \
  -n diagnose "target/alpfaq diagnose '$line'" \
  -n explain "target/alpfaq explain flavors" >/dev/null

echo "== scanning 100 MB"
[ -s "$w/syslog-100m.log" ] || python3 src/bench/gen-log.py 100 > "$w/syslog-100m.log"
target/alpfaq kb patterns > "$w/patterns.txt"
hyperfine -N -w 1 -r 5 -i --export-json "$w/scan.json" \
  -n rg "rg -c -f $w/patterns.txt $w/syslog-100m.log" \
  -n alpfaq "target/alpfaq diagnose --json --file $w/syslog-100m.log" >/dev/null

echo "== memory"
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
[ -s "$w/oneline-100m.log" ] || python3 src/bench/gen-log.py 100 --one-line > "$w/oneline-100m.log"
rss_100m=$(rss target/alpfaq diagnose --json --file "$w/syslog-100m.log")
rss_line=$(rss target/alpfaq diagnose --json --file "$w/oneline-100m.log")
rss_1g=$( { /usr/bin/time -f '%M' sh -c "for i in 1 2 3 4 5 6 7 8 9 10; do cat $w/syslog-100m.log; done | target/alpfaq diagnose --json - >/dev/null"; } 2>&1 | tail -1)

echo "== scale: 10x the signatures"
java -cp target/alpfaq.jar:target/test-classes org.alpfaq.build.SyntheticKb 10 "$w/kb10"
cp target/alpfaq.jar "$w/alpfaq10.jar"
(cd "$w/kb10" && jar uf0 ../alpfaq10.jar kb.idx kb.body)
ALPFAQ_JAR=$PWD/$w/alpfaq10.jar target/alpfaq --version >/dev/null
ALPFAQ_JAR=$PWD/$w/alpfaq10.jar target/alpfaq --version >/dev/null
export ALPFAQ_JAR_10=$PWD/$w/alpfaq10.jar
hyperfine -N -w 3 -r "$runs" --export-json "$w/scale-startup.json" \
  -n base "target/alpfaq diagnose '$line'" \
  -n x10 "env ALPFAQ_JAR=$ALPFAQ_JAR_10 target/alpfaq diagnose '$line'" >/dev/null
hyperfine -N -w 1 -r 3 -i --export-json "$w/scale-scan.json" \
  -n base "target/alpfaq diagnose --json --file $w/syslog-100m.log" \
  -n x10 "env ALPFAQ_JAR=$ALPFAQ_JAR_10 target/alpfaq diagnose --json --file $w/syslog-100m.log" >/dev/null

python3 - "$w" "$rss_100m" "$rss_line" "$rss_1g" <<'PY' | tee "$w/results.md"
import json, statistics, sys
w, rss_100m, rss_line, rss_1g = sys.argv[1], *map(int, sys.argv[2:5])
def load(name):
    return {r["command"]: r["times"] for r in json.load(open(f"{w}/{name}.json"))["results"]}
def med(ts): return statistics.median(ts)
s, sc, ss, sv = load("startup"), load("scan"), load("scale-startup"), load("scale-scan")
print("| what | median | ratio |")
print("|---|---|---|")
floor = med(s["floor"])
print(f"| `java -cp . Hello` (JVM floor) | {floor*1000:.0f} ms | 1.00 |")
print(f"| `alpfaq diagnose \"<one line>\"` | {med(s['diagnose'])*1000:.0f} ms | {med(s['diagnose'])/floor:.2f}x floor |")
print(f"| `alpfaq explain flavors` | {med(s['explain'])*1000:.0f} ms | {med(s['explain'])/floor:.2f}x floor |")
rg = med(sc["rg"])
print(f"| `rg -c -f patterns` on 100 MB | {rg:.2f} s | 1.00 |")
print(f"| `alpfaq diagnose --file` on 100 MB | {med(sc['alpfaq']):.2f} s | {med(sc['alpfaq'])/rg:.2f}x rg |")
print(f"| start-up, 10x signatures | {med(ss['x10'])*1000:.0f} ms | {med(ss['x10'])/med(ss['base']):.2f}x base |")
print(f"| 100 MB scan, 10x signatures | {med(sv['x10']):.2f} s | {med(sv['x10'])/med(sv['base']):.2f}x base |")
print(f"| peak RSS, 100 MB log | {rss_100m/1024:.0f} MiB | |")
print(f"| peak RSS, 1 GB log on stdin | {rss_1g/1024:.0f} MiB | |")
print(f"| peak RSS, 100 MB line without newline | {rss_line/1024:.0f} MiB | |")
PY

if [ "$jmh" = 1 ]; then
  echo "== JMH"
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$w/cp.txt" -Dmdep.includeScope=test >/dev/null
  java -cp "target/test-classes:target/classes:$(cat "$w/cp.txt")" org.openjdk.jmh.Main MatcherBenchmark | tee "$w/jmh.txt" | tail -5
fi
