# Sourced before a build: the C headers the packages link against (ZIPFoundation's zlib), from Debian.
if [ ! -f /usr/include/zlib.h ]; then
  echo "== installing zlib1g-dev"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev pkg-config >/dev/null
fi
