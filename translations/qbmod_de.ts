<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>At most N requests per second (default: no fixed cap).</source>
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
        <source>Print JSON for scripts.</source>
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
        <source>List every matching dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for every member (owner only); cannot be undone.</source>
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
        <source>Usage: qbmodctl [options] COMMAND

Commands:
  dialogs list [--type 1,2,3] [--name-contains TEXT] [--limit N | --all]
               [--on-behalf-of USER_ID] [--json]
  dialogs delete [--force] [--on-behalf-of USER_ID] [--batch-size N] [--yes]
                 [--json] (ID... | --from-file FILE | --from-file -)
  messages list DIALOG_ID [--limit N] [--on-behalf-of USER_ID] [--json]
  users list [--search TEXT] [--limit N] [--json]

Credentials come from the environment, never from arguments:
  QBMOD_API_KEY       API key; when set, qbmodctl uses it (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   application auth secret, with --app-id, --auth-key, --login
  QBMOD_PASSWORD      the operator&apos;s password

Exit codes: 0 done; 1 some ids not permitted or failed; 2 usage or input error;
3 authentication failed; 4 endpoint unreachable.
</source>
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
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>qbmodctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteOutcome</name>
    <message>
        <source>Deleted</source>
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
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no answer, may have been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted: cancelled before sending</source>
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
    <name>DialogsDeleteCommand</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Deleting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>--limit needs a whole number of at least 1.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>--limit needs a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
