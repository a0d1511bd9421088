/**
 * The POSIX shell script that does every step on the target, run by `sh` here or by `ssh host sh` there: the
 * tests that run it on real folders run the very commands a server runs. Layout on the target:
 *
 *   <root>/releases/<name>/   one copy of dist/ per publish, plus hard links to the hashed files of the other
 *                              releases on the target (below)
 *   <root>/current -> releases/<name>   what the web server's root points at, switched by one rename(2)
 *   <root>/history.log        one line per switch, `<UTC time> publish|rollback <name>`: what was live, in order
 *   <root>/.hashed/<name>     the hashed files a release brought itself (not the ones it carries for others)
 *
 * Why releases carry each other's hashed files: a page served just before a switch still asks for its own
 * `_astro/` files, and a search page left open asks for its own Pagefind metadata and index chunks. Those names
 * carry a hash of their content, so they never clash; linking them into the release being switched to means an
 * old page finds every file it references, with no change to the web server. Only a release's *own* files are
 * carried, and only from releases still on the target, so nothing accumulates; hard links take no disk space.
 *
 * Which releases are kept and where `--rollback` goes come from history.log read as a stack: a publish pushes,
 * a rollback pops back to what was live before. publish A, B → rollback (A) → publish C → rollback lands on A,
 * never on the B that was rolled away from.
 *
 * Arguments: action, root, name, keep (or the bytes needed, for `check`), the time (ISO, UTC) for the log.
 * Failures it recognises itself print `djjy-error=<code> <detail>` on stderr (scripts/lib/publish-errors.ts).
 * Exit 3: a rollback has nowhere to go. `switched=1` on stdout once `current` points at the new release.
 */
