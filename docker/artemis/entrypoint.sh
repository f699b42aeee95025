#!/bin/sh
# First start: make the instance (its data folder is the volume), then put the service's broker.xml in place.
set -eu
: "${ARTEMIS_USER:?set ARTEMIS_USER}" "${ARTEMIS_PASSWORD:?set ARTEMIS_PASSWORD}"
instance=/var/lib/artemis-instance
if [ ! -f "$instance/etc/artemis.profile" ]; then
    /opt/artemis/bin/artemis create --silent --force --user "$ARTEMIS_USER" --password "$ARTEMIS_PASSWORD" \
        --require-login --host 0.0.0.0 --no-web --nio --java-memory 512M "$instance"
fi
cp /opt/broker.xml "$instance/etc/broker.xml"
exec "$instance/bin/artemis" run
