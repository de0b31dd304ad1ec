<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>Über qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Eine Moderationskonsole für QuickBlox-Chat-Anwendungen.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>qbmod ist freie Software unter der Apache License 2.0. Es verwendet Qt %1 unter der GNU Lesser General Public License Version 3 und QtKeychain unter einer BSD-Lizenz.</translation>
    </message>
    <message>
        <source>qbmod: Apache License 2.0</source>
        <translation>qbmod: Apache License 2.0</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License 3</source>
        <translation>Qt: GNU Lesser General Public License 3</translation>
    </message>
    <message>
        <source>Qt: GNU General Public License 3, which the LGPL extends</source>
        <translation>Qt: GNU General Public License 3, die von der LGPL erweitert wird</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain: BSD-Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Im Namen eines Benutzers handeln</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Jede Anfrage wird im Namen des gewählten Benutzers gestellt (On-Behalf-Of), bis Sie das Handeln in seinem Namen beenden.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>Benutzer-ID, Login, E-Mail oder vollständiger Name</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Passende Benutzer</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Im Namen dieses Benutzers handeln</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n Benutzer gefunden</numerusform>
            <numerusform>%n Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Das Handeln im Namen eines Benutzers erfordert einen API-Schlüssel; eine Sitzungsanmeldung handelt immer als ihr eigener Benutzer.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>Die Sitzungsantwort enthielt kein Token.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>die Antwort war größer als %1, das zulässige Maximum</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Nicht erlaubt.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Zu viele Anfragen: Das Anfragelimit der Anwendung wurde überschritten.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>Der Server hat einen internen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>Der Server hat eine unverständliche Antwort gesendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation>Der Endpunkt hat auf %1 umgeleitet; wenn Sie dieser Adresse vertrauen, verwenden Sie sie als Endpunkt.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n Anfrage/s</numerusform>
            <numerusform>%n Anfragen/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, noch etwa %n Min.</numerusform>
            <numerusform>%1, noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, noch etwa %n s</numerusform>
            <numerusform>%1, noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n nicht erlaubt</numerusform>
            <numerusform>%n nicht erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n bereits entfernt</numerusform>
            <numerusform>%n bereits entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n unbekannt (keine Antwort; möglicherweise gelöscht)</numerusform>
            <numerusform>%n unbekannt (keine Antwort; möglicherweise gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Operator login with application credentials</source>
        <translation>Operator-Anmeldung mit Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Auth secret</source>
        <translation>Auth-Secret</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>Mit einer QuickBlox-Anwendung verbinden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth-Key</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Operator-Login</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>Anwendungs-ID:</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Auth-Key:</translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation>Auth-Secret:</translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation>Operator-Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Geheime Zugangsdaten werden im Systemschlüsselbund gespeichert, nie in Dateien. Lassen Sie ein Feld leer, um den gespeicherten Wert zu behalten.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Startet einen lokalen Ersatz für QuickBlox mit Demodaten; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Das Profil „%1“ und seine geheimen Zugangsdaten aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>Der Systemschlüsselbund konnte den Eintrag „%1“ nicht speichern (%2). Nur für diese Sitzung behalten? Er wird beim Beenden von qbmod verworfen, und nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>Der Eintrag „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Geheime Zugangsdaten werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Verbindung zu %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Prüfen Sie Login, Passwort und die Zugangsdaten der Anwendung.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Prüfen Sie den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Prüfen Sie den Endpunkt.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>Der Server hat mit einem Fehler geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Nicht verbunden, nichts wurde gespeichert: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>Dieses Feld muss korrigiert werden</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Vom Server ermitteln</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Anfragelimit:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Passwort der Team-Datenbank</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Journal gespeichert auf</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Diesem Computer</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>Einer Team-Datenbank</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>Eine Team-Datenbank (PostgreSQL) teilt das Journal mit allen Moderatoren des Teams.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Host der Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Port der Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Name der Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Benutzer der Team-Datenbank</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>TLS-Modus der Team-Datenbank</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Zertifikat und Namen prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Nur das Zertifikat prüfen (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Verschlüsseln ohne Prüfung (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Kein TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>Eine Datenbank auf einem anderen Computer wird nur mit verify-full erreicht.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Journal gespeichert auf:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Geben Sie das Passwort der Team-Datenbank ein.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>Die Anfragen pro Sekunde, die Ihr QuickBlox-Tarif erlaubt. Löschvorgänge und Auflistungen werden knapp unter diesem Takt gesendet. Ohne Angabe wird der Takt aus den ersten „too many requests“-Antworten des Servers ermittelt.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>Der Endpunkt „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>Der Endpunkt darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (eine lokale Sandbox); verwenden Sie https für „%1“.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>Der Endpunkt muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>Eine Anwendungs-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>Ein Auth-Key ist erforderlich.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>Ein Operator-Login ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Offline-Arbeit: Die geschützten Benutzer des Teams können nur angezeigt und geändert werden, solange die Team-Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>Die Verbindung zur Team-Datenbank %1 wird noch hergestellt.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>Für das Profil „%2“ ist kein %1 gespeichert.</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>Der Eintrag „%1“ des Profils „%2“ konnte nicht gelesen werden. %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Moderationswerkzeuge für QuickBlox-Chat-Anwendungen.</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>API-Endpunkt (Standard: https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>Anwendungs-ID (Sitzungsanmeldung).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Auth-Key der Anwendung (Sitzungsanmeldung).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Operator-Login (Sitzungsanmeldung).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Anzahl gleichzeitig laufender Anfragen (Standard: 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Wartezeit auf jede Antwort in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Jede Anfrage auf der Standardfehlerausgabe protokollieren (Zugangsdaten werden nie protokolliert).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Im Namen dieses Benutzers handeln (nur mit API-Schlüssel).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Dialogtypen: 1 öffentlich, 2 Gruppe, 3 privat; durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Nur Dialoge, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Höchstens N Einträge anzeigen.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>IDs pro Löschanfrage (Standard: 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>IDs aus FILE lesen, oder mit - von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>Benutzer-ID, E-Mail, Login oder Teil eines vollständigen Namens.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl: --%1 erfordert eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl: %1 akzeptiert --%2 nicht.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl: keine Zugangsdaten. Setzen Sie QBMOD_API_KEY, oder geben Sie --app-id, --auth-key und --login an und setzen Sie QBMOD_AUTH_SECRET und QBMOD_PASSWORD in der Umgebung (fehlt: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl: --app-id erfordert eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Weitere Informationen mit „qbmodctl --help“.</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl: kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl: --on-behalf-of erfordert eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl: --on-behalf-of erfordert einen API-Schlüssel (QBMOD_API_KEY); eine Sitzungsanmeldung handelt immer als ihr eigener Benutzer.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>Mit dem gespeicherten Profil NAME verbinden; seine geheimen Zugangsdaten kommen aus dem Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>Begründung; wird im Journal festgehalten. Erforderlich mit --force und --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Benutzer, deren Dialoge nicht für alle gelöscht werden und in deren Namen nicht gehandelt wird (Standard: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Auch bei geschützten Benutzern handeln; das Journal hält dies fest.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Die Anfragen ausgeben, die gesendet würden, und nichts senden.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>Die Dialoge und ihre neuesten Nachrichten vor dem Löschen für alle nicht sichern.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Die Journal-Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Exportformat: csv oder json (Standard: json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl: Profil „%1“: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl: Es gibt kein Profil namens „%1“; es sind keine Profile gespeichert.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl: Es gibt kein Profil namens „%1“ (gespeichert: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl: Der Systemschlüsselbund ist nicht verfügbar; geben Sie die geheimen Zugangsdaten stattdessen in der Umgebung an (QBMOD_API_KEY, oder QBMOD_AUTH_SECRET und QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Belege löschen, die vor mehr als DAYS Tagen gesammelt wurden.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Für alle Mitglieder löschen (Dialoge: nur als Besitzer; Nachrichten: nur als Absender); kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Nur Nachrichten, die dieser Benutzer gesendet hat.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>Der Benutzer, der aus den Dialogen entfernt werden soll.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>Der Dialog, zu dem die Nachrichten gehören; das Journal bewahrt ihn auf, damit der Abgleich sie prüfen kann.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Sekunden, die eine vollständige Antwort dauern darf, wie langsam sie auch eintrifft (Standard: 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Größte akzeptierte Antwort in MiB (Standard: 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>JSON für Skripte als ein Dokument ausgeben: wird im Speicher aufgebaut, daher für kleine Listen; verwenden Sie --jsonl für --all.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Listen: ein JSON-Objekt pro Zeile ausgeben, sobald Seiten eintreffen; der Speicherbedarf bleibt begrenzt, wie lang die Liste auch ist.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Den lokalen Index unter PATH verwenden (Standard: der der verbundenen Anwendung).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Jeden Dialog erneut lesen und die verwerfen, die der Server nicht mehr auflistet.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Die neuesten N Nachrichten jedes Dialogs behalten (Standard: 200).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Ab diesem Datum (JJJJ-MM-TT oder ISO-Datum und -Uhrzeit, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Vor diesem Datum (JJJJ-MM-TT oder ISO-Datum und -Uhrzeit, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Die Nachrichten von Dialogen erneut lesen, die seit DAYS Tagen nicht gelesen wurden (Standard: 30).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Nur Nachrichten mit einem Link.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Nur Nachrichten mit einem Anhang.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Eine Kampagne erreicht mindestens N Dialoge (Standard: 5).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…innerhalb dieser Zeit, z. B. 24h, 90m, 2d (Standard: 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Anfragen pro Sekunde, genau getaktet (Standard: das Anfragelimit des Profils oder aus den ersten 429-Antworten des Servers ermittelt).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>Die zu bearbeitende Kampagne, wie „campaigns“ sie auflistet.</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Die Dialoge löschen, die die Suche oder die Kampagne gefunden hat; jeder wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Diesen Benutzer aus den Dialogen entfernen, in denen die Suche oder die Kampagne seine Nachrichten gefunden hat; jeder Dialog wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Ihr Name, der mit jedem Lauf festgehalten wird (Standard: QBMOD_MODERATOR_NAME, oder in einer Team-Datenbank Ihr Datenbankbenutzer).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Nur Läufe von WHO: Name, Login oder API-Schlüssel-Fingerabdruck eines Moderators.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl: Das Profil „%1“ führt sein Journal in der Team-Datenbank %2, aber ihr Passwort ist nicht im Schlüsselbund. Speichern Sie es in der Konsole, oder geben Sie es in QBMOD_STORE_PASSWORD an.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl: Der Systemschlüsselbund ist nicht verfügbar; geben Sie das Passwort der Team-Datenbank stattdessen in QBMOD_STORE_PASSWORD an.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl: %1 Speichern Sie es in der Konsole, oder geben Sie es in der Umgebung an (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl: Geben Sie entweder --journal oder --store an, nicht beides.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Das Journal und den Sweep-Index in der Team-Datenbank unter URL führen, postgres://user@host:5432/qbmod?sslmode=verify-full; ihr Passwort kommt aus QBMOD_STORE_PASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Gespeicherte Auswahl: Dialoge ohne Nachricht seit DAYS Tagen.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Gespeicherte Auswahl: Dialoge im Besitz dieses Benutzers.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Gespeicherte Auswahl: Gruppen ohne Nachricht oder nur noch mit ihrem Besitzer.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Gespeicherte Auswahl: Nachrichten, die TEXT enthalten, mit den Filtern der Suche (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Wenn die Team-Datenbank nicht erreichbar ist, den Lauf auf diesem Computer im Journal festhalten und später hochladen (journal upload); seine IDs werden bis dahin nicht beansprucht.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Die Journaldatei unter PATH schreiben.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Alle Treffer (Dialoge, Benutzer oder Nachrichten) auflisten, egal wie viele Seiten.</translation>
    </message>
    <message>
        <source>Usage: qbmodctl [options] COMMAND

Commands:
  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
               [--on-behalf-of USER_ID] [--json | --jsonl]
  dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                 [--protected-users IDS] [--override-protection] [--dry-run]
                 [--no-evidence] [--batch-size N] [--yes] [--journal PATH]
                 [--json] (ID... | --from-file FILE | --from-file -)
  dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
                 [--reason TEXT] [--protected-users IDS] [--override-protection]
                 [--dry-run] [--yes] [--journal PATH] [--json]
  journal list [--journal PATH] [--moderator WHO] [--json]
  journal show RUN_ID [--journal PATH] [--json]
  journal export [--format csv|json] [RUN_ID] [--journal PATH]
  journal reconcile [RUN_ID] [--journal PATH] [--json]
  journal prune --older-than DAYS [--journal PATH] [--json]
  journal upload [--store URL] [--json]
  journal move-to-team --store URL [--journal PATH] [--json]
  journal export-local --store URL --to PATH [--moderator WHO] [--json]
  messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                  [--protected-users IDS] [--override-protection] [--dry-run]
                  [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
                  [--json] (ID... | --from-file FILE | --from-file -)
  messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]
                [--on-behalf-of USER_ID] [--json | --jsonl]
  protected list [--store URL] [--json]
  protected add|remove USER_ID... [--reason TEXT] [--store URL]
  users list [--search TEXT] [--limit N | --all] [--json | --jsonl]
  users show USER_ID [--json]
  users dialogs USER_ID [--limit N | --all] [--json | --jsonl]
  index update [--full] [--depth N | --since DATE] [--retention DAYS]
               [--index PATH] [--json]
  index status [--index PATH] [--json]
  index forget [--index PATH]
  search TEXT [--sender ID] [--since DATE] [--until DATE]
              [--type public,group,private] [--has-link] [--has-attachment]
              [--limit N] [--index PATH] [--json | --jsonl]
  campaigns [--min-dialogs N] [--within 24h] [--since DATE] [--index PATH]
            [--json | --jsonl]
  selections list [--index PATH] [--json | --jsonl]
  selections save NAME (--inactive DAYS | --owner USER_ID | --empty-groups
                 | --phrase TEXT [search&apos;s filters] | --campaign CAMPAIGN
                 [--within 24h]) [--index PATH] [--json]
  selections run NAME [--index PATH] [--json | --jsonl]
  selections delete NAME [--index PATH] [--json]
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, then to act
            on what was found:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Credentials come from the environment, never from arguments:
  QBMOD_API_KEY       API key; when set, qbmodctl uses it (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   application auth secret, with --app-id, --auth-key, --login
  QBMOD_PASSWORD      the operator&apos;s password
  QBMOD_PROTECTED_USERS  protected user ids, when --protected-users is not given
  QBMOD_STORE_PASSWORD   the team database&apos;s password, with --store URL
Wherever --journal PATH is taken, --store postgres://user@host:port/db keeps the
journal in a team database instead; runs record --moderator-name NAME. With
--offline a run goes ahead when the team database cannot be reached, journaled
on this computer until &quot;journal upload&quot;.
With --profile NAME the connection and secrets come from a saved profile and
the system keychain; options and these variables override them. A profile that
keeps its journal in a team database uses it unless --journal or --store is
given; its password comes from QBMOD_STORE_PASSWORD or the keychain.

Exit codes: 0 done; 1 some ids not permitted or failed; 2 usage or input error;
3 authentication failed; 4 endpoint unreachable.
</source>
        <translation>Aufruf: qbmodctl [Optionen] COMMAND

Befehle:
  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
               [--on-behalf-of USER_ID] [--json | --jsonl]
  dialogs delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                 [--protected-users IDS] [--override-protection] [--dry-run]
                 [--no-evidence] [--batch-size N] [--yes] [--journal PATH]
                 [--json] (ID... | --from-file FILE | --from-file -)
  dialogs remove-member DIALOG_ID... --user USER_ID [--on-behalf-of USER_ID]
                 [--reason TEXT] [--protected-users IDS] [--override-protection]
                 [--dry-run] [--yes] [--journal PATH] [--json]
  journal list [--journal PATH] [--moderator WHO] [--json]
  journal show RUN_ID [--journal PATH] [--json]
  journal export [--format csv|json] [RUN_ID] [--journal PATH]
  journal reconcile [RUN_ID] [--journal PATH] [--json]
  journal prune --older-than DAYS [--journal PATH] [--json]
  journal upload [--store URL] [--json]
  journal move-to-team --store URL [--journal PATH] [--json]
  journal export-local --store URL --to PATH [--moderator WHO] [--json]
  messages delete [--force] [--on-behalf-of USER_ID] [--reason TEXT]
                  [--protected-users IDS] [--override-protection] [--dry-run]
                  [--dialog DIALOG_ID] [--batch-size N] [--yes] [--journal PATH]
                  [--json] (ID... | --from-file FILE | --from-file -)
  messages list DIALOG_ID [--sender USER_ID] [--limit N | --all]
                [--on-behalf-of USER_ID] [--json | --jsonl]
  protected list [--store URL] [--json]
  protected add|remove USER_ID... [--reason TEXT] [--store URL]
  users list [--search TEXT] [--limit N | --all] [--json | --jsonl]
  users show USER_ID [--json]
  users dialogs USER_ID [--limit N | --all] [--json | --jsonl]
  index update [--full] [--depth N | --since DATE] [--retention DAYS]
               [--index PATH] [--json]
  index status [--index PATH] [--json]
  index forget [--index PATH]
  search TEXT [--sender ID] [--since DATE] [--until DATE]
              [--type public,group,private] [--has-link] [--has-attachment]
              [--limit N] [--index PATH] [--json | --jsonl]
  campaigns [--min-dialogs N] [--within 24h] [--since DATE] [--index PATH]
            [--json | --jsonl]
  selections list [--index PATH] [--json | --jsonl]
  selections save NAME (--inactive DAYS | --owner USER_ID | --empty-groups
                 | --phrase TEXT [search&apos;s filters] | --campaign CAMPAIGN
                 [--within 24h]) [--index PATH] [--json]
  selections run NAME [--index PATH] [--json | --jsonl]
  selections delete NAME [--index PATH] [--json]
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, dann, um
            gegen das Gefundene vorzugehen:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Zugangsdaten kommen aus der Umgebung, nie aus Argumenten:
  QBMOD_API_KEY       API-Schlüssel; wenn gesetzt, verwendet qbmodctl ihn (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   Auth-Secret der Anwendung, mit --app-id, --auth-key, --login
  QBMOD_PASSWORD      das Passwort des Operators
  QBMOD_PROTECTED_USERS  IDs geschützter Benutzer, wenn --protected-users fehlt
  QBMOD_STORE_PASSWORD   das Passwort der Team-Datenbank, mit --store URL
Wo --journal PATH angenommen wird, führt --store postgres://user@host:port/db das
Journal stattdessen in einer Team-Datenbank; Läufe halten --moderator-name NAME fest.
Mit --offline wird ein Lauf auch ausgeführt, wenn die Team-Datenbank nicht erreichbar
ist, und bis „journal upload“ auf diesem Computer im Journal festgehalten.
Mit --profile NAME kommen Verbindung und geheime Zugangsdaten aus einem gespeicherten
Profil und dem Systemschlüsselbund; Optionen und diese Variablen haben Vorrang. Ein
Profil, das sein Journal in einer Team-Datenbank führt, verwendet diese, sofern weder
--journal noch --store angegeben ist; ihr Passwort kommt aus QBMOD_STORE_PASSWORD oder
dem Schlüsselbund.

Exit-Codes: 0 erledigt; 1 einige IDs nicht erlaubt oder fehlgeschlagen; 2 Aufruf- oder
Eingabefehler; 3 Authentifizierung fehlgeschlagen; 4 Endpunkt nicht erreichbar.
</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>protected users: %1</source>
        <translation>geschützte Benutzer: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %n Anfrage angezeigt, es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Anfragen angezeigt, es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Geben Sie einen mit --reason an.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n früherer Lauf hat IDs mit unbekanntem Ergebnis; führen Sie „qbmodctl journal reconcile“ aus, um sie zu klären.</numerusform>
            <numerusform>qbmodctl: %n frühere Läufe haben IDs mit unbekanntem Ergebnis; führen Sie „qbmodctl journal reconcile“ aus, um sie zu klären.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>Ohne Bestätigung wird nicht gehandelt: Geben Sie --yes an oder führen Sie den Befehl in einem Terminal aus, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Im Journal als Lauf %1 festgehalten.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>In Arbeit… %1 von %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline gilt nur für eine Team-Datenbank (--store oder ein Profil, das sein Journal in einer Team-Datenbank führt). Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n offline ausgeführter Lauf ist noch nicht in der Team-Datenbank; „qbmodctl journal upload“ fügt ihn hinzu.</numerusform>
            <numerusform>qbmodctl: %n offline ausgeführte Läufe sind noch nicht in der Team-Datenbank; „qbmodctl journal upload“ fügt sie hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Offline als Lauf %1 in %2 festgehalten; „qbmodctl journal upload“ fügt ihn der Team-Datenbank hinzu, sobald sie erreichbar ist. Bis dahin werden seine IDs nicht beansprucht.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Geben Sie IDs entweder als Argumente oder mit --from-file an, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID ist keine Dialog-ID (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
            <numerusform>%n IDs sind keine Dialog-IDs (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID ist keine Nachrichten-ID (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
            <numerusform>%n IDs sind keine Nachrichten-IDs (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Keine Dialog-IDs angegeben.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>Keine Nachrichten-IDs angegeben.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>dem angemeldeten Konto</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n Dialog mit allen Nachrichten für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Dialoge mit allen Nachrichten für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Geben Sie zur Bestätigung %1 ein: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n Dialog nur aus der Liste von %1 entfernen; die anderen Mitglieder behalten ihn.</numerusform>
            <numerusform>%n Dialoge nur aus der Liste von %1 entfernen; die anderen Mitglieder behalten sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n Nachricht nur bei %1 löschen; die anderen Mitglieder behalten sie.</numerusform>
            <numerusform>%n Nachrichten nur bei %1 löschen; die anderen Mitglieder behalten sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size erfordert eine ganze Zahl von 1 bis 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>„%1“ ist keine Dialog-ID (24 Hexadezimalziffern). Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n Nachricht ist nicht im Dialog %1, wie der handelnde Benutzer ihn sieht (bereits gelöscht oder in einem anderen Dialog): %2. Es wurde nichts gelöscht.</numerusform>
            <numerusform>%n Nachrichten sind nicht im Dialog %1, wie der handelnde Benutzer ihn sieht (bereits gelöscht oder in einem anderen Dialog): %2. Es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Mit einem API-Schlüssel und ohne --on-behalf-of löscht QuickBlox für alle Mitglieder.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Profil: %1 (%2). Handelnd als: %3.</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Zu löschende Dialoge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>nicht Besitzer: wird abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n dieser Dialoge gehört nicht dem handelnden Benutzer und wird als „nicht erlaubt“ zurückgemeldet.</numerusform>
            <numerusform>%n dieser Dialoge gehören nicht dem handelnden Benutzer und werden als „nicht erlaubt“ zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Erforderlich: Grund für das Journal (z. B. Spamwelle, gemeldet am 12. Mai)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Optional: Grund für das Journal</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>Besitzer geschützt</translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>Der handelnde Benutzer (%1) ist geschützt: dieses Löschen wird in seinem Namen gesendet.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>Schutz &amp;übergehen (wird im Journal festgehalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n dieser Nachrichten wurde nicht vom handelnden Benutzer gesendet und wird als „nicht erlaubt“ zurückgemeldet.</numerusform>
            <numerusform>%n dieser Nachrichten wurden nicht vom handelnden Benutzer gesendet und werden als „nicht erlaubt“ zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n dieser Dialoge gehört nicht dem handelnden Benutzer, der daher niemanden daraus entfernen darf: Er wird als „nicht erlaubt“ zurückgemeldet.</numerusform>
            <numerusform>%n dieser Dialoge gehören nicht dem handelnden Benutzer, der daher niemanden daraus entfernen darf: Sie werden als „nicht erlaubt“ zurückgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>%1 ist geschützt.</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Anzahl der Einträge, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Dialoge, aus denen der Benutzer entfernt wird</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Zu löschende Nachrichten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>nicht Absender: wird abgelehnt</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>&amp;Anfragen anzeigen</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>Die Anfragen, die dies senden würde</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Jeder Dialog wird zuerst gelesen (GET); einer, in dem der Benutzer kein Mitglied ist, wird nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n Nachricht von geschützten Benutzern würde für alle gelöscht (in der Spalte „Geschützt“ markiert).</numerusform>
            <numerusform>%n Nachrichten von geschützten Benutzern würden für alle gelöscht (in der Spalte „Geschützt“ markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n Dialog geschützter Besitzer würde für alle gelöscht (in der Spalte „Geschützt“ markiert). Geschützte Besitzer: %1.</numerusform>
            <numerusform>%n Dialoge geschützter Besitzer würden für alle gelöscht (in der Spalte „Geschützt“ markiert). Geschützte Besitzer: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Grund des Moderators</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>&amp;Ihr Grund:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Geben Sie zur &amp;Bestätigung die Anzahl der Nachrichten (%1) ein:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Geben Sie zur &amp;Bestätigung die Anzahl der Dialoge (%1) ein:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Pfeil nach unten für zuletzt verwendete Gründe</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Geben Sie einen Grund an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Geben Sie die Anzahl ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Aktivieren Sie „Schutz übergehen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation>Im lokalen Index gefunden, was kein Beleg ist: Jeder Eintrag wird mit dem Server geprüft, bevor etwas gesendet wird. Was bereits entfernt ist, wird als solches gemeldet; was nicht geprüft werden kann, bleibt unangetastet. Das Journal bewahrt die Abfrage auf.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>%1 aus den Mitgliedern der Dialoge entfernen</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>für alle löschen</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>aus dem Verlauf eines Benutzers entfernen</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>aus der Liste eines Benutzers entfernen</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Journal-Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Handelnder Benutzer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Ergebnis für jeden Dialog</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Löschen… %1 von %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Belege werden gesichert: jeder Dialog mit seinen neuesten Nachrichten…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Ergebnis für jede Nachricht</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Entfernen… %1 von %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>Angehalten bei %1 von %2. Bereits gesendete Stapel werden noch abgeschlossen; nichts Neues wird gesendet.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>Der Lauf wurde beendet</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Was der lokale Index gefunden hat, wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>qbmod-Ergebnisse, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>qbmod-Ergebnisse von Lauf %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>%n Dialog für alle löschen</numerusform>
            <numerusform>%n Dialoge für alle löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>API-Schlüssel (volle Rechte)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>%1 aus %n Dialog entfernen</numerusform>
            <numerusform>%1 aus %n Dialogen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>%n Nachricht für alle löschen</numerusform>
            <numerusform>%n Nachrichten für alle löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>%n Nachricht aus dem Verlauf von %1 entfernen</numerusform>
            <numerusform>%n Nachrichten aus dem Verlauf von %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>%n Dialog aus der Liste von %1 entfernen</numerusform>
            <numerusform>%n Dialoge aus der Liste von %1 entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 wird aus den Mitgliedern von %n Dialog entfernt und erhält dessen Nachrichten nicht mehr. Der Dialog und seine Nachrichten bleiben erhalten.</numerusform>
            <numerusform>%1 wird aus den Mitgliedern von %n Dialogen entfernt und erhält deren Nachrichten nicht mehr. Die Dialoge und ihre Nachrichten bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht wird aus dem Verlauf aller Mitglieder gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten werden aus dem Verlauf aller Mitglieder gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n Nachricht wird nur aus dem Verlauf von %1 entfernt; die anderen Mitglieder behalten sie.</numerusform>
            <numerusform>%n Nachrichten werden nur aus dem Verlauf von %1 entfernt; die anderen Mitglieder behalten sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n Dialog wird für alle Mitglieder mit allen Nachrichten gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Dialoge werden für alle Mitglieder mit allen Nachrichten gelöscht. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n Dialog wird nur aus der Liste von %1 entfernt; die anderen Mitglieder behalten ihn und seine Nachrichten.</numerusform>
            <numerusform>%n Dialoge werden nur aus der Liste von %1 entfernt; die anderen Mitglieder behalten sie und ihre Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>angemeldeter Benutzer</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Neueste Nachrichten</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Kein Dialog ausgewählt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation>ID: %1
Typ: %2
Besitzer: %3
Erstellt: %4
Letzte Aktivität: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Alle in der Anwendung (öffentlicher Dialog)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– Besitzer</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n Anhang, nicht heruntergeladen)</numerusform>
            <numerusform>(%n Anhänge, nicht heruntergeladen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation>%1
Dialog-ID: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Öffentlicher Dialog: Jeder Benutzer der Anwendung kann beitreten</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type akzeptiert 1 (öffentlich), 2 (Gruppe) oder 3 (privat), durch Kommas getrennt; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>%n Dialog angezeigt</numerusform>
            <numerusform>%n Dialoge angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs akzeptiert genau eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Dialogtyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>Name enthält (fragt den Server)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Aktiv nach</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Letzte Aktivität nach</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Aktiv vor</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Letzte Aktivität vor</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Geladene Dialoge filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Geladene Dialoge filtern</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>Dialoge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>%1 von %2 geladenen ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>&amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Nicht verbunden. Wählen Sie Datei › Verbinden… (Strg+Umschalt+O), um ein Profil zu öffnen, oder probieren Sie dort die integrierte Sandbox aus.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Die ersten %1 von %2 Dialogen wurden geladen: Die Konsole fasst höchstens %3. Grenzen Sie die Liste mit den Filtern oben ein oder listen Sie alle mit qbmodctl dialogs list --all --jsonl auf.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>Besitzer &amp;prüfen</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Im Namen des &amp;Besitzers handeln</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Im &amp;Journal anzeigen</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Nicht verbunden: nichts zu durchsuchen. Verbinden Sie sich zuerst (Datei › Verbinden…, Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>%1 von %2 geladenen ausgewählt (%3 durch den Filter angezeigt)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>%1 von %2 geladenen ausgewählt, %3 insgesamt (%4 durch den Filter angezeigt)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>%1 von %2 geladenen ausgewählt, %3 insgesamt</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>%n Dialog wird sortiert…</numerusform>
            <numerusform>%n Dialoge werden sortiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user erfordert die ID des zu entfernenden Benutzers (eine positive Zahl).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID ist keine Dialog-ID (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
            <numerusform>%n IDs sind keine Dialog-IDs (24 Hexadezimalziffern): %1. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Keine Dialog-IDs angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Benutzer %1 aus %n Dialog entfernen?</numerusform>
            <numerusform>Benutzer %1 aus %n Dialogen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Es wurde niemand entfernt.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Dialog nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Nachrichten nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Noch kein Index; führen Sie qbmodctl index update aus.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth erfordert eine ganze Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since erfordert ein Datum wie 2025-05-01 oder 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention erfordert eine Anzahl von Tagen von 1 bis 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1: %2 aufgelistet, %3 gelesen, %4 ausstehend</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl: Das Einlesen wurde beendet: %1 Die nächste Indexaktualisierung setzt dort fort, wo es aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Index aktualisiert: %n Dialog aufgelistet</numerusform>
            <numerusform>Index aktualisiert: %n Dialoge aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n erneut gelesen</numerusform>
            <numerusform>%n erneut gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>%n Nachricht gespeichert.</numerusform>
            <numerusform>%n Nachrichten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n Dialog</numerusform>
            <numerusform>%n Dialoge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 MB auf dem Datenträger</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Behält jede Nachricht seit %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Behält die neueste %n Nachricht jedes Dialogs.</numerusform>
            <numerusform>Behält die neuesten %n Nachrichten jedes Dialogs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Nachrichten, die seit %n Tag nicht erneut gelesen wurden, werden verworfen und erneut gelesen.</numerusform>
            <numerusform>Nachrichten, die seit %n Tagen nicht erneut gelesen wurden, werden verworfen und erneut gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>Letztes Einlesen abgeschlossen %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Ein Einlesen wurde mittendrin beendet (%n Dialog noch zu lesen); index update setzt es fort.</numerusform>
            <numerusform>Ein Einlesen wurde mittendrin beendet (%n Dialoge noch zu lesen); index update setzt es fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>Der Index ist eine lokale Kopie zum Finden, kein Beleg: Was bearbeitet wird, wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>Es gibt keinen Index zum Verwerfen.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>Der Index %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl: Der Index in einer Team-Datenbank benötigt die Anwendung: Geben Sie --endpoint und die zugehörigen Zugangsdaten an oder --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Index: %1 (mit dem Team geteilt)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Fehlgeschlagen: nichts geändert</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Unbekannt: möglicherweise wirksam geworden</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>Nicht versucht: nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Journal-Fehler: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>Die Datei %1 ist keine Journal-Datenbank.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>Das Journal %1 wurde von einer neueren Version von qbmod geschrieben (Schema %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>Benutzer %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>Die Team-Datenbank %1 hat noch keine qbmod-Tabellen des Schemas %2, und diese Rolle kann sie nicht anlegen: Öffnen Sie sie einmal als ihr Besitzer. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>von %1 im aktiven Lauf %2 beansprucht</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>bereits von %1 in Lauf %2 gesendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>Die geschützten Benutzer können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>Die Team-Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>offline ausgeführt</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>aus einem lokalen Journal</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>aus der Team-Datenbank</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Journal-Fehler: Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Journal-Fehler: Lauf %1 hat keinen Herkunftsschlüssel.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Die geschützten Benutzer des Teams wurden auf diesem Computer noch nie aus %1 gelesen, daher läuft offline nichts. Verbinden Sie sich zuerst einmal mit der Team-Datenbank.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Journal-Fehler: Die Kopie von Lauf %1 ist nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 erfordert eine Lauf-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Journal.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Das Journal enthält keinen Lauf %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format ist csv oder json.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>ALS</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>UNGEKLÄRT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>Das Journal enthält keine Läufe.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Lauf %1 (%2), gestartet %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Endpunkt: %1  Profil: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Operator: %1  Handelnder Benutzer: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation>Modus: %1 %2  Grund: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation>GEKLÄRT DURCH</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Belege für %n Dialog aufbewahrt; siehe journal export.</numerusform>
            <numerusform>Belege für %n Dialoge aufbewahrt; siehe journal export.</numerusform>
        </translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune erfordert --older-than DAYS (eine ganze Zahl von Tagen).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Belege von %n Dialog gelöscht.</numerusform>
            <numerusform>Belege von %n Dialogen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>Der Schutz wurde für %n ID übergangen.</numerusform>
            <numerusform>Der Schutz wurde für %n IDs übergangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Im lokalen Index ausgewählt durch: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Angehalten %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Fortgesetzt %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>DIALOGNAME</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>HERKUNFT</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>Lauf %1 wurde nicht kopiert: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Nach %1 von %2 Läufen angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>%n Lauf kopiert.</numerusform>
            <numerusform>%n Läufe kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n Lauf war bereits vorhanden.</numerusform>
            <numerusform>%n Läufe waren bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n Lauf läuft noch und wird kopiert, sobald er endet.</numerusform>
            <numerusform>%n Läufe laufen noch; jeder wird kopiert, sobald er endet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>%n spätere Klärung zu bereits vorhandenen Läufen hinzugefügt.</numerusform>
            <numerusform>%n spätere Klärungen zu bereits vorhandenen Läufen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>Die Klärungen von Lauf %1 wurden nicht kopiert: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Journal.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Das Journal enthält keinen Lauf %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl: übersprungen: %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nichts abzugleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>%n ID geprüft: %1 entfernt, %2 noch vorhanden, %3 ohne eindeutige Antwort.</numerusform>
            <numerusform>%n IDs geprüft: %1 entfernt, %2 noch vorhanden, %3 ohne eindeutige Antwort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 erfordert eine Team-Datenbank: Geben Sie --store URL an oder ein Profil, das sein Journal in einer Team-Datenbank führt.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local erfordert --to PATH, die zu schreibende Journaldatei.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Unter %1 gibt es kein Journal.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl: %1 Führen Sie denselben Befehl erneut aus, um den Rest zu kopieren; nichts wird doppelt kopiert.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Offline-Läufe werden hochgeladen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Handelnder Benutzer</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>Dialog-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Moderationsjournal</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Läufe seit</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID des handelnden Benutzers</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Entfernt (später geprüft)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Noch vorhanden (später geprüft)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>IDs des Laufs</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>Belege, die vor dem Löschen für alle aufbewahrt wurden, erscheinen hier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Lauf %1 auf %2 (%3), %4. Grund: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Dialog „%1“ (Besitzer %2), aufbewahrt am %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>Für diesen Dialog wurden keine Belege aufbewahrt.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON mit Belegen (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Noch Mitglied (später geprüft)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation>Im Dialog</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>einen Benutzer aus Dialogen entfernt</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>Nachrichten, für alle</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>Nachrichten, aus einem Verlauf</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>Dialoge, für alle</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>Dialoge, aus einer Liste</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>%1 aus Dialogen entfernt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>gesendet, noch keine Antwort</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>geklärt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>Operator-Login</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>qbmod-Journal, %n Lauf, %1.csv</numerusform>
            <numerusform>qbmod-Journal, %n Läufe, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Dialogname</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, im lokalen Index ausgewählt (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Alle Moderatoren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>--json und --jsonl können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit und --all können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit erfordert eine ganze Zahl von mindestens 1.</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Handeln im Namen dieses Benutzers beenden</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>Laden &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>Geladene Dialoge &amp;filtern</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>Für handelnden Benutzer &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Die ausgewählten Dialoge nur aus der Liste des handelnden Benutzers entfernen (Entf)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Für &amp;alle löschen…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Die ausgewählten Dialoge für alle Mitglieder löschen; kann nicht rückgängig gemacht werden (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>&amp;Im Namen eines Benutzers handeln…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>Handeln im Namen &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>Ü&amp;ber qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>D&amp;ialoge</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Handelnder &amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>qbmod – %1 (%2)</source>
        <translation>qbmod – %1 (%2)</translation>
    </message>
    <message>
        <source>Choose an acting user</source>
        <translation>Handelnden Benutzer wählen</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Ein Löschvorgang läuft</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Ein Löschvorgang läuft noch. Abbrechen und beenden? Bereits gesendete Dialoge werden möglicherweise trotzdem gelöscht.</translation>
    </message>
    <message>
        <source>Check them now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Moderationsjournal…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Journal nicht verfügbar</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>Das Moderationsjournal konnte nicht geöffnet werden, daher kann nichts gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n früherer Löschlauf enthält Dialoge mit unbekanntem Verbleib (das Programm wurde beendet oder eine Antwort ging verloren). Prüfen Sie sie auf dem Server, um das Journal abzugleichen.</numerusform>
            <numerusform>%n frühere Löschläufe enthalten Dialoge mit unbekanntem Verbleib (das Programm wurde beendet oder eine Antwort ging verloren). Prüfen Sie sie auf dem Server, um das Journal abzugleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>%1 geprüft: %2 entfernt, %3 noch vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>%n erhielt keine eindeutige Antwort.</numerusform>
            <numerusform>%n erhielten keine eindeutige Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Warten Sie, bis der laufende Löschvorgang abgeschlossen ist, oder brechen Sie ihn ab, bevor Sie sich anderswo verbinden.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>Alte Belege konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>Benutzer &amp;prüfen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Seite &amp;Dialoge</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Seite &amp;Benutzer</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>S&amp;weep: Nachrichten durchsuchen, Kampagnen finden</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Handelnd als %1. Jede Aktion wird in seinem Namen ausgeführt.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>Mit einem API-Schlüssel und ohne handelnden Benutzer entfernt QuickBlox Dialoge für alle Mitglieder. Wählen Sie einen Benutzer, in dessen Namen gehandelt wird (Handelnder Benutzer › Im Namen eines Benutzers handeln…, Strg+U), um Dialoge nur aus der Liste dieses Benutzers zu entfernen, oder verwenden Sie „Für alle löschen“ (Umschalt+Entf).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Handelnd als %1. Jede Aktion wird in seinem Namen ausgeführt. Dieser Benutzer ist geschützt: Löschen in seinem Namen erfordert ein ausdrückliches Übergehen des Schutzes.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Geschützte Benutzer unbekannt</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>Die geschützten Benutzer können nicht gelesen werden, daher kann nichts gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Geschützte Benutzer nicht gespeichert</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>Die geschützten Benutzer des Teams konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>&amp;Offline arbeiten, wenn die Team-Datenbank nicht erreichbar ist</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>Das Moderationsjournal konnte nicht geöffnet werden, daher kann nichts gelöscht werden: %1 Um ohne die Team-Datenbank fortzufahren, wählen Sie Journal › Offline arbeiten.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Offline-Läufe nicht hochgeladen</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Einige offline ausgeführte Läufe konnten nicht in die Team-Datenbank hochgeladen werden; sie bleiben auf diesem Computer und werden beim nächsten Öffnen des Profils hochgeladen. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n offline ausgeführter Lauf in die Team-Datenbank hochgeladen.</numerusform>
            <numerusform>%n offline ausgeführte Läufe in die Team-Datenbank hochgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Fortschritt der Team-Datenbank</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Journal nicht bereit</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>Die Verbindung zur Team-Datenbank wird noch hergestellt, daher kann noch nichts gelöscht werden. Versuchen Sie es erneut, sobald das Journal bereit ist, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Verbindung zur Team-Datenbank %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Offline-Läufe werden hochgeladen: %1 von %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Wird nach dem gerade hochgeladenen Lauf angehalten…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Hochladen abgebrochen: %n offline ausgeführter Lauf hochgeladen.</numerusform>
            <numerusform>Hochladen abgebrochen: %n offline ausgeführte Läufe hochgeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n offline ausgeführter Lauf wartet auf diesem Computer; er wird hochgeladen, sobald die Team-Datenbank das nächste Mal erreichbar ist.</numerusform>
            <numerusform>%n offline ausgeführte Läufe warten auf diesem Computer; sie werden hochgeladen, sobald die Team-Datenbank das nächste Mal erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Jetzt hochladen</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>Der Verbindungsaufbau zur Team-Datenbank wurde abgebrochen: Es wird offline gearbeitet.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>Der Verbindungsaufbau zur Team-Datenbank wurde abgebrochen: Solange sie nicht erreichbar ist, kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Offline-Betrieb: Läufe werden auf diesem Computer im Journal festgehalten und in die Team-Datenbank hochgeladen, sobald sie wieder erreichbar ist. Bis dahin sieht das Team sie nicht, und ihre IDs werden nicht beansprucht: Ein Kollege kann gleichzeitig auf dieselben IDs einwirken.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n kein Mitglied</numerusform>
            <numerusform>%n kein Mitglied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n nicht erlaubt</numerusform>
            <numerusform>%n nicht erlaubt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n unbekannt (keine Antwort; möglicherweise entfernt)</numerusform>
            <numerusform>%n unbekannt (keine Antwort; möglicherweise entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Aus %1 von %n Dialog entfernt.</numerusform>
            <numerusform>Aus %1 von %n Dialogen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Load more messages</source>
        <translation>Weitere Nachrichten laden</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Anhänge (nicht heruntergeladen): %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Wählen Sie einen Dialog, um seine Nachrichten zu lesen.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>%n Nachricht geladen</numerusform>
            <numerusform>%n Nachrichten geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s &amp;messages</source>
        <translation>Nur &amp;Nachrichten dieses Benutzers</translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Alle Nachrichten laden</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Die ersten %1 Nachrichten wurden geladen: Die Konsole fasst höchstens %2. Listen Sie alle mit qbmodctl messages list --all --jsonl auf.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list akzeptiert genau eine Dialog-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>„%1“ ist keine Dialog-ID (24 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>ANHÄNGE</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n Nachricht.</numerusform>
            <numerusform>%n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender erfordert eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>„%1“ ist keine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Das Löschen für alle erfordert eine Begründung (--reason TEXT); sie wird im Journal festgehalten.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Das Handeln im Namen von Benutzer %1 erfordert eine Begründung (--reason TEXT); sie wird im Journal festgehalten.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>Benutzer %1 ist geschützt: Ohne --override-protection wird nichts in seinem Namen ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Ein Grund ist erforderlich: Mit einem API-Schlüssel und ohne handelnden Benutzer wird für alle gelöscht.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Für diese Aktion ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>Benutzer %1 ist geschützt: Das Handeln in seinem Namen erfordert das Übergehen des Schutzes.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>Benutzer %1 ist geschützt: Sein Entfernen erfordert das Übergehen des Schutzes.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>Kein Journal ist geöffnet, daher wird nichts gesendet.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>Besitz des geschützten Benutzers %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>sein Besitzer konnte für die Schutzprüfung nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>seine Belege konnten nicht gesichert werden (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>Das Journal konnte nicht geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>Die Belege konnten nicht in das Journal geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>Das Journal konnte nicht festhalten, was gesendet werden sollte (%1), daher wurde der Lauf beendet: Es wurde nichts mehr gesendet, und was nicht gesendet wurde, ist als nicht versucht markiert.</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>Das Journal konnte die Antworten des Servers nicht festhalten (%1), daher wurde der Lauf beendet. Bereits gesendete IDs bleiben im Journal ungewiss, bis sie abgeglichen sind.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>Das Journal konnte das Ende des Laufs nicht festhalten (%1); er wird bis zum Abgleich als unterbrochen angezeigt.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>bei der Prüfung vor dem Lauf kein Mitglied mehr</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>bei der Prüfung vor dem Lauf bereits entfernt</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>konnte vor dem Lauf nicht mit dem Server geprüft werden (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>Die geschützten Benutzer können nicht gelesen werden, daher wird nichts ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Belege vor dem Löschen für alle aufbewahren</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Grund für das Löschen für &amp;alle verlangen</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Grund für das Handeln im &amp;Namen eines Benutzers verlangen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Jeder Dialog wird mit seinen neuesten Nachrichten im Journal gesichert, bevor er für alle gelöscht wird.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>Belege &amp;löschen, die älter sind als N Tage (0 = aufbewahren):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Geschützte Benutzer</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>Ihre Dialoge werden nicht für alle gelöscht und in ihrem Namen wird nichts gelöscht, außer Sie übergehen den Schutz; das Journal hält dies fest.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>IDs geschützter Benutzer</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>Benutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>Benutzer-&amp;IDs:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Geschützte Benutzer: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>&amp;Sprache der Konsole:</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Wird beim nächsten Start von qbmod wirksam.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Grund (wird mit der Änderung festgehalten):</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>Die geschützten Benutzer des Teams können nicht aus %1 gelesen werden, daher kann nichts gelöscht werden, bis dies wieder möglich ist: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Vom ganzen Team gemeinsam genutzt in %1: Die Konsole jedes Moderators und qbmodctl verwenden diese Liste. Jede Änderung wird dort mit Ihrem Datenbankbenutzer festgehalten, auch ein Entfernen.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Offline-Betrieb: Dieser Lauf wird auf diesem Computer im Journal festgehalten und in die Team-Datenbank hochgeladen, sobald sie wieder erreichbar ist. Bis dahin sieht das Team ihn nicht, und seine IDs werden nicht beansprucht: Ein Kollege kann gleichzeitig auf dieselben IDs einwirken.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Offline-Betrieb: Dieser Lauf wird auf diesem Computer im Journal festgehalten und in die Team-Datenbank hochgeladen, sobald sie wieder erreichbar ist. Bis dahin sieht das Team ihn nicht, und seine IDs werden nicht beansprucht: Ein Kollege kann gleichzeitig auf dieselben IDs einwirken. Geschützte Benutzer, wie sie am %1 aus der Team-Datenbank gelesen wurden.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Geschützte Benutzer, wie sie am %1 aus der Team-Datenbank gelesen wurden.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>Der Index dieser Anwendung in der Team-Datenbank kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>In der Team-Datenbank läuft bereits eine andere Aktualisierung des Index dieser Anwendung.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Die Team-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>Der Lauf kann in der Team-Datenbank nicht als aktiv markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>Die Profil-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>Das Anfragelimit muss zwischen 0 (vom Server ermitteln) und %1 Anfragen pro Sekunde liegen.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 benötigt eine oder mehrere Benutzer-IDs.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n Benutzer für das ganze Team geschützt; %1 waren es bereits.</numerusform>
            <numerusform>%n Benutzer für das ganze Team geschützt; %1 waren es bereits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n Benutzer für das Team nicht mehr geschützt; %1 waren nicht geschützt.</numerusform>
            <numerusform>%n Benutzer für das Team nicht mehr geschützt; %1 waren nicht geschützt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>Die Einstellungen der Konsole können nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>Die Einstellungen der Konsole konnten nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Geschützte Benutzer auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>Auf diesem Computer ist kein Benutzer geschützt.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>Lauf %1 wurde auf %2 ausgeführt; verbinden Sie sich mit diesem Endpunkt, um ihn zu prüfen</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>Lauf %1 hat im Namen von Benutzer %2 gehandelt; die Prüfung erfordert einen API-Schlüssel</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>Lauf %1 wurde vom Operator %2 ausgeführt; melden Sie sich als %2 an, um ihn zu prüfen</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>Lauf %1 wurde mit einem API-Schlüssel ausgeführt; zur Prüfung wird ebenfalls einer benötigt</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>Lauf %1 hat einen Benutzer entfernt, den das Journal nicht nennt (es wurde von einer älteren Version geschrieben); der Abgleich kann ihn nicht prüfen</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>Lauf %1 hat %n Nachricht ohne ihren Dialog im Journal, die der Abgleich nicht nachschlagen kann</numerusform>
            <numerusform>Lauf %1 hat %n Nachrichten ohne ihren Dialog im Journal, die der Abgleich nicht nachschlagen kann</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>Lauf %1 wird noch ausgeführt (Prozess %2 auf %3); er bleibt unberührt</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%1 von %n Dialog für alle gelöscht.</numerusform>
            <numerusform>%1 von %n Dialogen für alle gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%1 von %n Nachricht aus dem Verlauf von %2 entfernt.</numerusform>
            <numerusform>%1 von %n Nachrichten aus dem Verlauf von %2 entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>%1 von %n Dialog für alle gelöscht.</numerusform>
            <numerusform>%1 von %n Dialogen für alle gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>%1 von %n Dialog aus der Liste von %2 entfernt.</numerusform>
            <numerusform>%1 von %n Dialogen aus der Liste von %2 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine Zahl von 0 bis 1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Ein lokaler Ersatz für die QuickBlox-REST-API mit einer generierten Demo-Community. Gibt die Verbindungsdaten als eine Zeile JSON aus und läuft dann bis zur Unterbrechung.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Anzahl der Demo-Dialoge (Standard: %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Startwert (Seed) der Demo-Community und der simulierten Fehler (Standard: %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Verzögerung, die jeder Antwort hinzugefügt wird, in Millisekunden.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Oberhalb von N Anfragen pro Sekunde mit 429 antworten; 0 schaltet dies ab.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Retry-After mit 429-Antworten senden (standardmäßig nicht).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Anteil der Anfragen, die mit 500 beantwortet werden, ohne ausgeführt zu werden.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Anteil der Anfragen, die ausgeführt werden, deren Antwort aber verloren geht (Verbindung geschlossen).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Sekunden, die eine Sitzung nach ihrer letzten Verwendung gültig bleibt (Standard: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind muss eine IP-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Die Anwendungsschlüssel und Passwörter aus dem Startwert ableiten, bei jedem Start gleich, statt jedes Mal neue zufällige zu erzeugen. Nur für Tests.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox: WARNUNG: lauscht auf %1; diese Adresse ist von anderen Computern aus erreichbar. Wer sie erreicht, kann sich mit den unten stehenden Zugangsdaten anmelden und die Daten der Sandbox lesen oder löschen. Verwenden Sie --bind 127.0.0.1, sofern dies nicht beabsichtigt ist.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Anteil der Anfragen, die ausgeführt und dann mit --after-act-status beantwortet werden, wie von einem Gateway mit Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>Der Status für --after-act-rate (Standard: %1).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Jede Antwort um zufällige (per Seed bestimmte) 0 bis MS zusätzlich verzögern, sodass die Antworten in einer vom Seed bestimmten Reihenfolge zurückkommen.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Nachrichten in jedem Dialog, der welche hat (Standard: eine Mischung aus 1 bis 40).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Spam-Wellen: Einige Konten posten innerhalb weniger Stunden einen Link in viele Gruppen (Standard: %1).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Anzahl der Benutzer in der Community, Moderatoren eingeschlossen (Standard: 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>HTTP kann auf Port %1 nicht bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Geben Sie entweder --json oder --jsonl an.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender erfordert eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 erfordert ein Datum wie 2025-05-01 oder 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type akzeptiert public, group, private (oder 1, 2, 3), durch Kommas getrennt; nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit erfordert eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search erfordert einen Text oder einen Filter wie --sender oder --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>DIALOG</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>NACHRICHTEN-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n Nachricht.</numerusform>
            <numerusform>%n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>DIALOG-ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n Dialogname passt.</numerusform>
            <numerusform>%n Dialognamen passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>%n Benutzername passt.</numerusform>
            <numerusform>%n Benutzernamen passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>Aus dem lokalen Index, nicht vom Server: Was bearbeitet wird, wird dort zuerst geprüft.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs erfordert eine ganze Zahl von mindestens 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within erfordert eine Dauer wie 24h, 90m oder 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since erfordert ein Datum wie 2025-05-01 oder 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>DIALOGE</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>ZUERST GESEHEN</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n Kampagne.</numerusform>
            <numerusform>%n Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Bearbeiten Sie eine davon mit --campaign CAMPAIGN und --delete-dialogs oder --remove-sender USER_ID.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>auth secret</source>
        <translation>Auth-Secret</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>Passwort der Team-Datenbank</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Geben Sie entweder --json oder --jsonl an.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 erfordert den Namen einer Auswahl.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Noch kein Index; führen Sie qbmodctl index update aus.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>Keine gespeicherte Auswahl „%1“ im Index; „qbmodctl selections list“ listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Auswahl „%1“ (%2): derzeit %n Dialog im Index.</numerusform>
            <numerusform>Auswahl „%1“ (%2): derzeit %n Dialoge im Index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Auswahl „%1“ (%2): derzeit %n Nachricht im Index.</numerusform>
            <numerusform>Auswahl „%1“ (%2): derzeit %n Nachrichten im Index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Sie befinden sich in %n Dialog.</numerusform>
            <numerusform>Sie befinden sich in %n Dialogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>DIALOGE</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>KRITERIUM</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n gespeicherte Auswahl, jetzt im Index gezählt.</numerusform>
            <numerusform>%n gespeicherte Auswahlen, jetzt im Index gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Eine Auswahl benötigt einen Namen.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save erfordert genau eine der Optionen --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (mit ihren Filtern) oder --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within gilt nur für --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive erfordert eine Anzahl von Tagen von 1 bis 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner erfordert eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign erfordert eine Kampagne, wie „qbmodctl campaigns“ sie auflistet.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within erfordert eine Dauer wie 24h, 90m oder 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>Keine Kampagne %1 im Index; „qbmodctl campaigns“ listet sie auf. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>Die gespeicherte Auswahl „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>Die Auswahl „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>DIALOG</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>NACHRICHTEN-ID</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>DIALOG-ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>LETZTE NACHRICHT</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Bearbeiten Sie sie mit selections run %1 und --delete-dialogs oder --remove-sender USER_ID; jeder Eintrag wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl: Die Auswahl konnte nicht aus dem Index gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>Die gespeicherte Auswahl „%1“ wurde gelöscht; Index und Server bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>In einer Tabelle</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Zwischen Zeilen wechseln</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Pfeil nach oben, Pfeil nach unten, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Umschalt+Pfeil nach oben, Umschalt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Tabelle verlassen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Kontextmenü: Besitzer prüfen, im Namen des Besitzers handeln, ID kopieren, im Journal anzeigen</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>In der Löschbestätigung</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Nächstes Feld: Grund, Anzahl, Übergehen, die Aktion</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Ausführen, sobald alles Erforderliche ausgefüllt ist</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Zuletzt verwendete Gründe</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Pfeil nach unten, im Grund</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>SqliteIndexEngine</name>
    <message>
        <source>The SQLite driver for Qt is not installed, so there is no local index.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert, daher gibt es keinen lokalen Index.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>SQLite konnte keine Datenbank öffnen: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>Das hier von Qt verwendete SQLite wurde ohne Volltextsuche (FTS5) erstellt, daher sind der lokale Index und die Suche nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>Der Index %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>Der Index %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Indexfehler: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Eine andere Aktualisierung dieses Index läuft bereits (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>Das Journal %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Journal-Fehler: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>Der Lauf kann nicht als aktiv markiert werden: Die Sperrdatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>Der Speicher muss eine URL wie postgres://user@host:5432/qbmod sein.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>Die Speicher-URL darf kein Passwort enthalten: Geben Sie es in QBMOD_STORE_PASSWORD oder im Schlüsselbundeintrag des Profils an.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>Die Speicher-URL enthält eine unbekannte Einstellung: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>Die Speicher-URL braucht einen Benutzer, einen Host und eine Datenbank: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>Es ist keine Journal-Datei festgelegt.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Eine Team-Datenbank braucht einen Host, eine Datenbank und einen Benutzer.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>Der Port der Team-Datenbank muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Unbekannter TLS-Modus %1.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>Die Team-Datenbank %1 ist nicht auf diesem Computer: Sie wird nur mit TLS erreicht, das ihr Zertifikat und ihren Namen prüft (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender erfordert die ID des zu entfernenden Benutzers (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Geben Sie entweder --delete-dialogs oder --remove-sender an, nicht beides.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force gilt nur für --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Zum Bearbeiten von Kampagnen ist eine anzugeben: --campaign CAMPAIGN, wie „qbmodctl campaigns“ sie auflistet.</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>Keine Kampagne %1 mit diesen Optionen im Index. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Im lokalen Index gefunden; jeder Eintrag wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>%1 aus %n Dialog entfernen.</numerusform>
            <numerusform>%1 aus %n Dialogen entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>%n Dialog nur aus der Liste des handelnden Benutzers entfernen; die anderen Mitglieder behalten ihn.</numerusform>
            <numerusform>%n Dialoge nur aus der Liste des handelnden Benutzers entfernen; die anderen Mitglieder behalten sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n Dialog mit allen Nachrichten für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Dialoge mit allen Nachrichten für alle löschen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Mit einem API-Schlüssel und ohne --on-behalf-of löscht QuickBlox für alle Mitglieder.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Geben Sie zur Bestätigung %1 ein: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Es wurde niemand entfernt.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run erfordert den Namen einer Auswahl.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Noch kein Index; führen Sie qbmodctl index update aus. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Dialoge werden aufgelistet</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Nachrichten werden gelesen</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Benutzer werden nachgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SweepIndex</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Index error</source>
        <translation>Indexfehler</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>Der Index %1 wurde von einer neueren qbmod-Version geschrieben (Schema %2); verwerfen Sie ihn oder verwenden Sie diese Version.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>Die Nachrichten pro Dialog müssen zwischen 1 und 100000 liegen.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>Die Aufbewahrungsdauer muss zwischen 1 und 3650 Tagen liegen.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>die Datei bleibt erhalten</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>Der Index in einer Team-Datenbank muss seine Anwendung kennen.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 ist kein Index</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>Die Team-Datenbank %1 hat noch keinen Sweep-Index des Schemas %2, und diese Rolle kann ihn nicht anlegen: Öffnen Sie sie einmal als ihr Besitzer. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>Der Index ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>Index &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>Index dieser Anwendung &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Hat einen Link</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Hat einen Anhang</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>&amp;Kampagnen finden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Als Auswahl spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Neue Auswahl</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Ihre Nachrichten an&amp;zeigen</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>&amp;Dialog öffnen</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Absender p&amp;rüfen</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Fortschritt der Indexaktualisierung</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Phrase in Nachrichten, Dialog- oder Benutzernamen; mit * enden für ein Präfix</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Absender-ID</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>in mindestens </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> Dialogen</translation>
    </message>
    <message>
        <source>within </source>
        <translation>innerhalb von </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Gleicher Text</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Gespeicherte Auswahlen:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Sweep-Ergebnisse</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Die Ergebnisse stammen aus dem lokalen Index, nicht vom Server: Alles, was bearbeitet wird, wird zuerst mit dem Server geprüft.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Index dieser Anwendung verwerfen</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Den lokalen Index dieser Anwendung löschen? Suchen erfordern danach ein erneutes Einlesen; auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Als Auswahl speichern</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Name der Auswahl:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>Die Aktualisierung wurde beendet: %1 Die nächste Aktualisierung setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Beendet; die nächste Aktualisierung setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Verbinden Sie sich mit einer Anwendung, um sie zu indizieren.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Noch nicht erstellt: „Index aktualisieren“ liest die Anwendung einmal ein.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Eine Aktualisierung wurde mittendrin beendet; die nächste setzt sie fort.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>Der Absender ist eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Geben Sie eine Phrase ein oder wählen Sie einen Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n Kampagne; doppelklicken Sie darauf, um ihre Nachrichten zu sehen.</numerusform>
            <numerusform>%n Kampagnen; doppelklicken Sie auf eine, um ihre Nachrichten zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Dialoge ohne Nachricht seit N Tagen…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Dialoge im Besitz eines Benutzers…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Leere Gruppen</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Neue Auswahl</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>Seit wie vielen Tagen keine Nachricht?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>Benutzer-ID des Besitzers:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>Dialoge &amp;löschen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>Absender &amp;entfernen…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Die Dialoge, in denen diese Ergebnisse liegen, für alle löschen</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Den Absender der gewählten Nachricht aus den Dialogen entfernen, in denen diese Ergebnisse von ihm stammen</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Wählen Sie eine Nachricht des zu entfernenden Absenders.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Den Index dieser Anwendung und seine gespeicherten Auswahlen für das ganze Team aus der Team-Datenbank löschen? Suchen erfordern danach ein erneutes Einlesen; auf dem Server ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 von %n Dialog</numerusform>
            <numerusform>%1 von %n Dialogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: bisher %n Dialog aufgelistet.</numerusform>
            <numerusform>%1: bisher %n Dialoge aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>Die Nachrichten von %n Dialog wurden gelesen.</numerusform>
            <numerusform>Die Nachrichten von %n Dialogen wurden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>Der Index enthält %n Dialog.</numerusform>
            <numerusform>Der Index enthält %n Dialoge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Er enthält %n Nachricht aus diesen Dialogen.</numerusform>
            <numerusform>Er enthält %n Nachrichten aus diesen Dialogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Er kennt %n Benutzer mit Namen.</numerusform>
            <numerusform>Er kennt %n Benutzer mit Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n Dialogname passt.</numerusform>
            <numerusform>%n Dialognamen passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>%n Benutzername passt: %1.</numerusform>
            <numerusform>%n Benutzernamen passen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>Die Kampagne umfasst %n Nachricht.</numerusform>
            <numerusform>Die Kampagne umfasst %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Sie befinden sich in %n Dialog.</numerusform>
            <numerusform>Sie befinden sich in %n Dialogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>%n Absender hat sie gesendet.</numerusform>
            <numerusform>%n Absender haben sie gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: derzeit %n Dialog im Index.</numerusform>
            <numerusform>%1: derzeit %n Dialoge im Index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: derzeit %n Nachricht im Index.</numerusform>
            <numerusform>%1: derzeit %n Nachrichten im Index.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>Der Index des Teams wird geöffnet, sobald die Team-Datenbank erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Wählen Sie, wessen Nachrichten: einen zu entfernenden Absender.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Diese Auswahl findet Dialoge, keine Nachrichten: Sie hat keine Absender.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>Benutzer %1 hat keine der Nachrichten gesendet, die diese Auswahl gefunden hat.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>Die Auswahl findet nichts, was bearbeitet werden kann.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Dialoge ohne Nachricht seit %n Tag</numerusform>
            <numerusform>Dialoge ohne Nachricht seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Dialoge im Besitz von Benutzer %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Leere Gruppen</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Nachrichten, die „%1“ enthalten</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Nachrichten einer Kampagne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>„%1“ enthält keine Wörter, nach denen gesucht werden kann.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Eine Auswahl benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>Der Verbindungsaufbau zur Team-Datenbank %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Letzte Anfrage:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Die Suche nach Namen erfordert mindestens 3 Zeichen.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>„%1“ ist keine Benutzer-ID: IDs sind ganze Zahlen.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Geben Sie eine oder mehrere Benutzer-IDs ein.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Die Suche nach Namen erfordert mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Geben Sie IDs, einen Login, einen Namen oder eine E-Mail-Adresse ein. Um alle aufzulisten, wählen Sie „Alle Benutzer“.</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle Benutzer</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>Login beginnt mit</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>UserReviewPanel</name>
    <message>
        <source>Search users by</source>
        <translation>Benutzer suchen nach</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>IDs, ein Login, Teil eines vollständigen Namens, eine E-Mail oder ein Tag</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Weitere Benutzer laden</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Dialoge des Benutzers</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Weitere Dialoge laden</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>Aus ausgewählten &amp;Gruppen entfernen…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Den Benutzer aus den ausgewählten Gruppendialogen entfernen (die Dialoge und ihre Nachrichten bleiben erhalten)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Aus seiner Lis&amp;te entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Die ausgewählten Dialoge in seinem Namen aus der eigenen Liste des Benutzers entfernen; andere Mitglieder behalten sie</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Alle ihm gehörenden Dialoge &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Alle Dialoge, die diesem Benutzer gehören, für alle löschen; kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Ausgewählte Nachrichten für all&amp;e löschen…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Die ausgewählten Nachrichten in seinem Namen aus dem eigenen Verlauf des Benutzers entfernen; andere behalten sie</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>Benutzersuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>Die Dialoge des Benutzers konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Suchen Sie einen Benutzer, oder listen Sie alle Benutzer auf.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Wählen Sie einen Benutzer, um seine Dialoge zu sehen.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Dialoge, die Sie mit %1 teilen: %2 von %3 geladen</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Erfordert eine Verbindung mit einem API-Schlüssel, der im Namen von Benutzern handeln kann.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Aus Gruppen entfernen</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Keiner der ausgewählten Dialoge ist eine Gruppe. Öffentliche Dialoge haben keine Mitgliederliste, und aus einem privaten Dialog kann niemand entfernt werden.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Ihm gehörende Dialoge löschen</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>Keiner dieser Dialoge gehört %1.</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Aus seinem &amp;Verlauf entfernen…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>Nicht alle Dialoge von %1 konnten geladen werden, daher wurde nichts zum Löschen angeboten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>&amp;Im Namen dieses Benutzers handeln</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Im &amp;Journal anzeigen</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Aus dem Text erkennen</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Login beginnt mit</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Die Dialoge von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Dialoge von %1: %2 von %3 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 von %n Benutzer. Gesucht nach: %2</numerusform>
            <numerusform>%1 von %n Benutzern. Gesucht nach: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Suche läuft… Suche nach: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Alle Benutzer laden</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Die ersten %1 von %2 Benutzern wurden geladen: Die Konsole fasst höchstens %3. Listen Sie alle mit qbmodctl users list --all --jsonl auf.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>VOLLSTÄNDIGER NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>LETZTE ANFRAGE</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>%n Benutzer angezeigt</numerusform>
            <numerusform>%n Benutzer angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n insgesamt</numerusform>
            <numerusform>%n insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit erfordert eine ganze Zahl von 1 bis %1; mit --all oder --jsonl eine beliebige ganze Zahl von mindestens 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show akzeptiert genau eine Benutzer-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Letzte Anfrage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Moderationskonsole für QuickBlox-Chat-Anwendungen.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Eine lokale Sandbox mit Demodaten starten und mit ihr verbinden; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Anzahl der Dialoge in der Sandbox (Standard: 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs erfordert eine Zahl von 1 bis 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
