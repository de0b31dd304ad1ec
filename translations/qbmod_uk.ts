<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About qbmod</source>
        <translation>Про qbmod</translation>
    </message>
    <message>
        <source>A moderation console for QuickBlox chat applications.</source>
        <translation>Консоль модерації для чат-застосунків QuickBlox.</translation>
    </message>
    <message>
        <source>qbmod is free software under the Apache License 2.0. It uses Qt %1 under the GNU Lesser General Public License version 3, and QtKeychain under a BSD licence.</source>
        <translation>qbmod — вільне програмне забезпечення за ліцензією Apache License 2.0. Воно використовує Qt %1 за ліцензією GNU Lesser General Public License версії 3 і QtKeychain за ліцензією BSD.</translation>
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
        <translation>Qt: GNU General Public License 3, яку розширює LGPL</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain: ліцензія BSD</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ActingUserDialog</name>
    <message>
        <source>Act as a user</source>
        <translation>Дії від імені користувача</translation>
    </message>
    <message>
        <source>Every request will be made on behalf of the chosen user (On-Behalf-Of) until you stop acting as them.</source>
        <translation>Кожен запит надсилатиметься від імені вибраного користувача (On-Behalf-Of), доки ви не припините діяти від його імені.</translation>
    </message>
    <message>
        <source>User id, login, email or full name</source>
        <translation>ID користувача, логін, ел. пошта або повне ім&apos;я</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Шукати користувачів</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Відповідні користувачі</translation>
    </message>
    <message>
        <source>Act as this user</source>
        <translation>Діяти від імені цього користувача</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>Знайдено користувачів: %n</numerusform>
            <numerusform>Знайдено користувачів: %n</numerusform>
            <numerusform>Знайдено користувачів: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Помилка пошуку: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Acting on behalf of a user needs an API key; a session login always acts as its own user.</source>
        <translation>Дії від імені користувача потребують ключа API; сеансовий вхід завжди діє від імені власного користувача.</translation>
    </message>
    <message>
        <source>The session answer carried no token.</source>
        <translation>Відповідь сеансу не містила токена.</translation>
    </message>
    <message>
        <source>the answer was larger than %1, the most accepted</source>
        <translation>відповідь перевищила %1 — найбільший допустимий розмір</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>немає повної відповіді протягом %n секунди</numerusform>
            <numerusform>немає повної відповіді протягом %n секунд</numerusform>
            <numerusform>немає повної відповіді протягом %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Не вдалося з&apos;єднатися із сервером.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Сервер відхилив облікові дані.</translation>
    </message>
    <message>
        <source>Not permitted.</source>
        <translation>Не дозволено.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Не знайдено.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid.</source>
        <translation>Запит відхилено як некоректний.</translation>
    </message>
    <message>
        <source>Too many requests: the application&apos;s rate limit was exceeded.</source>
        <translation>Забагато запитів: перевищено обмеження частоти запитів застосунку.</translation>
    </message>
    <message>
        <source>The server reported an internal error (HTTP %1).</source>
        <translation>Сервер повідомив про внутрішню помилку (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood.</source>
        <translation>Сервер надіслав незрозумілу відповідь.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; if you trust it, use it as the endpoint.</source>
        <translation>Кінцева точка переспрямувала на %1; якщо ви довіряєте цій адресі, використовуйте її як кінцеву точку.</translation>
    </message>
</context>
<context>
    <name>BulkDeleteEngine</name>
    <message numerus="yes">
        <source>%n request(s)/s</source>
        <translation>
            <numerusform>%n запит/с</numerusform>
            <numerusform>%n запити/с</numerusform>
            <numerusform>%n запитів/с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n min left</source>
        <translation>
            <numerusform>%1, залишилося близько %n хв</numerusform>
            <numerusform>%1, залишилося близько %n хв</numerusform>
            <numerusform>%1, залишилося близько %n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n s left</source>
        <translation>
            <numerusform>%1, залишилося близько %n с</numerusform>
            <numerusform>%1, залишилося близько %n с</numerusform>
            <numerusform>%1, залишилося близько %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n без дозволу</numerusform>
            <numerusform>%n без дозволу</numerusform>
            <numerusform>%n без дозволу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already gone</source>
        <translation>
            <numerusform>%n вже не існує</numerusform>
            <numerusform>%n вже не існують</numerusform>
            <numerusform>%n вже не існує</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been deleted)</source>
        <translation>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, видалено)</numerusform>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, видалено)</numerusform>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, видалено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n не виконано</numerusform>
            <numerusform>%n не виконано</numerusform>
            <numerusform>%n не виконано</numerusform>
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
        <translation>Вхід оператора з обліковими даними застосунку</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Auth secret</source>
        <translation>Секрет автентифікації</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>З&apos;єднатися</translation>
    </message>
    <message>
        <source>Connect to a QuickBlox application</source>
        <translation>З&apos;єднання із застосунком QuickBlox</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профілі</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Назва профілю</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Кінцева точка API</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>ID застосунку</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Ключ автентифікації</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Логін оператора</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Середовище</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID застосунку:</translation>
    </message>
    <message>
        <source>Auth key:</source>
        <translation>Ключ автентифікації:</translation>
    </message>
    <message>
        <source>Auth secret:</source>
        <translation>Секрет автентифікації:</translation>
    </message>
    <message>
        <source>Operator login:</source>
        <translation>Логін оператора:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Ключ API:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Середовище:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Кінцева точка:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Спосіб входу:</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in files. Leave a secret empty to keep the stored one.</source>
        <translation>Секретні дані зберігаються в системному сховищі ключів, ніколи у файлах. Залиште поле порожнім, щоб зберегти збережене значення.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Спробувати пісочницю</translation>
    </message>
    <message>
        <source>Start a local stand-in for QuickBlox with demo data; no account needed.</source>
        <translation>Запускає локальну заміну QuickBlox із демонстраційними даними; обліковий запис не потрібен.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>збережено у сховищі ключів</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новий профіль</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Вилучити профіль</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>Вилучити профіль «%1» і його секретні дані зі сховища ключів?</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Сховище ключів недоступне</translation>
    </message>
    <message>
        <source>The system keychain could not store the %1 (%2). Keep it for this session only? It will be forgotten when qbmod quits, and nothing is written to disk.</source>
        <translation>Системне сховище ключів не змогло зберегти запис «%1» (%2). Зберегти його лише для цього сеансу? Його буде забуто після виходу з qbmod, і нічого не буде записано на диск.</translation>
    </message>
    <message>
        <source>The %1 was not stored.</source>
        <translation>Запис «%1» не збережено.</translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Читання секретних даних зі сховища ключів…</translation>
    </message>
    <message>
        <source>Checking the connection to %1…</source>
        <translation>Перевірка з&apos;єднання з %1…</translation>
    </message>
    <message>
        <source>Check the login, the password and the application credentials.</source>
        <translation>Перевірте логін, пароль і облікові дані застосунку.</translation>
    </message>
    <message>
        <source>Check the API key.</source>
        <translation>Перевірте ключ API.</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>Перевірте кінцеву точку.</translation>
    </message>
    <message>
        <source>The server answered with an error; try again later.</source>
        <translation>Сервер відповів помилкою; спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Not connected, nothing was saved: %1 %2</source>
        <translation>Немає з&apos;єднання, нічого не збережено: %1 %2</translation>
    </message>
    <message>
        <source>This field needs correcting</source>
        <translation>Це поле потрібно виправити</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Обмеження частоти запитів</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> запитів/с</translation>
    </message>
    <message>
        <source>Learn it from the server</source>
        <translation>Визначити за відповідями сервера</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Обмеження частоти запитів:</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Пароль бази даних команди</translation>
    </message>
    <message>
        <source>Journal kept on</source>
        <translation>Де зберігається журнал</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Цей комп&apos;ютер</translation>
    </message>
    <message>
        <source>A team database</source>
        <translation>База даних команди</translation>
    </message>
    <message>
        <source>A team database (PostgreSQL) shares the journal with every moderator of the team.</source>
        <translation>База даних команди (PostgreSQL) надає спільний доступ до журналу всім модераторам команди.</translation>
    </message>
    <message>
        <source>Team database host</source>
        <translation>Хост бази даних команди</translation>
    </message>
    <message>
        <source>Team database port</source>
        <translation>Порт бази даних команди</translation>
    </message>
    <message>
        <source>Team database name</source>
        <translation>Назва бази даних команди</translation>
    </message>
    <message>
        <source>Team database user</source>
        <translation>Користувач бази даних команди</translation>
    </message>
    <message>
        <source>Team database TLS mode</source>
        <translation>Режим TLS бази даних команди</translation>
    </message>
    <message>
        <source>Check the certificate and the name (verify-full)</source>
        <translation>Перевіряти сертифікат та ім&apos;я хоста (verify-full)</translation>
    </message>
    <message>
        <source>Check the certificate only (verify-ca)</source>
        <translation>Перевіряти лише сертифікат (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt without checks (require)</source>
        <translation>Шифрувати без перевірок (require)</translation>
    </message>
    <message>
        <source>No TLS (disable)</source>
        <translation>Без TLS (disable)</translation>
    </message>
    <message>
        <source>A database on another computer is reached only with verify-full.</source>
        <translation>З базою даних на іншому комп&apos;ютері можна з&apos;єднатися лише в режимі verify-full.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Journal kept on:</source>
        <translation>Де зберігається журнал:</translation>
    </message>
    <message>
        <source>Type the team database&apos;s password.</source>
        <translation>Введіть пароль бази даних команди.</translation>
    </message>
    <message>
        <source>The requests per second your QuickBlox plan allows. Deletes and listings are paced just under that rate. Without it, the rate is learned from the server&apos;s first &quot;too many requests&quot; answers.</source>
        <translation>Кількість запитів на секунду, яку дозволяє ваш тарифний план QuickBlox. Видалення та отримання списків виконуються з частотою трохи нижчою за цю. Без цього значення частоту визначають за першими відповідями сервера «забагато запитів».</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>Кінцева точка «%1» не є коректною URL-адресою.</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>Кінцева точка не може містити імені користувача чи пароля.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (a local sandbox); use https for &quot;%1&quot;.</source>
        <translation>Нешифрований http дозволено лише до цього комп&apos;ютера (локальна пісочниця); використовуйте https для «%1».</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>Кінцева точка має починатися з https://.</translation>
    </message>
    <message>
        <source>An application id is required.</source>
        <translation>Потрібен ID застосунку.</translation>
    </message>
    <message>
        <source>An auth key is required.</source>
        <translation>Потрібен ключ автентифікації.</translation>
    </message>
    <message>
        <source>An operator login is required.</source>
        <translation>Потрібен логін оператора.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Sandbox</source>
        <translation>Пісочниця</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Не вдалося запустити пісочницю: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Working offline: the team&apos;s protected users can be seen and changed only while the team database can be reached.</source>
        <translation>Робота офлайн: захищених користувачів команди можна переглядати й змінювати лише тоді, коли база даних команди доступна.</translation>
    </message>
    <message>
        <source>The team database %1 is still being reached.</source>
        <translation>Триває з&apos;єднання з базою даних команди %1.</translation>
    </message>
</context>
<context>
    <name>CredentialsLoader</name>
    <message>
        <source>No %1 is stored for the profile &quot;%2&quot;.</source>
        <translation>Для профілю «%2» не збережено запис «%1».</translation>
    </message>
    <message>
        <source>The %1 of the profile &quot;%2&quot; could not be read. %3</source>
        <translation>Не вдалося прочитати запис «%1» профілю «%2». %3</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Moderation tools for QuickBlox chat applications.</source>
        <translation>Інструменти модерації для чат-застосунків QuickBlox.</translation>
    </message>
    <message>
        <source>Connect as the saved profile NAME; its secrets come from the system keychain.</source>
        <translation>З&apos;єднатися за збереженим профілем NAME; його секретні дані беруться із системного сховища ключів.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.quickblox.com).</source>
        <translation>Кінцева точка API (типово https://api.quickblox.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Application id (session login).</source>
        <translation>ID застосунку (сеансовий вхід).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application auth key (session login).</source>
        <translation>Ключ автентифікації застосунку (сеансовий вхід).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Operator login (session login).</source>
        <translation>Логін оператора (сеансовий вхід).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 6).</source>
        <translation>Кількість одночасних запитів (типово 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Час очікування кожної відповіді в секундах (типово 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log each request to standard error (credentials are never logged).</source>
        <translation>Записувати кожен запит у стандартний потік помилок (облікові дані ніколи не записуються).</translation>
    </message>
    <message>
        <source>Act as this user (API key only).</source>
        <translation>Діяти від імені цього користувача (лише з ключем API).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>Dialog types: 1 public, 2 group, 3 private; comma-separated.</source>
        <translation>Типи розмов: 1 публічна, 2 групова, 3 приватна; через кому.</translation>
    </message>
    <message>
        <source>TYPES</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>Only dialogs whose name contains TEXT.</source>
        <translation>Лише розмови, назва яких містить TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show at most N items.</source>
        <translation>Показати не більше N елементів.</translation>
    </message>
    <message>
        <source>Delete for every member (dialogs: owner only; messages: sender only); cannot be undone.</source>
        <translation>Видалити для всіх учасників (розмови: лише власник; повідомлення: лише відправник); цю дію неможливо скасувати.</translation>
    </message>
    <message>
        <source>Ids per delete request (default 50).</source>
        <translation>Кількість ID на запит видалення (типово 50).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Не запитувати підтвердження.</translation>
    </message>
    <message>
        <source>Read ids from FILE, or from standard input with -.</source>
        <translation>Читати ID з файлу FILE або, з -, зі стандартного введення.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>User id, email, login or part of a full name.</source>
        <translation>ID користувача, ел. пошта, логін або частина повного імені.</translation>
    </message>
    <message>
        <source>Only messages sent by this user.</source>
        <translation>Лише повідомлення, надіслані цим користувачем.</translation>
    </message>
    <message>
        <source>The user to remove from the dialogs.</source>
        <translation>Користувач, якого слід вилучити з розмов.</translation>
    </message>
    <message>
        <source>The dialog the messages belong to; the journal keeps it so that reconcile can check them.</source>
        <translation>Розмова, до якої належать повідомлення; журнал зберігає її, щоб узгодження могло їх перевірити.</translation>
    </message>
    <message>
        <source>DIALOG_ID</source>
        <translation>DIALOG_ID</translation>
    </message>
    <message>
        <source>Why; kept in the journal. Required with --force and --on-behalf-of.</source>
        <translation>Причина; зберігається в журналі. Обов&apos;язкова з --force і --on-behalf-of.</translation>
    </message>
    <message>
        <source>Users whose dialogs are not force-deleted and who are not acted for (default: QBMOD_PROTECTED_USERS).</source>
        <translation>Користувачі, чиї розмови не видаляються для всіх і від імені яких не виконуються дії (типово: QBMOD_PROTECTED_USERS).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Act on protected users anyway; the journal records it.</source>
        <translation>Діяти попри захист користувачів; журнал це фіксує.</translation>
    </message>
    <message>
        <source>Print the requests that would be sent and send nothing.</source>
        <translation>Вивести запити, які було б надіслано, і нічого не надсилати.</translation>
    </message>
    <message>
        <source>Do not keep the dialogs and their latest messages before a force delete.</source>
        <translation>Не зберігати розмови та їхні останні повідомлення перед видаленням для всіх.</translation>
    </message>
    <message>
        <source>Use the journal database at PATH.</source>
        <translation>Використовувати базу даних журналу за шляхом PATH.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Export format: csv or json (default json).</source>
        <translation>Формат експорту: csv або json (типово json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Prune evidence collected more than DAYS days ago.</source>
        <translation>Видалити докази, зібрані понад DAYS днів тому.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>qbmodctl: --%1 needs a whole number from %2 to %3.</source>
        <translation>qbmodctl: --%1 потребує цілого числа від %2 до %3.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 does not take --%2.</source>
        <translation>qbmodctl: %1 не приймає --%2.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>qbmodctl: no credentials. Set QBMOD_API_KEY, or give --app-id, --auth-key and --login with QBMOD_AUTH_SECRET and QBMOD_PASSWORD in the environment (missing: %1).</source>
        <translation>qbmodctl: немає облікових даних. Задайте QBMOD_API_KEY або вкажіть --app-id, --auth-key і --login, а QBMOD_AUTH_SECRET і QBMOD_PASSWORD задайте в середовищі (бракує: %1).</translation>
    </message>
    <message>
        <source>qbmodctl: --app-id needs a positive whole number.</source>
        <translation>qbmodctl: --app-id потребує додатного цілого числа.</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot;: %2</source>
        <translation>qbmodctl: профіль «%1»: %2</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot;; no profiles are saved.</source>
        <translation>qbmodctl: немає профілю з назвою «%1»; жодного профілю не збережено.</translation>
    </message>
    <message>
        <source>qbmodctl: there is no profile named &quot;%1&quot; (saved: %2).</source>
        <translation>qbmodctl: немає профілю з назвою «%1» (збережено: %2).</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the secrets in the environment instead (QBMOD_API_KEY, or QBMOD_AUTH_SECRET and QBMOD_PASSWORD).</source>
        <translation>qbmodctl: системне сховище ключів недоступне; натомість задайте секретні дані в середовищі (QBMOD_API_KEY або QBMOD_AUTH_SECRET і QBMOD_PASSWORD).</translation>
    </message>
    <message>
        <source>Try &apos;qbmodctl --help&apos;.</source>
        <translation>Докладніше: «qbmodctl --help».</translation>
    </message>
    <message>
        <source>qbmodctl: no command given.</source>
        <translation>qbmodctl: не вказано команду.</translation>
    </message>
    <message>
        <source>qbmodctl: unknown command &quot;%1&quot;.</source>
        <translation>qbmodctl: невідома команда «%1».</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs a user id (a positive number).</source>
        <translation>qbmodctl: --on-behalf-of потребує ID користувача (додатного числа).</translation>
    </message>
    <message>
        <source>qbmodctl: --on-behalf-of needs an API key (QBMOD_API_KEY); a session login always acts as its own user.</source>
        <translation>qbmodctl: --on-behalf-of потребує ключа API (QBMOD_API_KEY); сеансовий вхід завжди діє від імені власного користувача.</translation>
    </message>
    <message>
        <source>qbmodctl: unexpected argument &quot;%1&quot;.</source>
        <translation>qbmodctl: неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>Seconds a whole answer may take, however slowly it trickles in (default 300).</source>
        <translation>Скільки секунд може тривати вся відповідь, хоч би як повільно вона надходила (типово 300).</translation>
    </message>
    <message>
        <source>Largest answer accepted, in MiB (default 64).</source>
        <translation>Найбільший допустимий розмір відповіді в MiB (типово 64).</translation>
    </message>
    <message>
        <source>Print JSON for scripts, as one document: built in memory, so for small lists; use --jsonl for --all.</source>
        <translation>Виводити JSON для скриптів одним документом: він будується в пам&apos;яті, тож лише для невеликих списків; для --all використовуйте --jsonl.</translation>
    </message>
    <message>
        <source>Lists: print one JSON object per line as pages arrive, in memory bounded however long the list.</source>
        <translation>Списки: виводити один об&apos;єкт JSON на рядок у міру надходження сторінок, з обмеженим використанням пам&apos;яті за будь-якої довжини списку.</translation>
    </message>
    <message>
        <source>Use the local index at PATH (default: the connected application&apos;s).</source>
        <translation>Використовувати локальний індекс у PATH (типово: індекс під&apos;єднаного застосунку).</translation>
    </message>
    <message>
        <source>Read every dialog again and drop the ones the server no longer lists.</source>
        <translation>Прочитати кожну розмову знову й відкинути ті, яких сервер більше не показує.</translation>
    </message>
    <message>
        <source>Keep the latest N messages of each dialog (default 200).</source>
        <translation>Зберігати останні N повідомлень кожної розмови (типово 200).</translation>
    </message>
    <message>
        <source>From this date on (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>Починаючи з цієї дати (РРРР-ММ-ДД або дата й час ISO, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Before this date (YYYY-MM-DD or ISO date and time, UTC).</source>
        <translation>До цієї дати (РРРР-ММ-ДД або дата й час ISO, UTC).</translation>
    </message>
    <message>
        <source>Read again the messages of dialogs not read for DAYS days (default 30).</source>
        <translation>Знову прочитати повідомлення розмов, які не читалися DAYS днів (типово 30).</translation>
    </message>
    <message>
        <source>Only messages with a link.</source>
        <translation>Лише повідомлення з посиланням.</translation>
    </message>
    <message>
        <source>Only messages with an attachment.</source>
        <translation>Лише повідомлення з вкладенням.</translation>
    </message>
    <message>
        <source>A campaign reaches at least N dialogs (default 5).</source>
        <translation>Кампанія охоплює щонайменше N розмов (типово 5).</translation>
    </message>
    <message>
        <source>…within this time, e.g. 24h, 90m, 2d (default 24h).</source>
        <translation>…у межах цього часу, напр. 24h, 90m, 2d (типово 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Requests per second, paced exactly (default: the profile&apos;s rate limit, or learned from the server&apos;s first 429s).</source>
        <translation>Кількість запитів на секунду з точно витриманою частотою (типово: обмеження частоти з профілю або значення, визначене за першими відповідями 429 сервера).</translation>
    </message>
    <message>
        <source>The campaign to act on, as &quot;campaigns&quot; lists it.</source>
        <translation>Кампанія, з якою виконуються дії, у тому вигляді, як її виводить «campaigns».</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>Delete the dialogs that search or the campaign found, each checked with the server first.</source>
        <translation>Видалити розмови, знайдені пошуком або кампанією; кожну спершу перевіряють на сервері.</translation>
    </message>
    <message>
        <source>Remove this user from the dialogs where search or the campaign found their messages, each checked with the server first.</source>
        <translation>Вилучити цього користувача з розмов, у яких пошук або кампанія знайшли його повідомлення; кожну розмову спершу перевіряють на сервері.</translation>
    </message>
    <message>
        <source>Your name, recorded with each run (default: QBMOD_MODERATOR_NAME, or in a team database your database user).</source>
        <translation>Ваше ім&apos;я, що записується з кожною операцією (типово: QBMOD_MODERATOR_NAME, а в базі даних команди — ваш користувач бази даних).</translation>
    </message>
    <message>
        <source>Only runs by WHO: a moderator&apos;s name, login or API key fingerprint.</source>
        <translation>Лише операції, виконані WHO: ім&apos;я модератора, логін або відбиток ключа API.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>qbmodctl: profile &quot;%1&quot; keeps its journal in the team database %2, but its password is not in the keychain. Save it in the console, or give it in QBMOD_STORE_PASSWORD.</source>
        <translation>qbmodctl: профіль «%1» зберігає журнал у базі даних команди %2, але її пароля немає у сховищі ключів. Збережіть його в консолі або задайте в QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: the system keychain is unavailable; give the team database&apos;s password in QBMOD_STORE_PASSWORD instead.</source>
        <translation>qbmodctl: системне сховище ключів недоступне; натомість задайте пароль бази даних команди в QBMOD_STORE_PASSWORD.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Save it in the console, or give it in the environment (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</source>
        <translation>qbmodctl: %1 Збережіть цей запис у консолі або задайте його в середовищі (QBMOD_API_KEY, QBMOD_AUTH_SECRET, QBMOD_PASSWORD, QBMOD_STORE_PASSWORD).</translation>
    </message>
    <message>
        <source>qbmodctl: give either --journal or --store, not both.</source>
        <translation>qbmodctl: вкажіть або --journal, або --store, але не обидва.</translation>
    </message>
    <message>
        <source>Keep the journal and the Sweep index in the team database at URL, postgres://user@host:5432/qbmod?sslmode=verify-full; its password comes from QBMOD_STORE_PASSWORD, never from the URL.</source>
        <translation>Зберігати журнал та індекс Sweep у базі даних команди за адресою URL, postgres://user@host:5432/qbmod?sslmode=verify-full; її пароль береться з QBMOD_STORE_PASSWORD, ніколи з URL.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs with no message in DAYS days.</source>
        <translation>Збережена вибірка: розмови без повідомлень за DAYS днів.</translation>
    </message>
    <message>
        <source>Saved selection: dialogs owned by this user.</source>
        <translation>Збережена вибірка: розмови, якими володіє цей користувач.</translation>
    </message>
    <message>
        <source>Saved selection: groups with no message, or only their owner left.</source>
        <translation>Збережена вибірка: групи без повідомлень або такі, де залишився лише власник.</translation>
    </message>
    <message>
        <source>Saved selection: messages matching TEXT, with search&apos;s filters (--sender, --since, --until, --type, --has-link, --has-attachment).</source>
        <translation>Збережена вибірка: повідомлення, що відповідають TEXT, з фільтрами команди search (--sender, --since, --until, --type, --has-link, --has-attachment).</translation>
    </message>
    <message>
        <source>When the team database cannot be reached, journal the run on this computer and upload it later (journal upload); its ids are not claimed meanwhile.</source>
        <translation>Якщо база даних команди недосяжна, записати операцію в журнал на цьому комп&apos;ютері й вивантажити пізніше (journal upload); доти її ID не резервуються.</translation>
    </message>
    <message>
        <source>Write the journal file at PATH.</source>
        <translation>Записати файл журналу за шляхом PATH.</translation>
    </message>
    <message>
        <source>List every match (dialogs, users or messages), however many pages.</source>
        <translation>Показати всі відповідні елементи (розмови, користувачів або повідомлення), скільки б не було сторінок.</translation>
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
        <translation>Використання: qbmodctl [параметри] COMMAND

Команди:
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
  search … | campaigns … --campaign CAMPAIGN | selections run NAME, а потім,
            щоб діяти зі знайденим:
            (--delete-dialogs [--force] | --remove-sender USER_ID)
            [--on-behalf-of USER_ID] [--reason TEXT] [--protected-users IDS]
            [--override-protection] [--no-evidence] [--dry-run] [--yes]
            [--journal PATH] [--json]

Облікові дані беруться зі змінних середовища, ніколи з аргументів:
  QBMOD_API_KEY       ключ API; якщо задано, qbmodctl використовує його (Authorization: ApiKey)
  QBMOD_AUTH_SECRET   секрет автентифікації застосунку, з --app-id, --auth-key, --login
  QBMOD_PASSWORD      пароль оператора
  QBMOD_PROTECTED_USERS  ID захищених користувачів, якщо не вказано --protected-users
  QBMOD_STORE_PASSWORD   пароль бази даних команди, з --store URL
Скрізь, де приймається --journal PATH, --store postgres://user@host:port/db
натомість зберігає журнал у базі даних команди; операції записують --moderator-name NAME.
З --offline операція виконується, навіть коли база даних команди недосяжна,
і записується в журнал на цьому комп&apos;ютері до «journal upload».
З --profile NAME з&apos;єднання й секретні дані беруться зі збереженого профілю та
системного сховища ключів; параметри й ці змінні мають над ними пріоритет. Профіль,
який зберігає журнал у базі даних команди, використовує її, якщо не вказано --journal
або --store; її пароль береться з QBMOD_STORE_PASSWORD або зі сховища ключів.

Коди виходу: 0 виконано; 1 деякі ID не дозволено або не вдалося обробити; 2 помилка використання або вхідних даних;
3 помилка автентифікації; 4 кінцева точка недосяжна.
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
        <translation>захищені користувачі: %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n request(s) shown, nothing was sent.</source>
        <translation>
            <numerusform>Пробний запуск: показано %n запит, нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск: показано %n запити, нічого не надіслано.</numerusform>
            <numerusform>Пробний запуск: показано %n запитів, нічого не надіслано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlRunCommand</name>
    <message>
        <source>Give one with --reason.</source>
        <translation>Укажіть її за допомогою --reason.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n earlier run(s) have ids whose outcome is unknown; run &quot;qbmodctl journal reconcile&quot; to settle them.</source>
        <translation>
            <numerusform>qbmodctl: %n попередня операція має ID з невідомим результатом; виконайте «qbmodctl journal reconcile», щоб їх з&apos;ясувати.</numerusform>
            <numerusform>qbmodctl: %n попередні операції мають ID з невідомим результатом; виконайте «qbmodctl journal reconcile», щоб їх з&apos;ясувати.</numerusform>
            <numerusform>qbmodctl: %n попередніх операцій мають ID з невідомим результатом; виконайте «qbmodctl journal reconcile», щоб їх з&apos;ясувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: pass --yes, or run on a terminal to be asked.</source>
        <translation>Відмова діяти без підтвердження: передайте --yes або запустіть у терміналі, щоб отримати запит.</translation>
    </message>
    <message>
        <source>Recorded in the journal as run %1.</source>
        <translation>Записано в журнал як операцію %1.</translation>
    </message>
    <message>
        <source>Working… %1 of %2</source>
        <translation>Виконання… %1 з %2</translation>
    </message>
    <message>
        <source>--offline is for a team database (--store, or a profile that keeps its journal in one). Nothing was sent.</source>
        <translation>--offline призначено для бази даних команди (--store або профіль, що зберігає в ній журнал). Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <source>qbmodctl: %n run(s) made offline are not in the team database yet; &quot;qbmodctl journal upload&quot; adds them.</source>
        <translation>
            <numerusform>qbmodctl: %n операція, виконана офлайн, ще не в базі даних команди; «qbmodctl journal upload» додасть її.</numerusform>
            <numerusform>qbmodctl: %n операції, виконані офлайн, ще не в базі даних команди; «qbmodctl journal upload» додасть їх.</numerusform>
            <numerusform>qbmodctl: %n операцій, виконаних офлайн, ще не в базі даних команди; «qbmodctl journal upload» додасть їх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded offline as run %1 in %2; &quot;qbmodctl journal upload&quot; adds it to the team database once it can be reached. Until then its ids are not claimed.</source>
        <translation>Записано офлайн як операцію %1 у %2; «qbmodctl journal upload» додасть її до бази даних команди, щойно та стане досяжною. Доти її ID не резервуються.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Give ids either as arguments or with --from-file, not both.</source>
        <translation>Вкажіть ID або як аргументи, або через --from-file, але не обома способами.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID не є ID розмови (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID розмов (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID розмов (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not message ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID не є ID повідомлення (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID повідомлень (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID повідомлень (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Не вказано ID розмов.</translation>
    </message>
    <message>
        <source>No message ids given.</source>
        <translation>Не вказано ID повідомлень.</translation>
    </message>
    <message>
        <source>the signed-in account</source>
        <translation>поточного облікового запису</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n розмову для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n розмови для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n розмов для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone. This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n повідомлення для всіх. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n повідомлення для всіх. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n повідомлень для всіх. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Введіть %1 для підтвердження: </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Вилучити %n розмову лише зі списку %1; інші учасники її збережуть.</numerusform>
            <numerusform>Вилучити %n розмови лише зі списку %1; інші учасники їх збережуть.</numerusform>
            <numerusform>Вилучити %n розмов лише зі списку %1; інші учасники їх збережуть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for %1 only; the other members keep them.</source>
        <translation>
            <numerusform>Видалити %n повідомлення лише для %1; інші учасники його збережуть.</numerusform>
            <numerusform>Видалити %n повідомлення лише для %1; інші учасники їх збережуть.</numerusform>
            <numerusform>Видалити %n повідомлень лише для %1; інші учасники їх збережуть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Продовжити? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Нічого не видалено.</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 500.</source>
        <translation>--batch-size потребує цілого числа від 1 до 500.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits). Nothing was sent.</source>
        <translation>«%1» не є ID розмови (24 шістнадцяткові цифри). Нічого не надіслано.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not in dialog %1 as the acting user sees it (already deleted, or in another dialog): %2. Nothing was deleted.</source>
        <translation>
            <numerusform>%n повідомлення немає в розмові %1 з погляду користувача, від імені якого ви дієте (вже видалено або в іншій розмові): %2. Нічого не видалено.</numerusform>
            <numerusform>%n повідомлення немає в розмові %1 з погляду користувача, від імені якого ви дієте (вже видалено або в іншій розмові): %2. Нічого не видалено.</numerusform>
            <numerusform>%n повідомлень немає в розмові %1 з погляду користувача, від імені якого ви дієте (вже видалено або в іншій розмові): %2. Нічого не видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>З ключем API і без --on-behalf-of QuickBlox видаляє для всіх учасників.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Profile: %1 (%2). Acting as: %3.</source>
        <translation>Профіль: %1 (%2). Від імені: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these message(s) were not sent by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n з цих повідомлень надіслав не користувач, від імені якого ви дієте, тому його буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих повідомлень надіслав не користувач, від імені якого ви дієте, тому їх буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих повідомлень надіслав не користувач, від імені якого ви дієте, тому їх буде повернуто як «не дозволено».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user, who may not remove others from them: they will come back as not permitted.</source>
        <translation>
            <numerusform>%n з цих розмов не належить користувачеві, від імені якого ви дієте, тож він не може нікого з неї вилучити: її буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих розмов не належать користувачеві, від імені якого ви дієте, тож він не може нікого з них вилучити: їх буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих розмов не належать користувачеві, від імені якого ви дієте, тож він не може нікого з них вилучити: їх буде повернуто як «не дозволено».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these dialog(s) are not owned by the acting user and will come back as not permitted.</source>
        <translation>
            <numerusform>%n з цих розмов не належить користувачеві, від імені якого ви дієте, і її буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих розмов не належать користувачеві, від імені якого ви дієте, і їх буде повернуто як «не дозволено».</numerusform>
            <numerusform>%n з цих розмов не належать користувачеві, від імені якого ви дієте, і їх буде повернуто як «не дозволено».</numerusform>
        </translation>
    </message>
    <message>
        <source>The acting user (%1) is protected: this delete is sent on their behalf.</source>
        <translation>Користувач, від імені якого ви дієте (%1), захищений: це видалення буде надіслано від його імені.</translation>
    </message>
    <message>
        <source>%1 is protected.</source>
        <translation>Користувач %1 захищений.</translation>
    </message>
    <message>
        <source>&amp;Override protection (recorded in the journal)</source>
        <translation>&amp;Обійти захист (буде записано в журнал)</translation>
    </message>
    <message>
        <source>Show the re&amp;quests</source>
        <translation>Показати &amp;запити</translation>
    </message>
    <message>
        <source>The requests this would send</source>
        <translation>Запити, які було б надіслано</translation>
    </message>
    <message>
        <source>Each dialog is read first (GET); one where the user is not a member gets no update.</source>
        <translation>Кожну розмову спершу зчитують (GET); розмову, учасником якої користувач не є, не буде змінено.</translation>
    </message>
    <message>
        <source>Required: why, for the journal (e.g. spam wave reported on 12 May)</source>
        <translation>Обов&apos;язково: причина для журналу (напр., хвиля спаму, повідомлена 12 травня)</translation>
    </message>
    <message>
        <source>Optional: why, for the journal</source>
        <translation>Необов&apos;язково: причина для журналу</translation>
    </message>
    <message>
        <source>Number of items, typed to confirm</source>
        <translation>Кількість елементів, введена для підтвердження</translation>
    </message>
    <message>
        <source>Dialogs to remove the user from</source>
        <translation>Розмови, з яких буде вилучено користувача</translation>
    </message>
    <message>
        <source>Dialogs to delete</source>
        <translation>Розмови для видалення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>owner protected</source>
        <translation>власник захищений</translation>
    </message>
    <message>
        <source>not owner: will be refused</source>
        <translation>не власник: буде відхилено</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не учасник</translation>
    </message>
    <message>
        <source>Messages to delete</source>
        <translation>Повідомлення для видалення</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>not the sender: will be refused</source>
        <translation>не відправник: буде відхилено</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent by protected users would be deleted for everyone (marked in the Protected column).</source>
        <translation>
            <numerusform>%n повідомлення, надіслане захищеними користувачами, буде видалено для всіх (позначено в стовпці «Захищений»).</numerusform>
            <numerusform>%n повідомлення, надіслані захищеними користувачами, буде видалено для всіх (позначено в стовпці «Захищений»).</numerusform>
            <numerusform>%n повідомлень, надісланих захищеними користувачами, буде видалено для всіх (позначено в стовпці «Захищений»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) owned by protected users would be deleted for everyone (marked in the Protected column). Protected owners: %1.</source>
        <translation>
            <numerusform>%n розмову, якою володіють захищені користувачі, буде видалено для всіх (позначено в стовпці «Захищений»). Захищені власники: %1.</numerusform>
            <numerusform>%n розмови, якими володіють захищені користувачі, буде видалено для всіх (позначено в стовпці «Захищений»). Захищені власники: %1.</numerusform>
            <numerusform>%n розмов, якими володіють захищені користувачі, буде видалено для всіх (позначено в стовпці «Захищений»). Захищені власники: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator&apos;s reason</source>
        <translation>Причина модератора</translation>
    </message>
    <message>
        <source>&amp;Your reason:</source>
        <translation>&amp;Ваша причина:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to &amp;confirm:</source>
        <translation>Введіть кількість повідомлень (%1), щоб &amp;підтвердити:</translation>
    </message>
    <message>
        <source>Type the number of dialogs (%1) to &amp;confirm:</source>
        <translation>Введіть кількість розмов (%1), щоб &amp;підтвердити:</translation>
    </message>
    <message>
        <source>Press Down for recent reasons</source>
        <translation>Натисніть Down, щоб побачити недавні причини</translation>
    </message>
    <message>
        <source>Give a reason to continue.</source>
        <translation>Укажіть причину, щоб продовжити.</translation>
    </message>
    <message>
        <source>Type the number to continue.</source>
        <translation>Введіть число, щоб продовжити.</translation>
    </message>
    <message>
        <source>Check Override protection to continue.</source>
        <translation>Позначте «Обійти захист», щоб продовжити.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Захищений</translation>
    </message>
    <message>
        <source>Found in the local index, which is not evidence: each item is checked with the server before anything is sent. What is already gone is reported as such; what cannot be checked is left alone. The journal keeps the query.</source>
        <translation>Знайдено в локальному індексі, який не є доказом: кожен елемент перевіряється на сервері, перш ніж щось буде надіслано. Те, чого вже не існує, так і позначається; те, що не вдалося перевірити, залишається без змін. Журнал зберігає запит.</translation>
    </message>
</context>
<context>
    <name>DeleteResultModel</name>
    <message>
        <source>Waiting</source>
        <comment>delete result not known yet</comment>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Відповідь сервера</translation>
    </message>
    <message>
        <source>remove %1 from the members of the dialogs</source>
        <translation>вилучити %1 з учасників розмов</translation>
    </message>
    <message>
        <source>delete for everyone</source>
        <translation>видалити для всіх</translation>
    </message>
    <message>
        <source>remove from one user&apos;s history</source>
        <translation>вилучити з історії одного користувача</translation>
    </message>
    <message>
        <source>remove from one user&apos;s list</source>
        <translation>вилучити зі списку одного користувача</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Ключ API %1</translation>
    </message>
    <message>
        <source>Journal run</source>
        <translation>Операція в журналі</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Від імені</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Кінцева точка</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Застосунок</translation>
    </message>
</context>
<context>
    <name>DeleteRunDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторити невдалі</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Копіювати результати</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Поступ</translation>
    </message>
    <message>
        <source>Result for each message</source>
        <translation>Результат для кожного повідомлення</translation>
    </message>
    <message>
        <source>Result for each dialog</source>
        <translation>Результат для кожної розмови</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Вилучення… %1 з %2</translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Видалення… %1 з %2</translation>
    </message>
    <message>
        <source>Saving evidence: each dialog and its latest messages…</source>
        <translation>Збереження доказів: кожна розмова та її останні повідомлення…</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Скасовано. %1</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Експорт результатів</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Призупинити</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Paused at %1 of %2. Batches already sent still finish; nothing new is sent.</source>
        <translation>Призупинено на %1 з %2. Уже надіслані пакети завершаться; нічого нового не надсилається.</translation>
    </message>
    <message>
        <source>The run stopped</source>
        <translation>Операцію зупинено</translation>
    </message>
    <message>
        <source>Checking with the server what the local index found…</source>
        <translation>Перевірка на сервері того, що знайшов локальний індекс…</translation>
    </message>
    <message>
        <source>qbmod results, %1.csv</source>
        <translation>результати qbmod, %1.csv</translation>
    </message>
    <message>
        <source>qbmod results of run %1, %2.csv</source>
        <translation>результати qbmod операції %1, %2.csv</translation>
    </message>
</context>
<context>
    <name>DeletionPlan</name>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s)</source>
        <translation>
            <numerusform>Вилучити користувача %1 з %n розмови</numerusform>
            <numerusform>Вилучити користувача %1 з %n розмов</numerusform>
            <numerusform>Вилучити користувача %1 з %n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) for everyone</source>
        <translation>
            <numerusform>Видалити %n повідомлення для всіх</numerusform>
            <numerusform>Видалити %n повідомлення для всіх</numerusform>
            <numerusform>Видалити %n повідомлень для всіх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone</source>
        <translation>
            <numerusform>Видалити %n розмову для всіх</numerusform>
            <numerusform>Видалити %n розмови для всіх</numerusform>
            <numerusform>Видалити %n розмов для всіх</numerusform>
        </translation>
    </message>
    <message>
        <source>the API key (full rights)</source>
        <translation>ключ API (повні права)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message(s) from the history of %1</source>
        <translation>
            <numerusform>Вилучити %n повідомлення з історії %1</numerusform>
            <numerusform>Вилучити %n повідомлення з історії %1</numerusform>
            <numerusform>Вилучити %n повідомлень з історії %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the list of %1</source>
        <translation>
            <numerusform>Вилучити %n розмову зі списку %1</numerusform>
            <numerusform>Вилучити %n розмови зі списку %1</numerusform>
            <numerusform>Вилучити %n розмов зі списку %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be removed from the members of %n dialog(s) and stop receiving their messages. The dialogs and their messages stay.</source>
        <translation>
            <numerusform>%1 буде вилучено з учасників %n розмови, і він перестане отримувати її повідомлення. Розмови та їхні повідомлення залишаться.</numerusform>
            <numerusform>%1 буде вилучено з учасників %n розмов, і він перестане отримувати їхні повідомлення. Розмови та їхні повідомлення залишаться.</numerusform>
            <numerusform>%1 буде вилучено з учасників %n розмов, і він перестане отримувати їхні повідомлення. Розмови та їхні повідомлення залишаться.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be deleted from every member&apos;s history. This cannot be undone.</source>
        <translation>
            <numerusform>%n повідомлення буде видалено з історії кожного учасника. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n повідомлення буде видалено з історії кожного учасника. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n повідомлень буде видалено з історії кожного учасника. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be removed from the history of %1 only; the other members keep them.</source>
        <translation>
            <numerusform>%n повідомлення буде вилучено лише з історії %1; інші учасники його збережуть.</numerusform>
            <numerusform>%n повідомлення буде вилучено лише з історії %1; інші учасники їх збережуть.</numerusform>
            <numerusform>%n повідомлень буде вилучено лише з історії %1; інші учасники їх збережуть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be deleted for all members, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>%n розмову буде видалено для всіх учасників разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n розмови буде видалено для всіх учасників разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>%n розмов буде видалено для всіх учасників разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) will be removed from the list of %1 only; the other members keep them and their messages.</source>
        <translation>
            <numerusform>%n розмову буде вилучено лише зі списку %1; інші учасники збережуть її та її повідомлення.</numerusform>
            <numerusform>%n розмови буде вилучено лише зі списку %1; інші учасники збережуть їх та їхні повідомлення.</numerusform>
            <numerusform>%n розмов буде вилучено лише зі списку %1; інші учасники збережуть їх та їхні повідомлення.</numerusform>
        </translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>поточний користувач</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>public</source>
        <translation>публічна</translation>
    </message>
    <message>
        <source>group</source>
        <translation>групова</translation>
    </message>
    <message>
        <source>private</source>
        <translation>приватна</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідома</translation>
    </message>
</context>
<context>
    <name>DialogDetailPane</name>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Latest messages</source>
        <translation>Останні повідомлення</translation>
    </message>
    <message>
        <source>No dialog selected</source>
        <translation>Розмову не вибрано</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Id: %1
Type: %2
Owner: %3
Created: %4
Last activity: %5</source>
        <translation>ID: %1
Тип: %2
Власник: %3
Створено: %4
Остання активність: %5</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Завантаження повідомлень…</translation>
    </message>
    <message>
        <source>Everyone in the application (public dialog)</source>
        <translation>Усі в застосунку (публічна розмова)</translation>
    </message>
    <message>
        <source>– owner</source>
        <translation>– власник</translation>
    </message>
    <message>
        <source>Messages could not be loaded: %1</source>
        <translation>Не вдалося завантажити повідомлення: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Немає повідомлень.</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s), not downloaded)</source>
        <translation>
            <numerusform>(%n вкладення, не завантажено)</numerusform>
            <numerusform>(%n вкладення, не завантажено)</numerusform>
            <numerusform>(%n вкладень, не завантажено)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogTableModel</name>
    <message>
        <source>all</source>
        <comment>members of a public dialog</comment>
        <translation>усі</translation>
    </message>
    <message>
        <source>%1
Dialog id: %2</source>
        <translation>%1
ID розмови: %2</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>ID користувача %1</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID користувача %2)</translation>
    </message>
    <message>
        <source>Public dialog: every user of the application can join</source>
        <translation>Публічна розмова: приєднатися може будь-який користувач застосунку</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Останнє повідомлення</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
</context>
<context>
    <name>DialogsListCommand</name>
    <message>
        <source>users dialogs takes exactly one user id (a positive number).</source>
        <translation>users dialogs приймає рівно один ID користувача (додатне число).</translation>
    </message>
    <message>
        <source>--type takes 1 (public), 2 (group) or 3 (private), comma-separated; &quot;%1&quot; is none of them.</source>
        <translation>--type приймає 1 (публічна), 2 (групова) або 3 (приватна), через кому; «%1» не є жодним із них.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ВЛАСНИК</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>УЧАСНИКИ</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ОСТАННЯ АКТИВНІСТЬ</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) shown</source>
        <translation>
            <numerusform>Показано %n розмову</numerusform>
            <numerusform>Показано %n розмови</numerusform>
            <numerusform>Показано %n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsPage</name>
    <message>
        <source>Dialogs</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>Dialog type</source>
        <translation>Тип розмови</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публічна</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групова</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Приватна</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Назва містить</translation>
    </message>
    <message>
        <source>Name contains (asks the server)</source>
        <translation>Назва містить (запит до сервера)</translation>
    </message>
    <message>
        <source>Active after</source>
        <translation>Активні після</translation>
    </message>
    <message>
        <source>Last activity after</source>
        <translation>Остання активність після</translation>
    </message>
    <message>
        <source>Active before</source>
        <translation>Активні до</translation>
    </message>
    <message>
        <source>Last activity before</source>
        <translation>Остання активність до</translation>
    </message>
    <message>
        <source>Search server</source>
        <translation>Шукати на сервері</translation>
    </message>
    <message>
        <source>Filter loaded dialogs (Ctrl+F)</source>
        <translation>Фільтрувати завантажені розмови (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded dialogs</source>
        <translation>Фільтрувати завантажені розмови</translation>
    </message>
    <message>
        <source>Dialogs could not be loaded: %1</source>
        <translation>Не вдалося завантажити розмови: %1</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded</source>
        <translation>Вибрано %1 з %2 завантажених</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Edit &amp;profile…</source>
        <translation>Редагувати п&amp;рофіль…</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… (Ctrl+Shift+O) to open a profile, or try the built-in sandbox from there.</source>
        <translation>Немає з&apos;єднання. Виберіть Файл › З&apos;єднатися… (Ctrl+Shift+O), щоб відкрити профіль, або спробуйте звідти вбудовану пісочницю.</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 dialogs: the console holds at most %3. Narrow the list with the filters above, or list them all with qbmodctl dialogs list --all --jsonl.</source>
        <translation>Завантажено перші %1 з %2 розмов: консоль вміщує щонайбільше %3. Звузьте список фільтрами вище або виведіть усі за допомогою qbmodctl dialogs list --all --jsonl.</translation>
    </message>
    <message>
        <source>&amp;Review owner</source>
        <translation>Переглянути в&amp;ласника</translation>
    </message>
    <message>
        <source>Act as &amp;owner</source>
        <translation>Діяти від імені &amp;власника</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Копіювати ID</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Показати в &amp;журналі</translation>
    </message>
    <message>
        <source>Not connected: nothing to search. Connect first (File › Connect…, Ctrl+Shift+O).</source>
        <translation>Немає з&apos;єднання: немає де шукати. Спершу під&apos;єднайтеся (Файл › З&apos;єднатися…, Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded (%3 shown by the filter)</source>
        <translation>Вибрано %1 з %2 завантажених (%3 показано фільтром)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total (%4 shown by the filter)</source>
        <translation>Вибрано %1 з %2 завантажених, усього %3 (%4 показано фільтром)</translation>
    </message>
    <message>
        <source>%1 selected of %2 loaded, %3 in total</source>
        <translation>Вибрано %1 з %2 завантажених, усього %3</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n dialog(s)…</source>
        <translation>
            <numerusform>Сортування %n розмови…</numerusform>
            <numerusform>Сортування %n розмов…</numerusform>
            <numerusform>Сортування %n розмов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogsRemoveMemberCommand</name>
    <message>
        <source>--user needs the id of the user to remove (a positive number).</source>
        <translation>--user потребує ID користувача, якого слід вилучити (додатного числа).</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) are not dialog ids (24 hexadecimal digits): %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n ID не є ID розмови (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID розмов (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
            <numerusform>%n ID не є ID розмов (24 шістнадцяткові цифри): %1. Нічого не надіслано.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dialog ids given.</source>
        <translation>Не вказано ID розмов.</translation>
    </message>
    <message numerus="yes">
        <source>Remove user %1 from %n dialog(s)?</source>
        <translation>
            <numerusform>Вилучити користувача %1 з %n розмови?</numerusform>
            <numerusform>Вилучити користувача %1 з %n розмов?</numerusform>
            <numerusform>Вилучити користувача %1 з %n розмов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Продовжити? [y/N] </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Нікого не вилучено.</translation>
    </message>
</context>
<context>
    <name>EvidenceCollector</name>
    <message>
        <source>Dialog not read: %1</source>
        <translation>Розмову не прочитано: %1</translation>
    </message>
    <message>
        <source>Messages not read: %1</source>
        <translation>Повідомлення не прочитано: %1</translation>
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
        <translation>Індексу ще немає; виконайте qbmodctl index update.</translation>
    </message>
    <message>
        <source>--depth needs a whole number from 1 to 100000.</source>
        <translation>--depth потребує цілого числа від 1 до 100000.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since потребує дати, напр. 2025-05-01 або 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--retention needs a number of days from 1 to 3650.</source>
        <translation>--retention потребує кількості днів від 1 до 3650.</translation>
    </message>
    <message>
        <source>%1: %2 listed, %3 read, %4 to go</source>
        <translation>%1: у списку %2, прочитано %3, залишилося %4</translation>
    </message>
    <message>
        <source>qbmodctl: the crawl stopped: %1 The next index update resumes where it stopped.</source>
        <translation>qbmodctl: індексування зупинилося: %1 Наступне оновлення індексу продовжить з місця зупинки.</translation>
    </message>
    <message numerus="yes">
        <source>Index updated: %n dialog(s) listed</source>
        <translation>
            <numerusform>Індекс оновлено: у списку %n розмова</numerusform>
            <numerusform>Індекс оновлено: у списку %n розмови</numerusform>
            <numerusform>Індекс оновлено: у списку %n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read again</source>
        <translation>
            <numerusform>%n прочитано знову</numerusform>
            <numerusform>%n прочитано знову</numerusform>
            <numerusform>%n прочитано знову</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored.</source>
        <translation>
            <numerusform>Збережено %n повідомлення.</numerusform>
            <numerusform>Збережено %n повідомлення.</numerusform>
            <numerusform>Збережено %n повідомлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Індекс: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n розмова</numerusform>
            <numerusform>%n розмови</numerusform>
            <numerusform>%n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n користувач</numerusform>
            <numerusform>%n користувачі</numerusform>
            <numerusform>%n користувачів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB on disk</source>
        <translation>%1 МБ на диску</translation>
    </message>
    <message>
        <source>Keeps every message since %1.</source>
        <translation>Зберігає кожне повідомлення починаючи з %1.</translation>
    </message>
    <message numerus="yes">
        <source>Keeps the latest %n message(s) of each dialog.</source>
        <translation>
            <numerusform>Зберігає останнє %n повідомлення кожної розмови.</numerusform>
            <numerusform>Зберігає останні %n повідомлення кожної розмови.</numerusform>
            <numerusform>Зберігає останні %n повідомлень кожної розмови.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages not read again for %n day(s) are dropped and read again.</source>
        <translation>
            <numerusform>Повідомлення, не перечитані %n день, відкидаються й читаються знову.</numerusform>
            <numerusform>Повідомлення, не перечитані %n дні, відкидаються й читаються знову.</numerusform>
            <numerusform>Повідомлення, не перечитані %n днів, відкидаються й читаються знову.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last crawl finished %1.</source>
        <translation>Останнє індексування завершилося %1.</translation>
    </message>
    <message numerus="yes">
        <source>A crawl stopped half-way (%n dialog(s) still to read); index update resumes it.</source>
        <translation>
            <numerusform>Індексування зупинилося на півдорозі (залишилося прочитати %n розмову); index update його продовжить.</numerusform>
            <numerusform>Індексування зупинилося на півдорозі (залишилося прочитати %n розмови); index update його продовжить.</numerusform>
            <numerusform>Індексування зупинилося на півдорозі (залишилося прочитати %n розмов); index update його продовжить.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index is a local copy for finding things, not evidence: what is acted on is checked with the server first.</source>
        <translation>Індекс — це локальна копія для пошуку, а не докази: те, з чим виконуються дії, спершу перевіряється на сервері.</translation>
    </message>
    <message>
        <source>There is no index to forget.</source>
        <translation>Немає індексу, який можна забути.</translation>
    </message>
    <message>
        <source>The index %1 is forgotten.</source>
        <translation>Індекс %1 забуто.</translation>
    </message>
    <message>
        <source>qbmodctl: the index in a team database needs the application: give --endpoint and its credentials, or --profile.</source>
        <translation>qbmodctl: індексу в базі даних команди потрібен застосунок: укажіть --endpoint з його обліковими даними або --profile.</translation>
    </message>
    <message>
        <source>Index: %1 (shared with the team)</source>
        <translation>Індекс: %1 (спільний для команди)</translation>
    </message>
</context>
<context>
    <name>ItemOutcome</name>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не учасник</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Уже не існує</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Не дозволено</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Помилка: нічого не змінено</translation>
    </message>
    <message>
        <source>Unknown: it may have taken effect</source>
        <translation>Невідомо: можливо, виконано</translation>
    </message>
    <message>
        <source>Not attempted: nothing was sent</source>
        <translation>Не виконувалося: нічого не надіслано</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Journal error: %1</source>
        <translation>Помилка журналу: %1</translation>
    </message>
    <message>
        <source>The file %1 is not a journal database.</source>
        <translation>Файл %1 не є базою даних журналу.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of qbmod (schema %2).</source>
        <translation>Журнал %1 записано новішою версією qbmod (схема %2).</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>користувач %1</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>користувач %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 has no qbmod tables of schema %2 yet, and this role cannot create them: open it once as its owner. (%3)</source>
        <translation>База даних команди %1 ще не має таблиць qbmod (схема %2), а ця роль не може їх створити: відкрийте її один раз від імені власника. (%3)</translation>
    </message>
    <message>
        <source>held by %1 in live run %2</source>
        <translation>утримує %1 в активній операції %2</translation>
    </message>
    <message>
        <source>already sent by %1 in run %2</source>
        <translation>уже надіслав %1 в операції %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the protected users from %1: %2</source>
        <translation>Не вдалося прочитати захищених користувачів з %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not open.</source>
        <translation>Базу даних команди %1 не відкрито.</translation>
    </message>
    <message>
        <source>made offline</source>
        <translation>виконана офлайн</translation>
    </message>
    <message>
        <source>from a local journal</source>
        <translation>з локального журналу</translation>
    </message>
    <message>
        <source>from the team database</source>
        <translation>з бази даних команди</translation>
    </message>
    <message>
        <source>Journal error: run %1 cannot be read: %2</source>
        <translation>Помилка журналу: не вдалося прочитати операцію %1: %2</translation>
    </message>
    <message>
        <source>Journal error: run %1 has no origin key.</source>
        <translation>Помилка журналу: операція %1 не має ключа походження.</translation>
    </message>
    <message>
        <source>The team&apos;s protected users have never been read from %1 on this computer, so nothing runs offline. Reach the team database once first.</source>
        <translation>Захищених користувачів команди ще жодного разу не було прочитано з %1 на цьому комп&apos;ютері, тому офлайн нічого не виконується. Спершу хоча б раз під&apos;єднайтеся до бази даних команди.</translation>
    </message>
    <message>
        <source>Journal error: the copy of run %1 is not there.</source>
        <translation>Помилка журналу: копії операції %1 немає.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>journal %1 needs a run id.</source>
        <translation>journal %1 потребує ID операції.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«%1» не є ID операції.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>За шляхом %1 журналу ще немає.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Журнал не містить операції %1.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format приймає csv або json.</translation>
    </message>
    <message>
        <source>journal prune needs --older-than DAYS (a whole number of days).</source>
        <translation>journal prune потребує --older-than DAYS (цілої кількості днів).</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned the evidence of %n dialog(s).</source>
        <translation>
            <numerusform>Видалено докази %n розмови.</numerusform>
            <numerusform>Видалено докази %n розмов.</numerusform>
            <numerusform>Видалено докази %n розмов.</numerusform>
        </translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>ОПЕРАЦІЯ</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>ПОЧАТОК</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>РЕЖИМ</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>ВІД ІМЕНІ</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IN DOUBT</source>
        <translation>НЕЗ&apos;ЯСОВАНІ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>користувач %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>The journal holds no runs.</source>
        <translation>Журнал не містить жодних операцій.</translation>
    </message>
    <message>
        <source>Run %1 (%2), started %3</source>
        <translation>Операція %1 (%2), розпочата %3</translation>
    </message>
    <message>
        <source>Endpoint: %1  Profile: %2</source>
        <translation>Кінцева точка: %1  Профіль: %2</translation>
    </message>
    <message>
        <source>Operator: %1  Acting user: %2</source>
        <translation>Оператор: %1  Від імені: %2</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>Ключ API %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Mode: %1 %2  Reason: %3</source>
        <translation>Режим: %1 %2  Причина: %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СТАН</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>SETTLED BY</source>
        <translation>З&apos;ЯСОВАНО ЧЕРЕЗ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message numerus="yes">
        <source>Evidence kept for %n dialog(s); see journal export.</source>
        <translation>
            <numerusform>Збережено докази для %n розмови; див. journal export.</numerusform>
            <numerusform>Збережено докази для %n розмов; див. journal export.</numerusform>
            <numerusform>Збережено докази для %n розмов; див. journal export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protection was overridden for %n id(s).</source>
        <translation>
            <numerusform>Захист обійдено для %n ID.</numerusform>
            <numerusform>Захист обійдено для %n ID.</numerusform>
            <numerusform>Захист обійдено для %n ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected in the local index by: %1</source>
        <translation>Вибрано в локальному індексі за: %1</translation>
    </message>
    <message>
        <source>Paused %1 (%2).</source>
        <translation>Призупинено %1 (%2).</translation>
    </message>
    <message>
        <source>Resumed %1 (%2).</source>
        <translation>Продовжено %1 (%2).</translation>
    </message>
    <message>
        <source>%1 %2 (%3).</source>
        <translation>%1 %2 (%3).</translation>
    </message>
    <message>
        <source>DIALOG NAME</source>
        <translation>НАЗВА РОЗМОВИ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>ХТО</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>ПОХОДЖЕННЯ</translation>
    </message>
</context>
<context>
    <name>JournalCopier</name>
    <message>
        <source>Run %1 was not copied: %2</source>
        <translation>Операцію %1 не скопійовано: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>Зупинено після %1 з %2 операцій.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) copied.</source>
        <translation>
            <numerusform>Скопійовано %n операцію.</numerusform>
            <numerusform>Скопійовано %n операції.</numerusform>
            <numerusform>Скопійовано %n операцій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were already there.</source>
        <translation>
            <numerusform>%n операція вже була там.</numerusform>
            <numerusform>%n операції вже були там.</numerusform>
            <numerusform>%n операцій уже було там.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running, each copied once it ends.</source>
        <translation>
            <numerusform>%n операція ще виконується; її буде скопійовано після завершення.</numerusform>
            <numerusform>%n операції ще виконуються; кожну буде скопійовано після завершення.</numerusform>
            <numerusform>%n операцій ще виконуються; кожну буде скопійовано після завершення.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later settlement(s) added to runs already there.</source>
        <translation>
            <numerusform>До операцій, які вже були там, додано %n пізніше з&apos;ясування.</numerusform>
            <numerusform>До операцій, які вже були там, додано %n пізніші з&apos;ясування.</numerusform>
            <numerusform>До операцій, які вже були там, додано %n пізніших з&apos;ясувань.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settlements of run %1 were not copied: %2</source>
        <translation>З&apos;ясування операції %1 не скопійовано: %2</translation>
    </message>
</context>
<context>
    <name>JournalReconcileCommand</name>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>«%1» не є ID операції.</translation>
    </message>
    <message>
        <source>There is no journal at %1 yet.</source>
        <translation>За шляхом %1 журналу ще немає.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Журнал не містить операції %1.</translation>
    </message>
    <message>
        <source>qbmodctl: skipped %1</source>
        <translation>qbmodctl: пропущено %1</translation>
    </message>
    <message>
        <source>Nothing to reconcile.</source>
        <translation>Нічого узгоджувати.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n id(s): %1 gone, %2 still present, %3 without a clear answer.</source>
        <translation>
            <numerusform>Перевірено %n ID — не існують: %1, досі існують: %2, без чіткої відповіді: %3.</numerusform>
            <numerusform>Перевірено %n ID — не існують: %1, досі існують: %2, без чіткої відповіді: %3.</numerusform>
            <numerusform>Перевірено %n ID — не існують: %1, досі існують: %2, без чіткої відповіді: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTransferCommand</name>
    <message>
        <source>journal %1 needs a team database: give --store URL, or a profile that keeps its journal in one.</source>
        <translation>journal %1 потребує бази даних команди: укажіть --store URL або профіль, що зберігає в ній журнал.</translation>
    </message>
    <message>
        <source>journal export-local needs --to PATH, the journal file to write.</source>
        <translation>journal export-local потребує --to PATH — файлу журналу, який буде записано.</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>За шляхом %1 журналу немає.</translation>
    </message>
    <message>
        <source>qbmodctl: %1 Run the same command again to copy the rest; nothing is copied twice.</source>
        <translation>qbmodctl: %1 Виконайте ту саму команду ще раз, щоб скопіювати решту; нічого не копіюється двічі.</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Вивантаження офлайн-операцій: %1 з %2</translation>
    </message>
</context>
<context>
    <name>JournalViewerDialog</name>
    <message>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation>Від імені</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Нез&apos;ясовані</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>In dialog</source>
        <translation>У розмові</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>З&apos;ясовано</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Moderation journal</source>
        <translation>Журнал модерації</translation>
    </message>
    <message>
        <source>Runs since</source>
        <translation>Операції від</translation>
    </message>
    <message>
        <source>Acting user id</source>
        <translation>ID користувача, від імені якого діяли</translation>
    </message>
    <message>
        <source>Dialog id</source>
        <translation>ID розмови</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Будь-який результат</translation>
    </message>
    <message>
        <source>Gone (checked later)</source>
        <translation>Не існує (перевірено пізніше)</translation>
    </message>
    <message>
        <source>Still present (checked later)</source>
        <translation>Досі існує (перевірено пізніше)</translation>
    </message>
    <message>
        <source>Still a member (checked later)</source>
        <translation>Досі учасник (перевірено пізніше)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Операції</translation>
    </message>
    <message>
        <source>Ids of the run</source>
        <translation>ID в операції</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Evidence kept before a delete for everyone appears here.</source>
        <translation>Тут з&apos;являються докази, збережені перед видаленням для всіх.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Усі профілі</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(без профілю)</translation>
    </message>
    <message>
        <source>removed a user from dialogs</source>
        <translation>вилучено користувача з розмов</translation>
    </message>
    <message>
        <source>messages, for everyone</source>
        <translation>повідомлення, для всіх</translation>
    </message>
    <message>
        <source>messages, from one history</source>
        <translation>повідомлення, з однієї історії</translation>
    </message>
    <message>
        <source>dialogs, for everyone</source>
        <translation>розмови, для всіх</translation>
    </message>
    <message>
        <source>dialogs, from one list</source>
        <translation>розмови, з одного списку</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Операцію не вибрано.</translation>
    </message>
    <message>
        <source>Run %1 on %2 (%3), %4. Reason: %5</source>
        <translation>Операція %1 на %2 (%3), %4. Причина: %5</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (ким: %2)</translation>
    </message>
    <message>
        <source>Dialog &quot;%1&quot; (owner %2), kept %3</source>
        <translation>Розмова «%1» (власник %2), збережено %3</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Неповні: %1</translation>
    </message>
    <message>
        <source>No evidence was kept for this dialog.</source>
        <translation>Для цієї розмови докази не збережено.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Експорт журналу</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON with evidence (*.json)</source>
        <translation>CSV (*.csv);;JSON із доказами (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>removed %1 from dialogs</source>
        <translation>вилучено %1 з розмов</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>надіслано, відповіді ще немає</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отримано відповідь</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>з&apos;ясовано</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <source>operator login</source>
        <translation>вхід оператора</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>виконується або перервана</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасована</translation>
    </message>
    <message numerus="yes">
        <source>qbmod journal, %n run(s), %1.csv</source>
        <translation>
            <numerusform>журнал qbmod, %n операція, %1.csv</numerusform>
            <numerusform>журнал qbmod, %n операції, %1.csv</numerusform>
            <numerusform>журнал qbmod, %n операцій, %1.csv</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialog name</source>
        <translation>Назва розмови</translation>
    </message>
    <message>
        <source>%1, chosen in the local index (%2)</source>
        <translation>%1, вибрано в локальному індексі (%2)</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>All moderators</source>
        <translation>Усі модератори</translation>
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
        <translation>Системне сховище ключів недоступне: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Системне сховище ключів повідомило про помилку: %1</translation>
    </message>
</context>
<context>
    <name>ListingOptions</name>
    <message>
        <source>--json and --jsonl cannot be used together.</source>
        <translation>--json і --jsonl не можна використовувати разом.</translation>
    </message>
    <message>
        <source>--limit and --all cannot be used together.</source>
        <translation>--limit і --all не можна використовувати разом.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit потребує цілого числа, не меншого за 1.</translation>
    </message>
</context>
<context>
    <name>LoadAllBar</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Поступ завантаження</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>Завантажено %n</numerusform>
            <numerusform>Завантажено %n</numerusform>
            <numerusform>Завантажено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check them now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>qbmod</source>
        <translation>qbmod</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>Stop acting as this user</source>
        <translation>Припинити дії від імені цього користувача</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Поступ завантаження</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;З&apos;єднатися…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Завантажити в&amp;сі</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>&amp;Зупинити завантаження</translation>
    </message>
    <message>
        <source>&amp;Filter loaded dialogs</source>
        <translation>&amp;Фільтрувати завантажені розмови</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Вибрати &amp;усі</translation>
    </message>
    <message>
        <source>&amp;Delete for acting user</source>
        <translation>Ви&amp;лучити зі списку користувача</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the acting user&apos;s list only (Del)</source>
        <translation>Вилучити вибрані розмови лише зі списку користувача, від імені якого ви дієте (Del)</translation>
    </message>
    <message>
        <source>Delete for &amp;everyone…</source>
        <translation>Видалити для &amp;всіх…</translation>
    </message>
    <message>
        <source>Delete the selected dialogs for all members; cannot be undone (Shift+Del)</source>
        <translation>Видалити вибрані розмови для всіх учасників; цю дію неможливо скасувати (Shift+Del)</translation>
    </message>
    <message>
        <source>Act as &amp;user…</source>
        <translation>Діяти від імені &amp;користувача…</translation>
    </message>
    <message>
        <source>S&amp;top acting as user</source>
        <translation>&amp;Припинити дії від імені користувача</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметри…</translation>
    </message>
    <message>
        <source>&amp;Review users</source>
        <translation>&amp;Переглянути користувачів</translation>
    </message>
    <message>
        <source>Moderation &amp;journal…</source>
        <translation>&amp;Журнал модерації…</translation>
    </message>
    <message>
        <source>&amp;About qbmod</source>
        <translation>&amp;Про qbmod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;ерегляд</translation>
    </message>
    <message>
        <source>&amp;Dialogs</source>
        <translation>&amp;Розмови</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Користувачі</translation>
    </message>
    <message>
        <source>&amp;Acting user</source>
        <translation>Від &amp;імені</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <source>A delete is running</source>
        <translation>Триває видалення</translation>
    </message>
    <message>
        <source>Wait for the running delete to finish, or cancel it, before connecting elsewhere.</source>
        <translation>Дочекайтеся завершення поточного видалення або скасуйте його, перш ніж з&apos;єднуватися деінде.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
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
        <translation>Виберіть, від чийого імені діяти</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Журнал недоступний</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1</source>
        <translation>Не вдалося відкрити журнал модерації, тому нічого не можна видалити: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier delete run(s) have dialogs whose fate is unknown (the program stopped, or an answer was lost). Check them on the server to settle the journal.</source>
        <translation>
            <numerusform>%n попередня операція видалення містить розмови з невідомою долею (програму зупинено або відповідь втрачено). Перевірте їх на сервері, щоб узгодити журнал.</numerusform>
            <numerusform>%n попередні операції видалення містять розмови з невідомою долею (програму зупинено або відповідь втрачено). Перевірте їх на сервері, щоб узгодити журнал.</numerusform>
            <numerusform>%n попередніх операцій видалення містять розмови з невідомою долею (програму зупинено або відповідь втрачено). Перевірте їх на сервері, щоб узгодити журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Checked %1: %2 gone, %3 still present.</source>
        <translation>Перевірено %1 — не існують: %2, досі існують: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n got no clear answer.</source>
        <translation>
            <numerusform>Без чіткої відповіді: %n.</numerusform>
            <numerusform>Без чіткої відповіді: %n.</numerusform>
            <numerusform>Без чіткої відповіді: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old evidence could not be pruned: %1</source>
        <translation>Не вдалося видалити старі докази: %1</translation>
    </message>
    <message>
        <source>A delete is still running. Cancel it and quit? Dialogs already sent may still be deleted.</source>
        <translation>Видалення ще триває. Скасувати його й вийти? Уже надіслані розмови все одно може бути видалено.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;Dialogs page</source>
        <translation>Сторінка &amp;розмов</translation>
    </message>
    <message>
        <source>&amp;Users page</source>
        <translation>Сторінка &amp;користувачів</translation>
    </message>
    <message>
        <source>S&amp;weep: search messages, find campaigns</source>
        <translation>S&amp;weep: пошук повідомлень, кампанії</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf.</source>
        <translation>Дії від імені %1. Кожна дія виконується від його імені.</translation>
    </message>
    <message>
        <source>With an API key and no acting user, QuickBlox removes dialogs for every member. Choose a user to act as (Acting user › Act as user…, Ctrl+U) to remove dialogs from that user&apos;s list only, or use Delete for everyone (Shift+Del).</source>
        <translation>З ключем API і без користувача, від імені якого ви дієте, QuickBlox видаляє розмови для всіх учасників. Виберіть користувача (Від імені › Діяти від імені користувача…, Ctrl+U), щоб вилучати розмови лише з його списку, або скористайтеся «Видалити для всіх» (Shift+Del).</translation>
    </message>
    <message>
        <source>Acting as %1. Every action is taken on their behalf. This user is protected: deleting on their behalf needs an explicit override.</source>
        <translation>Дії від імені %1. Кожна дія виконується від його імені. Цей користувач захищений: видалення від його імені потребує явного обходу захисту.</translation>
    </message>
    <message>
        <source>Protected users unknown</source>
        <translation>Список захищених користувачів невідомий</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing can be deleted: %1</source>
        <translation>Не вдалося прочитати захищених користувачів, тому нічого не можна видалити: %1</translation>
    </message>
    <message>
        <source>Protected users not saved</source>
        <translation>Захищених користувачів не збережено</translation>
    </message>
    <message>
        <source>The team&apos;s protected users could not be changed: %1</source>
        <translation>Не вдалося змінити захищених користувачів команди: %1</translation>
    </message>
    <message>
        <source>Work &amp;offline when the team database cannot be reached</source>
        <translation>Працювати &amp;офлайн, коли база даних команди недосяжна</translation>
    </message>
    <message>
        <source>The moderation journal could not be opened, so nothing can be deleted: %1 To go ahead without the team database, choose Journal › Work offline.</source>
        <translation>Не вдалося відкрити журнал модерації, тому нічого не можна видалити: %1 Щоб продовжити без бази даних команди, виберіть Журнал › Працювати офлайн.</translation>
    </message>
    <message>
        <source>Offline runs not uploaded</source>
        <translation>Офлайн-операції не вивантажено</translation>
    </message>
    <message>
        <source>Some runs made offline could not be uploaded to the team database; they stay on this computer and are uploaded the next time the profile is opened. %1</source>
        <translation>Деякі операції, виконані офлайн, не вдалося вивантажити до бази даних команди; вони залишаються на цьому комп&apos;ютері й будуть вивантажені під час наступного відкриття профілю. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline uploaded to the team database.</source>
        <translation>
            <numerusform>%n операцію, виконану офлайн, вивантажено до бази даних команди.</numerusform>
            <numerusform>%n операції, виконані офлайн, вивантажено до бази даних команди.</numerusform>
            <numerusform>%n операцій, виконаних офлайн, вивантажено до бази даних команди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Team database progress</source>
        <translation>Поступ з&apos;єднання з базою даних команди</translation>
    </message>
    <message>
        <source>Journal not ready</source>
        <translation>Журнал не готовий</translation>
    </message>
    <message>
        <source>The team database is still being reached, so nothing can be deleted yet. Try again once the journal is ready, or cancel.</source>
        <translation>Триває з&apos;єднання з базою даних команди, тому поки що нічого не можна видалити. Спробуйте ще раз, коли журнал буде готовий, або скасуйте.</translation>
    </message>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>З&apos;єднання з базою даних команди %1…</translation>
    </message>
    <message>
        <source>Uploading offline runs: %1 of %2</source>
        <translation>Вивантаження офлайн-операцій: %1 з %2</translation>
    </message>
    <message>
        <source>Stopping after the run being uploaded…</source>
        <translation>Зупинка після вивантаження поточної операції…</translation>
    </message>
    <message numerus="yes">
        <source>Upload cancelled: %n run(s) made offline uploaded.</source>
        <translation>
            <numerusform>Вивантаження скасовано: вивантажено %n операцію, виконану офлайн.</numerusform>
            <numerusform>Вивантаження скасовано: вивантажено %n операції, виконані офлайн.</numerusform>
            <numerusform>Вивантаження скасовано: вивантажено %n операцій, виконаних офлайн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) made offline wait on this computer; they are uploaded the next time the team database is reached.</source>
        <translation>
            <numerusform>%n операція, виконана офлайн, чекає на цьому комп&apos;ютері; її буде вивантажено під час наступного з&apos;єднання з базою даних команди.</numerusform>
            <numerusform>%n операції, виконані офлайн, чекають на цьому комп&apos;ютері; їх буде вивантажено під час наступного з&apos;єднання з базою даних команди.</numerusform>
            <numerusform>%n операцій, виконаних офлайн, чекають на цьому комп&apos;ютері; їх буде вивантажено під час наступного з&apos;єднання з базою даних команди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload them now</source>
        <translation>Вивантажити зараз</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: working offline.</source>
        <translation>З&apos;єднання з базою даних команди скасовано: робота офлайн.</translation>
    </message>
    <message>
        <source>Connecting to the team database was cancelled: nothing can be deleted until it is reached.</source>
        <translation>З&apos;єднання з базою даних команди скасовано: нічого не можна видалити, доки з нею не вдасться з&apos;єднатися.</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>З&apos;єднатися знову</translation>
    </message>
    <message>
        <source>%1 Working offline: runs are journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see them, and their ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>%1 Робота офлайн: операції записуються в журнал на цьому комп&apos;ютері й будуть вивантажені до бази даних команди, щойно та знову стане досяжною. Доти команда їх не бачить, а їхні ID не резервуються: колега може одночасно діяти з тими самими ID.</translation>
    </message>
</context>
<context>
    <name>MemberRemovalEngine</name>
    <message numerus="yes">
        <source>%n not a member</source>
        <translation>
            <numerusform>%n без членства</numerusform>
            <numerusform>%n без членства</numerusform>
            <numerusform>%n без членства</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not permitted</source>
        <translation>
            <numerusform>%n без дозволу</numerusform>
            <numerusform>%n без дозволу</numerusform>
            <numerusform>%n без дозволу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n не знайдено</numerusform>
            <numerusform>%n не знайдено</numerusform>
            <numerusform>%n не знайдено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
            <numerusform>%n з помилкою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (no answer; may have been removed)</source>
        <translation>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, вилучено)</numerusform>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, вилучено)</numerusform>
            <numerusform>%n з невідомим результатом (немає відповіді; можливо, вилучено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n не виконано</numerusform>
            <numerusform>%n не виконано</numerusform>
            <numerusform>%n не виконано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %1 of %n dialog(s).</source>
        <translation>
            <numerusform>Вилучено з %1 із %n розмови.</numerusform>
            <numerusform>Вилучено з %1 із %n розмов.</numerusform>
            <numerusform>Вилучено з %1 із %n розмов.</numerusform>
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
        <translation>Користувач %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
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
        <translation>Лише &amp;повідомлення цього користувача</translation>
    </message>
    <message>
        <source>Load more messages</source>
        <translation>Завантажити більше повідомлень</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Вибране повідомлення</translation>
    </message>
    <message>
        <source>Could not load messages: %1</source>
        <translation>Не вдалося завантажити повідомлення: %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Від %1, %2</translation>
    </message>
    <message>
        <source>Attachments (not downloaded): %1</source>
        <translation>Вкладення (не завантажено): %1</translation>
    </message>
    <message>
        <source>Choose a dialog to read its messages.</source>
        <translation>Виберіть розмову, щоб прочитати її повідомлення.</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Завантаження повідомлень…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) loaded</source>
        <translation>
            <numerusform>Завантажено %n повідомлення</numerusform>
            <numerusform>Завантажено %n повідомлення</numerusform>
            <numerusform>Завантажено %n повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all messages</source>
        <translation>Завантажити всі повідомлення</translation>
    </message>
    <message>
        <source>Loaded the first %1 messages: the console holds at most %2. List them all with qbmodctl messages list --all --jsonl.</source>
        <translation>Завантажено перші %1 повідомлень: консоль вміщує щонайбільше %2. Виведіть усі за допомогою qbmodctl messages list --all --jsonl.</translation>
    </message>
</context>
<context>
    <name>MessagesListCommand</name>
    <message>
        <source>messages list takes exactly one dialog id.</source>
        <translation>messages list приймає рівно один ID розмови.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dialog id (24 hexadecimal digits).</source>
        <translation>«%1» не є ID розмови (24 шістнадцяткові цифри).</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender потребує ID користувача (додатного числа).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>НАДІСЛАНО</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ВІДПРАВНИК</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>ATTACHMENTS</source>
        <translation>ВКЛАДЕННЯ</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n повідомлення.</numerusform>
            <numerusform>%n повідомлення.</numerusform>
            <numerusform>%n повідомлень.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationGuard</name>
    <message>
        <source>&quot;%1&quot; is not a user id (a positive number).</source>
        <translation>«%1» не є ID користувача (додатним числом).</translation>
    </message>
    <message>
        <source>Deleting for everyone needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Видалення для всіх потребує причини (--reason TEXT); вона зберігається в журналі.</translation>
    </message>
    <message>
        <source>Acting for user %1 needs a reason (--reason TEXT); it is kept in the journal.</source>
        <translation>Дії від імені користувача %1 потребують причини (--reason TEXT); вона зберігається в журналі.</translation>
    </message>
    <message>
        <source>User %1 is protected: nothing is done on their behalf without --override-protection.</source>
        <translation>Користувач %1 захищений: без --override-protection від його імені нічого не виконується.</translation>
    </message>
</context>
<context>
    <name>ModerationRun</name>
    <message>
        <source>There is nothing to do.</source>
        <translation>Немає чого робити.</translation>
    </message>
    <message>
        <source>A reason is required: with an API key and no acting user this deletes for everyone.</source>
        <translation>Потрібна причина: з ключем API і без користувача, від імені якого ви дієте, це видаляє для всіх.</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>Для цієї дії потрібна причина.</translation>
    </message>
    <message>
        <source>User %1 is protected: acting for them needs the protection overridden.</source>
        <translation>Користувач %1 захищений: дії від його імені потребують обходу захисту.</translation>
    </message>
    <message>
        <source>User %1 is protected: removing them needs the protection overridden.</source>
        <translation>Користувач %1 захищений: його вилучення потребує обходу захисту.</translation>
    </message>
    <message>
        <source>No journal is open, so nothing is sent.</source>
        <translation>Жоден журнал не відкрито, тому нічого не надіслано.</translation>
    </message>
    <message>
        <source>owned by protected user %1</source>
        <translation>належить захищеному користувачеві %1</translation>
    </message>
    <message>
        <source>its owner could not be read for the protection check (%1)</source>
        <translation>не вдалося прочитати її власника для перевірки захисту (%1)</translation>
    </message>
    <message>
        <source>its evidence could not be saved (%1)</source>
        <translation>не вдалося зберегти її докази (%1)</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Скасовано до надсилання будь-чого.</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing was sent: %1</source>
        <translation>Не вдалося записати журнал, тому нічого не надіслано: %1</translation>
    </message>
    <message>
        <source>The evidence could not be written to the journal, so nothing was sent: %1</source>
        <translation>Не вдалося записати докази в журнал, тому нічого не надіслано: %1</translation>
    </message>
    <message>
        <source>The journal could not record what was about to be sent (%1), so the run stopped: nothing more was sent, and what had not been sent is marked not attempted.</source>
        <translation>Журнал не зміг записати те, що мало бути надіслано (%1), тому операцію зупинено: більше нічого не надіслано, а ненадіслане позначено як «не виконувалося».</translation>
    </message>
    <message>
        <source>The journal could not record the server&apos;s answers (%1), so the run stopped. Ids already sent stay in doubt in the journal until reconciled.</source>
        <translation>Журнал не зміг записати відповіді сервера (%1), тому операцію зупинено. Уже надіслані ID залишаються в журналі під сумнівом, доки їх не буде з&apos;ясовано.</translation>
    </message>
    <message>
        <source>The journal could not record the end of the run (%1); it will show as interrupted until reconciled.</source>
        <translation>Журнал не зміг записати завершення операції (%1); вона показуватиметься як перервана, доки її не буде з&apos;ясовано.</translation>
    </message>
    <message>
        <source>not a member any more when checked before the run</source>
        <translation>уже не учасник (перевірено перед операцією)</translation>
    </message>
    <message>
        <source>already gone when checked before the run</source>
        <translation>уже не існує (перевірено перед операцією)</translation>
    </message>
    <message>
        <source>could not be checked with the server before the run (%1)</source>
        <translation>не вдалося перевірити на сервері перед операцією (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>відповіді отримано для %1 з %2</translation>
    </message>
    <message>
        <source>The protected users cannot be read, so nothing is done: %1</source>
        <translation>Не вдалося прочитати захищених користувачів, тому нічого не виконується: %1</translation>
    </message>
</context>
<context>
    <name>ModerationSettingsDialog</name>
    <message>
        <source>&amp;Keep evidence before deleting for everyone</source>
        <translation>&amp;Зберігати докази перед видаленням для всіх</translation>
    </message>
    <message>
        <source>Require a reason to delete for &amp;everyone</source>
        <translation>Вимагати причину для видалення для &amp;всіх</translation>
    </message>
    <message>
        <source>Require a reason to act on &amp;behalf of a user</source>
        <translation>Вимагати причину для дій від &amp;імені користувача</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Each dialog and its latest messages are saved in the journal before it is deleted for everyone.</source>
        <translation>Кожна розмова з її останніми повідомленнями зберігається в журналі, перш ніж її буде видалено для всіх.</translation>
    </message>
    <message>
        <source>&amp;Delete evidence older than N days (0 = keep):</source>
        <translation>В&amp;идаляти докази, старші за N днів (0 = зберігати):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Protected users</source>
        <translation>Захищені користувачі</translation>
    </message>
    <message>
        <source>Their dialogs are not deleted for everyone and nothing is deleted on their behalf unless you override the protection, which the journal records.</source>
        <translation>Їхні розмови не видаляються для всіх, і від їхнього імені нічого не видаляється, якщо ви не обійдете захист, що фіксується в журналі.</translation>
    </message>
    <message>
        <source>Protected user ids</source>
        <translation>ID захищених користувачів</translation>
    </message>
    <message>
        <source>User ids, separated by commas</source>
        <translation>ID користувачів через кому</translation>
    </message>
    <message>
        <source>User &amp;ids:</source>
        <translation>&amp;ID користувачів:</translation>
    </message>
    <message>
        <source>Protected users: %1 Nothing was saved.</source>
        <translation>Захищені користувачі: %1 Нічого не збережено.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>&amp;Language of the console:</source>
        <translation>&amp;Мова консолі:</translation>
    </message>
    <message>
        <source>Takes effect when qbmod starts again.</source>
        <translation>Набуде чинності після перезапуску qbmod.</translation>
    </message>
    <message>
        <source>&amp;Why (kept with the change):</source>
        <translation>&amp;Причина (зберігається разом зі зміною):</translation>
    </message>
    <message>
        <source>The team&apos;s protected users cannot be read from %1, so nothing can be deleted until they can: %2</source>
        <translation>Не вдалося прочитати захищених користувачів команди з %1, тому нічого не можна видалити, доки це не вдасться: %2</translation>
    </message>
    <message>
        <source>Shared by the whole team in %1: every moderator&apos;s console and qbmodctl use this list. Each change is recorded there with your database user, and a removal too.</source>
        <translation>Спільний для всієї команди в %1: консоль кожного модератора і qbmodctl використовують цей список. Кожна зміна, зокрема й вилучення, записується там разом із вашим користувачем бази даних.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time.</source>
        <translation>Робота офлайн: цю операцію записано в журнал на цьому комп&apos;ютері, і її буде вивантажено до бази даних команди, щойно та знову стане досяжною. Доти команда її не бачить, а її ID не резервуються: колега може одночасно діяти з тими самими ID.</translation>
    </message>
    <message>
        <source>Working offline: this run is journaled on this computer and uploaded to the team database when it can be reached again. Until then the team cannot see it, and its ids are not claimed: a colleague may act on the same ids at the same time. Protected users as read from the team database at %1.</source>
        <translation>Робота офлайн: цю операцію записано в журнал на цьому комп&apos;ютері, і її буде вивантажено до бази даних команди, щойно та знову стане досяжною. Доти команда її не бачить, а її ID не резервуються: колега може одночасно діяти з тими самими ID. Захищені користувачі за станом, прочитаним з бази даних команди %1.</translation>
    </message>
    <message>
        <source>Protected users as read from the team database at %1.</source>
        <translation>Захищені користувачі за станом, прочитаним з бази даних команди %1.</translation>
    </message>
</context>
<context>
    <name>PostgresIndexEngine</name>
    <message>
        <source>Cannot take this application&apos;s index in the team database: %1</source>
        <translation>Не вдалося отримати монопольний доступ до індексу цього застосунку в базі даних команди: %1</translation>
    </message>
    <message>
        <source>Another update of this application&apos;s index is under way in the team database.</source>
        <translation>У базі даних команди вже триває інше оновлення індексу цього застосунку.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreEngine</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>Драйвер PostgreSQL для Qt не встановлено (libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the team database %1: %2</source>
        <translation>Не вдалося з&apos;єднатися з базою даних команди %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark the run as live in the team database: %1</source>
        <translation>Не вдалося позначити операцію як активну в базі даних команди: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Production</source>
        <translation>Робоче</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Тестове</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Пісочниця</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>Ідентифікатор профілю «%1» некоректний.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Профіль повинен мати назву.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Профіль із назвою «%1» уже існує.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Не вдалося записати параметри до %1.</translation>
    </message>
    <message>
        <source>The rate limit must be from 0 (learn it from the server) to %1 requests per second.</source>
        <translation>Обмеження частоти має бути від 0 (визначити за відповідями сервера) до %1 запитів на секунду.</translation>
    </message>
</context>
<context>
    <name>ProtectedCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Нічого не змінено.</translation>
    </message>
    <message>
        <source>protected %1 needs one or more user ids.</source>
        <translation>protected %1 потребує одного або кількох ID користувачів.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>КОРИСТУВАЧ</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>ВІД</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>ХТО</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) protected for the whole team; %1 already were.</source>
        <translation>
            <numerusform>%n користувач тепер захищений для всієї команди; уже захищених: %1.</numerusform>
            <numerusform>%n користувачі тепер захищені для всієї команди; уже захищених: %1.</numerusform>
            <numerusform>%n користувачів тепер захищено для всієї команди; уже захищених: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) no longer protected for the team; %1 were not protected.</source>
        <translation>
            <numerusform>%n користувач більше не захищений для команди; раніше не захищених: %1.</numerusform>
            <numerusform>%n користувачі більше не захищені для команди; раніше не захищених: %1.</numerusform>
            <numerusform>%n користувачів більше не захищено для команди; раніше не захищених: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console&apos;s settings cannot be opened. Nothing was changed.</source>
        <translation>Не вдалося відкрити параметри консолі. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The console&apos;s settings could not be written. Nothing was changed.</source>
        <translation>Не вдалося записати параметри консолі. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Protected users on this computer: %1</source>
        <translation>Захищені користувачі на цьому комп&apos;ютері: %1</translation>
    </message>
    <message>
        <source>No user is protected on this computer.</source>
        <translation>На цьому комп&apos;ютері жоден користувач не захищений.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>run %1 was made against %2; connect there to check it</source>
        <translation>операцію %1 виконано на %2; з&apos;єднайтеся з цією кінцевою точкою, щоб її перевірити</translation>
    </message>
    <message>
        <source>run %1 removed a user whom the journal does not name (it was written by an older version); reconcile cannot check it</source>
        <translation>операція %1 вилучила користувача, якого журнал не називає (журнал записано старішою версією); узгодження не може її перевірити</translation>
    </message>
    <message>
        <source>run %1 acted for user %2; checking it needs an API key</source>
        <translation>операція %1 діяла від імені користувача %2; для її перевірки потрібен ключ API</translation>
    </message>
    <message>
        <source>run %1 was made by the operator %2; sign in as %2 to check it</source>
        <translation>операцію %1 виконав оператор %2; увійдіть як %2, щоб її перевірити</translation>
    </message>
    <message>
        <source>run %1 was made with an API key; checking it needs one</source>
        <translation>операцію %1 виконано з ключем API; для її перевірки він теж потрібен</translation>
    </message>
    <message numerus="yes">
        <source>run %1 has %n message(s) journalled without their dialog, which reconcile cannot look up</source>
        <translation>
            <numerusform>операція %1 має в журналі %n повідомлення без його розмови, якого узгодження не може знайти</numerusform>
            <numerusform>операція %1 має в журналі %n повідомлення без їхньої розмови, яких узгодження не може знайти</numerusform>
            <numerusform>операція %1 має в журналі %n повідомлень без їхньої розмови, яких узгодження не може знайти</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1 is still being executed (process %2 on %3); it is left alone</source>
        <translation>операція %1 досі виконується (процес %2 на %3); її не змінено</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Видалено для всіх %1 з %n розмови.</numerusform>
            <numerusform>Видалено для всіх %1 з %n розмов.</numerusform>
            <numerusform>Видалено для всіх %1 з %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the history of %2.</source>
        <comment>messages</comment>
        <translation>
            <numerusform>Вилучено %1 із %n повідомлення з історії %2.</numerusform>
            <numerusform>Вилучено %1 із %n повідомлень з історії %2.</numerusform>
            <numerusform>Вилучено %1 із %n повідомлень з історії %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n for everyone.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Видалено для всіх %1 з %n розмови.</numerusform>
            <numerusform>Видалено для всіх %1 з %n розмов.</numerusform>
            <numerusform>Видалено для всіх %1 з %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 of %n from the list of %2.</source>
        <comment>dialogs</comment>
        <translation>
            <numerusform>Вилучено %1 із %n розмови зі списку %2.</numerusform>
            <numerusform>Вилучено %1 із %n розмов зі списку %2.</numerusform>
            <numerusform>Вилучено %1 із %n розмов зі списку %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 має бути цілим числом від %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>--%1 must be a number from 0 to 1, not &quot;%2&quot;.</source>
        <translation>--%1 має бути числом від 0 до 1, а не «%2».</translation>
    </message>
    <message>
        <source>A local stand-in for the QuickBlox REST API with a generated demo community. Prints the connection information as one line of JSON, then serves until interrupted.</source>
        <translation>Локальна заміна QuickBlox REST API зі згенерованою демонстраційною спільнотою. Виводить дані з&apos;єднання одним рядком JSON, а потім працює до переривання.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Порт для прослуховування; 0 — вибрати вільний.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default %1).</source>
        <translation>Адреса для прослуховування (типово %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Number of demo dialogs (default %1).</source>
        <translation>Кількість демонстраційних розмов (типово %1).</translation>
    </message>
    <message>
        <source>Seed of the demo community and of the faults (default %1).</source>
        <translation>Початкове значення (seed) демонстраційної спільноти та імітованих збоїв (типово %1).</translation>
    </message>
    <message>
        <source>Delay added to every answer, in milliseconds.</source>
        <translation>Затримка, що додається до кожної відповіді, у мілісекундах.</translation>
    </message>
    <message>
        <source>Answer 429 above N requests per second; 0 turns it off.</source>
        <translation>Відповідати кодом 429 понад N запитів на секунду; 0 вимикає це.</translation>
    </message>
    <message>
        <source>Send Retry-After with 429 answers (none by default).</source>
        <translation>Надсилати Retry-After у відповідях 429 (типово ні).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Share of requests answered 500 without being applied.</source>
        <translation>Частка запитів, на які надходить відповідь 500 без їх виконання.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of requests applied but whose answer is lost (connection closed).</source>
        <translation>Частка запитів, які виконано, але відповідь на які втрачено (з&apos;єднання закрито).</translation>
    </message>
    <message>
        <source>Seconds a session lives after its last use (default %1).</source>
        <translation>Скільки секунд сеанс діє після останнього використання (типово %1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>--bind must be an IP address, not &quot;%1&quot;.</source>
        <translation>--bind має бути IP-адресою, а не «%1».</translation>
    </message>
    <message>
        <source>Derive the application keys and passwords from the seed, the same every start, instead of fresh random ones. For tests only.</source>
        <translation>Генерувати ключі й паролі застосунку з початкового значення, однакові під час кожного запуску, замість нових випадкових. Лише для тестів.</translation>
    </message>
    <message>
        <source>qbmod-sandbox: WARNING: listening on %1, which other computers can reach. Anyone who reaches it can sign in with the credentials below and read or delete its data. Use --bind 127.0.0.1 unless you mean it.</source>
        <translation>qbmod-sandbox: ПОПЕРЕДЖЕННЯ: прослуховування на %1 — адресі, доступній з інших комп&apos;ютерів. Будь-хто, хто до неї дістанеться, може увійти з наведеними нижче обліковими даними та читати або видаляти дані пісочниці. Використовуйте --bind 127.0.0.1, якщо це не навмисно.</translation>
    </message>
    <message>
        <source>Share of requests applied and then answered with --after-act-status, as a gateway that timed out.</source>
        <translation>Частка запитів, які виконуються, а потім отримують відповідь зі статусом --after-act-status, як від шлюзу, що перевищив час очікування.</translation>
    </message>
    <message>
        <source>The status for --after-act-rate (default %1).</source>
        <translation>Статус для --after-act-rate (типово %1).</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay each answer by a seeded random 0 to MS more, so that answers come back in an order the seed decides.</source>
        <translation>Затримувати кожну відповідь додатково на випадкові (із зерна) від 0 до MS, щоб відповіді надходили в порядку, який визначає зерно.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Messages in every dialog that has any (default: a mix of 1 to 40).</source>
        <translation>Кількість повідомлень у кожній непорожній розмові (типово: від 1 до 40 вперемішку).</translation>
    </message>
    <message>
        <source>Spam waves: a few accounts post one link into many groups within hours (default %1).</source>
        <translation>Хвилі спаму: кілька облікових записів публікують одне посилання в багатьох групах протягом кількох годин (типово %1).</translation>
    </message>
    <message>
        <source>Users in the community, moderators included (default: 303).</source>
        <translation>Кількість користувачів у спільноті, разом із модераторами (типово 303).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Пісочниця вже працює.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Не вдалося прослуховувати %1, порт %2: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on port %1.</source>
        <translation>Не вдалося обслуговувати HTTP на порту %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Укажіть або --json, або --jsonl.</translation>
    </message>
    <message>
        <source>--sender needs a user id (a positive number).</source>
        <translation>--sender потребує ID користувача (додатного числа).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--%1 потребує дати, напр. 2025-05-01 або 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>--type takes public, group, private (or 1, 2, 3), comma-separated; not &quot;%1&quot;.</source>
        <translation>--type приймає public, group, private (або 1, 2, 3) через кому; не «%1».</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit потребує цілого числа, не меншого за 1.</translation>
    </message>
    <message>
        <source>search needs a text, or a filter such as --sender or --has-link.</source>
        <translation>search потребує тексту або фільтра, напр. --sender чи --has-link.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>НАДІСЛАНО</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>РОЗМОВА</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ВІДПРАВНИК</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID ПОВІДОМЛЕННЯ</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n повідомлення.</numerusform>
            <numerusform>%n повідомлення.</numerusform>
            <numerusform>%n повідомлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID РОЗМОВИ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>УЧАСНИКИ</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>Збігається %n назва розмови.</numerusform>
            <numerusform>Збігаються %n назви розмов.</numerusform>
            <numerusform>Збігається %n назв розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match.</source>
        <translation>
            <numerusform>Збігається %n ім&apos;я користувача.</numerusform>
            <numerusform>Збігаються %n імені користувачів.</numerusform>
            <numerusform>Збігається %n імен користувачів.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the local index, not the server: what is acted on is checked there first.</source>
        <translation>З локального індексу, а не з сервера: те, з чим виконуються дії, спершу перевіряється на сервері.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>--min-dialogs needs a whole number of at least 2.</source>
        <translation>--min-dialogs потребує цілого числа, не меншого за 2.</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within потребує тривалості, напр. 24h, 90m або 2d.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2025-05-01 or 2025-05-01T08:00:00Z.</source>
        <translation>--since потребує дати, напр. 2025-05-01 або 2025-05-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>РОЗМОВИ</translation>
    </message>
    <message>
        <source>SENDERS</source>
        <translation>ВІДПРАВНИКИ</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>ПЕРША ПОЯВА</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ОСТАННЯ ПОЯВА</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n кампанія.</numerusform>
            <numerusform>%n кампанії.</numerusform>
            <numerusform>%n кампаній.</numerusform>
        </translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>КАМПАНІЯ</translation>
    </message>
    <message>
        <source>Act on one with --campaign CAMPAIGN and --delete-dialogs or --remove-sender USER_ID.</source>
        <translation>Щоб діяти з однією з них, використайте --campaign CAMPAIGN і --delete-dialogs або --remove-sender USER_ID.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>auth secret</source>
        <translation>секрет автентифікації</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>ключ API</translation>
    </message>
    <message>
        <source>team database password</source>
        <translation>пароль бази даних команди</translation>
    </message>
</context>
<context>
    <name>SelectionsCommand</name>
    <message>
        <source>Give either --json or --jsonl.</source>
        <translation>Укажіть або --json, або --jsonl.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>неочікуваний аргумент «%1».</translation>
    </message>
    <message>
        <source>selections %1 needs the name of one selection.</source>
        <translation>selections %1 потребує назви однієї вибірки.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update.</source>
        <translation>Індексу ще немає; виконайте qbmodctl index update.</translation>
    </message>
    <message>
        <source>No saved selection &quot;%1&quot; in the index; &quot;qbmodctl selections list&quot; lists them.</source>
        <translation>В індексі немає збереженої вибірки «%1»; збережені вибірки виводить «qbmodctl selections list».</translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n розмова.</numerusform>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n розмови.</numerusform>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selection &quot;%1&quot; (%2): %n message(s) in the index now.</source>
        <translation>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n повідомлення.</numerusform>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n повідомлення.</numerusform>
            <numerusform>Вибірка «%1» (%2): зараз в індексі %n повідомлень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Вони містяться в %n розмові.</numerusform>
            <numerusform>Вони містяться в %n розмовах.</numerusform>
            <numerusform>Вони містяться в %n розмовах.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>DIALOGS</source>
        <translation>РОЗМОВИ</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>ПОВІДОМЛЕННЯ</translation>
    </message>
    <message>
        <source>SELECTS</source>
        <translation>ВИБИРАЄ</translation>
    </message>
    <message numerus="yes">
        <source>%n saved selection(s), counted in the index now.</source>
        <translation>
            <numerusform>%n збережена вибірка, підрахована зараз в індексі.</numerusform>
            <numerusform>%n збережені вибірки, підраховані зараз в індексі.</numerusform>
            <numerusform>%n збережених вибірок, підрахованих зараз в індексі.</numerusform>
        </translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Вибірці потрібна назва.</translation>
    </message>
    <message>
        <source>selections save needs exactly one of --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (with its filters) or --campaign CAMPAIGN.</source>
        <translation>selections save потребує рівно одного з параметрів: --inactive DAYS, --owner USER_ID, --empty-groups, --phrase TEXT (з його фільтрами) або --campaign CAMPAIGN.</translation>
    </message>
    <message>
        <source>--within is for --campaign.</source>
        <translation>--within стосується лише --campaign.</translation>
    </message>
    <message>
        <source>--inactive needs a number of days from 1 to 3650.</source>
        <translation>--inactive потребує кількості днів від 1 до 3650.</translation>
    </message>
    <message>
        <source>--owner needs a user id (a positive number).</source>
        <translation>--owner потребує ID користувача (додатного числа).</translation>
    </message>
    <message>
        <source>--campaign needs a campaign as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>--campaign потребує кампанії в тому вигляді, як її виводить «qbmodctl campaigns».</translation>
    </message>
    <message>
        <source>--within needs a duration such as 24h, 90m or 2d.</source>
        <translation>--within потребує тривалості, напр. 24h, 90m або 2d.</translation>
    </message>
    <message>
        <source>No campaign %1 in the index; &quot;qbmodctl campaigns&quot; lists them. Nothing was saved.</source>
        <translation>В індексі немає кампанії %1; кампанії виводить «qbmodctl campaigns». Нічого не збережено.</translation>
    </message>
    <message>
        <source>qbmodctl: %1</source>
        <translation>qbmodctl: %1</translation>
    </message>
    <message>
        <source>Replaced the saved selection &quot;%1&quot;.</source>
        <translation>Замінено збережену вибірку «%1».</translation>
    </message>
    <message>
        <source>Saved the selection &quot;%1&quot;.</source>
        <translation>Збережено вибірку «%1».</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>НАДІСЛАНО</translation>
    </message>
    <message>
        <source>DIALOG</source>
        <translation>РОЗМОВА</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ВІДПРАВНИК</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation>ID ПОВІДОМЛЕННЯ</translation>
    </message>
    <message>
        <source>DIALOG ID</source>
        <translation>ID РОЗМОВИ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ВЛАСНИК</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>УЧАСНИКИ</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ОСТАННЄ ПОВІДОМЛЕННЯ</translation>
    </message>
    <message>
        <source>Act on it with selections run %1 and --delete-dialogs or --remove-sender USER_ID; each item is checked with the server first.</source>
        <translation>Щоб діяти з нею, використайте selections run %1 і --delete-dialogs або --remove-sender USER_ID; кожен елемент спершу перевіряється на сервері.</translation>
    </message>
    <message>
        <source>qbmodctl: the selection could not be deleted from the index.</source>
        <translation>qbmodctl: не вдалося видалити вибірку з індексу.</translation>
    </message>
    <message>
        <source>Deleted the saved selection &quot;%1&quot;; the index and the server are unchanged.</source>
        <translation>Видалено збережену вибірку «%1»; індекс і сервер не змінено.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>In a table</source>
        <translation>У таблиці</translation>
    </message>
    <message>
        <source>Move between rows</source>
        <translation>Перехід між рядками</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down, Home, End</source>
        <translation>Up, Down, Page Up, Page Down, Home, End</translation>
    </message>
    <message>
        <source>Add to or take from the selection</source>
        <translation>Додавання до вибору або вилучення з нього</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Розширення вибору</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Shift+Up, Shift+Down</translation>
    </message>
    <message>
        <source>Leave the table</source>
        <translation>Вихід із таблиці</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Context menu: review owner, act as owner, copy id, show in journal</source>
        <translation>Контекстне меню: переглянути власника, діяти від імені власника, копіювати ID, показати в журналі</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menu, Shift+F10</translation>
    </message>
    <message>
        <source>In the delete confirmation</source>
        <translation>У підтвердженні видалення</translation>
    </message>
    <message>
        <source>Next field: reason, count, override, the action</source>
        <translation>Наступне поле: причина, кількість, обхід захисту, дія</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Act, once everything required is filled in</source>
        <translation>Виконати, коли все потрібне заповнено</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Recent reasons</source>
        <translation>Недавні причини</translation>
    </message>
    <message>
        <source>Down, in the reason</source>
        <translation>Down, у полі причини</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Драйвер SQLite для Qt не встановлено, тому локального індексу немає.</translation>
    </message>
    <message>
        <source>SQLite could not open a database: %1</source>
        <translation>SQLite не вдалося відкрити базу даних: %1</translation>
    </message>
    <message>
        <source>The SQLite that Qt uses here was built without full-text search (FTS5), so the local index and search are not available: %1</source>
        <translation>SQLite, який тут використовує Qt, зібрано без повнотекстового пошуку (FTS5), тому локальний індекс і пошук недоступні: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>Cannot create the index %1: %2</source>
        <translation>Не вдалося створити індекс %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the index %1: %2</source>
        <translation>Не вдалося відкрити індекс %1: %2</translation>
    </message>
    <message>
        <source>Index error: %1</source>
        <translation>Помилка індексу: %1</translation>
    </message>
    <message>
        <source>Another update of this index is under way (%1).</source>
        <translation>Уже триває інше оновлення цього індексу (%1).</translation>
    </message>
</context>
<context>
    <name>SqliteStoreEngine</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не вдалося створити теку %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1.</source>
        <translation>Не вдалося створити журнал %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Драйвер SQLite для Qt не встановлено.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Не вдалося відкрити журнал %1: %2</translation>
    </message>
    <message>
        <source>Journal error: %1</source>
        <translation>Помилка журналу: %1</translation>
    </message>
    <message>
        <source>Cannot mark the run as live: the lock file %1 cannot be written.</source>
        <translation>Не вдалося позначити операцію як активну: не вдалося записати файл блокування %1.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The store must be a URL like postgres://user@host:5432/qbmod.</source>
        <translation>Місце зберігання має бути URL-адресою на кшталт postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>The store URL must not hold a password: give it in QBMOD_STORE_PASSWORD or the profile&apos;s keychain entry.</source>
        <translation>URL-адреса місця зберігання не повинна містити пароль: задайте його в QBMOD_STORE_PASSWORD або в записі профілю у сховищі ключів.</translation>
    </message>
    <message>
        <source>The store URL has an unknown setting: %1=%2.</source>
        <translation>URL-адреса місця зберігання містить невідомий параметр: %1=%2.</translation>
    </message>
    <message>
        <source>The store URL needs a user, a host and a database: postgres://user@host:5432/qbmod.</source>
        <translation>URL-адреса місця зберігання має містити користувача, хост і базу даних: postgres://user@host:5432/qbmod.</translation>
    </message>
    <message>
        <source>No journal file is set.</source>
        <translation>Файл журналу не задано.</translation>
    </message>
    <message>
        <source>A team database needs a host, a database and a user.</source>
        <translation>Для бази даних команди потрібні хост, база даних і користувач.</translation>
    </message>
    <message>
        <source>The team database&apos;s port must be between 1 and 65535.</source>
        <translation>Порт бази даних команди має бути від 1 до 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode %1.</source>
        <translation>Невідомий режим TLS %1.</translation>
    </message>
    <message>
        <source>The team database %1 is not on this computer: it is reached only with TLS that checks its certificate and name (sslmode=verify-full).</source>
        <translation>База даних команди %1 розташована не на цьому комп&apos;ютері: з нею можна з&apos;єднатися лише через TLS, що перевіряє її сертифікат та ім&apos;я хоста (sslmode=verify-full).</translation>
    </message>
</context>
<context>
    <name>SweepActCommand</name>
    <message>
        <source>--remove-sender needs the id of the user to remove (a positive number).</source>
        <translation>--remove-sender потребує ID користувача, якого треба вилучити (додатного числа).</translation>
    </message>
    <message>
        <source>Give either --delete-dialogs or --remove-sender, not both.</source>
        <translation>Укажіть або --delete-dialogs, або --remove-sender, але не обидва.</translation>
    </message>
    <message>
        <source>--force is for --delete-dialogs.</source>
        <translation>--force стосується лише --delete-dialogs.</translation>
    </message>
    <message>
        <source>Acting on campaigns needs one: --campaign CAMPAIGN, as &quot;qbmodctl campaigns&quot; lists it.</source>
        <translation>Дії з кампаніями потребують вказати одну: --campaign CAMPAIGN, як її виводить «qbmodctl campaigns».</translation>
    </message>
    <message>
        <source>No campaign %1 with these options in the index. Nothing was sent.</source>
        <translation>В індексі немає кампанії %1 з цими параметрами. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Found in the local index; each is checked with the server first.</source>
        <translation>Знайдено в локальному індексі; кожен елемент спершу перевіряється на сервері.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n dialog(s).</source>
        <translation>
            <numerusform>Вилучити %1 з %n розмови.</numerusform>
            <numerusform>Вилучити %1 з %n розмов.</numerusform>
            <numerusform>Вилучити %1 з %n розмов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Продовжити? [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dialog(s) from the acting user&apos;s list only; the other members keep them.</source>
        <translation>
            <numerusform>Вилучити %n розмову лише зі списку користувача, від імені якого ви дієте; інші учасники її збережуть.</numerusform>
            <numerusform>Вилучити %n розмови лише зі списку користувача, від імені якого ви дієте; інші учасники їх збережуть.</numerusform>
            <numerusform>Вилучити %n розмов лише зі списку користувача, від імені якого ви дієте; інші учасники їх збережуть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dialog(s) for everyone, with every message. This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n розмову для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n розмови для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
            <numerusform>Видалити %n розмов для всіх, разом з усіма повідомленнями. Цю дію неможливо скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <source>With an API key and no --on-behalf-of, QuickBlox deletes for every member.</source>
        <translation>З ключем API і без --on-behalf-of QuickBlox видаляє для всіх учасників.</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Введіть %1 для підтвердження: </translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>Нікого не вилучено.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Нічого не видалено.</translation>
    </message>
    <message>
        <source>selections run needs the name of one selection.</source>
        <translation>selections run потребує назви однієї вибірки.</translation>
    </message>
    <message>
        <source>No index yet; run qbmodctl index update. Nothing was sent.</source>
        <translation>Індексу ще немає; виконайте qbmodctl index update. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>SweepCrawler</name>
    <message>
        <source>Idle</source>
        <translation>Бездіяльність</translation>
    </message>
    <message>
        <source>Listing dialogs</source>
        <translation>Отримання списку розмов</translation>
    </message>
    <message>
        <source>Reading messages</source>
        <translation>Читання повідомлень</translation>
    </message>
    <message>
        <source>Looking up users</source>
        <translation>Пошук користувачів</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
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
        <translation>Помилка індексу</translation>
    </message>
    <message>
        <source>The index %1 was written by a newer qbmod (schema %2); forget it or use that version.</source>
        <translation>Індекс %1 записано новішою версією qbmod (схема %2); забудьте його або скористайтеся тією версією.</translation>
    </message>
    <message>
        <source>Messages per dialog must be from 1 to 100000.</source>
        <translation>Кількість повідомлень на розмову має бути від 1 до 100000.</translation>
    </message>
    <message>
        <source>The retention must be from 1 to 3650 days.</source>
        <translation>Термін зберігання має бути від 1 до 3650 днів.</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Не вдалося видалити %1</translation>
    </message>
    <message>
        <source>the file stays</source>
        <translation>файл залишається</translation>
    </message>
    <message>
        <source>The index in a team database needs to know its application.</source>
        <translation>Індекс у базі даних команди має знати свій застосунок.</translation>
    </message>
    <message>
        <source>%1 is not an index</source>
        <translation>%1 не є індексом</translation>
    </message>
    <message>
        <source>The team database %1 has no Sweep index of schema %2 yet, and this role cannot create it: open it once as its owner. (%3)</source>
        <translation>База даних команди %1 ще не має індексу Sweep (схема %2), а ця роль не може його створити: відкрийте її один раз від імені власника. (%3)</translation>
    </message>
    <message>
        <source>The index is not open.</source>
        <translation>Індекс не відкрито.</translation>
    </message>
</context>
<context>
    <name>SweepPage</name>
    <message>
        <source>&amp;Update index</source>
        <translation>&amp;Оновити індекс</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Призупинити</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>&amp;Forget this app&apos;s index…</source>
        <translation>З&amp;абути індекс цього застосунку…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Has a link</source>
        <translation>Має посилання</translation>
    </message>
    <message>
        <source>Has an attachment</source>
        <translation>Має вкладення</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Шукати</translation>
    </message>
    <message>
        <source>Find &amp;campaigns</source>
        <translation>Знайти &amp;кампанії</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Виконати</translation>
    </message>
    <message>
        <source>Save &amp;as selection…</source>
        <translation>Зберегти як ви&amp;бірку…</translation>
    </message>
    <message>
        <source>&amp;New selection</source>
        <translation>&amp;Нова вибірка</translation>
    </message>
    <message>
        <source>Show its &amp;messages</source>
        <translation>Показати її пові&amp;домлення</translation>
    </message>
    <message>
        <source>Open &amp;dialog</source>
        <translation>Відкрити &amp;розмову</translation>
    </message>
    <message>
        <source>Review s&amp;ender</source>
        <translation>Переглянути в&amp;ідправника</translation>
    </message>
    <message>
        <source>Index update progress</source>
        <translation>Перебіг оновлення індексу</translation>
    </message>
    <message>
        <source>Phrase in messages, dialog or user names; end with * for a prefix</source>
        <translation>Фраза в повідомленнях, назвах розмов або іменах користувачів; завершіть *, щоб шукати за префіксом</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для пошуку</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>ID відправника</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Публічна</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групова</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Приватна</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>щонайменше в </translation>
    </message>
    <message>
        <source> dialogs</source>
        <translation> розмовах</translation>
    </message>
    <message>
        <source>within </source>
        <translation>протягом </translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Однаковий текст</translation>
    </message>
    <message>
        <source>Saved selections:</source>
        <translation>Збережені вибірки:</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Результати Sweep</translation>
    </message>
    <message>
        <source>Results come from the local index, not from the server: anything acted on is checked with the server first.</source>
        <translation>Результати надходять з локального індексу, а не з сервера: усе, з чим виконуються дії, спершу перевіряється на сервері.</translation>
    </message>
    <message>
        <source>Forget this app&apos;s index</source>
        <translation>Забути індекс цього застосунку</translation>
    </message>
    <message>
        <source>Delete the local index of this application? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Видалити локальний індекс цього застосунку? Після цього для пошуку знадобиться нове індексування; на сервері нічого не зміниться.</translation>
    </message>
    <message>
        <source>Save as selection</source>
        <translation>Зберегти як вибірку</translation>
    </message>
    <message>
        <source>Name of the selection:</source>
        <translation>Назва вибірки:</translation>
    </message>
    <message>
        <source>The update stopped: %1 The next update resumes where it stopped.</source>
        <translation>Оновлення зупинилося: %1 Наступне оновлення продовжить з місця зупинки.</translation>
    </message>
    <message>
        <source>Stopped; the next update resumes where it stopped.</source>
        <translation>Зупинено; наступне оновлення продовжить з місця зупинки.</translation>
    </message>
    <message>
        <source>Connect to an application to index it.</source>
        <translation>Під&apos;єднайтеся до застосунку, щоб проіндексувати його.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Оновлено %1.</translation>
    </message>
    <message>
        <source>Not built yet: Update index reads the application once.</source>
        <translation>Ще не створено: «Оновити індекс» один раз прочитає застосунок.</translation>
    </message>
    <message>
        <source>An update stopped half-way; the next one resumes it.</source>
        <translation>Оновлення зупинилося на півдорозі; наступне його продовжить.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>The sender is a user id (a positive number).</source>
        <translation>Відправник — це ID користувача (додатне число).</translation>
    </message>
    <message>
        <source>Type a phrase, or choose a filter.</source>
        <translation>Введіть фразу або виберіть фільтр.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s); double-click one to see its messages.</source>
        <translation>
            <numerusform>%n кампанія; двічі клацніть її, щоб побачити її повідомлення.</numerusform>
            <numerusform>%n кампанії; двічі клацніть одну, щоб побачити її повідомлення.</numerusform>
            <numerusform>%n кампаній; двічі клацніть одну, щоб побачити її повідомлення.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без назви</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Останнє повідомлення</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Відправники</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Перша поява</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Остання поява</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Dialogs with no message in N days…</source>
        <translation>Розмови без повідомлень за N днів…</translation>
    </message>
    <message>
        <source>Dialogs owned by a user…</source>
        <translation>Розмови, якими володіє користувач…</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Порожні групи</translation>
    </message>
    <message>
        <source>New selection</source>
        <translation>Нова вибірка</translation>
    </message>
    <message>
        <source>No message in how many days?</source>
        <translation>Скільки днів без повідомлень?</translation>
    </message>
    <message>
        <source>Owner&apos;s user id:</source>
        <translation>ID користувача-власника:</translation>
    </message>
    <message>
        <source>De&amp;lete dialogs…</source>
        <translation>Видал&amp;ити розмови…</translation>
    </message>
    <message>
        <source>Remo&amp;ve sender…</source>
        <translation>Вилу&amp;чити відправника…</translation>
    </message>
    <message>
        <source>Delete for everyone the dialogs these results are in</source>
        <translation>Видалити для всіх розмови, у яких є ці результати</translation>
    </message>
    <message>
        <source>Remove the chosen message&apos;s sender from the dialogs where these results are theirs</source>
        <translation>Вилучити відправника вибраного повідомлення з розмов, де ці результати належать йому</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Спершу виберіть кампанію.</translation>
    </message>
    <message>
        <source>Choose a message of the sender to remove.</source>
        <translation>Виберіть повідомлення відправника, якого треба вилучити.</translation>
    </message>
    <message>
        <source>Delete this application&apos;s index and its saved selections from the team database, for the whole team? Searches need a new crawl afterwards; nothing changes on the server.</source>
        <translation>Видалити індекс цього застосунку та його збережені вибірки з бази даних команди для всієї команди? Після цього для пошуку знадобиться нове індексування; на сервері нічого не зміниться.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dialog(s)</source>
        <translation>
            <numerusform>%1 з %n розмови</numerusform>
            <numerusform>%1 з %n розмов</numerusform>
            <numerusform>%1 з %n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) listed so far.</source>
        <translation>
            <numerusform>%1: поки що в списку %n розмова.</numerusform>
            <numerusform>%1: поки що в списку %n розмови.</numerusform>
            <numerusform>%1: поки що в списку %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The messages of %n dialog(s) are read.</source>
        <translation>
            <numerusform>Прочитано повідомлення %n розмови.</numerusform>
            <numerusform>Прочитано повідомлення %n розмов.</numerusform>
            <numerusform>Прочитано повідомлення %n розмов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Призупинено.</translation>
    </message>
    <message numerus="yes">
        <source>The index holds %n dialog(s).</source>
        <translation>
            <numerusform>Індекс містить %n розмову.</numerusform>
            <numerusform>Індекс містить %n розмови.</numerusform>
            <numerusform>Індекс містить %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It keeps %n message(s) of theirs.</source>
        <translation>
            <numerusform>Зберігає %n повідомлення з цих розмов.</numerusform>
            <numerusform>Зберігає %n повідомлення з цих розмов.</numerusform>
            <numerusform>Зберігає %n повідомлень з цих розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It knows %n user(s) by name.</source>
        <translation>
            <numerusform>Знає імена %n користувача.</numerusform>
            <numerusform>Знає імена %n користувачів.</numerusform>
            <numerusform>Знає імена %n користувачів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Знайдено %n повідомлення.</numerusform>
            <numerusform>Знайдено %n повідомлення.</numerusform>
            <numerusform>Знайдено %n повідомлень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog name(s) match.</source>
        <translation>
            <numerusform>Збігається %n назва розмови.</numerusform>
            <numerusform>Збігаються %n назви розмов.</numerusform>
            <numerusform>Збігається %n назв розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user name(s) match: %1.</source>
        <translation>
            <numerusform>Збігається %n ім&apos;я користувача: %1.</numerusform>
            <numerusform>Збігаються %n імені користувачів: %1.</numerusform>
            <numerusform>Збігається %n імен користувачів: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign&apos;s %n message(s).</source>
        <translation>
            <numerusform>Кампанія містить %n повідомлення.</numerusform>
            <numerusform>Кампанія містить %n повідомлення.</numerusform>
            <numerusform>Кампанія містить %n повідомлень.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n dialog(s).</source>
        <translation>
            <numerusform>Вони містяться в %n розмові.</numerusform>
            <numerusform>Вони містяться в %n розмовах.</numerusform>
            <numerusform>Вони містяться в %n розмовах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) sent them.</source>
        <translation>
            <numerusform>Їх надіслав %n відправник.</numerusform>
            <numerusform>Їх надіслали %n відправники.</numerusform>
            <numerusform>Їх надіслали %n відправників.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dialog(s) in the index now.</source>
        <translation>
            <numerusform>%1: зараз в індексі %n розмова.</numerusform>
            <numerusform>%1: зараз в індексі %n розмови.</numerusform>
            <numerusform>%1: зараз в індексі %n розмов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) in the index now.</source>
        <translation>
            <numerusform>%1: зараз в індексі %n повідомлення.</numerusform>
            <numerusform>%1: зараз в індексі %n повідомлення.</numerusform>
            <numerusform>%1: зараз в індексі %n повідомлень.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s index opens once the team database is reached.</source>
        <translation>Індекс команди відкриється, щойно вдасться з&apos;єднатися з базою даних команди.</translation>
    </message>
</context>
<context>
    <name>SweepPlan</name>
    <message>
        <source>Choose whose messages: a sender to remove.</source>
        <translation>Виберіть, чиї повідомлення: відправника, якого треба вилучити.</translation>
    </message>
    <message>
        <source>This selection finds dialogs, not messages: it has no senders.</source>
        <translation>Ця вибірка знаходить розмови, а не повідомлення: у ній немає відправників.</translation>
    </message>
    <message>
        <source>User %1 sent none of the messages this selection found.</source>
        <translation>Користувач %1 не надсилав жодного з повідомлень, знайдених цією вибіркою.</translation>
    </message>
    <message>
        <source>The selection finds nothing to act on.</source>
        <translation>Вибірка не знаходить нічого, з чим можна діяти.</translation>
    </message>
</context>
<context>
    <name>SweepSearch</name>
    <message numerus="yes">
        <source>Dialogs with no message in %n day(s)</source>
        <translation>
            <numerusform>Розмови без повідомлень за %n день</numerusform>
            <numerusform>Розмови без повідомлень за %n дні</numerusform>
            <numerusform>Розмови без повідомлень за %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialogs owned by user %1</source>
        <translation>Розмови, якими володіє користувач %1</translation>
    </message>
    <message>
        <source>Empty groups</source>
        <translation>Порожні групи</translation>
    </message>
    <message>
        <source>Messages matching &quot;%1&quot;</source>
        <translation>Повідомлення, що відповідають «%1»</translation>
    </message>
    <message>
        <source>Messages of a campaign</source>
        <translation>Повідомлення кампанії</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no words to search for.</source>
        <translation>«%1» не містить слів для пошуку.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <source>A selection needs a name.</source>
        <translation>Вибірці потрібна назва.</translation>
    </message>
</context>
<context>
    <name>TeamJournalOpener</name>
    <message>
        <source>Reaching the team database %1 was cancelled.</source>
        <translation>З&apos;єднання з базою даних команди %1 скасовано.</translation>
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
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Повне ім&apos;я:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Last request:</source>
        <translation>Останній запит:</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Користувача не вибрано</translation>
    </message>
</context>
<context>
    <name>UserFinder</name>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Пошук за іменем потребує щонайменше 3 символів.</translation>
    </message>
</context>
<context>
    <name>UserListLoader</name>
    <message>
        <source>&quot;%1&quot; is not a user id: ids are whole numbers.</source>
        <translation>«%1» не є ID користувача: ID — це цілі числа.</translation>
    </message>
    <message>
        <source>Type one or more user ids.</source>
        <translation>Введіть один або кілька ID користувачів.</translation>
    </message>
    <message>
        <source>Searching by name needs at least 3 characters.</source>
        <translation>Пошук за іменем потребує щонайменше 3 символів.</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>Введіть, що шукати.</translation>
    </message>
    <message>
        <source>Type ids, a login, a name or an email. To list everyone, choose &quot;All users&quot;.</source>
        <translation>Введіть ID, логін, ім&apos;я або електронну адресу. Щоб показати всіх, виберіть «Усі користувачі».</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>усі користувачі</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>повне ім&apos;я</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логін</translation>
    </message>
    <message>
        <source>login starts with</source>
        <translation>логін починається з</translation>
    </message>
    <message>
        <source>email</source>
        <translation>електронна адреса</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
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
        <translation>Шукати користувачів за</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Усі користувачі</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для пошуку</translation>
    </message>
    <message>
        <source>Ids, a login, part of a full name, an email or a tag</source>
        <translation>ID, логін, частина повного імені, ел. пошта або тег</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Шукати</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Load more users</source>
        <translation>Завантажити більше користувачів</translation>
    </message>
    <message>
        <source>The user&apos;s dialogs</source>
        <translation>Розмови користувача</translation>
    </message>
    <message>
        <source>Load more dialogs</source>
        <translation>Завантажити більше розмов</translation>
    </message>
    <message>
        <source>&amp;Remove from selected groups…</source>
        <translation>Вилучити з вибраних &amp;груп…</translation>
    </message>
    <message>
        <source>Take the user out of the selected group dialogs (the dialogs and their messages stay)</source>
        <translation>Вилучити користувача з вибраних групових розмов (розмови та їхні повідомлення залишаться)</translation>
    </message>
    <message>
        <source>Remove from &amp;their list…</source>
        <translation>Вилучити зі &amp;списку користувача…</translation>
    </message>
    <message>
        <source>Remove the selected dialogs from the user&apos;s own list, on their behalf; other members keep them</source>
        <translation>Вилучити вибрані розмови з власного списку користувача від його імені; інші учасники їх збережуть</translation>
    </message>
    <message>
        <source>Delete all dialogs they &amp;own…</source>
        <translation>Видалити всі розмови, якими він &amp;володіє…</translation>
    </message>
    <message>
        <source>Delete for everyone every dialog this user owns; cannot be undone</source>
        <translation>Видалити для всіх кожну розмову, якою володіє цей користувач; цю дію неможливо скасувати</translation>
    </message>
    <message>
        <source>Delete selected messages for &amp;everyone…</source>
        <translation>Видалити вибрані повідомлення &amp;для всіх…</translation>
    </message>
    <message>
        <source>Remove from their histor&amp;y…</source>
        <translation>Вилучити з &amp;історії користувача…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the user&apos;s own history, on their behalf; others keep them</source>
        <translation>Вилучити вибрані повідомлення з власної історії користувача від його імені; інші їх збережуть</translation>
    </message>
    <message>
        <source>Could not search users: %1</source>
        <translation>Помилка пошуку користувачів: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Not every dialog of %1 could be loaded, so nothing was offered for deletion. Try again.</source>
        <translation>Не вдалося завантажити всі розмови користувача %1, тому нічого не запропоновано для видалення. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Could not load the user&apos;s dialogs: %1</source>
        <translation>Не вдалося завантажити розмови користувача: %1</translation>
    </message>
    <message>
        <source>Search for a user, or list all users.</source>
        <translation>Знайдіть користувача або покажіть усіх користувачів.</translation>
    </message>
    <message>
        <source>Choose a user to see their dialogs.</source>
        <translation>Виберіть користувача, щоб побачити його розмови.</translation>
    </message>
    <message>
        <source>Dialogs you share with %1: %2 of %3 loaded</source>
        <translation>Спільні розмови з користувачем %1: завантажено %2 з %3</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Зупинити завантаження</translation>
    </message>
    <message>
        <source>Needs a connection with an API key, which can act on behalf of users.</source>
        <translation>Потребує з&apos;єднання з ключем API, який може діяти від імені користувачів.</translation>
    </message>
    <message>
        <source>Remove from groups</source>
        <translation>Вилучити з груп</translation>
    </message>
    <message>
        <source>None of the selected dialogs is a group. Public dialogs have no member list, and nobody can be removed from a private one.</source>
        <translation>Жодна з вибраних розмов не є груповою. Публічні розмови не мають списку учасників, а з приватної розмови нікого не можна вилучити.</translation>
    </message>
    <message>
        <source>Delete dialogs they own</source>
        <translation>Видалити розмови, якими він володіє</translation>
    </message>
    <message>
        <source>%1 owns none of these dialogs.</source>
        <translation>%1 не володіє жодною з цих розмов.</translation>
    </message>
    <message>
        <source>&amp;Act as this user</source>
        <translation>&amp;Діяти від імені цього користувача</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Копіювати ID</translation>
    </message>
    <message>
        <source>Show in &amp;journal</source>
        <translation>Показати в &amp;журналі</translation>
    </message>
    <message>
        <source>Detect from text</source>
        <translation>Визначити з тексту</translation>
    </message>
    <message>
        <source>Login starts with</source>
        <translation>Логін починається з</translation>
    </message>
    <message>
        <source>Loading the dialogs of %1…</source>
        <translation>Завантаження розмов %1…</translation>
    </message>
    <message>
        <source>Dialogs of %1: %2 of %3 loaded</source>
        <translation>Розмови %1: завантажено %2 з %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s). Searched by: %2</source>
        <translation>
            <numerusform>%1 з %n користувача. Критерій пошуку: %2</numerusform>
            <numerusform>%1 з %n користувачів. Критерій пошуку: %2</numerusform>
            <numerusform>%1 з %n користувачів. Критерій пошуку: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching… Search by: %1</source>
        <translation>Пошук… Критерій пошуку: %1</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Завантажити всіх користувачів</translation>
    </message>
    <message>
        <source>Loaded the first %1 of %2 users: the console holds at most %3. List them all with qbmodctl users list --all --jsonl.</source>
        <translation>Завантажено перших %1 з %2 користувачів: консоль вміщує щонайбільше %3. Виведіть усіх за допомогою qbmodctl users list --all --jsonl.</translation>
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
        <translation>Логін</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Останній запит</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Захищений</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
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
        <translation>ЛОГІН</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>ПОВНЕ ІМ&apos;Я</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ЕЛ. ПОШТА</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СТВОРЕНО</translation>
    </message>
    <message>
        <source>LAST REQUEST</source>
        <translation>ОСТАННІЙ ЗАПИТ</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown</source>
        <translation>
            <numerusform>Показано користувачів: %n</numerusform>
            <numerusform>Показано користувачів: %n</numerusform>
            <numerusform>Показано користувачів: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
            <numerusform>усього %n</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1; with --all or --jsonl, any number of at least 1.</source>
        <translation>--limit потребує цілого числа від 1 до %1; з --all або --jsonl — будь-якого цілого числа, не меншого за 1.</translation>
    </message>
</context>
<context>
    <name>UsersShowCommand</name>
    <message>
        <source>users show takes exactly one user id (a positive number).</source>
        <translation>users show приймає рівно один ID користувача (додатне число).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>ПОЛЕ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕННЯ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Останній запит</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moderation console for QuickBlox chat applications.</source>
        <translation>Консоль модерації для чат-застосунків QuickBlox.</translation>
    </message>
    <message>
        <source>Start a local sandbox with demo data and connect to it; no account needed.</source>
        <translation>Запустити локальну пісочницю з демонстраційними даними та з&apos;єднатися з нею; обліковий запис не потрібен.</translation>
    </message>
    <message>
        <source>Number of dialogs in the sandbox (default 2000).</source>
        <translation>Кількість розмов у пісочниці (типово 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--sandbox-dialogs needs a number from 1 to 200000.</source>
        <translation>--sandbox-dialogs потребує числа від 1 до 200000.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Не вдалося запустити пісочницю: %1</translation>
    </message>
</context>
</TS>
