#!/usr/bin/env bash
# The platform's figures next to their references, from one run (bench/README.md explains each figure):
#   1. vanilla Apache Karaf 4.4.10 (the tarball from Maven Central): cold boot to its SSH port, restart;
#   2. the platform (the distribution of the last `mvn install`): cold boot to the first authenticated
#      200, restart, resident memory, the JVM's -Xmx, re-publications of the API at boot;
#   3. data volumes with `poliin:generate-data`, then every list and search endpoint (first page, a deep
#      page reached by `next` cursors, a filtered search) with wrk next to GET /users/me;
#   4. the funder report next to the same aggregates in hand-written SQL, and the CSV import of 100,000
#      localities next to a raw JDBC batch insert (`poliin:bench-sql`).
# It ends with a table: figure, value, reference, ratio, target, pass/fail.
#
#   bench/run.sh
#
# Settings (environment): POLIIN_BENCH_PORT (HTTP, default 8181), POLIIN_BENCH_SSH_PORT (the platform's
# SSH, default 8101), POLIIN_BENCH_KARAF_SSH_PORT (vanilla Karaf's SSH, default 8102),
# POLIIN_BENCH_RMI_BASE (four RMI ports from here, default 11099), POLIIN_BENCH_ROWS (default 100000),
# POLIIN_BENCH_LARGE_ROWS (default 1000000), POLIIN_BENCH_SECONDS (each wrk run, default 5),
# POLIIN_BENCH_DEEP_HOPS (pages of 500 followed for the deep page, default 100), MAVEN_REPO_LOCAL
# (where the vanilla tarball is looked for and fetched to, default ~/.m2/repository).
# Needs: java, curl, ssh/ssh-keygen, bc, python3, wrk (Debian package `wrk`; installed when missing
# and run as root), and mvn when the vanilla tarball is not in the local repository yet.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${POLIIN_BENCH_PORT:-8181}
ssh_port=${POLIIN_BENCH_SSH_PORT:-8101}
karaf_ssh_port=${POLIIN_BENCH_KARAF_SSH_PORT:-8102}
rmi=${POLIIN_BENCH_RMI_BASE:-11099}
rows=${POLIIN_BENCH_ROWS:-100000}
large_rows=${POLIIN_BENCH_LARGE_ROWS:-1000000}
seconds=${POLIIN_BENCH_SECONDS:-5}
deep_hops=${POLIIN_BENCH_DEEP_HOPS:-100}
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
base="http://127.0.0.1:$port/api/v1"
password="bench-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-16)"
auth="admin:$password"
basic="Authorization: Basic $(printf '%s' "$auth" | base64 -w0)"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "wrk is missing (apt install wrk)" >&2; exit 1; fi
fi

work=target/bench
rm -rf "$work" && mkdir -p "$work"
results=$work/results.tsv
: > "$results"
# figure, value, reference, ratio, target, pass/fail; $1 name, $2 value, $3 reference, $4 unit,
# $5 how the ratio must compare (le/ge) with $6, or "-" when there is no ratio target
record() {
    local ratio="-" verdict="-"
    if [ "$3" != "-" ] && [ -n "$2" ] && [ "$2" != "-" ]; then
        ratio=$(printf '%.2f' "$(echo "scale=4; $2 / $3" | bc -l 2>/dev/null)" 2>/dev/null || echo "-")
    fi
    if [ "$5" != "-" ] && [ "$ratio" != "-" ]; then
        if [ "$(echo "$ratio $([ "$5" = le ] && echo '<=' || echo '>=') $6" | bc -l)" = 1 ]; then verdict=pass; else verdict=FAIL; fi
    fi
    printf '%s\t%s %s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "$3" "$ratio" "$([ "$5" = - ] && echo - || echo "ratio $([ "$5" = le ] && echo '≤' || echo '≥') $6")" "$verdict" >> "$results"
}
# a figure with an absolute target: $1 name, $2 value, $3 unit, $4 le/ge, $5 limit
record_abs() {
    local verdict=FAIL
    [ -n "$2" ] && [ "$2" != "-" ] && [ "$(echo "$2 $([ "$4" = le ] && echo '<=' || echo '>=') $5" | bc -l)" = 1 ] && verdict=pass
    printf '%s\t%s %s\t-\t-\t%s %s %s\t%s\n' "$1" "$2" "$3" "$([ "$4" = le ] && echo '≤' || echo '≥')" "$5" "$3" "$verdict" >> "$results"
}
note() { printf '%s\t%s\t-\t-\t-\t-\n' "$1" "$2" >> "$results"; }

