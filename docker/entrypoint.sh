#!/usr/bin/env bash
# Starts ClinicChat in the container. The listeners bind to every interface of the container,
# whose ports the host publishes; the database is MariaDB unless CLINICCHAT_DATABASE=embedded.
set -euo pipefail
cd /opt/clinicchat

server-config/development-keys.sh /data 0.0.0.0

postboot=server-config/post-boot-commands-mariadb.asadmin
if [ "${CLINICCHAT_DATABASE:-mariadb}" = embedded ]; then
  postboot=server-config/post-boot-commands.asadmin
fi

exec java ${JAVA_OPTS:--Xmx512m} -jar payara-micro.jar \
  --deploy clinicchat.war --contextroot / --nohazelcast \
  --rootdir /data/payara --systemproperties /data/clinicchat.properties \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --postbootcommandfile "$postboot" --addlibs mariadb-java-client.jar \
  --port 8080 --sslport 8443 --sslcert clinicchat-tls
