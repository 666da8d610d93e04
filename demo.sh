#!/usr/bin/env bash
# Builds the platform and starts it with demo data on the embedded Derby database, then prints the
# URL and the login. Stop it with the command it prints.
#
#   ./demo.sh              build, unpack a fresh demo server under target/demo, start it
#   ./demo.sh --no-build   start again from the last build
#
# The admin password is $POLIIN_ADMIN_PASSWORD when set, otherwise a new one made for this demo.
set -euo pipefail
cd "$(dirname "$0")"

port=8181
build=true
[ "${1:-}" = "--no-build" ] && build=false

if $build; then
    echo "Building (tests skipped; 'mvn install' runs them all)..."
    mvn -B -q -ntp -DskipTests install
fi

archive=$(ls distribution/target/poliin-distribution-*.tar.gz | head -1)
home=target/demo/$(basename "$archive" .tar.gz)
if [ -x "$home/bin/stop" ]; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    sleep 2
fi
rm -rf target/demo && mkdir -p target/demo
tar xzf "$archive" -C target/demo

# The demo switch: only this script turns it on; a production install never loads demo data.
echo "enabled = true" > "$home/etc/org.poliin.demo.cfg"

if [ -z "${POLIIN_ADMIN_PASSWORD:-}" ]; then
    POLIIN_ADMIN_PASSWORD="demo-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-12)"
elif [ ${#POLIIN_ADMIN_PASSWORD} -lt 12 ] || [ "$POLIIN_ADMIN_PASSWORD" = admin ] \
        || [ "$(printf '%s' "$POLIIN_ADMIN_PASSWORD" | wc -c)" -gt 72 ]; then
    # the platform refuses such a password (and would make up another one): say so now
    echo "POLIIN_ADMIN_PASSWORD must have at least 12 characters, at most 72 bytes (UTF-8), and must not be 'admin'" >&2
    exit 1
fi
export POLIIN_ADMIN_PASSWORD

"$home/bin/start"
echo -n "Starting POLI_IN Platform"
for _ in $(seq 1 180); do
    # up, and the administrator created (the users file names it), so that the login printed works
    if curl -sf -o /dev/null "http://localhost:$port/api/v1/health" \
            && grep -q '^admin' "$home/etc/poliin-users.properties" 2>/dev/null; then
        echo
        cat <<INFO

  POLI_IN Platform is running with demo data.

    URL:    http://localhost:$port/api/v1/   (try http://localhost:$port/api/v1/modules)
    Login:  admin / $POLIIN_ADMIN_PASSWORD
    Health: http://localhost:$port/api/v1/health   (no login)

    Example: curl -u 'admin:$POLIIN_ADMIN_PASSWORD' 'http://localhost:$port/api/v1/indicators?from=2024-04-01&to=2024-12-16'

  Logs: $home/data/log/karaf.log
  Stop: $home/bin/stop

INFO
        exit 0
    fi
    echo -n "."
    sleep 1
done
echo
echo "The platform did not answer within 3 minutes; see $home/data/log/karaf.log" >&2
exit 1
