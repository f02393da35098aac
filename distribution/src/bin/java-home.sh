# Finds a Java 21+ runtime. Sourced by bin/hermod and by the repository's ./hermod and ./run-tests.
# Looks at JAVA_HOME, then the java on PATH, then the usual install folders; on success sets
# HERMOD_JAVA (the java binary) and HERMOD_JAVA_HOME, else prints what is needed and returns 1.

# The major version of a java binary: from its JDK's `release` file when there is one (instant),
# else by asking the JVM (a full JVM start, so only as a fallback).
hermod_java_major() {
    release="$(dirname "$(readlink -f "$1")")/../release"
    if [ -r "$release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
        if [ -n "$v" ]; then echo "$v"; return; fi
    fi
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

hermod_find_java() {
    HERMOD_JAVA=""
    for candidate in \
        ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
        "$(command -v java 2>/dev/null)" \
        /usr/lib/jvm/*/bin/java \
        /usr/java/*/bin/java \
        /opt/java/*/bin/java \
        /opt/*/bin/java \
        /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
        "$HOME"/.sdkman/candidates/java/*/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        major=$(hermod_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            HERMOD_JAVA="$candidate"
            HERMOD_JAVA_MAJOR="$major"
            HERMOD_JAVA_HOME=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
            export HERMOD_JAVA HERMOD_JAVA_HOME HERMOD_JAVA_MAJOR
            return 0
        fi
    done
    echo "hermod: Java 21 or newer is required, and none was found." >&2
    echo "  Looked at \$JAVA_HOME, the java on PATH, /usr/lib/jvm, /usr/java, /opt." >&2
    echo "  Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
}

# JVM options that keep Maven quiet on the Java found (Java 23+ warns about sun.misc.Unsafe,
# which Maven's own libraries use; the flag does not exist before 23).
hermod_maven_opts() {
    opts="--enable-native-access=ALL-UNNAMED"
    [ "${HERMOD_JAVA_MAJOR:-0}" -ge 23 ] && opts="$opts --sun-misc-unsafe-memory-access=allow"
    echo "$opts"
}
