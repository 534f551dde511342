; Inno Setup 6 script: the PyInstaller folder as a per-user installer (no admin rights).
; Built by `python packaging/build.py` on Windows, which passes:
;   /DAppVersion=0.1.0 /DSourceDir=<dist\talentdesk> /DOutputDir=<dist> /DIconFile=<build\icons\talentdesk.ico>
; The user's data (%LOCALAPPDATA%\TalentDesk) is never installed, replaced or removed by this script:
; an upgrade installs over the program folder and keeps it; the uninstaller leaves it alone.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (python packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\talentdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\talentdesk.ico"
#endif

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6E0B7C2A-4F1D-4C8E-9B57-2D3A1F6C9E41}
AppName=TalentDesk
AppVersion={#AppVersion}
AppVerName=TalentDesk {#AppVersion}
AppPublisher=TalentDesk developers
AppPublisherURL=https://talentdesk.org
VersionInfoVersion={#AppVersion}
; Per user, no elevation: installs into %LOCALAPPDATA%\Programs\TalentDesk.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\TalentDesk
DefaultGroupName=TalentDesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=TalentDesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\talentdesk.exe
UninstallDisplayName=TalentDesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running TalentDesk before replacing its files (it saves its state on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's _internal wholesale, so no stale library of an older
; version is loaded. Only {app} is touched: the data folder lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\TalentDesk"; Filename: "{app}\talentdesk.exe"; AppUserModelID: "org.talentdesk.TalentDesk"
Name: "{autodesktop}\TalentDesk"; Filename: "{app}\talentdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\talentdesk.exe"; Description: "{cm:LaunchProgram,TalentDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may have gained; never {localappdata}\TalentDesk (the user's data).
Type: filesandordirs; Name: "{app}\_internal"
