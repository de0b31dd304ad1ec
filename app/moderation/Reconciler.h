#pragma once

#include "api/ApiClient.h"
#include "moderation/Journal.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <optional>

// After a crash or a lost answer: asks the server about every id a journal holds as "sent" (or
// answered unknown) and settles it as gone (404) or present (200), marked settled later by
// reconcile. An id is checked as the same user that deleted it, since a per-user delete only
// removes the dialog from that user's list; a force run made with an API key is checked without
// On-Behalf-Of, which sees whether the dialog exists at all. Runs this connection cannot check
// (another endpoint, another operator) are left alone and reported.
class Reconciler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    static constexpr auto settledBy = "reconcile";

    struct Summary {
        int checked = 0;
        int gone = 0;
        int present = 0;
        int failed = 0; // no clear answer: left unsettled
        int runs = 0;
        QStringList skipped; // one message per run that was not checked
    };

    // Neither is owned.
    Reconciler(Journal *journal, ApiClient *client, QObject *parent = nullptr);

    // Checks every run that needs it, or only runId when given.
    void start(std::optional<qint64> runId = std::nullopt);
    Summary summary() const { return m_summary; }

Q_SIGNALS:
    void finished();

private:
    struct Check {
        qint64 runId = 0;
        QString objectId;
    };

    std::optional<QString> cannotCheck(
        const Journal::Run &run, std::optional<qint64> *onBehalfOf) const;
    void onAnswer(const Check &check, const ApiReply &reply);
    void closeRunsIfDone();

    Journal *m_journal;
    ApiClient *m_client;
    Summary m_summary;
    QList<qint64> m_runs;
    int m_waiting = 0;
};
