; Inno Setup script of the Windows installer of Cuentas (packaging/README.md).
;
; On Windows, after the PyInstaller build (dist\cuentas\Cuentas.exe and cuentas-cli.exe):
;   iscc packaging\windows\cuentas.iss
; gives dist\Cuentas-<version>-setup.exe. The version is read from Cuentas.exe, which
; carries app.__version__ in its version resource (cuentas.spec): one place for it.
;
; It installs the program (for everyone, or for the current user only when the person
; installing is not an administrator), the Start menu entries, an optional desktop
; icon, and the .cuentas file association, so that double-clicking a book opens it in
; Cuentas (or in the Cuentas already running). The uninstaller removes what was
; installed here and nothing else: books, backups, settings and logs live in the
; user's own folders (%LOCALAPPDATA%\Cuentas, or wherever the books were saved) and are
; never deleted. There is deliberately no [UninstallDelete] section.

#define DistDir AddBackslash(SourcePath) + "..\..\dist\cuentas"
#define WorkDir AddBackslash(SourcePath) + "..\..\build\pyinstaller\cuentas"
#define AppVersion GetStringFileInfo(DistDir + "\Cuentas.exe", "ProductVersion")
#if AppVersion == ""
  #error Build dist\cuentas with PyInstaller first (packaging/README.md)
#endif

[Setup]
AppId={{4F3B8C2E-6A1D-4E57-9B0C-7D2E5A9F1C36}
AppName=Cuentas
AppVersion={#AppVersion}
AppVerName=Cuentas {#AppVersion}
AppPublisher=Cuentas
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Cuentas
DefaultGroupName=Cuentas
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 (PySide6) runs on Windows 10 1809 or later: Setup refuses older systems itself
; instead of installing a program that cannot start there.
MinVersion=10.0.17763
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile={#WorkDir}\cuentas.ico
UninstallDisplayIcon={app}\Cuentas.exe
UninstallDisplayName=Cuentas {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=Cuentas-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.BookType=Cuentas book
spanish.BookType=Libro de Cuentas

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build; files of an older version are replaced.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The previous version's program files only (its _internal folder), never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Cuentas"; Filename: "{app}\Cuentas.exe"
Name: "{group}\{cm:UninstallProgram,Cuentas}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Cuentas"; Filename: "{app}\Cuentas.exe"; Tasks: desktopicon

[Registry]
; .cuentas books open in Cuentas (HKA: all users, or the current user's classes).
Root: HKA; Subkey: "Software\Classes\.cuentas"; ValueType: string; ValueName: ""; ValueData: "Cuentas.Book"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cuentas\OpenWithProgids"; ValueType: string; ValueName: "Cuentas.Book"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Cuentas.Book"; ValueType: string; ValueName: ""; ValueData: "{cm:BookType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Cuentas.Book\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Cuentas.exe,0"
Root: HKA; Subkey: "Software\Classes\Cuentas.Book\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Cuentas.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Cuentas.exe"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\Applications\Cuentas.exe\SupportedTypes"; ValueType: string; ValueName: ".cuentas"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Cuentas.exe"; Description: "{cm:LaunchProgram,Cuentas}"; Flags: nowait postinstall skipifsilent
