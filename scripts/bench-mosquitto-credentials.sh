#!/usr/bin/env bash
# How long Mosquitto 2.0's dynamic-security plugin takes to add N devices the way the external-broker bridge does
# (a role with the shared-broker dialect's 8 ACL entries, and a client, per device), sent in one control message to a
# fresh private broker on a loopback port. Prints one line per run: "devices=N seconds=S errors=E".
# Usage: scripts/bench-mosquitto-credentials.sh [N] [runs]   (needs Debian's mosquitto and mosquitto-clients packages)
set -euo pipefail
count=${1:-1000}
runs=${2:-3}
plugin=$(ls /usr/lib/*/mosquitto_dynamic_security.so | head -n 1)
port=$(( 20000 + RANDOM % 20000 ))

for run in $(seq "$runs"); do
  dir=$(mktemp -d)
  {
    printf '{"commands":['
    for i in $(seq 1 "$count"); do
      id=$(printf 'bench-%05d' "$i")
      own="devices/$id/"
      [ "$i" -gt 1 ] && printf ','
      printf '{"command":"createRole","rolename":"waste-device/%s","acls":[' "$id"
      printf '{"acltype":"publishClientSend","topic":"%smessages/events/#","allow":true},' "$own"
      printf '{"acltype":"publishClientSend","topic":"%s$iothub/twin/GET/#","allow":true},' "$own"
      printf '{"acltype":"publishClientSend","topic":"%s$iothub/twin/PATCH/properties/reported/#","allow":true},' "$own"
      printf '{"acltype":"publishClientSend","topic":"%s$iothub/methods/res/#","allow":true},' "$own"
      printf '{"acltype":"subscribePattern","topic":"%smessages/devicebound/#","allow":true},' "$own"
      printf '{"acltype":"subscribePattern","topic":"%s$iothub/twin/res/#","allow":true},' "$own"
      printf '{"acltype":"subscribePattern","topic":"%s$iothub/twin/PATCH/properties/desired/#","allow":true},' "$own"
      printf '{"acltype":"subscribePattern","topic":"%s$iothub/methods/POST/#","allow":true}]},' "$own"
      printf '{"command":"createClient","username":"%s/0123abcd","password":"%s","clientid":"%s","roles":[{"rolename":"waste-device/%s"}]}' \
        "$id" "bench-password-of-44-characters-000000000000" "$id" "$id"
    done
    printf ']}'
  } > "$dir/commands.json"
  mosquitto_ctrl dynsec init "$dir/dynamic-security.json" admin admin-password > /dev/null
  printf 'user %s\nper_listener_settings false\nlistener %s 127.0.0.1\nallow_anonymous false\nplugin %s\nplugin_opt_config_file %s\n' \
    "$(id -un)" "$port" "$plugin" "$dir/dynamic-security.json" > "$dir/mosquitto.conf"
  mosquitto -c "$dir/mosquitto.conf" 2> /dev/null &
  broker=$!
  sleep 0.5
  mosquitto_sub -p "$port" -u admin -P admin-password -i bench-answer -t '$CONTROL/dynamic-security/v1/response' -C 1 -W 3600 > "$dir/answer.json" &
  answer=$!
  sleep 0.3
  start=$(date +%s.%N)
  mosquitto_pub -p "$port" -u admin -P admin-password -i bench-ask -t '$CONTROL/dynamic-security/v1' -f "$dir/commands.json"
  wait "$answer"
  end=$(date +%s.%N)
  echo "devices=$count seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }") errors=$(grep -o '"error"' "$dir/answer.json" | wc -l)"
  kill "$broker"
  wait "$broker" 2> /dev/null || true
  rm -rf "$dir"
done
