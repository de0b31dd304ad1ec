<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>O programie qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Konsola moderacji dla aplikacji czatu QuickBlox.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>qbmod jest wolnym oprogramowaniem na licencji Apache License 2.0. Korzysta z Qt %1 na licencji GNU Lesser General Public License w wersji 3 oraz z QtKeychain na licencji BSD.</translation>
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
        <translation>Qt: GNU General Public License 3, którą rozszerza LGPL</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain: licencja BSD</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Działanie w imieniu użytkownika</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Każde żądanie będzie wysyłane w imieniu wybranego użytkownika (On-Behalf-Of), dopóki nie przestaniesz działać w jego imieniu.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>ID użytkownika, login, e-mail lub imię i nazwisko</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Szukaj użytkowników</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Pasujący użytkownicy</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Działaj w imieniu tego użytkownika</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>Znaleziono %n użytkownika</numerusform>
            <numerusform>Znaleziono %n użytkowników</numerusform>
            <numerusform>Znaleziono %n użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Działanie w imieniu użytkownika wymaga klucza API; logowanie sesyjne zawsze działa jako własny użytkownik.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>Odpowiedź sesji nie zawierała tokenu.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>odpowiedź przekroczyła %1, maksymalny akceptowany rozmiar</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>brak pełnej odpowiedzi w ciągu %n sekundy</numerusform>
            <numerusform>brak pełnej odpowiedzi w ciągu %n sekund</numerusform>
            <numerusform>brak pełnej odpowiedzi w ciągu %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Nie można połączyć się z serwerem.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Serwer odrzucił dane uwierzytelniające.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Brak uprawnień.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nie znaleziono.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>Żądanie zostało odrzucone jako nieprawidłowe.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Zbyt wiele żądań: przekroczono limit żądań aplikacji.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>Serwer zgłosił błąd wewnętrzny (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>Serwer wysłał niezrozumiałą odpowiedź.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation>Punkt końcowy przekierował na %1; jeśli ufasz temu adresowi, użyj go jako punktu końcowego.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n żądanie/s</numerusform>
            <numerusform>%n żądania/s</numerusform>
            <numerusform>%n żądań/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, zostało ok. %n min</numerusform>
            <numerusform>%1, zostały ok. %n min</numerusform>
            <numerusform>%1, zostało ok. %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, została ok. %n s</numerusform>
            <numerusform>%1, zostały ok. %n s</numerusform>
            <numerusform>%1, zostało ok. %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n bez uprawnień</numerusform>
            <numerusform>%n bez uprawnień</numerusform>
            <numerusform>%n bez uprawnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n już nieistniejąca</numerusform>
            <numerusform>%n już nieistniejące</numerusform>
            <numerusform>%n już nieistniejących</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; mogła zostać usunięta)</numerusform>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; mogły zostać usunięte)</numerusform>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; mogły zostać usunięte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n niewykonana</numerusform>
            <numerusform>%n niewykonane</numerusform>
            <numerusform>%n niewykonanych</numerusform>
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
        <translation>Login operatora z danymi uwierzytelniającymi aplikacji</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Auth secret</source>
        <translation>Sekret uwierzytelniania</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>Połącz z aplikacją QuickBlox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Punkt końcowy API</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>ID aplikacji</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Klucz uwierzytelniania</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login operatora</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID aplikacji:</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Klucz uwierzytelniania:</translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation>Sekret uwierzytelniania:</translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation>Login operatora:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Klucz API:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Punkt końcowy:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Sposób logowania:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Poufne dane są przechowywane w systemowym magazynie kluczy, nigdy w plikach. Pozostaw pole puste, aby zachować zapisaną wartość.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Wypróbuj piaskownicę</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Uruchamia lokalny zamiennik QuickBlox z danymi demonstracyjnymi; konto nie jest potrzebne.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>zapisano w magazynie kluczy</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Usunąć profil „%1” i jego poufne dane z magazynu kluczy?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Magazyn kluczy niedostępny</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>Systemowy magazyn kluczy nie mógł zapisać wpisu „%1” (%2). Zachować go tylko na tę sesję? Zostanie zapomniany po zamknięciu qbmod i nic nie zostanie zapisane na dysku.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>Wpis „%1” nie został zapisany.</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Odczytywanie poufnych danych z magazynu kluczy…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Sprawdzanie połączenia z %1…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Sprawdź login, hasło i dane uwierzytelniające aplikacji.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Sprawdź klucz API.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Sprawdź punkt końcowy.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>Serwer odpowiedział błędem; spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Brak połączenia, niczego nie zapisano: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>To pole wymaga poprawienia</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limit żądań</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> żądań/s</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Ustal na podstawie odpowiedzi serwera</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limit żądań:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Hasło bazy danych zespołu</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Miejsce przechowywania dziennika</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>Baza danych zespołu</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>Baza danych zespołu (PostgreSQL) udostępnia dziennik wszystkim moderatorom zespołu.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Host bazy danych zespołu</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Port bazy danych zespołu</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Nazwa bazy danych zespołu</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Użytkownik bazy danych zespołu</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>Tryb TLS bazy danych zespołu</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Sprawdzaj certyfikat i nazwę hosta (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Sprawdzaj tylko certyfikat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Szyfruj bez sprawdzania (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Bez TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>Z bazą danych na innym komputerze można się połączyć tylko w trybie verify-full.</translation>
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
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Miejsce przechowywania dziennika:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Wpisz hasło bazy danych zespołu.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>Liczba żądań na sekundę, na którą pozwala Twój plan QuickBlox. Usuwanie i pobieranie list odbywa się w tempie tuż poniżej tej wartości. Bez tej wartości tempo jest ustalane na podstawie pierwszych odpowiedzi serwera „zbyt wiele żądań”.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>Punkt końcowy „%1” nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>Punkt końcowy nie może zawierać nazwy użytkownika ani hasła.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>Nieszyfrowany protokół http jest dozwolony tylko do tego komputera (lokalna piaskownica); użyj https dla „%1”.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>Punkt końcowy musi zaczynać się od https://.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>ID aplikacji jest wymagany.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>Klucz uwierzytelniania jest wymagany.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>Login operatora jest wymagany.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox</source>
        <translation>Piaskownica</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Nie można uruchomić piaskownicy: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Praca offline: chronionych użytkowników zespołu można przeglądać i zmieniać tylko wtedy, gdy baza danych zespołu jest osiągalna.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>Trwa łączenie z bazą danych zespołu %1.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>Dla profilu „%2” nie zapisano wpisu „%1”.</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>Nie można odczytać wpisu „%1” profilu „%2”. %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Narzędzia moderacji dla aplikacji czatu QuickBlox.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>Połącz, używając zapisanego profilu NAME; jego poufne dane pochodzą z systemowego magazynu kluczy.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>Punkt końcowy API (domyślnie https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>ID aplikacji (logowanie sesyjne).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Klucz uwierzytelniania aplikacji (logowanie sesyjne).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Login operatora (logowanie sesyjne).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Liczba jednocześnie wykonywanych żądań (domyślnie 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Czas oczekiwania na każdą odpowiedź w sekundach (domyślnie 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Rejestruj każde żądanie na standardowym wyjściu błędów (dane uwierzytelniające nigdy nie są rejestrowane).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Działaj w imieniu tego użytkownika (tylko z kluczem API).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Typy rozmów: 1 publiczna, 2 grupowa, 3 prywatna; rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Tylko rozmowy, których nazwa zawiera TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Pokaż najwyżej N elementów.</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Usuń dla wszystkich członków (rozmowy: tylko właściciel; wiadomości: tylko nadawca); nie można tego cofnąć.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>Liczba ID na żądanie usunięcia (domyślnie 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nie pytaj o potwierdzenie.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>Odczytaj ID z pliku FILE lub, z -, ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>ID użytkownika, e-mail, login lub część imienia i nazwiska.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Tylko wiadomości wysłane przez tego użytkownika.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>Użytkownik, który ma zostać usunięty z rozmów.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>Rozmowa, do której należą wiadomości; dziennik ją zachowuje, aby uzgadnianie mogło je sprawdzić.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>Powód; zapisywany w dzienniku. Wymagany z --force i --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Użytkownicy, których rozmowy nie są usuwane dla wszystkich i w których imieniu się nie działa (domyślnie: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Działaj mimo to wobec chronionych użytkowników; dziennik to odnotowuje.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Wypisz żądania, które zostałyby wysłane, i niczego nie wysyłaj.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>Nie zachowuj rozmów i ich najnowszych wiadomości przed usunięciem dla wszystkich.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Użyj bazy danych dziennika w PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Format eksportu: csv lub json (domyślnie json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Usuń dowody zebrane ponad DAYS dni temu.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Pokaż wersję.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl: --%1 wymaga liczby całkowitej od %2 do %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl: %1 nie przyjmuje --%2.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl: brak danych uwierzytelniających. Ustaw QBMOD_API_KEY albo podaj --app-id, --auth-key i --login oraz ustaw QBMOD_AUTH_SECRET i QBMOD_PASSWORD w środowisku (brakuje: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl: --app-id wymaga dodatniej liczby całkowitej.</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl: profil „%1”: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl: nie ma profilu o nazwie „%1”; nie zapisano żadnych profili.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl: nie ma profilu o nazwie „%1” (zapisane: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl: systemowy magazyn kluczy jest niedostępny; zamiast tego podaj poufne dane w środowisku (QBMOD_API_KEY albo QBMOD_AUTH_SECRET i QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Więcej informacji: „qbmodctl --help”.</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl: nie podano polecenia.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl: nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl: --on-behalf-of wymaga ID użytkownika (liczby dodatniej).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl: --on-behalf-of wymaga klucza API (QBMOD_API_KEY); logowanie sesyjne zawsze działa jako własny użytkownik.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl: nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Liczba sekund, jaką może trwać cała odpowiedź, niezależnie od tempa jej napływania (domyślnie 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Największy akceptowany rozmiar odpowiedzi w MiB (domyślnie 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>Wypisz JSON dla skryptów jako jeden dokument: budowany w pamięci, więc dla małych list; dla --all użyj --jsonl.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Listy: wypisuj jeden obiekt JSON w wierszu w miarę nadchodzenia stron, przy ograniczonym zużyciu pamięci niezależnie od długości listy.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Użyj lokalnego indeksu w PATH (domyślnie: indeksu połączonej aplikacji).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Odczytaj ponownie każdą rozmowę i usuń te, których serwer już nie wymienia.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Zachowaj najnowsze N wiadomości każdej rozmowy (domyślnie 200).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Od tej daty (RRRR-MM-DD lub data i godzina ISO, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Przed tą datą (RRRR-MM-DD lub data i godzina ISO, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Odczytaj ponownie wiadomości rozmów nieodczytywanych od DAYS dni (domyślnie 30).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Tylko wiadomości z linkiem.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Tylko wiadomości z załącznikiem.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Kampania obejmuje co najmniej N rozmów (domyślnie 5).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…w tym czasie, np. 24h, 90m, 2d (domyślnie 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Liczba żądań na sekundę, w dokładnie równym tempie (domyślnie: limit żądań z profilu albo wartość ustalona na podstawie pierwszych odpowiedzi 429 serwera).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>Kampania, której dotyczy działanie, tak jak wypisuje ją „campaigns”.</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Usuń rozmowy znalezione przez wyszukiwanie lub kampanię; każda jest najpierw sprawdzana na serwerze.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Usuń tego użytkownika z rozmów, w których wyszukiwanie lub kampania znalazły jego wiadomości; każda rozmowa jest najpierw sprawdzana na serwerze.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Nazwa moderatora zapisywana przy każdej operacji (domyślnie: QBMOD_MODERATOR_NAME, a w bazie danych zespołu Twój użytkownik bazy danych).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Tylko operacje wykonane przez WHO: nazwę moderatora, login lub odcisk klucza API.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl: profil „%1” przechowuje dziennik w bazie danych zespołu %2, ale jej hasła nie ma w magazynie kluczy. Zapisz je w konsoli lub podaj w QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl: systemowy magazyn kluczy jest niedostępny; zamiast tego podaj hasło bazy danych zespołu w QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl: %1 Zapisz ten wpis w konsoli lub podaj go w środowisku (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl: podaj --journal albo --store, nie oba naraz.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Przechowuj dziennik i indeks Sweep w bazie danych zespołu pod adresem URL, postgres://user@host:5432/qbmod?sslmode=verify-full; jej hasło pochodzi z QBMOD_STORE_PASSWORD, nigdy z adresu URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Zapisany wybór: rozmowy bez wiadomości od DAYS dni.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Zapisany wybór: rozmowy należące do tego użytkownika.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Zapisany wybór: grupy bez wiadomości lub takie, w których pozostał tylko właściciel.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Zapisany wybór: wiadomości pasujące do TEXT, z filtrami polecenia search (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Gdy baza danych zespołu jest nieosiągalna, zapisz operację w dzienniku na tym komputerze i prześlij ją później (journal upload); do tego czasu jej ID nie są zarezerwowane.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Zapisz plik dziennika w PATH.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Wyświetl wszystkie pasujące elementy (rozmowy, użytkowników lub wiadomości), niezależnie od liczby stron.</translation>
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
        <translation>Użycie: qbmodctl [opcje] COMMAND

Polecenia:
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
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, a następnie,
            by działać na tym, co znaleziono:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Dane uwierzytelniające pochodzą ze zmiennych środowiskowych, nigdy z argumentów:
  QBMOD_API_KEY       klucz API; jeśli jest ustawiony, qbmodctl go używa (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   sekret uwierzytelniania aplikacji, z --app-id, --auth-key, --login
  QBMOD_PASSWORD      hasło operatora
  QBMOD_PROTECTED_USERS  ID chronionych użytkowników, gdy nie podano --protected-users
  QBMOD_STORE_PASSWORD   hasło bazy danych zespołu, z --store URL
Wszędzie tam, gdzie przyjmowane jest --journal PATH, --store postgres://user@host:port/db
przechowuje zamiast tego dziennik w bazie danych zespołu; operacje zapisują --moderator-name NAME.
Z --offline operacja jest wykonywana, gdy baza danych zespołu jest nieosiągalna,
i zapisywana w dzienniku na tym komputerze do czasu „journal upload”.
Z --profile NAME połączenie i poufne dane pochodzą z zapisanego profilu i
systemowego magazynu kluczy; opcje i te zmienne mają przed nimi pierwszeństwo. Profil,
który przechowuje dziennik w bazie danych zespołu, używa jej, chyba że podano --journal
lub --store; jej hasło pochodzi z QBMOD_STORE_PASSWORD lub z magazynu kluczy.

Kody wyjścia: 0 wykonano; 1 część ID niedozwolona lub nieudana; 2 błąd użycia lub danych wejściowych;
3 uwierzytelnianie nie powiodło się; 4 punkt końcowy nieosiągalny.
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
        <translation>chronieni użytkownicy: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Niczego nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Przebieg próbny: pokazano %n żądanie, niczego nie wysłano.</numerusform>
            <numerusform>Przebieg próbny: pokazano %n żądania, niczego nie wysłano.</numerusform>
            <numerusform>Przebieg próbny: pokazano %n żądań, niczego nie wysłano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Podaj go za pomocą --reason.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Niczego nie wysłano.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Niczego nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n wcześniejsza operacja ma identyfikatory o nieznanym wyniku; uruchom „qbmodctl journal reconcile”, aby je rozstrzygnąć.</numerusform>
            <numerusform>qbmodctl: %n wcześniejsze operacje mają identyfikatory o nieznanym wyniku; uruchom „qbmodctl journal reconcile”, aby je rozstrzygnąć.</numerusform>
            <numerusform>qbmodctl: %n wcześniejszych operacji ma identyfikatory o nieznanym wyniku; uruchom „qbmodctl journal reconcile”, aby je rozstrzygnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>Odmowa działania bez potwierdzenia: podaj --yes lub uruchom w terminalu, aby otrzymać pytanie.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Zapisano w dzienniku jako operację %1.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>Trwa praca… %1 z %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline dotyczy bazy danych zespołu (--store albo profilu, który przechowuje w niej dziennik). Niczego nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n operacja wykonana offline nie trafiła jeszcze do bazy danych zespołu; „qbmodctl journal upload” ją doda.</numerusform>
            <numerusform>qbmodctl: %n operacje wykonane offline nie trafiły jeszcze do bazy danych zespołu; „qbmodctl journal upload” je doda.</numerusform>
            <numerusform>qbmodctl: %n operacji wykonanych offline nie trafiło jeszcze do bazy danych zespołu; „qbmodctl journal upload” je doda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Zapisano offline jako operację %1 w %2; „qbmodctl journal upload” doda ją do bazy danych zespołu, gdy będzie osiągalna. Do tego czasu jej ID nie są zarezerwowane.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Podaj ID jako argumenty albo przez --from-file, nie na oba sposoby.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID nie jest ID rozmowy (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie są ID rozmów (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie jest ID rozmów (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID nie jest ID wiadomości (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie są ID wiadomości (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie jest ID wiadomości (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Nie podano ID rozmów.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>Nie podano ID wiadomości.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>zalogowanego konta</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n rozmowę dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n rozmowy dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n rozmów dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n wiadomość dla wszystkich. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n wiadomości dla wszystkich. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n wiadomości dla wszystkich. Nie można tego cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Wpisz %1, aby potwierdzić: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Usunąć %n rozmowę tylko z listy %1; pozostali członkowie ją zachowają.</numerusform>
            <numerusform>Usunąć %n rozmowy tylko z listy %1; pozostali członkowie je zachowają.</numerusform>
            <numerusform>Usunąć %n rozmów tylko z listy %1; pozostali członkowie je zachowają.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Usunąć %n wiadomość tylko dla %1; pozostali członkowie ją zachowają.</numerusform>
            <numerusform>Usunąć %n wiadomości tylko dla %1; pozostali członkowie je zachowają.</numerusform>
            <numerusform>Usunąć %n wiadomości tylko dla %1; pozostali członkowie je zachowają.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Kontynuować? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size wymaga liczby całkowitej od 1 do 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>„%1” nie jest ID rozmowy (24 cyfry szesnastkowe). Niczego nie wysłano.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n wiadomość nie należy do rozmowy %1 w widoku użytkownika, w którego imieniu działasz (już usunięta lub w innej rozmowie): %2. Niczego nie usunięto.</numerusform>
            <numerusform>%n wiadomości nie należą do rozmowy %1 w widoku użytkownika, w którego imieniu działasz (już usunięte lub w innej rozmowie): %2. Niczego nie usunięto.</numerusform>
            <numerusform>%n wiadomości nie należy do rozmowy %1 w widoku użytkownika, w którego imieniu działasz (już usunięte lub w innej rozmowie): %2. Niczego nie usunięto.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Z kluczem API i bez --on-behalf-of QuickBlox usuwa dla wszystkich członków.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Profil: %1 (%2). Działanie jako: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n z tych wiadomości nie została wysłana przez użytkownika, w którego imieniu działasz, i zostanie zwrócona jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych wiadomości nie zostały wysłane przez użytkownika, w którego imieniu działasz, i zostaną zwrócone jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych wiadomości nie zostało wysłanych przez użytkownika, w którego imieniu działasz, i zostanie zwróconych jako „brak uprawnień”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n z tych rozmów nie należy do użytkownika, w którego imieniu działasz, więc nie może on z niej nikogo usunąć: zostanie zwrócona jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych rozmów nie należą do użytkownika, w którego imieniu działasz, więc nie może on z nich nikogo usunąć: zostaną zwrócone jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych rozmów nie należy do użytkownika, w którego imieniu działasz, więc nie może on z nich nikogo usunąć: zostaną zwrócone jako „brak uprawnień”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n z tych rozmów nie należy do użytkownika, w którego imieniu działasz, i zostanie zwrócona jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych rozmów nie należą do użytkownika, w którego imieniu działasz, i zostaną zwrócone jako „brak uprawnień”.</numerusform>
            <numerusform>%n z tych rozmów nie należy do użytkownika, w którego imieniu działasz, i zostaną zwrócone jako „brak uprawnień”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>Użytkownik, w którego imieniu działasz (%1), jest chroniony: to usunięcie zostanie wysłane w jego imieniu.</translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>Użytkownik %1 jest chroniony.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>&amp;Pomiń ochronę (zostanie to zapisane w dzienniku)</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>Pokaż żą&amp;dania</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>Żądania, które zostałyby wysłane</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Każda rozmowa jest najpierw odczytywana (GET); rozmowa, której użytkownik nie jest członkiem, nie zostanie zmieniona.</translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Wymagane: powód do dziennika (np. fala spamu zgłoszona 12 maja)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Opcjonalnie: powód do dziennika</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Liczba elementów wpisana w celu potwierdzenia</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Rozmowy, z których użytkownik zostanie usunięty</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Rozmowy do usunięcia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszyscy</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>właściciel chroniony</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>nie jest właścicielem: odmowa</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>nie jest członkiem</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Wiadomości do usunięcia</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>nie jest nadawcą: odmowa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n wiadomość wysłana przez chronionych użytkowników zostałaby usunięta dla wszystkich (oznaczono w kolumnie Chroniony).</numerusform>
            <numerusform>%n wiadomości wysłane przez chronionych użytkowników zostałyby usunięte dla wszystkich (oznaczono w kolumnie Chroniony).</numerusform>
            <numerusform>%n wiadomości wysłanych przez chronionych użytkowników zostałoby usuniętych dla wszystkich (oznaczono w kolumnie Chroniony).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n rozmowa należąca do chronionych użytkowników zostałaby usunięta dla wszystkich (oznaczono w kolumnie Chroniony). Chronieni właściciele: %1.</numerusform>
            <numerusform>%n rozmowy należące do chronionych użytkowników zostałyby usunięte dla wszystkich (oznaczono w kolumnie Chroniony). Chronieni właściciele: %1.</numerusform>
            <numerusform>%n rozmów należących do chronionych użytkowników zostałoby usuniętych dla wszystkich (oznaczono w kolumnie Chroniony). Chronieni właściciele: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Powód moderatora</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>&amp;Twój powód:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Wpisz liczbę wiadomości (%1), aby &amp;potwierdzić:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Wpisz liczbę rozmów (%1), aby &amp;potwierdzić:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Naciśnij Down, aby zobaczyć ostatnie powody</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Podaj powód, aby kontynuować.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Wpisz liczbę, aby kontynuować.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Zaznacz Pomiń ochronę, aby kontynuować.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Chroniony</translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation>Znalezione w lokalnym indeksie, który nie jest dowodem: każdy element jest sprawdzany na serwerze, zanim cokolwiek zostanie wysłane. To, co już nie istnieje, zostanie tak oznaczone; to, czego nie da się sprawdzić, zostanie pominięte. Dziennik zachowuje zapytanie.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>usuń %1 z członków rozmów</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>usuń dla wszystkich</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>usuń z historii jednego użytkownika</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>usuń z listy jednego użytkownika</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Klucz API %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Operacja w dzienniku</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>W imieniu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punkt końcowy</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Kopiuj wyniki</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Wynik dla każdej wiadomości</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Wynik dla każdej rozmowy</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Usuwanie… %1 z %2</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Usuwanie… %1 z %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Zapisywanie dowodów: każda rozmowa i jej najnowsze wiadomości…</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Anulowano. %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksport wyników</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>Wstrzymano na %1 z %2. Już wysłane partie zostaną dokończone; nic nowego nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>Operacja została zatrzymana</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Sprawdzanie na serwerze tego, co znalazł lokalny indeks…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>wyniki qbmod, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>wyniki qbmod operacji %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Usuń użytkownika %1 z %n rozmowy</numerusform>
            <numerusform>Usuń użytkownika %1 z %n rozmów</numerusform>
            <numerusform>Usuń użytkownika %1 z %n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Usuń %n wiadomość dla wszystkich</numerusform>
            <numerusform>Usuń %n wiadomości dla wszystkich</numerusform>
            <numerusform>Usuń %n wiadomości dla wszystkich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Usuń %n rozmowę dla wszystkich</numerusform>
            <numerusform>Usuń %n rozmowy dla wszystkich</numerusform>
            <numerusform>Usuń %n rozmów dla wszystkich</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>klucz API (pełne uprawnienia)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Usuń %n wiadomość z historii użytkownika %1</numerusform>
            <numerusform>Usuń %n wiadomości z historii użytkownika %1</numerusform>
            <numerusform>Usuń %n wiadomości z historii użytkownika %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Usuń %n rozmowę z listy użytkownika %1</numerusform>
            <numerusform>Usuń %n rozmowy z listy użytkownika %1</numerusform>
            <numerusform>Usuń %n rozmów z listy użytkownika %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 zostanie usunięty z członków %n rozmowy i przestanie otrzymywać jej wiadomości. Rozmowy i ich wiadomości pozostaną.</numerusform>
            <numerusform>%1 zostanie usunięty z członków %n rozmów i przestanie otrzymywać ich wiadomości. Rozmowy i ich wiadomości pozostaną.</numerusform>
            <numerusform>%1 zostanie usunięty z członków %n rozmów i przestanie otrzymywać ich wiadomości. Rozmowy i ich wiadomości pozostaną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n wiadomość zostanie usunięta z historii każdego członka. Tego nie można cofnąć.</numerusform>
            <numerusform>%n wiadomości zostaną usunięte z historii każdego członka. Tego nie można cofnąć.</numerusform>
            <numerusform>%n wiadomości zostanie usuniętych z historii każdego członka. Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n wiadomość zostanie usunięta tylko z historii użytkownika %1; pozostali członkowie ją zachowają.</numerusform>
            <numerusform>%n wiadomości zostaną usunięte tylko z historii użytkownika %1; pozostali członkowie je zachowają.</numerusform>
            <numerusform>%n wiadomości zostanie usuniętych tylko z historii użytkownika %1; pozostali członkowie je zachowają.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n rozmowa zostanie usunięta dla wszystkich członków wraz ze wszystkimi wiadomościami. Tego nie można cofnąć.</numerusform>
            <numerusform>%n rozmowy zostaną usunięte dla wszystkich członków wraz ze wszystkimi wiadomościami. Tego nie można cofnąć.</numerusform>
            <numerusform>%n rozmów zostanie usuniętych dla wszystkich członków wraz ze wszystkimi wiadomościami. Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n rozmowa zostanie usunięta tylko z listy użytkownika %1; pozostali członkowie zachowają ją wraz z wiadomościami.</numerusform>
            <numerusform>%n rozmowy zostaną usunięte tylko z listy użytkownika %1; pozostali członkowie zachowają je wraz z wiadomościami.</numerusform>
            <numerusform>%n rozmów zostanie usuniętych tylko z listy użytkownika %1; pozostali członkowie zachowają je wraz z wiadomościami.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>zalogowany użytkownik</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation>publiczna</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupowa</translation>
    </message>
    <message>
        <source>private</source>
        <translation>prywatna</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Najnowsze wiadomości</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Nie wybrano rozmowy</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation>ID: %1
Typ: %2
Właściciel: %3
Utworzono: %4
Ostatnia aktywność: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Wczytywanie wiadomości…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Wszyscy w aplikacji (rozmowa publiczna)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– właściciel</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Nie można wczytać wiadomości: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Brak wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n załącznik, nie pobrano)</numerusform>
            <numerusform>(%n załączniki, nie pobrano)</numerusform>
            <numerusform>(%n załączników, nie pobrano)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation>wszyscy</translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation>%1
ID rozmowy: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>ID użytkownika %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID użytkownika %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Rozmowa publiczna: może do niej dołączyć każdy użytkownik aplikacji</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n członek</numerusform>
            <numerusform>%n członków</numerusform>
            <numerusform>%n członków</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs przyjmuje dokładnie jedno ID użytkownika (liczbę dodatnią).</translation>
    </message>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type przyjmuje 1 (publiczna), 2 (grupowa) lub 3 (prywatna), rozdzielone przecinkami; „%1” nie jest żadną z tych wartości.</translation>
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
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>WŁAŚCICIEL</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>CZŁONKOWIE</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>OSTATNIA AKTYWNOŚĆ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszyscy</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>Pokazano %n rozmowę</numerusform>
            <numerusform>Pokazano %n rozmowy</numerusform>
            <numerusform>Pokazano %n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>łącznie %n</numerusform>
            <numerusform>łącznie %n</numerusform>
            <numerusform>łącznie %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Typ rozmowy</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupowa</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatna</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Nazwa zawiera</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>Nazwa zawiera (zapytanie do serwera)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Aktywne po</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Ostatnia aktywność po</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Aktywne przed</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Ostatnia aktywność przed</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Szukaj na serwerze</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Filtruj wczytane rozmowy (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Filtruj wczytane rozmowy</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>Nie można wczytać rozmów: %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>Zaznaczono %1 z %2 wczytanych</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Edytuj p&amp;rofil…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Brak połączenia. Wybierz Plik › Połącz… (Ctrl+Shift+O), aby otworzyć profil, lub wypróbuj stamtąd wbudowaną piaskownicę.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Wczytano pierwsze %1 z %2 rozmów: konsola mieści najwyżej %3. Zawęź listę filtrami powyżej lub wypisz wszystkie za pomocą qbmodctl dialogs list --all --jsonl.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>&amp;Sprawdź właściciela</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Działaj w imieniu &amp;właściciela</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Kopiuj ID</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Pokaż w &amp;dzienniku</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Brak połączenia: nie ma czego szukać. Najpierw połącz się (Plik › Połącz…, Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>Zaznaczono %1 z %2 wczytanych (%3 widocznych po filtrowaniu)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>Zaznaczono %1 z %2 wczytanych, łącznie %3 (%4 widocznych po filtrowaniu)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>Zaznaczono %1 z %2 wczytanych, łącznie %3</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Sortowanie %n rozmowy…</numerusform>
            <numerusform>Sortowanie %n rozmów…</numerusform>
            <numerusform>Sortowanie %n rozmów…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user wymaga ID użytkownika do usunięcia (liczby dodatniej).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID nie jest ID rozmowy (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie są ID rozmów (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
            <numerusform>%n ID nie jest ID rozmów (24 cyfry szesnastkowe): %1. Niczego nie wysłano.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Nie podano ID rozmów.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Usunąć użytkownika %1 z %n rozmowy?</numerusform>
            <numerusform>Usunąć użytkownika %1 z %n rozmów?</numerusform>
            <numerusform>Usunąć użytkownika %1 z %n rozmów?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Kontynuować? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Nikogo nie usunięto.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Nie odczytano rozmowy: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Nie odczytano wiadomości: %1</translation>
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
        <translation>Brak indeksu; uruchom qbmodctl index update.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth wymaga liczby całkowitej od 1 do 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since wymaga daty, np. 2025-05-01 lub 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention wymaga liczby dni od 1 do 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1: wymieniono %2, odczytano %3, pozostało %4</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl: indeksowanie zostało zatrzymane: %1 Następna aktualizacja indeksu wznowi je od miejsca zatrzymania.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Zaktualizowano indeks: wymieniono %n rozmowę</numerusform>
            <numerusform>Zaktualizowano indeks: wymieniono %n rozmowy</numerusform>
            <numerusform>Zaktualizowano indeks: wymieniono %n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n odczytana ponownie</numerusform>
            <numerusform>%n odczytane ponownie</numerusform>
            <numerusform>%n odczytanych ponownie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>Zapisano %n wiadomość.</numerusform>
            <numerusform>Zapisano %n wiadomości.</numerusform>
            <numerusform>Zapisano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Indeks: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n użytkownik</numerusform>
            <numerusform>%n użytkownicy</numerusform>
            <numerusform>%n użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 MB na dysku</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Przechowuje każdą wiadomość od %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Przechowuje najnowszą %n wiadomość każdej rozmowy.</numerusform>
            <numerusform>Przechowuje najnowsze %n wiadomości każdej rozmowy.</numerusform>
            <numerusform>Przechowuje najnowszych %n wiadomości każdej rozmowy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Wiadomości nieodczytywane ponownie od %n dnia są usuwane i odczytywane ponownie.</numerusform>
            <numerusform>Wiadomości nieodczytywane ponownie od %n dni są usuwane i odczytywane ponownie.</numerusform>
            <numerusform>Wiadomości nieodczytywane ponownie od %n dni są usuwane i odczytywane ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>Ostatnie indeksowanie zakończono %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Indeksowanie zatrzymało się w połowie (do odczytania pozostała %n rozmowa); index update je wznowi.</numerusform>
            <numerusform>Indeksowanie zatrzymało się w połowie (do odczytania pozostały %n rozmowy); index update je wznowi.</numerusform>
            <numerusform>Indeksowanie zatrzymało się w połowie (do odczytania pozostało %n rozmów); index update je wznowi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>Indeks jest lokalną kopią do wyszukiwania, a nie dowodem: to, czego dotyczy działanie, jest najpierw sprawdzane na serwerze.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>Nie ma indeksu do zapomnienia.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>Indeks %1 został zapomniany.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl: indeks w bazie danych zespołu wymaga wskazania aplikacji: podaj --endpoint wraz z jej danymi uwierzytelniającymi albo --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Indeks: %1 (wspólny dla zespołu)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto z członków</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Nie jest członkiem</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Już nie istnieje</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Brak uprawnień</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Niepowodzenie: nic się nie zmieniło</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Nieznany: mogło zostać wykonane</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>Nie podjęto próby: niczego nie wysłano</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Błąd dziennika: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>Plik %1 nie jest bazą danych dziennika.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>Dziennik %1 został zapisany przez nowszą wersję qbmod (schemat %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>użytkownik %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>użytkownik %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>Baza danych zespołu %1 nie ma jeszcze tabel qbmod (schemat %2), a ta rola nie może ich utworzyć: otwórz ją raz jako jej właściciel. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>zajęte przez %1 w trwającej operacji %2</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>już wysłane przez %1 w operacji %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>Nie można odczytać chronionych użytkowników z %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>Baza danych zespołu %1 nie jest otwarta.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>wykonana offline</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>z lokalnego dziennika</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>z bazy danych zespołu</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Błąd dziennika: nie można odczytać operacji %1: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Błąd dziennika: operacja %1 nie ma klucza pochodzenia.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Chronieni użytkownicy zespołu nigdy nie zostali odczytani z %1 na tym komputerze, więc nic nie zostanie wykonane offline. Najpierw połącz się raz z bazą danych zespołu.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Błąd dziennika: brak kopii operacji %1.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 wymaga ID operacji.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1” nie jest ID operacji.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>W %1 nie ma jeszcze dziennika.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Dziennik nie zawiera operacji %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format przyjmuje csv lub json.</translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune wymaga --older-than DAYS (liczby całkowitej dni).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Usunięto dowody %n rozmowy.</numerusform>
            <numerusform>Usunięto dowody %n rozmów.</numerusform>
            <numerusform>Usunięto dowody %n rozmów.</numerusform>
        </translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>OPERACJA</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>ROZPOCZĘTO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>TRYB</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>JAKO</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>NIEWYJAŚNIONE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>POWÓD</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>użytkownik %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>klucz %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>Dziennik nie zawiera żadnych operacji.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Operacja %1 (%2), rozpoczęta %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Punkt końcowy: %1  Profil: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Operator: %1  W imieniu: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Klucz API %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation>Tryb: %1 %2  Powód: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>WYNIK</translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation>WYJAŚNIONO PRZEZ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>BŁĄD</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Zachowano dowody dla %n rozmowy; zob. journal export.</numerusform>
            <numerusform>Zachowano dowody dla %n rozmów; zob. journal export.</numerusform>
            <numerusform>Zachowano dowody dla %n rozmów; zob. journal export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>Pominięto ochronę dla %n ID.</numerusform>
            <numerusform>Pominięto ochronę dla %n ID.</numerusform>
            <numerusform>Pominięto ochronę dla %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Wybrano w lokalnym indeksie według: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Wstrzymano %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Wznowiono %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>NAZWA ROZMOWY</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>KTO</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>POCHODZENIE</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>Nie skopiowano operacji %1: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Zatrzymano po %1 z %2 operacji.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>Skopiowano %n operację.</numerusform>
            <numerusform>Skopiowano %n operacje.</numerusform>
            <numerusform>Skopiowano %n operacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n operacja już tam była.</numerusform>
            <numerusform>%n operacje już tam były.</numerusform>
            <numerusform>%n operacji już tam było.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n operacja wciąż trwa; zostanie skopiowana po zakończeniu.</numerusform>
            <numerusform>%n operacje wciąż trwają; każda zostanie skopiowana po zakończeniu.</numerusform>
            <numerusform>%n operacji wciąż trwa; każda zostanie skopiowana po zakończeniu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>Do operacji, które już tam były, dodano %n późniejsze rozstrzygnięcie.</numerusform>
            <numerusform>Do operacji, które już tam były, dodano %n późniejsze rozstrzygnięcia.</numerusform>
            <numerusform>Do operacji, które już tam były, dodano %n późniejszych rozstrzygnięć.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>Nie skopiowano rozstrzygnięć operacji %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>„%1” nie jest ID operacji.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>W %1 nie ma jeszcze dziennika.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Dziennik nie zawiera operacji %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl: pominięto %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Nie ma nic do uzgodnienia.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>Sprawdzono %n ID — nie istnieją: %1, nadal istnieją: %2, bez jednoznacznej odpowiedzi: %3.</numerusform>
            <numerusform>Sprawdzono %n ID — nie istnieją: %1, nadal istnieją: %2, bez jednoznacznej odpowiedzi: %3.</numerusform>
            <numerusform>Sprawdzono %n ID — nie istnieją: %1, nadal istnieją: %2, bez jednoznacznej odpowiedzi: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 wymaga bazy danych zespołu: podaj --store URL albo profil, który przechowuje w niej dziennik.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local wymaga --to PATH, czyli pliku dziennika do zapisania.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>W %1 nie ma dziennika.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl: %1 Uruchom to samo polecenie ponownie, aby skopiować resztę; nic nie zostanie skopiowane dwukrotnie.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Przesyłanie operacji offline: %1 z %2</translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>W imieniu</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Niewyjaśnione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation>W rozmowie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Wyjaśniono</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Dziennik moderacji</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Operacje od</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID użytkownika, w którego imieniu działano</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>ID rozmowy</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Dowolny wynik</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Nie istnieje (sprawdzono później)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Nadal istnieje (sprawdzono później)</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Nadal jest członkiem (sprawdzono później)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Operacje</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>ID w operacji</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>Tutaj pojawiają się dowody zachowane przed usunięciem dla wszystkich.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Wszystkie profile</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(brak profilu)</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>usunięto użytkownika z rozmów</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>wiadomości, dla wszystkich</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>wiadomości, z jednej historii</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>rozmowy, dla wszystkich</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>rozmowy, z jednej listy</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Nie wybrano operacji.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Operacja %1 na %2 (%3), %4. Powód: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (przez: %2)</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Rozmowa „%1” (właściciel %2), zachowano %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Niekompletne: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>Dla tej rozmowy nie zachowano dowodów.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Eksport dziennika</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON z dowodami (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>usunięto %1 z rozmów</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>wysłano, brak odpowiedzi</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>odpowiedziano</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>rozstrzygnięto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>klucz API</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>login operatora</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>trwa lub przerwana</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>dziennik qbmod, %n operacja, %1.csv</numerusform>
            <numerusform>dziennik qbmod, %n operacje, %1.csv</numerusform>
            <numerusform>dziennik qbmod, %n operacji, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Nazwa rozmowy</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, wybrane w lokalnym indeksie (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Wszyscy moderatorzy</translation>
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
        <translation>Systemowy magazyn kluczy jest niedostępny: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Systemowy magazyn kluczy zgłosił błąd: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>Nie można użyć jednocześnie --json i --jsonl.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>Nie można użyć jednocześnie --limit i --all.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit wymaga liczby całkowitej co najmniej 1.</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Postęp wczytywania</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>Wczytano %n</numerusform>
            <numerusform>Wczytano %n</numerusform>
            <numerusform>Wczytano %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check them now</source>
        <translation>Sprawdź teraz</translation>
    </message>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Przestań działać w imieniu tego użytkownika</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Postęp wczytywania</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Połącz…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Wczytaj &amp;ponownie</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Wczytaj &amp;wszystkie</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Zatrzymaj wczytywanie</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>&amp;Filtruj wczytane rozmowy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Zaznacz wszystk&amp;ie</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>&amp;Usuń z listy użytkownika</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Usuń zaznaczone rozmowy tylko z listy użytkownika, w którego imieniu działasz (Del)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Usuń dla wszy&amp;stkich…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Usuń zaznaczone rozmowy dla wszystkich członków; nie można tego cofnąć (Shift+Del)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>&amp;Działaj w imieniu użytkownika…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>&amp;Przestań działać w imieniu użytkownika</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>&amp;Przeglądaj użytkowników</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Dziennik moderacji…</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>&amp;O programie qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>&amp;Rozmowy</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Użytkownicy</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Działanie w &amp;imieniu</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dziennik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Trwa usuwanie</translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Poczekaj na zakończenie trwającego usuwania lub je anuluj, zanim połączysz się gdzie indziej.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
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
        <translation>Wybierz, w czyim imieniu działać</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Dziennik niedostępny</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>Nie można otworzyć dziennika moderacji, więc nie można niczego usunąć: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n wcześniejsza operacja usuwania zawiera rozmowy o nieznanym losie (program został zatrzymany lub odpowiedź zaginęła). Sprawdź je na serwerze, aby uzgodnić dziennik.</numerusform>
            <numerusform>%n wcześniejsze operacje usuwania zawierają rozmowy o nieznanym losie (program został zatrzymany lub odpowiedź zaginęła). Sprawdź je na serwerze, aby uzgodnić dziennik.</numerusform>
            <numerusform>%n wcześniejszych operacji usuwania zawiera rozmowy o nieznanym losie (program został zatrzymany lub odpowiedź zaginęła). Sprawdź je na serwerze, aby uzgodnić dziennik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>Sprawdzono %1 — nie istnieją: %2, nadal istnieją: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>Bez jednoznacznej odpowiedzi: %n.</numerusform>
            <numerusform>Bez jednoznacznej odpowiedzi: %n.</numerusform>
            <numerusform>Bez jednoznacznej odpowiedzi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>Nie można usunąć starych dowodów: %1</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Usuwanie nadal trwa. Anulować je i zakończyć? Rozmowy już wysłane mogą mimo to zostać usunięte.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Strona &amp;rozmów</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Strona &amp;użytkowników</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>S&amp;weep: wyszukiwanie wiadomości, kampanie</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Działasz w imieniu użytkownika %1. Każda czynność jest wykonywana w jego imieniu.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>Z kluczem API i bez użytkownika, w którego imieniu działasz, QuickBlox usuwa rozmowy dla wszystkich członków. Wybierz użytkownika (Działanie w imieniu › Działaj w imieniu użytkownika…, Ctrl+U), aby usuwać rozmowy tylko z jego listy, lub użyj Usuń dla wszystkich (Shift+Del).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Działasz w imieniu użytkownika %1. Każda czynność jest wykonywana w jego imieniu. Ten użytkownik jest chroniony: usuwanie w jego imieniu wymaga jawnego pominięcia ochrony.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Nieznana lista chronionych użytkowników</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>Nie można odczytać chronionych użytkowników, więc nie można niczego usunąć: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Nie zapisano chronionych użytkowników</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>Nie udało się zmienić chronionych użytkowników zespołu: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>Pracuj &amp;offline, gdy baza danych zespołu jest nieosiągalna</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>Nie udało się otworzyć dziennika moderacji, więc nie można niczego usunąć: %1 Aby kontynuować bez bazy danych zespołu, wybierz Dziennik › Pracuj offline.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Nie przesłano operacji offline</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Części operacji wykonanych offline nie udało się przesłać do bazy danych zespołu; pozostają na tym komputerze i zostaną przesłane przy następnym otwarciu profilu. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>Przesłano do bazy danych zespołu %n operację wykonaną offline.</numerusform>
            <numerusform>Przesłano do bazy danych zespołu %n operacje wykonane offline.</numerusform>
            <numerusform>Przesłano do bazy danych zespołu %n operacji wykonanych offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Postęp łączenia z bazą danych zespołu</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Dziennik nie jest gotowy</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>Trwa łączenie z bazą danych zespołu, więc nie można jeszcze niczego usunąć. Spróbuj ponownie, gdy dziennik będzie gotowy, lub anuluj.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Łączenie z bazą danych zespołu %1…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Przesyłanie operacji offline: %1 z %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Zatrzymywanie po przesłaniu bieżącej operacji…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Anulowano przesyłanie: przesłano %n operację wykonaną offline.</numerusform>
            <numerusform>Anulowano przesyłanie: przesłano %n operacje wykonane offline.</numerusform>
            <numerusform>Anulowano przesyłanie: przesłano %n operacji wykonanych offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n operacja wykonana offline czeka na tym komputerze; zostanie przesłana przy następnym połączeniu z bazą danych zespołu.</numerusform>
            <numerusform>%n operacje wykonane offline czekają na tym komputerze; zostaną przesłane przy następnym połączeniu z bazą danych zespołu.</numerusform>
            <numerusform>%n operacji wykonanych offline czeka na tym komputerze; zostaną przesłane przy następnym połączeniu z bazą danych zespołu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Prześlij teraz</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>Anulowano łączenie z bazą danych zespołu: praca offline.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>Anulowano łączenie z bazą danych zespołu: nie można niczego usunąć, dopóki nie uda się z nią połączyć.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Połącz ponownie</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Praca offline: operacje są zapisywane w dzienniku na tym komputerze i zostaną przesłane do bazy danych zespołu, gdy ta znów będzie osiągalna. Do tego czasu zespół ich nie widzi, a ich ID nie są zarezerwowane: inny moderator może w tym samym czasie działać na tych samych ID.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n bez członkostwa</numerusform>
            <numerusform>%n bez członkostwa</numerusform>
            <numerusform>%n bez członkostwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n bez uprawnień</numerusform>
            <numerusform>%n bez uprawnień</numerusform>
            <numerusform>%n bez uprawnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nieznaleziona</numerusform>
            <numerusform>%n nieznalezione</numerusform>
            <numerusform>%n nieznalezionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; użytkownik mógł zostać usunięty)</numerusform>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; użytkownik mógł zostać usunięty)</numerusform>
            <numerusform>%n o nieznanym wyniku (brak odpowiedzi; użytkownik mógł zostać usunięty)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n niewykonana</numerusform>
            <numerusform>%n niewykonane</numerusform>
            <numerusform>%n niewykonanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Usunięto z %1 spośród %n rozmowy.</numerusform>
            <numerusform>Usunięto z %1 spośród %n rozmów.</numerusform>
            <numerusform>Usunięto z %1 spośród %n rozmów.</numerusform>
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
        <translation>Użytkownik %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Only this user&apos;s &amp;messages</source>
        <translation>Tylko &amp;wiadomości tego użytkownika</translation>
    </message>
    <message>
        <source>Load more messages</source>
        <translation>Wczytaj więcej wiadomości</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Zaznaczona wiadomość</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>Nie można wczytać wiadomości: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Od %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Załączniki (nie pobrano): %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Wybierz rozmowę, aby przeczytać jej wiadomości.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Wczytywanie wiadomości…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>Wczytano %n wiadomość</numerusform>
            <numerusform>Wczytano %n wiadomości</numerusform>
            <numerusform>Wczytano %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Wczytaj wszystkie wiadomości</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Wczytano pierwsze %1 wiadomości: konsola mieści najwyżej %2. Wypisz wszystkie za pomocą qbmodctl messages list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list przyjmuje dokładnie jedno ID rozmowy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>„%1” nie jest ID rozmowy (24 cyfry szesnastkowe).</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender wymaga ID użytkownika (liczby dodatniej).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>WYSŁANO</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>NADAWCA</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TREŚĆ</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>ZAŁĄCZNIKI</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n wiadomość.</numerusform>
            <numerusform>%n wiadomości.</numerusform>
            <numerusform>%n wiadomości.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>„%1” nie jest ID użytkownika (liczbą dodatnią).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Usuwanie dla wszystkich wymaga podania powodu (--reason TEXT); jest on zapisywany w dzienniku.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Działanie w imieniu użytkownika %1 wymaga podania powodu (--reason TEXT); jest on zapisywany w dzienniku.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>Użytkownik %1 jest chroniony: bez --override-protection nic nie zostanie wykonane w jego imieniu.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>Nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Powód jest wymagany: z kluczem API i bez użytkownika, w którego imieniu działasz, to usuwa dla wszystkich.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Ta czynność wymaga podania powodu.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>Użytkownik %1 jest chroniony: działanie w jego imieniu wymaga pominięcia ochrony.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>Użytkownik %1 jest chroniony: jego usunięcie wymaga pominięcia ochrony.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>Żaden dziennik nie jest otwarty, więc niczego nie wysłano.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>należy do chronionego użytkownika %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>nie udało się odczytać jej właściciela do sprawdzenia ochrony (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>nie udało się zapisać jej dowodów (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Anulowano przed wysłaniem czegokolwiek.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>Nie udało się zapisać dziennika, więc niczego nie wysłano: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>Nie udało się zapisać dowodów w dzienniku, więc niczego nie wysłano: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>Dziennik nie mógł zapisać tego, co miało zostać wysłane (%1), więc operacja została zatrzymana: nic więcej nie wysłano, a to, czego nie wysłano, oznaczono jako niepodjęte.</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>Dziennik nie mógł zapisać odpowiedzi serwera (%1), więc operacja została zatrzymana. Już wysłane identyfikatory pozostają w dzienniku niepewne do czasu uzgodnienia.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>Dziennik nie mógł zapisać zakończenia operacji (%1); będzie ona widoczna jako przerwana do czasu uzgodnienia.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>nie jest już członkiem (sprawdzono przed operacją)</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>już nie istnieje (sprawdzono przed operacją)</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>nie można było sprawdzić na serwerze przed operacją (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>odpowiedziano na %1 z %2</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>Nie można odczytać chronionych użytkowników, więc nic nie zostanie wykonane: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Zachowuj dowody przed usunięciem dla wszystkich</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Wymagaj powodu przy usuwaniu dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Wymagaj powodu przy &amp;działaniu w imieniu użytkownika</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Każda rozmowa wraz z najnowszymi wiadomościami jest zapisywana w dzienniku, zanim zostanie usunięta dla wszystkich.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>&amp;Usuwaj dowody starsze niż N dni (0 = zachowuj):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Chronieni użytkownicy</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>Ich rozmowy nie są usuwane dla wszystkich i nic nie jest usuwane w ich imieniu, chyba że pominiesz ochronę, co zostanie zapisane w dzienniku.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>ID chronionych użytkowników</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>ID użytkowników rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;ID użytkowników:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Chronieni użytkownicy: %1 Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>&amp;Język konsoli:</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Zmiana zacznie obowiązywać po ponownym uruchomieniu qbmod.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Powód (zapisywany wraz ze zmianą):</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>Nie można odczytać chronionych użytkowników zespołu z %1, więc dopóki się to nie uda, nie można niczego usunąć: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Wspólna dla całego zespołu w %1: konsola każdego moderatora i qbmodctl używają tej listy. Każda zmiana, również usunięcie, jest tam zapisywana wraz z Twoim użytkownikiem bazy danych.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Praca offline: ta operacja jest zapisywana w dzienniku na tym komputerze i zostanie przesłana do bazy danych zespołu, gdy ta znów będzie osiągalna. Do tego czasu zespół jej nie widzi, a jej ID nie są zarezerwowane: inny moderator może w tym samym czasie działać na tych samych ID.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Praca offline: ta operacja jest zapisywana w dzienniku na tym komputerze i zostanie przesłana do bazy danych zespołu, gdy ta znów będzie osiągalna. Do tego czasu zespół jej nie widzi, a jej ID nie są zarezerwowane: inny moderator może w tym samym czasie działać na tych samych ID. Chronieni użytkownicy według odczytu z bazy danych zespołu z %1.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Chronieni użytkownicy według odczytu z bazy danych zespołu z %1.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>Nie można uzyskać wyłącznego dostępu do indeksu tej aplikacji w bazie danych zespołu: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>W bazie danych zespołu trwa już inna aktualizacja indeksu tej aplikacji.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>Sterownik PostgreSQL dla Qt nie jest zainstalowany (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Nie można połączyć się z bazą danych zespołu %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>Nie można oznaczyć operacji jako trwającej w bazie danych zespołu: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Produkcyjne</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Przedprodukcyjne</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Piaskownica</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>Identyfikator profilu „%1” jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Profil musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Profil o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Nie można zapisać ustawień w %1.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>Limit żądań musi wynosić od 0 (ustalenie na podstawie odpowiedzi serwera) do %1 żądań na sekundę.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 wymaga co najmniej jednego ID użytkownika.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UŻYTKOWNIK</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>OD</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>KTO</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POWÓD</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n użytkownik jest teraz chroniony dla całego zespołu; już chronionych: %1.</numerusform>
            <numerusform>%n użytkownicy są teraz chronieni dla całego zespołu; już chronionych: %1.</numerusform>
            <numerusform>%n użytkowników jest teraz chronionych dla całego zespołu; już chronionych: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n użytkownik nie jest już chroniony dla zespołu; wcześniej niechronionych: %1.</numerusform>
            <numerusform>%n użytkownicy nie są już chronieni dla zespołu; wcześniej niechronionych: %1.</numerusform>
            <numerusform>%n użytkowników nie jest już chronionych dla zespołu; wcześniej niechronionych: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>Nie można otworzyć ustawień konsoli. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>Nie udało się zapisać ustawień konsoli. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Chronieni użytkownicy na tym komputerze: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>Na tym komputerze żaden użytkownik nie jest chroniony.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>operacja %1 została wykonana na %2; połącz się z tym punktem końcowym, aby ją sprawdzić</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>operacja %1 usunęła użytkownika, którego dziennik nie wymienia (został zapisany przez starszą wersję); uzgadnianie nie może jej sprawdzić</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>operacja %1 działała w imieniu użytkownika %2; jej sprawdzenie wymaga klucza API</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>operację %1 wykonał operator %2; zaloguj się jako %2, aby ją sprawdzić</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>operacja %1 została wykonana z kluczem API; jej sprawdzenie również go wymaga</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>operacja %1 ma w dzienniku %n wiadomość bez jej rozmowy, której uzgadnianie nie może odszukać</numerusform>
            <numerusform>operacja %1 ma w dzienniku %n wiadomości bez ich rozmowy, których uzgadnianie nie może odszukać</numerusform>
            <numerusform>operacja %1 ma w dzienniku %n wiadomości bez ich rozmowy, których uzgadnianie nie może odszukać</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>operacja %1 jest nadal wykonywana (proces %2 na %3); pozostawiono ją bez zmian</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmowy.</numerusform>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmów.</numerusform>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Usunięto %1 z %n wiadomości z historii użytkownika %2.</numerusform>
            <numerusform>Usunięto %1 z %n wiadomości z historii użytkownika %2.</numerusform>
            <numerusform>Usunięto %1 z %n wiadomości z historii użytkownika %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmowy.</numerusform>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmów.</numerusform>
            <numerusform>Usunięto dla wszystkich %1 z %n rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Usunięto %1 z %n rozmowy z listy użytkownika %2.</numerusform>
            <numerusform>Usunięto %1 z %n rozmów z listy użytkownika %2.</numerusform>
            <numerusform>Usunięto %1 z %n rozmów z listy użytkownika %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 musi być liczbą całkowitą od %2 do %3, a nie „%4”.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 musi być liczbą od 0 do 1, a nie „%2”.</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Lokalny zamiennik QuickBlox REST API z wygenerowaną społecznością demonstracyjną. Wypisuje informacje o połączeniu jako jeden wiersz JSON, a następnie działa do przerwania.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port do nasłuchiwania; 0 wybiera wolny port.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Adres do nasłuchiwania (domyślnie %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Liczba demonstracyjnych rozmów (domyślnie %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Ziarno (seed) społeczności demonstracyjnej i symulowanych błędów (domyślnie %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Opóźnienie dodawane do każdej odpowiedzi, w milisekundach.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Odpowiadaj kodem 429 powyżej N żądań na sekundę; 0 wyłącza tę funkcję.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Wysyłaj Retry-After w odpowiedziach 429 (domyślnie nie).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Odsetek żądań, na które odpowiedzią jest 500, bez ich wykonania.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Odsetek żądań wykonanych, których odpowiedź zostaje utracona (połączenie zamknięte).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Liczba sekund ważności sesji od jej ostatniego użycia (domyślnie %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind musi być adresem IP, a nie „%1”.</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Wyprowadzaj klucze i hasła aplikacji z ziarna, takie same przy każdym uruchomieniu, zamiast nowych losowych. Tylko do testów.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox: OSTRZEŻENIE: nasłuchiwanie na %1, adresie dostępnym z innych komputerów. Każdy, kto do niego dotrze, może zalogować się przy użyciu poniższych danych uwierzytelniających oraz odczytać lub usunąć dane piaskownicy. Użyj --bind 127.0.0.1, chyba że jest to zamierzone.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Odsetek żądań wykonanych, a następnie odrzuconych ze statusem --after-act-status, jak przez bramę, której minął limit czasu.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>Status dla --after-act-rate (domyślnie %1).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Opóźniaj każdą odpowiedź o dodatkowe losowe (z ziarna) 0 do MS, aby odpowiedzi wracały w kolejności określonej przez ziarno.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Liczba wiadomości w każdej niepustej rozmowie (domyślnie: od 1 do 40, różnie).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Fale spamu: kilka kont publikuje jeden link w wielu grupach w ciągu kilku godzin (domyślnie %1).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Liczba użytkowników w społeczności, łącznie z moderatorami (domyślnie 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Piaskownica już działa.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Nie można nasłuchiwać na %1, port %2: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>Nie można udostępniać HTTP na porcie %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Podaj --json albo --jsonl.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender wymaga ID użytkownika (liczby dodatniej).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 wymaga daty, np. 2025-05-01 lub 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type przyjmuje public, group, private (lub 1, 2, 3), rozdzielone przecinkami; nie „%1”.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit wymaga liczby całkowitej co najmniej 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search wymaga tekstu lub filtra, np. --sender albo --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>WYSŁANO</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>ROZMOWA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>NADAWCA</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID WIADOMOŚCI</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n wiadomość.</numerusform>
            <numerusform>%n wiadomości.</numerusform>
            <numerusform>%n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID ROZMOWY</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>CZŁONKOWIE</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>Pasuje %n nazwa rozmowy.</numerusform>
            <numerusform>Pasują %n nazwy rozmów.</numerusform>
            <numerusform>Pasuje %n nazw rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>Pasuje %n nazwa użytkownika.</numerusform>
            <numerusform>Pasują %n nazwy użytkowników.</numerusform>
            <numerusform>Pasuje %n nazw użytkowników.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>Z lokalnego indeksu, nie z serwera: to, czego dotyczy działanie, jest najpierw sprawdzane na serwerze.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs wymaga liczby całkowitej co najmniej 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within wymaga czasu trwania, np. 24h, 90m lub 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since wymaga daty, np. 2025-05-01 lub 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>ROZMOWY</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>NADAWCY</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>PIERWSZE WYSTĄPIENIE</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>OSTATNIE WYSTĄPIENIE</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n kampania.</numerusform>
            <numerusform>%n kampanie.</numerusform>
            <numerusform>%n kampanii.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPANIA</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Aby działać na jednej z nich, użyj --campaign CAMPAIGN oraz --delete-dialogs lub --remove-sender USER_ID.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>auth secret</source>
        <translation>sekret uwierzytelniania</translation>
    </message>
    <message>
        <source>password</source>
        <translation>hasło</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>klucz API</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>hasło bazy danych zespołu</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Podaj --json albo --jsonl.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 wymaga nazwy jednego wyboru.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Brak indeksu; uruchom qbmodctl index update.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>W indeksie nie ma zapisanego wyboru „%1”; zapisane wybory wypisuje „qbmodctl selections list”.</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Wybór „%1” (%2): obecnie %n rozmowa w indeksie.</numerusform>
            <numerusform>Wybór „%1” (%2): obecnie %n rozmowy w indeksie.</numerusform>
            <numerusform>Wybór „%1” (%2): obecnie %n rozmów w indeksie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Wybór „%1” (%2): obecnie %n wiadomość w indeksie.</numerusform>
            <numerusform>Wybór „%1” (%2): obecnie %n wiadomości w indeksie.</numerusform>
            <numerusform>Wybór „%1” (%2): obecnie %n wiadomości w indeksie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Znajdują się w %n rozmowie.</numerusform>
            <numerusform>Znajdują się w %n rozmowach.</numerusform>
            <numerusform>Znajdują się w %n rozmowach.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>ROZMOWY</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>WIADOMOŚCI</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>WYBIERA</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n zapisany wybór, policzony teraz w indeksie.</numerusform>
            <numerusform>%n zapisane wybory, policzone teraz w indeksie.</numerusform>
            <numerusform>%n zapisanych wyborów, policzonych teraz w indeksie.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Wybór wymaga nazwy.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save wymaga dokładnie jednej z opcji: --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (z jej filtrami) lub --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within dotyczy tylko --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive wymaga liczby dni od 1 do 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner wymaga ID użytkownika (liczby dodatniej).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign wymaga kampanii w takiej postaci, w jakiej wypisuje ją „qbmodctl campaigns”.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within wymaga czasu trwania, np. 24h, 90m lub 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>W indeksie nie ma kampanii %1; kampanie wypisuje „qbmodctl campaigns”. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>Zastąpiono zapisany wybór „%1”.</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>Zapisano wybór „%1”.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>WYSŁANO</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>ROZMOWA</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>NADAWCA</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID WIADOMOŚCI</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID ROZMOWY</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>WŁAŚCICIEL</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>CZŁONKOWIE</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>OSTATNIA WIADOMOŚĆ</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Aby na nim działać, użyj selections run %1 oraz --delete-dialogs lub --remove-sender USER_ID; każdy element jest najpierw sprawdzany na serwerze.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl: nie można usunąć wyboru z indeksu.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>Usunięto zapisany wybór „%1”; indeks i serwer pozostają bez zmian.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>W tabeli</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Przechodzenie między wierszami</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Up, Down, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Dodawanie do zaznaczenia lub usuwanie z niego</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Rozszerzanie zaznaczenia</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Up, Shift+Down</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Opuszczenie tabeli</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Menu kontekstowe: sprawdź właściciela, działaj w imieniu właściciela, kopiuj ID, pokaż w dzienniku</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>W potwierdzeniu usunięcia</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Następne pole: powód, liczba, pominięcie ochrony, czynność</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Wykonanie, gdy wszystkie wymagane pola są wypełnione</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Ostatnie powody</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Down, w polu powodu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulowanie</translation>
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
        <translation>Sterownik SQLite dla Qt nie jest zainstalowany, więc nie ma lokalnego indeksu.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>SQLite nie może otworzyć bazy danych: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>SQLite używany tu przez Qt zbudowano bez wyszukiwania pełnotekstowego (FTS5), więc lokalny indeks i wyszukiwanie są niedostępne: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>Nie można utworzyć indeksu %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>Nie można otworzyć indeksu %1: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Błąd indeksu: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Trwa już inna aktualizacja tego indeksu (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>Nie można utworzyć dziennika %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Sterownik SQLite dla Qt nie jest zainstalowany.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Nie można otworzyć dziennika %1: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Błąd dziennika: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>Nie można oznaczyć operacji jako trwającej: nie można zapisać pliku blokady %1.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>Miejsce przechowywania musi być adresem URL, np. postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>Adres URL miejsca przechowywania nie może zawierać hasła: podaj je w QBMOD_STORE_PASSWORD lub we wpisie profilu w magazynie kluczy.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>Adres URL miejsca przechowywania zawiera nieznane ustawienie: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>Adres URL miejsca przechowywania musi zawierać użytkownika, host i bazę danych: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>Nie ustawiono pliku dziennika.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Baza danych zespołu wymaga hosta, bazy danych i użytkownika.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>Port bazy danych zespołu musi mieścić się w zakresie od 1 do 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Nieznany tryb TLS %1.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>Baza danych zespołu %1 nie znajduje się na tym komputerze: można się z nią połączyć tylko przez TLS, który sprawdza jej certyfikat i nazwę hosta (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender wymaga ID użytkownika do usunięcia (liczby dodatniej).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Podaj --delete-dialogs albo --remove-sender, nie oba naraz.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force dotyczy tylko --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Działanie na kampaniach wymaga wskazania jednej: --campaign CAMPAIGN, tak jak wypisuje ją „qbmodctl campaigns”.</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>W indeksie nie ma kampanii %1 przy tych opcjach. Niczego nie wysłano.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Niczego nie wysłano.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Znalezione w lokalnym indeksie; każdy element jest najpierw sprawdzany na serwerze.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Usunąć %1 z %n rozmowy.</numerusform>
            <numerusform>Usunąć %1 z %n rozmów.</numerusform>
            <numerusform>Usunąć %1 z %n rozmów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Kontynuować? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Usunąć %n rozmowę tylko z listy użytkownika, w którego imieniu działasz; pozostali członkowie ją zachowają.</numerusform>
            <numerusform>Usunąć %n rozmowy tylko z listy użytkownika, w którego imieniu działasz; pozostali członkowie je zachowają.</numerusform>
            <numerusform>Usunąć %n rozmów tylko z listy użytkownika, w którego imieniu działasz; pozostali członkowie je zachowają.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n rozmowę dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n rozmowy dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
            <numerusform>Usunąć %n rozmów dla wszystkich, wraz ze wszystkimi wiadomościami. Nie można tego cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>Z kluczem API i bez --on-behalf-of QuickBlox usuwa dla wszystkich członków.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Wpisz %1, aby potwierdzić: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Nikogo nie usunięto.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Niczego nie usunięto.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run wymaga nazwy jednego wyboru.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Brak indeksu; uruchom qbmodctl index update. Niczego nie wysłano.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Bezczynny</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Pobieranie listy rozmów</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Odczytywanie wiadomości</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Wyszukiwanie użytkowników</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
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
        <translation>Błąd indeksu</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>Indeks %1 został zapisany przez nowszą wersję qbmod (schemat %2); zapomnij go lub użyj tamtej wersji.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>Liczba wiadomości na rozmowę musi wynosić od 1 do 100000.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>Okres przechowywania musi wynosić od 1 do 3650 dni.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Nie można usunąć %1</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>plik pozostaje</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>Indeks w bazie danych zespołu musi znać swoją aplikację.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 nie jest indeksem</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>Baza danych zespołu %1 nie ma jeszcze indeksu Sweep (schemat %2), a ta rola nie może go utworzyć: otwórz ją raz jako jej właściciel. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>Indeks nie jest otwarty.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>&amp;Aktualizuj indeks</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>Za&amp;pomnij indeks tej aplikacji…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Zawiera link</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Zawiera załącznik</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>Znajdź &amp;kampanie</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Zapisz &amp;jako wybór…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Nowy wybór</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Pokaż jej wiado&amp;mości</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>Otwórz &amp;rozmowę</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Sprawdź nad&amp;awcę</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Postęp aktualizacji indeksu</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Fraza w wiadomościach, nazwach rozmów lub użytkowników; zakończ znakiem *, aby szukać prefiksu</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Szukany tekst</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>ID nadawcy</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie typy</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupowa</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatna</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>w co najmniej </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> rozmowach</translation>
    </message>
    <message>
        <source>within </source>
        <translation>w ciągu </translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Ten sam tekst</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Zapisane wybory:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Wyniki Sweep</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Wyniki pochodzą z lokalnego indeksu, nie z serwera: wszystko, czego dotyczy działanie, jest najpierw sprawdzane na serwerze.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Zapomnij indeks tej aplikacji</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Usunąć lokalny indeks tej aplikacji? Wyszukiwanie będzie potem wymagać nowego indeksowania; na serwerze nic się nie zmieni.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Zapisz jako wybór</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Nazwa wyboru:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>Aktualizacja została zatrzymana: %1 Następna aktualizacja wznowi ją od miejsca zatrzymania.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Zatrzymano; następna aktualizacja wznowi od miejsca zatrzymania.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Połącz się z aplikacją, aby ją zindeksować.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Zaktualizowano %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Jeszcze nie zbudowano: Aktualizuj indeks odczyta aplikację jednorazowo.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Aktualizacja zatrzymała się w połowie; następna ją wznowi.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>Nadawca to ID użytkownika (liczba dodatnia).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Wpisz frazę lub wybierz filtr.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n kampania; kliknij ją dwukrotnie, aby zobaczyć jej wiadomości.</numerusform>
            <numerusform>%n kampanie; kliknij jedną dwukrotnie, aby zobaczyć jej wiadomości.</numerusform>
            <numerusform>%n kampanii; kliknij jedną dwukrotnie, aby zobaczyć jej wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Nadawcy</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnie wystąpienie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Rozmowy bez wiadomości od N dni…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Rozmowy należące do użytkownika…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Puste grupy</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Nowy wybór</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>Od ilu dni bez wiadomości?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>ID użytkownika właściciela:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>Usuń rozmow&amp;y…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>Usuń na&amp;dawcę…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Usuń dla wszystkich rozmowy, w których są te wyniki</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Usuń nadawcę wybranej wiadomości z rozmów, w których te wyniki pochodzą od niego</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Najpierw wybierz kampanię.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Wybierz wiadomość nadawcy, którego chcesz usunąć.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Usunąć indeks tej aplikacji i jego zapisane wybory z bazy danych zespołu, dla całego zespołu? Wyszukiwanie będzie potem wymagać nowego indeksowania; na serwerze nic się nie zmieni.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 z %n rozmowy</numerusform>
            <numerusform>%1 z %n rozmów</numerusform>
            <numerusform>%1 z %n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: dotychczas wymieniono %n rozmowę.</numerusform>
            <numerusform>%1: dotychczas wymieniono %n rozmowy.</numerusform>
            <numerusform>%1: dotychczas wymieniono %n rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>Odczytano wiadomości z %n rozmowy.</numerusform>
            <numerusform>Odczytano wiadomości z %n rozmów.</numerusform>
            <numerusform>Odczytano wiadomości z %n rozmów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>Indeks zawiera %n rozmowę.</numerusform>
            <numerusform>Indeks zawiera %n rozmowy.</numerusform>
            <numerusform>Indeks zawiera %n rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Przechowuje %n wiadomość z tych rozmów.</numerusform>
            <numerusform>Przechowuje %n wiadomości z tych rozmów.</numerusform>
            <numerusform>Przechowuje %n wiadomości z tych rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Zna nazwy %n użytkownika.</numerusform>
            <numerusform>Zna nazwy %n użytkowników.</numerusform>
            <numerusform>Zna nazwy %n użytkowników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Znaleziono %n wiadomość.</numerusform>
            <numerusform>Znaleziono %n wiadomości.</numerusform>
            <numerusform>Znaleziono %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>Pasuje %n nazwa rozmowy.</numerusform>
            <numerusform>Pasują %n nazwy rozmów.</numerusform>
            <numerusform>Pasuje %n nazw rozmów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>Pasuje %n nazwa użytkownika: %1.</numerusform>
            <numerusform>Pasują %n nazwy użytkowników: %1.</numerusform>
            <numerusform>Pasuje %n nazw użytkowników: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>Kampania obejmuje %n wiadomość.</numerusform>
            <numerusform>Kampania obejmuje %n wiadomości.</numerusform>
            <numerusform>Kampania obejmuje %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Znajdują się w %n rozmowie.</numerusform>
            <numerusform>Znajdują się w %n rozmowach.</numerusform>
            <numerusform>Znajdują się w %n rozmowach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>Wysłał je %n nadawca.</numerusform>
            <numerusform>Wysłali je %n nadawcy.</numerusform>
            <numerusform>Wysłało je %n nadawców.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: obecnie %n rozmowa w indeksie.</numerusform>
            <numerusform>%1: obecnie %n rozmowy w indeksie.</numerusform>
            <numerusform>%1: obecnie %n rozmów w indeksie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: obecnie %n wiadomość w indeksie.</numerusform>
            <numerusform>%1: obecnie %n wiadomości w indeksie.</numerusform>
            <numerusform>%1: obecnie %n wiadomości w indeksie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>Indeks zespołu zostanie otwarty po połączeniu z bazą danych zespołu.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Wybierz, czyje wiadomości: nadawcę do usunięcia.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Ten wybór znajduje rozmowy, nie wiadomości: nie ma nadawców.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>Użytkownik %1 nie wysłał żadnej z wiadomości znalezionych przez ten wybór.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>Wybór nie znajduje niczego, na czym można działać.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Rozmowy bez wiadomości od %n dnia</numerusform>
            <numerusform>Rozmowy bez wiadomości od %n dni</numerusform>
            <numerusform>Rozmowy bez wiadomości od %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Rozmowy należące do użytkownika %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Puste grupy</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Wiadomości pasujące do „%1”</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Wiadomości kampanii</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>„%1” nie zawiera słów do wyszukania.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Wybór wymaga nazwy.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>Anulowano łączenie z bazą danych zespołu %1.</translation>
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
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Ostatnie żądanie:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Nie wybrano użytkownika</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Wyszukiwanie według nazwy wymaga co najmniej 3 znaków.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>„%1” nie jest ID użytkownika: ID są liczbami całkowitymi.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Wpisz jedno lub więcej ID użytkowników.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Wyszukiwanie według nazwy wymaga co najmniej 3 znaków.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Wpisz, czego szukać.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Wpisz identyfikatory, login, imię i nazwisko lub e-mail. Aby wyświetlić wszystkich, wybierz „Wszyscy użytkownicy”.</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>wszyscy użytkownicy</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>login zaczyna się od</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
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
        <translation>Szukaj użytkowników według</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Wszyscy użytkownicy</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Tekst wyszukiwania</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>ID, login, część imienia i nazwiska, e-mail lub tag</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Wczytaj więcej użytkowników</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Rozmowy użytkownika</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Wczytaj więcej rozmów</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>Usuń z zaznaczonych &amp;grup…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Usuń użytkownika z zaznaczonych rozmów grupowych (rozmowy i ich wiadomości pozostaną)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Usuń z &amp;listy użytkownika…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Usuń zaznaczone rozmowy z własnej listy użytkownika, w jego imieniu; pozostali członkowie je zachowają</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Usuń wszystkie rozmowy, których jest &amp;właścicielem…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Usuń dla wszystkich każdą rozmowę, której właścicielem jest ten użytkownik; nie można tego cofnąć</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Usuń zaznaczone wiadomości &amp;dla wszystkich…</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Usuń z &amp;historii użytkownika…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Usuń zaznaczone wiadomości z własnej historii użytkownika, w jego imieniu; pozostali je zachowają</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>Nie można wyszukać użytkowników: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>Nie udało się wczytać wszystkich rozmów użytkownika %1, więc niczego nie zaproponowano do usunięcia. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>Nie można wczytać rozmów użytkownika: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Wyszukaj użytkownika lub wyświetl wszystkich użytkowników.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Wybierz użytkownika, aby zobaczyć jego rozmowy.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Rozmowy wspólne z użytkownikiem %1: wczytano %2 z %3</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Zatrzymaj wczytywanie</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Wymaga połączenia z kluczem API, który może działać w imieniu użytkowników.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Usuń z grup</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Żadna z zaznaczonych rozmów nie jest grupowa. Rozmowy publiczne nie mają listy członków, a z rozmowy prywatnej nie można nikogo usunąć.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Usuń rozmowy, których jest właścicielem</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>%1 nie jest właścicielem żadnej z tych rozmów.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>Działaj w &amp;imieniu tego użytkownika</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Kopiuj ID</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Pokaż w &amp;dzienniku</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Wykryj z tekstu</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Login zaczyna się od</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Wczytywanie rozmów użytkownika %1…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Rozmowy użytkownika %1: wczytano %2 z %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 z %n użytkownika. Kryterium wyszukiwania: %2</numerusform>
            <numerusform>%1 z %n użytkowników. Kryterium wyszukiwania: %2</numerusform>
            <numerusform>%1 z %n użytkowników. Kryterium wyszukiwania: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Wyszukiwanie… Kryterium wyszukiwania: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Wczytaj wszystkich użytkowników</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Wczytano pierwszych %1 z %2 użytkowników: konsola mieści najwyżej %3. Wypisz wszystkich za pomocą qbmodctl users list --all --jsonl.</translation>
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
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Ostatnie żądanie</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Odznaki</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Chroniony</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
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
        <translation>IMIĘ I NAZWISKO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>UTWORZONO</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>OSTATNIE ŻĄDANIE</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>Pokazano %n użytkownika</numerusform>
            <numerusform>Pokazano %n użytkowników</numerusform>
            <numerusform>Pokazano %n użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>łącznie %n</numerusform>
            <numerusform>łącznie %n</numerusform>
            <numerusform>łącznie %n</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit wymaga liczby całkowitej od 1 do %1; z --all lub --jsonl dowolnej liczby całkowitej co najmniej 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show przyjmuje dokładnie jedno ID użytkownika (liczbę dodatnią).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>POLE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WARTOŚĆ</translation>
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
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Ostatnie żądanie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Konsola moderacji dla aplikacji czatu QuickBlox.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Uruchom lokalną piaskownicę z danymi demonstracyjnymi i połącz się z nią; konto nie jest potrzebne.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Liczba rozmów w piaskownicy (domyślnie 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs wymaga liczby od 1 do 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Nie można uruchomić piaskownicy: %1</translation>
    </message>
</context>
</TS>
