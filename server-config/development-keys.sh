#!/usr/bin/env bash
# Creates the development keys and settings in a data folder on first start, if missing:
#   tls.p12             self-signed TLS certificate for 127.0.0.1 and localhost (alias clinicchat-tls)
#   field-keys.p12      AES-256 key that encrypts PHI fields (alias field-key-1)
#   token-signing.p12   RSA key pair that signs patient tokens (alias patient-token)
#   token-public.pem    its public key, which MicroProfile JWT verifies tokens with
#   empty-client.p12    an empty keystore for the MariaDB driver, which otherwise offers the TLS key
#   audit-keys.p12      the audit keys, with their own password: the HMAC-SHA256 key that seals audit
#                       events (alias audit-mac-1) and the EC key pair that signs audit checkpoints
#                       (alias audit-checkpoint). Added to an older data folder that lacks them.
#   blind-index-keys.p12  the HMAC-SHA256 key of blind indexes on encrypted fields (alias
#                       blind-index-1), with its own password. Added to an older data folder too.
#   clinicchat.properties  system properties that point Payara Micro and ClinicChat at the above
# These keys are for development only: a clinic supplies its own keystores (see README).
# Usage: development-keys.sh DATA_FOLDER [BIND_ADDRESS]
set -euo pipefail

data=${1:?usage: development-keys.sh DATA_FOLDER [BIND_ADDRESS]}
bind_address=${2:-127.0.0.1}
keys="$data/keys"
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
properties="$data/clinicchat.properties"

# Creates the audit keystore and appends its settings, unless the settings name one already.
add_audit_keys() {
  if grep -q '^clinicchat.audit.keystore=' "$properties"; then
    return
  fi
  local audit_password abs_keys abs_data
  audit_password=${CLINICCHAT_AUDIT_KEYSTORE_PASSWORD:-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)}
  abs_keys=$(cd "$keys" && pwd)
  abs_data=$(cd "$data" && pwd)
  # A keystore left by an interrupted run has no settings pointing at it: start it again.
  rm -f "$keys/audit-keys.p12"
  "$keytool" -genseckey -noprompt -alias audit-mac-1 -keyalg HmacSHA256 -keysize 256 \
    -storetype PKCS12 -keystore "$keys/audit-keys.p12" -storepass "$audit_password" 2>/dev/null
  "$keytool" -genkeypair -noprompt -alias audit-checkpoint -keyalg EC -groupname secp256r1 \
    -validity 3650 -dname "CN=ClinicChat audit checkpoints" \
    -storetype PKCS12 -keystore "$keys/audit-keys.p12" -storepass "$audit_password" 2>/dev/null
  cat >>"$properties" <<AUDIT_PROPERTIES
clinicchat.audit.keystore=$abs_keys/audit-keys.p12
clinicchat.audit.keystore-password=$audit_password
clinicchat.audit.mac-key-alias=audit-mac-1
clinicchat.audit.checkpoint-key-alias=audit-checkpoint
clinicchat.audit.checkpoint-file=$abs_data/audit-checkpoints.jsonl
AUDIT_PROPERTIES
  echo "WARNING: created DEVELOPMENT audit keys in $abs_keys/audit-keys.p12. Never use them for real patient data: see README, section Production keys." >&2
}

# Creates the blind-index keystore and appends its settings, unless the settings name one already.
add_blind_index_keys() {
  if grep -q '^clinicchat.blind-index.keystore=' "$properties"; then
    return
  fi
  local index_password abs_keys
  index_password=${CLINICCHAT_BLIND_INDEX_KEYSTORE_PASSWORD:-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)}
  abs_keys=$(cd "$keys" && pwd)
  rm -f "$keys/blind-index-keys.p12"
  "$keytool" -genseckey -noprompt -alias blind-index-1 -keyalg HmacSHA256 -keysize 256 \
    -storetype PKCS12 -keystore "$keys/blind-index-keys.p12" -storepass "$index_password" 2>/dev/null
  cat >>"$properties" <<BLIND_INDEX_PROPERTIES
