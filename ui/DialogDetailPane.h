// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "domain/Dialog.h"

#include <QWidget>

#include <optional>

class ApiClient;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class UserDirectory;

// The current dialog in full: its fields, its members by name and its latest messages, read
// without marking anything read. Messages are shown as plain text, never rendered.
class DialogDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogDetailPane)

public:
    static constexpr int latestMessageCount = 20;

    DialogDetailPane(ApiClient *client, UserDirectory *users, QWidget *parent = nullptr);

    void setActingUser(std::optional<qint64> onBehalfOf) { m_onBehalfOf = onBehalfOf; }
    void showDialog(const std::optional<Dialog> &dialog);
    // The dialog shown, or empty.
    QString dialogId() const { return m_dialog ? m_dialog->id : QString(); }
    QPlainTextEdit *messagesView() const { return m_messages; }
    QListWidget *membersView() const { return m_members; }

private:
    void loadMessages();
    void refreshMembers();

    ApiClient *m_client;
    UserDirectory *m_users;
    std::optional<Dialog> m_dialog;
    std::optional<qint64> m_onBehalfOf;
    QLabel *m_title;
    QLabel *m_fields;
    QListWidget *m_members;
    QPlainTextEdit *m_messages;
    QTimer *m_messageDelay;
    quint64 m_messageRequest = 0;
};
