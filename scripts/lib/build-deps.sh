# Sourced before a build: the C headers the packages and our thumbnails link against (ZIPFoundation's zlib,
# libjpeg-turbo, libpng), from Debian.
if [ ! -f /usr/include/zlib.h ] || [ ! -f /usr/include/jpeglib.h ] || [ ! -f /usr/include/png.h ]; then
  echo "== installing zlib1g-dev libjpeg62-turbo-dev libpng-dev"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zlib1g-dev libjpeg62-turbo-dev libpng-dev pkg-config >/dev/null
fi
