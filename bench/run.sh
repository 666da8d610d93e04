#!/usr/bin/env bash
# Measures the platform as a sysadmin would see it, and prints the figures:
# cold boot to the first answer, memory after boot, CSV import, feature:install of a module,
# requests per second on a public, a list and a report endpoint, and a restart.
#
#   bench/run.sh              uses the distribution and example module of the last `mvn install`
#
# Needs: curl, ssh/ssh-keygen, and wrk (Debian package `wrk`; installed when missing and run as root).
# Figures depend on the machine: compare runs on the same machine only.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${POLIIN_BENCH_PORT:-8181}
ssh_port=8101
base="http://127.0.0.1:$port/api/v1"
password="bench-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-16)"
auth="admin:$password"
export POLIIN_ADMIN_PASSWORD=$password

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "wrk is missing (apt install wrk)" >&2; exit 1; fi
fi

archive=$(ls distribution/target/poliin-distribution-*.tar.gz | head -1)
version=$(basename "$archive" .tar.gz | sed 's/^poliin-distribution-//')
work=target/bench
home=$work/$(basename "$archive" .tar.gz)
rm -rf "$work" && mkdir -p "$work"
tar xzf "$archive" -C "$work"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"

# A shell user with a key, to run feature:install as a sysadmin does.
ssh-keygen -q -t rsa -b 3072 -N '' -f "$work/key"
echo "bench=$(cut -d' ' -f2 "$work/key.pub"),_g_:admingroup" >> "$home/etc/keys.properties"
echo "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh" >> "$home/etc/keys.properties"
shell() { ssh -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -i "$work/key" -p $ssh_port bench@127.0.0.1 "$@"; }

now() { date +%s.%N; }
elapsed() { printf "%.1f" "$(echo "$2 - $1" | bc)"; }
wait_for() { # url [credentials]; with credentials it polls gently, not to trip the login throttle
    local pause=0.1
    [ -n "${2:-}" ] && pause=1
    for _ in $(seq 1 600); do
        if curl -sf -o /dev/null ${2:+-u "$2"} "$1"; then return 0; fi
        sleep $pause
    done
    echo "no answer from $1" >&2; exit 1
}
rss_mb() { echo $(( $(ps -o rss= -p "$(cat "$home/karaf.pid")") / 1024 )); }
rps() { # url [credentials]
    local header=()
    [ -n "${2:-}" ] && header=(-H "Authorization: Basic $(printf '%s' "$2" | base64 -w0)")
    wrk -t2 -c16 -d15s "${header[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}

# The administrator exists once the users file names it; logging in before would trip the login throttle.
wait_for_admin() { for _ in $(seq 1 1200); do grep -q '^admin' "$home/etc/poliin-users.properties" 2>/dev/null && return 0; sleep 0.1; done; exit 1; }

t0=$(now)
"$home/bin/start"
wait_for "$base/health"
t1=$(now)
wait_for_admin
wait_for "$base/people" "$auth"
t2=$(now)
sleep 10
rss_boot=$(rss_mb)

# 5,000 localities through the CSV import
csv=$work/localities.csv
{ echo "code,name,county,population,type"; for i in $(seq 1 5000); do echo "B$i,Localitatea $i,Județul $((i % 41)),$((i * 7 % 20000)),$([ $((i % 3)) = 0 ] && echo urban || echo rural)"; done; } > "$csv"
t3=$(now)
curl -sf -u "$auth" -H 'Content-Type: text/csv' --data-binary @"$csv" "$base/localities/import" > "$work/import.json"
t4=$(now)
for i in $(seq 1 200); do
    curl -sf -o /dev/null -u "$auth" -H 'Content-Type: application/json' \
        -d "{\"givenName\":\"Ana $i\",\"familyName\":\"Ștefănescu\"}" "$base/people"
done
t5=$(now)

# feature:install of the example module until its resource answers
wait_for_shell() { for _ in $(seq 1 300); do shell 'feature:list -i' >/dev/null 2>&1 && return 0; sleep 0.2; done; exit 1; }
wait_for_shell
shell "feature:repo-add mvn:org.poliin/org.poliin.example.mentoring/$version/xml/features" >/dev/null
t6=$(now)
shell 'feature:install poliin-mentoring'
wait_for "$base/mentoring/pairs" "$auth"
t7=$(now)

rps_health=$(rps "$base/health")
rps_people=$(rps "$base/people?size=20" "$auth")
rps_report=$(rps "$base/indicators?from=2024-04-01&to=2024-12-16" "$auth")
rss_load=$(rss_mb)

"$home/bin/stop"
while [ -e "$home/karaf.pid" ] && kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null; do sleep 0.2; done
t8=$(now)
"$home/bin/start"
wait_for "$base/people" "$auth"
t9=$(now)
"$home/bin/stop"

cat <<REPORT

POLI_IN Platform $version — $(nproc) cores, $(java -version 2>&1 | head -1)
  cold boot to /health                 $(elapsed "$t0" "$t1") s
  cold boot to an authenticated list   $(elapsed "$t0" "$t2") s
  resident memory after boot           ${rss_boot} MB
  CSV import, 5,000 localities         $(elapsed "$t3" "$t4") s   ($(tr -d '\n' < "$work/import.json" | sed 's/.*"created":\([0-9]*\).*/\1/') created)
  200 people created one by one        $(elapsed "$t4" "$t5") s
  feature:install to module answering  $(elapsed "$t6" "$t7") s
  GET /health (anonymous)              ${rps_health} req/s
  GET /people?size=20 (Basic, cached)  ${rps_people} req/s
  GET /indicators (funder report)      ${rps_report} req/s
  resident memory after load           ${rss_load} MB
  restart to an authenticated list     $(elapsed "$t8" "$t9") s
  distribution archive                 $(du -m "$archive" | cut -f1) MB
REPORT
