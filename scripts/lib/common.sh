# shellcheck shell=bash
# Shared set-up for scripts/demo and scripts/test: install what is missing, configure, build.
# Idempotent and non-interactive (CI=true, no stdin).

set -euo pipefail

GEOKG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GEOKG_BUILD_DIR=${GEOKG_BUILD_DIR:-"$GEOKG_ROOT/build"}

# Debian 12 packages the build and the test suite need. One list, so demo and test cannot drift.
GEOKG_PACKAGES=(
  cmake ninja-build g++ pkg-config ccache python3 python3-jsonschema python3-networkx python3-igraph
  libboost-graph-dev libfmt-dev rapidjson-dev libcli11-dev coinor-libcbc-dev zlib1g-dev libzip-dev libgraphviz-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev python3-pytest python3-pandas python3-matplotlib python3-distributed
)

geokg_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

geokg_install_packages() {
  local missing=()
  local p
  for p in "${GEOKG_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  geokg_log "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q </dev/null
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# geokg_configure_and_build [extra cmake args...]
# GEOKG_BUILD_TARGETS (space-separated) limits the build to those targets; empty builds all.
geokg_configure_and_build() {
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  geokg_log "configuring in $GEOKG_BUILD_DIR"
  cmake -S "$GEOKG_ROOT" -B "$GEOKG_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE="${GEOKG_BUILD_TYPE:-RelWithDebInfo}" \
    "${launcher[@]}" "$@" </dev/null
  local targets=()
  if [ -n "${GEOKG_BUILD_TARGETS:-}" ]; then
    read -r -a targets <<<"$GEOKG_BUILD_TARGETS"
    geokg_log "building ${targets[*]}"
    cmake --build "$GEOKG_BUILD_DIR" --parallel "$(nproc)" --target "${targets[@]}" </dev/null
  else
    geokg_log "building"
    cmake --build "$GEOKG_BUILD_DIR" --parallel "$(nproc)" </dev/null
  fi
}
