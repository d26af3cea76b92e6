#!/usr/bin/env bash
# Install the Debian packages jaganetral uses, when this machine can (root + apt-get).
# Chromium drives the browser tests of the web app (JAGANETRAL_WANT_BROWSER=0 to skip it);
# openjdk-17-jre-headless runs the Spark tests when no Java is installed.
# Never fails the build: what cannot be installed makes its tests skip loudly instead.
set -u
want=(tesseract-ocr tesseract-ocr-ind postgresql fonts-dejavu-core poppler-utils)
[ "${JAGANETRAL_WANT_BROWSER:-1}" = 1 ] && want+=(chromium)
# Spark (jaganetral[spark]) needs a Java runtime: Debian's Java 17 when there is no java at all.
if ! command -v java >/dev/null && { [ -z "${JAVA_HOME:-}" ] || [ ! -x "${JAVA_HOME}/bin/java" ]; }; then
  want+=(openjdk-17-jre-headless)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "WARNING: cannot install ${missing[*]} (need root and apt-get); tests that need them will SKIP." >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/jaganetral-apt.log 2>&1; then
  echo "WARNING: apt-get could not install ${missing[*]} (see /tmp/jaganetral-apt.log); those tests will SKIP." >&2
fi
exit 0
