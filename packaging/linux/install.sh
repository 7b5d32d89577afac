#!/bin/sh
# Install (or upgrade) the standalone Desktop CRM for the current user, no root needed:
#   the program in ~/.local/lib/desktop-crm, the command ~/.local/bin/desktop-crm, the start-menu entry
#   and the icons in ~/.local/share. Run it from the unpacked folder:  sh install.sh
# Remove the program again with:  sh install.sh --uninstall
# Neither ever touches your database (~/.local/share/desktop-crm/) or your settings (~/.config/desktop-crm/).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=nl.desktopcrm.DesktopCRM
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/desktop-crm
BIN=$HOME/.local/bin

remove_program() {
    rm -rf "$LIB"
    rm -f "$BIN/desktop-crm" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    for icon in "$DATA"/icons/hicolor/*/apps/$APP_ID.png; do rm -f "$icon"; done
}

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_program
    refresh_caches
    echo "Desktop CRM was removed. Your database in $DATA/desktop-crm was left as it is."
    exit 0
fi

[ -x "$HERE/desktop-crm" ] || { echo "install.sh: run it from the unpacked desktop-crm folder" >&2; exit 1; }
"$HERE/desktop-crm" --selftest >/dev/null || { echo "install.sh: the selftest failed; nothing was installed" >&2; exit 1; }
remove_program  # an upgrade replaces the whole program folder: no files of the old version stay behind
mkdir -p "$LIB" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -a "$HERE/." "$LIB/"
rm -rf "$LIB/share" "$LIB/install.sh"
ln -s "$LIB/desktop-crm" "$BIN/desktop-crm"
# The start menu does not always have ~/.local/bin on its PATH: point the entry at the program itself.
sed -e "s|^Exec=desktop-crm|Exec=$LIB/desktop-crm|" -e "s|^TryExec=desktop-crm|TryExec=$LIB/desktop-crm|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp -r "$HERE/share/icons" "$DATA/"
refresh_caches
echo "Desktop CRM is installed: start it from the menu, or run $BIN/desktop-crm"
