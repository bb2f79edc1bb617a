# Build the Windows desktop bundle: dist\azil-VERSION-windows-x86_64.zip holding azil\,
# with azil.exe (the command line; no arguments: the app) and azilw.exe (the app without
# a console window, for the Start menu). The same spec as Linux (packaging\azil.spec).
#
# On a Windows 10/11 x64 computer with Python 3.11 (python.org installer, "py" launcher)
# and Git, in PowerShell, from a fresh clone:
#     powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# NOT RUN YET: written alongside the Linux build, which is the one verified (docs/packaging.md).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Root = (Get-Location).Path
$Build = Join-Path $Root "build"
$Venv = Join-Path $Build "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$env:AZIL_BUILD_DIR = $Build

function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $Arguments failed ($LASTEXITCODE)" }
}

Write-Host "== build virtualenv ($Venv)"
if (-not (Test-Path $Py)) { Run "py" @("-3.11", "-m", "venv", $Venv) }
Run $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
# setuptools never empties build\lib: a module deleted from the source would live on.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Build "lib")
Get-ChildItem $Build -Filter "bdist.*" -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force
Run $Py @("-m", "pip", "install", "-q", ".", "pyinstaller>=6.10")
Run $Py @("-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", ".")
$Version = & $Py -c "from importlib.metadata import version; print(version('azil'))"

Write-Host "== Qt catalogues, icon, licences"
$Qm = Join-Path $Build "qm"
if (Test-Path $Qm) { Remove-Item -Recurse -Force $Qm }
New-Item -ItemType Directory -Force $Qm | Out-Null
$LRelease = & $Py -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'lrelease.exe')"
Get-ChildItem gui\translations\*.ts | ForEach-Object {
    Run $LRelease @("-silent", $_.FullName, "-qm", (Join-Path $Qm ($_.BaseName + ".qm")))
}
Run $Py @("packaging\render_icon.py", "--ico", (Join-Path $Build "azil.ico"))
Run $Py @("packaging\licenses.py", (Join-Path $Build "LICENSES"))

Write-Host "== PyInstaller"
$App = Join-Path $Build "dist\azil"
if (Test-Path $App) { Remove-Item -Recurse -Force $App }
Run (Join-Path $Venv "Scripts\pyinstaller.exe") @("--noconfirm", "--log-level", "WARN",
    "--distpath", (Join-Path $Build "dist"), "--workpath", (Join-Path $Build "work"),
    "packaging\azil.spec")
Copy-Item -Recurse (Join-Path $Build "LICENSES") (Join-Path $App "LICENSES")
Copy-Item packaging\icons\azil-256.png (Join-Path $App "azil.png")

Write-Host "== archive"
New-Item -ItemType Directory -Force dist | Out-Null
$Archive = "dist\azil-$Version-windows-x86_64.zip"
if (Test-Path $Archive) { Remove-Item $Archive }
Compress-Archive -Path $App -DestinationPath $Archive
Write-Host "$Archive written"
