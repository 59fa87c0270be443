#!/bin/sh
# Writes what changed in each project since the commit before this push to out/endringer.md (kept
# with the PDFs in the artifact) and to the job summary ($GITHUB_STEP_SUMMARY). The commit before
# is $BEFORE (github.event.before); for a new branch, or when that commit is not in the history (a
# force push), the parent commit is used. A comparison that fails is reported but does not fail the
# job: the documents were built.
set -u
grantdocs=${GRANTDOCS:-node dist/cli/grantdocs.cjs}
summary=${GITHUB_STEP_SUMMARY:-/dev/stdout}
from=${BEFORE:-}
case "$from" in
  '' | 0000000000000000000000000000000000000000) from=HEAD~1 ;;
esac
if ! git cat-file -e "$from^{commit}" 2>/dev/null; then from=HEAD~1; fi
mkdir -p out
if ! git cat-file -e "$from^{commit}" 2>/dev/null; then
  echo "Ingen tidligere versjon å sammenligne med (første commit)." | tee out/endringer.md >>"$summary"
  exit 0
fi
if $grantdocs endringer --fra "$from" >out/endringer.md 2>out/endringer.feil.txt; then
  cat out/endringer.md >>"$summary"
  rm -f out/endringer.feil.txt
else
  {
    echo "Oversikten over endringer siden \`$from\` kunne ikke lages:"
    echo
    echo '```'
    cat out/endringer.feil.txt
    echo '```'
  } >>"$summary"
  cat out/endringer.feil.txt >&2
fi
exit 0
