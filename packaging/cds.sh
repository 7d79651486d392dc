#!/usr/bin/env bash
# Writes the app's class-data archive (AppCDS) into an app-image, for a faster start: the classes
# the app loads on its way to the first rows are stored pre-parsed in task-inbox.jsa, which the
# launcher maps at start-up (-XX:SharedArchiveFile in app.options). The JVM checks the archive
# against the jars' paths and silently ignores it where they differ (a moved or updated copy), so
# a missing or stale archive only costs speed. The .deb's postinst writes it again in /opt.
#   cds.sh APP_DIR JAVA CLASS_LIST
#     APP_DIR: the image's folder with the jars and the launcher's .cfg
#     JAVA: the image's own runtime java (the archive must come from the JVM that reads it)
#     CLASS_LIST: names of the classes to store (written by a start-up run: see pom.xml, cds-class-list)
set -euo pipefail
app_dir="$1"
java="$2"
list="$3"

cfg=$(ls "$app_dir"/*.cfg | head -n 1)
separator=":"
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) separator=";" ;; esac
classpath=""
while IFS= read -r line; do
  case "$line" in
    app.classpath=*)
      jar="$app_dir/${line#app.classpath=\$APPDIR/}"
      if [ "$separator" = ";" ]; then jar=$(cygpath -w "$jar"); fi
      classpath="${classpath:+$classpath$separator}$jar"
      ;;
  esac
done < "$cfg"

# Shipped beside the jars, so an installer can write the archive again where the app is installed.
cp "$list" "$app_dir/cds-classes.lst"
log=$(mktemp)
if "$java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$list" \
    -XX:SharedArchiveFile="$app_dir/task-inbox.jsa" -cp "$classpath" > "$log" 2>&1; then
  echo "class-data archive: $app_dir/task-inbox.jsa ($(du -h "$app_dir/task-inbox.jsa" | cut -f1))"
else
  rm -f "$app_dir/task-inbox.jsa"
  echo "class-data archive: not written (the app starts without it, only slower):"
  tail -n 20 "$log"
fi
rm -f "$log"
