// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/ConnectionSettings.h"
#include "domain/ChatUser.h"
#include "domain/Dialog.h"
#include "domain/Message.h"
#include "store/IndexEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

// The index of one application: its dialogs, their members, the users seen and each dialog's
// latest messages, with full-text search. It is a cache of what the server said when it was
// read, never evidence: anything acted on is checked with the server first. It lives where the
// profile keeps its journal: on this computer a SQLite file private to its owner (0600), one
// per application and endpoint; in a team database, beside every other application's index
// there, each row keyed by its application, so that the team shares it and its saved
// selections. The schema and queries are written once; what the engines do differently is
// IndexEngine's. Each instance has its own named connection.
class SweepIndex final {
    Q_DECLARE_TR_FUNCTIONS(SweepIndex)
    Q_DISABLE_COPY_MOVE(SweepIndex)

public:
    // 2: every row keyed by its application (apps), so that one database holds many.
    static constexpr int schemaVersion = 2;
    static constexpr int defaultDepth = 200;
    static constexpr int defaultRetentionDays = 30;

    // What to keep of each dialog: its latest depth messages, or (when since is valid) every
    // message sent since then.
    struct Scope {
        int depth = defaultDepth;
        QDateTime since;
    };

    struct Status {
        int dialogs = 0;
        int messages = 0;
        int users = 0;
        int pendingDialogs = 0; // listed but not read yet: a crawl to resume
        bool listingInProgress = false;
        QDateTime lastCrawlFinished;
        qint64 highWaterMark = 0; // newest updated_at seen, Unix seconds
        qint64 fileBytes = 0;
        Scope scope;
        int retentionDays = defaultRetentionDays;
    };

    // Where the listing of a crawl has got to: dialogs updated at or after since, of which the
    // first skip (in updated_at order) are done.
    struct ListingCursor {
        qint64 since = 0;
        int skip = 0;
        bool full = false;
    };

    SweepIndex();
    ~SweepIndex();

    // The application's key: from the endpoint and the application (or the API key's
    // fingerprint when the application id is not known).
    static QString keyFor(const ConnectionSettings &connection, const QString &apiKeyFingerprint);
    // index-<key>.sqlite beside the journal.
    static QString pathFor(const ConnectionSettings &connection, const QString &apiKeyFingerprint,
        const QString &folder = {});

    // Opens the index of the application applicationKey (keyFor) where location says: a file
    // holds one application whatever the key, a team database every application's.
    bool open(
        const StoreLocation &location, const QString &applicationKey, const QString &password = {});
    bool open(const QString &path);
    // The same index as other, through a connection of this instance's own (another thread's).
    bool openLike(const SweepIndex &other);
    bool isOpen() const;
    const StoreLocation &location() const { return m_location; }
    bool isShared() const { return m_location.isTeam(); }
    // The file, or user@host:port/database.
    QString where() const { return m_location.displayName(); }
    QString path() const { return m_location.path; }
    const IndexEngine &engine() const { return *m_engine; }
    // The application's number in the database: every query keeps to its rows.
    qint64 application() const { return m_application; }
    QString errorString() const { return m_error; }
    QString connectionName() const { return m_connectionName; }

    Status status() const;
    Scope scope() const;
    bool setScope(const Scope &scope);
    int retentionDays() const;
    bool setRetentionDays(int days);

    // Crawl state, kept so that a killed crawl resumes where it stopped.
    std::optional<ListingCursor> listingCursor() const;
    bool beginListing(const ListingCursor &cursor);
    // One page of the listing, in one transaction: the dialogs, their members, which of them
    // need their messages read (new, changed, or every one in a full crawl) and the cursor.
    bool storeListedPage(
        const QList<Dialog> &dialogs, const ListingCursor &next, bool full, int *queued = nullptr);
    // The listing reached its end: a full listing forgets the dialogs it did not see.
    bool finishListing(qint64 highWaterMark, bool full);
    QStringList pendingDialogs(int limit) const;
    // A dialog's messages as read now, replacing what was kept, in one transaction that also
    // takes the dialog off the pending list.
    bool storeDialogMessages(const QString &dialogId, const QList<Message> &messages);
    struct DialogMessages {
        QString dialogId;
        QList<Message> messages;
    };
    // The same for several dialogs in one transaction: all of them, or none.
    bool storeDialogsMessages(const QList<DialogMessages> &dialogs);
    // How many dialogs wait for their messages (status() counts everything, which takes long
    // in a big index).
    int pendingCount() const;
    // Whether this connection's commits fold the write-ahead log back into the file when it
    // grows (SQLite's default). A crawl turns it off for the window's connection, so that the
    // flush to disk happens on the writer's thread instead.
    bool setAutoCheckpoint(bool on);
    // One crawl at a time per application, on this computer or in the team: nullptr, with
    // errorString(), when another crawl holds the index.
    std::unique_ptr<IndexEngine::Hold> holdCrawl();
    // A dialog the server no longer shows: it and its messages go.
    bool forgetDialog(const QString &dialogId);
    bool finishCrawl();
    QList<qint64> usersWithoutNames(int limit) const;
    bool storeUsers(const QList<ChatUser> &users);
    // No copy of a message older than the retention since it was read: the messages of
    // dialogs not read for that long are dropped and the dialogs queued to be read again.
    // Returns how many dialogs, -1 on error.
    int applyRetention(const QDateTime &now);
    // Forgets this application's index: its file, or its rows in the team database.
    bool forget();

    // Helpers for the queries (SweepSearch) and tests.
    static QString normalisedText(const QString &text);
    static bool hasLink(const QString &text);
    // Texts that can make a campaign: a link, or long enough not to be small talk.
    static bool isCampaignCandidate(const QString &normalised, bool hasLink);
    static qint64 textHash(const QString &normalised);

private:
    bool execAll(const QStringList &statements);
    bool migrate();
    bool registerApplication();
    // A prepared query on this index's connection.
    QSqlQuery prepared(const QString &sql) const;
    bool setMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;
    bool fail(const QString &what, const QString &detail);

    QString m_connectionName;
    StoreLocation m_location;
    QString m_applicationKey;
    QString m_password;
    std::unique_ptr<IndexEngine> m_engine;
    qint64 m_application = 0;
    QString m_error;
};
