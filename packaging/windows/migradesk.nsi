; MigraDesk's Windows installer (NSIS 3, Unicode). Compiled by CI on a Windows runner
; (.github/workflows/installers.yml) and by tests/packaging/test_nsis.py here, with:
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=<abs>\dist\migradesk
;            -DOUTFILE=<abs>\dist\MigraDesk-0.1.0-instalador.exe packaging\windows\migradesk.nsi
;
; (absolute paths: makensis works in this script's folder).
; BUNDLE is PyInstaller's one-folder bundle (migradesk.exe + _internal\). The installer:
; - installs for the current user only, without administrator rights, in
;   %LOCALAPPDATA%\Programs\MigraDesk (registry entries under HKCU only);
; - adds a Start-menu shortcut (and one on the desktop), both with MigraDesk's icon;
; - speaks Spanish;
; - over an older version: installs in the same folder, replacing only the program's files;
; - uninstalls the program's files only. The data (the city's file, its backups, the settings)
;   live elsewhere — %LOCALAPPDATA%\OIM\MigraDesk (platformdirs) and the registry key of Qt's
;   settings — and both stay: the uninstaller never touches them, and says so.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "Pass the bundle folder: makensis -DBUNDLE=dist\migradesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "MigraDesk-${VERSION}-instalador.exe"
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}\..\..\resources\icons\migradesk.ico"
!endif

!define APP "MigraDesk"
!define EXE "migradesk.exe"
!define PUBLISHER "OIM – ONU Migración"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define DATA_DIR "$LOCALAPPDATA\OIM\MigraDesk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An upgrade installs where the previous version is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Instalar ${APP} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "${APP} acompaña al Punto Focal en la certificación MigraCiudades Argentina.$\r$\n$\r$\nSe instala solo para su usuario: no hace falta ser administrador/a.$\r$\n$\r$\nSi ya tiene una versión anterior, se actualiza y sus datos se conservan."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Abrir ${APP} ahora"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Se quitará el programa ${APP}. Sus datos (la ciudad, las copias de seguridad y la configuración) se conservan en $LOCALAPPDATA\OIM\MigraDesk."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"

; The version in the installer's file properties (four numbers: x.y.z.0).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_SPANISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SPANISH} "FileDescription" "Instalador de ${APP}"
VIAddVersionKey /LANG=${LANG_SPANISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SPANISH} "LegalCopyright" "${PUBLISHER}"

; The program's own files, removed before an upgrade and by the uninstaller: nothing else.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\desinstalar.exe"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
!macroend

Section "${APP}" SecApp
  SectionIn RO
  SetShellVarContext current
  ; An open MigraDesk holds its files: ask to close it rather than leave a half-updated folder.
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} está abierto. Ciérrelo y elija Reintentar para continuar con la actualización." IDRETRY retry
      Abort "Instalación cancelada: ${APP} seguía abierto. No se modificó nada."
    ${EndIf}
    FileClose $0
    DetailPrint "Actualizando la versión instalada (sus datos se conservan)…"
    !insertmacro RemoveProgramFiles
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\desinstalar.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\desinstalar.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveProgramFiles
  RMDir "$INSTDIR"  ; only if empty: a folder the user chose may hold other things
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "Sus datos se conservan en ${DATA_DIR}."
SectionEnd
