#!/usr/bin/env bash
# Builds the root file system of Selam's container image from this machine's JDK, without a Docker daemon or a
# registry: a jlink'ed Java runtime, the C libraries it links against (found with ldd), and the few /etc files a
# JVM needs. Jib then puts it under the application layers (bot/pom.xml, profile "image", from.image=scratch).
# Usage: ops/image/rootfs.sh <output folder>
set -euo pipefail
out=${1:?usage: rootfs.sh <output folder>}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
rm -rf "$out"
mkdir -p "$out"/etc "$out"/tmp "$out"/data "$out"/opt "$out"/proc

# java.se covers every java.* module (JDBC, JNDI, JMX, HTTP client, XML); the jdk.* ones: Unsafe for Netty and
# Caffeine, EC crypto for TLS to Telegram, jcmd/attach for heap figures, JFR for profiling, DNS for JNDI.
"$java_home"/bin/jlink --output "$out"/opt/java \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.management,jdk.management.agent,jdk.jfr,jdk.zipfs,jdk.naming.dns,jdk.jcmd,jdk.attach,jdk.localedata,jdk.charsets \
  --strip-debug --no-header-files --no-man-pages --compress=2
# the class data sharing archive of the JDK's own classes (what -Xshare uses by default)
"$out"/opt/java/bin/java -Xshare:dump >/dev/null 2>&1 || true

# every shared library the runtime links against, at the same path, plus the dynamic loader
libs=$(find "$out"/opt/java -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | awk '/=>/ {print $3} /ld-linux/ {print $1}' | grep '^/' | grep -v "^$out" | sort -u)
for lib in $libs; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
# glibc loads these by name at run time (user and host lookups), not through ldd's list
for extra in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
             /lib/x86_64-linux-gnu/libresolv.so.2 /lib/x86_64-linux-gnu/libgcc_s.so.1; do
  [ -e "$extra" ] && { mkdir -p "$out$(dirname "$extra")"; cp -L "$extra" "$out$extra"; }
done
[ -e /lib64/ld-linux-x86-64.so.2 ] && { mkdir -p "$out"/lib64; cp -L /lib64/ld-linux-x86-64.so.2 "$out"/lib64/; }

# TLS trust: the JDK's cacerts (Debian links it to /etc/ssl/certs/java/cacerts; -L copies the file itself)
cp -L "$java_home"/lib/security/cacerts "$out"/opt/java/lib/security/cacerts 2>/dev/null || true

cat > "$out"/etc/passwd <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
selam:x:10001:10001:Selam:/data:/sbin/nologin
PASSWD
cat > "$out"/etc/group <<'GROUP'
root:x:0:
selam:x:10001:
GROUP
printf 'hosts: files dns\n' > "$out"/etc/nsswitch.conf
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out"/etc/hosts
echo "rootfs: $(du -sh "$out" | cut -f1) in $out"
