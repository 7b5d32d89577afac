; Inno Setup 6 script: a per-user installer for the standalone build (no administrator rights).
;
;   python packaging\build.py                      (dist\desktop-crm\, version stamped into desktop-crm.exe)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\desktop-crm.iss
;   -> dist\desktop-crm-<version>-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\Desktop CRM, adds a start-menu entry (and a desktop icon if the
; user ticks it), and registers an uninstaller under "Apps" for this user. The user's data is never
; touched: the database lives in %LOCALAPPDATA%\desktop-crm (platformdirs) and the settings in
; HKCU\Software\desktop-crm; there is no [UninstallDelete] for either, and an upgrade replaces only the
; program folder. The AppId below must never change: it is how an upgrade finds the installed version.

#define AppName "Desktop CRM"
#define AppExe "desktop-crm.exe"
#ifndef BuildDir
  #define BuildDir AddBackslash(SourcePath) + "..\..\dist\desktop-crm"
#endif
#ifndef AppVersion
  ; The version build.py stamped into the executable from pyproject.toml.
  #define AppVersion GetStringFileInfo(AddBackslash(BuildDir) + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error desktop-crm.exe not found or without a version: run python packaging\build.py first
#endif

[Setup]
AppId={{8F0D53C1-623F-4F83-BE2E-4A53E871279B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Desktop CRM
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, nothing outside the user's own profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\desktop-crm.ico
OutputDir=..\..\dist
OutputBaseFilename=desktop-crm-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; An upgrade while the app runs: ask to close it (Restart Manager) instead of failing on locked files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder, so no library of the previous version is left to load.
; Only the program's own folder ({app}); the user's data is elsewhere and is never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries with uninsdeletekey: uninstalling removes the program
; files Setup installed and nothing else. The database (%LOCALAPPDATA%\desktop-crm\desktop-crm.sqlite),
; its backups and the settings stay, so a reinstall or a newer version finds them.
