// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QJsonValue;

// Request parameters from a query string, a form body or a JSON body, all flattened to the Rails
// form names the real service documents: {"user":{"login":"x"}} becomes user[login]=x and
// {"pull_all":{"occupants_ids":[5]}} becomes pull_all[occupants_ids][]=5. One lookup then serves
// every encoding a client may choose.
class SandboxParameters final {
public:
    using Item = QPair<QString, QString>;

    // Accepts percent-encoded and raw brackets and commas, and both '+' and %20 for spaces.
    static SandboxParameters fromUrlEncoded(const QByteArray &encoded);
    // JSON when the body is a JSON object (whatever the Content-Type says: the documentation's
    // own curl examples send form text labelled as JSON), form encoding otherwise.
    static SandboxParameters fromBody(const QByteArray &body);

    void append(const QString &name, const QString &value);
    void append(const SandboxParameters &other);

    bool contains(const QString &name) const;
    // The first value given for name, or a null string.
    QString value(const QString &name) const;
    // Every value of an array parameter, whichever way it was written: name=1,2 and name[]=1
    // and name[0]=1 (JSON arrays arrive as name[]).
    QStringList arrayValues(const QString &name) const;
    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // "1" and "true" (any case) are true; absent is defaultValue.
    bool flag(const QString &name, bool defaultValue) const;

private:
    void flattenJson(const QString &prefix, const QJsonValue &value);

    QList<Item> m_items;
};
