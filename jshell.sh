#!/usr/bin/env bash
# Opens JShell with socialplan on the class path and its API imported (jshell/startup.jsh).
# Builds the modules first (no tests); run from anywhere: JShell starts in the project root, so
# paths such as data/reference/real/posas-2025-sample.csv work. Extra arguments go to jshell.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -ntp -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl examples -am \
  package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
exec jshell --class-path "examples/target/classes:$(cat examples/target/classpath.txt)" \
  --startup DEFAULT --startup jshell/startup.jsh "$@"
