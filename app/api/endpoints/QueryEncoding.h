// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// QUrlQuery leaves '+' alone, which servers read as a space; every value is therefore fully
// percent-encoded before it goes in, brackets in names kept as the service writes them.
namespace QueryEncoding {

inline void add(QUrlQuery &query, const QString &name, const QString &value)
{
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name, "[]")),
        QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

inline QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

inline const QByteArray formContentType = QByteArrayLiteral("application/x-www-form-urlencoded");
inline const QByteArray jsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

} // namespace QueryEncoding
