# shellcheck shell=bash
# The cached kernel builds of scripts/debug-kernel.sh and
# scripts/peer-kernel.sh: sourced by them, not run.
#
# The caller sets, then calls "kernel_cache_main ACTION" (build|key|path):
#   KC_NAME      the cache's name and the prefix of messages (debug-kernel)
#   KC_WHAT      what is built, for messages ("the debug kernel")
#   KC_SELF      the calling script (part of the cache key)
#   KC_FRAGMENT  the config fragment merged over "make ARCH=x86_64 tinyconfig"
#   KC_PATCHES   a directory of *.patch applied in name order (may not exist)
#   KC_PACKAGE   the Debian package of the source tarball (linux-source-6.1)
#   KC_TARBALL   the source tarball (default /usr/src/KC_PACKAGE.tar.xz)
#   KC_CACHE     the cache directory (default: scripts/cache-dir.sh KC_NAME)
#   KC_JOBS      make -j (default: nproc)
#
# An entry is named by a hash of the fragment, the patches, the package
# version (a tarball that does not come from the package: its size and
# time), the calling script, this file and the compiler and linker
# versions; it holds
#   linux/       the configured and built tree (a KDIR for M= builds)
#   staging/     "make modules_install" output: lib/modules/KVER/...
#   bzImage      the kernel image
#   kernelrelease, info, build.log
# Concurrent runs wait on a per-key lock; a build happens in a temporary
# directory beside the entry and is renamed into place only when complete,
# so an interrupted build leaves nothing that looks finished (its leftovers
# are removed by the next build of the same key).  The build stops if any
# line of the fragment does not hold in the final .config (Kconfig silently
# drops options whose dependencies are missing).  Old entries are never
# removed automatically.

kc_say() { echo "$KC_NAME: $*" >&2; }
kc_die() {
	kc_say "$*"
	exit 1
}

