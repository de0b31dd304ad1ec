// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/endpoints/ListMessagesEndpoint.h"
#include "domain/Message.h"

#include <QWidget>

#include <optional>

class ApiClient;
class MessageListLoader;
class MessageTableModel;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class LoadAllBar;
class QPushButton;
class QTableView;
class UserDirectory;

// A dialog's messages, read-only: paged (newest first, "Load more"), optionally only one
// sender's, with the selected message in full below. Nothing is ever marked read, text is plain
// text, and attachments are listed by name and never downloaded.
class MessageViewer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageViewer)

public:
    explicit MessageViewer(QWidget *parent = nullptr);

    // Neither is owned; both must outlive the viewer's loading (the window replaces the viewer
    // when it connects elsewhere).
    void setClient(ApiClient *client, UserDirectory *users);
    // Shows dialogId's messages as onBehalfOf sees them (the API key's full view when empty).
    // senderId lets "only this user's messages" narrow the list to one sender.
    void showDialog(
        const QString &dialogId, std::optional<qint64> senderId, std::optional<qint64> onBehalfOf);
    void clear();
    // Messages deleted on the server: their rows go, and later pages still start right.
    void removeMessages(const QStringList &ids);
    void stopLoading();

    QString dialogId() const { return m_query.dialogId; }
    QList<Message> selectedMessages() const;

    QTableView *table() const { return m_table; }
    MessageTableModel *model() const { return m_model; }
    MessageListLoader *loader() const { return m_loader; }
    QCheckBox *onlySenderBox() const { return m_onlySender; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    LoadAllBar *loadAllBar() const { return m_loadAll; }

Q_SIGNALS:
    void selectionChanged();

private:
    void reload();
    void showCurrent();
    void updateStatus();

    MessageTableModel *m_model;
    MessageListLoader *m_loader = nullptr;
    MessageQuery m_query;
    std::optional<qint64> m_senderId;
    QLabel *m_status;
    QCheckBox *m_onlySender;
    QTableView *m_table;
    QPlainTextEdit *m_text;
    QPushButton *m_loadMore;
    LoadAllBar *m_loadAll;
};