now() { date +%s.%N; }
elapsed() { printf "%.1f" "$(echo "$2 - $1" | bc)"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
set_key() { # file key value
    if grep -q "^$2 *=" "$1"; then sed -i "s|^$2 *=.*|$2 = $3|" "$1"; else echo "$2 = $3" >> "$1"; fi
}
configure_ports() { # home ssh-port rmi-registry rmi-server
    set_key "$1/etc/org.apache.karaf.shell.cfg" sshPort "$2"
    set_key "$1/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$3"
    set_key "$1/etc/org.apache.karaf.management.cfg" rmiServerPort "$4"
}
stop_and_wait() { # home
    "$1/bin/stop" >/dev/null 2>&1 || true
    local deadline=$((SECONDS + 300))
    while [ $SECONDS -lt $deadline ]; do
        [ -e "$1/karaf.pid" ] && kill -0 "$(cat "$1/karaf.pid")" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "Karaf in $1 did not stop" >&2; exit 1
}
rss_mb() { echo $(( $(ps -o rss= -p "$(cat "$1/karaf.pid")") / 1024 )); }

# ---- 1. vanilla Karaf 4.4.10 ----------------------------------------------------------------------
vanilla_archive=$repo/org/apache/karaf/apache-karaf/4.4.10/apache-karaf-4.4.10.tar.gz
if [ ! -f "$vanilla_archive" ]; then
    mvn -B -ntp -q -Dmaven.repo.local="$repo" dependency:get -Dartifact=org.apache.karaf:apache-karaf:4.4.10:tar.gz -Dtransitive=false
fi
tar xzf "$vanilla_archive" -C "$work"
vanilla=$work/apache-karaf-4.4.10
configure_ports "$vanilla" "$karaf_ssh_port" "$rmi" "$((rmi + 1))"
boot_to_ssh() { # home port
    local t0; t0=$(now)
    local deadline=$((SECONDS + 600))
    "$1/bin/start"
    until port_open "$2"; do
        [ $SECONDS -lt $deadline ] || { echo "no SSH port $2 from $1 within 10 minutes" >&2; exit 1; }
        sleep 0.1
    done
    elapsed "$t0" "$(now)"
}
echo "Vanilla Karaf 4.4.10: cold boot..."
vanilla_boot=$(boot_to_ssh "$vanilla" "$karaf_ssh_port")
sleep 5
vanilla_rss=$(rss_mb "$vanilla")
stop_and_wait "$vanilla"
vanilla_restart=$(boot_to_ssh "$vanilla" "$karaf_ssh_port")
stop_and_wait "$vanilla"

# ---- 2. the platform: boot, restart, memory --------------------------------------------------------
archive=$(ls distribution/target/poliin-distribution-*.tar.gz | head -1)
version=$(basename "$archive" .tar.gz | sed 's/^poliin-distribution-//')
home=$work/$(basename "$archive" .tar.gz)
tar xzf "$archive" -C "$work"
set_key "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$port"
configure_ports "$home" "$ssh_port" "$((rmi + 2))" "$((rmi + 3))"
echo "admin.password = $password" > "$home/etc/org.poliin.security.bootstrap.cfg"
# a shell user with a key, for the shell commands (generate-data, bench-sql)
ssh-keygen -q -t rsa -b 3072 -N '' -f "$work/key"
echo "bench=$(cut -d' ' -f2 "$work/key.pub"),_g_:admingroup" >> "$home/etc/keys.properties"
echo "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh" >> "$home/etc/keys.properties"
shell() { ssh -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ServerAliveInterval=30 -i "$work/key" -p "$ssh_port" bench@127.0.0.1 "$@"; }

# The first authenticated 200: the administrator exists once the users file names it, and logging in
# before would trip the login throttle; until then /users/me is only polled once it can succeed.
boot_to_first_200() {
    local t0 deadline=$((SECONDS + 600)); t0=$(now)
    "$home/bin/start"
    until grep -q '^admin' "$home/etc/poliin-users.properties" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || break
        sleep 0.1
    done
    while [ $SECONDS -lt $deadline ]; do
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$basic" "$base/users/me")" = 200 ] && { elapsed "$t0" "$(now)"; return 0; }
        sleep 0.1
    done
    echo "no authenticated 200 from $base/users/me within 10 minutes; see $home/data/log/karaf.log" >&2; exit 1
}
echo "Platform $version: cold boot..."
platform_boot=$(boot_to_first_200)
publications=$(grep -c "Setting the server's publish address" "$home/data/log/karaf.log" || true)
sleep 5
platform_rss=$(rss_mb "$home")
xmx=$(tr '\0' '\n' < "/proc/$(cat "$home/karaf.pid")/cmdline" | grep '^-Xmx' | tail -1 || true)
stop_and_wait "$home"
echo "Platform: restart..."
platform_restart=$(boot_to_first_200)