export const TARGET_SCRIPT = String.raw`
set -eu
action="$1"; root="$2"; name="$3"; arg="$4"; now="$5"
history=history.log
fail() { code="$1"; shift; echo "djjy-error=$code $*" >&2; exit 4; }

# Files whose names carry a hash of their content (docs/deploy.md), relative to a release folder.
own_files() (
  cd "$1"
  [ ! -d _astro ] || find _astro -type f
  for dir in pagefind/fragment pagefind/index pagefind/filter; do [ ! -d "$dir" ] || find "$dir" -type f; done
  for file in pagefind/pagefind.*.pf_meta; do [ ! -f "$file" ] || echo "$file"; done
)
current_name() { if [ -L current ]; then basename "$(readlink current)"; fi; }
releases_on_disk() { ls -1 releases | grep -v '^\.' | sort -r || true; }

# What was live, newest first, as a stack read from history.log (only releases still on disk).
stack() {
  live="$(current_name)"
  awk -v live="$live" '
    $2 == "publish" { s[++n] = $3 }
    $2 == "rollback" { if (n > 0) n--; while (n > 0 && s[n] != $3) n--; if (n == 0) s[++n] = $3 }
    END { if (live != "" && s[n] != live) s[++n] = live; for (i = n; i > 0; i--) print s[i] }
  ' "$history" 2>/dev/null | while read -r entry; do [ ! -d "releases/$entry" ] || echo "$entry"; done
}

# A target published to before history.log existed: its releases by name, up to the live one, as if published
# in that order (written by the first switch; --status only reads).
adopt_legacy() {
  [ ! -f history.log ] || return 0
  [ "$action" != status ] || { history="$(mktemp)"; trap 'rm -f "$history"' EXIT; }
  live="$(current_name)"
  for entry in $(releases_on_disk | sort); do
    echo "- publish $entry"
    [ "$entry" != "$live" ] || break
  done > "$history"
}

# Hard-links into releases/$1 the own hashed files of every other release on disk that it lacks (a copy where the
# file system refuses a link). Grouped by folder so one ln serves many files.
carry_into() {
  dest="$(pwd)/releases/$1"
  for other in $(releases_on_disk); do
    [ "$other" != "$1" ] || continue
    [ -f ".hashed/$other" ] || own_files "releases/$other" > ".hashed/$other"
    while IFS= read -r file; do
      [ -e "$dest/$file" ] || [ ! -f "releases/$other/$file" ] || echo "$file"
    done < ".hashed/$other" | awk '{ d = $0; sub(/\/[^\/]*$/, "", d); f = substr($0, length(d) + 2); print d "\t" f }' |
      sort > ".carry-$$"
    cut -f1 ".carry-$$" | uniq | while IFS= read -r dir; do
      mkdir -p "$dest/$dir"
      awk -F '\t' -v d="$dir" '$1 == d { print $2 }' ".carry-$$" | tr '\n' '\0' | (
        cd "releases/$other/$dir" &&
          xargs -0 sh -c 'ln -- "$@" "$0" 2>/dev/null || cp -p -- "$@" "$0"' "$dest/$dir"
      )
    done
    rm -f ".carry-$$"
  done
}

switch_to() {
  ln -sfn "releases/$1" ".current-$$"
  mv -Tf ".current-$$" current 2>/dev/null || { rm -f ".current-$$"; fail switch "mv"; }
  echo "switched=1"
}

report() {
  echo "current=$(current_name)"
  stack | sed 's/^/release=/'
  [ ! -f "$history" ] || sed 's/^/history=/' "$history"
}

case "$action" in
  check)
    if [ ! -e "$root" ]; then
      parent="$(dirname "$root")"
      [ -d "$parent" ] || fail missing-parent "$parent"
      mkdir "$root" 2>/dev/null || fail not-writable "$parent"
    fi
    [ -d "$root" ] || fail not-a-folder "$root"
    cd "$root"
    mkdir -p releases .hashed 2>/dev/null && touch ".probe-$$" 2>/dev/null && rm -f ".probe-$$" ||
      fail not-writable "$(pwd)"
    # Room for the upload plus a margin: the disk must not fill up halfway through a copy.
    free_kb="$(df -Pk . | awk 'NR == 2 { print $4 }')"
    need_kb="$(( arg / 1024 + 1024 ))"
    [ -z "$free_kb" ] || [ "$free_kb" -ge "$need_kb" ] || fail no-space "$free_kb $need_kb"
    echo "home=$(pwd)"
    exit 0 ;;
  status | rollback)
    [ -d "$root" ] || fail missing-folder "$root"
    cd "$root"
    [ -d releases ] || fail no-releases "$(pwd)" ;;
  activate)
    cd "$root" ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
# One switch at a time (two CI jobs publishing at once): flock where the system has it (util-linux, Debian's
# essential set); the lock goes with the process, even a killed one.
if [ "$action" != status ] && command -v flock >/dev/null 2>&1; then
  exec 9> .publish.lock
  flock -w 30 9 || fail busy "$(pwd)"
fi
adopt_legacy

case "$action" in
  activate)
    [ -d "releases/.incoming-$name" ] || fail missing-upload "releases/.incoming-$name"
    [ ! -e "releases/$name" ] || fail exists "releases/$name"
    own_files "releases/.incoming-$name" > ".hashed/$name"
    mv "releases/.incoming-$name" "releases/$name"
    carry_into "$name"
    switch_to "$name"
    echo "$now publish $name" >> history.log
    # Keep the newest $arg entries of the stack (live first); drop the rest, and uploads abandoned long ago.
    stack | head -n "$arg" > ".keep-$$"
    for old in $(releases_on_disk); do
      grep -qx "$old" ".keep-$$" || rm -rf "releases/$old" ".hashed/$old"
    done
    rm -f ".keep-$$"
    find releases -maxdepth 1 -name '.incoming-*' -mmin +60 -exec rm -rf {} + 2>/dev/null || true ;;
  rollback)
    live="$(current_name)"
    previous="$(stack | awk -v live="$live" 'found { print; exit } $0 == live { found = 1 }')"
    [ -n "$previous" ] || { echo "no-previous" >&2; exit 3; }
    carry_into "$previous"
    switch_to "$previous"
    echo "$now rollback $previous" >> history.log ;;
esac
report
`;