clinicchat.blind-index.keystore=$abs_keys/blind-index-keys.p12
clinicchat.blind-index.keystore-password=$index_password
clinicchat.blind-index.key-alias=blind-index-1
BLIND_INDEX_PROPERTIES
  echo "WARNING: created a DEVELOPMENT blind-index key in $abs_keys/blind-index-keys.p12. Never use it for real patient data: see README, section Production keys." >&2
}

if [ -f "$properties" ]; then
  umask 077
  add_audit_keys
  add_blind_index_keys
  exit 0
fi

mkdir -p "$keys"
# The data folder holds the database, the logs and the keys: only the server's user may read it.
chmod 700 "$data" "$keys"
umask 077
# A random password unless the caller sets one (the integration tests do, to trust the certificate).
password=${CLINICCHAT_KEYSTORE_PASSWORD:-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)}

"$keytool" -genkeypair -noprompt -alias clinicchat-tls -keyalg RSA -keysize 3072 -validity 397 \
  -dname "CN=localhost, O=ClinicChat development" -ext "SAN=dns:localhost,ip:127.0.0.1" \
  -storetype PKCS12 -keystore "$keys/tls.p12" -storepass "$password" 2>/dev/null
"$keytool" -genseckey -noprompt -alias field-key-1 -keyalg AES -keysize 256 \
  -storetype PKCS12 -keystore "$keys/field-keys.p12" -storepass "$password" 2>/dev/null
"$keytool" -genkeypair -noprompt -alias patient-token -keyalg RSA -keysize 2048 -validity 397 \
  -dname "CN=ClinicChat patient tokens" \
  -storetype PKCS12 -keystore "$keys/token-signing.p12" -storepass "$password" 2>/dev/null
"$keytool" -exportcert -rfc -alias patient-token -keystore "$keys/token-signing.p12" \
  -storepass "$password" 2>/dev/null | openssl x509 -pubkey -noout >"$keys/token-public.pem"
"$keytool" -genseckey -noprompt -alias placeholder -keyalg AES -keysize 128 \
  -storetype PKCS12 -keystore "$keys/empty-client.p12" -storepass "$password" 2>/dev/null
"$keytool" -delete -noprompt -alias placeholder \
  -keystore "$keys/empty-client.p12" -storepass "$password" 2>/dev/null

abs_keys=$(cd "$keys" && pwd)
abs_data=$(cd "$data" && pwd)
config_dir=$(cd "$(dirname "$0")" && pwd)
cat >"$properties" <<PROPERTIES
# Development settings written by development-keys.sh. Not for production: see README.
clinicchat.bind.address=$bind_address
clinicchat.development-keys=true
javax.net.ssl.keyStore=$abs_keys/tls.p12
javax.net.ssl.keyStorePassword=$password
javax.net.ssl.keyStoreType=PKCS12
clinicchat.crypto.keystore=$abs_keys/field-keys.p12
clinicchat.crypto.keystore-password=$password
clinicchat.crypto.active-key-id=field-key-1
clinicchat.token.keystore=$abs_keys/token-signing.p12
clinicchat.token.keystore-password=$password
clinicchat.token.key-alias=patient-token
mp.jwt.verify.publickey.location=file://$abs_keys/token-public.pem
clinicchat.database.client-keystore=$abs_keys/empty-client.p12
clinicchat.database.client-keystore-password=$password
clinicchat.consent.notice-location=$config_dir/consent-notice.json
clinicchat.faq.location=$config_dir/clinic-faq.json
clinicchat.setup.code-file=$abs_data/setup-code.txt
clinicchat.education.index-location=$abs_data/education-index
PROPERTIES
add_audit_keys
add_blind_index_keys

echo "WARNING: created DEVELOPMENT keys in $abs_keys (self-signed TLS certificate, field-encryption key, token-signing key). Never use them for real patient data: see README, section Production keys." >&2
