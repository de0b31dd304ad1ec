// SPDX-License-Identifier: Apache-2.0

#include "UsersShowCommand.h"

#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/endpoints/GetUserEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

void UsersShowCommand::start()
{
    bool ok = false;
    const qint64 userId
        = m_context.arguments.size() == 1 ? m_context.arguments.first().toLongLong(&ok) : 0;
    if (!ok || userId <= 0) {
        usageError(tr("users show takes exactly one user id (a positive number)."));
        return;
    }
    m_context.client->send(GetUserEndpoint::build(userId), this, [this](const ApiReply &reply) {
        const auto user = GetUserEndpoint::parse(reply);
        if (!user.ok()) {
            failWith(user.error);
            return;
        }
        print(user.value);
    });
}

void UsersShowCommand::print(const ChatUser &user)
{
    QTextStream &out = m_context.io->out;
    if (m_context.json) {
        out << QString::fromUtf8(QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact))
            << Qt::endl;
    } else {
        TextTable table({ tr("FIELD"), tr("VALUE") });
        table.addRow({ tr("ID"), QString::number(user.id) });
        table.addRow({ tr("Login"), user.login });
        table.addRow({ tr("Full name"), user.fullName });
        table.addRow({ tr("Email"), user.email });
        table.addRow({ tr("Phone"), user.phone });
        table.addRow({ tr("Tags"), user.tags.join(u", "_s) });
        table.addRow({ tr("Created"), user.createdAt.toString(Qt::ISODate) });
        table.addRow({ tr("Last request"), user.lastRequestAt.toString(Qt::ISODate) });
        table.print(out);
    }
    Q_EMIT finished(ExitSuccess);
}
