#!/usr/bin/env bash
# Opens JShell with socialplan on the class path and its API imported (jshell/startup.jsh).
# Builds the modules first (no tests) unless nothing has changed since the last build: no pom.xml or
# source file of the library modules and examples is newer than the class path file the build writes.
# Run from anywhere: JShell starts in the project root, so paths such as
# data/reference/real/posas-2025-sample.csv work. Extra arguments go to jshell.
set -euo pipefail
cd "$(dirname "$0")"
stamp=examples/target/classpath.txt
changed() {
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find pom.xml lib-core lib-indicators lib-budget examples -name target -prune \
    -o -type f -newer "$stamp" -print -quit)" ]
}
if changed; then
  mvn -B -ntp -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl examples -am \
    package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
  touch "$stamp" # the plugin may leave an unchanged class path file as it was
fi
exec jshell --class-path "examples/target/classes:$(cat examples/target/classpath.txt)" \
  --startup DEFAULT --startup jshell/startup.jsh "$@"
