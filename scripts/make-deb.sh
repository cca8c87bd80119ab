#!/bin/sh
# Build the Debian packages (make deb): ioasid-dkms, libioasid1,
# libioasid-dev and ioasid-tools, with dpkg-buildpackage -us -uc -b on a copy of the tracked
# files (build/deb/src/ioasid-VERSION/, so nothing of build/ goes in), then
# lintian on the result. The packages end up in build/deb/; the script fails
# if lintian reports an error.
set -eu

cd "$(dirname "$0")/.."
top=$PWD
ver=$(dpkg-parsechangelog -S Version)
src=build/deb/src/ioasid-${ver%-*}
rm -rf build/deb
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# The working tree's content of every tracked file.
	git ls-files -z | xargs -0 cp --parents -t "$src"
else
	tar -cf - --exclude=./build --exclude=./.git . | tar -xf - -C "$src"
fi

(cd "$src" && dpkg-buildpackage -us -uc -b) >build/deb/build.log 2>&1 || {
	tail -n 40 build/deb/build.log
	echo "make deb: dpkg-buildpackage failed (build/deb/build.log)" >&2
	exit 1
}
mv build/deb/src/*.deb build/deb/src/*.changes build/deb/src/*.buildinfo build/deb/
echo "make deb: $(cd build/deb && ls ./*.deb | sed 's|^\./||' | tr '\n' ' ')in build/deb/"

# Errors fail; warnings and the rest are shown.
lintian --no-tag-display-limit build/deb/*.changes >build/deb/lintian.log 2>&1 || true
cat build/deb/lintian.log
if grep -q '^E:' build/deb/lintian.log; then
	echo "make deb: lintian reports errors (build/deb/lintian.log)" >&2
	exit 1
fi
echo "make deb: lintian: $(grep -c '^E:' build/deb/lintian.log) errors, $(grep -c '^W:' build/deb/lintian.log) warnings"
cd "$top"
