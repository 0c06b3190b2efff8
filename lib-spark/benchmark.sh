#!/usr/bin/env bash
# Co-payments plus ambito totals of 1, 5 and 10 million synthetic ISEE users: the plain library streaming on
# one JVM against Spark local[2] with socialplan's SQL functions. Not part of the tests.
#
# Usage: lib-spark/benchmark.sh [SIZES]   (default 1000000,5000000,10000000)
# Environment: JAVA_OPTS (default -Xmx3g), SKIP_BUILD=1 (use the compiled classes as they are),
# MAIN (default io.github.socialplan.spark.SparkBenchmark; io.github.socialplan.spark.SparkExample runs the
# example instead, its argument the number of users).
set -euo pipefail
cd "$(dirname "$0")/.."

MAIN="${MAIN:-io.github.socialplan.spark.SparkBenchmark}"
SIZES="${1:-1000000,5000000,10000000}"
# Spark listens on the loopback interface only.
export SPARK_LOCAL_IP=127.0.0.1
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}"
# What Spark 4 needs opened on Java 17: the same list as spark.java17.args in lib-spark/pom.xml.
SPARK_JAVA17=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f lib-spark/target/test-classpath.txt ]]; then
  echo "== building lib-spark and its test class path"
  mvn -B -ntp -q -DskipTests -pl lib-spark -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
fi
CP="lib-spark/target/test-classes:lib-spark/target/classes:$(cat lib-spark/target/test-classpath.txt)"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
" load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
read -r -a java_flags <<<"$JAVA_OPTS"
java "${java_flags[@]}" "${SPARK_JAVA17[@]}" -Dlog4j2.configurationFile=lib-spark/src/test/resources/log4j2-test.properties \
  -cp "$CP" "$MAIN" "$SIZES"
