// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What went wrong with one API call, as a value: the kind decides what callers do, the server's
// own words are kept for the journal and for experts, message() is for people.
class ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,
        Timeout,
        Unauthorised,
        Forbidden,
        NotFound,
        Validation,
        RateLimited,
        Server,
        BadResponse,
        Cancelled,
        // The endpoint answered with a redirect, which is never followed; detail() is the
        // target's endpoint.
        Redirected,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QStringList serverMessages = {}, QString detail = {});

    // Builds the error for an HTTP answer that was not a success, normalising every body shape
    // the service is known to send.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    // The four known error bodies, flattened to readable strings: {"errors":{"base":[...]}},
    // {"errors":{"field":[...]}}, {"errors":[...]} and {"code":...,"message":"..."}.
    static QStringList serverMessagesFromBody(const QByteArray &body);
    static Kind kindForStatus(int httpStatus);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QStringList serverMessages() const { return m_serverMessages; }
    QString detail() const { return m_detail; }
    bool mentions(QLatin1String text) const;

    // A sentence for people, translated, that includes the server's words when there are any.
    QString message() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QStringList m_serverMessages;
    QString m_detail;
};