record "cold boot to the first authenticated 200 (s)" "$platform_boot" "$vanilla_boot" s le 1.5
record "restart to the first authenticated 200 (s)" "$platform_restart" "$vanilla_restart" s le 1.2
note "  reference: vanilla Karaf 4.4.10 to its SSH port (cold, restart)" "$vanilla_boot s, $vanilla_restart s"
record_abs "API publications at the cold boot" "$publications" "" le 1
record "resident memory after boot (MB)" "$platform_rss" "$vanilla_rss" MB - -
note "JVM maximum heap" "${xmx:-none}"

# ---- 3. data volumes, lists and searches ------------------------------------------------------------
deadline=$((SECONDS + 300))
until shell 'feature:list -i' >/dev/null 2>&1 || [ $SECONDS -ge $deadline ]; do sleep 0.5; done
echo "Generating $rows rows per table, $large_rows audit entries and event participants..."
t0=$(now)
if shell "poliin:generate-data --yes --rows $rows --large-rows $large_rows" > "$work/generate.txt" 2>&1 \
        && grep -q '^Done' "$work/generate.txt"; then
    note "data generation ($rows / $large_rows rows)" "$(elapsed "$t0" "$(now)") s"
else
    note "data generation" "not available: $(head -c 120 "$work/generate.txt" | tr '\n\t' '  ')"
fi

# RSS under load: the largest seen while the load runs
rss_max=$work/rss-max
echo 0 > "$rss_max"
( while kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null; do
      r=$(rss_mb "$home" 2>/dev/null || echo 0); [ "$r" -gt "$(cat "$rss_max")" ] && echo "$r" > "$rss_max"; sleep 0.5
  done ) &
sampler=$!

wrk_run() { # url; prints "requests/s p99-ms non-2xx"
    local out; out=$(wrk -t2 -c32 -d"${seconds}s" --latency -H "$basic" "$1" 2>&1)
    local rps p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    echo "${rps:-0} ${p99:-0} ${errors:-0}"
}
read -r me_rps me_p99 _ <<< "$(wrk_run "$base/users/me")"
note "reference: GET /users/me, 32 connections" "$me_rps req/s, p99 $me_p99 ms"

# Follows `next` cursors with pages of 500 and prints the cursor after $deep_hops pages (or the last one).
deep_cursor() { # path
    local after="" next
    for _ in $(seq 1 "$deep_hops"); do
        next=$(curl -sf -H "$basic" "$(url_with "$1" "size=500${after:+&after=$after}")" \
            | python3 -c 'import json,sys,urllib.parse; d=json.load(sys.stdin); n=d.get("next"); print(urllib.parse.quote(n, safe="") if n and d.get("hasMore", True) else "")' 2>/dev/null || true)
        [ -z "$next" ] && break
        after=$next
    done
    echo "$after"
}
url_with() { # path query
    case "$1" in *\?*) echo "$base$1&$2" ;; *) echo "$base$1?$2" ;; esac
}
measure() { # figure url
    local r p e
    read -r r p e <<< "$(wrk_run "$2")"
    record "$1 (req/s)" "$r" "$me_rps" "req/s" ge 0.5
    record_abs "  p99 (ms)" "$p" ms le 50
    [ "$e" != 0 ] && note "  answers that were not 2xx" "$e"
    return 0
}
# name | list path | filtered search (query)
endpoints=(
    "people|/people|q=ion"
    "localities|/localities|county=Sibiu"
    "organisations|/organisations|type=HIGH_SCHOOL"
    "events|/events|module=outreach"
    "audit log|/audit|entityType=person"
    "mail outbox|/mail/outbox|status=SENT"
    "outreach schools|/outreach/schools|county=Sibiu"
    "outreach visits|/outreach/visits|status=DONE"
    "vouchers applications|/vouchers/applications|status=SUBMITTED"
    "vouchers vouchers|/vouchers/vouchers|"
    "vouchers meetings|/vouchers/meetings|from=2024-01-01&to=2024-06-30"
    "counselling students|/counselling/students|status=ACTIVE"
    "counselling meetings|/counselling/meetings|from=2024-01-01&to=2024-06-30"
)
# event participants: the participants of the event with the most of them is not known here; the first event's
first_event=$(curl -sf -H "$basic" "$base/events?size=1" | python3 -c 'import json,sys; i=json.load(sys.stdin).get("items",[]); print(i[0]["id"] if i else "")' 2>/dev/null || true)
[ -n "$first_event" ] && endpoints+=("event participants|/events/$first_event/participants|")

