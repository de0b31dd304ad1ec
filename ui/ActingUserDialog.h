// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/ChatUser.h"

#include <QDialog>

#include <optional>

class ApiClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class UserFinder;

// Picks the user to act for (On-Behalf-Of): search by id, login, email or full name.
class ActingUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActingUserDialog)

public:
    explicit ActingUserDialog(ApiClient *client, QWidget *parent = nullptr);

    std::optional<ChatUser> selectedUser() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultList() const { return m_results; }

private:
    void search();

    UserFinder *m_finder;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer *m_typingDelay;
    QList<ChatUser> m_users;
};
