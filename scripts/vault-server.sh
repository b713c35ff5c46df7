#!/usr/bin/env bash
# Builds a Vault-API server binary for the integration tests and prints its path.
#
# Why Vault v1.14.1: it is the last HashiCorp Vault release under MPL-2.0 (later
# releases are BSL), the Go module proxy serves it, and its HTTP API (KV v1/v2,
# AppRole, JWT auth, sys/seal) is the one our client speaks. OpenBao would be
# preferred but the proxy refuses github.com/openbao/openbao (its v2 tags are not
# valid module versions and no version is listed).
#
# The module zip leaves out the nested modules that go.mod replaces with local
# paths (./api, ./sdk, ...), so we drop those replace directives and let Go use
# the published versions that go.mod already requires.
#
# Idempotent and fast when cached: the binary lives in
# ${STANCH_CACHE:-$HOME/.cache/stanch}/bin/ so later runs on the same machine reuse it.
# Usage: scripts/vault-server.sh            # build if needed, print the binary path
#        VAULT_SERVER_VERSION=v1.14.1 scripts/vault-server.sh
set -euo pipefail

version="${VAULT_SERVER_VERSION:-v1.14.1}"
module="github.com/hashicorp/vault"
cache="${STANCH_CACHE:-$HOME/.cache/stanch}"
bin_dir="$cache/bin"
bin="$bin_dir/vault-$version"

if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { echo "vault-server.sh: go is not installed; cannot build $module@$version" >&2; exit 2; }
mkdir -p "$bin_dir" "$cache/build"

# One build at a time per machine; a second caller waits and then finds the binary.
exec 9>"$cache/build/vault-$version.lock"
flock 9
if [[ -x "$bin" ]]; then
  echo "$bin"
  exit 0
fi

export GOTOOLCHAIN=local GOFLAGS="-mod=mod -buildvcs=false"
log="$cache/build/vault-$version.log"
work="$cache/build/vault-$version"

# Each step checks its own status: `set -e` does not apply inside a function called with `||`.
build() {
  echo "== $(date -u +%FT%TZ) building $module@$version with $(go version)"
  local src
  src="$(go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" || return 1
  [[ -d "$src" ]] || { echo "module source not found for $module@$version"; return 1; }
  rm -rf "$work" && cp -r "$src" "$work" && chmod -R u+w "$work" && cd "$work" || return 1
  local nested
  for nested in api api/auth/approle api/auth/kubernetes api/auth/userpass sdk; do
    go mod edit -dropreplace="$module/$nested" || return 1
  done
  # go.mod of v1.14.1 requires an sdk pseudo-version older than the in-tree ./sdk it was
  # built with (missing certutil.ParseBasicConstraintExtension, keysutil WrapKey); sdk v0.9.2
  # is the published release that matches the tag, and the proxy serves it.
  if [[ "$version" == "v1.14.1" ]]; then
    go mod edit -require="$module/sdk@v0.9.2" || return 1
    # sdk v0.9.2 panics at start-up on any path that allows CreateOperation without an
    # ExistenceCheck; in v1.14.1 only the Enterprise-only managed-keys stubs of sys/ do.
    # Dropping CreateOperation there (OSS answers "unsupported" on them either way) is the
    # one-line fix later Vault releases made.
    sed -i '/"managed-keys\//s/logical\.CreateOperation, //' vault/logical_system_helpers.go || return 1
    grep -q 'managed-keys.*CreateOperation' vault/logical_system_helpers.go && { echo "managed-keys patch did not apply"; return 1; }
  fi
  go build -trimpath -ldflags "-s -w" -o "$bin.tmp" . || return 1
  mv -f "$bin.tmp" "$bin" || return 1
  cd "$cache/build" && rm -rf "$work"
  echo "== $(date -u +%FT%TZ) built $bin"
}

if ! build >"$log" 2>&1; then
  echo "vault-server.sh: build of $module@$version failed; see $log" >&2
  grep -v '^go: downloading' "$log" | tail -n 20 >&2
  exit 1
fi

"$bin" version >&2 || true
echo "$bin"