for entry in "${endpoints[@]}"; do
    IFS='|' read -r name path filter <<< "$entry"
    echo "Lists: $name..."
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$basic" "$(url_with "$path" size=50)")" != 200 ]; then
        note "GET $path" "not answering 200: skipped"
        continue
    fi
    measure "GET $path first page" "$(url_with "$path" size=50)"
    cursor=$(deep_cursor "$path")
    if [ -n "$cursor" ]; then
        measure "GET $path deep page (after $deep_hops×500 by next)" "$(url_with "$path" "size=50&after=$cursor")"
    else
        note "GET $path deep page" "no next cursor: fewer rows than one page of 500, or no keyset paging"
    fi
    [ -n "$filter" ] && measure "GET $path?$filter" "$(url_with "$path" "size=50&$filter")"
done
kill "$sampler" 2>/dev/null || true
record_abs "resident memory under the load (MB)" "$(cat "$rss_max")" MB le 600

# ---- 4. the funder report and the CSV import next to hand-written SQL ---------------------------------
report_ms() { # best of 3, milliseconds
    local best=""
    for _ in 1 2 3; do
        t=$(curl -s -o /dev/null -w '%{time_total}' -H "$basic" "$base/indicators?from=2024-01-01&to=2024-12-31")
        ms=$(echo "$t * 1000" | bc)
        if [ -z "$best" ] || [ "$(echo "$ms < $best" | bc)" = 1 ]; then best=$ms; fi
    done
    printf "%.1f" "$best"
}
echo "Funder report..."
http_report=$(report_ms)
csv=$work/localities.csv
python3 - "$csv" "$rows" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as out:
    out.write("code,name,county,population,type\n")
    for i in range(1, n + 1):
        out.write(f"BENCH{i},Localitatea de bench {i},Județul {i % 41},{i * 7 % 20000},{'urban' if i % 3 == 0 else 'rural'}\n")
PY
echo "CSV import of $rows localities..."
t0=$(now)
curl -s -H "$basic" -H 'Content-Type: text/csv' --data-binary @"$csv" "$base/localities/import" > "$work/import.json"
import_s=$(echo "$(now) - $t0" | bc)
created=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("created", 0))' "$work/import.json" 2>/dev/null || echo 0)
import_rate=$(printf "%.0f" "$(echo "$created / $import_s" | bc -l)")
echo "Hand-written SQL and raw JDBC insert..."
if shell "poliin:bench-sql --yes --from 2024-01-01 --to 2024-12-31 --insert-rows $rows" > "$work/bench-sql.txt" 2>&1 \
        && grep -q '^report-sql-ms' "$work/bench-sql.txt"; then
    sql_ms=$(awk '/^report-sql-ms/ {print $2}' "$work/bench-sql.txt")
    service_ms=$(awk '/^report-platform-ms/ {print $2}' "$work/bench-sql.txt")
    jdbc_rate=$(awk '/^jdbc-insert-rows-per-s/ {print $2}' "$work/bench-sql.txt")
    record "funder report 2024 over HTTP (ms)" "$http_report" "$sql_ms" ms le 1.5
    record "funder report 2024, the service in the JVM (ms)" "$service_ms" "$sql_ms" ms le 1.5
    record "CSV import, $created localities (rows/s)" "$import_rate" "$jdbc_rate" rows/s ge 0.5
else
    note "funder report 2024 over HTTP" "$http_report ms (no poliin:bench-sql for the SQL reference)"
    note "CSV import, $created localities" "$import_rate rows/s (no poliin:bench-sql for the JDBC reference)"
fi

# ---- the heap held -----------------------------------------------------------------------------------
if kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null && ! grep -q OutOfMemoryError "$home/data/log/karaf.log" \
        && ! ls "$home"/data/*.hprof >/dev/null 2>&1; then
    note "OutOfMemoryError during the run" "none (${xmx:-no -Xmx})"
else
    printf '%s\t%s\t-\t-\tnone\tFAIL\n' "OutOfMemoryError during the run" "yes, or the server died (see $home/data)" >> "$results"
fi
stop_and_wait "$home"

{
    echo
    echo "POLI_IN Platform $version — $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' figure value reference ratio target result
    cat "$results"
} | column -t -s $'\t'
