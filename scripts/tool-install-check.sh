#!/usr/bin/env bash
# Packs plcfleet as a .NET tool and installs it the way a user does (dotnet tool install --global), into a throw-away
# HOME, then runs the installed command: --version, check on an example site, and the offline demo's plan.
# Exit 0 only when every step works. Usage: scripts/tool-install-check.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet pack "$repo/src/PlcFleet.Cli" -c Release -o "$scratch/packages" >"$scratch/pack.log" 2>&1 || { cat "$scratch/pack.log"; exit 1; }
ls "$scratch/packages"/plcfleet.*.nupkg >/dev/null

# A fresh HOME: global tools land in $HOME/.dotnet/tools, as on a user's machine. NuGet's cache and the package
# sources stay the machine's, so the tool's dependencies restore as they do for the build.
export NUGET_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
mkdir -p "$scratch/home/.nuget/NuGet"
[ -f "$HOME/.nuget/NuGet/NuGet.Config" ] && cp "$HOME/.nuget/NuGet/NuGet.Config" "$scratch/home/.nuget/NuGet/"
export HOME="$scratch/home"
dotnet tool install --global --add-source "$scratch/packages" plcfleet >"$scratch/install.log" 2>&1 || { cat "$scratch/install.log"; exit 1; }
plcfleet="$HOME/.dotnet/tools/plcfleet"

"$plcfleet" --version
cp -r "$repo/examples/fleet/sites/lyon-l1" "$scratch/lyon-l1"
"$plcfleet" check "$scratch/lyon-l1"
"$plcfleet" test "$scratch/lyon-l1" | tail -n 3
# The tool carries the example fleet (plcfleet demo copies it): plan the demo migration from the installed copy.
found="$(find "$HOME/.dotnet/tools/.store/plcfleet" -path '*/examples/fleet/fleet.yaml' | head -n 1)"
[ -n "$found" ] || { echo "the installed tool has no examples/fleet/fleet.yaml"; exit 1; }
"$plcfleet" migration plan "$(dirname "$(dirname "$found")")/migrations/guard-monitor.md" --fleet "$found" | tail -n 2
echo "tool install check: OK"
