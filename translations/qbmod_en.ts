<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod: Apache License 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: GNU General Public License 3, which the LGPL extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n user found</numerusform>
            <numerusform>%n users found</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n request/s</numerusform>
            <numerusform>%n requests/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, about %n min left</numerusform>
            <numerusform>%1, about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, about %n s left</numerusform>
            <numerusform>%1, about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n not permitted</numerusform>
            <numerusform>%n not permitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n already gone</numerusform>
            <numerusform>%n already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n unknown (no answer; may have been deleted)</numerusform>
            <numerusform>%n unknown (no answer; may have been deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Operator login with application credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n request shown, nothing was sent.</numerusform>
            <numerusform>Dry run: %n requests shown, nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n earlier run has ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</numerusform>
            <numerusform>qbmodctl: %n earlier runs have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n run made offline is not in the team database yet; &quot;qbmodctl journal upload&quot; adds it.</numerusform>
            <numerusform>qbmodctl: %n runs made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n id is not a dialog id (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
            <numerusform>%n ids are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n id is not a message id (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
            <numerusform>%n ids are not message ids (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n dialog for everyone, with every message. This cannot be undone.</numerusform>
            <numerusform>Delete %n dialogs for everyone, with every message. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message for everyone. This cannot be undone.</numerusform>
            <numerusform>Delete %n messages for everyone. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Remove %n dialog from the list of %1 only; the other members keep it.</numerusform>
            <numerusform>Remove %n dialogs from the list of %1 only; the other members keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Delete %n message for %1 only; the other members keep it.</numerusform>
            <numerusform>Delete %n messages for %1 only; the other members keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n message is not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</numerusform>
            <numerusform>%n messages are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n of these dialogs is not owned by the acting user and will come back as not permitted.</numerusform>
            <numerusform>%n of these dialogs are not owned by the acting user and will come back as not permitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n of these messages was not sent by the acting user and will come back as not permitted.</numerusform>
            <numerusform>%n of these messages were not sent by the acting user and will come back as not permitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n of these dialogs is not owned by the acting user, who may not remove others from it: it will come back as not permitted.</numerusform>
            <numerusform>%n of these dialogs are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n message sent by protected users would be deleted for everyone (marked in the Protected column).</numerusform>
            <numerusform>%n messages sent by protected users would be deleted for everyone (marked in the Protected column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n dialog owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</numerusform>
            <numerusform>%n dialogs owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Delete %n dialog for everyone</numerusform>
            <numerusform>Delete %n dialogs for everyone</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Remove %1 from %n dialog</numerusform>
            <numerusform>Remove %1 from %n dialogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Delete %n message for everyone</numerusform>
            <numerusform>Delete %n messages for everyone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Remove %n message from the history of %1</numerusform>
            <numerusform>Remove %n messages from the history of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Remove %n dialog from the list of %1</numerusform>
            <numerusform>Remove %n dialogs from the list of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 will be removed from the members of %n dialog and stop receiving its messages. The dialog and its messages stay.</numerusform>
            <numerusform>%1 will be removed from the members of %n dialogs and stop receiving their messages. The dialogs and their messages stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n message will be deleted from every member&apos;s history. This cannot be undone.</numerusform>
            <numerusform>%n messages will be deleted from every member&apos;s history. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n message will be removed from the history of %1 only; the other members keep it.</numerusform>
            <numerusform>%n messages will be removed from the history of %1 only; the other members keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n dialog will be deleted for all members, with every message. This cannot be undone.</numerusform>
            <numerusform>%n dialogs will be deleted for all members, with every message. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n dialog will be removed from the list of %1 only; the other members keep it and its messages.</numerusform>
            <numerusform>%n dialogs will be removed from the list of %1 only; the other members keep them and their messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n attachment, not downloaded)</numerusform>
            <numerusform>(%n attachments, not downloaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>%n dialog shown</numerusform>
            <numerusform>%n dialogs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Sorting %n dialog…</numerusform>
            <numerusform>Sorting %n dialogs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n id is not a dialog id (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
            <numerusform>%n ids are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Remove user %1 from %n dialog?</numerusform>
            <numerusform>Remove user %1 from %n dialogs?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Index updated: %n dialog listed</numerusform>
            <numerusform>Index updated: %n dialogs listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n read again</numerusform>
            <numerusform>%n read again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>%n message stored.</numerusform>
            <numerusform>%n messages stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n dialog</numerusform>
            <numerusform>%n dialogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Keeps the latest %n message of each dialog.</numerusform>
            <numerusform>Keeps the latest %n messages of each dialog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Messages not read again for %n day are dropped and read again.</numerusform>
            <numerusform>Messages not read again for %n days are dropped and read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>A crawl stopped half-way (%n dialog still to read); index update resumes it.</numerusform>
            <numerusform>A crawl stopped half-way (%n dialogs still to read); index update resumes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Evidence kept for %n dialog; see journal export.</numerusform>
            <numerusform>Evidence kept for %n dialogs; see journal export.</numerusform>
        </translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Pruned the evidence of %n dialog.</numerusform>
            <numerusform>Pruned the evidence of %n dialogs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>Protection was overridden for %n id.</numerusform>
            <numerusform>Protection was overridden for %n ids.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MADE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>%n run copied.</numerusform>
            <numerusform>%n runs copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n run was already there.</numerusform>
            <numerusform>%n runs were already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n run still running, copied once it ends.</numerusform>
            <numerusform>%n runs still running, each copied once it ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>%n later settlement added to runs already there.</numerusform>
            <numerusform>%n later settlements added to runs already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>Checked %n id: %1 gone, %2 still present, %3 without a clear answer.</numerusform>
            <numerusform>Checked %n ids: %1 gone, %2 still present, %3 without a clear answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>qbmod journal, %n run, %1.csv</numerusform>
            <numerusform>qbmod journal, %n runs, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n loaded</numerusform>
            <numerusform>%n loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>qbmod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod – %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n earlier delete run has dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</numerusform>
            <numerusform>%n earlier delete runs have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>%n got no clear answer.</numerusform>
            <numerusform>%n got no clear answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n run made offline uploaded to the team database.</numerusform>
            <numerusform>%n runs made offline uploaded to the team database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Upload cancelled: %n run made offline uploaded.</numerusform>
            <numerusform>Upload cancelled: %n runs made offline uploaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n run made offline waits on this computer; it is uploaded the next time the team database is reached.</numerusform>
            <numerusform>%n runs made offline wait on this computer; they are uploaded the next time the team database is reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n not a member</numerusform>
            <numerusform>%n not members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n not permitted</numerusform>
            <numerusform>%n not permitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n unknown (no answer; may have been removed)</numerusform>
            <numerusform>%n unknown (no answer; may have been removed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Removed from %1 of %n dialog.</numerusform>
            <numerusform>Removed from %1 of %n dialogs.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <source>Load more messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>%n message loaded</numerusform>
            <numerusform>%n messages loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n user protected for the whole team; %1 already were.</numerusform>
            <numerusform>%n users protected for the whole team; %1 already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n user no longer protected for the team; %1 were not protected.</numerusform>
            <numerusform>%n users no longer protected for the team; %1 were not protected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>run %1 has %n message journalled without its dialog, which reconcile cannot look up</numerusform>
            <numerusform>run %1 has %n messages journalled without their dialog, which reconcile cannot look up</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Deleted %1 of %n for everyone.</numerusform>
            <numerusform>Deleted %1 of %n for everyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Removed %1 of %n from the history of %2.</numerusform>
            <numerusform>Removed %1 of %n from the history of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Deleted %1 of %n for everyone.</numerusform>
            <numerusform>Deleted %1 of %n for everyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Removed %1 of %n from the list of %2.</numerusform>
            <numerusform>Removed %1 of %n from the list of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n dialog name matches.</numerusform>
            <numerusform>%n dialog names match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>%n user name matches.</numerusform>
            <numerusform>%n user names match.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n campaign.</numerusform>
            <numerusform>%n campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>auth secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team database password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Selection &quot;%1&quot; (%2): %n dialog in the index now.</numerusform>
            <numerusform>Selection &quot;%1&quot; (%2): %n dialogs in the index now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Selection &quot;%1&quot; (%2): %n message in the index now.</numerusform>
            <numerusform>Selection &quot;%1&quot; (%2): %n messages in the index now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>They are in %n dialog.</numerusform>
            <numerusform>They are in %n dialogs.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n saved selection, counted in the index now.</numerusform>
            <numerusform>%n saved selections, counted in the index now.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteIndexEngine</name>
    <message>
        <source>The SQLite driver for Qt is not installed, so there is no local index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Remove %1 from %n dialog.</numerusform>
            <numerusform>Remove %1 from %n dialogs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Remove %n dialog from the acting user&apos;s list only; the other members keep it.</numerusform>
            <numerusform>Remove %n dialogs from the acting user&apos;s list only; the other members keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n dialog for everyone, with every message. This cannot be undone.</numerusform>
            <numerusform>Delete %n dialogs for everyone, with every message. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepIndex</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n campaign; double-click one to see its messages.</numerusform>
            <numerusform>%n campaigns; double-click one to see its messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 of %n dialog</numerusform>
            <numerusform>%1 of %n dialogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: %n dialog listed so far.</numerusform>
            <numerusform>%1: %n dialogs listed so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>The messages of %n dialog are read.</numerusform>
            <numerusform>The messages of %n dialogs are read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>The index holds %n dialog.</numerusform>
            <numerusform>The index holds %n dialogs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>It keeps %n message of theirs.</numerusform>
            <numerusform>It keeps %n messages of theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>It knows %n user by name.</numerusform>
            <numerusform>It knows %n users by name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message found.</numerusform>
            <numerusform>%n messages found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>%n dialog name matches.</numerusform>
            <numerusform>%n dialog names match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>%n user name matches: %1.</numerusform>
            <numerusform>%n user names match: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>The campaign&apos;s %n message.</numerusform>
            <numerusform>The campaign&apos;s %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>They are in %n dialog.</numerusform>
            <numerusform>They are in %n dialogs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>%n sender sent them.</numerusform>
            <numerusform>%n senders sent them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: %n dialog in the index now.</numerusform>
            <numerusform>%1: %n dialogs in the index now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: %n message in the index now.</numerusform>
            <numerusform>%1: %n messages in the index now.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Dialogs with no message in %n day</numerusform>
            <numerusform>Dialogs with no message in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserReviewPanel</name>
    <message>
        <source>Search users by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 of %n user. Searched by: %2</numerusform>
            <numerusform>%1 of %n users. Searched by: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>%n user shown</numerusform>
            <numerusform>%n users shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
