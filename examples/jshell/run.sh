#!/usr/bin/env bash
# Runs a CSI notebook in JShell, with the library and its dependencies on the class path.
#
#   examples/jshell/run.sh 01-first-look.jsh     # run a notebook (from anywhere); several run in turn
#   examples/jshell/run.sh                       # an interactive JShell, set up the same way
#
# The first run builds the jars (mvn package) if they are missing and writes the dependencies'
# class path to examples/target/jshell-classpath.txt; later runs start JShell at once. After
# changing the library's sources, rebuild with `mvn -B -q package -DskipTests` (or delete the
# jars). Needs a JDK 17+ (jshell) and Maven 3.8+.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cp_file="$root/examples/target/jshell-classpath.txt"

# The module's main jar in target/, not its sources, javadoc or shaded jars.
module_jar() {
    local f
    for f in "$root/$1/target/$2"-*.jar; do
        case "$f" in
            *-sources.jar | *-javadoc.jar | *-tests.jar | */original-*) ;;
            *) [ -f "$f" ] && { echo "$f"; return 0; } ;;
        esac
    done
    return 1
}

if ! module_jar core csi-core >/dev/null || ! module_jar indicators csi-indicators >/dev/null \
        || ! module_jar examples csi-examples >/dev/null; then
    echo "run.sh: building the jars (mvn -B -q package -DskipTests) ..." >&2
    (cd "$root" && mvn -B -q package -DskipTests) >&2
fi

# The third-party dependencies, written to a file once (Maven's stdout carries colour codes, so
# Maven's output goes to stderr and the notebook's output alone to stdout).
# -am resolves the modules from this build, so nothing needs to be installed in ~/.m2; the
# compile phase is what lets Maven 3.8 resolve them (to their target/classes) in this build.
if [ ! -s "$cp_file" ] || [ "$root/pom.xml" -nt "$cp_file" ] || [ "$root/examples/pom.xml" -nt "$cp_file" ] \
        || [ "$root/indicators/pom.xml" -nt "$cp_file" ] || [ "$root/core/pom.xml" -nt "$cp_file" ]; then
    echo "run.sh: writing the class path to $cp_file ..." >&2
    (cd "$root" && mvn -B -q -pl examples -am compile dependency:build-classpath \
        -DincludeScope=runtime -DexcludeGroupIds=org.communitysafety -Dmdep.outputFile="$cp_file") >&2
fi

cp="$(module_jar core csi-core):$(module_jar indicators csi-indicators):$(module_jar examples csi-examples)"
cp="$cp:$(cat "$cp_file")"

if [ "$#" -eq 0 ]; then
    exec jshell --class-path "$cp" --startup DEFAULT --startup "$here/setup.jsh"
fi

# Each notebook ends with /exit, so each runs in a JShell of its own.
for nb in "$@"; do
    if [ -f "$nb" ]; then
        file="$nb"
    elif [ -f "$here/$nb" ]; then
        file="$here/$nb"
    else
        echo "run.sh: no notebook $nb (the notebooks are in $here)" >&2
        exit 2
    fi
    jshell --class-path "$cp" --startup DEFAULT "$here/setup.jsh" "$file"
done
