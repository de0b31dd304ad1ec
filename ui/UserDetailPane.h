// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ChatUser.h"

#include <QWidget>

#include <optional>

class QLabel;

// One user's account as the server describes it: id, login, names, contact, tags and dates.
// Everything is shown as plain text: these fields are chosen by the users themselves.
class UserDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailPane)

public:
    explicit UserDetailPane(QWidget *parent = nullptr);

    void showUser(const std::optional<ChatUser> &user);
    QString fieldText(const QString &objectName) const;

private:
    QLabel *addField(const QString &label, const QString &objectName);

    QLabel *m_title;
    QList<QLabel *> m_fields;
};
