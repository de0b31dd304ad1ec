// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "SandboxCampaign.h"
#include "SandboxFaults.h"
#include "SandboxOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxApi;
class SandboxCommunity;
class SandboxHttpAdapter;
class SandboxSessions;
class SandboxTcpServer;
struct SandboxRequest;
struct SandboxResponse;

struct SandboxOperator {
    QString login;
    QString password;
    qint64 userId = 0;
};

// A local stand-in for the QuickBlox REST API with a generated demo community. Faults (latency,
// rate limiting, server errors, lost replies) can be switched on at start or at run time; the
// inspection functions tell tests what the server itself believes, independent of any reply.
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Builds the community and starts listening.
    bool start(QString *errorMessage = nullptr);
    bool isListening() const;
    // Bound to an address other than loopback (a wildcard included).
    bool isReachableFromOtherComputers() const;

    QUrl endpoint() const; // e.g. http://127.0.0.1:PORT
    quint16 port() const;
    qint64 applicationId() const;
    QString authKey() const;
    QString authSecret() const;
    QString apiKey() const;
    // The three demo moderators.
    QList<SandboxOperator> operators() const;
    // Login and password of any demo user, to act as that user in tests.
    std::optional<SandboxOperator> userCredentials(qint64 userId) const;
    // {"endpoint","application_id","auth_key","auth_secret","api_key",
    //  "operators":[{"login","password","user_id"}]}
    QJsonObject connectionInfo() const;

    // Fault control at run time.
    void setLatencyMs(int milliseconds);
    void setRateLimit(int perSecond);
    void setRetryAfterSeconds(int seconds);
    void setErrorRate(double rate);
    void setLoseRate(double rate);
    // A share of requests applied and then answered with status (e.g. 502).
    void setAfterAct(double rate, int status);
    // The next requests with this method ("DELETE", "PUT", …) meet these faults in order.
    void scriptFaults(const QString &method, const QList<SandboxFault> &faults);
    void setSessionTtlSeconds(int seconds);
    // Every existing token now answers 401 "Required session does not exist".
    void expireAllSessions();

    // The server's own truth, for tests.
    bool dialogExists(const QString &dialogId) const; // not force-deleted
    // Exists, the user may list it (occupant, or a public dialog) and has not removed it.
    bool dialogVisibleTo(const QString &dialogId, qint64 userId) const;
    std::optional<qint64> dialogOwner(const QString &dialogId) const;
    int dialogType(const QString &dialogId) const; // 0 when there is no such dialog
    QList<qint64> dialogOccupants(const QString &dialogId) const;
    QStringList dialogIdsVisibleTo(qint64 userId) const; // in default listing order
    QStringList dialogIdsOwnedBy(qint64 userId) const;
    QStringList allDialogIds() const; // existing ones, in default listing order
    QStringList messageIds(const QString &dialogId) const; // not force-deleted, date order
    bool messageExists(const QString &messageId) const;
    bool messageVisibleTo(const QString &messageId, qint64 userId) const;
    std::optional<qint64> messageSender(const QString &messageId) const;
    QList<qint64> messageReadIds(const QString &messageId) const;
    QList<qint64> userIds() const;
    // The users the community was generated to behave as spammers.
    QList<qint64> spammerIds() const;
    // The spam waves generated with SandboxOptions::spamCampaigns.
    std::vector<SandboxCampaign> campaigns() const;
    // Changes while running, as other clients would make them: a message at the end of a dialog
    // (its id; empty when there is no such dialog or no room left) and a new group (its id).
    QString postMessage(const QString &dialogId, qint64 senderId, const QString &text);
    QString createGroup(qint64 ownerId, const QList<qint64> &occupants, const QString &name);
    // Counters since start. Lost answers count under status 0.
    int requestCount() const;
    int requestCount(const QString &method) const; // "DELETE", …
    // How many delete requests named this dialog id, whatever their answer.
    int deleteRequestsFor(const QString &dialogId) const;
    // Kept-alive connections closed by CloseOnArrival as a request arrived on them.
    int keptAliveConnectionsClosed() const { return m_keptAliveClosed; }
    int answeredWithStatus(int httpStatus) const;
    // The most requests that were waiting for their answer at the same time.
    int peakAnswersInFlight() const;
    // Body bytes of oversize and trickling answers handed to the network so far.
    qint64 bytesStreamed() const;

Q_SIGNALS:
    // After an answer went out (status 0: the reply was deliberately lost).
    void requestAnswered(const QString &method, const QString &path, int httpStatus);

private:
    void onRequest(const SandboxRequest &request, quint64 ticket);
    enum class Delivery {
        Answer,
        Lose, // the answer breaks off
        Close, // not a byte of answer
    };
    void deliver(const QString &method, const QString &path, quint64 ticket,
        const SandboxResponse &response, Delivery delivery);

    SandboxOptions m_options;
    std::unique_ptr<SandboxCommunity> m_community;
    std::unique_ptr<SandboxSessions> m_sessions;
    std::unique_ptr<SandboxFaults> m_faults;
    std::unique_ptr<SandboxApi> m_api;
    SandboxHttpAdapter *m_http = nullptr;
    SandboxTcpServer *m_tcp = nullptr;
    int m_requestCount = 0;
    QHash<QString, int> m_requestsByMethod;
    int m_keptAliveClosed = 0;
    int m_peakInFlight = 0;
    QHash<int, int> m_answered;
};