kernel_cache_main() {
	local action=$1 here src_version key cache final
	here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
	KC_TARBALL=${KC_TARBALL:-/usr/src/$KC_PACKAGE.tar.xz}
	KC_JOBS=${KC_JOBS:-$(nproc)}

	[ -r "$KC_FRAGMENT" ] || kc_die "$KC_FRAGMENT not found"
	[ -r "$KC_TARBALL" ] || kc_die "$KC_TARBALL not found; install $KC_PACKAGE (scripts/deps.sh does)"

	# --- the cache key ----------------------------------------------------
	src_version=$(dpkg-query -W -f='${Version}' "$KC_PACKAGE" 2>/dev/null || true)
	[ "$KC_TARBALL" = "/usr/src/$KC_PACKAGE.tar.xz" ] && [ -n "$src_version" ] ||
		src_version="file $(stat -c '%s %Y' "$KC_TARBALL")"
	key=$({
		echo "source: $src_version"
		echo "cc: $(gcc --version | head -n 1)"
		echo "ld: $(ld --version | head -n 1)"
		echo "--- $(basename "$KC_FRAGMENT")"
		cat "$KC_FRAGMENT"
		for p in "$KC_PATCHES"/*.patch; do
			[ -e "$p" ] || continue
			echo "--- $(basename "$p")"
			cat "$p"
		done
		echo "--- $(basename "$KC_SELF")"
		cat "$KC_SELF"
		echo "--- kernel-cache.sh"
		cat "$here/kernel-cache.sh"
	} | sha256sum | cut -c1-16)

	if [ "$action" = key ]; then
		echo "$key"
		return 0
	fi

	cache=${KC_CACHE:-}
	[ -n "$cache" ] || cache=$("$here/cache-dir.sh" "$KC_NAME") ||
		kc_die "cannot create the cache directory"
	mkdir -p "$cache" || kc_die "cannot create the cache directory $cache"
	cache=$(cd "$cache" && pwd)
	final=$cache/$key

	if [ "$action" = path ]; then
		kc_done "$final" || return 1
		echo "$final"
		return 0
	fi
	if kc_done "$final"; then
		kc_report "$final"
		return 0
	fi

	# --- one builder per key ------------------------------------------------
	exec 8>>"$cache/.lock-$key"
	if ! flock -n 8; then
		kc_say "another run is building $key; waiting for it ..."
		flock 8
	fi
	if kc_done "$final"; then
		kc_report "$final"
		return 0
	fi
	kc_tools
	kc_build "$cache" "$key" "$src_version"
	kc_report "$final"
}

kc_done() {
	[ -f "$1/bzImage" ] && [ -f "$1/kernelrelease" ] && [ -d "$1/linux" ]
}

kc_report() {
	kc_say "kernel $(cat "$1/kernelrelease"): $1/bzImage (tree $1/linux, modules $1/staging)"
	echo "$1"
}

# Build tools the kernel needs beyond those scripts/deps.sh installs
# (objtool needs libelf).
kc_tools() {
	local need='' p st SUDO=''
	for p in flex bison bc libelf-dev xz-utils make gcc libc6-dev kmod; do
		st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		[ "$st" = "install ok installed" ] || need="$need $p"
	done
	[ -n "$need" ] || return 0
	kc_say "installing:$need"
	[ "$(id -u)" = 0 ] || SUDO=sudo
	export DEBIAN_FRONTEND=noninteractive
	{
		$SUDO apt-get update -q
		# shellcheck disable=SC2086
		$SUDO apt-get install -y -q --no-install-recommends $need
	} >&2 || kc_die "could not install:$need"
}

# kc_build CACHE KEY SOURCE_VERSION: build into a temporary directory, then
# rename it to CACHE/KEY.  Runs with the key's lock held.
kc_build() {
	local cache=$1 key=$2 src_version=$3 tmp log t0 kver secs p bad line sym got
	local frag_name
	frag_name=$(basename "$KC_FRAGMENT")
	# Leftovers of interrupted builds of this key (we hold its lock).
	rm -rf "$cache/.tmp-$key".*
	tmp=$(mktemp -d "$cache/.tmp-$key.XXXXXX")
	# shellcheck disable=SC2064 # expand now: $tmp is local
	trap "rm -rf '$tmp'" EXIT
	log=$tmp/build.log
	t0=$(date +%s)

	kc_step() { kc_say "[$(($(date +%s) - t0))s] $*"; }
	# kc_run DESCRIPTION COMMAND...: output to the build log; on failure
	# show its tail.
	kc_run() {
		local what=$1
		shift
		kc_step "$what"
		if ! "$@" >>"$log" 2>&1; then
			kc_say "FAILED: $what; the last lines of the build log:"
			tail -n 60 "$log" | sed 's/^/  /' >&2
			cp "$log" "$cache/failed-$key.log" 2>/dev/null &&
				kc_say "full log: $cache/failed-$key.log"
			exit 1
		fi
	}

	local K=(make -C "$tmp/linux" ARCH=x86_64)

	kc_say "building $KC_WHAT $key in $cache (cold build: several minutes)"
	kc_run "extracting $(basename "$KC_TARBALL") ($src_version)" tar -xJf "$KC_TARBALL" -C "$tmp"
	mv "$tmp/$(basename "$KC_TARBALL" .tar.xz)" "$tmp/linux"
	for p in "$KC_PATCHES"/*.patch; do
		[ -e "$p" ] || continue
		kc_run "applying $(basename "$KC_PATCHES")/$(basename "$p")" patch -d "$tmp/linux" -p1 -i "$p"
	done

	kc_run "make tinyconfig" "${K[@]}" tinyconfig
	kc_run "merging $frag_name" \
		sh -c 'cd "$1" && scripts/kconfig/merge_config.sh -m .config "$2"' sh "$tmp/linux" "$KC_FRAGMENT"
	kc_run "make olddefconfig" "${K[@]}" olddefconfig

	# Every line of the fragment must hold: "CONFIG_X=v" exactly, and
	# "# CONFIG_X is not set" as not set (or absent).
	kc_step "checking the final .config against $frag_name"
	bad=0
	while IFS= read -r line; do
		case $line in
		CONFIG_*=*)
			sym=${line%%=*}
			got=$(grep -E "^(# )?${sym}[= ]" "$tmp/linux/.config" || true)
			[ "$got" = "$line" ] && continue
			;;
		"# CONFIG_"*" is not set")
			sym=${line#\# }
			sym=${sym%% *}
			got=$(grep -E "^$sym=" "$tmp/linux/.config" || true)
			[ -z "$got" ] && continue
			;;
		*) continue ;;
		esac
		kc_say "  Kconfig did not keep '$line': the .config has '${got:-nothing for $sym}'"
		bad=1
	done <"$KC_FRAGMENT"
	if [ $bad = 1 ]; then
		cp "$tmp/linux/.config" "$cache/failed-$key.config"
		kc_die "$frag_name asks for options Kconfig dropped (missing dependencies?); .config kept in $cache/failed-$key.config"
	fi

	kc_run "building bzImage and modules (make -j$KC_JOBS; this is the long part)" \
		"${K[@]}" -j"$KC_JOBS" bzImage modules
	kver=$("${K[@]}" -s kernelrelease)
	kc_run "installing modules to staging/" \
		"${K[@]}" INSTALL_MOD_PATH="$tmp/staging" modules_install
	# modules_install points build/ and source/ at the temporary tree.
	mkdir -p "$tmp/staging/lib/modules/$kver"
	for l in build source; do
		ln -sfn "$cache/$key/linux" "$tmp/staging/lib/modules/$kver/$l"
	done
	cp "$tmp/linux/arch/x86/boot/bzImage" "$tmp/bzImage"
	echo "$kver" >"$tmp/kernelrelease"
	secs=$(($(date +%s) - t0))
	{
		echo "key: $key"
		echo "kernelrelease: $kver"
		echo "source: $src_version ($KC_TARBALL)"
		echo "cc: $(gcc --version | head -n 1)"
		echo "ld: $(ld --version | head -n 1)"
		echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) in ${secs}s with -j$KC_JOBS on $(nproc) CPUs"
	} >"$tmp/info"
	chmod 755 "$tmp"

	mv -T "$tmp" "$cache/$key"
	trap - EXIT
	rm -f "$cache/failed-$key.log" "$cache/failed-$key.config"
	kc_say "built in ${secs}s ($(du -sh "$cache/$key" | cut -f1) in the cache)"
}
